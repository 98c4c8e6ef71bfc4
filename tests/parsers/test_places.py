"""The province gazetteer: both administrative maps, spellings, title localities, mentions."""

from __future__ import annotations

import unicodedata

import pytest

from bantin.parsers.places import (
    PROVINCES,
    PROVINCES_AFTER_2025,
    PROVINCES_BEFORE_2025,
    canonical_province,
    locality_of,
    provinces_named_in,
)


def test_both_administrative_maps_are_complete() -> None:
    assert len(PROVINCES_BEFORE_2025) == 63
    assert len(PROVINCES_AFTER_2025) == 34
    assert len({p.name for p in PROVINCES}) == len(PROVINCES)
    assert sum(p.city for p in PROVINCES if p.after_2025) == 6


def test_every_merged_province_points_at_a_unit_that_still_exists() -> None:
    merged = {p.name: p.merged_into for p in PROVINCES if p.merged_into}
    assert len(merged) == 29
    assert set(merged.values()) <= set(PROVINCES_AFTER_2025)
    assert merged["Bình Thuận"] == "Lâm Đồng"
    assert merged["Bà Rịa - Vũng Tàu"] == "TP. Hồ Chí Minh"


def test_names_are_nfc() -> None:
    for province in PROVINCES:
        for name in (province.name, *province.variants):
            assert unicodedata.is_normalized("NFC", name), name


@pytest.mark.parametrize(
    ("spelling", "canonical"),
    [
        ("TP. Hồ Chí Minh", "TP. Hồ Chí Minh"),
        ("TP Hồ Chí Minh", "TP. Hồ Chí Minh"),
        ("Thành phố Hồ Chí Minh", "TP. Hồ Chí Minh"),
        ("TP.HCM", "TP. Hồ Chí Minh"),
        # "Tp" in lower case, with a dot and a space, or with neither: outlets print all of them.
        ("Tp. HCM", "TP. Hồ Chí Minh"),
        ("Tp.Hồ Chí Minh", "TP. Hồ Chí Minh"),
        ("Tp HCM", "TP. Hồ Chí Minh"),
        ("TpHCM", "TP. Hồ Chí Minh"),
        ("Hà Nội", "Hà Nội"),
        ("Thành phố Hà Nội", "Hà Nội"),
        ("Bà Rịa-Vũng Tàu", "Bà Rịa - Vũng Tàu"),
        ("Bà Rịa - Vũng Tàu", "Bà Rịa - Vũng Tàu"),
        ("Bà Rịa – Vũng Tàu", "Bà Rịa - Vũng Tàu"),
        ("Thừa Thiên Huế", "Huế"),
        ("TT-Huế", "Huế"),
        ("TT - Huế", "Huế"),
        ("Huế", "Huế"),
        ("Tỉnh Khánh Hoà", "Khánh Hòa"),  # old-style tone placement
        ("THANH HOÁ", "Thanh Hóa"),
        ("Đăk Lăk", "Đắk Lắk"),
        ("Hồ Chí Minh", None),  # a person's name unless a city word precedes it
        ("Vũng Tàu", None),
        ("Văn hóa", None),
    ],
)
def test_canonical_province(spelling: str, canonical: str | None) -> None:
    assert canonical_province(spelling) == canonical


