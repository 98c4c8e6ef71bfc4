"""Source notes, citations and bylines: what closes a digest's article and who wrote it."""

from __future__ import annotations

import re
import unicodedata
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from itertools import takewhile

from bantin import patterncache
from bantin.model import Citation, Paragraph
from bantin.parsers.places import is_place_name, provinces_named_in
from bantin.parsers.text import (
    TERMINAL_PUNCTUATION,
    blank_run_start,
    collapse_spaces,
    is_upper_heading,
)

#: A digest article's source note, "(Outlet DD/MM, Author, …)": also "(Outlet, DD/MM)", "(Outlet -
#: DD/MM)", "(Outlet, ngày DD/MM)", "(Outlet số ra ngày DD/MM)" (a paper's issue), the authors
#: after "; " or " - " too, or after a space alone where an editor left the comma out
#: ("(Baolaocai.vn 02/01 Thu Hà)": ``unmarked``, read only after an outlet's name and when it
#: opens with a capital, as a name does), a full stop after it,
#: and framed as "(Theo Outlet …)", "(Nguồn: Outlet …)" or "(Outlet ngày DD/MM)", whose framing
#: and separating words are no part of the outlet. A day with its year, or printed "DD-MM" or
#: "DD.MM", only after a name that is an outlet's (``OUTLET_RE``: "(Báo Nhân Dân 02/12/2025)",
#: "(Báo Lào Cai, 02-01)"): "(ban hành 12/5/2023)" or "(phiên bản 2.0)" closing a paragraph is the
#: text's own. A year a digit short or long ("02/12/202") is still the note's, a date that cannot
#: be (``date.impossible``), not text of the article, and so is a day with a stray full stop
#: after it ("(Baocamau.vn 01/02., Hồng Nhung)").
#: What a note's authors may hold: anything but parentheses, and notes in them after a name
#: ("Thùy Loan (tổng hợp)").
_AUTHORS_TEXT = r"(?:[^()]|\([^()]*\))*?"
#: The words that frame a source note: "(Theo …)", "(Nguồn: …)", "(Nguồn tin: …)", "(Trích: …)",
#: "(Trích nguồn: …)", "(Trích từ …)", "(Trích dẫn: …)".
_FRAME = r"(?i:theo|nguồn(?:\s+tin)?|trích(?:\s+(?:nguồn|từ|dẫn))?)"
#: The time a web page printed after a note's day, no writer: "02/12/2026 08:15", "02/12/2026 -
#: 08:15", "02/12/2026, 8h15", "02/12/2026 08:15 GMT+7".
_TIME = r"(?:\s*+(?:[-–,]\s*+)?\d{1,2}[:h]\d{2}(?:\s*+(?:GMT|UTC)\s*+[+-]\s*+\d{1,2})?(?!\d))?"
#: A comma or spaces between the parts of a note before its day, each run of spaces taken once.
_GAP = r"(?:\s*+,\s*+|\s++)"
CITATION_RE = patterncache.compile(
    rf"(?:(?<!\s)\s++)?\((?P<frame>{_FRAME}\s*:?\s+)?(?P<outlet>[^()]*?[^\s,;:–-])"
    # Fail fast where the outlet cannot end: what follows it opens with separators, then a digit
    # or the first letter of a word read before the day ("số", "ra", "thứ", "chủ", "cập",
    # "đăng", "xuất", "ngày", "phát"), so an outlet of many words is not tried at every space.
    r"(?=[\s,;:–-]++(?i:[\dsrtcđxnp]))(?:\s*+[,;:–-])?"
    # Possessive spaces: a run of them after a word is tried once, not split every way.
    # A paper's issue ("Báo Nhân Dân số 24567", "…, số 1234 ra ngày …") and the day's weekday with
    # its comma ("Baolaocai.vn, Thứ Ba, 02/01/2024") between the outlet and the day are no part of
    # the name, nor is a weekday named right before the day ("Báo Cần Thơ, thứ Năm 3/12").
    rf"(?:{_GAP}(?i:số)\s++\d++)?(?:\s++(?i:số\s+ra|ra))?"
    rf"(?:{_GAP}(?:(?i:thứ)\s++(?:[2-7]|\w+)|(?i:chủ\s+nhật))(?=\s*+,)"
    rf"|{_GAP}(?i:thứ\s++(?:[2-7]|hai|ba|tư|năm|sáu|bảy|bẩy)|chủ\s+nhật)(?=\s++\d))?"
    # The time a page stamped before the day: "(Theo Báo Thái Bình, 08:30, 03/12/2026)".
    rf"(?:{_GAP}\d{{1,2}}[:h]\d{{2}}(?=(?:\s*+,)?\s++\d{{1,2}}[/.-]\d))?"
    # What a page prints before the day it posted or updated the text: "cập nhật", "đăng ngày",
    # "đưa tin ngày", "phát ngày" (a station's).
    rf"(?:{_GAP}(?i:cập\s+nhật|đăng(?:\s+tải)?|xuất\s+bản|(?:đưa\s+tin|phát)(?=\s+ngày))(?:\s*+:)?)?"
    rf"(?:{_GAP}(?i:ngày))?(?:\s*+,)?\s++"
    r"(?P<date>\d{1,2}(?P<sep>[/.-])\d{1,2}(?P<year>(?P=sep)\d{3,5})?)\.?"
    rf"{_TIME}"
    rf"\s*(?:(?:[,;]|\s[-–])\s*(?P<authors>{_AUTHORS_TEXT})"
    rf"|\s+(?P<unmarked>[^\W\d_]{_AUTHORS_TEXT}))?(?<!\s\s)\s*+\)\.?\s*$"
)
#: A source note without a day: framed as one, "(Theo Chinhphu.vn)", "(Nguồn: Báo Lào Cai, Thu
#: Hà)", read after an outlet's name (``OUTLET_RE``); with no frame, "(Báo Nhân Dân điện tử)",
#: "(Thu Hà/TTXVN)", read as ``_signs_as_a_source`` says: "(VTV)" closing a sentence names a
#: station, no source.
DATELESS_CITATION_RE = patterncache.compile(
    rf"(?:(?<!\s)\s++)?\((?P<frame>{_FRAME}\s*:?\s+)?(?P<outlet>[^()]*?[^\s,;:–-])"
    rf"\s*+(?:(?:[,;]|(?<=\s)[-–])\s*+(?P<authors>{_AUTHORS_TEXT}))?(?<!\s\s)\s*+\)\.?\s*$"
)
#: The national news agencies and broadcasters, by the letters they sign with.
_AGENCIES = (
    r"(?:TTXVN|VNA|VOV(?:\d|\.VN|\.vn)?|VTV\d{0,2}|VTC\d{0,2}|Vietnam\+|VietnamPlus"
    r"|Thông tấn xã Việt Nam)"
)
#: What names an outlet: a paper, magazine, station, portal or news agency by the word it opens
#: with ("Báo …" but not "báo cáo", "Tạp chí", "Đài", "Cổng", "Thông tấn"; a department's site
#: by the words "Trang thông tin điện tử", "Trang TTĐT", not a page's "Trang 5"), an agency
#: ("TTXVN", "VOV", "VTV"), or a web address ("Baolaocai.vn").
#: The national papers and news sites, named by their titles alone in notes ("(Theo Dân trí)",
#: "(Tuổi Trẻ 30-12-2023, Minh Anh)"): a closed set, as a province's paper says "Báo".
NATIONAL_OUTLETS = (
    "Dân trí", "VnExpress", "Tuổi Trẻ", "Thanh Niên", "Người Lao Động", "Lao Động", "Tiền Phong",
    "Nhân Dân", "Hà Nội Mới", "Vietnamnet", "VietNamNet", "Zing News", "Znews", "Vietnamplus",
    "Pháp luật Việt Nam", "Kinh tế & Đô thị", "Kinh tế và Đô thị", "Kinh Tế Đô Thị",
    "Quân đội nhân dân", "Công an nhân dân", "Đại biểu Nhân dân", "Sài Gòn Giải Phóng",
    "Giáo dục và Thời đại", "Infonet", "Soha", "Kenh14", "Thời báo Tài chính", "VTC News",
)  # fmt: skip
_NATIONAL = "|".join(re.escape(name) for name in sorted(NATIONAL_OUTLETS, key=len, reverse=True))
#: A department's own site, named as a source as a portal is: "Trang thông tin điện tử Sở Nội vụ",
#: "Trang TTĐT Sở Nội vụ tỉnh …", "Trang tin điện tử …".
_SITE = r"trang\s+(?:thông\s+tin\s+điện\s+tử|ttđt|tin\s+điện\s+tử)"
OUTLET_RE = patterncache.compile(
    rf"^(?i:{_NATIONAL})(?!\w)"
    rf"|^(?i:báo(?!\s+cáo)|tạp chí|đài|cổng|thông tấn|truyền hình|phát thanh|{_SITE})(?!\w)"
    rf"|(?<!\w){_AGENCIES}(?![\w+])|\w\.(?i:vn|com|net|org)\b"
)
#: "và" between two writers' names ("Minh Anh và Thu Hà"; no name holds the word).
_AND = r"\s+và\s+"
#: What separates two authors: a comma, a dash with space on each side, "và" (``_AND``), or a
#: semicolon, between two credits: "Mai Anh; ảnh: Hồng Hà".
_AUTHOR_SEPARATOR_RE = patterncache.compile(rf"(\s*[,;]\s*|\s+[-–&]\s+|{_AND})")
#: The separators printed as they are between a note's authors (others print as ", ").
_KEPT_SEPARATORS = ("-", "–", "và")
#: A credit's role, printed before its names at the start of the authors or after a separator.
#: "Bài: …", "Tác giả: …", "Tin, ảnh: …", "Bài và ảnh: …" name the writers (who took the photos too); "Ảnh: …",
#: "Minh họa: …", "Đồ họa: …", "Video: …" name those who made the pictures only: no authors.
#: The pictures a credit may be for: a photo ("Nguồn ảnh: …" too), an illustration, a graphic.
_PICTURES = r"(?:nguồn\s+)?(?:ảnh|hình)(?:\s+minh\s+h(?:ọa|oạ))?|minh\s+h(?:ọa|oạ)|đồ\s+h(?:ọa|oạ)"
_MADE = rf"(?:{_PICTURES}|video|clip|trình\s+bày|thiết\s+kế)"
_CREDIT_RE = patterncache.compile(
    r"(?:^|(?<=[,;.])|(?<=\s[-–]))\s*(?:"
    r"(?P<text>(?:bài|tin)(?:\s*(?:,|và|/|&|\+)\s*ảnh)?|tổng\s+hợp|thực\s+hiện|nội\s+dung|tác\s+giả)"
    rf"\s*:\s*|(?P<picture>{_MADE}(?:\s*(?:,|và|/|&)\s*{_MADE})*)\s*:\s*"
    # "…, ảnh Quốc Hồng": the photo's credit without its colon, before a capitalised name
    r"|(?P<photo>ảnh)\s+(?-i:(?=[A-ZĐ]))"
    r")",
    re.IGNORECASE,
)
#: A note after a name, "Thùy Loan (tổng hợp)", "Minh Tú (ảnh)": no part of the name.
_NAME_NOTE_RE = patterncache.compile(r"(?:(?<!\s)\s++)?\((?P<note>[^()]*)\)$")
#: The agency a reporter writes for, signed after the name, maybe with its bureau after a dash
#: or a space, in capitalised words there: "Thu Hà/TTXVN", "Thanh Hà/VOV-Đông Bắc", "Thu
#: Hà-TTXVN", "PV Minh Anh/VOV Miền Trung"; no part of the name.
_BUREAU = r"(?:\s*[-–]\s*[^\W\d_]+(?: [^\W\d_]+)*|(?: [A-ZĐ][^\W\d_]*)+)"
_AGENCY_CREDIT = rf"{_AGENCIES}{_BUREAU}?"
_AGENCY_SIGNED_RE = patterncache.compile(
    rf"\s*(?:[/–-]\s*{_AGENCY_CREDIT}|/\s*(?:Báo|Tạp chí|Đài)\s+[^/]+)$"  # "Thu Hà/Báo Tin tức"
)
#: An agency credited on its own between the names ("Thu Hà - TTXVN"): no author.
_AGENCY_ALONE_RE = patterncache.compile(_AGENCY_CREDIT)
#: A degree or rank printed before a writer's name, "TS. Lê Văn Chiến", "PGS.TS. Trần Lan",
#: "ThS Mai Hoa", "Thượng tá Nguyễn Hải", "CTV Minh An" (a contributor): no part of the name.
#: Academic degrees a comma may cut from a name ("PGS, TS. …"), and the others printed before one.
_DEGREES = r"P?GS|TSKH|TS|(?i:th\.?s)|NCS"
_OTHER_DEGREES = r"BS|LS|KS|CN"
#: Military and police ranks: "Thượng tá", "Đại úy".
_RANKS = r"(?:Đại|Thượng|Trung|Thiếu)\s+(?:tá|úy|uý|tướng)"
_HONORIFIC_RE = patterncache.compile(
    rf"^(?:(?:(?:{_DEGREES}|{_OTHER_DEGREES})(?:\.\s*|,\s*|\s+))+"
    rf"|(?:{_RANKS}(?:,\s*|\s+))+(?:TS\.?\s*)?"
    r"|(?:CTV|PV|Luật sư|Luật gia|Nhà báo|Thạc sĩ|Tiến sĩ|Phó Giáo sư|Giáo sư)\s+)"
    r"(?=[^\W\d_])"
)
#: The institution a writer works at, credited after the name ("TS. Lê Văn Chiến - Học viện Hành
#: chính quốc gia", "…, Trường Đại học Nội vụ Hà Nội"): no author. Credited alone, an office is
#: the note's author ("Ban Biên tập").
_INSTITUTION_RE = patterncache.compile(
    r"^(?:Học viện|(?:Trường\s+)?Đại học|Trường\s+(?:Cao đẳng|Chính trị|Cán bộ|Trung cấp)"
    r"|Viện|Sở|Bộ|Cục|Chi cục|Vụ|Văn phòng|[UỦ]y ban|UBND|HĐND|Trung tâm|Khoa|Thanh tra"
    r"|(?:Tỉnh|Thành|Huyện|Đảng)\s+[uủ]y|Ban|Phòng|Hội|(?:Tổng\s+)?[Cc]ông ty|Tòa án|Toà án"
    r"|Viện kiểm sát|Kho bạc|Công an|Ngân hàng|Bảo hiểm xã hội|Cộng hòa|Cộng hoà"
    # a post held there: "Nguyễn Văn Hùng - Phó Giám đốc Sở Nội vụ"
    r"|(?:Phó\s+)?(?:Giám đốc|Chủ tịch|Trưởng phòng|Trưởng ban|Trưởng khoa|Bí thư|Chánh"
    r"|Cục trưởng|Vụ trưởng|Viện trưởng|Hiệu trưởng|Bộ trưởng|Thứ trưởng|Tổng biên tập)"
    r"|Chuyên viên|Công chức|Cán bộ|Giảng viên|Nghiên cứu viên)\s+[^\W\d_]"
)
#: A credit that names where an aggregator took the text from: "theo Báo Lào Cai", "nguồn: …".
_AFTER_SOURCE_RE = patterncache.compile(rf"{_FRAME}(?:\s*:)?\s")
#: A note that makes the name a picture's credit: "Minh Tú (ảnh)".
_PICTURE_NOTE_RE = patterncache.compile(_PICTURES, re.IGNORECASE)


