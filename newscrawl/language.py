"""Language of an article's text, detected offline and checked against the site's declared language.

py3langid (a fast offline classifier) reads the body; the declared language (the
site registry's ``language``, else the page's ``<html lang>``) settles short or
ambiguous texts. Indonesian and Malay are close enough that the classifier mixes
them up on short texts, so between those two the declared language wins unless the
text's own marker words ("kerajaan", "kerana" / "pemerintah", "karena") agree with the classifier.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from functools import lru_cache

logger = logging.getLogger(__name__)

#: Text shorter than this (characters) is too short to overrule the declared language.
MIN_DETECT_CHARS = 200
#: Normalised probability under which the classifier's guess does not overrule a declared language
#: (py3langid's probabilities are near 1.0 on a few sentences of a clear language).
MIN_CONFIDENCE = 0.9
#: Characters of text classified; the start of a body is enough and keeps detection cheap
#: (py3langid's time grows with the text: 3,000 characters cost 1.8 ms a page, 1,000 a third of it).
SAMPLE_CHARS = 1000

#: Language pairs the classifier confuses; the declared one wins between them.
_CLOSE = ({"id", "ms"}, {"no", "da", "nb", "nn"}, {"hr", "sr", "bs"}, {"cs", "sk"})
_LANG_TAG = re.compile(r"^([a-zA-Z]{2,3})(?:[-_].*)?$")
# Words one of Indonesian and Malay writes and the other spells or says otherwise ("kerajaan" /
# "pemerintah", "kerana" / "karena", "bahawa" / "bahwa", "wang" / "uang", the Malay "Isnin",
# "Khamis", "Ogos" / the Indonesian "Senin", "Kamis", "Agustus"). A machine-translated mirror's
# text is often in the other language than its theme's ``lang``; these words, where the classifier
# reads the same language, are the text's own evidence (review rv21).
_MS_WORDS = re.compile(
    r"\b(?i:kerajaan|kerana|daripada|bahawa|sahaja|selepas|iaitu|wang|menerusi|"
    r"hospital|polis|kebangsaan|dijangka|isnin|khamis|jumaat|ahad|ogos|disember|julai|mac)\b"
)
_ID_WORDS = re.compile(
    r"\b(?i:pemerintah|karena|bahwa|bisa|uang|yaitu|bandara|polisi|senin|kamis|jumat|agustus|"
    r"desember|maret|juli|juni)\b"
)
#: Marker words a text needs in its language, and how many times those of the other it must hold,
#: before its text overrules a declared Indonesian or Malay (chosen on the rv21 pages and kept
#: strict: one or two words are what a quote or a place name brings).
MIN_MARKERS = 3
MARKER_RATIO = 3


#: The py3langid release whose byte walk ``_visit_counts`` repeats (``langid.visit_counts``).
_PY3LANGID_VERSION = "0.4.0"
#: A text's bytes in pieces of a word and the space after it (every byte in one piece, in order).
_PIECES = re.compile(rb"[^ ]* ?")
#: Pieces remembered (a piece's features depend only on the walk's state before it and its bytes).
_MAX_MEMO = 200_000


def _visit_counts(nextmove, rowbase, output, text: bytes, memo: dict) -> Counter | None:
    """py3langid's ``visit_counts``: the features its tokeniser's automaton emits over ``text``,
    counted in the order first seen (None when none), walked a word at a time.

    The automaton's walk over a word starts in the state the text before it left and ends in a
    state of its own: both, and the features emitted between, are remembered for each (state,
    word) pair, so a word the walk has met in that state before costs a dictionary look-up
    instead of a step per byte (most of a page's words are common ones).
    """
    state, indexes = 0, []
    extend = indexes.extend
    for piece in _PIECES.findall(text):
        known = memo.get((state, piece))
        if known is None:
            start, found = state, []
            for letter in piece:
                state = nextmove[rowbase[state] + letter]
                feature = output[state]
                if feature >= 0:
                    found.append(feature)
            if len(memo) >= _MAX_MEMO:
                memo.clear()
            memo[(start, piece)] = (state, found)
            extend(found)
        else:
            state, found = known
            extend(found)
    return Counter(indexes) if indexes else None


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    try:
        from importlib.metadata import version

        current = version("py3langid")
    except Exception:  # noqa: BLE001 - an unknown version runs py3langid's own walk
        current = None
    if current != _PY3LANGID_VERSION:
        return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)

    class _WordWalkIdentifier(LanguageIdentifier):
        """py3langid's identifier with its byte walk done a word at a time (same features, same order)."""

        def _raw_score(self, text):  # noqa: ANN001, ANN202 - py3langid's signature
            visits = _visit_counts(self.tk_nextmove, self._rowbase, self.tk_output, text, self._memo)
            if visits:
                return self._sparse_score(visits, self.nb_ptc)
            return super()._raw_score(text)

    identifier = _WordWalkIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier._memo = {}
    return identifier


def normalize_tag(tag: str | None) -> str | None:
    """ISO 639-1 code of a language tag (``"id-ID"`` → ``"id"``), or None."""
    if not tag:
        return None
    match = _LANG_TAG.match(tag.strip())
    if not match or len(match.group(1)) != 2:
        return None
    return match.group(1).lower()


def classify(text: str) -> tuple[str | None, float]:
    """``(code, probability)`` py3langid gives ``text``; ``(None, 0.0)`` for empty text."""
    text = " ".join(text[:SAMPLE_CHARS].split())
    if not text:
        return None, 0.0
    code, prob = _identifier().classify(text)
    return code, float(prob)


def detect_language(text: str | None, declared: str | None = None) -> str | None:
    """ISO 639-1 code of ``text``'s language, checked against ``declared``.

    The declared language is kept when the text is short, when the classifier is
    unsure, or when the two are close relatives (Indonesian/Malay); a clear
    disagreement is logged and the detected language wins.
    """
    declared = normalize_tag(declared)
    if not text or len(text) < MIN_DETECT_CHARS // 4:
        return declared
    code, prob = classify(text)
    if declared is None:
        return code
    if code == declared:
        return code
    if len(text) >= MIN_DETECT_CHARS and {code, declared} == {"id", "ms"} and _markers_agree(text, code):
        logger.debug("text reads as %r (p=%.2f) with its marker words, declared %r", code, prob, declared)
        return code
    if len(text) < MIN_DETECT_CHARS or prob < MIN_CONFIDENCE:
        return declared
    if any(code in pair and declared in pair for pair in _CLOSE):
        return declared
    logger.debug("text reads as %r (p=%.2f), declared %r", code, prob, declared)
    return code


def _markers_agree(text: str, code: str) -> bool:
    """True when ``text``'s Indonesian or Malay marker words clearly say ``code`` ("id" or "ms"):
    at least ``MIN_MARKERS`` of its own, and ``MARKER_RATIO`` times as many as the other's."""
    sample = text[: SAMPLE_CHARS * 2]
    malay, indonesian = len(_MS_WORDS.findall(sample)), len(_ID_WORDS.findall(sample))
    own, other = (malay, indonesian) if code == "ms" else (indonesian, malay)
    return own >= MIN_MARKERS and own >= MARKER_RATIO * other
