"""Cross-table checks: every foreign key a model declares points at an existing row."""

from __future__ import annotations

from collections.abc import Mapping

import polars as pl

from bantin.schemas.base import foreign_keys
from bantin.schemas.registry import model_of

_EXAMPLES = 3


def check_foreign_keys(tables: Mapping[str, pl.DataFrame]) -> list[str]:
    """One line per foreign key with values missing from the referenced table; [] when sound."""
    problems = []
    for name, data in tables.items():
        for column, (target_table, target_column) in foreign_keys(model_of(name)).items():
            target = tables.get(target_table)
            if target is None:
                if data.height:
                    problems.append(
                        f"table '{name}', column '{column}': references table '{target_table}', "
                        "which is missing"
                    )
                continue
            values = data.get_column(column).drop_nulls().unique(maintain_order=True)
            missing = values.filter(~values.is_in(target.get_column(target_column).implode()))
            if missing.len():
                shown = ", ".join(repr(value) for value in missing.head(_EXAMPLES).to_list())
                problems.append(
                    f"table '{name}', column '{column}': {missing.len()} value(s) not in "
                    f"{target_table}.{target_column} (e.g. {shown})"
                )
    return problems
