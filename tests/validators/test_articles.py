"""article.*, feed.order and bulletin.duplicate on hand-built bulletins."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from hypothesis import example, given
from hypothesis import strategies as st

from bantin.model import Bulletin, Citation, Paragraph, ParsedSource
from bantin.parsers.scan import Scan
from bantin.parsers.text import collapse_spaces
from bantin.validators import validate
from bantin.validators.articles import article_digest, article_keys, comparable_body
from tests.strategies import bulletins
from tests.validators.builders import digest, feed, on_date, web_digest
from tests.validators.helpers import hits, run_rule


def test_article_without_citation_is_a_warning_at_its_end() -> None:
    bulletin = digest()
    article = replace(bulletin.articles[3], citation=None)
    found = run_rule(
        "article.no-citation", replace(bulletin, articles=(*bulletin.articles[:3], article))
    )
    assert [(f.line, str(f.severity), f.article_id) for f in found] == [
        (60, "warning", "cchc-2024-02-01-04")
    ]


def test_citation_without_authors_is_still_a_citation() -> None:
    bulletin = digest()
    assert bulletin.articles[1].citation == Citation("Baolaocai.vn", "01/02", (), 40)
    assert hits("article.no-citation", bulletin) == []
    assert hits("article.no-citation", feed()) == []


def test_empty_article_is_reported_at_its_title() -> None:
    bulletin = digest()
    empty = replace(bulletin.articles[1], paragraphs=())
    changed = replace(bulletin, articles=(bulletin.articles[0], empty, *bulletin.articles[2:]))
    assert hits("article.empty", changed) == [
        (36, "article 2 'Lào Cai: Số hóa hồ sơ cấp xã' has no body")
    ]
    assert hits("article.locality", changed) == []


def test_duplicate_article_in_one_bulletin() -> None:
    bulletin = digest()
    copy = replace(bulletin.articles[0], title_line=70, line_end=74)
    found = hits("article.duplicate", replace(bulletin, articles=(*bulletin.articles, copy)))
    assert found == [(70, "article 5 'Bình Dương: Số hóa hồ sơ hành chính' repeats article 1")]


def test_same_title_with_another_body_is_not_a_duplicate() -> None:
    bulletin = digest()
    other = replace(bulletin.articles[1], title=bulletin.articles[0].title)
    assert (
        hits("article.duplicate", replace(bulletin, articles=(bulletin.articles[0], other))) == []
    )


def test_duplicate_article_across_bulletins_of_a_run() -> None:
    first = digest()
    second = on_date(digest(), dt.date(2024, 2, 2))
    second = replace(second, articles=second.articles[:1])
    found = run_rule("article.duplicate", first, second)
    assert [(f.source, f.line, f.message, f.article_id) for f in found] == [
        (
            "<bulletin 2>",
            30,
            "article 1 'Bình Dương: Số hóa hồ sơ hành chính' repeats article 1 of cchc-2024-02-01",
            "cchc-2024-02-02-01",
        )
    ]


def test_a_bulletin_read_twice_is_one_bulletin_duplicate_not_many_article_duplicates() -> None:
    sources = [
        ParsedSource("print/000.txt", "a" * 64, digest()),
        ParsedSource("web/002.txt", "b" * 64, web_digest()),
    ]
    found = validate(sources)
    assert [(f.rule, f.source, f.line, f.message) for f in found] == [
        (
            "bulletin.duplicate",
            "web/002.txt",
            1,
            "bulletin cchc-2024-02-01 is also given by print/000.txt",
        )
    ]


def test_title_province_missing_from_the_body() -> None:
    bulletin = feed()
    item = replace(bulletin.articles[1], title="Sóc Trăng: Nâng cấp dịch vụ công")
    changed = replace(bulletin, articles=(bulletin.articles[0], item, *bulletin.articles[2:]))
    found = run_rule("article.locality", changed)
    assert [(f.line, f.message, str(f.severity)) for f in found] == [
        (
            5,
            "title names Sóc Trăng but the body never mentions it; the body names Khánh Hòa",
            "warning",
        )
    ]


def test_province_named_in_the_body_or_vouched_by_a_local_outlet() -> None:
    bulletin = digest()
    assert hits("article.locality", bulletin) == []
    # "Hà Giang" appears in the body of article 3 only through its title: drop it from the body.
    article = bulletin.articles[2]
    paragraphs = tuple(
        replace(p, text=p.text.replace("tỉnh Hà Giang", "tỉnh")) for p in article.paragraphs
    )
    local = replace(article, paragraphs=paragraphs)
    changed = replace(bulletin, articles=(*bulletin.articles[:2], local, bulletin.articles[3]))
    assert hits("article.locality", changed) == []  # cited by Baohagiang.vn
    assert local.citation is not None
    national = replace(local, citation=replace(local.citation, outlet="TTXVN"))
    changed = replace(bulletin, articles=(*bulletin.articles[:2], national, bulletin.articles[3]))
    assert hits("article.locality", changed) == [
        (42, "title names Hà Giang but the body never mentions it")
    ]


def test_feed_items_out_of_date_order() -> None:
    bulletin = feed()
    a, b, c = bulletin.articles
    assert hits("feed.order", bulletin) == []
    found = hits("feed.order", replace(bulletin, articles=(a, c, b)))
    assert found == [
        (5, "item 3 (2025-09-27 09:18 UTC) is newer than item 2 before it (2025-09-19 04:18 UTC)")
    ]
    assert hits("feed.order", digest()) == []


def test_a_feed_listed_oldest_first_throughout_is_in_an_order_of_its_own() -> None:
    """Some systems list items oldest first (NukeViet 3): every item warned. An item out of
    that order still does, and two items alone may be a newest-first feed's two swapped."""
    bulletin = feed()
    a, b, c = bulletin.articles
    assert hits("feed.order", replace(bulletin, articles=(c, b, a))) == []
    assert hits("feed.order", replace(bulletin, articles=(c, a, b))) != []
    assert hits("feed.order", replace(bulletin, articles=(b, a))) != []


