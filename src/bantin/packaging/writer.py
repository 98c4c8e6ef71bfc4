"""Write validated tables as a Data Package of Parquet files, atomically and byte-reproducibly."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
import warnings
from collections.abc import Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pandera.polars as pa
import polars as pl
import pyarrow
import pyarrow.parquet as pq

from bantin.packaging.datadoc import README_KEY, readme_template, write_readme
from bantin.packaging.descriptor import (
    DATA_DIR,
    DESCRIPTOR_NAME,
    dump_descriptor,
    format_created,
    package_descriptor,
    resource_descriptor,
    sha256_file,
)
from bantin.packaging.errors import PackageError, PackageRefused
from bantin.packaging.lock import release_lock, remove_stale, staging_prefix
from bantin.packaging.ownership import ExistingPackage, inspect_target
from bantin.packaging.recipe import DatasetRecipe
from bantin.packaging.storage import stored_table
from bantin.packaging.swap import replace_dir
from bantin.packaging.target import resolve_target
from bantin.packaging.versions import with_data_version
from bantin.parsers.garbage import UNSAFE_PATTERN_RUST
from bantin.schemas import TABLES, check_table, empty_frame
from bantin.schemas.frames import extend_columns, part_problem, polars_schema, typed_frame
from bantin.schemas.integrity import check_foreign_keys

#: Parquet settings, fixed so that the same tables always give the same bytes. zstd at level 3,
#: its own default and the one polars, DuckDB and Spark write: level 9 made files 5% smaller on
#: the real corpus (14% on the synthetic sample) but took 4-5 times the CPU to compress, 7% of a
#: release's (``nox -s bench``); reading is as fast at either level.
PARQUET_OPTIONS: dict[str, Any] = {
    "compression": "zstd",
    "compression_level": 3,
    "version": "2.6",
    "data_page_version": "1.0",
    "use_dictionary": True,
    "write_statistics": True,
    "row_group_size": 128 * 1024,
}

#: Rows per Parquet row group of a streamed release. Tables are cut every this many rows in row
#: order, so the row groups are the same whatever the worker count or engine.
ROW_GROUP_ROWS = 8192

_ARROW_TYPES: tuple[tuple[type[pl.DataType], pyarrow.DataType], ...] = (
    (pl.String, pyarrow.string()),
    (pl.Int64, pyarrow.int64()),
    (pl.Int32, pyarrow.int32()),
    (pl.Float64, pyarrow.float64()),
    (pl.Boolean, pyarrow.bool_()),
    (pl.Date, pyarrow.date32()),
)


def _arrow_type(dtype: pl.DataType) -> pyarrow.DataType:
    if isinstance(dtype, pl.Datetime):
        return pyarrow.timestamp(dtype.time_unit or "us", tz=dtype.time_zone)
    for polars_type, arrow_type in _ARROW_TYPES:
        if dtype == polars_type:
            return arrow_type
    raise TypeError(f"no Parquet storage type for polars dtype {dtype}")


def arrow_schema(model: type[pa.DataFrameModel]) -> pyarrow.Schema:
    """The Arrow schema a table is stored with: plain strings, non-null columns marked required."""
    fields = []
    for name, column in model.to_schema().columns.items():
        fields.append(pyarrow.field(name, _arrow_type(column.dtype.type), nullable=column.nullable))
    return pyarrow.schema(fields)


def validate_tables(tables: Mapping[str, pl.DataFrame]) -> dict[str, pl.DataFrame]:
    """Every published table (missing ones empty), checked; ``PackageError`` lists every problem."""
    unknown = sorted(set(tables) - set(TABLES))
    if unknown:
        raise PackageError(
            "cannot write the package: unknown tables",
            [f"table '{name}' has no model (known: {', '.join(TABLES)})" for name in unknown],
        )
    complete = {name: tables.get(name, empty_frame(model)) for name, model in TABLES.items()}
    problems = [
        problem.describe()
        for name, model in TABLES.items()
        for problem in check_table(model, complete[name])
    ]
    problems.extend(check_foreign_keys(complete))
    if problems:
        raise PackageError("cannot write the package: tables break their schema", problems)
    return complete


class KeptFilesWarning(UserWarning):
    """Files that appeared in the old package while it was being replaced were kept aside."""


def write_package(
    tables: Mapping[str, pl.DataFrame],
    out_dir: Path,
    recipe: DatasetRecipe,
    created: dt.datetime,
    *,
    allow_empty: bool = False,
) -> Path:
    """Validate ``tables``, write ``out_dir/data/<table>.parquet`` and ``out_dir/datapackage.json``.

    Tables not given are written empty, so every package has the same resources. A recipe without
    a version gets the CalVer of the newest issue date (``packaging.versions``). The package is
    built in a hidden sibling folder and swapped into place only when complete, holding a lock so
    that two releases into one folder never both succeed (the second raises ``PackageBusy``).
    ``out_dir`` may be missing, empty, or a bantin package holding only files its descriptor
    lists, unchanged; anything else raises ``PackageRefused`` and nothing is deleted. A package
    with no bulletin never replaces one with bulletins unless ``allow_empty``. A symbolic link is
    followed: the folder it points to is updated. Returns the descriptor path.
    """
    try:
        format_created(created)
    except ValueError as error:
        raise PackageError(f"cannot write the package: {error}") from None
    complete = validate_tables(scrub_tables(tables))
    recipe = with_data_version(recipe, complete["bulletins"], created)
    with _staged_swap(Path(out_dir), stacklevel=4) as (target, existing, staging):
        _refuse_emptying(target, existing, complete["bulletins"].height, allow_empty)
        _build(staging, complete, recipe, created)
    return Path(out_dir) / DESCRIPTOR_NAME


def scrub_tables(tables: Mapping[str, pl.DataFrame]) -> dict[str, pl.DataFrame]:
    """The tables with control characters and bidi overrides removed from every string: the
    ``text.control-char`` rule reports them, and whatever was published anyway (a waived
    finding, a message quoting the text) never carries them raw."""
    return {name: scrub_frame(frame) for name, frame in tables.items()}


def scrub_frame(frame: pl.DataFrame) -> pl.DataFrame:
    """``frame`` scrubbed as ``scrub_tables`` does; the very same frame when no string has
    anything to remove (the usual case: finding is cheaper than rewriting every string)."""
    strings = frame.select(pl.col(pl.String))
    if not strings.width:
        return frame
    found = strings.select(pl.all().str.contains(UNSAFE_PATTERN_RUST).any()).row(0, named=True)
    unsafe = [name for name, hit in found.items() if hit]
    if not unsafe:
        return frame
    return frame.with_columns(pl.col(unsafe).str.replace_all(UNSAFE_PATTERN_RUST, ""))


def _refuse_emptying(
    target: Path, existing: ExistingPackage | None, bulletins: int, allow_empty: bool
) -> None:
    if allow_empty or bulletins or existing is None or not existing.bulletins:
        return
    raise PackageRefused(
        f"cannot write the package: this release has no bulletin to publish, and it would "
        f"replace the package in {target} that holds {existing.bulletins}; nothing was changed "
        "(pass --allow-empty to publish an empty package anyway)"
    )


def _build(
    staging: Path, tables: Mapping[str, pl.DataFrame], recipe: DatasetRecipe, created: dt.datetime
) -> None:
    (staging / DATA_DIR).mkdir()
    resources = []
    for name, model in TABLES.items():
        relative = f"{DATA_DIR}/{name}.parquet"
        path = staging / relative
        data = tables[name]
        _write_parquet(stored_table(data, arrow_schema(model)), path)
        resources.append(
            resource_descriptor(
                name, model, relative, sha256_file(path), path.stat().st_size, data.height
            )
        )
    descriptor = package_descriptor(recipe, created, resources)
    descriptor[README_KEY] = write_readme(staging, descriptor)  # the data dictionary
    _write_bytes(staging / DESCRIPTOR_NAME, dump_descriptor(descriptor))
    _fsync_dir(staging / DATA_DIR)
    _fsync_dir(staging)


class PackageStream:
    """The Parquet files of a package being written: rows are appended table by table in release
    order, as columns, checked against the table's model one row group at a time and written as
    soon as a row group is full, so memory holds at most one row group per table."""

    def __init__(self, staging: Path, recipe: DatasetRecipe) -> None:
        self.staging = staging
        self.recipe = recipe
        self.created: dt.datetime | None = None
        (staging / DATA_DIR).mkdir()
        self._schemas = {name: arrow_schema(model) for name, model in TABLES.items()}
        self._dtypes = {name: polars_schema(model) for name, model in TABLES.items()}
        #: Rows not yet written, one list per column of the model, in order.
        self._pending: dict[str, dict[str, list[Any]]] = {
            name: {column: [] for column in schema.names} for name, schema in self._schemas.items()
        }
        self._pending_rows = dict.fromkeys(TABLES, 0)
        self._rows = dict.fromkeys(TABLES, 0)
        self._writers: dict[str, pq.ParquetWriter] = {}
        #: Each closed (and fsynced) file's sha256 and size, by table.
        self._written: dict[str, tuple[str, int]] = {}
        # The first check loads pandera's polars check functions, and jinja2 compiles the
        # README's template on first use: do both now, while the workers parse, rather than in
        # the middle of the run or at its end.
        check_table(TABLES["sources"], empty_frame(TABLES["sources"]))
        readme_template()

    def append_columns(self, table: str, columns: Mapping[str, Sequence[Any]]) -> None:
        """Add rows given as columns (column name -> values, all as long; a column not given is
        null) to the end of ``table``; kept as Python lists until a row group is full, so there
        is one Arrow conversion per row group, not per call."""
        pending = self._known(table)
        problem = part_problem(pending, columns)
        if problem:
            raise PackageError(f"cannot write the package: rows of table {table!r} have {problem}")
        self._pending_rows[table] += extend_columns(pending, columns)
        while self._pending_rows[table] >= ROW_GROUP_ROWS:
            self._flush(table, ROW_GROUP_ROWS)

    def rows(self, table: str) -> int:
        """Rows appended to ``table`` so far."""
        return self._rows[table] + self._pending_rows[table]

    def _known(self, table: str) -> dict[str, list[Any]]:
        if table not in TABLES:
            raise PackageError(f"cannot write the package: unknown table {table!r}")
        return self._pending[table]

    def _flush(self, table: str, limit: int | None = None) -> None:
        """Write the first ``limit`` pending rows (all when None) as one row group: the row
        groups depend on the rows only, not on how they arrived."""
        columns = {}
        for name, values in self._pending[table].items():
            columns[name] = values[:limit]
            del values[:limit]
        try:
            frame = typed_frame(self._dtypes[table], columns)
        except TypeError as error:  # a value of another type than its column's
            first_line = str(error).splitlines()[0]
            raise PackageError(
                f"cannot write the package: rows of table {table!r} (from row "
                f"{self._rows[table]}) have {first_line}"
            ) from None
        self._pending_rows[table] -= frame.height
        group = stored_table(_checked_group(table, frame, self._rows[table]), self._schemas[table])
        _write_row_group(self._writer(table), group)
        self._rows[table] += group.num_rows

    def _writer(self, table: str) -> pq.ParquetWriter:
        if table not in self._writers:
            path = self.staging / DATA_DIR / f"{table}.parquet"
            options = {k: v for k, v in PARQUET_OPTIONS.items() if k != "row_group_size"}
            self._writers[table] = pq.ParquetWriter(path, self._schemas[table], **options)
        return self._writers[table]

    def close_files(self) -> None:
        """Write what is pending (empty tables too), then close, fsync and hash every file.

        The tables are finished two at a time: compression, polars and fsync release the GIL, so
        the tail of a release uses a second core and waits for the disk once per thread, not
        once per file. The longest groups start first (the articles' bodies take longest to
        compress), so that one thread does not end with them while the other is idle. Each
        table is still written by one thread, its row groups in order: the bytes do not change.
        """
        try:
            with ThreadPoolExecutor(max_workers=2) as threads:
                longest_first = sorted(TABLES, key=self._pending_rows.__getitem__, reverse=True)
                finished = {table: threads.submit(self._finish, table) for table in longest_first}
                for table in TABLES:  # the first error, in table order
                    finished[table].result()
        finally:
            for writer in self._writers.values():
                writer.close()
            self._writers.clear()

    def _finish(self, table: str) -> None:
        """Write the table's last row group, close its file, fsync it and record its digest."""
        if self._pending_rows[table]:
            self._flush(table)
        self._writer(table)  # an empty table gets its file too
        self._writers.pop(table).close()
        path = self.staging / DATA_DIR / f"{table}.parquet"
        _fsync_file(path)
        self._written[table] = (sha256_file(path), path.stat().st_size)

    def written(self, table: str) -> tuple[str, int]:
        """The sha256 and size of a table's file, once ``close_files`` has closed it."""
        return self._written[table]


