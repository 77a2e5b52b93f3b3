"""Shared clean-up processors for page fields: boilerplate lines, title tails, author names.

Pure functions over strings, so each rule is tested on its own. The boilerplate
lines are the inserts mirror themes put between paragraphs ("READ <title>",
"Baca juga: ...", "Simak juga", "Also Read") and the boxes they put around the
story (subscribe, share, newsletter, advertisement), in English, Indonesian and Malay.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from newscrawl.attribution import agency_name, aside_agencies, byline_agencies, byline_agency, role_agency
from newscrawl.dates import DAY_NAMES, MONTH_WORDS, ZONE_ABBREVIATIONS, without_month_numbers
from newscrawl.intl_credits import (
    ACCOUNT_WORDS,
    CASELESS_NOT_NAMES,
    TAIWAN_PLACES,
    site_with_agency,
    strip_intl_label,
)
from newscrawl.pages.author_lines import (
    joined_particle,
    known_place,
    role_credit_names,
    same_person,
    sign_off_writers,
    with_suffix_stop,
)
from newscrawl.pages.byline_forms import (
    NEWSROOM_MARK,
    article_outlet,
    caps_name,
    cjk_reporter_names,
    coauthor_aside,
    credit_words,
    desk_credit,
    dutch_writers,
    is_zone_word,
    joint_agency,
    names_no_person,
    outlet_after_names,
    outlet_named,
    own_reporter_credit,
    source_credit,
    split_agency_tail,
    staff_title,
    without_editor_marks,
    without_report_place,
    without_zone_names,
    zone_name,
)
from newscrawl.pages.graphic_lines import is_graphic_placeholder
from newscrawl.pages.paywall_lines import is_paywall_notice
from newscrawl.pages.reader_lines import SAID_VERB as _SAID_VERB
from newscrawl.pages.reader_lines import holds_word, is_reader_line
from newscrawl.pages.script_lines import is_script_furniture, organisation_bio
from newscrawl.pages.story_blocks import related_lead_sentence

# A paragraph that starts like this is a related-post insert, whatever follows.
_RELATED_LEAD = re.compile(
    r"^\s*(?:"
    r"READ(?:\s+(?:ALSO|MORE))?\b(?!\s+(?:the|a|an|it|this|that)\b)|(?i:read (?:also|more|next)|also read)\b|"
    # "RELATEDWhy this ...": a card's label in capitals run into its title, two <span>s in one link (review rv30).
    r"Related\s*:|RELATED\s*:|RELATED(?=[A-Z][a-z])|Related (?:story|stories|articles?|news|posts?)\b|See also\s*:|More\s*:|"
    # The label in title case or with "videos" only on a line of its own ("Related Videos", "Related News:").
    r"Related (?i:story|stories|articles?|news|posts?|videos?)(?:\s+\w+)?\s*:?\s*$|"
    # The second word in any case: themes write "Baca Juga:", "Simak Video", "Lihat Juga :" too.
    r"Baca(?:\s+(?i:juga|pula|lagi|selengkapnya|berita\s+lainnya|artikel\s+lainnya))\b|BACA(?:\s+(?:JUGA|PULA))\b|"
    r"(?:Baca|BACA)\s*:|Simak(?:\s+(?i:juga|pula|video|berita))\b|SIMAK(?:\s+JUGA)?\b|Lihat(?:\s+(?i:juga))\b|"
    r"LIHAT(?:\s+JUGA)\b|"
    r"Tonton(?:\s+juga)?\s*:|Artikel\s+terkait\b|Berita\s+terkait\b|Berita\s+lainnya\b|Bacaan\s+lain\b|"
    r"Dapatkan\s+(?:berita|update|informasi)\b|Ikuti\s+(?:kami|berita|update|saluran|channel)\b|"
    r"Jangan\s+lewatkan\b|Klik\s+(?:di\s*sini|link)\b|"
    r"Subscribe\b|Sign up\b|Click here\b|Follow us\b|Share (?:this|on)\b|Bagikan\b|Kongsi\b|Langgan\b|"
    r"Advertisement\b|ADVERTISEMENT\b|Advertisment\b|Iklan\b|IKLAN\b|Scroll to continue\b|SCROLL TO CONTINUE\b|"
    r"Get the latest\b|Stay up to date\b|Newsletter\b|Download (?:the )?(?:app|aplikasi)\b|Unduh aplikasi\b"
    r")",
)
# Whole-line boilerplate: short lines that are nothing but a widget's label.
_WIDGET_LINE = re.compile(
    r"^\s*(?:share|tweet|pin it|email|print|whatsapp|facebook|twitter|telegram|linkedin|comments?|komentar|"
    r"tags?|tag|label|labels|kategori|category|topik|advertisement|iklan|ads by google|loading\.*|"
    r"(?:\d+\s+)?(?:views|dilihat|kali dibaca)|bagikan artikel ini|share this article|"
    r"continue reading|lanjutkan membaca|baca selengkapnya|fullscreen|thumbnails|"
    # an ad slot's note that the story goes on (review rv32): "Continue reading below", "Continue
    # reading the main story", "Content continues below", "Lanjutkan membaca di bawah"
    r"continue\s+reading\s+(?:below|the\s+(?:main\s+)?(?:story|article)(?:\s+below)?|after\s+(?:the|this)\s+(?:ad|advertisement))|"
    r"content\s+continues\s+(?:below|after\s+(?:the|this)\s+(?:ad|advertisement))|"
    r"(?:lanjutkan|lanjut)\s+(?:membaca|baca)\s+(?:di\s+bawah|setelah\s+iklan)|"
    r"(?:artikel|berita)\s+(?:berlanjut|bersambung)\s+(?:di\s+bawah|setelah\s+iklan|selepas\s+iklan)(?:\s+ini)?|"
    r"teruskan\s+membaca(?:\s+(?:di\s+bawah|selepas\s+iklan))?|"
    # the label an ad slot between paragraphs carries on some papers' pages (review rv31)
    r"article content|"
    # an ad slot's or a video box's label alone ("ADVERTISING", "Sponsored content", "Watch the video")
    r"advertising|sponsored(?:\s+(?:content|post|story))?|paid\s+(?:content|post)|watch\s+(?:the\s+)?video|"
    r"\d+\s+of\s+\d+)\s*:?\s*$",
    re.IGNORECASE,
)
# "Read also" in the scripts of South Asia, as Hindi, Urdu, Bengali, Marathi, Gujarati, Punjabi,
# Nepali, Tamil, Telugu, Kannada, Malayalam and Persian sites write it ("यह भी पढ़ें:", "یہ بھی
# پڑھیں:", "আরও পড়ুন:", "இதையும் படிக்க:"). The nukta letters are matched composed and decomposed
# (ढ़ and ढ + ़, ড় and ড + ়), as sites type both; Urdu's ی and ہ also as Arabic's ي and ه.
_READ_ALSO_SOUTH = (
    r"(?:यह|ये|इसे|इन्हें)\s+भी\s+(?:प(?:\u095d|\u0922\u093c)ें|देखें)|और\s+प(?:\u095d|\u0922\u093c)ें|"
    r"हेही\s+वाचा|हे\s+(?:पण|देखील)\s+वाचा|"
    r"यो\s+पनि\s+(?:पढ्नुहोस्|पढ्नुस्|हेर्नुहोस्)|थप\s+पढ्नुहोस्|"
    r"[یي][ہه]\s+بھی\s+(?:پڑھیں|دیکھیں)|مزید\s+پڑھیں|همچنین\s+بخوانید|بیشتر\s+بخوانید|"
    r"(?:আরও|আরো|এটাও|এটিও)\s+প(?:\u09dc|\u09a1\u09bc)ুন|"
    r"આ\s+પણ\s+વાંચો|ਇਹ\s+ਵੀ\s+ਪੜ੍ਹੋ|"
    r"இதையும்\s+(?:படிக்க|படியுங்கள்|வாசிக்க)|மேலும்\s+படிக்க|"
    r"(?:ఇది|ఇవి|ఇవీ)\s+(?:కూడా\s+)?చదవండి|ಇದನ್ನೂ\s+ಓದಿ|"
    r"(?:ഇതും|ഇതുകൂടി)\s+(?:വായിക്കുക|വായിക്കൂ)"
)
# "Read also" in the languages of Europe's, Africa's and Asia's wire mirrors that the lists above
# miss (review rv28): Danish, Norwegian, Swedish, Finnish "Læs også", "Les også", "Läs också", "Lue
# myös"; Czech and Slovak "Čtěte také", "Přečtěte si také", "Čítajte tiež"; Romanian "Citește și"
# (ș and ț with comma or cedilla); Hungarian "Olvassa el ezt is"; Ukrainian, Russian, Bulgarian
# "Читайте також", "Читайте также", "Прочетете още"; Serbian, Croatian, Bosnian and Slovene
# "Pročitajte još", "Pročitajte i", "Прочитајте још", "Preberite tudi"; Greek "Διαβάστε επίσης";
# Hebrew "קראו גם"; Hausa "Karanta kuma"; Zulu "Funda futhi"; Sinhala "මෙයත් කියවන්න"; Khmer
# "អានបន្ថែម"; Mongolian "Мөн уншаарай". Like the others they take a linked title straight after.
_READ_ALSO_MORE = (
    r"l(?:æ|ä)s\s+(?:også|också|även)|les\s+også|lue\s+myös|"
    r"čtěte\s+(?:také|též|rovněž|i)|přečtěte\s+si\s+(?:také|též|i)|čítajte\s+(?:tiež|aj)|prečítajte\s+si\s+(?:tiež|aj)|"
    r"cite[șş]te\s+[șş]i|citi[țţ]i\s+[șş]i|vezi\s+[șş]i|"
    r"olvassa\s+el\s+(?:ezt|ezeket)\s+is|ezt\s+is\s+olvassa\s+el|olvasd\s+el\s+ezt\s+is|"
    r"читайте\s+(?:також|также|тоже|ещё|еще)|дивіться\s+також|смотрите\s+также|прочетете\s+(?:още|също)|"
    r"pročitajte\s+(?:još|i|takođe|također)(?:\s+i)?|прочитајте\s+(?:још|и|такође)(?:\s+и)?|"
    r"preberite\s+(?:tudi|še)|"
    r"διαβ[αά]στε\s+(?:επ[ιί]σης|ακ[οό]μα|ακ[οό]μη)|δε[ιί]τε\s+επ[ιί]σης|קראו\s+(?:גם|עוד)|"
    r"karanta\s+(?:kuma|wannan)|funda\s+(?:futhi|nalokhu)|"
    r"(?:මෙයත්|මේවාත්|මෙයද)\s+(?:කියවන්න|බලන්න)|"
    r"អានបន្ថែម|អានអត្ថបទ(?:ទាក់ទង|ពាក់ព័ន្ធ)|мөн\s+(?:уншаарай|уншина\s+уу)"
)
# A label's last lower-case letter glued to a capital: a box's label and its link's title joined
# with no space ("İlgili Haberİzmir Metrosu'nda ...": a <span> and an <a> side by side).
_GLUED = (
    r"(?<=[a-zà-ÿğışçöü])(?=[A-ZÀ-ÞİĞŞÇÖÜ])|"
    # Malayalam's "ഇതും വായിക്കുക" and a title's first letter ("ഇതും വായിക്കുകകൊച്ചി ..."): a letter,
    # not a vowel sign or the "-യും" of a sentence ("ഇതും വായിക്കുകയും ചെയ്യുക").
    r"(?<=വായിക്കുക)(?=[\u0d05-\u0d39])(?!യ)"
)
# The same inserts and boxes in the other languages of the evaluation pages and of wire copies
# (German, French, Spanish, Portuguese, Italian, Dutch, Polish): "Lesen Sie auch: ...",
# "À lire aussi", "Lea también: ...", "VEA TAMBIÉN: ...", "Leia também", "Leggi anche",
# "Czytaj też"; Argentina's and Uruguay's voseo "Leé también", "Mirá también" (review rv30). Words
# that open ordinary sentences too ("Mira" is a name, "Lea" a given name, "Anzeige" a police
# report) count only with the colon or dash of a label, or in capitals.
_RELATED_LEAD_INTL = re.compile(
    r"^\s*(?:"
    r"(?i:lesen\s+sie\s+(?:auch|mehr|hier|dazu|weiter)|auch\s+(?:interessant|lesen|spannend)|"
    r"das\s+könnte\s+(?:sie|dich)\s+(?:auch\s+)?interessieren|mehr\s+zum\s+thema|"
    r"weitere\s+(?:artikel|beiträge|themen|nachrichten|meldungen|news|tourentipps|aktuelle\s+themen)|"
    r"zum\s+weiterlesen|schon\s+gelesen|lesetipps?|weiterlesen|zum\s+newsletter|newsletter\s+abonnieren|"
    r"kommentierte\s+artikel|meist(?:gelesen|-diskutiert|diskutiert)|top-themen|"
    r"(?:à|a)\s+lire\s+(?:aussi|également)|lire\s+(?:aussi|la\s+suite)|voir\s+aussi|pour\s+lire\s+la\s+suite|"
    r"pour\s+accéder\s+en\s+illimité|"
    r"lea\s+(?:también|más|además)|le[eé]\s+(?:también|más)|leer\s+más|vea\s+también|ver\s+también|"
    r"mir[aá]\s+también|(?:te|le)\s+puede\s+interesar|puedes\s+ver|notas\s+relacionadas|"
    r"noticias\s+relacionadas|contenido\s+relacionado|artículos?\s+relacionados?|más\s+sobre|"
    r"leia\s+(?:também|mais)|veja\s+(?:também|mais)|saiba\s+mais|"
    r"leggi\s+anche|potrebbe\s+interessarti|vedi\s+anche|"
    r"lees\s+(?:ook|meer)|"
    r"czytaj\s+(?:też|także|również|więcej)|zobacz\s+(?:też|także|również)|dowiedz\s+się\s+więcej|"
    r"you\s+(?:may|might)\s+also\s+(?:like|enjoy)|more\s+(?:on|about)\s+this\s+(?:topic|story)|"
    r"most\s+(?:read|popular|viewed)\b|recommended\s+(?:for\s+you|stories|articles|reading)|"
    r"more\s+must-reads|more\s+(?:stories|news|articles)\s+(?:from|on|like\s+this)|"
    r"other\s+(?:\w+\s+)?(?:columns|stories|articles)|also\s+on\s+[\w-]+\.[a-z]{2,6}|"
    r"(?:andere|ähnliche)\s+(?:artikel|beiträge)|auch\s+auf\s+[\w-]+\.[a-z]{2,6}|"
    r"เรื่องที่เกี่ยวข้อง|อ่านเพิ่มเติม|อ่านข่าวที่เกี่ยวข้อง|ข่าวที่เกี่ยวข้อง|"
    # Chinese and Japanese: "相关阅读", "延伸閱讀", "関連記事" (a whole line: \w goes on in a sentence).
    r"相[关關](?:阅读|閱讀|新[闻聞]|报道|報導|文章)|延伸[阅閱][读讀]|推荐阅读|推薦閱讀|関連記事|関連ニュース|"
    r"اقرأ\s+أيضا|اقرأ\s+أيضاً|اقرأ\s+المزيد|مواضيع\s+ذات\s+صلة|"
    + _READ_ALSO_SOUTH
    + r"|xem\s+thêm|đọc\s+thêm|tin\s+liên\s+quan|có\s+thể\s+bạn\s+quan\s+tâm|"
    r"basahin\s+(?:din|rin)|basaha\s+usab|soma\s+(?:pia|zaidi)|"
    # Turkish: "İlgili Haber", "Bunlar da ilginizi çekebilir", "Ayrıca okuyun".
    r"ilgili\s+haber(?:ler)?|bunlar\s+da\s+ilginizi\s+çekebilir|bunlar[ıi]?\s+da\s+okuyun|ayrıca\s+okuyun|"
    # A video box's heading: "Also watch", "Te recomendamos" over a player and its title.
    r"also\s+watch|watch\s+also|more\s+videos|assista\s+também|(?:à|a)\s+voir\s+aussi|regardez\s+aussi|"
    r"(?:te|le)\s+recomendamos|saksikan\s+juga|video\s+zum\s+thema|"
    # The languages of _READ_ALSO_MORE, and their related-posts headings ("Související články",
    # "Kapcsolódó cikkek", "По теме", "Povezane vijesti", "Холбоотой мэдээ", "ព័ត៌មានទាក់ទង").
    + _READ_ALSO_MORE
    + r"|l(?:æ|ä)s\s+mer(?:e)?|se\s+også|relaterede\s+artikler|relaterte\s+saker|relaterade\s+artiklar|"
    r"související\s+(?:články|zprávy)|súvisiace\s+(?:články|správy)|articole\s+(?:similare|asemănătoare)|"
    r"kapcsolódó\s+(?:cikkek|cikk|hírek)|по\s+теме|по\s+темі|схожі\s+новини|"
    r"povezane\s+(?:vijesti|vesti)|vezane\s+vijesti|повезане\s+вести|σχετικά\s+άρθρα|כתבות\s+נוספות|"
    r"холбоотой\s+(?:мэдээ(?:лэл)?|нийтлэл)|ព័ត៌មាន(?:ទាក់ទង|ពាក់ព័ន្ធ))"
    r"(?=\W|$|" + _GLUED + r")|"
    r"(?:Lea|LEA|Mira|MIRA|Anzeige|ANZEIGE|Werbung|WERBUNG|Publicidad|PUBLICIDAD|Publicité|PUBLICITÉ|"
    r"Reklama|REKLAMA|Pubblicità|Basahin|BASAHIN|Basaha|BASAHA)(?:\s*:|\s+[\-–—|])|"
    r"ANZEIGE\b|WERBUNG\b|PUBLICIDAD\b|PUBLICITÉ\b|BASAHIN\b"
    r")",
)
# A said-verb: a line holding one reports what someone said, so it is the story's.
# Prompts around the story that are whole sentences: subscribe, sign up, follow us, get the app.
# Read only on short lines (MAX_INSERT_CHARS), and each needs the reader addressed or the
# site's channels named, so a story about newsletters or apps keeps its sentences.
_PROMPT = re.compile(
    # A line that attributes a statement ("..., Mayor Lena Ortiz told reporters") is a story's, never
    # a prompt; the lookahead reads the whole line once, so the matches below start from its head.
    r"(?i:\A(?![^\n]*\b(?:said|says|told|tells|according\s+to)\b)[^\n]*?(?:"
    r"\b(?:sign(?:ing)?\s+up|subscribe)\s+(?:to|for)\s+our\s+\w*\s*newsletter|"
    r"\bnever\s+miss\s+(?:the\s+latest|a\s+story)|"
    r"(?:^|\bfor\s+the\s+latest\b[\w\s]{0,60}?)\bdownload\s+(?:the|our)\s+[\w\s&.+-]{0,40}\bapps?\b|"
    r"(?:^follow\s+(?:the\s+)?\w+(?:\s+\w+)?|\bfollow\s+us)\s+on\s+(?:twitter|facebook|instagram|x|telegram|whatsapp|google\s+news)\b|"
    # "Click here to join <Site> on WhatsApp", "..., click here to join the <Site> WhatsApp channel";
    # "Join us / our ... / <Site> on Telegram" (not "Join thousands of protesters on WhatsApp groups,
    # organisers urged": no one the site names, and a said-verb).
    r"\b(?:click|tap)\s+here\s+to\s+(?:join|follow)\b|"
    r"^(?![^\n]*" + _SAID_VERB + r")join\s+"
    r"(?:us|our\b[^.!?]{0,56}?|(?:the\s+)?(?-i:[A-Z0-9][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}))"
    r"\s+on\s+(?:whatsapp|telegram)\b|"
    # "Like us on Facebook", "Like <Site> on Facebook, follow @handle on Twitter", "Get the latest ... to your inbox".
    r"^like\s+us\s+on\s+facebook\b|\bfollow\s+@\w+\s+on\s+(?:twitter|x|instagram|threads|tiktok)\b|"
    r"^(?:get|receive|have|sign\s+up|subscribe)\b[^.!?]{0,100}?\b(?:to|in|into)\s+your\s+inbox\b|"
    r"^¡?(?:follow\s+us|folgen\s+sie\s+uns|s[ií]guenos|suivez[\s-]nous|seguici|siga-nos)\b(?:\s*(?:on|auf|en|sur|su|no|nas)?"
    r"\s*:?\s*$|[^.!?]{0,80}?\b(?:twitter|facebook|instagram|telegram|whatsapp|linkedin|youtube|tiktok|mastodon|"
    r"google\s+(?:news|noticias|notícias|actualités))\b)|"
    r"\bto\s+(?:view|read|continue\s+reading)\s+the\s+full\s+(?:story|article),?\s+(?:please\s+)?(?:subscribe|log\s+in)|"
    r"\balready\s+a\s+subscriber\b|"
    r"\bsubmit\s+(?:your|a)\s+letter\b|\bsign\s+up\s+here\b|"
    r"\b(?:contains|enthält)\s+(?:affiliate[\s-]links|werbung\b|references\s+to\s+products)|"
    r"\badvertisers\s+do\s+not\s+influence\b|\bwe\s+may\s+(?:receive|earn)\s+(?:compensation|a\s+commission)\b|"
    r"\bsie\s+sind\s+(?:aktuell\s+)?nicht\s+eingeloggt|"
    r"\bzum\s+newsletter\s+anmelden|\bnewsletter\s+(?:abonnieren|bestellen)\b|"
    r"\bcancela\s+cuando\s+quieras|\bhazte\s+miembro\b|\bsuscríbete\b|"
    r"\bzapraszamy\s+(?:też\s+)?do\s+subskrypcji|"
    r"\bcanal\s+de\s+(?:telegram|whatsapp)\b.*\búnete\b|"
    r"\binscrivez-vous\s+à\s+(?:notre|la)\s+newsletter|\babonnez-vous\b"
    r"))"
)
#: Words one of which every match of _PROMPT holds (case-folded, see ``_folded``).
_PROMPT_WORDS = (
    "newsletter", "never", "download", "follow", "like", "inbox", "folgen", "guenos", "suivez", "seguici", "siga",
    "full", "subscriber", "submit", "sign", "contains", "enthält", "advertisers", "compensation", "commission",
    "eingeloggt", "cancela", "hazte", "suscr", "subskrypcji", "canal", "abonnez", "click", "tap", "join",
)  # fmt: skip
# Whole-line labels of share bars, comment counts, ad slots and picture credits, other languages.
_WIDGET_LINE_INTL = re.compile(
    r"^\s*(?:teilen(?:\s+mit)?|drucken|twittern|gefällt\s+mir|bewerten|wird\s+geladen\.*|"
    r"keine\s+kommentare|kommentare(?:\s+insgesamt)?|kommentieren|inhaltsverzeichnis|anzeige|werbung|"
    # A link back up the page: "Zurück zum Inhaltsverzeichnis", "Nach oben", "Retour en haut",
    # "Volver arriba", "Back to top".
    r"(?:zurück\s+)?(?:nach\s+oben|zum\s+(?:inhaltsverzeichnis|seitenanfang|anfang))|"
    r"retour\s+en\s+haut(?:\s+de\s+(?:la\s+)?page)?|volver\s+(?:arriba|al\s+inicio)|voltar\s+ao\s+topo|torna\s+su|"
    r"back\s+to\s+(?:the\s+)?(?:top|table\s+of\s+contents|contents)|kembali\s+ke\s+atas|"
    r"partager|imprimer|commentaires?|commenter|publicité|compartir|imprimir|comentarios?|comentar|publicidad|"
    r"compartilhar|comentários|publicidade|an[uú]ncio|condividi|stampa|commenti|pubblicità|delen|reacties|advertentie|"
    r"udostępnij|drukuj|komentarze|reklama|"
    # "Advertisement" over an ad slot in Bengali, Hindi and Marathi, Urdu, Tamil, Telugu, Kannada,
    # Malayalam, Thai, Vietnamese, Tagalog.
    r"বিজ্ঞাপন|विज्ञापन|اشتہار|விளம்பரம்|ప్రకటన|ಜಾಹೀರಾತು|പരസ്യം|โฆษณา|quảng\s+cáo|patalastas|"
    # ... and in Swedish, Norwegian, Danish, Finnish, Turkish, Romanian, Hungarian, Greek (with or
    # without its accent, as capitals drop it), Russian, Ukrainian and Bulgarian, Serbian and
    # Croatian, Hebrew, Arabic (review rv28): the label alone, never a sentence opening with it.
    r"annons|annonse|annonce|mainos|reklam|publicitate|reclam[ăa]|hirdetés|διαφ[ηή]μιση|реклама|оглас|oglas|"
    r"פרסומת|إعلان|"
    r"titelbild|beitragsbild|symbolbild|image\s+illustrative|photo\s+d'illustration|"
    r"(?:\d+\s+)?(?:kommentare|comentarios|commentaires|comments)|"
    # The note that the story goes on past an ad slot (review rv26): "Continua após a publicidade",
    # "Scroll untuk melanjutkan", "Story continues below advertisement", "Weiterlesen nach der Anzeige".
    r"continua\s+(?:após|depois\s+d[ae]|apos)\s+(?:a\s+)?publicidade|continúa\s+(?:después\s+de|tras)\s+(?:la\s+)?publicidad|"
    r"la\s+suite\s+après\s+(?:cette\s+|la\s+)?publicité|continua\s+(?:dopo|sotto)\s+(?:la\s+)?pubblicità|"
    r"(?:weiterlesen|weiter)\s+nach\s+der\s+(?:anzeige|werbung)|"
    # ... "Lesen Sie nach der Anzeige weiter", "L'article continue ci-dessous", "Sigue leyendo
    # abajo", "Continue lendo após o anúncio", "Continua a leggere dopo la pubblicità", "Lees
    # verder na de advertentie" (review rv32)
    r"(?:lesen\s+sie\s+)?(?:nach|unter)\s+der\s+(?:anzeige|werbung)\s+weiter(?:lesen)?|"
    r"(?:der\s+)?artikel\s+(?:geht|wird)\s+(?:nach|unter)\s+der\s+(?:anzeige|werbung)\s+(?:weiter|fortgesetzt)|"
    r"(?:l['’]\s*)?article\s+continue\s+(?:ci-dessous|après\s+(?:cette\s+|la\s+)?publicité)|"
    r"la\s+suite\s+(?:de\s+l['’]\s*article\s+)?(?:ci-dessous|après\s+(?:cette\s+|la\s+)?publicité)|"
    r"(?:sigue|contin[úu]a)\s+leyendo\s+(?:abajo|debajo|(?:después\s+de|tras)\s+(?:la\s+)?publicidad)|"
    r"(?:la\s+)?(?:noticia|nota)\s+contin[úu]a\s+(?:abajo|debajo|(?:después\s+de|tras)\s+(?:la\s+)?publicidad)|"
    r"continue\s+lendo\s+(?:abaixo|(?:após|depois\s+d[oa])\s+(?:o\s+an[uú]ncio|a\s+publicidade))|"
    r"continua\s+(?:após|depois\s+do|apos)\s+(?:o\s+)?an[uú]ncio|"
    r"continua\s+a\s+leggere\s+(?:sotto|dopo\s+la\s+pubblicità)|(?:l['’]\s*)?articolo\s+continua\s+(?:sotto|dopo\s+la\s+pubblicità)|"
    r"lees\s+verder\s+(?:na|onder)\s+de\s+advertentie|(?:het\s+)?artikel\s+gaat\s+verder\s+(?:na|onder)\s+de\s+advertentie|"
    r"(?:scroll|gulir)\s+(?:ke\s+bawah\s+)?untuk\s+(?:melanjutkan|lanjut)(?:\s+membaca)?|"
    r"(?:advertisement\s+)?scroll\s+(?:down\s+)?to\s+continue(?:\s+(?:reading|with\s+content))?|"
    r"(?:the\s+)?(?:story|article)\s+continues\s+(?:below|after\s+(?:this\s+|the\s+)?(?:ad|advertisement))"
    r"(?:\s+(?:this\s+)?(?:ad|advertisement))?|haberin\s+devamı\s+(?:reklamdan\s+sonra|aşağıda))\s*:?\s*$",
    re.IGNORECASE,
)
# A share button's label in Japanese, Chinese or Korean alone on a line ("このニュースをシェア",
# "分享到", "공유하기"): tried only on lines this short, so the other lines pay one length test.
_SHARE_LABEL_CJK = re.compile(
    r"^(?:この(?:ニュース|記事|ページ)を)?シェア(?:する)?|^分享(?:到|此文|本文)?|^공유(?:하기)?"
)
MAX_SHARE_LABEL_CHARS = 12
# A picture credit on a line of its own: "Foto: Jane Doe/dpa", "Crédits photos : Bestimage",
# "Titelbild: ...", "Getty Images", "AFP / JANE DOE".
# Short, so a sentence that starts with "Photo" stays.
_PICTURE_CREDIT = re.compile(
    r"^\s*\(?(?:(?i:fotos?|photos?|bild(?:er)?|titelbild|beitragsbild|symbolbild|image|crédits?\s+photos?|"
    r"photo\s+credits?|picture|pics?|credit|foto\s*credits?|zdjęcie|ảnh|larawan|picha|ছবি|फोटो|तस्वीर|تصویر)\s*:|"
    r"(?i:fot\.)\s|"
    r"(?:©\s*)?(?:Getty\s+Images|iStock(?:photo)?|Shutterstock|picture\s+alliance|imago(?:\s+images)?)"
    r"(?:$|\s*[/(])|©\s*[^/.]{2,40}/\s*\S[^.]*$|"
    r"(?:AFP|AP|dpa|EFE|Reuters|REUTERS|ANP|EPA)\s*/\s*[A-ZÀ-Ý][A-ZÀ-Ý.\- ]+$)",
)
# A photographer's credit: "Photograph: Jane Doe", "Fotografía: Juan Pérez/Agencia Ejemplo",
# "Fotografie: Jan de Vries". The label is also an interview's speaker ("Photographer: My father's
# camera.") or a heading ("Fotografie: Licht und Schatten im Stadtmuseum"): the rest must be a name
# or an agency, capitalised words (and a name's particles) apart by spaces, slashes or commas, no
# sentence's end.
_PHOTOGRAPHER_CREDIT = re.compile(
    r"^\s*\(?(?i:photo(?:graph(?:er)?|graphie)s?|fotograf(?:ía|ia|ie|er|o)?s?)\s*:\s*"
    r"[A-ZÀ-Ý][\w'’.&-]*(?:(?:\s+|\s*[/,]\s*)(?:[A-ZÀ-Ý][\w'’.&-]*|de|da|di|del|della|do|dos|van|von|der|den|"
    r"la|le|du|y|e|und|and|bin|binti))" + "{0,7}" + r"\s*\)?$"
)
# A sentence's end after a word ("Photographer: Yes."), not an initial's ("Jane Doe/A.P.").
_WORD_END = re.compile(r"[^\W\d_]{2}[.!?]\)?$")
# An author box's picture label read as text: "Profile Image of Jane Doe", "Headshot of Jane Doe",
# a name (capitalised words) alone after it.
_PROFILE_PICTURE = re.compile(
    r"^\s*(?:(?i:profile)\s+(?i:image|photo|picture|pic)|(?i:headshot|avatar))\s+of\s+"
    r"[A-ZÀ-Ý][\w'’.-]*(?:\s+[A-ZÀ-Ý][\w'’.-]*){0,3}\s*$"
)
# "5 min read", "Lesezeit: 3 Minuten", "Ten tekst przeczytasz w mniej niż minutę".
_READING_TIME = re.compile(
    r"^\s*(?i:(?:\d+\s*(?:min\.?|minutes?|minuten|minutos|minuty)\s+(?:read|lesezeit|de\s+lectura|de\s+lecture))|"
    r"(?:lesezeit|reading\s+time|temps\s+de\s+lecture|tiempo\s+de\s+lectura|czas\s+czytania)\s*:?\s*(?:ca\.\s*)?\d+|"
    r"ten\s+tekst\s+przeczytasz\b)"
)
# A profile link on a line of its own: "Facebook https://fb.me/site", "LINE ID = @site".
_SOCIAL_PROFILE = re.compile(
    r"^\s*(?i:facebook|twitter|x|instagram|youtube|tiktok|telegram|whatsapp|line|linkedin|threads|"
    r"เฟซบุ๊ก|ทวิตเตอร์)\b[^.!?]{0,20}?(?:https?://\S+|@\w+)\s*$"
)
# The text a video player (video.js and kin) writes for screen readers, one line each.
_VIDEO_PLAYER = re.compile(
    r"^\s*(?:-\s*)?(?i:this is a modal window\..*|beginning of dialog window\..*|end of dialog window\.|"
    r"play video|current time\s*-?\d+:\d+|duration(?:\s+time)?\s*-?\d+:\d+|remaining time\s*-?\d+:\d+|"
    r"loaded\s*:\s*\d+(?:\.\d+)?\s*%|progress\s*:\s*\d+(?:\.\d+)?\s*%|stream type live|"
    r"(?:chapters|descriptions|subtitles|captions|audio track|default)(?:\s+off)?,?\s*selected|"
    r"captions settings, opens captions settings dialog|chapters|descriptions off|subtitles off|captions off)\s*$"
)
#: Longest picture credit line (characters): a caption sentence is longer.
MAX_CREDIT_CHARS = 80
#: Longest related-post insert (characters): a related-post line is a title, not a paragraph.
MAX_INSERT_CHARS = 220


# A source line in the languages whose source lines attribution does not read ("Quelle: dpa",
# "Fuente: EFE", "Źródło: PAP"); "Sumber:" and "Source:" lines are credits and stay for it.
_SOURCE_LINE = re.compile(r"^\s*\(?(?i:quellen?|quellenangaben|fuentes?|fontes?|źródło|bron(?:nen)?)\s*:")
# A stamp of the page's own history on a line of its own: "Letzte Änderung 14.02.2019",
# "Aktualisiert am 17.01.2021.", "Last Modified: 03-10-2004", "Stand: 05.02.2020", "Release Date:".
_STAMP_LINE = re.compile(
    r"^\s*(?i:letzte\s+änderung|zuletzt\s+(?:aktualisiert|geändert)|aktualisiert(?:\s+am)?|stand\s*:|"
    r"last\s+(?:updated|modified|changed)|updated(?:\s+on)?|release\s+date|news\s+date|date\s+published|"
    r"actualizad[oa](?:\s+el)?|última\s+actualización|mis\s+à\s+jour(?:\s+le)?|dernière\s+mise\s+à\s+jour|"
    r"ostatnia\s+aktualizacja|aggiornato(?:\s+il)?|bijgewerkt(?:\s+op)?|diperbarui|(?:di)?kemas\s*kini)"
    # After the label's colon the stamp may open with its month or day name ("Kemaskini: November
    # 26, 2026 @ 3:40pm", "Updated: Tuesday, 3 May"); without the colon only with a digit, so
    # "Updated figures 2025 ..." stays a sentence.
    r"(?:\s*:)?(?:\s*(?=[\d(])[^.!?]*?\d[^!?]*|\s*:\s*(?=[^\W\d_]{3,12}\.?,?\s+\d)[^.!?]*?\d[^!?]*)?$"
)
# The pager of a story split over pages, left as a line of its own inside the story's container
# (review rv28): "Halaman : 1", "Halaman 1 2 3 Selanjutnya", "Page 1 of 3", "Seite 1 / 2", "Strona 1
# z 3". The label, page numbers and a "next" word only, so "Page 3 of the report says ..." stays; a
# label and one number needs the colon, as a book review's quote cites its page ("Seite 17").
_PAGER_LINE = re.compile(
    r"^\s*(?i:halaman|page|seite|página|pagina|strona|sayfa|trang|stránka)\s*(?::\s*\d{1,3}|\d{1,3}(?!\d)(?="
    r"\s*(?i:[/,|-]|of|dari|von|de|di|z|sur|ze|selanjutnya|berikutnya|next|weiter|siguiente|suivante|następna|»|›)?\s*\S))"
    r"(?:\s*(?i:[/,|-]|of|dari|von|de|di|z|sur|ze)?\s*\d{1,3})*"
    r"(?:\s*(?i:selanjutnya|berikutnya|next|weiter|siguiente|suivante|następna|»|›))?\s*$"
)
# An embed's placeholder left as text where the video or post was: "[Gambas:Video CNN]",
# "[Embed: Instagram]".
_EMBED_PLACEHOLDER = re.compile(
    r"^\s*\[(?i:gambas|embed|video|youtube|instagram|twitter|tiktok|facebook)\s*:[^\]\n]{0,80}\]\s*$"
)
# A server's error message printed into the page: "Warning: Use of undefined constant comments
# - assumed 'comments' in /home/site/wp-content/plugins/recent/recent.php on line 928" (PHP's
# "Deprecated", "Notice", "Strict Standards", its label sometimes on a line of its own): the
# script's path and line number end the line; PHP's label opens the line, or, where the label
# stands on a line of its own, the message names code (a call "create_function()", a method
# "Gallery::options", a variable "$post"): "Researchers said the flaw sits in /wp-includes/
# class-wp-query.php on line 412" is a tech story's sentence.
_SERVER_ERROR = re.compile(
    r"^(?:\s*(?i:(?:PHP\s+)?(?:Warning|Notice|Deprecated|(?:Catchable\s+)?Fatal\s+error|Parse\s+error|"
    r"Strict\s+Standards))\s*:.*|.*?(?:\w\(\)|::|\$\w).*?)"
    r"\bin (?:/|[A-Za-z]:\\)\S*\.(?:php\d?|inc|phtml) on line \d+\s*$"
)
# A tag list written as a paragraph inside the story: "Tags: tea, exports, Colombo auction",
# "Kata kunci: banjir, Jakarta". Each item is at most three words without a sentence's full stop
# ("Topics: what it means, why the permit stalls, who pays" is the story's).
_TAG_ITEM = r"(?=[^,.!?;:|]{1,41}(?:[,|]|\s*$))[^\s,.!?;:|]+(?:[^\S\n]+[^\s,.!?;:|]+){0,2}"
_TAG_LIST = re.compile(
    r"^\s*(?i:tags?|topics?|keywords?|kata\s+kunci|label|topik|tag\s+terkait)\s*:\s*"
    rf"{_TAG_ITEM}(?:\s*[,|]\s*{_TAG_ITEM}){{1,20}}\s*$"
)
# A disclaimer that the story came from a syndicated or agency feed, labelled as such and not in
# the parentheses attribution reads as NDTV's notice: "Disclaimer: <Site> has published this
# story from a syndicated feed; the headline may have been changed."
_FEED_DISCLAIMER = re.compile(
    r"^\s*(?i:disclaimer|penafian|catatan|note)\s*:"
    r"(?=.{0,200}?(?i:this\s+(?:story|article|report|content|copy)|(?:berita|artikel|laporan)\s+ini))"
    r".{0,200}?(?i:syndicat|sindikasi|sindiket|agency\s+feed|wire\s+feed)"
)
# A date and time and nothing else: "23.10.2018", "2021-10-16", "3:59 PM", "24. März 2004, 19:49".
_DATE_ONLY = re.compile(
    r"^\W*(?:\d{1,4}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}\.?\s+[^\W\d_]{3,12}\.?\s+\d{4}|[^\W\d_]{3,12}\.?\s+\d{1,2},?\s+\d{4})?"
    r"(?:\s*[,|-]?\s*\d{1,2}[:.]\d{2}(?:\s*(?:[AaPp]\.?[Mm]\.?|Uhr|h))?)?\W*$"
)
# Prompts in one line of German, Spanish, French and English that the first rules miss: "click
# here", "sign up for our newsletter", log in to comment.
_PROMPT_INTL = re.compile(
    r"(?i:\b(?:einfach\s+)?hier\s+klicken\b|\bklicken\s+sie\s+hier\b|\bhaz\s+clic\s+aquí\b|\bcliquez\s+ici\b|"
    r"\bunsere[mn]?\s+[\w-]*newsletter\b|\bsuscr[ií]b(?:ete|irse|ase)\b.*\bnewsletter\b|"
    r"\bnever\s+miss\s+(?:our|any)\b|\b(?:musst|müssen)\s+(?:eingeloggt|angemeldet)\s+sein\b|"
    r"\bmust\s+be\s+logged\s+in\s+to\s+(?:post|comment)\b|\bkeine\s+kommentare\s*\(|"
    r"\bkommentare\s+erscheinen\s+erst\b)"
)
#: Words one of which every match of _PROMPT_INTL holds (case-folded).
_PROMPT_INTL_WORDS = (
    "klicken", "clic", "cliquez", "newsletter", "never", "eingeloggt", "angemeldet", "logged", "kommentare",
)  # fmt: skip
# A prompt naming the site's own channel on a network: "Folgt uns auf unserem Instagram-Account",
# "Abonniere unseren YouTube-Kanal", "¡Mira lo que tiene nuestro canal de YouTube!", "Rejoignez notre
# chaîne Telegram", "Ikuti kanal WhatsApp kami". A line that quotes or reports someone ("'Our
# YouTube channel was hacked,' the club said") is the story's.
_OWN_CHANNEL = re.compile(
    r"(?i:\b(?:our|unser(?:e|em|en)?)\s+(?:\w+\s+){0,2}(?:youtube|instagram|telegram|whatsapp|tiktok|facebook)"
    r"[\s-]?(?:channel|account|page|kanal|seite|profil)\b|"
    r"\b(?:nuestr[oa]|notre|nosso|nossa)\s+(?:canal|cuenta|página|chaîne|compte|page|perfil)\s+(?:de\s+|en\s+|no\s+|do\s+|sur\s+)?"
    r"(?:youtube|instagram|telegram|whatsapp|tiktok|facebook)\b|"
    r"\b(?:kanal|akun|saluran)\s+(?:youtube|instagram|telegram|whatsapp|tiktok)\s+kami\b)"
)
#: Words one of which every match of _OWN_CHANNEL holds (case-folded).
_CHANNEL_WORDS = ("youtube", "instagram", "telegram", "whatsapp", "tiktok", "facebook")
#: An invitation opening a line that names the channel: "Follow our Instagram page", "Abonniere unseren
#: YouTube-Kanal", "¡Mira ...", "Rejoignez notre chaîne", "Ikuti kanal WhatsApp kami".
_CHANNEL_INVITE = re.compile(
    r"^\W*(?i:follow|subscribe|join|folg(?:t|e|en)|abonnier(?:e|t|en)|mira|sigue|s[ií]guenos|suscr[ií]bete|"
    r"rejoignez|suivez|abonnez|siga|inscreva|ikuti|gabung|bergabung)\b"
)
#: Most words of a line naming the channel that need not open with an invitation.
MAX_CHANNEL_LINE_WORDS = 8


# A caption: a line that ends in its picture's credit ("... (Foto: Jane Doe/Pool via REUTERS).",
# "... © AFP / JANE DOE").
_CAPTION_CREDIT = re.compile(
    r"(?:[(\[]\s*(?i:fotos?|photos?|bild|imagen|image|foto\s*credit|crédito|credit)\s*:[^()\[\]]{2,80}[)\]]\.?|"
    r"©\s*[^\s©][^©.]{1,60})\s*$"
)
# A caption whose credit closes it after its last sentence: "... einigen Erstis. Foto: Jane Doe".
_TRAILING_CREDIT = re.compile(
    r"(?:[.!?]\s+|^)(?i:fotos?|photos?|bild(?:er)?|image|picture|pics?|credit|foto\s*credits?|ảnh|larawan|picha|"
    r"ছবি|फोटो|तस्वीर|تصویر)\s*:\s*[^.:!?()]{2,60}$"
)


def is_caption(text: str) -> bool:
    """True for a picture's caption that ends in the picture's credit ("... (Foto: Jane Doe/dpa).",
    "... © AFP / JANE DOE", "... the harbour at dawn. Photo: Jane Doe")."""
    stripped = text.strip()
    return len(stripped) <= MAX_CAPTION_CHARS and bool(
        _CAPTION_CREDIT.search(stripped) or _TRAILING_CREDIT.search(stripped)
    )


# The heading of a box around the story, on a line of its own: contacts, further information,
# the original publication, the author ("Weitere Informationen:", "Pressekontakt", "About the author").
_BOX_HEADING = re.compile(
    r"^\s*(?i:weitere\s+informationen(?:\s+\w+){0,3}|zusatzinformationen|kontakt|pressekontakt|"
    r"ansprechpartner(?:in)?(?:\s+\w+){0,3}|originalpublikation|originalveröffentlichung|über\s+(?:den|die)\s+autor(?:in)?|"
    r"more\s+information|further\s+information|press\s+contact|media\s+contact|about\s+the\s+authors?|"
    r"más\s+información|sobre\s+(?:el|la)\s+autor(?:a)?|plus\s+d['’]informations|à\s+propos\s+de\s+l['’]auteur)\s*:?\s*$"
)
# Advertising and copyright notices, whole lines up to MAX_NOTICE_CHARS: "We recommend the best
# products through an independent review process, and advertisers do not influence our picks.
# We may receive compensation ...", "© 2024 Site. This article is the copyrighted property of ...".
_NOTICE = re.compile(
    r"(?i:\badvertisers\s+do\s+not\s+influence\b|\bwe\s+may\s+(?:receive|earn)\s+(?:compensation|a\s+(?:small\s+)?commission)\b|"
    r"\b(?:contains|enthält)\s+(?:affiliate[\s-]links|references\s+to\s+products)\b|\bcopyrighted\s+property\b|"
    r"\bwritten\s+permission\s+must\s+be\s+obtained\b|\bthe\s+advertising\s+disclaimer\b)|^\s*(?:©|\(c\)\s*\d{4}|copyright\s+©)"
)
#: Words one of which every match of _NOTICE holds (case-folded).
_NOTICE_WORDS = (
    "advertisers", "compensation", "commission", "affiliate", "references", "copyrighted", "permission", "disclaimer",
    "©", "(c)",
)  # fmt: skip
#: Longest advertising or copyright notice (characters).
MAX_NOTICE_CHARS = 400
# The site asking the reader for money or for a comment, in a line up to MAX_NOTICE_CHARS: "Support
# independent journalism", "Unterstütze uns", "Unterstütze <Site> bereits mit 2,50!" (the site's
# name alone on the line, or with an amount), "Jetzt spenden", "Wesprzyj nas", "Soutenez-nous",
# "Apoie o <Site>", "Let us know in the comments",
# "Verraten Sie gerne in den Kommentaren: ...", "Dann hinterlasse einfach einen Kommentar". Each
# addresses the reader ("uns", "us", "nas") or is a bare call naming a capitalised site (with at
# most an amount after it), so a story about donations keeps its sentences.
_SUPPORT_PROMPT = re.compile(
    r"(?i:\bsupport\s+(?:our|independent)\s+(?:\w+\s+)?journalism\b|\bsupport\s+us\s+(?:with|by|today|now)\b|"
    r"\bdonate\s+(?:now|today)\b|\bbecome\s+a\s+(?:member|supporter|patron)\s+(?:of\s+\w+\s+)?(?:today|now)\b|"
    r"\blet\s+us\s+know\s+in\s+the\s+comments\b|"
    r"\bunterstütze\s+uns\b|\bunterstützen\s+sie\s+uns\s+(?:mit|jetzt|durch)\b|\bjetzt\s+spenden\b|"
    r"\bverraten\s+sie\s+(?:uns\s+)?(?:gerne\s+)?in\s+den\s+kommentaren\b|"
    r"\bhinterlasse\s+(?:doch\s+|einfach\s+)?einen\s+kommentar\b|\bschreib(?:t)?\s+(?:es\s+)?uns\s+in\s+die\s+kommentare\b|"
    r"\bapoya\s+(?:nuestro|el)\s+periodismo\b|\bapoie\s+(?:o\s+)?(?:nosso\s+)?jornalismo\b|"
    r"\bwesprzyj\s+nas\b|\bsoutenez[\s-]nous\b|\bsoutenez\s+(?:notre|le)\s+journalisme\b)"
    # A call to support the site by its name, as the whole line or with an amount: "Apoie o
    # Porto", "Unterstütze Hafenblatt bereits mit 3 Euro im Monat!", "Support Harbour Times from $1".
    r"|^\s*(?i:support|donate\s+to|unterstütze|unterstützen\s+sie|apoie|apoya|soutenez|sostieni|wesprzyj|dukung)\s+"
    r"(?i:(?:o|a|al|el|le|la|il|lo)\s+)?[A-Z0-9][\w.-]*(?:\s+[A-Z][\w.-]*)?"
    r"(?:\s*[!.]?\s*$|\s+(?i:(?:bereits|jetzt|schon|today|now|hoje|ya|hoy|dès\s+maintenant|sekarang)\s+)?"
    r"(?i:mit|ab|with|from|for|com|con|avec|dès|od|a\s+partir\s+de|desde|dengan|mulai)\s+"
    r"(?i:(?:only|nur|apenas|solo|seulement|hanya)\s+)?(?:[€$£]|R\$|Rp\.?)?\s*\d[\d.,]*(?:\s*[^\s,;]+){0,3}\s*[!.]?\s*$)"
)
# A donate box's appeal: "<Site> relies on readers like you to keep reporting ... Any amount helps."
# The same words in a quote or a reported statement ("'This place relies on people like you,' she
# said", "Any donation helps, Lenz added") are the story's: a line with a quote mark or a said-verb
# is never an appeal.
_DONATE_APPEAL = re.compile(
    r"(?i:\A(?![^\n]*(?:[\"“”„«»]|" + _SAID_VERB + r"))[^\n]*?(?:"
    r"\b(?:relies|rely|depends?|counts?)\s+on\s+(?:the\s+support\s+of\s+)?(?:readers|supporters|people)\s+like\s+you\b|"
    r"\bany\s+(?:amount|contribution|donation|gift),?\s+(?:big\s+or\s+small,?\s+)?(?:helps|counts|matters)\b))"
)
#: Words one of which every match of _SUPPORT_PROMPT or _DONATE_APPEAL holds (lower case).
_SUPPORT_WORDS = (
    "support", "donate", "become a", "comments", "unterstütz", "spenden", "kommentar", "periodismo", "jornalismo",
    "apoie", "apoya", "wesprzyj", "soutenez", "sostieni", "dukung", "like you", "any amount", "any contribution",
    "any donation", "any gift",
)  # fmt: skip
# A comment section's rules, in a line up to MAX_NOTICE_CHARS: "The views expressed in the comments
# are not those of ...", "Comments are moderated", "... se reserva el derecho de eliminar cualquier
# comentario", "Kommentare werden moderiert".
_COMMENT_RULES = re.compile(
    r"(?i:^\s*(?:all\s+)?comments\s+(?:are|will\s+be)\s+(?:moderated|reviewed)\b|"
    r"\bviews\s+expressed\s+(?:below|in\s+(?:the\s+)?comments)\b|\bright\s+to\s+(?:remove|delete)\s+(?:any\s+)?comments?\b|"
    r"\bcontenido\s+de\s+los\s+comentarios\b|\b(?:eliminar|borrar)\s+(?:cualquier|los)\s+comentarios?\b|"
    r"\bno\s+está\s+permitido\s+(?:\w+\s+)?comentarios\b|"
    r"\bkommentare\s+werden\s+(?:moderiert|geprüft|vor\s+der\s+veröffentlichung)\b|"
    r"\bcommentaires\s+sont\s+(?:modérés|soumis)\b|مراجعة\s+التعليقات|الآراء\s+الواردة\s+أدناه)"
)
#: Words one of which every match of _COMMENT_RULES holds (lower case).
_COMMENT_WORDS = ("comment", "coment", "kommentar", "expressed", "التعليقات", "الآراء")
# The end mark of a wire copy or a press release on a line of its own: "(END)", "(ENDE)", "-30-", "###".
_END_MARK = re.compile(r"^\s*(?:\((?i:end|ende|fin|selesai)\)|-+\s*(?i:end|ende)\s*-+|-\s*30\s*-|#\s*#\s*#)\s*$")
# A widget's heading: "PC Gamer Newsletter", "Unser Newsletter".
_NEWSLETTER_HEADING = re.compile(r"^\s*(?:[\w.&'’-]+\s+){0,3}(?i:newsletter)\s*:?\s*$")
#: Longest caption read by its closing credit (characters).
MAX_CAPTION_CHARS = 250


# -- staff credits, channel prompts and notices of Indonesian, Malay and English news portals --
# A staff credit on a line of its own, one or more labels with their names: "Penulis: Fajar Nugroho",
# "Pewarta: Satria Wibowo", "Penulis : A | Editor : B", "Reporter: A dan B", "Rep: A Red: B",
# "Editor: Jane Doe", the Polish, Czech and Scandinavian "Redaktor: Jane Doe". English credits written as a sentence ("Reporting by ...; Editing by ...")
# stay: wire copy prints them as part of the story.
_STAFF_LABEL = (
    r"(?i:penulis|editor|penyunting|pewarta|reporter|wartawan|kontributor|koresponden|redaktur|redaktor(?:ka)?|fotografer|"
    r"juru\s+foto|videografer|penterjemah|penerjemah|writer|sub-?editor|rep|red|"
    r"(?:disunting|ditulis|diedit|edited|written|compiled)\s+(?:oleh|by))"
)
_STAFF_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|bin|binti|al|van|de|di|da)){0,4}"
_STAFF_NAMES = rf"{_STAFF_NAME}(?:\s*(?:,|&|\band\b|\bdan\b)\s*{_STAFF_NAME}){{0,3}}"
_STAFF_LEAD = re.compile(rf"\|?\s*{_STAFF_LABEL}\s*:")
_STAFF_LINE = re.compile(
    rf"^\|?\s*{_STAFF_LABEL}\s*:\s*{_STAFF_NAMES}(?:\s*[|,;/]?\s*{_STAFF_LABEL}\s*:\s*{_STAFF_NAMES})*\s*\|?$"
)
# Words that are no part of a name, so a line of an interview ("Rep: Yes", "Editor: Why Now",
# "Writer: Thank You") is no credit: pronouns, question words, answers and greetings.
_NOT_STAFF_NAME_WORDS = frozenset(
    "i you we he she it they me us him them my your our their this that these those what why how when where who "
    "which yes yeah no not ok okay sure thanks thank please hello hi well so now then there here the is are was "
    "were do does did".split()
)
_STAFF_LABEL_COLON = re.compile(rf"{_STAFF_LABEL}\s*:")


def _names_staff(line: str) -> bool:
    """True when the words after the labels of a _STAFF_LINE match can all be names."""
    words = re.findall(r"[^\W\d_]+", _STAFF_LABEL_COLON.sub(" ", line))
    return not any(word.lower() in _NOT_STAFF_NAME_WORDS for word in words)


# An editor's or compiler's credit with no colon, on a line of its own: Polish "Oprac. Jan Nowak"
# ("opracowanie", compiled by), "Opr. JN", "Opracowała: Anna Lis"; Italian "A cura di Anna Lis";
# Spanish and Portuguese "Editado por Ana Ruiz"; German "Bearbeitet von Jan Roth"; Dutch "Bewerkt
# door Jan de Vries" (review rv30); a translator's: "Translated by Jana Ulm", Indonesian and Malay
# "Diterjemahkan oleh Jana Ulm", "Alih bahasa oleh ..." (its line goes to ``attribution.credit``:
# ``translator_credits``). Only names after it: "Editado por Planeta, el libro ..." stays.
_EDITED_BY_LINE = re.compile(
    r"^\(?(?i:oprac\.|opr\.|opracowanie\s*:|opracował[a]?\s*:?|a\s+cura\s+di|editad[oa]\s+por|"
    r"translated\s+by\s*:?|diterjemah(?:kan)?\s+oleh\s*:?|alih\s+bahasa\s+oleh\s*:?|"
    rf"bearbeitet\s+von|bewerkt\s+door)\s*{_STAFF_NAMES}\)?\.?$"
)
# Tribun's line over the story: "Laporan Wartawan Tribunnews.com, Jane Doe".
_REPORT_BY_LINE = re.compile(
    rf"^(?i:laporan\s+(?:wartawan|reporter|kontributor|koresponden))\s+[^,]{{2,40}},\s*{_STAFF_NAMES}$"
)
# A desk's initials at the story's end, on a line of their own: "(rdp/idn)", "(red)", "(*)",
# "(mcr8/jpnn)", "kb/rox", "bur-jm/tc", "aja/PAP", and a portal's credit with the reporter's name:
# "(Tribunbatam.id/Endra Kaputra)".
_STAFF_TAG = re.compile(
    r"^(?:\(\s*(?:(?=[^)]*[a-z*])[a-z0-9*]{1,6}(?:\s*/\s*[A-Za-z0-9*]{1,8}){0,3}|"
    r"[A-Za-z]{2,6}(?:\s*/\s*[A-Za-z]{2,8}){1,3}|"
    r"[\w-]+(?:\.[A-Za-z]{2,6})+\s*/\s*[\w'’. -]{2,40})\s*\)|"
    r"[a-z]{1,6}(?:-[a-z]{1,6})?(?:\s*/\s*[A-Za-z]{1,6}(?:-[a-z]{1,6})?){1,3})\.?$"
)
# A call to follow the site on Google News or on its WhatsApp / Telegram channel: "Baca berita
# Tribunbatam.id lainnya di Google News", "Ikuti kami di Google News", "Follow us on Google News",
# "... akses berita KompasNews.com WhatsApp Channel : https://...", "Sertai saluran Telegram kami".
_GOOGLE_NEWS_PROMPT = re.compile(
    r"^(?i:baca|ikuti|follow|simak|dapatkan|get|add|tambahkan|pantau|cek|update|stay|klik|click|jom|sertai)\b"
    # Not a label: "Update: The feature is now available to readers in Google News." is a note.
    r"(?!\s*:).{0,160}?\b(?i:di|on|via|in|melalui|dari|from)\s+(?i:google\s+news)\b"
)
_CHANNEL = re.compile(
    r"(?i:\b(?:whatsapp|telegram)[\s-](?:channel|saluran|kanal)\b|\b(?:saluran|channel|kanal|grup|group)\s+(?:whatsapp|telegram)\b)"
)
# The prompt links to the channel, or opens with a call to the reader ("Join our WhatsApp channel",
# "Sertai saluran Telegram kami", "Mari bergabung di Grup Telegram ...", "Jangan lupa ikuti ..."),
# or puts a German call after the channel ("WhatsApp-Kanal abonnieren"). A sentence that only
# holds "our" or "US" ("... said on its Telegram channel that US-supplied ...") is the story's.
_CHANNEL_LINK = re.compile(r"(?i:https?://|\bt\.me/|\bwa\.me/|\bwhatsapp\.com/channel)")
_CHANNEL_CALL = re.compile(
    r"^(?i:(?:jangan\s+lupa|yuk|ayo|mari|don[’']?t\s+forget\s+to|jetzt)\s+)?"
    r"(?i:ikuti|gabung|bergabung|sertai|join|follow|klik|click|subscribe|langgan\w*|pastikan|simak|dapatkan|"
    r"abonnieren|abonniere|folgen\s+sie|folge\s+uns|tritt|treten\s+sie)\b"
    r"|(?i:[\s-](?:kanal|channel)\s+(?:abonnieren|folgen|beitreten))\b"
)
# A copyright notice: "Copyright 2025 The Associated Press. All rights reserved. This material may
# not be published, broadcast, rewritten or redistributed without permission.", "Copyright © ANTARA 2025".
# Opening the line or closing it: "Copyright (all rights reserved) und dem Public Domain ..." is a sentence.
# "Copyright 2019 lawsuits against ..." opens a sentence: a year the line's words run on from in
# lower case ("by" aside) is no notice's. "All rights reserved" closes a notice as its own sentence,
# after a year, or in capitals ("..., All Rights Reserved"): "... the song was hers, all rights
# reserved." is a sentence.
_COPYRIGHT_NOTICE = re.compile(
    r"^\(?\s*(?i:copyright)\s*(?:©|\((?i:c)\)|\d{4}(?!,?\s+(?!by\b)[a-z]))|(?i:^\(?\s*(?:©|\(c\))\s*\d{4}|"
    r"(?:^|[.!|•·–—]\s*|\d{4}\W*)all\s+rights\s+reserved\W*$|\bmay\s+not\s+be\s+published,\s+broadcast,\s+rewritten\b)"
    r"|\bAll\s+Rights\s+Reserved\W*$|\bALL\s+RIGHTS\s+RESERVED\W*$"
    # "Copyright The Harbour Times." (the word and a name, the whole line); "All rights reserved. This
    # material ..." opening a notice; "may not be reproduced, published, broadcast, rewritten or redistributed".
    r"|^\(?\s*(?i:copyright)\s+(?:(?i:by|the)\s+)?[A-Z0-9][\w&.'’-]*(?:\s+[A-Z0-9&][\w&.'’-]*){0,5}\s*[.)]?\s*$"
    r"|^(?i:all\s+rights\s+reserved)\s*[.;]\s"
    r"|(?i:\bmay\s+not\s+be\s+(?:\w+,\s+){1,5}(?:\w+\s+)?(?:or\s+)?(?:redistributed|rewritten|reproduced|republished)\b)"
)
#: Words one of which every match of _COPYRIGHT_NOTICE holds (lower case).
_COPYRIGHT_WORDS = (
    "copyright",
    "©",
    "(c)",
    "rights reserved",
    "rewritten",
    "redistributed",
    "reproduced",
    "republished",
)
# A picture credit written out on a line of its own: "Photographs by Mina Holt", "Photo by Jane Doe
# on Unsplash", "Foto oleh Budi Santoso", "Words and pictures by Jane Doe", "Photo courtesy of Maco
# MDRRMO", "(Photo courtesy: PNA)".
_PHOTOS_BY = re.compile(
    r"^\(?(?i:(?:words\s+and\s+)?(?:photo(?:graph)?s?|pictures?|images?|photography|foto|fotografi|gambar)"
    r"\s+(?:by|oleh|from|courtesy(?:\s+of)?\s*:?))\s+[A-Z][\w'’.-]*"
    r"(?:\s+(?:[A-Z][\w'’.-]*|and|dan|&|de|van|von|on|via|for|of|the)){0,6}\.?\)?\.?$|"
    r"^(?i:photo|foto|image|gambar)\s+(?i:by|oleh)\s+\S+(?:\s+\S+){0,3}\s+(?i:on|via|from|di)\s+"
    r"(?:Unsplash|Pexels|Pixabay|Flickr|Freepik|Shutterstock|Canva)\.?$"
)
# A related-posts heading in Malay and Indonesian, on a line of its own: "Berita berkaitan",
# "Artikel berkaitan", "Baca berkaitan".
_RELATED_HEADING_MS = re.compile(r"^\s*(?i:(?:berita|artikel|bacaan|baca|video)\s+berkaitan)\s*:?\s*$")
# An English recirculation box's heading, on a line of its own: "Keep Reading" (over a box of the
# site's stories set between two paragraphs), "You may also like", "Recommended for you", "Keep
# reading...". Not "Editor's picks": a gift guide's subheading over its products as often.
_RELATED_HEADING_EN = re.compile(
    r"^\s*(?i:keep\s+reading|you\s+(?:may|might)\s+also\s+(?:like|enjoy|be\s+interested\s+in)|"
    r"recommended\s+(?:for\s+you|stories|articles|reading)|more\s+(?:stories|articles)\s+like\s+this)"
    r"\s*(?::|[.…]+)?\s*$"
)


def is_portal_credit_line(text: str) -> bool:
    """True for a news portal's staff credit, Google News or WhatsApp-channel prompt, copyright
    notice, written-out picture credit or Malay related-posts heading on a line of its own."""
    stripped = text.strip()
    length = len(stripped)
    if length > MAX_NOTICE_CHARS:
        return False
    if length <= MAX_INSERT_CHARS and (
        (_STAFF_LEAD.match(stripped) and _STAFF_LINE.match(stripped) and _names_staff(stripped))
        or _REPORT_BY_LINE.match(stripped)
        or (_EDITED_BY_LINE.match(stripped) and _names_staff(stripped))
        or _RELATED_HEADING_MS.match(stripped)
        or (length <= MAX_CREDIT_CHARS and _PHOTOS_BY.match(stripped))
    ):
        return True
    if length <= MAX_INSERT_CHARS and _GOOGLE_NEWS_PROMPT.match(stripped):
        return True
    # The searches only on lines holding one of their words.
    low = stripped.lower()
    if holds_word(low, _COPYRIGHT_WORDS) and _COPYRIGHT_NOTICE.search(stripped):
        return True
    # A story about the channels keeps its sentences: the prompt links, or is short and calls.
    if not ("whatsapp" in low or "telegram" in low) or not _CHANNEL.search(stripped):
        return False
    return bool(_CHANNEL_LINK.search(stripped)) or (length <= MAX_INSERT_CHARS and bool(_CHANNEL_CALL.search(stripped)))


#: How many closing lines are read for a desk's initials.
MAX_TAG_LINES = 3


def drop_desk_initials(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` without a desk's initials or a portal's credit with its reporter among the
    last MAX_TAG_LINES lines ("(rdp/idn)", "(red)", "kb/rox", "(Tribunbatam.id/Jane Doe)"): only
    at the story's end, where a code listing's "(nop)" is not."""
    tail = len(paragraphs) - MAX_TAG_LINES
    if not any(_STAFF_TAG.match(p.strip()) for p in paragraphs[max(tail, 0) :]):
        return paragraphs
    return [p for index, p in enumerate(paragraphs) if index < tail or not _STAFF_TAG.match(p.strip())]


