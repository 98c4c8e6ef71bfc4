"""The parse of the real bulletins in ../shared/corpus is exact, field by field."""

from __future__ import annotations

import datetime as dt
import itertools
import unicodedata

import pytest

from bantin.model import Kind, SourceFormat
from bantin.parsers import parse_text, read_source
from bantin.parsers.text import comparable, resolve_day_month
from tests.conftest import corpus_file
from tests.properties.faults import bare

pytestmark = pytest.mark.corpus


def raw_lines(path):
    return path.read_text(encoding="utf-8").split("\n")


@pytest.fixture(scope="module")
def print_digest():
    path = corpus_file("000_")
    return path, read_source(path).bulletin


@pytest.fixture(scope="module")
def web_digest():
    path = corpus_file("002_")
    return path, read_source(path).bulletin


@pytest.fixture(scope="module")
def feed():
    path = corpus_file("003_")
    return path, read_source(path).bulletin


class TestPrintEdition:
    def test_masthead(self, print_digest):
        path, b = print_digest
        lines = raw_lines(path)
        assert b.source_format is SourceFormat.PRINT_TEXT
        assert b.kind is Kind.DIGEST
        assert b.issue_date == dt.date(2024, 2, 1)
        assert b.issue_date_text == "01/02/2024"
        assert "01/02/2024" in lines[b.issue_date_line - 1]
        assert b.weekday_printed == "THỨ NĂM"
        assert lines[b.weekday_line - 1].strip() == "THỨ NĂM"
        assert b.weekdays_only is True
        assert b.editor == "Thanh Hồng"
        assert "Thanh Hồng" in lines[b.editor_line - 1]

    def test_sections_with_pages(self, print_digest):
        path, b = print_digest
        lines = raw_lines(path)
        assert [s.page for s in b.sections] == [1, 9, 10]
        assert len(b.sections) == 3
        for section in b.sections:
            assert lines[section.line - 1].startswith(section.name)
            assert section.name == section.name.upper()

    def test_toc_entries(self, print_digest):
        path, b = print_digest
        lines = raw_lines(path)
        assert [e.number for e in b.toc] == [str(n) for n in range(1, 11)]
        assert [e.page for e in b.toc] == [1, 2, 3, 5, 6, 7, 7, 8, 9, 10]
        for entry in b.toc:
            raw = lines[entry.line - 1]
            assert raw.startswith(f"{entry.number}. {entry.title}")
            assert raw.rstrip().endswith(f"\t{entry.page}")
            assert "....." not in entry.title and "\t" not in entry.title
        first_section = b.sections[0].name
        assert [e.section for e in b.toc].count(first_section) == 8

    def test_articles_follow_the_toc(self, print_digest):
        path, b = print_digest
        lines = raw_lines(path)
        assert len(b.articles) == 10
        assert [a.title for a in b.articles] == [e.title for e in b.toc]
        assert [a.section for a in b.articles] == [e.section for e in b.toc]
        for article in b.articles:
            assert lines[article.title_line - 1].strip() == article.title
            assert "Về đầu trang" in lines[article.line_end - 1]
            assert article.paragraphs
            for paragraph in article.paragraphs:
                assert "Về đầu trang" not in paragraph.text
                assert unicodedata.is_normalized("NFC", paragraph.text)

    def test_citations(self, print_digest):
        path, b = print_digest
        lines = raw_lines(path)
        citations = [a.citation for a in b.articles]
        assert all(c is not None for c in citations)
        assert [c.date_text for c in citations] == [
            "01/0",
            "01/02",
            "01/02",
            "01/02",
            "31/01",
            "31/01",
            "31/01",
            "31/01",
            "31/01",
            "31/01",
        ]
        first = citations[0]
        assert first.outlet == "Baobinhthuan.com.vn"
        assert first.authors == ("Thu Hà",)
        assert resolve_day_month(first.date_text, b.issue_date) is None
        assert resolve_day_month(citations[4].date_text, b.issue_date) == dt.date(2024, 1, 31)
        assert citations[4].outlet == "TTXVN"
        assert citations[6].authors == ("Xuân Tú", "Thế Toàn")
        for citation in citations:
            assert f"({citation.outlet} {citation.date_text}" in lines[citation.line - 1]
        # the citation is not part of the body
        assert "(Baobinhthuan.com.vn" not in b.articles[0].body

    def test_page_break_paragraph_is_joined(self, print_digest):
        path, b = print_digest
        cam_mau = b.articles[1]
        joined = [p for p in cam_mau.paragraphs if p.breaks]
        assert len(joined) == 1
        paragraph = joined[0]
        assert "Bộ phận Tiếp nhận và Trả kết quả" in paragraph.text
        assert len(paragraph.breaks) == 1
        offset, continuation = paragraph.breaks[0]
        lines = raw_lines(path)
        assert lines[continuation - 1].startswith(paragraph.text[offset : offset + 20])
        assert lines[paragraph.line - 1].rstrip().endswith("Tiếp nhận và")
        # no paragraph of the body ends without terminal punctuation any more
        for article in b.articles:
            for p in article.paragraphs:
                assert p.text[-1] in '.!?…:;"”’)»', p.text[-40:]

    @pytest.mark.parametrize(
        "furniture",
        [
            ["- 5 -"],
            ["Trang 5"],
            ["BẢN TIN CẢI CÁCH HÀNH CHÍNH"],
            ["- 5 -", "Bản tin Cải cách hành chính – Trang 6"],
            ["Trang 5/12"],
            ["- 5 / 12 -", "BẢN TIN CẢI CÁCH HÀNH CHÍNH - Trang 6/12"],
        ],
    )
    def test_page_furniture_at_the_page_break_is_left_out(self, print_digest, furniture):
        """The real print digest with a page's number and running head where its page break
        splits a paragraph ("… Tiếp nhận và" / "Trả kết quả …"): the same articles, word for
        word (a page number was once joined into the paragraph)."""
        path, b = print_digest
        lines = raw_lines(path)
        (broken,) = [p for p in b.articles[1].paragraphs if p.breaks]
        at = broken.breaks[0][1] - 1  # the continuation's index
        furnished = lines[:at] + [x for item in furniture for x in (item, "")] + lines[at:]
        got = parse_text("\n".join(furnished), "furnished.txt")
        assert bare(got.articles) == bare(b.articles)

    @pytest.mark.parametrize(
        "furniture",
        [["5"], ["5", "BẢN TIN CẢI CÁCH HÀNH CHÍNH"], ["Bản tin Cải cách hành chính", "5"]],
    )
    def test_a_bare_page_number_between_two_paragraphs_is_left_out(self, print_digest, furniture):
        """A page's bare number (maybe with its running head) where the page ends between two
        paragraphs, the first ended and the next opening as a sentence does: the same articles,
        word for word (it was once read as the start of the next paragraph, "5 Song song đó")."""
        path, b = print_digest
        lines = raw_lines(path)
        paragraphs = b.articles[1].paragraphs
        (at,) = [
            n
            for n, (this, after) in enumerate(itertools.pairwise(paragraphs), 1)
            if this.text.endswith(".") and after.text[:1].isupper() and not after.breaks
        ][:1]
        start = paragraphs[at].line - 1
        furnished = lines[:start] + [x for item in furniture for x in (item, "")] + lines[start:]
        got = parse_text("\n".join(furnished), "furnished.txt")
        assert bare(got.articles) == bare(b.articles)

    def test_a_bare_number_inside_a_sentence_a_page_break_split_stays(self, print_digest):
        """ "… Tiếp nhận và" / "5" / "Trả kết quả …": the number may be the sentence's own."""
        path, b = print_digest
        lines = raw_lines(path)
        (broken,) = [p for p in b.articles[1].paragraphs if p.breaks]
        at = broken.breaks[0][1] - 1
        got = parse_text("\n".join([*lines[:at], "5", "", *lines[at:]]), "split.txt")
        (joined,) = [p for p in got.articles[1].paragraphs if p.breaks]
        assert "Tiếp nhận và 5 Trả kết quả" in joined.text


