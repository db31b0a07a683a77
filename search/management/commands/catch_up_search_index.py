from django.core.management.base import BaseCommand, CommandError

from search.models import PendingIndexUpdate
from search.pending import catch_up


class Command(BaseCommand):
    help = (
        "Apply the index updates the search engine missed while it was down "
        "or slow (kept as pending index updates), oldest first."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--backend",
            dest="backend_name",
            help="Only this entry of WAGTAILSEARCH_BACKENDS (default: all).",
        )
        parser.add_argument(
            "--limit", type=int, help="Apply at most this many updates."
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="List what is pending without writing to the engine.",
        )

    def handle(self, *args, backend_name=None, limit=None, dry_run=False, **options):
        if dry_run:
            pending = PendingIndexUpdate.objects.select_related("content_type")
            if backend_name:
                pending = pending.filter(backend_name=backend_name)
            for row in pending:
                self.stdout.write(
                    f"{row.backend_name}: {row} ({row.attempts} attempts, "
                    f"last error: {row.last_error[:120]})"
                )
            self.stdout.write(f"{pending.count()} pending index updates.")
            return

        result = catch_up(backend_name=backend_name, limit=limit)
        self.stdout.write(
            f"Applied {result.applied}, failed {result.failed}, "
            f"{result.remaining} still pending."
        )
        if result.failed:
            raise CommandError(
                "Some updates could not be applied: "
                + "; ".join(result.errors[:5])
                + ". Check that the engine answers (SEARCH_URLS) and run the "
                "command again; the updates stay queued."
            )
