"""What the article.locality warning tells a maintainer: the provinces the title names and the
body does not, and, when the body names other provinces, which (the first three in the order
the body names them): a title over another article's body ("Sóc Trăng: …" over a body about
Khánh Hòa) reads at once as a mislabelled or misplaced article, and a body that names no
province as one that says only "tỉnh"."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.validators.builders import on_date
from tests.validators.helpers import hits
from tests.validators.test_locality_places_within import retitled

#: An issue of September 2025, after the merger.
_ISSUED = dt.date(2025, 9, 23)


@pytest.mark.parametrize(
    ("title", "sentence", "message"),
    [
        (
            "Sóc Trăng: Cán bộ đến tận nhà hỗ trợ dân",
            "Ở tỉnh Khánh Hòa, cán bộ xã đến tận thôn giúp dân làm thủ tục.",
            "title names Sóc Trăng but the body never mentions it; the body names Khánh Hòa",
        ),
        (
            "Sóc Trăng: Cán bộ đến tận nhà hỗ trợ dân",
            "Cán bộ Khánh Hòa và Gia Lai đến tận thôn; Khánh Hòa dẫn đầu.",
            "title names Sóc Trăng but the body never mentions it; "
            "the body names Khánh Hòa, Gia Lai",
        ),
        (
            "Lai Châu, Điện Biên: Liên kết dữ liệu",
            "Sơn La ký kết với Lào Cai, Hà Nội, Cao Bằng và Lạng Sơn.",
            "title names Lai Châu, Điện Biên but the body never mentions them; "
            "the body names Sơn La, Lào Cai, Hà Nội and 2 more",
        ),
        # A body that names no province at all: the warning as before.
        (
            "Sóc Trăng: Cán bộ đến tận nhà hỗ trợ dân",
            "Cán bộ xã đến tận thôn giúp người cao tuổi làm thủ tục.",
            "title names Sóc Trăng but the body never mentions it",
        ),
        # A ward or a person bearing a province's name is no province the body names.
        (
            "Sóc Trăng: Một cửa",
            "Chị Hà Giang ở phố Huế nộp hồ sơ qua mạng.",
            "title names Sóc Trăng but the body never mentions it",
        ),
    ],
)
def test_the_warning_says_which_provinces_the_body_names_instead(
    title: str, sentence: str, message: str
) -> None:
    bulletin, line = retitled(title, sentence)
    assert hits("article.locality", on_date(bulletin, _ISSUED)) == [(line, message)]