def find_citation(text: str) -> re.Match[str] | None:
    """``CITATION_RE.search(text)``, cheaply: from where a note may start (``_note_start``)."""
    start = _note_start(text)
    return None if start is None else _search_citation(text, start)


def _search_citation(text: str, start: int) -> re.Match[str] | None:
    """``CITATION_RE.search(text, start)``, tried only where a match may start: a note opens
    with "(", after the run of white space before it (taken whole, or not at all), so each "("
    from ``start`` on is tried once, from that run's start, and the text between them is skipped
    at C speed (a regex search would try every position of a paragraph whose note is none)."""
    at = text.find("(", start)
    while at >= 0:
        run = blank_run_start(text, at)
        match = CITATION_RE.match(text, run if run >= start else at)
        if match is not None:
            return match
        at = text.find("(", at + 1)
    return None


def _note_start(text: str) -> int | None:
    """Where a source note closing ``text`` may start, None when none can: a note ends the text
    with ")" (a full stop after it). Between its "(" and the end, only the last character of the
    outlet may be another parenthesis, or notes after authors' names ("Thùy Loan (tổng hợp)"),
    so the "(" is the one the closing ")" closes, the last "(" or the one before; a match starts
    in the run of white space before it."""
    if not text.rstrip().removesuffix(".").endswith(")"):
        return None
    last = text.rfind("(")
    if last < 0:
        return None
    before = text.rfind("(", 0, last)
    start = before if before >= 0 else last
    opening = _opening(text)
    if opening is not None and opening < start:
        start = opening
    return blank_run_start(text, start)


def _opening(text: str) -> int | None:
    """Where the parenthesis that the last ")" of ``text`` closes opens (None if unbalanced): the
    last "(" before that ")" that none between them closes (``_unclosed``)."""
    end = text.rfind(")")
    return None if end < 0 else _unclosed(text, end)


#: The comma or dash a merged provincial paper's name holds ("Báo và Phát thanh, Truyền hình Hưng
#: Yên", "Báo và Đài Phát thanh - Truyền hình Quảng Bình", "Báo và Đài PT - TH Trà Vinh", "Trung
#: tâm Truyền thông - Báo chí"): no separator between an outlet and its writers.
_MARK_IN_NAME_RE = patterncache.compile(
    r"(?i:(?P<before>phát thanh\s?|\bPT\s?|truyền thông\s?|báo chí\s?)[-–,]"
    r"(?P<after>\s*(?:truyền hình|TH|báo chí|truyền thông)\b))"
)
#: Words that hold a ``_MARK_IN_NAME_RE`` mark: a text with none is read as it is.
_MARK_IN_NAME_HINTS = ("thanh", "THANH", "PT", "thông", "THÔNG", "chí", "CHÍ")
#: The last word before each mark of ``_MARK_IN_NAME_RE`` and the mark, in lower case: a text
#: whose lower case holds none holds no such mark (one regex with no case to ignore, so fast).
_MARK_AFTER_HINT_RE = patterncache.compile(r"(?:thanh|pt|thông|chí)\s?[-–,]")
#: What stands for each such mark while a note is read, one character as it is: no separator.
_KEPT_MARKS = {",": "\ue000", "-": "\ue001", "–": "\ue002"}
_MARKS_KEPT = str.maketrans(dict(zip(_KEPT_MARKS.values(), _KEPT_MARKS.keys(), strict=True)))


def _keep_mark(match: re.Match[str]) -> str:
    mark = match[0][len(match["before"])]
    return f"{match['before']}{_KEPT_MARKS[mark]}{match['after']}"


def _comma_kept(text: str) -> str:
    """``text`` with the comma or dash of an outlet's name (``_MARK_IN_NAME_RE``) read as no
    separator, the text itself when it holds none. Most texts are told so cheaply, by their
    lower case (``_MARK_AFTER_HINT_RE``: a regex that ignores case tries every letter slowly),
    then by the words a mark is read after (``_MARK_IN_NAME_HINTS``), before the whole regex."""
    if _MARK_AFTER_HINT_RE.search(text.lower()) is None:
        return text
    if not any(hint in text for hint in _MARK_IN_NAME_HINTS):
        return text
    kept = _MARK_IN_NAME_RE.sub(_keep_mark, text)
    return text if kept == text else kept


def _comma_restored(text: str) -> str:
    """``text`` with the marks ``_comma_kept`` stood for printed again."""
    return text.translate(_MARKS_KEPT)


def _has_kept_mark(text: str) -> bool:
    return any(kept in text for kept in _KEPT_MARKS.values())


def _citation_restored(citation: Citation | None) -> Citation | None:
    """``citation`` with the marks of its outlet's name printed again (``_comma_kept``)."""
    if citation is None or not _has_kept_mark(citation.outlet + "".join(citation.authors)):
        return citation
    authors = tuple(map(_comma_restored, citation.authors))
    return replace(citation, outlet=_comma_restored(citation.outlet), authors=authors)


def split_citation(text: str, line: int) -> tuple[str, Citation | None]:
    """Split a closing paragraph on ``line`` into (body text, its citation or None). The end
    mark of an official text after the note ("(Theo TTXVN)./.") ends the text with it. The
    comma of a merged paper's name ("Báo và Phát thanh, Truyền hình Hưng Yên") cuts nothing."""
    kept = _comma_kept(text)
    if kept is text:
        return _split_citation(text, line)
    before, citation = _split_citation(kept, line)
    return _comma_restored(before), _citation_restored(citation)


def _split_citation(text: str, line: int) -> tuple[str, Citation | None]:
    """``split_citation`` of a ``text`` whose outlet's comma is kept (``_comma_kept``)."""
    if text.endswith("/.") and (mark := _END_MARK_RE.search(text)) is not None:
        before, citation = split_citation(text[: mark.start()], line)
        if citation is not None:
            return before, citation
    if text.rstrip().endswith("]") and (parenthesised := _bracketed_source(text)) is not None:
        before, citation = split_citation(parenthesised, line)  # "[Nguồn: Báo Nam Định]"
        if citation is not None:
            return before, citation
    start = _note_start(text)
    if (start is None or text[:1] in "NnTt") and (source := source_line(text)) is not None:
        # "Nguồn: Cổng TTĐT Chính phủ (chinhphu.vn)": the address is the source's, no note
        return _cited(text, source, source["date"] or "", source["authors"], line)
    if start is None:
        # "Tác giả: Minh Anh - Nguồn: Báo Nam Định", "… hồ sơ. Theo Báo Nam Định"
        after = _byline_then_source(text, line) or _source_after_sentence(text, line)
        return after if after is not None else _unclosed_citation(text, line)
    match = _search_citation(text, start)
    if match is None and (credited := _credits_before_source(text, start)) is not None:
        return _cited(text, credited, "", credited["authors"], line)
    if match is None:
        text, citation = _dateless_citation(text, start, line)
        return (text, citation) if citation is not None else _unclosed_citation(text, line)
    return _dated_citation(text, match, line)


