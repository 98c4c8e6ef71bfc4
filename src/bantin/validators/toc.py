"""Table-of-contents rules: numbering, page numbers, and agreement with the body."""

from __future__ import annotations

import difflib
from collections.abc import Iterator, Sequence
from dataclasses import replace

from bantin import patterncache
from bantin.model import Article, Bulletin, TocEntry
from bantin.parsers.notes import names_writers
from bantin.parsers.text import TITLE_PART_BREAK, section_words, title_words
from bantin.validators.edits import replace_toc_entry
from bantin.validators.finding import Severity
from bantin.validators.registry import Hit, register_rule

_DIGITS_RE = patterncache.compile(r"\d+")


def _number(entry: TocEntry) -> int | None:
    """The number an entry counts with: its last ("1.2" under section 1 counts 2)."""
    found = _DIGITS_RE.findall(entry.number)
    return int(found[-1]) if found else None


def _renumber(bulletin: Bulletin) -> Bulletin | None:
    """Give the middle TOC entry a number far past its neighbours."""
    if not bulletin.toc:
        return None
    index = len(bulletin.toc) // 2
    entry = bulletin.toc[index]
    number = _number(entry)
    if number is None:
        return None
    last = list(_DIGITS_RE.finditer(entry.number))[-1]
    printed = f"{entry.number[: last.start()]}{number + 10}{entry.number[last.end() :]}"
    return replace_toc_entry(bulletin, index, replace(entry, number=printed))


@register_rule(
    "toc.numbering",
    Severity.ERROR,
    description="TOC numbers do not run 1, 2, 3, … (gap, duplicate, out of order, not from 1), "
    "through the whole TOC or, where every section starts again at 1, through each section",
    example="TOC jumps from 4 to 6",
    inject=_renumber,
)
def check_numbering(bulletin: Bulletin) -> Iterator[Hit]:
    for run in _numbered_runs(bulletin.toc):
        yield from _check_run(run)


def _numbered_runs(toc: Sequence[TocEntry]) -> list[Sequence[TocEntry]]:
    """The runs of entries numbered 1, 2, 3, …: the whole TOC, or each section's entries where
    every one of two or more sections starts again at 1 ("I. TIN TRUNG ƯƠNG: 1, 2, 3; II. TIN
    ĐỊA PHƯƠNG: 1, 2"), as some digests number them."""
    starts = [i for i, entry in enumerate(toc) if i == 0 or entry.section != toc[i - 1].section]
    if (
        len(starts) < 2
        or any(entry.section is None for entry in toc)
        or any(_number(toc[i]) != 1 for i in starts)
    ):
        return [toc]
    return [toc[start:end] for start, end in zip(starts, [*starts[1:], len(toc)], strict=True)]


def _check_run(run: Sequence[TocEntry]) -> Iterator[Hit]:
    # An entry is in sequence when it follows the printed number before it, or when it continues
    # the run of the last good entry (so a lone wrong number or a swap is reported only where it is).
    previous: int | None = 0
    anchor, anchor_at = 0, -1
    for position, entry in enumerate(run):
        number = _number(entry)
        if number is None:
            yield Hit(entry.line, f"TOC number {entry.number!r} is not a number")
            previous = None
            continue
        follows = previous is not None and number == previous + 1
        continues = number == anchor + (position - anchor_at)
        if follows or continues:
            anchor, anchor_at = number, position
        else:
            yield Hit(entry.line, _numbering_message(previous, number))
        previous = number


def _numbering_message(previous: int | None, number: int) -> str:
    if previous == 0:
        return f"TOC starts at {number}, not 1"
    if previous is None:
        return f"TOC number {number} follows an entry without a number"
    if number == previous:
        return f"TOC repeats number {number}"
    if number < previous:
        return f"TOC goes back from {previous} to {number}"
    return f"TOC jumps from {previous} to {number}"


def _lower_page(bulletin: Bulletin) -> Bulletin | None:
    """Print a page lower than the previous entry's, or give a section its first entry's page + 1."""
    firsts = {e.section: i for i, e in reversed(list(enumerate(bulletin.toc)))}
    for index in range(1, len(bulletin.toc)):
        entry, before = bulletin.toc[index], bulletin.toc[index - 1]
        if firsts.get(entry.section) == index or entry.page is None or before.page is None:
            continue
        if before.page >= 2:
            return replace_toc_entry(bulletin, index, replace(entry, page=before.page - 1))
    for s_index, section in enumerate(bulletin.sections):
        first = next((e for e in bulletin.toc if e.section == section.name), None)
        if section.page is not None and first is not None:
            page = first.page
            if page is not None:
                sections = list(bulletin.sections)
                sections[s_index] = replace(section, page=page + 1)
                return replace(bulletin, sections=tuple(sections))
    return None


