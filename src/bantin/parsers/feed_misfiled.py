"""Tell what was saved where a feed was expected and is none, and say what it is.

A JSON document:
bantin reads feeds as RSS or Atom XML. A site may give its posts as a JSON Feed (jsonfeed.org,
``application/feed+json``: WordPress's JSON Feed plugin, Ghost, Micro.blog) or as its REST API's
list of posts (WordPress's ``/wp-json/wp/v2/posts``), and either may be saved under a ``.xml`` or
``.rss`` name. Read as XML it is "not a bulletin" with no word of why; this module names it.

A feed copied from a web browser's XML viewer: the browser's banner opens it ("This XML file
does not appear to have any style information associated with it…", Chrome's and Firefox's),
and the tree it shows is the feed as displayed, its escaped markup and references resolved, so
that it may parse into other elements and lose text: it is named, not read.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from bantin import patterncache
from bantin.parsers.text import clean_words

#: A JSON Feed's ``version`` member: "https://jsonfeed.org/version/1.1" (1 and 1.1).
_JSON_FEED_VERSION_RE = patterncache.compile(
    r'"version"\s*:\s*"(?P<url>https?:(?:\\?/){2}jsonfeed\.org(?:\\?/)version(?:\\?/)(?P<v>[\w.]+))"'
)
#: How far into a document a JSON Feed's ``version`` is looked for when the document does not
#: parse (a download cut short): a feed writes it among its first members.
_JSON_FEED_HEAD = 4000


@dataclass(frozen=True)
class Misfiled:
    """What was saved where a feed was expected: the line that tells what it is, and the reason
    the file is refused (what it is, and what to save instead)."""

    line: int
    reason: str


def misfiled(text: str) -> Misfiled | None:
    """What ``text`` is when it is no feed saved where one was expected (a JSON document, a PHP
    error, a browser's view of a feed); None when it is none of them."""
    return json_document(text) or php_failure(text) or browser_view(text)


def json_document(text: str) -> Misfiled | None:
    """The JSON document ``text`` is (a JSON Feed, or any JSON that parses), told by its first
    character ("{" or "[") and its ``version`` or by parsing it; None for any other text. The
    line is a JSON Feed's ``version``, else where the document starts."""
    head = text.lstrip("\ufeff \t\r\n")
    if not head.startswith(("{", "[")):
        return None
    start = len(text) - len(head)
    version = _JSON_FEED_VERSION_RE.search(text, start, start + _JSON_FEED_HEAD)
    try:
        value = json.loads(head)
    except ValueError:  # json.JSONDecodeError, and a recursion too deep
        value = None
        if version is None:
            return None  # text that opens with a bracket, not JSON
    except RecursionError:
        return None
    if version is not None:
        line = text.count("\n", 0, version.start()) + 1
        return Misfiled(line, _json_reason(_json_feed(version["v"], value)))
    return Misfiled(text.count("\n", 0, start) + 1, _json_reason(_other_json(value)))


def _json_feed(version: str, value: object) -> str:
    """A JSON Feed described: its version, title and number of items, as far as it is read."""
    described = f"a JSON Feed (jsonfeed.org, version {version})"
    if not isinstance(value, dict):
        return described + ", cut short (it does not parse as JSON)"
    title = value.get("title")
    if isinstance(title, str) and clean_words(title):
        described += f" titled {clean_words(title)!r}"
    items = value.get("items")
    if isinstance(items, list):
        described += f" with {_count(len(items), 'item')}"
    return described


def _other_json(value: object) -> str:
    """A JSON document that is no JSON Feed described: a list of WordPress posts (objects with a
    ``title`` whose ``rendered`` holds the text, the REST API's form) or any JSON."""
    if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
        first = value[0]
        title = first.get("title")
        if isinstance(title, dict) and "rendered" in title:
            return f"a WordPress REST API list of posts ({_count(len(value), 'post')}, JSON)"
    return "a JSON document"


def _count(number: int, noun: str) -> str:
    """ "1 item", "2 items"."""
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def _json_reason(what: str) -> str:
    """The reason a JSON document (``what`` it is) is refused, saying what to fetch instead."""
    return (
        f"the file is {what}, not an RSS or Atom feed or a bulletin: bantin reads "
        "feeds in RSS or Atom XML; save the site's RSS or Atom feed instead (WordPress gives "
        "it at the site's address followed by /feed/)"
    )


#: The banner a web browser's XML viewer shows above a feed it displays as a tree (Chromium's and
#: Firefox's wording), which a copy of the page takes along.
_BROWSER_VIEW_RE = patterncache.compile(
    r"\A[\ufeff\s]*This XML file does not appear to have any style information",
    re.IGNORECASE,
)


def browser_view(text: str) -> Misfiled | None:
    """A feed copied from a browser's XML viewer, at the line of the viewer's banner that opens
    ``text``; None when it opens otherwise."""
    match = _BROWSER_VIEW_RE.match(text)
    if match is None:
        return None
    return Misfiled(text.count("\n", 0, match.end()) + 1, _BROWSER_VIEW_REASON)


#: The reason a feed copied from a browser's XML viewer is refused.
_BROWSER_VIEW_REASON = (
    "the file is a feed as a web browser's XML viewer shows it (its banner 'This XML file "
    "does not appear to have any style information…'), copied from the page: the copy "
    "shows the feed's escaped markup and references as text, so it may not read as it was "
    "published; save the feed itself (download its address, or the browser's Save Page As) "
    "instead"
)


#: A PHP error that stopped a site's script before it printed its feed: "Fatal error: …",
#: "Parse error: …", as PHP prints them into a page ("<br />\n<b>Fatal error</b>:  …").
_PHP_FAILURE_RE = patterncache.compile(
    r"\A[\ufeff\s]*(?:<br\s*/?>\s*)?(?:<b>)?(?:PHP\s+)?(?P<kind>Fatal error|Parse error)(?:</b>)?:"
    r"\s*(?P<message>[^\n<]{0,120})",
    re.IGNORECASE,
)


def php_failure(text: str) -> Misfiled | None:
    """The PHP error a site's script stopped with, printed where its feed was expected
    (``_PHP_FAILURE_RE``), at its line; None when the text opens otherwise."""
    match = _PHP_FAILURE_RE.match(text)
    if match is None:
        return None
    message = re.sub(r"\s+on\s+line$", "", clean_words(match["message"]))
    shown = f"{match['kind']}: {message}".rstrip(": ")
    return Misfiled(
        text.count("\n", 0, match.start("kind")) + 1,
        f"the file is a PHP error the site's script stopped with ({shown!r}), printed where "
        "its feed was expected: no feed was sent; fetch the feed again later, or tell the site",
    )
