"""Turn the HTML (or plain text) of a feed item's body into paragraphs that keep their source lines.

Text is kept, markup is dropped: images and thumbnails (an ``<img alt>`` is not text), links
(their words stay), scripts and styles. Block elements and ``<br>`` outside a paragraph (``</br>``
too, as some sites write it) separate paragraphs; a ``<br>`` inside a paragraph is a space. A
table's row is one paragraph, its cells' paragraphs joined by " | " ("1 | Xã An Hòa | 99,2%"),
so that a figure in a cell is read with its row, not alone.

What a reader of the page never sees as the article's text is dropped with its content: a
document's ``<head>``, an article's ``<header>`` (its title, lead and time, repeated), a
"read more" link (WordPress's ``more-link``, "Đọc tiếp …") and text for screen readers only
(``screen-reader-text``, ``sr-only``, ``visually-hidden``), which repeats the post's title. So is
the mark an excerpt ends with ("[…]").
"""

from __future__ import annotations

import re
from functools import lru_cache
from html import unescape
from html.parser import HTMLParser

from bantin import patterncache
from bantin.model import Paragraph
from bantin.parsers.text import clean_words

#: Elements whose text is one paragraph; a ``<br>`` inside them is a line break, not a new one.
_TEXT_BLOCKS = frozenset(
    {"p", "figcaption", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "td", "th", "pre"}
)
#: What joins the paragraphs of a table row's cells into the row's one paragraph.
CELL_SEPARATOR = " | "
#: Elements that only hold blocks: their edges end the paragraph before them.
_CONTAINERS = frozenset(
    {"div", "section", "article", "footer", "aside", "figure", "blockquote", "ul", "ol"}
    | {"dl", "table", "thead", "tbody", "tfoot", "hr", "center", "address", "main", "nav"}
)
#: Every element that ends the paragraph before it: a table's row too.
_BLOCKS = _TEXT_BLOCKS | _CONTAINERS | {"tr"}
#: Elements skipped with their content: code, and a document's head and an article's header
#: (an Instant Article's body, as NukeViet's feeds give it, opens with a header that repeats the
#: title, the lead, the category and the time: read, each figure was published twice).
_SKIPPED = frozenset({"script", "style", "noscript", "template", "head", "header"})
#: Classes of elements that are no part of the article's text: WordPress's and Joomla's
#: ("feed-readmore") "read more" link, FeedBurner's share links and
#: text shown to screen readers only (it repeats the post's title), in the names themes use.
HIDDEN_CLASSES = frozenset(
    {"more-link", "read-more", "readmore", "feed-readmore"}  # "read more" links
    | {"feedflare"}  # FeedBurner's row of share links after an item's text
    | {"screen-reader-text", "sr-only", "visually-hidden"}  # text for screen readers only
    # Links to other posts a plugin or a CMS adds after the text (WordPress's YARPP in feeds,
    # a portal's "tin liên quan" box): their titles and figures are other articles'.
    | {"yarpp-related", "yarpp-related-rss", "jp-relatedposts", "related-posts"}
    | {"tinlienquan", "tin-lien-quan"}
    # WordPress's file block prints a download button after the file's link ("Tải xuống",
    # "Download"): read, its label was glued to the file's name ("Kế hoạch CCHCTải xuống").
    | {"wp-block-file__button"}
)
#: An inline style that hides its element ("display: none", "visibility:hidden"): a site's
#: text kept in the page for its scripts, which no reader sees.
_HIDING_STYLE_RE = patterncache.compile(
    r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE
)
#: Elements with no end tag: hidden, they hide nothing after them.
_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}
)
#: The mark a WordPress excerpt ends with, "[…]" ("[&hellip;]"), or "[...]".
_EXCERPT_MARK_RE = patterncache.compile(r"\s*\[(?:…|\.\.\.)\]$")
_BLANK_LINE_RE = patterncache.compile(r"\n[ \t\r\f\v]*\n")
#: WordPress's built-in shortcodes, which a feed prints raw where the site skipped expanding
#: them (imported posts, a theme's feed): "[caption id="…" align="…" width="800"]<img …> Cán bộ
#: hướng dẫn …[/caption]" keeps its caption; a gallery, a video, an audio, a playlist and an
#: embedded link hold no text of the article.
_CAPTION_TAG_RE = patterncache.compile(r"\[/?(?:wp_)?caption(?:\s[^\[\]]*)?\]", re.IGNORECASE)
_MEDIA_SHORTCODE_RE = patterncache.compile(
    r"\[(?P<name>gallery|video|audio|playlist|embed)(?:\s[^\[\]]*)?\]"
    r"(?:[^\[\]]*\[/(?P=name)\])?",
    re.IGNORECASE,
)


