"""Deterministic ids derived from content, so two releases of the same input are identical."""

from __future__ import annotations

import hashlib
import json
import unicodedata
from collections import Counter
from collections.abc import Iterable
from urllib.parse import urlsplit

from bantin import patterncache
from bantin.model import Bulletin, Kind

_PREFIX = {Kind.DIGEST: "cchc", Kind.FEED: "feed"}
_NOT_SLUG_RE = patterncache.compile(r"[^a-z0-9]+")


def ascii_slug(text: str) -> str:
    """ASCII for ids and URL slugs: "Bà Rịa-Vũng Tàu: Số hóa" -> "ba-ria-vung-tau-so-hoa"."""
    folded = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    plain = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    return _NOT_SLUG_RE.sub("-", plain).strip("-")


#: What separates the parts of a feed's title: "Cải cách hành chính – Báo Lào Cai", "Thế giới -
#: VnExpress RSS", "Tin tức | Sở Nội vụ".
_TITLE_PARTS_RE = patterncache.compile(r"\s+[-–—|:»]\s+")
#: Words of a feed's title that tell no feed of a site from another.
_FEED_WORDS = frozenset(("rss", "feed", "feeds", "atom", "xml", "www", "com", "vn", "net", "org"))
#: The shortest first label of a host looked for in a title's parts ("vnexpress" in "VnExpress
#: RSS"): a shorter one ("tin" of tin.example.vn) is in too many words.
_SITE_LABEL_MIN = 4
#: The longest feed part of a bulletin id, in characters (cut at a word's end).
FEED_SLUG_MAX = 40


def feed_slug(title: str, link: str) -> str:
    """The words of a feed's ``title`` that tell it from the site's other feeds, as a slug: the
    title without the part that names the site of ``link`` and words such as "RSS". "cải cách
    hành chính – Doisongnhandan.com" of doisongnhandan.com is "cai-cach-hanh-chinh", "Thế giới -
    VnExpress RSS" of vnexpress.net "the-gioi"; a title that names the site alone gives ""."""
    return _feed_words(title, host_slug(link) or "", link)


def _feed_words(title: str, host: str, link: str = "") -> str:
    """``feed_slug`` of a feed on the site whose ``host_slug`` is ``host``: the words of the
    path of its ``link`` first ("/web/guest/tin-tuc": a portal whose feeds all bear the portlet's
    title, "Trình công bố nội dung", tells them apart there), then those of its title not said."""
    host_words = host.split("-")
    label = host_words[0]
    parts = [part for part in _TITLE_PARTS_RE.split(title) if part.strip()]
    if len(parts) > 1 and len(label) >= _SITE_LABEL_MIN:
        parts = [part for part in parts if label not in ascii_slug(part).replace("-", "")] or parts
    words: list[str] = []
    for word in (*_path_words(link), *ascii_slug(" ".join(parts)).split("-")):
        if word and word not in _FEED_WORDS and word not in host_words and word not in words:
            words.append(word)
    kept = ""
    for word in words:
        if len(kept) + len(word) + 1 > FEED_SLUG_MAX:
            break
        kept = f"{kept}-{word}" if kept else word
    return kept


#: Words of a link's path that name no feed: a portal's or a server's ("/web/guest/…",
#: "index.php", "trang-chu").
_PATH_WORDS = frozenset(
    ("web", "guest", "index", "php", "html", "htm", "aspx", "asp", "jsp", "home", "trang", "chu",
     "vi", "en", "portal", "pages", "page", "default")
)  # fmt: skip


def _path_words(link: str) -> list[str]:
    """The words of the path of ``link`` (``ascii_slug``), but a portal's or server's."""
    try:
        path = urlsplit(link.strip()).path if "//" in link else ""
    except ValueError:
        return []
    return [word for word in ascii_slug(path).split("-") if word and word not in _PATH_WORDS]


def host_slug(link: str) -> str | None:
    """``https://www.doisongnhandan.com/x`` -> ``doisongnhandan-com``; None without a host, or
    with one no reader can tell ("https://[tin.vn/": a bracket opens an IPv6 host it never
    closes, which ``urlsplit`` refuses)."""
    try:
        host = urlsplit(link.strip() if "//" in link else f"//{link.strip()}").hostname or ""
    except ValueError:
        return None
    host = host.removeprefix("www.")
    slug = _NOT_SLUG_RE.sub("-", host.lower()).strip("-")
    return slug or None


def bulletin_id(bulletin: Bulletin, source_sha256: str) -> str:
    """``cchc-YYYY-MM-DD``, ``feed-<host slug>[-<feed slug>]-YYYY-MM-DD`` or
    ``<kind>-unknown-<sha256[:12]>``.

    The date is the bulletin's issue date (a feed's build date); without one, or for a feed
    whose channel has no usable link, the id falls back to the source file's digest. A site's
    feeds (its categories) share its link: the words of the feed's title that are not the site's
    name tell them apart (``feed_slug``), so two of them fetched on one day are two bulletins.
    """
    prefix = _PREFIX[bulletin.kind]
    date = bulletin.issue_date
    if date is not None:
        if bulletin.kind is Kind.DIGEST:
            return f"{prefix}-{date.isoformat()}"
        channel = bulletin.channel
        slug = host_slug(channel.link) if channel else None
        if channel and slug:
            feed = _feed_words(channel.title, slug, channel.link)
            return f"{prefix}-{slug}{'-' + feed if feed else ''}-{date.isoformat()}"
    return f"{prefix}-unknown-{source_sha256.lower()[:12]}"


def article_id(bulletin_id: str, position: int) -> str:
    """``<bulletin_id>-NN`` for the 1-based ``position`` (two digits, more when needed)."""
    if position < 1:
        raise ValueError(f"article position must be 1-based, got {position}")
    return f"{bulletin_id}-{position:02d}"


def citation_id(article_id: str, item: int | None = None) -> str:
    """``<article_id>-c`` for the note closing the article; ``<article_id>-cN`` for the note
    closing its ``item``-th short item (1-based), when it gathers several ("Tin vắn")."""
    if item is None:
        return f"{article_id}-c"
    if item < 1:
        raise ValueError(f"item position must be 1-based, got {item}")
    return f"{article_id}-c{item}"


#: The citation's suffix after its article's id: "-c", "-c2" (a pattern Polars reads too).
CITATION_SUFFIX = r"-c[0-9]*$"
_CITATION_SUFFIX_RE = patterncache.compile(CITATION_SUFFIX)


def citation_article(citation: str) -> str:
    """The id of the article a citation id (``citation_id``) belongs to."""
    return _CITATION_SUFFIX_RE.sub("", citation)


def figure_id(article_id: str, position: int) -> str:
    """``<article_id>-fNNN`` for the 1-based order of the figure in the article body."""
    if position < 1:
        raise ValueError(f"figure position must be 1-based, got {position}")
    return f"{article_id}-f{position:03d}"


def finding_id(
    rule: str, source_path: str, line: int | None, message: str, occurrence: int = 0
) -> str:
    """First 16 hex digits of SHA-256 over (rule, source, line, message, occurrence index).

    ``occurrence`` tells apart identical findings: 0 for the first, 1 for the next, ...
    """
    payload = json.dumps([rule, source_path, line, message, occurrence], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:16]


def finding_ids(findings: Iterable[tuple[str, str, int | None, str]]) -> list[str]:
    """Ids for (rule, source_path, line, message) tuples in order, counting repeated findings."""
    seen: Counter[tuple[str, str, int | None, str]] = Counter()
    ids = []
    for key in findings:
        ids.append(finding_id(*key, occurrence=seen[key]))
        seen[key] += 1
    return ids
