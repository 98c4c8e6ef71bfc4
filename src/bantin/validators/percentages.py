"""Percentage rules: bounded levels above 100%, ratios and implied ratios that disagree with their
percentage, dot decimals.

Every look at the words around a figure is confined to a window of fixed size, so the rules take
time linear in the length of a paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace

from bantin import patterncache
from bantin.model import Bulletin, Paragraph
from bantin.parsers import lexicon as L
from bantin.parsers.figures import (
    CLAUSE_BREAK_RE,
    Figure,
    cut_at_words,
    extract_figures,
    highest,
    last_break,
)
from bantin.parsers.scan import PlacedFigure, Scan
from bantin.parsers.text import format_vn_number, parse_vn_number
from bantin.parsers.tokens import (
    BASE_NAMED_AFTER,
    COMPARED_AFTER,
    TIMELINESS_AFTER_RE,
    count_noun_after,
    names_another_whole,
)
from bantin.validators.edits import first_index, replace_article, respliced, with_sentence
from bantin.validators.finding import Severity
from bantin.validators.registry import Hit, Withholds, register_rule

#: How far back and ahead of a figure the rules read its clause.
WINDOW = 200

#: Words that make a percentage a bounded level, which cannot exceed 100%: any "tỷ lệ …", a share
#: ("chiếm", "trên tổng số"), satisfaction ("mức độ hài lòng", "chỉ số hài lòng", SIPAS), the
#: on-time and online shares of applications, coverage.
SHARE_WORDS = (
    "chiếm",
    "tỷ lệ",
    "tỉ lệ",
    "trên tổng",
    "của tổng",
    "dân số",
    "số hộ",
    "số dân",
    "hài lòng",
    "SIPAS",
    "đúng hạn",
    "đúng hẹn",
    "trước hạn",
    "trễ hạn",
    "quá hạn",
    "bao phủ",
    "độ phủ",
    "phủ sóng",
)
#: Words that name the whole a share is of only after the figure ("105% tổng số hồ sơ"): before
#: it, as the subject, they name a count ("Tổng số hồ sơ tiếp nhận đạt 112%": against a plan or
#: a year), which may pass 100% ("trên tổng số", "của tổng số" stay shares: ``SHARE_WORDS``).
WHOLE_AFTER_WORDS = ("tổng số",)
#: Measures that pass 100% though a "tỷ lệ" names them: a load against capacity ("tỷ lệ sử dụng
#: giường bệnh 120%": more patients than beds), subscriptions per head ("thuê bao … 130% dân số"),
#: gross enrolment, which counts pupils of every age ("tỷ lệ nhập học thô 101,2%"), growth, and
#: money measured against its plan or estimate, which a province may pass ("tỷ lệ giải ngân vốn
#: đầu tư công đạt 102%", "tỷ lệ thu ngân sách đạt 115%"), an amount against the economy's output
#: ("tỷ lệ nợ công trên GDP 160%", "dư nợ tín dụng/GDP đạt 134%"), a bank's reserves against its
#: bad debt ("tỷ lệ bao phủ nợ xấu 150%"), any budget, revenue, capital or debt collected against
#: its plan ("tỷ lệ thu nộp ngân sách đạt 103%", "tỷ lệ tăng thu 115%", "tỷ lệ thu hồi nợ 103%",
#: "tỷ lệ sử dụng vốn 105%"), enrolment against the children counted ("tỷ lệ huy động trẻ đến
#: trường 101,3%") and work completed against the plan ("tỷ lệ hoàn thành nhiệm vụ 125%",
#: "tỷ lệ thực hiện chỉ tiêu …: 120%").
UNBOUNDED_WORDS = (
    "GDP",
    "GRDP",
    "bao phủ nợ xấu",
    "công suất",
    "giường bệnh",
    "quá tải",
    "thuê bao",
    "nhập học thô",
    "đi học chung",
    "tăng trưởng",
    "giải ngân",
    "thu ngân sách",
    "thu nội địa",
    "ngân sách",
    "tăng thu",
    "thu hồi nợ",
    "vốn",
    "huy động",
    "tỷ lệ hoàn thành",
    "tỉ lệ hoàn thành",
    "tỷ lệ thực hiện kế hoạch",
    "tỉ lệ thực hiện kế hoạch",
    "tỷ lệ thực hiện chỉ tiêu",
    "tỉ lệ thực hiện chỉ tiêu",
)
#: A change governs the figure when its verb stands right before it ("tăng 150%", "bằng 205,6%",
#: "giảm hơn 12%"); "tăng lên 112%" and "tăng, … đạt 112%" are levels reached, not changes.
_CHANGE_BEFORE_RE = L.verb_right_before((*L.CHANGE_VERBS, "bằng"), ("thêm", "được"))
#: A decrease governs the figure when its verb stands right before it ("giảm 150%", "cắt giảm
#: hơn 120%", "rút ngắn 110% thời gian"): nothing loses more than all of it. "giảm còn 120%" and
#: "giảm xuống 120%" are levels reached, and "giảm dưới 120%" may be less than all.
_DECREASE_BEFORE_RE = L.verb_right_before(("giảm", "rút ngắn"), ("thêm", "được", "đi"))
#: Counted nouns that name work done or a target set, not things of which all can be counted:
#: "hoàn thành 112% nhiệm vụ thu", "đạt 130% lượt khách" pass 100% as a plan does.
_WORK_OR_TARGET = frozenset((
    "nhiệm vụ", "kết quả", "lượt", "giao dịch", "sản phẩm", "việc", "cuộc", "chỉ tiêu",
    "mục tiêu", "kế hoạch", "chương trình", "chỉ số", "chỉ số thành phần", "tiêu chí",
))  # fmt: skip
#: Where a comma-level segment ends: a clause break or ", " / ": " ("132,58" keeps its comma).
_SEGMENT_BREAK_RE = patterncache.compile(rf"{CLAUSE_BREAK_RE.pattern}|,\s|:\s")
#: The kinds of figure a rule looks at.
_PERCENT = "percent"
_RATIO_PERCENT = "ratio_percent"
_RATIO = "ratio"
_RANK = "rank"
_WORD_RES: dict[tuple[str, ...], re.Pattern[str]] = {}


def _words_re(words: tuple[str, ...]) -> re.Pattern[str]:
    if words not in _WORD_RES:
        _WORD_RES[words] = re.compile(rf"(?<!\w){L.words_pattern(words)}(?!\w)")
    return _WORD_RES[words]


def _has_word(text: str, words: tuple[str, ...]) -> bool:
    return _words_re(words).search(text) is not None


#: The last clause (or segment) break before a position, found in one call.
_LAST_BREAK = {breaks: last_break(breaks) for breaks in (CLAUSE_BREAK_RE, _SEGMENT_BREAK_RE)}


def _left_edge(text: str, start: int, breaks: re.Pattern[str]) -> int:
    """Where the clause (or segment) holding ``start`` begins, looking back at most WINDOW."""
    edge = max(0, start - WINDOW)
    last = _LAST_BREAK[breaks].match(text, edge, start)
    return last.end() if last else edge


def _right_edge(text: str, end: int, breaks: re.Pattern[str]) -> int:
    """Where the clause (or segment) holding ``end`` ends, looking ahead at most WINDOW."""
    match = breaks.search(text, end, min(len(text), end + WINDOW))
    return match.start() if match else min(len(text), end + WINDOW)


def _segment_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the comma-delimited part of the clause holding text[start:end] starts and ends."""
    return _left_edge(text, start, _SEGMENT_BREAK_RE), _right_edge(text, end, _SEGMENT_BREAK_RE)


