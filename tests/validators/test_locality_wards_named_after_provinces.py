"""article.locality and the wards named after a province on 1 July 2025: a merged province's
capital became a ward bearing its name ("phường Hải Dương" in Hải Phòng, "phường Hà Giang 1" in
Tuyên Quang), so in an issue of that day or later such a ward is a place within the old province
and within the one it became part of. Before that day it named no such place, and a commune
("xã Long An") or a street still names none."""

from __future__ import annotations

import datetime as dt

import pytest

from bantin.model import Bulletin
from tests.validators.builders import on_date
from tests.validators.helpers import hits
from tests.validators.test_locality_places_within import retitled

#: An issue of November 2025, after the merger; and one of May 2025, before it.
_AFTER = dt.date(2025, 11, 17)
_BEFORE = dt.date(2025, 5, 12)


def _issued(day: dt.date, title: str, sentence: str) -> tuple[Bulletin, int]:
    """The digest of ``day`` with article 3 titled ``title``, its body ``sentence``, cited from
    a national outlet; and that article's title line."""
    bulletin, line = retitled(title, sentence)
    return on_date(bulletin, day), line


@pytest.mark.parametrize(
    ("title", "sentence"),
    [
        # The title names the province the ward's old province became part of.
        ("Hải Phòng: Một cửa cấp phường", "Phường Hải Dương nhận 350 hồ sơ trong tuần đầu."),
        ("Tuyên Quang: Một cửa cấp phường", "UBND phường Hà Giang 1 trả kết quả đúng hạn 98%."),
        ("Tuyên Quang: Một cửa cấp phường", "Phường Hà Giang 2 nhận hồ sơ cả sáng thứ Bảy."),
        (
            "Hưng Yên: Trung tâm phục vụ",
            "Trung tâm phục vụ hành chính công phường Thái Bình mở cửa.",
        ),
        ("Tây Ninh: Chính quyền hai cấp", "Phường Long An là trung tâm hành chính của tỉnh."),
        ("Phú Thọ: Siêu phường", "Phường Vĩnh Phúc thu hút 12 dự án mới."),
        ("Lào Cai: Số hóa hộ tịch", "Phường Yên Bái số hóa 40.000 trang sổ hộ tịch."),
        ("Cần Thơ: Một cửa", "Người dân phường Sóc Trăng nộp hồ sơ qua mạng."),
        ("Quảng Ngãi: Một cửa", "Phường Kon Tum nhận 500 hồ sơ trực tuyến."),
        # Or the old province itself, as many still title it.
        ("Hải Dương: Một cửa cấp phường", "Phường Hải Dương nhận 350 hồ sơ trong tuần đầu."),
        ("Hà Giang: Một cửa cấp phường", "Hai phường Hà Giang 1 và phường Hà Giang 2 nhận hồ sơ."),
        ("Bình Dương: Một cửa", "P.Bình Dương trả kết quả tại nhà cho người cao tuổi."),
    ],
)
def test_a_ward_bearing_a_merged_province_s_name_places_it(title: str, sentence: str) -> None:
    bulletin, _ = _issued(_AFTER, title, sentence)
    assert hits("article.locality", bulletin) == []


@pytest.mark.parametrize("day", [_BEFORE, _AFTER])
def test_lao_cai_s_ward_of_its_name_places_it_before_and_after_the_merger(day: dt.date) -> None:
    """The capital's ward "Lào Cai" was one before 2025 and is one since."""
    bulletin, _ = _issued(day, "Lào Cai: Một cửa cấp phường", "Phường Lào Cai nhận 90 hồ sơ.")
    assert hits("article.locality", bulletin) == []


@pytest.mark.parametrize(
    ("title", "sentence", "province"),
    [
        # Before the merger no ward bore these names: the title's province is not placed.
        ("Hải Dương: Một cửa cấp phường", "Phường Hải Dương nhận 350 hồ sơ.", "Hải Dương"),
        # Hà Nội's ward Vĩnh Phúc (Ba Đình) until 2025 is no mention of the province.
        ("Vĩnh Phúc: Số hóa", "Phường Vĩnh Phúc đã số hóa 90% hồ sơ hộ tịch.", "Vĩnh Phúc"),
    ],
)
def test_before_the_merger_such_a_ward_places_nothing(
    title: str, sentence: str, province: str
) -> None:
    bulletin, line = _issued(_BEFORE, title, sentence)
    assert hits("article.locality", bulletin) == [
        (line, f"title names {province} but the body never mentions it")
    ]


@pytest.mark.parametrize(
    ("title", "sentence", "province"),
    [
        # A commune bearing a province's name is in more than one province: no place.
        ("Tây Ninh: Một cửa cấp xã", "Xã Long An nhận 200 hồ sơ trong tuần.", "Tây Ninh"),
        # A ward numbered on is another ward: no "phường Hà Giang 3".
        ("Tuyên Quang: Một cửa", "Phường Hà Giang 3 nhận 100 hồ sơ.", "Tuyên Quang"),
        # A province that kept its name and a ward of another province's name elsewhere.
        ("Hà Nội: Một cửa", "Phường Hải Dương nhận 350 hồ sơ trong tuần đầu.", "Hà Nội"),
        # A street named after the province is no ward.
        ("Hải Phòng: Chỉnh trang", "Đường Hải Dương được lát đá trong tháng 9.", "Hải Phòng"),
    ],
)
def test_a_commune_street_or_other_ward_still_places_nothing(
    title: str, sentence: str, province: str
) -> None:
    bulletin, line = _issued(_AFTER, title, sentence)
    assert hits("article.locality", bulletin) == [
        (line, f"title names {province} but the body never mentions it")
    ]
