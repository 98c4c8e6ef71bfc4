"""The pandera models of the tables built from parsed bulletins (bulletins to figures)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, ClassVar

import pandera.polars as pa
import polars as pl

from bantin.model import Kind, SourceFormat
from bantin.schemas import fields as f
from bantin.schemas import patterns
from bantin.schemas.base import TableModel

KINDS = [kind.value for kind in Kind]
SOURCE_FORMATS = [fmt.value for fmt in SourceFormat]
FIGURE_KINDS = ["percent", "ratio", "ratio_percent", "rank", "score"]
#: The bound a word puts on a figure: "hơn/trên", "gần", "khoảng", "dưới", "tối thiểu/từ … trở lên",
#: "tối đa/không quá/… trở xuống" (``bantin.parsers.lexicon`` maps the words to these).
QUALIFIERS = ["more_than", "nearly", "about", "less_than", "at_least", "at_most"]


class Bulletins(TableModel):
    """One row per published bulletin: a daily digest issue or a feed snapshot."""

    bulletin_id: str = f.text(
        "Stable id derived from content: cchc-YYYY-MM-DD for a digest, "
        "feed-<host>-YYYY-MM-DD for a feed, <kind>-unknown-<sha256 prefix> without a valid date",
        str_matches=patterns.BULLETIN_ID,
    )
    kind: str = f.text(
        "digest (daily digest, print or web edition) or feed (news feed)", isin=KINDS
    )
    source_format: str = f.text("Raw format the bulletin was read from", isin=SOURCE_FORMATS)
    issue_date: dt.date = pa.Field(
        nullable=True,
        description="Issue date (digest) or feed build date (UTC); null when the printed date "
        "does not exist",
    )
    issue_date_text: str = f.text(
        "Issue date as printed (masthead, heading, the feed's date or its newest item's); null for "
        "a feed with no date at all",
        nullable=True,
    )
    issue_date_line: int = f.line("Source line holding the issue date")
    weekday_printed: str = f.text(
        "Weekday printed on the masthead (print edition only)", nullable=True
    )
    weekdays_only: bool = pa.Field(
        description="True when the masthead says the digest is issued Monday to Friday only"
    )
    title: str = f.text("Bulletin or feed title")
    editor: str = f.text("Editor named at the end of the digest", nullable=True)
    feed_link: str = f.text("Website link of the feed channel (feeds only)", nullable=True)
    source_path: str = f.text("Path of the source file, as given to bantin")
    source_sha256: str = f.text(
        "SHA-256 of the source file bytes (64 lowercase hex digits)", str_matches=patterns.SHA256
    )
    n_articles: int = f.count(
        "Number of articles (digest) or items (feed) in the source, withheld ones included"
    )

    class Config:
        name = "bulletins"
        unique: ClassVar[list[str]] = ["bulletin_id"]


class Sections(TableModel):
    """The sections a digest's table of contents lists, in printed order."""

    bulletin_id: str = f.text("Bulletin the section belongs to", str_matches=patterns.BULLETIN_ID)
    position: int = f.position("1-based order of the section in the table of contents")
    name: str = f.text("Section heading as printed")
    page: int = pa.Field(
        nullable=True, ge=0, description="Page printed in the TOC (null on the web)"
    )
    line: int = f.line("Source line of the section in the table of contents")

    class Config:
        name = "sections"
        unique: ClassVar[list[str]] = ["bulletin_id", "position"]
        metadata: ClassVar[dict[str, Any]] = {
            "foreign_keys": {"bulletin_id": "bulletins.bulletin_id"}
        }


