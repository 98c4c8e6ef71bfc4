"""date.impossible, date.weekday, date.future and date.weekend: faults and near-misses."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from bantin.model import Paragraph
from bantin.parsers import parse_text
from tests.validators.builders import (
    digest,
    feed,
    on_date,
    web_digest,
    with_citation_date,
    with_paragraph,
)
from tests.validators.helpers import hits, run_rule


def test_impossible_citation_date_is_quoted_at_the_citation_line() -> None:
    found = run_rule("date.impossible", with_citation_date(digest(), "01/0"))
    assert [(f.line, f.message, f.article_id) for f in found] == [
        (34, "citation date 01/0 does not exist", "cchc-2024-02-01-01")
    ]
    assert hits("date.impossible", with_citation_date(digest(), "31/9", index=1)) == [
        (40, "citation date 31/9 does not exist")
    ]
    assert hits("date.impossible", with_citation_date(digest(), "29/02")) == []


@pytest.mark.parametrize("printed", ["31/01/202", "31/01/20244", "31.01.202", "31-01-20244"])
def test_a_citation_year_a_digit_short_or_long_does_not_exist(printed: str) -> None:
    """A note dated "31/01/202" was read as no note at all (article.no-citation, its text left
    in the body); it is the note's date, one that cannot be."""
    assert hits("date.impossible", with_citation_date(digest(), printed)) == [
        (34, f"citation date {printed} does not exist")
    ]
    assert hits("date.future", with_citation_date(digest(), printed)) == []


@pytest.mark.parametrize(
    "printed", ["31/02/2024", "31-02-2024", "31.02.2024", "31 tháng 02 năm 2024", "19/8/19999"]
)
def test_impossible_masthead_date(printed: str) -> None:
    """However the masthead prints it: "31-02-2024" was published with no date and no finding."""
    bulletin = replace(digest(), issue_date_text=printed, issue_date=None)
    assert hits("date.impossible", bulletin) == [(7, f"issue date {printed} does not exist")]


def test_impossible_body_dates_use_the_line_of_the_date() -> None:
    bulletin = with_paragraph(digest(), "Hội nghị ngày 32/5/2023 và sáng 31/9 đã bàn kế hoạch.")
    # Same line: ordered by message.
    assert hits("date.impossible", bulletin) == [
        (32, "date 31/9 does not exist"),
        (32, "date 32/5/2023 does not exist"),
    ]
    text = "Kế hoạch ban hành trong tháng 13/2024, sau đó "
    paragraph = Paragraph(text + "từ ngày 30/2 mới áp dụng.", 32, breaks=((len(text), 33),))
    article = replace(digest().articles[0], paragraphs=(paragraph,))
    bulletin = replace(digest(), articles=(article, *digest().articles[1:]))
    assert hits("date.impossible", bulletin) == [
        (32, "month 13/2024 does not exist"),
        (33, "date 30/2 does not exist"),
    ]


def test_impossible_title_date_is_reported_at_the_title_line() -> None:
    bulletin = digest()
    second = bulletin.articles[1]
    titled = replace(second, title=second.title + " từ ngày 31/4")
    articles = (bulletin.articles[0], titled, *bulletin.articles[2:])
    found = run_rule("date.impossible", replace(bulletin, articles=articles))
    assert [(f.line, f.message, f.article_id) for f in found] == [
        (second.title_line, "date 31/4 does not exist", "cchc-2024-02-01-02")
    ]


def test_document_numbers_ratios_and_addresses_are_not_dates() -> None:
    text = (
        "Theo Nghị định 107/2021/NĐ-CP, Thông tư 01/2023/TT-VPCP, tỉnh đứng thứ 30/63 tỉnh, "
        "224/224 xã, trụ sở số 150/2 đường Lê Lợi, tỷ lệ tăng từ 15/20 lên 18/20."
    )
    assert hits("date.impossible", with_paragraph(digest(), text)) == []


def test_impossible_feed_dates() -> None:
    bulletin = feed()
    item = replace(bulletin.articles[1], pub_date_text="Wed, 31 Sep 2025 09:18:56 +0000")
    changed = replace(bulletin, articles=(bulletin.articles[0], item, *bulletin.articles[2:]))
    assert hits("date.impossible", changed) == [
        (5, "item date 'Wed, 31 Sep 2025 09:18:56 +0000' does not exist")
    ]


