"""Read a reviewed TOML file (waivers, corrections) into its dataclass, naming what is wrong."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import TypeVar

from pydantic import TypeAdapter, ValidationError

T = TypeVar("T")

#: What pydantic calls a key the file's dataclass does not have.
UNKNOWN_KEY = ("extra_forbidden", "unexpected_keyword_argument")


def load_toml_model(path: Path, model: type[T], what: str, error: type[Exception]) -> T:
    """``path`` parsed and validated by pydantic as the dataclass ``model`` (its fields'
    ``metadata`` are pydantic ``Field`` constraints); ``error`` names the file, and for a bad
    entry its key ("waiver.0.rule: unknown key"); ``what`` says what the file holds ("waivers")."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as problem:
        raise error(f"cannot read {what} {path}: {problem.strerror}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as problem:
        raise error(f"{path}: not valid TOML ({problem})") from None
    try:
        return TypeAdapter(model).validate_python(data)
    except ValidationError as problem:
        first = problem.errors()[0]
        key = ".".join(str(part) for part in first["loc"])
        message = "unknown key" if first["type"] in UNKNOWN_KEY else first["msg"]
        raise error(f"{path}: {key}: {message}") from None