#: How many pages before its first entry's a section's heading may be listed at: the foot of the
#: page before, where a layout sets a heading its first article does not fit under.
_HEADING_PAGES_BEFORE = 1


@register_rule(
    "toc.pages",
    Severity.ERROR,
    description="a TOC page number decreases (a section's heading counted in its place), or a "
    "section's page is neither its first entry's nor the one before it (a heading printed at "
    "the foot of the page before its first article)",
    example="TOC page goes back from 7 to 5",
    inject=_lower_page,
)
def check_pages(bulletin: Bulletin) -> Iterator[Hit]:
    previous: int | None = None
    for entry in bulletin.toc:
        if entry.page is None:
            continue
        if previous is not None and entry.page < previous:
            yield Hit(entry.line, f"TOC page goes back from {previous} to {entry.page}")
        previous = entry.page
    for section in bulletin.sections:
        if section.page is None:
            continue
        first = next((e for e in bulletin.toc if e.section == section.name), None)
        if first is None or first.page is None:
            continue
        if not first.page - _HEADING_PAGES_BEFORE <= section.page <= first.page:
            yield Hit(
                section.line,
                f"section {section.name!r} is on page {section.page} in the TOC "
                f"but its first entry is on page {first.page}",
            )
            continue
        at = bulletin.toc.index(first)
        before = [e.page for e in bulletin.toc[:at] if e.page is not None]
        if before and section.page < before[-1]:
            yield Hit(
                section.line,
                f"section {section.name!r} is on page {section.page} in the TOC, "
                f"before the page of the entry above it ({before[-1]})",
            )


def _retitle(bulletin: Bulletin) -> Bulletin | None:
    """Change the middle TOC entry's title so it no longer matches its article."""
    if not bulletin.toc or len(bulletin.toc) != len(bulletin.articles):
        return None
    index = len(bulletin.toc) // 2
    entry = bulletin.toc[index]
    return replace_toc_entry(bulletin, index, replace(entry, title=entry.title + " (tiếp theo)"))


def _short(title: str, width: int = 60) -> str:
    title = " ".join(title.split())
    return title if len(title) <= width else title[: width - 1] + "…"


@register_rule(
    "toc.body-mismatch",
    Severity.ERROR,
    description="the TOC and the body disagree: count, order, titles (by their words and numbers, "
    "not their punctuation or where a tone is placed: 'hóa' is 'hoá'; a TOC title shortened with "
    "an ellipsis, without a part at a colon or dash, or with its writer in parentheses after it, "
    "'… (ThS. Lê Nam)', names its article) or sections",
    example="TOC entry 3 'Hà Giang mở rộng dịch vụ công…' does not match body title 'Hà Giang: …'",
    inject=_retitle,
)
def check_body(bulletin: Bulletin) -> Iterator[Hit]:
    if not bulletin.toc:
        return
    toc, articles = bulletin.toc, bulletin.articles
    if len(toc) == len(articles) and all(
        entry.title == article.title for entry, article in zip(toc, articles, strict=True)
    ):  # printed alike, so alike compared: entry i is article i, only the sections may differ
        for i in range(len(toc)):
            yield from _section_hit(bulletin, i, i)
        return
    toc_keys = [title_words(e.title) for e in toc]
    body_keys = [title_words(a.title) for a in articles]
    _pair_shortened_titles(toc, articles, toc_keys, body_keys)
    matcher = difflib.SequenceMatcher(a=toc_keys, b=body_keys, autojunk=False)
    missing: list[int] = []  # TOC entries without an article at their place
    extra: list[int] = []  # articles without a TOC entry at their place
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            for i, j in zip(range(i1, i2), range(j1, j2), strict=True):
                yield from _section_hit(bulletin, i, j)
        elif tag == "replace":
            pairs = min(i2 - i1, j2 - j1)
            for k in range(pairs):
                i, j = i1 + k, j1 + k
                if toc_keys[i] in body_keys or body_keys[j] in toc_keys:
                    missing.append(i)
                    extra.append(j)
                    continue
                yield Hit(
                    toc[i].line,
                    f"TOC entry {toc[i].number.strip()} {_short(toc[i].title)!r} does not match "
                    f"body title {_short(articles[j].title)!r}",
                    article=j,
                )
            missing.extend(range(i1 + pairs, i2))
            extra.extend(range(j1 + pairs, j2))
        elif tag == "delete":
            missing.extend(range(i1, i2))
        elif tag == "insert":
            extra.extend(range(j1, j2))
    moved = set()
    for i in missing:
        found = next((j for j in extra if body_keys[j] == toc_keys[i] and j not in moved), None)
        if found is not None:
            j = found
            moved.add(j)
            yield Hit(
                toc[i].line,
                f"TOC entry {toc[i].number.strip()} {_short(toc[i].title)!r} is out of order: "
                f"it is article {j + 1} in the body",
                article=j,
            )
        else:
            yield Hit(
                toc[i].line,
                f"TOC entry {toc[i].number.strip()} {_short(toc[i].title)!r} has no article "
                f"in the body (TOC {len(toc)} entries, body {len(articles)} articles)",
            )
    for j in extra:
        if j not in moved:
            yield Hit(
                articles[j].title_line,
                f"article {j + 1} {_short(articles[j].title)!r} is not in the TOC "
                f"(TOC {len(toc)} entries, body {len(articles)} articles)",
                article=j,
            )


