"""Figures: a place reached in an index's ranking, a count over its plan, and a
percentage said to correspond to a count ("tương ứng"), read as one figure the rules check."""

from __future__ import annotations

import pytest

from bantin.parsers.figures import extract_figures
from bantin.validators.run import validate_bulletins
from tests.validators.builders import digest, with_paragraph


def _kinds(text: str) -> list[tuple[str, float | None, float | None]]:
    return [(f.kind, f.numerator, f.denominator) for f in extract_figures(text)]


def _pct_rules(text: str) -> list[tuple[str, str]]:
    findings = validate_bulletins([with_paragraph(digest(), text)])
    return [(f.rule, f.message) for f in findings if f.rule.startswith("pct.")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Chỉ số PAR INDEX năm 2025 của huyện vươn lên 4/34 tỉnh, thành phố.",
        "Về PAPI, thành phố năm nay vươn lên 6/34.",
        "Chỉ số SIPAS của tỉnh tụt xuống 21/34 tỉnh, thành.",
        "Năm 2025, Chỉ số cải cách hành chính của tỉnh đạt 91,2 điểm, vươn lên 7/34 tỉnh, thành.",
        "Chỉ số DTI năm 2025 tăng 2,4%, vươn lên 9/34 tỉnh.",
        "Chỉ số hài lòng của người dân năm nay vươn lên 12/34 địa phương.",
    ],
)
def test_a_climb_in_a_sentence_naming_a_ranked_index_is_a_place(sentence: str) -> None:
    (place,) = [f for f in extract_figures(sentence) if f.numerator is not None]
    assert (place.kind, place.value) == ("rank", None)


@pytest.mark.parametrize(
    "sentence",
    [
        # a count named after the index: the number is of it
        "Chỉ số SIPAS đạt 86%, số xã đạt chuẩn vươn lên 45/60 xã.",
        "Chỉ số PCI tăng; tỷ lệ hồ sơ trực tuyến vươn lên 45/60 hồ sơ.",
        # the index is named after the number only
        "Số xã đạt chuẩn vươn lên 45/60 xã, góp phần nâng Chỉ số PCI.",
    ],
)
def test_a_count_that_grows_near_an_index_stays_a_ratio(sentence: str) -> None:
    ratio = next(f for f in extract_figures(sentence) if f.numerator is not None)
    assert (ratio.kind, ratio.numerator, ratio.denominator) == ("ratio", 45, 60)


@pytest.mark.parametrize("printed", ["đạt 108% kế hoạch", "đạt 108% chỉ tiêu được giao"])
def test_a_count_over_its_plan_with_the_share_reached_is_one_figure(printed: str) -> None:
    text = f"Trong năm, chi bộ kết nạp 27/25 đảng viên mới, {printed}."
    (figure,) = extract_figures(text)
    assert (figure.kind, figure.numerator, figure.denominator) == ("ratio_percent", 27, 25)
    assert (figure.value, figure.stated, figure.unit) == (108, "108%", "đảng viên")
    assert figure.text.endswith(printed.split(" được")[0])
    assert _pct_rules(text) == []


def test_the_share_of_a_plan_that_its_count_contradicts_is_reported() -> None:
    text = "Trong năm, chi bộ kết nạp 27/25 đảng viên mới (đạt 120% kế hoạch)."
    (figure,) = extract_figures(text)
    assert figure.text == "27/25 đảng viên mới (đạt 120% kế hoạch)"
    assert _pct_rules(text) == [("pct.ratio", "27/25 is 108%, not 120%")]


@pytest.mark.parametrize(
    "sentence",
    [
        # an excess is no restatement of the count
        "Trong năm, chi bộ kết nạp 27/25 đảng viên mới, vượt 8% kế hoạch.",
        # below its plan, the whole may be all there are, and the plan another count
        "Toàn huyện có 27/30 xã đạt chuẩn, đạt 96% kế hoạch.",
    ],
)
def test_a_plan_reached_is_paired_only_with_a_count_over_it(sentence: str) -> None:
    assert [f.kind for f in extract_figures(sentence)] == ["ratio", "percent"]