@given(
    texts=st.lists(
        st.text(alphabet=st.sampled_from("aĐẶΣς \t\n\xa0\u2028\u3000ß"), max_size=12), max_size=4
    )
)
@example(texts=["Σa ", "", "ß  Đ"])
@example(texts=["a", "Đ ς"])
def test_comparable_body_is_the_collapsed_case_folded_body(texts: list[str]) -> None:
    article = digest().articles[0]
    article = replace(article, paragraphs=tuple(Paragraph(t, 1) for t in texts))
    assert comparable_body(article) == collapse_spaces(article.body).casefold()
    if all(text.isprintable() for text in texts):  # what ``Scan.printable`` tells
        assert comparable_body(article, printable=True) == comparable_body(article)


@given(bulletin=bulletins())
def test_the_keys_from_the_scan_are_the_keys_of_the_articles(bulletin: Bulletin) -> None:
    # The scan's cut bodies and printable test give the keys the plain definition gives, also
    # when a body needs collapsing, with or without a character that is not printable.
    for spaced in ("Một  Hai ", "Một\tHai"):
        loose = [
            replace(a, paragraphs=(Paragraph(spaced, 1), *a.paragraphs)) for a in bulletin.articles
        ]
        for checked in (bulletin, replace(bulletin, articles=tuple(loose))):
            assert article_keys(checked, Scan(checked)) == article_keys(checked)


def test_articles_differing_only_in_spacing_and_case_are_duplicates() -> None:
    article = digest().articles[0]
    texts = [" ".join(p.text.split()) for p in article.paragraphs]
    paragraphs = [Paragraph(f" {t.upper()}\u00a0 ", 1) for t in texts]
    spaced = replace(article, paragraphs=(*paragraphs, Paragraph("", 2)))
    assert article_digest(spaced) == article_digest(article)
    # Doubled spaces between the words only (none at the ends, no other kind of space).
    doubled = tuple(Paragraph(t.replace(" ", "  "), 1) for t in texts)
    assert article_digest(replace(article, paragraphs=doubled)) == article_digest(article)
    assert article_digest(replace(article, paragraphs=article.paragraphs[:-1])) != article_digest(
        article
    )


def test_an_article_typed_again_with_the_other_tone_placement_is_a_duplicate() -> None:
    """ "Số hóa" and "Số hoá", "thủy lợi" and "thuỷ lợi": one article typed with the other keyboard
    setting, in the title or the body, is the same article; another word is not."""
    article = replace(
        digest().articles[0],
        paragraphs=(Paragraph("Tỉnh đẩy mạnh số hóa hồ sơ, hỗ trợ thủy lợi và khỏe mạnh.", 31),),
    )
    retyped = replace(
        article,
        title=article.title.replace("hóa", "hoá"),
        paragraphs=(Paragraph("Tỉnh đẩy mạnh số hoá hồ sơ, hỗ trợ thuỷ lợi và khoẻ mạnh.", 31),),
    )
    assert retyped.title != article.title
    assert article_digest(retyped) == article_digest(article)
    other = replace(
        article, paragraphs=(Paragraph("Tỉnh đẩy mạnh số hóa hồ sơ, hỗ trợ thủy sản.", 31),)
    )
    assert article_digest(other) != article_digest(article)
