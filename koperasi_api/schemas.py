"""Shapes of what the portal's API returns and accepts (OpenAPI components).

Response schemas describe the dictionaries built in ``representation``;
query schemas describe the filters of each list; input schemas describe what
an officer sends to create or change a draft.
"""

import datetime as dt
from typing import Annotated, Any, Literal

from django.conf import settings
from ninja import Field, Path, Schema
from wagtail.api.v3.pagination import WagtailLimitOffsetPagination

from koperasi_pages.validators import EARLIEST_FOUNDING_YEAR

LocaleCode = Literal[tuple(code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES)]
PageTypeName = Literal["story", "cooperative", "report", "hub"]

REGION_CODE = r"^\d{2}(\.\d{2})?$"
#: Page IDs are 32-bit integers; larger ones cannot exist.
MAX_ID = 2**31 - 1
PageIdPath = Annotated[int, Path(..., ge=1, le=MAX_ID)]
SLUG = r"^[-a-zA-Z0-9_]+$"
#: Years a filter or a founding year may name; the admin's own lower bound.
FIRST_YEAR = EARLIEST_FOUNDING_YEAR
LAST_YEAR = 2100
#: No list can be longer than there are page IDs; a larger offset would
#: overflow the database's integers.
MAX_OFFSET = MAX_ID


# Responses ------------------------------------------------------------------


class PortalRegion(Schema):
    code: str
    name: str
    level: Literal["province", "regency"]


class PortalPlace(Schema):
    province: PortalRegion | None
    regency: PortalRegion | None


class PortalTerm(Schema):
    slug: str
    name: str


class PortalMode(PortalTerm):
    parent: str | None = Field(description="Slug of the broader mode, if any.")


class PortalRendition(Schema):
    url: str
    width: int
    height: int


class PortalImage(Schema):
    id: int
    title: str
    alt: str
    width: int
    height: int
    renditions: dict[str, PortalRendition] = Field(
        description="Ready-made sizes: thumbnail (400x300 crop), medium, large."
    )


class PortalPageLink(Schema):
    id: int
    type: PageTypeName | Literal["page"]
    title: str
    locale: str
    html_url: str | None
    detail_url: str


class PortalSummary(PortalPageLink):
    slug: str
    summary: str
    date: dt.date | None
    place: PortalPlace
    image: PortalImage | None
    first_published_at: dt.datetime | None
    last_published_at: dt.datetime | None


class PortalCooperativeSummary(PortalSummary):
    cooperative_type: PortalTerm | None


class PortalBlock(Schema):
    """One StreamField block: rich text is HTML, images carry renditions."""

    type: str
    id: str | None
    value: Any


class PortalDetailBase(PortalSummary):
    translations: list[PortalPageLink] = Field(
        description="The published versions of this page in other languages."
    )


class PortalStory(PortalDetailBase):
    reporter_name: str
    innovation_mode: PortalMode | None
    stage: PortalTerm | None
    problem_areas: list[PortalTerm]
    tags: list[str]
    cooperatives: list[PortalCooperativeSummary]
    adapted_from: PortalSummary | None
    adaptations: list[PortalSummary]
    context: str
    problem: str
    response: str
    evidence: list[PortalBlock]
    limits: str
    replication: list[PortalBlock]
    contacts: list[PortalBlock]
    body: list[PortalBlock]


class PortalIndicator(Schema):
    year: int
    members: int | None
    own_capital: int | float | None
    outside_capital: int | float | None
    business_volume: int | float | None
    surplus: int | float | None
    rat_held: bool


class PortalCooperative(PortalDetailBase):
    cooperative_type: PortalTerm | None
    registration_number: str
    legal_entity_number: str
    legal_entity_date: dt.date | None
    business_sector: str
    founded_year: int | None
    members: int | None
    address: str
    latitude: float | int | None
    longitude: float | int | None
    phone: str
    email: str
    website: str
    logo: PortalImage | None
    body: list[PortalBlock]
    indicators: list[PortalIndicator]
    stories: list[PortalSummary]


class PortalReport(PortalDetailBase):
    event_start: dt.date | None
    event_end: dt.date | None
    venue: str
    reporter_name: str
    tags: list[str]
    body: list[PortalBlock]


class PortalHubCounts(Schema):
    story: int
    cooperative: int
    report: int


