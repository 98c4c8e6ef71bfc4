"""Every style a strategy of ``bantin.testing`` declares, each read once on the project's own
small bulletins. The properties draw these styles at random, and the derandomized ``ci`` profile
never drew some of them (a link "Quay lại đầu trang", a range "Từ 24/3 đến 28/3"): a style the
gate declares is held here whether or not the draw reaches it."""

from __future__ import annotations

import pytest

from bantin.parsers import parse_text
from bantin.parsers.figures import extract_figures
from bantin.parsers.mentions import find_dates
from bantin.testing import BACK_TO_TOP_LINKS, DAY_RANGE_STYLES
from bantin.validators.run import validate_bulletins
from tests.parsers.fixtures import PRINT_DIGEST, WEB_DIGEST
from tests.validators.builders import digest, with_paragraph

#: Each digest's first article's back-to-top link as the fixtures print it.
_LINKS = {"print": (PRINT_DIGEST, " [Về đầu trang](#)"), "web": (WEB_DIGEST, "Về đầu trang")}


@pytest.mark.parametrize("edition", sorted(_LINKS))
@pytest.mark.parametrize("link", BACK_TO_TOP_LINKS)
def test_every_declared_back_to_top_link_closes_its_article(edition: str, link: str) -> None:
    text, printed = _LINKS[edition]
    note = "(TTXVN/Bnews.vn 31/12, Lê Minh - Trần Hoa)" if edition == "print" else "Hà Linh)"
    assert f"{note}{printed}" in text
    relinked = text.replace(f"{note}{printed}", f"{note} {link}", 1)
    got, want = parse_text(relinked, "linked.txt"), parse_text(text, "linked.txt")
    assert [(a.title, a.body, a.citation) for a in got.articles] == [
        (a.title, a.body, a.citation) for a in want.articles
    ]
    assert validate_bulletins([got]) == validate_bulletins([want])


@pytest.mark.parametrize("style", DAY_RANGE_STYLES)
def test_every_declared_range_of_days_gives_both_days(style: str) -> None:
    sentence = style.format(a="24/3", b="28/3") + " đoàn làm việc với 12 xã về 45% hồ sơ."
    assert [(d.text, d.day, d.month) for d in find_dates(sentence)] == [
        ("24/3", 24, 3),
        ("28/3", 28, 3),
    ]
    assert [f.text for f in extract_figures(sentence)] == ["45%"]
    impossible = style.format(a="24/4", b="31/4") + " đoàn làm việc với 12 xã."
    findings = validate_bulletins([with_paragraph(digest(), impossible, line=32)])
    assert [(f.rule, f.line) for f in findings if f.rule != "article.locality"] == [
        ("date.impossible", 32)
    ]