# A source line that names the site with its desk's initials after a slash: "Source: CNA/ng(zl)",
# "Sumber: Bernama/ab". Attribution reads a source line first; one it leaves (the site's own name)
# is the desk's signature, not the story.
_SOURCE_INITIALS = re.compile(
    r"^\(?(?i:source|sumber|fuente|fonte|quelle)\s*:\s*[A-Z][\w&.'’-]{1,30}(?:\s+[A-Z][\w&.'’-]*){0,3}"
    r"\s*/\s*[a-z]{1,6}(?:\s*[/,]\s*[a-z]{1,6})*(?:\s*\(\s*[a-z]{1,6}(?:\s*/\s*[a-z]{1,6})*\s*\))?\s*\)?\.?$"
)


def drop_source_initials(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` (after attribution) without a source line signed with a desk's initials among
    the last MAX_TAG_LINES lines ("Source: CNA/ng(zl)")."""
    tail = len(paragraphs) - MAX_TAG_LINES
    return [p for index, p in enumerate(paragraphs) if index < tail or not _SOURCE_INITIALS.match(p.strip())]


#: Longest line read as the site's name alone (characters).
MAX_SITE_NAME_CHARS = 60
_NAME_JUNK = re.compile(r"[\W_]+")


def drop_site_name_line(paragraphs: list[str], names: list[str]) -> list[str]:
    """``paragraphs`` (after attribution) without a last line that is only the site's name, one of
    ``names`` in any case and spacing: a theme's end credit under the story ("Joburg Reporter" on
    joburgreporter.co.za), which credits no one but the site itself."""
    if len(paragraphs) < 2 or len(paragraphs[-1]) > MAX_SITE_NAME_CHARS:
        return paragraphs
    key = _NAME_JUNK.sub("", paragraphs[-1].casefold())
    if key and any(key == _NAME_JUNK.sub("", name.casefold()) for name in names):
        return paragraphs[:-1]
    return paragraphs


# A support or membership box closing the story: the site asks its reader for money, a
# subscription or membership, in its own voice ("we need your support", "brauchen wir deine
# Unterstützung", "Hilf mit und unterstütze unser Magazin", "Jetzt mit wenigen Klicks
# unterstützen!", "Join now or renew to get:", "would you consider supporting our work?",
# "necesitamos tu apoyo", "nous avons besoin de votre soutien"). Each names the site ("we", "our",
# "unser") or asks the reader outright, so a story about a charity's appeal keeps its sentences.
_CLOSING_APPEAL = re.compile(
    r"(?i:\b(?:we|I)\s+need\s+your\s+(?:support|help)\b|"
    r"\bconsider\s+(?:supporting|subscribing|donating|becoming\s+a\s+(?:member|subscriber|supporter|patron))\b|"
    r"\b(?:join|subscribe)\s+(?:now|today)(?![\w'’])|\bsupport\s+(?:us|our\s+(?:work|journalism|reporting|newsroom))\b|"
    r"\b(?:brauchen|benötigen)\s+wir\s+(?:deine|eure|Ihre)\s+(?:Unterstützung|Hilfe)\b|"
    r"\b(?:unterstütze|unterstützen\s+Sie)\s+(?:uns|unser(?:e|en)?\s+\w+)\b|\bjetzt\s+(?:\w+\s+){0,3}unterstützen\b|"
    r"\bzahl['’‘]?\s+ich\s+freiwillig\b|"
    r"\bspenden\s+(?:könnt|kannst|können)\s+(?:ihr|du|Sie)\b|\bjetzt\s+(?:abonnieren|spenden|Mitglied\s+werden)\b|"
    r"\bnecesitamos\s+(?:tu|su|vuestro)\s+apoyo\b|\bap[oó]yanos\b|\b(?:hazte|h[aá]gase)\s+(?:socio|miembro|suscriptor)\b|"
    r"\bsuscr[ií]bete\b|\bnous\s+avons\s+besoin\s+de\s+(?:vous|votre\s+soutien)\b|\babonnez-vous\b|"
    r"\bprecisamos\s+do\s+seu\s+apoio\b|\bassine\s+(?:já|agora)\b|\bdukung\s+kami\b|\bsokong\s+kami\b)"
)
#: Words one of which every match of _CLOSING_APPEAL holds (case-folded).
_CLOSING_APPEAL_WORDS = (
    "need your", "consider supp", "consider subs", "consider don", "consider becom", "join now", "join today",
    "subscribe now", "subscribe today", "support us", "support our", "unterstütz", "wir deine", "wir eure",
    "wir ihre", "freiwillig", "spenden", "abonnieren", "mitglied werden", "apoyo", "apoyanos", "apóyanos", "hazte",
    "hágase", "hagase", "suscr", "besoin de", "abonnez", "precisamos", "assine", "dukung kami", "sokong kami",
)  # fmt: skip
# An ask's voice: the site speaking ("we", "our", "unser", "nuestro", "notre", "kami") or the reader
# addressed ("you", "dir", "dein", "tu", "vous"), or a subscription named. German "Sie" and "ihr" are
# left out: at a sentence's head they are "they" and "her".
_VOICE_WORDS = (
    r"you|your|yours|we|our|ours|dich|dir|dein\w*|euch|euer|eure\w*|wir|uns|unser\w*|tus|"
    r"usted(?:es)?|nosotros|nuestr[oa]s?|vous|votre|nous|notre|kamu|anda|kami|subscri\w*|member(?:s|ship)?|"
    r"mitglied\w*|abonn\w*|abo|suscri\w*"
)
_ASK_VOICE = re.compile(rf"\b(?:us|(?i:{_VOICE_WORDS}|du|tu|te))\b")
# A line of such a box after its ask: the same voices less "du", "te" and "tu", which are also
# French's, Dutch's and others' story words ("la ligne du littoral").
_BOX_VOICE = re.compile(rf"\b(?:us|(?i:{_VOICE_WORDS}))\b")
# A line of such a box before its ask: the site's own voice, or a subscription offered ("im Abo",
# "please subscribe"). The reader addressed ("you should attend unless you hear otherwise") or
# members or subscribers named is a story's line as often.
_OWN_VOICE = re.compile(
    r"\b(?:us|(?i:we|our|ours|wir|uns|unser\w*|nosotros|nuestr[oa]s?|nous|notre|kami|abo|subscribe|"
    r"subscriptions?|abonnement|abonnieren|abonnez))\b"
)
_QUOTE_MARKS = '"“”„«»'
_SAID = re.compile(_SAID_VERB, re.IGNORECASE)
#: A list item's bullet, as trafilatura or the page writes it.
_BOX_ITEM = re.compile(r"[-—–•]\s")
#: Most lines of a closing support box (its list items apart), and most short lines left after it
#: (a credit, a sign-off).
MAX_APPEAL_BOX_LINES = 8
MAX_LINES_AFTER_APPEAL = 2
#: Longest line after the box that it leaves in place (characters), and longest list item inside it.
MAX_AFTER_APPEAL_CHARS = 100


def _box_line(line: str, voice: re.Pattern[str] = _BOX_VOICE) -> bool:
    """True for a line of a support box: a list item, a line without a word, or a line in the site's
    or to the reader's voice that quotes and reports no one (``voice``: ``_BOX_VOICE`` after the
    ask, ``_OWN_VOICE`` before it)."""
    if not any(ch.isalnum() for ch in line):
        return True
    if _BOX_ITEM.match(line) and len(line) <= MAX_AFTER_APPEAL_CHARS:
        return True
    return not any(mark in line for mark in _QUOTE_MARKS) and not _SAID.search(line) and bool(voice.search(line))


#: Longest line before the ask that may be in the reader's voice alone ("Did you like this story?").
MAX_BOX_HEADING_CHARS = 60


def _box_line_before(line: str) -> bool:
    """True for a line of a support box before its ask: in the site's own voice or offering a
    subscription (``_OWN_VOICE``), or a short line (MAX_BOX_HEADING_CHARS) in the reader's (``_box_line``)."""
    return _box_line(line, _OWN_VOICE) or (len(line) <= MAX_BOX_HEADING_CHARS and _box_line(line))


#: Longest ask that need not be in the site's or the reader's voice ("Join now or renew to get:").
MAX_BARE_APPEAL_CHARS = 40


def _appeal(line: str) -> bool:
    """True for a support box's ask (``_CLOSING_APPEAL``) that quotes and reports no one, in the
    site's or the reader's voice unless it is a short call."""
    return (
        len(line) <= MAX_NOTICE_CHARS
        and holds_word(_folded(line), _CLOSING_APPEAL_WORDS)
        and not any(mark in line for mark in _QUOTE_MARKS)
        and not _SAID.search(line)
        and bool(_CLOSING_APPEAL.search(line))
        and (len(line) <= MAX_BARE_APPEAL_CHARS or bool(_ASK_VOICE.search(line)))
    )


def drop_closing_appeal(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` without the support or membership box that closes the story: the lines around
    an ask (``_CLOSING_APPEAL``) in the site's or the reader's voice (``_box_line``; before the ask
    the site's own voice or a short line, ``_box_line_before``), up to MAX_APPEAL_BOX_LINES of them,
    the box ending at most MAX_LINES_AFTER_APPEAL short lines before the story's end (those stay: a
    credit for attribution, a sign-off). "Gefällt dir unser Magazin? ... keine Bezahlschranke ...
    brauchen wir deine Unterstützung. Hilf mit und unterstütze unser Magazin ...": the box goes
    from its first line; the story's last sentence, in no one's voice or quoting someone, stays.
    Never the story's first paragraph, nor lines before the ask holding as much text as the story
    left before them."""
    count = len(paragraphs)
    if count < 2:
        return paragraphs
    low = max(1, count - MAX_APPEAL_BOX_LINES - MAX_LINES_AFTER_APPEAL)
    # One search of the closing lines joined for the asks' words, not one a line (most pages hold none).
    short = "\n".join(line for line in paragraphs[low:] if len(line) <= MAX_NOTICE_CHARS)
    if not short or not holds_word(short.lower(), _CLOSING_APPEAL_WORDS):
        return paragraphs
    asks = [index for index in range(low, count) if _appeal(paragraphs[index])]
    if not asks:
        return paragraphs
    end = asks[-1]
    while end + 1 < count and _box_line(paragraphs[end + 1]):
        end += 1
    after = paragraphs[end + 1 :]
    if len(after) > MAX_LINES_AFTER_APPEAL or any(len(line) > MAX_AFTER_APPEAL_CHARS for line in after):
        return paragraphs
    start = asks[0]
    while start - 1 >= 1 and _box_line_before(paragraphs[start - 1]):
        start -= 1
    if any(not _box_line(line) for line in paragraphs[start : end + 1] if not _appeal(line)):
        return paragraphs
    if sum(1 for line in paragraphs[start : end + 1] if not _BOX_ITEM.match(line)) > MAX_APPEAL_BOX_LINES:
        return paragraphs
    if sum(map(len, paragraphs[start : asks[0]])) >= sum(map(len, paragraphs[:start])):
        return paragraphs  # as much text before the ask as the story left: the story's, whatever its voice
    return paragraphs[:start] + after


def _folded(text: str) -> str:
    """``text`` case-folded for the word checks before the long searches: every letter that a
    case-blind pattern matches to an ASCII letter folds to it (the Kelvin sign, the long s and the
    dotless i too), so a line without the word cannot match."""
    folded = text.casefold()
    return folded.replace("ı", "i") if "ı" in folded else folded


def _holds_any(text: str, words: tuple[str, ...]) -> bool:
    """True when ``text``, case-folded, holds one of ``words``."""
    folded = _folded(text)
    return holds_word(folded, words)


#: A sentence's last mark: Latin's, the danda of Devanagari and Bengali, Urdu's and CJK's full stops.
_FULL_STOPS = (".", "।", "۔", "。")
#: Pictographs (emoji, with their variation selectors and joiners) and spaces opening a line.
_PICTOGRAPHS = re.compile(r"^(?:[^\w\s]\ufe0f?\u200d?\s*)+")
#: The bullet trafilatura writes before a list item's text.
_BULLET = re.compile(r"-\s+")
#: The leads of _RELATED_LEAD_INTL that a linked title follows directly ("Leia também O título").
_READ_ALSO_INTL = re.compile(
    r"^\s*(?i:lesen\s+sie\s+auch|auch\s+lesen|(?:à|a)\s+lire\s+(?:aussi|également)|lire\s+aussi|voir\s+aussi|"
    r"lea\s+también|le[eé]\s+también|vea\s+también|ver\s+también|mir[aá]\s+también|leia\s+também|veja\s+também|"
    r"leggi\s+anche|vedi\s+anche|lees\s+ook|czytaj\s+(?:też|także|również)|zobacz\s+(?:też|także|również)|"
    r"اقرأ\s+أيضاً?|อ่านเพิ่มเติม|" + _READ_ALSO_SOUTH + r"|xem\s+thêm|đọc\s+thêm|basahin\s+(?:din|rin)|soma\s+pia|"
    r"ilgili\s+haber(?:ler)?|bunlar[ıi]?\s+da\s+okuyun|ayrıca\s+okuyun|" + _READ_ALSO_MORE + r")"
    r"(?=\W|$|" + _GLUED + r")"
)


#: A heading's source after its words ("More Must-Reads From The Harbour Times", "Meistgelesen bei X").
_LABEL_SOURCE = re.compile(r"(?i:from|on|at|bei|von|auf|aus|zum|zur|de|du|en|em|na|su|da|z|op|van)\s+\S")


#: The longest line ``_zone_only`` reads ("(GMT+05:30)").
MAX_ZONE_LINE_CHARS = 12
#: A time zone alone, with its offset: what is left of a stamp whose ``<time>`` the extractor
#: leaves out ("<p><time>09.58</time> GMT</p>" in a live blog's entries gives "GMT").
_ZONE_ONLY = re.compile(r"[(\[]?([A-Z]{2,4})(?:[+-]\d{1,2}(?::?\d\d)?)?[)\]]?")


def _zone_only(text: str) -> bool:
    """True for a line that is a time zone's abbreviation in capitals and nothing else."""
    match = _ZONE_ONLY.fullmatch(text)
    return bool(match) and match.group(1).lower() in ZONE_ABBREVIATIONS


#: A clock alone on its line ("09.58", "14:05").
_CLOCK_LINE = re.compile(r"\d{1,2}[:.]\d\d")


def is_zone_after_time(text: str, line_before: str, time_tails: set[str]) -> bool:
    """True for a line that is a time zone alone next to a time: a ``<time>``'s tail (``time_tails``,
    "<p><time>09.58</time> GMT</p>" in a live blog's entries, the extractor leaving the
    ``<time>`` out) or a line under a clock. A story's subhead or list item of capitals ("EAT",
    "PET": review R43) stays."""
    stripped = text.strip()
    return (
        len(stripped) <= MAX_ZONE_LINE_CHARS
        and _zone_only(stripped)
        and (stripped in time_tails or bool(_CLOCK_LINE.fullmatch(line_before.strip())))
    )


def is_boilerplate_line(text: str) -> bool:
    """True for a related-post insert, subscribe/share/newsletter prompt or widget label."""
    stripped = text.strip()
    if not stripped:
        return True
    if stripped.startswith("|"):
        # A table row of one filled cell ("| Weitere Artikel zum Thema |"): a layout table's cell.
        cells = [cell for cell in (part.strip() for part in stripped.strip("|").split("|")) if cell]
        if len(cells) != 1 or _DATE_ONLY.match(cells[0]):
            return False  # a table's row, or its date cell
        return is_boilerplate_line(cells[0])
    if unicodedata.category(stripped[0]) == "So":
        # A pictograph before a prompt or a label ("📣 Click here to join ...", "👉 Read also: ...")
        # marks the line as the site's; the words after it are read as the line.
        rest = _PICTOGRAPHS.sub("", stripped)
        if rest and rest != stripped and is_boilerplate_line(rest):
            return True
    bullet = _BULLET.match(stripped)
    if bullet and len(stripped) > bullet.end() and is_boilerplate_line(stripped[bullet.end() :]):
        # A list item ("- Share on Twitter", "- 941 comments"): its text is the line. A kept
        # item still gets the checks on the whole line ("- END -", "- 30 -").
        return True
    if _WIDGET_LINE.match(stripped):
        return True
    half = len(stripped) // 2
    if (
        len(stripped) % 2
        and stripped[half] == " "
        and stripped[:half] == stripped[half + 1 :]
        and is_widget_label(stripped[:half])
    ):
        return True  # one label twice ("Anzeige Anzeige"): two ad slots' labels read as one line
    if _WIDGET_LINE_INTL.match(stripped) or _VIDEO_PLAYER.match(stripped):
        return True
    if len(stripped) <= MAX_SHARE_LABEL_CHARS and (m := _SHARE_LABEL_CJK.match(stripped)):
        return not stripped[m.end() :].strip(" :：")
    if stripped[0] == "[" and _EMBED_PLACEHOLDER.match(stripped):
        return True
    if ":" in stripped[:12] and (_TAG_LIST.match(stripped) or _FEED_DISCLAIMER.match(stripped)):
        return True
    if len(stripped) <= MAX_CREDIT_CHARS and (
        _PICTURE_CREDIT.match(stripped)
        or (_PHOTOGRAPHER_CREDIT.match(stripped) and not _WORD_END.search(stripped))
        or _READING_TIME.match(stripped)
        or _SOCIAL_PROFILE.match(stripped)
        or _PROFILE_PICTURE.match(stripped)
    ):
        return True
    if len(stripped) <= MAX_INSERT_CHARS and (
        (_RELATED_LEAD.match(stripped) and not related_lead_sentence(stripped))
        or (_holds_any(stripped, _PROMPT_WORDS) and _PROMPT.search(stripped))
    ):
        return True
    if " on line " in stripped and _SERVER_ERROR.search(stripped):
        return True
    if _other_boilerplate(stripped) or is_portal_credit_line(stripped):
        return True
    if is_script_furniture(stripped):
        return True  # a CJK info line, an editor's credit, a Korean byline or stamp
    lead = _RELATED_LEAD_INTL.match(stripped)
    if lead and len(stripped) <= MAX_INSERT_CHARS:
        # "Weitere Beiträge zu unseren Arbeiten sind ... erschienen." is a sentence, not a label:
        # an insert is the label alone, the label and a colon or dash, or a title (no full stop).
        # Only a "read also" lead takes a title straight after it: after a heading such as "Most
        # popular" or "Saiba mais" without a colon or dash the line is the story's own subheading
        # or sentence ("Most popular destinations in Bali", "Saiba mais sobre o programa ...").
        rest = stripped[lead.end() :].lstrip()
        if not rest or lead.group(0)[-1] in ":|-–—" or rest[0] in ":：៖»|-–—>?" or _LABEL_SOURCE.match(rest):
            return True
        return bool(_READ_ALSO_INTL.match(stripped)) and not stripped.endswith(_FULL_STOPS)
    return False


def is_widget_label(text: str) -> bool:
    """True for a widget's whole-line label ("Advertisement", "বিজ্ঞাপন", "Share", "Comments"), in
    any of the languages ``is_boilerplate_line`` reads."""
    stripped = text.strip()
    return bool(stripped) and bool(_WIDGET_LINE.match(stripped) or _WIDGET_LINE_INTL.match(stripped))


def _other_boilerplate(stripped: str) -> bool:
    """Source lines, stamps of the page's history, bare dates, prompts, credited captions and
    newsletter headings (the rules of ``is_boilerplate_line`` added for the evaluation pages'
    German, Spanish, French and English boilerplate)."""
    length = len(stripped)
    if _END_MARK.match(stripped):
        return True
    if length <= MAX_CREDIT_CHARS and (
        _SOURCE_LINE.match(stripped)
        or _STAMP_LINE.match(stripped)
        or _DATE_ONLY.match(stripped)
        or _NEWSLETTER_HEADING.match(stripped)
        or _BOX_HEADING.match(stripped)
        or _PAGER_LINE.match(stripped)
        or stripped.startswith("©")
    ):
        return any(ch.isalnum() for ch in stripped)
    if length > MAX_NOTICE_CHARS:
        return False
    if is_reader_line(stripped):
        return True  # an opinion disclaimer, a call for letters or comments, a blog's or a product card's label
    # The long searches only on lines holding one of their words (1 ms a page otherwise).
    folded = _folded(stripped)
    if length <= MAX_INSERT_CHARS and holds_word(folded, _PROMPT_INTL_WORDS) and _PROMPT_INTL.search(stripped):
        return True
    if (
        length <= MAX_INSERT_CHARS
        and holds_word(folded, _CHANNEL_WORDS)
        and _OWN_CHANNEL.search(stripped)
        and (_CHANNEL_INVITE.match(stripped) or len(stripped.split()) <= MAX_CHANNEL_LINE_WORDS)
        and not any(mark in stripped for mark in _QUOTE_MARKS)
        and not _SAID.search(stripped)
    ):
        return True
    if holds_word(folded, _NOTICE_WORDS) and _NOTICE.search(stripped):
        return True
    if is_paywall_notice(stripped):
        return True
    if is_graphic_placeholder(stripped):
        return True
    low = stripped.lower()
    if holds_word(low, _SUPPORT_WORDS) and (_SUPPORT_PROMPT.search(stripped) or _DONATE_APPEAL.match(stripped)):
        return True
    if holds_word(low, _COMMENT_WORDS) and _COMMENT_RULES.search(stripped):
        return True
    # A credit closes a caption: "©", or a colon and a closing bracket ("(Foto: ...)"), or an
    # agency's photographer after a slash ("... 26 November 2026. REUTERS/Jana Ulm").
    return length <= MAX_CAPTION_CHARS and (
        (
            ("©" in stripped or (":" in stripped and (")" in stripped or "]" in stripped)))
            and bool(_CAPTION_CREDIT.search(stripped))
        )
        or ("/" in stripped and bool(_AGENCY_PHOTO_CREDIT.search(stripped)))
    )


# A wire photo's credit closing its caption, the photographer's name after the agency and a slash:
# "... at the central station in Berlin. REUTERS/Jana Ulm", "... di Jakarta. ANTARA FOTO/Budi Santoso".
# Only after a sentence's end, so a line that is the credit alone is _PICTURE_CREDIT's.
_AGENCY_PHOTO_CREDIT = re.compile(
    r"[.!?]\s+(?:REUTERS|ANTARA\s+FOTO|AFP|AP\s+Photo|EPA(?:-EFE)?|XINHUA|BERNAMA)\s*/\s*"
    r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s*$"
)


def normalize_space(text: str | None) -> str:
    """Whitespace collapsed and trimmed; NBSP and zero-width spaces removed."""
    if not text:
        return ""
    if not text.isascii():  # (a flag of the string, no scan) ASCII holds none of the three
        text = text.replace("\u200b", "").replace("\ufeff", "").replace("\u00ad", "")
    return " ".join(text.split())


# Separators between a headline and the site's name in <title> and og:title: also a tilde between
# spaces (Blogger themes' "Post title ~ Blog name"; before a number or a price it reads "about":
# "to ~ 45C"), a double hyphen typed for a dash ("Headline -- Site / Section") and a vertical bar
# from another block of Unicode (box drawing "│", fullwidth "｜": "Headline│Site"), which nothing
# else sets between words.
# Chinese and Japanese titles set them without spaces ("...英雄的城！-新华网", "..._教育频道_中国青年网"),
# the underscore after any character ("...比例达86%_环保_江城新闻网": no headline writes one).
_CJK_SEPARATOR = r"(?:(?<=[\u3000-\u9fff\uff00-\uffef])[-_｜]|(?<=[^\s_])_)(?=[\u3040-\u9fff\uac00-\ud7af])"
_SEPARATOR_WORDS = r"\s+(?:\||–|—|--|-|·|•|::|»|«|›|‹|/|:|~(?!\s+[\d$€£¥₹]))\s+|\s*[|│｜]\s*"
_TITLE_SEPARATORS = re.compile(_SEPARATOR_WORDS + "|" + _CJK_SEPARATOR)
#: A separator left at a title's end or start with nothing beyond it ("Headline |", "Site -").
_DANGLING_SEPARATOR = re.compile(r"^\s*(?:[|│｜]|(?:–|—|--|-|·|•|::|»)\s)\s*|\s(?:–|—|--|-|·|•|::|»)\s*$|\s*[|│｜]\s*$")


def _key(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    return re.sub(r"[\W_]+", "", text)


def _is_site_key(key: str, site_keys: set[str]) -> bool:
    """True when a text's key is one of the site's names, or holds one with a few letters more
    ("Ultima Hora Mallorca" for ultimahora.es)."""
    return bool(key) and any(
        key == k or (len(k) > 3 and (k in key or key in k) and len(key) < len(k) + 12) for k in site_keys
    )


#: Letters a host name spells out in ASCII ("Müritzurlauber" on mueritzurlauber.de).
_SPELLED_OUT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "æ": "ae", "ø": "oe", "å": "aa"})


