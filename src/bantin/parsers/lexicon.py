"""The words that decide how a number in reform reporting is read (declared here, used by tokens)."""

from __future__ import annotations

import re
from functools import cache

from bantin import patterncache

#: Nouns a ratio counts ("7/9 huyện", "6.084/7.669 xã", "101 TTHC/235 TTHC"). A small ratio
#: ("5/9") is a figure only when one of these follows it; the first one is the row's ``unit``.
COUNT_NOUNS: tuple[str, ...] = (
    # places and administrative units
    "xã", "phường", "thị trấn", "thị xã", "huyện", "quận", "thành phố", "tỉnh", "quốc gia",
    "nước", "nền kinh tế", "địa phương", "vùng", "thôn", "bản", "ấp", "tổ dân phố", "khu phố",
    "đơn vị hành chính",
    # bodies and people
    "sở", "ban", "ngành", "bộ", "cơ quan", "đơn vị", "phòng", "khoa", "trường", "bệnh viện",
    "trạm y tế", "cơ sở", "doanh nghiệp", "hợp tác xã", "hộ", "hộ gia đình", "người",
    "cán bộ", "công chức", "viên chức", "đảng viên", "học sinh", "thành viên", "ủy ban",
    "bộ phận", "trung tâm", "chi nhánh", "đoàn", "tổ chức", "đại biểu", "cử tri",
    "chi bộ", "đảng bộ", "tổ chức cơ sở đảng",  # "123/128 chi bộ thôn đạt chuẩn"
    "đối tượng", "trẻ", "trẻ em", "bệnh nhân",  # "tiêm được 762.320/800.719 đối tượng, đạt …"
    "biên chế",  # staff posts: "10/12 biên chế đã được tuyển dụng", "cắt giảm 1/3 biên chế"
    # papers, procedures and services
    "hồ sơ", "thủ tục", "thủ tục hành chính", "dịch vụ", "dịch vụ công", "chỉ tiêu", "tiêu chí",
    "chỉ số", "chỉ số thành phần", "nhiệm vụ", "nội dung", "văn bản", "kiến nghị", "phản ánh",
    "chứng thư", "chứng thư số", "tài khoản", "giấy phép", "quy trình", "lĩnh vực", "mô hình",
    "dự án", "công trình", "đề án", "thiết bị", "trụ sở", "cuộc", "lượt", "trường hợp", "vụ",
    "việc", "câu hỏi", "phiếu", "ý kiến", "camera", "máy", "bản án", "quyết định", "giao dịch",
    "kết quả", "sản phẩm", "cửa hàng", "điểm giao dịch", "điểm cầu", "giấy chứng nhận",
    "thẻ",  # cards issued: "cấp 3.240/3.500 thẻ bảo hiểm y tế"
    "nhóm",  # groups of targets or criteria: "hoàn thành 3/5 nhóm chỉ tiêu"
    # rules, reports and complaints (what regulatory reform cuts and counts)
    "quy định", "điều kiện", "điều kiện kinh doanh", "chế độ báo cáo", "báo cáo", "tiêu chuẩn",
    "quy chuẩn", "ngành nghề", "danh mục", "biểu mẫu", "tờ khai", "giấy tờ", "đơn", "đơn thư",
    "khiếu nại", "tố cáo", "vụ việc", "hợp đồng", "hóa đơn",
    # laws and their drafts (what a session passes: "thông qua 15/15 luật và 10/12 nghị quyết")
    "luật", "dự án luật", "nghị quyết", "nghị định", "thông tư", "dự thảo", "đề xuất", "vấn đề",
    # plans, meetings and training
    "mục tiêu", "giải pháp", "kế hoạch", "chương trình", "sáng kiến", "đề tài", "hội nghị",
    "lớp", "buổi", "đợt", "kỳ họp",
    # people, places and systems
    "cá nhân", "công dân", "lao động", "giáo viên", "bác sĩ", "học viên", "hội viên", "khách",
    "khách hàng", "khu dân cư", "khu công nghiệp", "cụm công nghiệp", "phần mềm", "hệ thống",
    "ứng dụng", "phương tiện",
    # land
    "thửa", "thửa đất",
)  # fmt: skip
#: Upper-case abbreviations counted the same way, matched case-sensitively.
COUNT_ABBREVIATIONS: tuple[str, ...] = (
    "TTHC", "DVC", "DVCTT", "DVCTT toàn trình", "UBND", "CCCD", "DN", "HTX", "CSDL",
    "HS",  # hồ sơ (học sinh in school news): "4.561/5.650 HS (tỷ lệ 80,7%)"
    "CBCC", "CBCCVC", "ĐVHC",  # cán bộ, công chức (, viên chức); đơn vị hành chính
)  # fmt: skip

