"""pct.range, pct.ratio and pct.format: faults and the near-misses that must stay silent."""

from __future__ import annotations

import re
from dataclasses import replace
from fractions import Fraction
from math import ceil, floor

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from bantin.model import Paragraph
from bantin.parsers.figures import extract_figures
from bantin.parsers.text import format_vn_number
from bantin.validators.percentages import (
    agrees,
    is_count_over_all,
    is_decrease_over_100,
    is_share_over_100,
)
from tests.validators.builders import digest, with_paragraph, with_title
from tests.validators.helpers import hits


@pytest.mark.parametrize(
    "text",
    [
        "Tỉnh kích hoạt 1.624.565 tài khoản, đạt 132,58% so với chỉ tiêu.",
        "Số hồ sơ trực tuyến tăng 150%.",
        "Tỷ lệ hồ sơ trực tuyến đạt 45%, tăng 150% so với cùng kỳ.",
        "Tỷ lệ thu ngân sách đạt 120% dự toán năm.",
        "Doanh thu gấp 2 lần, đạt 210% kế hoạch.",
        "Đồng bào dân tộc thiểu số chiếm trên 85% dân số.",
        "Hồ sơ xử lý đạt 185%.",
    ],
)
def test_growth_targets_and_real_shares_do_not_fire(text: str) -> None:
    assert hits("pct.range", with_paragraph(digest(), text)) == []


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Đồng bào dân tộc thiểu số chiếm trên 185% dân số.", "185%"),
        ("Tỷ lệ hồ sơ được xử lý đúng hạn đạt 104,5%.", "104,5%"),
        ("Năm nay, số doanh nghiệp số chiếm 130% trên tổng số doanh nghiệp của tỉnh.", "130%"),
    ],
)
def test_shares_above_100_fire(text: str, figure: str) -> None:
    found = hits("pct.range", with_paragraph(digest(), text))
    assert len(found) == 1
    line, message = found[0]
    assert line == 32 and message.startswith(f"share {figure} exceeds 100%: ")


def test_share_after_a_page_break_is_reported_on_the_continuation_line() -> None:
    head = "Năm 2023 tỉnh tiếp nhận 1.600 hồ sơ, trong đó "
    paragraph = Paragraph(head + "hồ sơ trực tuyến chiếm 160% tổng số.", 32, ((len(head), 35),))
    bulletin = digest()
    article = replace(bulletin.articles[0], paragraphs=(paragraph,))
    bulletin = replace(bulletin, articles=(article, *bulletin.articles[1:]))
    assert hits("pct.range", bulletin) == [
        (35, "share 160% exceeds 100%: 'trong đó hồ sơ trực tuyến chiếm 160% tổng số'")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Đã có 224/224 (100%) cơ sở kết nối.",
        "Có 1/3 (33,3%) hồ sơ trực tuyến.",
        "Có 2/3 (66%) hồ sơ trực tuyến.",
        "Có 2/3 (67%) hồ sơ trực tuyến.",
        "Có 1/8 (13%) hồ sơ gửi qua bưu chính.",  # half a unit: rounded half up
        "Có 1/8 (12%) hồ sơ gửi qua bưu chính.",  # or truncated
        "Có 997/1.000 hồ sơ (đạt 100%) được trả đúng hạn.",  # 99,7% rounded
        "Có 1.624/2.000 (81,2%) tài khoản.",
        "Tỉnh đứng thứ 30/63 tỉnh, thành phố.",
    ],
)
def test_consistent_ratios_do_not_fire(text: str) -> None:
    assert hits("pct.ratio", with_paragraph(digest(), text)) == []


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "Đã có 312/315 thủ tục (đạt 100%) được cung cấp trực tuyến.",
            "312/315 is 99,05%, not 100%",
        ),
        ("Có 1/3 (34%) hồ sơ trực tuyến.", "1/3 is 33,33%, not 34%"),
        ("Có 45/46 xã (97,9%) đã số hóa dữ liệu hộ tịch.", "45/46 is 97,83%, not 97,9%"),
    ],
)
def test_share_printed_above_its_rounding_fires(text: str, message: str) -> None:
    """Neither rounded nor truncated: printed more than half a unit above the true share (a
    "100%" for what is not all of it is the slip this catches)."""
    assert hits("pct.ratio", with_paragraph(digest(), text)) == [(32, message)]


@st.composite
def _shares(draw: st.DrawFn) -> tuple[int, int, int]:
    denominator = draw(st.integers(2, 2500))
    return draw(st.integers(0, denominator)), denominator, draw(st.integers(0, 2))


