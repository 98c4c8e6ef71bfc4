"""Synthetic bulletins: clean by construction, rendered faithfully, written deterministically."""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
import importlib
import random
import re
import unicodedata
from collections.abc import Iterator
from functools import cache
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from defusedxml import ElementTree as SafeET

from bantin.datasets.synthetic import (
    EMBEDDED_SAMPLE_SEED,
    EMBEDDED_SAMPLE_SIZE,
    Rendered,
    embedded_sample_dir,
    generate_bulletin,
    render,
    write_sample,
)
from bantin.datasets.synthetic import vocabulary as V
from bantin.datasets.synthetic.prose import Scene, Writer, is_clean_paragraph
from bantin.datasets.synthetic.render import citation_text, is_caption
from bantin.datasets.synthetic.sample import MAX_BULLETINS, embedded_sample_files
from bantin.ids import ascii_slug
from bantin.model import Article, Bulletin, Citation, FeedDialect, Kind, Paragraph, SourceFormat
from bantin.parsers import read_source
from bantin.parsers.figures import extract_figures
from bantin.parsers.text import (
    NBSP_CHARS,
    WEEKDAY_NAMES,
    format_rfc822,
    make_date,
    parse_full_date,
    resolve_day_month,
)
from bantin.validators import validate
from bantin.validators.percentages import is_share_over_100

SEEDS = range(30)
CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"


@cache
def rendered(seed: int, source_format: SourceFormat) -> tuple[Bulletin, Rendered]:
    bulletin = generate_bulletin(random.Random(seed), source_format)
    return bulletin, render(bulletin)


def cases(*formats: SourceFormat) -> Iterator[tuple[Bulletin, Rendered]]:
    for seed in SEEDS:
        for source_format in formats or tuple(SourceFormat):
            yield rendered(seed, source_format)


def digests() -> Iterator[tuple[Bulletin, Rendered]]:
    return cases(SourceFormat.PRINT_TEXT, SourceFormat.WEB_TEXT)


def feeds() -> Iterator[tuple[Bulletin, Rendered]]:
    return cases(SourceFormat.FEED_TEXT, SourceFormat.FEED_XML)


def strings(value: Any) -> Iterator[str]:
    """Every string held anywhere in a (nested) model value."""
    if isinstance(value, str):
        yield value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from strings(getattr(value, field.name))
    elif isinstance(value, tuple):
        for item in value:
            yield from strings(item)


def without_lines(value: Any) -> Any:
    """The model value with every line number set back to 0 (None stays None)."""
    if isinstance(value, tuple):
        return tuple(without_lines(v) for v in value)
    if isinstance(value, Paragraph):
        return Paragraph(value.text, 0, tuple((offset, 0) for offset, _ in value.breaks))
    if not dataclasses.is_dataclass(value) or isinstance(value, type):
        return value
    changes: dict[str, Any] = {}
    for field in dataclasses.fields(value):
        current = getattr(value, field.name)
        if field.name == "line" or field.name.endswith("_line") or field.name == "line_end":
            changes[field.name] = None if current is None else 0
        else:
            changes[field.name] = without_lines(current)
    return dataclasses.replace(value, **changes)


def group(pattern: str, text: str) -> str:
    match = re.search(pattern, text)
    assert match is not None, pattern
    return match[1]


def body_text(article: Article) -> str:
    return " ".join(p.text for p in article.paragraphs)


# ---------------------------------------------------------------- write_sample


def test_write_sample_is_deterministic_for_a_seed(tmp_path: Path) -> None:
    first = write_sample(tmp_path / "a", 6, 11)
    second = write_sample(tmp_path / "b", 6, 11)
    assert [p.name for p in first] == [p.name for p in second]
    assert [p.read_bytes() for p in first] == [p.read_bytes() for p in second]


def test_different_seeds_give_different_samples(tmp_path: Path) -> None:
    one = write_sample(tmp_path / "a", 4, 1)
    two = write_sample(tmp_path / "b", 4, 2)
    assert all(a.read_bytes() != b.read_bytes() for a, b in zip(one, two, strict=True))


def test_a_smaller_sample_is_a_prefix_of_a_larger_one(tmp_path: Path) -> None:
    small = write_sample(tmp_path / "small", 3, 5)
    large = write_sample(tmp_path / "large", 7, 5)
    assert [p.read_bytes() for p in small] == [p.read_bytes() for p in large[:3]]


