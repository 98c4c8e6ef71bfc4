"""A package error tells every reason up to twenty, one per line, then how many more there are."""

from __future__ import annotations

from bantin.packaging.errors import PackageError


def test_twenty_reasons_are_all_listed() -> None:
    error = PackageError("cannot write the package", [f"file {n}.txt" for n in range(20)])
    assert error.lines() == [
        "cannot write the package",
        *(f"  - file {n}.txt" for n in range(20)),
    ]
    assert str(error) == "\n".join(error.lines())


def test_past_twenty_the_rest_are_counted() -> None:
    error = PackageError("cannot write the package", [f"file {n}.txt" for n in range(23)])
    lines = error.lines()
    assert len(lines) == 22
    assert lines[-2] == "  - file 19.txt"
    assert lines[-1] == "  ... and 3 more"
