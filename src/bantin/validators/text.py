"""Text rules: characters that must not be published, text that lost letters to "?" or U+FFFD, and
text decoded with the wrong encoding."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from bantin import patterncache
from bantin.model import Bulletin, Paragraph
from bantin.parsers.garbage import (
    MISDECODED_CHAR_RE,
    MISDECODED_MIN_WORDS,
    UNSAFE_RE,
    describe,
    how_misdecoded,
    lost_characters,
    misdecoded_words,
    unsafe_characters,
)
from bantin.parsers.scan import Scan
from bantin.validators.edits import first_index, replace_article, respliced
from bantin.validators.finding import Severity
from bantin.validators.registry import Hit, Withholds, register_rule


@dataclass(frozen=True)
class _Piece:
    """One published string of a bulletin, where it comes from and how to find the line of an
    offset in it."""

    what: str
    text: str
    line_at: Callable[[int], int | None]
    article: int | None = None


def _fixed(line: int | None) -> Callable[[int], int | None]:
    return lambda _offset: line


def _pieces(bulletin: Bulletin) -> Iterator[_Piece]:
    date_line = _fixed(bulletin.issue_date_line)
    yield _Piece("the bulletin title", bulletin.title, date_line)
    yield _Piece("the issue date", bulletin.issue_date_text, date_line)
    if bulletin.weekday_printed:
        yield _Piece("the weekday", bulletin.weekday_printed, _fixed(bulletin.weekday_line))
    if bulletin.editor:
        yield _Piece("the editor", bulletin.editor, _fixed(bulletin.editor_line))
    for section in bulletin.sections:
        yield _Piece("a section name", section.name, _fixed(section.line))
    for entry in bulletin.toc:
        yield _Piece(f"TOC entry {entry.number}", entry.title, _fixed(entry.line))
        if entry.section:
            yield _Piece(f"TOC entry {entry.number}", entry.section, _fixed(entry.line))
    if bulletin.channel is not None:
        channel = bulletin.channel
        for text in (channel.title, channel.link, channel.description, channel.generator):
            yield _Piece("the feed channel", text, _fixed(channel.line))
    for index, article in enumerate(bulletin.articles):
        where = f"article {index + 1}"
        title_line = _fixed(article.title_line)
        yield _Piece(f"the title of {where}", article.title, title_line, index)
        if article.section:
            yield _Piece(f"the section of {where}", article.section, title_line, index)
        for field in (article.url, article.guid, article.pub_date_text):
            if field:
                yield _Piece(f"{where}", field, title_line, index)
        for paragraph in article.paragraphs:
            yield _Piece(f"the body of {where}", paragraph.text, paragraph.line_at, index)
        for citation in article.citations:
            for text in (citation.outlet, citation.date_text, *citation.authors):
                yield _Piece(f"the citation of {where}", text, _fixed(citation.line), index)


def _first_body(bulletin: Bulletin) -> tuple[int, Paragraph] | None:
    index = first_index(bulletin.articles, lambda a: any(p.text for p in a.paragraphs))
    if index is None:
        return None
    return index, next(p for p in bulletin.articles[index].paragraphs if p.text)


def _edit_first_body(bulletin: Bulletin, edit: Callable[[Paragraph], Paragraph]) -> Bulletin | None:
    found = _first_body(bulletin)
    if found is None:
        return None
    index, paragraph = found
    article = bulletin.articles[index]
    paragraphs = tuple(edit(p) if p is paragraph else p for p in article.paragraphs)
    return replace_article(bulletin, index, replace(article, paragraphs=paragraphs))


# ---------------------------------------------------------------- text.control-char


_SENTENCE_START_RE = patterncache.compile(r"(?<=[.!?…]) (?=\S)")


def _plant_override(bulletin: Bulletin) -> Bulletin | None:
    def edit(paragraph: Paragraph) -> Paragraph:
        # At the sentence start nearest the middle (else the paragraph's start): inside a word or
        # a number ("1\u202e0/13") the override would also change what other rules read. A page
        # break after it moves on with the text, so it cuts no number either.
        text = paragraph.text
        starts = [0, *(m.end() for m in _SENTENCE_START_RE.finditer(text))]
        at = min(starts, key=lambda start: abs(start - len(text) // 2))
        return respliced(paragraph, at, at, "\u202e")

    return _edit_first_body(bulletin, edit)


@register_rule(
    "text.control-char",
    Severity.ERROR,
    description="a control character (NUL, C0, DEL, C1) or a bidirectional override/isolate "
    "(U+202A-U+202E, U+2066-U+2069) in published text; it is never published (one finding per "
    "text, at its first such character, counting the rest)",
    example="U+202E RIGHT-TO-LEFT OVERRIDE in the body of article 2 (column 41)",
    inject=_plant_override,
    withholds=Withholds.ARTICLE,
)
def check_control_characters(bulletin: Bulletin, scan: Scan | None = None) -> Iterator[Hit]:
    scan = scan or Scan(bulletin)
    # The usual case: the published texts are printable, and every unsafe character is a control
    # or a format character, which is not. Else one scan of them may still find nothing.
    if scan.printable or UNSAFE_RE.search(scan.published) is None:
        return
    for piece in _pieces(bulletin):
        found = list(unsafe_characters(piece.text))
        if not found:
            continue
        # One finding per text, at its first such character, as text.lost-char gives: a text
        # decoded as Latin-1 holds two C1 controls for each curly quote, thousands in a page.
        offset, char = found[0]
        more = f"; {len(found) - 1} more in it" if len(found) > 1 else ""
        yield Hit(
            piece.line_at(offset),
            f"{describe(char)} in {piece.what} (column {offset + 1}){more}",
            article=piece.article,
        )


# ---------------------------------------------------------------- text.lost-char


_LOWER_WORD_RE = patterncache.compile(r"\b[^\W\d_A-Z]*[^\W\d_]\b")


def _lose_letters(bulletin: Bulletin) -> Bulletin | None:
    """Lose the inner non-ASCII letters of one lower-case word (names are left alone)."""
    found = _first_body(bulletin)
    if found is None:
        return None
    word = next(
        (
            m
            for m in _LOWER_WORD_RE.finditer(found[1].text)
            if m.group().islower() and any(not c.isascii() for c in m.group()[1:-1])
        ),
        None,
    )
    if word is None:
        return None
    text, (start, end) = word.group(), word.span()
    lost = text[0] + "".join("?" if not c.isascii() else c for c in text[1:-1]) + text[-1]
    return _edit_first_body(bulletin, lambda body: respliced(body, start, end, lost))


def _may_have_lost_letters(text: str) -> bool:
    """Whether ``text`` holds U+FFFD, or "?"s between a letter or digit and a lower-case letter, as
    every lost letter ``lost_characters`` reports does: substring searches instead of its pattern
    (a question mark ends a word and is followed by a space or a capital)."""
    if "\ufffd" in text:
        return True
    at = text.find("?", 1)
    while at != -1:
        end = at + 1
        while text.startswith("?", end):
            end += 1
        if text[at - 1].isalnum() and text[end : end + 1].islower():
            return True
        at = text.find("?", end)
    return False


@register_rule(
    "text.lost-char",
    Severity.ERROR,
    description="letters replaced by '?' inside words or by U+FFFD: the text was converted "
    "through an encoding that could not hold them",
    example="3 letters lost to '?' in the body of article 1, first at column 2: 'B?n tin'",
    inject=_lose_letters,
    withholds=Withholds.ARTICLE,
)
def check_lost_characters(bulletin: Bulletin, scan: Scan | None = None) -> Iterator[Hit]:
    # The separating space is neither a letter nor a digit: no lost letter spans two texts.
    if not _may_have_lost_letters((scan or Scan(bulletin)).published):
        return  # the usual case: no text holds what a lost letter leaves
    for piece in _pieces(bulletin):
        found = list(lost_characters(piece.text))
        if not found:
            continue
        offset, mark = found[0]
        shown = "U+FFFD" if mark == "\ufffd" else "'?'"
        start = max(0, offset - 10)
        context = piece.text[start : offset + 10].split()
        noun = "letter" if len(found) == 1 else "letters"
        yield Hit(
            piece.line_at(offset),
            f"{len(found)} {noun} lost to {shown} in {piece.what}, first at column {offset + 1}:"
            f" {' '.join(context)!r}",
            article=piece.article,
        )


# ---------------------------------------------------------------- text.mojibake


def as_read_in_cp1252(text: str) -> str:
    """``text`` as a reader that takes its UTF-8 bytes for Windows-1252 shows it ("Cải cách" ->
    "Cáº£i cÃ¡ch"); words holding a byte Windows-1252 leaves undefined, a no-break space or a soft
    hyphen (which bantin's reading would change) are kept as they are."""
    words = []
    for word in text.split(" "):
        try:
            shown = word.encode("utf-8").decode("cp1252")
        except UnicodeDecodeError:
            shown = word
        words.append(word if "\u00a0" in shown or "\u00ad" in shown else shown)
    return " ".join(words)


def _misdecode_a_paragraph(bulletin: Bulletin) -> Bulletin | None:
    """Show the last paragraph of the first article with two or more as a reader taking UTF-8
    for Windows-1252 would (the first, where the lead names the article's place, stays)."""
    for index, article in enumerate(bulletin.articles):
        if len(article.paragraphs) < 2:
            continue
        last = article.paragraphs[-1]
        shown = as_read_in_cp1252(last.text)
        if not misdecoded_words(shown):
            continue
        changed = replace(last, text=shown, breaks=())
        paragraphs = (*article.paragraphs[:-1], changed)
        return replace_article(bulletin, index, replace(article, paragraphs=paragraphs))
    return None


@register_rule(
    "text.mojibake",
    Severity.ERROR,
    description="text decoded with the wrong encoding (mojibake): UTF-8 read as Windows-1252 "
    f"('Cáº£i cÃ¡ch'), or typed in a legacy font encoding, TCVN3/ABC ('c¸ch') or VNI ('caùch'), "
    f"in {MISDECODED_MIN_WORDS} or more words of one text; a few foreign names ('München') are not",
    example="12 words decoded with the wrong encoding in the body of article 3, first at column "
    "1: 'Cáº£i cÃ¡ch hÃ' (UTF-8 read as Windows-1252: 'Cáº£i' is 'Cải', 'cÃ¡ch' is 'cách')",
    inject=_misdecode_a_paragraph,
    withholds=Withholds.ARTICLE,
)
def check_misdecoded_text(bulletin: Bulletin, scan: Scan | None = None) -> Iterator[Hit]:
    if MISDECODED_CHAR_RE.search((scan or Scan(bulletin)).published) is None:
        return  # the usual case: no text holds a character such text is made of
    for piece in _pieces(bulletin):
        found = misdecoded_words(piece.text)
        if not found:
            continue
        offset = found[0][0]
        shown = [word for _, word in found[:3]]
        yield Hit(
            piece.line_at(offset),
            f"{len(found)} words decoded with the wrong encoding in {piece.what}, first at "
            f"column {offset + 1}: {' '.join(shown)!r} ({how_misdecoded(shown)})",
            article=piece.article,
        )
