"""Parse XML safely into an element tree that knows the source lines where each element starts and ends.

Entity declarations, internal DTD subsets and external entities are refused (defusedxml); a
DOCTYPE that only names an external DTD (RSS 0.91's) is allowed and never loaded. HTML named
entities (``&nbsp;``) are read as their characters, by turning them into character references
before parsing: nothing is expanded, and no line moves. The text is decoded already (see
``xml_encoding``), so the declaration's encoding name is not given to the parser.
"""

from __future__ import annotations

import html.entities
import pyexpat
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any

from defusedxml import DefusedXmlException, DTDForbidden
from defusedxml.ElementTree import DefusedXMLParser

from bantin import patterncache
from bantin.errors import MalformedBulletin
from bantin.parsers.feed_namespaces import KNOWN_PREFIXES
from bantin.parsers.xml_encoding import WINDOWS_1252_C1

_XML_ENTITIES = frozenset({"amp", "lt", "gt", "quot", "apos"})
_ENTITY_RE = patterncache.compile(
    r"&(?:([A-Za-z][A-Za-z0-9]{1,31})|#(1[2-5][0-9])|#[xX]([89][0-9A-Fa-f]));"
)
#: Where character data is not markup: entities inside these stay as they are.
_VERBATIM = (("<![CDATA[", "]]>"), ("<!--", "-->"))
#: The encoding pseudo-attribute of the XML declaration: the text is decoded already.
_DECLARED_ENCODING_RE = patterncache.compile(
    r"""^(\s*<\?xml\s[^>]*?)\s+encoding\s*=\s*(["'])[^"'>]*\2"""
)


def _reference(match: re.Match[str]) -> str:
    name = match[1]
    if name is None:
        # "&#147;" names a control character, which HTML reads as the Windows-1252 one its
        # number is there ("“"), as every browser and feed reader does.
        char = WINDOWS_1252_C1.get(int(match[2]) if match[2] else int(match[3], 16))
        return match[0] if char is None else f"&#{ord(char)};"
    if name in _XML_ENTITIES:
        return match[0]
    chars = html.entities.html5.get(name + ";")
    if chars is None:
        return match[0]  # left for the parser to refuse as an undefined entity
    return "".join(f"&#{ord(c)};" for c in chars)


def html_entities_to_references(text: str) -> str:
    """``&nbsp;`` -> ``&#160;`` outside CDATA sections and comments (linear in the text), and a
    reference to a C1 control that Windows-1252 gives a character ``&#147;`` -> ``&#8220;``."""
    if "&" not in text:
        return text
    return _outside_verbatim(text, partial(_ENTITY_RE.sub, _reference))


#: What follows the "&" of a character or entity reference: "quot;", "#8211;", "#x2013;".
_REFERENCE_BODY = r"(?:[A-Za-z][A-Za-z0-9]{0,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});"
#: A character or entity reference: "&quot;", "&#8211;".
REFERENCE_RE = patterncache.compile(f"&{_REFERENCE_BODY}")
#: An ampersand that starts no reference: "R&D", "?a=1&b=2", "&copy 2025" (no ";").
_BARE_AMPERSAND_RE = patterncache.compile(f"&(?!{_REFERENCE_BODY})")


def bare_ampersands_escaped(text: str) -> str | None:
    """``text`` with every ampersand that starts no reference written ``&amp;`` outside CDATA
    sections and comments ("R&D", a link's "?a=1&b=2"), as a feed written by hand forgets to;
    None when it has none."""
    if "&" not in text or _BARE_AMPERSAND_RE.search(text) is None:
        return None
    escaped = _outside_verbatim(text, partial(_BARE_AMPERSAND_RE.sub, "&amp;"))
    return None if escaped == text else escaped


#: A "<" that opens no markup: before white space, a digit or a sign ("tỷ lệ < 5%", "<5 ngày",
#: "<= 3"), as a feed written by hand compares a figure; a tag's name, "/", "!" or "?" never follow.
_BARE_LESS_THAN_RE = patterncache.compile(r"<(?=[\s\d=<>%.,;:)(+-])")