def _site_keys(text: str) -> set[str]:
    """``_key`` of a name as written and as a host name spells it: accents dropped ("Nestlé" on
    nestle-marktplatz.de) or umlauts written out ("Müritzurlauber" on mueritzurlauber.de)."""
    key = _key(text)
    if key.isascii():
        return {key} if key else set()
    return {k for k in (key, _without_accents(key), _without_accents(key.translate(_SPELLED_OUT))) if k}


def _without_accents(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def _is_site(text: str, site_keys: set[str]) -> bool:
    return any(_is_site_key(key, site_keys) for key in _site_keys(text))


def is_site_name(text: str, site_names: list[str]) -> bool:
    """True when ``text`` is one of ``site_names`` (as ``strip_site_tail`` tells a site segment)."""
    return _is_site(text, {k for n in site_names if n for k in _site_keys(n)})


#: A name before a colon that opens a title ("Harbour Times: Headline"), and the rest.
_SITE_BEFORE_COLON = re.compile(r"^([^:]{2,60}?):\s+(\S.*)$")


#: A page of an article split over pages, as a segment of its title ("Headline - Halaman 2 - Site",
#: "Headline | Page 2 of 3", "Headline (Seite 2)"): no part of the headline. Set off by a separator
#: or in brackets, and followed by another separator or nothing.
_PAGE_SEGMENT = re.compile(
    r"(?:\s+(?:[-|–—·•»:/]|--)\s+|\s*[|│｜]\s*|\s+\()"
    r"(?:page|halaman|hal\.?|seite|página|pagina|pág\.?|trang|sayfa|strona|pagină|страница|сторінка)"
    r"\s*\d{1,3}(?:\s*(?:of|dari|von|de|/)\s*\d{1,3})?\)?"
    r"(?=$|\s+(?:[-|–—·•»/]|--)\s+|\s*[|│｜])",
    re.IGNORECASE,
)


def without_page_number(title: str) -> str:
    """``title`` without the page of a story split over pages (``_PAGE_SEGMENT``)."""
    if not _PAGE_SEGMENT.search(title):
        return title
    return _PAGE_SEGMENT.sub("", title).strip() or title


def strip_site_tail(title: str, site_names: list[str]) -> str:
    """``title`` without a leading or trailing site name ("Headline | Site", "Site - Headline",
    Blogger's "Site: Headline") and what follows a site name inside it ("Headline | Site | Tagline")."""
    title = _DANGLING_SEPARATOR.sub("", normalize_space(title)) or normalize_space(title)
    title = without_page_number(title)
    keys = {k for n in site_names if n for k in _site_keys(n)}
    # Blogger's "Blog Name: Post title", the site's name before a colon.
    lead = _SITE_BEFORE_COLON.match(title)
    if lead and _is_site(lead.group(1), keys):
        title = lead.group(2)
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    separators = _TITLE_SEPARATORS.findall(title)

    def is_site(part: str) -> bool:
        return _is_site(part, keys)

    labels = [label for label in _host_labels(site_names) if len(label) >= 2]

    longest = max(len(part) for part in parts)

    def at_end(part: str) -> bool:
        # A name built on the host's only beside a longer segment: "Harbour Star Wins Award - Local" stays.
        return is_site(part) or (len(part) < longest and _names_host(part, labels))

    # Drop site-name segments at either end, keeping the separators between what stays.
    start, end = 0, len(parts)
    while end - start > 1 and at_end(parts[end - 1]):
        end -= 1
    while end - start > 1 and at_end(parts[start]):
        start += 1
    # A site name inside the title ends the headline: what follows is its tagline
    # ("Headline : Krimiblog | Ermittlungen zum Verfall eines Genres | Gegründet 2005").
    end = next((i for i in range(start + 1, end) if is_site(parts[i])), end)
    if (start, end) != (0, len(parts)):
        kept = parts[start:end]
        seps = separators[start : end - 1]
        out = kept[0]
        for sep, part in zip(seps, kept[1:], strict=False):
            out += sep + part
        return out.strip()
    return title


#: Most words a site's name holds beside the words that spell its host ("EFC Bayrische Bembel
#: Regensburg" on bayrische-bembel.de: a club's initials and its town).
MAX_WORDS_BESIDE_HOST = 2


def _names_host(part: str, labels: list[list[str]]) -> bool:
    """True when a title's end segment is a name built on the host's: whole words that spell a host
    label of two or more parts (``labels``, "harbour-star" -> ["harbour", "star"]) in a row, beside at
    most ``MAX_WORDS_BESIDE_HOST`` more words, each capitalised ("Harbour Star Lincoln"), so a
    headline that names the site ("Harbour Star wins press award") stays."""
    words = part.split()
    if not labels or len(words) > 2 + MAX_WORDS_BESIDE_HOST:
        return False
    keys = [_key(word) for word in words]
    for label in labels:
        size = len(label)
        if len("".join(label)) < MIN_HOST_KEY_CHARS or len(words) - size > MAX_WORDS_BESIDE_HOST:
            continue
        for i in range(len(words) - size + 1):
            if keys[i : i + size] == label:
                rest = words[:i] + words[i + size :]
                if all(word[:1].isupper() or word[:1].isdigit() for word in rest):
                    return True
    return False


#: Most words of each of the section names a title sets after its headline ("Site - Headline -
#: Local - News").
MAX_TRAILING_SECTION_WORDS = 2


def without_trailing_sections(title: str) -> str:
    """``title`` (already less the site's name before it) without two or more short segments after
    the headline: section names ("Headline - Eintracht Presse - News", each of at most
    ``MAX_TRAILING_SECTION_WORDS`` words); one such segment may be the headline's own ("Pier to
    close - Update") and stays."""
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) < 3:
        return title
    separators = _TITLE_SEPARATORS.findall(title)
    # A separator between two numbers is a score or a range ("beat Barcelona 3 - 2"), no section's.
    i = 1
    while i < len(parts):
        if parts[i - 1][-1:].isdigit() and parts[i][:1].isdigit():
            parts[i - 1 : i + 1] = [parts[i - 1] + separators.pop(i - 1) + parts[i]]
        else:
            i += 1
    cut = len(parts)
    while cut > 1 and 0 < len(parts[cut - 1].split()) <= MAX_TRAILING_SECTION_WORDS:
        cut -= 1
    if len(parts) - cut < 2 or len(parts[cut - 1].split()) <= MAX_SECTION_WORDS:
        return title
    out = parts[0]
    for sep, part in zip(separators[: cut - 1], parts[1:cut], strict=True):
        out += sep + part
    return out.strip()


