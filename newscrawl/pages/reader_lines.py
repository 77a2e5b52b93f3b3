"""Lines a site addresses to its reader around the story, which the line rules of ``cleaning`` miss.

One vocabulary per kind, in English, Indonesian and Malay first (German, Spanish and French where
the phrase is as fixed): an opinion page's disclaimer ("The views expressed in this article are the
author's own ..."), a call for letters ("Email your letter to ..."), a call for comments ("Have
your say", "Let us know what you think in the comments below."), a newsletter's call to reply to
its e-mail or its "Forwarded this email?" line, a blog's category and subscribe
lines ("Posted in <category>", "Get new posts by email") and a product card's price and buy lines
("From £35", "Buy now at <shop>"). Each kind needs the reader addressed, the page's own furniture
named, or the line to be nothing but the label, so that a story's sentence with the same words
stays ("The views expressed at the meeting were mixed", "Buy now, pay later schemes grew 20%").
"""

from __future__ import annotations

import re

#: A verb that attributes a statement ("..., the mayor said"): a line holding one is a story's
#: sentence, not a widget's or a notice's (cleaning, graphic_lines).
SAID_VERB = r"\b(?:said|says|told|tells|added|adds|urged|urges|wrote|writes|according\s+to)\b"

#: Longest line read (characters): a disclaimer or a call is a sentence or two, not a paragraph.
MAX_READER_LINE_CHARS = 400
#: Longest label line (a category, a price, a buy button) (characters).
MAX_LABEL_CHARS = 80

# A line that reports what someone said is the story's (a quote of a disclaimer, a call by an official).
# Indonesian/Malay "tulis" is also the imperative "write", so it reports only after a closing quote
# ('"...," tulis akun itu') or as "tulisnya".
_REPORTED = re.compile(
    r"(?i:\b(?:said|says|told|tells|wrote|writes|posted|claims|claimed|according\s+to|kata(?:nya)?|ujar(?:nya)?|"
    r"ucap(?:nya)?|tulisnya|menurut)\b|[\"”’']\s*tulis\b)"
)

# -- an opinion page's disclaimer: the views are the writer's, not the site's --
# Three words must meet: the views ("views", "opinions", "pandangan", "opini"), their writer
# ("author", "writer", "penulis", "penyumbang") and what a disclaimer says of them ("own",
# "not necessarily", "pribadi", "tidak semestinya", "tanggung jawab").
_DISCLAIMER_VIEWS = re.compile(
    r"(?i:\b(?:views?|opinions?)\s+(?:and\s+\w+\s+)?(?:expressed|stated|presented)\b|"
    r"\b(?:views?|opinions?)\s+(?:in|of)\s+this\s+(?:article|column|piece|post|blog|op-?ed|commentary|essay|letter)\b|"
    r"\bthis\s+(?:article|column|piece|post|commentary|op-?ed)\s+(?:is|reflects|represents)\b|"
    r"\b(?:artikel|tulisan|opini|kolom)\s+ini\s+(?:adalah|merupakan|sepenuhnya|menjadi)\b|\bisi\s+(?:tulisan|artikel)\b|"
    r"\b(?:pandangan|pendapat)\s+yang\s+(?:dinyatakan|diutarakan|dikemukakan|disuarakan)\b|"
    r"\bgeben?\s+(?:nicht\s+)?(?:unbedingt\s+|notwendigerweise\s+)?die\s+meinung\b|"
    r"\bopiniones\s+expresadas\b|\bopinions\s+exprimées\b)"
)
_DISCLAIMER_WRITER = re.compile(
    r"(?i:\b(?:authors?|writers?|contributors?|columnists?|bloggers?|penulis(?:nya)?|penyumbang|kolumnis|"
    r"autor(?:in|innen|en|es|s|a)?|auteurs?|editors?|editorial|redaktion|redaksi|publisher|newsroom)\b|\bauthor['’]s\b)"
)
_DISCLAIMER_CLAIM = re.compile(
    r"(?i:\b(?:own|solely|necessarily|sole\s+responsibility|pribadi|peribadi|semestinya|mencerminkan|"
    r"tanggung\s+jawab|tanggungjawab|unbedingt|notwendigerweise|exclusiva\s+responsabilidad|n['’]engagent)\b)"
)

