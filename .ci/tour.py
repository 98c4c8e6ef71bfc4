"""Run the README's tour: every command of the blocks marked <!-- tour --> and the files marked
<!-- tour-file: NAME -->, in order, in a scratch folder next to a link to the corpus.

A command's trailing ``# exit N`` is the exit status it must give (0 otherwise). Used by
``nox -s tour`` in a fresh virtual environment where only ``pip install .`` was run.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

_MARK_RE = re.compile(r"^<!-- tour(?:-file: (?P<file>[^ ]+))? -->\s*$")
_EXIT_RE = re.compile(r"#\s*exit\s+(?P<code>\d+)\b")


@dataclass(frozen=True)
class Step:
    """A shell command to run (with the exit status it must give) or a file to write."""

    line: int
    command: str | None = None
    expect: int = 0
    file: str | None = None
    content: str = ""


def _fenced(lines: list[str], start: int) -> tuple[list[str], int]:
    """The body of the fenced block opening at ``start`` and the index after its closing fence."""
    if not lines[start].startswith("```"):
        raise ValueError(f"README line {start + 1}: a tour mark must be followed by a ``` block")
    end = start + 1
    while end < len(lines) and not lines[end].startswith("```"):
        end += 1
    return lines[start + 1 : end], end + 1


def tour_steps(readme: str) -> list[Step]:
    """Every step of the tour, in README order."""
    lines = readme.split("\n")
    steps: list[Step] = []
    index = 0
    while index < len(lines):
        mark = _MARK_RE.match(lines[index])
        if not mark:
            index += 1
            continue
        body, after = _fenced(lines, index + 1)
        if mark["file"]:
            steps.append(Step(index + 1, file=mark["file"], content="\n".join(body) + "\n"))
        else:
            for offset, text in enumerate(body):
                command = text.strip()
                if not command or command.startswith("#"):
                    continue
                expect = _EXIT_RE.search(command)
                steps.append(
                    Step(
                        index + offset + 3,
                        command=command,
                        expect=int(expect["code"]) if expect else 0,
                    )
                )
        index = after
    return steps


def run(readme: Path, corpus: Path) -> int:
    steps = tour_steps(readme.read_text(encoding="utf-8"))
    if not steps:
        print(f"{readme}: no tour steps found", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="bantin-tour-") as scratch:
        (Path(scratch) / "shared").mkdir()
        (Path(scratch) / "shared" / "corpus").symlink_to(corpus.resolve())
        work = Path(scratch) / "work"
        work.mkdir()
        for step in steps:
            if step.file is not None:
                (work / step.file).write_text(step.content, encoding="utf-8")
                print(f"[tour] README:{step.line}: wrote {step.file}", flush=True)
                continue
            assert step.command is not None
            print(f"[tour] README:{step.line}: $ {step.command}", flush=True)
            done = subprocess.run(["bash", "-c", step.command], cwd=work, check=False)
            if done.returncode != step.expect:
                print(
                    f"[tour] README:{step.line}: exit {done.returncode}, expected {step.expect}",
                    file=sys.stderr,
                )
                return 1
    print(f"[tour] all {len(steps)} steps passed", flush=True)
    return 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    root = Path(__file__).resolve().parents[1]
    parser.add_argument("readme", type=Path, nargs="?", default=root / "README.md")
    default = os.environ.get("BANTIN_CORPUS") or root.parent / "shared" / "corpus"
    parser.add_argument("--corpus", type=Path, default=Path(default))
    args = parser.parse_args()
    if not args.corpus.is_dir():
        parser.error(f"corpus not found at {args.corpus} (set BANTIN_CORPUS)")
    raise SystemExit(run(args.readme, args.corpus))


if __name__ == "__main__":
    main()
