"""article.locality counts a place within the title's province as naming it: one of its towns
("phường Buôn Ma Thuột" for Đắk Lắk), or a unit merged into it on 1 July 2025 ("Bình Định" for Gia
Lai). Only that way round, and a place elsewhere still leaves the title's province unnamed."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from bantin.model import Bulletin
from bantin.parsers.places import PROVINCES, is_place_name, provinces_placed_among
from tests.validators.builders import digest, on_date, with_title
from tests.validators.helpers import hits


def title_warnings(found: list[tuple[int | None, str]]) -> list[tuple[int | None, str]]:
    """article.locality's ``found`` hits without what each says the body names instead
    ("; the body names Gia Lai", test_locality_message): the provinces the title names alone."""
    return [(line, message.partition("; the body names ")[0]) for line, message in found]


def retitled(title: str, sentence: str) -> tuple[Bulletin, int]:
    """The digest with article 3 retitled ``title``, its body the one ``sentence``, cited from a
    national outlet; and that article's title line."""
    bulletin = with_title(digest(), title, index=2)
    article = bulletin.articles[2]
    assert article.citation is not None
    only = replace(article.paragraphs[0], text=sentence, breaks=())
    cited = replace(article, paragraphs=(only,), citation=replace(article.citation, outlet="TTXVN"))
    articles = (*bulletin.articles[:2], cited, *bulletin.articles[3:])
    return replace(bulletin, articles=articles), article.title_line


@pytest.mark.parametrize(
    ("title", "sentence"),
    [
        ("Đắk Lắk: Làm việc sáng thứ Bảy", "Phường Buôn Ma Thuột mở cửa sáng thứ Bảy từ ngày 4/10."),
        ("Khánh Hòa: Số hóa hồ sơ đất đai", "Các phường của Nha Trang đã số hóa 95% hồ sơ."),
        ("Quảng Ninh: Một cửa thân thiện", "Bộ phận một cửa phường Hạ Long đón 300 lượt dân mỗi ngày."),
        ("Gia Lai: Rà soát thủ tục nội bộ", "Các sở của Bình Định trước đây đã rà soát 412 thủ tục."),
        ("Gia Lai: Phục vụ không phụ thuộc địa giới", "Phường Quy Nhơn nhận hồ sơ của người dân."),
        # Two provinces: one named, the other by a unit merged into it; both are placed.
        ("Gia Lai, Đắk Lắk: Liên kết vùng", "Bình Định và Đắk Lắk ký kết chia sẻ dữ liệu."),
        ("Hà Nội: Chính quyền số cấp phường", "Thủ đô có 126 xã, phường vận hành từ ngày 1/7."),
        ("Nghệ An: Số hóa hồ sơ", "Thành phố Vinh đã số hóa 95% hồ sơ đất đai."),
        ("TP. Hồ Chí Minh: Một cửa số", "Người dân Sài Gòn nộp hồ sơ qua ứng dụng từ 1/7."),
        # The island special zones (đặc khu) answer to the province directly, with no ward between.
        ("Quảng Ninh: Chính quyền đặc khu", "Đặc khu Vân Đồn tiếp nhận 1.200 hồ sơ trực tuyến."),
        ("Quảng Ninh: Chính quyền đặc khu", "Đặc khu Cô Tô tiếp nhận 80 hồ sơ trong tuần đầu."),
        ("Hải Phòng: Đặc khu đảo", "Hai đặc khu Bạch Long Vĩ và Cát Hải đã có trung tâm phục vụ."),
        ("Khánh Hòa: Phục vụ quân dân", "Đặc khu Trường Sa giải quyết hồ sơ qua mạng."),
        ("Quảng Ngãi: Đảo tiền tiêu", "Người dân đảo Lý Sơn nộp hồ sơ không cần vào đất liền."),
        ("An Giang: Ba đặc khu", "Các đặc khu Kiên Hải và Thổ Châu vận hành từ ngày 1/7."),
        ("Lâm Đồng: Đặc khu Phú Quý", "Đặc khu Phú Quý nhận hồ sơ qua dịch vụ công trực tuyến."),
        ("Quảng Trị: Đảo Cồn Cỏ", "Đặc khu Cồn Cỏ có 400 dân và một bộ phận một cửa."),
        ("Đà Nẵng: Huyện đảo", "Huyện Hoàng Sa có trụ sở trong đất liền."),
        # The wards a capital was cut into on 1 July 2025 bear names of their own.
        ("Thanh Hóa: Một cửa cấp phường", "Phường Hạc Thành nhận 2.400 hồ sơ trong tháng 8."),
        ("Hà Tĩnh: Một cửa cấp phường", "Trung tâm phục vụ hành chính công phường Thành Sen đón dân."),
        ("Nghệ An: Một cửa cấp phường", "Phường Thành Vinh và phường Trường Vinh trả kết quả đúng hạn."),
        ("Nghệ An: Du lịch biển", "Phường Cửa Lò cấp phép cho 40 cơ sở lưu trú."),
        # The capital's districts, wards or communes since the merger, are its own.
        ("Hà Nội: Một cửa cấp phường", "Phường Hoàn Kiếm và phường Cầu Giấy nhận hồ sơ cả thứ Bảy."),
        ("Hà Nội: Số hóa hồ sơ đất đai", "Quận Long Biên đã số hóa 88% hồ sơ."),
        ("Hà Nội: Chính quyền hai cấp", "Xã Ba Vì và xã Đông Anh vận hành ổn định."),
        ("TP. Hồ Chí Minh: Một cửa cấp xã", "Xã Cần Giờ và xã Củ Chi tiếp nhận hồ sơ trực tuyến."),
        ("TP. Hồ Chí Minh: Số hóa", "Phường Gò Vấp và phường Bến Thành trả kết quả tại nhà."),
        ("Đà Nẵng: Một cửa cấp phường", "Phường Ngũ Hành Sơn và xã Hòa Vang nhận hồ sơ tại nhà."),
        ("Cần Thơ: Chính quyền hai cấp", "Phường Ninh Kiều và phường Cái Răng vận hành ổn định."),
        ("Hải Phòng: Một cửa cấp xã", "Đặc khu Cát Hải mở điểm nhận hồ sơ ở Cát Bà."),
        ("Huế: Một cửa cấp phường", "Phường Thuận Hóa trả kết quả qua bưu điện."),
        ("Hưng Yên: Một cửa cấp phường", "Phường Phố Hiến nhận 1.500 hồ sơ trong quý III."),
        # The names the press calls a province or city by.
        ("Thanh Hóa: Chính quyền số", "Xứ Thanh có 166 xã, phường dùng hồ sơ điện tử."),
        ("Hải Phòng: Thu hút đầu tư", "Thành phố Cảng rút ngắn thời gian cấp phép xây dựng."),
        ("Cà Mau: Dịch vụ công", "Bà con vùng đất Mũi nộp hồ sơ trực tuyến."),
        ("TP. Hồ Chí Minh: Cải cách", "Thành phố mang tên Bác cắt giảm 120 thủ tục."),
        ("Lạng Sơn: Cửa khẩu số", "Doanh nghiệp xứ Lạng khai hải quan trên một cổng."),
        ("Đà Nẵng: Đô thị thông minh", "Thành phố sông Hàn có 94 xã, phường dùng bản đồ số."),
        # A town typed with the other keyboard setting ("Hoà", not "Hòa") is the same town.
        ("Đồng Nai: Một cửa liên thông", "Thành phố Biên Hoà trả kết quả qua bưu điện."),
        ("Đắk Lắk: Một cửa liên thông", "Phường Tuy Hoà trả kết quả qua bưu điện."),
    ],
)  # fmt: skip
def test_a_body_that_names_a_place_within_the_province_names_it(title: str, sentence: str) -> None:
    # Issued on the merger's day: what was merged into a province is in it from then on only.
    bulletin, _ = retitled(title, sentence)
    assert hits("article.locality", on_date(bulletin, dt.date(2025, 7, 1))) == []


