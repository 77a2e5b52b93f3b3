"""Lines a site addresses to its reader beside the story (newscrawl.pages.reader_lines), and the
story's sentences with the same words, which stay. Fixtures written for these tests."""

from __future__ import annotations

import pytest

from newscrawl.pages.cleaning import is_boilerplate_line
from newscrawl.pages.reader_lines import is_reader_line

READER_LINES = [
    # an opinion page's disclaimer
    "The views expressed in this column are the writer's own and not those of the Harbour Gazette.",
    "Opinions expressed here are solely those of the author.",
    "The views in this article do not necessarily reflect those of the editors.",
    "Artikel ini merupakan opini pribadi penulis dan tidak mencerminkan pandangan redaksi.",
    "Pandangan yang dinyatakan adalah pandangan peribadi penulis dan tidak semestinya mencerminkan pendirian akhbar ini.",
    # a call for letters
    "Got a view on this? Write to letters@valleytimes.example.org, including your full name.",
    "Email your letters to the desk at opinion@example.net.",
    "Punya pandangan lain? Kirim tulisan Anda ke redaksi@contoh.id.",
    "Hantar surat anda kepada pengarang melalui emel.",
    # a call for comments and the comment box's heading
    "Have your say",
    "Leave a reply",
    "Tell us your thoughts in the comments section below.",
    "Bagaimana pendapat Anda?",
    "Tuliskan komentar Anda di kolom komentar di bawah ini.",
    "Kongsikan pendapat anda di ruangan komen.",
    "Yuk, tulis di kolom komentar!",
    "Apa pendapat anda? Tinggalkan di ruangan komen.",
    # the comment box's button in the other languages of the evaluation pages
    "Write a comment",
    "Comment on this article",
    "Kommentar erstellen",
    "Diesen Artikel kommentieren",
    "Laisser un commentaire",
    "Deja un comentario",
    "Beri komentar",
    # a blog's category and subscribe lines
    "Posted in Engineering, Release notes",
    "Filed under: Gardening",
    "Diposting di Teknologi",
    "Receive new articles straight to your inbox",
    "Dapatkan artikel terbaru melalui email",
    # a product card's price and buy lines
    "From $49.99",
    "Price: RM 120",
    "Harga: Rp 250.000",
    "£12 at Homestore",
    "Buy now at Gadgetbarn",
    "Shop now",
    "View deal",
    "Beli sekarang di Tokopedia",
]

STORY_LINES = [
    "The views expressed at the public meeting were mixed, with many residents opposed to the plan.",
    "The author, who has her own opinions on the matter, declined to comment.",
    "The views expressed in the report are the author's own, the ministry said in a statement.",
    "Residents were invited to email their views to the council before Friday.",
    "Do you have an opinion on the new timetable? Most commuters do not, a survey found.",
    "Let us know what you think, the mayor told the crowd, and we will listen.",
    "The post was filed under a false name, police said.",
    "Posted in Kabul for two years, the officer returned home in March.",
    "Prices start from $49.99 for the basic model, and the premium version costs twice as much.",
    "Buy now, pay later schemes grew by 20% last year.",
    "Shoppers can buy tickets at the station from Monday.",
    "Artikel ini ditulis setelah penulis berbicara dengan warga setempat.",
    "Have your say on the budget at the council's consultation, which closes on 12 May, officials said.",
    # a story that mentions the comments: nobody asks the reader for one
    "Sejumlah warganet ramai memberikan semangat kepada sang penjual di kolom komentar unggahan itu.",
    "Kebanyakan netizen di ruangan komen memuji tindakan pemandu lori tersebut.",
    # a subhead that opens with a shop verb
    "View from the harbour wall",
    "Shop on the High Street",
    "See from the bridge",
    # a call quoted in the story, with a reporting verb other than "said"
    '"Tell us what you think in the comments below," the councillor wrote on her page.',
    '"Share your views in the comments," the club posted on Sunday.',
    '"Tuliskan komentar kamu di bawah," tulis akun itu dalam unggahannya.',
    '"Berikan komentar kamu di kolom komentar," tulisnya.',
    # the same words in a story's sentence
    "Write a comment on the draft, the council asked residents, before the vote on Friday.",
    "Einen Kommentar erstellen wollte der Minister am Abend nicht.",
]