def _printed(numerator: int, denominator: int, units: int, decimals: int) -> str:
    value = format_vn_number(units / 10**decimals, decimals)
    return f"Có {format_vn_number(numerator)}/{format_vn_number(denominator)} ({value}%) hồ sơ."


@given(_shares())
@example((19779, 20000, 1))  # 98,895%: only truncated gives "98,8%", from the top tenth of a unit
@example((1, 8, 0))  # 12,5%: "13%" rounded half up, "12%" truncated
def test_a_share_rounded_or_truncated_passes_and_one_rounded_up_fires(
    share: tuple[int, int, int],
) -> None:
    """Exactly: half up and truncated never fire; the next unit up fires when it is neither."""
    numerator, denominator, decimals = share
    true = Fraction(numerator * 100 * 10**decimals, denominator)  # in units of the last digit
    for units in {floor(true + Fraction(1, 2)), floor(true)}:
        text = _printed(numerator, denominator, units, decimals)
        assert hits("pct.ratio", with_paragraph(digest(), text)) == [], text
    above = ceil(true)
    if above - true > Fraction(1, 2):  # rounded up past the half: neither rounding nor truncation
        text = _printed(numerator, denominator, above, decimals)
        assert [
            rule_line for rule_line, _ in hits("pct.ratio", with_paragraph(digest(), text))
        ] == [32], text


@pytest.mark.parametrize(
    ("qualifier", "true", "printed", "decimals", "agreed"),
    [
        # A lower bound accepts any larger share, never one below the printed unit.
        ("more_than", 97.0, 90, 0, True),
        ("more_than", 90.3, 90, 0, True),
        ("at_least", 96.0, 90, 0, True),
        ("more_than", 88.9, 90, 0, False),
        ("at_least", 89.0, 90, 0, False),
        # An upper bound accepts any smaller share, never one above the printed unit.
        ("less_than", 3.0, 10, 0, True),
        ("less_than", 9.7, 10, 0, True),
        ("at_most", 4.0, 10, 0, True),
        ("less_than", 11.1, 10, 0, False),
        ("at_most", 11.0, 10, 0, False),
        # "khoảng" one point either side; "gần" up to one point below, never above.
        ("about", 97.9, 97, 0, True),
        ("about", 96.1, 97, 0, True),
        ("about", 98.1, 97, 0, False),
        ("about", 95.9, 97, 0, False),
        ("nearly", 49.1, 50, 0, True),
        ("nearly", 48.9, 50, 0, False),
        ("nearly", 50.5, 50.0, 1, False),
        ("nearly", 50.05, 50.0, 1, True),
        # No bound word: rounded or truncated only.
        (None, 97.9, 97, 0, True),
        (None, 96.9, 97, 0, True),
        (None, 96.4, 97, 0, False),
    ],
)
def test_a_bound_word_widens_the_printed_share_in_its_direction(
    qualifier: str | None, true: float, printed: float, decimals: int, agreed: bool
) -> None:
    assert agrees(true, printed, decimals, qualifier) is agreed


def test_implied_share_printed_above_its_rounding_warns() -> None:
    text = "Tổng số 315 thủ tục, trong đó 312 thủ tục được cung cấp trực tuyến (đạt 100%)."
    assert hits("pct.implied-ratio", with_paragraph(digest(), text)) == [
        (32, "312 of 315 thủ tục is 99,05%, not 100%")
    ]


def test_inconsistent_ratio_fires_at_its_line() -> None:
    assert hits("pct.ratio", with_paragraph(digest(), "Có 45/60 (80%) hồ sơ.")) == [
        (32, "45/60 is 75%, not 80%")
    ]
    assert hits("pct.ratio", with_paragraph(digest(), "Có 1/3 (33,5%) hồ sơ.")) == [
        (32, "1/3 is 33,33%, not 33,5%")
    ]
    assert hits("pct.ratio", with_paragraph(digest(), "Có 5/0 (10%) hồ sơ.")) == [
        (32, "5/0 has a zero denominator")
    ]


def test_dot_decimal_percentage_is_a_warning() -> None:
    assert hits("pct.format", with_paragraph(digest(), "Mức độ hài lòng đạt 80.09%.")) == [
        (32, "ambiguous decimal point in 80.09% (Vietnamese writes 80,09%)")
    ]