def test_write_sample_covers_every_format_round_robin_with_distinct_dates(tmp_path: Path) -> None:
    paths = write_sample(tmp_path / "out", 8, 3)
    assert [p.name for p in paths] == [
        "000_print_text.txt",
        "001_web_text.txt",
        "002_feed_text.txt",
        "003_feed_xml.xml",
        "004_print_text.txt",
        "005_web_text.txt",
        "006_feed_text.txt",
        "007_feed_xml.xml",
    ]
    assert sorted(tmp_path.joinpath("out").iterdir()) == paths
    issue_dates = []
    for path in paths:
        text = path.read_text(encoding="utf-8")
        if path.name.endswith("print_text.txt"):
            assert text.startswith("\n\nNăm ")
            issue_dates.append(group(r"Phát hành: (\S+)", text))
        elif path.name.endswith("web_text.txt"):
            assert text.startswith("Bản tin Cải cách hành chính ngày ")
            issue_dates.append(text.split("\n", 1)[0].rsplit(" ", 1)[1])
        elif path.name.endswith("feed_text.txt"):
            assert " vi hourly 1 " in text.split("\n", 1)[0]
            issue_dates.append(group(r"\w{3}, (\d\d \w{3} \d{4})", text))
        else:
            assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"')
            # 003 WordPress (lastBuildDate), 007 a news site (the channel's pubDate, in +0700).
            issue_dates.append(group(r"<(?:lastBuildDate|pubDate)>\w{3}, (\d\d \w{3} \d{4})", text))
    assert len(set(issue_dates)) == len(issue_dates)


def test_a_sample_of_sixteen_writes_every_feed_dialect_and_each_is_clean(tmp_path: Path) -> None:
    paths = write_sample(tmp_path, 16, 5)
    feeds = [read_source(p) for p in paths if p.suffix == ".xml"]
    assert [f.bulletin.channel.dialect for f in feeds if f.bulletin.channel] == [
        FeedDialect.RSS2,
        FeedDialect.RSS2_DESCRIPTION,
        FeedDialect.RSS1,
        FeedDialect.ATOM,
    ]
    # The RSS 1.0 feed is stored the legacy way: Windows-1258, as its declaration says.
    assert paths[11].read_bytes().startswith(b'<?xml version="1.0" encoding="windows-1258"?>')
    assert validate(feeds) == []


def test_write_sample_numbers_files_wider_when_needed(tmp_path: Path) -> None:
    names = [p.name for p in write_sample(tmp_path, 3, 0)]
    assert names[0] == "000_print_text.txt"


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"bulletins": 0}, "bulletins must be at least 1, got 0"),
        ({"bulletins": -2}, "bulletins must be at least 1, got -2"),
        (
            {"bulletins": MAX_BULLETINS + 1},
            f"bulletins must be at most {MAX_BULLETINS}, got {MAX_BULLETINS + 1}",
        ),
        ({"bulletins": 2.5}, "bulletins must be an integer, got 2.5 (float)"),
        ({"bulletins": True}, "bulletins must be an integer, got True (bool)"),
        ({"seed": "7"}, "seed must be an integer, got '7' (str)"),
        ({"seed": None}, "seed must be an integer, got None (NoneType)"),
        ({"out_dir": 42}, "out_dir must be a path, got 42 (int)"),
    ],
)
def test_write_sample_rejects_bad_arguments(
    tmp_path: Path, kwargs: dict[str, Any], message: str
) -> None:
    arguments: dict[str, Any] = {"out_dir": tmp_path / "out", "bulletins": 2, "seed": 1, **kwargs}
    with pytest.raises(ValueError, match=re.escape(message)):
        write_sample(**arguments)
    assert not (tmp_path / "out").exists()


def test_write_sample_refuses_a_file_as_out_dir(tmp_path: Path) -> None:
    target = tmp_path / "taken"
    target.write_text("x")
    with pytest.raises(ValueError, match="out_dir must be a directory"):
        write_sample(target, 1, 0)


def test_embedded_sample_is_exactly_what_write_sample_writes(tmp_path: Path) -> None:
    expected = write_sample(tmp_path, EMBEDDED_SAMPLE_SIZE, EMBEDDED_SAMPLE_SEED)
    shipped = embedded_sample_files()
    assert [p.name for p in shipped] == [p.name for p in expected]
    for ours, fresh in zip(shipped, expected, strict=True):
        assert ours.read_bytes() == fresh.read_bytes(), (
            f"{ours.name} drifted: regenerate the sample"
        )
    assert (embedded_sample_dir() / "README.txt").is_file()
    assert EMBEDDED_SAMPLE_SIZE == 8


