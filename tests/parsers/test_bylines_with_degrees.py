"""A byline on a line of its own that opens with the writer's degree or rank ("TS. Lê Văn
Chiến", "PGS.TS. …", "ThS. …"), maybe with where the writer works after a dash, as a journal's
article closes, credits the writer without the degree and is no text of the article; a workplace
whose name holds "và" ("Học viện Hành chính và Quản trị công") joins no writers (the project's
own sentences)."""

from __future__ import annotations

import pytest

from tests.parsers.fixtures import cited, web_article

_TEXT = "Xã đã trả kết quả sớm cho nhiều hồ sơ."
_SOURCE = "Nguồn: Tạp chí Quản lý nhà nước"
_JOURNAL = "Tạp chí Quản lý nhà nước"


@pytest.mark.parametrize(
    ("credit", "writers"),
    [
        ("TS. Lê Văn Chiến", ("Lê Văn Chiến",)),
        ("PGS.TS. Lê Văn Chiến", ("Lê Văn Chiến",)),
        ("ThS. Nguyễn Thị Lan (Sở Nội vụ tỉnh Nam Định)", ("Nguyễn Thị Lan",)),
        ("TS. Lê Văn Chiến - ThS. Nguyễn Thị Lan", ("Lê Văn Chiến", "Nguyễn Thị Lan")),
        ("TS. Lê Văn Chiến - Học viện Hành chính và Quản trị công", ("Lê Văn Chiến",)),
        ("Lê Văn Chiến - Học viện Hành chính và Quản trị công", ("Lê Văn Chiến",)),
    ],
)
def test_a_byline_with_a_degree_before_the_source_line(
    credit: str, writers: tuple[str, ...]
) -> None:
    article = web_article(f"{_TEXT}\n\n{credit}\n\n{_SOURCE}\n\nVề đầu trang")
    assert article.body == _TEXT
    assert cited(article) == (_JOURNAL, "", writers)


def test_a_byline_with_a_degree_after_the_note() -> None:
    article = web_article(
        f"{_TEXT}\n\n(Theo {_JOURNAL})\n\nTS. Lê Văn Chiến - Trường Đại học Nội vụ Hà Nội"
        "\n\nVề đầu trang"
    )
    assert article.body == _TEXT
    assert cited(article) == (_JOURNAL, "", ("Lê Văn Chiến",))


@pytest.mark.parametrize(
    ("credit", "writers"),
    [
        ("Minh Anh và Thu Hà", ("Minh Anh", "Thu Hà")),
        ("Minh Anh - Thu Hà và Lê Nam", ("Minh Anh", "Thu Hà", "Lê Nam")),
    ],
)
def test_writers_joined_by_va_are_all_credited_as_before(
    credit: str, writers: tuple[str, ...]
) -> None:
    article = web_article(f"{_TEXT}\n\n{credit}\n\n{_SOURCE}\n\nVề đầu trang")
    assert cited(article) == (_JOURNAL, "", writers)


@pytest.mark.parametrize("line", ["TS. Kết quả nổi bật", "TS. 2025"])
def test_a_degree_before_no_name_stays_text(line: str) -> None:
    article = web_article(f"{_TEXT}\n\n{line}\n\n{_SOURCE}\n\nVề đầu trang")
    assert article.body == f"{_TEXT}\n\n{line}"
