"""Text rules: the quick look over the joined texts sees exactly the texts the rules report on."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st

from bantin.model import Bulletin, Paragraph
from bantin.parsers.garbage import MISDECODED_MIN_WORDS, lost_characters, misdecoded_words
from bantin.parsers.published import published_texts
from bantin.parsers.scan import Scan
from bantin.validators import RULES
from bantin.validators.text import (
    _may_have_lost_letters,
    _pieces,
    as_read_in_cp1252,
    check_control_characters,
    check_lost_characters,
)
from tests.strategies import bulletins
from tests.validators.builders import digest, with_paragraph, xml_feed
from tests.validators.helpers import run_rule


@given(bulletin=bulletins())
def test_published_texts_are_the_pieces_texts_in_order(bulletin: Bulletin) -> None:
    assert published_texts(bulletin) == [piece.text for piece in _pieces(bulletin)]


@given(bulletin=bulletins())
def test_the_scan_tells_whether_every_published_text_is_printable(bulletin: Bulletin) -> None:
    assert Scan(bulletin).printable == all(piece.text.isprintable() for piece in _pieces(bulletin))


def test_a_control_character_in_a_citation_author_is_still_found() -> None:
    bulletin = digest()
    article = bulletin.articles[-1]
    assert article.citation is not None
    citation = replace(article.citation, authors=(*article.citation.authors, "Lan\u202eAnh"))
    changed = replace(
        bulletin, articles=(*bulletin.articles[:-1], replace(article, citation=citation))
    )
    assert list(check_control_characters(bulletin)) == []
    (hit,) = check_control_characters(changed)
    assert "U+202E" in hit.message and "citation" in hit.message


def test_a_lost_letter_in_a_feed_generator_is_still_found() -> None:
    bulletin = xml_feed()
    assert bulletin.channel is not None
    channel = replace(bulletin.channel, generator="Tr\ufffdnh t\u1ea1o tin")
    assert list(check_lost_characters(bulletin)) == []
    (hit,) = check_lost_characters(replace(bulletin, channel=channel))
    assert "U+FFFD" in hit.message and "feed channel" in hit.message


@given(text=st.text(alphabet=st.sampled_from("aBặ1²_ /?=.\n\ufffd"), max_size=40))
# Letters lost in a row, first in the text or after a mark that ends a question: each is a place
# the quick look's scan could skip.
@example("c??i c??ch")
@example("?a B?n")
@example("Ai? Vì c?ng")
@example("x???y")
@example("x??y")
@example("B?nH")
def test_the_quick_look_never_misses_a_lost_letter(text: str) -> None:
    if list(lost_characters(text)):
        assert _may_have_lost_letters(text)


def test_the_quick_look_passes_a_feed_generator_link() -> None:
    assert not _may_have_lost_letters("https://wordpress.org/?v=6.7.2\nVì sao? Ai hỏi?Theo")
    assert _may_have_lost_letters("B?n tin")
    assert _may_have_lost_letters("c??i c\ufffdch")


#: Words of reform news: accented ones (none whose only mark is that of "đ"), and unaccented ones.
_ACCENTED_TEXT = (
    "cải cách hành chính người dân được thủ tục tỉnh xã phường hồ sơ trực tuyến điện tử số hóa "
    "Công chức Ủy ban Nội vụ Sở Bộ phận Một cửa tiếp nhận giải quyết đúng hạn năm"
)
_PLAIN_TEXT = "tin cho theo va Zalo PAR INDEX SIPAS 2025 1.624 98,5% (TTXVN)"
ACCENTED, PLAIN = _ACCENTED_TEXT.split(), _PLAIN_TEXT.split()


@given(
    words=st.lists(st.sampled_from(ACCENTED + PLAIN), min_size=3, max_size=40).filter(
        lambda words: sum(word in ACCENTED for word in words) >= MISDECODED_MIN_WORDS
    )
)
def test_vietnamese_is_never_mojibake_and_its_utf8_read_as_cp1252_always_is(
    words: list[str],
) -> None:
    text = " ".join(words)
    assert misdecoded_words(text) == []
    shown = as_read_in_cp1252(text)
    changed = sum(a != b for a, b in zip(text.split(" "), shown.split(" "), strict=True))
    assume(changed >= MISDECODED_MIN_WORDS)  # "hành" keeps its "à": its no-break space is lost
    assert len(misdecoded_words(shown)) == changed


def test_the_planted_override_moves_a_page_break_after_it_with_the_text() -> None:
    """The page break after the planted character still cuts the paragraph where it did ("…
    1/13" | "(8%) …"), never inside "1/13": the rules read the same figures."""
    text = "Người dân được hướng dẫn cài đặt ứng dụng. Có 1/13 (8%) cơ quan xếp loại tốt."
    cut = text.index("(8%)")
    bulletin = digest()
    first = bulletin.articles[0]
    paragraph = Paragraph(text, 32, ((cut, 33),))
    bulletin = replace(
        bulletin, articles=(replace(first, paragraphs=(paragraph,)), *bulletin.articles[1:])
    )
    planted = RULES.get("text.control-char").inject(bulletin)
    assert planted is not None
    (changed,) = planted.articles[0].paragraphs
    assert changed.text == text.replace(" Có", " \u202eCó")
    ((offset, line),) = changed.breaks
    assert changed.text[offset:].startswith("(8%)") and line == 33


_O = "\u202e"  # RIGHT-TO-LEFT OVERRIDE, planted in one published text at a time


def _in_first_article(bulletin: Bulletin, **fields: object) -> Bulletin:
    return replace(
        bulletin, articles=(replace(bulletin.articles[0], **fields), *bulletin.articles[1:])
    )


def _in_first_toc_entry(bulletin: Bulletin, **fields: object) -> Bulletin:
    return replace(bulletin, toc=(replace(bulletin.toc[0], **fields), *bulletin.toc[1:]))


def _in_citation(bulletin: Bulletin, **fields: object) -> Bulletin:
    citation = bulletin.articles[0].citation
    assert citation is not None
    return _in_first_article(bulletin, citation=replace(citation, **fields))


def _in_channel(bulletin: Bulletin, **fields: object) -> Bulletin:
    assert bulletin.channel is not None
    return replace(bulletin, channel=replace(bulletin.channel, **fields))


_DIGEST_PIECES = [
    # (what is changed, where the finding says it is, its line, whether it is an article's)
    (lambda b: replace(b, title=b.title + _O), "the bulletin title", 7, False),
    (lambda b: replace(b, issue_date_text=b.issue_date_text + _O), "the issue date", 7, False),
    (lambda b: replace(b, weekday_printed="THỨ NĂM" + _O), "the weekday", 5, False),
    (lambda b: replace(b, editor="Thanh" + _O + " Hồng"), "the editor", 62, False),
    (
        lambda b: replace(
            b, sections=(replace(b.sections[0], name="CẢI CÁCH" + _O), *b.sections[1:])
        ),
        "a section name",
        21,
        False,
    ),
    (lambda b: _in_first_toc_entry(b, title=b.toc[0].title + _O), "TOC entry 1", 22, False),
    (lambda b: _in_first_toc_entry(b, section="CẢI CÁCH" + _O), "TOC entry 1", 22, False),
    (
        lambda b: _in_first_article(b, title=b.articles[0].title + _O),
        "the title of article 1",
        30,
        True,
    ),
    (lambda b: _in_first_article(b, section="CẢI CÁCH" + _O), "the section of article 1", 30, True),
    (
        lambda b: _in_citation(b, outlet="Baobinhduong" + _O + ".vn"),
        "the citation of article 1",
        34,
        True,
    ),
    (
        lambda b: _in_citation(b, authors=("Minh" + _O + " Anh",)),
        "the citation of article 1",
        34,
        True,
    ),
]


@pytest.mark.parametrize(("change", "where", "line", "of_article"), _DIGEST_PIECES)
def test_a_control_character_names_the_text_and_line_it_is_in(
    change: Callable[[Bulletin], Bulletin], where: str, line: int, of_article: bool
) -> None:
    """A maintainer is told which published text holds the character and on which line, and an
    article's text withholds that article, the digest's own texts the whole digest."""
    (finding,) = run_rule("text.control-char", change(digest()))
    assert f"U+202E RIGHT-TO-LEFT OVERRIDE in {where} (column" in finding.message
    assert finding.line == line
    assert (finding.article_id is not None) == of_article


@pytest.mark.parametrize(
    ("change", "where", "line"),
    [
        (lambda b: _in_channel(b, title="Tin" + _O), "the feed channel", 1),
        (lambda b: _in_channel(b, description="Tin" + _O), "the feed channel", 1),
        (lambda b: _in_first_article(b, url="https://tin.example.vn/" + _O), "article 1", 1),
        (lambda b: _in_first_article(b, pub_date_text="Wed" + _O), "article 1", 1),
    ],
)
def test_a_control_character_in_a_feed_names_its_place(
    change: Callable[[Bulletin], Bulletin], where: str, line: int
) -> None:
    found = [f for f in run_rule("text.control-char", change(xml_feed()))]
    assert [(f.line, f.message.split(" (column")[0]) for f in found] == [
        (line, f"U+202E RIGHT-TO-LEFT OVERRIDE in {where}")
    ]


def test_many_control_characters_in_one_text_are_one_finding_that_counts_them() -> None:
    """A paragraph decoded as Latin-1 holds two C1 controls for each curly quote: one finding
    names the first and counts the rest, not one finding per character."""
    misread = "Mô hình " + "\u00e2\u0080\u009cmột cửa\u00e2\u0080\u009d " * 300
    found = run_rule("text.control-char", with_paragraph(digest(), misread))
    assert [(f.line, f.message) for f in found] == [
        (32, "U+0080 control character in the body of article 1 (column 10); 1199 more in it")
    ]