# ---------------------------------------------------------------- generated bulletins are clean


def test_generated_bulletins_leave_every_line_at_zero() -> None:
    for bulletin, _ in cases():
        assert without_lines(bulletin) == bulletin


def test_all_text_is_nfc_without_non_breaking_spaces() -> None:
    for bulletin, result in cases():
        for text in strings(bulletin):
            assert unicodedata.is_normalized("NFC", text), text
            assert not any(c in text for c in NBSP_CHARS), text
        assert unicodedata.is_normalized("NFC", result.text)


def test_digest_shape_sections_and_toc() -> None:
    for bulletin, _ in digests():
        assert 4 <= len(bulletin.articles) <= 12
        assert 2 <= len(bulletin.sections) <= 4
        names = [s.name for s in bulletin.sections]
        assert names[0] == V.SECTION_LOCAL
        assert names == sorted(names, key=V.SECTIONS.index)
        assert [e.number for e in bulletin.toc] == [
            str(i) for i in range(1, len(bulletin.articles) + 1)
        ]
        assert [(e.title, e.section) for e in bulletin.toc] == [
            (a.title, a.section) for a in bulletin.articles
        ]
        assert [a.section for a in bulletin.articles] == sorted(
            (a.section for a in bulletin.articles), key=lambda s: names.index(s or "")
        )


def test_print_pages_start_at_one_never_decrease_and_match_sections() -> None:
    for bulletin, _ in cases(SourceFormat.PRINT_TEXT):
        pages = [e.page for e in bulletin.toc if e.page is not None]
        assert len(pages) == len(bulletin.toc)
        assert pages[0] == 1
        assert pages == sorted(pages)
        for section in bulletin.sections:
            first = next(e for e in bulletin.toc if e.section == section.name)
            assert section.page == first.page
    for bulletin, _ in cases(SourceFormat.WEB_TEXT):
        assert {e.page for e in bulletin.toc} | {s.page for s in bulletin.sections} == {None}


def test_print_issue_date_is_a_weekday_printed_right() -> None:
    for bulletin, _ in cases(SourceFormat.PRINT_TEXT):
        assert bulletin.issue_date is not None
        assert bulletin.issue_date.weekday() < 5
        assert bulletin.weekday_printed == WEEKDAY_NAMES[bulletin.issue_date.weekday()]
        assert parse_full_date(bulletin.issue_date_text) == bulletin.issue_date
        assert bulletin.weekdays_only and bulletin.editor
    for bulletin, _ in cases(SourceFormat.WEB_TEXT):
        assert bulletin.issue_date is not None and bulletin.issue_date.weekday() < 5
        assert bulletin.weekday_printed is None and bulletin.editor is None
        day, month, year = bulletin.issue_date_text.split("/")
        assert len(day) == 2 and month == str(int(month)) and len(year) == 4
        assert bulletin.title == f"Bản tin Cải cách hành chính ngày {bulletin.issue_date_text}"


def test_a_digest_cannot_be_issued_on_a_weekend() -> None:
    saturday = dt.date(2024, 2, 3)
    with pytest.raises(ValueError, match="issue_date must be a weekday"):
        generate_bulletin(random.Random(0), SourceFormat.PRINT_TEXT, saturday)
    feed = generate_bulletin(random.Random(0), SourceFormat.FEED_XML, saturday)
    assert feed.issue_date == saturday


def test_citations_are_dated_on_or_shortly_before_the_issue() -> None:
    for bulletin, _ in digests():
        assert bulletin.issue_date is not None
        for article in bulletin.articles:
            citation = article.citation
            assert citation is not None and citation.outlet and "(" not in citation.outlet
            cited = resolve_day_month(citation.date_text, bulletin.issue_date)
            assert cited is not None
            assert dt.timedelta(0) <= bulletin.issue_date - cited <= dt.timedelta(days=4)
            assert len(citation.authors) <= 3
            if len(citation.authors) < 2:
                assert citation.separator == ", "
            assert citation.separator in (", ", " - ", " – ")