#: Where what a closing line prints after its last sentence or its note starts: after ".", "!",
#: "?", "…" or ")" (a full stop may follow it), white space and maybe a dash, at a letter ("… hồ
#: sơ. Minh Anh", "… (Báo Nam Định 05/5) - Minh Anh", "… hồ sơ. Theo Báo Nam Định").
_TAIL_START_RE = patterncache.compile(r"[.!?…)]\.?[^\S\n]+(?:[-–][^\S\n]+)?(?=[^\W\d_])")
#: The words that open a source printed after the last sentence ("Theo", "Nguồn", "Trích").
_FRAME_HINTS = ("heo", "HEO", "guồn", "GUỒN", "rích", "RÍCH")


def _tail_start(text: str) -> int | None:
    """Where the text after the last sentence or note of ``text`` (stripped) starts, within
    ``_SOURCE_LINE_LONGEST`` of its end (``_TAIL_START_RE``), or None. A degree's or a rank's
    full stop ends no sentence: "TS. Lê Văn Chiến" is one name."""
    reach = max(0, len(text) - _SOURCE_LINE_LONGEST)
    for match in reversed(list(_TAIL_START_RE.finditer(text, reach))):
        word = _last_word(text, match.start() + 1)
        if _TITLE_ALONE_RE.fullmatch(word) is None and not _HONORIFIC_RE.match(f"{word} A"):
            return match.end()
    return None


#: How far back the last word before a sentence's end is looked for first: a word is shorter.
_WORD_REACH = 40


def _last_word(text: str, end: int) -> str:
    """The last word of ``text[:end]`` (``rsplit``), which ends with no white space: found in
    the ``_WORD_REACH`` characters before ``end`` when white space there sets it apart, so that
    a long paragraph is not copied whole to find it; else in all of them."""
    near = max(0, end - _WORD_REACH)
    words = text[near:end].rsplit(maxsplit=1)
    if len(words) == 2 or not near:
        return words[-1]
    return text[:end].rsplit(maxsplit=1)[-1]


#: An agency's letters alone on the closing line, as a page signs the text it took from the
#: agency: "TTXVN", "TTXVN/Vietnam+", "VOV." (a full stop may end it).
_AGENCY_LINE_RE = patterncache.compile(
    rf"\s*(?P<agency>{_AGENCIES}(?:\s*/\s*{_AGENCIES})*)\s*\.?\s*"
)


def agency_line(text: str) -> str | None:
    """The agency a closing line names alone (``_AGENCY_LINE_RE``: "TTXVN"), or None for any
    other line; told first by its length, as a line of text is longer."""
    if len(text) > _AGENCY_LINE_LONGEST or (match := _AGENCY_LINE_RE.fullmatch(text)) is None:
        return None
    return match["agency"]


#: No line that names agencies alone is longer ("Thông tấn xã Việt Nam/VietnamPlus").
_AGENCY_LINE_LONGEST = 40


def _source_after_sentence(text: str, line: int) -> tuple[str, Citation | None] | None:
    """``split_citation`` of a closing paragraph that prints its source after its last sentence
    on the same line, with no parentheses ("… hồ sơ. Theo Báo Nam Định", "… hồ sơ. Nguồn: Sở
    Nội vụ"): the source as a line of its own names it (``source_line``); None for any other."""
    stripped = text.rstrip()
    if not any(hint in stripped[-_SOURCE_LINE_LONGEST:] for hint in _FRAME_HINTS):
        return None
    at = _tail_start(stripped)
    if at is None or (source := source_line(stripped[at:])) is None:
        return None
    _, citation = _cited(stripped[at:], source, source["date"] or "", source["authors"], line)
    return stripped[:at].rstrip(" \t-–"), citation


def _byline_then_source(text: str, line: int) -> tuple[str, Citation] | None:
    """``split_citation`` of a line that is a byline and a source after it
    (``_BYLINE_THEN_SOURCE_RE``): the source's citation with the byline's writers, no text;
    None for any other line (a sentence or a place before the source)."""
    stripped = text.strip()
    if len(stripped) > _BYLINE_LONGEST + _SOURCE_LINE_LONGEST:
        return None
    if not any(hint in stripped for hint in _FRAME_HINTS):
        return None
    match = _BYLINE_THEN_SOURCE_RE.fullmatch(stripped)
    if match is None or (credits := byline(match["credit"])) is None:
        return None
    if (source := source_line(match["source"])) is None:
        return None
    _, citation = _cited(match["source"], source, source["date"] or "", source["authors"], line)
    return "", credited_by(citation, *credits)


def closing_source(text: str) -> bool:
    """Whether ``text``, a paragraph of its own before the back-to-top link, names the article's
    source: a source line ("Nguồn: Báo Lào Cai") or a byline and its source ("Tác giả: Minh Anh
    - Nguồn: Báo Nam Định")."""
    return source_line(text) is not None or _byline_then_source(text, 0) is not None


def without_trailing_byline(text: str) -> tuple[str, tuple[tuple[str, ...], str] | None]:
    """``text`` without the byline printed after its last sentence or its note on the same line
    ("… hồ sơ. Minh Anh", "… (Báo Nam Định 05/5) - Minh Anh", "… 05/5). Hoàng Lan - Thu Hà"),
    and its credits (``byline``; in capitals only after a note, "… 05/5) MINH ANH"); ``text``
    and None when it ends with none."""
    stripped = text.rstrip()
    at = _tail_start(stripped)
    if at is None:
        return text, None
    tail, before = stripped[at:], stripped[:at].rstrip(" \t-–")
    if tail.count(")") > tail.count("("):
        return text, None  # "(Theo TTXVN, PGS.TS. Minh An - …)": inside the note, no byline
    credits = byline(tail)
    noted = tail.isupper() and before.removesuffix(".").endswith(")")  # "… 05/5) MINH ANH"
    if credits is None and noted and split_citation(before, 0)[1] is not None:
        credits = byline(tail, capitals=True)
    return (before, credits) if credits is not None else (text, None)


#: A source set off in square brackets at the end, as some pages print it: "[Nguồn: Báo Nam
#: Định]", "[Theo Báo Nam Định]".
_BRACKETED_SOURCE_RE = patterncache.compile(rf"\[(?P<inner>{_FRAME}[\s:][^\[\]]*)\]\.?\s*$")


def _bracketed_source(text: str) -> str | None:
    """``text`` with the source in square brackets that ends it in parentheses, as a note is
    read (``_BRACKETED_SOURCE_RE``), or None when it ends with no such source ("… [1].")."""
    reach = max(0, len(text) - _SOURCE_LINE_LONGEST)
    if (match := _BRACKETED_SOURCE_RE.search(text, reach)) is None:
        return None
    return f"{text[: match.start()]}({match['inner']})"


#: The end mark of an official text after a note: "./.", "/.".
_END_MARK_RE = patterncache.compile(r"(?<=\))\s*\.?/\.\s*$")


def _dated_citation(text: str, match: re.Match[str], line: int) -> tuple[str, Citation | None]:
    """``split_citation`` of a closing paragraph whose note ``match`` (of ``CITATION_RE``) prints
    a day: a day with its year, printed with a dash or a dot, or with no comma before the
    authors, only after an outlet's name."""
    unmarked = match["unmarked"]
    if (match["year"] or match["sep"] != "/" or unmarked) and not (
        _names_an_outlet(match["outlet"]) or _framed_outlet(match)
    ):
        return text, None
    if unmarked and not unmarked[0].isupper():
        return text, None  # "(Cổng thông tin 12/3 cập nhật)": no name after the day
    if not _may_name_an_outlet(match["outlet"]):
        return text, None  # "… trên Báo Nhân Dân (ngày 01/12).": the sentence's own day
    return _cited(text, match, match["date"], match["authors"] or unmarked, line)


#: What a day is printed after in a sentence's own parenthesis, never an outlet's name: "(ngày
#: 01/12)", "(từ ngày 01/12)", "(tính đến 30/11)", "(cập nhật 01/12)".
_DAY_WORDS_RE = patterncache.compile(
    r"(?i:(?:từ |đến |tính đến |cập nhật |hết )?ngày|tính đến|cập nhật|đến|từ)"
)


def _may_name_an_outlet(outlet: str) -> bool:
    """Whether the text a note prints before its day may be an outlet's name: not words that
    date a sentence's own parenthesis (``_DAY_WORDS_RE``), and, in lower case, only an outlet's
    name (``_names_an_outlet``: "baolaocai.vn")."""
    stripped = outlet.strip()
    if _DAY_WORDS_RE.fullmatch(stripped):
        return False
    return stripped[:1].isupper() or stripped[:1].isdigit() or _names_an_outlet(stripped)


#: What opens a document's or a report's name, never an outlet's: "(Theo Quyết định số 12 ngày
#: 5/3/2024)", "(Nguồn: Báo cáo của Sở, 5/3/2024)".
_DOCUMENT_WORDS_RE = patterncache.compile(
    r"(?i:quyết định|nghị định|nghị quyết|thông tư|chỉ thị|công văn|văn bản|kế hoạch|báo cáo"
    r"|tờ trình|luật|đề án|chương trình|thông báo|kết luận|số liệu)(?!\w)"
)


def _framed_outlet(match: re.Match[str]) -> bool:
    """Whether a note framed as one ("(Nguồn: VnExpress, 02/5/2024)", "(Theo Dân trí 02/5)",
    "Theo"/"Nguồn" with its capital) names an outlet by its proper name: capitalised, one to six
    words, no digit, no document's or report's name."""
    frame, outlet = match["frame"], match["outlet"].strip()
    return (
        frame is not None
        and frame[:1].isupper()
        and outlet[:1].isupper()
        and 1 <= len(outlet.split()) <= 6
        and not any(character.isdigit() for character in outlet)
        and _DOCUMENT_WORDS_RE.match(outlet) is None
    )


def _unclosed_citation(text: str, line: int) -> tuple[str, Citation | None]:
    """``split_citation`` of a closing paragraph whose note lacks its ")", the editor's slip
    ("… hài lòng. (Baocamau.vn 01/02, Hồng Nhung", "(TTXVN 01/02, Thu Hà (tổng hợp)"): read as
    if closed, from the "(" that nothing closes, when an outlet's name (``OUTLET_RE``) and a day
    open it; any other text that ends inside a parenthesis stays the text's own."""
    at = _unclosed(text)
    if at is None:
        return text, None
    closed = f"{text.rstrip().removesuffix('.').rstrip()})"
    match = _search_citation(closed, blank_run_start(closed, at))
    if match is None or not _names_an_outlet(match["outlet"]):
        return text, None
    before, citation = _dated_citation(closed, match, line)
    return (before, citation) if citation is not None else (text, None)


def _unclosed(text: str, end: int | None = None) -> int | None:
    """Where the last "(" of ``text[:end]`` that no ")" after it there closes is, or None. One
    pass back over the parentheses alone, each found by ``rfind`` from where the last of its
    kind was: a paragraph of many of them is read in linear time, and the text between them at
    C speed."""
    depth = 0
    end = len(text) if end is None else end
    opening = text.rfind("(", 0, end)
    closing = text.rfind(")", 0, end)
    while opening >= 0:
        if closing > opening:
            depth += 1
            closing = text.rfind(")", 0, closing)
        elif not depth:
            return opening
        else:
            depth -= 1
            opening = text.rfind("(", 0, opening)
    return None


