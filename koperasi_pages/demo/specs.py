"""The shapes of demo content: plain data the loader turns into pages."""

import datetime
from dataclasses import dataclass, field

from .text import T


@dataclass(frozen=True)
class Indicator:
    """One year of a cooperative's figures, in rupiah."""

    year: int
    members: int
    own_capital: int
    outside_capital: int
    business_volume: int
    surplus: int
    rat_held: bool = True


@dataclass(frozen=True)
class Cooperative:
    """A cooperative profile: ``province`` picks the hub, ``regency`` the place."""

    province: str
    regency: str
    title: T
    slug: T
    summary: T
    cooperative_type: str
    business_sector: T
    founded_year: int
    members: int
    registration_number: str
    legal_entity_number: str
    legal_entity_date: datetime.date
    address: str
    latitude: str
    longitude: str
    phone: str
    email: str
    body: tuple[T, ...]
    indicators: tuple[Indicator, ...]
    colour: str

    def names(self):
        """Texts that read the same in both languages (none are segmented)."""
        return []


@dataclass(frozen=True)
class Figure:
    """A key figure before and after the innovation."""

    label: T
    before: float
    after: float
    unit: T


@dataclass(frozen=True)
class Step:
    """One step of "how to replicate"."""

    title: T
    detail: T
    resources: T


@dataclass(frozen=True)
class Contact:
    """Who to ask about adopting an innovation."""

    name: str
    role: T
    organisation: T
    phone: str
    email: str


@dataclass(frozen=True)
class Quote:
    """Words of a member or manager, with who said them."""

    text: T
    speaker: str
    role: T


@dataclass(frozen=True)
class Event:
    """A line of a timeline."""

    when: T
    title: T


@dataclass(frozen=True)
class Story:
    """An innovation story with every lesson section filled.

    ``adapted_from`` names the key of an earlier story in the same list.
    """

    key: str
    province: str
    regency: str
    title: T
    slug: T
    summary: T
    date: datetime.date
    reporter_name: str
    innovation_mode: str
    stage: str
    problem_areas: tuple[str, ...]
    tags: tuple[str, ...]
    cooperatives: tuple[Cooperative, ...]
    context: tuple[T, ...]
    problem: tuple[T, ...]
    response: tuple[T, ...]
    period: T
    figures: tuple[Figure, ...]
    limits: tuple[T, ...]
    steps: tuple[Step, ...]
    contacts: tuple[Contact, ...]
    colour: str
    quote: Quote | None = None
    timeline: tuple[Event, ...] = ()
    adapted_from: str | None = None

    def names(self):
        """Texts that read the same in both languages: people and phones."""
        names = [self.reporter_name]
        for contact in self.contacts:
            names += [contact.name, contact.phone]
        if self.quote:
            names.append(self.quote.speaker)
        return names


@dataclass(frozen=True)
class Heading:
    """A section heading in a report's body."""

    text: T


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of running text in a report's body."""

    text: T


@dataclass(frozen=True)
class Report:
    """An activity report of a regional cooperative office."""

    province: str
    regency: str
    title: T
    slug: T
    summary: T
    date: datetime.date
    event_start: datetime.date
    event_end: datetime.date
    venue: T
    reporter_name: T
    tags: tuple[str, ...]
    body: tuple[Heading | Paragraph, ...] = field(default_factory=tuple)
    colour: str = "#1d6a5b"

    def names(self):
        """Texts that read the same in both languages (none in a report)."""
        return []
