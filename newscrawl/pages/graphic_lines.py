"""An interactive graphic's placeholder line left in the story's text: the label a page shows where
a script draws the map or chart ("Interactive map: new bike lanes by ward", "Interactive graphic",
"This interactive is best viewed on a larger screen", "If you cannot see the graphic, click here").
The label opens the line (or the reader is told about the graphic), and the line is short, so a
story's sentence about an interactive map stays ("The city's interactive map shows ...").
"""

from __future__ import annotations

import re

#: Longest placeholder line (characters): a label and a title.
MAX_GRAPHIC_LINE_CHARS = 120

_GRAPHIC = r"(?:map|graphic|graphics|chart|timeline|table|feature|tool|visuali[sz]ation|content|element|quiz|tracker)"
_GRAPHIC_PLACEHOLDER = re.compile(
    r"(?i:"
    # "Interactive map: <title>", "Interactive graphic", "Interactive — <title>" (a title after a
    # colon or dash, or the label alone)
    r"^\W*interactive(?:\s+" + _GRAPHIC + r")?\s*(?:[:|–—-]\s*[^.!?]+[.!?]?|\W*)$|"
    # "This interactive (graphic) is best viewed on ...", "... requires JavaScript", "... is loading"
    r"^(?:this|the)\s+interactive(?:\s+" + _GRAPHIC + r")?\s+(?:is\s+(?:best\s+viewed|loading|not\s+available)|"
    r"requires\s+javascript|may\s+take\s+a\s+(?:moment|few\s+seconds)\s+to\s+load)\b|"
    # "If you cannot see the interactive (graphic), click here", "Can't see the graphic? Tap here."
    r"^(?:if\s+you\s+)?(?:can(?:no|'|’)?t|cannot|are\s+unable\s+to)\s+see\s+(?:the|this)\s+"
    r"(?:interactive(?:\s+" + _GRAPHIC + r")?|" + _GRAPHIC + r")\b"
    r")"
)


def is_graphic_placeholder(text: str) -> bool:
    """True for an interactive graphic's placeholder line (see the module)."""
    stripped = text.strip()
    if not stripped or len(stripped) > MAX_GRAPHIC_LINE_CHARS:
        return False
    folded = stripped.casefold()
    if "interactive" not in folded and "see" not in folded:
        return False
    return bool(_GRAPHIC_PLACEHOLDER.search(stripped))
