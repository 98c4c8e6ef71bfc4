"""The locality of a title whose head names a province as formed on 1 July 2025 with what it
took in, in brackets ("Tuyên Quang (gồm Hà Giang cũ): …", "Đắk Lắk (khu vực Phú Yên cũ): …"),
or the area of a province merged away ("Khu vực Phú Yên (cũ): …"). Provinces no merger joined
stay two places, and no locality."""

from __future__ import annotations

import pytest

from bantin.parsers.places import locality_of


@pytest.mark.parametrize(
    ("title", "locality"),
    [
        ("Tuyên Quang (gồm Hà Giang cũ): Một cửa liên thông", "Tuyên Quang"),
        ("Tuyên Quang (bao gồm cả Hà Giang): Một cửa liên thông", "Tuyên Quang"),
        ("Tỉnh Tuyên Quang mới (gồm Tuyên Quang và Hà Giang): Một cửa", "Tuyên Quang"),
        ("Phú Thọ (gồm Phú Thọ, Vĩnh Phúc và Hòa Bình cũ): Một cửa", "Phú Thọ"),
        ("Tuyên Quang (sáp nhập Hà Giang): Một cửa liên thông", "Tuyên Quang"),
        ("Đắk Lắk (khu vực Phú Yên cũ): Một cửa liên thông", "Đắk Lắk"),
        ("Gia Lai (địa bàn Bình Định cũ): Một cửa liên thông", "Gia Lai"),
        ("Khu vực Phú Yên (cũ): Một cửa liên thông", "Phú Yên"),
        ("Địa bàn Bình Định cũ: Một cửa liên thông", "Bình Định"),
        # Forms read before, unchanged.
        ("Đắk Lắk (Phú Yên cũ): Một cửa liên thông", "Đắk Lắk"),
        ("Hà Giang (nay thuộc Tuyên Quang): Một cửa", "Hà Giang"),
        ("Tuyên Quang (mới): Một cửa", "Tuyên Quang"),
    ],
)
def test_a_province_with_what_it_took_in_is_its_locality(title: str, locality: str) -> None:
    assert locality_of(title) == locality


@pytest.mark.parametrize(
    "title",
    [
        # Two provinces no merger joined, or a list that holds one.
        "Hà Nội (gồm Bắc Ninh): Liên kết vùng",
        "Tuyên Quang (gồm Hà Giang và Lào Cai): Liên kết vùng",
        "Tuyên Quang, Hà Giang: Liên kết vùng",
        "Tuyên Quang và Hà Giang: Liên kết vùng",
        # An area that is no province.
        "Khu vực miền núi: Một cửa",
    ],
)
def test_other_heads_give_no_province(title: str) -> None:
    assert locality_of(title) is None
