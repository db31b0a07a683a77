from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from koperasi_pages.models import Region
from koperasi_pages.story_import import (
    KINDS,
    ArticleImportError,
    empty_region_message,
    import_article,
)


class Command(BaseCommand):
    help = (
        "Import a plain-text article (title on the first line, then the "
        "paragraphs) as a draft innovation story or activity report in a "
        "region. A dateline such as 'Media K-UMKM| Sleman|', a closing reporter "
        "tag such as '(yos)' and comment-widget lines are taken out of the "
        "text. Nothing is published: an editor checks the draft first."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "path", nargs="?", help="The article: a UTF-8 plain-text file."
        )
        parser.add_argument(
            "--region",
            help=(
                "Kemendagri code of the province (34) or regency/city (34.04) "
                "the article is about; the page goes under that region's hub."
            ),
        )
        parser.add_argument(
            "--kind",
            choices=sorted(KINDS),
            default="story",
            help="Import as an innovation story (default) or an activity report.",
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Check the article and show what would be created, then undo it.",
        )
        parser.add_argument(
            "--list-regions",
            nargs="?",
            const="",
            metavar="PREFIX",
            help="List region codes (those starting with PREFIX, if given) and stop.",
        )

    def handle(self, *args, **options):
        if options["list_regions"] is not None:
            self._list_regions(options["list_regions"])
            return
        if options["region"] is not None and not options["region"].strip():
            raise CommandError(empty_region_message())
        if not options["path"] or options["region"] is None:
            raise CommandError(
                _(
                    "Give the article's file and its region, for example: "
                    "python manage.py import_story article.txt --region 34.04"
                )
            )

        try:
            result = import_article(
                options["path"],
                options["region"],
                kind=options["kind"],
                dry_run=options["dry_run"],
            )
        except ArticleImportError as error:
            raise CommandError(str(error)) from error

        article = result.article
        self.stdout.write(
            _("Title: %(title)s") % {"title": article.title}
            + "\n"
            + ngettext(
                "%(count)s paragraph", "%(count)s paragraphs", len(article.paragraphs)
            )
            % {"count": len(article.paragraphs)}
        )
        place = result.regency or result.hub.region
        self.stdout.write(
            _("Region: %(place)s (hub “%(hub)s”)")
            % {"place": place.name, "hub": result.hub.title}
        )
        if article.source or article.place:
            self.stdout.write(
                _("Dateline removed: %(source)s, %(place)s")
                % {"source": article.source, "place": article.place}
            )
        if article.reporter:
            self.stdout.write(_("Reporter: %(name)s") % {"name": article.reporter})
        if article.start:
            self.stdout.write(
                _("Date found in the text: %(start)s – %(end)s")
                % {"start": article.start, "end": article.end}
            )

        if result.dry_run:
            self.stdout.write(self.style.WARNING(_("Dry run: nothing was saved.")))
            return
        self.stdout.write(
            self.style.SUCCESS(
                _("Created draft page %(id)s. Edit it at %(url)s")
                % {"id": result.page.pk, "url": result.edit_url}
            )
        )

    def _list_regions(self, prefix):
        for region in Region.objects.filter(code__startswith=prefix):
            indent = "  " if region.parent_id else ""
            self.stdout.write(f"{indent}{region.code}  {region.name}")