def test_a_web_titles_weekday_contradicting_the_calendar_is_the_titles() -> None:
    bulletin = web_digest()
    assert bulletin.issue_date is not None
    wrong = replace(bulletin, weekday_printed="Thứ Sáu", weekday_line=1)
    assert hits("date.weekday", wrong) == [
        (1, f"title says Thứ Sáu but {bulletin.issue_date:%d/%m/%Y} is a THỨ NĂM")
    ]


def test_masthead_weekday_contradicting_the_calendar() -> None:
    bulletin = replace(digest(), weekday_printed="THỨ BA")
    assert hits("date.weekday", bulletin) == [
        (5, "masthead says THỨ BA but 01/02/2024 is a THỨ NĂM")
    ]
    assert hits("date.weekday", replace(digest(), weekday_printed="Thứ Năm")) == []


def test_rss_weekday() -> None:
    bulletin = feed()
    assert bulletin.articles[1].pub_date_text == "Sat, 27 Sep 2025 09:18:56 +0000"
    assert hits("date.weekday", bulletin) == []
    item = replace(bulletin.articles[1], pub_date_text="Fri, 27 Sep 2025 09:18:56 +0000")
    changed = replace(bulletin, articles=(bulletin.articles[0], item, *bulletin.articles[2:]))
    assert hits("date.weekday", changed) == [
        (5, "item date 'Fri, 27 Sep 2025 09:18:56 +0000' says Fri but that day is a Sat")
    ]


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ("Thứ Bảy, 27/09/2025 - 09:18", []),
        ("Thứ 7, 27/09/2025 09:18:56 GMT+7", []),
        ("Thứ Sáu, 27/09/2025 - 09:18", ["says Thứ Sáu but that day is a thứ Bảy"]),
        ("Chủ nhật, 27/09/2025 09:18", ["says Chủ nhật but that day is a thứ Bảy"]),
    ],
)
def test_a_day_first_item_date_names_its_weekday_rightly(printed: str, expected: list[str]) -> None:
    """A Vietnamese site's "Thứ Bảy, 27/09/2025 - 09:18" is checked as an RFC 822 weekday is."""
    bulletin = feed()
    item = replace(bulletin.articles[1], pub_date_text=printed)
    changed = replace(bulletin, articles=(bulletin.articles[0], item, *bulletin.articles[2:]))
    found = [message for _, message in hits("date.weekday", changed)]
    assert [m.split(f"{printed!r} ")[-1] for m in found] == expected


def test_rss_weekday_is_read_in_the_printed_time_zone() -> None:
    bulletin = feed()
    # Saturday 01:00 in Hanoi is still Friday in UTC: the printed weekday is right.
    item = replace(bulletin.articles[1], pub_date_text="Sat, 27 Sep 2025 01:00:00 +0700")
    changed = replace(bulletin, articles=(bulletin.articles[0], item, *bulletin.articles[2:]))
    assert hits("date.weekday", changed) == []


def test_citation_year_is_inferred_around_the_issue_date() -> None:
    new_year = on_date(digest(), dt.date(2025, 1, 2))
    assert hits("date.future", with_citation_date(new_year, "31/12")) == []
    september = on_date(digest(), dt.date(2024, 9, 19))
    assert hits("date.future", with_citation_date(september, "28/9")) == [
        (34, "citation date 28/9 (2024-09-28) is after the issue date 2024-09-19")
    ]
    assert hits("date.future", with_citation_date(september, "19/9")) == []


def test_impossible_citation_is_not_also_future() -> None:
    assert hits("date.future", with_citation_date(digest(), "31/9")) == []


def test_feed_item_after_the_build_date() -> None:
    bulletin = feed()
    later = dt.datetime(2025, 10, 2, 8, 0, tzinfo=dt.UTC)
    item = replace(
        bulletin.articles[0], published_at=later, pub_date_text="Thu, 02 Oct 2025 08:00:00 +0000"
    )
    changed = replace(bulletin, articles=(item, *bulletin.articles[1:]))
    assert hits("date.future", changed) == [
        (
            1,
            "item dated Thu, 02 Oct 2025 08:00:00 +0000 is after the feed's build date "
            "Wed, 01 Oct 2025 05:05:25 +0000",
        )
    ]


