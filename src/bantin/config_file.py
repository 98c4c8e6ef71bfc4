"""A configuration file's keys checked by pydantic, which names every key that is wrong."""

from __future__ import annotations

from dataclasses import fields, replace
from pathlib import Path
from typing import Any

from pydantic import ConfigDict, TypeAdapter, ValidationError, field_validator, model_validator
from pydantic.dataclasses import dataclass

from bantin.config import ALL, ConfigError, Settings, matches
from bantin.datasets.inputs import parse_size
from bantin.packaging.recipe import DEFAULT_RECIPE
from bantin.tomlfiles import described
from bantin.validators.registry import RULES
from bantin.validators.report import SOURCE_RULES


def _families() -> set[str]:
    return {rule_id.partition(".")[0] for rule_id in (*RULES.ids(), *SOURCE_RULES)}


def _check_selector(selector: str) -> str:
    if selector == ALL or selector in RULES or selector in SOURCE_RULES:
        return selector
    if selector in _families():
        return selector
    raise ValueError(f"unknown rule or family {selector!r} (see `bantin rules`)")


@dataclass(frozen=True, config=ConfigDict(extra="forbid"))
class CheckedSettings(Settings):
    """``Settings`` (same keys and defaults) with each key's checks; any other key is refused."""

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
            if any(matches(selector, rule_id) for rule_id in SOURCE_RULES):
                raise ValueError(
                    f"{selector!r} would ignore source.* findings: a file that cannot be read is "
                    "always reported"
                )
        return value

    @field_validator("severity")
    @classmethod
    def _known_severity_rules(cls, value: dict[str, Any]) -> dict[str, Any]:
        for rule_id in value:
            if rule_id not in RULES:
                raise ValueError(f"unknown rule {rule_id!r} (see `bantin rules`)")
        return value

    @model_validator(mode="after")
    def _known_parameters(self) -> CheckedSettings:
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


def checked_settings(data: dict[str, Any], where: Path) -> Settings:
    """The settings of a file's ``data``; ``ConfigError`` names ``where`` and each wrong key."""
    try:
        checked = TypeAdapter(CheckedSettings).validate_python(data)
    except ValidationError as error:
        problems = "; ".join(map(described, error.errors()))
        raise ConfigError(f"{where}: {problems}") from None
    return Settings(**{item.name: getattr(checked, item.name) for item in fields(Settings)})