class PortalHub(PortalDetailBase):
    region: PortalRegion
    office_name: str
    intro: str
    address: str
    phone: str
    email: str
    website: str
    parent_hub: PortalPageLink | None
    regency_hubs: list[PortalPageLink]
    counts: PortalHubCounts


# Filters --------------------------------------------------------------------


class PortalPagination(WagtailLimitOffsetPagination):
    """Wagtail's limit/offset pages, with an offset the database can hold.

    A ``limit`` above ``WAGTAILAPI_LIMIT_MAX`` stays Wagtail's 400.
    """

    class Input(WagtailLimitOffsetPagination.Input):
        limit: int = Field(default=20, ge=1, le=MAX_OFFSET)
        offset: int = Field(default=0, ge=0, le=MAX_OFFSET)


class BaseQuery(Schema):
    locale: LocaleCode = Field(
        settings.LANGUAGE_CODE, description="Language of the pages listed."
    )
    region: str | None = Field(
        None,
        pattern=REGION_CODE,
        description="Kemendagri code: a province (35) or a regency/city (35.78).",
    )
    search: str | None = Field(
        None,
        min_length=1,
        max_length=200,
        description="Full-text search through the site's search backend.",
    )


class HubQuery(BaseQuery):
    order: Literal["title", "-title", "region", "-region"] = "region"


class ReportQuery(BaseQuery):
    year: int | None = Field(
        None, ge=FIRST_YEAR, le=LAST_YEAR, description="Year of the report."
    )
    order: Literal[
        "-date", "date", "title", "-title", "-first_published_at", "first_published_at"
    ] = "-date"


class CooperativeQuery(BaseQuery):
    cooperative_type: str | None = Field(
        None, pattern=SLUG, max_length=60, description="Cooperative type slug."
    )
    year: int | None = Field(
        None, ge=FIRST_YEAR, le=LAST_YEAR, description="Founding year."
    )
    order: Literal[
        "title",
        "-title",
        "founded_year",
        "-founded_year",
        "-first_published_at",
        "first_published_at",
    ] = "title"


class StoryQuery(BaseQuery):
    cooperative_type: str | None = Field(
        None,
        pattern=SLUG,
        max_length=60,
        description="Type slug of a cooperative the story is about.",
    )
    mode: str | None = Field(
        None,
        pattern=SLUG,
        max_length=60,
        description="Innovation mode slug; a main mode includes its sub-types.",
    )
    problem: str | None = Field(
        None, pattern=SLUG, max_length=60, description="Problem area slug."
    )
    year: int | None = Field(
        None, ge=FIRST_YEAR, le=LAST_YEAR, description="Year of the story."
    )
    cooperative: int | None = Field(
        None,
        ge=1,
        le=2**31 - 1,
        description="ID of a cooperative the story is about (in any language).",
    )
    order: Literal[
        "-date", "date", "title", "-title", "-first_published_at", "first_published_at"
    ] = "-date"


class ContentQuery(StoryQuery):
    type: list[PageTypeName] = Field(
        [],
        description=(
            "Page types to list (repeatable). A type is left out when a filter "
            "does not apply to it, e.g. `mode` leaves only stories."
        ),
    )
    order: Literal["title", "-title", "-first_published_at", "first_published_at"] = (
        "-first_published_at"
    )


class DetailQuery(Schema):
    locale: LocaleCode | None = Field(
        None,
        description=(
            "Return the published translation in this language instead "
            "(404 if there is none)."
        ),
    )


# Officers' drafts -------------------------------------------------------------

PageId = Field(None, ge=1, le=MAX_ID)
Blocks = Field(
    None,
    description=(
        "StreamField content as a list of `{type, value}` blocks; rich text "
        "values are HTML, images are `{image: {image: ID, alt_text}}`."
    ),
)