_VN_FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Tin cải cách hành chính</title>
<link>https://sonoivu.example.gov.vn/cchc</link><description>Tin mới</description>
<lastBuildDate>Fri, 06 Dec 2024 09:00:00 +0700</lastBuildDate>
<item><title>Lạng Sơn: Tiếp nhận hồ sơ trực tuyến tại 100% xã</title>
<link>https://sonoivu.example.gov.vn/cchc/bai-1.html</link>
<pubDate>{printed}</pubDate>
<description><![CDATA[<p>Toàn tỉnh tiếp nhận hồ sơ trực tuyến tại 100% xã.</p>]]></description>
</item></channel></rss>
"""


@pytest.mark.parametrize(
    ("printed", "future"),
    [
        ("Thứ Sáu, 06/12/2024 - 08:30", False),  # half an hour before the build, Hanoi time
        ("06/12/2024 08:59", False),
        ("06/12/2024 09:30", True),
        ("Thứ Sáu, 06/12/2024 - 08:30 GMT+0", True),  # a zone printed is the date's
    ],
)
def test_a_day_first_item_date_with_no_zone_is_on_vietnams_clock(
    printed: str, future: bool
) -> None:
    """A Vietnamese site's day-first date printed with no zone is Hanoi time (UTC+7): read as UTC,
    an item half an hour before the build date was seven hours late, after it, and withheld."""
    bulletin = parse_text(_VN_FEED.format(printed=printed), "feed.xml")
    found = hits("date.future", bulletin)
    assert bool(found) == future, found


@pytest.mark.parametrize(
    ("printed", "utc", "future"),
    [
        # Late in the evening where the clock is behind UTC: the next day in UTC, the issue day as
        # printed, so no later than the feed's day.
        ("Wed, 01 Oct 2025 22:00:00 -0500", dt.datetime(2025, 10, 2, 3, 0, tzinfo=dt.UTC), False),
        # Early in the morning in Vietnam: still the issue day in UTC, the next day as printed.
        ("Thu, 02 Oct 2025 06:00:00 +0700", dt.datetime(2025, 10, 1, 23, 0, tzinfo=dt.UTC), True),
    ],
)
def test_an_item_of_a_feed_without_a_build_date_is_dated_by_the_day_it_prints(
    printed: str, utc: dt.datetime, future: bool
) -> None:
    """A feed that prints no build date is dated by a day as printed (the issue date): its items
    are compared with it by the day each prints, in its own zone, not by their UTC day."""
    bulletin = feed()
    assert bulletin.channel is not None
    channel = replace(bulletin.channel, build_date=None, build_date_text=None)
    item = replace(bulletin.articles[0], published_at=utc, pub_date_text=printed)
    changed = replace(
        bulletin,
        channel=channel,
        issue_date=dt.date(2025, 10, 1),
        articles=(item, *bulletin.articles[1:]),
    )
    expected = [(1, f"item dated {printed} is after the issue date 2025-10-01")] if future else []
    assert hits("date.future", changed) == expected


@pytest.mark.parametrize(("weekday", "wrong"), [("thứ Hai", False), ("thứ Ba", True)])
def test_a_feed_items_day_takes_the_year_nearest_the_items_own_date(
    weekday: str, wrong: bool
) -> None:
    """An item of December 2024 in a feed built in October 2025 that says "Sáng thứ Hai (6/1)"
    means 6/1/2025, a Monday (the year nearest the feed's date would make it 6/1/2026, a
    Tuesday); a wrong weekday is the item's finding, which withholds that item only."""
    bulletin = feed()
    moment = dt.datetime(2024, 12, 20, 8, 0, tzinfo=dt.UTC)
    old = bulletin.articles[1]
    paragraph = Paragraph(f"Sáng {weekday} (6/1), xã trả kết quả cho 40 hồ sơ.", 7)
    item = replace(
        old,
        published_at=moment,
        pub_date_text="Fri, 20 Dec 2024 08:00:00 +0000",
        paragraphs=(old.paragraphs[0], paragraph),
    )
    changed = replace(bulletin, articles=(bulletin.articles[0], item, *bulletin.articles[2:]))
    found = run_rule("date.weekday", changed)
    if not wrong:
        assert found == []
        return
    assert [(f.line, f.message) for f in found] == [
        (7, "text says thứ Ba 6/1 but 06/01/2025 is a thứ Hai")
    ]
    assert found[0].article_id is not None and found[0].article_id.endswith("-02")


def test_weekend_issue_of_a_weekdays_only_digest() -> None:
    saturday = on_date(digest(), dt.date(2024, 2, 3))
    found = run_rule("date.weekend", saturday)
    assert [(f.line, f.message, str(f.severity)) for f in found] == [
        (7, "issued on Saturday 03/02/2024 although the masthead says Monday to Friday", "warning")
    ]
    assert run_rule("date.weekday", saturday) == []
    assert hits("date.weekend", replace(saturday, weekdays_only=False)) == []


