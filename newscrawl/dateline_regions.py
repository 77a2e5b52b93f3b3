"""The state or country after a dateline's place ("OMAHA, Neb. (AP) —", "MANILA, Philippines (AP) —").

AP style writes a US city that is not one of its stand-alone dateline cities with its state, in
the Stylebook's abbreviations (``AP_STATE_ABBREVIATIONS``; eight states are never abbreviated and
are written out), and a foreign city with its country. The region is part of the place the
dateline names; a date or a weekday there ("KUALA LUMPUR, 13 Sept (Bernama)", "Jakarta, Senin
(ANTARA)") is not.
"""

from __future__ import annotations

import re

from newscrawl.dates import DAY_NAMES, MONTH_WORDS

#: The AP Stylebook's state abbreviations for datelines (Alaska, Hawaii, Idaho, Iowa, Maine, Ohio,
#: Texas and Utah are spelled out: they are read as written words), and the District of Columbia.
AP_STATE_ABBREVIATIONS = frozenset(
    "Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Ky. La. Md. Mass. Mich. Minn. "
    "Miss. Mo. Mont. Neb. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Okla. Ore. Pa. R.I. S.C. S.D. Tenn. "
    "Vt. Va. Wash. W.Va. Wis. Wyo. D.C.".split()
)
#: A region written out: one to three capitalised words ("Philippines", "New Mexico", "West Bengal").
_REGION_WORDS = re.compile(r"[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){0,2}")
#: Words of a time, not a place ("LONDON, Today (Reuters)", "Jakarta, Malam Ini (ANTARA)",
#: "Jakarta, Hari ini", "Kemarin", "Semalam"), case-folded: English, Indonesian and Malay.
TIME_WORDS = frozenset(
    "today tonight yesterday tomorrow hari ini malam pagi sore petang kemarin kelmarin semalam "
    "besok esok lusa tadi lalu".split()
)


def dateline_region(text: str) -> str | None:
    """The state or country in ``text`` (what stands between a dateline's place and its credit, its
    comma included: ", Neb. "), else None."""
    region = text.strip()
    if not region.startswith(","):
        return None
    region = region[1:].strip()
    if region in AP_STATE_ABBREVIATIONS:
        return region
    if _REGION_WORDS.fullmatch(region) and not any(
        word.casefold() in MONTH_WORDS or word.casefold() in DAY_NAMES or word.casefold() in TIME_WORDS
        for word in region.split()
    ):
        return region
    return None
