"""A byline or a source printed on the same line as the article's last sentence or its note, as a
web page run together may give them ("… hồ sơ. (Báo Nam Định 05/5) Minh Anh", "… hồ sơ. Theo
Báo Nam Định"): the note and the source are cited, the writers credited, and neither is text
(the project's own sentences)."""

from __future__ import annotations

import pytest

from tests.parsers.fixtures import cited, print_article, web_article

_TEXT = "Xã đã trả kết quả sớm cho nhiều hồ sơ."


@pytest.mark.parametrize(
    ("closing", "authors"),
    [
        ("(Báo Nam Định 05/5) Minh Anh", ("Minh Anh",)),
        ("(Báo Nam Định 05/5) - Minh Anh", ("Minh Anh",)),
        ("(Báo Nam Định 05/5). Hoàng Lan - Thu Hà", ("Hoàng Lan", "Thu Hà")),
        ("(Báo Nam Định 05/5) MINH ANH", ("Minh Anh",)),
        ("(Báo Nam Định 05/5, Hà Linh) Thu Hà", ("Hà Linh", "Thu Hà")),
    ],
)
def test_a_byline_after_the_note_on_its_line_credits_the_writers(
    closing: str, authors: tuple[str, ...]
) -> None:
    article = web_article(f"{_TEXT} {closing} Về đầu trang")
    assert article.body == _TEXT
    assert cited(article) == ("Báo Nam Định", "05/5", authors)


def test_a_byline_after_the_note_on_the_print_editions_closing_line() -> None:
    article = print_article(
        "Huyện đã số hóa hồ sơ đất đai. (Báo Lào Cai 02/01) Thu Hà [Về đầu trang](#)"
    )
    assert article.paragraphs[-1].text == "Huyện đã số hóa hồ sơ đất đai."
    assert cited(article) == ("Báo Lào Cai", "02/01", ("Thu Hà",))


def test_a_byline_after_the_last_sentence_with_no_note_is_no_text() -> None:
    article = web_article(f"{_TEXT} Minh Anh Về đầu trang")
    assert article.body == _TEXT
    assert article.citation is None


@pytest.mark.parametrize(
    ("closing", "cited_as"),
    [
        ("Theo Báo Nam Định", ("Báo Nam Định", "", ())),
        ("Nguồn: Báo Nam Định, Minh Anh", ("Báo Nam Định", "", ("Minh Anh",))),
        ("Nguồn: Sở Nội vụ tỉnh Nam Định", ("Sở Nội vụ tỉnh Nam Định", "", ())),
    ],
)
def test_a_source_after_the_last_sentence_on_its_line_is_cited(
    closing: str, cited_as: tuple[str, str, tuple[str, ...]]
) -> None:
    article = web_article(f"{_TEXT} {closing} Về đầu trang")
    assert article.body == _TEXT
    assert cited(article) == cited_as


@pytest.mark.parametrize(
    "closing",
    [
        "Xã đã trả kết quả sớm cho nhiều hồ sơ. Hà Nội",  # a place
        "Xã đã trả kết quả sớm. Người dân hài lòng",  # a sentence with no full stop
        "Xã đã trả kết quả sớm. Theo Báo Nam Định, người dân hài lòng",  # a sentence that cites
        "Buổi làm việc do Phó Chủ tịch UBND huyện Nguyễn Văn Hùng",  # no sentence ends before
        "Xã đã trả kết quả sớm (Báo Nam Định 05/5) Kết quả tốt",  # no byline after the note
    ],
)
def test_what_is_no_byline_or_source_stays_text(closing: str) -> None:
    article = web_article(f"{closing} Về đầu trang")
    assert article.paragraphs[-1].text.endswith(closing.split()[-1])


def test_a_degrees_full_stop_ends_no_sentence_before_a_name() -> None:
    """A degree before a name ("TS. Lê Văn Chiến …") is no sentence: no "TS." is left alone."""
    credit = "TS. Lê Văn Chiến - Học viện Hành chính quốc gia"
    article = web_article(f"{_TEXT}\n\n{credit}\n\nVề đầu trang")
    assert "TS." not in [p.text for p in article.paragraphs]


@pytest.mark.parametrize(
    ("note", "cited_as"),
    [
        (
            "(Theo TTXVN 01/01, PGS.TS. Minh An - Học viện Hành chính quốc gia)",
            ("TTXVN", "01/01", ("Minh An",)),
        ),
        (
            "(Theo TTXVN, PGS.TS. Minh An - Học viện Hành chính quốc gia)",
            ("TTXVN", "", ("Minh An",)),
        ),
    ],
)
def test_a_name_inside_the_note_after_degrees_is_the_notes_writer(
    note: str, cited_as: tuple[str, str, tuple[str, ...]]
) -> None:
    """Found by the citation-styles law: "PGS.TS." ends no sentence, and a name before the
    note's ")" is inside the note, no byline after it."""
    article = web_article(f"{_TEXT} {note}Về đầu trang")
    assert article.body == _TEXT
    assert cited(article) == cited_as
