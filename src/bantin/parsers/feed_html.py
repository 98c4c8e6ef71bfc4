"""Turn the HTML (or plain text) of a feed item's body into paragraphs that keep their source lines.

Text is kept, markup is dropped: images and thumbnails (an ``<img alt>`` is not text), links
(their words stay), scripts and styles. Block elements and ``<br>`` outside a paragraph (``</br>``
too, as some sites write it) separate paragraphs; a ``<br>`` inside a paragraph is a space.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from bantin.model import Paragraph
from bantin.parsers.text import clean_line, collapse_spaces

#: Elements whose text is one paragraph; a ``<br>`` inside them is a line break, not a new one.
_TEXT_BLOCKS = frozenset(
    {"p", "figcaption", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "td", "th", "pre"}
)
#: Elements that only hold blocks: their edges end the paragraph before them.
_CONTAINERS = frozenset(
    {"div", "section", "article", "header", "footer", "aside", "figure", "blockquote", "ul", "ol"}
    | {"dl", "table", "thead", "tbody", "tr", "hr", "center", "address", "main", "nav"}
)
_SKIPPED = frozenset({"script", "style", "noscript", "template"})
_BLANK_LINE_RE = re.compile(r"\n[ \t\r\f\v]*\n")


def _local(tag: str) -> str:
    """``ns0:p`` (re-serialised XHTML) -> ``p``."""
    return tag.rsplit(":", 1)[-1]


class _Paragraphs(HTMLParser):
    """Collect (text, 1-based line in the HTML) of every paragraph."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, int]] = []
        self._parts: list[str] = []
        self._line: int | None = None
        self._in_text_block = 0
        self._skipping = 0

    def _flush(self) -> None:
        text = collapse_spaces(clean_line("".join(self._parts)))
        if text and self._line is not None:
            self.found.append((text, self._line))
        self._parts, self._line = [], None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        tag = _local(tag)
        if tag in _SKIPPED:
            self._skipping += 1
        elif tag in _TEXT_BLOCKS:
            self._flush()
            self._in_text_block += 1
        elif tag in _CONTAINERS:
            self._flush()
        elif tag == "br":
            self._break()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if _local(tag) == "br":
            self._break()
        elif _local(tag) in _CONTAINERS:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        tag = _local(tag)
        if tag in _SKIPPED:
            self._skipping = max(0, self._skipping - 1)
        elif tag in _TEXT_BLOCKS:
            self._flush()
            self._in_text_block = max(0, self._in_text_block - 1)
        elif tag in _CONTAINERS:
            self._flush()
        elif tag == "br":  # "</br>", as some news sites write it
            self._break()

    def _break(self) -> None:
        if self._in_text_block:
            self._parts.append(" ")
        else:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self._skipping:
            return
        stripped = data.lstrip()
        if self._line is None and stripped:
            line, _ = self.getpos()
            self._line = line + data[: len(data) - len(stripped)].count("\n")
        self._parts.append(data)


def html_paragraphs(html: str, first_line: int) -> tuple[Paragraph, ...]:
    """Paragraphs of ``html`` whose first character sits on source line ``first_line``."""
    parser = _Paragraphs()
    parser.feed(html)
    parser.close()
    parser._flush()
    return tuple(Paragraph(text, first_line + line - 1) for text, line in parser.found)


def text_paragraphs(text: str, first_line: int) -> tuple[Paragraph, ...]:
    """Paragraphs of plain text, separated by blank lines."""
    paragraphs: list[Paragraph] = []
    offset = 0
    for chunk in [*_BLANK_LINE_RE.split(text)]:
        start = text.index(chunk, offset)
        offset = start + len(chunk)
        cleaned = collapse_spaces(clean_line(chunk))
        if cleaned:
            lead = len(chunk) - len(chunk.lstrip())
            paragraphs.append(Paragraph(cleaned, first_line + text.count("\n", 0, start + lead)))
    return tuple(paragraphs)
