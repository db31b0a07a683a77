"""Loads the demo content into a portal that ``setup_portal`` has built.

Every page is looked up by its slug under its hub first, so a second run
creates nothing new; missing English translations are still filled in.
Pages are published through revisions, the way an editor publishes them.
"""

import logging
from decimal import Decimal

from django.db import transaction
from django.utils.translation import gettext, ngettext
from wagtail.models import Locale

from .. import setup
from ..models import (
    ActivityReportPage,
    CooperativeIndicator,
    CooperativeProfilePage,
    CooperativeType,
    HomeFeaturedStory,
    HomePage,
    InnovationMode,
    InnovationStage,
    InnovationStoryPage,
    ProblemArea,
    Region,
    RegionalHubPage,
    StoryCooperative,
)
from ..translation import translate
from .cooperatives import COOPERATIVES
from .images import LOGO_SIZE, demo_image
from .reports import REPORTS
from .specs import Heading
from .stories import FEATURED, STORIES
from .text import english_strings, rich_text

logger = logging.getLogger("koperasi.demo")


class DemoLoader:
    """Creates the demo cooperatives, stories and report in id and en."""

    def __init__(self, stdout=None):
        self.stdout = stdout
        self.created = 0
        self.translated = 0

    @transaction.atomic
    def load(self):
        """Load everything; returns how many pages were created and translated."""
        if not HomePage.objects.filter(
            locale__language_code=setup.SOURCE_LANGUAGE
        ).exists():
            self._say(gettext("The home page is missing: running setup_portal first."))
            setup.setup_portal()
        self.source, self.target = self._locales()
        self.home = HomePage.objects.get(locale=self.source)

        cooperatives = {spec: self._cooperative(spec) for spec in COOPERATIVES}
        stories = {}
        for spec in STORIES:
            stories[spec.key] = self._story(spec, cooperatives, stories)
        for spec in REPORTS:
            self._report(spec)
        self._feature(stories[spec.key] for spec in FEATURED)

        logger.info(
            "Demo loaded: %s pages created, %s translated",
            self.created,
            self.translated,
        )
        return {"created": self.created, "translated": self.translated}

    # Pages.

    def _cooperative(self, spec):
        hub = self._hub(spec.province)
        page = self._existing(CooperativeProfilePage, hub, spec.slug.id)
        if page is None:
            page = CooperativeProfilePage(
                title=spec.title.id,
                slug=spec.slug.id,
                summary=spec.summary.id,
                cooperative_type=self._term(CooperativeType, spec.cooperative_type),
                business_sector=spec.business_sector.id,
                founded_year=spec.founded_year,
                members=spec.members,
                registration_number=spec.registration_number,
                legal_entity_number=spec.legal_entity_number,
                legal_entity_date=spec.legal_entity_date,
                regency_id=spec.regency,
                address=spec.address,
                latitude=Decimal(spec.latitude),
                longitude=Decimal(spec.longitude),
                phone=spec.phone,
                email=spec.email,
                logo=demo_image(
                    spec.title.id, spec.colour, LOGO_SIZE, title=f"Logo {spec.title.id}"
                ),
                body=[("paragraph", rich_text(spec.body))],
            )
            page.indicators = [
                CooperativeIndicator(
                    year=row.year,
                    members=row.members,
                    own_capital=row.own_capital,
                    outside_capital=row.outside_capital,
                    business_volume=row.business_volume,
                    surplus=row.surplus,
                    rat_held=row.rat_held,
                )
                for row in spec.indicators
            ]
            page = self._publish(hub, page)
        self._translate(page, spec)
        return page

    def _story(self, spec, cooperatives, stories):
        hub = self._hub(spec.province)
        page = self._existing(InnovationStoryPage, hub, spec.slug.id)
        if page is None:
            page = InnovationStoryPage(
                title=spec.title.id,
                slug=spec.slug.id,
                summary=spec.summary.id,
                date=spec.date,
                reporter_name=spec.reporter_name,
                regency_id=spec.regency,
                innovation_mode=self._term(InnovationMode, spec.innovation_mode),
                stage=self._term(InnovationStage, spec.stage),
                hero_image=self._hero(spec),
                adapted_from=stories[spec.adapted_from] if spec.adapted_from else None,
                context=rich_text(spec.context),
                problem=rich_text(spec.problem),
                response=rich_text(spec.response),
                evidence=[("key_figures", self._key_figures(spec))],
                limits=rich_text(spec.limits),
                replication=[("steps", {"steps": self._steps(spec)})],
                contacts=[("contact", self._contact(c)) for c in spec.contacts],
                body=self._story_body(spec),
            )
            page.problem_areas = [
                self._term(ProblemArea, slug) for slug in spec.problem_areas
            ]
            page.tags.add(*spec.tags)
            page.cooperative_links = [
                StoryCooperative(cooperative=cooperatives[cooperative])
                for cooperative in spec.cooperatives
            ]
            page = self._publish(hub, page)
        self._translate(page, spec)
        return page

    def _report(self, spec):
        hub = self._hub(spec.province)
        page = self._existing(ActivityReportPage, hub, spec.slug.id)
        if page is None:
            page = ActivityReportPage(
                title=spec.title.id,
                slug=spec.slug.id,
                summary=spec.summary.id,
                date=spec.date,
                event_start=spec.event_start,
                event_end=spec.event_end,
                venue=spec.venue.id,
                reporter_name=spec.reporter_name.id,
                regency_id=spec.regency,
                hero_image=self._hero(spec),
                body=[
                    ("heading", {"text": block.text.id, "level": "h2"})
                    if isinstance(block, Heading)
                    else ("paragraph", rich_text([block.text]))
                    for block in spec.body
                ],
            )
            page.tags.add(*spec.tags)
            page = self._publish(hub, page)
        self._translate(page, spec)
        return page

    def _feature(self, stories):
        """Feature stories on the Indonesian home page; English follows."""
        if not self.home.featured_stories.exists():
            self.home.featured_stories = [
                HomeFeaturedStory(story=story) for story in stories
            ]
            self.home.save_revision().publish()
            count = len(self.home.featured_stories.all())
            self._say(
                ngettext(
                    "Featured %(count)s story on the home page.",
                    "Featured %(count)s stories on the home page.",
                    count,
                )
                % {"count": count}
            )
            # Sync the English home page so it features the same stories.
            translate(self.home, self.target, setup.english_strings())

    # Building blocks.

    @staticmethod
    def _key_figures(spec):
        return {
            "period": spec.period.id,
            "figures": [
                {
                    "label": figure.label.id,
                    "before": Decimal(str(figure.before)),
                    "after": Decimal(str(figure.after)),
                    "unit": figure.unit.id,
                }
                for figure in spec.figures
            ],
        }

    @staticmethod
    def _steps(spec):
        return [
            {
                "title": step.title.id,
                "detail": step.detail.id,
                "resources": step.resources.id,
            }
            for step in spec.steps
        ]

    @staticmethod
    def _contact(contact):
        return {
            "name": contact.name,
            "role": contact.role.id,
            "organisation": contact.organisation.id,
            "phone": contact.phone,
            "email": contact.email,
        }

    @staticmethod
    def _story_body(spec):
        blocks = []
        if spec.quote:
            blocks.append(
                (
                    "quote",
                    {
                        "text": spec.quote.text.id,
                        "speaker": spec.quote.speaker,
                        "role": spec.quote.role.id,
                    },
                )
            )
        if spec.timeline:
            events = [
                {"when": event.when.id, "title": event.title.id, "detail": ""}
                for event in spec.timeline
            ]
            blocks.append(("timeline", {"events": events}))
        return blocks

    # Helpers.

    @staticmethod
    def _hero(spec):
        # A place and a year read the same in both languages.
        place = Region.objects.get(code=spec.regency).name
        return demo_image(f"{place} · {spec.date.year}", spec.colour)

    @staticmethod
    def _locales():
        return (
            Locale.objects.get(language_code=setup.SOURCE_LANGUAGE),
            Locale.objects.get(language_code=setup.TRANSLATION_LANGUAGE),
        )

    def _hub(self, province_code):
        return RegionalHubPage.objects.get(
            region_id=province_code, locale=self.source, depth=self.home.depth + 1
        )

    @staticmethod
    def _existing(model, hub, slug):
        return model.objects.child_of(hub).filter(slug=slug).first()

    def _term(self, model, slug):
        return model.objects.get(slug=slug, locale=self.source)

    def _publish(self, hub, page):
        page = hub.add_child(instance=page)
        page.save_revision().publish()
        self.created += 1
        self._say(
            gettext("Created %(type)s “%(title)s”.")
            % {"type": page._meta.verbose_name, "title": page.title}
        )
        return page

    def _translate(self, page, spec):
        if page.has_translation(self.target):
            return
        strings = english_strings(spec, same=spec.names())
        translate(page, self.target, strings)
        self.translated += 1

    def _say(self, message):
        if self.stdout is not None:
            self.stdout.write(message)


def load_demo(stdout=None):
    """Load the demo content; safe to run again."""
    return DemoLoader(stdout=stdout).load()