@pytest.mark.parametrize(
    "text", ["Mức độ hài lòng đạt 80,09%.", "Có 1.624.565 tài khoản, đạt 99%.", "Quý I/2024."]
)
def test_comma_decimals_and_thousands_do_not_warn(text: str) -> None:
    assert hits("pct.format", with_paragraph(digest(), text)) == []


@pytest.mark.parametrize(
    ("sentence", "fires"),
    [
        ("Tỷ lệ tiêm chủng mở rộng đạt 102,5%, vượt kế hoạch đề ra.", False),
        ("Tỷ lệ hồ sơ trực tuyến năm nay bằng 150% năm trước.", False),
        ("Đồng bào chiếm 185% dân số, tăng 5% so với năm trước.", True),
        ("Số hộ nghèo chiếm 120%, cao nhất tỉnh.", True),
    ],
    ids=["target-after-comma", "bang-nam-truoc", "growth-of-another-figure", "share-then-remark"],
)
def test_comparison_after_a_comma_belongs_to_the_figure_only_if_it_has_none(sentence, fires):
    first = extract_figures(sentence)[0]
    assert is_share_over_100(sentence, first) is fires


def test_implied_ratio_injector_misstates_a_printed_one_in_place() -> None:
    from bantin.validators import RULES

    rule = RULES.get("pct.implied-ratio")
    assert rule is not None
    text = "Năm qua xã tiếp nhận 400 hồ sơ, trong đó 300 hồ sơ trực tuyến (đạt tỷ lệ 75%)."
    bulletin = with_paragraph(digest(), text)
    assert hits("pct.implied-ratio", bulletin) == []
    planted = rule.inject(bulletin)
    assert planted is not None
    assert planted.articles[0].paragraphs[0].text == text.replace("75%", "82%")
    assert hits("pct.implied-ratio", planted) == [(32, "300 of 400 hồ sơ is 75%, not 82%")]
    # Without an implied ratio in the bulletin, the injector writes one.
    assert hits("pct.implied-ratio", rule.inject(digest()) or digest()) == [
        (32, "1.200 of 4.800 hồ sơ is 25%, not 30%")
    ]


@pytest.mark.parametrize(
    ("text", "misstated"),
    [
        # Seven points up at 90% and below, seven down above it, one decimal when not whole.
        ("Xã nhận 400 hồ sơ, trong đó 360 hồ sơ trực tuyến (đạt tỷ lệ 90%).", "97%"),
        ("Xã nhận 400 hồ sơ, trong đó 380 hồ sơ trực tuyến (đạt tỷ lệ 95%).", "88%"),
        ("Xã nhận 400 hồ sơ, trong đó 362 hồ sơ trực tuyến (đạt tỷ lệ 90,5%).", "83,5%"),
        ("Xã nhận 300 hồ sơ, trong đó 100 hồ sơ trực tuyến (đạt tỷ lệ 33,3%).", "40,3%"),
        # The first implied ratio, after a figure that is none.
        (
            "Đạt 98% kế hoạch; xã nhận 400 hồ sơ, trong đó 36 hồ sơ trực tuyến (đạt tỷ lệ 9%).",
            "16%",
        ),
    ],
)
def test_implied_ratio_injector_moves_the_share_seven_points(text: str, misstated: str) -> None:
    from bantin.validators.percentages import _misstate_implied

    stated = re.findall(r"[\d,]+%", text)[-1]
    cut = text.index("(đạt")  # a page break after the ratio, before the share
    paragraph = Paragraph(text, 40, breaks=((cut, 42),))
    planted = _misstate_implied(paragraph)
    assert planted is not None
    wanted = text[::-1].replace(stated[::-1], misstated[::-1], 1)[::-1]
    assert planted.text == wanted
    shift = len(misstated) - len(stated)
    assert planted.breaks == ((cut, 42),)  # before the figure: where it was
    after = Paragraph(text, 40, breaks=((len(text) - 1, 43),))  # after it: moved with the text
    moved = _misstate_implied(after)
    assert moved is not None and moved.breaks == ((len(text) - 1 + shift, 43),)
    at = text.rindex(stated)  # a page break right before the share: it still starts there
    on = _misstate_implied(Paragraph(text, 40, breaks=((at, 44),)))
    assert on is not None and on.breaks == ((at, 44),)
    assert _misstate_implied(Paragraph("Đạt 98% kế hoạch năm.", 40)) is None