# -- a call for the reader's letters --
_LETTERS_CALL = re.compile(
    r"(?i:\b(?:e-?mail|send|write|submit|post|mail)\s+(?:us\s+)?(?:your|a)\s+(?:letters?|responses?|replies|reply|"
    r"views|thoughts|opinions?)\b[^.!?]{0,60}?\b(?:to|at)\b|"
    r"\bletters?\s+to\s+the\s+editor\b[^.!?]{0,80}?(?:@|\bto\b|\bat\b)|"
    r"^(?:do\s+you\s+have|have\s+you\s+got|got)\s+(?:an?\s+)?(?:opinion|view)\b"
    r"[^?]{0,160}\?\s*\S[^?]*(?:@|\bletters?\b|\bwrite\b|\be-?mail\b|\bcomments?\b)|"
    r"\bkirim(?:kan)?\s+(?:surat|tulisan|opini|artikel|pendapat|tanggapan)\s+(?:anda|kamu|pembaca)\b|"
    r"\bhantar(?:kan)?\s+(?:surat|tulisan|pandangan|pendapat|artikel)\s+anda\b)"
)

# -- a call for comments, and the heading of the comment box --
_COMMENTS_CALL = re.compile(
    r"(?i:\b(?:let\s+us\s+know|tell\s+us|share)\s+(?:what\s+you\s+think|your\s+(?:thoughts|views|opinions?))\b"
    r"[^.!?]{0,40}?\b(?:comments?|below)\b|"
    r"\b(?:leave|post|add|drop)\s+(?:us\s+)?(?:a|your)\s+comments?\b[^.!?]{0,40}?\bbelow\b|"
    r"\bjoin\s+the\s+(?:conversation|discussion|debate)\b[^.!?]{0,40}?\b(?:below|comments?)\b|"
    r"\b(?:tulis(?:kan)?|berikan|sampaikan|bagikan)\s+(?:komentar|pendapat|tanggapan)\s+(?:anda|kamu)\b|"
    r"\b(?:kongsi(?:kan)?|berikan|tinggalkan|nyatakan)\s+(?:pendapat|pandangan|komen)\s+anda\b|"
    # the comment box named in a call: the reader addressed (anda, kamu) or told to write there; a story's
    # "warganet memberikan dukungan di kolom komentar" names the box and asks nothing
    r"(?:\b(?:anda|kamu|awak)\b|(?:^|[.!?,]\s*|\b(?:yuk|ayo|jom|sila|silakan)\s+)(?:tulis(?:kan)?|beri(?:kan)?|"
    r"sampaikan|kongsi(?:kan)?|tinggalkan|bagikan|nyatakan)\b)[^.!?]{0,40}?\bdi\s+(?:kolom\s+komentar|ruangan\s+komen)\b)"
)
_COMMENTS_HEADING = re.compile(
    r"^\s*(?i:have\s+your\s+say|join\s+the\s+(?:conversation|discussion|debate)|leave\s+a\s+(?:comment|reply)|"
    r"post\s+a\s+comment|add\s+a\s+comment|bagaimana\s+pendapat\s+(?:anda|kamu)|apa\s+pendapat\s+anda|"
    r"tulis\s+komentar(?:\s+anda)?|berikan\s+komentar(?:\s+anda)?|beri\s+komen|tinggalkan\s+komen|"
    # The comment box's button or heading in the other languages of the evaluation pages: "Write a
    # comment", "Comment on this article", "Kommentar erstellen", "Diesen Artikel kommentieren",
    # "Laisser un commentaire", "Deja un comentario", "Lascia un commento", "Deixe um comentário".
    r"write\s+a\s+comment|comment\s+on\s+this\s+(?:article|story|post)|beri\s+komentar|"
    r"(?:einen\s+)?kommentar\s+(?:erstellen|schreiben|verfassen|hinterlassen|abgeben)|"
    r"(?:diesen|den)\s+(?:artikel|beitrag)\s+kommentieren|schreiben\s+sie\s+einen\s+kommentar|"
    r"(?:laisser|ajouter|écrire)\s+un\s+commentaire|(?:deja|dejar|escribe|añadir)\s+(?:un|tu)\s+comentario|"
    r"(?:lascia|scrivi)\s+un\s+commento|deixe\s+(?:um|seu|o\s+seu)\s+comentário|dodaj\s+komentarz)\s*[:?!.]?\s*$"
)