class TestWebEdition:
    def test_masthead(self, web_digest):
        _, b = web_digest
        assert b.source_format is SourceFormat.WEB_TEXT
        assert b.issue_date == dt.date(2024, 5, 2)
        assert b.issue_date_line == 1
        assert b.weekday_printed is None
        assert b.editor is None

    def test_toc_without_pages(self, web_digest):
        path, b = web_digest
        lines = raw_lines(path)
        assert len(b.toc) == 10
        assert [e.number for e in b.toc] == [str(n) for n in range(1, 11)]
        assert all(e.page is None for e in b.toc)
        assert all(s.page is None for s in b.sections)
        assert len(b.sections) == 4
        for entry in b.toc:
            raw = lines[entry.line - 1]
            assert raw.startswith(f"{entry.number}.\u00a0")
            assert comparable(raw).endswith(comparable(entry.title))
            assert "\u00a0" not in entry.title

    def test_articles(self, web_digest):
        path, b = web_digest
        lines = raw_lines(path)
        assert len(b.articles) == 10
        assert [comparable(a.title) for a in b.articles] == [comparable(e.title) for e in b.toc]
        assert [a.section for a in b.articles] == [e.section for e in b.toc]
        assert all(a.citation is not None for a in b.articles)
        for article in b.articles:
            assert "Về đầu trang" in lines[article.line_end - 1]
            assert not article.body.endswith("Về đầu trang")
        assert b.articles[-1].citation.date_text == "30/4"
        # page furniture after the last article is not content
        assert "More" not in b.articles[-1].body

    @pytest.mark.parametrize("style", ["{n})", "{n} -", "{n} –", "{n}-", "{n}."])
    def test_toc_numbered_otherwise_reads_the_same(self, web_digest, style):
        """The real web digest with its TOC numbered "1)", "1 -", "1.Title" … instead of "1. …":
        the same TOC, sections and articles (its lines were once read as the first article's)."""
        path, b = web_digest
        lines = raw_lines(path)
        for entry in b.toc:
            raw = lines[entry.line - 1]
            rest = raw[len(entry.number) + 1 :]
            if style == "{n}.":  # "1.Title": the non-breaking spaces lost
                rest = rest.lstrip()
            lines[entry.line - 1] = style.format(n=entry.number) + rest
        renumbered = parse_text("\n".join(lines), "renumbered.txt")
        assert renumbered.toc == b.toc
        assert renumbered.sections == b.sections
        assert renumbered.articles == b.articles


