"""The streamed release: one task per file, results in input order, the same bytes every way."""

from __future__ import annotations

import pickle
import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from bantin.datasets.corpus import collect_inputs, parse_inputs
from bantin.datasets.engines import run_local
from bantin.datasets.release import (
    ReleaseRefused,
    plan_release,
    release_files,
    validate_files,
    write_release,
)
from bantin.datasets.synthetic import write_sample
from bantin.datasets.task import TaskSettings, process_file
from bantin.packaging import writer
from bantin.packaging.recipe import DEFAULT_RECIPE
from bantin.validators.report import Report


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("pipeline") / "in"
    write_sample(folder, 40, seed=3)
    return folder


def _files(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


def test_the_package_is_the_same_bytes_whatever_the_workers_and_row_groups(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(writer, "ROW_GROUP_ROWS", 50)  # many row groups, cut mid-bulletin
    inputs = collect_inputs([corpus])
    release_files(inputs, tmp_path / "one", DEFAULT_RECIPE, workers=1)
    release_files(inputs, tmp_path / "two", DEFAULT_RECIPE, workers=2)
    plan = plan_release(parse_inputs(inputs, workers=1))
    write_release(plan, tmp_path / "memory", DEFAULT_RECIPE)
    assert _files(tmp_path / "one") == _files(tmp_path / "two")
    # Written from whole frames (write_package), the same rows in the same order.
    for name in ("articles", "figures", "findings", "sources"):
        streamed = pq.read_table(tmp_path / "one" / "data" / f"{name}.parquet")
        assert streamed.equals(pq.read_table(tmp_path / "memory" / "data" / f"{name}.parquet"))
    figures = pq.ParquetFile(tmp_path / "one" / "data" / "figures.parquet")
    assert figures.metadata.num_row_groups > 2
    sizes = [figures.metadata.row_group(i).num_rows for i in range(figures.metadata.num_row_groups)]
    assert all(size == 50 for size in sizes[:-1]) and 0 < sizes[-1] <= 50


def test_results_come_back_in_input_order_and_cross_processes_intact(corpus: Path) -> None:
    inputs = collect_inputs([corpus])
    settings = TaskSettings()
    results = list(run_local(inputs, settings, workers=2))
    assert [r.display for r in results] == [i.display for i in inputs]
    alone = process_file(inputs[5], settings)
    assert pickle.loads(pickle.dumps(alone)) == alone == results[5]
    assert alone.rows is not None and alone.subject is not None
    # What the parent keeps for the run-scope rules is digests, never the texts.
    assert all(len(key.digest) == 16 for key in alone.subject.articles)


def test_validate_files_reports_what_the_in_memory_validation_reports(corpus: Path) -> None:
    inputs = collect_inputs([corpus])
    outcome = parse_inputs(inputs, workers=1)
    streamed = validate_files(inputs, workers=2)
    assert streamed.flatten() == Report.build(outcome.parsed, outcome.failed).flatten()


def test_a_copied_bulletin_is_a_duplicate_found_in_the_parent(corpus: Path, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    shutil.copytree(corpus, folder)
    first = sorted(folder.iterdir())[0]
    shutil.copy(first, folder / f"zz_{first.name}")
    report = validate_files(collect_inputs([folder]), workers=2)
    duplicates = [f for f in report.findings if f.rule == "bulletin.duplicate"]
    assert [f.source for f in duplicates] == [f"zz_{first.name}"]  # relative to the folder given
    assert duplicates[0].message.endswith(f"also given by {first.name}")


def test_strict_refuses_and_writes_nothing(corpus: Path, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    shutil.copytree(corpus, folder)
    (folder / "broken.txt").write_text("not a bulletin at all\n", encoding="utf-8")
    with pytest.raises(ReleaseRefused) as refused:
        release_files(collect_inputs([folder]), tmp_path / "out", DEFAULT_RECIPE, strict=True)
    assert refused.value.plan.unreadable
    assert list(tmp_path.iterdir()) == [folder]