# -- a tip box: the heading asking the reader for news tips and the line telling where to send them --
# "Have a tip?", "Got a news tip?", "Do you have a story idea?", "Punya informasi menarik?", "Ada
# maklumat?", "Haben Sie einen Hinweis?", "Vous avez une info ?", "¿Tienes una pista?", "Heb je
# een tip?" (review rv32): the question alone on its line.
_TIP_HEADING = re.compile(
    r"^\s*(?i:(?:do\s+you\s+)?(?:have|got|know)\s+(?:a|any)\s+(?:news\s+|story\s+)?(?:tips?|story\s+ideas?|scoop)|"
    r"news\s+tips?|tips?\s+for\s+(?:us|our\s+(?:newsroom|reporters))|"
    r"(?:punya|ada)\s+(?:informasi|info|maklumat|berita|tips|cerita)(?:\s+(?:menarik|penting))?|"
    r"haben\s+sie\s+(?:einen\s+)?(?:hinweis|tipp)|(?:vous\s+avez|avez-vous)\s+une\s+info(?:rmation)?|"
    r"¿?\s*(?:tienes|tiene\s+usted)\s+(?:una\s+)?(?:pista|información|denuncia)|"
    r"(?:tem|você\s+tem)\s+(?:uma\s+)?(?:denúncia|sugestão\s+de\s+pauta)|hai\s+una\s+segnalazione|"
    r"heb\s+(?:je|jij|u)\s+een\s+tip)\s*[?:.!]?\s*$"
)
# The line telling where to send a tip: opens by asking the reader to send, write or call; names a
# tip or the newsroom; gives an e-mail address or a telephone number ("Send it to our newsroom at
# tips@site.com or call 555-0142.", "Email your tips to news@site.com", "Kirim ke redaksi@site.id").
_TIP_CALL = re.compile(
    r"^\s*(?:(?i:please|kindly|silakan|sila)\s+)?(?i:send|e-?mail|contact|call|text|write|reach|message|share|"
    r"kirim(?:kan)?|hubungi|hantar(?:kan)?|schreiben\s+sie|écrivez|envoyez|escríbenos|escriba|envíe|envie|"
    r"entre\s+em\s+contato|scrivi|mail|stuur)\b"
)
_TIP_SUBJECT = re.compile(
    r"(?i:\btips?\b|\bstory\s+ideas?\b|\bnewsroom\b|\bnewsdesk\b|\bnews\s+desk\b|\bour\s+(?:reporters|editors)\b|"
    r"\bredaksi\b|\bredaktion\b|\brédaction\b|\bredacción\b|\bredação\b|\bredazione\b|\bredactie\b|"
    r"\bhinweise?\b|\binformasi\s+(?:anda|kamu)\b|\bmaklumat\s+anda\b)"
)
# The site's own newsroom addressed: "us", "our newsroom", "the desk", "redaksi" (a call naming
# anyone else, "Crime Stoppers", "the Harbour Trust", is a story's).
_TIP_OWN = re.compile(
    r"(?i:\b(?:us|uns|nous)\b|\bour\s+(?:newsroom|news\s*desk|newsdesk|desk|reporters|editors|editorial\s+team|team)\b|"
    r"\bthe\s+(?:news\s*)?desk\b|\bthe\s+newsdesk\b|\bredaksi\b|\bredaktion\b|\brédaction\b|\bredacción\b|"
    r"\bredação\b|\bredazione\b|\bredactie\b|escríbenos)"
)
#: Reported speech closing a call ("..., Dr Holt urged residents.", "..., police asked.").
_TIP_REPORTED = re.compile(r"(?i)\b(?:urged|urges|asked|asks|appealed|appeals)\b")
_EMAIL = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
_CONTACT = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<!\d)\+?\d[\d ()-]{5,}\d(?!\d)")
#: Words one of which every tip heading or call holds (case-folded).
_TIP_HINTS = (
    "tip", "idea", "scoop", "newsroom", "desk", "reporters", "editors", "redak", "rédaction", "redacción",
    "redação", "redazione", "redactie", "hinweis", "info", "maklumat", "berita", "cerita", "pista", "denuncia",
    "denúncia", "pauta", "segnalazione",
)  # fmt: skip

