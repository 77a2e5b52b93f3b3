"""The simulated sites, one module each; ``THEMES`` is the network's site list, in order."""

from __future__ import annotations

from .batamkini import BatamKini
from .beritablog import BeritaBlog
from .wirenews import WireNews

THEMES = (WireNews, BatamKini, BeritaBlog)
