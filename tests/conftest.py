"""Shared pytest fixtures: where the real corpus lives and the hypothesis profiles."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
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