# -- a newsletter's lines about the e-mail itself: the "Forwarded this email?" line, the sign-off's
# call to reply to it ("That is all for this week. Reply to this email with tips.", "Hit reply",
# "Balas e-mel ini") --
_NEWSLETTER_CALL = re.compile(
    r"(?i:(?:^|(?<=[.!?…]\s))(?:(?:just|simply|please|feel\s+free\s+to|you\s+can)\s+)?"
    r"(?:reply\s+to|hit\s+reply\s+(?:to|on)|respond\s+to)\s+this\s+(?:e-?mail|newsletter|message)\b|"
    r"(?:^|(?<=[.!?…]\s))(?:(?:silakan|sila)\s+)?balas\s+(?:e-?mail|e-?mel|surel|pesan)\s+ini\b)"
)
# The forwarded line opens its sentence and asks ("Forwarded this email?", "Was this newsletter
# forwarded to you? ...") or the line calls for a sign-up ("Someone forwarded you this email.
# Subscribe ..."): "The aide who forwarded this email to ..." is the story's.
_FORWARDED = re.compile(
    r"(?i:(?:^|(?<=[.!?…]\s))(?:(?:(?:got|were\s+you|you\s+were)\s+)?forwarded\s+this\s+(?:e-?mail|newsletter)"
    r"|(?:was|is)\s+this\s+(?:e-?mail|newsletter)\s+forwarded\s+to\s+you"
    r"|(?:someone|a\s+friend)\s+forward(?:ed)?\s+(?:you\s+)?this\s+(?:e-?mail|newsletter))\b)"
)
_FORWARDED_ASKS = re.compile(r"[^.!?\n]{0,60}\?")
_SIGN_UP = re.compile(r"(?i:\b(?:sign\s*up|subscribe|daftar|langgan|berlangganan|melanggan)\w*)")

# -- a blog's category line and subscribe line --
_POSTED_IN = re.compile(
    r"^\s*(?i:(?:posted|filed|published|categori[sz]ed|listed)\s+(?:in|under)|diposting\s+(?:di|dalam)|"
    r"dipublikasikan\s+(?:di|dalam)|disiarkan\s+(?:di|dalam)|dikategorikan\s+(?:di|dalam|sebagai))"
    r"\s*:?\s+[^\s.!?][^.!?]*$"
)
_NEW_POSTS_BY_EMAIL = re.compile(
    r"^\s*(?i:(?:get|receive)\s+(?:new|the\s+latest|our|future|all|every)?\s*(?:blog\s+)?(?:posts?|articles?|stories|"
    r"updates)\s+(?:\w+\s+){0,2}?(?:by|via|in\s+your|to\s+your|straight\s+to\s+your)\s+(?:e-?mail|inbox)|"
    r"subscribe\s+(?:by|via)\s+e-?mail|"
    r"(?:dapatkan|terima)\s+(?:artikel|tulisan|postingan|berita)\s+(?:\w+\s+){0,2}?(?:via|lewat|melalui|menerusi)\s+e-?m(?:ai)?l)"
    r"\b[^.!?]*[.!]?\s*$"
)

