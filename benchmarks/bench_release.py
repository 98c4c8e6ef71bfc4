"""Benchmark bantin against a bare scan of the same files, in one run: time, CPU, peak memory.

Part 1 runs, on one synthetic sample (default: 1,000 bulletins, seed 1), each as its own process:
the bare scan (benchmarks/bare_scan.py), `bantin validate`, `bantin release`, `bantin verify` on
the package and `frictionless validate` on it, and prints wall time, CPU time, their ratios to the
bare scan and the peak memory of the process tree (workers included). Beside `validate` and
`release` it runs their per-file task alone (benchmarks/task_alone.py: the same workers, a parent
that drops the results), which tells the workers' cost from the parent's. The commands run --repeat
rounds, each command once per round; the fastest run of each is kept, and the median over rounds
of each run over its own round's bare scan, so a busy or drifting machine distorts the ratios
less.

Part 2 releases samples of growing size (default 1,000 and 10,000; add 50,000 with --large) and
prints time, rate and peak memory for each, so linear time and flat memory can be checked.
"""

from __future__ import annotations

import argparse
import compileall
import contextlib
import importlib.util
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path

import psutil

import bantin
from bantin.datasets.synthetic import write_sample

HERE = Path(__file__).resolve().parent
BANTIN = [sys.executable, "-c", "from bantin.cli import main; main()"]
TASK_ALONE = [sys.executable, str(HERE / "task_alone.py")]
VERIFY_FALLBACK = [
    sys.executable,
    "-c",
    "import sys; from bantin.packaging.reader import verify_package; "
    "problems = verify_package(sys.argv[1]); print(*problems, sep='\\n'); sys.exit(bool(problems))",
]
#: The issue's targets: release at most 5x the bare scan, validate at most 4x (goal 3x).
TARGETS = {"validate": 4.0, "release": 5.0}


@dataclass(frozen=True)
class Measure:
    """One command: wall seconds, CPU seconds of its whole process tree, peak tree RSS."""

    wall: float
    cpu: float
    peak_mib: float
    returncode: int


def _tree_rss(process: psutil.Process) -> int:
    total = 0
    for member in (process, *process.children(recursive=True)):
        try:
            total += member.memory_info().rss
        except psutil.Error:
            continue
    return total


def measure(command: Sequence[str], track_memory: bool = True) -> Measure:
    """Run ``command``; CPU from the children's rusage. With ``track_memory``, poll the RSS of its
    process tree (peak_mib), which costs CPU of its own: walking the process table 50 times a
    second takes a share of a core the command's workers then lack. Timed runs go without."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    process = psutil.Popen(list(command), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0
    if track_memory:
        while process.poll() is None:
            with contextlib.suppress(psutil.Error):
                peak = max(peak, _tree_rss(process))
            time.sleep(0.02)
    else:
        process.wait()
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if process.returncode not in (0, 1):
        stderr = process.stderr.read().decode(errors="replace") if process.stderr else ""
        raise SystemExit(f"{' '.join(command)} failed ({process.returncode}):\n{stderr[-2000:]}")
    return Measure(round(wall, 3), round(cpu, 3), round(peak / 2**20, 1), process.returncode)


def _has_verify() -> bool:
    result = subprocess.run(
        [*BANTIN, "verify", "--help"], capture_output=True, text=True, check=False
    )
    return result.returncode == 0


@dataclass(frozen=True)
class Comparison:
    """Part 1's measures: each command's timed runs (one a round, without memory polling) and the
    peak memory of one more, polled, run of it."""

    runs: dict[str, list[Measure]]
    peaks: dict[str, float]

    def floors(self) -> list[float]:
        """The bare scan's wall time in each round."""
        return [m.wall for m in self.runs["bare scan"]]

    def fastest(self) -> dict[str, Measure]:
        """Each command's fastest run (wall time), with the peak memory of its polled run."""
        return {
            name: replace(min(runs, key=lambda m: m.wall), peak_mib=self.peaks[name])
            for name, runs in self.runs.items()
        }

    def median_ratios(self) -> dict[str, float]:
        """Each command's wall time over the bare scan's of the same round, the median over
        rounds: a run beside its own floor, so a host that slows down for a while moves both."""
        floors = self.floors()
        return {
            name: statistics.median(m.wall / floor for m, floor in zip(runs, floors, strict=True))
            for name, runs in self.runs.items()
        }


def compare(sample: Path, out: Path, workers: int, repeat: int) -> Comparison:
    """Part 1: every command on the same sample, in one run."""
    jobs = ["--workers", str(workers)]
    verify = [*BANTIN, "verify", str(out)] if _has_verify() else [*VERIFY_FALLBACK, str(out)]
    frictionless = shutil.which("frictionless") or "frictionless"
    commands = {
        "bare scan": [sys.executable, str(HERE / "bare_scan.py"), str(sample)],
        "validate": [*BANTIN, "validate", str(sample), "--format", "json", *jobs],
        "validate: task alone": [*TASK_ALONE, str(sample), str(workers)],
        "release": [*BANTIN, "release", str(sample), "--out", str(out), *jobs],
        "release: task alone": [*TASK_ALONE, str(sample), str(workers), "--tables"],
        "verify": verify,
        "frictionless validate": [frictionless, "validate", str(out / "datapackage.json")],
    }
    # Round robin: every command once per round, so a machine that slows down or speeds up during
    # the run (a shared host) moves the bare scan and the commands alike, not the ratios. Times
    # come from runs without memory polling; peak memory from one more, polled, run of each.
    runs: dict[str, list[Measure]] = {name: [] for name in commands}
    for _ in range(repeat):
        for name, command in commands.items():
            runs[name].append(measure(command, track_memory=False))
    peaks = {name: measure(command).peak_mib for name, command in commands.items()}
    return Comparison(runs, peaks)


