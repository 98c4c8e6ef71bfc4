"""article.locality after the 2025 merger. A ward's, commune's or street's
name that is also a province's ("xã Long An", "phố Huế") names no province, so it neither
confirms a title nor hides that the body never names it; spellings without marks or dashed
("Daklak", "Kon-Tum") do. A body that names no province at all, only its units or "tỉnh",
leaves a national outlet's title unconfirmed: a warning, never silence."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from bantin.model import Bulletin
from tests.validators.builders import on_date
from tests.validators.helpers import hits
from tests.validators.test_locality_places_within import retitled, title_warnings

#: An issue of March 2026, long after the merger of 1 July 2025.
_ISSUED = dt.date(2026, 3, 2)


def _issued(title: str, sentence: str) -> tuple[Bulletin, int]:
    """The digest of ``_ISSUED`` with article 3 titled ``title``, its body ``sentence``, cited
    from a national outlet; and that article's title line."""
    bulletin, line = retitled(title, sentence)
    return on_date(bulletin, _ISSUED), line


@pytest.mark.parametrize(
    ("title", "sentence", "province"),
    [
        # A commune bearing the name of a province merged into the title's: Long An has one
        # in more than one province, so the title's Tây Ninh is not confirmed by it.
        ("Tây Ninh: Một cửa cấp xã", "Xã Long An nhận 200 hồ sơ trong tuần.", "Tây Ninh"),
        # A street of Hà Nội is no mention of Huế.
        ("Thừa Thiên Huế: Du lịch số", "Các cửa hàng trên phố Huế nhận ví điện tử.", "Huế"),
        # Since 1 July 2025 "phường Vĩnh Phúc" is Phú Thọ's, once Vĩnh Phúc's capital, and places
        # it (test_locality_wards_named_after_provinces); before that day, Hà Nội's ward did not.
        ("Yên Bái: Chỉnh trang đô thị", "Đường Lào Cai được lát đá trong tháng 5.", "Yên Bái"),
        # A district of Quảng Bình until 2025 is no mention of the province Quảng Ninh.
        ("Quảng Ninh: Chữ ký số", "Huyện Quảng Ninh có 15 xã dùng chữ ký số.", "Quảng Ninh"),
        # A clerk whose given name is the province's.
        ("Hà Giang: Gương sáng một cửa", "Chị Hà Giang nộp hồ sơ thay cho dân.", "Hà Giang"),
        ("Long An: Gương sáng một cửa", "Ông Trần Long An được khen thưởng.", "Long An"),
        # Huế has a ward Thuận An as Bình Dương had a city: only the city is Bình Dương's.
        ("Bình Dương: Một cửa", "Phường Thuận An trả kết quả qua bưu điện.", "Bình Dương"),
        # An Giang has a township Hội An, as Quảng Nam had its old town.
        ("Đà Nẵng: Một cửa", "Thị trấn Hội An nhận hồ sơ qua mạng.", "Đà Nẵng"),
        ("Quảng Nam: Một cửa", "Xã Hội An nhận hồ sơ qua mạng.", "Quảng Nam"),
        # The highland's streets named after a battle are in every city.
        ("Điện Biên: Một cửa", "Bộ phận một cửa trên đường Điện Biên Phủ đón dân.", "Điện Biên"),
    ],
)
def test_a_unit_or_street_bearing_a_province_s_name_does_not_confirm_the_title(
    title: str, sentence: str, province: str
) -> None:
    bulletin, line = _issued(title, sentence)
    assert hits("article.locality", bulletin) == [
        (line, f"title names {province} but the body never mentions it")
    ]


@pytest.mark.parametrize(
    ("title", "sentence"),
    [
        ("Đắk Lắk: Số hóa hồ sơ", "Tỉnh Daklak đã số hóa 90% hồ sơ đất đai."),
        ("Đắk Lắk: Số hóa hồ sơ", "Năm 2025, DakLak số hóa 90% hồ sơ."),
        ("Kon Tum: Số hóa hồ sơ", "Tỉnh KonTum đã số hóa 90% hồ sơ đất đai."),
        ("Kon Tum: Số hóa hồ sơ", "Khu vực Kon-Tum cũ có 86 xã, phường."),
        ("Lâm Đồng: Một cửa", "Khu vực Daknong cũ có 40 xã, phường."),
        # The province's wards and communes, many of them, still name it.
        ("Hà Nội: Chính quyền hai cấp", "Các xã, phường Hà Nội vận hành ổn định."),
        ("Hà Nội: Chính quyền hai cấp", "Phố Huế và các xã phường Hà Nội dùng bản đồ số."),
        ("Huế: Một cửa", "Thành phố Huế có 40 xã, phường từ ngày 1/7/2025."),
        ("Quảng Bình: Chữ ký số", "Huyện Quảng Ninh có 15 xã dùng chữ ký số."),
        ("Bình Dương: Một cửa", "Thành phố Thuận An trả kết quả qua bưu điện."),
        ("Đà Nẵng: Du lịch số", "Phố cổ Hội An đón 4 triệu lượt khách."),
        ("Quảng Nam: Du lịch số", "Du khách đến Hội An thanh toán bằng mã QR."),
    ],
)
def test_spellings_and_the_province_s_own_units_confirm_the_title(
    title: str, sentence: str
) -> None:
    bulletin, _ = _issued(title, sentence)
    assert hits("article.locality", bulletin) == []