def test_a_count_over_its_plan_said_reached_without_the_plan_is_no_count_over_all() -> None:
    reached = "Trong năm, chi bộ kết nạp 27/25 đảng viên mới, đạt 108%."
    assert _kinds(reached) == [("ratio_percent", 27, 25)]
    assert _pct_rules(reached) == []
    # restated in parentheses, or as a rate, it is still more than all
    for restated in ("Toàn xã có 27/25 hộ (108%) đã dùng nước sạch.",
                     "Toàn xã có 27/25 hộ dùng nước sạch, đạt tỷ lệ 108%."):  # fmt: skip
        assert [rule for rule, _ in _pct_rules(restated)] == ["pct.range"], restated


@pytest.mark.parametrize("said", ["tương ứng", "tương ứng với", "tương ứng tỷ lệ"])
def test_a_percentage_said_to_correspond_to_a_count_is_checked_against_it(said: str) -> None:
    right = f"Toàn huyện có 27/30 xã đạt chuẩn nông thôn mới, {said} 90%."
    wrong = f"Toàn huyện có 27/30 xã đạt chuẩn nông thôn mới, {said} 80%."
    (figure,) = extract_figures(right)
    assert (figure.kind, figure.value, figure.stated) == ("ratio_percent", 90, "90%")
    assert _pct_rules(right) == []
    assert _pct_rules(wrong) == [("pct.ratio", "27/30 is 90%, not 80%")]


def test_a_change_said_to_correspond_is_no_restatement() -> None:
    text = "Có 27/30 xã đạt chuẩn, tương ứng tăng 10% so với năm trước."
    assert [f.kind for f in extract_figures(text)] == ["ratio", "percent"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Đến ngày 20/11, tỷ lệ đạt 97%.",
        "Tính đến 20/11, đạt tỷ lệ 97%.",
        "Lũy kế đến 4/11, tỷ lệ đạt 97%.",
        "Số liệu cập nhật đến 20/11 (đạt 97%).",
        "Đến hết 20/11, tỷ lệ là 97%.",
    ],
)
def test_the_day_a_rate_was_reached_is_a_date_not_a_ratio_it_restates(sentence: str) -> None:
    figures = extract_figures(sentence)
    assert [(f.kind, f.value) for f in figures] == [("percent", 97)]
    assert _pct_rules(sentence) == []


def test_a_day_over_its_month_with_a_rate_after_it_is_no_ratio() -> None:
    # no date word before it, but 20 of 11 counted things restated as 97% is none
    text = "Cập nhật 20/11, tỷ lệ đạt 97%."
    assert [(f.kind, f.value) for f in extract_figures(text)] == [("percent", 97)]
    assert _pct_rules(text) == []
    # a count after a word that also leads to figures still pairs, and is checked
    counted = "Có đến 5/9 huyện (70%) đạt chuẩn."
    assert _kinds(counted) == [("ratio_percent", 5, 9)]
    assert _pct_rules(counted) == [("pct.ratio", "5/9 is 55,56%, not 70%")]


@pytest.mark.parametrize(
    "sentence", ["Trong tuần 46/2025, tỷ lệ đạt 91%.", "Theo bản tin số 46/2025 (đạt 91%)."]
)
def test_a_number_of_a_year_before_a_rate_is_no_ratio_it_restates(sentence: str) -> None:
    assert [(f.kind, f.value) for f in extract_figures(sentence)] == [("percent", 91)]
    assert _pct_rules(sentence) == []


@pytest.mark.parametrize(
    "said", [", đạt tỷ lệ tương ứng {}", ", chiếm tương ứng {}", " (tỷ lệ tương ứng {})"]
)
def test_a_rate_said_to_correspond_after_its_verb_is_paired(said: str) -> None:
    text = "Có 30/34 tỉnh, thành phố hoàn thành kết nối" + said.format("85,3%") + "."
    (figure,) = extract_figures(text)
    assert (figure.kind, figure.stated) == ("ratio_percent", "85,3%")
    assert _pct_rules(text) == [("pct.ratio", "30/34 is 88,24%, not 85,3%")]