def scale(sizes: Sequence[int], seed: int, workers: int, root: Path) -> list[dict[str, object]]:
    """Part 2: release samples of growing size; time, rate and peak memory of each."""
    rows = []
    for size in sizes:
        sample = root / f"sample-{size}"
        write_sample(sample, size, seed)
        megabytes = sum(p.stat().st_size for p in sample.iterdir()) / 1e6
        out = root / f"release-{size}"
        run = measure(
            [*BANTIN, "release", str(sample), "--out", str(out), "--workers", str(workers)]
        )
        rows.append(
            {
                "bulletins": size,
                "input_mb": round(megabytes, 1),
                **asdict(run),
                "bulletins_per_s": round(size / run.wall, 1),
                "mb_per_s": round(megabytes / run.wall, 2),
            }
        )
        shutil.rmtree(sample)
        shutil.rmtree(out)
    return rows


def render(comparison: Comparison, rows: list[dict[str, object]], args: argparse.Namespace) -> str:
    results = comparison.fastest()
    medians = comparison.median_ratios()
    bare = results["bare scan"]
    lines = [
        f"bantin bench: {args.bulletins} bulletins, seed {args.seed}, {args.workers} workers, "
        f"{os.cpu_count()} CPUs, Python {platform.python_version()} (best of {args.repeat})",
        environment_line(),
        "",
        f"{'what':<22} {'wall s':>8} {'x bare':>7} {'x med':>6} {'CPU s':>8} {'x bare':>7} "
        f"{'peak MiB':>9}",
    ]
    for name, m in results.items():
        target = f"  (target <= {TARGETS[name]:g}x)" if name in TARGETS else ""
        lines.append(
            f"{name:<22} {m.wall:>8.2f} {m.wall / bare.wall:>6.1f}x {medians[name]:>5.1f}x "
            f"{m.cpu:>8.2f} {m.cpu / bare.cpu:>6.1f}x {m.peak_mib:>9.0f}{target}"
        )
    lines += [
        "",
        "x bare: fastest run over fastest bare scan; x med: median over rounds of each run over "
        "the bare scan of its round.",
        "task alone: the command's per-file task in as many workers, with a parent that drops the "
        "results: what the command would take if its parent cost nothing.",
        noise_line(comparison.floors()),
    ]
    if rows:
        lines += [
            "",
            f"{'bulletins':>9} {'input MB':>9} {'wall s':>8} {'CPU s':>8} {'bulletins/s':>12} "
            f"{'MB/s':>6} {'peak MiB':>9}",
        ]
        for row in rows:
            lines.append(
                f"{row['bulletins']:>9} {row['input_mb']:>9} {row['wall']:>8.2f} {row['cpu']:>8.2f} "
                f"{row['bulletins_per_s']:>12} {row['mb_per_s']:>6} {row['peak_mib']:>9.0f}"
            )
    return "\n".join(lines)


def precompile() -> None:
    """Byte-compile bantin's modules first, as `pip install` does, so no timed run pays for
    compiling them (an editable install under PYTHONDONTWRITEBYTECODE=1 never writes them), and
    let one start write its pattern cache (bantin.patterncache), as a user's first run does: the
    timed runs measure an installed bantin after its first run, whatever this shell sets."""
    compileall.compile_dir(Path(bantin.__file__).parent, quiet=1)
    writing = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run([sys.executable, "-c", "import bantin.cli"], check=True, env=writing)


#: Spread of the bare scan across rounds above which the host is called noisy.
NOISY = 1.15


def noise_line(floors: Sequence[float]) -> str:
    """How far the bare scan moved across rounds: the host's noise, which no ratio is free of."""
    low, high = min(floors), max(floors)
    spread = f"bare scan across rounds: {low:.2f}-{high:.2f} s"
    if high > low * NOISY:
        return (
            f"{spread}: a noisy host (the slowest round took {high / low:.2f}x the fastest); "
            "the two ratios may differ by as much, run again"
        )
    return f"{spread}: a steady host"


def environment_line() -> str:
    """What in the environment moves the start-up cost: hypothesis (pandera loads it if present)."""
    present = importlib.util.find_spec("hypothesis") is not None
    return (
        "hypothesis installed: pandera loads it in every release (a plain `pip install bantin` "
        "has none)"
        if present
        else "hypothesis not installed (as in a plain `pip install bantin`)"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--bulletins", type=int, default=1000, help="sample size (default 1000)")
    parser.add_argument("--seed", type=int, default=1, help="sample seed (default 1)")
    parser.add_argument("--workers", type=int, default=2, help="bantin workers (default 2)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per command (default 3)")
    parser.add_argument(
        "--scales", default="1000,10000", help="release sizes for part 2 (default 1000,10000)"
    )
    parser.add_argument("--large", action="store_true", help="add 50,000 bulletins to part 2")
    parser.add_argument("--json", type=Path, help="also write the results as JSON to this file")
    args = parser.parse_args(argv)
    sizes = [int(size) for size in args.scales.split(",") if size]
    if args.large:
        sizes.append(50_000)
    precompile()
    with tempfile.TemporaryDirectory(prefix="bantin-bench-") as tmp:
        root = Path(tmp)
        write_sample(root / "sample", args.bulletins, args.seed)
        comparison = compare(root / "sample", root / "release", args.workers, args.repeat)
        rows = scale(sizes, args.seed, args.workers, root)
    print(render(comparison, rows, args))
    if args.json:
        payload = {
            "compare": {k: asdict(v) for k, v in comparison.fastest().items()},
            "median_ratios": comparison.median_ratios(),
            "rounds": {k: [asdict(m) for m in runs] for k, runs in comparison.runs.items()},
            "scale": rows,
        }
        args.json.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
