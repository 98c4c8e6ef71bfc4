"""The Dask engine runs the same per-file task and writes the same package as the local one."""

from __future__ import annotations

from pathlib import Path

import pytest

from bantin.datasets.corpus import collect_inputs
from bantin.datasets.engines import Engine, EngineError, dask_client
from bantin.datasets.release import release_files, validate_files
from bantin.datasets.synthetic import write_sample
from bantin.packaging.recipe import DEFAULT_RECIPE

distributed = pytest.importorskip("distributed", reason="the dask extra is not installed")


@pytest.fixture(scope="module")
def cluster() -> object:
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as local:
        yield local


def _files(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


def test_a_dask_release_is_byte_identical_to_a_local_one(cluster: object, tmp_path: Path) -> None:
    write_sample(tmp_path / "in", 24, seed=5)
    (tmp_path / "in" / "junk.txt").write_text("no bulletin here\n", encoding="utf-8")
    inputs = collect_inputs([tmp_path / "in"])
    local = release_files(inputs, tmp_path / "local", DEFAULT_RECIPE, workers=2)
    address = cluster.scheduler_address  # type: ignore[attr-defined]
    remote = release_files(
        inputs, tmp_path / "dask", DEFAULT_RECIPE, engine=Engine.dask, scheduler=address
    )
    assert _files(tmp_path / "dask") == _files(tmp_path / "local")
    assert remote.report.flatten() == local.report.flatten()
    assert len(remote.unreadable) == 1


def test_dask_validation_matches_local(cluster: object, tmp_path: Path) -> None:
    write_sample(tmp_path / "in", 12, seed=6)
    inputs = collect_inputs([tmp_path / "in"])
    address = cluster.scheduler_address  # type: ignore[attr-defined]
    report = validate_files(inputs, engine=Engine.dask, scheduler=address)
    assert report.flatten() == validate_files(inputs, workers=1).flatten()


def test_an_unreachable_scheduler_is_a_clear_error(tmp_path: Path) -> None:
    write_sample(tmp_path / "in", 2, seed=1)
    with pytest.raises(EngineError, match="cannot reach the Dask scheduler"):
        validate_files(
            collect_inputs([tmp_path / "in"]), engine=Engine.dask, scheduler="tcp://127.0.0.1:9"
        )


def test_the_cli_starts_a_local_cluster_when_no_scheduler_is_given(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from bantin.cli import app

    write_sample(tmp_path / "in", 6, seed=2)
    runner = CliRunner()
    source = str(tmp_path / "in")
    local = runner.invoke(app, ["release", source, "--out", str(tmp_path / "local")])
    dask = runner.invoke(
        app, ["release", source, "--out", str(tmp_path / "dask"), "--engine", "dask", "-j", "2"]
    )
    assert local.exit_code == dask.exit_code == 0, dask.output
    assert _files(tmp_path / "dask") == _files(tmp_path / "local")


def test_a_local_cluster_has_the_workers_asked_for() -> None:
    """Without a scheduler, ``-j N`` is the number of Dask worker processes started."""
    with dask_client(None, 1) as client:
        assert len(client.scheduler_info()["workers"]) == 1