def _checked_group(table: str, frame: pl.DataFrame, offset: int) -> pl.DataFrame:
    """One row group, scrubbed (``scrub_tables``) and checked against its model before it is
    written (``PackageError`` if broken): the very frame checked."""
    scrubbed = scrub_frame(frame)
    problems = check_table(TABLES[table], scrubbed)
    if problems:
        raise PackageError(
            "cannot write the package: tables break their schema",
            [f"{problem.describe()} (rows from {offset})" for problem in problems],
        )
    return scrubbed


def _build_stream(package: PackageStream) -> None:
    """Write the README and the descriptor that records the Parquet files' digests."""
    if package.created is None:
        raise PackageError("cannot write the package: no creation time was set")
    try:
        format_created(package.created)
    except ValueError as error:
        raise PackageError(f"cannot write the package: {error}") from None
    staging = package.staging
    resources = []
    for name, model in TABLES.items():
        sha256, size = package.written(name)  # closed and fsynced by close_files
        relative = f"{DATA_DIR}/{name}.parquet"
        resources.append(
            resource_descriptor(name, model, relative, sha256, size, package.rows(name))
        )
    # The data's version (when the recipe sets none) is the CalVer of its newest issue date.
    issue_dates = pl.read_parquet(staging / DATA_DIR / "bulletins.parquet", columns=["issue_date"])
    recipe = with_data_version(package.recipe, issue_dates, package.created)
    descriptor = package_descriptor(recipe, package.created, resources)
    descriptor[README_KEY] = write_readme(staging, descriptor)  # the data dictionary
    _write_bytes(staging / DESCRIPTOR_NAME, dump_descriptor(descriptor))
    _fsync_dir(staging / DATA_DIR)
    _fsync_dir(staging)