def without_named_section(title: str, section: str | None) -> str:
    """``title`` (already less the site's name) without a first or last segment that is the page's
    section as the page declares it (``article:section``, JSON-LD ``articleSection``): "Headline -
    Ekonomi" on a page of the Ekonomi section. The same words and nothing more, so a segment that
    only starts with them stays."""
    key = _key(section or "")
    if not key or key not in _key(title):
        return title
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    separators = _TITLE_SEPARATORS.findall(title)
    if _key(parts[-1]) == key:
        return title[: len(title) - len(parts[-1]) - len(separators[-1])].strip()
    if _key(parts[0]) == key:
        return title[len(parts[0]) + len(separators[0]) :].strip()
    return title


def title_segments(title: str) -> list[str]:
    """The parts of a title between site-name separators ("Headline | Site" gives both)."""
    return [part for part in _TITLE_SEPARATORS.split(normalize_space(title)) if part]


# A Chinese or Japanese title's last segment, set off without spaces ("...英雄的城！-新华网",
# "..._科技_腾讯网"): a site or channel name of a few characters.
_CJK_TAIL = re.compile(r"^(?P<head>.*[\u3000-\u9fff\uff00-\uffef].*?)\s*[-_|｜]\s*[\u3040-\u9fff\uac00-\ud7af]{2,8}$")