#: Bound words before a figure and the normalised ``qualifier`` they give.
QUALIFIERS: dict[str, str] = {
    "hơn": "more_than",
    "trên": "more_than",
    "vượt quá": "more_than",
    "quá": "more_than",  # "quá 1/2 tổng số đại biểu": over half ("không quá": at most)
    "gần": "nearly",
    "gần như": "nearly",
    "suýt soát": "nearly",
    "ngót": "nearly",  # "ngót 30%", "ngót nghét 2/3": just under
    "ngót nghét": "nearly",
    "khoảng": "about",
    "xấp xỉ": "about",
    "chừng": "about",
    "tầm": "about",  # "tầm 40% hồ sơ": spoken, quoted in reports
    "ước khoảng": "about",
    "trên dưới": "about",  # "trên dưới 50%": more or less, neither bound
    "dưới": "less_than",
    "chưa đến": "less_than",
    "chưa tới": "less_than",
    "chưa đầy": "less_than",
    "không tới": "less_than",
    "không đến": "less_than",
    "dưới mức": "less_than",
    "vượt ngưỡng": "more_than",
    "tối thiểu": "at_least",
    "tối thiểu là": "at_least",
    "ít nhất": "at_least",
    "ít nhất là": "at_least",
    "không dưới": "at_least",
    "không thấp hơn": "at_least",
    "không ít hơn": "at_least",
    "tối đa": "at_most",
    "tối đa là": "at_most",
    "nhiều nhất": "at_most",
    "nhiều nhất là": "at_most",
    "không quá": "at_most",
    "không vượt": "at_most",
    "không vượt quá": "at_most",
    "không cao hơn": "at_most",
    "không nhiều hơn": "at_most",
}
#: Bound words after a figure ("đạt 80% trở lên": at least 80%; "5% trở xuống": at most 5%).
QUALIFIERS_AFTER: dict[str, str] = {"trở lên": "at_least", "trở xuống": "at_most"}
#: Words that make a percentage a comparison with a plan, a target or another period, which may
#: exceed 100% ("đạt 111,6% dự toán", "so với cùng kỳ"), and no ratio's own share.
COMPARISON_WORDS = (
    "so với",
    "vượt",
    "gấp",
    "chỉ tiêu",
    "kế hoạch",
    "cùng kỳ",
    "dự toán",
    "mục tiêu",
    "năm trước",
    "năm ngoái",
    "kỳ trước",
    "tăng trưởng",
    "so",  # "so" alone compares as "so với" does: "đạt 125% so năm 2024", "tăng 5% so cùng kỳ"
)
#: Verbs of a change, said of the number right after them ("tăng 150%", "giảm hơn 12%", "cao hơn
#: 3%"): what follows is the change, not a level or a share.
CHANGE_VERBS = ("tăng", "giảm", "gấp", "vượt", "cao hơn", "thấp hơn", "nhiều hơn", "ít hơn")


#: Verbs of an act that makes new things, counted over the number planned: one cannot admit 115
#: of 100 party members, only 115 where 100 were planned ("kết nạp 115/100 đảng viên (115%)",
#: "tuyển sinh 540/500 học sinh", "cấp mới 3.240/3.000 giấy chứng nhận"). Resolving, supporting
#: or mobilising acts on things that exist before ("giải quyết 3.240/3.000 hồ sơ", "hỗ trợ
#: 1.380/1.200 hộ"), and is none.
MAKING_VERBS = (
    "kết nạp", "tuyển", "tuyển dụng", "tuyển sinh", "tuyển chọn", "đào tạo", "bồi dưỡng",
    "tập huấn", "thành lập", "cấp", "cấp đổi", "kích hoạt", "phát triển", "thu hút", "xây mới",
    "trồng",
)  # fmt: skip


def verb_right_before(verbs: tuple[str, ...], fillers: tuple[str, ...]) -> re.Pattern[str]:
    """One of ``verbs`` ending a text, maybe followed by ``fillers`` and bound words ("giảm thêm
    hơn "), any case: the verb that governs the number printed right after the text."""
    bound = words_pattern(list(QUALIFIERS))
    return patterncache.compile(
        rf"(?<!\w)(?:{'|'.join(verbs)})(?:\s+(?:{'|'.join(fillers)}|{bound}))*\s*$", re.IGNORECASE
    )