class TocEntries(TableModel):
    """The numbered entries of a digest's table of contents, as printed."""

    bulletin_id: str = f.text("Bulletin the entry belongs to", str_matches=patterns.BULLETIN_ID)
    position: int = f.position("1-based order of the entry in the table of contents")
    number: str = f.text("Entry number as printed (may skip or repeat in a faulty TOC)")
    section: str = f.text("Section the entry is listed under", nullable=True)
    title: str = f.text("Entry title as printed, without dot leaders or page")
    page: int = pa.Field(
        nullable=True, ge=0, description="Page printed in the TOC (null on the web)"
    )
    line: int = f.line("Source line of the entry in the table of contents")

    class Config:
        name = "toc_entries"
        unique: ClassVar[list[str]] = ["bulletin_id", "position"]
        metadata: ClassVar[dict[str, Any]] = {
            "foreign_keys": {"bulletin_id": "bulletins.bulletin_id"}
        }


class Articles(TableModel):
    """One row per article of a digest or item of a feed."""

    article_id: str = f.text(
        "<bulletin_id>-NN, NN the 1-based position", str_matches=patterns.ARTICLE_ID
    )
    bulletin_id: str = f.text("Bulletin the article belongs to", str_matches=patterns.BULLETIN_ID)
    position: int = f.position("1-based order of the article in the bulletin")
    section: str = f.text(
        "Section the article appears under (digests): the name the TOC gives it (the sections "
        "table's) when the body's heading is that section, else the heading as printed",
        nullable=True,
    )
    title: str = f.text("Article title as printed")
    locality: str = f.text(
        "Province, city or administrative unit the title starts with ('Bình Thuận' from "
        "'Bình Thuận: ...'); canonical name for provinces and centrally-run cities",
        nullable=True,
    )
    body: str = f.text(
        "Paragraphs joined by a blank line; null when the article has none", nullable=True
    )
    url: str = f.text("Link of the feed item", nullable=True)
    guid: str = f.text("GUID of the feed item", nullable=True)
    pub_date_text: str = f.text("Publication date of the feed item as printed", nullable=True)
    published_at: Annotated[pl.Datetime, "us", "UTC"] = pa.Field(
        nullable=True, description="Publication instant of the feed item, in UTC"
    )
    line_start: int = f.line("Source line of the title (feed_text: the item header line)")
    line_end: int = f.line("Last source line of the article (back-to-top link, ']]>' or '</item>')")
    n_paragraphs: int = f.count("Number of paragraphs in the body")

    class Config:
        name = "articles"
        unique: ClassVar[list[str]] = ["article_id"]
        metadata: ClassVar[dict[str, Any]] = {
            "foreign_keys": {"bulletin_id": "bulletins.bulletin_id"}
        }


class Citations(TableModel):
    """The source note closing a digest article: '(Outlet DD/MM, Author, ...)'."""

    citation_id: str = f.text(
        "<article_id>-c for the note closing the article; <article_id>-cN for the note closing"
        " its N-th short item, when it gathers several ('Tin vắn')",
        str_matches=patterns.CITATION_ID,
    )
    article_id: str = f.text("Article the citation closes", str_matches=patterns.ARTICLE_ID)
    outlet: str = f.text("News outlet cited, as printed (may be composite: 'TTXVN/Bnews.vn')")
    date_text: str = f.text(
        "Day/month as printed, e.g. '01/0'; with its year when printed, '02/12/2025'",
        nullable=True,
    )
    cited_date: dt.date = pa.Field(
        nullable=True,
        description="The printed day/month resolved to the date nearest the issue date (a printed "
        "year is kept); null when the date does not exist or the issue date is unknown",
    )
    line: int = f.line("Source line holding the citation")

    class Config:
        name = "citations"
        unique: ClassVar[list[str]] = ["citation_id"]
        metadata: ClassVar[dict[str, Any]] = {"foreign_keys": {"article_id": "articles.article_id"}}


class CitationAuthors(TableModel):
    """The authors (writers) a citation names, in printed order; pictures' credits are not."""

    citation_id: str = f.text("Citation naming the author", str_matches=patterns.CITATION_ID)
    position: int = f.position("1-based order of the author in the citation")
    name: str = f.text("Author name as printed")

    class Config:
        name = "citation_authors"
        unique: ClassVar[list[str]] = ["citation_id", "position"]
        metadata: ClassVar[dict[str, Any]] = {
            "foreign_keys": {"citation_id": "citations.citation_id"}
        }


