"""The project configuration: ``bantin.toml``, ``[tool.bantin]`` in ``pyproject.toml`` or ``--config``."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import Any

from bantin.datasets.withholding import Granularity
from bantin.validators.finding import Severity
from bantin.validators.registry import RULES, Rule

CONFIG_NAME = "bantin.toml"
PYPROJECT = "pyproject.toml"
ALL = "ALL"


class ConfigError(Exception):
    """A configuration file that cannot be used: the CLI exits with 2 and prints this message."""


def matches(selector: str, rule_id: str) -> bool:
    """Whether ``selector`` (a rule id, a family such as ``pct``, or ``ALL``) covers ``rule_id``."""
    return selector in (ALL, rule_id, rule_id.partition(".")[0])


@dataclass(frozen=True)
class Settings:
    """Every key bantin reads from its configuration, with its default. A file's keys are checked
    by ``bantin.config_file`` (pydantic, imported only when there is a file to read)."""

    select: list[str] | None = None
    ignore: list[str] = field(default_factory=list)
    severity: dict[str, Severity] = field(default_factory=dict)
    rules: dict[str, dict[str, float | int | bool | str]] = field(default_factory=dict)
    include: list[str] = field(default_factory=list)
    exclude: list[str] = field(default_factory=list)
    withhold: Granularity = Granularity.ARTICLE
    waivers: Path | None = None
    corrections: Path | None = None
    data_version: str | None = None
    max_file_size: str | None = None

    def selected(self, rule_id: str) -> bool:
        """Whether ``rule_id`` runs: selected (all rules when ``select`` is absent), not ignored."""
        chosen = self.select is None or any(matches(s, rule_id) for s in self.select)
        return chosen and not any(matches(s, rule_id) for s in self.ignore)


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


def _read_toml(path: Path) -> dict[str, Any]:
    import tomllib  # only when there is a file to read, not in every run's start-up

    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise ConfigError(f"cannot read {path}: {error.strerror}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise ConfigError(f"{path}: not valid TOML ({error})") from None


def _resolve(settings: Settings, folder: Path) -> Settings:
    """File paths in a configuration are relative to the folder of the file that names them."""

    def beside(path: Path | None) -> Path | None:
        return path if path is None or path.is_absolute() else folder / path

    return replace(
        settings, waivers=beside(settings.waivers), corrections=beside(settings.corrections)
    )


def load_settings(path: Path) -> Settings:
    """The settings of ``path``: a ``bantin.toml`` (keys at the top) or a ``pyproject.toml``
    (keys under ``[tool.bantin]``). Raises ``ConfigError`` naming the file and the key."""
    data = _read_toml(path)
    if path.name == PYPROJECT:
        data = data.get("tool", {}).get("bantin", {})
        where = path.with_name(f"{PYPROJECT} [tool.bantin]")
    else:
        where = path
    from bantin.config_file import checked_settings  # pydantic: only when there is a file

    return _resolve(checked_settings(data, where), path.parent)


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
