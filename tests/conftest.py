"""Shared pytest fixtures: where the real corpus lives and the hypothesis profiles."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, settings
from hypothesis.database import DirectoryBasedExampleDatabase

REPO = Path(__file__).resolve().parents[1]

# Hypothesis profiles. `ci` is what .ci/run uses: derandomized (the same examples every run, so a
# red build is reproducible), no deadline (a slow shared runner must not flake), enough examples to
# matter. `dev` is for quick local runs; `nightly` digs deeper (nox -s properties).
# Failing examples are kept in .hypothesis/ locally and pinned with @example once understood.
_DATABASE = DirectoryBasedExampleDatabase(str(REPO / ".hypothesis" / "examples"))
settings.register_profile(
    "ci",
    max_examples=60,
    derandomize=True,
    deadline=None,
    database=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("dev", max_examples=20, deadline=None, database=_DATABASE)
settings.register_profile(
    "nightly",
    max_examples=2000,
    deadline=None,
    database=_DATABASE,
    suppress_health_check=[HealthCheck.too_slow],
)
# `mutants` is for `nox -s mutants`: every mutant reruns the property laws, so fewer examples, and
# no shrinking (a failing example is enough to kill a mutant; shrinking it would only cost time).
settings.register_profile(
    "mutants",
    max_examples=15,
    derandomize=True,
    deadline=None,
    database=None,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))
CORPUS = Path(os.environ.get("BANTIN_CORPUS", REPO.parent / "shared" / "corpus"))


def corpus_file(prefix: str) -> Path:
    """The real bulletin whose name starts with ``prefix``; the test is skipped without a corpus."""
    if not CORPUS.is_dir():
        pytest.skip(f"real corpus not found at {CORPUS}")
    matches = sorted(CORPUS.glob(f"{prefix}*"))
    if not matches:
        pytest.skip(f"no corpus file {prefix}* in {CORPUS}")
    return matches[0]


@pytest.fixture
def corpus_dir() -> Path:
    if not CORPUS.is_dir():
        pytest.skip(f"real corpus not found at {CORPUS}")
    return CORPUS
