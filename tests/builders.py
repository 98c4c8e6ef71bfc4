"""Hand-built bulletins for tests that must not depend on the parsers (invented text, not corpus)."""

from __future__ import annotations

import datetime as dt
import hashlib

import polars as pl

from bantin.ids import finding_ids
from bantin.model import (
    Article,
    Bulletin,
    Citation,
    FeedChannel,
    Paragraph,
    ParsedSource,
    Section,
    SourceFormat,
    TocEntry,
)
from bantin.schemas import Corrections, Findings, Sources, Withheld, frame


def sha_of(path: str) -> str:
    """A stable fake file digest for a fake path."""
    return hashlib.sha256(path.encode("utf-8")).hexdigest()


def article(
    title: str,
    title_line: int,
    paragraphs: tuple[Paragraph, ...] = (),
    *,
    section: str | None = None,
    citation: Citation | None = None,
    url: str | None = None,
    guid: str | None = None,
    pub_date_text: str | None = None,
    published_at: dt.datetime | None = None,
) -> Article:
    """An article ending two lines after its last paragraph or citation."""
    last = max([title_line, *(p.line for p in paragraphs), citation.line if citation else 0])
    return Article(
        title=title,
        title_line=title_line,
        line_end=last + 2,
        paragraphs=paragraphs,
        section=section,
        section_line=title_line - 2 if section else None,
        citation=citation,
        url=url,
        guid=guid,
        pub_date_text=pub_date_text,
        published_at=published_at,
    )


def digest(
    issue_date: dt.date | None = dt.date(2024, 2, 1),
    *,
    source_format: SourceFormat = SourceFormat.PRINT_TEXT,
    editor: str | None = "Nguyễn Văn An",
    articles: tuple[Article, ...] | None = None,
) -> Bulletin:
    """A three-article digest with two sections, citations, figures and a page-break paragraph."""
    local, policy = "CẢI CÁCH ĐỊA PHƯƠNG", "LĨNH VỰC CẢI CÁCH"

    def page(number: int) -> int | None:  # the web edition prints no pages
        return None if source_format is SourceFormat.WEB_TEXT else number

    if articles is None:
        articles = (
            article(
                "Bình Thuận: Đẩy mạnh dịch vụ công trực tuyến",
                30,
                (
                    Paragraph(
                        "Năm qua, tỉnh giải quyết đúng hạn 98,5% hồ sơ; 30/63 tỉnh đã kết nối.", 32
                    ),
                    Paragraph(
                        "Toàn bộ thủ tục của tỉnh, tức 224/224 (100%) thủ tục, được đưa lên cổng.",
                        34,
                        breaks=((30, 37),),
                    ),
                ),
                section=local,
                citation=Citation("Báo Bình Thuận", "31/01", ("Minh Anh", "Thu Hà"), 39),
            ),
            article(
                "Văn hóa công vụ: Thái độ phục vụ người dân",
                44,
                (Paragraph("Cán bộ cần lắng nghe người dân.", 46),),
                section=local,
                citation=Citation("TTXVN/Bnews.vn", "01/0", (), 48),
            ),
            article(
                "Cà Mau: Số hóa hồ sơ hộ tịch",
                54,
                (
                    Paragraph("Tỉnh đã số hóa hơn 1.624.565 hồ sơ.", 56),
                    Paragraph("Tỷ lệ số hóa đạt 80.09% trong quý.", 58),
                ),
                section=policy,
                citation=Citation("Cà Mau online", "28/02", ("Lê Văn Bình",), 60),
            ),
        )
    return Bulletin(
        source_format=source_format,
        title="BẢN TIN CẢI CÁCH HÀNH CHÍNH",
        issue_date_text=issue_date.strftime("%d/%m/%Y") if issue_date else "31/02/2024",
        issue_date=issue_date,
        issue_date_line=6,
        weekday_printed="THỨ NĂM" if source_format is SourceFormat.PRINT_TEXT else None,
        weekday_line=4 if source_format is SourceFormat.PRINT_TEXT else None,
        weekdays_only=True,
        editor=editor,
        editor_line=70 if editor else None,
        sections=(Section(local, page(1), 20), Section(policy, page(3), 24)),
        toc=tuple(
            TocEntry(str(n), a.title, a.section, page(n), 20 + n)
            for n, a in enumerate(articles, start=1)
        ),
        articles=articles,
    )


