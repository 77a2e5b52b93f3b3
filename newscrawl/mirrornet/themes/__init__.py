"""The simulated sites, one module each; ``THEMES`` is the network's site list, in order.

Adding a site: write a ``Theme`` subclass in its own module and append it here (the
origin, ``wirenews``, stays first: mirrors link to it).
"""

from __future__ import annotations

from .batamkini import BatamKini
from .beritablog import BeritaBlog
from .globalwire import GlobalWire
from .jsmirror import JsMirror
from .kabarmirror import KabarMirror
from .wirenews import WireNews

THEMES = (WireNews, BatamKini, KabarMirror, BeritaBlog, JsMirror, GlobalWire)