#: What cuts a title into its parts (``TITLE_PART_BREAK``).
_TITLE_PART_RE = patterncache.compile(TITLE_PART_BREAK)
#: The fewest words the part two printings of a title share must have to name one article.
_FEWEST_SHARED_WORDS = 4
#: What ends a title the TOC shortened: an ellipsis.
_ELLIPSES = ("…", "...")
#: The fewest characters (``title_words``) the kept start of a shortened title must have.
_SHORTEST_KEPT_START = 16


#: The writer a TOC names in parentheses after a title: "Title (Minh Châu)".
_BYLINE_RE = patterncache.compile(r"\s*\((?P<names>[^()]+)\)$")


def _parts(title: str) -> list[str]:
    """The ``title_words`` of each part of ``title`` (``_TITLE_PART_RE``)."""
    return [title_words(part) for part in _TITLE_PART_RE.split(title.strip()) if part.strip()]


def _without_one_end_part(title: str) -> set[str]:
    """``title``'s words without its first part or without its last ("Lào Cai: Số hóa …" without
    "Lào Cai", "… - Bước tiến mới" without "Bước tiến mới"), each long enough to name an article
    alone (``_FEWEST_SHARED_WORDS``)."""
    parts = _parts(title)
    if len(parts) < 2:
        return set()
    kept = {" ".join(parts[1:]), " ".join(parts[:-1])}
    return {key for key in kept if len(key.split()) >= _FEWEST_SHARED_WORDS}


def _same_title(listed: str, printed: str) -> bool:
    """Whether the TOC's ``listed`` title names the article the body titles ``printed`` though
    their words differ, as an editor shortens a TOC's line: cut with an ellipsis ("Lào Cai: Số
    hóa kết quả giải…"), or one title without a part the other has at its start or its end, at
    a colon or a dash ("Số hóa …" for "Lào Cai: Số hóa …", "Infographic: Số hóa …" for "Số hóa
    …", "Số hóa …" for "Số hóa … - Bước tiến mới"). The part both print must be a title of its
    own (``_FEWEST_SHARED_WORDS``): "Lào Cai: Số hóa hồ sơ" is no shortening of "Lào Cai: Số hóa
    hồ sơ cấp xã", and a word or number that differs still differs."""
    listed_key, printed_key = title_words(listed), title_words(printed)
    stripped = listed.rstrip()
    byline = _BYLINE_RE.search(stripped) if stripped.endswith(")") else None
    if (
        byline is not None
        and names_writers(byline["names"])
        and title_words(stripped[: byline.start()]) == printed_key
    ):
        return True  # "Title (Minh Châu)": the title, and its writer
    if stripped.endswith(_ELLIPSES):
        start = title_words(stripped.rstrip(".…"))
        if len(start) >= _SHORTEST_KEPT_START and printed_key.startswith(start):
            return True
    return listed_key in _without_one_end_part(printed) or printed_key in _without_one_end_part(
        listed
    )


def _pair_shortened_titles(
    toc: Sequence[TocEntry], articles: Sequence[Article], toc_keys: list[str], body_keys: list[str]
) -> None:
    """Give each TOC entry that names an article with other words (``_same_title``) that
    article's key in ``toc_keys``, so that the two compare alike: only an entry and an article
    that have no twin of their own printed alike, the article at the entry's place first."""
    listed, printed = set(toc_keys), set(body_keys)
    free = [j for j, key in enumerate(body_keys) if key not in listed]
    for i, entry in enumerate(toc):
        if toc_keys[i] in printed or not free:
            continue
        named = [j for j in free if _same_title(entry.title, articles[j].title)]
        found = min(named, key=lambda j: abs(j - i), default=None)  # nearest its place
        if found is not None:
            toc_keys[i] = body_keys[found]
            free.remove(found)


def _section_hit(bulletin: Bulletin, i: int, j: int) -> Iterator[Hit]:
    entry, article = bulletin.toc[i], bulletin.articles[j]
    if entry.section is None or article.section is None or entry.section == article.section:
        return
    if section_words(entry.section) != section_words(article.section):
        yield Hit(
            entry.line,
            f"TOC lists {_short(entry.title)!r} under {entry.section!r} "
            f"but the body has it under {article.section!r}",
            article=j,
        )
