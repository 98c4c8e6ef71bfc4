"""Where a planted fault sits: the source lines of the elements a fault injector changed."""

from __future__ import annotations

import dataclasses
from typing import Any

from bantin.model import Article, Bulletin, Paragraph

#: Model fields that hold source lines (ignored when comparing what an injector changed).
LINE_FIELDS = frozenset(
    {"line", "title_line", "line_end", "section_line", "issue_date_line", "weekday_line"}
    | {"editor_line", "pub_date_line"}
)
#: Bulletin fields whose change is reported at another line than the issue date's.
_BULLETIN_FIELD_LINES = {"weekday_printed": "weekday_line", "editor": "editor_line"}


def bare(value: Any) -> Any:
    """``value`` with every line field (and page-break line) set to 0, for comparing content."""
    if isinstance(value, Paragraph):
        return dataclasses.replace(
            value, line=0, breaks=tuple((offset, 0) for offset, _ in value.breaks)
        )
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {}
        for field in dataclasses.fields(value):
            item = getattr(value, field.name)
            if field.name in LINE_FIELDS:
                changes[field.name] = 0 if item is not None else None
            else:
                changes[field.name] = bare(item)
        return dataclasses.replace(value, **changes)
    if isinstance(value, tuple):
        return tuple(bare(item) for item in value)
    return value


def _paragraph_lines(paragraph: Paragraph) -> set[int]:
    return {paragraph.line, *(line for _, line in paragraph.breaks)}


def _article_lines(article: Article) -> set[int]:
    """Every line an article's elements point at."""
    lines = {article.title_line, article.line_end}
    if article.pub_date_line is not None:
        lines.add(article.pub_date_line)
    for paragraph in article.paragraphs:
        lines |= _paragraph_lines(paragraph)
    if article.citation is not None:
        lines.add(article.citation.line)
    return lines


def _changed_article_lines(clean: Article, faulty: Article, located: Article) -> set[int]:
    lines: set[int] = set()
    for field in dataclasses.fields(Article):
        name = field.name
        if name in LINE_FIELDS or bare(getattr(clean, name)) == bare(getattr(faulty, name)):
            continue
        if name == "paragraphs":
            if len(clean.paragraphs) != len(faulty.paragraphs):
                lines |= {located.title_line, located.line_end}
            for index, paragraph in enumerate(located.paragraphs):
                before = clean.paragraphs[index] if index < len(clean.paragraphs) else None
                if before is None or bare(before) != bare(faulty.paragraphs[index]):
                    lines |= _paragraph_lines(paragraph)
        elif name == "citation":
            lines.add(located.citation.line if located.citation else located.line_end)
        elif name in ("pub_date_text", "published_at") and located.pub_date_line is not None:
            lines.add(located.pub_date_line)
        else:  # title, section, url, guid, pub_date_text, published_at
            lines.add(located.title_line)
    return lines


def fault_lines(clean: Bulletin, faulty: Bulletin, located: Bulletin) -> set[int]:
    """The lines, taken from ``located`` (``faulty`` with its lines set, e.g. rendered), of every
    element where ``faulty`` differs from ``clean``; a copy with no difference at all is a fault of
    the bulletin as a whole, reported at its issue-date line."""
    lines: set[int] = set()
    for field in dataclasses.fields(Bulletin):
        name = field.name
        before, after = getattr(clean, name), getattr(faulty, name)
        if name in LINE_FIELDS or bare(before) == bare(after):
            continue
        if name in ("sections", "toc", "articles"):
            for index, element in enumerate(getattr(located, name)):
                old = before[index] if index < len(before) else None
                new = after[index]
                if old is not None and bare(old) == bare(new):
                    continue
                if name != "articles":
                    lines.add(element.line)
                elif old is None:
                    lines |= _article_lines(element)
                else:
                    lines |= _changed_article_lines(old, new, element)
        elif name == "channel":
            assert located.channel is not None
            lines.add(located.channel.line)
        else:
            line = getattr(located, _BULLETIN_FIELD_LINES.get(name, "issue_date_line"))
            lines.add(line if line is not None else located.issue_date_line)
    return lines or {located.issue_date_line}
