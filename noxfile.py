"""nox sessions: tests (the README command), lint, typecheck, the README tour; nightly properties,
mutants; benchmarks."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import nox

nox.options.sessions = ["tests", "lint", "typecheck"]
nox.options.reuse_existing_virtualenvs = True

PYTHON = "3.11"


@nox.session(python=PYTHON)
def tests(session: nox.Session) -> None:
    """The full test suite with the `ci` hypothesis profile (derandomized, bounded); with the dask
    extra, so the Dask engine's tests run rather than skip."""
    session.install("-e", ".[test,dask]")
    session.run("pytest", *session.posargs, env={"HYPOTHESIS_PROFILE": "ci"})


@nox.session(python=PYTHON)
def lint(session: nox.Session) -> None:
    """ruff lint and format check."""
    session.install("ruff>=0.6")
    session.run("ruff", "check", "src", "tests", "benchmarks", "tools", "noxfile.py")
    session.run("ruff", "format", "--check", "src", "tests", "benchmarks", "tools", "noxfile.py")


@nox.session(python=PYTHON)
def typecheck(session: nox.Session) -> None:
    """mypy on the package sources."""
    session.install("-e", ".", "mypy>=1.11")
    session.run("mypy", "src/bantin")


@nox.session(python=PYTHON)
def properties(session: nox.Session) -> None:
    """The property tests only, with the `nightly` profile (many more examples)."""
    session.install("-e", ".[test]")
    session.run(
        "pytest", "tests/properties", *session.posargs, env={"HYPOTHESIS_PROFILE": "nightly"}
    )


@nox.session(python=PYTHON)
def bench(session: nox.Session) -> None:
    """bantin against a bare scan of the same sample in one run (validate, release, verify,
    frictionless validate), then 1,000 and 10,000 bulletins (`nox -s bench -- --large` adds
    50,000); figure extraction; each rule's own CPU on a warm scan; `bantin verify` against
    `frictionless validate` (benchmarks/)."""
    session.install("-e", ".", "psutil>=5.9")
    session.run("python", "benchmarks/bench_release.py", *session.posargs)
    session.run("python", "benchmarks/bench_figures.py")
    sample = Path(session.create_tmp()) / "rules-sample"
    shutil.rmtree(sample, ignore_errors=True)
    session.run("bantin", "sample", "--bulletins", "1000", "--seed", "1", "--out", str(sample))
    session.run("python", "benchmarks/bench_rules.py", str(sample))
    session.run("python", "benchmarks/bench_verify.py")


@nox.session(python=PYTHON)
def feedparser(session: nox.Session) -> None:
    """Peer gate: feedparser's own fixtures, downloaded from the package index, never copied
    here; no crash, no fixture over a second, >= 90% item agreement (tests/peers/)."""
    session.install("-e", ".[peers]")
    session.run("python", "tests/peers/feedparser_suite.py", *session.posargs)


@nox.session(python=PYTHON)
def tour(session: nox.Session) -> None:
    """The README's tour after a plain `pip install .` in a fresh environment: every command of
    its `<!-- tour -->` blocks (extracted from README.md by .ci/tour.py, so the two cannot drift)."""
    session.install(".")
    session.run("python", ".ci/tour.py", "README.md", *session.posargs)


@nox.session(python=PYTHON)
def mutants(session: nox.Session) -> None:
    """Nightly, not in .ci/run: mutation testing of parsers, validators, datasets and packaging.

    mutmut (config in pyproject.toml) runs, per mutant, only the tests that call the mutated
    function, with the `mutants` hypothesis profile, cheapest first (tests/conftest.py), stopping
    at the first failure; then tools/mutants.py prints the kill rate per package and the surviving
    mutants (equivalents listed in tools/mutants-allow.txt). Results are cached in ./mutants, so a
    rerun only tests what changed. Posargs are mutant-name globs, e.g.
    `nox -s mutants -- "bantin.packaging*"`; `-- --strict` fails below 90% in a package.

    Duration: about 10,800 mutants at about 6 CPU-seconds each (a seeded random sample: median
    0.8 s, mean 5.6 s, set by the mutants only a release-sized test kills and by the survivors),
    i.e. about 17 CPU-hours, 8-9 hours on 2 cores, plus ~10 minutes to generate the mutants and
    map tests to functions. Shard the nightly job by package (posargs above) to fit a shorter night.
    """
    session.install("-e", ".[test]", "mutmut>=3.3", "pytest-timeout>=2.3")
    corpus = os.environ.get("BANTIN_CORPUS", str(Path("..", "shared", "corpus").resolve()))
    env = {
        "HYPOTHESIS_PROFILE": "mutants",
        "BANTIN_CORPUS": corpus,
    }
    strict = [arg for arg in session.posargs if arg == "--strict"]
    names = [arg for arg in session.posargs if arg != "--strict"]
    started = time.monotonic()
    session.run("mutmut", "run", *names, env=env)
    session.log(f"mutmut took {time.monotonic() - started:.0f} s")
    session.run("python", "tools/mutants.py", "report", *strict, env=env)
