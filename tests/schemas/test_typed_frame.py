"""A string column given as UTF-8 bytes (how long texts leave the workers) is the same column."""

from __future__ import annotations

import polars as pl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from bantin.schemas.frames import typed_frame


@given(st.lists(st.none() | st.text(), max_size=6))
def test_a_string_column_given_as_utf8_bytes_is_the_same_column(texts: list[str | None]) -> None:
    schema = {"body": pl.String, "n": pl.Int64}
    encoded = [None if text is None else text.encode() for text in texts]
    plain = typed_frame(schema, {"body": texts, "n": list(range(len(texts)))})
    sent = typed_frame(schema, {"body": encoded, "n": list(range(len(texts)))})
    assert sent.schema == plain.schema
    assert sent.equals(plain, null_equal=True)


def test_bytes_and_text_mixed_in_one_column_are_refused() -> None:
    with pytest.raises(TypeError):
        typed_frame({"body": pl.String}, {"body": ["Năm qua".encode(), "tỉnh"]})
    with pytest.raises(TypeError):
        typed_frame({"n": pl.Int64}, {"n": [b"1"]})
