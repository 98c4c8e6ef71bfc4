"""TOC forms: ellipses before pages, "(1)" numbers, two columns, tables, unread TOCs."""

from __future__ import annotations

import pytest

from bantin.errors import MalformedBulletin
from bantin.model import Bulletin
from bantin.parsers import parse_text
from bantin.parsers.notes import names_writers
from bantin.validators.run import validate_bulletins
from tests.parsers.fixtures import WEB_DIGEST, sectioned_body

_ARTICLES = (
    ("CẢI CÁCH ĐỊA PHƯƠNG", "Gia Lai: Tiếp nhận hồ sơ đất đai qua mạng"),
    ("CẢI CÁCH ĐỊA PHƯƠNG", "Hậu Giang: Một cửa liên thông cấp huyện"),
    ("QUẢN LÝ HÀNH CHÍNH", "Siết chặt kỷ luật công vụ sau kỳ nghỉ"),
)
_PRINT_HEAD = (
    "Năm 2025",
    "THỨ SÁU",
    "Phát hành: 03/01/2025",
    "BẢN TIN CẢI CÁCH HÀNH CHÍNH",
    "(Phát hành hàng ngày từ thứ Hai đến thứ Sáu)",
)
_WEB_HEAD = ("Bản tin Cải cách hành chính ngày 03/01/2025",)


def _body(titles: tuple[tuple[str, str], ...] = _ARTICLES) -> list[str]:
    """The body: each section's heading, then its articles (title, paragraph, citation)."""
    return sectioned_body(
        titles,
        "Đơn vị đã trả kết quả đúng hạn cho người dân trong tuần đầu năm.",
        "Việc tiếp nhận được duy trì cả ngày thứ Bảy. (Baonoivu.vn 02/01, Minh Châu) "
        "[Về đầu trang](#)",
    )


def _digest(head: tuple[str, ...], toc: list[str], body: list[str] | None = None) -> Bulletin:
    lines = [*head, *toc, *(_body() if body is None else body), "Biên tập viên: Trần Văn Bình"]
    return parse_text("\n\n".join(lines))


def _toc_findings(bulletin: Bulletin) -> list[str]:
    return [f.rule for f in validate_bulletins([bulletin]) if f.rule.startswith("toc.")]


@pytest.mark.parametrize("ellipsis", ["…", " …", "… "])
def test_an_ellipsis_typed_as_the_leader_before_a_tab_is_no_part_of_the_title(
    ellipsis: str,
) -> None:
    toc = [
        f"CẢI CÁCH ĐỊA PHƯƠNG{ellipsis}\t9",
        f"1. Gia Lai: Tiếp nhận hồ sơ đất đai qua mạng{ellipsis}\t9",
        f"2. Hậu Giang: Một cửa liên thông cấp huyện{ellipsis}\t11",
        f"QUẢN LÝ HÀNH CHÍNH{ellipsis}\t12",
        f"3. Siết chặt kỷ luật công vụ sau kỳ nghỉ{ellipsis}\t12",
    ]
    for bulletin in (_digest(_PRINT_HEAD, toc), _digest(_WEB_HEAD, toc)):
        assert [(s.name, s.page) for s in bulletin.sections] == [
            ("CẢI CÁCH ĐỊA PHƯƠNG", 9),
            ("QUẢN LÝ HÀNH CHÍNH", 12),
        ]
        assert [(e.title, e.section, e.page) for e in bulletin.toc] == [
            (title, section, page)
            for (section, title), page in zip(_ARTICLES, (9, 11, 12), strict=True)
        ]
        assert [a.section for a in bulletin.articles] == [s for s, _ in _ARTICLES]
        assert _toc_findings(bulletin) == []


