"""Review rv26's body, dateline and closing-credit classes (F26): a story in a script without full
stops cut at a related-news insert, closing credits, sign-offs and end marks in many scripts,
datelines in other scripts or with a regional agency, other ad labels, a tweet's attribution line.
Fixtures written for these tests."""

from __future__ import annotations

from newscrawl.pages import GenericPage


def page(head: str, body: str, url: str) -> GenericPage:
    return GenericPage(f"<html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>", url)


def paragraphs(p: GenericPage) -> list[str]:
    return (p.body() or "").split("\n\n")


def story_page(lang: str, title: str, lines: list[str], url: str, inserts: dict[int, str] | None = None) -> GenericPage:
    inserts = inserts or {}
    text = "".join(inserts.get(n, "") + f"<p>{line}</p>" for n, line in enumerate(lines))
    body = (
        f"<header><a href='/'>Site</a></header><main><article><h1>{title}</h1>"
        f"<div class='entry-content'>{text}</div></article></main><footer>About us</footer>"
    )
    return page(f"<title>{title}</title><meta http-equiv='content-language' content='{lang}'>", body, url)


# -- a story in Thai goes on after a related-news insert ---------------------------------------

TH_STORY = [
    "กรมอุตุนิยมวิทยาประกาศเตือนฝนตกหนักในภาคใต้ตั้งแต่วันเสาร์ถึงวันจันทร์ โดยเฉพาะจังหวัดนครศรีธรรมราชและสงขลา",
    "เจ้าหน้าที่แนะนำให้ชาวประมงงดออกเรือในช่วงนี้เพราะคลื่นสูงสองถึงสามเมตร",
    "โรงเรียนหลายแห่งในอำเภอหาดใหญ่ประกาศหยุดเรียนชั่วคราว",
    "ศูนย์ป้องกันภัยพิบัติเตรียมเรือท้องแบนไว้ยี่สิบลำ",
]


def test_a_thai_story_goes_on_after_a_related_news_insert() -> None:
    # Thai writes no full stop: the story's next sentences are short lines without one, as teaser
    # titles are; only the box's link is its teaser.
    insert = (
        "<div class='inline-box'><strong>อ่านข่าวที่เกี่ยวข้อง</strong><br>"
        "<a href='/news/2025/1/9/771'>น้ำท่วมเชียงรายคลี่คลายแล้ว</a></div>"
    )
    got = story_page("th", "เตือนฝนตกหนักภาคใต้", TH_STORY, "https://khao.example.co.th/news/2025/1/10/772", {2: insert})
    assert paragraphs(got) == TH_STORY
