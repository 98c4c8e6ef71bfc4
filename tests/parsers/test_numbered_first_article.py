"""A digest printed without a TOC whose first article lists points numbered "1. …", "2. …" (the
results of a province, the tasks of a plan): the points are paragraphs of that article, not a
TOC. A real TOC, whose titles the body prints again, stays a TOC."""

from __future__ import annotations

import pytest

from bantin.model import Bulletin
from bantin.parsers import parse_text
from bantin.validators.run import validate_bulletins

_PRINT_HEAD = (
    "Năm 2025",
    "THỨ TƯ",
    "Phát hành: 08/01/2025",
    "BẢN TIN CẢI CÁCH HÀNH CHÍNH",
    "(Phát hành hàng ngày từ thứ Hai đến thứ Sáu)",
    "Trong ngày, một số vấn đề được báo chí quan tâm phản ánh:",
)
_WEB_HEAD = ("Bản tin Cải cách hành chính ngày 08/01/2025", "Font size : A- A A+")
_NB = "\u00a0\u00a0\u00a0"
_FIRST = "Bắc Ninh: Năm 2024 hoàn thành nhiều chỉ tiêu cải cách"
_LEAD = "Kết quả nổi bật của tỉnh trong năm 2024 gồm:"
_LATER = (
    ("CẢI CÁCH ĐỊA PHƯƠNG", "Cà Mau: Đưa chữ ký số đến từng cán bộ xã"),
    ("QUẢN LÝ HÀNH CHÍNH", "Rà soát biên chế các cơ quan chuyên môn"),
)
_CLOSE = "Tỉnh đặt mục tiêu giữ vững thứ hạng trong năm 2025."
_NOTE = "(Baobacninh.vn 07/01, Hải Yến)"


def _article(title: str, paragraphs: list[str], link: str = "[Về đầu trang](#)") -> list[str]:
    *before, last = paragraphs
    return [title, *before, f"{last} {_NOTE} {link}"]


def _later(link: str) -> list[str]:
    lines: list[str] = []
    for section, title in _LATER:
        lines += [section, *_article(title, ["Các xã đã hoàn thành việc cấp chữ ký số."], link)]
    return lines


def _digest(head: tuple[str, ...], points: list[str], after: list[str], web: bool) -> Bulletin:
    link = "Về đầu trang" if web else "[Về đầu trang](#)"
    first = ["CẢI CÁCH ĐỊA PHƯƠNG", *_article(_FIRST, [_LEAD, *points, *after], link)]
    return parse_text("\n\n".join([*head, *first, *_later(link)]), "no-toc.txt")


def _points(web: bool, end: str = "") -> list[str]:
    mark = f".{_NB}" if web else "."
    return [
        f"1{mark} Tiếp nhận hơn 1,2 triệu hồ sơ, đa số qua mạng{end}",
        f"2{mark} Giải quyết đúng hạn 98,6% hồ sơ{end}",
        f"3{mark} Số hóa toàn bộ kết quả giải quyết thủ tục{end}",
    ]


def _assert_no_toc(bulletin: Bulletin, points: list[str]) -> None:
    assert bulletin.toc == ()
    assert [a.title for a in bulletin.articles] == [_FIRST, *(t for _, t in _LATER)]
    texts = [p.text for p in bulletin.articles[0].paragraphs]
    assert texts[0] == _LEAD
    for point in points:
        assert any(text.startswith(point.replace("\u00a0", " ").split()[0]) for text in texts)
    assert len(texts) >= 1 + len(points)
    assert not [f for f in validate_bulletins([bulletin]) if f.rule.startswith("toc.")]


@pytest.mark.parametrize("web", [False, True], ids=["print", "web"])
def test_points_followed_by_a_paragraph_are_the_first_articles(web: bool) -> None:
    """The points were read as a TOC of three entries, the first article's title and lead were
    lost, a paragraph became a title, and toc.body-mismatch held back the whole digest."""
    points = _points(web)
    bulletin = _digest(_WEB_HEAD if web else _PRINT_HEAD, points, [_CLOSE], web)
    _assert_no_toc(bulletin, points)


@pytest.mark.parametrize("web", [False, True], ids=["print", "web"])
def test_points_that_end_the_first_article_are_its_paragraphs(web: bool) -> None:
    """The last point carries the article's note and back-to-top link."""
    points = _points(web, end=".")
    bulletin = _digest(_WEB_HEAD if web else _PRINT_HEAD, points, [], web)
    assert bulletin.toc == ()
    assert [a.title for a in bulletin.articles] == [_FIRST, *(t for _, t in _LATER)]
    assert bulletin.articles[0].citation is not None
    assert not [f for f in validate_bulletins([bulletin]) if f.rule.startswith("toc.")]


@pytest.mark.parametrize("web", [False, True], ids=["print", "web"])
def test_points_ending_as_sentences_are_the_first_articles(web: bool) -> None:
    points = _points(web, end=";")
    bulletin = _digest(_WEB_HEAD if web else _PRINT_HEAD, points, [_CLOSE], web)
    _assert_no_toc(bulletin, points)


