"""Clean bulletins built by hand (the project's own text), and small edits for rule tests."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from bantin.model import (
    Article,
    Bulletin,
    Citation,
    FeedChannel,
    Paragraph,
    Section,
    SourceFormat,
    TocEntry,
)
from bantin.parsers.text import WEEKDAY_NAMES, format_rfc822

LOCAL = "CẢI CÁCH ĐỊA PHƯƠNG"
FIELD = "LĨNH VỰC CẢI CÁCH"

# A page break splits this paragraph after "dân" (line 47), continued on line 49.
_BROKEN_HEAD = "Tỷ lệ hồ sơ đúng hạn đạt 99,96%, trong đó đồng bào dân tộc chiếm 45% dân "
_BROKEN_TAIL = "số của xã."


def digest() -> Bulletin:
    """A clean print digest of Thursday 01/02/2024: 2 sections, 4 articles, every line known.

    Lines: weekday 5, issue date 7, TOC 21-26, body headings 28/54, titles 30/38/46/56,
    citations (and back-to-top links) 34/40/50/60, the paragraph at 46 continues on 49.
    """
    articles = (
        Article(
            title="Bình Dương: Số hóa hồ sơ hành chính",
            title_line=30,
            line_end=34,
            section=LOCAL,
            section_line=28,
            paragraphs=(
                Paragraph(
                    "Sáng 31/1, UBND tỉnh Bình Dương tổng kết công tác cải cách hành chính.", 32
                ),
                Paragraph(
                    "Tỉnh kích hoạt 1.624.565 tài khoản, đạt 132,58% so với chỉ tiêu; hồ sơ "
                    "trực tuyến tăng 150% so với năm trước.",
                    34,
                ),
            ),
            citation=Citation("Baobinhduong.vn", "31/01", ("Minh Anh",), 34),
        ),
        Article(
            title="Lào Cai: Số hóa hồ sơ cấp xã",
            title_line=36,
            line_end=40,
            section=LOCAL,
            section_line=28,
            paragraphs=(
                Paragraph(
                    "Theo Nghị định số 107/2021/NĐ-CP và Thông tư số 01/2023/TT-VPCP ngày "
                    "5/4/2023, xã Tân Tiến (TP Lào Cai) số hóa toàn bộ hồ sơ.",
                    38,
                ),
                Paragraph(
                    "Tỉnh xếp thứ 30/63 tỉnh, thành phố; 224/224 (100%) cơ sở đã kết nối, trụ sở "
                    "đặt tại số 150/2 đường Trần Hưng Đạo.",
                    40,
                ),
            ),
            citation=Citation("Baolaocai.vn", "01/02", (), 40),
        ),
        Article(
            title="Hà Giang mở rộng dịch vụ công trực tuyến",
            title_line=42,
            line_end=50,
            section=LOCAL,
            section_line=28,
            paragraphs=(
                Paragraph(
                    "Trong tháng 1/2024, Trung tâm Hành chính công tỉnh Hà Giang nhận 1/3 (33,3%) "
                    "hồ sơ trực tuyến.",
                    44,
                ),
                Paragraph(_BROKEN_HEAD + _BROKEN_TAIL, 46, breaks=((len(_BROKEN_HEAD), 49),)),
            ),
            citation=Citation("Baohagiang.vn", "01/02", ("Lê Minh", "Trần Hoa"), 50),
        ),
        Article(
            title="Ngành Thuế đặt mục tiêu chuyển đổi số",
            title_line=56,
            line_end=60,
            section=FIELD,
            section_line=54,
            paragraphs=(
                Paragraph("Từ 1/7, người nộp thuế được hỗ trợ trọn quy trình trực tuyến.", 58),
                Paragraph("Ngành đặt mục tiêu 100% hồ sơ xử lý trên môi trường mạng.", 60),
            ),
            citation=Citation("TTXVN", "30/01", ("Văn Tuấn",), 60),
        ),
    )
    toc = (
        TocEntry("1", articles[0].title, LOCAL, 1, 22),
        TocEntry("2", articles[1].title, LOCAL, 2, 23),
        TocEntry("3", articles[2].title, LOCAL, 3, 24),
        TocEntry("4", articles[3].title, FIELD, 4, 26),
    )
    return Bulletin(
        source_format=SourceFormat.PRINT_TEXT,
        title="BẢN TIN CẢI CÁCH HÀNH CHÍNH",
        issue_date_text="01/02/2024",
        issue_date=dt.date(2024, 2, 1),
        issue_date_line=7,
        weekday_printed="THỨ NĂM",
        weekday_line=5,
        weekdays_only=True,
        editor="Thanh Hồng",
        editor_line=62,
        sections=(Section(LOCAL, 1, 21), Section(FIELD, 4, 25)),
        toc=toc,
        articles=articles,
    )


def web_digest() -> Bulletin:
    """The same digest as a web page: no pages, no weekday, no weekdays-only line."""
    bulletin = digest()
    return replace(
        bulletin,
        source_format=SourceFormat.WEB_TEXT,
        title="Bản tin Cải cách hành chính ngày 01/2/2024",
        issue_date_text="01/2/2024",
        issue_date_line=1,
        weekday_printed=None,
        weekday_line=None,
        weekdays_only=False,
        editor=None,
        editor_line=None,
        sections=tuple(replace(s, page=None) for s in bulletin.sections),
        toc=tuple(replace(e, page=None) for e in bulletin.toc),
    )


def _item(title: str, moment: dt.datetime, first: int, paragraphs: tuple[str, ...]) -> Article:
    slug = "https://tin.example.vn/" + str(first)
    return Article(
        title=title,
        title_line=first,
        line_end=first + 2 * len(paragraphs) + 1,
        paragraphs=tuple(Paragraph(p, first + 2 + 2 * i) for i, p in enumerate(paragraphs)),
        url=slug,
        guid=slug,
        pub_date_text=format_rfc822(moment),
        published_at=moment,
    )


def feed() -> Bulletin:
    """A clean flattened feed built Wed 01 Oct 2025: three items, newest first, lines 1-17."""
    built = dt.datetime(2025, 10, 1, 5, 5, 25, tzinfo=dt.UTC)
    items = (
        _item(
            "Cao Bằng: Rút ngắn thời gian xử lý hồ sơ",
            dt.datetime(2025, 10, 1, 5, 5, 23, tzinfo=dt.UTC),
            1,
            ("Tỉnh Cao Bằng giảm số đơn vị hành chính cấp xã từ 161 xuống còn 56.",),
        ),
        _item(
            "Khánh Hòa đẩy mạnh dịch vụ công trực tuyến",
            dt.datetime(2025, 9, 27, 9, 18, 56, tzinfo=dt.UTC),
            5,
            (
                "UBND tỉnh Khánh Hòa đặt mục tiêu 982 dịch vụ công trực tuyến.",
                "Đồng bào dân tộc thiểu số chiếm trên 85% dân số của xã Trung Khánh Vĩnh.",
            ),
        ),
        _item(
            "Gỡ vướng cho trung tâm phục vụ hành chính công",
            dt.datetime(2025, 9, 19, 4, 18, 35, tzinfo=dt.UTC),
            11,
            (
                "Từ ngày 1 đến 21/7, các xã tiếp nhận 22.575 hồ sơ.",
                "Tỷ lệ giải quyết hồ sơ trực tuyến tăng từ 30% lên 50%.",
            ),
        ),
    )
    channel = FeedChannel(
        title="cải cách hành chính – Tin Example",
        link="https://tin.example.vn",
        description="Tin cải cách hành chính",
        build_date_text=format_rfc822(built),
        build_date=built,
        language="vi",
        generator="https://wordpress.org/?v=6.7.2",
        line=1,
    )
    return Bulletin(
        source_format=SourceFormat.FEED_TEXT,
        title=channel.title,
        issue_date_text=channel.build_date_text,
        issue_date=built.date(),
        issue_date_line=1,
        articles=items,
        channel=channel,
    )


def xml_feed() -> Bulletin:
    """The same feed as RSS XML: each item's date on the line after its title."""
    bulletin = feed()
    items = tuple(replace(a, pub_date_line=a.title_line + 1) for a in bulletin.articles)
    return replace(bulletin, source_format=SourceFormat.FEED_XML, articles=items)


