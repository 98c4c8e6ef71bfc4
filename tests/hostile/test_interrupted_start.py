"""Ctrl-C before a command is up (while bantin's modules or pandera load) exits with 130, quietly."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

#: Runs the console script's ``main`` in a fresh interpreter where the import named on the command
#: line (or the class ``app`` builds) is interrupted, as a Ctrl-C at that moment would.
_SCRIPT = textwrap.dedent(
    """
    import sys
    from importlib.abc import MetaPathFinder

    where = sys.argv[1]

    class Interrupt(MetaPathFinder):
        def find_spec(self, fullname, path=None, target=None):
            if fullname == where:
                raise KeyboardInterrupt
            return None

    if where == "__set_name__":
        import bantin.cli

        class Field:
            def __set_name__(self, owner, name):
                raise KeyboardInterrupt

        def app():  # a class built while the command runs, as pandera's models are
            type("Model", (), {"column": Field()})

        bantin.cli.app = app
    elif where == "bug":
        import bantin.cli

        def app():  # a real error, not an interruption: it must not pass for one
            raise RuntimeError("a bug in bantin")

        bantin.cli.app = app
    else:
        sys.meta_path.insert(0, Interrupt())

    from bantin.__main__ import main

    main(["validate", sys.argv[2]])
    """
)


@pytest.mark.parametrize("where", ["bantin.cli", "typer", "__set_name__"])
def test_ctrl_c_while_loading_exits_130_without_a_traceback(tmp_path: Path, where: str) -> None:
    source = tmp_path / "bulletin.txt"
    source.write_text("not a bulletin\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT, where, str(source)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 130, done.stderr
    assert "Traceback" not in done.stderr
    assert "KeyboardInterrupt" not in done.stderr


def test_an_error_that_is_no_interruption_is_not_taken_for_one(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT, "bug", str(tmp_path / "none.txt")],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 1
    assert "RuntimeError: a bug in bantin" in done.stderr
