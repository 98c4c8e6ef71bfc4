"""The shared line writer and the digest body that the print and web renderers both write."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from itertools import pairwise

from bantin.model import Article, Bulletin, Citation, Paragraph, Section, TocEntry

#: A feed paragraph ending with a photo credit is an image caption ("…. Ảnh: Thu Trang.").
CAPTION_RE = re.compile(r"\. Ảnh: [^.]+\.$")


@dataclass(frozen=True)
class Rendered:
    """A bulletin written in its source format, and the same bulletin with every line field set."""

    text: str
    bulletin: Bulletin


class LineWriter:
    """Appends lines and reports the 1-based number of each line written."""

    def __init__(self) -> None:
        self._lines: list[str] = []

    @property
    def last(self) -> int:
        """The number of the last line written (0 before any)."""
        return len(self._lines)

    def write(self, line: str = "") -> int:
        if "\n" in line or "\r" in line:
            raise ValueError(f"a line cannot hold a line break: {line!r}")
        self._lines.append(line)
        return len(self._lines)

    def blank(self, count: int = 1) -> None:
        for _ in range(count):
            self.write()

    def text(self, final_newline: bool) -> str:
        return "\n".join(self._lines) + ("\n" if final_newline else "")


def is_caption(text: str) -> bool:
    """Whether a feed paragraph is an image caption (the feed renderers print it as one)."""
    return CAPTION_RE.search(text) is not None


def citation_text(citation: Citation) -> str:
    """The citation as printed: "(Outlet DD/MM, Author, Author)", or "(Outlet DD/MM)" without author."""
    authors = citation.separator.join(citation.authors)
    return f"({citation.outlet} {citation.date_text}{', ' + authors if authors else ''})"


def paragraph_parts(paragraph: Paragraph) -> list[str]:
    """The pieces a page break left of ``paragraph`` (one piece when it was not split)."""
    starts = [offset for offset, _ in paragraph.breaks]
    bounds = [0, *starts, len(paragraph.text) + 1]
    return [paragraph.text[a : b - 1] for a, b in pairwise(bounds)]


def write_toc(
    writer: LineWriter,
    bulletin: Bulletin,
    section_text: Callable[[Section], str],
    entry_text: Callable[[TocEntry], str],
    blank_after: bool,
) -> tuple[tuple[Section, ...], tuple[TocEntry, ...]]:
    """Each section's line before its first entry, then the entry lines (each followed by a blank
    line when ``blank_after``). Returns the sections and entries with their line fields set."""
    pending = list(bulletin.sections)
    sections: list[Section] = []
    entries: list[TocEntry] = []
    current: str | None = None
    for entry in bulletin.toc:
        if entry.section is not None and entry.section != current:
            current = entry.section
            match = next((s for s in pending if s.name == entry.section), None)
            if match is not None:
                pending.remove(match)
                sections.append(replace(match, line=writer.write(section_text(match))))
                if blank_after:
                    writer.blank()
        entries.append(replace(entry, line=writer.write(entry_text(entry))))
        if blank_after:
            writer.blank()
    return tuple(sections), tuple(entries)


def write_digest_body(
    writer: LineWriter,
    articles: tuple[Article, ...],
    closing: Callable[[Citation | None, bool], str],
    page_breaks: bool,
) -> tuple[Article, ...]:
    """Write sections, titles and paragraphs; the last paragraph line gets ``closing(citation,
    is_last_article)`` appended. Returns the articles with their line fields set."""
    written: list[Article] = []
    section: str | None = None
    section_line: int | None = None
    for index, article in enumerate(articles):
        if article.section is not None and article.section != section:
            section, section_line = article.section, writer.write(article.section)
            writer.blank()
        elif article.section is None:
            section, section_line = None, None
        title_line = writer.write(article.title)
        writer.blank()
        tail = closing(article.citation, index == len(articles) - 1)
        paragraphs: list[Paragraph] = []
        for number, paragraph in enumerate(article.paragraphs):
            last = number == len(article.paragraphs) - 1
            parts = paragraph_parts(paragraph) if page_breaks else [paragraph.text]
            lines: list[int] = []
            for k, part in enumerate(parts):
                if k:
                    writer.blank()
                lines.append(writer.write(part + (tail if last and k == len(parts) - 1 else "")))
            starts = [offset for offset, _ in paragraph.breaks] if page_breaks else []
            breaks = tuple(zip(starts, lines[1:], strict=True))
            paragraphs.append(Paragraph(paragraph.text, lines[0], breaks))
            if not last:
                writer.blank()
        if not article.paragraphs:
            writer.write(tail.lstrip())
        end = writer.last
        citation = replace(article.citation, line=end) if article.citation is not None else None
        written.append(
            replace(
                article,
                title_line=title_line,
                line_end=end,
                paragraphs=tuple(paragraphs),
                section_line=section_line,
                citation=citation,
            )
        )
        if index < len(articles) - 1:
            writer.blank()
    return tuple(written)
