"""Tell in one polars query whether a frame passes every check of its table model.

pandera runs each check of each column as a query of its own (two collects a check, a deep copy
of each column's schema): for a table of 30 checks that is most of the time spent checking a row
group. A frame that passes needs none of pandera's failure reports, so ``passes`` asks the same
questions at once: the frame's exact columns and dtypes, then pandera's own built-in check
functions (``Check.get_builtin_check_fn``), with pandera's null handling, and the nullable and
unique constraints, reduced to one row of booleans. Only when that row is not all true does
``bantin.schemas.frames.check_table`` run pandera itself, for its detailed failure cases. A model
with a check this cannot batch (a custom, element-wise or grouped one) is always left to pandera.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

import pandera.polars as pa
import polars as pl
from pandera.api.checks import Check
from pandera.api.polars.types import PolarsData

#: One check on a frame: a one-row frame of one boolean column (named by the question's number,
#: so that the answers of a model's questions stand side by side), true when the check passes.
Question = Callable[[pl.LazyFrame], pl.LazyFrame]


def passes(model: type[pa.DataFrameModel], data: pl.DataFrame) -> bool:
    """True when ``data`` passes every check pandera would run for ``model``; False when some
    check fails or the model has a check that cannot be asked here (then pandera must tell)."""
    questions = _questions(model)
    if questions is None or data.schema != _schema(model):
        return False
    if not questions:
        return True
    frame = data.lazy()
    answers = pl.concat([ask(frame) for ask in questions], how="horizontal").collect()
    return all(answers.row(0))


@cache
def _schema(model: type[pa.DataFrameModel]) -> pl.Schema:
    """The exact columns, order and dtypes a frame of ``model`` has (strict, ordered, no coercion):
    a frame with this schema passes pandera's column presence, order and dtype checks."""
    from bantin.schemas.frames import polars_schema

    return polars_schema(model)


@cache
def _questions(model: type[pa.DataFrameModel]) -> tuple[Question, ...] | None:
    """Every data check of ``model`` as a question, or None when one cannot be batched."""
    import pandera.backends.polars.builtin_checks  # noqa: F401  pandera's polars check functions

    schema = model.to_schema()
    if not (schema.strict is True and schema.ordered and not schema.coerce) or schema.checks:
        return None
    questions: list[Question] = []
    for name, column in schema.columns.items():
        if column.unique or column.coerce or column.regex or not column.required:
            return None
        if not column.nullable:
            questions.append(_not_null(name, column.dtype.type, f"q{len(questions)}"))
        for check in column.checks:
            question = _builtin(name, check, f"q{len(questions)}")
            if question is None:
                return None
            questions.append(question)
    if schema.unique:
        keys = [schema.unique] if isinstance(schema.unique, str) else list(schema.unique)
        questions.append(_unique(keys, f"q{len(questions)}"))
    return tuple(questions)


def _not_null(name: str, dtype: pl.DataType, label: str) -> Question:
    """pandera's ``not_nullable``: no null, and no NaN in a float column."""
    present = pl.col(name).is_not_null()
    if dtype.is_float():
        present = present & pl.col(name).is_not_nan()
    answer = present.all().alias(label)
    return lambda frame: frame.select(answer)


def _unique(keys: list[str], label: str) -> Question:
    """pandera's ``multiple_fields_uniqueness``: no two rows share the key columns."""
    key = pl.struct(keys) if len(keys) > 1 else pl.col(keys[0])
    answer = key.is_duplicated().any().not_().alias(label)
    return lambda frame: frame.select(answer)


def _builtin(name: str, check: Check, label: str) -> Question | None:
    """A built-in check of column ``name``, run by pandera's own polars function for it and
    reduced as pandera reduces it (a null passes when the check ignores nulls), or None."""
    builtin = check.name or ""
    if not Check.is_builtin_check(builtin) or check.element_wise or check.groupby is not None:
        return None
    function = Check.get_builtin_check_fn(builtin)
    statistics = dict(check.statistics or {})
    ignore_na = bool(check.ignore_na)

    def ask(frame: pl.LazyFrame) -> pl.LazyFrame:
        output = function(PolarsData(frame, name), **statistics)
        if isinstance(output, bool):  # a check of the whole column, answered at once
            return pl.LazyFrame({label: [output]})
        return output.select(pl.first().fill_null(ignore_na).all().alias(label))

    return ask