def test_a_title_cut_short_before_a_tab_keeps_its_ellipsis() -> None:
    toc = [
        "CẢI CÁCH ĐỊA PHƯƠNG\t9",
        "1. Gia Lai: Tiếp nhận hồ sơ đất đai…\t9",
        "2. Hậu Giang: Một cửa liên thông cấp huyện\t11",
        "QUẢN LÝ HÀNH CHÍNH\t12",
        "3. Siết chặt kỷ luật công vụ sau kỳ nghỉ\t12",
    ]
    bulletin = _digest(_PRINT_HEAD, toc)
    first = bulletin.toc[0]
    assert (first.title, first.page) == ("Gia Lai: Tiếp nhận hồ sơ đất đai…", 9)
    assert _toc_findings(bulletin) == []


def test_an_ellipsis_the_body_title_prints_too_stays() -> None:
    toc = [
        "CẢI CÁCH ĐỊA PHƯƠNG\t9",
        "1. Gia Lai: Tiếp nhận hồ sơ đất đai qua mạng…\t9",
        "2. Hậu Giang: Một cửa liên thông cấp huyện\t11",
        "QUẢN LÝ HÀNH CHÍNH\t12",
        "3. Siết chặt kỷ luật công vụ sau kỳ nghỉ\t12",
    ]
    titled = (("CẢI CÁCH ĐỊA PHƯƠNG", "Gia Lai: Tiếp nhận hồ sơ đất đai qua mạng…"), *_ARTICLES[1:])
    bulletin = _digest(_PRINT_HEAD, toc, _body(titled))
    assert bulletin.toc[0].title == "Gia Lai: Tiếp nhận hồ sơ đất đai qua mạng…"


@pytest.mark.parametrize("number", ["({n})", "({n})\u00a0\u00a0\u00a0", "{n})"])
def test_a_web_toc_numbered_in_parentheses(number: str) -> None:
    toc = [
        "CẢI CÁCH ĐỊA PHƯƠNG",
        f"{number.format(n=1)} Gia Lai: Tiếp nhận hồ sơ đất đai qua mạng",
        f"{number.format(n=2)} Hậu Giang: Một cửa liên thông cấp huyện",
        "QUẢN LÝ HÀNH CHÍNH",
        f"{number.format(n=3)} Siết chặt kỷ luật công vụ sau kỳ nghỉ",
    ]
    bulletin = _digest(_WEB_HEAD, toc)
    assert [(e.number, e.title, e.section) for e in bulletin.toc] == [
        (str(n), title, section) for n, (section, title) in enumerate(_ARTICLES, 1)
    ]
    assert [a.title for a in bulletin.articles] == [t for _, t in _ARTICLES]
    assert _toc_findings(bulletin) == []


def test_a_print_toc_numbered_in_parentheses() -> None:
    toc = [
        "CẢI CÁCH ĐỊA PHƯƠNG.....\t1",
        "(1) Gia Lai: Tiếp nhận hồ sơ đất đai qua mạng.....\t1",
        "(2) Hậu Giang: Một cửa liên thông cấp huyện.....\t2",
        "QUẢN LÝ HÀNH CHÍNH.....\t3",
        "(3) Siết chặt kỷ luật công vụ sau kỳ nghỉ.....\t3",
    ]
    bulletin = _digest(_PRINT_HEAD, toc)
    assert [(e.number, e.page) for e in bulletin.toc] == [("1", 1), ("2", 2), ("3", 3)]
    assert _toc_findings(bulletin) == []


def test_a_heading_at_the_foot_of_the_page_before_parses_without_a_toc_finding() -> None:
    toc = [
        "CẢI CÁCH ĐỊA PHƯƠNG.....\t1",
        "1. Gia Lai: Tiếp nhận hồ sơ đất đai qua mạng.....\t1",
        "2. Hậu Giang: Một cửa liên thông cấp huyện.....\t2",
        "QUẢN LÝ HÀNH CHÍNH.....\t2",
        "3. Siết chặt kỷ luật công vụ sau kỳ nghỉ.....\t3",
    ]
    assert _toc_findings(_digest(_PRINT_HEAD, toc)) == []