#: A short last segment after a bar or a dash (``tail_guess``). Not after a separator between two
#: numbers (a score or a range: "beat Barcelona 3 - 2"), nor after a tilde before a number or a
#: price, which reads "about" ("pushes Seville to ~ 45C").
_TAIL_GUESS_SEPARATOR = r"\s+(?:\||–|—|--|-|·|•|::|»|‹|│|｜|~(?!\s+[\d$€£¥₹]))\s+"
_GUESSED_TAIL = re.compile(
    rf"^(?P<head>.+?)(?:(?<!\d){_TAIL_GUESS_SEPARATOR}|{_TAIL_GUESS_SEPARATOR}(?!\d))(?P<tail>[^|–—·•»‹│｜~]{{2,40}})$"
)


def tail_guess(title: str) -> str:
    """``title`` without a short last " | segment" when nothing names the site (a weaker rule;
    also WordPress's "Headline ‹ Site" and the other bars and dashes of ``_TITLE_SEPARATORS``)."""
    title = normalize_space(title)
    match = _GUESSED_TAIL.match(title)
    if match and len(match.group("tail").split()) <= 4 and len(match.group("head")) > len(match.group("tail")):
        return match.group("head").strip()
    for _ in range(2):
        match = _CJK_TAIL.match(title)
        if not match or len(match.group("head")) < 8:
            break
        title = match.group("head").strip()
    return title


#: Separators a title sets between its headline and section names ("Headline | Local News | Site",
#: "Site » Politik » Headline"): bars, angle quotes, bullets; not dashes, colons, slashes or middle
#: dots, which headlines use themselves ("Hund vertreibt Einbrecher – Zeugenaufruf", "Pay / benefits:
#: new rules").
_SECTION_SEPARATORS = re.compile(r"\s+(?:\||»|›|•|::)\s+|\s*[|│｜]\s*")
#: Most words of a title segment read as a section's name beside a longer headline.
MAX_SECTION_WORDS = 3


def without_sections(title: str) -> str:
    """``title`` (already less the site's name) without section names set off by bars: the one
    segment of more than ``MAX_SECTION_WORDS`` words ("Local News | Old ferry pier to close"
    gives the headline); unchanged when there is none, or more than one."""
    parts = [part for part in _SECTION_SEPARATORS.split(title) if part.strip()]
    if len(parts) < 2:
        return title
    long = [part.strip() for part in parts if len(part.split()) > MAX_SECTION_WORDS]
    return long[0] if len(long) == 1 else title


# Where a title splits into runs: the site-name separators, and a kicker's colon ("Chronik: Headline").
_TITLE_RUNS = re.compile(_SEPARATOR_WORDS + r"|(?<=\w):\s+|" + _CJK_SEPARATOR)


def heading_rank(heading: str, reference: str) -> int:
    """How well a heading on the page matches a title (``<title>``, og:title): 0 when it does not.

    4: the whole title; 3: a run of the title's segments that leaves out its last one
    ("Headline | Site", "Kicker: Headline - Site"); 2: a run that ends the title (a headline
    after a kicker, but also a site name in an ``<h1>`` logo); 1: the title starts with the
    heading and the heading is at least half of that first segment ("Name (40222) - Place").
    """
    key = _key(heading)
    whole = _key(reference)
    if len(key) < 4 or not whole:
        return 0
    if key == whole:
        return 4
    pieces = _TITLE_RUNS.split(normalize_space(reference))
    separators = [m.group(0).strip() for m in _TITLE_RUNS.finditer(normalize_space(reference))]
    parts = [_key(p) for p in pieces]
    best = 0
    for start in range(len(parts)):
        run = ""
        for end in range(start, len(parts)):
            run += parts[end]
            # A run that a colon ends is a kicker ("Chronik: ..."), not the headline.
            if run == key and not (end < len(separators) and separators[end] == ":"):
                best = max(best, 3 if end < len(parts) - 1 else 2)
            if len(run) >= len(key):
                break
    if best:
        return best
    first = next((p for p in parts if p), whole)
    if first.startswith(key) and len(key) * 2 >= len(first):
        return 1
    if key.startswith(whole) and len(whole) >= 4:
        return 1
    if whole.startswith(key) and len(key) * 3 >= len(whole) * 2:
        return 1  # a place or credit added after it: "Grab-Bote fliegt nach Singapur, Thailand"
    return 0


def title_key(text: str | None) -> str:
    """A comparison key for headlines: case, punctuation and spacing ignored."""
    return _key(text or "")


# Author clean-up. A byline is cut down to names in steps: labels in front ("By", "Oleh",
# "Post author", "View all posts by"), a date or time behind ("Jane Doe March 25, 2015",
# "Stand: 05.02.2020"), then split on "and" and its kin; what is left must look like a name.
_BYLINE_LABEL = re.compile(
    r"^\s*(?:(?:text|texte|teks|words)\s*(?:und|and|&|;|/|\+|dan|et)\s*(?:fotos?|photos?|bilder?|bild|gambar|pictures|images)|"
    r"(?:post|article|story|page)\s+author|(?:view|see|show)\s+all\s+(?:posts|articles|stories)\s+by|"
    r"all\s+(?:posts|articles|stories)\s+by|(?:zeige\s+)?alle\s+(?:beiträge|artikel)\s+von|more\s+(?:from|by)|"
    r"written\s+by|posted\s+by|published\s+by|reported\s+by|story\s+by|words\s+by|text\s+by|compiled\s+by|"
    r"as\s+told\s+to|"
    r"ditulis\s+oleh|diposting\s+oleh|dikirim\s+oleh|dipublikasikan\s+oleh|geschrieben\s+von|verfasst\s+von|"
    r"veröffentlicht\s+von|(?:ein\s+)?(?:beitrag|artikel|rezept|text)\s*von|zum\s+profil\s+von|"
    r"escrito\s+por|publicado\s+por|écrit\s+par|publié\s+par|scritto\s+da|"
    r"(?:words|story|report|reporting|writer|journalist)(?=\s*:)|by|from|oleh|door|penulis|reporter|pewarta|wartawan|kontributor|author|autor|autorin|"
    r"auteur|autore|verfasser|verfasserin|von|vom|par|por|text|texte|teks|testo|laporan|interview|"
    r"автор|авторы|автори|текст|"
    r"erstellt\s+von|über|about(?:\s+the\s+author)?|tentang(?:\s+penulis)?|sobre|à\s+propos\s+de)"
    r"(?:\s*[:\-–—|]\s*|\s+|$|(?=(?-i:[A-ZÀ-ÖØ-Þ])))",
    re.IGNORECASE,
)
# Conjunctions in lower case only: "Dan Goodin" is a name, "Budi dan Ani" two. Other languages'
# "and" too (Danish and Norwegian "og", Swedish "och", Turkish "ve", Hungarian "és", Romanian "și",
# Finnish "ja", Russian "и", Ukrainian "та", Greek "και"). Catalan, Polish and Croatian "i",
# Spanish "y" and Portuguese and Italian "e" only before a full name: they also join a person's two
# surnames ("Jordi Pujol i Soley", "José Volta e Pinto", "Ortega y Gasset").
# A full stop after a word (not an initial or a title: "Prof.") ends a name too: "Wilmer Leon. Sputnik
# International"); not the stop of a given name's short form inside a name, as Indonesian and Malay
# write "Muhammad" and "Abdul" ("Andi Muh. Fadli", "Mohd. Rizal", "Abd. Rahman").
_AUTHOR_SPLIT = re.compile(
    r"\s*(?:,|;|\||&|·|•|、|，|；|\b(?:and|And|AND|dan|und|et|with|mit|avec|con|og|och|ve|és|și|ja|и|та|και)\b"
    r"|\s+[iye]\s+(?=[A-ZÀ-ÖØ-Þ][\w'’.-]*\s+[A-ZÀ-ÖØ-Þ])|/|\s[-–—]\s)\s*"
    r"|(?<=[^\W\d_]{3})(?<![Pp]rof)(?<![Dd]ipl)(?<!Mrs)(?<!\bMuh)(?<!\bMoh)(?<!\bMhd)(?<!\bAbd)(?<!\bMuhd)"
    r"(?<!\bMohd)(?<!\bMoch)\.\s+(?=[A-ZÀ-ÖØ-Þ])"
)
#: A CJK byline's part after a comma that says where the writer reported from: a report's or
#: dispatch's mark behind a place ("北京报道", "台北報導", "北京电", "ロンドン発"), a big city
#: ("北京", "東京"), a place in katakana alone (no middle dot, as a foreign name writes: "ロンドン").
_CJK_REPORTED = re.compile(r"(?:报道|報導|報道)$")
#: A dispatch's mark, read behind a known place only (a name may end in "电": "王晓电").
_CJK_DISPATCH = re.compile(r"(?:专电|專電|电|電|発|讯|訊)$")
_CJK_CITIES = frozenset(
    (*TAIWAN_PLACES, "北京", "上海", "广州", "廣州", "深圳", "天津", "重庆", "重慶", "香港", "澳门", "澳門", "南京",
     "武汉", "武漢", "成都", "杭州", "西安", "东京", "東京", "大阪", "京都", "横浜", "名古屋", "福岡", "札幌",
     "首尔", "首爾", "华盛顿", "華盛頓", "纽约", "紐約", "伦敦", "倫敦", "巴黎")
)  # fmt: skip
_KATAKANA_PLACE = re.compile(r"[\u30a1-\u30faー]{2,}")


#: A reporter's title after words that are no name: the site's name or a place ("Lake Basin Reporter").
_DESK_ROLE_END = re.compile(r"^(?P<head>.+?)\s+(?i:reporters?|correspondents?|staff|writers?|desk)$")


def _site_desk_title(name: str, site_keys: set[str]) -> bool:
    """True when ``name`` is a reporter's title after a part of the site's name (``site_keys``) or a
    place: "Lake Basin Reporter" on Lake Basin Daily, "Kisumu Correspondent" (the desk's byline)."""
    match = _DESK_ROLE_END.match(name) if " " in name else None
    if match is None:
        return False
    head = match.group("head")
    key = _key(head)
    return (len(key) >= 4 and any(key in site for site in site_keys)) or known_place(head)


def cjk_place_part(part: str) -> bool:
    """True when ``part``, a CJK byline's last part, is where the writer reported from ("北京报道",
    "北京"), no writer (``_cjk_place_part``)."""
    return _cjk_place_part(part)


def _cjk_place_part(part: str) -> bool:
    """True when ``part`` of a CJK byline after a comma is where the writer reported from (see
    ``_CJK_REPORTED``), no writer."""
    part = part.strip()
    if len(part) > 2 and _CJK_REPORTED.search(part):
        return True
    place = _CJK_DISPATCH.sub("", part)
    return place in _CJK_CITIES or _KATAKANA_PLACE.fullmatch(place) is not None


# A name followed by this is a comment's author ("Jane says:"), not the article's.
# "said" and "dice" only in lower case: capitalised they are a name's ("Nurul Huda Said").
_COMMENT_VERB = re.compile(r"\s(?:(?i:says|sagt|schreibt|wrote|writes|dit|menulis|berkata)|said|SAID|dice)\s*:?\s*$")
#: A date line's label words in the languages both ``_DATE_LEAD`` and ``_STAMP_WORDS`` read
#: ("Published", "Diperbarui", "Actualizado", "Uppdaterad"): a language added here reaches both.
_DATE_LABELS = frozenset(
    "published updated posted veröffentlicht aktualisiert publié publicado pubblicato diperbarui actualizado "
    "atualizado aggiornato uppdaterad publicerad opdateret publiceret oppdatert publisert päivitetty julkaistu "
    "bijgewerkt gepubliceerd "
    # Malay and Indonesian "published" / "updated", Turkish "published" / "updated", Tagalog "published"
    "diterbitkan dikemaskini dikemaskan dipublikasikan dipublikasi terbit yayınlanma güncelleme güncellendi "
    "nailathala".split()
)
# Words that start the date or time behind a name in a byline: a label, or a preposition ("am", "pada").
_DATE_LEAD = _DATE_LABELS | frozenset("am on at um le el il pada tanggal stand".split())
# Words that lead from a byline's name to the post's category ("Posted by Jana Ulm under Politik") or
# to what the piece is ("im Gespräch mit"); not "in": "Verein in Horka e.V." is an organisation.
_CATEGORY_LEAD = frozenset({"under", "unter", "im", "filed"})
_MONTH_WORDS = MONTH_WORDS
# Weekdays, also abbreviated, that start a date behind a name ("Von Jane Doe Fr, 18. Oktober 2019").
_DAY_WORDS = DAY_NAMES | frozenset(
    "montag dienstag mittwoch donnerstag freitag samstag sonntag mo di mi do fr sa so lundi mardi mercredi "
    "jeudi vendredi samedi dimanche lunes martes miércoles jueves viernes sábado domingo".split()
)
# Roles written after a name ("Jane Doe, Games Editor", "Hans Weber Autor").
_ROLE_WORDS = frozenset(
    "editor editors writer reporter correspondent columnist contributor journalist journalistin autor autorin "
    "redakteur redakteurin wartawan kontributor koresponden penulis photographer fotograf".split()
)
# Occupations written before a name ("Rechtsanwalt Sebastian Einbock"); academic titles ("Dr.") stay.
_LEADING_ROLES = frozenset(
    "rechtsanwalt rechtsanwältin fachanwalt fachanwältin anwalt anwältin notar notarin steuerberater "
    "steuerberaterin pfarrer pfarrerin pastor pastorin lawyer attorney advokat".split()
)
# Prepositions that end a label run on before a name ("Pressemitteilung von ...", "A column by ...").
_LABEL_PREPOSITIONS = frozenset({"von", "by", "oleh", "par", "por", "door"})
_ROLE_MODIFIERS = frozenset(
    "senior staff contributing chief deputy managing executive associate assistant freelance guest political "
    "business sports games tech technology science health news web digital online freier freie".split()
)
#: Title nouns a writer's role ends on ("Transport Correspondent", "State Political Reporter", "Bureau
#: Chief"); any words before one are its modifiers.
_TITLE_NOUNS = _ROLE_WORDS | frozenset(
    "producer presenter anchor analyst critic commentator photojournalist videographer chief reporterin "
    "kolumnist kolumnistin korrespondent korrespondentin chefredakteur chefredakteurin fotografin jurnalis "
    "journaliste correspondant correspondante rédacteur rédactrice chroniqueur chroniqueuse periodista "
    "corresponsal redactor redactora columnista fotógrafo fotógrafa "
    # Offices a byline gives after a guest writer's name ("Jana Ulm, CEO"; "Piet Horn, Founder").
    "ceo cfo cto coo founder co-founder cofounder president chairman chairwoman director spokesperson spokesman "
    "spokeswoman geschäftsführer geschäftsführerin vorsitzender vorsitzende pressesprecher pressesprecherin "
    # A charity's or a firm's staff writing for its site ("Imogen Fairley, Marine Projects Officer"),
    # and the newsroom titles of the other languages the sets hold ("Anna Meier, Referentin";
    # "Piet Horn, verslaggever"; "Gianni Russo, inviato"; "Jan Nowak, dziennikarz").
    "officer manager coordinator coordinatrice adviser advisor campaigner researcher specialist consultant "
    "referent referentin redacteur verslaggever woordvoerder corrispondente inviato inviata redattore "
    "redattrice giornalista dziennikarz dziennikarka korespondent redaktor redaktorka reporterka".split()
)
#: A newsroom's desk or studio after the writer's name, a place after it at most ("Anna Meier,
#: SWA-Studio Brüssel", "ARD-Hauptstadtstudio", "Redaktion Politik", "Biro Jakarta", "Bureau de
#: Bruxelles"): where the writer works, no second writer.
_DESK_PIECE = re.compile(
    r"^(?:[\w.]+-)?(?i:studio|hauptstadtstudio|korrespondentenbüro|büro|bureau|biro|desk|newsdesk|redaktion|"
    r"redactie|redazione|redacción|rédaction|redakcja|redaksi)(?:\s+(?:de\s+|di\s+)?[^\W\d_][\w.'’-]*){0,2}$"
)


def desk_piece(text: str) -> bool:
    """True when ``text`` is a newsroom's desk or studio, a place after it at most (``_DESK_PIECE``)."""
    return _DESK_PIECE.match(text) is not None


_ROLE_PHRASE_WORD = re.compile(r"^[^\W\d_][\w'’.&-]*$")
#: "Health and Science Reporter": two modifiers joined, at a byline's start or after a comma.
_JOINED_MODIFIERS = re.compile(
    r"(?:(?<=^)|(?<=,)|(?<=, ))(?P<first>[A-Z][\w'’-]*)\s+(?:and|&)\s+(?=[A-Z][\w'’-]*\s+(?i:"
    + "|".join(sorted(_TITLE_NOUNS, key=len, reverse=True))
    + r")s?\b)"
)
MAX_ROLE_WORDS = 5


def role_phrase(text: str, plural: bool = True) -> bool:
    """True when ``text`` is a role and nothing else: a title noun, any modifiers before it
    ("Transport Correspondent", "state political reporter", "Editor-in-Chief"); in the plural
    ("Staff reporters") only where ``plural``."""
    words = text.split()
    if not words or len(words) > MAX_ROLE_WORDS or not all(_ROLE_PHRASE_WORD.match(w) for w in words):
        return False
    noun = words[-1].casefold().rsplit("-", 1)[-1]
    if noun.endswith("s") and noun[:-1] in _TITLE_NOUNS:
        return plural  # ("editors": a plural in the nouns too)
    return noun in _TITLE_NOUNS


