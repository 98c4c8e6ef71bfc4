"""Run a single rule over hand-built bulletins and look at (line, message) pairs."""

from __future__ import annotations

import datetime as dt

from bantin.model import Bulletin
from bantin.validators import RULES
from bantin.validators.finding import Finding
from bantin.validators.run import validate_bulletins
from tests.validators.builders import digest, on_date, with_paragraph


def run_rule(rule_id: str, *bulletins: Bulletin) -> list[Finding]:
    rule = RULES.get(rule_id)
    assert rule is not None, rule_id
    return validate_bulletins(list(bulletins), rules=[rule])


def hits(rule_id: str, *bulletins: Bulletin) -> list[tuple[int | None, str]]:
    return [(f.line, f.message) for f in run_rule(rule_id, *bulletins)]


def messages_on(rule_id: str, sentence: str, issued: dt.date) -> list[str]:
    """The messages ``rule_id`` gives on a digest issued on ``issued`` whose article says
    ``sentence``."""
    return [
        message for _, message in hits(rule_id, with_paragraph(on_date(digest(), issued), sentence))
    ]