_FOUR = (
    *_ARTICLES[:2],
    ("QUẢN LÝ HÀNH CHÍNH", "Siết chặt kỷ luật công vụ sau kỳ nghỉ"),
    ("QUẢN LÝ HÀNH CHÍNH", "Công khai tiến độ hồ sơ trên cổng của tỉnh"),
)


@pytest.mark.parametrize(
    ("leader", "gap"), [(".....\t", "      "), ("   ", "          "), ("\t", "\t\t")]
)
def test_a_toc_in_two_columns_flattened_row_by_row_is_read_column_by_column(
    leader: str, gap: str
) -> None:
    toc = [
        f"CẢI CÁCH ĐỊA PHƯƠNG{leader}1{gap}QUẢN LÝ HÀNH CHÍNH{leader}3",
        f"1. Gia Lai: Tiếp nhận hồ sơ đất đai qua mạng{leader}1{gap}"
        f"3. Siết chặt kỷ luật công vụ sau kỳ nghỉ{leader}3",
        f"2. Hậu Giang: Một cửa liên thông cấp huyện{leader}2{gap}"
        f"4. Công khai tiến độ hồ sơ trên cổng của tỉnh{leader}4",
    ]
    bulletin = _digest(_PRINT_HEAD, toc, _body(_FOUR))
    assert [(s.name, s.page) for s in bulletin.sections] == [
        ("CẢI CÁCH ĐỊA PHƯƠNG", 1),
        ("QUẢN LÝ HÀNH CHÍNH", 3),
    ]
    assert [(e.number, e.title, e.section, e.page) for e in bulletin.toc] == [
        (str(n), title, section, n) for n, (section, title) in enumerate(_FOUR, 1)
    ]
    assert _toc_findings(bulletin) == []


def test_the_longer_column_of_a_flattened_toc_keeps_its_last_entry() -> None:
    toc = [
        "CẢI CÁCH ĐỊA PHƯƠNG.....\t1      QUẢN LÝ HÀNH CHÍNH.....\t3",
        "1. Gia Lai: Tiếp nhận hồ sơ đất đai qua mạng.....\t1      "
        "4. Siết chặt kỷ luật công vụ sau kỳ nghỉ.....\t3",
        "2. Hậu Giang: Một cửa liên thông cấp huyện.....\t2      "
        "5. Công khai tiến độ hồ sơ trên cổng của tỉnh.....\t4",
        "3. Đắk Nông: Trả kết quả tại nhà cho người cao tuổi.....\t2",
    ]
    local = ("CẢI CÁCH ĐỊA PHƯƠNG", "Đắk Nông: Trả kết quả tại nhà cho người cao tuổi")
    articles = (*_FOUR[:2], local, *_FOUR[2:])
    bulletin = _digest(_PRINT_HEAD, toc, _body(articles))
    assert [(e.title, e.section) for e in bulletin.toc] == [(t, s) for s, t in articles]
    assert _toc_findings(bulletin) == []


def test_a_page_fault_in_a_flattened_toc_is_still_found() -> None:
    toc = [
        "CẢI CÁCH ĐỊA PHƯƠNG.....\t1      QUẢN LÝ HÀNH CHÍNH.....\t3",
        "1. Gia Lai: Tiếp nhận hồ sơ đất đai qua mạng.....\t1      "
        "3. Siết chặt kỷ luật công vụ sau kỳ nghỉ.....\t3",
        "2. Hậu Giang: Một cửa liên thông cấp huyện.....\t4      "
        "4. Công khai tiến độ hồ sơ trên cổng của tỉnh.....\t4",
    ]
    bulletin = _digest(_PRINT_HEAD, toc, _body(_FOUR))
    assert [e.title for e in bulletin.toc] == [t for _, t in _FOUR]
    assert "toc.pages" in _toc_findings(bulletin)


