"""Waivers: accepted findings are set apart, never fail a run, never withhold; stale ones show."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from bantin.validators.finding import Finding, Severity
from bantin.validators.waivers import (
    Waiver,
    WaiverError,
    apply_waivers,
    baseline,
    dump_waivers,
    load_waivers,
)

SHA_A, SHA_B = "a" * 64, "b" * 64
ERROR = Finding("date.impossible", Severity.ERROR, "citation date 31/9 does not exist", "a.txt", 9)
WARNING = Finding("pct.format", Severity.WARNING, "ambiguous decimal point in 8.5%", "b.txt", 3)
SHAS = {"a.txt": SHA_A, "b.txt": SHA_B}


def test_baseline_round_trips_through_toml_with_a_reason_to_fill_in(tmp_path: Path) -> None:
    waivers = baseline([ERROR, WARNING, ERROR], SHAS)
    assert [w.rule for w in waivers] == ["date.impossible", "pct.format"]
    text = dump_waivers(waivers)
    assert all(record["reason"] == "" for record in tomllib.loads(text)["waiver"])
    path = tmp_path / "waivers.toml"
    path.write_text(text, encoding="utf-8")
    assert load_waivers(path) == waivers


def test_a_waiver_matches_rule_sha256_and_message_not_the_path_or_line() -> None:
    waiver = Waiver(rule=ERROR.rule, source_sha256=SHA_A, message=ERROR.message, reason="ok")
    moved = Finding(ERROR.rule, ERROR.severity, ERROR.message, "elsewhere/a.txt", 12)
    outcome = apply_waivers([moved, WARNING], [waiver], {"elsewhere/a.txt": SHA_A, **SHAS})
    assert outcome.findings == (WARNING,)
    assert [(w.finding, w.reason) for w in outcome.waived] == [(moved, "ok")]
    assert outcome.stale == ()


@pytest.mark.parametrize(
    "changed",
    [
        {"source_sha256": SHA_B},  # the file changed: the finding must be reviewed again
        {"message": "citation date 31/8 does not exist"},
        {"rule": "date.future"},
    ],
)
def test_a_waiver_that_matches_nothing_is_stale(changed: dict[str, str]) -> None:
    fields = {"rule": ERROR.rule, "source_sha256": SHA_A, "message": ERROR.message} | changed
    waiver = Waiver(**fields)
    outcome = apply_waivers([ERROR], [waiver], SHAS)
    assert outcome.findings == (ERROR,) and outcome.waived == ()
    assert outcome.stale == (waiver,)


def test_findings_of_unreadable_files_are_never_waived() -> None:
    waiver = Waiver(rule=ERROR.rule, source_sha256=SHA_A, message=ERROR.message)
    assert apply_waivers([ERROR], [waiver], {}).findings == (ERROR,)


def test_a_broken_waivers_file_names_the_entry_and_key(tmp_path: Path) -> None:
    path = tmp_path / "w.toml"
    path.write_text(
        f'[[waiver]]\nrule = "pct.ratio"\nsource_sha256 = "{SHA_A}"\nmessage = "m"\nwhy = "x"\n',
        encoding="utf-8",
    )
    with pytest.raises(WaiverError, match=r"waiver\.0\.why: unknown key"):
        load_waivers(path)


def test_a_stale_waiver_is_shown_by_the_file_and_line_it_was_written_for() -> None:
    """`bantin validate` lists stale waivers so they can be found and removed: by file and line,
    by file alone without a line, by the start of the file's sha256 without a file name."""
    base = {"rule": "date.impossible", "source_sha256": SHA_A, "message": "m"}
    assert Waiver(**base, source="a.txt", line=3).describe() == "date.impossible in a.txt:3: m"
    assert Waiver(**base, source="a.txt").describe() == "date.impossible in a.txt: m"
    assert Waiver(**base).describe() == f"date.impossible in {SHA_A[:12]}: m"