class TestFeed:
    def test_channel(self, feed):
        _, b = feed
        assert b.source_format is SourceFormat.FEED_TEXT
        assert b.kind is Kind.FEED
        assert b.channel is not None
        assert b.channel.link == "https://doisongnhandan.com"
        assert b.channel.language == "vi"
        assert b.channel.build_date == dt.datetime(2025, 10, 1, 5, 5, 25, tzinfo=dt.UTC)
        assert b.issue_date == dt.date(2025, 10, 1)
        assert b.toc == () and b.sections == ()

    def test_items(self, feed):
        path, b = feed
        lines = raw_lines(path)
        assert len(b.articles) == 10
        for article in b.articles:
            assert article.url and article.url.startswith("https://doisongnhandan.com/")
            assert article.guid == article.url
            assert article.published_at is not None
            assert article.published_at.tzinfo is not None
            assert article.published_at.utcoffset() == dt.timedelta(0)
            assert article.title in lines[article.title_line - 1]
            assert article.citation is None and article.section is None
            assert article.paragraphs
        assert b.articles[1].published_at == dt.datetime(2025, 9, 27, 9, 18, 56, tzinfo=dt.UTC)
        ends = [lines[a.line_end - 1].strip() for a in b.articles]
        assert ends == ["]]>"] * 10

    def test_captions_kept_once(self, feed):
        _, b = feed
        for article in b.articles:
            keys = [comparable(p.text) for p in article.paragraphs]
            assert len(keys) == len(set(keys)), article.title
        # a caption that was printed twice (once with a straight, once with a curly apostrophe)
        soc_trang = b.articles[4]
        assert sum("Hòn Lay hướng dẫn bà" in p.text for p in soc_trang.paragraphs) == 2