# -- a product card's price and buy lines --
_CURRENCY = r"(?:[£$€¥₹]|US\$|A\$|C\$|S\$|NZ\$|Rp\.?|RM|EUR|USD|GBP)"
_AMOUNT = rf"{_CURRENCY}\s?\d[\d.,]*(?:\s*(?:[-–]|to|hingga|sampai)\s*{_CURRENCY}?\s?\d[\d.,]*)?"
_PRICE_LINE = re.compile(
    rf"^\s*(?:(?i:from|only|now|was|just|price|rrp|harga|mulai(?:\s+dari)?|dari|hanya|ab|desde|à\s+partir\s+de)\s*:?\s*)?"
    rf"{_AMOUNT}(?:\s+(?i:at|on|from|di|dari|bei|en|chez)\s+[\w&'’.-]+(?:\s+[\w&'’.-]+){{0,3}})?\s*$"
)
_BUY_LINE = re.compile(
    # "Buy at <shop>", "Shop now at <shop>", "View the deal at <shop>": "shop" needs a word after it and
    # view/see/check a deal, price or offer, so that a subhead ("Shop on Main Street", "View from the ground") stays
    r"^\s*(?i:(?:(?:buy|order|get\s+it)(?:\s+(?:it|now|here|this|today))*|shop(?:\s+(?:it|now|here|this|today))+|"
    r"(?:buy|shop|order|get\s+it|view|see|check)(?:\s+(?:it|now|here|this|today))*\s+(?:the\s+|this\s+)?"
    r"(?:deals?|prices?|offers?))\s+(?:at|on|from|via)\s+[\w&'’.-]+(?:\s+[\w&'’.-]+){0,3}|"
    r"(?:buy|shop|order)\s+now|view\s+(?:the\s+)?deal|check\s+(?:the\s+)?price|see\s+(?:the\s+)?price|"
    r"(?:beli|belanja)\s+(?:sekarang|di\s*sini)(?:\s+(?:di|melalui|via)\s+[\w&'’.-]+(?:\s+[\w&'’.-]+){0,3})?|"
    r"(?:beli|belanja)\s+(?:di|melalui|via)\s+[\w&'’.-]+(?:\s+[\w&'’.-]+){0,3})\s*$"
)

#: Words one of which every match of a kind holds (case-folded): its search runs on those lines only.
_NEWSLETTER_HINTS = ("repl", "forward", "balas")
_LETTERS_HINTS = ("letter", "respons", "repl", "thought", "opini", "view", "kirim", "hantar")
_COMMENTS_HINTS = (
    "comment", "below", "komen", "conversation", "discussion", "debate", "pendapat", "tanggapan", "pandangan",
)  # fmt: skip
_VIEW_HINTS = ("view", "opini", "artikel", "tulisan", "kolom", "pandangan", "pendapat", "meinung")


def holds_word(text: str, words: tuple[str, ...]) -> bool:
    """True when ``text`` holds one of ``words``: ``any(word in text for word in words)`` as a plain
    loop, a third less time than the generator on a line (the line rules make 20-30 such tests
    on every line of every page)."""
    for word in words:
        if word in text:
            return True
    return False


def _newsletter_line(text: str) -> bool:
    """True for a newsletter's call to reply to it or its forwarded line (``_NEWSLETTER_CALL``,
    ``_FORWARDED``), not reported speech."""
    if _REPORTED.search(text):
        return False
    if _NEWSLETTER_CALL.search(text):
        return True
    forwarded = _FORWARDED.search(text)
    return bool(forwarded and (_FORWARDED_ASKS.match(text, forwarded.end()) or _SIGN_UP.search(text)))