@pytest.mark.parametrize(
    ("title", "sentence", "province"),
    [
        # Only its units, whose names are in many provinces ("Tân Phú"): unconfirmed.
        ("Lâm Đồng: Một cửa cấp xã", "Xã Tân Phú và phường 2 nhận hồ sơ từ 1/7.", "Lâm Đồng"),
        # "Tỉnh" and "Thành phố" refer back to the title; a national outlet must name it.
        ("Bình Phước: Tinh gọn bộ máy", "Tỉnh đã sắp xếp 120 xã còn 50 xã.", "Bình Phước"),
        ("Đà Nẵng: Một cửa", "Thành phố đã giảm 30% thời gian giải quyết hồ sơ.", "Đà Nẵng"),
        # Wards named after a province merged into the title's ("phường Hà Giang 1") are its
        # old capital's and place it: test_locality_wards_named_after_provinces.
    ],
)  # fmt: skip
def test_a_body_that_names_no_province_leaves_the_title_unconfirmed(
    title: str, sentence: str, province: str
) -> None:
    """Decided: a warning, not silence. The title's province is confirmed by
    nothing the body names, and a title moved onto the wrong body reads the same way."""
    bulletin, line = _issued(title, sentence)
    assert hits("article.locality", bulletin) == [
        (line, f"title names {province} but the body never mentions it")
    ]


@pytest.mark.parametrize(
    ("title", "sentence"),
    [
        # Before 1 July 2025 Bình Định, its town Quy Nhơn and Bình Thuận's island district Phú
        # Quý were no part of Gia Lai or Lâm Đồng.
        ("Gia Lai: Một cửa liên thông", "Tỉnh Bình Định có 11 huyện, thị xã, thành phố."),
        ("Gia Lai: Một cửa liên thông", "TP Quy Nhơn nhận hồ sơ trực tuyến."),
        ("Lâm Đồng: Một cửa liên thông", "Huyện đảo Phú Quý nhận hồ sơ trực tuyến."),
    ],
)
def test_before_the_merger_a_unit_merged_later_does_not_place_its_successor(
    title: str, sentence: str
) -> None:
    bulletin, line = retitled(title, sentence)
    province = title.split(":")[0]
    before = on_date(bulletin, dt.date(2025, 6, 30))
    assert title_warnings(hits("article.locality", before)) == [
        (line, f"title names {province} but the body never mentions it")
    ]
    assert hits("article.locality", on_date(bulletin, dt.date(2025, 7, 1))) == []


def test_from_the_merger_the_paper_of_the_province_a_unit_joined_vouches_for_it() -> None:
    """ "Báo Đắk Lắk" writes "tỉnh" of all Đắk Lắk, what was Phú Yên among it; before the
    merger it was another province's paper."""
    bulletin, line = retitled("Phú Yên: Một cửa liên thông", "Tỉnh đã giảm 30% thời gian chờ.")
    article = bulletin.articles[2]
    assert article.citation is not None
    cited = replace(article, citation=replace(article.citation, outlet="Báo Đắk Lắk"))
    bulletin = replace(bulletin, articles=(*bulletin.articles[:2], cited, *bulletin.articles[3:]))
    assert hits("article.locality", on_date(bulletin, _ISSUED)) == []
    assert hits("article.locality", on_date(bulletin, dt.date(2025, 6, 30))) == [
        (line, "title names Phú Yên but the body never mentions it")
    ]
    # The other way round the paper of a unit merged away is not the new province's.
    bulletin, line = retitled("Đắk Lắk: Một cửa liên thông", "Tỉnh đã giảm 30% thời gian chờ.")
    article = bulletin.articles[2]
    assert article.citation is not None
    cited = replace(article, citation=replace(article.citation, outlet="Báo Phú Yên"))
    bulletin = replace(bulletin, articles=(*bulletin.articles[:2], cited, *bulletin.articles[3:]))
    assert hits("article.locality", on_date(bulletin, _ISSUED)) == [
        (line, "title names Đắk Lắk but the body never mentions it")
    ]