@pytest.mark.parametrize("line", READER_LINES)
def test_a_line_addressed_to_the_reader_goes(line: str) -> None:
    assert is_reader_line(line)
    assert is_boilerplate_line(line)


@pytest.mark.parametrize("line", STORY_LINES)
def test_a_story_sentence_with_the_same_words_stays(line: str) -> None:
    assert not is_reader_line(line)
    assert not is_boilerplate_line(line)


def test_bad_input_is_no_line() -> None:
    assert not is_reader_line("")
    assert not is_reader_line("   ")
    assert not is_reader_line("Posted in " + "x" * 500)


@pytest.mark.parametrize(
    ("text", "words", "held"),
    [
        ("share your thoughts below", ("letter", "thought"), True),
        ("share your thoughts below", ("letter", "view"), False),
        ("", ("x",), False),
        ("anything", (), False),
        ("a line", ("",), True),  # as ``"" in text``
    ],
)
def test_holds_word_is_a_substring_test_of_each_word(text: str, words: tuple[str, ...], held: bool) -> None:
    from newscrawl.pages.reader_lines import holds_word

    assert holds_word(text, words) is held is any(word in text for word in words)


NEWSLETTER_LINES = [
    "See you next Monday. Reply to this email with your questions about the budget.",
    "Just hit reply to this email if you spot a pothole we missed.",
    "Was this newsletter forwarded to you? Get the next one in your own inbox.",
    "Sampai jumpa pekan depan. Balas email ini untuk mengirim pertanyaan.",
    "Itu sahaja untuk minggu ini. Sila balas e-mel ini dengan cadangan anda.",
]
NEWSLETTER_STORY_LINES = [
    "The mayor's office did not reply to this email by the deadline, a spokesman said.",
    "Residents who forwarded the council's letter to the ombudsman got an answer within a week.",
    "Warga yang membalas email dinas itu belum mendapat jawaban hingga Jumat.",
]


@pytest.mark.parametrize("line", NEWSLETTER_LINES)
def test_a_newsletters_call_to_reply_or_forwarded_line_goes(line: str) -> None:
    assert is_reader_line(line)
    assert is_boilerplate_line(line)


@pytest.mark.parametrize("line", NEWSLETTER_STORY_LINES)
def test_a_storys_sentence_about_an_email_stays(line: str) -> None:
    assert not is_reader_line(line)
    assert not is_boilerplate_line(line)


FORWARDED_LINES = [
    "Forwarded this newsletter by a colleague? Get your own copy every Friday.",
    "Thanks for reading. Were you forwarded this email? Sign up for the morning briefing.",
    "Someone forwarded you this email. Subscribe to get it yourself.",
]
FORWARDED_STORY_LINES = [
    "The clerk who forwarded this email to a rival bidder was dismissed by the port authority in March.",
    "Investigators believe the driver forwarded this newsletter to a second account before deleting his own.",
    "A councillor forwarded this email to the auditor, and the mayor's deputy resigned two days later.",
]


@pytest.mark.parametrize("line", FORWARDED_LINES)
def test_a_newsletters_forwarded_line_opens_its_sentence_and_asks_or_calls_to_sign_up(line: str) -> None:
    assert is_reader_line(line)


@pytest.mark.parametrize("line", FORWARDED_STORY_LINES)
def test_a_storys_sentence_about_a_forwarded_email_stays(line: str) -> None:
    # "forwarded this email" inside a sentence that asks nothing and calls for no sign-up.
    assert not is_reader_line(line)
    assert not is_boilerplate_line(line)
