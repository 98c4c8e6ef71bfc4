"""Article rules: missing citation, empty body, duplicated article, title locality not in the body."""

from __future__ import annotations

import datetime as dt
import hashlib
import unicodedata
from collections.abc import Iterator
from dataclasses import replace
from functools import cache

from bantin import patterncache
from bantin.model import Article, Bulletin, Kind
from bantin.parsers.feed_xml import is_attachment_only, is_headline_only
from bantin.parsers.places import (
    merged_into,
    names_of,
    provinces_named_in,
    provinces_placed_among,
)
from bantin.parsers.scan import Scan
from bantin.parsers.text import collapse_spaces, comparable, new_style_tones
from bantin.validators.edits import (
    first_index,
    last_line,
    replace_article,
    shift_lines,
)
from bantin.validators.finding import Severity
from bantin.validators.registry import (
    ArticleKey,
    Hit,
    Scope,
    Subject,
    Withholds,
    register_rule,
)


def _short(title: str, width: int = 60) -> str:
    title = collapse_spaces(title)  # most titles are: told at C speed, without a split
    return title if len(title) <= width else title[: width - 1] + "…"


def _has_body(article: Article) -> bool:
    return any(p.text.strip() for p in article.paragraphs)


# ---------------------------------------------------------------- article.no-citation


def _drop_citation(bulletin: Bulletin) -> Bulletin | None:
    index = first_index(bulletin.articles, lambda a: a.citation is not None)
    if index is None or bulletin.kind is not Kind.DIGEST:
        return None
    article = bulletin.articles[index]
    return replace_article(bulletin, index, replace(article, citation=None, item_citations=()))


@register_rule(
    "article.no-citation",
    Severity.WARNING,
    description="a digest article without its source note '(Outlet DD/MM, Author)'",
    example="article 4 'Hà Nam: Rút ngắn thời gian giải quyết hồ sơ…' has no citation",
    inject=_drop_citation,
    withholds=Withholds.ARTICLE,
)
def check_citation(bulletin: Bulletin) -> Iterator[Hit]:
    if bulletin.kind is not Kind.DIGEST:
        return
    for index, article in enumerate(bulletin.articles):
        # An article whose items each close with a note ("Tin vắn") cites its sources even when
        # its last item prints none.
        if article.citation is None and not article.item_citations:
            yield Hit(
                article.line_end,
                f"article {index + 1} {_short(article.title)!r} has no citation",
                article=index,
            )


# ---------------------------------------------------------------- article.empty


def _empty_article(bulletin: Bulletin) -> Bulletin | None:
    index = first_index(bulletin.articles, _has_body)
    if index is None:
        return None
    return replace_article(bulletin, index, replace(bulletin.articles[index], paragraphs=()))


@register_rule(
    "article.empty",
    Severity.ERROR,
    description="an article with a title but no body paragraph",
    example="article 2 'Lào Cai: Số hóa kết quả…' has no body",
    inject=_empty_article,
    withholds=Withholds.ARTICLE,
)
def check_empty(bulletin: Bulletin) -> Iterator[Hit]:
    feed = bulletin.kind is Kind.FEED
    for index, article in enumerate(bulletin.articles):
        if feed and (is_headline_only(article) or is_attachment_only(article)):
            continue  # feed.headlines-only and feed.item-attachment-only say so
        if not _has_body(article):
            yield Hit(
                article.title_line,
                f"article {index + 1} {_short(article.title)!r} has no body",
                article=index,
            )


# ---------------------------------------------------------------- article.duplicate


def comparable_body(article: Article, printable: bool = False) -> str:
    """The body case-folded, with one plain space between words and none at the ends.

    Parsed paragraphs are usually spaced that way already: ``collapse_spaces`` tells so at C
    speed and splits into words only the bodies that need it. ``printable``: the caller knows
    every paragraph is printable (``Scan.printable``), so only the plain spaces are left to look
    at (``is_collapsed`` without its ``str.isprintable`` pass).
    """
    body = " ".join([p.text for p in article.paragraphs])
    if not printable:
        body = collapse_spaces(body)
    elif "  " in body or body.startswith(" ") or body.endswith(" "):
        body = " ".join(body.split())
    return body.casefold()


def article_digest(article: Article) -> bytes:
    """16 bytes of BLAKE2b over the comparable title and the case-folded, space-collapsed body,
    tones placed the new way: two articles are the same article when their digests are equal."""
    return _digest(article.title, comparable_body(article))


def _digest(title: str, body: str) -> bytes:
    """The digest of a title and a comparable body, each tone placed the new way: an article typed
    again with the other keyboard setting ("số hóa", "số hoá") is the same article.

    The two are joined by a NUL before the tones are placed and the text is encoded, in one pass
    each: the NUL is no part of a word, so no placing of a tone reaches across it, and the bytes
    hashed are those of each part encoded on its own with a NUL byte between them."""
    text = new_style_tones(f"{comparable(title)}\x00{body}")
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).digest()