def test_a_provincial_paper_only_covers_its_own_province() -> None:
    labels = {"bao" + ascii_slug(p.name).replace("-", ""): p.name for p in V.PROVINCES}
    checked = 0
    for bulletin, _ in digests():
        for article in bulletin.articles:
            assert article.citation is not None
            outlet = article.citation.outlet
            if outlet in V.NATIONAL_OUTLETS:
                continue
            province = labels[outlet.lower().split(".", 1)[0]]
            assert province in body_text(article), (outlet, article.title)
            checked += 1
    assert checked


def test_early_january_issues_cite_the_previous_december() -> None:
    issue = dt.date(2025, 1, 2)
    cited = [
        resolve_day_month(a.citation.date_text, issue)
        for seed in range(6)
        for a in generate_bulletin(random.Random(seed), SourceFormat.PRINT_TEXT, issue).articles
        if a.citation is not None
    ]
    assert all(c is not None and c <= issue for c in cited)
    assert any(c is not None and c.year == 2024 and c.month == 12 for c in cited)


def test_paragraphs_start_and_end_cleanly() -> None:
    for bulletin, _ in cases():
        for article in bulletin.articles:
            assert len(article.paragraphs) >= 2
            for paragraph in article.paragraphs:
                assert is_clean_paragraph(paragraph.text), paragraph.text
                assert not re.match(r"\d+\. ", paragraph.text)


def test_figures_shares_and_ratios_are_consistent() -> None:
    seen: set[str] = set()
    for bulletin, _ in cases():
        for article in bulletin.articles:
            text = body_text(article)
            for figure in extract_figures(text):
                seen.add(figure.kind)
                assert not figure.dot_decimal, figure
                if figure.kind in ("rank", "score"):
                    assert figure.value is None and figure.numerator and figure.denominator
                    assert figure.numerator <= figure.denominator, figure.text
                    continue
                if figure.value_low is not None:
                    assert figure.value_high is not None and figure.value_low < figure.value_high
                    continue
                assert figure.value is not None
                if figure.kind == "percent" and figure.value > 100:
                    assert not is_share_over_100(text, figure), figure.context
                if figure.kind == "ratio_percent":
                    assert figure.stated is not None
                    decimals = len(figure.stated.rstrip("%").partition(",")[2])
                    assert figure.numerator is not None and figure.denominator
                    exact = figure.numerator / figure.denominator * 100
                    slack = 1.0 if figure.stated_qualifier == "about" else 0.0
                    assert abs(exact - figure.value) <= 0.5 * 10**-decimals + slack + 1e-9
                if figure.kind in ("ratio", "ratio_percent"):
                    assert figure.numerator is not None and figure.denominator is not None
                    assert figure.numerator <= figure.denominator, figure.text
    assert seen == {"percent", "ratio", "ratio_percent", "rank", "score"}


def test_dates_and_document_numbers_in_the_text_exist_and_are_not_in_the_future() -> None:
    counts = {"full": 0, "day_month": 0, "document": 0, "signed": 0}
    for bulletin, _ in cases():
        for article in bulletin.articles:
            text = body_text(article)
            when = article.published_at.date() if article.published_at else bulletin.issue_date
            assert when is not None
            for day, month, year in re.findall(r"ngày (\d{1,2})/(\d{1,2})/(\d{4})", text):
                found = make_date(int(year), int(month), int(day))
                assert found is not None and found <= when
                counts["full"] += 1
            for match in re.finditer(r"(?:Sáng|Chiều|Ngày) (\d{1,2}/\d{1,2})\b(?!/)", text):
                found = resolve_day_month(match[1], when)
                assert found is not None and found <= when, match[0]
                assert when - found <= dt.timedelta(days=3)
                counts["day_month"] += 1
            for year in re.findall(r"số \d+/(\d{4})/", text):
                assert int(year) <= when.year
                counts["document"] += 1
            for number_year, signed_year in re.findall(
                r"số \d+/(\d{4})/\S+ ngày [\d/]+/(\d{4})", text
            ):
                assert number_year == signed_year
                counts["signed"] += 1
    assert all(counts.values()), counts


