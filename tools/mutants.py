"""Read mutmut's results: kill rate per package, surviving mutants, equivalents from the allow-list.

Usage (from the repository root, after `mutmut run`; `nox -s mutants` does both):
  python tools/mutants.py report [--allow tools/mutants-allow.txt] [--strict] [--names FILE]
      (with --names, a sample: each kill rate also gets its 95% Wilson confidence interval)
  python tools/mutants.py sample N [--seed 13] [--package parsers ...]   # N mutant names per package
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

PACKAGES = ("parsers", "validators", "datasets", "packaging")
MUTANTS = Path("mutants")
ALLOW = Path("tools/mutants-allow.txt")
#: mutmut's exit codes (mutmut.stats.status_by_exit_code), grouped the way the report counts them.
STATUS = {1: "killed", 3: "killed", 0: "survived", 5: "no tests", 33: "no tests", 34: "skipped"}
STATUS |= {code: "timeout" for code in (-24, 24, 152, -9, 36)}
STATUS |= {37: "type check", -11: "segfault", 2: "interrupted", None: "not run"}
# 255 is a fork-server worker whose pytest run raised (os._exit(-1)), e.g. a usage error because a
# test id matched nothing; mutmut calls it a timeout, but no test failed: not a kill.
STATUS[255] = "error"
_ALLOW_LINE_RE = re.compile(r"^(?P<name>\S+)\s+#\s*(?P<why>\S.*)$")


def package_of(mutant: str) -> str:
    """``bantin.parsers.text.x_clean_line__mutmut_3`` -> ``parsers``."""
    return mutant.split(".")[1]


def read_results(root: Path = MUTANTS) -> dict[str, str]:
    """Every mutant of the four packages and its status, from mutmut's ``*.meta`` files."""
    results: dict[str, str] = {}
    for meta in sorted((root / "src").rglob("*.py.meta")):
        codes = json.loads(meta.read_text("utf-8"))["exit_code_by_key"]
        for name, code in codes.items():
            if package_of(name) in PACKAGES:
                results[name] = STATUS.get(code, "suspicious")
    return results


def read_allow_list(path: Path) -> dict[str, str]:
    """``name  # why it is equivalent`` per line; an entry without its reason is an error."""
    allowed: dict[str, str] = {}
    if not path.exists():
        return allowed
    for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        match = _ALLOW_LINE_RE.match(line.strip())
        if match is None:
            sys.exit(f"{path}:{number}: write 'mutant_name  # why it is equivalent'")
        allowed[match["name"]] = match["why"]
    return allowed


def wilson(caught: int, checked: int, z: float = 1.96) -> tuple[float, float]:
    """The 95% Wilson score interval of a kill rate measured on a random sample of mutants."""
    if not checked:
        return (0.0, 1.0)
    rate = caught / checked
    centre = (rate + z * z / (2 * checked)) / (1 + z * z / checked)
    half = z * math.sqrt(rate * (1 - rate) / checked + z * z / (4 * checked * checked))
    half /= 1 + z * z / checked
    return (max(0.0, centre - half), min(1.0, centre + half))


def report(
    results: dict[str, str], allowed: dict[str, str], sampled: bool = False
) -> tuple[str, bool]:
    """The per-package table, the survivors and stale allow-list entries; and whether all >= 90%.

    ``sampled``: the results are a random sample of the mutants, so each kill rate also gets its
    95% confidence interval (a full run counts every mutant and needs none)."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    survivors: dict[str, list[str]] = defaultdict(list)
    for name, status in results.items():
        package = package_of(name)
        if status in ("survived", "no tests", "suspicious", "error") and name in allowed:
            status = "equivalent"
        counts[package][status] += 1
        if status in ("survived", "no tests", "suspicious", "error"):
            survivors[package].append(f"{name}  ({status})")
    lines = ["package     checked  killed  timeout  equivalent  survived  kill rate"]
    if sampled:
        lines[0] += "  95% interval"
    passing = True
    for package in PACKAGES:
        c = counts[package]
        caught = c["killed"] + c["timeout"]
        checked = caught + c["survived"] + c["no tests"] + c["suspicious"] + c["error"]
        rate = caught / checked if checked else float("nan")
        passing = passing and checked > 0 and rate >= 0.9
        lines.append(
            f"{package:<11} {checked + c['equivalent']:>7}  {c['killed']:>6}  {c['timeout']:>7}"
            f"  {c['equivalent']:>10}  {checked - caught:>8}  {rate:>8.1%}"
            + ("  {:.1%}-{:.1%}".format(*wilson(caught, checked)) if sampled else "")
            + (f"   ({c['not run']} not run)" if c["not run"] else "")
        )
    lines.append(
        "Kill rate = (killed + timeout) / (checked - equivalent); `mutmut show NAME` diffs."
    )
    for package in PACKAGES:
        if survivors[package]:
            lines.append(f"\nSurviving mutants in {package} ({len(survivors[package])}):")
            lines.extend(f"  {entry}" for entry in sorted(survivors[package]))
    # A sample holds only some of the allow-list's mutants: judge only those it ran.
    listed = [name for name in allowed if not sampled or results.get(name, "not run") != "not run"]
    stale = sorted(name for name in listed if results.get(name) not in ("survived", "no tests"))
    if stale:
        lines.append("\nAllow-list entries that no longer survive (remove them):")
        lines.extend(f"  {name}: {results.get(name, 'no such mutant')}" for name in stale)
    return "\n".join(lines), passing


def sample(results: dict[str, str], per_package: int, seed: int, packages: list[str]) -> list[str]:
    """A reproducible sample of ``per_package`` mutant names from each package."""
    chosen: list[str] = []
    for package in packages:
        names = sorted(name for name in results if package_of(name) == package)
        chosen.extend(
            random.Random(f"{seed}-{package}").sample(names, min(per_package, len(names)))
        )
    return chosen


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    rep = commands.add_parser("report", help="kill rate per package and the surviving mutants")
    rep.add_argument("--allow", type=Path, default=ALLOW)
    rep.add_argument("--strict", action="store_true", help="exit 1 when a package is below 90%%")
    rep.add_argument(
        "--names", type=Path, help="count only the mutants named in this file (a sample)"
    )
    smp = commands.add_parser("sample", help="print a reproducible sample of mutant names")
    smp.add_argument("per_package", type=int)
    smp.add_argument("--seed", type=int, default=13)
    smp.add_argument("--package", action="append", choices=PACKAGES)
    args = parser.parse_args(argv)
    results = read_results()
    if not results:
        print("No mutmut results under ./mutants: run `mutmut run` first.", file=sys.stderr)
        return 2
    if args.command == "sample":
        print(
            "\n".join(sample(results, args.per_package, args.seed, args.package or list(PACKAGES)))
        )
        return 0
    if args.names:
        wanted = set(args.names.read_text("utf-8").split())
        results = {name: status for name, status in results.items() if name in wanted}
    text, passing = report(results, read_allow_list(args.allow), sampled=bool(args.names))
    print(text)
    return 1 if args.strict and not passing else 0


if __name__ == "__main__":
    sys.exit(main())
