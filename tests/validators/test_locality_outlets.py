"""article.locality excuses a city's own paper even when the city's name starts with "TP. "."""

from __future__ import annotations

from dataclasses import replace

from tests.validators.builders import digest
from tests.validators.helpers import hits


def test_a_ho_chi_minh_city_article_cited_from_the_city_s_own_site_is_not_flagged() -> None:
    bulletin = digest()
    article = bulletin.articles[2]
    assert article.citation is not None
    title = "TP. Hồ Chí Minh: Một cửa liên thông cấp phường"
    paragraphs = tuple(
        replace(p, text=p.text.replace("tỉnh Hà Giang", "thành phố")) for p in article.paragraphs
    )
    toc = tuple(replace(e, title=title) if e.title == article.title else e for e in bulletin.toc)

    def cited_by(outlet: str):
        changed = replace(
            article,
            title=title,
            paragraphs=paragraphs,
            citation=replace(article.citation, outlet=outlet),
        )
        return replace(
            bulletin, articles=(*bulletin.articles[:2], changed, *bulletin.articles[3:]), toc=toc
        )

    # The city's own portal writes "thành phố", never its full name: no warning.
    assert hits("article.locality", cited_by("Hochiminhcity.gov.vn")) == []
    # A national outlet must name the city it reports on.
    assert hits("article.locality", cited_by("TTXVN")) == [
        (article.title_line, "title names TP. Hồ Chí Minh but the body never mentions it")
    ]


def test_a_short_city_name_inside_an_outlet_s_name_vouches_for_nothing() -> None:
    """ "Huế" is spelled inside "Thuế" (tax): a tax journal is not Huế's own paper, so an article
    titled for Huế whose body never names it is still flagged when that journal is cited."""
    bulletin = digest()
    article = bulletin.articles[2]
    assert article.citation is not None
    title = "Huế: Số hóa hồ sơ đăng ký hộ kinh doanh"
    paragraphs = tuple(
        replace(p, text=p.text.replace("tỉnh Hà Giang", "thành phố")) for p in article.paragraphs
    )
    toc = tuple(replace(e, title=title) if e.title == article.title else e for e in bulletin.toc)
    changed = replace(
        article,
        title=title,
        paragraphs=paragraphs,
        citation=replace(article.citation, outlet="Tạp chí Thuế"),
    )
    bulletin = replace(
        bulletin, articles=(*bulletin.articles[:2], changed, *bulletin.articles[3:]), toc=toc
    )
    assert hits("article.locality", bulletin) == [
        (changed.title_line, "title names Huế but the body never mentions it")
    ]
