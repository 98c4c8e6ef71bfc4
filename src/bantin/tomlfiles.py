"""Read a reviewed TOML file (waivers, corrections) into its pydantic model, naming what is wrong."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError

M = TypeVar("M", bound=BaseModel)


def load_toml_model(path: Path, model: type[M], what: str, error: type[Exception]) -> M:
    """``path`` parsed and validated as ``model``; ``error`` names the file, and for a bad entry
    its key ("waiver.0.rule: unknown key"); ``what`` says what the file holds ("waivers")."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as problem:
        raise error(f"cannot read {what} {path}: {problem.strerror}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as problem:
        raise error(f"{path}: not valid TOML ({problem})") from None
    try:
        return model.model_validate(data)
    except ValidationError as problem:
        first = problem.errors()[0]
        key = ".".join(str(part) for part in first["loc"])
        message = "unknown key" if first["type"] == "extra_forbidden" else first["msg"]
        raise error(f"{path}: {key}: {message}") from None