def test_the_rates_of_a_list_said_in_turn_are_not_paired() -> None:
    # "lần lượt là": each percentage is of one of the things listed, maybe in another order
    text = "Có 12 bộ và 30/34 tỉnh đã kết nối, đạt tỷ lệ tương ứng lần lượt là 70,6% và 88,2%."
    assert [f.kind for f in extract_figures(text)] == ["ratio", "percent", "percent"]


@pytest.mark.parametrize(
    "said", [", tương ứng {}", " (tỷ lệ tương ứng {})", ", chiếm tương ứng {}"]
)
def test_an_implied_ratio_said_to_correspond_is_checked(said: str) -> None:
    text = "Tiếp nhận 300 hồ sơ, trong đó 270 hồ sơ trực tuyến" + said.format("80%") + "."
    assert _pct_rules(text) == [("pct.implied-ratio", "270 of 300 hồ sơ is 90%, not 80%")]
    right = "Tiếp nhận 300 hồ sơ, trong đó 270 hồ sơ trực tuyến" + said.format("90%") + "."
    assert _pct_rules(right) == []


def test_a_climb_to_a_place_with_its_index_named_after_it_is_a_place() -> None:
    text = "Năm nay tỉnh vươn lên 6/34 tỉnh, thành về Chỉ số PAR INDEX."
    (place,) = extract_figures(text)
    assert (place.kind, place.numerator, place.denominator) == ("rank", 6, 34)
    # "về" something else after a count that grew: still a count
    grew = "Số xã vươn lên 45/60 xã về đích nông thôn mới, nâng Chỉ số PCI."
    assert _kinds(grew) == [("ratio", 45, 60)]


@pytest.mark.parametrize(
    ("sentence", "printed"),
    [
        ("Nhóm B gồm 20 tỉnh đạt từ 80% đến dưới 90%.", "từ 80% đến dưới 90%"),
        ("Có 5 xã đạt từ 70 đến dưới 80%.", "từ 70 đến dưới 80%"),
    ],
)
def test_a_range_up_to_its_top_left_out_is_one_range(sentence: str, printed: str) -> None:
    (figure,) = extract_figures(sentence)
    assert (figure.kind, figure.text, figure.value) == ("percent", printed, None)
    assert (figure.value_low, figure.value_high) == (int(printed[3:5]), int(printed[-3:-1]))


def test_a_count_out_of_a_total_of_the_same_noun_is_an_implied_ratio() -> None:
    text = "Các bộ đã cung cấp 50 dịch vụ trong tổng số 70 dịch vụ, đạt 70%."
    assert _pct_rules(text) == [("pct.implied-ratio", "50 of 70 dịch vụ is 71,43%, not 70%")]
    assert _pct_rules(text.replace("70%", "71,4%")) == []
    # of other things, or a place out of those ranked: no share
    assert _pct_rules("Có 50 hồ sơ trong tổng số 70 thủ tục, đạt 70%.") == []
    assert _pct_rules("Tỉnh xếp thứ 5 tỉnh trên tổng số 34 tỉnh, đạt 90%.") == []


def test_a_bare_day_and_month_before_a_rate_after_a_comma_is_no_ratio() -> None:
    # "2/12" alone is no figure (a day, a batch, …), and 97% is clearly none of its share
    text = "Đợt 2/12, đạt 97%."
    assert [(f.kind, f.value) for f in extract_figures(text)] == [("percent", 97)]
    assert _pct_rules(text) == []
    # restated in parentheses right after it, it is a ratio, and misstated
    assert _pct_rules("Có 3/4 (80%) xã đã số hóa.") == [("pct.ratio", "3/4 is 75%, not 80%")]