def without_shortcodes(text: str) -> str:
    """``text`` without WordPress shortcodes printed raw (``_CAPTION_TAG_RE``,
    ``_MEDIA_SHORTCODE_RE``), its words kept: a caption's text stays, as the caption an expanded
    shortcode shows does."""
    if "[" not in text:
        return text  # most paragraphs
    bare = _MEDIA_SHORTCODE_RE.sub(" ", _CAPTION_TAG_RE.sub(" ", text))
    return text if bare == text else clean_words(bare)


def _local(tag: str) -> str:
    """``ns0:p`` (re-serialised XHTML) -> ``p``."""
    return tag.rsplit(":", 1)[-1] if ":" in tag else tag


#: What a tag does to the paragraphs, for both readers: nothing, end the open paragraph, end it
#: and open a text block, end it and close one, break the line ("<br>"), or end it and start a
#: table's row ("<tr>") or leave it ("</tr>", and a table's edges: a row left open ends there),
#: or part two words (an image between them: "hồ sơ.<img …>Ảnh: …" is no word "sơ.Ảnh").
_NOTHING, _FLUSH, _OPEN, _CLOSE, _BREAK, _ROW, _NO_ROW, _GAP = range(8)


def _action(event: str, name: str) -> int:
    """What the tag ``name`` does on ``event`` ("start", "startend" or "end"); the tags whose
    content is skipped (``_SKIPPED``, never simple) are counted apart by ``_Paragraphs``."""
    if name == "br":  # "<br>", "<br/>" and "</br>", as some news sites write it
        return _BREAK
    if name == "img":
        return _GAP
    if name == "tr":
        return _ROW if event == "start" else _NO_ROW
    if name == "table":
        return _NO_ROW
    if name in _CONTAINERS:
        return _FLUSH
    if name in _TEXT_BLOCKS:
        return {"start": _OPEN, "end": _CLOSE}.get(event, _NOTHING)
    return _NOTHING


#: A paragraph as the readers find it: its text, its 1-based line in the HTML, and the table row
#: it is in (rows counted from 1 through the markup; 0: none).
Found = tuple[str, int, int]