@pytest.mark.parametrize(
    ("title", "sentence", "province"),
    [
        # What was merged names its successor, never the other way: Gia Lai was not Bình Định.
        ("Bình Định: Rà soát thủ tục", "Các sở của Gia Lai đã rà soát 412 thủ tục.", "Bình Định"),
        # Another province's town places nothing in this one.
        ("Sơn La: Một cửa thân thiện", "Bộ phận một cửa phường Hạ Long đón dân.", "Sơn La"),
        # A town's name inside a longer word is no town.
        ("Khánh Hòa: Số hóa hồ sơ", "Các phường Nha Trangg đã số hóa hồ sơ.", "Khánh Hòa"),
        # What was merged is read as provinces are: the ocean is no Thái Bình, in Hưng Yên.
        ("Hưng Yên: Xuất khẩu qua cảng biển", "Hàng hóa đi qua Thái Bình Dương.", "Hưng Yên"),
        # "Vinh" bare is in many places' names: only "thành phố Vinh" places a text in Nghệ An.
        ("Nghệ An: Số hóa hồ sơ", "Phường Vinh Quang đã số hóa 95% hồ sơ.", "Nghệ An"),
        # "Cô Tô" bare is also a commune in An Giang: only the special zone is Quảng Ninh's.
        ("Quảng Ninh: Một cửa", "Xã Cô Tô đón 200 lượt dân mỗi tuần.", "Quảng Ninh"),
        # A place's name that is also a person's places nothing without the word for its unit.
        ("Hà Nội: Một cửa", "Anh Nguyễn Hà Đông nộp hồ sơ qua mạng.", "Hà Nội"),
        ("Nghệ An: Một cửa", "Chị Lê Thành Vinh nhận kết quả tại nhà.", "Nghệ An"),
        # A clerk whose given name is a province's is no mention of it.
        ("Huế: Gương cán bộ một cửa", "Chị Nguyễn Thị Huế được khen thưởng.", "Huế"),
        # "đất Tổ quốc" is the fatherland's soil, not Phú Thọ's "đất Tổ".
        ("Phú Thọ: Biên phòng số", "Giữ vững từng tấc đất Tổ quốc bằng dữ liệu số.", "Phú Thọ"),
    ],
)
def test_a_place_elsewhere_leaves_the_title_province_unnamed(
    title: str, sentence: str, province: str
) -> None:
    bulletin, line = retitled(title, sentence)
    assert title_warnings(hits("article.locality", bulletin)) == [
        (line, f"title names {province} but the body never mentions it")
    ]