def test_implied_ratio_injector_never_rewrites_a_ratio_as_a_share() -> None:
    # A share stated as counts, "(đạt 300/400)", is a ratio: no percentage to misstate.
    from bantin.validators.percentages import _misstate_implied

    text = "Xã nhận 400 hồ sơ, trong đó 300 hồ sơ trực tuyến (đạt 300/400)."
    assert _misstate_implied(Paragraph(text, 40)) is None


@pytest.mark.parametrize(
    ("sentence", "fires"),
    [
        ("Thời gian chờ giảm 150% so với năm trước.", True),
        ("Chi phí đi lại được cắt giảm hơn 105%.", True),
        ("Thời gian xử lý rút ngắn được 120%.", True),
        ("Thời gian xử lý giảm từ 90% đến 130% tùy thủ tục.", True),
        ("Chi phí tuân thủ giảm 45% so với năm trước.", False),
        ("Số hồ sơ trực tuyến tăng 150% so với năm trước.", False),
        ("Thời gian chờ giảm còn 100,5% định mức.", False),
        ("Thời gian chờ giảm xuống 120% định mức.", False),
        ("Số vụ việc giảm dưới 150% so với kế hoạch.", False),
        ("Chỉ số giảm từ 120% xuống 95%.", False),
    ],
    ids=[
        "decrease", "cut-more-than", "shortened", "decrease-range", "small-decrease", "rise",
        "down-to-a-level", "down-to", "bounded-below", "from-a-level",
    ],
)  # fmt: skip
def test_a_decrease_of_more_than_all_of_it_is_out_of_range(sentence: str, fires: bool) -> None:
    first = extract_figures(sentence)[0]
    assert is_decrease_over_100(sentence, first) is fires
    found = hits("pct.range", with_paragraph(digest(), sentence))
    assert bool(found) is fires and all("decrease" in message for _, message in found)


@pytest.mark.parametrize(
    ("title", "rule", "message"),
    [
        ("Hà Giang: Hơn 105% số xã trả kết quả đúng hạn", "pct.range", "share 105% exceeds 100%"),
        ("Hà Giang: 45/50 xã (95%) trả kết quả đúng hạn", "pct.ratio", "45/50 is 90%, not 95%"),
        ("Hà Giang: Tỷ lệ hồ sơ trực tuyến đạt 80.09%", "pct.format", "80.09%"),
    ],
)
def test_a_figure_in_a_title_is_checked_where_the_title_is_printed(
    title: str, rule: str, message: str
) -> None:
    bulletin = with_title(digest(), title)
    found = hits(rule, bulletin)
    assert [f_line for f_line, _ in found] == [bulletin.articles[0].title_line]
    assert message in found[0][1]


def test_a_title_whose_figures_hold_fires_nothing() -> None:
    bulletin = with_title(digest(), "Hà Giang: 45/50 xã (90%) trả kết quả đúng hạn, tăng 150%")
    assert [hits(rule, bulletin) for rule in ("pct.range", "pct.ratio", "pct.format")] == [
        [],
        [],
        [],
    ]


def test_a_figure_that_ends_a_title_is_quoted_whole() -> None:
    # A title has no full stop: the segment runs to the text's end, the figure in it.
    bulletin = with_title(digest(), "Hà Giang: Tỷ lệ hài lòng đạt 105%")
    assert hits("pct.range", bulletin) == [
        (bulletin.articles[0].title_line, "share 105% exceeds 100%: 'Tỷ lệ hài lòng đạt 105%'")
    ]


def test_a_long_quote_is_cut_at_words_around_the_figure() -> None:
    # A remark past a comma more than WINDOW characters on is no comparison of this figure, and
    # a segment longer than the quote is cut at whole words, marked "…".
    filler = "các hộ dân ở vùng sâu vùng xa được cán bộ đến tận nhà hướng dẫn làm thủ tục " * 3
    text = (
        f"Theo báo cáo năm nay của huyện miền núi, số hộ nghèo chiếm 120% {filler}, vượt kế hoạch."
    )
    ((_, message),) = hits("pct.range", with_paragraph(digest(), text))
    assert message == (
        "share 120% exceeds 100%: 'số hộ nghèo chiếm 120% các hộ dân ở vùng sâu vùng xa được cán "
        "bộ đến tận nhà…'"
    )
    # Nor is a comparison word in the same segment more than WINDOW characters on.
    far = f"Theo báo cáo, số hộ nghèo chiếm 120% {filler}vượt kế hoạch."
    assert len(hits("pct.range", with_paragraph(digest(), far))) == 1
    # The same figure printed twice in one long segment: each finding quotes its own.
    twice = f"Số hộ nghèo chiếm 120% {filler}trong khi hộ cận nghèo chiếm 120% số hộ của xã."
    assert [message for _, message in hits("pct.range", with_paragraph(digest(), twice))] == [
        "share 120% exceeds 100%: 'Số hộ nghèo chiếm 120% các hộ dân ở vùng sâu vùng xa được cán "
        "bộ đến tận nhà…'",
        "share 120% exceeds 100%: '…thủ tục trong khi hộ cận nghèo chiếm 120% số hộ của xã'",
    ]
    long_left = f"Theo báo cáo, {filler}chiếm 120% số hộ."
    ((_, quoted),) = hits("pct.range", with_paragraph(digest(), long_left))
    assert (
        quoted == "share 120% exceeds 100%: '…đến tận nhà hướng dẫn làm thủ tục chiếm 120% số hộ'"
    )