CLEAN_BUILDERS = {"print": digest, "web": web_digest, "feed": feed, "xml feed": xml_feed}


# ---------------------------------------------------------------- edits for tests


def on_date(bulletin: Bulletin, day: dt.date) -> Bulletin:
    """The digest reissued on ``day``: issue date text, masthead weekday and citations follow."""
    articles = tuple(
        replace(a, citation=replace(a.citation, date_text=f"{day:%d/%m}")) if a.citation else a
        for a in bulletin.articles
    )
    return replace(
        bulletin,
        issue_date=day,
        issue_date_text=f"{day:%d/%m/%Y}",
        weekday_printed=WEEKDAY_NAMES[day.weekday()] if bulletin.weekday_printed else None,
        articles=articles,
    )


def with_citation_date(bulletin: Bulletin, text: str, index: int = 0) -> Bulletin:
    article = bulletin.articles[index]
    assert article.citation is not None
    citation = replace(article.citation, date_text=text)
    articles = list(bulletin.articles)
    articles[index] = replace(article, citation=citation)
    return replace(bulletin, articles=tuple(articles))


def with_paragraph(bulletin: Bulletin, text: str, index: int = 0, line: int = 32) -> Bulletin:
    """Article ``index`` with its first paragraph replaced by ``text`` (at ``line``)."""
    article = bulletin.articles[index]
    paragraphs = (Paragraph(text, line), *article.paragraphs[1:])
    articles = list(bulletin.articles)
    articles[index] = replace(article, paragraphs=paragraphs)
    return replace(bulletin, articles=tuple(articles))


def with_title(bulletin: Bulletin, title: str, index: int = 0) -> Bulletin:
    """Article ``index`` retitled ``title``, its TOC entry kept in step (no toc.body-mismatch)."""
    article = bulletin.articles[index]
    toc = tuple(replace(e, title=title) if e.title == article.title else e for e in bulletin.toc)
    articles = list(bulletin.articles)
    articles[index] = replace(article, title=title)
    return replace(bulletin, articles=tuple(articles), toc=toc)
