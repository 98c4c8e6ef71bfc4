"""article.locality excuses a city's own paper by the name its merger with the broadcaster gave
it in 2025 ("Báo và Phát thanh, Truyền hình Huế"): a short name ("Huế") after the broadcaster's
words is the paper's own, as after "Báo"; inside another word it still vouches for nothing."""

from __future__ import annotations

import pytest

from tests.validators.helpers import hits
from tests.validators.test_locality_outlets import titled_and_cited

_TITLE = "Huế: Số hóa hồ sơ đăng ký hộ kinh doanh"


@pytest.mark.parametrize(
    "outlet",
    [
        "Báo và Phát thanh, Truyền hình Huế",
        "Báo và Đài Phát thanh - Truyền hình Huế",
        "Báo và Đài PT-TH Huế",
        "Báo Huế",
    ],
)
def test_the_city_s_merged_paper_vouches_for_it(outlet: str) -> None:
    assert hits("article.locality", titled_and_cited(_TITLE, outlet)[0]) == []


@pytest.mark.parametrize("outlet", ["Tạp chí Thuế", "Báo và Phát thanh, Truyền hình Thuế", "TTXVN"])
def test_other_outlets_still_leave_the_title_unconfirmed(outlet: str) -> None:
    bulletin, article = titled_and_cited(_TITLE, outlet)
    assert hits("article.locality", bulletin) == [
        (article.title_line, "title names Huế but the body never mentions it")
    ]