# A role glued to the name it follows ("Evan HalperStaff Writer", "Ben SummerReporter": the name
# and the role in two elements with no space between).
_GLUED_ROLE = re.compile(
    r"(?<=[a-zß-öø-ÿ])(?=(?:"
    + "|".join(sorted((w.capitalize() for w in _ROLE_WORDS | _ROLE_MODIFIERS), key=len, reverse=True))
    + r")\b)"
)
# The paper or agency a writer wrote for, after the name ("Jana Ulm for The Harbour Times", "Jana
# Ulm for Reuters"); not an organisation's own "for" ("National Center for Science").
_EMPLOYER_TAIL = re.compile(r"^(?P<name>.+?)\s+(?P<lead>for|For|FOR)\s+(?P<employer>\S.*)$")
# A contributor's credit to the paper ("Jana Ulm Special to the Harbour Times", "... Special to CNN").
_SPECIAL_TO_TAIL = re.compile(r"^(?P<name>.+?)\s+(?P<lead>special\s+(?:to|for))\s+(?P<employer>\S.*)$", re.IGNORECASE)
#: Most words of a paper's name after a capitalised "For" ("For Daily Mail Australia").
MAX_EMPLOYER_WORDS = 4
_FOLLOW_WORDS = frozenset({"follow", "folgen", "ikuti", "suivre", "seguir"})
_ARTICLES = frozenset("the die der das la le les el los las il lo a an".split())
# Words no name ends on: a phrase cut short ("Letters To The", "Notes From", "COLLECTED BY").
_NAME_ENDS_NOT = frozenset("to of for from with at in on und and by".split())
_DEGREES = frozenset("phd ph.d md m.d ma ms msc mba rn rd dr prof jr sr".split())
# Lower-case words that belong inside names ("Ursula von der Leyen", "Lauren del Valle").
_NAME_PARTICLES = frozenset(
    "von van der den de del della dei di da do dos das du la le les bin binti bint al el zu ter ten y e".split()
)
_NOT_PEOPLE = re.compile(
    r"^(?:admin|administrator|redaksi|redaktur|editor|editors|editorial|staff|staf|team|tim|newsroom|desk|"
    r"web desk|news desk|webmaster|guest|tamu|anonymous|anonym|anonim|unknown|unbekannt|user|username|user name|"
    r"name|nama|e-?mail|website|web site|homepage|url|follow|folgen|posted|published|datum|date|tanggal|stand|"
    r"human|no author|no name|author|autor|autorin|auteur|autore|verfasser|penulis|by|von|oleh|the editors|"
    r"editorial staff|quelle|source|sumber|mehr|more|vor|nachricht|alle beiträge|alle artikel|all posts|all articles|"
    r"tim redaksi|tim liputan|admin redaksi|redaksi\s+\S+|redaktion|news|berita|reporter|kontributor|contributor|wire|wires|"
    r"agencies|agency|agenturen|staff writer|staff reporter|editorial team|press release|siaran pers|"
    r"pressemitteilung|print|share|comments?|kommentare?|leave a (?:comment|reply)|"
    r"last|zuletzt|updated|aktualisiert|"
    # A CMS's placeholders and a form's labels ("publisher", "Benutzername", "Unbenannt"), an
    # anonymous or courtesy credit, a picture's "zvg" (Swiss: made available), a desk in one word.
    r"publisher|benutzer|benutzername|unbenannt|untitled|an[oó]nim[oa]|anonyme|cortes[ií]a|courtesy|zvg|"
    r"usuario|usuário|utilisateur|utente|gebruiker|nutzer|nutzername|"
    r"submitted|"
    # a bot account that posts a feed's items ("newsbot", "rss_bot", "AutoBot")
    r"(?:news|feed|rss|auto|wire|post|import|content|robo|cms|publish|mirror)[\s_-]?bot\d*)$",
    re.IGNORECASE,
)

# A company's legal form after its name ("Olympia-Verlag GmbH").
_LEGAL_FORMS = frozenset("gmbh ag kg ohg se inc ltd llc plc corp e.v sarl sas spa bv nv".split())
_EMAIL_URL = re.compile(r"\S+@\S+|\S+\[at\]\S+|https?://\S+|www\.\S+|(?<!\w)@\w+")
# Words of a share bar or a brand, never of a person's name.
_NOT_NAME_WORDS = frozenset(
    "facebook twitter instagram youtube linkedin xing pinterest whatsapp telegram tiktok rss e-mail email "
    "news noticias notícias notizie nouvelles media online magazin magazine zeitung tv radio blog redaktion redaksi daily "
    "times post press portal international "
    "network channel group gmbh ag inc ltd llc e.v. verlag redaktion redaksi rédaction redacción redazione "
    # a post's comment and view counts run on ("Small Business No Comments 0 Views")
    "comments kommentare commentaires comentarios komentar views "
    "team staff desk newsroom webteam editorial edition ausgabe "
    # a news agency's word ("Agência O Globo", "Agencia Informativa Conacyt"), a paper's ("Jornal O
    # Papel", "Hildesheimer Presse", "Prensa Libre")
    "agência agencia agence agenzia agentur jornal presse prensa imprensa stampa".split()
)
#: An outlet's word that ends a site's name after its own name ("Luxurious Magazine", "Harbour News").
_SITE_TAILS = frozenset("magazine magazin news times daily online media tv radio post journal zeitung".split())


def _site_less_outlet(key: str, site_keys: set[str]) -> bool:
    """True when ``key`` is a site's name (of ``site_keys``) less an outlet's word at its end."""
    return len(key) > 4 and any(k.startswith(key) and k[len(key) :] in _SITE_TAILS for k in site_keys)


#: A year or a numeric date inside a byline's piece: the byline's date (``clean_author_names``).
_PIECE_DATE = re.compile(r"(?<![\d/.-])(?:(?:19|20)\d\d|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})(?![\d/-])")
#: An office of a state or a ministry in a byline's first part ("Eidgenössisches Departement für ...",
#: "Ministry of Health", "Kementerian Kesehatan", "Bundesamt für ...").
_OFFICE = re.compile(
    r"\b(?:Departement|Department|Ministerium|Ministry|Bundesamt|Landesamt|Kementerian|Ministère|Ministerio|"
    r"Ministério|Ministero|Directorate|Secretariat)\b"
)
#: A company's copyright line in an author field: "Copyright Haufe-Lexware GmbH & Co. KG - all rights reserved".
_COMPANY_COPYRIGHT = re.compile(
    r"^(?i:copyright|\(c\)|©)\s.*\b(?:GmbH|AG|KG|Inc|Ltd|LLC|plc|S\.A|S\.L|B\.V|N\.V|e\.V)\b"
)
# Endings of an organisation's or a paper's name, never of a person's ("Hanns-Seidel-Stiftung",
# "Deutscher Caritasverband", "Bund der Energieverbraucher", "OÖ Volksblatt"); a police or fire
# service or a prosecutor issuing a release ("Polizei Steinfurt", "Polizeipräsidium Mittelhessen",
# "Freiwillige Feuerwehr Kassel", "Staatsanwaltschaft Köln": German press portals' author field).
_ORGANISATION_ENDINGS = tuple(
    "stiftung verband verein gesellschaft ministerium akademie hochschule universität foundation association "
    "institute institut university volksblatt tagblatt abendblatt wochenblatt amtsblatt zeitung nachrichten "
    "rundschau anzeiger illustrierte polizei polizeipräsidium polizeiinspektion polizeidirektion feuerwehr "
    "staatsanwaltschaft kriminalamt".split()
)
_ORGANISATION_WORDS = frozenset(
    "bund abteilung fondation fundación fundação fondazione stichting deutschland schweiz österreich germany switzerland "
    "austria suisse svizzera españa italia indonesia malaysia singapore".split()
)
_PHOTO_CREDIT = re.compile(
    r"^(?:foto|fotos|photo|photos|pictures?|bild|bilder|image|images|credit|gambar|фото)\b", re.IGNORECASE
)
# A credit for the pictures run on behind the writer's name ("Jana Ulm Illustration von Piet Horn").
_CREDIT_TAIL = re.compile(
    r"\s+(?:illustrations?|illustrationen|fotos?|photos?|photography|pictures?|bilder?|images?|grafik|grafiken|zeichnungen?|"
    r"videos?|kamera|camera|gambar|edited|bearbeitet|redigiert|lektoriert|translated|übersetzt|übersetzung|"
    r"translation|editor|editors|penyunting|redaktur|reviewed|medically\s+reviewed|fact[- ]checked|geprüft|"
    r"disunting|ditinjau|editado|revisado)\s*(?:von|by|oleh|por|:)\s.*$",
    re.IGNORECASE,
)
# Issue #5: authors are the people who wrote the piece. An editor ("Editor: Ani Lestari" beside
# "Penulis: Budi Santoso" on Indonesian sites), a reviewer or a fact-checker is none: a byline that
# opens with their label gives only the writer a later label names, else no one.
_EDITOR_LEAD = re.compile(
    r"^\s*(?:(?:editor|editors|penyunting|redaktur|editor\s+in\s+chief)\s*:|(?:edited|reviewed|medically\s+"
    r"reviewed|fact[- ]checked|bearbeitet|redigiert|geprüft|disunting|diedit|ditinjau|editado|revisado)\s+"
    r"(?:by|von|oleh|por)\b)",
    re.IGNORECASE,
)
#: An editor's role before a name, a part of a byline behind the writers ("· Editor Dimas Arya").
_EDITOR_PIECE = re.compile(r"^(?i:editor|editors|penyunting|redaktur|editor\s+in\s+charge)\s+(?=[A-ZÀ-ÖØ-Þ])")
_WRITER_LABEL = re.compile(
    r"[\s|,;/·•]\s*(?:penulis|reporter|pewarta|wartawan|autor|autorin|author|writer|text|teks)\s*:|"
    r"[\s|,;/·•]\s*(?:written\s+by|ditulis\s+oleh|geschrieben\s+von)\b",
    re.IGNORECASE,
)
# What separates the parts of a byline before names are split ("Kirche und Leben, Münster, Germany").
_BYLINE_SEGMENTS = re.compile(r"\s*[,;|·•、，；]\s*|\s[-–—]\s")
# A web address's host less "www." ("https://www.dw.com/fr" -> "dw.com").
_SITE_ADDRESS = re.compile(r"(?<![@\w.-])(?:https?://)?(?:www\.)?((?:[\w-]+\.)+[a-z]{2,12})\b(?![\w-])", re.IGNORECASE)
_GLUED_DIGITS = re.compile(r"(?<=[^\W\d_]{3})(?=\d)")
# A handle opens with a letter and a letter or digit ("c1ph4", "freeman1984"; not "D-Zug") and
# holds two letters at least.
_HANDLE = re.compile(r"^(?=[^\W\d_][^\W_])(?=(?:[\w.-]*?[^\W\d_]){2})[\w.-]*$")
#: Longest plausible name, in words; a longer "author" is a sentence that leaked from the byline.
MAX_NAME_WORDS = 5
#: A name with joining particles ("José Luis Rodríguez de la Fuente", "Wan Ahmad Fayhsal bin Wan
#: Ahmad Kamal", "محمد بن راشد بن سعيد آل مكتوم") may run longer: up to this many words that are not
#: particles, and ``MAX_JOINED_NAME_WORDS`` in all.
MAX_NAME_PARTS = 6
MAX_JOINED_NAME_WORDS = 8
#: The particles that may join a long name (``_NAME_PARTICLES`` less the Italian, Portuguese and
#: Indonesian "di", "da", "do", "e": in a long phrase these are a place's or a list's "in", "from",
#: "and": "Andi Saputra di Makassar", "Luca Bianchi da Roma e Milano").
_LONG_NAME_PARTICLES = frozenset(
    "von van der den de del della dei dos das la le bin binti bint al el zu ter ten y".split()
)
#: Words of an office, a government or a reporter's role, never of a long name (issue #5, review R35:
#: "Secretaría de Salud de la Ciudad de México", "Menteri Luar Negeri Retno Marsudi di Jakarta").
_LONG_NAME_GOVERNMENT_WORDS = frozenset(
    "secretaría secretaria ministerio ministère ministero ministry gobierno governo gouvernement government "
    "ciudad nación nacion república republica municipio ayuntamiento departamento dirección direccion "
    "instituto universidad comisión comision consejo tribunal menteri kementerian pemerintah gubernur presiden "
    "laporan".split()
)
_LONG_NAME_NOT_WORDS = _ROLE_WORDS | _ROLE_MODIFIERS | _LONG_NAME_GOVERNMENT_WORDS
#: Arabic words that join the parts of a name: "son of", "daughter of", "family of", "father of",
#: "servant of" (in "عبد الله").
_ARABIC_NAME_JOINERS = frozenset("بن بنت ابن إبن آل ال أبو ابو أبي أم عبد".split())
#: Arabic function words and reporting verbs: a run of words holding one is a sentence, not a name
#: ("in", "from", "to", "on", "about", "with", "that", "has", "not", "this", "which", "was", "between",
#: "said", "added", "reported", "stated", "announced", ...).
_ARABIC_SENTENCE_WORDS = frozenset(
    "في من إلى الى على عن مع أن إن ان قد لا لم لن ما هذا هذه ذلك تلك التي الذي الذين كان كانت هو هي بعد قبل "
    "حتى عند منذ خلال بين أو ثم كما لكن إنه أنه باسم حول ضد عبر لدى نحو وفي ومن قال قالت وقال وقالت أضاف "
    "وأضاف أضافت وأضافت ذكر ذكرت وذكر وذكرت أكد أكدت وأكد أعلن أعلنت أوضح وأوضح أشار وأشار يقول تقول كتب "
    "كتبت يجب سوف".split()
)
#: Arabic words of a reporter's role or an outlet, never of a long name (review R35: "correspondent",
#: "envoy", "writer", "journalist", "analyst", "editor", "channel", "agency", "press", "office").
_ARABIC_ROLE_WORDS = frozenset(
    "مراسل مراسلة موفد موفدة مندوب مندوبة كاتب كاتبة صحفي صحفية صحافي صحافية محلل محللة محرر محررة مذيع "
    "مذيعة رئيس رئيسة مدير مديرة خبير خبيرة قناة وكالة برس مكتب".split()
)
# A preposition or conjunction glued to the article ("والحكومة", "بالوزارة", "للشعب"): no name's word.
_ARABIC_GLUED_ARTICLE = ("وال", "بال", "لل", "فال", "كال")


#: A story's kind or section shown in front of its byline, or as the byline's only text ("Opinion",
#: "Analysis by Jana Ulm", "OPINION | Jana Ulm", "Opinión de Ana Ruiz"): a label, never a name. A
#: label takes the "of" word after it. Words that are also given names ("Essay Gebre") are a label only
#: in a label's shape: alone, in capitals, or before a mark or an "of" word.
_GENRE_WORDS = (
    r"opinions?|opinión|opiniones|opinião|opinione|opini|meinung|gastkommentar|gastbeitrag|kommentar|komentar|"
    r"editorial|analysis|analyse|análisis|análise|analisi|commentary|kolumne|chronique|op-?ed|perspectives?|"
    r"viewpoint|guest\s+(?:column|opinion|essay|post|commentary)"
)
_GENRE_NAMELIKE_WORDS = r"column|columna|kolom|essay|review"
_GENRE_OF = r"(?:de|di|da|do|del|du|par|por|von|by)"
_GENRE_LABEL = re.compile(
    rf"^\s*(?P<word>{_GENRE_WORDS}|{_GENRE_NAMELIKE_WORDS})"
    rf"(?:\s*[:\-–—|/]\s*(?:{_GENRE_OF}\s+)?|\s+{_GENRE_OF}\s+|$|(?P<space>\s+))",
    re.IGNORECASE,
)
_GENRE_NAMELIKE = re.compile(rf"(?:{_GENRE_NAMELIKE_WORDS})", re.IGNORECASE)


def _strip_genre(text: str) -> str:
    """``text`` without a story's kind in front of it (``_GENRE_LABEL``)."""
    match = _GENRE_LABEL.match(text)
    if match is None:
        return text
    word = match.group("word")
    if match.group("space") and _GENRE_NAMELIKE.fullmatch(word) and not word.isupper():
        return text  # "Essay Gebre": a name
    return text[match.end() :]


def _strip_labels(text: str) -> str:
    previous = None
    while previous != text:
        previous = text
        text = _BYLINE_LABEL.sub("", text, count=1).strip(" .,:;|-–—")
        text = _strip_genre(text).strip(" .,:;|-–—")
    return text


def _cut_date(text: str, *, leads_only: bool = False) -> str:
    """``text`` up to the date or time that follows a name ("Jane Doe March 25, 2015" → "Jane Doe").

    ``leads_only``: cut only where a word such as "am" or "on" leads into a date (a whole byline,
    which may start with a date: "10. Dezember 2019 · von Jane").
    """
    words = without_month_numbers(text.split())
    for index in range(1, len(words)):
        word = words[index].strip(".,:;()").casefold()
        ahead = words[index + 1 : index + 4]
        # A day before a month is a date only when a digit follows ("Mo April" and "Di Maggio" in
        # "Tony Mo April", "Luigi Di Maggio" are names).
        if (
            word in _DAY_WORDS
            and ahead
            and (
                any(ch.isdigit() for ch in ahead[0])
                or (ahead[0].strip(".,").casefold() in _MONTH_WORDS and any(ch.isdigit() for ch in "".join(ahead[1:2])))
            )
        ):
            return " ".join(words[:index])  # "Jane Doe Fr, 18. Oktober", "Sam Ortega Sunday, November 23rd"
        if leads_only:
            if word in _CATEGORY_LEAD and ahead and word != "im":
                return " ".join(words[:index])  # the category list behind a byline: "under A, B"
            if word in _DATE_LEAD and ahead and any(ch.isdigit() for w in ahead for ch in w):
                return " ".join(words[: _label_start(words, index)])
            continue
        if word in _CATEGORY_LEAD and ahead:
            return " ".join(words[:index])  # "Jana Ulm under Politik", "Ria Holm im Gespräch mit ..."
        if (
            any(ch.isdigit() for ch in word)
            or (word in _DATE_LEAD and (not ahead or any(ch.isdigit() for w in ahead for ch in w)))
            or (word in _MONTH_WORDS and ahead and any(ch.isdigit() for ch in ahead[0]))
        ):
            return " ".join(words[: _label_start(words, index) if word in _DATE_LABELS else index])
    return text


#: Words before a date's label that belong to it ("Last updated", "Zuletzt aktualisiert", "Mis à jour").
_DATE_LABEL_LEADS = frozenset({"last", "zuletzt", "first", "originally"})


def _label_start(words: list[str], index: int) -> int:
    """Where the date label at ``words[index]`` starts: a word before it that belongs to it
    ("Jana Ulm Last updated on 3 May" is cut before "Last"), the name's two words kept."""
    if index > 2 and words[index - 1].strip(".,:;()|").casefold() in _DATE_LABEL_LEADS:
        return index - 1
    return index


def byline_name_part(text: str) -> str:
    """A byline's text up to the date, time or category behind the name ("damianduchamps on August
    3, 2019" -> "damianduchamps", "Jana Ulm under Politik" -> "Jana Ulm")."""
    return _cut_date(_cut_date(text, leads_only=True))


def _collapse_repeat(name: str) -> str:
    """ "jesusfreak jesusfreak" (a link's image text and its label) → "jesusfreak"."""
    words = name.split()
    half = len(words) // 2
    if half and len(words) % 2 == 0 and words[:half] == words[half:]:
        return " ".join(words[:half])
    return name


def _strip_role(name: str) -> str:
    words = name.split()
    # A label run on before the name: "Pressemitteilung von Katja Kipping", "Ein Gastbeitrag von
    # Jana Ulm"; not a particle ("Ursula von der Leyen", "Otto von Bismarck": one word after it).
    for index, word in enumerate(words[1:3], 1):
        rest = words[index + 1 :]
        if word in _LABEL_PREPOSITIONS and len(rest) >= 2 and all(w[0].isupper() for w in rest[:2]):
            words = rest
            break
    # A role's modifiers before it ("Senior Correspondent Jana Ulm", "Chief Political Reporter ...").
    lead = 0
    while lead < len(words) - 3 and words[lead].casefold() in _ROLE_MODIFIERS:
        lead += 1
    if lead and words[lead].casefold() in _ROLE_WORDS:
        words = words[lead:]
    while len(words) > 2 and words[0].casefold() in _ROLE_WORDS | _LEADING_ROLES:
        words.pop(0)  # "Rechtsanwalt Sebastian Einbock", "Reporter Jana Ulm"
    while len(words) > 1 and words[-1].casefold() in _FOLLOW_WORDS:
        words.pop()  # a follow button run on behind the name ("Jana Ulm Follow")
    if len(words) > 2 and (words[-1].casefold() in _ROLE_WORDS or words[-1].casefold()[:-1] in _ROLE_WORDS):
        words.pop()  # "Jana Ulm Senior Reporter", "Jana Ulm Staff Writers"
        while len(words) > 2 and words[-1].casefold() in _ROLE_MODIFIERS:
            words.pop()
    return " ".join(words)


#: Most words of a name set in capitals before the words of its role ("KENDRA MARSH Journal staff writer").
MAX_CAPS_NAME_WORDS = 4


def _strip_role_after_caps(name: str) -> str:
    """``_strip_role``'s name; where it cut a role behind a name in capitals, also the words in
    mixed case between them, the paper's ("KENDRA MARSH Journal staff writer" -> "KENDRA MARSH"):
    the capitals mark where the name ends. A name of one word in capitals is left ("TANAKA Hiroshi")."""
    stripped = _strip_role(name)
    words = stripped.split()
    if len(words) == len(name.split()) or not words[0].isupper():
        return stripped
    caps = 0
    while caps < len(words) and words[caps].isupper():
        caps += 1
    if 2 <= caps <= MAX_CAPS_NAME_WORDS and caps < len(words) and not any(w.isupper() for w in words[caps:]):
        return " ".join(words[:caps])
    return stripped


#: A team's word before its name ("Tim Kabar Pasar", "Pasukan Sukan"); "Tim Cook" is a person.
_TEAM_WORDS = frozenset({"tim", "pasukan"})
#: Words of a date line's label, never a name's first word ("Published: Oct 14, 2025" → "Published Oct"):
#: ``_DATE_LABELS`` and more ("Modified", "Diterbitkan", "Dikemaskini", "Actualisé", "Zaktualizowano", "Güncellendi").
_STAMP_WORDS = _DATE_LABELS | frozenset(
    "modified diterbitkan dikemaskini diterbit actualisé zaktualizowano opublikowano güncellendi güncelleme".split()
)