@pytest.mark.parametrize("rule_id", ["pct.range", "pct.ratio", "pct.implied-ratio", "pct.format"])
def test_a_percentage_injector_adds_its_sentence_and_changes_nothing_else(rule_id: str) -> None:
    from bantin.validators import RULES

    rule = RULES.get(rule_id)
    assert rule is not None and rule.inject is not None
    bulletin = digest()
    planted = rule.inject(bulletin)
    assert planted is not None
    assert planted.articles[1:] == bulletin.articles[1:]
    (first, *rest), (was, *rest_was) = (
        planted.articles[0].paragraphs,
        bulletin.articles[0].paragraphs,
    )
    assert rest == rest_was and len(rest) >= 1
    assert first.text.startswith(was.text) and len(first.text) > len(was.text)


def _first(text: str, kind: str):
    return next(f for f in extract_figures(text) if f.kind == kind)


def test_the_public_tests_read_only_the_figures_they_are_for() -> None:
    # The rules pass them only percentages above 100% (or ratios over all); called directly
    # (they are public), they answer for any figure.
    exact = "Tỷ lệ hồ sơ trực tuyến đạt 100%."
    assert not is_share_over_100(exact, _first(exact, "percent"))
    assert not is_share_over_100("Tỷ lệ đạt 45%.", _first("Tỷ lệ đạt 45%.", "percent"))
    paired = "Có 12/10 xã (120%) hoàn thành."
    assert not is_share_over_100(paired, _first(paired, "ratio_percent"))
    assert is_count_over_all(paired, _first(paired, "ratio_percent"))
    share = "Có 105% số hồ sơ được trả."
    assert not is_count_over_all(share, _first(share, "percent"))
    assert not is_decrease_over_100("Phí giảm 100%.", _first("Phí giảm 100%.", "percent"))
    assert is_decrease_over_100("Phí giảm 101%.", _first("Phí giảm 101%.", "percent"))
    bounded = "Chi phí giảm tối đa 120% tùy thủ tục."
    assert not is_decrease_over_100(bounded, _first(bounded, "percent"))
    assert not is_decrease_over_100(paired, _first(paired, "ratio_percent"))
    # Not even where the words around would make a percentage one.
    rated = "Tỷ lệ đạt 12/10 (120%)."
    assert not is_share_over_100(rated, _first(rated, "ratio_percent"))
    fallen = "Số hồ sơ giảm 12/10 (120%)."
    assert not is_decrease_over_100(fallen, _first(fallen, "ratio_percent"))


def test_a_rule_called_without_a_scan_reads_the_bulletin_itself() -> None:
    from bantin.validators.percentages import check_format, check_implied_ratio, check_range

    text = "Tỷ lệ đạt 120%; 40 hồ sơ, trong đó 30 hồ sơ (đạt 70%); hài lòng 80.09%."
    bulletin = with_paragraph(digest(), text)
    assert [hit.message for hit in check_range(bulletin)] == [
        "share 120% exceeds 100%: 'Tỷ lệ đạt 120%'"
    ]
    assert len(list(check_implied_ratio(bulletin))) == 1
    assert len(list(check_format(bulletin))) == 1