#: Writers with their source in a parenthesis of its own inside the note: "(Hải Yến (theo Báo Hà
#: Nam))", "(Minh Anh - Thu Hà (Nguồn: TTXVN))".
_CREDITS_BEFORE_SOURCE_RE = patterncache.compile(
    r"(?:(?<!\s)\s++)?\((?P<authors>[^()]*?[^\s(),;:–-])\s*+"
    rf"\((?P<frame>{_FRAME}\s*:?\s+)(?P<outlet>[^()]*?[^\s(),;:–-])\s*+\)\s*+\)\.?\s*$"
)


def _credits_before_source(text: str, start: int) -> re.Match[str] | None:
    """The note from ``start`` on that credits writers before its source
    (``_CREDITS_BEFORE_SOURCE_RE``), or None: an outlet's name in the inner parenthesis and
    persons' names before it ("(Ảnh minh họa (theo Báo Hà Nam))" credits a picture)."""
    match = _CREDITS_BEFORE_SOURCE_RE.search(text, start)
    if match is None or not _opens_with_a_source(match["outlet"]):
        return None
    return match if _persons_only(match["authors"]) else None


#: A source printed on a line of its own, with no parentheses, as a web page may close an
#: article: "Nguồn: Báo Lào Cai", "Theo Baolaocai.vn 02/3, Thu Hà", "Theo Báo Hà Nam ngày 12/4/2024".
#: A day written in words, as a portal's note may print it: "02 tháng 12 năm 2026", "2 tháng 12".
_WRITTEN_DAY = r"(?P<wday>\d{1,2})\s+tháng\s+(?P<wmonth>\d{1,2})(?:\s*,?\s+năm\s+(?P<wyear>\d{4}))?"
#: A site's address printed in parentheses after its name: "Cổng TTĐT Chính phủ (chinhphu.vn)".
_ADDRESS_AFTER = r"(?:\s*\([^()\s]+\.(?:vn|com|net|org)\b[^()\s]*\))?"
#: What opens a web address: "https://", "http://", "www.".
_AT = r"(?:https?://|(?i:www)\.)"
#: What a portal prints between a paper's name and the day it carried the text: "đăng ngày",
#: "đăng tải ngày", "đưa tin ngày", "phát ngày" (a station's), "cập nhật" (no part of the name).
_POSTED = r"(?:(?i:(?:đăng(?:\s+tải)?|cập\s+nhật)(?:\s+ngày)?|(?:đưa\s+tin|phát)(?=\s+ngày))\s+)"
#: The source by its page's address, or a paper's name before it ("Nguồn Báo Lào Cai: https://…").
_SOURCE_LINE_RE = patterncache.compile(
    rf"\s*(?P<frame>{_FRAME})\s*:?\s+"
    rf"(?P<outlet>{_AT}[^\s()]+|[^\W\d_][^()\d,;:]*?\s*:\s*{_AT}[^\s()]+"
    rf"|[^\W\d_][^()\d,;:]*?{_ADDRESS_AFTER})"
    rf"(?:\s*,?\s+(?P<open>\()?{_POSTED}?(?:(?i:(?:số\s+ra\s+)?ngày)\s+)?"
    rf"(?P<date>\d{{1,2}}/\d{{1,2}}(?:/\d{{4}})?|{_WRITTEN_DAY})(?(open)\)))?"
    r"(?:\s*(?:[,;]|\s[-–])\s*(?P<authors>[^()\d]+?))?"
    # "Nguồn: Báo Nam Định đưa tin": what the paper did, no word of its name
    r"(?:\s+(?i:đưa\s+tin|đăng\s+tải))?\s*\.?\s*"
)
#: The most words a source's name printed so has ("Báo Nhân Dân điện tử", "Cổng TTĐT tỉnh").
_SOURCE_LINE_WORDS = 6
#: A portal's name, longer: "Cổng Thông tin điện tử tỉnh Bà Rịa - Vũng Tàu" (ten words at most).
_PORTAL_RE = patterncache.compile(rf"(?i:cổng\s+(?:thông\s+tin\s+điện\s+tử|ttđt)|{_SITE})\s")
_PORTAL_WORDS = 10


def source_line(text: str) -> re.Match[str] | None:
    """The source a paragraph of its own names (``_SOURCE_LINE_RE``), or None: an outlet by its
    name, in a few words, and only persons' names after it ("Theo Báo Lào Cai, tỉnh đã …" is a
    sentence that cites, no source line)."""
    if len(text) > _SOURCE_LINE_LONGEST:
        return None
    text = _comma_kept(text)
    if (match := _SOURCE_LINE_RE.fullmatch(_without_picture_tail(text))) is None:
        return None
    outlet, authors = _place_rejoined(text, match, match["authors"])
    name = outlet.partition("(")[0]  # the address after the name is no word of it
    office = not _opens_with_a_source(outlet) and _names_an_office(name)  # "Nguồn: Sở Nội vụ"
    most = _PORTAL_WORDS if office or _PORTAL_RE.match(name) else _SOURCE_LINE_WORDS
    if _name_words(name) > most or not (office or _opens_with_a_source(outlet)):
        return None
    return None if authors and not _persons_only(authors) else match


#: The words of a merged paper's name beyond a paper's ("Báo và Đài Phát thanh - Truyền hình Gia
#: Lai" is as long as "Báo Truyền hình Gia Lai").
_BROADCAST_WORDS = 4


def _name_words(name: str) -> int:
    """How many words a source's ``name`` has, a merged paper's (``_comma_kept``) as a paper's,
    and a site's "thông tin điện tử" spelled out as the one word "TTĐT" ("Cổng thông tin điện tử
    Sở Nội vụ tỉnh Tuyên Quang" as "Cổng TTĐT Sở Nội vụ tỉnh Tuyên Quang")."""
    words = len(name.split())
    if _SPELLED_OUT_RE.search(name) is not None:
        words -= _SPELLED_OUT_WORDS
    return words - _BROADCAST_WORDS if _has_kept_mark(name) else words


#: A site's kind spelled out, as "TTĐT" abbreviates it, and the words it adds to the abbreviation.
_SPELLED_OUT_RE = patterncache.compile(r"(?i:thông\s+tin\s+điện\s+tử)")
_SPELLED_OUT_WORDS = 3


def _persons_only(authors: str) -> bool:
    """Whether every credit of ``authors`` (between ``_AUTHOR_SEPARATOR_RE``'s separators) is a
    person's name: "Thu Hà, Minh Anh", not "tỉnh đã giải quyết 98% hồ sơ"."""
    return all(map(_are_persons_names, _AUTHOR_SEPARATOR_RE.split(authors)[::2]))


#: No source line is longer: most paragraphs are told by their length alone.
_SOURCE_LINE_LONGEST = 120


def _dateless_citation(text: str, start: int, line: int) -> tuple[str, Citation | None]:
    """``split_citation`` of a closing paragraph whose note, from ``start`` on, prints no day
    ("(Theo Chinhphu.vn)"): its citation has an empty date."""
    match = DATELESS_CITATION_RE.search(text, start)
    if match is None:
        return text, None
    outlet = match["outlet"]
    if not match["frame"] and (signed := _signed_for_an_agency(match)) is not None:
        return text[: match.start()].rstrip(), replace(signed, line=line)
    if not match["frame"] and _address_in_sentence(text, match):
        return text, None
    if outlet.endswith(")"):
        return text, None  # "… (Ảnh minh họa (theo Báo Hà Nam))": a parenthesis the note is in
    if OUTLET_RE.search(outlet) if match["frame"] else _signs_as_a_source(outlet):
        return _cited(text, match, "", match["authors"], line)
    if _outlet_alone_after_a_sentence(text, match):
        return _cited(text, match, "", None, line)  # "… hồ sơ. (TTXVN)"
    office = _office_note(text, match)
    return (
        (text, None)
        if office is None
        else (text[: match.start()].rstrip(), replace(office, line=line))
    )


#: The words that open an office's name whatever word follows: "UBND tỉnh Lào Cai", "Công an
#: tỉnh", "Trung tâm Phục vụ hành chính công", "Bộ phận Một cửa".
_OFFICE_RE = patterncache.compile(
    r"(?:Văn phòng|[UỦ]y ban|UBND|HĐND|Trung tâm|Chi cục|Thanh tra|Kho bạc|Công an"
    r"|Bảo hiểm xã hội|T[oò]a án|Viện kiểm sát|Bộ phận|(?:Tỉnh|Thành|Huyện|Đảng)\s+[uủ]y)"
    r"\s+[^\W\d_]"
)
#: The words that open an office's name before a capital: "Sở Nội vụ", "Ban Tổ chức", "Phòng Tư
#: pháp" ("Phòng chống thiên tai", "Ban hành kèm theo" name none).
_NAMED_OFFICE_WORDS = frozenset(("Sở", "Bộ", "Cục", "Vụ", "Ban", "Phòng", "Viện"))


def _names_an_office(text: str) -> bool:
    """Whether ``text`` is an office's name alone, as a note names the department that sent the
    news ("Sở Nội vụ", "UBND tỉnh Lào Cai"): two to ``_PORTAL_WORDS`` words, no digit, opening
    as an office's name does (``_OFFICE_RE``, ``_NAMED_OFFICE_WORDS``); a post ("Giám đốc Sở
    Nội vụ") is none."""
    words = text.split()
    if not 2 <= len(words) <= _PORTAL_WORDS or any(map(str.isdigit, text)):
        return False
    return _OFFICE_RE.match(text) is not None or (
        words[0] in _NAMED_OFFICE_WORDS and words[1][:1].isupper()
    )


def _office_note(text: str, match: re.Match[str]) -> Citation | None:
    """The citation of a note with no day (``match``) that names an office as its source
    (``_names_an_office``), maybe with writers after it: "(Nguồn: Sở Nội vụ tỉnh Lào Cai)",
    "(Sở Nội vụ, Minh Anh)", "(Phòng Cải cách hành chính - Sở Nội vụ)" (an office within
    another: one source); None for any other note. With no frame, only after a sentence's end
    or on a line of its own: "… chuyển đến cơ quan chuyên môn (Sở Nội vụ)." is the sentence's."""
    outlet, rejoined = _place_rejoined(text, match, match["authors"])
    authors = (rejoined or "").strip()
    if authors and _names_an_office(authors):
        outlet, authors = text[match.start("outlet") : match.end("authors")].strip(), ""
    if not _names_an_office(outlet) or (authors and not _persons_only(authors)):
        return None
    if not match["frame"] and not _after_a_sentence(text, match):
        return None
    writers, separator = _authors(authors)
    return Citation(collapse_spaces(outlet), "", writers, 0, separator)


def _after_a_sentence(text: str, match: re.Match[str]) -> bool:
    """Whether the note ``match`` of ``text`` follows a sentence's end or stands alone."""
    return text[: match.start()].rstrip()[-1:] in ("", *".!?…")