def _without_employer(name: str) -> tuple[str, str]:
    """``(name, employer)``: a person's name with the paper or agency it was written for cut off
    ("Brendan Carlin For The Mail On Sunday" -> "Brendan Carlin", "The Mail On Sunday"), else
    ``(name, "")``."""
    match = _SPECIAL_TO_TAIL.match(name) or _EMPLOYER_TAIL.match(name)
    head = match.group("name") if match else ""
    if match is None or not _name_shape(head.title() if head.isupper() else head):  # "JANA ULM FOR MAILONLINE"
        return name, ""
    employer = match.group("employer")
    if (
        employer.split()[0] in ("The", "the", "THE")
        or byline_agency(employer)
        or match.re is _SPECIAL_TO_TAIL
        # "For" set in capitals before a paper's name in capitals ("Jana Ulm For Mailonline",
        # "... Political Editor For Dailymail.Com"): the paper's, where "for" inside a name is small.
        or (
            match.group("lead") in ("For", "FOR")
            and len(employer.split()) <= MAX_EMPLOYER_WORDS
            and all(word[:1].isupper() for word in employer.split())
        )
    ):
        return match.group("name"), employer
    return name, ""


#: Shortest host label a paper's name after a writer's must hold to be read as the site's.
MIN_HOST_KEY_CHARS = 5


def _without_site_tail(name: str, site_keys: set[str], host_labels: list[list[str]]) -> str:
    """``name`` less the site's own name run on behind the writer's ("Jana Ulm Harbour Times" on
    Harbour Times; "Jana Ulm Lincoln Harbour Star" on harbourstar.example or harbourstar-lincoln.example):
    capitalised words behind two or more of a person's name that spell one of ``site_keys``, or two or
    more such words among which whole words spell the host's first label (``host_labels``: its parts
    between hyphens, each spelled by whole words, in any order). Else ``name``."""
    words = name.split()
    for cut in range(2, len(words)):
        tail = words[cut:]
        if not all(word[:1].isupper() for word in tail):
            continue
        keys = [_key(word) for word in tail]
        key = "".join(keys)
        spelled = bool(key) and key in site_keys
        if not spelled and len(tail) >= 2:
            runs = {"".join(keys[i:j]) for i in range(len(keys)) for j in range(i + 1, len(keys) + 1)}
            for parts in host_labels:
                label = "".join(parts)
                if len(label) >= MIN_HOST_KEY_CHARS and (
                    label in runs
                    or (len(parts) >= 2 and len(label) == len(key) and all(part in runs for part in parts))
                ):
                    spelled = True
                    break
        if spelled and _person_shaped(" ".join(words[:cut])):
            return " ".join(words[:cut])
    return name


def _host_labels(host_names: list[str]) -> list[list[str]]:
    """The first label of each of ``host_names`` that is an address, in its parts between hyphens
    ("www.harbour-star.example" -> ["harbour", "star"])."""
    labels = []
    for host in host_names:
        host = (host or "").casefold().removeprefix("www.")
        if "." in host:
            parts = [_key(part) for part in host.split(".")[0].split("-")]
            labels.append([part for part in parts if part])
    return labels


#: A Vietnamese weekday, two words ("Thứ Sáu, 27/11/2026 10:00": Friday; "Chủ Nhật": Sunday).
_VIETNAMESE_WEEKDAY = re.compile(r"^(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)$", re.IGNORECASE)


def looks_like_name(name: str) -> bool:
    """True when ``name`` could be a person's name or handle, not a label, date or sentence."""
    words = name.split()
    if (
        not words
        or (len(words) > MAX_NAME_WORDS and not _long_joined_name(words))
        or _NOT_PEOPLE.match(name)
        or "admin" in _key(name)
        or any(word.casefold() in ACCOUNT_WORDS for word in words)  # "Pentadbir" (intl_credits)
        or NEWSROOM_MARK.match(name.rstrip("."))
        or credit_words(name)
        or _VIETNAMESE_WEEKDAY.match(name)
    ):
        return False
    first = words[0].casefold().rstrip(":")
    if first in _STAMP_WORDS or (
        first in _TEAM_WORDS and len(words) >= 3 and words[1].casefold() not in _NAME_PARTICLES
    ):
        return False
    if len(words) == 1:
        # One word: a name ("Creeny") or a handle ("freeman1984"), not initials or a bare domain.
        word = words[0]
        folded = word.casefold().rstrip(".")
        if "." in word[1:] and not word[-1] == ".":
            # "Isabella.DiBiase", not "example.com" or "buchmesse.ARD.de", nor a degree ("Ph.D": "Jana Ulm, Ph.D.");
            # a father's initial glued to the given name, as Mongolian writes names ("Б.Батбаяр").
            if _glued_initial(word):
                return True
            return (
                bool(re.search(r"[a-z]\.[A-Z]", word))
                and not re.search(r"\.[a-z]{2,6}$", word)
                and folded not in _DEGREES
            )
        letters = sum(ch.isalpha() for ch in word)
        return (
            bool(_HANDLE.match(word))
            and letters > len(word) - letters  # "freeman1984", not an account number "CC7567"
            and folded not in _DEGREES | _MONTH_WORDS | _DAY_WORDS | _DATE_LEAD | _NAME_PARTICLES
            and folded not in _NOT_NAME_WORDS
            and not any(part in _NOT_NAME_WORDS for part in re.split(r"[_.-]", folded))  # "KB_Redaktion"
            and not _organisation([word])
        )
    if any(ch.isdigit() for ch in name) or ":" in name:
        return False  # a date, a label left on ("Redaktur: Ani Lestari")
    if not all(any(ch.isalpha() for ch in word) for word in words):
        return False  # a word that is no word ("} Zapisz do", a script's brace left on)
    if words[-1].casefold() in _ARTICLES | _NAME_ENDS_NOT or (
        words[0] in _NAME_PARTICLES and words[-1] in _NAME_PARTICLES
    ):
        return False  # a phrase cut short ("Letters To The"; a date's "de Mayo de", not "Jong, Michiel de")
    if any(word.casefold() in _NOT_NAME_WORDS for word in words) or _organisation(words):
        return False
    if all(word.casefold() in _ROLE_WORDS | _ROLE_MODIFIERS for word in words):
        return False  # "Games Editor"
    for word in words:
        if word[0].islower() and word.casefold() not in _NAME_PARTICLES and not joined_particle(word):
            return False  # "deinen Hochzeitsbloggern", "news service reports"
    # Scripts without capitals (Arabic, Hebrew, Thai...): a name of two or three words; in Arabic
    # longer, with no function word or verb among them ("محمد بن عبد الله السالم").
    return any(word[0].isupper() for word in words) or (
        (len(words) <= 3 or _arabic_name_words(words))
        and all((_caseless(word) or _caseless_initial(word)) and word not in CASELESS_NOT_NAMES for word in words)
        and not all(_caseless_initial(word) for word in words)
    )


def _glued_initial(word: str) -> bool:
    """True for an initial glued by its full stop to a capitalised given name ("Б.Батбаяр",
    "J.Smith"; not "E.ON", "example.com")."""
    return (
        len(word) >= 5
        and word[1] == "."
        and word[0].isupper()
        and word[2].isupper()
        and word[3:].isalpha()
        and word[3:].islower()
    )


def _caseless_initial(word: str) -> bool:
    """True for an initial in a script without case: a letter (a vowel sign with it at most) and a
    full stop ("க." in "க. முருகன்", as Tamil writes a father's or a place's initial)."""
    return 2 <= len(word) <= 3 and word.endswith(".") and _caseless(word[:-1])


def _arabic_name_words(words: list[str]) -> bool:
    """True when ``words`` (Arabic letters only) hold no function word, verb, word of a role or an
    outlet (``_ARABIC_ROLE_WORDS``) or word glued to a preposition, and the article "ال" only on the last word or after a joiner ("عبد الله"): the
    parts of a long name ("given name, father's, grandfather's, family"), not a sentence
    ("الوزير يزور العاصمة الفرنسية")."""
    return all(
        all("\u0620" <= ch <= "\u064a" or ch in "\u0622\u0623\u0625" for ch in word)
        and word not in _ARABIC_SENTENCE_WORDS
        and word not in _ARABIC_ROLE_WORDS
        and not (word.startswith("و") and word[1:] in _ARABIC_ROLE_WORDS)  # "ومحلل", "and analyst"
        and not word.startswith(_ARABIC_GLUED_ARTICLE)
        and (
            not word.startswith("ال") or index == len(words) - 1 or (index and words[index - 1] in _ARABIC_NAME_JOINERS)
        )
        for index, word in enumerate(words)
    )


def _long_joined_name(words: list[str]) -> bool:
    """True for a name longer than ``MAX_NAME_WORDS`` that its particles explain: at most
    ``MAX_NAME_PARTS`` words besides its lower-case particles ("bin", "de", "la", "y": each between
    capitalised words, runs of them too) or Arabic joiners ("بن", "آل", "عبد"),
    ``MAX_JOINED_NAME_WORDS`` in all, and no word of an office, a government or a role
    ("Secretaría de Salud de la Ciudad de México", "Laporan Wartawan ... di Makassar")."""
    if len(words) > MAX_JOINED_NAME_WORDS:
        return False
    particles = 0
    for index, word in enumerate(words):
        if word in _ARABIC_NAME_JOINERS:
            particles += 1
        elif word in _LONG_NAME_PARTICLES:
            if not 0 < index < len(words) - 1:
                return False  # a particle first or last: a phrase cut short, no name
            particles += 1
        elif word.casefold() in _LONG_NAME_NOT_WORDS:
            return False
    return particles > 0 and len(words) - particles <= MAX_NAME_PARTS


def _caseless(word: str) -> bool:
    """True for a word of letters (and the vowel signs of Thai and Indic scripts) without case."""
    return (
        not word.isupper()
        and not word.islower()
        and all(ch.isalpha() or unicodedata.category(ch).startswith("M") for ch in word)
    )


def _organisation(words: list[str]) -> bool:
    """True when one of ``words`` names an organisation or a paper ("Hanns-Seidel-Stiftung", "Bund")."""
    for word in words:
        folded = word.casefold().strip(".,")
        if folded in _ORGANISATION_WORDS or folded.endswith(_ORGANISATION_ENDINGS):
            return True
    return False


def _person_shaped(name: str) -> bool:
    """True for "Daniel Lemire", "Lauren del Valle": two to four words, each capitalised, no brand word."""
    words = name.split()
    return (
        2 <= len(words) <= 4
        and words[0].casefold() not in _ARTICLES
        and all(
            word.casefold() in _NAME_PARTICLES or (word[0].isupper() and (len(word) <= 2 or not word.isupper()))
            for word in words
        )
    )


#: Words of an outlet's name, case-folded ("The Texas Tribune", "Gulf Times"): a sign-off naming
#: one credits a newsroom, no person.
_OUTLET_WORDS = frozenset(
    "tribune times news herald journal gazette press agency network media radio television magazine "
    "chronicle telegraph newspaper newsroom bureau staff correspondents reporters".split()
)


def _sign_off_person(name: str, site_keys: set[str]) -> bool:
    """True when a sign-off's ``name`` is shaped like a person's ("Anjali Menon"), not an outlet's
    ("ProPublica", "The Texas Tribune"), an organisation's or the site's."""
    words = name.split()
    return (
        _person_shaped(name)
        and not _organisation(words)
        and not any(word.casefold().strip(".,") in _OUTLET_WORDS for word in words)
        and _key(name) not in site_keys
    )


def person_shaped(name: str) -> bool:
    """True for a full name as people write it: two to four capitalised words, particles between
    ("Lauren del Valle"), no word in capitals but initials ("AMP Project Marketing" is none)."""
    return _person_shaped(name)


#: Blog hosts whose subdomain is the blogger's account ("creeny.wordpress.com" is Creeny's blog).
BLOG_PLATFORMS = (
    "wordpress.com",
    "blogspot.com",
    "blogger.com",
    "tumblr.com",
    "substack.com",
    "livejournal.com",
    "typepad.com",
    "over-blog.com",
    "wixsite.com",
    "weebly.com",
    "home.blog",
    "blog.de",
    "hatenablog.com",
)
_TITLE_WORDS = frozenset(
    {"dr", "dr.", "prof", "prof.", "mag", "mag.", "dipl.", "ing.", "mr", "mr.", "mrs", "mrs.", "ms."}
)


def platform_handle(host: str) -> str | None:
    """The account a blog host's subdomain names ("creeny" for creeny.wordpress.com), else None."""
    host = (host or "").casefold().removeprefix("www.")
    for platform in BLOG_PLATFORMS:
        if host.endswith("." + platform):
            handle = host[: -len(platform) - 1]
            return handle if handle and "." not in handle else None
    if re.search(r"\.blogspot\.[a-z.]+$", host):
        handle = host.split(".blogspot.", 1)[0]
        return handle if "." not in handle else None
    return None


def person_named_site(name: str, host: str) -> str | None:
    """The person a site is named after: ``name`` (its title "Dr." aside) when it is shaped like a
    person's name and the host spells it ("Wolfgang Michal" on wolfgangmichal.de, "Dr. Alexander
    Klier" on alexander-klier.net); else None. "Frankfurter Rundschau" on fr.de is no person's site."""
    words = normalize_space(name).split()
    while words and words[0].casefold() in _TITLE_WORDS:
        words.pop(0)
    person = " ".join(words)
    if not _person_shaped(person) or not looks_like_name(person):
        return None
    host_key = _key((host or "").removeprefix("www.").rsplit(".", 1)[0])
    return person if _key(person) and _key(person) in host_key else None