class _Paragraphs:
    """Collect (text, 1-based line in the HTML, row) of every paragraph from the full parser's
    stream of tag and text events, each tag doing its ``_action`` (``_read_simple`` does the same
    for simple markup in one loop). Tags come as local names ("p", not "ns0:p")."""

    def __init__(self) -> None:
        self.found: list[Found] = []
        self._parts: list[str] = []
        self._line: int | None = None
        self._in_text_block = 0
        self._skipping = 0
        self._rows = 0  # rows started so far
        self._row = 0  # the row the text is in (0: none)

    def flush(self) -> None:
        if self._line is not None:  # None: no text but white space since the last flush
            text = clean_words("".join(self._parts))
            if text:
                self.found.append((text, self._line, self._row))
        self._parts, self._line = [], None

    def start(self, tag: str) -> None:
        if tag in _SKIPPED:
            self._skipping += 1
        else:
            self._act(_action("start", tag))

    def startend(self, tag: str) -> None:
        self._act(_action("startend", tag))

    def end(self, tag: str) -> None:
        if tag in _SKIPPED:
            self._skipping = max(0, self._skipping - 1)
        else:
            self._act(_action("end", tag))

    def _act(self, action: int) -> None:
        if action == _GAP or (action == _BREAK and self._in_text_block):
            self._parts.append(" ")
        elif action != _NOTHING:
            self.flush()
            if action == _OPEN:
                self._in_text_block += 1
            elif action == _CLOSE:
                self._in_text_block = max(0, self._in_text_block - 1)
            elif action == _ROW:
                self._rows += 1
                self._row = self._rows
            elif action == _NO_ROW:
                self._row = 0

    def data(self, data: str, line: int) -> None:
        """Text (character references resolved) that starts on ``line`` of the HTML."""
        if self._skipping:
            return
        if self._line is None and (stripped := data.lstrip()):
            self._line = line + data[: len(data) - len(stripped)].count("\n")
        self._parts.append(data)


def _hidden(attrs: list[tuple[str, str | None]]) -> bool:
    """Whether an element with ``attrs`` is one of ``HIDDEN_CLASSES`` or has a style that hides
    it (``_HIDING_STYLE_RE``)."""
    for name, value in attrs:
        if name == "class" and value and not HIDDEN_CLASSES.isdisjoint(value.split()):
            return True
        if name == "style" and value and _HIDING_STYLE_RE.search(value):
            return True
    return False


class _FullReader(HTMLParser):
    """The standard library's HTML parser, for any markup: its events go to a ``_Paragraphs``,
    but for those inside a hidden element (``HIDDEN_CLASSES``)."""

    def __init__(self, paragraphs: _Paragraphs) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs = paragraphs
        self._hidden: str | None = None  # the name of the hidden element we are in
        self._hidden_depth = 0  # elements of that name open inside it, itself included

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        name = _local(tag)
        if self._hidden is not None:
            self._hidden_depth += name == self._hidden
        elif _hidden(attrs):
            if name in _BLOCKS:
                self.paragraphs.flush()  # a hidden block still ends the paragraph before it
            if name not in _VOID:
                self._hidden, self._hidden_depth = name, 1
        else:
            self.paragraphs.start(name)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._hidden is None and not _hidden(attrs):
            self.paragraphs.startend(_local(tag))

    def handle_endtag(self, tag: str) -> None:
        name = _local(tag)
        if self._hidden is None:
            self.paragraphs.end(name)
        elif name == self._hidden:
            self._hidden_depth -= 1
            if not self._hidden_depth:
                self._hidden = None
                if name in _BLOCKS:
                    self.paragraphs.flush()

    def handle_data(self, data: str) -> None:
        if self._hidden is None:
            self.paragraphs.data(data, self.getpos()[0])


#: Tags the simple reader knows: none switches the full parser to raw text (``<script>``,
#: ``<style>``, ``<textarea>``, ``<title>`` do, in some Python versions).
_SIMPLE_TAGS = _BLOCKS | {
    "br",
    "img",
    "a",
    "span",
    "strong",
    "em",
    "b",
    "i",
    "u",
    "sub",
    "sup",
    "small",
    "mark",
}
_SPACE = "[ \t\n\r\f]"  # what the full parser separates a tag name with
#: Markup is cut into text and tags at each "<": what follows it up to the first ">" is a tag's
#: inside, the rest text. A "<" with no ">" before the next one opens no tag (it stays in the
#: text, for the full parser). The markup is simple when every "<" opens a tag and every tag is
#: a simple tag. This is ``re.split(r"(<[^<>]*>)", html)``, cut with ``str.split`` and
#: ``str.partition`` instead of a regex that walks every tag's inside.
#: The inside of an end tag, or of a start tag with quoted attributes (or an empty one, "br/").
_SIMPLE_TAG_RE = patterncache.compile(
    r"/(?P<end>[A-Za-z][A-Za-z0-9]*)"
    rf"|(?P<start>[A-Za-z][A-Za-z0-9]*)"
    rf"(?:{_SPACE}+[A-Za-z_][-A-Za-z0-9_.:]*(?:=(?:\"[^\"<>]*\"|'[^'<>]*'))?)*"
    rf"{_SPACE}*(?P<empty>/?)"
)


