"""Machine translation for the wagtail-localize editor, chosen by environment.

Off unless ``KOPERASI_MACHINE_TRANSLATOR`` names a service; editors then get a
"Machine translate" button in the translation editor. Whatever the machine
writes is a draft: national editors still read and publish every English page.
"""

from django.core.exceptions import ImproperlyConfigured

from .env import env

TRANSLATORS = {
    "deepl": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
    "libretranslate": (
        "wagtail_localize.machine_translators.libretranslate.LibreTranslator"
    ),
    # Reverses the words: for tests and demos, never for readers.
    "dummy": "wagtail_localize.machine_translators.dummy.DummyTranslator",
}


def _required(variable, name):
    value = env(variable, "")
    if not value:
        raise ImproperlyConfigured(
            f"KOPERASI_MACHINE_TRANSLATOR={name} needs {variable} to be set."
        )
    return value


def _options(name):
    if name == "deepl":
        return {"AUTH_KEY": _required("DEEPL_AUTH_KEY", name), "TIMEOUT": 30}
    if name == "libretranslate":
        return {
            "LIBRETRANSLATE_URL": _required("LIBRETRANSLATE_URL", name),
            "API_KEY": env("LIBRETRANSLATE_API_KEY", ""),
        }
    return {}


def machine_translator_from_env():
    """The ``WAGTAILLOCALIZE_MACHINE_TRANSLATOR`` setting, or None when off."""
    name = env("KOPERASI_MACHINE_TRANSLATOR", "").strip().lower()
    if not name:
        return None

    if name not in TRANSLATORS:
        raise ImproperlyConfigured(
            f"KOPERASI_MACHINE_TRANSLATOR={name!r} is not known; use one of "
            f"{', '.join(sorted(TRANSLATORS))}, or leave it unset to turn "
            "machine translation off."
        )
    return {"CLASS": TRANSLATORS[name], "OPTIONS": _options(name)}