def bare_less_thans_escaped(text: str) -> str | None:
    """``text`` with every "<" that opens no markup (``_BARE_LESS_THAN_RE``) written ``&lt;``
    outside CDATA sections and comments; None when it has none."""
    if _BARE_LESS_THAN_RE.search(text) is None:
        return None
    escaped = _outside_verbatim(text, partial(_BARE_LESS_THAN_RE.sub, "&lt;"))
    return None if escaped == text else escaped


#: The XML declaration after white space: blank lines a template or a script printed first,
#: and a byte-order mark among them (a file with one included after a blank line).
_LATE_DECLARATION_RE = patterncache.compile(r"\A\ufeff?([\s\ufeff]*)(<\?xml\b[^>]*\?>)?")


def declaration_blanked(text: str) -> str | None:
    """``text`` with an XML declaration that white space comes before (a blank line a feed's
    template printed first, which feed readers skip) blanked out, space for each character, and
    a byte-order mark among that white space blanked too, and a declaration printed again before
    the root element (a template that includes its header twice), so that no line moves (the
    text is decoded already: the encoding it declares is not needed). None when there is none
    of these."""
    match = _LATE_DECLARATION_RE.match(text)
    if match is None:  # never: every part of it is optional
        return None
    space, declaration = match[1], match[2]
    late = declaration is not None and space != ""
    blanked = text
    if late or "\ufeff" in space:
        blank = space.replace("\ufeff", " ")  # a stray byte-order mark, one character for one
        if late:
            blank += " " * len(declaration)
        blanked = text[: match.start(1)] + blank + text[match.end() :]
    # A declaration kept where it belongs, at the start, is passed; any other before the root
    # goes, and so does a byte-order mark there (an included file's).
    kept_end = match.end() if declaration is not None and not late else match.start(1)
    root = _root_start(blanked, kept_end)
    prolog = _REPEATED_DECLARATION_RE.sub(_blanked, blanked[kept_end:root]).replace("\ufeff", " ")
    blanked = blanked[:kept_end] + prolog + blanked[root:]
    return None if blanked == text else blanked


#: An XML declaration, wherever it is.
_REPEATED_DECLARATION_RE = patterncache.compile(r"<\?xml\s[^>]*\?>")


def _blanked(match: re.Match[str]) -> str:
    """What ``match`` covers, a space for each character."""
    return " " * len(match[0])


def _root_start(text: str, start: int) -> int:
    """Where the root element of ``text`` starts, looking from ``start`` past the prolog (its
    processing instructions, comments and doctype); the text's end when there is none."""
    for found in _ROOT_NAME_RE.finditer(text, start):
        if found["name"]:
            return found.start()
    return len(text)


#: A PHP diagnostic a site's script printed before its feed, as PHP prints it into a page
#: ("<br />\n<b>Warning</b>:  Undefined variable $x in <b>/var/www/rss.php</b> on line
#: <b>12</b><br />") or as plain text ("Deprecated: … in /var/www/rss.php on line 12"); one or
#: more, each ending with its line number.
_PHP_MESSAGE = (
    r"(?:<br\s*/?>\s*)?(?:<b>)?(?:PHP\s+)?(?:Warning|Notice|Deprecated|Strict Standards)(?:</b>)?:"
    r"[^\n]*?\son\s+line\s+(?:<b>)?\d+(?:</b>)?(?:<br\s*/?>)?"
)
_PHP_MESSAGES_RE = patterncache.compile(rf"\A\ufeff?(?:\s*{_PHP_MESSAGE})+", re.IGNORECASE)