def test_weekend_issue_of_the_web_edition() -> None:
    # The web page prints no masthead, but it is the same Monday-to-Friday series.
    web_saturday = replace(web_digest(), issue_date=dt.date(2024, 2, 3))
    assert hits("date.weekend", web_saturday) == [
        (1, "issued on Saturday 03/02/2024 although the digest is issued Monday to Friday")
    ]
    web_sunday = replace(web_digest(), issue_date=dt.date(2024, 2, 4))
    assert [line for line, _ in hits("date.weekend", web_sunday)] == [1]
    assert hits("date.weekend", replace(web_digest(), issue_date=dt.date(2024, 2, 2))) == []


def test_weekend_injector_keeps_the_issue_text_format() -> None:
    from bantin.validators import RULES

    rule = RULES.get("date.weekend")
    assert rule is not None
    injected = rule.inject(digest())
    assert injected is not None
    assert (injected.issue_date_text, injected.weekday_printed) == ("03/02/2024", "THỨ BẢY")
    web = rule.inject(web_digest())
    assert web is not None and web.issue_date is not None and web.issue_date.weekday() == 5
    assert rule.inject(feed()) is None


#: A digest of Wednesday 15/10/2025: 13/10 a Monday, 14/10 a Tuesday, 16/10 a Thursday.
_OCTOBER_2025 = dt.date(2025, 10, 15)


@pytest.mark.parametrize(
    "sentence",
    [
        "Hội thảo thứ Hai (15/10) bàn về dịch vụ công trực tuyến cấp xã.",
        "Buổi thứ Hai (14/10) của lớp tập huấn dành cho công chức địa chính.",
        "Đoàn thứ Hai (16/10) kiểm tra bộ phận một cửa của 12 phường.",
        "Diễn đàn thứ Ba (16/10) lắng nghe ý kiến doanh nghiệp về thủ tục đất đai.",
        "Giai đoạn thứ Hai (16/10) mở rộng dịch vụ công trực tuyến ra các xã vùng cao.",
    ],
)
def test_an_ordinal_after_the_noun_of_a_series_is_no_weekday(sentence: str) -> None:
    """A capitalised "thứ Hai" after the noun of a thing held in turns ("Hội thảo thứ Hai",
    "Đoàn thứ Hai") numbers it, as after "Kỳ họp": it was taken for Monday, and the day in
    parentheses got a false wrong-weekday error."""
    bulletin = with_paragraph(on_date(digest(), _OCTOBER_2025), sentence)
    assert hits("date.weekday", bulletin) == []


def test_a_wrong_weekday_after_a_time_word_is_still_found() -> None:
    bulletin = with_paragraph(
        on_date(digest(), _OCTOBER_2025), "Sáng thứ Hai (14/10), hội thảo bàn về dịch vụ công."
    )
    assert hits("date.weekday", bulletin) == [
        (32, "text says thứ Hai 14/10 but 14/10/2025 is a thứ Ba")
    ]


@pytest.mark.parametrize("gap", [" " * 12, "\t\t", " " * 30])
def test_a_schedule_rows_weekday_set_apart_by_spaces_is_checked(gap: str) -> None:
    """A weekly schedule taken with its layout sets the weekday and the day apart by a run of
    spaces ("THỨ HAI" … "13/10"): the day was no date at all, its weekday never checked."""
    right = with_paragraph(on_date(digest(), _OCTOBER_2025), f"THỨ HAI{gap}13/10")
    assert hits("date.weekday", right) == []
    wrong = with_paragraph(on_date(digest(), _OCTOBER_2025), f"THỨ BA{gap}13/10")
    assert hits("date.weekday", wrong) == [
        (32, "text says THỨ BA 13/10 but 13/10/2025 is a thứ Hai")
    ]


