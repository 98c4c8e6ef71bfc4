"""spellings without marks or with a dash, and provinces' names that are a
ward's, commune's or street's own ("xã Long An", "phố Huế"), which name no province."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from bantin.parsers.places import (
    PROVINCES,
    canonical_province,
    locality_of,
    provinces_named_among,
    provinces_named_in,
    provinces_named_in_any,
    provinces_named_in_each,
    provinces_placed_among,
)


@pytest.mark.parametrize(
    ("spelling", "canonical"),
    [
        # Without the marks, in one word or two, as brands and many outlets of the highland print it.
        ("Daklak", "Đắk Lắk"),
        ("DakLak", "Đắk Lắk"),
        ("Dak Lak", "Đắk Lắk"),
        ("Đaklak", "Đắk Lắk"),
        ("DAKLAK", "Đắk Lắk"),
        ("ĐắkLắk", "Đắk Lắk"),
        ("Daknong", "Đắk Nông"),
        ("Dak Nong", "Đắk Nông"),
        # Kon Tum in one word or dashed.
        ("KonTum", "Kon Tum"),
        ("Kon-Tum", "Kon Tum"),
        ("Kon – Tum", "Kon Tum"),
        ("tỉnh KonTum", "Kon Tum"),
    ],
)
def test_a_name_printed_without_marks_or_with_a_dash_is_the_province(
    spelling: str, canonical: str
) -> None:
    assert canonical_province(spelling) == canonical
    assert provinces_named_in(f"Năm nay {spelling} số hóa 90% hồ sơ.") == [canonical]


@pytest.mark.parametrize(
    "sentence",
    [
        "Xã Long An nhận 200 hồ sơ trong tuần đầu.",
        "UBND phường Bắc Giang trả kết quả đúng hạn.",
        "Phường Vĩnh Phúc ở quận Ba Đình có 30 cán bộ.",
        "Các cửa hàng trên phố Huế nhận thanh toán điện tử.",
        "PHỐ HUẾ có 50 cửa hàng số.",
        "Đường Lào Cai được nâng cấp trong năm nay.",
        "Thị trấn Long An có bộ phận một cửa mới.",
        "Người dân ngõ Hà Nội được cấp số nhà mới.",
        "Tổ dân phố Hà Nội có 300 hộ.",
        "Đại lộ Hà Nội được mở rộng.",
        # Two streets: the word joining them lists no kinds of unit.
        "Phố Huế và phố Hà Nội có 50 cửa hàng số.",
        "Phường Hà Giang 1 và phường Hà Giang 2 nhận hồ sơ.",
        # A district of Quảng Bình, and one of Bạc Liêu, until 2025.
        "Huyện Quảng Ninh có 15 xã dùng chữ ký số.",
        "Người dân huyện Hoà Bình nộp hồ sơ qua mạng.",
    ],
)
def test_a_province_s_name_after_the_word_for_a_ward_commune_or_street_names_no_province(
    sentence: str,
) -> None:
    assert provinces_named_in(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "province"),
    [
        # The province's city or town, and its streets.
        ("Thành phố Huế có 40 xã, phường.", "Huế"),
        ("Thị xã Quảng Trị cũ nay là một phường.", "Quảng Trị"),
        ("Đường phố Hà Nội sạch hơn sau đợt ra quân.", "Hà Nội"),
        ("Phố phường Hà Nội rực rỡ cờ hoa.", "Hà Nội"),
        # The province's wards and communes, many of them: a count, a list, a level.
        ("Các xã, phường Hà Nội vận hành ổn định.", "Hà Nội"),
        ("Các xã phường Hà Nội vận hành ổn định.", "Hà Nội"),
        ("126 xã, phường Hà Nội dùng bản đồ số.", "Hà Nội"),
        ("Cán bộ xã/phường Hà Nội được tập huấn.", "Hà Nội"),
        ("Chính quyền cấp xã Hà Nội vận hành từ 1/7.", "Hà Nội"),
        ("Mọi xã và phường Hà Nội có bộ phận một cửa.", "Hà Nội"),
        # The list before 2025, its last kind of unit in two words; many quarters.
        ("Các xã, phường, thị trấn Long An dùng chữ ký số.", "Long An"),
        ("Các khu phố Hà Nội có tổ công nghệ số.", "Hà Nội"),
        ("Các tổ dân phố Hà Nội có tổ công nghệ số.", "Hà Nội"),
        # "lộ" alone is no avenue ("tiết lộ": revealed).
        ("Ông cho biết tiết lộ Hà Nội sẽ thí điểm.", "Hà Nội"),
        ("Tỉnh Quảng Ninh có 54 xã, phường, đặc khu.", "Quảng Ninh"),
    ],
)
def test_the_province_s_own_city_streets_and_units_still_name_it(
    sentence: str, province: str
) -> None:
    assert provinces_named_in(sentence) == [province]
    assert provinces_named_among([sentence], [province]) == {province}


def test_a_list_of_units_cut_by_a_comma_is_read_whole() -> None:
    # The stretch after the comma alone ("phường Hà Nội") would read as one ward's name.
    texts = ["Trong tháng, các xã, phường Hà Nội nhận 9.000 hồ sơ."]
    assert provinces_named_among(texts, ["Hà Nội"]) == {"Hà Nội"}
    assert provinces_named_among(["Trong tháng, phường Hà Nội nhận hồ sơ."], ["Hà Nội"]) == set()


def test_a_town_s_name_on_a_street_places_nothing_but_its_ward_places_the_province() -> None:
    # Streets named after Điện Biên Phủ run through many cities; its ward is in Điện Biên.
    assert provinces_placed_among(["Trụ sở trên đường Điện Biên Phủ."], ["Điện Biên"]) == set()
    assert provinces_placed_among(["Phường Điện Biên Phủ nhận hồ sơ."], ["Điện Biên"]) == {
        "Điện Biên"
    }


def test_a_district_named_as_another_province_places_its_own() -> None:
    texts = ["Huyện Quảng Ninh có 15 xã dùng chữ ký số."]
    assert provinces_placed_among(texts, ["Quảng Ninh", "Quảng Bình"]) == {"Quảng Bình"}
    texts = ["Huyện Hòa Bình có 8 xã."]
    assert provinces_placed_among(texts, ["Hòa Bình", "Bạc Liêu"]) == {"Bạc Liêu"}


@pytest.mark.parametrize(
    ("title", "locality"),
    [
        # "mới" and "cũ" bare, as often as in brackets, after the province's name.
        ("Lâm Đồng mới: Bộ phận một cửa liên thông", "Lâm Đồng"),
        ("Tỉnh Lâm Đồng mới: Bộ phận một cửa liên thông", "Lâm Đồng"),
        ("Đắk Nông cũ: Hồ sơ chuyển về xã mới", "Đắk Nông"),
        ("ĐẮK NÔNG CŨ: Hồ sơ chuyển về xã mới", "Đắk Nông"),
        # A bracket that narrows the place to a unit merged into it, or names what it joined.
        ("Đắk Lắk (Phú Yên cũ): Một cửa cấp xã", "Đắk Lắk"),
        ("Lâm Đồng (tỉnh Đắk Nông cũ): Một cửa cấp xã", "Lâm Đồng"),
        ("Bình Thuận (nay là Lâm Đồng): Một cửa cấp xã", "Bình Thuận"),
        # Two provinces no merger joined contradict each other: no locality.
        ("Hà Nội (Bắc Ninh): Một cửa cấp xã", None),
        # "mới" after no province's name is no era.
        ("Đời sống mới: Một cửa cấp xã", None),
        # A head parted from the rest by a spaced dash, not a colon.
        ("Hà Nội – Đẩy mạnh số hóa hồ sơ", "Hà Nội"),
        ("HÀ NỘI - Đẩy mạnh số hóa hồ sơ", "Hà Nội"),
        ("Bà Rịa - Vũng Tàu – Cắt giảm thủ tục", "Bà Rịa - Vũng Tàu"),
        ("Lâm Đồng mới — Một cửa cấp xã", "Lâm Đồng"),
        # The dash joins two provinces, or parts no province from the rest.
        ("Kon Tum - Gia Lai liên kết chia sẻ dữ liệu", None),
        ("Bà Rịa - Vũng Tàu cắt giảm thủ tục", None),
        ("Thừa Thiên - Huế đẩy mạnh số hóa", None),
        ("Cải cách ở Cao Bằng – Tăng tốc với công nghệ", None),
        ("Phường Bến Thành – Tiếp dân cuối tuần", None),
    ],
)
def test_the_locality_of_a_title_naming_a_province_new_or_old(
    title: str, locality: str | None
) -> None:
    assert locality_of(title) == locality


@pytest.mark.parametrize(
    "sentence",
    [
        "Chị Hà Giang nộp hồ sơ qua mạng.",
        "Anh Nguyễn Hải Dương được khen thưởng.",
        "Ông Trần Long An, cán bộ một cửa, được khen.",
        "Cán bộ Đỗ Hà Nam trả kết quả tại nhà.",
        "Em Thái Bình đạt giải nhất.",
        "Đồng chí Lê Văn Vĩnh Long phát biểu.",
    ],
)
def test_a_province_s_name_as_a_person_s_given_name_names_no_province(sentence: str) -> None:
    assert provinces_named_in(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "province"),
    [
        # People in general, not one person: the province's.
        ("Anh em Hà Nội góp ý dự thảo.", "Hà Nội"),
        ("Bà con Long An nộp hồ sơ qua mạng.", "Long An"),
        ("Chị em Hà Giang học dùng ứng dụng.", "Hà Giang"),
        ("Các em Hà Nội đạt giải nhất cuộc thi.", "Hà Nội"),
        ("Đoàn đưa 20 cháu Hà Giang về xuôi.", "Hà Giang"),
        # A province's delegation, its name opening the sentence as a family name might.
        ("Đoàn Quảng Ninh dự hội nghị trực tuyến.", "Quảng Ninh"),
        # A place's name that opens with a family name is still the place.
        ("Người dân Bà Rịa - Vũng Tàu nộp hồ sơ.", "Bà Rịa - Vũng Tàu"),
    ],
)
def test_people_of_a_province_still_name_it(sentence: str, province: str) -> None:
    assert provinces_named_in(sentence) == [province]


@pytest.mark.parametrize(
    ("sentence", "province"),
    [
        # Another country's capital, and a commune whose name only opens with a town's.
        ("Thủ đô Viêng Chăn cử đoàn sang học tập.", "Hà Nội"),
        ("Xã Long Khánh A nhận hồ sơ qua mạng.", "Đồng Nai"),
        ("Báo Sài Gòn Giải Phóng đưa tin.", "TP. Hồ Chí Minh"),
    ],
)
def test_a_town_s_name_that_opens_a_longer_name_places_nothing(
    sentence: str, province: str
) -> None:
    assert provinces_placed_among([sentence], [province]) == set()


@pytest.mark.parametrize(
    ("sentence", "province"),
    [
        ("Thủ đô có 126 xã, phường.", "Hà Nội"),
        ("Thành phố Long Khánh nhận hồ sơ qua mạng.", "Đồng Nai"),
        ("Người dân Sài Gòn nộp hồ sơ qua ứng dụng.", "TP. Hồ Chí Minh"),
        ("Người dân ở Sài Gòn. Họ nộp hồ sơ qua mạng.", "TP. Hồ Chí Minh"),
    ],
)
def test_a_town_s_name_standing_alone_places_its_province(sentence: str, province: str) -> None:
    assert provinces_placed_among([sentence], [province]) == {province}


def test_a_text_read_with_others_reads_as_alone() -> None:
    # Titles and paragraphs are matched joined in one pass: the word before a name is its own
    # text's, never the end of the text before it.
    texts = ["Một cửa xã", "xã Hà Nội", "Chị Hà Giang", "các xã Long An", "phường", "Huế"]
    assert provinces_named_in_each(texts) == [provinces_named_in(text) for text in texts]
    assert provinces_named_in_each(texts) == [[], [], [], ["Long An"], [], ["Huế"]]
    assert provinces_named_in_any(texts) == {"Long An", "Huế"}
    assert provinces_named_in_any(["", "xã Hà Nội"]) == set()


#: Pieces of text around names: the words for units and people that change what a name is.
_PIECES = st.one_of(
    st.sampled_from(["Hà Nội", "Long An", "Huế", "Hà Giang", "Thái Bình", "Dương", "Sài Gòn"]),
    st.sampled_from(["xã", "phường", "thị", "trấn", "các", "126", "và", "Nguyễn", "chị", "em"]),
    st.sampled_from(["phố", "thành", "đường", "tổ", "dân", "khu", "lộ", "đại", "Thủ đô", "A"]),
    st.sampled_from([" ", ", ", ",", "  ", "\n", " - ", "/"]),
)
_TEXTS = st.lists(st.lists(_PIECES, max_size=10).map("".join), max_size=4)
_NAMES = st.lists(st.sampled_from([p.name for p in PROVINCES]), max_size=4)


@given(_TEXTS, _NAMES)
@example(["Một cửa xã", "xã Hà Nội", "các xã, phường Long An"], ["Hà Nội", "Long An"])
@example(["em", "chị Hà Giang, Thủ đô A"], ["Hà Giang", "Hà Nội"])
def test_the_words_before_a_name_read_the_same_in_every_pass(
    texts: list[str], names: list[str]
) -> None:
    each = [provinces_named_in(text) for text in texts]
    assert provinces_named_in_each(texts) == each
    assert provinces_named_in_any(texts) == {name for found in each for name in found}
    assert provinces_named_among(texts, names) == provinces_named_in_any(texts) & set(names)