def _segment(text: str, start: int, end: int) -> str:
    """The comma-delimited part of the clause holding text[start:end]."""
    left, right = _segment_span(text, start, end)
    return text[left:right].strip()


def _next_segment(text: str, end: int) -> str:
    """The segment after the comma that ends the segment holding ``end`` ("" if no comma ends it)."""
    first = _SEGMENT_BREAK_RE.search(text, end, min(len(text), end + WINDOW))
    if first is None or not first.group(0).startswith(","):
        return ""
    return text[first.end() : _right_edge(text, first.end(), _SEGMENT_BREAK_RE)].strip()


def is_share_over_100(text: str, figure: Figure) -> bool:
    """A bounded level above 100% ("chiếm 185% dân số", "Tỷ lệ hồ sơ đúng hạn tăng lên, năm 2024
    đạt 112,5%", "105% số xã"), not a change ("tăng 150%", "bằng 205,6%") or a comparison with a
    plan, a target or another period ("đạt 111,6% dự toán", "vượt kế hoạch", "so với cùng kỳ",
    "gấp").

    The comparison may follow after a comma ("đạt 132,58%, vượt kế hoạch"): the next segment counts
    too, unless it states a figure of its own.
    """
    top = highest(figure)
    if figure.kind != "percent" or top is None or top <= 100:
        return False
    if _CHANGE_BEFORE_RE.search(_right_before(text, figure)):
        return False
    segment = _segment(text, figure.start, figure.end)
    following = _next_segment(text, figure.end)
    if _states_the_excess(following, top):
        return False  # "đạt 112,5%, vượt 12,5% chỉ tiêu": 112,5% of the target
    if following and (extract_figures(following) or not _has_word(following, L.COMPARISON_WORDS)):
        following = ""
    if _has_word(segment, L.COMPARISON_WORDS) or following:
        return False
    if _PERIOD_AFTER_RE.match(text, figure.end):
        return False  # "đạt 250% năm 2024", "bằng 120% của quý I": against another period
    if _BASE_NAMED_AFTER_RE.match(text, figure.end):
        return False  # "đạt 115% KH", "đạt 115% mức bình quân": of a plan or an average
    # The measure is named before the figure (back to the previous figure of the clause, which
    # the words before it describe) or right after it ("130% trên tổng số").
    clause_start = _left_edge(text, figure.start, CLAUSE_BREAK_RE)
    before = text[clause_start : figure.start]
    respective = _respective_measure(text, clause_start, figure)
    if respective is not None:
        before = respective  # "Số hồ sơ và tỷ lệ … lần lượt đạt 112% và 98%": 112% of "Số hồ sơ"
    elif earlier := extract_figures(before):
        before = before[earlier[-1].end :]
    after = text[figure.end : _right_edge(text, figure.end, _SEGMENT_BREAK_RE)]
    if _has_word(before, UNBOUNDED_WORDS):
        return False
    return (
        _has_word(before, SHARE_WORDS)
        or _has_word(after, (*SHARE_WORDS, *WHOLE_AFTER_WORDS))
        or _share_of_counted(text, clause_start, figure)
    )


#: "lần lượt" (respectively): the measures listed before it take the percentages after it in order.
_RESPECTIVELY_RE = patterncache.compile(r"(?<!\w)(?i:lần\s+lượt)(?!\w)")
#: What separates the measures of such a list: a comma, "và" or "cùng".
_LIST_SPLIT_RE = patterncache.compile(r"\s*,\s*|\s+(?i:và|cùng)\s+")
#: Nouns that name a measure of their own in such a list ("Số hồ sơ", "tỷ lệ đúng hạn", "chỉ số
#: SIPAS"), where a place alone ("xã Bình") shares the measure named first.
_MEASURE_NOUNS = (
    "số", "tổng số", "số lượng", "chỉ số", "tỷ lệ", "tỉ lệ", "mức độ", "tốc độ", "giá trị",
)  # fmt: skip