def is_reader_line(text: str) -> bool:
    """True for a line the site addresses to its reader beside the story (see the module's doc):
    an opinion disclaimer, a call for letters or comments, a blog's category or subscribe line,
    a product card's price or buy line."""
    stripped = text.strip()
    length = len(stripped)
    if not stripped or length > MAX_READER_LINE_CHARS:
        return False
    if length <= MAX_LABEL_CHARS and (
        _COMMENTS_HEADING.match(stripped)
        or _PRICE_LINE.match(stripped)
        or _BUY_LINE.match(stripped)
        or (_POSTED_IN.match(stripped) and len(stripped.split()) <= MAX_CATEGORY_WORDS)
        or _NEW_POSTS_BY_EMAIL.match(stripped)
    ):
        return True
    folded = stripped.casefold()
    if holds_word(folded, _TIP_HINTS) and _is_tip_line(stripped, length):
        return True
    if holds_word(folded, _NEWSLETTER_HINTS) and _newsletter_line(stripped):
        return True
    letters = holds_word(folded, _LETTERS_HINTS)
    comments = holds_word(folded, _COMMENTS_HINTS)
    views = holds_word(folded, _VIEW_HINTS)
    if not (letters or comments or views) or _REPORTED.search(stripped):
        return False
    if (letters and _LETTERS_CALL.search(stripped)) or (comments and _COMMENTS_CALL.search(stripped)):
        return True
    return bool(
        views
        and _DISCLAIMER_VIEWS.search(stripped)
        and _DISCLAIMER_WRITER.search(stripped)
        and _DISCLAIMER_CLAIM.search(stripped)
    )


def _is_tip_line(stripped: str, length: int) -> bool:
    """True for a tip box's heading, or its call to send a tip to the site's own newsroom ("us",
    "our newsroom", "redaksi") at an address or number."""
    if length <= MAX_LABEL_CHARS and _TIP_HEADING.match(stripped):
        return True
    return is_tip_call(stripped)


def is_tip_heading(text: str) -> bool:
    """True for a tip box's heading ("Have a tip?", "Punya informasi menarik?")."""
    stripped = text.strip()
    return len(stripped) <= MAX_LABEL_CHARS and bool(_TIP_HEADING.match(stripped))


def is_tip_call(text: str, host: str = "", after_heading: bool = False) -> bool:
    """True for a tip box's call to send a tip, with an address or a number, that addresses the
    site's own newsroom: "us", "our newsroom", "redaksi", "the desk", an e-mail address on ``host``
    (the page's), or any call just below a tip box's heading (``after_heading``). A call to someone
    else ("Call Crime Stoppers with tips at ...") or one that reports who made it ("..., Dr Holt
    urged residents.") is the story's (review R57)."""
    stripped = text.strip()
    if not stripped or len(stripped) > MAX_READER_LINE_CHARS:
        return False
    if not (
        _TIP_CALL.match(stripped)
        and _CONTACT.search(stripped)
        and not _REPORTED.search(stripped)
        and not _TIP_REPORTED.search(stripped)
    ):
        return False
    return after_heading or (
        bool(_TIP_SUBJECT.search(stripped)) and (bool(_TIP_OWN.search(stripped)) or _own_address(stripped, host))
    )


def _own_address(text: str, host: str) -> bool:
    """True when an e-mail address in ``text`` is on ``host``'s domain (or a subdomain of it)."""
    own = host.casefold().removeprefix("www.")
    if not own:
        return False
    for match in _EMAIL.finditer(text):
        domain = match.group(1).casefold()
        if domain == own or domain.endswith("." + own) or own.endswith("." + domain):
            return True
    return False


#: Most words of a category line ("Posted in Product updates, Releases").
MAX_CATEGORY_WORDS = 10
