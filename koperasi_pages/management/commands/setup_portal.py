from django.core.management.base import BaseCommand

from koperasi_pages.setup import setup_portal


class Command(BaseCommand):
    help = (
        "Create the portal's skeleton: the id and en locales, the vocabulary, "
        "the home page, the listing pages and one hub per province, with their "
        "English translations. Safe to run again: nothing is duplicated."
    )

    def handle(self, *args, **options):
        summary = setup_portal()
        self.stdout.write(
            self.style.SUCCESS(
                "Portal ready: {regions_created} regions and {hubs_created} hubs "
                "added.".format(**summary)
            )
        )