_TABLES = {
    "pipes": [
        "| TT | Tên bài | Trang |",
        "|---|---|---|",
        "| | CẢI CÁCH ĐỊA PHƯƠNG | 1 |",
        "| 1 | Gia Lai: Tiếp nhận hồ sơ đất đai qua mạng | 1 |",
        "| 2 | Hậu Giang: Một cửa liên thông cấp huyện | 2 |",
        "| | QUẢN LÝ HÀNH CHÍNH | 3 |",
        "| 3 | Siết chặt kỷ luật công vụ sau kỳ nghỉ | 3 |",
    ],
    "tabs": [
        "STT\tTên bài\tTrang",
        "\tCẢI CÁCH ĐỊA PHƯƠNG\t1",
        "1\tGia Lai: Tiếp nhận hồ sơ đất đai qua mạng\t1",
        "2\tHậu Giang: Một cửa liên thông cấp huyện\t2",
        "\tQUẢN LÝ HÀNH CHÍNH\t3",
        "3\tSiết chặt kỷ luật công vụ sau kỳ nghỉ\t3",
    ],
    "pages first": [
        "1\tCẢI CÁCH ĐỊA PHƯƠNG",
        "1\t1. Gia Lai: Tiếp nhận hồ sơ đất đai qua mạng",
        "2\t2. Hậu Giang: Một cửa liên thông cấp huyện",
        "3\tQUẢN LÝ HÀNH CHÍNH",
        "3\t3. Siết chặt kỷ luật công vụ sau kỳ nghỉ",
    ],
}


@pytest.mark.parametrize("form", sorted(_TABLES))
def test_a_toc_set_in_a_table_is_read_row_by_row(form: str) -> None:
    bulletin = _digest(_PRINT_HEAD, _TABLES[form])
    assert [(s.name, s.page) for s in bulletin.sections] == [
        ("CẢI CÁCH ĐỊA PHƯƠNG", 1),
        ("QUẢN LÝ HÀNH CHÍNH", 3),
    ]
    assert [(e.number, e.title, e.section, e.page) for e in bulletin.toc] == [
        (str(n), title, section, page)
        for n, ((section, title), page) in enumerate(zip(_ARTICLES, (1, 2, 3), strict=True), 1)
    ]
    assert [(a.title, a.section) for a in bulletin.articles] == [(t, s) for s, t in _ARTICLES]
    assert _toc_findings(bulletin) == []


def test_a_web_toc_set_in_a_table_between_pipes_is_read_row_by_row() -> None:
    toc = [
        "| STT | Tên bài |",
        "| :---: | --- |",
        "| | CẢI CÁCH ĐỊA PHƯƠNG |",
        "| 1 | Gia Lai: Tiếp nhận hồ sơ đất đai qua mạng |",
        "| 2. | Hậu Giang: Một cửa liên thông cấp huyện |",
        "| | QUẢN LÝ HÀNH CHÍNH |",
        "| 3 | Siết chặt kỷ luật công vụ sau kỳ nghỉ |",
    ]
    bulletin = _digest(_WEB_HEAD, toc)
    assert [(e.number, e.title, e.section, e.page) for e in bulletin.toc] == [
        (str(n), title, section, None) for n, (section, title) in enumerate(_ARTICLES, 1)
    ]
    assert [(a.title, a.section) for a in bulletin.articles] == [(t, s) for s, t in _ARTICLES]
    assert _toc_findings(bulletin) == []


def test_a_paged_toc_numbered_otherwise_than_bantin_reads_is_refused_not_read_as_an_article() -> (
    None
):
    toc = [
        f"{n} {title}.....\t{page}"
        for n, (_, title), page in zip(("I.", "II.", "III."), _ARTICLES, (1, 2, 3), strict=True)
    ]
    with pytest.raises(MalformedBulletin) as raised:
        _digest(_PRINT_HEAD, toc)
    assert "no TOC entry is numbered as bantin reads them" in raised.value.reason
    assert raised.value.line == 11  # the TOC's first line