def php_messages_blanked(text: str) -> str | None:
    """``text`` with the PHP diagnostics that open it (``_PHP_MESSAGES_RE``: warnings, notices,
    deprecations a site's script printed before the feed it went on to print whole) blanked, a
    space for each character but the line breaks, so that no line moves; None when it opens
    with none."""
    match = _PHP_MESSAGES_RE.match(text)
    if match is None:
        return None
    return re.sub(r"[^\n]", " ", match[0]) + text[match.end() :]


#: The characters XML 1.0 allows in no document, not even as references: the C0 controls but
#: tab, line feed and carriage return. A feed's text pasted from a word processor may hold one
#: (a vertical tab for a line break, a backspace).
_ILLEGAL_CONTROLS = "".join(map(chr, [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20)]))
_ILLEGAL_CONTROL_RE = patterncache.compile(f"[{re.escape(_ILLEGAL_CONTROLS)}]")
#: Where each such character stands while the text is parsed: a code point of the supplementary
#: private use area B, which XML allows, one for one, so that no line moves.
_STAND_IN = 0x100000
_STAND_IN_RE = patterncache.compile(f"[{chr(_STAND_IN)}-{chr(_STAND_IN + 0x1F)}]")
_TO_STAND_INS = str.maketrans({c: chr(_STAND_IN + ord(c)) for c in _ILLEGAL_CONTROLS})
_FROM_STAND_INS = str.maketrans({chr(_STAND_IN + ord(c)): c for c in _ILLEGAL_CONTROLS})


def control_characters_stood_in(text: str) -> str | None:
    """``text`` with each control character XML forbids replaced by its stand-in, to be put back
    once parsed (``_controls_restored``): the text reads as a feed reader reads it, and the
    characters reach the text.control-char rule, which reports them where they are and keeps
    them from the package. None when it holds none, or holds a stand-in already."""
    if _ILLEGAL_CONTROL_RE.search(text) is None or _STAND_IN_RE.search(text) is not None:
        return None
    return text.translate(_TO_STAND_INS)


def _controls_restored(root: ET.Element) -> None:
    """Put back, in every text, tail and attribute value under ``root``, the control characters
    ``control_characters_stood_in`` stood in for."""
    for element in root.iter():
        if element.text:
            element.text = element.text.translate(_FROM_STAND_INS)
        if element.tail:
            element.tail = element.tail.translate(_FROM_STAND_INS)
        for name, value in element.attrib.items():
            element.attrib[name] = value.translate(_FROM_STAND_INS)


def _outside_verbatim(text: str, substitute: Callable[[str], str]) -> str:
    """``text`` with ``substitute`` applied to all but its CDATA sections and comments."""
    out: list[str] = []
    position = 0
    # Where each opening next occurs (-1: nowhere); it is looked for again only once ``position``
    # has passed it, so an opening the text lacks ("<!--") is not searched for after every CDATA.
    next_at = {opening: text.find(opening) for opening, _ in _VERBATIM}
    while position < len(text):
        for opening, at in next_at.items():
            if 0 <= at < position:
                next_at[opening] = text.find(opening, position)
        found = [
            (next_at[opening], opening, closing)
            for opening, closing in _VERBATIM
            if next_at[opening] >= 0
        ]
        if not found:
            out.append(substitute(text[position:]))
            break
        start, opening, closing = min(found)
        out.append(substitute(text[position:start]))
        end = text.find(closing, start + len(opening))
        end = len(text) if end < 0 else end + len(closing)
        out.append(text[start:end])
        position = end
    return "".join(out)


class _ExpandedNames(dict[str, str]):
    """expat's ``ns}local`` -> ElementTree's ``{ns}local`` (as its parser expands them), each
    name worked out once: ``names[raw]``."""

    def __missing__(self, raw: str) -> str:
        name = self[raw] = "{" + raw if "}" in raw else raw
        return name


@dataclass(frozen=True)
class XmlDocument:
    """The root element and the lines where every element starts and ends."""

    root: ET.Element
    start_lines: dict[ET.Element, int]
    end_lines: dict[ET.Element, int]

    def line(self, element: ET.Element) -> int:
        """The line where ``element`` starts."""
        return self.start_lines[element]

    def end_line(self, element: ET.Element) -> int:
        """The line where ``element`` ends."""
        return self.end_lines[element]