class Figures(TableModel):
    """Figures stated in article bodies: percentages ('132,58%', 'trên 45%', '0,2-0,3%'), ratios
    ('30/63', '7/9 huyện', '224/224 (100%)'), ranks ('xếp thứ 12/63') and scores ('40,62/80 điểm').

    Dates, month/year and quarter/year phrases, year spans, document numbers, numbers within a
    year ('Bản tin số 15/2024'), addresses, phone numbers, times and map scales ('bản đồ địa
    chính tỷ lệ 1/2.000') are never figures.
    """

    figure_id: str = f.text(
        "<article_id>-fNNN, NNN the 1-based order in the body", str_matches=patterns.FIGURE_ID
    )
    article_id: str = f.text("Article stating the figure", str_matches=patterns.ARTICLE_ID)
    kind: str = f.text(
        "percent ('132,58%', a range '10-11%'), ratio ('30/63 tỉnh', '7/9 huyện'), ratio_percent "
        "(a ratio printed with its percentage: '224/224 (100%)', '37/76 cơ quan (chiếm 48,6%)', "
        "'97,6% (8.540/8.750 hồ sơ)'), "
        "rank ('xếp thứ 12/63') or score ('40,62/80 điểm')",
        isin=FIGURE_KINDS,
    )
    text: str = f.text("The figure as printed (a ratio with its percentage: both)")
    value: float = pa.Field(
        nullable=True,
        description="Value in percent units: '132,58%' is 132.58, '-1,2%' is -1.2 (printed with "
        "its minus sign), ratio 30/63 is 47.62; for ratio_percent the printed percentage; null "
        "for a range (see value_low, value_high), a rank and a score (see numerator, "
        "denominator)",
    )
    value_low: float = pa.Field(
        nullable=True, ge=0, description="Low end of a percentage range ('0,2-0,3%' gives 0.2)"
    )
    value_high: float = pa.Field(
        nullable=True, ge=0, description="High end of a percentage range ('0,2-0,3%' gives 0.3)"
    )
    qualifier: str = f.text(
        "The bound word printed with the figure, normalised: 'hơn'/'trên' more_than, 'gần' "
        "nearly, 'khoảng'/'xấp xỉ' about, 'dưới'/'chưa đến' less_than, 'tối thiểu'/'ít nhất' or "
        "'từ 80% trở lên' at_least, 'tối đa'/'không quá' or '5% trở xuống' at_most, and the "
        "signs '≥', '≤', '>', '<', '~' so; null when none (for ratio_percent: the percentage's "
        "bound, 'đạt khoảng 97,74%')",
        nullable=True,
        isin=list(QUALIFIERS),
    )
    numerator: float = pa.Field(
        nullable=True,
        ge=0,
        description="X of a ratio X/Y; the position of a rank; the points of a score",
    )
    denominator: float = pa.Field(
        nullable=True,
        ge=0,
        description="Y of a ratio X/Y; the number ranked of a rank; the maximum of a score",
    )
    unit: str = f.text(
        "The noun counted, when printed after the figure ('xã', 'hồ sơ', 'cơ quan', 'quốc gia'; "
        "'điểm' for a score); null for percentages",
        nullable=True,
    )
    dot_decimal: bool = pa.Field(
        description="True when the percentage uses an ambiguous dot decimal ('80.09%')"
    )
    context: str = f.text(
        "The clause around the figure (between ';', '.', '!' or '?'), cut to at most 120 "
        "characters on each side of the figure ('…' marks a cut)",
        nullable=True,
    )
    line: int = f.line("Source line holding the figure (its first character)")

    class Config:
        name = "figures"
        unique: ClassVar[list[str]] = ["figure_id"]
        metadata: ClassVar[dict[str, Any]] = {"foreign_keys": {"article_id": "articles.article_id"}}
