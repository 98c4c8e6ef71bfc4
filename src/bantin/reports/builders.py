"""Build the data docs of a live run (validate, release) or of a published package."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path

import polars as pl

from bantin.packaging.reader import descriptor_path, load_package
from bantin.reports.docs import DataDocs, RunMeta, build_docs, report_time
from bantin.reports.excerpts import SourceTexts

Tables = Mapping[str, pl.DataFrame]


def _sha256_by_path(tables: Tables) -> dict[str, str | None]:
    sources = tables.get("sources")
    if sources is None:
        return {}
    return dict(zip(sources["source_path"], sources["source_sha256"], strict=True))


def run_docs(
    tables: Tables,
    checked: Tables,
    command: str,
    mode: str,
    package: Mapping[str, object] | None = None,
    title: str | None = None,
    locations: Mapping[str, str] | None = None,
) -> DataDocs:
    """The page of a ``validate`` (``mode="validate"``) or ``release`` run.

    ``tables`` are the run's tables (for a release, the package as written; for ``validate``,
    its findings and sources); ``checked`` those of every bulletin that was parsed, published or
    not (``bantin.reports.run_rows.PageRows.every_bulletin``), over which rules are counted. The
    charts of a release show what it published; those of ``validate`` every bulletin read.
    ``locations`` maps a published source name to where the file is on this machine, for
    excerpts.
    """
    meta = RunMeta(command=command, time=_stamp(), mode=mode, package=package)
    return build_docs(
        tables,
        meta,
        SourceTexts(_sha256_by_path(tables), locations=locations),
        checked_tables=checked,
        chart_tables=tables if mode == "release" else checked,
        checked_scope="every bulletin read, published or not",
        with_profile=mode == "release",
        title=title or f"bantin {'release' if mode == 'release' else 'validation'} report",
    )


def package_info(path: Path) -> dict[str, object]:
    """Name, version, created and location of a written package, from its descriptor."""
    descriptor = json.loads(descriptor_path(path).read_text(encoding="utf-8"))
    info = {key: descriptor.get(key) for key in ("name", "title", "version", "created")}
    return {**info, "path": descriptor_path(path).as_posix()}


def package_docs(path: Path, command: str, roots: Sequence[Path] = (Path(),)) -> DataDocs:
    """The page of a published package (checked against its descriptor first).

    Source excerpts need the bulletins: they are looked up under ``roots`` by the path the
    ``sources`` resource records, and used only when their sha256 still matches.
    """
    tables = load_package(path)
    meta = RunMeta(command=command, time=_stamp(), mode="package", package=package_info(path))
    return build_docs(
        tables,
        meta,
        SourceTexts(_sha256_by_path(tables), tuple(roots)),
        checked_scope="the published bulletins (held-back ones are not in a package)",
        with_profile=True,
        title="bantin package report",
    )


def _stamp() -> str:
    return report_time().strftime("%Y-%m-%d %H:%M:%S UTC")
