"""Read a reviewed TOML file (waivers, corrections) into its dataclass, naming what is wrong."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import TypeVar

from pydantic import TypeAdapter, ValidationError
from pydantic_core import ErrorDetails

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
        raise error(f"{path}: {described(problem.errors()[0])}") from None


def described(item: ErrorDetails) -> str:
    """One of pydantic's errors as the key it is about and what is wrong with it
    ("waiver.0.rule: unknown key", "rules.pct.ratio.x: unknown parameter")."""
    key = ".".join(str(part) for part in item["loc"])
    unknown = item["type"] in UNKNOWN_KEY
    message = "unknown key" if unknown else str(item["msg"]).removeprefix("Value error, ")
    return f"{key}: {message}" if key else message
