from django.core.management.base import BaseCommand

from koperasi_review.setup import setup_review


class Command(BaseCommand):
    help = (
        "Create the review groups, per-region page permissions, change request "
        "reasons and the two-step workflow, and attach it to the Indonesian home "
        "page. setup_portal runs this too; safe to run again."
    )

    def handle(self, *args, **options):
        summary = setup_review()
        self.stdout.write(
            self.style.SUCCESS(
                f"Review ready: workflow '{summary['workflow']}', "
                f"{summary['hubs']} hubs with permissions."
            )
        )
