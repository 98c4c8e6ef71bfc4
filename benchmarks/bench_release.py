"""Benchmark `bantin release` on a synthetic sample: wall time per phase, bulletins/s and peak RSS."""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from importlib.metadata import version
from pathlib import Path
from typing import Any, TypeVar

from bantin.datasets.corpus import collect_inputs, parse_inputs
from bantin.datasets.release import plan_release, write_release
from bantin.datasets.synthetic import write_sample
from bantin.packaging.recipe import DEFAULT_RECIPE

T = TypeVar("T")


def _peak_rss_mib(who: int) -> float:
    """Peak resident set size in MiB (Linux reports KiB, macOS bytes)."""
    peak = resource.getrusage(who).ru_maxrss
    return round(peak / (1024 * 1024 if sys.platform == "darwin" else 1024), 1)


def _timed(phases: dict[str, float], name: str, work: Callable[[], T]) -> T:
    start = time.perf_counter()
    result = work()
    phases[name] = time.perf_counter() - start
    return result


def run(bulletins: int, seed: int, workers: int | None) -> dict[str, Any]:
    """Write the sample, then parse, validate (plan) and write a release of it, timing each phase."""
    phases: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="bantin-bench-") as tmp:
        sample, out = Path(tmp) / "sample", Path(tmp) / "release"
        _timed(phases, "generate sample", lambda: write_sample(sample, bulletins, seed))
        inputs = collect_inputs([sample])
        outcome = _timed(phases, "parse", lambda: parse_inputs(inputs, workers=workers))
        plan = _timed(phases, "validate + tables", lambda: plan_release(outcome))
        descriptor = _timed(
            phases, "write package", lambda: write_release(plan, out, DEFAULT_RECIPE)
        )
        package_bytes = sum(p.stat().st_size for p in descriptor.parent.rglob("*") if p.is_file())
    release = sum(t for name, t in phases.items() if name != "generate sample")
    return {
        "benchmark": "bantin release",
        "bulletins": bulletins,
        "seed": seed,
        "workers": workers,
        "articles": sum(len(s.bulletin.articles) for s in outcome.parsed),
        "published": len(plan.published),
        "quarantined": len(plan.quarantined),
        "unreadable": len(plan.unreadable),
        "package_bytes": package_bytes,
        "phases": {
            name: {"seconds": round(t, 4), "bulletins_per_s": round(bulletins / t, 1)}
            for name, t in phases.items()
        },
        "release_seconds": round(release, 4),
        "release_bulletins_per_s": round(bulletins / release, 1),
        "peak_rss_mib": {
            "self": _peak_rss_mib(resource.RUSAGE_SELF),
            "children": _peak_rss_mib(resource.RUSAGE_CHILDREN),
        },
        "environment": {
            "python": platform.python_version(),
            "cpus": os.cpu_count(),
            "bantin": version("bantin"),
            "polars": version("polars"),
        },
    }


def table(result: dict[str, Any]) -> str:
    """The phases as a small fixed-width table."""
    rows = [("phase", "seconds", "bulletins/s")]
    rows += [
        (name, f"{p['seconds']:.3f}", f"{p['bulletins_per_s']:.1f}")
        for name, p in result["phases"].items()
    ]
    rows.append(
        (
            "release total",
            f"{result['release_seconds']:.3f}",
            f"{result['release_bulletins_per_s']:.1f}",
        )
    )
    width = max(len(r[0]) for r in rows)
    lines = [f"{a:<{width}}  {b:>9}  {c:>12}" for a, b, c in rows]
    rss = result["peak_rss_mib"]
    lines.append(
        f"{result['bulletins']} bulletins, {result['articles']} articles: "
        f"{result['published']} published, {result['quarantined']} quarantined, "
        f"{result['unreadable']} unreadable; peak RSS {rss['self']} MiB "
        f"(parse workers {rss['children']} MiB)"
    )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--bulletins", type=int, default=200, help="sample size (default 200)")
    parser.add_argument("--seed", type=int, default=0, help="sample seed (default 0)")
    parser.add_argument(
        "--workers", type=int, default=None, help="parse processes (default: bantin decides)"
    )
    args = parser.parse_args(argv)
    if args.bulletins < 1:
        parser.error("--bulletins must be at least 1")
    result = run(args.bulletins, args.seed, args.workers)
    # The table is for people (stderr); the JSON is for tools (stdout, e.g. > results.json).
    print(table(result), file=sys.stderr)
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
