"""Faults injected into copies of the real bulletins (made inside the tests) fire at the right line."""

from __future__ import annotations

from pathlib import Path

import pytest

from bantin.parsers import read_source
from bantin.validators import validate
from tests.conftest import corpus_file

pytestmark = pytest.mark.corpus


def findings_after(
    tmp_path: Path, prefix: str, old: str, new: str
) -> list[tuple[str, str, int | None]]:
    """Copy a real bulletin with ``old`` replaced (exactly once) by ``new`` and validate the copy."""
    text = corpus_file(prefix).read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} must occur once in {prefix}"
    copy = tmp_path / f"{prefix}copy.txt"
    copy.write_text(text.replace(old, new), encoding="utf-8")
    return [(f.rule, str(f.severity), f.line) for f in validate([read_source(copy)])]


def errors(found: list[tuple[str, str, int | None]]) -> list[tuple[str, int | None]]:
    return [(rule, line) for rule, severity, line in found if severity == "error"]


def test_repairing_the_real_fault_leaves_the_print_edition_clean(tmp_path):
    assert (
        findings_after(
            tmp_path, "000_", "(Baobinhthuan.com.vn 01/0,", "(Baobinhthuan.com.vn 01/02,"
        )
        == []
    )


@pytest.mark.parametrize(
    ("prefix", "old", "new", "expected"),
    [
        ("000_", "\n4. Sơn La:", "\n5. Sơn La:", ("toc.numbering", 25)),
        ("000_", "cạnh tranh.....\t5", "cạnh tranh.....\t2", ("toc.pages", 25)),
        ("000_", "\nTHỨ NĂM\n", "\nTHỨ SÁU\n", ("date.weekday", 5)),
        ("000_", "(Baocamau.vn 01/02,", "(Baocamau.vn 05/02,", ("date.future", 67)),
        ("000_", "(Baocamau.vn 01/02,", "(Baocamau.vn 31/9,", ("date.impossible", 67)),
        ("000_", "đạt khoảng 53% tổng dân số", "chiếm khoảng 153% tổng dân số", ("pct.range", 117)),
        ("002_", "224/224 (100%)", "224/224 (90%)", ("pct.ratio", 51)),
        (
            "002_",
            "\nSơn La: Cải thiện và nâng cao chỉ số PAPI\n\nThời gian qua",
            "\nSơn La: Nâng cao chỉ số PAPI\n\nThời gian qua",
            ("toc.body-mismatch", 9),
        ),
        ("003_", "Sat, 27 Sep 2025 09:18:56", "Fri, 27 Sep 2025 09:18:56", ("date.weekday", 22)),
        ("003_", "Mon, 22 Sep 2025 19:33:52", "Thu, 02 Oct 2025 19:33:52", ("date.future", 81)),
    ],
    ids=[
        "toc-gap",
        "toc-page-back",
        "weekday",
        "citation-future",
        "citation-31-9",
        "share-over-100",
        "ratio",
        "title-mismatch",
        "rss-weekday",
        "item-future",
    ],
)
def test_injected_fault_fires_at_its_line(tmp_path, prefix, old, new, expected):
    found = errors(findings_after(tmp_path, prefix, old, new))
    assert expected in found
    # the real 01/0 citation of the print edition stays the only other error
    assert set(found) - {expected} <= {("date.impossible", 49)}


def test_weekend_issue_is_a_warning_only(tmp_path):
    found = findings_after(
        tmp_path, "000_", "THỨ NĂM\n\nPhát hành: 01/02/2024", "THỨ BẢY\n\nPhát hành: 03/02/2024"
    )
    assert ("date.weekend", "warning", 7) in found
    assert errors(found) == [("date.impossible", 49)]


@pytest.mark.parametrize(
    ("prefix", "old", "new"),
    [
        # a growth/target comparison above 100% is not a share
        ("000_", "đạt 132,58% so với chỉ tiêu", "đạt 232,58% so với chỉ tiêu"),
        # a ratio whose percentage matches within the printed rounding
        ("002_", "224/224 (100%)", "223/224 (99,6%)"),
        # extra whitespace, dot leaders and quote styles do not make a title mismatch
        (
            "002_",
            "\nSơn La: Cải thiện và nâng cao chỉ số PAPI\n",
            "\nSơn La:  Cải thiện và nâng cao chỉ số PAPI\n",
        ),
    ],
    ids=["growth-over-100", "ratio-rounded", "title-spacing"],
)
def test_near_misses_do_not_fire(tmp_path, prefix, old, new):
    assert errors(findings_after(tmp_path, prefix, old, new)) == [
        e for e in [("date.impossible", 49)] if prefix == "000_"
    ]