def test_each_day_of_a_list_keeps_its_own_weekday_in_parentheses() -> None:
    """ "Ngày 13/10 (thứ Hai) và 14/10 (thứ Ba)": the first day's weekday between the two days
    kept the second from being read as the list's next day, its weekday never checked."""
    right = "Ngày 13/10 (thứ Hai) và 14/10 (thứ Ba), đoàn kiểm tra làm việc tại 6 xã."
    assert hits("date.weekday", with_paragraph(on_date(digest(), _OCTOBER_2025), right)) == []
    wrong = "Ngày 13/10 (thứ 2) - 17/10 (thứ 5), tỉnh tổ chức tuần lễ dịch vụ công trực tuyến."
    assert hits("date.weekday", with_paragraph(on_date(digest(), _OCTOBER_2025), wrong)) == [
        (32, "text says thứ 5 17/10 but 17/10/2025 is a thứ Sáu")
    ]
    # A share after the first day's weekday stays a share.
    share = "Ngày 13/10 (thứ Hai), 2/3 số xã đã hoàn thành việc số hóa hồ sơ."
    assert hits("date.weekday", with_paragraph(on_date(digest(), _OCTOBER_2025), share)) == []


@pytest.mark.parametrize(
    ("row", "wrong"),
    [
        ("Thứ 6 (17/10): Chủ tịch UBND xã kiểm tra bộ phận một cửa.", None),
        ("THỨ 3 - 14/10: Họp Ban Chỉ đạo chuyển đổi số của xã.", None),
        ("Lịch công tác tuần 42:\nThứ 5 16/10 Sáng: tiếp công dân định kỳ.", None),
        ("Thứ hai (13/10): Giao ban lãnh đạo Ủy ban nhân dân xã.", None),
        ("Thứ 5 (17/10): Chủ tịch UBND xã kiểm tra bộ phận một cửa.", "Thứ 5 17/10"),
    ],
)
def test_a_schedule_row_opened_by_a_weekday_in_digits_is_checked(
    row: str, wrong: str | None
) -> None:
    """A week's work schedule opens each row with "Thứ 2 (14/7)", "Thứ 6 - 18/7", a digit for
    the weekday and no date word: the day was read only with its year, so most rows were not
    checked. Opening the text or a line, before the day, in parentheses or after a dash, it is
    the day's weekday."""
    bulletin = with_paragraph(on_date(digest(), _OCTOBER_2025), row)
    expected = [] if wrong is None else [(32, f"text says {wrong} but 17/10/2025 is a thứ Sáu")]
    assert [(line, message) for line, message in hits("date.weekday", bulletin)] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Thứ hai, 2/3 số xã chưa số hóa kết quả giải quyết thủ tục hành chính.",
        "Thứ hai 2/3 số xã chưa số hóa kết quả giải quyết thủ tục hành chính.",
        "Xã xếp thứ 2 (14/10) trong đợt chấm điểm của tỉnh.",
    ],
)
def test_an_ordinal_opening_a_sentence_is_no_schedule_row(sentence: str) -> None:
    bulletin = with_paragraph(on_date(digest(), _OCTOBER_2025), sentence)
    assert hits("date.weekday", bulletin) == []


#: A digest of Friday 24/4/2026: 25/4 a Saturday, 27/4 a Monday.
_APRIL_2026 = dt.date(2026, 4, 24)


def test_a_lower_case_weekday_after_a_word_of_a_range_before_a_dotted_day_is_checked() -> None:
    """Papers print a holiday's days with dots and lower-case weekdays, no parentheses: "từ thứ
    bảy 25.4 đến hết thứ hai 27.4". Neither day was read at all."""
    right = "Kỳ nghỉ Giỗ Tổ kéo dài từ thứ bảy 25.4 đến hết thứ hai 27.4, người lao động nghỉ bù."
    assert hits("date.weekday", with_paragraph(on_date(digest(), _APRIL_2026), right)) == []
    wrong = "Kỳ nghỉ Giỗ Tổ kéo dài từ thứ bảy 25.4 đến hết thứ ba 27.4, người lao động nghỉ bù."
    assert hits("date.weekday", with_paragraph(on_date(digest(), _APRIL_2026), wrong)) == [
        (32, "text says thứ ba 27.4 but 27/04/2026 is a thứ Hai")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Tỉnh tụt từ thứ hai 12/63 xuống thứ ba 13/63 về chỉ số hài lòng.",
        "Có đến thứ hai 2/3 số xã chưa số hóa hồ sơ.",
    ],
)
def test_a_lower_case_ordinal_before_a_slash_stays_no_date(sentence: str) -> None:
    # A place or a share after "từ thứ hai" is no day: only a day printed as papers print one
    # (dots, dashes) is read so.
    bulletin = with_paragraph(on_date(digest(), _APRIL_2026), sentence)
    assert hits("date.weekday", bulletin) == []
    assert hits("date.impossible", bulletin) == []