def test_leader_lines_after_the_first_article_end_are_no_unread_toc() -> None:
    body = _body()
    body.insert(5, "Danh mục hồ sơ.....\t12")  # in the second article
    body.insert(6, "Danh mục biểu mẫu.....\t14")
    bulletin = _digest(_PRINT_HEAD, [], body)
    assert [a.title for a in bulletin.articles] == [t for _, t in _ARTICLES]


_ACRONYM_TITLE = "Gia Lai: Công bố kết quả khảo sát SIPAS và PAR INDEX"


@pytest.mark.parametrize(
    ("first", "rest"),
    [
        ("Gia Lai: Công bố kết quả khảo sát", "SIPAS VÀ PAR INDEX"),
        ("Gia Lai: Công bố kết quả khảo sát SIPAS và", "PAR INDEX"),
    ],
)
def test_a_toc_title_wrapped_onto_a_line_in_capitals_goes_on_there(first: str, rest: str) -> None:
    toc = [
        "CẢI CÁCH ĐỊA PHƯƠNG.....\t1",
        f"1. {first}",
        f"{rest}.....\t1",
        "2. Hậu Giang: Một cửa liên thông cấp huyện.....\t2",
        "QUẢN LÝ HÀNH CHÍNH.....\t3",
        "3. Siết chặt kỷ luật công vụ sau kỳ nghỉ.....\t3",
    ]
    articles = (("CẢI CÁCH ĐỊA PHƯƠNG", _ACRONYM_TITLE), *_ARTICLES[1:])
    bulletin = _digest(_PRINT_HEAD, toc, _body(articles))
    assert [s.name for s in bulletin.sections] == ["CẢI CÁCH ĐỊA PHƯƠNG", "QUẢN LÝ HÀNH CHÍNH"]
    assert (bulletin.toc[0].title, bulletin.toc[0].page) == (f"{first} {rest}", 1)
    assert _toc_findings(bulletin) == []


def test_a_heading_after_an_entry_without_its_page_is_still_a_heading() -> None:
    toc = [
        "CẢI CÁCH ĐỊA PHƯƠNG.....\t1",
        "1. Gia Lai: Tiếp nhận hồ sơ đất đai qua mạng",
        "2. Hậu Giang: Một cửa liên thông cấp huyện.....\t2",
        "QUẢN LÝ HÀNH CHÍNH.....\t3",
        "3. Siết chặt kỷ luật công vụ sau kỳ nghỉ.....\t3",
    ]
    bulletin = _digest(_PRINT_HEAD, toc)
    assert [(s.name, s.page) for s in bulletin.sections][1] == ("QUẢN LÝ HÀNH CHÍNH", 3)
    assert [e.section for e in bulletin.toc] == [s for s, _ in _ARTICLES]


def test_a_web_toc_title_wrapped_onto_a_line_in_capitals_goes_on_there() -> None:
    toc = [
        "CẢI CÁCH ĐỊA PHƯƠNG",
        "1. Gia Lai: Công bố kết quả khảo sát SIPAS và",
        "PAR INDEX",
        "2. Hậu Giang: Một cửa liên thông cấp huyện",
        "QUẢN LÝ HÀNH CHÍNH",
        "3. Siết chặt kỷ luật công vụ sau kỳ nghỉ",
    ]
    articles = (("CẢI CÁCH ĐỊA PHƯƠNG", _ACRONYM_TITLE), *_ARTICLES[1:])
    bulletin = _digest(_WEB_HEAD, toc, _body(articles))
    assert [s.name for s in bulletin.sections] == ["CẢI CÁCH ĐỊA PHƯƠNG", "QUẢN LÝ HÀNH CHÍNH"]
    assert [e.title for e in bulletin.toc] == [t for _, t in articles]
    assert _toc_findings(bulletin) == []