def _respective_measure(text: str, clause_start: int, figure: Figure) -> str | None:
    """The words that name ``figure``'s measure when measures listed before "lần lượt" take the
    percentages listed after it in order: the one in its place ("Số hồ sơ trực tuyến và tỷ lệ
    đúng hạn lần lượt đạt 112% và 98%": 112% is of "Số hồ sơ trực tuyến"), or when it names none
    of its own, the nearest before it that does ("Tỷ lệ … của xã An, xã Bình và xã Cát lần lượt
    là …", "Số hồ sơ tiếp nhận, giải quyết trực tuyến và …"), or all of them when none does. A
    time or a source that opens the sentence, naming no measure, is none of the list ("Năm
    2025, số hồ sơ … và tỷ lệ … lần lượt …"). None when no "lần lượt" comes before the figure in
    its clause, or the two lists differ in length."""
    before = text[clause_start : figure.start]
    if "lượt" not in before:
        return None  # most figures
    found = list(_RESPECTIVELY_RE.finditer(before))
    if not found:
        return None
    said = found[-1]
    listed_from = clause_start + said.end()
    listed_text = text[listed_from : _right_edge(text, figure.end, CLAUSE_BREAK_RE)]
    listed = [f.start for f in extract_figures(listed_text) if f.kind == _PERCENT]
    measures = [m for m in _LIST_SPLIT_RE.split(before[: said.start()].strip()) if m]
    named = (*_MEASURE_NOUNS, *SHARE_WORDS, *UNBOUNDED_WORDS)
    opening = 0  # "Năm 2025, số hồ sơ … và tỷ lệ … lần lượt": what opens the sentence
    while len(measures) - opening > len(listed) and not _has_word(measures[opening], named):
        opening += 1
    measures = measures[opening:]
    if len(measures) != len(listed) or figure.start - listed_from not in listed:
        return None
    place = listed.index(figure.start - listed_from)
    for own in reversed(measures[: place + 1]):
        if _has_word(own, named):
            return own  # its own, or the one before it that it shares ("…, giải quyết trực tuyến")
    return before[: said.start()]


#: Another period named right after a percentage ("bằng 124% năm 2024", "đạt 130% của quý I",
#: "bằng 110% cùng tháng 2024", "đạt 125% tháng trước", "… kỳ báo cáo trước"): the figure compares
#: with it, and may pass 100%.
_PERIOD_AFTER_RE = patterncache.compile(
    r"\s+(?:(?i:của)\s+)?(?:(?i:cả|cùng)\s+)?(?i:năm|quý|tháng|tuần|kỳ)\s+"
    r"(?:\d|[IVX]+(?!\w)|(?:(?i:báo\s+cáo)\s+)?(?i:trước|liền\s+kề)(?!\w))"
)
#: A plan or an average named right after a percentage in short: "đạt 115% KH", "đạt 110% Nghị
#: quyết đề ra", "đạt 115% mức bình quân cả nước".
_BASE_NAMED_AFTER_RE = patterncache.compile(BASE_NAMED_AFTER)
#: A percentage and such a plan, anywhere in a clause: "23/20 xã đạt chuẩn (115% KH)".
_PERCENT_OF_PLAN_RE = patterncache.compile(rf"%{BASE_NAMED_AFTER}")
#: The verb that states how far a figure passes its plan: "vượt 12,5%".
_EXCESS_RE = patterncache.compile(
    rf"^\s*(?i:vượt)(?:\s+{L.words_pattern(list(L.QUALIFIERS))})?\s*$"
)


def _states_the_excess(following: str, top: float) -> bool:
    """Whether the segment after a percentage above 100% opens by stating how far it passes its
    plan ("…, vượt 12,5% chỉ tiêu" after "112,5%"): the percentage is then of that plan."""
    if not following:
        return False
    figures = extract_figures(following)
    if not figures or figures[0].kind != _PERCENT or figures[0].value is None:
        return False
    return (
        abs(figures[0].value - (top - 100)) < 0.05
        and _EXCESS_RE.match(following[: figures[0].start]) is not None
    )


def _share_of_counted(text: str, clause_start: int, figure: Figure) -> bool:
    """Whether ``figure`` (a percentage) is a share of the things it counts ("Có 105%
    số xã hoàn thành"), not one count of them over another that the clause names before it ("Số
    hồ sơ năm 2024 đạt 150% số hồ sơ năm 2023", "Số thủ tục được cắt giảm đạt 125% số thủ tục
    đăng ký": a comparison, which may pass 100%), of things all of which can be counted (not
    work done or a target: "hoàn thành 112% nhiệm vụ thu").

    The counted noun is the one the tokenizer pairs a ratio with (``count_noun_after``): one
    reading of "what a number counts" for the figures and the rules."""
    return _counted_alone(text, clause_start, figure.start, count_noun_after(text, figure.end))


def _counted_alone(text: str, clause_start: int, start: int, unit: str | None) -> bool:
    """Whether the figure at ``start`` counts things of which all can be counted (``unit``, not
    work done or a target), and the clause, from ``clause_start``, names them in no other count
    before it (a comparison of two counts may pass 100%)."""
    if unit is None or (unit := unit.casefold()) in _WORK_OR_TARGET:
        return False
    return not _has_word(text[clause_start:start].casefold(), (unit,))