def article_keys(bulletin: Bulletin, scan: Scan | None = None) -> tuple[ArticleKey, ...]:
    """The keys of a bulletin's articles that have a body (the others cannot be duplicates);
    ``scan``, when given, tells whether every paragraph is printable."""
    printable = scan is not None and scan.printable
    keys = []
    for index, article in enumerate(bulletin.articles):
        body = comparable_body(article, printable)
        if body:  # empty exactly when no paragraph has a word (``_has_body``)
            keys.append(
                ArticleKey(
                    index, article.title_line, _short(article.title), _digest(article.title, body)
                )
            )
    return tuple(keys)


def _repeat_last(bulletin: Bulletin) -> Bulletin | None:
    """Print the last article once more after itself (with a TOC entry for it in a digest)."""
    if not bulletin.articles or not _has_body(bulletin.articles[-1]):
        return None
    last = bulletin.articles[-1]
    copy = shift_lines(last, last_line(bulletin) + 2 - last.title_line)
    toc = bulletin.toc
    if toc:
        entry = toc[-1]
        number = str(len(toc) + 1) + ("." if entry.number.strip().endswith(".") else "")
        toc = (*toc, replace(entry, number=number, title=last.title, section=last.section))
    return replace(bulletin, articles=(*bulletin.articles, copy), toc=toc)


@register_rule(
    "article.duplicate",
    Severity.ERROR,
    description="the same article (title and body) twice in a bulletin, or in two bulletins of a run",
    example="article 11 'Nam Định: Kiểm tra kỷ luật…' repeats article 10",
    inject=_repeat_last,
    scope=Scope.RUN,
    withholds=Withholds.ARTICLE,
)
def check_duplicate() -> DuplicateArticles:
    return DuplicateArticles()


class DuplicateArticles:
    """Remembers the digest of every article seen (with its bulletin and position), nothing more."""

    def __init__(self) -> None:
        self._seen: dict[bytes, tuple[int, int, str]] = {}

    def see(self, index: int, subject: Subject) -> Iterator[Hit]:
        for key in subject.articles:
            first = self._seen.setdefault(key.digest, (index, key.index, subject.bulletin_id))
            f_subject, f_article, f_bulletin = first
            if first == (index, key.index, subject.bulletin_id):
                continue
            if f_subject == index:
                where = f"article {f_article + 1}"
            elif f_bulletin == subject.bulletin_id:
                continue  # the whole bulletin is a duplicate: bulletin.duplicate reports it
            else:
                where = f"article {f_article + 1} of {f_bulletin}"
            yield Hit(
                key.line,
                f"article {key.index + 1} {key.title!r} repeats {where}",
                article=key.index,
                subject=index,
            )


# ---------------------------------------------------------------- article.locality

#: Provinces the locality injector may name in a title, tried in order.
_INJECTED_PROVINCES = ("Lai Châu", "Điện Biên", "Cà Mau", "Hà Giang")


def _provinces(text: str) -> set[str]:
    return set(provinces_named_in(text))


def _foreign_title(bulletin: Bulletin) -> Bulletin | None:
    """Prefix a title with a province its body never mentions ("Lai Châu: …"), TOC kept in step."""
    for index, article in enumerate(bulletin.articles):
        if not _has_body(article) or _provinces(article.title):
            continue
        texts = [p.text for p in article.paragraphs]
        merged = _after_the_merger(bulletin)  # the rule's reading of the body, by the issue date
        for province in _INJECTED_PROVINCES:
            title = f"{province}: {article.title}"
            placed = provinces_placed_among(texts, (province,), merged=merged)
            if placed or _provinces(title) != {province}:
                continue
            if _outlet_vouches_for(province, replace(article, title=title), merged=merged):
                continue  # the rule rightly excuses a province whose own paper is cited
            changed = replace_article(bulletin, index, replace(article, title=title))
            old = comparable(article.title)
            toc_index = next(
                (i for i, e in enumerate(bulletin.toc) if comparable(e.title) == old), None
            )
            if toc_index is not None:
                toc = list(changed.toc)
                toc[toc_index] = replace(toc[toc_index], title=title)
                changed = replace(changed, toc=tuple(toc))
            return changed
    return None


