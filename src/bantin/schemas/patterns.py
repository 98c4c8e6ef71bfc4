"""Regular expressions the published identifiers follow (anchored, XML-Schema-compatible syntax)."""

from __future__ import annotations

#: A bulletin id without anchors: ``cchc-2024-02-01``, ``feed-doisongnhandan-com-cai-cach-hanh-chinh-2025-10-01``,
#: ``cchc-unknown-0123456789ab``.
_BULLETIN = (
    r"(cchc-[0-9]{4}-[0-9]{2}-[0-9]{2}"
    r"|feed-[a-z0-9]+(-[a-z0-9]+)*-[0-9]{4}-[0-9]{2}-[0-9]{2}"
    r"|(cchc|feed)-unknown-[0-9a-f]{12})"
)

BULLETIN_ID = rf"^{_BULLETIN}$"
ARTICLE_ID = rf"^{_BULLETIN}-[0-9]{{2,}}$"
CITATION_ID = rf"^{_BULLETIN}-[0-9]{{2,}}-c([1-9][0-9]*)?$"
FIGURE_ID = rf"^{_BULLETIN}-[0-9]{{2,}}-f[0-9]{{3,}}$"
FINDING_ID = r"^[0-9a-f]{16}$"
SHA256 = r"^[0-9a-f]{64}$"
RULE_ID = r"^[a-z][a-z0-9-]*(\.[a-z0-9-]+)+$"
