"""A small, safe highlighter for results that come from the database.

The engine highlights with its own analysis; the database backend returns
only pages, so the snippet is made here: the text is escaped piece by piece
and each word that contains a query word (``berinovasi`` for ``inovasi``,
``koperasi-koperasi`` for ``koperasi``) is wrapped in ``<mark>``.
"""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

WORD = re.compile(r"\w+", re.UNICODE)
MIN_TERM_LENGTH = 3
SNIPPET_WORDS = 36


def query_terms(*queries):
    """Lowercased words of the queries, long enough to be worth marking."""
    terms = []
    for query in queries:
        for word in WORD.findall(query.lower()):
            if len(word) >= MIN_TERM_LENGTH and word not in terms:
                terms.append(word)
    return terms


def _matches(word, terms):
    word = word.lower()
    return any(term in word for term in terms)


def highlight(text, terms, words=SNIPPET_WORDS):
    """``text`` escaped, cut around the first match, query words marked.

    Returns ``(html, matched)``; ``html`` is safe to render.
    """
    text = " ".join((text or "").split())
    tokens = text.split(" ") if text else []
    first = next((i for i, token in enumerate(tokens) if _matches(token, terms)), None)
    start = 0 if first is None or first < words // 3 else first - words // 3
    window = tokens[start : start + words]

    pieces = []
    for token in window:
        parts, position = [], 0
        for match in WORD.finditer(token):
            parts.append(escape(token[position : match.start()]))
            word = escape(match.group())
            if _matches(match.group(), terms):
                word = f"<mark>{word}</mark>"
            parts.append(word)
            position = match.end()
        parts.append(escape(token[position:]))
        pieces.append("".join(parts))

    html = " ".join(pieces)
    if start > 0:
        html = "… " + html
    if start + words < len(tokens):
        html += " …"
    return mark_safe(html), first is not None