#: Words after which "hơn" compares ("cao hơn 5%", "sớm hơn 65 ngày") instead of bounding. A
#: change's verb is none: "tăng hơn 20% so với cùng kỳ" rose by more than 20%.
COMPARATIVES = (
    "cao", "thấp", "nhiều", "ít", "lớn", "nhỏ", "sớm", "muộn", "chậm", "nhanh", "tốt", "kém",
    "rộng", "hẹp",
)  # fmt: skip

#: Words after which "D/M" is a day and month ("Chiều 31/1", "từ ngày 1/7").
DATE_WORDS = (
    "ngày", "sáng", "chiều", "tối", "trưa", "đêm", "hôm", "rạng sáng", "từ", "đến",
    "mùng", "mồng",  # the first ten days of a month: "ngày mồng 2/9", "từ mùng 1/7"
)  # fmt: skip
#: Of those, the ones that also introduce figures ("Có đến 5/9 huyện", "từ 15/20 lên 18/20"):
#: "D/M" after them is a date only when it could be one and no count noun follows, or when they
#: open the clause, as a headline's time does without its comma ("Từ 1/7 người dân …").
AMBIGUOUS_DATE_WORDS = ("từ", "đến")
#: Words of time before a "D/M" that could be a day: it is that day even with a count noun after
#: it, which a fronted time often has without its comma ("Kể từ 1/7 hồ sơ …", "Tính đến 15/10
#: huyện …"). Never before a hyphen or dotted one: "tính đến 3-5 ngày" may count days.
TIME_WORDS = (
    "kể từ", "tính từ", "tính đến", "cho đến", "đến hết", "dịp", "chậm nhất", "muộn nhất",
    # the days a holiday is named for: "Quốc khánh 2/9", "lễ 30/4 - 1/5", "kỷ niệm 19/8"
    "lễ", "tết", "quốc khánh", "kỷ niệm", "giao thừa",
)  # fmt: skip
#: Words that are of time only as they open a clause ("Sau 2/9 người dân …", "Vào 3/3 đoàn …"):
#: inside one they also lead to figures ("tập trung vào 2/3 số xã"), so a count noun after the
#: number makes it a ratio there.
CLAUSE_TIME_WORDS = ("vào", "sau", "trước")

#: The days of the week after "thứ", Monday 0 to Saturday 5 ("thứ Hai", "thứ 2"); Sunday is
#: "Chủ nhật".
WEEKDAY_DAYS = {
    "hai": 0, "ba": 1, "tư": 2, "năm": 3, "sáu": 4, "bảy": 5,
    "2": 0, "3": 1, "4": 2, "5": 3, "6": 4, "7": 5,
}  # fmt: skip
#: Words before which "thứ hai" (lower case) or "thứ 2" is a weekday ("Sáng thứ hai", "vào thứ
#: 2"); elsewhere only the capitalised name is ("lần thứ hai" and "Thứ hai, …" count and
#: enumerate).
WEEKDAY_TIME_WORDS = ("sáng", "trưa", "chiều", "tối", "đêm", "hôm", "vào")
#: Words before which even "thứ Hai" counts: "Kỳ họp thứ Hai", "lần thứ Hai", "xếp thứ Hai".
ORDINAL_WORDS = (
    "lần", "kỳ", "kì", "họp", "phiên", "khóa", "khoá", "đợt", "hạng", "giải", "xếp", "đứng",
    "trí", "năm", "tuần", "tháng", "quý", "người", "vòng", "bước", "phần", "điều", "khoản",
    "chương", "mục", "số", "đội", "cấp", "tập", "lớp", "nhóm", "đại hội", "hội nghị",
    "ngày làm việc",  # "Ngày làm việc thứ Hai (22/10)" of a session: its second day
    "cuộc thi",  # "Cuộc thi thứ Hai (12/3)": the second contest
    # things held or sent in a series: "Diễn đàn thứ Hai (15/10)", "Đoàn thứ Hai (16/10)"
    "diễn đàn", "chương trình", "đoàn", "chặng", "đề án", "chuyên đề", "hội thi", "liên hoan",
)  # fmt: skip

