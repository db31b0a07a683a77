"""Demo content for the portal: cooperatives, stories and a report.

The content is plain data (``cooperatives``, ``stories``, ``reports``) with
each text written once in Indonesian and English; ``loader`` turns it into
published pages and their wagtail-localize translations.
"""

from .loader import DemoLoader, load_demo

__all__ = ["DemoLoader", "load_demo"]