def is_count_over_all(text: str, figure: Figure) -> bool:
    """A count of things over all of them that is more than all ("45/30 hồ sơ", "12/10 xã
    (120%)"), not work done or a target ("120/100 chỉ tiêu"), nor a count done over a count
    planned in a clause naming the plan ("1.620/1.500 hộ được hỗ trợ, đạt 108% kế hoạch"), nor a
    comparison with the same things named before ("Số hồ sơ năm nay bằng 150/100 hồ sơ năm
    trước")."""
    if (
        figure.kind not in (_RATIO, _RATIO_PERCENT)
        or figure.numerator is None
        or figure.denominator is None
        or figure.numerator <= figure.denominator
    ):
        return False
    if _reached(figure):
        return False  # "kết nạp 115/100 đảng viên, đạt 115%": a plan of 100, reached and passed
    if _MADE_BEFORE_RE.search(_right_before(text, figure)):
        return False  # "kết nạp 115/100 đảng viên (115%)": more made than planned, not than all
    clause_start = _left_edge(text, figure.start, CLAUSE_BREAK_RE)
    clause_end = _right_edge(text, figure.end, CLAUSE_BREAK_RE)
    clause = text[clause_start:clause_end]
    if _has_word(clause, _PLAN_WORDS) or _PERCENT_OF_PLAN_RE.search(clause):
        return False  # "1.620/1.500 hộ được hỗ trợ, đạt 108% kế hoạch" ("… KH"): done over planned
    return _counted_alone(text, clause_start, figure.start, figure.unit)


#: An act that makes new things right before a count (``L.MAKING_VERBS``: "kết nạp được ",
#: "cấp mới "): the count is over the number planned, which it may pass.
_MADE_BEFORE_RE = L.verb_right_before(L.MAKING_VERBS, ("được", "mới", "thêm", "cho"))
#: "đạt" (reached) right before the percentage a ratio states, a bound word maybe between: "…,
#: đạt 115%" (not "đạt tỷ lệ 116,7%", a rate, nor "(115%)").
_REACHED_RE = patterncache.compile(
    rf"(?<!\w)(?i:đạt)\s+(?:{L.words_pattern(list(L.QUALIFIERS))}\s+)?$"
)


def _reached(figure: Figure) -> bool:
    """Whether a ratio over all states its percentage above 100% after "đạt" (``_REACHED_RE``):
    "kết nạp 115/100 đảng viên, đạt 115%" reports a count reached over the one planned, as plans
    are reported ("đạt 115%"), though the plan goes unnamed; "12/10 xã (120%)" restates a count
    over all."""
    if figure.kind != _RATIO_PERCENT or not figure.stated or (figure.value or 0) <= 100:
        return False
    at = figure.text.rfind(figure.stated)
    return at > 0 and _REACHED_RE.search(figure.text, 0, at) is not None


#: Words that make a count over another one a count done over a count planned ("1.620/1.500 hộ
#: theo kế hoạch", "3.240/3.000 thẻ, đạt 108% chỉ tiêu"), which may pass 100%.
_PLAN_WORDS = ("kế hoạch", "chỉ tiêu", "mục tiêu", "dự toán", "vượt", "được giao", "đề ra")


def _count_text(figure: Figure) -> str:
    """How a count over all is named in a finding: "45/30 hồ sơ (150%)", "12/10 xã (120%)"."""
    if figure.kind == _RATIO_PERCENT:
        return figure.text
    return f"{figure.text} {figure.unit} ({_fmt(figure.value or 0)}%)"


def is_decrease_over_100(text: str, figure: Figure) -> bool:
    """A decrease of more than 100% ("giảm 150%", "rút ngắn hơn 120% thời gian"), which no
    quantity can lose; "giảm dưới 150%" or "giảm tối đa 150%" bounds it from above and may be
    less than all."""
    top = highest(figure)
    if (
        figure.kind != "percent"
        or top is None
        or top <= 100
        or figure.qualifier in ("less_than", "at_most")
    ):
        return False
    return _DECREASE_BEFORE_RE.search(_right_before(text, figure)) is not None


def _right_before(text: str, figure: Figure) -> str:
    """The words of the figure's segment right before it (40 characters at most), where a verb
    governing it stands (a range's "từ" is in the figure)."""
    segment_start = _left_edge(text, figure.start, _SEGMENT_BREAK_RE)
    return text[max(segment_start, figure.start - 40) : figure.start]


def _figures(bulletin: Bulletin, scan: Scan | None, kind: str) -> Sequence[PlacedFigure]:
    """Every figure of ``kind`` with its article index and paragraph, from the shared scan,
    which walks the paragraphs once for all the rules asking."""
    return (scan or Scan(bulletin)).placed_figures_of(kind)


def _with_sentence(bulletin: Bulletin, sentence: str) -> Bulletin | None:
    """Append ``sentence`` to the first paragraph of the first article that has one."""
    index = first_index(bulletin.articles, lambda a: bool(a.paragraphs))
    if index is None:
        return None
    article = bulletin.articles[index]
    paragraph, _ = with_sentence(article.paragraphs[0], sentence)
    paragraphs = (paragraph, *article.paragraphs[1:])
    return replace_article(bulletin, index, replace(article, paragraphs=paragraphs))


def _share_over_100(bulletin: Bulletin) -> Bulletin | None:
    return _with_sentence(bulletin, "Đồng bào dân tộc thiểu số chiếm 185% dân số.")


