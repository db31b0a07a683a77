from django.apps import apps
from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from koperasi_pages.demo import load_demo


class Command(BaseCommand):
    help = (
        "Load demo content: cooperative profiles, innovation stories and an "
        "activity report about the September 2020 officer training, published "
        "in Indonesian with English translations. Runs setup_portal first if "
        "the home page is missing. Safe to run again: nothing is duplicated."
    )

    def handle(self, *args, **options):
        verbose = options["verbosity"] > 0
        summary = load_demo(stdout=self.stdout if verbose else None)
        if verbose:
            self.stdout.write(
                self.style.SUCCESS(
                    _(
                        "Demo content ready: %(created)s pages created, "
                        "%(translated)s translated into English."
                    )
                    % summary
                )
            )

        # Demo logins belong to the review app; the pages work without it.
        if apps.is_installed("koperasi_review"):
            from koperasi_review.demo import create_demo_users

            create_demo_users(stdout=self.stdout if verbose else None)
