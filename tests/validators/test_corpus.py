"""The rules on the real bulletins: the one real error is found, nothing else beyond the reviewed."""

from __future__ import annotations

import pytest

from bantin.parsers import read_source
from bantin.validators import validate
from tests.conftest import CORPUS  # honours $BANTIN_CORPUS, as the other corpus tests do

pytestmark = pytest.mark.corpus


def _findings(prefix: str) -> list[tuple[str, str, int | None, str]]:
    if not CORPUS.is_dir():
        pytest.skip(f"real corpus not found at {CORPUS}")
    paths = sorted(CORPUS.glob(f"{prefix}*"))
    if not paths:
        pytest.skip(f"no corpus file {prefix}*")
    source = read_source(paths[0], paths[0].name)
    return [(f.rule, str(f.severity), f.line, f.message) for f in validate([source])]


def test_print_edition_has_only_the_impossible_citation_date() -> None:
    assert _findings("000_") == [
        ("date.impossible", "error", 49, "citation date 01/0 does not exist")
    ]


def test_web_edition_is_clean() -> None:
    assert _findings("002_") == []


def test_feed_has_only_the_misplaced_locality_warning() -> None:
    # "Sóc Trăng: …" whose body is about Khánh Hòa: a true positive, reviewed by hand.
    assert _findings("003_") == [
        (
            "article.locality",
            "warning",
            81,
            "title names Sóc Trăng but the body never mentions it; the body names Khánh Hòa",
        )
    ]


def test_all_three_together_add_no_cross_bulletin_finding() -> None:
    if not CORPUS.is_dir():
        pytest.skip(f"real corpus not found at {CORPUS}")
    sources = [read_source(p, p.name) for p in sorted(CORPUS.glob("00[023]_*"))]
    assert [(f.rule, f.line) for f in validate(sources)] == [
        ("date.impossible", 49),
        ("article.locality", 81),
    ]