#: Nouns of a thing done in turns, which an ordinal "thứ hai" numbers a few words after them
#: ("Đợt kiểm tra thứ hai ngày 19/7", "Buổi làm việc thứ hai ngày …"): before a lower-case
#: weekday name and "ngày", one of these in the words before makes it "the second", not Monday.
#: Not the ordinal words that name anything ("năm 2024", "số hồ sơ", "cấp xã" come before real
#: weekdays: "Hạn nộp hồ sơ năm 2024 là thứ sáu ngày 20/12").
COUNTED_TURN_WORDS = (
    "lần", "kỳ", "kì", "họp", "phiên", "khóa", "khoá", "đợt", "vòng", "bước", "giai đoạn", "buổi",
    "cuộc", "chuyến", "lượt", "tuần", "hội nghị", "đại hội", "hội thảo", "tọa đàm", "toạ đàm",
    "bản tin", "ngày làm việc",
)  # fmt: skip

#: Words that make "X/Y" a rank ("xếp thứ 12/63", "xếp 71/193 quốc gia", "đứng thứ 5/34").
RANK_WORDS = (
    "xếp", "xếp thứ", "xếp hạng", "xếp hạng thứ", "xếp hạng thứ tự", "xếp thứ tự", "xếp vị trí",
    "xếp vị trí thứ", "xếp ở vị trí", "xếp ở vị trí thứ", "đứng", "đứng thứ", "đứng ở vị trí",
    "đứng ở vị trí thứ", "đứng vị trí thứ", "vị trí thứ", "vị trí", "hạng", "thứ hạng", "thứ",
    # "đứng ở vị trí số 2/63 tỉnh, thành phố": the place's number
    "vị trí số", "đứng vị trí số", "đứng ở vị trí số", "xếp vị trí số", "xếp ở vị trí số",
    "top", "tốp",  # "lọt top 10/63 tỉnh": among the first 10 of 63
    # the place a climb or a fall reached: "vươn lên 5/34", "tụt xuống 25/34"
    "vươn lên", "tụt xuống", "rơi xuống",
)  # fmt: skip
#: Words after "số" that make "150/2" a house number ("số 150/2 đường Lê Lợi").
STREET_WORDS = ("đường", "phố", "ngõ", "ngách", "hẻm", "kiệt", "khu phố", "tổ", "ấp", "thôn")
#: Words that make the next "X/Y" an address whatever follows ("ngõ 12/34").
ADDRESS_WORDS = ("số nhà", "nhà số", "ngõ", "ngách", "hẻm", "kiệt")
#: Words of maps and plans: "tỷ lệ 1/N" after one is a map's scale ("bản đồ địa chính tỷ lệ
#: 1/2.000", "quy hoạch phân khu tỷ lệ 1/500"), never a figure of one in two thousand.
MAP_WORDS = (
    "bản đồ", "quy hoạch", "đo đạc", "đo vẽ", "địa chính", "địa hình", "trích đo", "mặt bằng",
    "bình đồ", "bản vẽ", "đồ án",
)  # fmt: skip
#: Words of a split of a whole between two parties: "A/B" summing to 100 after one ("kinh phí
#: chia theo tỷ lệ 70/30", "cơ cấu 40/60") gives each party's share, never A of B things.
#: Not "chia sẻ" (to share one's view: "Chia sẻ tại hội nghị, …" says who spoke).
SPLIT_WORDS = ("chia", "phân chia", "phân bổ", "cơ cấu", "cơ chế", "đối ứng")
#: Places named by a number with a slash ("đường 3/2", "Quảng trường 2/9", "khu phố 3/5"): the
#: number after one of these is the place's name, never a figure.
#: Not "phố" or "cầu" alone: "thành phố 2/3 …", "yêu cầu 5/9 huyện …" lead to figures.
NAMED_PLACE_WORDS = ("đường", "khu phố", "quảng trường", "công viên", "tổ", "ấp", "thôn")


def key(words: str) -> str:
    """Words as printed ("Không  Vượt quá") as the tables here key them: case-folded, one space."""
    return " ".join(words.casefold().split())


def words_pattern(words: tuple[str, ...] | list[str], *, ignore_case: bool = True) -> str:
    """An alternation of ``words``, longest first, whitespace-tolerant, as a regex group.

    Written as a tree of the words' shared beginnings ("thủ tục" and "thủ tục hành chính" share
    one branch): sre tries the branches of an alternation one by one, so a word that is none of
    them costs one try per first letter instead of one per word. It matches what the flat
    alternation (``plain_words_pattern``) matches, longest first (a longer word's branch is tried
    before the shorter word ends), as ``tests/parsers/test_words_pattern.py`` holds."""
    return _words_pattern(tuple(words), ignore_case)