def _outlet_alone_after_a_sentence(text: str, match: re.Match[str]) -> bool:
    """Whether a note with no frame, no day and no writer names an agency or a national paper
    alone ("TTXVN", "VOV", "Dân trí") after the last sentence's end or on a line of its own:
    "… hồ sơ. (TTXVN)" cites it, "… trên sóng truyền hình quốc gia (VTV)." is the sentence's."""
    outlet = match["outlet"].strip()
    return (
        not match["frame"]
        and match["authors"] is None
        and (_AGENCY_ALONE_RE.fullmatch(outlet) is not None or outlet in NATIONAL_OUTLETS)
        and _after_a_sentence(text, match)
    )


def signed_source(credit: str) -> str | None:
    """The source a byline names after its writers, where they work: an office ("Minh Anh - Sở
    Nội vụ", "Minh Anh (Sở Nội vụ)", "(Thu Hà - Sở Nội vụ)": Sở Nội vụ) or the paper or agency
    they write for ("Minh Anh/Báo Nam Định", "Thu Hà (TTXVN)"), or None: an article with no
    note that such a byline signs comes from there. A scholar's institution ("Học viện Hành
    chính quốc gia") is none."""
    stripped = _comma_kept(credit.strip(" \t-–").removesuffix(".").rstrip())
    if stripped.startswith("(") and stripped.endswith(")"):
        stripped = stripped[1:-1].strip()
    if stripped.endswith(")") and (at := stripped.rfind("(")) > 0:
        source = stripped[at + 1 : -1]
    elif (signed := _AGENCY_SIGNED_RE.search(stripped)) is not None:
        source = signed[0].lstrip(" /–-")
    elif _has_kept_mark(stripped) and (dash := _workplace_dash(stripped)) is not None:
        source = stripped[dash:].lstrip(" -–")  # "Minh An - Báo và Phát thanh, Truyền hình …"
    else:
        pieces = _AUTHOR_SEPARATOR_RE.split(stripped)
        source = _workplace_pieces(pieces) if len(pieces) > 2 else ""
    source = source.strip()
    return _comma_restored(source) if _names_a_workplace(source) else None


def _names_a_workplace(text: str) -> bool:
    """Whether ``text`` names an office ("Sở Nội vụ") or the paper or agency a writer signs for
    ("Báo Nam Định", "TTXVN")."""
    return _names_an_office(text) or _opens_with_a_source(text)


def _workplace_pieces(pieces: Sequence[str]) -> str:
    """The workplace a byline split at its separators (``pieces``: [name, separator, name, …])
    names after its writers: from the first piece after which every piece names one
    (``_names_a_workplace``), with the separators between them ("Minh Anh - Phòng CCHC, Sở Nội
    vụ": "Phòng CCHC, Sở Nội vụ", an office within another); the last piece alone when the
    others are writers'."""
    start = len(pieces) - 1
    while start > 2 and _names_a_workplace(pieces[start - 2].strip()):
        start -= 2
    return "".join(pieces[start:])


def _address_in_sentence(text: str, match: re.Match[str]) -> bool:
    """Whether a note with no frame and no day (``match``) is the address of a site the sentence
    names inside it, no source: it follows a word, no sentence's end, and is a portal's
    (".gov.vn") or in lower case ("… trên Cổng Dịch vụ công quốc gia (dichvucong.gov.vn).");
    "Người dân hài lòng (Baolaocai.vn)." is a note."""
    outlet = match["outlet"].strip()
    if match["authors"] or _PAPER_RE.match(outlet) is None or " " in outlet:
        return False
    before = text[: match.start()].rstrip()
    if not before[-1:].isalnum():
        return False
    return outlet[:1].islower() or ".gov.vn" in outlet.lower()


def _signed_for_an_agency(match: re.Match[str]) -> Citation | None:
    """The citation of a note with no frame and no day that credits writers, then the agency
    they write for after a dash ("(Thu Hà - TTXVN)", "(Minh Anh – VOV)"), which
    ``DATELESS_CITATION_RE`` reads as an outlet (the names) and its authors (the agency); None
    for any other note."""
    agency, names = (match["authors"] or "").strip(), match["outlet"].strip()
    if not agency or _AGENCY_ALONE_RE.fullmatch(agency) is None or not _persons_only(names):
        return None
    writers, separator = _authors(names)
    return Citation(agency, "", writers, 0, separator)


#: A paper's or a site's name: "Báo …" (not "báo cáo"), "Tạp chí …", or a web address.
_PAPER_RE = patterncache.compile(r"^(?:Báo(?!\s+cáo)|Tạp chí)\s+\S|^\S+\.(?:vn|com|net|org)\b")
#: Numbers joined as a day's or a version's are: "05.01", "2.0", "1-2".
_NUMBERS_JOINED_RE = patterncache.compile(r"\d\s*[./-]\s*\d")
#: Agencies signed after each other: "TTXVN/Vietnam+".
_AGENCIES_SIGNED_RE = patterncache.compile(rf"{_AGENCIES}(?:\s*/\s*{_AGENCIES})+")


def _opens_with_a_source(text: str) -> bool:
    """Whether ``text`` opens with a source's name: an outlet (``OUTLET_RE``: "Báo Lào Cai",
    "TTXVN") or a site's address ("Baolaocai.vn"); "Phóng viên TTXVN" is a writer's credit."""
    return OUTLET_RE.match(text) is not None or _PAPER_RE.match(text) is not None


def _signs_as_a_source(outlet: str) -> bool:
    """Whether the text of a note with no frame and no day names its source as a source note
    does: a paper or a site by its name ("Báo Nhân Dân điện tử", "Baolaocai.vn"), a writer and
    the agency she signs for ("Thu Hà/TTXVN") or agencies ("TTXVN/Vietnam+"). A station alone
    ("(VTV)") may close a sentence: it is no note."""
    if _NUMBERS_JOINED_RE.search(outlet):
        return False  # "(Báo Hà Tĩnh 05.01/2025)": a day no note prints
    if _PAPER_RE.match(outlet) or _AGENCIES_SIGNED_RE.fullmatch(outlet):
        return True
    signed = "/" in outlet or " - " in outlet or " – " in outlet  # "Thu Hà/TTXVN", "Thu Hà - VOV"
    credited = _credited_with_outlet(outlet) if signed else None
    return credited is not None and _AGENCY_ALONE_RE.fullmatch(credited[0]) is not None


#: What a magazine's note prints after its name, where the writers go: its issue ("số 338",
#: "số 4/2024", "kỳ 2") or its period ("tháng 3/2024", "quý I/2024", "năm 2024").
_ISSUE_RE = patterncache.compile(
    r"(?i:số|kỳ|tập)\s+\d[\d/.-]*|(?i:tháng|quý)\s+[\dIVX]+(?:\s*/\s*\d{4})?|(?i:năm)\s+\d{4}"
)


#: A day written in words closing the text a note prints before its writers, maybe after
#: "ngày" ("Báo Lào Cai ngày 02 tháng 12 năm 2026").
_WRITTEN_DAY_END_RE = patterncache.compile(rf"\s*,?\s*(?:(?i:ngày)\s+)?{_WRITTEN_DAY}$")
_WRITTEN_DAY_RE = patterncache.compile(_WRITTEN_DAY)


def _in_figures(date: str) -> str:
    """A citation's day as ``date_text`` holds it: a day written in words ("02 tháng 12 năm
    2026") in figures as a note prints them ("02/12/2026"), its digits as printed; any other
    ``date`` as it is."""
    written = _WRITTEN_DAY_RE.search(date) if "tháng" in date else None
    if written is None:
        return date
    year = f"/{written['wyear']}" if written["wyear"] else ""
    return f"{written['wday']}/{written['wmonth']}{year}"


#: A paper's name before the address of its page: "Báo Lào Cai: https://…", "Kinh Tế Đô Thị:
#: www.…" (an aggregator's "Nguồn Báo Lào Cai: https://…").
_NAME_THEN_ADDRESS_RE = patterncache.compile(rf"(?P<name>[^:]*[^\s:])\s*:\s*{_AT}\S+")
#: A page's address alone, "https://baolaocai.vn/xa-123.html", "www.baochinhphu.vn": its host.
_ADDRESS_RE = patterncache.compile(
    rf"{_AT}(?:(?i:www)\.)?(?P<host>[^/\s?#:]+)(?::\d+)?(?:[/?#]\S*)?"
)


def _without_address(outlet: str) -> str:
    """The outlet a note gives by its web address: the paper's name printed before the address
    (``_NAME_THEN_ADDRESS_RE``), or the site's host when the address is all it prints
    ("https://baochinhphu.vn/…": baochinhphu.vn); a page's address names no outlet of its own.
    Any other ``outlet`` ("Baolaocai.vn", "Cổng TTĐT Chính phủ (chinhphu.vn)") as it is."""
    if "://" not in outlet and "www." not in outlet.lower():
        return outlet
    if (named := _NAME_THEN_ADDRESS_RE.fullmatch(outlet)) is not None:
        return named["name"]
    address = _ADDRESS_RE.fullmatch(outlet)
    return address["host"] if address is not None else outlet


def _outlets_joined(outlet: str) -> str:
    """A note's ``outlet`` that names two outlets or more joined by "và" ("Báo Nhân Dân và
    VnExpress", "TTXVN và Báo Lào Cai") as a note lists them between commas ("Báo Nhân Dân,
    VnExpress"); any other as it is. The first names an outlet (``_opens_with_a_source``), each
    after it one by itself (``_names_a_second_outlet``): an outlet's own name may hold "và"
    ("Đài Phát thanh và Truyền hình Lào Cai", "Tạp chí Tổ chức nhà nước và Lao động")."""
    if " và " not in outlet:
        return outlet
    first, *others = (piece.strip() for piece in _AND_RE.split(outlet))
    if not (others and _opens_with_a_source(first) and all(map(_names_a_second_outlet, others))):
        return outlet
    return ", ".join((first, *others))


def _names_a_second_outlet(piece: str) -> bool:
    """Whether ``piece``, after "và", is an outlet's whole name by itself: a paper or a site
    (``_PAPER_RE``: "Báo Lào Cai", "Baolaocai.vn"), an agency ("TTXVN") or a national title as
    it is written ("VnExpress"; "Lao động" ends a magazine's name)."""
    return (
        _PAPER_RE.match(piece) is not None
        or _AGENCY_ALONE_RE.fullmatch(piece) is not None
        or piece in NATIONAL_OUTLETS
    )


def _place_rejoined(text: str, note: re.Match[str], authors: str | None) -> tuple[str, str | None]:
    """The outlet a ``note`` of ``text`` prints (stripped) and its ``authors``, where the dash of
    a province's name ("Bà Rịa - Vũng Tàu") is no separator between them: "(Nguồn: Báo Bà Rịa -
    Vũng Tàu, Minh Anh)" names the paper "Báo Bà Rịa - Vũng Tàu" and the writer Minh Anh."""
    outlet = note["outlet"].strip()
    if not authors or note["authors"] != authors or ("-" not in text and "–" not in text):
        return outlet, authors
    first, *rest = _AUTHOR_SEPARATOR_RE.split(authors, maxsplit=1)
    joined = f"{text[note.start('outlet') : note.start('authors')]}{first}".strip()
    if not _dashed_place_in(joined) or set(provinces_named_in(joined)) <= set(
        provinces_named_in(outlet)
    ):
        return outlet, authors
    return joined, (rest[1] if rest else None)


