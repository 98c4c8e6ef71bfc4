"""Laws over every real figure form: read back exactly (round trip), clean text raises nothing,
and a planted disagreement fires its rule (pct.ratio, pct.implied-ratio) at its line, alone."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bantin.datasets.synthetic.figure_forms import Expected, Phrase
from bantin.parsers.figures import FigureMention, extract_figures
from bantin.parsers.mentions import find_dates
from bantin.parsers.text import format_vn_number
from bantin.testing import FIGURE_FORMS
from bantin.validators import Severity
from bantin.validators.run import validate_bulletins
from tests.strategies import figure_phrases
from tests.validators.builders import digest, with_paragraph

FRAME = "Theo báo cáo của sở, {} trong năm qua."
LINE = 32


def _read(figure: FigureMention) -> Expected:
    return Expected(
        figure.kind,
        figure.value,
        figure.value_low,
        figure.value_high,
        figure.numerator,
        figure.denominator,
        figure.stated_qualifier or figure.qualifier,
        figure.unit,
    )


def _same(got: Expected, want: Expected) -> bool:
    numbers = ("value", "value_low", "value_high", "numerator", "denominator")
    for name in numbers:
        a, b = getattr(got, name), getattr(want, name)
        if (a is None) != (b is None) or (a is not None and abs(a - b) > 1e-6):
            return False
    return (got.kind, got.qualifier, got.unit) == (want.kind, want.qualifier, want.unit)


@pytest.mark.parametrize("form", FIGURE_FORMS)
def test_every_form_reads_back_exactly(form: str, law_counts: Counter[str]) -> None:
    @given(drawn=figure_phrases(form))
    def law(drawn: tuple[str, Phrase]) -> None:
        _, phrase = drawn
        sentence = FRAME.format(phrase.text)
        got = [_read(f) for f in extract_figures(sentence)]
        assert len(got) == len(phrase.figures), (sentence, got)
        for read, want in zip(got, phrase.figures, strict=True):
            assert _same(read, want), (sentence, read, want)
        figures = [(f.start, f.end) for f in extract_figures(sentence)]
        for date in find_dates(sentence):
            assert all(date.end <= s or date.start >= e for s, e in figures), sentence
        law_counts[f"1 figure round trip: {form}"] += 1

    law()


@pytest.mark.parametrize("form", FIGURE_FORMS)
def test_clean_form_raises_no_finding(form: str, law_counts: Counter[str]) -> None:
    @given(drawn=figure_phrases(form))
    def law(drawn: tuple[str, Phrase]) -> None:
        sentence = FRAME.format(drawn[1].text)
        findings = validate_bulletins([with_paragraph(digest(), sentence, line=LINE)])
        assert [f for f in findings if f.rule != "article.locality"] == [], sentence
        law_counts[f"2 clean figure form: {form}"] += 1

    law()


def _shifted(phrase: Phrase, shift: int) -> str:
    """The phrase with its stated percentage moved by ``shift`` points (kept within 0-100)."""
    stated = phrase.figures[0].value
    assert stated is not None
    wrong = stated + shift if stated + shift <= 100 else stated - shift
    printed = re.findall(r"\d+(?:[.,]\d+)*%", phrase.text)[-1]
    return phrase.text.replace(printed, format_vn_number(wrong, 2).rstrip("0").rstrip(",") + "%")


@pytest.mark.parametrize(
    ("form", "rule", "severity"),
    [
        ("paired_ratio", "pct.ratio", Severity.ERROR),
        ("restated_ratio", "pct.ratio", Severity.ERROR),
        ("implied", "pct.implied-ratio", Severity.WARNING),
        ("implied_out_of", "pct.implied-ratio", Severity.WARNING),
    ],
)
def test_planted_disagreement_fires_its_rule_alone(
    form: str, rule: str, severity: Severity, law_counts: Counter[str]
) -> None:
    @given(drawn=figure_phrases(form), shift=st.integers(3, 40))
    def law(drawn: tuple[str, Phrase], shift: int) -> None:
        sentence = FRAME.format(_shifted(drawn[1], shift))
        findings = validate_bulletins([with_paragraph(digest(), sentence, line=LINE)])
        fired = [f for f in findings if f.rule != "article.locality"]
        assert [(f.rule, f.severity, f.line) for f in fired] == [(rule, severity, LINE)], sentence
        law_counts[f"2 planted fault fires: {rule} in {form}"] += 1

    law()


@given(
    first=st.integers(1990, 2090),
    step=st.integers(1, 10),
    opening=st.sampled_from(["Năm học", "Niên vụ", "Vụ Đông Xuân", "6 tháng đầu năm", "Niên khóa"]),
    stated=st.sampled_from(["(chiếm {}%)", "({}%)", ", đạt {}%", ", tỷ lệ {}%"]),
    percent=st.integers(1, 100),
)
def test_a_span_of_years_is_never_paired_with_a_percentage(
    first: int, step: int, opening: str, stated: str, percent: int, law_counts: Counter[str]
) -> None:
    """ "Niên vụ 2023/2024 (chiếm 45%)" states a share of something else: the school or crop year
    is no ratio of 2023 to 2024, and no pct.ratio fires."""
    sentence = f"{opening} {first}/{first + step} " + stated.format(percent) + " số hộ trồng lúa."
    assert [(f.kind, f.text) for f in extract_figures(sentence)] == [("percent", f"{percent}%")]
    findings = validate_bulletins([with_paragraph(digest(), sentence, line=LINE)])
    assert [f.rule for f in findings if f.rule.startswith("pct.")] == [], sentence
    law_counts["a span of years is no ratio"] += 1


@given(
    number=st.integers(1, 999),
    year=st.integers(1990, 2090),
    opening=st.sampled_from(
        ["Bản tin số", "Tạp chí Tổ chức nhà nước số", "Trong tuần", "Công văn số", "Khóa"]
    ),
    rest=st.sampled_from(
        ["của Văn phòng đăng tải kết quả.", ", sở tiếp nhận nhiều hồ sơ.", "gửi các xã, phường."]
    ),
)
def test_a_number_in_its_year_is_no_ratio(
    number: int, year: int, opening: str, rest: str, law_counts: Counter[str]
) -> None:
    """ "Bản tin số 15/2024", "tuần 45/2024": the 15th of the year, no ratio of 15 to 2024 (a
    count that large prints its thousands, "2.024")."""
    sentence = f"{opening} {number}/{year} {rest}".replace(" ,", ",")
    assert extract_figures(sentence) == [], sentence
    law_counts["a number in its year is no ratio"] += 1


@given(
    total=st.integers(13, 200),
    over=st.integers(1, 99),
    verb=st.sampled_from(["xếp thứ", "xếp", "đứng thứ", "xếp hạng", "đứng ở vị trí thứ"]),
    noun=st.sampled_from(["", " tỉnh, thành phố", " cơ quan", " quốc gia"]),
)
def test_a_place_past_the_number_ranked_fires_pct_range(
    total: int, over: int, verb: str, noun: str, law_counts: Counter[str]
) -> None:
    """ "xếp thứ 70/63": a place no ranking of 63 has, an editor's slip: the figure is kept as
    the rank it prints, and pct.range reports it (an error, at the sentence's line)."""
    place = total + over
    sentence = f"Năm nay, chỉ số của đơn vị {verb} {place}/{total}{noun}."
    figures = extract_figures(sentence)
    assert [(f.kind, f.numerator, f.denominator) for f in figures] == [("rank", place, total)]
    findings = validate_bulletins([with_paragraph(digest(), sentence, line=LINE)])
    fired = [(f.rule, f.severity, f.line) for f in findings if f.rule.startswith("pct.")]
    assert fired == [("pct.range", Severity.ERROR, LINE)], sentence
    law_counts["2 planted fault fires: pct.range on a place past the number ranked"] += 1


@given(
    whole=st.integers(13, 5_000),
    over=st.integers(1, 500),
    noun=st.sampled_from(["hồ sơ", "xã", "doanh nghiệp", "thủ tục hành chính", "hộ", "TTHC"]),
    opening=st.sampled_from(["Đã có", "Toàn tỉnh có", "Năm nay,"]),
)
def test_a_count_over_all_of_more_than_all_fires_pct_range(
    whole: int, over: int, noun: str, opening: str, law_counts: Counter[str]
) -> None:
    """ "45/30 hồ sơ": more of the things counted than all there are, an editor's slip that
    pct.range reports (as an error, at the sentence's line), whatever the numbers."""
    part = whole + over
    sentence = f"{opening} {format_vn_number(part)}/{format_vn_number(whole)} {noun} đạt yêu cầu."
    findings = validate_bulletins([with_paragraph(digest(), sentence, line=LINE)])
    fired = [(f.rule, f.severity, f.line) for f in findings if f.rule.startswith("pct.")]
    assert fired == [("pct.range", Severity.ERROR, LINE)], sentence
    law_counts["2 planted fault fires: pct.range on a count over all"] += 1
