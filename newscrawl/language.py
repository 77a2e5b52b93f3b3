"""Language of an article's text, detected offline and checked against the site's declared language.

py3langid (a fast offline classifier) reads the body; the declared language (the
site registry's ``language``, else the page's ``<html lang>``) settles short or
ambiguous texts. Indonesian and Malay are close enough that the classifier mixes
them up on short texts, so between those two the declared language wins.
"""

from __future__ import annotations

import logging
import re
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


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


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
    if len(text) < MIN_DETECT_CHARS or prob < MIN_CONFIDENCE:
        return declared
    if any(code in pair and declared in pair for pair in _CLOSE):
        return declared
    logger.debug("text reads as %r (p=%.2f), declared %r", code, prob, declared)
    return code