@pytest.mark.parametrize("web", [False, True], ids=["print", "web"])
def test_a_toc_whose_titles_the_body_prints_again_stays_a_toc(web: bool) -> None:
    """Guard: a TOC before the body, then the same digest's body; and the first article may list
    numbered points of its own."""
    titles = [_FIRST, *(t for _, t in _LATER)]
    mark = f".{_NB}" if web else "."
    pages = ("", "", "") if web else (".....\t1", ".....\t2", ".....\t3")
    toc = [
        "CẢI CÁCH ĐỊA PHƯƠNG" + ("" if web else ".....\t1"),
        f"1{mark} {titles[0]}{pages[0]}",
        f"2{mark} {titles[1]}{pages[1]}",
        "QUẢN LÝ HÀNH CHÍNH" + ("" if web else ".....\t3"),
        f"3{mark} {titles[2]}{pages[2]}",
    ]
    head = _WEB_HEAD if web else _PRINT_HEAD
    bulletin = _digest((*head, *toc), _points(web), [_CLOSE], web)
    assert [e.title for e in bulletin.toc] == titles
    assert [a.title for a in bulletin.articles] == titles
    assert not [f for f in validate_bulletins([bulletin]) if f.rule.startswith("toc.")]


def test_a_web_toc_whose_titles_the_body_prints_otherwise_stays_a_toc() -> None:
    """Guard: a TOC whose titles the body words otherwise is still the TOC, and toc.body-mismatch
    says so (the points of an article are told by the paragraph after them, not by this)."""
    toc = [
        "CẢI CÁCH ĐỊA PHƯƠNG",
        f"1.{_NB} Bắc Ninh hoàn thành các chỉ tiêu năm 2024",
        f"2.{_NB} Cà Mau cấp chữ ký số cho cán bộ xã",
        "QUẢN LÝ HÀNH CHÍNH",
        f"3.{_NB} Biên chế các cơ quan chuyên môn được rà soát",
    ]
    bulletin = _digest((*_WEB_HEAD, *toc), [], [_CLOSE], web=True)
    assert len(bulletin.toc) == 3
    assert "toc.body-mismatch" in {f.rule for f in validate_bulletins([bulletin])}


@pytest.mark.parametrize("web", [False, True], ids=["print", "web"])
def test_points_right_under_the_title_are_the_first_articles(web: bool) -> None:
    """No lead paragraph: the points follow the first article's title."""
    link = "Về đầu trang" if web else "[Về đầu trang](#)"
    points = _points(web)
    first = ["CẢI CÁCH ĐỊA PHƯƠNG", *_article(_FIRST, [*points, _CLOSE], link)]
    head = _WEB_HEAD if web else _PRINT_HEAD
    bulletin = parse_text("\n\n".join([*head, *first, *_later(link)]), "no-toc.txt")
    assert bulletin.toc == ()
    assert [a.title for a in bulletin.articles] == [_FIRST, *(t for _, t in _LATER)]
    assert len(bulletin.articles[0].paragraphs) == len(points) + 1


def test_a_web_toc_of_titles_cut_short_before_a_paragraph_stays_a_toc() -> None:
    """Guard: a TOC whose titles end cut short ("…") and whose last entry a foreword follows is
    still the TOC: the body prints each title whole, longer than the TOC's."""
    titles = [_FIRST, *(t for _, t in _LATER)]
    toc = [
        "CẢI CÁCH ĐỊA PHƯƠNG",
        f"1.{_NB} {titles[0][:30]}…",
        f"2.{_NB} {titles[1][:28]}…",
        "QUẢN LÝ HÀNH CHÍNH",
        f"3.{_NB} {titles[2][:26]}…",
        "Kính gửi quý bạn đọc, bản tin hôm nay điểm các tin cải cách nổi bật.",
    ]
    bulletin = _digest((*_WEB_HEAD, *toc), [], [_CLOSE], web=True)
    assert [e.title for e in bulletin.toc] == [
        line.split(_NB)[-1].strip() for line in toc[1:5] if _NB in line
    ]


def test_a_web_toc_of_titles_without_their_place_before_a_paragraph_stays_a_toc() -> None:
    """Guard: a TOC that leaves out each title's place ("Năm 2024 hoàn thành …" for "Bắc Ninh:
    Năm 2024 hoàn thành …"), a foreword after it, is still the TOC."""
    titles = [_FIRST, *(t for _, t in _LATER)]
    short = [title.split(": ", 1)[-1] for title in titles]
    assert [len(title) - len(s) for title, s in zip(titles, short, strict=True)][:2] != [0, 0]
    short[2] = "Thái Bình – " + titles[2]  # a label the body leaves out, before a dash
    toc = [
        "CẢI CÁCH ĐỊA PHƯƠNG",
        f"1.{_NB} {short[0]}",
        f"2.{_NB} {short[1]}",
        "QUẢN LÝ HÀNH CHÍNH",
        f"3.{_NB} {short[2]}",
        "Kính gửi quý bạn đọc, bản tin hôm nay điểm các tin cải cách nổi bật.",
    ]
    bulletin = _digest((*_WEB_HEAD, *toc), [], [_CLOSE], web=True)
    assert [e.title for e in bulletin.toc] == short


@pytest.mark.parametrize("mark", ["- 2 -", "Trang 2"])
def test_points_before_a_page_break_are_the_first_articles(mark: str) -> None:
    """A page's number between the points and the paragraph after them (text taken from a PDF)
    is no heading or title after a TOC: the points are still the first article's."""
    points = _points(web=False)
    bulletin = _digest(_PRINT_HEAD, points, [mark, _CLOSE], web=False)
    assert bulletin.toc == ()
    assert [a.title for a in bulletin.articles] == [_FIRST, *(t for _, t in _LATER)]