@pytest.mark.parametrize(
    ("title", "locality"),
    [
        ("Bình Thuận: Xây dựng chính quyền số", "Bình Thuận"),
        ("Bà Rịa-Vũng Tàu: Cắt giảm thủ tục", "Bà Rịa - Vũng Tàu"),
        ("TP. Hồ Chí Minh: Một cửa liên thông", "TP. Hồ Chí Minh"),
        ("Thừa Thiên Huế: Số hóa hồ sơ", "Huế"),
        ("TT-Huế: Số hóa hồ sơ", "Huế"),
        ("HÀ NỘI: Đẩy mạnh cải cách", "Hà Nội"),
        ("Phường Bến Thành: Tiếp dân", "Phường Bến Thành"),
        ("Quận 1: Giải quyết hồ sơ", "Quận 1"),
        ("Thị xã Sơn Tây: Chuyển đổi số", "Thị xã Sơn Tây"),
        ("Đặc khu Phú Quốc: Bộ máy mới", "Đặc khu Phú Quốc"),
        ("TP.Thủ Đức: Dịch vụ công", "TP.Thủ Đức"),
        # Since the merger "(mới)" marks the province formed on 1 July 2025, "(cũ)" one merged away.
        ("Lâm Đồng (mới): Bộ phận một cửa liên thông", "Lâm Đồng"),
        ("Tỉnh Lâm Đồng (mới): Bộ phận một cửa liên thông", "Lâm Đồng"),
        ("Bình Thuận (cũ): Hồ sơ chuyển về xã mới", "Bình Thuận"),
        ("Xã Hàm Thắng (cũ): Trụ sở thành nhà văn hóa", "Xã Hàm Thắng (cũ)"),
        ("Văn hóa xin lỗi: Cầu thị trong công vụ", None),
        ("Xã hội hóa: Huy động nguồn lực", None),  # "Xã" followed by a common word
        ("Thành phố thông minh: Xu hướng", None),
        ("Cải cách hành chính ở Cao Bằng: Rút ngắn thời gian", None),
        ("Hà Giang mở rộng dịch vụ công trực tuyến", None),  # no ": "
        ("Bình Thuận:Không có khoảng trắng", None),
    ],
)
def test_locality_of(title: str, locality: str | None) -> None:
    assert locality_of(title) == locality


def test_locality_of_accepts_nfd_titles() -> None:
    assert locality_of(unicodedata.normalize("NFD", "Đồng Tháp: Tuyên truyền")) == "Đồng Tháp"


def test_provinces_named_in_finds_every_spelling_in_order_of_first_mention() -> None:
    text = (
        "Tỉnh Thanh Hoá phối hợp với Khánh Hòa và TP.HCM; tỉnh Bà Rịa – Vũng Tàu, "
        "rồi Thanh Hóa lần nữa, và THỪA THIÊN HUẾ."
    )
    assert provinces_named_in(text) == [
        "Thanh Hóa",
        "Khánh Hòa",
        "TP. Hồ Chí Minh",
        "Bà Rịa - Vũng Tàu",
        "Huế",
    ]


def test_provinces_named_in_respects_word_boundaries_and_false_friends() -> None:
    assert provinces_named_in("Hà Nộii và Long Ann") == []
    assert provinces_named_in("tư tưởng Hồ Chí Minh") == []
    assert provinces_named_in("Thái Bình Dương") == []  # the Pacific Ocean
    # A province's name after the middle name "Thị" or "Văn" is a person's given name.
    assert provinces_named_in("Chị Nguyễn Thị Huế, cán bộ một cửa, nhận hồ sơ.") == []
    assert provinces_named_in("Ông Lê Văn Thái Bình (Thái Bình) nộp hồ sơ.") == ["Thái Bình"]
    assert provinces_named_in("hòa bình và ổn định") == []  # "peace", not the province
    assert provinces_named_in("Hà Nội-Hải Phòng") == ["Hà Nội", "Hải Phòng"]


def test_every_way_the_press_writes_ho_chi_minh_city_names_it_in_a_body() -> None:
    body = "Sở Nội vụ Tp. HCM cho biết các phường đã nhận 3.000 hồ sơ."
    assert provinces_named_in(body) == ["TP. Hồ Chí Minh"]
    assert locality_of("Tp. HCM: Phường mới nhận hồ sơ") == "TP. Hồ Chí Minh"


def test_provinces_named_in_reads_nfd_text() -> None:
    assert provinces_named_in(unicodedata.normalize("NFD", "về Quảng Ngãi")) == ["Quảng Ngãi"]
