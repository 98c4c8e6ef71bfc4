"""Deterministic ids derived from content, so two releases of the same input are identical."""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from collections.abc import Iterable
from urllib.parse import urlsplit

from bantin.model import Bulletin, Kind

_PREFIX = {Kind.DIGEST: "cchc", Kind.FEED: "feed"}
_NOT_SLUG_RE = re.compile(r"[^a-z0-9]+")


def host_slug(link: str) -> str | None:
    """``https://www.doisongnhandan.com/x`` -> ``doisongnhandan-com``; None without a host, or
    with one no reader can tell ("https://[tin.vn/": a bracket opens an IPv6 host it never
    closes, which ``urlsplit`` refuses)."""
    try:
        host = urlsplit(link.strip() if "//" in link else f"//{link.strip()}").hostname or ""
    except ValueError:
        return None
    host = host.removeprefix("www.")
    slug = _NOT_SLUG_RE.sub("-", host.lower()).strip("-")
    return slug or None


def bulletin_id(bulletin: Bulletin, source_sha256: str) -> str:
    """``cchc-YYYY-MM-DD``, ``feed-<host slug>-YYYY-MM-DD`` or ``<kind>-unknown-<sha256[:12]>``.

    The date is the bulletin's issue date (a feed's build date); without one, or for a feed
    whose channel has no usable link, the id falls back to the source file's digest.
    """
    prefix = _PREFIX[bulletin.kind]
    date = bulletin.issue_date
    if date is not None:
        if bulletin.kind is Kind.DIGEST:
            return f"{prefix}-{date.isoformat()}"
        slug = host_slug(bulletin.channel.link) if bulletin.channel else None
        if slug:
            return f"{prefix}-{slug}-{date.isoformat()}"
    return f"{prefix}-unknown-{source_sha256.lower()[:12]}"


def article_id(bulletin_id: str, position: int) -> str:
    """``<bulletin_id>-NN`` for the 1-based ``position`` (two digits, more when needed)."""
    if position < 1:
        raise ValueError(f"article position must be 1-based, got {position}")
    return f"{bulletin_id}-{position:02d}"


def citation_id(article_id: str) -> str:
    """``<article_id>-c``: an article has at most one citation."""
    return f"{article_id}-c"


def figure_id(article_id: str, position: int) -> str:
    """``<article_id>-fNNN`` for the 1-based order of the figure in the article body."""
    if position < 1:
        raise ValueError(f"figure position must be 1-based, got {position}")
    return f"{article_id}-f{position:03d}"


def finding_id(
    rule: str, source_path: str, line: int | None, message: str, occurrence: int = 0
) -> str:
    """First 16 hex digits of SHA-256 over (rule, source, line, message, occurrence index).

    ``occurrence`` tells apart identical findings: 0 for the first, 1 for the next, ...
    """
    payload = json.dumps([rule, source_path, line, message, occurrence], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:16]


def finding_ids(findings: Iterable[tuple[str, str, int | None, str]]) -> list[str]:
    """Ids for (rule, source_path, line, message) tuples in order, counting repeated findings."""
    seen: Counter[tuple[str, str, int | None, str]] = Counter()
    ids = []
    for key in findings:
        ids.append(finding_id(*key, occurrence=seen[key]))
        seen[key] += 1
    return ids