def test_every_template_slot_can_be_filled() -> None:
    scene = Scene(
        dt.date(2024, 2, 1),
        province=V.PROVINCES[0],
        sector=V.SECTORS[0],
        field=V.SECTORS[0].fields[0],
    )
    writer = Writer(random.Random(0), scene)
    topics = (*V.LOCAL_TOPICS, V.DISCIPLINE, V.SECTOR, V.COMMENTARY)
    templates = [t for topic in topics for t in (*topic.titles, *topic.sentences)]
    templates += [*V.LOCAL_LEADS, *V.SECTOR_LEADS, *V.LOCAL_CLOSINGS, *V.SECTOR_CLOSINGS]
    templates += [
        *V.COMMENTARY_CLOSINGS,
        *V.GENERAL_SENTENCES,
        *V.CAPTIONS_LOCAL,
        *V.CAPTIONS_GENERAL,
    ]
    for template in templates:
        filled = writer.fill(template)
        assert "{" not in filled and "}" not in filled, template
        if template not in (t for topic in topics for t in topic.titles):
            assert is_clean_paragraph(filled), filled
        else:
            assert ":" not in filled and not filled.endswith((".", "…")), filled


def test_locality_prefixes_vary_and_a_title_province_is_in_the_body() -> None:
    provinces = [p.name for p in V.PROVINCES]
    prefixed = unprefixed = 0
    for bulletin, _ in cases():
        for article in bulletin.articles:
            head, colon, _ = article.title.partition(": ")
            if colon and head in provinces:
                prefixed += 1
            else:
                unprefixed += 1
            for name in provinces:
                if re.search(rf"(?<!\w){re.escape(name)}(?!\w)", article.title):
                    assert name in body_text(article), (name, article.title)
    assert prefixed > 0 and unprefixed > 0


def test_feeds_channel_and_items_in_strictly_decreasing_order() -> None:
    for bulletin, _ in feeds():
        channel = bulletin.channel
        assert channel is not None and channel.build_date is not None
        assert channel.link.startswith("https://") and channel.language == "vi"
        assert channel.title and channel.description and channel.generator.startswith("https://")
        assert channel.build_date_text == format_rfc822(channel.build_date)
        assert bulletin.issue_date == channel.build_date.date()
        assert 4 <= len(bulletin.articles) <= 12
        moments = [a.published_at for a in bulletin.articles if a.published_at is not None]
        assert len(moments) == len(bulletin.articles)
        assert moments[0] <= channel.build_date
        assert all(newer > older for newer, older in pairwise(moments))
        for article, moment in zip(bulletin.articles, moments, strict=True):
            assert article.pub_date_text == format_rfc822(moment)
            assert article.url and article.url.startswith(channel.link + "/")
            assert article.section is None and article.citation is None
        assert len({a.url for a in bulletin.articles}) == len(bulletin.articles)
        assert len({a.guid for a in bulletin.articles}) == len(bulletin.articles)


def test_feeds_carry_image_captions_and_digests_do_not() -> None:
    captions = [
        p for b, _ in feeds() for a in b.articles for p in a.paragraphs if is_caption(p.text)
    ]
    assert captions
    assert not [
        p for b, _ in digests() for a in b.articles for p in a.paragraphs if is_caption(p.text)
    ]


def test_page_breaks_split_mid_sentence_before_a_lower_case_word() -> None:
    broken = [
        p
        for b, _ in cases(SourceFormat.PRINT_TEXT)
        for a in b.articles
        for p in a.paragraphs
        if p.breaks
    ]
    assert broken
    for paragraph in broken:
        ((offset, _),) = paragraph.breaks
        assert paragraph.text[offset - 1] == " "
        assert paragraph.text[offset - 2].isalnum() and paragraph.text[offset].islower()
    for seed in SEEDS:
        plain = generate_bulletin(random.Random(seed), SourceFormat.PRINT_TEXT, page_breaks=False)
        assert not [p for a in plain.articles for p in a.paragraphs if p.breaks]
    for bulletin, _ in cases(SourceFormat.WEB_TEXT, SourceFormat.FEED_TEXT, SourceFormat.FEED_XML):
        assert not [p for a in bulletin.articles for p in a.paragraphs if p.breaks]


# ---------------------------------------------------------------- renderers


def test_rendered_bulletin_is_the_input_with_lines_set() -> None:
    for bulletin, result in cases():
        assert without_lines(result.bulletin) == bulletin


