"""The README's tour as `nox -s tour` extracts it: the steps exist, and its files are valid."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from bantin.config import load_settings
from bantin.parsers.corrections import load_corrections
from bantin.validators.waivers import load_waivers

ROOT = Path(__file__).resolve().parents[2]


def _tour_module():
    spec = importlib.util.spec_from_file_location("tour", ROOT / ".ci" / "tour.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("tour", module)  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_extraction_reads_commands_exit_codes_and_files() -> None:
    tour = _tour_module()
    readme = (
        "text\n<!-- tour -->\n```bash\n# a comment\nbantin validate x   # exit 1\n\n"
        "bantin rules\n```\n<!-- tour-file: a.toml -->\n```toml\nk = 1\n```\n"
        "```bash\nnot part of the tour\n```\n"
    )
    steps = tour.tour_steps(readme)
    assert [(s.command, s.expect, s.line) for s in steps[:2]] == [
        ("bantin validate x   # exit 1", 1, 5),
        ("bantin rules", 0, 7),
    ]
    assert (steps[2].file, steps[2].content) == ("a.toml", "k = 1\n")
    assert len(steps) == 3


def test_the_readme_tour_covers_the_maintainer_workflow(tmp_path: Path) -> None:
    steps = _tour_module().tour_steps((ROOT / "README.md").read_text("utf-8"))
    commands = " ".join(s.command for s in steps if s.command)
    for needed in (
        "bantin validate",
        "bantin release",
        "frictionless validate",
        "bantin baseline",
        "bantin verify",
        "bantin diff",
        "--format markdown",
    ):
        assert needed in commands, needed
    files = {s.file: s.content for s in steps if s.file}
    assert set(files) == {"bantin.toml", "corrections.toml", "waivers.toml"}
    # The README's examples are valid for the very readers bantin reads them with.
    for name, content in files.items():
        (tmp_path / name).write_text(content, encoding="utf-8")
    assert load_settings(tmp_path / "bantin.toml").waivers == tmp_path / "waivers.toml"
    assert load_corrections(tmp_path / "corrections.toml")
    assert load_waivers(tmp_path / "waivers.toml")