def _build_noting_lines(
    expat: Any, tree: ET.TreeBuilder
) -> tuple[dict[ET.Element, int], dict[ET.Element, int]]:
    """Build ``tree`` from the element events of ``expat`` (created with "}" as namespace
    separator and ``ordered_attributes``, as ElementTree's parser creates it), noting the line
    where each element starts and ends (an element hashes by identity).

    The two handlers take the events from the parser straight: the parser's own would reach the
    tree through two Python calls more per event. Names are expanded as the parser does
    (``ns}local`` -> ``{ns}local``); everything else (text, comments, the defused declarations,
    errors) stays with the parser and ElementTree's own ``TreeBuilder``.
    """
    start_lines: dict[ET.Element, int] = {}
    end_lines: dict[ET.Element, int] = {}
    names = _ExpandedNames()
    tree_start, tree_end = tree.start, tree.end

    def start(raw: str, attributes: list[str]) -> None:
        attrib = {}
        if attributes:  # most feed elements have none
            attrib = {names[attributes[i]]: attributes[i + 1] for i in range(0, len(attributes), 2)}
        start_lines[tree_start(names[raw], attrib)] = expat.CurrentLineNumber

    def end(raw: str) -> None:
        end_lines[tree_end(names[raw])] = expat.CurrentLineNumber

    expat.StartElementHandler = start
    expat.EndElementHandler = end
    return start_lines, end_lines


def _refuse_internal_subset(
    name: str, system_id: str | None, public_id: str | None, has_internal_subset: bool
) -> None:
    if has_internal_subset:
        raise DTDForbidden(name, system_id, public_id)


def _without_declared_encoding(text: str) -> str:
    """``text`` without the encoding pseudo-attribute of its XML declaration, if it has one."""
    match = _DECLARED_ENCODING_RE.match(text)
    return text if match is None else match[1] + text[match.end() :]


#: The root element's name, after the prolog (declaration, processing instructions, comments,
#: doctype), which are passed over.
_ROOT_NAME_RE = patterncache.compile(
    r"<!--.*?-->|<\?.*?\?>|<![^>]*>|<(?P<name>[A-Za-z_][\w.:-]*)", re.S
)


def with_known_prefixes(text: str) -> str | None:
    """``text`` with the known prefixes it uses but never declares (``KNOWN_PREFIXES``) declared
    on its root element, on the root's own line; None when it lacks none or has no root."""
    missing = [
        f' xmlns:{prefix}="{uri}"'
        for prefix, uri in KNOWN_PREFIXES.items()
        if f"<{prefix}:" in text and f"xmlns:{prefix}=" not in text
    ]
    if not missing:
        return None
    for found in _ROOT_NAME_RE.finditer(text):
        if found["name"]:
            return text[: found.end()] + "".join(missing) + text[found.end() :]
    return None


def read_xml(text: str, source: str) -> XmlDocument:
    """Parse ``text``; unsafe or ill-formed XML raises ``MalformedBulletin`` naming the line.

    Five slips of feeds written by hand are read as feed readers read them, each at most once:
    a known prefix used undeclared (``with_known_prefixes``), an ampersand that starts no
    reference (``bare_ampersands_escaped``), a "<" that opens no markup
    (``bare_less_thans_escaped``), a control character XML forbids
    (``control_characters_stood_in``) and blank lines before the XML declaration
    (``declaration_blanked``). Every line stays where it was; if the text still does not
    parse, the first error is the one raised."""
    try:
        return _read_xml(text, source)
    except MalformedBulletin as error:
        first = latest = error
    tried: set[Callable[[str], str | None]] = set()
    while (repair := _repair_for(latest.reason, tried)) is not None:
        tried.add(repair)
        repaired = repair(text)
        if repaired is None:
            continue  # nothing to repair: the same error may ask for another repair
        text = repaired
        try:
            document = _read_xml(text, source)
        except MalformedBulletin as error:
            latest = error
            continue
        if control_characters_stood_in in tried:
            _controls_restored(document.root)
        return document
    raise first


