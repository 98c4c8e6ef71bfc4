"""Parse an XML feed (RSS 0.9x/2.0, RSS 1.0, Atom 1.0/0.3) into a feed bulletin, keeping source lines.

Only what cannot be a feed is refused (unsafe or ill-formed XML, another root element). A bad
item (no title, no date, an unreadable date) is kept as it is for the feed rules to report at
its own line; the feed's date falls back to its newest item when the channel has none.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache
from html import unescape
from urllib.parse import urljoin

from bantin import patterncache
from bantin.errors import MalformedBulletin
from bantin.model import Article, Bulletin, FeedChannel, FeedDialect, Paragraph, SourceFormat
from bantin.parsers.feed_dates import dated_instant, parse_feed_date, printed_day, says_no_date
from bantin.parsers.feed_fields import sharepoint_fields_read
from bantin.parsers.feed_footer import without_site_additions
from bantin.parsers.feed_html import holds_html_tags, html_paragraphs, text_paragraphs
from bantin.parsers.feed_namespaces import (
    ADMIN,
    ATOM10,
    CONTENT,
    DC,
    DCTERMS,
    FEEDBURNER,
    MEDIA,
    RDF,
    RSS090,
    RSS10,
)
from bantin.parsers.text import clean_words
from bantin.parsers.xml_read import REFERENCE_RE, XmlDocument, read_xml


def _spellings(uri: str) -> tuple[str, ...]:
    """A module's namespace as feeds spell it: as specified, without its final "/" and over
    https, as feed readers take them all for it (a generator that writes it wrong loses no
    element: without this, an item's full text in ``content:encoded`` went for its excerpt)."""
    bare = uri.rstrip("/")
    secure = bare.replace("http://", "https://", 1)
    return tuple(dict.fromkeys((uri, bare, bare + "/", secure, secure + "/")))


#: The module each other spelling of its namespace (``_spellings``) is, read as the module's.
_MODULE_OF_SPELLING = {
    spelling: uri
    for uri in (DC, DCTERMS, CONTENT, MEDIA)
    for spelling in _spellings(uri)
    if spelling != uri
}
#: Dublin Core's elements, and DCMI terms, which hold them too.
DC_NAMESPACES = (DC, DCTERMS)
CONTENT_NAMESPACES = (CONTENT,)
MEDIA_NAMESPACES = (MEDIA,)
#: Atom's elements an RSS item borrows: .NET's ``Rss20FeedFormatter`` writes an item's content
#: and its last update, which RSS has no element for, as "a10:content" and "a10:updated".
ATOM_IN_RSS = (ATOM10,)


def _modules_spelled_as_specified(root: ET.Element) -> None:
    """Rename each element whose module's namespace a feed spells otherwise (``_spellings``)
    with the namespace as specified, once for the whole tree, so that each reader of an
    element names the module alone."""
    for element in root.iter():
        tag = element.tag
        if isinstance(tag, str) and tag[:1] == "{":
            namespace, local = _split(tag)
            if (module := _MODULE_OF_SPELLING.get(namespace)) is not None:
                element.tag = f"{{{module}}}{local}"


XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
XML_BASE = "{http://www.w3.org/XML/1998/namespace}base"
#: A feed without a title of its own is published under this one (and the feed.untitled warning).
UNTITLED = "(feed without a title)"
#: Atom content types read as HTML, and as XHTML elements.
_HTML_TYPES = frozenset({"html", "text/html"})
_XHTML_TYPES = frozenset({"xhtml", "application/xhtml+xml"})


@lru_cache(maxsize=512)  # a feed has a handful of distinct tags
def _split(tag: str) -> tuple[str, str]:
    """``{ns}local`` -> (ns, local); an element without a namespace has ns ""."""
    if tag.startswith("{"):
        ns, _, local = tag[1:].partition("}")
        return ns, local
    return "", tag


@lru_cache(maxsize=512)
def _tags(local: str, namespaces: tuple[str, ...]) -> frozenset[str]:
    """The tags (``{ns}local``, or ``local`` without a namespace) of ``local`` in ``namespaces``.
    A tag names one (ns, local) pair: a namespace read by ``_split`` holds no "}"."""
    return frozenset(f"{{{ns}}}{local}" if ns else local for ns in namespaces)


def _child(element: ET.Element, local: str, namespaces: tuple[str, ...]) -> ET.Element | None:
    tags = _tags(local, namespaces)
    for child in element:
        if child.tag in tags:
            return child
    return None


def _children(element: ET.Element, local: str, namespaces: tuple[str, ...]) -> list[ET.Element]:
    tags = _tags(local, namespaces)
    return [child for child in element if child.tag in tags]


def _first(element: ET.Element, *candidates: tuple[str, tuple[str, ...]]) -> ET.Element | None:
    """The first child named by ``candidates`` (in their order of preference) with text."""
    for local, namespaces in candidates:
        child = _child(element, local, namespaces)
        if child is not None and _has_text(child):
            return child
    return None


def _first_dated(
    element: ET.Element, *candidates: tuple[str, tuple[str, ...]]
) -> ET.Element | None:
    """The first child named by ``candidates`` whose date is readable (``_utc``), else the first
    with text (``_first``), for the feed rules to report: an item whose ``pubDate`` no reader
    understands ("12/1/2025 8:00:00 AM", month or day first?) is dated by its ``dc:date``, as
    feed readers date it."""
    first = _first(element, *candidates)
    if first is None or not _unreadable(_text(first)):
        return first
    for local, namespaces in candidates:
        child = _child(element, local, namespaces)
        if child is not None and _utc(_text(child)) is not None:
            return child
    return first


def _unreadable(date_text: str) -> bool:
    """Whether a feed date is in no form a reader knows, or is what a site prints for none
    ("Mon, 01 Jan 0001"): another date of the element may say when it is. A date that is read
    but names no real day ("31 Sep 2025") is not: the date rules report it."""
    parsed = parse_feed_date(date_text)
    return parsed is None or says_no_date(parsed.utc)


def _has_text(element: ET.Element) -> bool:
    """Whether ``"".join(element.itertext()).strip()`` is not empty, without joining and
    stripping the text (an item's whole body): some piece holds more than white space."""
    return any(piece and not piece.isspace() for piece in element.itertext())


def one_line(text: str) -> str:
    """Trimmed, whitespace-collapsed NFC text (titles, links, dates)."""
    return clean_words(text)


def _text(element: ET.Element | None) -> str:
    return one_line("".join(element.itertext())) if element is not None else ""


#: An HTML tag in a title's text: "<b>", "</strong>", "<span class='x'>", "<br/>".
_TAG_RE = patterncache.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")


def _title(element: ET.Element | None) -> str:
    """A title as plain text. RSS and Atom's text titles are plain, but many feeds escape theirs
    twice, or put markup in them: the references the XML leaves ("Bình Định: &quot;Một
    cửa&quot;", "&#8211;") are resolved and tags ("<b>Bình Định</b>") dropped, as a reader of
    the page sees the title."""
    return _unescaped(_unwrapped(_text(element)))


#: A CDATA section's markers printed as text around what they wrap: a generator that escapes
#: the section it writes ("<title>&lt;![CDATA[Xã Một]]&gt;</title>") leaves them in the text.
_CDATA_WRAPPER_RE = patterncache.compile(r"\s*<!\[CDATA\[(?P<inside>.*)\]\]>\s*", re.DOTALL)


def _unwrapped(text: str) -> str:
    """``text`` without the CDATA markers a generator escaped around it (``_CDATA_WRAPPER_RE``),
    as feed readers show it: the text they wrap; any other text as it is."""
    wrapped = _CDATA_WRAPPER_RE.fullmatch(text) if "<![CDATA[" in text[:64] else None
    return text if wrapped is None else wrapped["inside"]


def _unescaped(text: str) -> str:
    """``text`` with the character references it holds resolved (``REFERENCE_RE``: the XML's
    are resolved already, so these were escaped twice, "&amp;quot;") and its HTML tags
    (``_TAG_RE``) dropped."""
    if "&" in text and REFERENCE_RE.search(text):
        text = one_line(unescape(text))
    if "<" in text and _TAG_RE.search(text):
        text = " ".join(paragraph.text for paragraph in html_paragraphs(text, 1))
    return text


#: A tag of an article's body escaped as text: "&lt;p&gt;", "&lt;br /&gt;", "&lt;img src=…".
_ESCAPED_TAG_RE = patterncache.compile(
    r"&lt;/?(?:p|div|br|span|strong|b|i|em|a|img|h[1-6]|ul|ol|li|table|tr|td|figure)(?=[\s/&])",
    re.IGNORECASE,
)


def _markup_escaped_once(markup: str) -> str:
    """An item's HTML body escaped twice ("&amp;lt;p&amp;gt;" in the feed: after the XML's own
    references, "&lt;p&gt;…"), escaped once, as a reader of the page sees it: its tags were
    published as text. A body with tags of its own keeps the references it prints."""
    if "&lt;" not in markup or _TAG_RE.search(markup) or not _ESCAPED_TAG_RE.search(markup):
        return markup
    return unescape(markup)


def _atom_type(element: ET.Element) -> str:
    kind = (element.get("type") or "").strip().lower()
    if _is_base64(element) or element.get("mode") == "escaped":
        return "text" if kind in ("text", "text/plain") else "html"
    if kind in _HTML_TYPES:
        return "html"
    if kind in _XHTML_TYPES or element.get("mode") == "xml":
        return "xhtml"
    return "text"


def _is_base64(element: ET.Element) -> bool:
    """Atom 0.3 ``mode="base64"``, or Atom 1.0 content of a MIME type that is neither text nor
    XML (RFC 4287, 4.1.3.3)."""
    kind = (element.get("type") or "").strip().lower()
    if element.get("mode") == "base64":
        return True
    return "/" in kind and not kind.startswith("text/") and "xml" not in kind


def _markup(element: ET.Element) -> str:
    """The content of a feed element as text to read: base64 decoded, child elements (XHTML, or
    HTML not escaped) serialised again."""
    if _is_base64(element):
        try:
            return base64.b64decode(element.text or "", validate=False).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            return element.text or ""
    if len(element):
        # XHTML content's elements, and HTML a feed wrote as elements, not escaped ("<description>
        # <p>…</p></description>", "Tóm tắt: <b>210</b> hồ sơ"), which feed readers read as
        # its markup: its text alone was the text before the first element.
        children = "".join(ET.tostring(child, encoding="unicode") for child in element)
        return (element.text or "") + children
    return _unwrapped(element.text or "")


def _atom_text(element: ET.Element | None) -> str:
    """An Atom text construct (title) as plain text: HTML and XHTML markup dropped."""
    if element is None:
        return ""
    if _atom_type(element) in ("html", "xhtml"):
        return " ".join(p.text for p in html_paragraphs(_markup(element), 1))
    if _is_base64(element):
        return _unescaped(one_line(_markup(element)))
    return _title(element)


@dataclass
class _Reader:
    """What the three dialects share: the document, its lines and how to read an item."""

    doc: XmlDocument

    def body(self, element: ET.Element | None, kind: str = "html") -> tuple[Paragraph, ...]:
        if element is None:
            return ()
        line = self.doc.line(element)
        markup = _markup(element)
        if kind == "text" and not holds_html_tags(markup):
            return text_paragraphs(markup, line)
        return html_paragraphs(sharepoint_fields_read(_markup_escaped_once(markup)), line)

    def first_body(
        self,
        element: ET.Element,
        *candidates: tuple[str, tuple[str, ...]],
        kind: Callable[[ET.Element], str] = lambda child: "html",
    ) -> tuple[Paragraph, ...]:
        """The paragraphs of the first of ``candidates`` (in order of preference, as ``_first``
        takes them) that gives any: a ``content:encoded`` that holds only markup and white space
        ("<p>&nbsp;</p>") leaves the item's ``description`` to give its body."""
        for local, namespaces in candidates:
            child = _child(element, local, namespaces)
            if child is None or not _has_text(child) or child.get("src"):
                continue  # an Atom content with "src" points at the body, holds none
            if paragraphs := self.body(child, kind(child)):
                return paragraphs
        return ()

    def item(
        self,
        element: ET.Element,
        title: ET.Element | None,
        title_text: str,
        date: ET.Element | None,
        paragraphs: tuple[Paragraph, ...],
        url: str,
        guid: str,
        attachment: str = "",
    ) -> Article:
        date_text = _text(date) or None
        return Article(
            title=title_text,
            title_line=self.doc.line(title if title is not None else element),
            line_end=self.doc.end_line(element),
            paragraphs=without_site_additions(paragraphs, title_text),
            url=url or None,
            guid=guid or None,
            pub_date_text=date_text,
            published_at=_utc(date_text),
            pub_date_line=self.doc.line(date) if date is not None and date_text else None,
            attachment=attachment or None,
        )


@dataclass(frozen=True)
class _Feed:
    """A feed as read, before its date is settled."""

    channel: FeedChannel
    articles: tuple[Article, ...]


def _rss(doc: XmlDocument, source: str) -> _Feed:
    root = doc.root
    own = ("", _split(root.tag)[0])
    # A <rss> without a <channel> is read as an empty channel (the feed rules then report it).
    channel = _child(root, "channel", own)
    elements = _children(root, "item", own)
    if channel is not None:
        elements = _children(channel, "item", own) + elements
    else:
        channel = root
    reader = _Reader(doc)
    has_content = any(_child(e, "encoded", CONTENT_NAMESPACES) is not None for e in elements)
    has_description = any(_child(e, "description", own) is not None for e in elements)
    home = _text(_child(channel, "link", own))
    if not _is_address(home):  # no home page: the address the feed gives for itself
        home = _self_link(channel, (ATOM10,)) or home
    articles = []
    for element in elements:
        title = _first(
            element, ("title", own), ("title", DC_NAMESPACES), ("title", MEDIA_NAMESPACES)
        )
        title = title if title is not None else _child(element, "title", own)
        link = (
            _text(_child(element, "origLink", (FEEDBURNER,)))
            or _text(_child(element, "link", own))
            or _permalink(_child(element, "guid", own))
        )
        body = reader.first_body(element, ("encoded", CONTENT_NAMESPACES), ("description", own))
        if not body:  # .NET's SyndicationFeed writes an item's content as Atom's, "a10:content"
            body = reader.first_body(element, ("content", ATOM_IN_RSS), kind=_atom_type)
        if not body and (media := _media_description(element)) is not None:
            body = reader.body(media, "html" if media.get("type") == "html" else "text")
        aggregated = _is_news_aggregator_link(link)
        if aggregated:
            body = ()  # a list of headlines linking to their outlets: no text of the article
        # An aggregator's thumbnail (media:content) is no file the headline publishes.
        attachment = _enclosure(element, own) or ("" if aggregated else _media_file(element))
        article = reader.item(
            element,
            title,
            _without_outlet(_title(title), _text(_child(element, "source", own))),
            _first_dated(
                element, ("pubDate", own), ("date", DC_NAMESPACES), ("updated", ATOM_IN_RSS)
            ),
            body,
            _resolved(link, home),
            _text(_child(element, "guid", own)),
            _resolved(attachment, home),
        )
        if not article.paragraphs and not attachment and not aggregated:
            article = _with_picture(article, element, own, home)
        articles.append(article)
    date = _first_dated(channel, ("lastBuildDate", own), ("pubDate", own), ("date", DC_NAMESPACES))
    dialect = FeedDialect.RSS2
    if has_description and not has_content:
        dialect = FeedDialect.RSS2_DESCRIPTION
    return _Feed(
        _channel(doc, channel, date, dialect, own, language=_child(channel, "language", own)),
        tuple(articles),
    )


#: Where a news aggregator's item links: Google News sends each reader through its own address
#: ("https://news.google.com/rss/articles/CBMi…"), and its description is no article's text but
#: the headline (or a cluster of headlines, from other outlets too), each linked, with its
#: outlet's name: read as the body, another outlet's figures were this article's.
_AGGREGATOR_LINK_RE = patterncache.compile(
    r"https?://news\.google\.[a-z.]+/(?:rss/|__i/rss/rd/)?articles/", re.IGNORECASE
)


def _media_description(item: ET.Element) -> ET.Element | None:
    """The Media RSS description of an item that has no other text: its own, or its picture's or
    video's (``media:content``, ``media:group``), as a site that publishes each post as a
    picture or a video with its caption writes it; None when there is none with text."""
    for holder in (
        item,
        *_children(item, "content", MEDIA_NAMESPACES),
        *_children(item, "group", MEDIA_NAMESPACES),
    ):
        found = _first(holder, ("description", MEDIA_NAMESPACES))
        if found is not None:
            return found
    return None


def _is_news_aggregator_link(link: str) -> bool:
    """Whether an item's ``link`` is a news aggregator's (``_AGGREGATOR_LINK_RE``)."""
    return _AGGREGATOR_LINK_RE.match(link) is not None


def is_headline_only(article: Article) -> bool:
    """Whether a feed item is a news aggregator's headline: its link is the aggregator's
    (``_AGGREGATOR_LINK_RE``), and it has no body (its description, a list of linked headlines,
    is no article's text). It is published as a headline (title, link, date) without a body;
    the feed.headlines-only rule says so once, for the feed."""
    return not article.paragraphs and _is_news_aggregator_link(article.url or "")


def is_attachment_only(article: Article) -> bool:
    """Whether a feed item gives no text, only a file it attaches (a PDF bulletin, a picture):
    it is published without a body, and the feed.item-attachment-only rule says so."""
    return not article.paragraphs and article.attachment is not None


def _without_outlet(title: str, outlet: str) -> str:
    """An item's ``title`` without the name of the outlet it came from, which an aggregator
    appends ("Xã Mẫu đạt 98,5% hồ sơ trực tuyến - Báo Mẫu", the item's RSS ``<source>`` being
    "Báo Mẫu"): the outlet is not the article's title."""
    for dash in (" - ", " – ", " | "):
        if outlet and title.endswith(dash + outlet) and len(title) > len(dash + outlet):
            return title[: -len(dash + outlet)].rstrip()
    return title


def _is_address(text: str) -> bool:
    """Whether ``text`` is a web page's whole address ("https://…", "http://…")."""
    return text.lower().startswith(("https://", "http://"))


def _resolved(link: str, home: str) -> str:
    """An item's ``link`` as an address: one a site prints relative to itself ("/tin-tuc/bai-1",
    "tin-tuc/bai-1") is resolved against the channel's ``home`` page when that is an address."""
    if not link or _is_address(link):
        return link
    return urljoin(home, link) if _is_address(home) else link


def _permalink(guid: ET.Element | None) -> str:
    """The address an RSS item's ``guid`` gives when it has no ``link``: a guid is a permalink
    unless ``isPermaLink="false"`` (RSS 2.0), and then an address ("https://…") is the item's."""
    if guid is None or (guid.get("isPermaLink") or "true").strip().lower() == "false":
        return ""
    text = _text(guid)
    return text if _is_address(text) else ""


def _rdf(doc: XmlDocument, source: str) -> _Feed:
    root = doc.root
    own = (RSS10, RSS090)
    channel = _child(root, "channel", own)
    elements = _children(root, "item", own)
    if channel is None:
        channel = root
    else:
        elements = elements or _children(channel, "item", own)
    reader = _Reader(doc)
    articles = []
    for element in elements:
        title = _first(element, ("title", own), ("title", DC_NAMESPACES))
        title = title if title is not None else _child(element, "title", own)
        articles.append(
            reader.item(
                element,
                title,
                _title(title),
                _first(element, ("date", DC_NAMESPACES)),
                reader.first_body(element, ("encoded", CONTENT_NAMESPACES), ("description", own)),
                _text(_child(element, "link", own)),
                one_line(element.get(f"{{{RDF}}}about") or ""),
            )
        )
    date = _first(channel, ("date", DC_NAMESPACES))
    generator = _child(channel, "generatorAgent", (ADMIN,))
    return _Feed(
        _channel(
            doc,
            channel,
            date,
            FeedDialect.RSS1,
            own,
            language=_child(channel, "language", DC_NAMESPACES),
            generator=one_line(generator.get(f"{{{RDF}}}resource") or "")
            if generator is not None
            else "",
        ),
        tuple(articles),
    )


def _atom_link(
    element: ET.Element, own: tuple[str, ...], base: str = "", rel: str = "alternate"
) -> str:
    """The alternate link (or the one of relation ``rel``) of an Atom feed or entry, resolved
    against the ``xml:base`` in effect (``_based``): "/tin/bai-1.html" under
    "https://sonoivu.example.vn/" is that page's address."""
    links = _children(element, "link", own)
    for link in links:
        if (link.get("rel") or "alternate").strip() == rel and link.get("href"):
            href, based = one_line(link.get("href") or ""), _based(link, base)
            return urljoin(based, href) if based else href
    if rel != "alternate":
        return ""
    return _text(links[0]) if links and not links[0].get("href") else ""


def _enclosure(item: ET.Element, own: tuple[str, ...]) -> str:
    """The address of the file an RSS item attaches (``<enclosure url=…>``), or ""."""
    enclosure = _child(item, "enclosure", own)
    return "" if enclosure is None else one_line(enclosure.get("url") or "")


def _media_file(item: ET.Element) -> str:
    """The address of the picture or video an item publishes as Media RSS (``<media:content
    url=…>``, its own or in a ``media:group``), as a site that posts a photo without text writes
    it in place of an ``<enclosure>``, or ""."""
    for holder in (item, *_children(item, "group", MEDIA_NAMESPACES)):
        for content in _children(holder, "content", MEDIA_NAMESPACES):
            if url := one_line(content.get("url") or ""):
                return url
    return ""


#: A picture in an item's HTML, with its address: ``<img class="x" src="/anh/1.jpg" />``.
_IMG_SRC_RE = patterncache.compile(
    r"<img\b[^<>]*?\ssrc\s*=\s*[\"']?(?P<src>[^\"'\s<>]+)", re.IGNORECASE
)


def _pictured(item: ET.Element, own: tuple[str, ...]) -> str:
    """The address of the first picture an RSS item's HTML (``content:encoded``, else
    ``description``) holds, or "": what an item without text gives, as a photo story is
    published ("<a href=…><img src=…></a>" and nothing else)."""
    for element in (_child(item, "encoded", CONTENT_NAMESPACES), _child(item, "description", own)):
        if element is not None and (found := _IMG_SRC_RE.search(_markup(element))):
            return unescape(found["src"])
    return ""


def _with_picture(article: Article, item: ET.Element, own: tuple[str, ...], home: str) -> Article:
    """``article``, an item with neither text nor a file, with the picture its HTML holds
    (``_pictured``) for its file, resolved against the channel's ``home``; as it is without one."""
    picture = _pictured(item, own)
    return replace(article, attachment=_resolved(picture, home)) if picture else article


def _self_link(element: ET.Element, own: tuple[str, ...]) -> str:
    """The address an Atom feed gives for itself (``rel="self"``), the base its entries' relative
    links resolve against when it has no alternate link and no ``xml:base``."""
    for link in _children(element, "link", own):
        if (link.get("rel") or "").strip() == "self" and link.get("href"):
            return one_line(link.get("href") or "")
    return ""


def _based(element: ET.Element, base: str) -> str:
    """The ``xml:base`` in effect on ``element`` (RFC 4287 via XML Base): its own, resolved
    against ``base``, the one in effect on its parent."""
    own = (element.get(XML_BASE) or "").strip()
    return urljoin(base, own) if own else base


def _atom(doc: XmlDocument, source: str) -> _Feed:
    root = doc.root
    own = (_split(root.tag)[0],)
    reader = _Reader(doc)
    articles = []
    base = _based(root, "")
    home = _atom_link(root, own, base) or _self_link(root, own)
    # Some Atom 0.3 feeds call their entries <item>, as RSS does.
    for element in _children(root, "entry", own) or _children(root, "item", own):
        title = _child(element, "title", own)
        date = _first_dated(
            element,
            ("published", own),
            ("issued", own),
            ("updated", own),
            ("modified", own),
            ("created", own),
            ("date", DC_NAMESPACES),
        )
        articles.append(
            reader.item(
                element,
                title,
                _atom_text(title),
                date,
                reader.first_body(element, ("content", own), ("summary", own), kind=_atom_type),
                _resolved(_atom_link(element, own, _based(element, base)), home),
                _text(_child(element, "id", own)),
                _resolved(
                    _atom_link(element, own, _based(element, base), "enclosure")
                    or _media_file(element),
                    home,
                ),
            )
        )
    date = _first_dated(root, ("updated", own), ("modified", own), ("date", DC_NAMESPACES))
    date_text = _text(date)
    generator = _child(root, "generator", own)
    generator_text = _text(generator) or (
        one_line(generator.get("uri") or generator.get("url") or "")
        if generator is not None
        else ""
    )
    return _Feed(
        FeedChannel(
            title=_atom_text(_child(root, "title", own)),
            link=_atom_link(root, own, base),
            description=_atom_text(_first(root, ("subtitle", own), ("tagline", own))),
            build_date_text=date_text,
            build_date=_utc(date_text),
            language=one_line(root.get(XML_LANG) or ""),
            generator=generator_text,
            line=doc.line(date if date is not None else root),
            dialect=FeedDialect.ATOM,
        ),
        tuple(articles),
    )


def _channel(
    doc: XmlDocument,
    channel: ET.Element,
    date: ET.Element | None,
    dialect: FeedDialect,
    own: tuple[str, ...],
    language: ET.Element | None,
    generator: str | None = None,
) -> FeedChannel:
    date_text = _text(date)
    return FeedChannel(
        title=_title(_child(channel, "title", own)),
        link=_text(_child(channel, "link", own)),
        description=_title(_child(channel, "description", own)),
        build_date_text=date_text,
        build_date=_utc(date_text),
        language=_text(language),
        generator=_text(_child(channel, "generator", own)) if generator is None else generator,
        line=doc.line(date if date is not None else channel),
        dialect=dialect,
    )


def _utc(date_text: str | None) -> dt.datetime | None:
    """The UTC instant a feed date names (None for none, one that is no real day, or one that
    says there is none: ``feed_dates.says_no_date``)."""
    parsed = parse_feed_date(date_text)
    return dated_instant(parsed.utc) if parsed else None


def _dated(feed: _Feed) -> Bulletin:
    """The bulletin, dated by the channel or, when it gives no readable date, its newest item."""
    channel = feed.channel
    build = channel.build_date
    issue_text, issue_line = channel.build_date_text, channel.line
    issue_date = printed_day(issue_text) if build else None
    dated = [(a.published_at, a) for a in feed.articles if a.published_at is not None]
    if build is None and dated:
        moment, newest = max(dated, key=lambda pair: pair[0])
        issue_text = newest.pub_date_text or ""
        issue_date = printed_day(issue_text) or moment.date()
        issue_line = newest.pub_date_line or newest.title_line
    return Bulletin(
        source_format=SourceFormat.FEED_XML,
        title=channel.title or channel.link or UNTITLED,
        issue_date_text=issue_text,
        issue_date=issue_date,
        issue_date_line=issue_line,
        articles=feed.articles,
        channel=channel,
    )


def parse_feed_xml(text: str, source: str = "<text>") -> Bulletin:
    """Parse RSS 0.9x/1.0/2.0 or Atom; unsafe XML (DTD subsets, entity declarations) is refused."""
    doc = read_xml(text, source)
    _modules_spelled_as_specified(doc.root)
    ns, name = _split(doc.root.tag)
    if name == "rss":
        feed = _rss(doc, source)
    elif name == "RDF" and ns == RDF:
        feed = _rdf(doc, source)
    elif name == "feed":  # Atom 1.0, 0.3, or a draft namespace
        feed = _atom(doc, source)
    else:
        raise MalformedBulletin(
            source, f"XML is not an RSS or Atom feed (root element <{name}>)", doc.line(doc.root)
        )
    return _dated(feed)