def test_the_on_time_share_in_parentheses_after_those_resolved_is_checked() -> None:
    text = "Trung tâm giải quyết 1.200 hồ sơ (đúng hạn 1.100 hồ sơ, đạt 99%)."
    assert _pct_rules(text) == [("pct.implied-ratio", "1.100 of 1.200 hồ sơ is 91,67%, not 99%")]
    assert _pct_rules(text.replace("1.100", "1.188")) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Chỉ số PAPI năm 2025: 16/34.",
        "Chỉ số SIPAS: 21/34; PAPI: 16/34.",
        "Chỉ số PAR INDEX năm 2025 của tỉnh là 16/34 tỉnh, thành phố.",
        "Chỉ số PAR INDEX của tỉnh là 16/34 tỉnh, thành trong cả nước.",
    ],
)
def test_a_place_said_after_a_ranked_index_is_a_place(sentence: str) -> None:
    figures = extract_figures(sentence)
    assert figures and all((f.kind, f.value) == ("rank", None) for f in figures)


@pytest.mark.parametrize(
    ("sentence", "numerator", "denominator"),
    [
        ("Kết quả Chỉ số PAR INDEX là 12/20 sở, ngành đạt loại tốt.", 12, 20),
        ("Chỉ số SIPAS của tỉnh là 45/60 hồ sơ.", 45, 60),
        ("Chỉ số PCI: 68/100.", 68, 100),
    ],
)
def test_a_count_or_points_said_after_a_ranked_index_are_no_place(
    sentence: str, numerator: int, denominator: int
) -> None:
    assert _kinds(sentence) == [("ratio", numerator, denominator)]


@pytest.mark.parametrize("verb", ["chiếm", "tương ứng"])
def test_a_share_of_the_population_after_a_count_is_no_restatement(verb: str) -> None:
    text = f"Có 45/60 xã thuộc vùng ngập lụt, {verb} 30% dân số toàn tỉnh."
    assert [f.kind for f in extract_figures(text)] == ["ratio", "percent"]
    assert _pct_rules(text) == []
    # the population's share that the count is: one figure
    same = "Có 450/500 người được cấp, đạt 90% dân số."
    assert _kinds(same) == [("ratio_percent", 450, 500)]


def test_the_next_day_of_a_list_before_a_rate_is_a_day() -> None:
    text = "Ngày 5/12 và 6/12 (đạt 97%)."
    assert [(f.kind, f.value) for f in extract_figures(text)] == [("percent", 97)]
    assert _pct_rules(text) == []
    # a count after the day is still checked
    counted = "Ngày 5/12, có 3/4 xã (80%) hoàn thành."
    assert _pct_rules(counted) == [("pct.ratio", "3/4 is 75%, not 80%")]


@pytest.mark.parametrize("scheme", ["theo Đề án 06", "thực hiện Nghị quyết 57", "theo Chỉ thị 07"])
def test_a_scheme_named_by_its_number_between_a_count_and_its_rate_keeps_them_one(
    scheme: str,
) -> None:
    text = f"Tỉnh đã tích hợp 20/25 dịch vụ công thiết yếu {scheme}, đạt 100%."
    (figure,) = extract_figures(text)
    assert (figure.kind, figure.numerator, figure.denominator) == ("ratio_percent", 20, 25)
    assert _pct_rules(text) == [("pct.ratio", "20/25 is 80%, not 100%")]
    # another count between them is no name: no pair
    other = "Có 45/60 xã thực hiện Đề án 06 trong 3 tháng, chiếm 75%."
    assert [f.kind for f in extract_figures(other)] == ["ratio", "percent"]


@pytest.mark.parametrize("said", ["tương ứng", "tương đương với"])
def test_a_percentage_restated_as_the_count_it_corresponds_to_is_checked(said: str) -> None:
    text = f"Tỷ lệ xã hoàn thành đạt 90% ({said} 38/40 xã)."
    (figure,) = extract_figures(text)
    assert (figure.kind, figure.ratio_text, figure.unit) == ("ratio_percent", "38/40", "xã")
    assert _pct_rules(text) == [("pct.ratio", "38/40 is 95%, not 90%")]
    # all of a count restated so is no clock
    (whole,) = extract_figures(f"Đạt 100% ({said} 24/24) xã hoàn thành.")
    assert (whole.kind, whole.numerator, whole.denominator) == ("ratio_percent", 24, 24)