def _cited(
    text: str, note: re.Match[str], date: str, authors: str | None, line: int
) -> tuple[str, Citation]:
    """The text before the source ``note`` and the citation it prints: its outlet, ``date`` and
    the credits in ``authors``."""
    outlet, authors = _place_rejoined(text, note, authors)
    outlet = _without_address(outlet)
    date = _in_figures(date)
    if not date and (written := _WRITTEN_DAY_END_RE.search(outlet)) is not None:
        # "(Theo Báo Lào Cai ngày 02 tháng 12 năm 2026)": the day is no part of the name
        outlet, date = outlet[: written.start()], _in_figures(written[0])
    if not authors and (credited := _credited_with_outlet(outlet)) is not None:
        outlet, authors = credited
    names, separator = _authors((authors or "").strip())
    # A second source credited where the writers go is a source, no writer: "(Theo TTXVN, Báo
    # Lào Cai)" cites both, as "(TTXVN, Báo Lào Cai 12/3)" prints them before its day.
    if sources := [name for name in names if _opens_with_a_source(name)]:
        outlet = ", ".join((outlet, *sources))
        names = tuple(name for name in names if name not in sources)
    # A magazine's issue printed where the writers go is the outlet's, no writer: "(Nguồn: Tạp
    # chí Quản lý nhà nước - số 338, tháng 3/2024)" cites "Tạp chí …, số 338, tháng 3/2024".
    issue = tuple(takewhile(_ISSUE_RE.fullmatch, names))
    if issue:
        outlet, names = ", ".join((outlet, *issue)), names[len(issue) :]
    outlet = _outlets_joined(outlet)  # "(Theo Báo Nhân Dân và VnExpress)": both
    # One space between words: "Minh  Anh" (a PDF's spacing) is the writer "Minh Anh" whom the
    # citation_authors table lists elsewhere, and "Báo  Bình  Dương" the same outlet.
    outlet, names = collapse_spaces(outlet), tuple(map(collapse_spaces, names))
    if any(" " in name and name.isupper() for name in names):
        names = tuple(map(_written_as_names_are, names))  # "(Báo Nam Định 05/5, MINH ANH)"
    citation = Citation(outlet, date, names, line, separator)
    return text[: note.start()].rstrip(), citation


#: What separates an outlet from the writers printed with it before the day: " - ", " – ", ", ".
_CREDIT_SPLIT_RE = patterncache.compile(
    r"(?<!\s)(?:\s++[-–]\s++|\s*+,\s*+)"
)  # a run of spaces once
#: The words a person's name has: two to five, each capitalised.
_NAME_WORDS = range(2, 6)
#: A reporter credited by role alone: "PV" (phóng viên), "CTV" (cộng tác viên), "BTV".
_ROLE_CREDIT_RE = patterncache.compile(r"[A-ZĐ]{2,3}")
#: Words of outlets' names that no person's name holds ("Báo Thanh Niên - Thanh Niên Online" is
#: one outlet).
_MEDIA_WORDS = frozenset({"Online", "News", "Plus", "Times", "Media", "Net", "Post", "Today", "TV"})


def _names_an_outlet(outlet: str) -> bool:
    """Whether a note's ``outlet`` text is an outlet's name (``OUTLET_RE``), or its writers and
    one (``_credited_with_outlet``)."""
    return OUTLET_RE.search(outlet) is not None or _credited_with_outlet(outlet) is not None


def _credited_with_outlet(outlet: str) -> tuple[str, str] | None:
    """(outlet, credits) of a note's outlet that prints its writers in the same stretch, before
    the outlet's name or after it: "(Thu Hà - Báo Lào Cai 02/01)", "(Báo Lào Cai - Thu Hà
    02/01)". One piece names an outlet (``OUTLET_RE``) and every other is a person's name (two
    to five capitalised words, no place); None otherwise ("Báo Tin tức - TTXVN" is one outlet)."""
    if _dashed_place_in(outlet):
        return None
    for split in (_CREDIT_SPLIT_RE, _SIGNED_SPLIT_RE):  # "Thu Hà/TTXVN" only if nothing else
        pieces = split.split(outlet)
        if len(pieces) < 2:
            continue
        if OUTLET_RE.search(pieces[-1]) and all(map(_are_persons_names, pieces[:-1])):
            return pieces[-1], outlet[: len(outlet) - len(pieces[-1])].rstrip(" ,/-–")
        if OUTLET_RE.search(pieces[0]) and all(map(_are_persons_names, pieces[1:])):
            return pieces[0], outlet[len(pieces[0]) :].lstrip(" ,/-–")
    return None


#: A writer signing for an agency in the outlet's place: "(Thu Hà/TTXVN 02/01)"; an outlet's name
#: may hold a slash too ("TTXVN/Bnews.vn"), so it is tried after ``_CREDIT_SPLIT_RE``.
_SIGNED_SPLIT_RE = patterncache.compile(r"(?<!\s)\s*+/\s*+")


#: ``_AND`` between writers printed beside the outlet ("Minh An và Minh Bình - TTXVN 01/01"); an
#: outlet's name may hold it too ("Đài Phát thanh và Truyền hình"), so it is read only in a piece
#: with no outlet.
_AND_RE = patterncache.compile(_AND)


def names_writers(text: str) -> bool:
    """Whether ``text`` is a byline alone: one person's name or several joined by "và", maybe
    after a degree or a title ("ThS. Lê Nam", "Minh Châu và Lê Nam"), as a TOC prints its
    article's writer after the title or under it. A line in capitals is none: a heading ("CẢI
    CÁCH ĐỊA PHƯƠNG" is capitalised words, as a name is)."""
    return not is_upper_heading(text) and _are_persons_names(_HONORIFIC_RE.sub("", text.strip()))


def _are_persons_names(text: str) -> bool:
    """Whether ``text`` is one person's name, or several joined by "và"."""
    return all(map(_is_persons_name, _AND_RE.split(text)))


def _is_persons_name(text: str) -> bool:
    """Whether ``text`` reads as a person's name (capitalised words, no outlet, no place) or a
    reporter's role ("PV")."""
    words = text.split()
    return (
        (len(words) in _NAME_WORDS or _ROLE_CREDIT_RE.fullmatch(text) is not None)
        and all(word[0].isupper() and word.isalpha() for word in words)
        and _MEDIA_WORDS.isdisjoint(words)
        and OUTLET_RE.search(text) is None
        and not is_place_name(text)
        and text not in _NO_PERSONS
    )


#: Capitalised names of two words that no writer signs with, the country's and its
#: archipelagos' (no province's, which ``is_place_name`` knows): "Việt Nam" or "Hoàng Sa, Trường
#: Sa" on a line of their own before the note are the article's text, no byline.
_NO_PERSONS = frozenset(("Việt Nam", "Hoàng Sa", "Trường Sa"))


def _dashed_place_in(text: str) -> bool:
    """Whether ``text`` names a place whose name holds a dash ("Bà Rịa - Vũng Tàu"), which no
    credit is cut from."""
    return ("-" in text or "–" in text) and any(
        "-" in name or "–" in name for name in provinces_named_in(text)
    )


def _authors(text: str) -> tuple[tuple[str, ...], str]:
    """The authors in a citation's stripped ``text`` and the separator printed between them
    (", " unless the first is a dash).

    Credits are read as news pages print them: a role before names ("Bài, ảnh: Quang Lâm"
    names a writer; "…; ảnh: Hồng Hà" a photographer, no author) and a note after a name
    ("Thùy Loan (tổng hợp)": the name is Thùy Loan; "Minh Tú (ảnh)": a photographer; "Thu
    Hà/TTXVN": Thu Hà, who writes for the agency)."""
    if not any(mark in text for mark in "-–;:(/&.") and "và" not in text and " ảnh " not in text:
        # No regex for one author, or authors between commas.
        listed = [name.strip() for name in (text.split(",") if "," in text else [text])]
        return _writers(n for n in listed if n and not _AFTER_SOURCE_RE.match(n)), ", "
    authors: list[str] = []
    separator = ""
    for names, writers in _credits(text):
        # One split: [name, separator, name, …].
        pieces = _AUTHOR_SEPARATOR_RE.split(names)
        separator = separator or (pieces[1].strip() if len(pieces) > 1 else "")
        for piece in _split_joined_names(pieces[::2]):
            name, note = _name_and_note(piece.strip())
            if _AFTER_SOURCE_RE.match(name):
                continue  # "(Baomoi.com 24/12 - theo Báo Lào Cai)": the source it took it from
            if _AGENCY_ALONE_RE.fullmatch(name) or (authors and _ROLE_ALONE_RE.fullmatch(name)):
                continue  # "Thu Hà - TTXVN": the agency she writes for; "… - tổng hợp"
            if name and writers and not (note and _PICTURE_NOTE_RE.fullmatch(note.strip())):
                authors.append(name)
    credited = _writers(authors)
    if len(credited) < 2:
        return credited, ", "  # one writer: whatever came after the name separated no two
    return credited, f" {separator} " if separator in _KEPT_SEPARATORS else ", "


#: What a writer did, alone after the names: "Thu Hà - tổng hợp" (a role credit, "PV", "CTV",
#: is a byline of its own).
_ROLE_ALONE_RE = patterncache.compile(r"(?i:tổng hợp|t/h|biên dịch|lược dịch)")
#: A role printed after a writer's name: "Thu Hà tổng hợp", "Thu Hà t/h", "Minh Anh lược dịch",
#: "Nhóm PV thực hiện".
_ROLE_AFTER_RE = patterncache.compile(
    r"(?<!\s)\s++(?:tổng hợp|t/h|biên dịch|lược dịch|ghi|thực hiện)$"
)


def _writers(names: Iterable[str]) -> tuple[str, ...]:
    """The writers ``names`` credit, each without the degree or rank before it ("TS. Lê Văn
    Chiến": Lê Văn Chiến), and without the institution credited after one of them ("… - Học
    viện Hành chính quốc gia": where he works)."""
    writers: list[str] = []
    for name in names:
        if (writers and _INSTITUTION_RE.match(name)) or _TITLE_ALONE_RE.fullmatch(name):
            continue  # "PGS, TS. Trần Lan": the degree a comma cut from the name
        # A place after a name stays: persons are named so too ("Thu Hà - Hà Giang").
        writers.append(_ROLE_AFTER_RE.sub("", _HONORIFIC_RE.sub("", name)))
    return tuple(writers)


#: A degree or rank alone, cut from the name after it by a comma: "PGS" of "PGS, TS. Trần Lan",
#: "Đại tá" of "Đại tá, TS. Nguyễn Hải".
_TITLE_ALONE_RE = patterncache.compile(rf"(?:{_DEGREES}|{_RANKS})\.?")


#: A dash between two words with no space around it ("Mai Vân-Trọng Trang").
_BARE_DASH_RE = patterncache.compile(r"(?<=\w)[-–](?=\w)")


def _split_joined_names(pieces: Sequence[str]) -> Iterator[str]:
    """The pieces, each of two persons' names joined by a dash without spaces ("Mai Vân-Trọng
    Trang") as two: a name of two words or more on either side, so one hyphenated name of a
    person or a place ("Bà Rịa-Vũng Tàu" is no person) stays whole."""
    for piece in pieces:
        halves = _BARE_DASH_RE.split(piece.strip())
        if len(halves) != 2 and "/" in piece:
            halves = [half.strip() for half in piece.split("/")]  # "Thu Hà/Trọng Trung"
        if len(halves) == 2 and all(
            len(half.split()) >= 2 and _is_persons_name(half) for half in halves
        ):
            yield from halves
        else:
            yield piece