_WORD_RE = patterncache.compile(r"[-\w]+")


def _words(inside: str) -> list[str]:
    """The words of a tag's inside: its name, attribute names and class names among them."""
    return _WORD_RE.findall(inside) if "class" in inside.lower() else []


def _may_hide(inside: str) -> bool:
    """Whether a start tag's inside may hide its element (``_hidden``, which the full reader
    asks): a hidden class or a hiding style."""
    if not HIDDEN_CLASSES.isdisjoint(_words(inside)):
        return True
    if "style" not in inside.lower():
        return False
    return _HIDING_STYLE_RE.search(inside) is not None


@lru_cache(maxsize=1024)  # feeds repeat a few tags ("<p>", "</p>", "<br/>") again and again
def _simple_tag(inside: str) -> tuple[int, int] | None:
    """(action, newlines inside) of a simple tag of a known name (a local name: it holds no
    prefix), given what its "<" and ">" enclose; None for any other markup."""
    match = _SIMPLE_TAG_RE.fullmatch(inside)
    if match is None or (match["start"] and _may_hide(inside)):
        return None  # a hidden element: the full reader skips it
    name = (match["end"] or match["start"]).lower()
    if name not in _SIMPLE_TAGS:
        return None
    event = "end" if match["end"] else "startend" if match["empty"] else "start"
    return _action(event, name), inside.count("\n")


def _read_simple(html: str) -> list[Found] | None:
    """The (text, 1-based line) of every paragraph of ``html``, as ``_Paragraphs`` collects them
    from the full parser, as long as the markup is simple: known tags, quoted attributes, text
    with no "<". At the first thing it does not know (a comment, a script, a stray "<") it
    returns None.

    The text between two tags is what the full parser sends as one piece (``convert_charrefs``):
    its character references resolved (``html.unescape``). A paragraph's line is the one of its
    first character that is not white space; white space before it is left out, as
    ``clean_words`` would drop it.
    """
    found: list[Found] = []
    parts: list[str] = []  # the open paragraph
    first: int | None = None  # its line; None while it holds nothing but white space
    depth = 0  # text blocks open
    rows = row = 0  # rows started so far, and the row the text is in (0: none)
    line = 1
    chunks = html.split("<")
    text = chunks[0]
    for index in range(1, len(chunks) + 1):
        if text:
            data = unescape(text) if "&" in text else text
            if first is not None:
                parts.append(data)
            elif stripped := data.lstrip():
                first = line + data.count("\n", 0, len(data) - len(stripped))
                parts.append(stripped)
            line += text.count("\n")
        if index == len(chunks):
            break
        inside, closed, text = chunks[index].partition(">")
        if not closed:  # a "<" that opens no tag
            return None
        simple = _simple_tag(inside)
        if simple is None:
            return None
        action, newlines = simple
        if action == _GAP or (action == _BREAK and depth):
            parts.append(" ")
        elif action != _NOTHING:
            if first is not None and (paragraph := clean_words("".join(parts))):
                found.append((paragraph, first, row))
            parts, first = [], None
            if action == _OPEN:
                depth += 1
            elif action == _CLOSE:
                depth = max(0, depth - 1)
            elif action == _ROW:
                rows += 1
                row = rows
            elif action == _NO_ROW:
                row = 0
        line += newlines
    if first is not None and (paragraph := clean_words("".join(parts))):
        found.append((paragraph, first, row))
    return found


