"""A small judged test set for search relevance (see ``scripts/relevance.py``).

``DOCUMENTS`` are short stories and cooperative profiles written for this
set, in Indonesian and English; ``QUERIES`` are what a reader might type,
with the documents a person judged relevant. The queries cover the cases the
portal must get right: morphological variants (``berinovasi``,
``koperasi-koperasi``, ``memasarkan``), typos, multi-word queries, acronyms
that editors' synonyms expand (KSP, RAT, SHU, UMKM) and English stemming.
"""

from .data import DOCUMENTS, QUERIES

__all__ = ["DOCUMENTS", "QUERIES"]