def _repair_for(
    reason: str, tried: set[Callable[[str], str | None]]
) -> Callable[[str], str | None] | None:
    """The repair for the slip an error's ``reason`` names, unless it was ``tried`` already: an
    invalid token may be a bare ampersand, a bare "<", a control character or a byte-order mark
    among the blank lines before the declaration, tried in turn."""
    if "unbound prefix" in reason and with_known_prefixes not in tried:
        return with_known_prefixes
    if "declaration not at start" in reason and declaration_blanked not in tried:
        return declaration_blanked
    if ("junk after document element" in reason or "syntax error" in reason) and (
        php_messages_blanked not in tried
    ):
        return php_messages_blanked
    if "invalid token" in reason:
        for repair in (
            bare_ampersands_escaped,
            bare_less_thans_escaped,
            control_characters_stood_in,
            declaration_blanked,
            php_messages_blanked,
        ):
            if repair not in tried:
                return repair
    return None


#: The parser's errors for a document that ends before its root element is closed ("no element
#: found", "unclosed token", "unclosed CDATA section"): a feed whose download was cut short.
_ENDED_EARLY = frozenset(
    {
        pyexpat.errors.codes[pyexpat.errors.XML_ERROR_NO_ELEMENTS],
        pyexpat.errors.codes[pyexpat.errors.XML_ERROR_UNCLOSED_TOKEN],
        pyexpat.errors.codes[pyexpat.errors.XML_ERROR_UNCLOSED_CDATA_SECTION],
    }
)


_UNDEFINED_ENTITY = pyexpat.errors.codes[pyexpat.errors.XML_ERROR_UNDEFINED_ENTITY]
#: An entity reference's name, at the position the parser reports it.
_ENTITY_NAME_RE = patterncache.compile(r"&([A-Za-z_][\w.-]{0,40});")


def _entity_at(text: str, line: int, column: int) -> str | None:
    """The name of the entity referenced at 1-based ``line`` and 0-based ``column`` of ``text``
    (where expat reports an undefined one), or None."""
    start = 0
    for _ in range(line - 1):
        start = text.find("\n", start) + 1
        if start == 0:
            return None
    match = _ENTITY_NAME_RE.match(text, start + column)
    return match[1] if match else None


def _read_xml(text: str, source: str) -> XmlDocument:
    tree = ET.TreeBuilder()
    parser = DefusedXMLParser(
        target=tree, forbid_dtd=False, forbid_entities=True, forbid_external=True
    )
    parser.parser.StartDoctypeDeclHandler = _refuse_internal_subset
    start_lines, end_lines = _build_noting_lines(parser.parser, tree)
    fed = html_entities_to_references(_without_declared_encoding(text.lstrip("\ufeff")))
    try:
        parser.feed(fed)
        root = parser.close()
    except DefusedXmlException as exc:
        raise MalformedBulletin(source, f"unsafe XML refused ({type(exc).__name__})") from None
    except ET.ParseError as exc:
        line, _ = exc.position
        reason = f"XML is not well-formed ({exc.msg})"
        if exc.code in _ENDED_EARLY:
            reason += (
                ": the file ends before its feed does (an element, a tag or a CDATA section is "
                "left open); it was cut short, download it again"
            )
        elif exc.code == _UNDEFINED_ENTITY and (name := _entity_at(fed, *exc.position)):
            reason += (
                f": &{name}; is neither an XML nor an HTML entity (a slip of the name? "
                f"&nbsp; &amp; &quot; are); write it as the character it stands for"
            )
        raise MalformedBulletin(source, reason, line) from None
    return XmlDocument(root, start_lines, end_lines)