#: A tag of an article's HTML: "<p>", "</p>", "<img src=…>", "<figure>", "<br/>".
_HTML_TAG_RE = patterncache.compile(
    r"</?(?:p|div|span|br|img|figure|figcaption|a|strong|b|em|i|u|h[1-6]|ul|ol|li|table|tbody|tr"
    r"|td|th|blockquote|section|article|iframe|video|audio|source)(?:\s[^<>]*)?/?>",
    re.IGNORECASE,
)


def holds_html_tags(text: str) -> bool:
    """Whether ``text`` holds a tag of an article's HTML (``_HTML_TAG_RE``): text that says it is
    plain but is HTML (an Atom text construct a generator filled with markup, a flattened
    feed's line that kept its tags), which a reader of the page sees rendered."""
    return "<" in text and _HTML_TAG_RE.search(text) is not None


def html_paragraphs(html: str, first_line: int) -> tuple[Paragraph, ...]:
    """Paragraphs of ``html`` whose first character sits on source line ``first_line``."""
    found = _read_simple(html)
    if found is None:  # read it with the parser that reads any markup
        collected = _Paragraphs()
        reader = _FullReader(collected)
        reader.feed(html)
        reader.close()
        collected.flush()
        found = collected.found
    paragraphs = []
    for text, line in _rows_joined(found):
        kept = _references_escaped_twice_read(text) if "&" in text else text
        kept = _EXCERPT_MARK_RE.sub("", kept) if kept.endswith("]") else kept
        kept = without_shortcodes(kept)
        if kept:
            paragraphs.append(Paragraph(kept, first_line + line - 1))
    return tuple(paragraphs)


#: A character or entity reference left in a paragraph's text once its markup is read: the body
#: was escaped twice ("210&amp;nbsp;hồ sơ" in a CDATA section, "&amp;amp;nbsp;" outside one), so
#: a reader of the page sees "&nbsp;" where a space was meant.
_REFERENCE_LEFT_RE = patterncache.compile(
    r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{2,7}|#[xX][0-9A-Fa-f]{2,6});"
)


#: What opens a tag or markup: "<p", "</", "<!--" (a "<" before a space or a digit is text).
_TAG_OPENING_RE = patterncache.compile(r"<[A-Za-z/!?]")


def _references_escaped_twice_read(text: str) -> str:
    """``text`` with the references it still holds (``_REFERENCE_LEFT_RE``) resolved, as a body
    meant to say: "210&nbsp;hồ sơ" is "210 hồ sơ". Text that would then hold markup ("&lt;p&gt;"
    among real tags) is kept as it is, as are names that are no reference ("&abc;")."""
    if _REFERENCE_LEFT_RE.search(text) is None:
        return text
    resolved = unescape(text)
    if _TAG_OPENING_RE.search(resolved) and not _TAG_OPENING_RE.search(text):
        return text
    return clean_words(resolved)


def _rows_joined(found: list[Found]) -> list[tuple[str, int]]:
    """The paragraphs ``found``, those of one table row joined into one (``CELL_SEPARATOR``) on
    the line of its first."""
    joined: list[tuple[str, int]] = []
    last_row = 0
    for text, line, row in found:
        if row and row == last_row:
            joined[-1] = (f"{joined[-1][0]}{CELL_SEPARATOR}{text}", joined[-1][1])
        else:
            joined.append((text, line))
        last_row = row
    return joined


def text_paragraphs(text: str, first_line: int) -> tuple[Paragraph, ...]:
    """Paragraphs of plain text, separated by blank lines."""
    paragraphs: list[Paragraph] = []
    offset = 0
    for chunk in [*_BLANK_LINE_RE.split(text)]:
        start = text.index(chunk, offset)
        offset = start + len(chunk)
        cleaned = without_shortcodes(clean_words(chunk))
        if cleaned:
            lead = len(chunk) - len(chunk.lstrip())
            paragraphs.append(Paragraph(cleaned, first_line + text.count("\n", 0, start + lead)))
    return tuple(paragraphs)