@pytest.mark.parametrize("head", [_PRINT_HEAD, _WEB_HEAD])
def test_a_writer_named_under_each_toc_entry_is_no_toc_line(head: tuple[str, ...]) -> None:
    paged = head is _PRINT_HEAD
    toc = [
        "CẢI CÁCH ĐỊA PHƯƠNG" + (".....\t1" if paged else ""),
        "1. Gia Lai: Tiếp nhận hồ sơ đất đai qua mạng" + (".....\t1" if paged else ""),
        "ThS. Đào Minh Châu",
        "2. Hậu Giang: Một cửa liên thông cấp huyện" + (".....\t2" if paged else ""),
        "Lê Nam và Trần Thu",
        "QUẢN LÝ HÀNH CHÍNH" + (".....\t3" if paged else ""),
        "3. Siết chặt kỷ luật công vụ sau kỳ nghỉ" + (".....\t3" if paged else ""),
    ]
    bulletin = _digest(head, toc)
    assert [(e.title, e.section) for e in bulletin.toc] == [(t, s) for s, t in _ARTICLES]
    assert _toc_findings(bulletin) == []


def test_a_writer_named_in_parentheses_after_a_toc_title_is_no_mismatch() -> None:
    toc = [
        "CẢI CÁCH ĐỊA PHƯƠNG.....\t1",
        "1. Gia Lai: Tiếp nhận hồ sơ đất đai qua mạng (ThS. Đào Minh Châu).....\t1",
        "2. Hậu Giang: Một cửa liên thông cấp huyện (Lê Nam).....\t2",
        "QUẢN LÝ HÀNH CHÍNH.....\t3",
        "3. Siết chặt kỷ luật công vụ sau kỳ nghỉ (tiếp theo).....\t3",
    ]
    findings = [
        (f.rule, f.line)
        for f in validate_bulletins([_digest(_PRINT_HEAD, toc)])
        if f.rule.startswith("toc.")
    ]
    assert findings == [("toc.body-mismatch", 19)]  # "(tiếp theo)" names no writer


@pytest.mark.parametrize("end", [" 3", "… 3", "... 3"])
def test_a_heading_whose_leader_was_lost_keeps_its_page_out_of_its_name(end: str) -> None:
    toc = [
        "CẢI CÁCH ĐỊA PHƯƠNG.....\t1",
        "1. Gia Lai: Tiếp nhận hồ sơ đất đai qua mạng.....\t1",
        "2. Hậu Giang: Một cửa liên thông cấp huyện.....\t2",
        f"QUẢN LÝ HÀNH CHÍNH{end}",
        "3. Siết chặt kỷ luật công vụ sau kỳ nghỉ.....\t3",
    ]
    bulletin = _digest(_PRINT_HEAD, toc)
    assert [(s.name, s.page) for s in bulletin.sections] == [
        ("CẢI CÁCH ĐỊA PHƯƠNG", 1),
        ("QUẢN LÝ HÀNH CHÍNH", 3),
    ]
    assert [e.section for e in bulletin.toc] == [s for s, _ in _ARTICLES]
    assert _toc_findings(bulletin) == []


def test_a_number_ending_a_heading_past_the_next_page_stays_in_its_name() -> None:
    toc = [
        "CẢI CÁCH ĐỊA PHƯƠNG.....\t1",
        "1. Gia Lai: Tiếp nhận hồ sơ đất đai qua mạng.....\t1",
        "2. Hậu Giang: Một cửa liên thông cấp huyện.....\t2",
        "QUẢN LÝ HÀNH CHÍNH 9",
        "3. Siết chặt kỷ luật công vụ sau kỳ nghỉ.....\t3",
    ]
    bulletin = _digest(_PRINT_HEAD, toc)
    assert [(s.name, s.page) for s in bulletin.sections][1] == ("QUẢN LÝ HÀNH CHÍNH 9", None)


def test_a_heading_in_capitals_names_no_writer() -> None:
    assert names_writers("ThS. Đào Minh Châu") and names_writers("Lê Nam và Trần Thu")
    assert not names_writers("CẢI CÁCH ĐỊA PHƯƠNG")
    assert not names_writers("tiếp theo")


