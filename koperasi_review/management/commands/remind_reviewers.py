from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from koperasi_review.notifications import (
    DEFAULT_REMINDER_DAYS,
    collect_reminders,
    send_reminder,
)


class Command(BaseCommand):
    help = (
        "E-mail each reviewer the pages that have waited for their review step "
        "longer than a number of days. Meant to run once a day (cron or a "
        "scheduler); reviewers hear about each page again every day until they act."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=getattr(
                settings, "KOPERASI_REVIEW_REMINDER_DAYS", DEFAULT_REMINDER_DAYS
            ),
            help=(
                "Remind about pages waiting at least this many days (default: the "
                f"KOPERASI_REVIEW_REMINDER_DAYS setting, else {DEFAULT_REMINDER_DAYS})."
            ),
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="List who would be reminded of what, without sending e-mail.",
        )

    def handle(self, *args, days, dry_run, **options):
        if days < 0:
            raise CommandError("--days must be 0 or more, for example --days 3.")

        reminders = collect_reminders(days)
        for reminder in reminders:
            reviewer = reminder.reviewer
            self.stdout.write(
                f"{reviewer.get_username()} <{reviewer.email}>: "
                f"{len(reminder.items)} page(s)"
            )
            for item in reminder.items:
                self.stdout.write(
                    f"  {item.page.pk} {item.page.title} — {item.task.name}, "
                    f"{item.waiting_days} day(s)"
                )
            if not dry_run:
                send_reminder(reminder)

        verb = "Would remind" if dry_run else "Reminded"
        self.stdout.write(
            self.style.SUCCESS(
                f"{verb} {len(reminders)} reviewer(s) of pages waiting {days}+ days."
            )
        )