def _letters(text: str) -> str:
    """``text`` folded to plain lower-case letters and digits ("Gàbor Muniér" -> "gabormunier")."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in folded if ch.isalnum() and not unicodedata.combining(ch))


def _spelled_with_initial(letters: str, words: list[str]) -> bool:
    """True when an account's ``letters`` are a first name, one letter and a last name ``words``
    spell ("christopherlwood" for "Christopher Wood")."""
    first, last = _letters(words[0]), _letters(words[-1])
    return (
        len(first) >= 3
        and len(last) >= 3
        and len(letters) == len(first) + len(last) + 1
        and letters.startswith(first)
        and letters.endswith(last)
    )


def full_name_for(given: str, candidates: list[str]) -> str | None:
    """A person-shaped name among ``candidates`` that the one-word name ``given`` stands for, if
    exactly one: its first name ("Nils" -> "Nils Pickert"; bylines often show the first name only)
    or an account spelled from it ("gabor_munier" -> "Gàbor Muniér"; "christopherlwood" -> "Christopher
    Wood", a middle initial in the account)."""
    if " " in given.strip():
        return None
    key = given.strip().casefold()
    letters = _letters(given)
    found = []
    for candidate in candidates:
        words = normalize_space(candidate).split()
        while words and words[0].casefold() in _TITLE_WORDS:
            words.pop(0)
        name = " ".join(words)
        if (
            len(words) >= 2
            and (words[0].casefold() == key or _letters(name) == letters or _spelled_with_initial(letters, words))
            and _person_shaped(name)
            and looks_like_name(name)
            and name not in found
        ):
            found.append(name)
    return found[0] if len(found) == 1 else None


#: Words beside a date in a date line ("am", "um", "Uhr", "on", "at", "published") besides month
#: and day names.
_DATE_SIDE_WORDS = _DATE_LEAD | _MONTH_WORDS | _DAY_WORDS | frozenset("uhr h wib wita wit cet cest utc gmt".split())
#: Byline labels that may open what is left of a date line ("06.11.2023 13:30 von Jana").
_DATE_LINE_LABELS = frozenset({"von", "by", "oleh", "par", "por", "door", "di", "da"})


def _name_shape(name: str) -> bool:
    """``_person_shaped`` for a name whose surname is set in capitals ("Kazım TÜRKMEN", "Denis CLERC")."""
    words = name.split()
    if len(words) >= 2 and words[-1].isupper() and not words[0].isupper():
        words[-1] = words[-1].title()
    return _person_shaped(" ".join(words))


def name_beside_date(line: str) -> str | None:
    """The byline a date line carries beside its date with no label before it, or a label after the
    date ("11.12.2019 - Jana Ulm", "04.02.2022 | 13:10 Uhr | Jana Ulm", "06.11.2023 13:30 von Jana"):
    what is left once the date, its time and separators are taken off both ends, when that is a
    person's full name or opens with a byline label. "12.01.2022 - Politik" names no one."""
    words = without_month_numbers(normalize_space(without_zone_names(line)).split())  # "08:30 AM Eastern Standard Time"

    def date_part(word: str) -> bool:
        bare = word.strip(".,:;()[]|/-–—·•")
        return not bare or any(ch.isdigit() for ch in bare) or bare.casefold() in _DATE_SIDE_WORDS or is_zone_word(bare)

    while words and date_part(words[0]):
        words.pop(0)
    while words and (date_part(words[-1]) or words[-1].casefold() in _CATEGORY_LEAD | {"in"}):
        words.pop()  # also a category's lead the line ends on ("VON Jana Ulm IN <category>")
    if not words or len(words) > MAX_NAME_WORDS + 1:
        return None
    name = " ".join(words).strip(" ,;:")
    if words[0].casefold() in _DATE_LINE_LABELS:
        return name if len(words) > 1 else None
    return name if _name_shape(name) and looks_like_name(name) else None


#: A closing greeting before a signature ("Euer Jana", "Yours, Jana Ulm", "Liebe Grüße, Jana").
_SIGN_OFF = re.compile(
    r"^(?:euer|eure|dein|deine|yours|your|cheers|love|grüße|liebe grüße|viele grüße|herzliche grüße|"
    r"beste grüße|best|regards|best regards|kind regards|salam|salut|bisous|abrazos|saludos)\b[\s,:]*",
    re.IGNORECASE,
)
#: Words of a short heading or phrase set in capitals like a name ("Contacting Us", "Read More").
_NOT_SIGNATURE_WORDS = frozenset(
    "us our we you your me my it this that these here there more all about contact contacting share follow "
    "related read reading subscribe uns wir ihr ihre mehr alle hier kontakt weitere weiterlesen informationen "
    "infos teilen lesen nous vous plus notre".split()
)
# A line that opens or closes a press contact ("Ansprechpartner Presse", "E-Mail: ...", "Tel. ..."):
# the name beside it is the press office's, not the writer's.
_CONTACT_LINE = re.compile(
    r"\b(?:ansprechpartner(?:in)?|pressekontakt|kontakt|contact|press office|pressestelle|e-?mail|tel|telefon|"
    r"phone|fax)\b|@",
    re.IGNORECASE,
)


def is_contact_line(line: str) -> bool:
    """True for a press contact's line: its label, an address, a phone number."""
    return bool(_CONTACT_LINE.search(line))


def signature_name(line: str) -> str | None:
    """The writer's name when a closing line of the article is that and nothing else ("Jana Ulm",
    "Dr. Jana Ulm", "Kazım TÜRKMEN", "Euer HansEhrlich"): two or three capitalised words, a title
    before them at most, or one word after a greeting. One word alone ("Benni", "Fazit") is too
    often something else to be read as a signature."""
    text = normalize_space(line).strip(" .,;")
    if text.endswith(("!", "?")):
        return None  # "Keep Talking Sports!"
    greeted = _SIGN_OFF.match(text)
    if greeted:
        text = text[greeted.end() :].strip(" .,;")
    words = text.split()
    while words and words[0].casefold() in _TITLE_WORDS:
        words.pop(0)
    name = " ".join(words)
    if greeted and len(words) == 1:
        return name if looks_like_name(name) and any(ch.isupper() for ch in name) else None
    if not 2 <= len(words) <= 3 or not _name_shape(name) or _organisation(words):
        return None
    if any(word.casefold() in _NOT_SIGNATURE_WORDS for word in words):
        return None
    if not all(ch.isalpha() or ch in "-'’. " for ch in name) or not looks_like_name(name.title()):
        return None
    return text


def _initials_of(aside: str, name: str) -> bool:
    """True when ``aside`` is the initials of the words of ``name`` it follows ("Auswärtige Autoren
    (AA)", "Anna Pauli (AP)"): the name's short form, not an agency's."""
    letters = aside.strip(" .").replace(".", "").replace(" ", "")
    words = re.findall(r"[^\W\d_][\w'’-]*", name)
    return (
        2 <= len(letters) <= len(words)
        and letters.isalpha()
        and letters.casefold() == "".join(word[0] for word in words[-len(letters) :]).casefold()
    )


#: One name with an aside between its given and family names: a nickname or further given names
#: ("Richard (R.J.) Eskow", "Bruno (Henrique Zecchin) Rodrigues"), one or two words either side.
_INNER_ASIDE = re.compile(
    r"^([^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*)?)\s+\(([^()]{1,40})\)\s+([^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*)?)$"
)


def _inner_name_aside(item: str) -> bool:
    """True when ``item`` is one person's name with a nickname or further given names in brackets
    inside it ("Richard (R.J.) Eskow"): the name as given. Not an agency or other words in the
    brackets ("Jana (AFP) Ulm"), nor a byline that goes on past the family name ("Jana Ulm (Text)
    und Piet Horn")."""
    match = _INNER_ASIDE.match(item)
    if match is None:
        return False
    given, aside, family = match.groups()
    words = aside.split()
    return (
        len(words) <= 3
        and all(w[:1].isupper() for w in [*given.split(), *words, family.split()[-1]])
        and all(w[:1].isupper() or w in _NAME_PARTICLES for w in family.split())  # "van Dijk"
        and family.split()[0].casefold() not in {"and", "und", "et", "y", "e", "i", "og", "en", "dan"}
        and not aside_agencies(aside)
        and _person_shaped(f"{given} {family}")
    )


def clean_author_names(
    raw: list[str],
    site_names: list[str] = (),
    *,
    host_names: list[str] = (),
    owners: list[str] = (),
    language: Callable[[], str | None] | None = None,
) -> tuple[list[str], list[str]]:
    """``(people, agencies)`` from raw author strings: bylines split, labels and non-people dropped.

    ``site_names`` are the names the site goes by (og:site_name, publisher): a name that is one,
    or holds one, is no person. ``host_names`` (the host, its first label) only count against names
    that are not shaped like a person's: "Alexander Klier" writes on alexander-klier.net. ``owners`` are people the site says it belongs to (a
    JSON-LD publisher of type Person): on a personal site the owner's name is the site's name.
    ``language`` (a callable giving the page's language code, asked only when needed) keeps a label
    of one language from being read on a page in another (``strip_intl_label``).
    """
    found: list[str] = []
    agencies: list[str] = []
    organisation = False
    owner_keys = {_key(n) for n in owners if n and _key(n)}
    site_keys = {_key(n) for n in site_names if n and len(_key(n)) > 2} - owner_keys
    host_keys = {_key(n) for n in host_names if n and len(_key(n)) > 2} - owner_keys
    host_labels = [parts for parts in _host_labels(host_names) if "".join(parts) not in owner_keys]
    for item in raw:
        item = source = normalize_space(item)
        if " by " in item and (writers := sign_off_writers(item)):
            # A wire sign-off's writers ("Reporting by A; Editing by B"): people only, as
            # "Reporting by ProPublica and The Texas Tribune" credits two newsrooms.
            writers = [w for w in writers if _sign_off_person(w, site_keys | host_keys) or byline_agency(w)]
            if not writers:
                organisation = True
                continue
            item = ", ".join(writers)
        if (sourced := source_credit(item)) is not None:
            # A source label's credit ("Źródło: PAP", "Kaynak AA"): attribution, never a person.
            agencies.extend(a for a in sourced if a not in agencies)
            organisation = True
            continue
        item = cjk_reporter_names(item) or dutch_writers(item)  # "本报记者 王晓明 李娜", "Door A en B"
        marked, item = item, without_editor_marks(item)  # "det/dpa": the editor's initials beside the agency
        if item != marked and not _strip_labels(item).strip(" /|,;:()"):
            organisation = True  # editors' marks only ("Autor: asty//now"): the desk's credit, no name
            continue
        credit = role_credit_names(item)  # "Laporan Wartawan Warta Kota, Ujang"
        if credit == "":
            continue  # "Reporter Kompas.com, Jakarta": an outlet and a place, no name
        item = credit or item
        if own_reporter_credit(item) or staff_title(item):
            # "By Our Correspondent", "Oleh Wartawan Kami", "Staff Correspondent, Cox's Bazar": the
            # paper's own, no name
            organisation = True
            continue
        # A name the site gives with its own address ("Deutsche Welle (www.dw.com)") is the site's.
        if any(
            _key(address) in site_keys | host_keys
            for aside in re.findall(r"\(([^)]*)\)", item)
            for address in _SITE_ADDRESS.findall(aside)
        ):
            continue
        if len(item) > 2 and (_key(item) in site_keys or (_key(item) in host_keys and not _person_shaped(item))):
            organisation = True  # the site's name whole ("Noticias de Harbour - La Gaceta | Lo que pasa")
            continue
        # "©" before a name; "»" between a forum post's author and its date ("r23 » 21.01.2009").
        item = normalize_space(_EMAIL_URL.sub(" ", item).replace("©", " ").replace("»", " "))
        if "(" in item:
            # An agency credited in an aside behind the writers: "A et B (avec AFP)", "A (Reuters)".
            # Not the name's own short form before it: "Auswärtige Autoren (AA)" is no Anadolu.
            for match in re.finditer(r"\(([^()]{2,60})\)", item):
                aside = match.group(1)
                if _initials_of(aside, item[: match.start()]):
                    continue
                agencies.extend(a for a in aside_agencies(aside) if a not in agencies)
            item = coauthor_aside(item, _person_shaped)  # "A (avec B et C)": three writers
        if item.startswith("@ "):
            item = item[2:]  # a handle's mark set apart from the name ("@ Reuters")
        if not _inner_name_aside(item):
            item = re.sub(r"\s*\([^)]*\)\s*", " ", item).split("(")[0].strip(" .,:;|-–—")
        # Other languages' labels and reporter marks, a relative time; the site's name in a joint
        # credit ("Le Quotidien avec AFP") is no one (intl_credits).
        item = strip_intl_label(item, language)
        if (joint := site_with_agency(item, site_keys | host_keys, _key)) and byline_agency(joint):
            item = joint
        elif (partner := joint_agency(item, byline_agency))[1]:
            item = partner[0]  # a writer with an agency ("Ahmad Zaki dengan Bernama"): both credited
            if partner[1] not in agencies:
                agencies.append(partner[1])
        if _PHOTO_CREDIT.match(item):
            continue
        if _EDITOR_LEAD.match(item):
            writer = _WRITER_LABEL.search(item)
            if writer is None:
                continue
            item = item[writer.start() :].strip(" |,;/·•")
        # Labels first: "Text & Fotos: Jana Ulm" is her credit for both, "Jana Ulm Fotos: Piet Horn"
        # a credit for the pictures run on behind hers.
        labelled = item
        item = without_report_place(_CREDIT_TAIL.sub("", _strip_labels(item)))  # "A reports from Karachi"
        if len(item) < len(labelled) and (bio := _bio_name(item)):
            item = bio  # an author box's bio after its label: "About the author Rui Lopes is a wine writer"
        # The site's name whole before it is split: "Jobs & Hire", "Herz & Blut", "Kirche und Leben,
        # Münster" name no two people (the host counts against names not shaped like a person's).
        stripped = _strip_labels(item)
        segments = _BYLINE_SEGMENTS.split(stripped)
        if (_OFFICE.search(segments[0]) and not any(map(_person_shaped, segments[1:]))) or _COMPANY_COPYRIGHT.search(
            stripped
        ):
            # An office named whole ("Eidgenössisches Departement für Wirtschaft, Bildung und Forschung
            # WBF"; "Landesamt für Häfen - Jana Ulm" names her), a company's copyright ("Copyright
            # Haufe-Lexware GmbH & Co. KG"): no one to split out.
            organisation = True
            continue
        kept = [
            segment
            for segment in segments
            if not (key := _key(segment))
            or key in owner_keys
            or not (key in site_keys or (key in host_keys and not _person_shaped(segment)))
        ]
        if not "".join(kept).strip():
            organisation = True
            continue
        if len(kept) < len(segments):
            organisation = True
            stripped = ", ".join(kept)
        # One-word parts of a byline that also holds an organisation or the site ("hessenschau.de,
        # Frankfurt, Germany"; "Landesanstalt für Wald und Forstwirtschaft - LWF") are places and
        # acronyms, not people; "Budi dan Ani" are two people. So are those of a source whose other
        # bylines name the site (its "Die Tagespresse" beside "face").
        line = _cut_date(_JOINED_MODIFIERS.sub(r"\g<first>-", stripped), leads_only=True)
        pieces = _AUTHOR_SPLIT.split(line)
        # What leads into each piece: a role follows a name after a separator, not after "and".
        leads = ["", *(m.group().strip() for m in _AUTHOR_SPLIT.finditer(line))]
        several = sum(bool(piece.strip(" .,:;|-–—")) for piece in pieces) > 1
        # This byline's names, those another source line gave already too (a meta repeated: "A, B |
        # USA TODAY" twice), so that the outlet behind them is told as it was the first time.
        named_here: list[str] = []
        last_lead = ""
        dated = False  # a piece held the byline's date: what follows it is no name
        for name, lead in zip(pieces, leads, strict=False):
            if dated and named_here:
                # Sections and a comment count after the byline's date ("Jana Ulm 10. Februar 2019 in
                # Allgemein, Fashion, Kolumne 17 Comments"), no writers.
                continue
            dated = dated or _PIECE_DATE.search(name) is not None
            name = _strip_labels(normalize_space(name).strip(" .,:;|-–—\"'"))
            if names_no_person(name) or zone_name(name):
                # A staff title behind a name is the name's role ("Jana, Staff Reporter"); first, the
                # byline's only credit ("Staff Correspondent, Chattogram": a place after it).
                organisation = organisation or not (zone_name(name) or (lead and staff_title(name)))
                continue  # a desk or team, a staff credit ("FOX 7 Capital Digital Team"), a time zone
            if " " in name:
                name = _GLUED_DIGITS.sub(" ", name)  # "Carl Benning12 Dec 2016"
            name = _cut_date(name)
            if not name or _COMMENT_VERB.search(" " + name):
                continue
            if several and _PHOTO_CREDIT.match(name):
                continue  # the pictures' credit beside the writer's ("Hannah Brook; Pictures Dylan Nash")
            if several and lead and not lead[0].isalpha() and _EDITOR_PIECE.match(name):
                continue  # the editor beside the writers, no colon ("Reporter A, B · Editor C")
            if desk_credit(name):
                organisation = True  # a desk with its date run on ("Meja Berita26 November 2026")
                continue
            if (
                several
                and (not lead or not lead[0].isalpha())
                and (role_phrase(name) or (" " in name and role_phrase(_without_employer(name)[0])))
            ):
                # the writer's role beside the name ("Jana Ulm, State Political Reporter For Mailonline"),
                # an agency's role naming the agency ("Jana Ulm, PA Health Correspondent")
                if (agency := role_agency(name)) and agency not in agencies:
                    agencies.append(agency)
                continue
            if several and lead and not lead[0].isalpha() and known_place(name):
                continue  # where the writer was ("Jana Ulm, Berlin"; "Jana Ulm, London, Piet Horn")
            if several and named_here and lead and not lead[0].isalpha() and desk_piece(name):
                continue  # the writer's desk or studio ("Anna Meier, SWA-Studio Brüssel")
            if several and lead in ("、", "，") and _cjk_place_part(name):
                continue  # where the writer reported from ("王磊，北京报道", "山田太郎、ロンドン")
            if _site_desk_title(name, (site_keys | host_keys) - owner_keys):
                organisation = True  # the site's or a place's desk: "By Lake Basin Reporter" on Lake Basin Daily
                continue
            name = _strip_role_after_caps(_collapse_repeat(_GLUED_ROLE.sub(" ", name)))
            name, employer = _without_employer(name)
            if employer:
                name = _strip_role(name)  # the role before the paper ("Jana Ulm Political Editor For ...")
            if not employer:
                name, employer = split_agency_tail(name, byline_agency)  # "JOSH FUNK Associated Press"
            name = _without_site_tail(name, site_keys, host_labels)
            if employer and (agency := byline_agency(employer)) and agency not in agencies:
                agencies.append(agency)
            named = byline_agencies(name) or slashed_agency(name, lead)  # "AFP", "AFP-JIJI": AFP and Jiji
            if not named and not several and language is not None and " " not in name:
                named = home_agency(name, language)  # "Autor: Hina" on a Croatian page
            if named:
                agencies.extend(agency for agency in named if agency not in agencies)
                continue
            if several and named_here and lead and not lead[0].isalpha() and outlet_named(name):
                organisation = True  # the writer's outlet ("Siân Evans, Local Democracy Reporting Service")
                continue
            # A paper behind the writers ("Galo Ramírez | El Sol de México") or alone ("The Wall Street
            # Journal"); an agency's name was read above ("Colleen Barry, The Associated Press").
            if (named_here and lead and not lead[0].isalpha() and article_outlet(name)) or article_outlet(
                name, alone=True
            ):
                organisation = True
                continue
            key = _key(name)
            if not key or not looks_like_name(name):
                # An organisation with its legal form ("Olympia-Verlag GmbH, Nürnberg, Germany":
                # its address; the place is no one either).
                organisation = (
                    organisation
                    or len(name.split()) >= 3
                    or "." in name.strip(".")
                    or any(word.casefold().strip(".,") in _LEGAL_FORMS for word in name.split())
                )
                continue
            person_shaped = _person_shaped(name)
            if key not in owner_keys and (
                key in site_keys
                or any(len(k) > 4 and k in key for k in site_keys)
                # "The Local" on "The Local Sweden"; "Daniel Lemire" of "Daniel Lemire's blog" stays.
                or (not person_shaped and " " in name and any(len(key) > 4 and k.startswith(key) for k in site_keys))
                # The site's name less its outlet word: "Luxurious" on "Luxurious Magazine" ("Andrea" on
                # "Andreas Blog" stays: a blog goes by its writer's name).
                or (" " not in name and _site_less_outlet(key, site_keys))
                # A host named after its owner ("alexander-klier.net") keeps the owner's name.
                or (not person_shaped and any(k == key or (len(k) > 4 and k in key) for k in host_keys))
            ):
                organisation = True
                continue
            # One person once: "Jana Ulm" and "Dr. Jana M. Ulm" in one JSON-LD list (the first kept).
            named_here.append(name)
            last_lead = lead
            if not any(_key(name) == _key(p) or same_person(name, p) for p in found):
                found.append(with_suffix_stop(name, source))
        if outlet := outlet_after_names(named_here, last_lead):
            if outlet in found:
                found.remove(outlet)  # "Betty Lin-Fisher and Gabe Hauari, USA TODAY"
            organisation = True
    people = [name for name in found if " " in name or not organisation]
    return [caps_name(name) for name in people], agencies


#: Agencies whose short form is a wire's only after a slash behind the writer's name ("Anna
#: Lindqvist/TT": Sweden's TT Nyhetsbyrån); alone, "TT" is many things.
_SLASH_AGENCIES = {"TT": "TT"}


def slashed_agency(name: str, lead: str) -> list[str]:
    """``[agency]`` when ``name`` is one of ``_SLASH_AGENCIES`` after a slash (``lead``), else nothing."""
    agency = _SLASH_AGENCIES.get(name) if lead == "/" else None
    return [agency] if agency else []


#: National agencies whose short form is also a name or a word ("Hina" is a Japanese given name),
#: by the language of their country: credited alone in mixed case on a page in that language, the
#: byline is the agency's ("Autor: Hina" under a Croatian story).
_HOME_LANGUAGE_AGENCIES = {
    "HINA": ("hr",), "STA": ("sl",), "BTA": ("bg",), "TASR": ("sk",), "CTK": ("cs",), "MTI": ("hu",),
    "PAP": ("pl",), "STT": ("fi",), "NTB": ("no", "nb", "nn"), "ANP": ("nl",),
}  # fmt: skip


def home_agency(name: str, language: Callable[[], str | None]) -> list[str]:
    """``[agency]`` when ``name``, one word, is a national agency of ``_HOME_LANGUAGE_AGENCIES`` and the
    page (``language``: a callable giving its code, asked only then) is in its country's language."""
    agency = agency_name(name)
    if agency not in _HOME_LANGUAGE_AGENCIES:
        return []
    code = (language() or "").split("-")[0].casefold()
    return [agency] if code in _HOME_LANGUAGE_AGENCIES[agency] else []


#: Longest teaser title under a related-posts heading (characters); a paragraph is longer.
MAX_TEASER_CHARS = 150
#: Most words of a related-posts heading ("Weitere Artikel zum Thema", "NOTAS RELACIONADAS").
MAX_HEADING_WORDS = 8


def is_related_heading(text: str) -> bool:
    """True for the heading of a related-posts box: a related-post label and nothing else."""
    stripped = text.strip()
    if len(stripped.split()) > MAX_HEADING_WORDS or ":" in stripped.rstrip(":"):
        return False
    return bool(
        _RELATED_LEAD.match(stripped)
        or _RELATED_LEAD_INTL.match(stripped)
        or _RELATED_HEADING_MS.match(stripped)
        or _RELATED_HEADING_EN.match(stripped)
    )


_SLIDE = re.compile(r"^\s*(?:-\s*)?(\d{1,3})\s*/\s*(\d{1,3})\b")
#: Fewest numbered slides in a row that make a gallery ("1/50 Caption", "2/50 Caption", ...).
MIN_GALLERY_SLIDES = 3


def _drop_galleries(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` without picture galleries: runs of captions numbered "1/50", "2/50", ...,
    and the short heading over a run ("Business news in pictures")."""
    doomed: set[int] = set()
    index = 0
    while index < len(paragraphs):
        end = index
        while end < len(paragraphs) and (match := _SLIDE.match(paragraphs[end])):
            number, total = int(match.group(1)), int(match.group(2))
            previous = _SLIDE.match(paragraphs[end - 1]) if end > index else None
            if number > total or (
                previous and (int(previous.group(1)) + 1 != number or previous.group(2) != match.group(2))
            ):
                break
            end += 1
        if end - index >= MIN_GALLERY_SLIDES:
            doomed.update(range(index, end))
            if (
                index
                and len(paragraphs[index - 1].split()) <= MAX_HEADING_WORDS
                and not paragraphs[index - 1].endswith(".")
            ):
                doomed.add(index - 1)
        index = max(end, index + 1)
    return [line for number, line in enumerate(paragraphs) if number not in doomed] if doomed else paragraphs


# Scripts whose sentences end with no Latin full stop: Thai and Lao write none, the Indian scripts
# a danda, Arabic and Urdu "۔", Chinese and Japanese "。", Ethiopic "።", Burmese "။", Khmer "។". A
# story's short line there looks like a teaser title to the full-stop test; under a related box's
# heading it is a teaser only when it is a link's text on the page.
_NO_STOP_SCRIPT = re.compile(
    r"[\u0600-\u06ff\u0900-\u0dff\u0e00-\u0eff\u1000-\u109f\u1200-\u137f\u1780-\u17ff"
    r"\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]"
)
#: A sentence's own full stop in those scripts (a closing quote or bracket may follow it).
_SCRIPT_STOP = re.compile(r"[。．।॥۔။។።][\"'”’」』）)]*\s*$")


def _teaser_shape(line: str, link_texts: Callable[[], set[str]] | None) -> bool:
    """True when ``line`` may be a teaser title under a related-posts heading: short, no full stop
    or colon at its end; in a script with no Latin full stop (``_NO_STOP_SCRIPT``: Thai, Lao, the
    Indian scripts, Arabic, CJK) no full stop of its own either (a danda, "。", "۔"), and the line
    must also be a link's text on the page (``link_texts``), as a box's teasers are, since a
    story's next short lines there have the same shape."""
    if len(line) > MAX_TEASER_CHARS or line.rstrip().endswith((".", ":")):
        return False
    if not _NO_STOP_SCRIPT.search(line):
        return True
    if _SCRIPT_STOP.search(line):  # "... शुरू होगा।", "票价维持不变。": a sentence
        return False
    return link_texts is None or line in link_texts()


def drop_related_blocks(paragraphs: list[str], link_texts: Callable[[], set[str]] | None = None) -> list[str]:
    """``paragraphs`` without related-posts boxes: a heading such as "Related articles",
    "Baca juga", "Weitere Artikel zum Thema" or "NOTAS RELACIONADAS" and the teaser titles
    under it (short lines without a full stop, ``_teaser_shape``), up to the next paragraph of
    the story; and without picture galleries (numbered captions). ``link_texts`` gives the page's
    link texts (normalised), read only for a line in a script without full stops.
    """
    paragraphs = _drop_galleries(paragraphs)
    out: list[str] = []
    index = 0
    while index < len(paragraphs):
        line = paragraphs[index]
        index += 1
        following = paragraphs[index] if index < len(paragraphs) else ""
        if not (is_related_heading(line) or _BOX_HEADING.match(line) or _more_heading(line, following, link_texts)):
            out.append(line)
            continue
        # Teasers set as a list ("- Title", ">> Title") end where the list ends: a short
        # line after it is the story's next subheading.
        marker = _list_marker(paragraphs[index]) if index < len(paragraphs) else ""
        start = index
        while (
            index < len(paragraphs)
            and _teaser_shape(paragraphs[index], link_texts)
            and not is_related_heading(paragraphs[index])
            and _list_marker(paragraphs[index]) == marker
            and not (
                _next_numbered(paragraphs[index], out)
                and not any(_NUMBERED.match(teaser) for teaser in paragraphs[start:index])
            )
        ):
            index += 1
    return out


# A teaser list's label in capitals: "MORE SIXERS", "MORE NEWS", "MORE FROM CNN" (a list's first
# item, "- MORE SIXERS", or a line over the list). Not "MORE THAN ...", a headline's words.
_MORE_CAPS = re.compile(r"^MORE(?!\s+THAN\b)(?:\s+(?:FROM|ON|ABOUT))?(?:\s+[A-Z0-9][A-Z0-9'’&.-]*){1,2}\s*:?$")


def _more_heading(line: str, following: str, link_texts: Callable[[], set[str]] | None) -> bool:
    """True for a "MORE <TOPIC>" label in capitals (``_MORE_CAPS``), alone or as a list's item,
    with a teaser title after it: a subheading of the story in capitals has a paragraph after it."""
    marker = _list_marker(line)
    label = line.strip()[len(marker) :].strip() if marker else line.strip()
    return (
        bool(_MORE_CAPS.match(label))
        and bool(following)
        and _list_marker(following) == marker
        and _teaser_shape(following, link_texts)
    )


_NUMBERED = re.compile(r"\s*(\d{1,3})[.)]\s+\S")


def _next_numbered(line: str, before: list[str]) -> bool:
    """True when ``line`` goes on with the numbering of the story's lines ``before`` it ("5. Beware
    the hairdryer" after "4. Hotel rooms are priced ..."): a listicle's next subheading, which a
    teaser box in between ("Read more") does not take with it."""
    match = _NUMBERED.match(line)
    if not match or int(match.group(1)) < 2:
        return False
    wanted = str(int(match.group(1)) - 1)
    for previous in reversed(before):
        found = _NUMBERED.match(previous)
        if found:
            return found.group(1) == wanted
    return False


def _list_marker(text: str) -> str:
    """The bullet a line starts with ("-", ">>", "•"), or ""."""
    match = re.match(r"\s*([^\w\s\"'„“«¿¡(\[]{1,3})\s", text)
    return match.group(1) if match else ""


#: How many closing lines are read for the writer's biography.
MAX_BIO_LINES = 3
#: Longest biography line (characters); a longer one is a paragraph of the story.
MAX_BIO_CHARS = 400
# The verb after the writer's name that opens a biography: "Jane Doe is a reporter ...", "Jana Ulm
# ist Redakteurin ...", "Jane Doe adalah wartawan ...".
_BIO_VERB = re.compile(
    r"\s*(?:,\s*(?:\d{2}|[^\W\d_]+\s+\d{2}),\s*)?(?i:is|was|has\s+been|joined|covers|writes|reports|ist|war|schreibt|"
    r"arbeitet|lebt|es|fue|escribe|est|a\s+été|écrit|é|foi|è|adalah|merupakan|jest|był[a]?)\b"
)


#: Most words of the name a biography opens with.
MAX_BIO_NAME_WORDS = 4


def _bio_name(text: str) -> str | None:
    """The name a writer's biography opens with ("Jana Ulm is a reporter in Kiel. She ..." -> "Jana
    Ulm"): two to ``MAX_BIO_NAME_WORDS`` capitalised words (particles between) before a verb of
    ``_BIO_VERB``; None for any other text. Read only behind a label ("About the author"): an
    author box's text without one may run the name into a first name or a customer's line
    ("Jana Ulm Jana is ...", "Kundin A.K. Firma ist ...")."""
    words = text.split(maxsplit=MAX_BIO_NAME_WORDS + 1)
    if len(words) < 4 or not words[0][:1].isupper():
        return None
    for count in range(2, min(MAX_BIO_NAME_WORDS, len(words) - 2) + 1):
        part = words[count - 1]
        if not (part[:1].isupper() or part.casefold() in _NAME_PARTICLES):
            return None
        name = " ".join(words[:count])
        if _BIO_VERB.match(text, len(name)) and words[count][:1].islower():
            return name
    return None


def drop_author_bio(paragraphs: list[str], authors: list[str], release: bool = False) -> list[str]:
    """``paragraphs`` without a closing biography of one of ``authors`` (the page's writers):
    one of the last MAX_BIO_LINES lines that opens with the writer's full name and a verb such as
    "is", "ist", "es" or "adalah" ("Jane Doe is the Harbour Times' port reporter."). On a press
    ``release`` only, a company's "About" paragraph (``organisation_bio``) is the release's text and
    stays; a writer's bio elsewhere goes whatever its words ("... is a former shipping company lawyer")."""
    names = [name for name in authors if len(name.split()) >= 2]
    if not names or not paragraphs:
        return paragraphs
    out = list(paragraphs)
    for index in range(len(out) - 1, max(len(out) - 1 - MAX_BIO_LINES, 0), -1):
        line = out[index]
        if len(line) > MAX_BIO_CHARS:
            continue
        for name in names:
            verb = _BIO_VERB.match(line, len(name)) if line.startswith(name) else None
            if verb and not (release and organisation_bio(line, verb.end())):  # a release's "About" text stays
                del out[index]
                break
    return out