@pytest.mark.parametrize("marks", [("Bài 1:", "Bài 2:", "Bài 3:"), ("I.", "II.", "III."), "•••"])
@pytest.mark.parametrize("head", [_PRINT_HEAD, _WEB_HEAD])
def test_a_toc_marked_otherwise_than_bantin_reads_is_refused_not_read_as_the_first_article(
    marks: tuple[str, ...] | str, head: tuple[str, ...]
) -> None:
    toc = ["\n".join(f"{mark} {title}" for mark, (_, title) in zip(marks, _ARTICLES, strict=True))]
    with pytest.raises(MalformedBulletin) as raised:
        _digest(head, toc)
    assert "lists the titles of 2 later articles" in raised.value.reason


def test_a_first_article_that_names_one_later_title_is_read() -> None:
    body = _body()
    body.insert(3, f"Xem thêm bài {_ARTICLES[1][1]}.")
    bulletin = _digest(_WEB_HEAD, [], body)
    assert [a.title for a in bulletin.articles] == [t for _, t in _ARTICLES]


def test_a_table_of_figures_in_the_first_article_of_a_digest_without_toc_is_no_toc() -> None:
    body = _body()
    body[3:3] = ["1\tXã Ia Grai\t95", "2\tXã Ia Der\t97", "3\tXã Ia Sao\t99"]
    bulletin = _digest(_PRINT_HEAD, [], body)
    assert bulletin.toc == ()
    assert [a.title for a in bulletin.articles] == [t for _, t in _ARTICLES]
    assert "1 Xã Ia Grai 95" in [p.text for p in bulletin.articles[0].paragraphs]


@pytest.mark.parametrize("number", ["1.000", "2.500", "12.345"])
def test_a_wrapped_web_toc_title_going_on_with_a_number_of_thousands_is_no_entry(
    number: str,
) -> None:
    """A text browser wraps "Kiên Giang: Cắt giảm 1.000 thủ tục" so that the second line opens
    with "1.000": a number with its thousands, which a TOC numbered in two levels ("1.1.") never
    gives an entry (found by the nightly law of wrapped web TOCs)."""
    title = f"Kiên Giang: Cắt giảm {number} thủ tục hành chính nội bộ"
    wrapped = f"Kiên Giang: Cắt giảm\n{number} thủ tục hành chính nội bộ"
    text = WEB_DIGEST.replace("Nam Định: “Một cửa” thân thiện", title, 2).replace(
        f"\u00a0 {title}", f"\u00a0 {wrapped}", 1
    )
    assert wrapped in text
    bulletin = parse_text(text, "web.txt")
    assert [entry.title for entry in bulletin.toc] == [title, "Lắng nghe để phục vụ"]
    assert bulletin.articles[0].title == title


def test_a_wrapped_web_toc_line_opening_like_the_first_title_does_not_start_the_body() -> None:
    """The second entry's title wrapped by a text browser goes on with "hoàn thành số hóa", the
    words the first title opens with: in lower case it goes on with the entry, it is no body's
    first title cut by the page's width (nightly law of wrapped web TOCs, stops 44 to 46)."""
    first = "Hoàn thành số hóa hồ sơ hộ tịch trước thời hạn"
    second = "Quý III: 12/13 xã hoàn thành số hóa"
    text = (
        WEB_DIGEST.replace("Nam Định: “Một cửa” thân thiện", first, 2)
        .replace("Lắng nghe để phục vụ", second, 2)
        .replace(f"\u00a0 {second}", "\u00a0 Quý III: 12/13 xã\nhoàn thành số hóa", 1)
    )
    bulletin = parse_text(text, "web.txt")
    assert [entry.title for entry in bulletin.toc] == [first, second]
    assert [article.title for article in bulletin.articles] == [first, second]
