"""Corrections (errata): reviewed fixes applied to a source's decoded text before it is parsed."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar

from bantin.errors import SourceError
from bantin.schemas import patterns


class CorrectionsError(Exception):
    """A corrections file that cannot be used (the CLI exits with 2)."""


class CorrectionMismatch(SourceError):
    """A correction whose old text is no longer on its line: the source is not published."""

    code = "correction.mismatch"


@dataclass(frozen=True)
class Correction:
    """One reviewed fix: on ``line`` of the file with ``source_sha256``, ``old`` becomes ``new``.

    A plain dataclass, so that a run without a corrections file never imports pydantic; the
    ``metadata`` holds the constraints pydantic checks when it reads a file (``bantin.tomlfiles``).
    """

    __pydantic_config__: ClassVar[dict[str, str]] = {"extra": "forbid"}

    source_sha256: str = field(metadata={"pattern": patterns.SHA256})
    line: int = field(metadata={"ge": 1})
    old: str = field(metadata={"min_length": 1})
    new: str
    reason: str = field(metadata={"min_length": 1})
    source: str | None = None

    def describe(self) -> str:
        return f"line {self.line}: {self.old!r} -> {self.new!r}"


@dataclass(frozen=True)
class CorrectionsFile:
    """A corrections file: ``[[correction]]`` tables."""

    __pydantic_config__: ClassVar[dict[str, str]] = {"extra": "forbid"}

    correction: list[Correction] = field(default_factory=list)


@dataclass(frozen=True)
class Applied:
    """A correction applied to one source, as the ``corrections`` table publishes it."""

    source: str
    correction: Correction


def for_source(corrections: Iterable[Correction], sha256: str) -> list[Correction]:
    """The corrections keyed to the file with ``sha256``, in line order."""
    return sorted(
        (c for c in corrections if c.source_sha256 == sha256.lower()), key=lambda c: c.line
    )


def apply_corrections(text: str, source: str, corrections: Sequence[Correction]) -> str:
    """``text`` with each correction's ``old`` replaced by ``new`` on its line (the first
    occurrence on that line). Raises ``CorrectionMismatch`` naming the source, the line and the
    old text when that line no longer holds it. Lines are split on ``\\n`` as everywhere else."""
    if not corrections:
        return text
    lines = text.split("\n")
    for correction in corrections:
        index = correction.line - 1
        if index >= len(lines) or correction.old not in lines[index]:
            raise CorrectionMismatch(
                source,
                f"correction {correction.old!r} -> {correction.new!r} does not apply: line "
                f"{correction.line} does not hold {correction.old!r}",
                correction.line,
            )
        lines[index] = lines[index].replace(correction.old, correction.new, 1)
    return "\n".join(lines)


def load_corrections(path: Path) -> list[Correction]:
    """The corrections of ``path``; ``CorrectionsError`` names the file, the entry and the key."""
    from bantin.tomlfiles import load_toml_model  # pydantic: only when there is a file to read

    return load_toml_model(path, CorrectionsFile, "corrections", CorrectionsError).correction
