"""Drop what a site adds to a feed item's text that is no part of its article.

WordPress SEO plugins (Yoast's default, and its Vietnamese translation "Bài viết X xuất hiện đầu
tiên vào ngày Y.") end each item of a feed with a line naming the post and the site; news sites
put links to other posts between an article's paragraphs ("Xem thêm: Hà Nội tiếp nhận …", ">>
Đọc thêm: …"). Left in, they give the article another one's title, and every figure of it is then
counted as this article's. Only a last paragraph of the footer's exact shape, and paragraphs that
are a related link and nothing else, are dropped.
"""

from __future__ import annotations

import re

from bantin import patterncache
from bantin.model import Paragraph
from bantin.parsers.text import comparable, is_picture_credit

#: "The post <title> appeared first on <site>.", "Bài viết <title> xuất hiện đầu tiên vào ngày
#: <site>.", "Bài viết <title> đã xuất hiện đầu tiên tại <site>." and the like.
FOOTER_RE = patterncache.compile(
    r"(?:The post|Bài viết|Bài đăng)\s+\S.*?\s+"
    r"(?:(?:appeared|was first published|first appeared)\s+(?:first\s+)?on"
    r"|(?:đã\s+)?(?:xuất hiện|được đăng)\s+(?:đầu tiên|lần đầu)\s+(?:vào ngày|tại|trên))"
    r"\s+\S.*",
    re.IGNORECASE,
)
#: Medium's: "<title> was originally published in <publication> on Medium, where people …".
_MEDIUM_FOOTER = " was originally published in "


def is_footer(text: str) -> bool:
    """Whether a paragraph's ``text`` is a syndication footer."""
    if FOOTER_RE.fullmatch(text) is not None:
        return True
    at = text.find(_MEDIUM_FOOTER)
    return at > 0 and not text[at - 1].isspace() and len(text) > at + len(_MEDIUM_FOOTER)


def without_footer(paragraphs: tuple[Paragraph, ...]) -> tuple[Paragraph, ...]:
    """``paragraphs`` without a syndication footer as the last one (and only there)."""
    if paragraphs and is_footer(paragraphs[-1].text):
        return paragraphs[:-1]
    return paragraphs


#: A link to another post set between an article's paragraphs: a word that says so, a colon, and
#: the post's title ("Xem thêm: …", ">> Đọc thêm: …", "Tin liên quan: …", "[Xem thêm] …").
_RELATED_WORDS = (
    "xem thêm", "đọc thêm", "xem tiếp", "đọc tiếp", "tin liên quan", "bài liên quan",
    "bài viết liên quan", "mời xem", "mời đọc", "có thể bạn quan tâm",
)  # fmt: skip
#: The marks that may point at such a link before its word (">> Đọc thêm", "▶ Xem thêm").
_POINTERS = ">»▶►→=-–"
_RELATED = "(?:" + "|".join(_RELATED_WORDS) + ")"
RELATED_LINK_RE = patterncache.compile(
    rf"(?:[{re.escape(_POINTERS)}]+\s*)?(?:\[{_RELATED}\]\s*|{_RELATED}\s*[:>»\-–]\s*)\S.{{0,300}}",
    re.IGNORECASE,
)
#: The first word of each, which a link's text opens with after its pointers: a cheap test
#: before the pattern.
_RELATED_STARTS = tuple(sorted({words.split()[0] for words in _RELATED_WORDS}))


def is_related_link(text: str) -> bool:
    """Whether a paragraph's ``text`` is a link to another post (``RELATED_LINK_RE``)."""
    return text[:30].lstrip(f"{_POINTERS} [").casefold().startswith(_RELATED_STARTS) and (
        RELATED_LINK_RE.fullmatch(text) is not None
    )


#: A link to read the rest of the post, ending a teaser, as sites other than WordPress word it
#: (WordPress's ``more-link`` is left out with its markup): "Đọc tiếp …", "Đọc tiếp →", "Xem chi
#: tiết »", ">> Đọc toàn bài", "Xem thêm", "Read more". It ends the last paragraph after a
#: sentence's end, or is the whole of it ("… xem chi tiết" ending a sentence is the sentence's).
_READ_MORE_RE = patterncache.compile(
    rf"(?:^|(?<=[.…!?:;”\"])\s+)(?:[{re.escape(_POINTERS)}]+\s*)?"
    r"(?:đọc tiếp|xem tiếp|đọc thêm|xem thêm|xem chi tiết|chi tiết|đọc toàn bài|xem toàn bài"
    r"|xem toàn văn|read more|continue reading)"
    r"\s*(?:\.{3}|…|[»›→>]+|\[\s*…\s*\])?\s*$",
    re.IGNORECASE,
)


#: How far from a paragraph's end such a link may start (">> Đọc toàn bài …" and its spaces).
_READ_MORE_REACH = 40


def without_read_more(paragraphs: tuple[Paragraph, ...]) -> tuple[Paragraph, ...]:
    """``paragraphs`` without a "read more" link ending the last of them (``_READ_MORE_RE``)."""
    if not paragraphs:
        return paragraphs
    last = paragraphs[-1]
    match = _READ_MORE_RE.search(last.text, max(0, len(last.text) - _READ_MORE_REACH))
    if match is None:
        return paragraphs
    kept = last.text[: match.start()].rstrip()
    if not kept:
        return paragraphs[:-1]
    return (*paragraphs[:-1], Paragraph(kept, last.line, last.breaks))


def without_title_again(paragraphs: tuple[Paragraph, ...], title: str) -> tuple[Paragraph, ...]:
    """``paragraphs`` without a first one that prints the item's ``title`` again (a site that
    opens each item's text with its headline, "<h3>TITLE</h3>"): its figures are the title's."""
    if (
        paragraphs
        and title
        and abs(len(paragraphs[0].text) - len(title)) <= _TITLE_SLACK
        and comparable(paragraphs[0].text) == comparable(title)
    ):
        return paragraphs[1:]
    return paragraphs


#: How much longer or shorter than the title its printing again may be (marks, spaces): most
#: first paragraphs are told apart by their length alone.
_TITLE_SLACK = 8


def without_site_additions(
    paragraphs: tuple[Paragraph, ...], title: str = ""
) -> tuple[Paragraph, ...]:
    """``paragraphs`` of a feed item without what its site added: its title printed again
    before them, links to other posts among them, and a "read more" link or a syndication
    footer after them."""
    return without_footer(
        without_read_more(without_related_links(without_title_again(paragraphs, title)))
    )


def without_related_links(paragraphs: tuple[Paragraph, ...]) -> tuple[Paragraph, ...]:
    """``paragraphs`` without the links to other posts among them (``is_related_link``) and the
    lines that only mark a picture ("Ảnh minh họa", ``text.is_picture_credit``)."""
    kept = tuple(
        p for p in paragraphs if not (is_related_link(p.text) or is_picture_credit(p.text))
    )
    return paragraphs if len(kept) == len(paragraphs) else kept
