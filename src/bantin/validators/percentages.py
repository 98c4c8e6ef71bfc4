"""Percentage rules: shares above 100%, ratios that disagree with their percentage, dot decimals."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from bantin.model import Bulletin, Paragraph
from bantin.parsers.figures import FigureMention, clause_around, extract_figures
from bantin.parsers.scan import Scan
from bantin.validators.edits import first_index, replace_article, with_sentence
from bantin.validators.finding import Severity
from bantin.validators.registry import Hit, Withholds, register_rule

#: Words that make a percentage a share of a whole, which cannot exceed 100%.
SHARE_WORDS = (
    "chiếm",
    "tỷ lệ",
    "tỉ lệ",
    "trên tổng",
    "của tổng",
    "tổng số",
    "dân số",
    "số hộ",
    "số dân",
)
#: Words that make it a growth or a comparison with a target, which can.
COMPARISON_WORDS = (
    "tăng",
    "giảm",
    "so với",
    "vượt",
    "gấp",
    "chỉ tiêu",
    "kế hoạch",
    "cùng kỳ",
    "dự toán",
    "mục tiêu",
    "hoàn thành",
    "bằng",
    "năm trước",
    "năm ngoái",
    "kỳ trước",
)
#: Where a comma-level segment ends: a clause break or ", " / ": " ("132,58" keeps its comma).
_SEGMENT_BREAK_RE = re.compile(r"[;!?]|\.(?=\s|$)|,\s|:\s")


def _has_word(text: str, words: tuple[str, ...]) -> bool:
    folded = text.casefold()
    return any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", folded) for w in words)


def _segment(text: str, start: int, end: int) -> str:
    """The comma-delimited part of the clause holding text[start:end]."""
    left = 0
    for match in _SEGMENT_BREAK_RE.finditer(text, 0, start):
        left = match.end()
    right_match = _SEGMENT_BREAK_RE.search(text, end)
    return text[left : right_match.start() if right_match else len(text)].strip()


def _next_segment(text: str, end: int) -> str:
    """The segment after the comma that ends the segment holding ``end`` ("" if no comma ends it)."""
    first = _SEGMENT_BREAK_RE.search(text, end)
    if first is None or not first.group(0).startswith(","):
        return ""
    second = _SEGMENT_BREAK_RE.search(text, first.end())
    return text[first.end() : second.start() if second else len(text)].strip()


def is_share_over_100(text: str, figure: FigureMention) -> bool:
    """A percentage above 100 stated as a share ("chiếm 185% dân số"), not a growth or a target.

    The comparison may follow after a comma ("đạt 132,58%, vượt kế hoạch"): the next segment counts
    too, unless it states a figure of its own.
    """
    if figure.kind != "percent" or figure.value is None or figure.value <= 100:
        return False
    clause = clause_around(text, figure.start, figure.end)
    segment = _segment(text, figure.start, figure.end)
    following = _next_segment(text, figure.end)
    if following and (extract_figures(following) or not _has_word(following, COMPARISON_WORDS)):
        following = ""
    compared = _has_word(segment, COMPARISON_WORDS) or bool(following)
    return _has_word(clause, SHARE_WORDS) and not compared


def _figures(
    bulletin: Bulletin, scan: Scan | None
) -> Iterator[tuple[int, Paragraph, FigureMention]]:
    """Every figure of the bulletin with its article index and paragraph, from the shared scan."""
    figures = (scan or Scan(bulletin)).figures
    for index, article in enumerate(bulletin.articles):
        for paragraph, found in zip(article.paragraphs, figures[index], strict=True):
            for figure in found:
                yield index, paragraph, figure


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
    description="a share that cannot exceed 100% does (growth and target comparisons may)",
    example="share 185% exceeds 100%: 'chiếm 185% dân số'",
    inject=_share_over_100,
    withholds=Withholds.ARTICLE,
)
def check_range(bulletin: Bulletin, scan: Scan | None = None) -> Iterator[Hit]:
    for index, paragraph, figure in _figures(bulletin, scan):
        if is_share_over_100(paragraph.text, figure):
            yield Hit(
                paragraph.line_at(figure.start),
                f"share {figure.text} exceeds 100%: {_quote(paragraph.text, figure)!r}",
                article=index,
            )


def _quote(text: str, figure: FigureMention, width: int = 80) -> str:
    """The segment holding the figure, cut at word boundaries to about ``width`` characters."""
    segment = _segment(text, figure.start, figure.end)
    if len(segment) <= width:
        return segment
    left = max(0, segment.find(figure.text) - width // 2)
    window = segment[left : left + width]
    if left > 0:
        window = "…" + window.split(" ", 1)[-1]
    if left + width < len(segment):
        window = window.rsplit(" ", 1)[0] + "…"
    return window


def _decimals(printed: str) -> int:
    number = printed.split("(")[-1].rstrip(" %)")
    for sep in (",", "."):
        _, found, tail = number.rpartition(sep)
        if found and len(tail) != 3:
            return len(tail)
    return 0


def _wrong_ratio(bulletin: Bulletin) -> Bulletin | None:
    return _with_sentence(bulletin, "Đã có 45/60 (80%) hồ sơ được giải quyết trực tuyến.")


@register_rule(
    "pct.ratio",
    Severity.ERROR,
    description="a ratio 'X/Y (Z%)' whose percentage is not X/Y beyond the printed rounding",
    example="45/60 is 75%, not 80%",
    inject=_wrong_ratio,
    withholds=Withholds.ARTICLE,
)
def check_ratio(bulletin: Bulletin, scan: Scan | None = None) -> Iterator[Hit]:
    for index, paragraph, figure in _figures(bulletin, scan):
        if figure.kind != "ratio_percent" or figure.value is None:
            continue
        num, den = figure.numerator, figure.denominator
        if num is None or den is None:
            continue
        ratio_text = figure.text.split("(")[0].strip()
        line = paragraph.line_at(figure.start)
        if den == 0:
            yield Hit(line, f"{ratio_text} has a zero denominator", article=index)
            continue
        true = num / den * 100
        # Rounded or truncated to the printed decimals, the true share is within one last digit.
        if abs(true - figure.value) >= 10 ** -_decimals(figure.text) - 1e-9:
            printed = figure.text.split("(")[-1].rstrip(")").strip()
            yield Hit(line, f"{ratio_text} is {_fmt(true)}%, not {printed}", article=index)


def _fmt(value: float) -> str:
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")


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
    for index, paragraph, figure in _figures(bulletin, scan):
        if figure.dot_decimal:
            printed = figure.text.split("(")[-1].rstrip(")").strip()
            number = printed.rstrip(" %")
            yield Hit(
                paragraph.line_at(figure.start),
                f"ambiguous decimal point in {printed} (Vietnamese writes {number.replace('.', ',')}%)",
                article=index,
            )