def _ascii_key(text: str) -> str:
    """ "Bà Rịa - Vũng Tàu" -> "bariavungtau": no marks, no spaces or punctuation, lower case."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in decomposed if c.isascii() and c.isalnum()).lower()


def _outlet_vouches(province: str, article: Article) -> bool:
    """Whether the cited outlet is the province's own paper ("Baoyenbai.com.vn" for Yên Bái),
    by any name the province goes by ("Báo Thừa Thiên Huế", "Sài Gòn Giải Phóng").

    Local papers write "tỉnh" instead of repeating the province's name, so their articles are not
    flagged.
    """
    if article.citation is None:
        return False
    outlet = _BROADCASTER_RE.sub("", _ascii_key(article.citation.outlet))
    return any(key in outlet for key in _outlet_keys(province))


#: The ``_ascii_key`` of the words a paper merged with its broadcaster (2025) prints between
#: "Báo" and the province's name: "Báo và Phát thanh, Truyền hình Huế" is "Báo Huế"'s key.
_BROADCASTER_RE = patterncache.compile(r"(?<=bao)va(?:dai)?(?:phatthanhtruyenhinh|ptth)")


#: The shortest key of a province's name, and of a town's, that an outlet's name may hold by
#: chance no more than its own: "Huế" (3) is spelled inside "Thuế" (tax), "Ô Môn" (4) inside
#: many words. A province's shorter name counts after "báo" (a paper).
_SHORTEST_NAME_KEY = 4
_SHORTEST_TOWN_KEY = 5


@cache
def _outlet_keys(province: str) -> frozenset[str]:
    """The ``_ascii_key`` of each name ``province`` goes by, long enough to tell its own paper:
    its own and other spellings ("thuathienhue", "tphcm"), and its towns' ("saigon", "thudo").
    A name too short alone is told after the word for a paper ("baohue", not "Thuế")."""
    spellings, towns = names_of(province)
    keys = {_ascii_key(s.removeprefix("TP. ")) for s in spellings}
    return frozenset(
        {k if len(k) >= _SHORTEST_NAME_KEY else f"bao{k}" for k in keys}
        | {k for town in towns if len(k := _ascii_key(town)) >= _SHORTEST_TOWN_KEY}
    )


def _outlet_vouches_for(province: str, article: Article, *, merged: bool) -> bool:
    """Whether the cited outlet is the province's own paper or, once the units have ``merged``
    (an issue of 1 July 2025 or after), the paper of the province it became part of: "Báo Đắk
    Lắk" writes "tỉnh" of all of Đắk Lắk, what was Phú Yên among it."""
    if _outlet_vouches(province, article):
        return True
    into = merged_into(province) if merged else None
    return into is not None and _outlet_vouches(into, article)


#: The day the 63 provinces and cities became 34.
MERGER_DAY = dt.date(2025, 7, 1)


def _after_the_merger(bulletin: Bulletin) -> bool:
    """Whether ``bulletin`` was issued on or after the merger's day (an undated one is not)."""
    return bulletin.issue_date is not None and bulletin.issue_date >= MERGER_DAY


@register_rule(
    "article.locality",
    Severity.WARNING,
    description=(
        "a title names a province that the article's body never mentions, nor a place within it "
        "(one of its towns), nor, from 1 July 2025, a unit merged into it that day or the "
        "province it was merged into, unless the cited outlet is that province's own paper "
        "(from 1 July 2025 also the paper of the province it was merged into)"
    ),
    example="title names Sóc Trăng but the body never mentions it; the body names Khánh Hòa",
    inject=_foreign_title,
    withholds=Withholds.ARTICLE,
)
def check_locality(bulletin: Bulletin, scan: Scan | None = None) -> Iterator[Hit]:
    scan = scan or Scan(bulletin)
    merged = _after_the_merger(bulletin)
    for index, article in enumerate(bulletin.articles):
        named = scan.title_provinces[index]
        if not named or not _has_body(article):
            continue
        # Only whether the body names the title's provinces matters (most often it does, which
        # a few substring searches show), so the body is read for those here, not in the scan.
        body = provinces_placed_among([p.text for p in article.paragraphs], named, merged=merged)
        missing = sorted(
            p for p in set(named) - body if not _outlet_vouches_for(p, article, merged=merged)
        )
        if missing:
            names = ", ".join(missing)
            yield Hit(
                article.title_line,
                f"title names {names} but the body never mentions "
                f"{'it' if len(missing) == 1 else 'them'}{_what_the_body_names(article)}",
                article=index,
            )


#: How many of the provinces a body names instead the article.locality warning lists.
_LISTED_INSTEAD = 3


def _what_the_body_names(article: Article) -> str:
    """ "; the body names Khánh Hòa" (the first ``_LISTED_INSTEAD`` provinces the body names, in
    order, and how many more), told after the warning: a title over another article's body reads
    at once as such. Empty when the body names no province."""
    named: list[str] = []
    for paragraph in article.paragraphs:
        named += (p for p in provinces_named_in(paragraph.text) if p not in named)
    if not named:
        return ""
    listed = ", ".join(named[:_LISTED_INSTEAD])
    more = len(named) - _LISTED_INSTEAD
    return f"; the body names {listed}" + (f" and {more} more" if more > 0 else "")