@cache
def _words_pattern(words: tuple[str, ...], ignore_case: bool) -> str:
    # Cached: the same few lists (the qualifiers above all) are written into many patterns, and
    # writing the count nouns' tree takes milliseconds of every process's start-up.
    tree = _word_tree(words)
    if ignore_case and not _branches_differ(tree):
        return plain_words_pattern(words, ignore_case=ignore_case)
    body = _tree_pattern(tree)[0]
    return f"(?i:{body})" if ignore_case else f"(?:{body})"


def plain_words_pattern(words: tuple[str, ...] | list[str], *, ignore_case: bool = True) -> str:
    """The flat alternation of ``words``, longest first, whitespace-tolerant."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)
    return f"(?i:{body})" if ignore_case else f"(?:{body})"


#: A tree of words, one character (or " ", for the spaces between words) per level; the key ""
#: marks the end of a word.
_Tree = dict[str, "_Tree"]


def _word_tree(words: tuple[str, ...] | list[str]) -> _Tree:
    tree: _Tree = {}
    for word in words:
        node = tree
        for char in " ".join(word.split()):
            node = node.setdefault(char, {})
        node[""] = {}
    return tree


def _tree_pattern(tree: _Tree) -> tuple[str, int]:
    """The pattern of ``tree`` and its depth (the characters of its longest word), found together
    in one walk of the tree."""
    below = {key: _tree_pattern(subtree) for key, subtree in tree.items() if key}
    # The longest word below a branch first, and a word's end after every longer word through it.
    keys = sorted(below, key=lambda key: (-below[key][1], key))
    branches = [(r"\s+" if key == " " else re.escape(key)) + below[key][0] for key in keys]
    if "" in tree:
        branches.append("")
    depth = max((1 + depth for _, depth in below.values()), default=0)
    if len(branches) <= 1:
        return "".join(branches), depth
    return "(?:" + "|".join(branches) + ")", depth


def _branches_differ(tree: _Tree) -> bool:
    """Whether no two branches of one node match the same character, case ignored: then a text
    can take one branch only, and the tree tries the words in the flat alternation's order."""
    keys = [key for key in tree if key]
    alike = any(_alike(a, b) for i, a in enumerate(keys) for b in keys[i + 1 :])
    return not alike and all(_branches_differ(below) for below in tree.values())


@cache
def _alike(one: str, other: str) -> bool:
    """Whether ``one`` as a pattern, case ignored, matches all of ``other`` ("Đ" and "đ": True).

    Asked of the same pairs of letters for every tree at start-up, so each pair is asked once and
    its one-letter pattern is taken from ``bantin.patterncache`` instead of compiled."""
    return patterncache.compile(f"(?i:{re.escape(one)})").fullmatch(other) is not None


#: Words a sentence goes on after and a heading does not end with: what a page break leaves at
#: the end of a line ("… phối hợp với" / "Ban Cơ yếu …"), never the last word of a subheading.
#: Single words: only a line's last word is looked up.
LINKING_WORDS = frozenset((
    "và", "với", "của", "các", "những", "tại", "trong", "cho", "được", "là", "để", "theo", "từ",
    "đến", "về", "có", "đã", "sẽ", "đang", "như", "thì", "mà", "nhưng", "hoặc", "bằng", "do",
    "vào", "ra", "trên", "dưới", "giữa", "qua", "sau", "trước", "khi", "nếu", "vì", "nên", "cũng",
    "còn", "này", "đó", "ông", "bà", "anh", "chị", "số", "ngày", "tháng", "năm",
))  # fmt: skip

#: Words that end the noun phrase of a ratio: a verb starts what is said about it.
PHRASE_VERBS = (
    "có", "đã", "được", "đạt", "chiếm", "là", "tăng", "giảm", "đang", "sẽ", "chưa", "không",
)  # fmt: skip

#: A count noun (no group), and one at the start of what follows a number (group ``unit``).
COUNT_NOUN_WORDS = (
    f"(?:{words_pattern(COUNT_NOUNS)}|{words_pattern(COUNT_ABBREVIATIONS, ignore_case=False)})"
    r"(?!\w)"
)
COUNT_NOUN = (
    f"(?P<unit>{words_pattern(COUNT_NOUNS)}|{words_pattern(COUNT_ABBREVIATIONS, ignore_case=False)})"
    r"(?!\w)"
)
