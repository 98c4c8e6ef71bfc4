"""toc.numbering, toc.pages and toc.body-mismatch on hand-built digests."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bantin.model import Article, Bulletin, Paragraph, TocEntry
from tests.validators.builders import digest, web_digest
from tests.validators.helpers import hits, run_rule


def _numbers(bulletin: Bulletin, *numbers: str) -> Bulletin:
    toc = tuple(replace(e, number=n) for e, n in zip(bulletin.toc, numbers, strict=True))
    return replace(bulletin, toc=toc)


def test_numbering_gap_is_reported_once_at_the_entry() -> None:
    assert hits("toc.numbering", _numbers(digest(), "1", "2", "4", "5")) == [
        (24, "TOC jumps from 2 to 4")
    ]


def test_numbering_duplicate_out_of_order_and_start() -> None:
    assert hits("toc.numbering", _numbers(digest(), "1", "2", "2", "3")) == [
        (24, "TOC repeats number 2")
    ]
    assert hits("toc.numbering", _numbers(digest(), "1", "3", "2", "4")) == [
        (23, "TOC jumps from 1 to 3"),
        (24, "TOC goes back from 3 to 2"),
    ]
    assert hits("toc.numbering", _numbers(digest(), "2", "3", "4", "5")) == [
        (22, "TOC starts at 2, not 1")
    ]


def test_a_lone_wrong_number_is_one_finding() -> None:
    assert hits("toc.numbering", _numbers(digest(), "1", "9", "3", "4")) == [
        (23, "TOC jumps from 1 to 9")
    ]
    # The first entry's too: the entries after it go on from where 1 would have been.
    assert hits("toc.numbering", _numbers(digest(), "9", "2", "3", "4")) == [
        (22, "TOC starts at 9, not 1")
    ]


def test_a_number_that_is_no_number_is_reported_and_the_count_goes_on() -> None:
    assert hits("toc.numbering", _numbers(digest(), "1", "b", "3", "4")) == [
        (23, "TOC number 'b' is not a number"),
    ]
    assert hits("toc.numbering", _numbers(digest(), "1", "II", "5", "6")) == [
        (23, "TOC number 'II' is not a number"),
        (24, "TOC number 5 follows an entry without a number"),
    ]


@pytest.mark.parametrize(
    ("numbers", "messages"),
    [
        (("1", "2", "3", "1"), []),  # each section from 1: the fourth entry opens a section
        (("1", "2", "4", "1"), ["TOC jumps from 2 to 4"]),
        (("1", "2", "2", "1"), ["TOC repeats number 2"]),
        (("1", "2", "1", "2"), ["TOC goes back from 2 to 1"]),  # 1 again inside a section
        (("2", "3", "4", "1"), ["TOC starts at 2, not 1", "TOC goes back from 4 to 1"]),
    ],
)
def test_numbering_may_start_again_in_each_section(
    numbers: tuple[str, ...], messages: list[str]
) -> None:
    """The digest's sections hold entries 1-3 and 4: numbered "1, 2, 3" then "1" is numbered per
    section, as some digests are; a number out of step within a section is still reported."""
    found = run_rule("toc.numbering", _numbers(digest(), *numbers))
    assert [f.message for f in found] == messages


def test_numbering_accepts_printed_dots_and_web_numbers() -> None:
    assert hits("toc.numbering", _numbers(digest(), "1.", "2.", "3.", "4.")) == []
    assert hits("toc.numbering", web_digest()) == []


def test_page_going_back_and_section_page_mismatch() -> None:
    bulletin = digest()
    toc = list(bulletin.toc)
    toc[2] = replace(toc[2], page=1)
    assert hits("toc.pages", replace(bulletin, toc=tuple(toc))) == [
        (24, "TOC page goes back from 2 to 1")
    ]
    sections = (bulletin.sections[0], replace(bulletin.sections[1], page=5))
    assert hits("toc.pages", replace(bulletin, sections=sections)) == [
        (25, "section 'LĨNH VỰC CẢI CÁCH' is on page 5 in the TOC but its first entry is on page 4")
    ]


def test_pages_absent_on_the_web_are_not_checked() -> None:
    assert hits("toc.pages", web_digest()) == []


def test_titles_compare_without_dot_leaders_quotes_spacing_or_case() -> None:
    bulletin = digest()
    toc = list(bulletin.toc)
    toc[0] = replace(toc[0], title="Bình  Dương: Số hóa hồ sơ hành chính.....")
    toc[1] = replace(toc[1], title="LÀO CAI: Số hóa hồ sơ cấp xã")
    articles = list(bulletin.articles)
    articles[2] = replace(articles[2], title="Hà Giang mở rộng “dịch vụ công” trực tuyến")
    toc[2] = replace(toc[2], title='Hà Giang mở rộng "dịch vụ công" trực tuyến')
    changed = replace(bulletin, toc=tuple(toc), articles=tuple(articles))
    assert hits("toc.body-mismatch", changed) == []


@pytest.mark.parametrize(
    ("toc_title", "mismatch"),
    [
        ("Lào Cai – Số hóa hồ sơ cấp xã", False),  # a dash for the colon
        ("Lào Cai - Số hóa hồ sơ cấp xã", False),
        ("Lào Cai : Số hóa hồ sơ cấp xã", False),  # a space before the colon
        ("Lào Cai: Số hóa hồ sơ cấp xã.", False),  # a closing full stop
        ("Lào Cai: Số hóa hồ sơ cấp xã!", False),
        ("Lào Cai: Số hóa hồ sơ cấp xã", False),
        ("Lào Cai: Số hóa hồ sơ cấp huyện", True),  # a word differs
        ("Lào Cai: Số hóa hồ sơ", True),  # a word is missing
        ("Lào Cai Số hóa hồ sơ cấp xã 2", True),  # a number is added
    ],
)
def test_titles_printed_with_other_punctuation_are_one_title(
    toc_title: str, mismatch: bool
) -> None:
    """An editor who types the TOC by hand writes a dash for a colon, or a space before it: the
    entry still names the article (a mismatch holds the whole bulletin back). A word or number
    that differs is a mismatch."""
    bulletin = digest()
    toc = list(bulletin.toc)
    toc[1] = replace(toc[1], title=toc_title)
    assert bool(hits("toc.body-mismatch", replace(bulletin, toc=tuple(toc)))) is mismatch


def test_a_number_printed_otherwise_is_a_mismatch() -> None:
    bulletin = digest()
    articles = list(bulletin.articles)
    articles[1] = replace(articles[1], title="Lào Cai: 10,5% hồ sơ số hóa")
    toc = list(bulletin.toc)
    toc[1] = replace(toc[1], title="Lào Cai: 105% hồ sơ số hóa")
    changed = replace(bulletin, toc=tuple(toc), articles=tuple(articles))
    assert len(hits("toc.body-mismatch", changed)) == 1


@pytest.mark.parametrize(
    ("toc_section", "mismatch"),
    [
        ("I. CẢI CÁCH ĐỊA PHƯƠNG", False),  # the TOC numbers its sections, the body does not
        ("1. CẢI CÁCH ĐỊA PHƯƠNG", False),
        ("PHẦN I: CẢI CÁCH ĐỊA PHƯƠNG", False),
        ("A) CẢI CÁCH ĐỊA PHƯƠNG", False),
        ("I. TIN TRUNG ƯƠNG", True),  # another section
    ],
)
def test_a_section_numbered_in_the_toc_is_the_bodys(toc_section: str, mismatch: bool) -> None:
    bulletin = digest()
    toc = tuple(
        replace(e, section=toc_section) if e.section == "CẢI CÁCH ĐỊA PHƯƠNG" else e
        for e in bulletin.toc
    )
    assert bool(hits("toc.body-mismatch", replace(bulletin, toc=toc))) is mismatch


def test_title_mismatch_is_reported_at_the_toc_line() -> None:
    bulletin = digest()
    toc = list(bulletin.toc)
    toc[1] = replace(toc[1], title="Lào Cai: Một tiêu đề khác hẳn")
    found = run_rule("toc.body-mismatch", replace(bulletin, toc=tuple(toc)))
    assert [(f.line, f.article_id) for f in found] == [(23, "cchc-2024-02-01-02")]
    assert "does not match body title 'Lào Cai: Số hóa hồ sơ cấp xã'" in found[0].message


def test_extra_body_article_is_reported_at_its_title_line() -> None:
    bulletin = digest()
    extra = Article("Bài không có trong mục lục", 64, 66, (Paragraph("Nội dung.", 66),))
    found = hits("toc.body-mismatch", replace(bulletin, articles=(*bulletin.articles, extra)))
    assert found == [
        (
            64,
            "article 5 'Bài không có trong mục lục' is not in the TOC (TOC 4 entries, body 5 articles)",
        )
    ]


def test_missing_article_is_reported_at_the_toc_line() -> None:
    bulletin = digest()
    found = hits("toc.body-mismatch", replace(bulletin, articles=bulletin.articles[:3]))
    assert found == [
        (
            26,
            "TOC entry 4 'Ngành Thuế đặt mục tiêu chuyển đổi số' has no article in the body "
            "(TOC 4 entries, body 3 articles)",
        )
    ]


def test_order_difference_is_one_finding() -> None:
    bulletin = digest()
    a = bulletin.articles
    found = hits("toc.body-mismatch", replace(bulletin, articles=(a[0], a[2], a[1], a[3])))
    assert len(found) == 1
    line, message = found[0]
    assert line in (23, 24) and "out of order" in message


def test_section_disagreement_is_reported_at_the_toc_line() -> None:
    bulletin = digest()
    toc = list(bulletin.toc)
    toc[3] = replace(toc[3], section="CẢI CÁCH ĐỊA PHƯƠNG")
    assert hits("toc.body-mismatch", replace(bulletin, toc=tuple(toc))) == [
        (
            26,
            "TOC lists 'Ngành Thuế đặt mục tiêu chuyển đổi số' under 'CẢI CÁCH ĐỊA PHƯƠNG' "
            "but the body has it under 'LĨNH VỰC CẢI CÁCH'",
        )
    ]


def test_a_section_disagreement_is_its_articles_finding() -> None:
    """The article the TOC files elsewhere is the one a release withholds, not the digest."""
    bulletin = digest()
    toc = list(bulletin.toc)
    toc[3] = replace(toc[3], section="CẢI CÁCH ĐỊA PHƯƠNG")
    (finding,) = run_rule("toc.body-mismatch", replace(bulletin, toc=tuple(toc)))
    assert finding.article_id is not None and finding.article_id.endswith("-04")


def test_a_section_one_side_does_not_name_is_no_disagreement() -> None:
    """A TOC that lists its entries under no heading, or a body that prints none, says nothing
    of sections to disagree with."""
    bulletin = digest()
    no_toc_sections = tuple(replace(e, section=None) for e in bulletin.toc)
    assert hits("toc.body-mismatch", replace(bulletin, toc=no_toc_sections)) == []
    no_body_sections = tuple(replace(a, section=None) for a in bulletin.articles)
    assert hits("toc.body-mismatch", replace(bulletin, articles=no_body_sections)) == []


@pytest.mark.parametrize("leaders", ["", " ....."])
def test_sections_compare_alike_whether_titles_are_printed_alike_or_not(leaders: str) -> None:
    bulletin = digest()
    toc = list(bulletin.toc)
    toc[3] = replace(toc[3], title=toc[3].title + leaders, section="lĩnh vực  cải cách")
    assert hits("toc.body-mismatch", replace(bulletin, toc=tuple(toc))) == []
    toc[3] = replace(toc[3], section="CẢI CÁCH ĐỊA PHƯƠNG")
    ((line, message),) = hits("toc.body-mismatch", replace(bulletin, toc=tuple(toc)))
    assert line == 26 and "under 'CẢI CÁCH ĐỊA PHƯƠNG' but the body has it under" in message


def test_injectors_place_the_fault_on_the_middle_entry() -> None:
    from bantin.validators import RULES

    for rule_id, line in (("toc.numbering", 24), ("toc.pages", 24), ("toc.body-mismatch", 24)):
        rule = RULES.get(rule_id)
        assert rule is not None
        injected = rule.inject(digest())
        assert injected is not None
        assert [f.line for f in run_rule(rule_id, injected)] == [line]
    numbering = RULES.get("toc.numbering")
    assert numbering is not None
    entry = TocEntry("x", "t", None, None, 1)
    assert numbering.inject(replace(digest(), toc=(entry,))) is None


def test_a_long_title_in_a_toc_message_is_cut_to_60_characters() -> None:
    """Messages stay one readable line; the title keeps its first 59 characters and an ellipsis."""
    bulletin = digest()
    title = "Lào Cai: Một tiêu đề khác hẳn, dài hơn sáu mươi ký tự vì kể thêm cả tên các xã"
    toc = list(bulletin.toc)
    toc[1] = replace(toc[1], title=title)
    (found,) = run_rule("toc.body-mismatch", replace(bulletin, toc=tuple(toc)))
    assert len(title) > 60 and f"TOC entry 2 {title[:59] + '…'!r} does not match" in found.message


def _second_title_mismatches(toc_title: str, body_title: str) -> bool:
    """Whether toc.body-mismatch fires when the TOC lists the second article as ``toc_title``
    and the body prints it as ``body_title``."""
    bulletin = digest()
    toc = list(bulletin.toc)
    toc[1] = replace(toc[1], title=toc_title)
    articles = list(bulletin.articles)
    articles[1] = replace(articles[1], title=body_title)
    changed = replace(bulletin, toc=tuple(toc), articles=tuple(articles))
    return bool(hits("toc.body-mismatch", changed))


@pytest.mark.parametrize(
    ("toc_title", "body_title", "mismatch"),
    [
        # The TOC leaves out a part the body prints at the title's start or end.
        ("Số hóa hồ sơ hành chính cấp xã", "Lào Cai: Số hóa hồ sơ hành chính cấp xã", False),
        ("Lào Cai: Số hóa hồ sơ hành chính", "Lào Cai: Số hóa hồ sơ hành chính - Bước mới", False),
        ("Infographic: Lào Cai số hóa hồ sơ", "Lào Cai số hóa hồ sơ", False),
        # A title the TOC cut with an ellipsis.
        ("Lào Cai: Số hóa hồ sơ hành chí…", "Lào Cai: Số hóa hồ sơ hành chính cấp xã", False),
        ("Lào Cai: Số hóa hồ sơ hành...", "Lào Cai: Số hóa hồ sơ hành chính cấp xã", False),
        # Still other titles: another place, another word, too short a part in common.
        ("Hà Nội: Số hóa hồ sơ hành chính", "Lào Cai: Số hóa hồ sơ hành chính", True),
        ("Số hóa hồ sơ hành chính cấp xã", "Lào Cai: Số hóa hồ sơ hành chính cấp huyện", True),
        ("Lào Cai: Số hóa", "Lào Cai: Số hóa hồ sơ hành chính cấp xã", True),
        ("Lào Cai: Số hóa…", "Lào Cai: Số hóa hồ sơ hành chính cấp xã", True),
        ("Lào Cai: Số hóa hồ sơ hành…", "Lào Cai: Số hóa giấy tờ hành chính", True),
    ],
)
def test_a_title_the_toc_shortened_names_its_article(
    toc_title: str, body_title: str, mismatch: bool
) -> None:
    """An editor shortens a long title in the TOC (an ellipsis, no locality before the colon,
    no subtitle after a dash, a label such as "Infographic:" the body does not print): the
    entry names its article all the same, and the bulletin is not held back."""
    assert _second_title_mismatches(toc_title, body_title) is mismatch


def test_a_shortened_title_out_of_place_is_still_out_of_order() -> None:
    bulletin = digest()
    toc = list(bulletin.toc)
    toc[0], toc[1] = (
        replace(toc[0], title=toc[1].title.split(": ", 1)[-1] + " cấp tỉnh"),
        replace(toc[1], title="Infographic: " + toc[0].title),
    )
    articles = list(bulletin.articles)
    articles[1] = replace(articles[1], title=toc[0].title)
    found = hits("toc.body-mismatch", replace(bulletin, toc=tuple(toc), articles=tuple(articles)))
    assert len(found) == 1 and "out of order" in found[0][1]


def test_a_web_toc_title_cut_with_three_dots_names_its_article() -> None:
    from bantin.parsers.web_text import parse_web_text
    from tests.parsers.fixtures import WEB_DIGEST

    listed = "1.\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0 Nam Định: “Một cửa” thân thiện"
    assert listed in WEB_DIGEST
    cut = parse_web_text(WEB_DIGEST.replace(listed, listed.removesuffix(" thiện") + "..."))
    assert cut.toc[0].title.endswith("...")
    assert hits("toc.body-mismatch", cut) == []


@pytest.mark.parametrize(
    ("toc_title", "body_title", "mismatch"),
    [
        # A decimal mark typed otherwise in the TOC than in the body.
        ("Lào Cai: 98,5% hồ sơ đúng hạn", "Lào Cai: 98.5% hồ sơ đúng hạn", False),
        ("Lào Cai: 98,5% hồ sơ đúng hạn", "Lào Cai: 985% hồ sơ đúng hạn", True),
        # The "Ð" a PDF's font gives for "Đ".
        ("Đồng Tháp: Đổi mới quản trị", "Ðồng Tháp: Ðổi mới quản trị", False),
        # A final "y" the spelling of 1980 writes "i", after consonants alone.
        ("Nâng cao kỹ năng quản lý", "Nâng cao kĩ năng quản lí", False),
        ("QUY ĐỊNH MỚI VỀ KÝ SỐ", "Qui định mới về kí số", False),
        ("Lắng nghe tay nghề mới", "Lắng nghe tai nghề mới", True),  # after a vowel: other words
        ("Thủy lợi nội đồng", "Thủi lợi nội đồng", True),
    ],
)
def test_titles_spelled_two_ways_are_one_title(
    toc_title: str, body_title: str, mismatch: bool
) -> None:
    assert _second_title_mismatches(toc_title, body_title) is mismatch


def test_a_section_spelled_with_a_final_i_is_the_tocs() -> None:
    bulletin = digest()
    field = bulletin.toc[-1].section
    toc = tuple(
        replace(e, section="QUẢN LÝ HÀNH CHÍNH") if e.section == field else e for e in bulletin.toc
    )
    articles = tuple(
        replace(a, section="QUẢN LÍ HÀNH CHÍNH") if a.section == field else a
        for a in bulletin.articles
    )
    assert hits("toc.body-mismatch", replace(bulletin, toc=toc, articles=articles)) == []
    other = tuple(
        replace(a, section="QUẢN TRỊ HÀNH CHÍNH") if a.section == field else a
        for a in bulletin.articles
    )
    assert hits("toc.body-mismatch", replace(bulletin, toc=toc, articles=other))