@register_rule(
    "pct.range",
    Severity.ERROR,
    description="a bounded level above 100% (a share, of things counted too: '105% số xã', any "
    "'tỷ lệ', satisfaction, on-time or online share, coverage), even after 'tăng lên', a count "
    "of things over all that is more than all ('45/30 hồ sơ', '12/10 xã (120%)'; not one done "
    "over one planned: '1.620/1.500 hộ, đạt 108% kế hoạch', '115/100 đảng viên, đạt 115%', "
    "'kết nạp 115/100 đảng viên (115%)'), or a "
    "decrease of more than 100% ('giảm 150%'), or a place past the number ranked ('xếp thứ "
    "70/63'); rises ('tăng 150%', 'bằng 205,6%') and "
    "comparisons with a plan, target or period ('đạt 111,6% dự toán', 'vượt kế hoạch', "
    "'đạt 115% KH', 'đạt 125% so năm 2024', "
    "'đạt 112,5%, vượt 12,5%', 'bằng 124% năm 2024') may exceed it, and so may a load, "
    "subscriptions per head, gross enrolment, growth, and budget, revenue, capital or work "
    "against its plan ('tỷ lệ sử dụng giường bệnh 115%', 'tỷ lệ thu nộp ngân sách 103%')",
    example="share 185% exceeds 100%: 'chiếm 185% dân số'",
    inject=_share_over_100,
    withholds=Withholds.ARTICLE,
)
def check_range(bulletin: Bulletin, scan: Scan | None = None) -> Iterator[Hit]:
    for index, paragraph, figure in _figures(bulletin, scan, _RANK):
        if figure.numerator is not None and figure.numerator > (figure.denominator or 0):
            yield Hit(
                paragraph.line_at(figure.start),
                f"place {figure.text} is beyond the {format_vn_number(figure.denominator or 0)} "
                f"ranked: {_quote(paragraph.text, figure)!r}",
                article=index,
            )
    for kind in (_RATIO, _RATIO_PERCENT):
        for index, paragraph, figure in _figures(bulletin, scan, kind):
            if is_count_over_all(paragraph.text, figure):
                yield Hit(
                    paragraph.line_at(figure.start),
                    f"share {_count_text(figure)} exceeds 100%: {_quote(paragraph.text, figure)!r}",
                    article=index,
                )
    for index, paragraph, figure in _figures(bulletin, scan, _PERCENT):
        if (highest(figure) or 0) <= 100:
            continue  # most figures
        if is_decrease_over_100(paragraph.text, figure):
            what = "decrease"
        elif is_share_over_100(paragraph.text, figure):
            what = "share"
        else:
            continue
        yield Hit(
            paragraph.line_at(figure.start),
            f"{what} {figure.text} exceeds 100%: {_quote(paragraph.text, figure)!r}",
            article=index,
        )


