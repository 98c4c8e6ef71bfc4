"""Pinned bulletins: boundary cases the laws check on every run, whatever hypothesis draws."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random

from bantin.datasets.synthetic import Rendered, generate_bulletin, render
from bantin.model import Article, Bulletin, Citation, Kind, Paragraph, SourceFormat, TocEntry


def generated(source_format: SourceFormat, issue_date: dt.date, seed: int = 0) -> Rendered:
    return render(generate_bulletin(random.Random(seed), source_format, issue_date))


def new_year_issue(source_format: SourceFormat) -> Rendered:
    """A digest of Thursday 02/01/2025 citing "31/12" (2024), or a feed built on 01/01/2025 whose
    items go back into 2024."""
    if source_format.kind is Kind.FEED:
        return generated(source_format, dt.date(2025, 1, 1), seed=260)
    bulletin = generate_bulletin(random.Random(260), source_format, dt.date(2025, 1, 2))
    first = bulletin.articles[0]
    assert first.citation is not None
    citation = dataclasses.replace(first.citation, date_text="31/12")
    first = dataclasses.replace(first, citation=citation)
    return render(dataclasses.replace(bulletin, articles=(first, *bulletin.articles[1:])))


def leap_day_issue(source_format: SourceFormat) -> Rendered:
    """An issue of Thursday 29/02/2024."""
    return generated(source_format, dt.date(2024, 2, 29))


def locality_beside_its_own_paper() -> Rendered:
    """One article without a place in its title, cited from Lai Châu's paper (found by the
    nightly run): article.locality's injector names Lai Châu in the title, which the rule then
    excuses because the outlet is that province's own paper."""
    title = "Quý I/2021: 0/13 (0%) xã hoàn thành số hóa"
    body = (Paragraph("Tỷ lệ hồ sơ được giải quyết đúng hạn đạt 60%.", 0),)
    citation = Citation("Baolaichau.vn", "01/01", ("Minh An",), 0)
    bulletin = Bulletin(
        source_format=SourceFormat.PRINT_TEXT,
        title="BẢN TIN CẢI CÁCH HÀNH CHÍNH",
        issue_date_text="01/01/2021",
        issue_date=dt.date(2021, 1, 1),
        issue_date_line=0,
        weekday_printed="THỨ SÁU",
        weekday_line=0,
        weekdays_only=True,
        toc=(TocEntry("1", title, None, 1, 0),),
        articles=(Article(title, 0, 0, body, citation=citation),),
    )
    return render(bulletin)


def empty_issue(source_format: SourceFormat) -> Rendered:
    """A feed without items or a digest without articles (found by the nightly run: an empty RSS
    feed in Windows-1258 has too few Vietnamese letters among its tags to be recognised)."""
    bulletin = generate_bulletin(random.Random(2), source_format, dt.date(2021, 1, 1))
    return render(dataclasses.replace(bulletin, articles=(), toc=(), sections=()))
