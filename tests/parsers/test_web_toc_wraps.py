"""A web TOC that a text browser wrapped at its width ("w3m -dump"): a title's second line may
look like a section heading typed in lower case ("Bộ phận Một cửa các cấp"), printed again a few
lines on where another title wraps the same way. It goes on with the title above it; a heading
typed so that the body prints over its articles stays a heading."""

from __future__ import annotations

from bantin.model import Bulletin
from bantin.parsers import parse_text
from bantin.validators.run import validate_bulletins
from tests.parsers.fixtures import sectioned_body

_NBSP = "\u00a0\u00a0\u00a0"
_TAIL = "Bộ phận Một cửa các cấp"
_ARTICLES = (
    ("CẢI CÁCH ĐỊA PHƯƠNG", f"Sơn La: Chấn chỉnh tác phong phục vụ tại {_TAIL}"),
    ("CẢI CÁCH ĐỊA PHƯƠNG", f"Điện Biên: Chấn chỉnh tác phong phục vụ tại {_TAIL}"),
    ("QUẢN LÝ HÀNH CHÍNH", "Công khai lịch tiếp công dân của lãnh đạo sở"),
)


def _body(articles: tuple[tuple[str, str], ...] = _ARTICLES) -> list[str]:
    return sectioned_body(
        articles,
        "Cán bộ tiếp nhận đeo thẻ, hướng dẫn người dân tận tình. (Baodienbienphu.vn 04/01, "
        "Quỳnh Anh) Về đầu trang",
    )


def _digest(toc: list[str], body: list[str]) -> Bulletin:
    head = "Bản tin Cải cách hành chính ngày 06/01/2025"
    return parse_text("\n\n".join([head, *toc, *body]), "dumped.txt")


def _toc_findings(bulletin: Bulletin) -> list[str]:
    return [f.rule for f in validate_bulletins([bulletin]) if f.rule.startswith("toc.")]


def test_a_wrapped_line_printed_again_by_the_next_title_goes_on_with_its_title() -> None:
    """Both titles wrap before "Bộ phận Một cửa các cấp": the first one's second line, printed
    again two lines on and followed by an entry, was read as a section typed in lower case; the
    first title lost its tail, and toc.body-mismatch held the digest back."""
    (s1, t1), (_, t2), (s2, t3) = _ARTICLES
    toc = [
        s1,
        f"1.{_NBSP} {t1.removesuffix(_TAIL).rstrip()}",
        _TAIL,
        f"2.{_NBSP} {t2.removesuffix(_TAIL).rstrip()}",
        f"   {_TAIL}",
        s2,
        f"3.{_NBSP} {t3}",
    ]
    bulletin = _digest(toc, _body())
    assert [s.name for s in bulletin.sections] == [s1, s2]
    assert [(e.number, e.title, e.section) for e in bulletin.toc] == [
        (str(n), title, section) for n, (section, title) in enumerate(_ARTICLES, 1)
    ]
    assert [a.title for a in bulletin.articles] == [t for _, t in _ARTICLES]
    assert _toc_findings(bulletin) == []


def test_a_section_typed_in_lower_case_over_its_articles_stays_a_section() -> None:
    """Guard: "Phân tích – bình luận" between two entries, which the body prints again over its
    article, is a section; the title above it is whole in the body."""
    articles = (
        ("CẢI CÁCH ĐỊA PHƯƠNG", "Sơn La: Chấn chỉnh tác phong phục vụ"),
        ("Phân tích – bình luận", "Khi người dân chấm điểm công chức"),
        ("Phân tích – bình luận", "Lắng nghe góp ý để sửa quy trình"),
    )
    (s1, t1), (s2, t2), (_, t3) = articles
    toc = [s1, f"1.{_NBSP} {t1}", s2, f"2.{_NBSP} {t2}", f"3.{_NBSP} {t3}"]
    bulletin = _digest(toc, _body(articles))
    assert [s.name for s in bulletin.sections] == [s1, s2]
    assert [(e.title, e.section) for e in bulletin.toc] == [(t, s) for s, t in articles]
    assert _toc_findings(bulletin) == []