def _quote(text: str, figure: Figure, width: int = 80) -> str:
    """The segment holding the figure, cut at word boundaries to about ``width`` characters
    around the figure itself (the same figure may be printed twice in one segment)."""
    start, end = _segment_span(text, figure.start, figure.end)
    raw = text[start:end]
    segment = raw.strip()
    if len(segment) <= width:
        return segment
    start += len(raw) - len(raw.lstrip())  # the segment without the white space around it
    end = start + len(segment)
    left = max(start, figure.start - width // 2)
    right = min(end, max(left + width, figure.end))
    return cut_at_words(text, left, figure.start, figure.end, right, left > start, right < end)


def _decimals(printed: str) -> int:
    """Decimals printed in a percentage ("33,5%" -> 1; "1.624%" is a thousands dot -> 0)."""
    number = printed.strip().rstrip("%").strip()
    for sep in (",", "."):
        _, found, tail = number.rpartition(sep)
        if found and len(tail) != 3:
            return len(tail)
    return 0


#: Slack for a qualified percentage ("khoảng 97,7%", "gần 50%"), in percentage points.
APPROXIMATE_POINTS = 1.0


def agrees(true: float, printed: float, decimals: int, qualifier: str | None = None) -> bool:
    """Whether the share ``true`` may be printed as ``printed`` with ``decimals`` decimals.

    The true share is printed rounded (at most half a unit of the last printed digit away) or
    truncated (at most one unit below what is printed, never above it): 2/3 may be "67%" or "66%",
    but 312/315 (99,05%) is not "100%". A bound word widens that in its direction: "hơn/trên/tối
    thiểu Z%" accepts any larger share, "dưới/tối đa Z%" any smaller one, "khoảng Z%" one point
    either side, "gần Z%" up to one point below.
    """
    unit = 10.0**-decimals - 1e-9
    slack = max(unit, APPROXIMATE_POINTS)
    if qualifier in ("more_than", "at_least"):
        return true > printed - unit
    if qualifier in ("less_than", "at_most"):
        return true < printed + unit
    if qualifier == "about":
        return abs(true - printed) < slack
    if qualifier == "nearly":
        return printed - slack < true < printed + unit
    rounded = abs(true - printed) <= 10.0**-decimals / 2 + 1e-9
    truncated = printed - 1e-9 <= true < printed + unit
    return rounded or truncated


def _wrong_ratio(bulletin: Bulletin) -> Bulletin | None:
    return _with_sentence(bulletin, "Đã có 45/60 (80%) hồ sơ được giải quyết trực tuyến.")


@register_rule(
    "pct.ratio",
    Severity.ERROR,
    description="a ratio printed with its percentage ('X/Y (Z%)', 'X/Y noun (chiếm Z%)', "
    "'X/Y noun, đạt tỷ lệ Z%', 'X/Y noun được công khai, đạt Z%', 'X/Y noun, tương ứng Z%', "
    "'Z% (X/Y noun)', a count over its plan 'X/Y noun, đạt Z% kế hoạch') where X/Y is "
    "not Z% beyond the printed rounding",
    example="45/60 is 75%, not 80%",
    inject=_wrong_ratio,
    parameters={"tolerance": 0.0},
    withholds=Withholds.ARTICLE,
)
def check_ratio(
    bulletin: Bulletin, scan: Scan | None = None, tolerance: float = 0.0
) -> Iterator[Hit]:
    """``tolerance`` (a rule parameter): a disagreement of less than this many percentage points
    is accepted whatever the printed decimals (0: only the printed rounding)."""
    for index, paragraph, figure in _figures(bulletin, scan, _RATIO_PERCENT):
        if figure.value is None:
            continue
        num, den = figure.numerator, figure.denominator
        if num is None or den is None:
            continue
        if den == 0:
            message = f"{_ratio_text(figure)} has a zero denominator"
            yield Hit(paragraph.line_at(figure.start), message, article=index)
            continue
        true = num / den * 100
        stated = figure.stated or f"{figure.value}%"
        if agrees(true, figure.value, _decimals(stated), figure.stated_qualifier):
            continue  # most ratios: nothing more to work out
        if abs(true - figure.value) >= tolerance:
            message = f"{_ratio_text(figure)} is {_fmt(true)}%, not {stated}"
            yield Hit(paragraph.line_at(figure.start), message, article=index)


def _ratio_text(figure: Figure) -> str:
    """The ratio as printed ("37/76"), without its percentage."""
    return figure.ratio_text or figure.text.split("(")[0].strip()


def _fmt(value: float) -> str:
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")


# ---------------------------------------------------------------- pct.implied-ratio

_INT = r"\d{1,3}(?:\.\d{3})+|\d+"
#: ``_INT`` after its first digit: ``\d(?:_INT_REST)`` reads what ``_INT`` reads, trying the same
#: lengths in the same order. A form that opens with the count, its lookbehinds moved after the
#: first digit (one character longer, ending with it), opens with a digit: the regex engine skips
#: to the next digit at C speed instead of trying the lookbehinds at every position of the window.
_INT_REST = r"\d{0,2}(?:\.\d{3})+|\d*"
#: The words that open a percentage stated of a count: "đạt", "chiếm", "tỷ lệ", and "tương ứng"
#: (corresponding) in any of their places ("…, tương ứng 90%", "(tỷ lệ tương ứng 90%)").
_OPENER_WORDS = (
    r"(?:(?i:đạt|chiếm|tương ứng(?:\s+với)?)\s+)?(?:(?i:tương ứng)\s+)?"
    r"(?:(?i:tỷ lệ|tỉ lệ)(?:\s+(?i:tương ứng))?\s+)?"
)
_IMPLIED_OPENER_RE = patterncache.compile(
    rf"(?:\(|,)\s*{_OPENER_WORDS}(?:{L.words_pattern(list(L.QUALIFIERS))}\s+)?$"
)
#: What ends an implied ratio: the words up to the stated percentage's opener, which ends right
#: where the percentage starts ("… trực tuyến (đạt tỷ lệ ", "…, chiếm khoảng ").
_TO_THE_OPENER = (
    rf"[^\d;!?()%/]{{0,100}}?(?:\(|,)\s*{_OPENER_WORDS}"
    rf"(?:{L.words_pattern(list(L.QUALIFIERS))}\s+)?$"
)
#: How a count of applications is qualified by when it was resolved: "đúng hạn", "đúng và trước
#: hạn", "trước và đúng hạn", "quá hạn", "trễ hẹn" …
_TIMELINESS = (
    r"(?i:(?:đúng|trước)\s+(?:hạn\s+)?(?:và|,)\s+(?:đúng|trước)\s+hạn"
    r"|(?:đúng|trước|quá|trễ|chậm)\s+(?:hạn|hẹn))(?!\w)"
)
#: The four ways a count of some of them after a count of all is written, each ending where the
#: stated percentage opens:
_IMPLIED_RES = (
    # "N noun, trong đó/với M noun …" ("N noun; trong đó M noun …" and "trong đó, M noun" too),
    # and the part's timeliness first or alone: "trong đó đúng hạn (là) M noun", "trong đó M
    # đúng hạn" (no other part goes without its noun: "trong đó 30 ngày …" counts days)
    patterncache.compile(
        rf"(?P<n>\d(?<![\d.,/]\d)(?:{_INT_REST}))\s+{L.COUNT_NOUN}[^\d;!?()%/]{{0,80}}?"
        r"\s*+[,;]?\s*(?:(?i:trong\s+(?:số\s+)?đó)(?:\s*,)?|(?i:với))\s+(?:(?i:có)\s+)?"
        rf"(?:{_TIMELINESS}\s+(?:(?i:có|là)\s+)?)?"
        rf"(?P<m>{_INT})(?:\s+(?P=unit)(?!\w)|(?=\s+{_TIMELINESS})){_TO_THE_OPENER}"
    ),
    # "Trong (tổng) số N noun …, (có) M noun …"
    patterncache.compile(
        r"(?<!\w)(?i:trong)\s+(?:(?i:tổng)\s+)?(?i:số)\s+"
        rf"(?P<n>{_INT})\s+{L.COUNT_NOUN}[^\d;!?()%/]{{0,80}}?,\s*(?:(?i:có)\s+)?"
        rf"(?P<m>{_INT})\s+(?P=unit)(?!\w){_TO_THE_OPENER}"
    ),
    # "(đã) giải quyết N noun, (trong đó,) (số noun giải quyết) đúng và trước hạn (có/là) M noun":
    # how one-stop shops report timeliness, or in parentheses after N ("giải quyết N hồ sơ (đúng
    # hạn M hồ sơ, đạt Z%)"), a share of the applications resolved (never of those
    # received: "tiếp nhận N hồ sơ, hồ sơ đúng hạn là M hồ sơ (đạt Z%)" may be of those due)
    patterncache.compile(
        r"(?<!\w)(?i:giải\s+quyết)(?:\s+(?i:xong|được))?\s*:?\s+"
        rf"(?P<n>{_INT})\s+{L.COUNT_NOUN}\s*[,;(]\s*(?:(?i:trong\s+đó)\s*,?\s*)?"
        r"(?:(?i:số)\s+)?(?:(?P=unit)\s+)?(?:(?i:được)\s+)?(?:(?i:giải\s+quyết)\s+)?"
        rf"{_TIMELINESS}\s+(?:(?i:có|là)\s+)?(?P<m>{_INT})\s+(?P=unit)(?!\w){_TO_THE_OPENER}"
    ),
    # "M trên (tổng số) N noun …", "M trong (tổng) số N noun …" (out of N; never a rank: "thứ 5
    # trên 63 tỉnh"), the noun after M too: "M noun trong tổng số N noun …" (of the same noun)
    patterncache.compile(
        rf"(?P<m>\d(?<![\d.,/]\d)(?<!(?i:thứ) \d)(?:{_INT_REST}))"
        rf"\s+(?:(?P<mnoun>{L.COUNT_NOUN_WORDS})\s+)?"
        r"(?:(?i:trên)(?:\s+(?i:tổng))?(?:\s+(?i:số))?|(?i:trong)(?:\s+(?i:tổng))?\s+(?i:số))\s+"
        rf"(?P<n>{_INT})\s+{L.COUNT_NOUN}{_TO_THE_OPENER}"
    ),
)


#: A bound or an approximation right before a count ("gần 8.500 hồ sơ", "hơn 8.000", "khoảng"):
#: the count is rounded, and so is any share worked out from it.
_ROUNDED_COUNT_RE = patterncache.compile(rf"(?<!\w){L.words_pattern(list(L.QUALIFIERS))}\s+$")
#: How far back of a count its bound word may start.
_ROUNDED_REACH = 24
#: A clause that counts some of what the clause before it counted: "; trong đó, …".
_THEREOF_RE = patterncache.compile(r"(?<=;)\s*(?i:trong\s+(?:số\s+)?đó)(?!\w)")
#: A plan, a target or another period right after a percentage ("đạt 30% kế hoạch", "tăng 30% so
#: với cùng kỳ", "đạt 90% KH"), or a measure of another kind ("đạt 85% khối lượng"): it compares,
#: and is no share of the count before it.
_COMPARED_AFTER_RE = patterncache.compile(COMPARED_AFTER)
#: A comma right before a percentage, with no verb between them (", 100% …").
_BARE_COMMA_BEFORE_RE = patterncache.compile(r",\s*$")
#: Words right after a percentage, which make it the subject of a clause ("100% được giải quyết
#: đúng hạn", "95% hồ sơ …"), not the share the count before it states.
_OPENS_A_CLAUSE_RE = patterncache.compile(r"[ \t]+[^\W\d_]")
#: How far back of a figure its opener ("(đạt tỷ lệ ", ", chiếm khoảng ") may start.
_OPENER_REACH = 40


def _has_opener(text: str, start: int) -> bool:
    """Whether ``_IMPLIED_OPENER_RE`` finds an opener ending at ``start``, searched in place
    (``endpos`` makes ``$`` match there) within ``_OPENER_REACH``.

    An opener is "(" or "," and then only spaces and words without either (no qualifier holds
    one), so it can start only at the last "(" or "," in reach: two ``str.rfind`` and one match
    there instead of a search trying every position.
    """
    reach = max(0, start - _OPENER_REACH)
    at = max(text.rfind("(", reach, start), text.rfind(",", reach, start))
    return at != -1 and _IMPLIED_OPENER_RE.match(text, at, start) is not None


def implied_ratio(text: str, figure: Figure) -> tuple[float, float] | None:
    """(N, M) when ``figure`` states the share of M out of N noun (``_IMPLIED_RES``): "N noun,
    trong đó M noun … (đạt tỷ lệ Z%)", "M trên tổng số N noun, đạt Z%"."""
    implied = _implied(text, figure)
    return None if implied is None else implied[:2]


def _said_of_whole(said: str, unit: str) -> str:
    """The words ``said`` before the whole N that describe N: those after another count of the
    same noun, if one comes first ("tiếp nhận 3.500 hồ sơ, đã giải quyết 3.420 hồ sơ": "tiếp
    nhận" was said of the 3.500, so "97,4% số hồ sơ tiếp nhận" is no share of the 3.420)."""
    if unit not in said:
        return said
    counts = re.finditer(rf"\d[ \t]+{re.escape(unit)}(?!\w)", said)
    return said[max((count.end() for count in counts), default=0) :]


def _implied(text: str, figure: Figure) -> tuple[float, float, str] | None:
    """``implied_ratio`` and the noun counted."""
    if figure.kind != "percent" or figure.value is None:
        return None
    if not _has_opener(text, figure.start) or _COMPARED_AFTER_RE.match(text, figure.end):
        return None
    if TIMELINESS_AFTER_RE.match(text, figure.end):
        return None  # "…, đạt 100% đúng hạn": the on-time share of them, not M of N
    if _OPENS_A_CLAUSE_RE.match(text, figure.end) and _BARE_COMMA_BEFORE_RE.search(
        text, max(0, figure.start - 8), figure.start
    ):
        return None  # "…, 100% được giải quyết đúng hạn": the subject of a clause of its own
    clause_start = _left_edge(text, figure.start, CLAUSE_BREAK_RE)
    if _THEREOF_RE.match(text, clause_start):
        # "… đã giải quyết N hồ sơ; trong đó, M hồ sơ …": the whole was counted before the ";".
        clause_start = _left_edge(text, clause_start - 1, CLAUSE_BREAK_RE)
    start = max(clause_start, figure.start - WINDOW)
    match = next(
        (found for form in _IMPLIED_RES if (found := form.search(text, start, figure.start))),
        None,
    )
    if match is None:
        return None
    first = min(match.start("n"), match.start("m"))
    if _ROUNDED_COUNT_RE.search(text, max(0, first - _ROUNDED_REACH), first):
        return None  # "tiếp nhận gần 8.500 hồ sơ, trong đó 7.660 …": no exact whole to divide by
    said = _said_of_whole(text[start:first], match["unit"])
    if names_another_whole(text, figure.end, said, bare=True):
        return None  # "…, chiếm 30% (số) hồ sơ trễ hạn": a share of the late ones, not of all N
    named = match.groupdict().get("mnoun")
    if named is not None and not _same_noun(named, match["unit"]):
        return None  # "50 hồ sơ trong tổng số 70 thủ tục": of other things
    whole, part = parse_vn_number(match["n"]), parse_vn_number(match["m"])
    if whole is None or part is None or whole.value == 0 or part.value > whole.value:
        return None
    return whole.value, part.value, match["unit"]


def _same_noun(first: str, second: str) -> bool:
    """Whether two count nouns as printed name the same things ("thủ tục" and "thủ tục hành
    chính" do), whatever their case and spacing."""
    first, second = " ".join(first.casefold().split()), " ".join(second.casefold().split())
    return first.startswith(second) or second.startswith(first)


def _misstate_implied(paragraph: Paragraph) -> Paragraph | None:
    """The paragraph with its first implied ratio's percentage seven points off, if it has one."""
    for figure in extract_figures(paragraph.text):
        implied = implied_ratio(paragraph.text, figure)
        if implied is None:
            continue
        true = implied[1] / implied[0] * 100
        wrong = round(true + 7 if true <= 90 else true - 7, 1)
        printed = format_vn_number(wrong, 0 if wrong.is_integer() else 1) + "%"
        return respliced(paragraph, figure.start, figure.end, printed)
    return None


def _wrong_implied_ratio(bulletin: Bulletin) -> Bulletin | None:
    """Misstate an implied ratio the bulletin prints; without one, add a sentence that does."""
    for index, article in enumerate(bulletin.articles):
        for position, paragraph in enumerate(article.paragraphs):
            misstated = _misstate_implied(paragraph)
            if misstated is not None:
                paragraphs = list(article.paragraphs)
                paragraphs[position] = misstated
                changed = replace(article, paragraphs=tuple(paragraphs))
                return replace_article(bulletin, index, changed)
    return _with_sentence(
        bulletin,
        "Trong quý, Trung tâm tiếp nhận 4.800 hồ sơ, trong đó 1.200 hồ sơ nộp trực tuyến "
        "(đạt tỷ lệ 30%).",
    )


@register_rule(
    "pct.implied-ratio",
    Severity.WARNING,
    description="an implied ratio 'N noun, trong đó/với M noun … (đạt tỷ lệ Z%)', 'Trong tổng số "
    "N noun, có M noun …, chiếm Z%', 'đã giải quyết N noun; trong đó, đúng và trước hạn (có) M noun, "
    "đạt tỷ lệ Z%', 'M trên tổng số N noun …, đạt Z%' or 'M noun trong tổng số N noun, tương "
    "ứng Z%' where M/N is not Z% "
    "beyond the printed rounding (a warning: the ratio is inferred from the wording; a rounded "
    "count, 'gần/hơn/khoảng N', is not checked)",
    example="2.521 of 6.776 hồ sơ is 37,2%, not 37,76%",
    inject=_wrong_implied_ratio,
    withholds=Withholds.ARTICLE,
)
def check_implied_ratio(bulletin: Bulletin, scan: Scan | None = None) -> Iterator[Hit]:
    for index, paragraph, figure in _figures(bulletin, scan, _PERCENT):
        implied = _implied(paragraph.text, figure)
        if implied is None or figure.value is None:
            continue
        whole, part, unit = implied
        true = part / whole * 100
        stated = figure.text
        if not agrees(true, figure.value, _decimals(stated), figure.qualifier):
            yield Hit(
                paragraph.line_at(figure.start),
                f"{format_vn_number(part)} of {format_vn_number(whole)} {unit} is {_fmt(true)}%, "
                f"not {stated}",
                article=index,
            )


# ---------------------------------------------------------------- pct.format


def _dot_decimal(bulletin: Bulletin) -> Bulletin | None:
    return _with_sentence(bulletin, "Mức độ hài lòng đạt 80.09%.")


@register_rule(
    "pct.format",
    Severity.WARNING,
    description="an ambiguous decimal separator in a percentage ('80.09%' in Vietnamese text)",
    example="ambiguous decimal point in 80.09% (Vietnamese writes 80,09%)",
    inject=_dot_decimal,
    withholds=Withholds.ARTICLE,
)
def check_format(bulletin: Bulletin, scan: Scan | None = None) -> Iterator[Hit]:
    for index, paragraph, figure in (scan or Scan(bulletin)).dot_decimal_figures:
        printed = figure.stated or figure.text
        number = printed.rstrip(" %")
        yield Hit(
            paragraph.line_at(figure.start),
            f"ambiguous decimal point in {printed} (Vietnamese writes {number.replace('.', ',')}%)",
            article=index,
        )
