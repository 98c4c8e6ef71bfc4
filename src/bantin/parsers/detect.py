"""Recognise a source's format from its content, never from its file name."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from html import unescape
from itertools import islice

from bantin import patterncache
from bantin.model import SourceFormat
from bantin.parsers.digest import plain_line
from bantin.parsers.feed_text import CHANNEL_RE
from bantin.parsers.print_text import ISSUE_DATE_RE
from bantin.parsers.text import clean_line, clean_words, comparable
from bantin.parsers.web_text import WEB_CHROME_LINES, WEB_TITLE_RE, web_title_index
from bantin.parsers.xml_read import php_messages_blanked

#: Root elements of the XML feeds bantin reads: RSS 0.9x/2.0, RSS 1.0 (any prefix) and Atom.
_FEED_ROOT_RE = patterncache.compile(r"<(?:[A-Za-z_][\w.-]*:)?(?:rss|RDF|feed)[\s>/]")
_PRINT_TITLE = comparable("BẢN TIN CẢI CÁCH HÀNH CHÍNH")
#: How many of its first lines hold a print digest's masthead.
_MASTHEAD_LINES = 30


def _prolog_end(text: str) -> int:
    """Where the root element of an XML document starts: after its declaration, processing
    instructions (``<?xml-stylesheet?>``), comments of any length and white space, or where
    its DOCTYPE starts (the XML parser judges it). -1 when the text does not start like XML
    (linear: each item is skipped with ``str.find``)."""
    position = 0
    while True:
        # A byte-order mark after white space (a script's file included after a blank line)
        # is passed over as white space is: the feed reader blanks it too.
        while position < len(text) and (text[position].isspace() or text[position] == "\ufeff"):
            position += 1
        for opening, closing in (("<?", "?>"), ("<!--", "-->")):
            if text.startswith(opening, position):
                end = text.find(closing, position + len(opening))
                if end < 0:
                    return -1
                position = end + len(closing)
                break
        else:
            return position if text.startswith("<", position) else -1


def is_xml_feed(text: str) -> bool:
    """Whether ``text`` is an XML document whose root is an RSS, RSS 1.0 or Atom feed element
    (or that declares a DOCTYPE, which the feed parser refuses or reads). PHP diagnostics a
    site's script printed before its feed are passed over (the feed reader blanks them)."""
    text = php_messages_blanked(text) or text
    start = _prolog_end(text)
    if start < 0:
        return False
    return text.startswith("<!DOCTYPE", start) or _FEED_ROOT_RE.match(text, start) is not None


#: An HTML document's opening after the prolog: its doctype ("<!DOCTYPE html>", XHTML's "<!DOCTYPE
#: html PUBLIC …>") or its root element ("<html>", "<html lang=…>").
_HTML_OPENING_RE = patterncache.compile(r"<!DOCTYPE\s+html\b|<html[\s>]", re.IGNORECASE)
#: The page's title, looked for in its head ("<title>Just a moment...</title>").
_HTML_TITLE_RE = patterncache.compile(r"<title\b[^>]*>([^<]{1,200})</title\s*>", re.IGNORECASE)
#: How far into a page its title is looked for: a head that long holds it.
_HTML_HEAD_CHARS = 8000


@dataclass(frozen=True)
class HtmlPage:
    """An HTML page where a bulletin or a feed was expected: the line its document starts on
    and the title it shows (empty when it has none)."""

    line: int
    title: str


def html_page(text: str) -> HtmlPage | None:
    """The HTML page ``text`` is (a site's error, login, captcha or anti-bot check page saved in
    place of its feed), told by its doctype or ``<html>`` root after the XML prolog; None for
    any other text."""
    head = text.lstrip("\ufeff")
    start = _prolog_end(head)
    if start < 0 or _HTML_OPENING_RE.match(head, start) is None:
        return None
    title = _HTML_TITLE_RE.search(head, start, start + _HTML_HEAD_CHARS)
    shown = clean_words(unescape(title[1])) if title else ""
    return HtmlPage(head.count("\n", 0, start) + 1, shown)


def _first_lines(text: str, count: int) -> Iterator[str]:
    """``text.split("\\n", count)[:count]``, each line cut only when it is asked for."""
    start = 0
    for _ in range(count):
        end = text.find("\n", start)
        if end < 0:
            yield text[start:]
            return
        yield text[start:end]
        start = end + 1


def detect_format(text: str) -> SourceFormat | None:
    """The format of ``text``, or None when it looks like no bulletin bantin knows."""
    head = text.lstrip("\ufeff")
    if is_xml_feed(head):
        return SourceFormat.FEED_XML
    # A page copied by an HTML-to-text tool may print the lines that tell as headings or in bold
    # ("## …", "**…**"): looked at again without the marks, only when the lines as printed tell
    # nothing (most texts tell at once).
    return _text_format(head, lambda line: line) or _text_format(head, plain_line)


def _text_format(head: str, plain: Callable[[str], str]) -> SourceFormat | None:
    """``detect_format`` of a text that is no XML feed, each line read through ``plain``."""
    # Lines are cut and cleaned lazily, as far as needed: a web or feed text is told by its
    # first line.
    lines = (plain(clean_line(line)).strip() for line in _first_lines(head, 80))
    content = (line for line in lines if line)
    first = next(content, None)
    if first is None:
        return None
    if WEB_TITLE_RE.match(first):
        return SourceFormat.WEB_TEXT
    if CHANNEL_RE.match(first):
        return SourceFormat.FEED_TEXT
    masthead = [first, *islice(content, _MASTHEAD_LINES - 1)]
    if any(ISSUE_DATE_RE.match(line) for line in masthead):
        return SourceFormat.PRINT_TEXT
    # Only a text with no print masthead reads on, as far as a web title may stand.
    head_lines = [*masthead, *islice(content, WEB_CHROME_LINES + 1 - len(masthead))]
    # A web page's title under the site's chrome (its breadcrumbs, its name, its menu, which may
    # link the series' page by its name: "Bản tin cải cách hành chính") before the print title.
    if web_title_index(head_lines) is not None:
        return SourceFormat.WEB_TEXT
    if any(comparable(line) == _PRINT_TITLE for line in masthead):
        return SourceFormat.PRINT_TEXT
    return None