def _write_row_group(writer: pq.ParquetWriter, group: pyarrow.Table) -> None:
    """Write one row group of a streamed table."""
    writer.write_table(group, row_group_size=group.num_rows)


@contextmanager
def package_writer(
    out_dir: Path, recipe: DatasetRecipe, *, allow_empty: bool = False
) -> Iterator[PackageStream]:
    """A package written as it is fed (``PackageStream``), with ``write_package``'s guarantees:
    the lock, the refusal to replace what is not a bantin package or to empty one, a hidden
    staging folder swapped into place only when the block ends without error (set ``created``
    first); on any error the staging folder is removed and ``out_dir`` is untouched."""
    with _staged_swap(Path(out_dir), stacklevel=5) as (target, existing, staging):
        package = PackageStream(staging, recipe)
        try:
            yield package
        finally:
            package.close_files()
        _refuse_emptying(target, existing, package.rows("bulletins"), allow_empty)
        _build_stream(package)


@contextmanager
def _staged_swap(
    out_dir: Path, *, stacklevel: int
) -> Iterator[tuple[Path, ExistingPackage | None, Path]]:
    """Hold the lock of ``out_dir``, clear what killed runs left, refuse a folder bantin may not
    replace, and yield ``(target, existing, staging)``: a hidden sibling folder to build the
    package in, swapped into place when the block ends without error and removed otherwise.
    Files that appeared in the old package meanwhile are kept aside, with a warning pointing
    ``stacklevel`` frames up (at the caller of the public function)."""
    target = resolve_target(out_dir)
    target.parent.mkdir(parents=True, exist_ok=True)
    with release_lock(target):
        remove_stale(target)
        existing = inspect_target(target)
        staging = Path(tempfile.mkdtemp(prefix=staging_prefix(target), dir=target.parent))
        try:
            staging.chmod(0o755)  # mkdtemp makes it private; a published package is world-readable
            yield target, existing, staging
            kept = replace_dir(staging, target, existing.owned if existing else None)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
    if kept is not None:
        warnings.warn(
            f"files added to {target} during the release were kept in {kept}",
            KeptFilesWarning,
            stacklevel=stacklevel,
        )


def _write_parquet(table: pyarrow.Table, path: Path) -> None:
    pq.write_table(table, path, **PARQUET_OPTIONS)
    _fsync_file(path)


def _fsync_file(path: Path) -> None:
    with path.open("rb") as handle:
        os.fsync(handle.fileno())


def _write_bytes(path: Path, content: bytes) -> None:
    with path.open("wb") as handle:
        handle.write(content)
        handle.flush()
        os.fsync(handle.fileno())


def _fsync_dir(path: Path) -> None:
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