class PortalStoryUpdate(Schema):
    """Fields an officer may write on a story; all optional when changing."""

    title: str | None = Field(None, min_length=1, max_length=255)
    slug: str | None = Field(None, pattern=SLUG, max_length=255)
    summary: str | None = Field(None, max_length=500)
    date: dt.date | None = None
    reporter_name: str | None = Field(None, max_length=120)
    regency: str | None = Field(None, pattern=REGION_CODE)
    innovation_mode: str | None = Field(None, pattern=SLUG, description="Slug.")
    stage: str | None = Field(None, pattern=SLUG, description="Slug.")
    problem_areas: list[str] | None = Field(None, description="Slugs.")
    tags: list[str] | None = None
    hero_image: int | None = PageId
    cooperatives: list[int] | None = Field(
        None, description="IDs of the cooperative profiles the story is about."
    )
    adapted_from: int | None = PageId
    context: str | None = Field(None, description="HTML.")
    problem: str | None = Field(None, description="HTML.")
    response: str | None = Field(None, description="HTML.")
    evidence: list[dict[str, Any]] | None = Blocks
    limits: str | None = Field(None, description="HTML.")
    replication: list[dict[str, Any]] | None = Blocks
    contacts: list[dict[str, Any]] | None = Blocks
    body: list[dict[str, Any]] | None = Blocks


class PortalStoryCreate(PortalStoryUpdate):
    hub_id: int = Field(..., ge=1, le=MAX_ID, description="The regional hub page.")
    title: str = Field(..., min_length=1, max_length=255)
    summary: str = Field(..., min_length=1, max_length=500)


class PortalReportUpdate(Schema):
    title: str | None = Field(None, min_length=1, max_length=255)
    slug: str | None = Field(None, pattern=SLUG, max_length=255)
    summary: str | None = Field(None, max_length=500)
    date: dt.date | None = None
    event_start: dt.date | None = None
    event_end: dt.date | None = None
    venue: str | None = Field(None, max_length=200)
    reporter_name: str | None = Field(None, max_length=120)
    regency: str | None = Field(None, pattern=REGION_CODE)
    tags: list[str] | None = None
    hero_image: int | None = PageId
    body: list[dict[str, Any]] | None = Blocks


class PortalReportCreate(PortalReportUpdate):
    hub_id: int = Field(..., ge=1, le=MAX_ID, description="The regional hub page.")
    title: str = Field(..., min_length=1, max_length=255)
    summary: str = Field(..., min_length=1, max_length=500)


class PortalIndicatorInput(Schema):
    year: int = Field(..., ge=1900, le=2100)
    members: int | None = Field(None, ge=0)
    own_capital: int | None = Field(None, ge=0)
    outside_capital: int | None = Field(None, ge=0)
    business_volume: int | None = Field(None, ge=0)
    surplus: int | None = None
    rat_held: bool = False


class PortalCooperativeUpdate(Schema):
    title: str | None = Field(None, min_length=1, max_length=255)
    slug: str | None = Field(None, pattern=SLUG, max_length=255)
    summary: str | None = Field(None, max_length=400)
    registration_number: str | None = Field(None, max_length=20)
    legal_entity_number: str | None = Field(None, max_length=80)
    legal_entity_date: dt.date | None = None
    cooperative_type: str | None = Field(None, pattern=SLUG, description="Slug.")
    business_sector: str | None = Field(None, max_length=120)
    founded_year: int | None = Field(None, ge=FIRST_YEAR, le=LAST_YEAR)
    members: int | None = Field(None, ge=0)
    regency: str | None = Field(None, pattern=REGION_CODE)
    address: str | None = None
    latitude: float | None = Field(None, ge=-90, le=90)
    longitude: float | None = Field(None, ge=-180, le=180)
    phone: str | None = Field(None, max_length=30)
    email: str | None = Field(None, max_length=254)
    website: str | None = Field(None, max_length=200)
    logo: int | None = PageId
    body: list[dict[str, Any]] | None = Blocks
    indicators: list[PortalIndicatorInput] | None = None


class PortalCooperativeCreate(PortalCooperativeUpdate):
    hub_id: int = Field(..., ge=1, le=MAX_ID, description="The regional hub page.")
    title: str = Field(..., min_length=1, max_length=255)


class PortalWorkflowState(Schema):
    name: str
    status: str
    task: str | None


class PortalDraft(Schema):
    """The state of an officer's page: its content stays private."""

    id: int
    type: PageTypeName
    title: str
    slug: str
    locale: str
    hub_id: int
    live: bool
    has_unpublished_changes: bool
    latest_revision_id: int | None
    workflow: PortalWorkflowState | None
    admin_url: str


class PortalWorkflowComment(Schema):
    comment: str = Field("", max_length=1000)


class PortalUploadedImage(PortalImage):
    collection_id: int
