"""Rules on generated bulletins (rendered, then parsed): clean ones are silent, injected faults fire."""

from __future__ import annotations

import random

import pytest

from bantin.parsers import parse_text
from bantin.validators import RULES
from bantin.validators.run import validate_bulletins

generator = pytest.importorskip("bantin.datasets.synthetic.generator")
renderers = pytest.importorskip("bantin.datasets.synthetic.renderers")

FORMATS = ("print_text", "web_text", "feed_text", "feed_xml")


@pytest.mark.parametrize("source_format", FORMATS)
def test_generated_bulletins_are_clean_and_every_fault_is_found(source_format: str) -> None:
    rng = random.Random(source_format)
    for n in range(2):
        bulletin = generator.generate_bulletin(rng, source_format)
        parsed = parse_text(renderers.render(bulletin).text, f"{source_format}-{n}")
        assert validate_bulletins([parsed]) == []
        for rule in RULES:
            faulty = rule.with_fault(parsed)
            if faulty is not None:
                assert {f.rule for f in validate_bulletins(faulty)} == {rule.id}
