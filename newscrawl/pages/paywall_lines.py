"""A paywall's notice left in the story's text: the rest is for subscribers.

"Il vous reste 40 % de cet article à lire. La suite est réservée aux abonnés.", "This article is
for subscribers only", "Dieser Artikel ist nur für Abonnenten", "Este contenido es exclusivo para
suscriptores", "Artikel ini khusus untuk pelanggan", "To continue reading, please subscribe". Each
form names the page's own text ("this article", "the rest", "la suite", "dieser Artikel") or is the
label alone, so a story about subscriptions keeps its sentences ("The parking is reserved for
subscribers", "Members only may vote"); so does a sentence that goes on after a comma ("Dieser
Artikel ist nur für Abonnenten, sagte der Verleger": a speech tag, in any language). Lines up to
``MAX_PAYWALL_NOTICE_CHARS``.
"""

from __future__ import annotations

import re

from newscrawl.pages.reader_lines import holds_word

#: Longest notice (characters): a sentence or two.
MAX_PAYWALL_NOTICE_CHARS = 220

_THIS_TEXT_EN = (
    r"(?:this|the\s+rest\s+of\s+this|the\s+full|the\s+rest\s+of\s+the)\s+(?:article|story|content|post|piece)"
)
_SUBSCRIBERS_EN = r"(?:our\s+)?(?:(?:[\w'’.-]+\s+){0,3}subscribers|(?:paid|paying|premium)\s+members)\b"

_PAYWALL_NOTICE = re.compile(
    r"(?i:"
    # English: "This article is for subscribers only", "The rest of this story is exclusive to
    # subscribers", "Subscribers only", "You have reached your limit of free articles", "To
    # continue reading, please subscribe".
    r"\b" + _THIS_TEXT_EN + r"\s+is\s+(?:only\s+|exclusively\s+)?(?:available\s+)?(?:(?:exclusive|reserved)\s+)?"
    r"(?:only\s+)?(?:for|to)\s+" + _SUBSCRIBERS_EN + r"|"
    r"^(?:(?:premium|exclusive)\s+)?(?:(?:content|article|story)\s+)?(?:for\s+)?(?:subscribers?|members?)[\s-]only\W*$|"
    r"^(?:(?:premium|exclusive)\s+)?(?:content|article|story)\s+for\s+subscribers\W*$|"
    r"\byou(?:'ve|’ve|\s+have)\s+reached\s+(?:your|the)\s+(?:\w+\s+)?(?:limit\s+of\s+(?:\w+\s+)?free\s+(?:articles|stories)|"
    r"free\s+(?:article|story)\s+limit)|"
    r"^to\s+(?:continue|keep)\s+reading(?:\s+this\s+(?:article|story))?,?\s+(?:please\s+)?"
    r"(?:subscribe|log\s+in|sign\s+in|become\s+a\s+(?:subscriber|member))\b|"
    # French: "Il vous reste 40 % de cet article à lire", "La suite est réservée aux abonnés",
    # "Article réservé aux abonnés".
    r"\bil\s+vous\s+reste\s+\d[\d.,]*\s*%\s+de\s+(?:cet\s+|l['’]\s*)article\s+à\s+lire\b|"
    r"\b(?:la\s+suite(?:\s+de\s+cet\s+article)?|cet\s+article|ce\s+contenu|l['’]\s*article)\s+est\s+réservée?\s+"
    r"(?:exclusivement\s+)?aux\s+abonnés\b|"
    r"^(?:article|contenu)\s+réservé\s+aux\s+abonnés\W*$|"
    # German: "Dieser Artikel ist nur für Abonnenten", "... exklusiv für Plus-Kunden", "Lesen Sie
    # jetzt weiter mit <Site>+", "Weiterlesen mit Abo".
    r"\b(?:dieser|der\s+vollständige)\s+(?:artikel|beitrag|inhalt|text)\s+ist\s+(?:nur\s+|exklusiv\s+|ausschließlich\s+)+"
    r"für\s+[^.!?]{0,30}?(?:abonnent|\babo\b|\bplus\b)|"
    r"^(?:jetzt\s+)?(?:weiterlesen|lesen\s+sie\s+(?:jetzt\s+)?weiter)\s+mit\s+[^.!?]{0,30}?(?:\babo\b|\bplus\b|\+)|"
    # Spanish, Portuguese, Italian: "Este contenido es exclusivo para suscriptores", "Este conteúdo
    # é exclusivo para assinantes", "Questo articolo è riservato agli abbonati", "Para seguir
    # leyendo, suscríbete", "Para continuar lendo, assine".
    r"\b(?:este|el|o)\s+(?:artículo|contenido|conteúdo|artigo|texto)\s+(?:es|é)\s+"
    r"(?:exclusivo\s+|solo\s+|sólo\s+|únicamente\s+|apenas\s+|somente\s+)+para\s+(?:nuestros\s+|nossos\s+)?"
    r"(?:suscriptores|abonados|socios|assinantes)\b|"
    r"^(?:contenido|conteúdo)\s+exclusivo\s+para\s+(?:suscriptores|abonados|socios|assinantes)\W*$|"
    r"\b(?:questo|l['’]\s*)\s*(?:articolo|contenuto)\s+è\s+riservato\s+agli\s+abbonati\b|"
    r"^contenuto\s+riservato\s+agli\s+abbonati\W*$|"
    r"^para\s+(?:seguir|continuar)\s+(?:leyendo|lendo),?\s+(?:suscr[ií]bete|hazte|inicia\s+sesión|regístrate|"
    r"assine|faça\s+(?:o\s+|seu\s+)?login|cadastre-se)\b|"
    # Indonesian and Malay: "Artikel ini khusus untuk pelanggan", "Konten ini eksklusif bagi
    # member", "Untuk membaca selengkapnya, silakan berlangganan".
    r"\b(?:artikel|konten|berita|tulisan|kandungan)\s+ini\s+(?:hanya\s+)?(?:khusus|eksklusif|khas)\s+"
    r"(?:untuk\s+|bagi\s+)?(?:para\s+)?(?:pelanggan|member|anggota|langganan)\b|"
    r"^untuk\s+(?:membaca|terus\s+membaca|melanjutkan\s+membaca)\s+(?:artikel\s+ini\s+)?(?:selengkapnya\s*)?,?\s*"
    r"(?:silakan\s+|sila\s+)?(?:berlangganan|langgan|login|masuk|daftar)\b"
    r")"
)
#: The rest of the matched sentence goes on after a comma: a speech tag or a clause, not a notice.
_GOES_ON = re.compile(r"[^.!?]*?[,;]\s*\w")

#: Words one of which every match of _PAYWALL_NOTICE holds (case-folded).
_PAYWALL_WORDS = (
    "subscri", "member", "free", "abonn", "abo", "plus", "+", "suscr", "abonad", "socios", "assina", "assine",
    "reste", "abbonat", "login", "sesión", "cadastre", "hazte", "pelanggan", "anggota", "langgan", "masuk", "daftar",
)  # fmt: skip


def is_paywall_notice(text: str) -> bool:
    """True for a paywall's notice that the rest of the story is for subscribers (see the module)."""
    stripped = text.strip()
    if not stripped or len(stripped) > MAX_PAYWALL_NOTICE_CHARS:
        return False
    if not holds_word(stripped.casefold(), _PAYWALL_WORDS):
        return False
    match = _PAYWALL_NOTICE.search(stripped)
    return match is not None and not _GOES_ON.match(stripped, match.end())
