"""Benchmark `bantin verify` against `frictionless validate` on the same package (goal: >= 20x)."""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

#: The issue's goal: a consumer's check must be at least this many times faster than frictionless.
GOAL = 20.0


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _measure(command: list[str], repeat: int) -> dict[str, float]:
    """Best wall time and best CPU time (user + system) of ``repeat`` runs; each must exit 0."""
    walls, cpus = [], []
    for _ in range(repeat):
        cpu, start = _children_cpu(), time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        walls.append(time.perf_counter() - start)
        cpus.append(_children_cpu() - cpu)
        if done.returncode != 0:
            raise SystemExit(f"{' '.join(command)} exited {done.returncode}:\n{done.stdout}")
    return {"wall_s": round(min(walls), 3), "cpu_s": round(min(cpus), 3)}


def _package(work: Path, bulletins: int, source: Path | None) -> Path:
    bantin = [sys.executable, "-m", "bantin"]
    if source is None:
        source = work / "sample"
        subprocess.run([*bantin, "sample", "--out", str(source), "-n", str(bulletins)], check=True)
    out = work / "release"
    subprocess.run(
        [*bantin, "release", str(source), "--out", str(out)], check=True, capture_output=True
    )
    return out


def run(bulletins: int, source: Path | None, repeat: int) -> dict[str, Any]:
    frictionless = shutil.which("frictionless")
    if frictionless is None:
        raise SystemExit("frictionless is not installed (pip install 'frictionless[parquet]')")
    with tempfile.TemporaryDirectory(prefix="bantin-bench-verify-") as tmp:
        package = _package(Path(tmp), bulletins, source)
        descriptor = json.loads((package / "datapackage.json").read_text("utf-8"))
        rows = sum(r["rows"] for r in descriptor["resources"])
        ours = _measure([sys.executable, "-m", "bantin", "verify", str(package)], repeat)
        theirs = _measure([frictionless, "validate", str(package / "datapackage.json")], repeat)
    return {
        "package": str(source) if source else f"bantin sample -n {bulletins}",
        "rows": rows,
        "bantin_verify": ours,
        "frictionless_validate": theirs,
        "speedup_wall": round(theirs["wall_s"] / ours["wall_s"], 1),
        "speedup_cpu": round(theirs["cpu_s"] / ours["cpu_s"], 1),
        "goal": GOAL,
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--bulletins", "-n", type=int, default=200)
    parser.add_argument("--source", type=Path, help="release these bulletins instead of a sample")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    result = run(args.bulletins, args.source, args.repeat)
    print(json.dumps(result, indent=2))
    # Judged on wall time, what a consumer waits for: verify's CPU time also counts pyarrow's
    # thread pool starting up, which runs beside the main thread and costs no waiting.
    if result["speedup_wall"] < GOAL:
        raise SystemExit(f"bantin verify is only {result['speedup_wall']}x faster (goal {GOAL}x)")


if __name__ == "__main__":
    main()
