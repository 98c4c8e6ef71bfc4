"""A province's name in lower case after the word for a city, where the words say what the city
is ("thành phố hòa bình": a peaceful city), names no province."""

from __future__ import annotations

import pytest

from bantin.parsers.places import provinces_named_in


@pytest.mark.parametrize(
    "text",
    [
        "Hà Nội chung tay xây dựng thành phố hòa bình, văn minh, hiện đại",
        "Mục tiêu là một thành phố hoà bình, đáng sống cho người dân",
        "Đà Nẵng - Thành phố hòa bình và thân thiện",
        "Xây dựng TP hòa bình, an toàn",
    ],
)
def test_a_peaceful_city_is_no_province(text: str) -> None:
    assert "Hòa Bình" not in provinces_named_in(text)


@pytest.mark.parametrize(
    ("text", "province"),
    [
        # Guards: the province in lower case after "tỉnh", capitalised after "thành phố".
        ("Người dân tỉnh hòa bình làm thủ tục trực tuyến", "Hòa Bình"),
        ("Hội nghị tại thành phố Hòa Bình sáng nay", "Hòa Bình"),
        ("Hội nghị tại tỉnh Hòa Bình sáng nay", "Hòa Bình"),
        ("Cán bộ thành phố thái bình tiếp dân", "Thái Bình"),
        ("Một cửa ở tp hà nội", "Hà Nội"),
    ],
)
def test_a_province_in_lower_case_is_still_named(text: str, province: str) -> None:
    assert province in provinces_named_in(text)
