"""A small real run for the data-docs tests: clean sample bulletins, one with faults, one unreadable."""

from __future__ import annotations

import shutil
from pathlib import Path

from bantin.datasets.corpus import ParseOutcome, collect_inputs, parse_inputs
from bantin.datasets.release import plan_release
from bantin.datasets.synthetic.sample import embedded_sample_files
from bantin.reports.builders import run_docs
from bantin.reports.docs import DataDocs
from bantin.reports.html import render_data_docs
from bantin.reports.run_rows import PageRows
from tests.parsers.fixtures import PRINT_DIGEST

#: The faulty digest: an impossible citation date (line of "31/9") and a dot-decimal percentage.
#: Moved to Friday 03/01/2020, so that no embedded sample bulletin has its id.
FAULTY = PRINT_DIGEST.replace("(Baolaocai.vn 02/01)", "(Baolaocai.vn 31/9)").replace(
    "Phát hành: 03/01/2025", "Phát hành: 03/01/2020"
)
FAULTY_LINE = FAULTY.splitlines().index("(Baolaocai.vn 31/9)[Về đầu trang](#)") + 1
#: A digest of the following Monday whose TOC skips from 1 to 4: an error of the whole bulletin.
BROKEN_TOC = (
    PRINT_DIGEST.replace("Phát hành: 03/01/2025", "Phát hành: 06/01/2020")
    .replace("THỨ SÁU", "THỨ HAI")
    .replace("2. Lào Cai", "4. Lào Cai")
)


def write_run(folder: Path) -> Path:
    """Four clean sample bulletins, ``faulty.txt`` (an article error), ``toc.txt`` (a bulletin
    error) and an unreadable ``notes.txt`` in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    for path in embedded_sample_files()[2:6]:  # none of them of the digests' days (03/01, 06/01)
        shutil.copy(path, folder / path.name)
    (folder / "faulty.txt").write_text(FAULTY, encoding="utf-8")
    (folder / "toc.txt").write_text(BROKEN_TOC, encoding="utf-8")
    (folder / "notes.txt").write_bytes(b"\x00\x01binary\x00")
    return folder


def parse_run(folder: Path) -> ParseOutcome:
    return parse_inputs(collect_inputs([folder]))


def run_page(folder: Path, mode: str = "validate") -> tuple[DataDocs, str]:
    """The data docs of ``validate --html`` over ``folder`` and the page's HTML."""
    outcome = parse_run(folder)
    page = PageRows()
    plan = plan_release(outcome, observer=page)
    tables = plan.tables if mode == "release" else page.tables()
    docs = run_docs(
        tables, page.every_bulletin(), f"bantin {mode} run", mode, locations=outcome.locations
    )
    return docs, render_data_docs(docs)
