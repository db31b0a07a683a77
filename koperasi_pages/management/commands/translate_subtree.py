from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.models import Locale, Page

from koperasi_pages.models import RegionalHubPage
from koperasi_pages.setup import SOURCE_LANGUAGE
from koperasi_pages.translation import submit_subtree, untranslated_descendants


class Command(BaseCommand):
    help = (
        "Start English (or another language's) translations of every page "
        "under a hub or page that has none yet, as wagtail-localize's "
        "'Translate this page' with 'Include subtree' would. Each page gets a "
        "synced draft; national editors translate and publish it in the admin."
    )

    def add_arguments(self, parser):
        target = parser.add_mutually_exclusive_group(required=True)
        target.add_argument(
            "--region",
            help="Kemendagri code of the hub's region, for example 34 or 34.04.",
        )
        target.add_argument("--page", type=int, help="Id of the source page.")
        parser.add_argument(
            "--locale",
            default="en",
            help="Language code to translate into (default: en).",
        )
        parser.add_argument(
            "--user",
            help="Username recorded as the one who submitted the translations.",
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="List the pages that would be submitted, without submitting them.",
        )

    def handle(self, *args, **options):
        page = self._source_page(options)
        locale = self._locale(options["locale"])
        user = self._user(options["user"])

        pending = list(untranslated_descendants(page, locale))
        for source_page in pending:
            self.stdout.write(f"  {source_page.get_admin_display_title()}")
        if options["dry_run"]:
            self.stdout.write(
                ngettext(
                    "Dry run: %(count)s page would be submitted.",
                    "Dry run: %(count)s pages would be submitted.",
                    len(pending),
                )
                % {"count": len(pending)}
            )
            return

        submitted = submit_subtree(page, locale, user=user)
        self.stdout.write(
            self.style.SUCCESS(
                ngettext(
                    "%(count)s page submitted for translation into %(language)s.",
                    "%(count)s pages submitted for translation into %(language)s.",
                    len(submitted),
                )
                % {"count": len(submitted), "language": locale.get_display_name()}
            )
        )

    def _source_page(self, options):
        if options["page"] is not None:
            page = Page.objects.filter(pk=options["page"]).first()
            if page is None:
                raise CommandError(
                    _("There is no page %(id)s.") % {"id": options["page"]}
                )
        else:
            page = RegionalHubPage.objects.filter(
                region_id=options["region"], locale__language_code=SOURCE_LANGUAGE
            ).first()
            if page is None:
                raise CommandError(
                    _(
                        "No hub has the region code %(code)s. Use a Kemendagri "
                        "code such as 34 (DI Yogyakarta) or 34.04 (Sleman)."
                    )
                    % {"code": options["region"]}
                )
        return page.specific

    def _locale(self, code):
        locale = Locale.objects.filter(language_code=code).first()
        if locale is None:
            raise CommandError(
                _("The language %(code)s is not set up; run setup_portal first.")
                % {"code": code}
            )
        return locale

    def _user(self, username):
        if not username:
            return None
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(_("There is no user %(name)s.") % {"name": username})
        return user
