"""Text analysis for the engine: Indonesian and English, one analyzer each.

Every page is analysed in its own language (see ``backends.mapping``): text
of an Indonesian page goes to fields ending in ``_id`` analysed by
``koperasi_id``, text of an English page to ``_en`` fields analysed by
``koperasi_en``.

Lucene's Indonesian stemmer strips prefixes without restoring the consonant
that a nasal prefix replaced, so ``pemasaran`` and ``memasarkan`` become
``asar`` while ``pasar`` stays ``pasar``. ``STEM_OVERRIDES`` fixes the words
that matter to cooperatives; it is applied when pages are indexed, so a change
here needs ``manage.py update_index``. Editors' synonyms (``SearchSynonym``)
are applied at query time instead and need no reindex.
"""

LANGUAGES = ("id", "en")

# word, word, ... => stem. Words listed here skip the stemmer.
STEM_OVERRIDES = [
    "pasar, pemasaran, memasarkan, dipasarkan, pemasar, pasaran => pasar",
    "pinjam, pinjaman, meminjam, peminjam, peminjaman, dipinjam, meminjamkan => pinjam",
    "pasok, pemasok, memasok, pasokan => pasok",
    "olah, mengolah, pengolah, pengolahan, olahan, diolah => olah",
    "kelola, mengelola, pengelola, pengelolaan, dikelola => kelola",
    "kembang, mengembangkan, pengembangan, berkembang, perkembangan => kembang",
    "digital, digitalisasi => digital",
    "rajin, perajin, pengrajin, kerajinan => rajin",
    "muda, pemuda, kepemudaan => muda",
    "perempuan => perempuan",
    "nelayan => nelayan",
    "kediri => kediri",
    "koperasi, perkoperasian, berkoperasi => koperasi",
    "anggota, keanggotaan, beranggotakan => anggota",
]

# Acronyms the Indonesian stemmer would otherwise trim (``rat`` is the
# annual members' meeting, not a stem).
KEYWORDS_ID = ["ksp", "kud", "rat", "shu", "umkm", "ukm", "ppkl", "sdm", "bumdes"]


def analysis_settings():
    """The ``settings.analysis`` block the page index is created with."""
    return {
        "filter": {
            "koperasi_id_stop": {"type": "stop", "stopwords": "_indonesian_"},
            "koperasi_id_keywords": {
                "type": "keyword_marker",
                "keywords": KEYWORDS_ID,
            },
            "koperasi_id_overrides": {
                "type": "stemmer_override",
                "rules": STEM_OVERRIDES,
            },
            "koperasi_id_stemmer": {"type": "stemmer", "language": "indonesian"},
            "koperasi_en_stop": {"type": "stop", "stopwords": "_english_"},
            "koperasi_en_possessive": {
                "type": "stemmer",
                "language": "possessive_english",
            },
            "koperasi_en_stemmer": {"type": "stemmer", "language": "english"},
        },
        "analyzer": {
            "koperasi_id": {
                "type": "custom",
                "tokenizer": "standard",
                "filter": [
                    "lowercase",
                    "asciifolding",
                    "koperasi_id_stop",
                    "koperasi_id_keywords",
                    "koperasi_id_overrides",
                    "koperasi_id_stemmer",
                ],
            },
            "koperasi_en": {
                "type": "custom",
                "tokenizer": "standard",
                "filter": [
                    "koperasi_en_possessive",
                    "lowercase",
                    "asciifolding",
                    "koperasi_en_stop",
                    "koperasi_en_stemmer",
                ],
            },
            # Place names and other proper nouns: no stemming in any language.
            "koperasi_name": {
                "type": "custom",
                "tokenizer": "standard",
                "filter": ["lowercase", "asciifolding"],
            },
        },
    }


def analyzer_for(language):
    return f"koperasi_{language}" if language in LANGUAGES else "koperasi_name"