def feed(build: dt.datetime = dt.datetime(2025, 10, 1, 5, 5, 25, tzinfo=dt.UTC)) -> Bulletin:
    """A two-item feed snapshot with UTC publication times."""
    items = (
        article(
            "Cải cách hành chính ở Cao Bằng: Rút ngắn thời gian xử lý",
            2,
            (Paragraph("Xã đã giảm từ 161 xuống còn 56 đơn vị, đạt 34,8% so với trước.", 4),),
            url="https://tin.example.vn/cao-bang-rut-ngan/",
            guid="https://tin.example.vn/?p=101",
            pub_date_text="Wed, 01 Oct 2025 05:05:23 +0000",
            published_at=dt.datetime(2025, 10, 1, 5, 5, 23, tzinfo=dt.UTC),
        ),
        article(
            "Hà Nội: Một cửa liên thông",
            8,
            (),
            url="https://tin.example.vn/ha-noi-mot-cua/",
            guid="https://tin.example.vn/?p=100",
            pub_date_text="Tue, 30 Sep 2025 23:10:00 -0700",
            published_at=dt.datetime(2025, 10, 1, 6, 10, tzinfo=dt.UTC),
        ),
    )
    channel = FeedChannel(
        title="cải cách – Tin địa phương",
        link="https://tin.example.vn",
        description="Trang tin tức",
        build_date_text="Wed, 01 Oct 2025 05:05:25 +0000",
        build_date=build,
        language="vi",
        generator="https://wordpress.org/?v=6.7.2",
        line=1,
    )
    return Bulletin(
        source_format=SourceFormat.FEED_TEXT,
        title=channel.title,
        issue_date_text=channel.build_date_text,
        issue_date=build.date(),
        issue_date_line=1,
        articles=items,
        channel=channel,
    )


def parsed(bulletin: Bulletin, path: str) -> ParsedSource:
    return ParsedSource(path=path, sha256=sha_of(path), bulletin=bulletin)


def sample_sources() -> list[ParsedSource]:
    """A print digest, a web digest of another day, a digest with an impossible date, a feed."""
    return [
        parsed(digest(), "corpus/print-2024-02-01.txt"),
        parsed(
            digest(dt.date(2025, 1, 2), source_format=SourceFormat.WEB_TEXT, editor=None),
            "corpus/web-2025-01-02.txt",
        ),
        parsed(digest(None), "corpus/print-bad-date.txt"),
        parsed(feed(), "corpus/feed.txt"),
    ]


def with_release_tables(tables: dict[str, pl.DataFrame]) -> dict[str, pl.DataFrame]:
    """``tables`` plus findings and sources rows covering every status and the null columns."""
    findings = [
        ("date.impossible", "corpus/print-2024-02-01.txt", 48, "citation date 01/0 does not exist"),
        ("pct.format", "corpus/print-2024-02-01.txt", 58, "ambiguous decimal separator in 80.09%"),
        ("source.unreadable", "corpus/broken.bin", None, "binary file"),
    ]
    finding_rows = [
        {
            "finding_id": finding_id,
            "rule": rule,
            "severity": "warning" if rule == "pct.format" else "error",
            "bulletin_id": "cchc-2024-02-01" if line else None,
            "article_id": "cchc-2024-02-01-03" if rule == "pct.format" else None,
            "source_path": path,
            "line": line,
            "message": message,
            "waived": rule == "pct.format",
            "waiver_reason": "reviewed: the decimal point is the outlet's"
            if rule == "pct.format"
            else None,
        }
        for finding_id, (rule, path, line, message) in zip(
            finding_ids(findings), findings, strict=True
        )
    ]
    source_rows: list[dict[str, object]] = [
        {
            "source_path": row["source_path"],
            "source_sha256": row["source_sha256"],
            "source_format": row["source_format"],
            "bulletin_id": row["bulletin_id"],
            "status": "published",
        }
        for row in tables["bulletins"].iter_rows(named=True)
    ]
    source_rows.append(
        {
            "source_path": "corpus/broken.bin",
            "status": "unreadable",
            "reason": "binary file",
        }
    )
    first = tables["bulletins"].row(0, named=True)
    source_rows[0] |= {"status": "partial", "reason": "withheld 1 of 2 articles: 1 error"}
    withheld_rows = [
        {
            "article_id": f"{first['bulletin_id']}-99",
            "bulletin_id": first["bulletin_id"],
            "position": 99,
            "title": "Một bài bị giữ lại",
            "source_path": first["source_path"],
            "line_start": 48,
            "rules": "date.impossible",
            "reason": "1 error: date.impossible (line 48)",
        }
    ]
    return {
        **tables,
        "findings": frame(Findings, finding_rows),
        "sources": frame(Sources, source_rows),
        "withheld": frame(Withheld, withheld_rows),
        "corrections": frame(
            Corrections,
            [
                {
                    "source_path": first["source_path"],
                    "source_sha256": first["source_sha256"],
                    "line": 48,
                    "old": "01/0",
                    "new": None,
                    "reason": "the stray date is deleted",
                }
            ],
        ),
    }
