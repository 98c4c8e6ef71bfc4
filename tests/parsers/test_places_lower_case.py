"""Provinces' names printed in lower case after the word for a province or city ("tỉnh lào
cai", "thành phố hải phòng", "tphcm"), as feeds' tags and hastily typed items print them: the
word before makes the name a province's. Bare, in lower case, many names are common words
("hòa bình" is peace, "thái bình" peaceful, "long an" a blessing): those name nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from bantin.parsers.places import locality_of, provinces_named_in
from tests.validators.builders import on_date
from tests.validators.helpers import hits
from tests.validators.test_locality_places_within import retitled


@pytest.mark.parametrize(
    ("text", "province"),
    [
        ("UBND tỉnh lào cai triển khai dịch vụ công trực tuyến toàn trình", "Lào Cai"),
        ("Năm 2026, Tỉnh Lào cai giảm 30% thời gian giải quyết hồ sơ", "Lào Cai"),
        ("người dân tỉnh hà giang (cũ) nộp hồ sơ qua mạng", "Hà Giang"),
        ("ubnd thành phố hải phòng ban hành kế hoạch cải cách hành chính", "Hải Phòng"),
        ("Thành phố đà nẵng đứng đầu chỉ số PAR INDEX", "Đà Nẵng"),
        ("tp hà nội số hóa hồ sơ đất đai", "Hà Nội"),
        ("Tp. cần thơ vận hành chính quyền hai cấp", "Cần Thơ"),
        ("tỉnh bà rịa - vũng tàu (cũ) có 82 xã, phường", "Bà Rịa - Vũng Tàu"),
        ("tỉnh thừa thiên huế trước năm 2025", "Huế"),
        ("tỉnh đắk lắk mở rộng thanh toán trực tuyến", "Đắk Lắk"),
        ("tỉnh hoà bình cũ có 151 xã, phường, thị trấn", "Hòa Bình"),
        # Ho Chi Minh City's own spellings carry the word for a city already.
        ("tphcm cấp 12.000 hộ chiếu trong tháng", "TP. Hồ Chí Minh"),
        ("tp.hcm tiếp nhận hồ sơ qua cổng dịch vụ công", "TP. Hồ Chí Minh"),
        ("tp. hồ chí minh tiếp nhận hồ sơ", "TP. Hồ Chí Minh"),
        ("thành phố hồ chí minh tiếp nhận hồ sơ", "TP. Hồ Chí Minh"),
        # The word for a city in lower case before the city's name as printed.
        ("Người dân tp.HCM nộp hồ sơ qua mạng", "TP. Hồ Chí Minh"),
        ("Người dân tp HCM nộp hồ sơ qua mạng", "TP. Hồ Chí Minh"),
        ("Người dân tp. Hồ Chí Minh nộp hồ sơ qua mạng", "TP. Hồ Chí Minh"),
    ],
)
def test_a_lower_case_name_after_the_word_for_a_province_names_it(text: str, province: str) -> None:
    assert provinces_named_in(text) == [province]


@pytest.mark.parametrize(
    "text",
    [
        # Bare, the lower-case names are common words.
        "vì hòa bình và hữu nghị giữa các dân tộc",
        "cầu mong một năm thái bình, long an",
        "nhiều người dân cao bằng tuổi nhau",
        # "tỉnh" alone (awake), and a commune's or a ward's name in lower case.
        "cán bộ luôn tỉnh táo trước thông tin sai lệch",
        "xã hòa bình nhận 40 hồ sơ",
        "phường thái bình nhận 40 hồ sơ",
        # A name glued to another word is no name.
        "tỉnh lào caiz",
    ],
)
def test_lower_case_words_without_the_word_for_a_province_name_nothing(text: str) -> None:
    assert provinces_named_in(text) == []


def test_the_leader_s_name_alone_is_no_city() -> None:
    assert provinces_named_in("học tập và làm theo tư tưởng Hồ Chí Minh") == []
    assert provinces_named_in("Bảo tàng hồ chí minh") == []


def test_the_printed_capitals_are_read_as_before() -> None:
    assert provinces_named_in("UBND tỉnh Lào Cai và TP Hà Nội") == ["Lào Cai", "Hà Nội"]
    assert provinces_named_in("Chị Hà Giang, tỉnh Tuyên Quang") == ["Tuyên Quang"]


def test_a_title_opening_with_a_lower_case_province_gives_its_locality() -> None:
    assert locality_of("Tỉnh lào cai: Rút ngắn thời gian cấp phép xây dựng") == "Lào Cai"
    assert locality_of("tỉnh táo: Một bài học") is None


def test_a_body_naming_the_title_s_province_in_lower_case_confirms_it() -> None:
    bulletin, _ = retitled("Lào Cai: Một cửa điện tử", "UBND tỉnh lào cai nhận 9.000 hồ sơ.")
    assert hits("article.locality", on_date(bulletin, dt.date(2025, 11, 17))) == []


def test_a_body_naming_the_common_word_leaves_the_title_unconfirmed() -> None:
    bulletin, line = retitled("Hòa Bình: Một cửa điện tử", "Vì hòa bình, người dân nộp hồ sơ.")
    assert hits("article.locality", on_date(bulletin, dt.date(2025, 3, 17))) == [
        (line, "title names Hòa Bình but the body never mentions it")
    ]
