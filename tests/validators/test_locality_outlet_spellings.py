"""article.locality excuses a province's own paper by the name the paper goes by: its province
spelled another known way ("Báo Thừa Thiên Huế", "Pháp luật TP.HCM") or a town or name the
province is called by ("Sài Gòn Giải Phóng", "Tuổi trẻ Thủ đô"). Such papers write "thành
phố" and "tỉnh" of their own place, as the province's own paper does. Other outlets, and a
short name spelled inside a word ("Thuế", "Lao Động"), vouch for nothing."""

from __future__ import annotations

import pytest

from tests.validators.helpers import hits
from tests.validators.test_locality_outlets import titled_and_cited


@pytest.mark.parametrize(
    ("title", "outlet"),
    [
        ("Huế: Số hóa hồ sơ hộ tịch", "Báo Thừa Thiên Huế"),
        ("Huế: Số hóa hồ sơ hộ tịch", "Đài PT-TH Thừa Thiên Huế"),
        ("TP. Hồ Chí Minh: Một cửa cấp phường", "Báo Pháp luật TP.HCM"),
        ("TP. Hồ Chí Minh: Một cửa cấp phường", "Sài Gòn Giải Phóng"),
        ("TP. Hồ Chí Minh: Một cửa cấp phường", "Báo Sài Gòn Giải Phóng"),
        ("Hà Nội: Chính quyền số", "Tuổi trẻ Thủ đô"),
        ("Hà Nội: Chính quyền số", "hanoimoi.vn"),
        # A name too short to tell alone is told after the word for a paper.
        ("Huế: Số hóa hồ sơ hộ tịch", "Báo Huế"),
        ("Huế: Số hóa hồ sơ hộ tịch", "baohue.vn"),
        ("Đắk Lắk: Một cửa", "Báo Daklak"),
        # The province's own name, as before.
        ("Hà Nội: Chính quyền số", "Báo Hà Nội Mới"),
        ("Nghệ An: Chính quyền số", "Đài PT-TH Nghệ An"),
    ],
)
def test_the_province_s_own_paper_by_any_of_its_names_vouches(title: str, outlet: str) -> None:
    bulletin, _ = titled_and_cited(title, outlet)
    assert hits("article.locality", bulletin) == []


@pytest.mark.parametrize(
    ("title", "outlet", "province"),
    [
        ("Thanh Hóa: Một cửa", "Báo Thanh Niên", "Thanh Hóa"),
        ("Lào Cai: Một cửa", "Báo Lao Động", "Lào Cai"),
        ("Hà Nội: Một cửa", "Sài Gòn Giải Phóng", "Hà Nội"),
        ("Hà Nam: Một cửa", "Báo Hà Nội Mới", "Hà Nam"),
        ("Nghệ An: Một cửa", "Báo Vĩnh Long", "Nghệ An"),
        ("Huế: Số hóa hồ sơ", "Tạp chí Thuế", "Huế"),
        ("Cần Thơ: Một cửa", "Báo Pháp luật TP.HCM", "Cần Thơ"),
    ],
)
def test_another_outlet_vouches_for_nothing(title: str, outlet: str, province: str) -> None:
    bulletin, article = titled_and_cited(title, outlet)
    assert hits("article.locality", bulletin) == [
        (article.title_line, f"title names {province} but the body never mentions it")
    ]
