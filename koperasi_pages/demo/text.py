"""Bilingual demo text: every text is written once, in both languages.

``T("Indonesian", "English")`` keeps a text and its translation side by
side. The loader builds pages from the Indonesian side and hands the pairs to
wagtail-localize, keyed the way wagtail-localize stores its segments, so the
English pages are real translations that editors can open and correct.
"""

import dataclasses
from typing import NamedTuple

from django.utils.html import escape
from wagtail_localize.strings import StringValue


class T(NamedTuple):
    """A text in Indonesian (``id``, the source) and English (``en``)."""

    id: str
    en: str


def segment_text(text):
    """``text`` as wagtail-localize stores a segment of it (HTML-escaped)."""
    return StringValue.from_plaintext(text).data


def rich_text(paragraphs):
    """Rich text with one ``<p>`` per paragraph, from the Indonesian side."""
    return "".join(f"<p>{escape(paragraph.id)}</p>" for paragraph in paragraphs)


def iter_texts(value):
    """Every ``T`` inside ``value``: dataclasses, tuples, lists, dicts."""
    if isinstance(value, T):
        yield value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from iter_texts(getattr(value, field.name))
    elif isinstance(value, list | tuple):
        for item in value:
            yield from iter_texts(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from iter_texts(item)


def english_strings(*values, same=()):
    """Map each Indonesian text inside ``values`` to its English text.

    ``same`` lists texts that read the same in English (names, phone
    numbers); mapping them to themselves marks them as translated.

    Raises ``ValueError`` when one Indonesian text has two different English
    versions on the same page: wagtail-localize could keep only one of them.
    """
    strings = {}
    for text in (text for value in values for text in iter_texts(value)):
        source, target = segment_text(text.id), segment_text(text.en)
        if strings.get(source, target) != target:
            raise ValueError(f"Two English versions of the demo text {text.id!r}.")
        strings[source] = target
    for text in same:
        strings.setdefault(segment_text(text), segment_text(text))
    return strings