def test_every_town_places_a_text_in_one_province_only() -> None:
    # A town listed for two provinces (bar a unit and its successor) would excuse the wrong one.
    owners: dict[str, set[str]] = {}
    for province in PROVINCES:
        for town in province.towns:
            owners.setdefault(town, set()).add(province.merged_into or province.name)
    assert {town: names for town, names in owners.items() if len(names) > 1} == {}
    assert all(town not in {p.name for p in PROVINCES} for town in owners)


def test_a_town_that_is_also_a_persons_name_is_no_place_by_itself() -> None:
    # Citations tell writers from places by this: "Thành Vinh - TTXVN" is a writer.
    assert not any(map(is_place_name, ("Thành Vinh", "Hà Đông", "Lý Sơn", "Đông Anh")))
    assert all(map(is_place_name, ("phường Thành Vinh", "quận Hà Đông", "đặc khu Lý Sơn")))


def test_places_within_a_unit_formed_in_2025_hold_what_was_merged_into_it() -> None:
    for place in ("Bình Định", "Quy Nhơn", "Pleiku"):  # a merged unit, its town, the unit's own
        texts = [f"Người dân ở {place} nộp hồ sơ."]
        assert provinces_placed_among(texts, ["Gia Lai"], merged=True) == {"Gia Lai"}
    assert provinces_placed_among(["Người dân ở Gia Lai nộp hồ sơ."], ["Bình Định"]) == set()
    assert provinces_placed_among(["Thành phố Tuy Hòa"], ["Đắk Lắk", "Phú Yên"], merged=True) == {
        "Đắk Lắk",
        "Phú Yên",
    }


@pytest.mark.parametrize(
    "city", ["TP ", "TP. ", "Tp ", "Tp. ", "thành phố ", "Thành phố ", "TP.", "Tp."]
)
def test_a_city_whose_bare_name_is_common_is_placed_after_each_word_for_a_city(city: str) -> None:
    # "TP.Vinh", with no space after the dot, as "TP.HCM" is printed.
    assert provinces_placed_among([f"Bộ phận một cửa {city}Vinh đón dân."], ["Nghệ An"]) == {
        "Nghệ An"
    }
    assert provinces_placed_among(["Bộ phận một cửa phường Vinh Phú đón dân."], ["Nghệ An"]) == (
        set()
    )


@pytest.mark.parametrize(
    ("title", "sentence", "fires"),
    [
        # Titles still name the provinces merged away; the body names what they became part of.
        ("Phú Yên: Một cửa thân thiện", "Tỉnh Đắk Lắk (mới) đón 300 lượt dân mỗi ngày.", False),
        ("Bình Định: Rà soát thủ tục", "Các sở của Gia Lai đã rà soát 412 thủ tục.", False),
        ("Hà Giang: Chính quyền hai cấp", "UBND tỉnh Tuyên Quang họp về cấp xã mới.", False),
        # Another province is still another one.
        ("Bình Định: Rà soát thủ tục", "Các sở của Lâm Đồng đã rà soát 412 thủ tục.", True),
    ],
)
def test_from_the_merger_a_province_merged_away_is_placed_by_the_one_it_joined(
    title: str, sentence: str, fires: bool
) -> None:
    """From 1 July 2025 what was Bình Định is in Gia Lai: a title's "Bình Định" over a body
    about Gia Lai names the same place. Before that day it did not (the test above)."""
    bulletin, line = retitled(title, sentence)
    merged = on_date(bulletin, dt.date(2025, 7, 1))  # the merger's day itself
    found = title_warnings(hits("article.locality", merged))
    province = title.split(":")[0]
    assert found == (
        [(line, f"title names {province} but the body never mentions it")] if fires else []
    )
    assert title_warnings(hits("article.locality", on_date(bulletin, dt.date(2025, 6, 30)))) == [
        (line, f"title names {province} but the body never mentions it")
    ]
