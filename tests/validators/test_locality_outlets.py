"""article.locality excuses a city's own paper (also when its name starts with "TP. "), and only its own."""

from __future__ import annotations

from dataclasses import replace

from bantin.model import Article, Bulletin
from tests.validators.builders import digest
from tests.validators.helpers import hits


def titled_and_cited(title: str, outlet: str) -> tuple[Bulletin, Article]:
    """The digest with article 3 retitled ``title``, its body naming no province (it says
    "thành phố"), and cited from ``outlet``; and that article."""
    bulletin = digest()
    article = bulletin.articles[2]
    assert article.citation is not None
    paragraphs = tuple(
        replace(p, text=p.text.replace("tỉnh Hà Giang", "thành phố")) for p in article.paragraphs
    )
    toc = tuple(replace(e, title=title) if e.title == article.title else e for e in bulletin.toc)
    changed = replace(
        article,
        title=title,
        paragraphs=paragraphs,
        citation=replace(article.citation, outlet=outlet),
    )
    articles = (*bulletin.articles[:2], changed, *bulletin.articles[3:])
    return replace(bulletin, articles=articles, toc=toc), changed


def test_a_ho_chi_minh_city_article_cited_from_the_city_s_own_site_is_not_flagged() -> None:
    title = "TP. Hồ Chí Minh: Một cửa liên thông cấp phường"
    # The city's own portal writes "thành phố", never its full name: no warning.
    assert hits("article.locality", titled_and_cited(title, "Hochiminhcity.gov.vn")[0]) == []
    # A national outlet must name the city it reports on.
    bulletin, article = titled_and_cited(title, "TTXVN")
    assert hits("article.locality", bulletin) == [
        (article.title_line, "title names TP. Hồ Chí Minh but the body never mentions it")
    ]


def test_a_short_city_name_inside_an_outlet_s_name_vouches_for_nothing() -> None:
    """ "Huế" is spelled inside "Thuế" (tax): a tax journal is not Huế's own paper, so an article
    titled for Huế whose body never names it is still flagged when that journal is cited."""
    bulletin, article = titled_and_cited("Huế: Số hóa hồ sơ đăng ký hộ kinh doanh", "Tạp chí Thuế")
    assert hits("article.locality", bulletin) == [
        (article.title_line, "title names Huế but the body never mentions it")
    ]
