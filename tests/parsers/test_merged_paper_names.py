"""A merged provincial paper's name holds a comma or a dash ("Báo và Phát thanh, Truyền hình
Hưng Yên", "Báo và Đài Phát thanh - Truyền hình Quảng Bình", since the 2025 mergers) and "và":
none cuts a writer off the outlet or leaves the source line in the text (the project's own
text)."""

from __future__ import annotations

import pytest

from tests.parsers.fixtures import cited, web_article

_TEXT = "Các xã mới đã trả kết quả đúng hạn cho người dân."
_PAPER = "Báo và Phát thanh, Truyền hình Hưng Yên"


@pytest.mark.parametrize(
    ("closing", "cited_as"),
    [
        (f"Theo {_PAPER}", (_PAPER, "", ())),
        (
            "Nguồn: Báo và Phát thanh, Truyền hình Gia Lai",
            (_PAPER.replace("Hưng Yên", "Gia Lai"), "", ()),
        ),
        (f"Theo {_PAPER}, Thu Hà", (_PAPER, "", ("Thu Hà",))),
        (f"Minh An ({_PAPER})", (_PAPER, "", ("Minh An",))),
        (f"Minh An - {_PAPER}", (_PAPER, "", ("Minh An",))),
        (f"Hoàng Lan - Thu Hà - {_PAPER}", (_PAPER, "", ("Hoàng Lan", "Thu Hà"))),
        (f"Thu Hà/{_PAPER}", (_PAPER, "", ("Thu Hà",))),
        (
            "Theo Báo và Đài Phát thanh - Truyền hình Quảng Bình",
            ("Báo và Đài Phát thanh - Truyền hình Quảng Bình", "", ()),
        ),
        ("(Theo Báo và Đài PT - TH Trà Vinh)", ("Báo và Đài PT - TH Trà Vinh", "", ())),
        (
            "(Theo Trung tâm Báo chí - Truyền thông tỉnh Đồng Tháp)",
            ("Trung tâm Báo chí - Truyền thông tỉnh Đồng Tháp", "", ()),
        ),
        (
            "(Theo Đài Phát thanh - Truyền hình Quảng Bình, Minh An)",
            ("Đài Phát thanh - Truyền hình Quảng Bình", "", ("Minh An",)),
        ),
        (
            "Minh An (Đài Phát thanh và Truyền hình Lào Cai)",
            ("Đài Phát thanh và Truyền hình Lào Cai", "", ("Minh An",)),
        ),
    ],
)
def test_a_merged_papers_name_is_cited_whole(
    closing: str, cited_as: tuple[str, str, tuple[str, ...]]
) -> None:
    article = web_article(f"{_TEXT}\n\n{closing}\n\nVề đầu trang")
    assert article.body == _TEXT
    assert cited(article) == cited_as


@pytest.mark.parametrize(
    ("closing", "cited_as"),
    [
        (f"({_PAPER} 03/12)", (_PAPER, "03/12", ())),
        ("Theo Báo Nhân Dân, Minh An", ("Báo Nhân Dân", "", ("Minh An",))),
        ("Minh An (Báo Hưng Yên)", ("Báo Hưng Yên", "", ("Minh An",))),
        ("Theo Báo Lào Cai, Thu Hà - Minh An", ("Báo Lào Cai", "", ("Thu Hà", "Minh An"))),
        ("Minh An - Sở Nội vụ", ("Sở Nội vụ", "", ("Minh An",))),
        ("Thu Hà/Báo Ninh Bình", ("Báo Ninh Bình", "", ("Thu Hà",))),
        ("(Báo và Đài PT-TH Vĩnh Long 03/12)", ("Báo và Đài PT-TH Vĩnh Long", "03/12", ())),
    ],
)
def test_nearby_closings_are_cited_as_before(
    closing: str, cited_as: tuple[str, str, tuple[str, ...]]
) -> None:
    article = web_article(f"{_TEXT}\n\n{closing}\n\nVề đầu trang")
    assert article.body == _TEXT
    assert cited(article) == cited_as


def test_a_sentence_citing_the_merged_paper_stays_text() -> None:
    sentence = f"Theo {_PAPER}, tỉnh đã giải quyết 98% hồ sơ đúng hạn."
    article = web_article(f"{_TEXT}\n\n{sentence}\n\nVề đầu trang")
    assert article.body.endswith(sentence)


def test_a_group_credit_before_the_merged_papers_name_names_no_writer_of_its_words() -> None:
    """ "Nhóm PV Báo và Phát thanh, Truyền hình Ninh Bình" is read as no byline (as "Nhóm PV Báo
    Ninh Bình" is): never a writer "Nhóm PV Báo" for an outlet "Phát thanh, Truyền hình …"."""
    closing = "Nhóm PV Báo và Phát thanh, Truyền hình Ninh Bình"
    article = web_article(f"{_TEXT}\n\n{closing}\n\nVề đầu trang")
    assert cited(article) is None