def test_rendered_lines_point_at_the_right_text() -> None:
    for bulletin, result in cases():
        lines = result.text.split("\n")
        written = result.bulletin

        def at(number: int | None, lines: list[str] = lines) -> str:
            assert number is not None and 1 <= number <= len(lines)
            return lines[number - 1]

        assert bulletin.issue_date_text in at(written.issue_date_line)
        for article in written.articles:
            title = (
                html.escape(article.title, quote=False)
                if written.source_format is SourceFormat.FEED_XML
                else article.title
            )
            assert title in at(article.title_line)
            for paragraph in article.paragraphs:
                first = (
                    paragraph.text[: paragraph.breaks[0][0] - 1]
                    if paragraph.breaks
                    else paragraph.text
                )
                assert html.escape(first, quote=False) in at(paragraph.line) or first in at(
                    paragraph.line
                )
                for offset, line in paragraph.breaks:
                    assert at(line).startswith(paragraph.text[offset:])
                    assert line > paragraph.line
            if article.citation is not None:
                assert citation_text(article.citation) in at(article.citation.line)
                assert article.citation.line == article.line_end
            if article.section_line is not None:
                assert at(article.section_line) == article.section
            assert article.title_line <= min(p.line for p in article.paragraphs) <= article.line_end
        ends = [a.line_end for a in written.articles]
        assert ends == sorted(set(ends))
        for section in written.sections:
            assert at(section.line).startswith(section.name)
        for entry in written.toc:
            assert at(entry.line).startswith(f"{entry.number}.") and entry.title in at(entry.line)
        if written.weekday_line is not None:
            assert at(written.weekday_line) == written.weekday_printed
        if written.editor_line is not None:
            assert at(written.editor_line) == f"Biên tập viên: {written.editor}"
        if written.channel is not None:
            assert written.channel.build_date_text in at(written.channel.line)


def test_print_layout() -> None:
    bulletin, result = rendered(0, SourceFormat.PRINT_TEXT)
    lines = result.text.split("\n")
    assert bulletin.issue_date is not None
    assert lines[:20] == [
        "",
        "",
        f"Năm {bulletin.issue_date.year}",
        "",
        bulletin.weekday_printed,
        "",
        f"Phát hành: {bulletin.issue_date_text}",
        "",
        "Bản tin",
        "",
        "Điểm báo",
        "",
        "",
        "",
        "BẢN TIN CẢI CÁCH HÀNH CHÍNH",
        "",
        "(Phát hành hàng ngày từ thứ Hai đến thứ Sáu)",
        "",
        "Trong ngày, một số vấn đề được báo chí quan tâm phản ánh:",
        "",
    ]
    toc_end = 20 + len(bulletin.toc) + len(bulletin.sections)
    for line in lines[20:toc_end]:
        assert re.fullmatch(r"(?:\d+\. .+|[^a-zđ]+)\.{5}\t\d+", line), line
    assert lines[toc_end] == ""
    assert lines[-2:] == ["", f"Biên tập viên: {bulletin.editor}"]
    end_lines = [lines[a.line_end - 1] for a in result.bulletin.articles]
    assert all(line.endswith(") [Về đầu trang](#)") for line in end_lines[:-1])
    assert end_lines[-1].endswith(") [Về đầu trang./.](#)")


def test_web_layout() -> None:
    for seed in SEEDS:
        bulletin, result = rendered(seed, SourceFormat.WEB_TEXT)
        lines = result.text.split("\n")
        assert lines[:4] == [bulletin.title, "", "Font size : A- A A+", ""]
        for entry in result.bulletin.toc:
            nbsp = 7 if len(entry.number) == 1 else 4
            assert lines[entry.line - 1] == f"{entry.number}.{chr(0xA0) * nbsp} {entry.title}"
            assert lines[entry.line] == ""
        last_toc = max(e.line for e in result.bulletin.toc)
        assert lines[last_toc : last_toc + 3] == ["", "\xa0", ""]
        end_lines = [lines[a.line_end - 1] for a in result.bulletin.articles]
        assert all(line.endswith(")Về đầu trang") for line in end_lines[:-1])
        assert end_lines[-1].endswith(")Về đầu trang./.")
        assert lines[-4:-1] == ["", "More", ""] and re.fullmatch(r"\d\d", lines[-1])


