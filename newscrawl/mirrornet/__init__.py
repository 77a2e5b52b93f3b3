"""A simulated network of syndication mirrors to crawl, test and benchmark against.

``python -m newscrawl.mirrornet`` serves it; :class:`MirrorNet` starts it from Python.
See docs/mirrornet.md.
"""

from __future__ import annotations

from .network import MirrorNet
from .truth import read_truth

__all__ = ["MirrorNet", "read_truth"]
