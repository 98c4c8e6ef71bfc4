"""Compatibility alias: the ids moved to ``bantin.ids`` (validators and tables both use them)."""

from bantin.ids import (
    article_id,
    bulletin_id,
    citation_id,
    figure_id,
    finding_id,
    finding_ids,
    host_slug,
)

__all__ = [
    "article_id",
    "bulletin_id",
    "citation_id",
    "figure_id",
    "finding_id",
    "finding_ids",
    "host_slug",
]