def test_feed_text_layout_and_doubled_captions() -> None:
    for bulletin, result in cases(SourceFormat.FEED_TEXT):
        lines = result.text.split("\n")
        channel = bulletin.channel
        assert channel is not None
        assert lines[0].startswith(
            f"{channel.title} {channel.link} {channel.description} {channel.build_date_text} vi hourly 1 "
            f"{channel.generator} "
        )
        first = bulletin.articles[0]
        assert lines[0].endswith(
            f" 32 32 {first.title} {first.url} {first.pub_date_text} {first.guid}"
        )
        assert result.text.endswith("]]>")
        for index, article in enumerate(result.bulletin.articles):
            assert lines[article.line_end - 1] == "]]>" and lines[article.line_end - 2] == ""
            if index:
                assert article.title_line == result.bulletin.articles[index - 1].line_end + 1
                assert lines[article.title_line - 1] == (
                    f"{article.title} {article.url} {article.pub_date_text} {article.guid}"
                )
            for paragraph in article.paragraphs:
                after = lines[paragraph.line]
                assert after == (paragraph.text if is_caption(paragraph.text) else "")


def test_feed_xml_is_well_formed_rss_holding_the_model() -> None:
    for bulletin, result in cases(SourceFormat.FEED_XML):
        root = SafeET.fromstring(result.text.encode("utf-8"))
        assert root.tag == "rss" and root.get("version") == "2.0"
        channel = root.find("channel")
        assert channel is not None and bulletin.channel is not None
        assert channel.findtext("title") == bulletin.channel.title
        assert channel.findtext("lastBuildDate") == bulletin.channel.build_date_text
        assert channel.findtext("language") == "vi"
        items = channel.findall("item")
        assert len(items) == len(bulletin.articles)
        for item, article in zip(items, bulletin.articles, strict=True):
            assert item.findtext("title") == article.title
            assert item.findtext("link") == article.url
            assert item.findtext("pubDate") == article.pub_date_text
            guid = item.find("guid")
            assert (
                guid is not None
                and guid.text == article.guid
                and guid.get("isPermaLink") == "false"
            )
            content = item.findtext(CONTENT) or ""
            blocks = re.findall(r"<p>(.*?)</p>|<figcaption>(.*?)</figcaption>", content)
            assert [html.unescape(p or c) for p, c in blocks] == [
                p.text for p in article.paragraphs
            ]


def test_feed_xml_escapes_markup_in_titles_and_paragraphs() -> None:
    bulletin, _ = rendered(0, SourceFormat.FEED_XML)
    odd = dataclasses.replace(
        bulletin.articles[0],
        title="Sở NN&PTNT <thí điểm> “một cửa”",
        paragraphs=(Paragraph("Tỷ lệ A & B < 5% và ]]> không phá CDATA.", 0),),
    )
    result = render(bulletin.with_articles((odd, *bulletin.articles[1:])))
    item = SafeET.fromstring(result.text.encode("utf-8")).find("channel/item")
    assert item is not None and item.findtext("title") == odd.title
    paragraph = re.search(r"<p>(.*?)</p>", item.findtext(CONTENT) or "")
    assert paragraph is not None and html.unescape(paragraph[1]) == odd.paragraphs[0].text


def test_citation_text_with_and_without_authors() -> None:
    assert citation_text(Citation("TTXVN/Bnews.vn", "02/01", (), 0)) == "(TTXVN/Bnews.vn 02/01)"
    assert citation_text(
        Citation("Baohanam.com.vn", "31/12", ("Thu Trang", "Minh Khoa"), 0, " – ")
    ) == ("(Baohanam.com.vn 31/12, Thu Trang – Minh Khoa)")


def test_a_digest_article_without_citation_still_gets_its_back_to_top_link() -> None:
    bulletin, _ = rendered(1, SourceFormat.PRINT_TEXT)
    first = dataclasses.replace(bulletin.articles[0], citation=None)
    result = render(bulletin.with_articles((first, *bulletin.articles[1:])))
    line = result.text.split("\n")[result.bulletin.articles[0].line_end - 1]
    assert line == f"{first.paragraphs[-1].text} [Về đầu trang](#)"


def test_every_format_dispatches_to_its_renderer() -> None:
    for source_format in SourceFormat:
        bulletin, result = rendered(2, source_format)
        assert result.bulletin.source_format is source_format is bulletin.source_format
        assert result.bulletin.kind is (
            Kind.FEED if source_format.kind is Kind.FEED else Kind.DIGEST
        )


def test_parsers_give_back_the_rendered_bulletin() -> None:
    parse_text = getattr(importlib.import_module("bantin.parsers"), "parse_text", None)
    if parse_text is None:
        pytest.skip("bantin.parsers.parse_text is not available")
    for _, result in cases():
        assert parse_text(result.text) == result.bulletin
    for path in embedded_sample_files():
        parse_text(path.read_text(encoding="utf-8"), path.name)
