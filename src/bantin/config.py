"""The project configuration: ``bantin.toml``, ``[tool.bantin]`` in ``pyproject.toml`` or ``--config``."""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator, model_validator

from bantin.datasets.inputs import parse_size
from bantin.datasets.withholding import Granularity
from bantin.packaging.recipe import DEFAULT_RECIPE
from bantin.validators.finding import Severity
from bantin.validators.registry import RULES, Rule
from bantin.validators.report import SOURCE_RULES

CONFIG_NAME = "bantin.toml"
PYPROJECT = "pyproject.toml"
ALL = "ALL"


class ConfigError(Exception):
    """A configuration file that cannot be used: the CLI exits with 2 and prints this message."""


def _families() -> set[str]:
    return {rule_id.partition(".")[0] for rule_id in (*RULES.ids(), *SOURCE_RULES)}


def _check_selector(selector: str) -> str:
    if selector == ALL or selector in RULES or selector in SOURCE_RULES:
        return selector
    if selector in _families():
        return selector
    raise ValueError(f"unknown rule or family {selector!r} (see `bantin rules`)")


def _matches(selector: str, rule_id: str) -> bool:
    return selector in (ALL, rule_id, rule_id.partition(".")[0])


class Settings(BaseModel):
    """Every key bantin reads from its configuration; any other key is refused."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    select: list[str] | None = None
    ignore: list[str] = []
    severity: dict[str, Severity] = {}
    rules: dict[str, dict[str, float | int | bool | str]] = {}
    include: list[str] = []
    exclude: list[str] = []
    withhold: Granularity = Granularity.ARTICLE
    waivers: Path | None = None
    corrections: Path | None = None
    data_version: str | None = None
    max_file_size: str | None = None

    @field_validator("data_version")
    @classmethod
    def _valid_data_version(cls, value: str | None) -> str | None:
        if value is not None:
            replace(DEFAULT_RECIPE, version=value)  # ValueError says what a version may hold
        return value

    @field_validator("max_file_size")
    @classmethod
    def _valid_size(cls, value: str | None) -> str | None:
        if value is not None:
            parse_size(value)
        return value

    @field_validator("select", "ignore")
    @classmethod
    def _known_selectors(cls, value: list[str] | None) -> list[str] | None:
        return None if value is None else [_check_selector(item) for item in value]

    @field_validator("ignore")
    @classmethod
    def _sources_stay(cls, value: list[str]) -> list[str]:
        for selector in value:
            if any(_matches(selector, rule_id) for rule_id in SOURCE_RULES):
                raise ValueError(
                    f"{selector!r} would ignore source.* findings: a file that cannot be read is "
                    "always reported"
                )
        return value

    @field_validator("severity")
    @classmethod
    def _known_severity_rules(cls, value: dict[str, Severity]) -> dict[str, Severity]:
        for rule_id in value:
            if rule_id not in RULES:
                raise ValueError(f"unknown rule {rule_id!r} (see `bantin rules`)")
        return value

    @model_validator(mode="after")
    def _known_parameters(self) -> Settings:
        for rule_id, parameters in self.rules.items():
            rule = RULES.get(rule_id)
            if rule is None:
                raise ValueError(f"rules.{rule_id}: unknown rule (see `bantin rules`)")
            for name, value in parameters.items():
                if name not in rule.parameters:
                    known = ", ".join(rule.parameters) or "none"
                    raise ValueError(f"rules.{rule_id}.{name}: unknown parameter (known: {known})")
                default = rule.parameters[name]
                if isinstance(value, bool) != isinstance(default, bool) or not isinstance(
                    value, type(default) if not isinstance(default, float) else (int, float)
                ):
                    raise ValueError(
                        f"rules.{rule_id}.{name}: expected {type(default).__name__}, got {value!r}"
                    )
        return self

    def selected(self, rule_id: str) -> bool:
        """Whether ``rule_id`` runs: selected (all rules when ``select`` is absent), not ignored."""
        chosen = self.select is None or any(_matches(s, rule_id) for s in self.select)
        return chosen and not any(_matches(s, rule_id) for s in self.ignore)


def configured_rules(settings: Settings, registry: Iterable[Rule] = RULES) -> list[Rule]:
    """The rules to run: selected ones, with the configured severity and parameters bound."""
    rules = []
    for rule in registry:
        if not settings.selected(rule.id):
            continue
        changes: dict[str, Any] = {}
        if rule.id in settings.severity:
            changes["severity"] = settings.severity[rule.id]
        parameters = settings.rules.get(rule.id)
        if parameters:
            changes["check"] = partial(rule.check, **parameters)
            changes["parameters"] = {**rule.parameters, **parameters}
        rules.append(replace(rule, **changes) if changes else rule)
    return rules


def _describe(error: ValidationError, path: Path) -> str:
    problems = []
    for item in error.errors():
        key = ".".join(str(part) for part in item["loc"])
        message = str(item["msg"]).removeprefix("Value error, ")
        if item["type"] == "extra_forbidden":
            message = "unknown key"
        problems.append(f"{key}: {message}" if key else message)
    return f"{path}: " + "; ".join(problems)


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise ConfigError(f"cannot read {path}: {error.strerror}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise ConfigError(f"{path}: not valid TOML ({error})") from None


def _resolve(settings: Settings, folder: Path) -> Settings:
    """File paths in a configuration are relative to the folder of the file that names them."""
    changes = {
        key: folder / value
        for key, value in (("waivers", settings.waivers), ("corrections", settings.corrections))
        if value is not None and not value.is_absolute()
    }
    return settings.model_copy(update=changes)


def load_settings(path: Path) -> Settings:
    """The settings of ``path``: a ``bantin.toml`` (keys at the top) or a ``pyproject.toml``
    (keys under ``[tool.bantin]``). Raises ``ConfigError`` naming the file and the key."""
    data = _read_toml(path)
    if path.name == PYPROJECT:
        data = data.get("tool", {}).get("bantin", {})
        where = path.with_name(f"{PYPROJECT} [tool.bantin]")
    else:
        where = path
    try:
        settings = Settings.model_validate(data)
    except ValidationError as error:
        raise ConfigError(_describe(error, where)) from None
    return _resolve(settings, path.parent)


def find_config(start: Path) -> Path | None:
    """The nearest ``bantin.toml``, or ``pyproject.toml`` with a ``[tool.bantin]`` table, in
    ``start`` or one of its parents (in each folder ``bantin.toml`` wins)."""
    for folder in (start.resolve(), *start.resolve().parents):
        candidate = folder / CONFIG_NAME
        if candidate.is_file():
            return candidate
        pyproject = folder / PYPROJECT
        if pyproject.is_file() and "bantin" in _read_toml(pyproject).get("tool", {}):
            return pyproject
    return None


def resolve_settings(explicit: Path | None, start: Path | None = None) -> Settings:
    """The settings of ``--config FILE`` when given, else of the nearest configuration file above
    ``start`` (the current folder), else the defaults."""
    if explicit is not None:
        if not explicit.is_file():
            raise ConfigError(f"no such configuration file: {explicit}")
        return load_settings(explicit)
    found = find_config(start if start is not None else Path.cwd())
    return Settings() if found is None else load_settings(found)
