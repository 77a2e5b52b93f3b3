"""An interactive graphic's placeholder line left in the story's text: the label a page shows where
a script draws the map or chart ("Interactive map: new bike lanes by ward", "Interactive graphic",
"This interactive is best viewed on a larger screen", "If you cannot see the graphic, click here").
The label opens the line (or the reader is told about the graphic), and the line is short, so a
story's sentence about an interactive map stays ("The city's interactive map shows ...").
"""

from __future__ import annotations

import re

from newscrawl.pages.reader_lines import SAID_VERB

#: Longest placeholder line (characters): a label and a title.
MAX_GRAPHIC_LINE_CHARS = 120

_GRAPHIC = r"(?:map|graphic|graphics|chart|timeline|table|feature|tool|visuali[sz]ation|content|element|quiz|tracker)"
_GRAPHIC_PLACEHOLDER = re.compile(
    r"(?i:"
    # "Interactive map: <title>", "Interactive graphic", "Interactive — <title>" (a title after a
    # colon or dash, up to ten words and no full stop, or the label alone)
    r"^\W*interactive(?:\s+" + _GRAPHIC + r")?\s*(?:[:|–—-]\s*[^\s.!?]+(?:\s+[^\s.!?]+){0,9}\s*[!?]?|\W*)$|"
    # "This interactive (graphic) is best viewed on ...", "... requires JavaScript", "... is loading"
    r"^(?:this|the)\s+interactive(?:\s+" + _GRAPHIC + r")?\s+(?:is\s+(?:best\s+viewed|loading|not\s+available)|"
    r"requires\s+javascript|may\s+take\s+a\s+(?:moment|few\s+seconds)\s+to\s+load)\b"
    r")"
)
# "If you cannot see the interactive (graphic), click here", "Can't see the graphic? Tap here."
_CANNOT_SEE = re.compile(
    r"(?i:^(?:if\s+you\s+)?(?:can(?:no|'|’)?t|cannot|are\s+unable\s+to)\s+see\s+(?:the|this)\s+"
    r"(?:interactive(?:\s+" + _GRAPHIC + r")?|" + _GRAPHIC + r")\b)"
)
#: The reader sent to a link: "click here", "tap here to view it".
_CLICK_HERE = re.compile(r"(?i:\b(?:click|tap|press|go|look)\s+here\b)")
#: Longest "cannot see" line with no "click here" (characters); a speech tag, which a story's
#: sentence has ("..., organisers said") and a placeholder does not.
MAX_CANNOT_SEE_CHARS = 60
_SAID = re.compile(SAID_VERB + r"|\bsay\b", re.IGNORECASE)


def is_graphic_placeholder(text: str) -> bool:
    """True for an interactive graphic's placeholder line (see the module)."""
    stripped = text.strip()
    if not stripped or len(stripped) > MAX_GRAPHIC_LINE_CHARS:
        return False
    folded = stripped.casefold()
    if "interactive" not in folded and "see" not in folded:
        return False
    if _CANNOT_SEE.search(stripped):
        return bool(_CLICK_HERE.search(stripped)) or (
            len(stripped) <= MAX_CANNOT_SEE_CHARS and not _SAID.search(stripped)
        )
    return bool(_GRAPHIC_PLACEHOLDER.search(stripped)) and not _SAID.search(stripped)