@pytest.mark.parametrize(
    ("text", "rule", "fires"),
    [
        # A share word in an earlier sentence describes no figure of this one.
        ("Tỷ lệ hài lòng được khảo sát hằng quý. Doanh thu dịch vụ đạt 150%.", "pct.range", False),
        # Things counted in an earlier sentence make no comparison of this count over all.
        ("Huyện nhận nhiều hồ sơ. Đã có 45/30 hồ sơ được trả kết quả.", "pct.range", True),
        # The decimals printed bound the rounding: "66.9%" is no 2/3, nor is "33,3400%" 1/3.
        ("Có 2/3 (66.9%) xã đã số hóa.", "pct.ratio", True),
        ("Có 1/3 (33,3400%) xã đã số hóa.", "pct.ratio", True),
        # The opener is the last "(" before the share, even with another "(" in reach or after.
        ("Đợt (1): 40 hồ sơ, trong đó 30 hồ sơ (đạt 70%).", "pct.implied-ratio", True),
        ("Có 40 hồ sơ, trong đó 30 hồ sơ (đạt 70%) (số liệu quý III).", "pct.implied-ratio", True),
        # A part above its whole, or a whole of none, is no implied ratio (and no crash).
        ("Tổng số 300 hồ sơ, trong đó 400 hồ sơ trực tuyến (đạt 50%).", "pct.implied-ratio", False),
        ("Tổng số 0 hồ sơ, trong đó 0 hồ sơ trực tuyến (đạt 0%).", "pct.implied-ratio", False),
    ],
)
def test_where_a_rule_reads_its_words_and_digits(text: str, rule: str, fires: bool) -> None:
    assert bool(hits(rule, with_paragraph(digest(), text))) is fires


def test_a_segment_exactly_as_long_as_the_quote_is_quoted_whole() -> None:
    # 80 characters, the figure near its end: nothing to cut, so no "…" either.
    segment = "Theo số liệu rà soát mới nhất của ủy ban xã năm nay số hộ nghèo chiếm 120% số hộ"
    assert len(segment) == 80
    ((_, message),) = hits("pct.range", with_paragraph(digest(), segment + "."))
    assert message == f"share 120% exceeds 100%: {segment!r}"


@pytest.mark.parametrize(
    ("sentence", "fires"),
    [
        # the segment after states how far the figure passes its plan: of the plan, not a share
        ("Tỷ lệ hồ sơ nộp qua mạng đạt 118,4%, vượt 18,4% chỉ tiêu năm.", False),
        ("Tỷ lệ hồ sơ nộp qua mạng đạt 118%, vượt hơn 18% kế hoạch.", False),
        ("Tỷ lệ hồ sơ nộp qua mạng đạt 118%, vượt 8% kế hoạch.", True),
        ("Tỷ lệ hồ sơ nộp qua mạng đạt 118%, tăng 18% so với năm trước.", True),
        # another period named right after the figure
        ("Tỷ lệ hồ sơ nộp qua mạng tăng mạnh, đạt 230% năm 2024.", False),
        ("Tỷ lệ hồ sơ nộp qua mạng bằng 140% của quý I.", False),
        ("Tỷ lệ hồ sơ đúng hạn đạt 104% trong năm 2025.", True),
        # money, capital, enrolment and work measured against their plans
        ("Tỷ lệ thu nộp ngân sách của huyện đạt 106%.", False),
        ("Tỷ lệ tăng thu của tỉnh đạt 121%.", False),
        ("Tỷ lệ thu hồi nợ thuế đạt 104%.", False),
        ("Tỷ lệ sử dụng vốn ủy thác đạt 109%.", False),
        ("Tỷ lệ huy động trẻ 5 tuổi ra lớp đạt 100,8%.", False),
        ("Tỷ lệ hoàn thành nhiệm vụ Ủy ban giao đạt 118%.", False),
        ("Tỷ lệ hộ dùng nước sạch đạt 100,6%.", True),
    ],
)
def test_a_level_against_a_plan_or_period_may_pass_100(sentence: str, fires: bool) -> None:
    first = next(f for f in extract_figures(sentence) if (f.value or 0) > 100)
    assert is_share_over_100(sentence, first) is fires


@pytest.mark.parametrize(
    ("sentence", "fires"),
    [
        ("Năm nay xã hỗ trợ 1.380/1.200 hộ, đạt 115% kế hoạch.", False),
        ("Đã hỗ trợ 2.160/2.000 hộ theo chỉ tiêu được giao (đạt 108%).", False),
        ("Xã đã hỗ trợ 1.380/1.200 hộ (115%).", True),
    ],
)
def test_a_count_done_over_its_plan_may_pass_100(sentence: str, fires: bool) -> None:
    ratio = next(f for f in extract_figures(sentence) if f.numerator is not None)
    assert is_count_over_all(sentence, ratio) is fires
