"""Turn a polars frame into the Arrow table its Parquet file stores, without ``pyarrow.compute``.

polars hands strings to Arrow as ``large_string`` (64-bit offsets); a package stores ``string``.
``Table.cast`` would convert them, but it loads ``pyarrow.compute``, which builds a wrapper and a
docstring for each of its 280 functions (about 0.2 G instructions, 3% of a release's parent) to
run one cast. A ``large_string`` array becomes a ``string`` array by narrowing its offsets
alone: the characters, the validity bitmap and the other columns are kept as they are.
"""

from __future__ import annotations

import numpy as np
import polars as pl
import pyarrow

#: The largest offset a ``string`` array can hold.
_LONGEST = np.iinfo(np.int32).max


def stored_table(frame: pl.DataFrame, schema: pyarrow.Schema) -> pyarrow.Table:
    """``frame`` as an Arrow table of ``schema`` (the same as ``frame.to_arrow().cast(schema)``)."""
    table = frame.to_arrow()
    columns = [
        _narrowed(column) if field.type == pyarrow.string() else column
        for column, field in zip(table.columns, schema, strict=True)
    ]
    if any(column.type != field.type for column, field in zip(columns, schema, strict=True)):
        return table.cast(schema)  # another type than polars gives today: let Arrow convert it
    return pyarrow.Table.from_arrays(columns, schema=schema)


def _narrowed(column: pyarrow.ChunkedArray) -> pyarrow.ChunkedArray:
    """A ``large_string`` column as ``string`` (any other column as it is)."""
    if column.type != pyarrow.large_string():
        return column
    chunks = [_narrowed_chunk(chunk) for chunk in column.chunks]
    if any(chunk is None for chunk in chunks):
        return column  # over 2 GiB in one chunk: too long for 32-bit offsets
    return pyarrow.chunked_array(chunks, pyarrow.string())


def _narrowed_chunk(chunk: pyarrow.Array) -> pyarrow.Array | None:
    validity, offsets, data = chunk.buffers()
    wide = np.frombuffer(offsets, dtype=np.int64)[: chunk.offset + len(chunk) + 1]
    if len(wide) and wide[-1] > _LONGEST:
        return None
    narrow = pyarrow.py_buffer(wide.astype(np.int32))
    return pyarrow.Array.from_buffers(
        pyarrow.string(), len(chunk), [validity, narrow, data], chunk.null_count, chunk.offset
    )
