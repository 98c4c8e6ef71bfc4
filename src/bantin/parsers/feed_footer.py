"""Drop the footer a syndication plugin appends to every feed item ("The post X appeared first on Y.").

WordPress SEO plugins (Yoast's default, and its Vietnamese translation "Bài viết X xuất hiện đầu
tiên vào ngày Y.") end each item of a feed with a line naming the post and the site. It is no part
of the article: left in, it repeats the title in the body, and every figure of the title is then
counted again. Only a last paragraph of that exact shape is dropped.
"""

from __future__ import annotations

import re

from bantin.model import Paragraph

#: "The post <title> appeared first on <site>.", "Bài viết <title> xuất hiện đầu tiên vào ngày
#: <site>.", "Bài viết <title> đã xuất hiện đầu tiên tại <site>." and the like.
FOOTER_RE = re.compile(
    r"(?:The post|Bài viết|Bài đăng)\s+\S.*?\s+"
    r"(?:(?:appeared|was first published|first appeared)\s+(?:first\s+)?on"
    r"|(?:đã\s+)?(?:xuất hiện|được đăng)\s+(?:đầu tiên|lần đầu)\s+(?:vào ngày|tại|trên))"
    r"\s+\S.*",
    re.IGNORECASE,
)


def is_footer(text: str) -> bool:
    """Whether a paragraph's ``text`` is a syndication footer."""
    return FOOTER_RE.fullmatch(text) is not None


def without_footer(paragraphs: tuple[Paragraph, ...]) -> tuple[Paragraph, ...]:
    """``paragraphs`` without a syndication footer as the last one (and only there)."""
    if paragraphs and is_footer(paragraphs[-1].text):
        return paragraphs[:-1]
    return paragraphs
