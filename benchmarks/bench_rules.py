"""Time each bulletin-scope rule, and the compact keys of the run-scope rules, on parsed bulletins
whose scan is already warm: the rules' own CPU, without parsing or the shared tokenizer.

Usage: ``python benchmarks/bench_rules.py FOLDER [--repeat 3] [--json]`` (e.g. a ``bantin sample``).
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from functools import cached_property
from pathlib import Path
from typing import Any

from bantin.errors import SourceError
from bantin.model import ParsedSource
from bantin.parsers import read_source
from bantin.parsers.scan import Scan
from bantin.validators import RULES
from bantin.validators.registry import Scope
from bantin.validators.run import subject_of

#: Every part of a scan, found once before timing so that no rule pays for the tokenizer.
SCAN_PARTS = tuple(name for name, value in vars(Scan).items() if isinstance(value, cached_property))


def _parsed(folder: Path) -> list[ParsedSource]:
    sources = []
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            try:
                sources.append(read_source(path))
            except SourceError:
                continue  # not a bulletin: nothing for the rules to time
    return sources


def _best(work: Callable[[], object], repeat: int) -> float:
    """The least CPU time of ``repeat`` runs of ``work`` (a busy machine only adds time)."""
    times = []
    for _ in range(repeat):
        start = time.process_time()
        work()
        times.append(time.process_time() - start)
    return min(times)


def run(folder: Path, repeat: int) -> dict[str, Any]:
    sources = _parsed(folder)
    scans = [Scan(source.bulletin) for source in sources]
    for scan in scans:
        for part in SCAN_PARTS:
            getattr(scan, part)
    pairs = list(zip(sources, scans, strict=True))
    rules: dict[str, float] = {}
    for rule in RULES:
        if rule.scope is not Scope.BULLETIN:
            continue

        def check_all(rule: Any = rule) -> None:
            for source, scan in pairs:
                hits = (
                    rule.check(source.bulletin, scan)
                    if rule.takes_scan
                    else rule.check(source.bulletin)
                )
                for _ in hits:
                    pass

        rules[rule.id] = round(_best(check_all, repeat), 4)
    keys = _best(lambda: [subject_of(s.path, "", s.bulletin) for s in sources], repeat)
    return {
        "folder": str(folder),
        "bulletins": len(sources),
        "articles": sum(len(s.bulletin.articles) for s in sources),
        "rules_cpu_s": dict(sorted(rules.items(), key=lambda item: -item[1])),
        "rules_total_cpu_s": round(sum(rules.values()), 3),
        "run_keys_cpu_s": round(keys, 3),
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    args = parser.parse_args(argv)
    result = run(args.folder, args.repeat)
    if args.json:
        print(json.dumps(result, indent=2))
        return
    print(
        f"{result['bulletins']} bulletins, {result['articles']} articles (CPU s, best of {args.repeat})"
    )
    for rule_id, seconds in result["rules_cpu_s"].items():
        print(f"{seconds:8.3f}  {rule_id}")
    print(f"{result['rules_total_cpu_s']:8.3f}  all bulletin-scope rules")
    print(f"{result['run_keys_cpu_s']:8.3f}  run-scope keys (subject_of)")


if __name__ == "__main__":
    main()
