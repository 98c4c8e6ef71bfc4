"""Benchmark figure and date extraction on one dense paragraph of 10 KB to 10 MB: time must grow
linearly with the length (and ``figures.context`` stay bounded), never quadratically."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import platform
import random
import sys
import time
from collections.abc import Sequence
from typing import Any

from bantin.datasets.synthetic.figure_forms import DATED_PHRASES, PHRASES
from bantin.model import Article, Bulletin, Paragraph, SourceFormat
from bantin.parsers.figures import clear_cache, extract_figures
from bantin.parsers.mentions import find_dates
from bantin.validators import RULES
from bantin.validators.run import validate_bulletins

SIZES_KB = (10, 100, 1_000, 10_000)
ISSUE = dt.date(2024, 5, 2)
#: The rules that read figures and dates in paragraphs.
RULE_IDS = ("pct.range", "pct.ratio", "pct.implied-ratio", "pct.format", "date.impossible")


def dense_paragraph(size: int, seed: int = 0) -> str:
    """About ``size`` characters of one paragraph: every figure form, dates and numbers that are
    no figures, sentence after sentence, with no paragraph break."""
    rng = random.Random(seed)
    day = ISSUE
    frames = (
        "Theo báo cáo, {} trong năm qua.",
        "Năm 2023, {}, ngày 13/2/2023 và chiều 31/1 đã rà soát.",
        "Tỷ lệ hồ sơ đúng hạn đạt {}; Nghị định số 61/2018/NĐ-CP.",
    )
    parts: list[str] = []
    length = 0
    makers = [*PHRASES.values()]
    dated = [*DATED_PHRASES.values()]
    while length < size:
        dated_form = rng.random() >= 0.8
        phrase = (rng.choice(dated)(rng, day) if dated_form else rng.choice(makers)(rng)).text
        sentence = rng.choice(frames).format(phrase)
        parts.append(sentence)
        length += len(sentence) + 1
    return " ".join(parts)[:size]


def _bulletin(text: str) -> Bulletin:
    article = Article("Bài kiểm tra", 3, 5, paragraphs=(Paragraph(text, 4),))
    return Bulletin(SourceFormat.WEB_TEXT, "Bản tin", "2/5/2024", ISSUE, 1, articles=(article,))


def _time(work: Any) -> tuple[float, Any]:
    """CPU seconds of ``work`` (not wall time: the machine may be shared) and its result."""
    start = time.process_time()
    result = work()
    return time.process_time() - start, result


def _fresh(text: str) -> str:
    """An equal string that is another object, so no cache serves it (copied outside the timing)."""
    return text[:-1] + text[-1:]


def run(sizes_kb: Sequence[int], seed: int) -> dict[str, Any]:
    rules = [rule for rule in RULES if rule.id in RULE_IDS]
    rows = []
    for size_kb in sizes_kb:
        text = dense_paragraph(size_kb * 1000, seed)
        clear_cache()
        extract_s, figures = _time(lambda text=text: extract_figures(text))
        clear_cache()
        again = _fresh(text)
        dates_s, dates = _time(lambda again=again: find_dates(again))
        clear_cache()
        bulletin = _bulletin(_fresh(text))
        rules_s, findings = _time(lambda b=bulletin: validate_bulletins([b], rules=rules))
        context = sum(len(f.context) for f in figures)
        rows.append(
            {
                "kb": size_kb,
                "figures": len(figures),
                "dates": len(dates),
                "findings": len(findings),
                "extract_s": round(extract_s, 4),
                "dates_s": round(dates_s, 4),
                "rules_s": round(rules_s, 4),
                "us_per_kb": round((extract_s + dates_s) / size_kb * 1e6, 1),
                "context_chars_per_figure": round(context / max(1, len(figures)), 1),
            }
        )
    first, last = rows[0], rows[-1]
    growth = (last["extract_s"] + last["dates_s"]) / max(
        1e-9, first["extract_s"] + first["dates_s"]
    )
    return {
        "benchmark": "figure and date extraction on one paragraph",
        "seed": seed,
        "rows": rows,
        "size_ratio": last["kb"] / first["kb"],
        "time_ratio": round(growth, 1),
        "environment": {"python": platform.python_version()},
    }


def table(result: dict[str, Any]) -> str:
    head = ("KB", "figures", "dates", "extract s", "dates s", "rules s", "µs/KB", "ctx/fig")
    lines = ["{:>7} {:>8} {:>7} {:>10} {:>9} {:>9} {:>8} {:>8}".format(*head)]
    for r in result["rows"]:
        lines.append(
            f"{r['kb']:>7} {r['figures']:>8} {r['dates']:>7} {r['extract_s']:>10.3f} "
            f"{r['dates_s']:>9.3f} {r['rules_s']:>9.3f} {r['us_per_kb']:>8.1f} "
            f"{r['context_chars_per_figure']:>8.1f}"
        )
    lines.append(
        f"{result['size_ratio']:.0f}x the text took {result['time_ratio']}x the CPU time "
        "(linear: about the same; quadratic: its square)"
    )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--sizes",
        type=int,
        nargs="+",
        default=list(SIZES_KB),
        help="paragraph sizes in KB (default: 10 100 1000 10000)",
    )
    parser.add_argument("--seed", type=int, default=0, help="text seed (default 0)")
    args = parser.parse_args(argv)
    if any(size < 1 for size in args.sizes):
        parser.error("--sizes must be at least 1 KB")
    result = run(sorted(args.sizes), args.seed)
    print(table(result), file=sys.stderr)
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