def _credits(text: str) -> Iterator[tuple[str, bool]]:
    """The stretches of ``text`` that each credit names, and whether they name writers (no role,
    or the text's) or those who made the pictures only."""
    start, writers = 0, True
    for role in _CREDIT_RE.finditer(text):
        yield text[start : role.start()].rstrip(" ,;.-–"), writers  # the separator before the role
        start, writers = role.end(), role["picture"] is None and role["photo"] is None
    yield text[start:], writers


def _name_and_note(piece: str) -> tuple[str, str | None]:
    """A name and the note in parentheses after it, if any; the agency signed after the name
    ("Thu Hà/TTXVN") is no part of it."""
    note = _NAME_NOTE_RE.search(piece)
    name, note_text = (piece[: note.start()], note["note"]) if note else (piece, None)
    return _AGENCY_SIGNED_RE.sub("", name), note_text


#: A byline's longest text: "Hoàng Thu Hà - Nguyễn Minh Anh (tổng hợp)".
_BYLINE_LONGEST = 80
#: A byline and the source after it on one line, as a portal's article footer prints them:
#: "Tác giả: Minh Anh - Nguồn: Báo Nam Định", "Minh Anh | Nguồn: Báo Nam Định".
_BYLINE_THEN_SOURCE_RE = patterncache.compile(
    rf"(?P<credit>[^|]{{1,{_BYLINE_LONGEST}}}?)\s*(?:[-–,;|.]|\s)\s*(?P<source>{_FRAME}\s*:?\s.*)"
)
#: What a byline may print after a writer's name, in parentheses: what the writer did ("Ngọc Mai
#: (tổng hợp)", "PV (t/h)", "Minh Anh (lược dịch)") or is, a reporter or a contributor ("Minh Anh
#: (CTV)", "Thu Hà (PV)").
_BYLINE_NOTE_RE = patterncache.compile(
    r"\s*\((?i:tổng hợp|t/h|biên dịch|lược dịch|tổng hợp, biên tập|thực hiện|nhóm thực hiện"
    r"|CTV|PV|BTV|cộng tác viên|phóng viên)\)"
)


def byline(text: str, capitals: bool = False) -> tuple[tuple[str, ...], str] | None:
    """The writers a byline printed on a line of its own after an article credits, and the
    separator between them, or None when ``text`` is no byline: persons' names (two to five
    capitalised words) or reporters' roles ("PV", "BTV", "Nhóm PV"), joined as a note's authors
    are ("Hoàng Lan - Thu Hà", "Minh Anh và Thu Hà"), each maybe with what the writer did
    ("Ngọc Mai (tổng hợp)", "PV (t/h)", "Thu Hà tổng hợp"); a full stop may end it. A sentence,
    a place's name ("Hà Nội") or a phrase in sentence case ("Kết quả nổi bật") is none. Names in
    capitals ("MINH ANH") are read only with ``capitals``, where a note before the line shows
    it credits writers (a heading in capitals reads as such names), and credited in the case a
    name is written ("Minh Anh")."""
    stripped = text.strip().removesuffix(".").rstrip()
    if not stripped or len(stripped) > _BYLINE_LONGEST or not stripped[0].isupper():
        return None  # told before ``_comma_kept``, which keeps the length and the first letter
    stripped = _comma_kept(stripped)
    if _AFTER_SOURCE_RE.match(stripped):
        return None  # "Theo Báo Nhân Dân, Minh An": a source note framed as one, no byline
    if stripped[0] == "N" and _GROUP_CREDIT_RE.fullmatch(group := _ROLE_AFTER_RE.sub("", stripped)):
        return (group,), ", "  # "Nhóm phóng viên (thực hiện)": the group is the writer
    if _INITIALS_RE.fullmatch(stripped):
        return (stripped,), ", "  # "N.H": a writer signing with the initials of the name
    if _first_word_no_name(_without_degree(stripped), _ROLE_OR_NOTE_MARKS):
        return None  # as below, before the role and the notes are looked for: see the marks
    role = _CREDIT_RE.match(stripped)
    if role is not None and role["text"] is None:
        return None  # "Ảnh: Thu Hà": a picture's credit, no writer's
    names = stripped[role.end() :] if role is not None else stripped  # "Bài, ảnh: Quang Lâm"
    names = _without_picture_tail(names)  # "Tin: Minh Anh - Ảnh: Thu Hà": Minh Anh
    names = _BYLINE_NOTE_RE.sub("", names)
    if (at := _unclosed_note_start(names)) is not None and _works_for(names[at + 1 : -1]):
        names = names[:at]  # "Minh Anh (Sở Nội vụ)", "Thu Hà (TTXVN)": where the writer works
        # The credits are read without it: "Đài Phát thanh và Truyền hình" names no writer.
        stripped = stripped[: stripped.rfind("(")].rstrip()
    elif (dash := _workplace_dash(names)) is not None and (
        _has_kept_mark(names) or _AND_RE.search(names, dash) is not None
    ):
        # "Minh An - Báo và Phát thanh, Truyền hình Hưng Yên", "… - Học viện Hành chính và Quản
        # trị công": the "và" of the workplace's name joins no writers, so the workplace is cut
        # before the names are.
        stripped = stripped[: len(stripped) - len(names) + dash].rstrip()
        names = names[:dash]
    elif (comma := _workplace_comma(names)) is not None:
        # "PGS.TS. Trần Lan, Học viện Hành chính và Quản trị công": as after a dash
        stripped = stripped[: len(stripped) - len(names) + comma].rstrip()
        names = names[:comma]
    if _first_word_no_name(_without_degree(names)):
        return None  # "Baonamdinh.vn 28/12, Đức Hà": a source note's, no writer's
    if _has_kept_mark(names):
        return None  # "Nhóm PV Báo và Phát thanh, Truyền hình …": a paper's name, no writer's
    pieces = [piece.strip() for piece in _AUTHOR_SEPARATOR_RE.split(names)[::2]]
    if len(pieces) > 1 and _works_for(pieces[-1]):
        pieces.pop()  # "Minh Anh - Sở Nội vụ", "… - Báo Nam Định": where the writer works
    if not all(_is_persons_name(_signed_name(piece)) for piece in pieces):
        return None
    in_capitals = [piece for piece in pieces if " " in piece and piece.isupper()]
    if in_capitals and not (capitals and _names_in_capitals(in_capitals)):
        return None  # "KẾT QUẢ BƯỚC ĐẦU": a heading in capitals reads as a name in capitals
    credited, separator = _authors(stripped)
    credited = tuple(name for name in credited if not _opens_with_a_source(name))
    if in_capitals:
        credited = tuple(map(_in_title_case, credited))
    credited = tuple(map(_comma_restored, credited))
    return (credited, separator) if credited else None


#: A dash between spaces of a byline: what follows the last may name where the writers work.
_SPACED_DASH_RE = patterncache.compile(r"\s[-–]\s")


def _workplace_dash(names: str) -> int | None:
    """Where the last spaced dash of ``names`` is, when what follows it names where the writers
    work (``_works_for``), or the slash of the paper they sign for ("Thu Hà/Báo và Phát thanh,
    Truyền hình Ninh Bình"); None otherwise."""
    if "/" in names and (signed := _AGENCY_SIGNED_RE.search(names)) is not None:
        return signed.start()
    last = deque(_SPACED_DASH_RE.finditer(names), maxlen=1)  # the last, in one pass
    dash = last.pop() if last else None
    return dash.start() if dash is not None and _works_for(names[dash.end() :]) else None


def _workplace_comma(names: str) -> int | None:
    """Where the comma of ``names`` is after which a workplace whose name holds "và" closes the
    byline ("PGS.TS. Trần Lan, Học viện Hành chính và Quản trị công": the "và" joins no
    writers); None when none does ("Minh Anh, Thu Hà và Lê Nam")."""
    if ", " not in names or _AND_RE.search(names) is None:
        return None
    at = names.find(", ")
    while at >= 0:
        rest = names[at + 2 :]
        if _AND_RE.search(rest) is not None and _works_for(rest):
            return at
        at = names.find(", ", at + 1)
    return None


def _works_for(text: str) -> bool:
    """Whether ``text``, after a byline's writers, names where they work: an institution ("Sở
    Nội vụ", "Học viện …") or the paper or agency they write for ("Báo Nam Định", "TTXVN"). A
    day after it makes it a source note's ("Minh An - TTXVN 01/01"), no byline's."""
    if any(map(str.isdigit, text)):
        return False
    return _INSTITUTION_RE.match(text) is not None or _opens_with_a_source(text.strip())


def _signed_name(piece: str) -> str:
    """A byline's piece without the degree or rank before the name ("TS. Lê Văn Chiến"), what
    the writer did ("Thu Hà tổng hợp") and the agency or paper signed after the name ("Thu
    Hà/TTXVN", "Minh Anh/Báo Nam Định")."""
    return _ROLE_AFTER_RE.sub("", _AGENCY_SIGNED_RE.sub("", _without_degree(piece)))


def _without_degree(text: str) -> str:
    """``text`` without the degree, rank or title a byline prints before the first name ("TS.
    Lê Văn Chiến", "PGS.TS. Lê Nam", "Thượng tá Nguyễn Hải": ``_HONORIFIC_RE``)."""
    return _HONORIFIC_RE.sub("", text, count=1)


def _names_in_capitals(pieces: Sequence[str]) -> bool:
    """Whether the names in capitals of a byline name persons, no place ("HÀ NỘI")."""
    return not any(is_place_name(piece.title()) for piece in pieces)


def _written_as_names_are(name: str) -> str:
    """A writer's name a note prints in capitals ("MINH ANH") in the case a name is written
    ("Minh Anh"), as a byline in capitals is credited; a place in capitals ("HÀ NỘI"), a role
    ("PV") and any other name as they are."""
    return _in_title_case(name) if _names_in_capitals((name,)) else name


def _in_title_case(name: str) -> str:
    """A writer's name printed in capitals ("HOÀNG THU HÀ") in the case a name is written
    ("Hoàng Thu Hà"); a role's letters ("PV"), a name with a word that is no syllable, as an
    office's initials are ("UBND TỈNH", "HĐND HUYỆN": never "Ubnd Tỉnh"), and any other name
    as they are."""
    if " " not in name or not name.isupper():
        return name
    return name.title() if all(map(_is_syllable, name.split())) else name


#: A syllable's letters without their marks ("nghiêng" as "nghieng"): consonants before, one to
#: three vowels, and a final a syllable may end with; "UBND" and "TTXVN" are none.
_SYLLABLE_RE = patterncache.compile(
    r"[bcdfghjklmnpqrstvwxz]{0,3}[aeiouy]{1,3}(?:ch|nh|ng|[cmnpt])?"
)


def _is_syllable(word: str) -> bool:
    """Whether ``word`` is spelled as one Vietnamese syllable (``_SYLLABLE_RE``), marks aside."""
    folded = unicodedata.normalize("NFD", word.casefold().replace("đ", "d"))
    plain = "".join(c for c in folded if not unicodedata.combining(c))
    return _SYLLABLE_RE.fullmatch(plain) is not None


