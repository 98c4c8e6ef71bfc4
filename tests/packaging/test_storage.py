"""A frame stored without pyarrow.compute is the very table ``to_arrow().cast`` gives."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import polars as pl
import pyarrow
from hypothesis import given
from hypothesis import strategies as st

from bantin.packaging.storage import stored_table
from bantin.packaging.writer import arrow_schema
from bantin.schemas import TABLES

SCHEMA = pyarrow.schema(
    [
        pyarrow.field("text", pyarrow.string()),
        pyarrow.field("name", pyarrow.string(), nullable=False),
        pyarrow.field("n", pyarrow.int64()),
    ]
)


@given(
    st.lists(st.tuples(st.none() | st.text(max_size=5), st.text(max_size=5), st.integers(0, 9))),
    st.integers(0, 3),
    st.integers(0, 3),
)
def test_stored_table_is_the_cast_table(
    rows: list[tuple[str | None, str, int]], skip: int, parts: int
) -> None:
    frame = pl.DataFrame(
        rows, schema={"text": pl.String, "name": pl.String, "n": pl.Int64}, orient="row"
    )
    # Sliced and in several chunks, as a frame may come from polars.
    frame = pl.concat([frame] * parts + [frame], rechunk=False).slice(skip)
    stored = stored_table(frame, SCHEMA)
    assert stored.schema == SCHEMA
    assert stored.equals(frame.to_arrow().cast(SCHEMA))


def test_every_tables_empty_frame_is_stored_with_its_schema() -> None:
    for model in TABLES.values():
        schema = arrow_schema(model)
        empty = pl.DataFrame(
            schema={f.name: pl.from_arrow(pyarrow.array([], f.type)).dtype for f in schema}
        )
        assert stored_table(empty, schema).schema == schema


def test_writing_a_package_leaves_pyarrow_compute_unloaded(tmp_path: Path) -> None:
    # As the command line writes one: pandas (which loads pyarrow.compute) hidden from pandera.
    probe = (
        "import sys, datetime as dt\n"
        "from bantin.tablestack import keep_pandera_light\n"
        "keep_pandera_light()\n"
        "from pathlib import Path\n"
        "from bantin.packaging.recipe import DatasetRecipe\n"
        "from bantin.packaging.writer import write_package\n"
        "write_package({}, Path(sys.argv[1]), DatasetRecipe('t', 'T'), dt.datetime(2025, 1, 1, tzinfo=dt.UTC),"
        " allow_empty=True)\n"
        "print('pyarrow.compute' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe, str(tmp_path / "out")], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"
