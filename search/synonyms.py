"""Query expansion with editors' synonyms (``SearchSynonym``).

``expand("ksp di malang", "id")`` returns ``["koperasi simpan pinjam di
malang"]``: the query with each synonym form it contains replaced by the
other forms of its group. Both search paths (engine and database) search the
variants besides the query itself, so synonyms need no reindex and work the
same whichever backend answers.
"""

import re

from django.db.models import Q

from .models import SearchSynonym

MAX_VARIANTS = 6


def synonym_groups(language):
    """Every group of forms that applies to searches in ``language``."""
    rows = SearchSynonym.objects.filter(Q(language="") | Q(language=language))
    return [row.forms for row in rows]


def _pattern(form):
    return re.compile(rf"(?<!\w){re.escape(form)}(?!\w)")


def expand(query, language, groups=None):
    """Other ways to write ``query``, most specific first; never ``query``."""
    normalized = " ".join(query.lower().split())
    if not normalized:
        return []
    groups = synonym_groups(language) if groups is None else groups

    variants = []
    # Longer forms first, so "koperasi simpan pinjam" wins over "koperasi".
    for forms in groups:
        for form in sorted(forms, key=len, reverse=True):
            pattern = _pattern(form)
            if not pattern.search(normalized):
                continue
            for other in forms:
                if other != form:
                    variant = pattern.sub(other, normalized)
                    if variant != normalized and variant not in variants:
                        variants.append(variant)
            break
    return variants[:MAX_VARIANTS]