#: What a byline's first word may hold where a role ends in it ("Bài:", "Tin/ảnh :", "Bài,
#: ảnh: …", ``_CREDIT_RE``) or a note opens or closes in it ("Minh(t/h)", ``_BYLINE_NOTE_RE``,
#: ``_unclosed_note_start``): a first word that holds none of them, not all letters, is the
#: first word of the names after them too.
_ROLE_OR_NOTE_MARKS = ":/&+()"


def _first_word_no_name(names: str, marks: str = "") -> bool:
    """Whether the first word of a byline's ``names`` is no word of a name, told cheaply: one
    that is not all letters ("Baonamdinh.vn", "28/12") and holds no comma or semicolon (nor
    any of ``marks``). Every other separator of writers (``_AUTHOR_SEPARATOR_RE``) needs white
    space, so the first of them starts after that word; it is then the first word of the first
    writer, whom ``_ROLE_AFTER_RE`` cuts nothing from and ``_is_persons_name`` turns down."""
    words = names.split(maxsplit=1)
    return (
        bool(words) and not words[0].isalpha() and not any(map(words[0].__contains__, ",;" + marks))
    )


#: A writer's initials, as a byline signs with them alone: "N.H", "T.T.H" (a full stop after the
#: last is cut before, as a byline's is).
_INITIALS_RE = patterncache.compile(r"[A-ZĐ]\.[A-ZĐ](?:\.[A-ZĐ])?")
#: A group of reporters credited as one: "Nhóm PV", "Nhóm phóng viên", "Nhóm tác giả".
_GROUP_CREDIT_RE = patterncache.compile(r"Nhóm\s+(?:PV|phóng viên|CTV|cộng tác viên|tác giả)")


def _unclosed_note_start(text: str) -> int | None:
    """Where the parenthesis that ends ``text`` ("Minh Anh (Sở Nội vụ)") opens, or None."""
    return text.rfind("(") if text.endswith(")") and "(" in text else None


def without_bracketed_byline(text: str) -> tuple[str, tuple[tuple[str, ...], str] | None]:
    """``text`` without the byline in parentheses that ends it after a sentence's end or a note
    ("… hài lòng. (PV)", "(Ngọc Mai (tổng hợp))", "… (Theo TTXVN) (Tổng hợp: Minh Anh)"), and
    its credits (``byline``); ``text`` and None when it ends with none ("… ông A (PV)" is the
    sentence's)."""
    stripped = text.rstrip().removesuffix(".").rstrip()
    if not stripped.endswith(")") or (at := _opening(stripped)) is None:
        return text, None
    before = stripped[:at].rstrip()
    if before and before[-1] not in TERMINAL_PUNCTUATION:
        return text, None
    credits = byline(stripped[at + 1 : -1])
    return (before, credits) if credits is not None else (text, None)


#: The most words a picture's credit on a line of its own names ("Ảnh: Nguyễn Thị Thu Hà").
_PICTURE_CREDIT_WORDS = 8
#: What no picture's credit holds: a sentence's or a clause's marks.
_NOT_IN_A_CREDIT = ":;!?"


def picture_credit(text: str) -> bool:
    """Whether ``text`` is a credit for the pictures alone, as a page prints one under an
    article or its note: a role for pictures (``_CREDIT_RE``: "Ảnh:", "Ảnh, video:", "Đồ họa:")
    and a short credit after it with no sentence in it ("Ảnh: Thu Hà", "Ảnh: TTXVN", "Ảnh:
    T.A"). Its names are no writer's (a caption that the credit ends, "… hồ sơ. Ảnh: Thu Hà",
    is none)."""
    stripped = text.strip().removesuffix(".").rstrip()
    if stripped.startswith("(") and stripped.endswith(")"):
        stripped = stripped[1:-1].strip()  # "(Ảnh: Minh Anh)"
    if len(stripped) > _BYLINE_LONGEST or ":" not in stripped:
        return False
    role = _CREDIT_RE.match(stripped)
    if role is None or role["picture"] is None:
        return False
    credit = stripped[role.end() :]
    return (
        bool(credit)
        and len(credit.split()) <= _PICTURE_CREDIT_WORDS
        and not any(map(credit.__contains__, _NOT_IN_A_CREDIT))
    )


#: A picture's credit after a note on the note's line: "… (Báo Nam Định 05/5) Ảnh: Thu Hà".
_NOTE_THEN_PICTURE_CREDIT_RE = patterncache.compile(
    rf"(?<=\))\.?[^\S\n]+\(?(?i:{_MADE}(?:\s*(?:,|và|/|&)\s*{_MADE})*)\s*:\s*[^():;!?\n]{{1,60}}\)?$"
)
#: A picture's credit after the writers or the source on their line: "Tin: Minh Anh - Ảnh: Thu
#: Hà", "Bài: Minh Anh; ảnh: Thu Hà", "Nguồn: Báo Nam Định - Ảnh: Minh Anh".
_PICTURE_TAIL_RE = patterncache.compile(
    rf"\s*(?:[,;.]|\s[-–])\s*(?i:{_MADE}(?:\s*(?:,|và|/|&)\s*{_MADE})*)\s*:\s*[^():;!?]{{1,60}}$"
)


def _without_picture_tail(text: str) -> str:
    """``text`` without the picture's credit that ends it after its writers or its source
    (``_PICTURE_TAIL_RE``); ``text`` as it is when none does."""
    if ":" not in text[-_NOTE_CREDIT_REACH:]:
        return text
    tail = _PICTURE_TAIL_RE.search(text, max(0, len(text) - _NOTE_CREDIT_REACH))
    return text if tail is None else text[: tail.start()]


#: How far from a line's end a picture's credit after a note starts.
_NOTE_CREDIT_REACH = 90


def without_picture_credit_after_note(text: str) -> str:
    """``text`` without the picture's credit printed after the note that ends it ("… (Báo Nam
    Định 05/5) Ảnh: Thu Hà"); ``text`` as it is when no note comes before such a credit."""
    if ")" not in text or ":" not in text[-_NOTE_CREDIT_REACH:]:
        return text
    credit = _NOTE_THEN_PICTURE_CREDIT_RE.search(text, max(0, len(text) - _NOTE_CREDIT_REACH))
    return text if credit is None else text[: credit.start()]


def credited_by(citation: Citation, names: tuple[str, ...], separator: str) -> Citation:
    """``citation`` with the writers ``names`` a byline after the article credits (printed with
    ``separator`` between them) after those it names itself, each once."""
    added = tuple(name for name in names if name not in citation.authors)
    if not added:
        return citation
    if not citation.authors:
        return replace(citation, authors=added, separator=separator)
    return replace(citation, authors=(*citation.authors, *added))


def item_notes(
    paragraphs: tuple[Paragraph, ...],
) -> tuple[tuple[Paragraph, ...], tuple[Citation, ...]]:
    """The paragraphs of an article before its closing one, each without the source note that
    ends it, and those notes' citations in printed order: an article that gathers short items
    ("Tin vắn") closes each with its own note. Only a note that reads as one wherever it stands
    (``_item_note``) is taken: a sentence's "(dichvucong.gov.vn)" stays its own. A byline on a
    line of its own after an item's note ("Minh Anh") credits its writers, no text. Most
    paragraphs end with no ")" and open with no "Theo" or "Nguồn": told by their ends alone."""
    if not any(map(_may_hold_an_item_note, paragraphs)):
        return paragraphs, ()
    kept: list[Paragraph] = []
    items: list[Citation] = []
    noted = False  # whether the paragraph before ended with a note that was taken
    for paragraph in paragraphs:
        if noted and picture_credit(paragraph.text):
            continue  # "Ảnh: Thu Hà" under the item: the pictures', no text
        if noted and (credits := byline(paragraph.text)) is not None:
            items[-1] = credited_by(items[-1], *credits)  # the item's byline after its note
            noted = False
            continue
        note = _item_note(paragraph) or _item_note_with_byline(paragraph)
        noted = note is not None
        if note is None:
            kept.append(paragraph)
            continue
        text, citation = note
        items.append(citation)
        if text:
            kept.append(replace(paragraph, text=text, breaks=_breaks_in(paragraph, len(text))))
    return tuple(kept), tuple(items)


def _item_note(paragraph: Paragraph) -> tuple[str, Citation] | None:
    """(text before it, its citation) of the source note that ends ``paragraph``, when the note
    prints a day, is framed as one ("(Theo TTXVN)", "(Nguồn: Báo Lào Cai)"), names a paper
    ("(Báo Lào Cai)") or a writer ("(Thu Hà/TTXVN)"), or follows the sentence's end with a
    capital ("… hài lòng. (Baosonla.vn)"); None otherwise."""
    if not _may_end_with_a_note(paragraph):
        return None
    text = paragraph.text
    before, citation = split_citation(text, paragraph.line)
    if citation is None:
        return None
    start = len(text) - len(text[len(before) :].lstrip())  # where the note starts
    framed = _AFTER_SOURCE_RE.match(text[start:].lstrip("(")) is not None
    named = citation.outlet.startswith(("Báo ", "Tạp chí ")) or bool(citation.authors)
    signed = before[-1:] in ".!?…" and citation.outlet[:1].isupper()  # "… hài lòng. (Baosonla.vn)"
    if not (citation.date_text or framed or named or signed):
        return None  # "(dichvucong.gov.vn)" may be a sentence's: a paper's, a writer's, or after it
    return before, replace(citation, line=paragraph.line_at(start))


def _may_end_with_a_note(paragraph: Paragraph) -> bool:
    """Whether ``paragraph`` may end with a note: with ")" (a full stop after it), or as a
    source on a line of its own opens ("Theo …", "Nguồn: …")."""
    text = paragraph.text
    return text.rstrip(" .")[-1:] == ")" or _AFTER_SOURCE_RE.match(text) is not None


def _may_hold_an_item_note(paragraph: Paragraph) -> bool:
    """Whether ``paragraph`` may end with a note (``_may_end_with_a_note``) or with a note and
    the byline after it ("… (Báo Hà Giang 04/5) Minh Anh": a ")" not far from its end)."""
    return ")" in paragraph.text[-_BYLINE_LONGEST - 2 :] or _may_end_with_a_note(paragraph)


def _item_note_with_byline(paragraph: Paragraph) -> tuple[str, Citation] | None:
    """``_item_note`` of an item whose note the writer's name follows on its line ("… (Báo Hà
    Giang 04/5) Minh Anh", ``without_trailing_byline``), its writers credited; None for any
    other paragraph."""
    text = paragraph.text
    if ")" not in text[-_BYLINE_LONGEST - 2 :]:
        return None
    kept, credits = without_trailing_byline(text)
    if credits is None or not kept.removesuffix(".").endswith(")"):
        return None
    note = _item_note(replace(paragraph, text=kept))
    return None if note is None else (note[0], credited_by(note[1], *credits))


def _breaks_in(paragraph: Paragraph, length: int) -> tuple[tuple[int, int], ...]:
    """The page breaks of ``paragraph`` within its first ``length`` characters."""
    return tuple(pair for pair in paragraph.breaks if pair[0] < length)
