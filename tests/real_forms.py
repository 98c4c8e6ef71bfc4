"""Sentences in the forms real reform reporting uses, each with the figures, dates and findings it
must give.

The forms were studied on Vietnamese news sites and government portals (provincial papers, PAR
INDEX / SIPAS / PAPI reports, one-stop-shop statistics); every sentence here is the project's own,
written in those forms, never copied. ``FORMS`` is the table; ``per_form()`` counts it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Fig:
    """An expected figure: kind, text as printed, and the numbers a reader takes from it."""

    kind: str
    text: str
    value: float | None = None
    low: float | None = None
    high: float | None = None
    num: float | None = None
    den: float | None = None
    qualifier: str | None = None
    unit: str | None = None


@dataclass(frozen=True)
class Form:
    """One sentence of one form with everything expected of it.

    ``dates`` are (printed date, exists); ``findings`` are (rule, message) at the sentence's line.
    """

    form: str
    sentence: str
    figures: tuple[Fig, ...] = ()
    dates: tuple[tuple[str, bool], ...] = ()
    findings: tuple[tuple[str, str], ...] = field(default=())


def P(text: str, value: float, qualifier: str | None = None) -> Fig:
    return Fig("percent", text, value, qualifier=qualifier)


def R(text: str, num: float, den: float, unit: str | None = None, q: str | None = None) -> Fig:
    return Fig("ratio", text, num / den * 100, num=num, den=den, unit=unit, qualifier=q)


def RP(
    text: str, num: float, den: float, value: float, unit: str | None = None, q: str | None = None
) -> Fig:
    return Fig("ratio_percent", text, value, num=num, den=den, unit=unit, qualifier=q)


FORMS: tuple[Form, ...] = (
    # ------------------------------------------------------------ percentages with a bound word
    Form(
        "qualified percent",
        "Năm qua, trên 92% hồ sơ của huyện được giải quyết trước và đúng hạn.",
        (P("92%", 92, "more_than"),),
    ),
    Form(
        # Before one number, "trong khoảng" is "about" (before a range, it names the interval).
        "qualified percent",
        "Chi phí giảm trong khoảng 30% so với trước khi áp dụng quy trình mới.",
        (P("30%", 30, "about"),),
    ),
    Form(
        # No space after the comma before a share: the word ends there, the share is read.
        "share after a comma with no space",
        "Sau đợt rà soát,40% thủ tục được đề xuất cắt giảm,12% được đơn giản hóa.",
        (P("40%", 40), P("12%", 12)),
    ),
    Form(
        # After a digit the comma is a decimal one: "3,5/10" is one score.
        "share after a comma with no space",
        "Tại huyện,6/8 xã đạt điểm từ 3,5/10 điểm trở lên,chiếm 75%.",
        (
            R("6/8", 6, 8, "xã"),
            Fig("score", "3,5/10 điểm", num=3.5, den=10, qualifier="at_least", unit="điểm"),
            P("75%", 75),
        ),
    ),
    Form(
        # A plan's targets printed as signs, as its tables print them.
        "qualified percent",
        "Chỉ tiêu năm 2025: tỷ lệ hài lòng ≥ 90%, tỷ lệ hồ sơ trễ hạn ≤3% ở mọi cấp.",
        (P("90%", 90, "at_least"), P("3%", 3, "at_most")),
    ),
    Form(
        "qualified percent",
        "Kết quả quý III: hồ sơ trực tuyến >85%, hồ sơ trễ hạn <2%, số hóa ~70% hồ sơ.",
        (P("85%", 85, "more_than"), P("2%", 2, "less_than"), P("70%", 70, "about")),
    ),
    Form(
        # An arrow between two figures bounds neither.
        "qualified percent",
        "Tỷ lệ thanh toán trực tuyến của tỉnh: 42% -> 61% sau một năm triển khai.",
        (P("42%", 42), P("61%", 61)),
    ),
    Form(
        "qualified percent",
        "Hơn 70% người dân được hỏi cho rằng thái độ của công chức đã tiến bộ.",
        (P("70%", 70, "more_than"),),
    ),
    Form(
        "qualified percent",
        "Số hồ sơ trễ hẹn giảm còn dưới 1,5% tổng số hồ sơ tiếp nhận.",
        (P("1,5%", 1.5, "less_than"),),
    ),
    Form(
        "qualified percent",
        "Đến nay gần 98% cơ sở giáo dục đã thu học phí không dùng tiền mặt.",
        (P("98%", 98, "nearly"),),
    ),
    Form(
        "qualified percent",
        "Thời gian chờ không quá 15 phút; tỷ lệ hồ sơ trả lại không vượt quá 1,5%.",
        (P("1,5%", 1.5, "at_most"),),
    ),
    Form(
        "qualified percent",
        "Năm 2026, chi phí tuân thủ thủ tục hành chính được cắt giảm tối đa 20% so với hiện hành.",
        (P("20%", 20, "at_most"),),
    ),
    Form(
        "bound after the figure",
        "Phấn đấu đến cuối năm, tỷ lệ thủ tục giải quyết trực tuyến toàn trình đạt từ 60% trở lên.",
        (P("60%", 60, "at_least"),),
    ),
    Form(
        "bound after the figure",
        "Tỷ lệ hồ sơ phải bổ sung nhiều lần được giữ ở mức 3% trở xuống tại mọi điểm tiếp nhận.",
        (P("3%", 3, "at_most"),),
    ),
    Form(
        "bound after the figure",
        "Quy chế được thông qua khi có từ 2/3 tổng số thành viên Ban Chỉ đạo trở lên tán thành.",
        (R("2/3", 2, 3, "thành viên", "at_least"),),
    ),
    Form(
        "bound after the figure",
        "Cán bộ từ cấp trưởng phòng trở lên chiếm 12% tổng số người phải kê khai tài sản.",
        (P("12%", 12),),
    ),
    Form(
        "qualified percent",
        "Thanh toán trực tuyến trong lĩnh vực đất đai chiếm khoảng 35,5% giao dịch.",
        (P("35,5%", 35.5, "about"),),
    ),
    Form(
        "qualified percent",
        "Phấn đấu tối thiểu 85% thủ tục đủ điều kiện được cung cấp toàn trình; ít nhất 70% "
        "hồ sơ nộp qua mạng.",
        (P("85%", 85, "at_least"), P("70%", 70, "at_least")),
    ),
    Form(
        "qualified percent",
        "Doanh thu dịch vụ bưu chính công ích cao hơn 5% so với năm trước.",
        (P("5%", 5),),
    ),
    Form(
        # A change's verb before "hơn": the change was more than the number, as after "và".
        "qualified percent",
        "Thu ngân sách tăng hơn 14,5% so với năm 2022 và hơn 20% so với năm 2021; chi phí đi lại"
        " của người dân giảm hơn 30%.",
        (P("14,5%", 14.5, "more_than"), P("20%", 20, "more_than"), P("30%", 30, "more_than")),
    ),
    Form(
        "qualified percent",
        "Số người dân đã kích hoạt tài khoản định danh mức 2 chiếm trên dưới 60% dân số trong "
        "độ tuổi.",
        (P("60%", 60, "about"),),
    ),
    Form(
        "qualified percent",
        "Sau một năm, ngót 30% hộ kinh doanh đã chuyển sang dùng hóa đơn điện tử, ngót nghét 2/3 "
        "số xã có điểm hỗ trợ.",
        (P("30%", 30, "nearly"), R("2/3", 2, 3, "xã", "nearly")),
    ),
    Form(
        "qualified percent",
        "Một cán bộ cho biết mỗi ngày tầm 40% hồ sơ được nộp qua ứng dụng.",
        (P("40%", 40, "about"),),
    ),
    # ------------------------------------------------------------ ranges
    # A fall printed with its sign keeps it: never published as the rise it is not.
    Form(
        "percentage with its minus sign",
        "Chỉ số giá tiêu dùng tháng 9 giảm 0,5%, cả quý -1,2% so với quý trước.",
        (P("0,5%", 0.5), P("-1,2%", -1.2)),
    ),
    Form(
        "percentage with its minus sign",
        "Tốc độ tăng dư nợ của quý (−0,8%) thấp nhất trong 5 năm.",
        (P("−0,8%", -0.8),),
    ),
    Form(
        "percentage with its minus sign",
        "-0,5% là mức giảm của chỉ số giá tháng 9 so với tháng 8.",
        (P("-0,5%", -0.5),),
    ),
    Form(
        "percentage with its minus sign",
        "Tăng trưởng quý I ở mức khoảng -0,5%.",
        (P("-0,5%", -0.5, "about"),),
    ),
    Form(
        # A hyphen between two percentages joins them; it is no sign of the second.
        "percentage with its minus sign",
        "Tỷ lệ hài lòng ba năm qua lần lượt là 98%-96%-95%.",
        (P("98%", 98), P("96%", 96), P("95%", 95)),
    ),
    Form(
        "range",
        "Chi phí không chính thức chỉ còn chiếm 0,4-0,6% doanh thu của doanh nghiệp.",
        (Fig("percent", "0,4-0,6%", None, 0.4, 0.6),),
    ),
    Form(
        "range",
        "Mỗi năm, tỉnh cắt giảm 10-11% biên chế hưởng lương từ ngân sách.",
        (Fig("percent", "10-11%", None, 10, 11),),
    ),
    Form(
        "range",
        "Thời gian xử lý hồ sơ đất đai rút ngắn từ 20% đến 30% so với quy định.",
        (Fig("percent", "từ 20% đến 30%", None, 20, 30),),
    ),
    Form(
        "range",
        "Khoảng 15 - 20% số xã vẫn thiếu công chức có chuyên môn công nghệ thông tin.",
        (Fig("percent", "15 - 20%", None, 15, 20, qualifier="about"),),
    ),
    # "trong khoảng" names the interval itself: its bounds are the range's, no approximation.
    Form(
        "range within its interval",
        "Mức độ hài lòng của người dân ở 34 tỉnh, thành phố nằm trong khoảng 76,12% - 91,40%.",
        (Fig("percent", "76,12% - 91,40%", None, 76.12, 91.4),),
    ),
    Form(
        "range within its interval",
        "Mức độ hài lòng đối với các sở dao động trong khoảng từ 80% đến 95%.",
        (Fig("percent", "từ 80% đến 95%", None, 80, 95),),
    ),
    Form(
        "range within its interval",
        "Tỷ lệ hồ sơ trực tuyến mỗi năm tăng khoảng 40-60%.",
        (Fig("percent", "40-60%", None, 40, 60, qualifier="about"),),
    ),
    # A range typeset with another sign: the division sign of technical writing, an em dash or
    # a minus sign. The last number alone would be a wrong share, published as exact.
    Form(
        "range, another sign",
        "Quy trình mới giúp rút ngắn 30÷40% thời gian chờ của người dân tại bộ phận một cửa.",
        (Fig("percent", "30÷40%", None, 30, 40),),
    ),
    Form(
        "range, another sign",
        "Mỗi năm chi phí in ấn hồ sơ giấy của các sở giảm chừng 15—20%.",
        (Fig("percent", "15—20%", None, 15, 20, qualifier="about"),),
    ),
    Form(
        "range, another sign",
        "Dự báo số hồ sơ nộp qua bưu chính sẽ tăng 8−10% trong quý tới.",
        (Fig("percent", "8−10%", None, 8, 10),),
    ),
    # ------------------------------------------------------------ small ratios of a counted noun
    Form(
        "small ratio",
        "Có đến 5/9 huyện chưa bố trí đủ máy tính cho bộ phận một cửa.",
        (R("5/9", 5, 9, "huyện"),),
    ),
    Form(
        "small ratio",
        "Hiện 7/9 huyện, thành phố đã vận hành trung tâm giám sát điều hành thông minh.",
        (R("7/9", 7, 9, "huyện"),),
    ),
    Form(
        "small ratio",
        "Chương trình đã triển khai ở 6/6 vùng kinh tế - xã hội của cả nước.",
        (R("6/6", 6, 6, "vùng"),),
    ),
    Form(
        "small ratio",
        "Năm 2023, tỉnh có 3/8 chỉ số thành phần tăng điểm so với năm trước.",
        (R("3/8", 3, 8, "chỉ số thành phần"),),
    ),
    Form(
        "small ratio",
        "Sau đợt rà soát, gần 2/3 số hồ sơ tồn đọng đã được xử lý dứt điểm.",
        (R("2/3", 2, 3, "hồ sơ", "nearly"),),
    ),
    Form(
        "small ratio",
        "Từ sáng 4/9, số liệu về hồ sơ được cập nhật trên cổng thông tin.",
        (),
        dates=(("4/9", True),),
    ),
    # ------------------------------------------------------------ fractions of a whole it names
    Form(
        "fraction of a whole",
        "Nhờ liên thông điện tử, thời gian cấp phép xây dựng được rút ngắn 1/2 thời gian so với "
        "quy định.",
        (R("1/2", 1, 2),),
    ),
    Form(
        # A cut of a half, a third or a quarter, with the whole left unsaid: no day follows a
        # verb of cutting. A larger "X/Y" there may be a day ("giá cước giảm 5/9") and is none.
        "cut by a fraction",
        "Sau khi liên thông, thời gian cấp giấy phép giảm 1/2 so với quy định; chi phí đi lại "
        "của người dân tiết kiệm được 1/3, còn giá cước giảm 5/9.",
        (R("1/2", 1, 2), R("1/3", 1, 3)),
    ),
    Form(
        # The share a part takes of a whole, named after "chiếm" with its bound or not.
        "cut by a fraction",
        "Thu ngân sách của thành phố chiếm gần 1/4 cả nước; số doanh nghiệp chiếm 1/3.",
        (R("1/4", 1, 4, q="nearly"), R("1/3", 1, 3)),
    ),
    Form(
        "cut by a fraction",
        "Quy trình nội bộ được rút ngắn xuống còn 3/4 và số bước giảm còn 2/3 so với trước.",
        (R("3/4", 3, 4), R("2/3", 2, 3)),
    ),
    Form(
        "fraction of a whole",
        "Khoảng 1/4 dân số của phường đã cài đặt ứng dụng định danh điện tử.",
        (R("1/4", 1, 4, q="about"),),
    ),
    Form(
        "fraction of a whole",
        "Số hồ sơ nộp qua dịch vụ bưu chính công ích năm nay đã chiếm 2/3 tổng số.",
        (R("2/3", 2, 3),),
    ),
    Form(
        "fraction of a whole",
        "Ngày 1/4 dân số của xã được cập nhật vào cơ sở dữ liệu quốc gia.",
        (),
        dates=(("1/4", True),),
    ),
    Form(
        "day before a count",
        "Đến 30/9 số hồ sơ nộp trực tuyến toàn trình của tỉnh đã vượt 20.000.",
        (),
        dates=(("30/9", True),),
    ),
    Form(
        "day before a count",
        "Huyện phấn đấu đến 31/12 tổng số hồ sơ được số hóa đạt 15.000.",
        (),
        dates=(("31/12", True),),
    ),
    # ------------------------------------------------------------ ratios with a large denominator
    Form(
        "ratio",
        "Đến cuối tháng 6/2024, 6.084/7.669 xã đã dùng phần mềm hộ tịch dùng chung.",
        (R("6.084/7.669", 6084, 7669, "xã"),),
        (("6/2024", True),),
    ),
    Form(
        "ratio",
        "Toàn tỉnh có 118/121 đơn vị cấp xã đạt chuẩn tiếp cận pháp luật.",
        (R("118/121", 118, 121, "đơn vị"),),
    ),
    Form(
        "ratio",
        "Ban chỉ đạo đã kiểm tra 25/40 cơ quan trong đợt cao điểm.",
        (R("25/40", 25, 40, "cơ quan"),),
    ),
    Form(
        "ratio",
        "Sở đã công bố 212 TTHC/250 TTHC thuộc thẩm quyền trên cổng dịch vụ công.",
        (R("212 TTHC/250 TTHC", 212, 250, "TTHC"),),
    ),
    # ------------------------------------------------------------ ratio and percentage, bare
    Form(
        "ratio (Z%)",
        "Kết quả, 52/60 (86,67%) ý kiến đánh giá hài lòng với cán bộ tiếp dân.",
        (RP("52/60 (86,67%)", 52, 60, 86.67, "ý kiến"),),
    ),
    Form(
        "ratio (Z%)",
        "Đã có 1.240/1.550 (80%) hộ kinh doanh dùng hóa đơn điện tử.",
        (RP("1.240/1.550 (80%)", 1240, 1550, 80, "hộ"),),
    ),
    Form(
        "ratio (Z%)",
        "Cuộc khảo sát ghi nhận 45/60 (80%) phiếu trả lời rất hài lòng.",
        (RP("45/60 (80%)", 45, 60, 80, "phiếu"),),
        findings=(("pct.ratio", "45/60 is 75%, not 80%"),),
    ),
    # ------------------------------------------------------------ ratio noun (Z%)
    Form(
        "ratio noun (Z%)",
        "Hiện 2.910/3.321 xã, phường (87,6%) đã kết nối dữ liệu dân cư.",
        (RP("2.910/3.321 xã, phường (87,6%)", 2910, 3321, 87.6, "xã"),),
    ),
    Form(
        "ratio noun (Z%)",
        "Trong quý, 14/20 sở, ngành (70%) có tỷ lệ hồ sơ trực tuyến trên 50%.",
        (RP("14/20 sở, ngành (70%)", 14, 20, 70, "sở"), P("50%", 50, "more_than")),
    ),
    Form(
        "ratio noun (Z%)",
        "Có 12/16 trường học (85%) đã số hóa học bạ.",
        (RP("12/16 trường học (85%)", 12, 16, 85, "trường"),),
        findings=(("pct.ratio", "12/16 is 75%, not 85%"),),
    ),
    Form(
        "ratio noun (Z%)",
        "Có 45/60 xã có tỷ lệ hồ sơ trực tuyến cao (trên 80%) nên được khen thưởng.",
        (R("45/60", 45, 60, "xã"), P("80%", 80, "more_than")),
    ),
    # ------------------------------------------------------------ ratio noun (chiếm/đạt Z%)
    Form(
        "ratio noun (chiếm/đạt Z%)",
        "Cả năm chỉ có 3/200 hồ sơ (chiếm không quá 5%) bị trả lại do sai sót của công chức.",
        (RP("3/200 hồ sơ (chiếm không quá 5%)", 3, 200, 5, "hồ sơ", "at_most"),),
    ),
    Form(
        "ratio noun (chiếm/đạt Z%)",
        "Quý III có 30/200 hồ sơ (chiếm không quá 2%) phải bổ sung giấy tờ.",
        (RP("30/200 hồ sơ (chiếm không quá 2%)", 30, 200, 2, "hồ sơ", "at_most"),),
        findings=(("pct.ratio", "30/200 is 15%, not 2%"),),
    ),
    Form(
        "ratio noun (chiếm/đạt Z%)",
        "Có 41/84 cơ quan, đơn vị (chiếm 48,8%) được xếp loại tốt.",
        (RP("41/84 cơ quan, đơn vị (chiếm 48,8%)", 41, 84, 48.8, "cơ quan"),),
    ),
    Form(
        "ratio noun (chiếm/đạt Z%)",
        "Tổ chức đã cấp 3.760/3.900 chứng thư số (đạt khoảng 96,4%) cho cán bộ.",
        (
            RP(
                "3.760/3.900 chứng thư số (đạt khoảng 96,4%)",
                3760,
                3900,
                96.4,
                "chứng thư số",
                "about",
            ),
        ),
    ),
    Form(
        "ratio noun (chiếm/đạt Z%)",
        "Toàn tỉnh có 131/140 hợp tác xã (đạt 93,57%) hoạt động hiệu quả.",
        (RP("131/140 hợp tác xã (đạt 93,57%)", 131, 140, 93.57, "hợp tác xã"),),
    ),
    Form(
        "ratio noun (chiếm/đạt Z%)",
        "Có 30/76 cơ quan, đơn vị (chiếm 48,6%) nộp báo cáo đúng hạn.",
        (RP("30/76 cơ quan, đơn vị (chiếm 48,6%)", 30, 76, 48.6, "cơ quan"),),
        findings=(("pct.ratio", "30/76 is 39,47%, not 48,6%"),),
    ),
    Form(
        "ratio noun (chiếm/đạt Z%)",
        "Toàn huyện có 152/160 thôn, tổ dân phố đạt chuẩn văn hóa (chiếm 95%).",
        (RP("152/160 thôn, tổ dân phố đạt chuẩn văn hóa (chiếm 95%)", 152, 160, 95, "thôn"),),
    ),
    Form(
        "ratio noun (chiếm/đạt Z%)",
        "Đến nay 88/96 trường học đã dùng học bạ số (chiếm 95,7%).",
        (RP("88/96 trường học đã dùng học bạ số (chiếm 95,7%)", 88, 96, 95.7, "trường"),),
        findings=(("pct.ratio", "88/96 is 91,67%, not 95,7%"),),
    ),
    # ------------------------------------------------------------ ratio noun, đạt/chiếm (tỷ lệ) Z%
    Form(
        # Millions, their thousands dotted twice: counts, not decimals.
        "ratio noun, đạt Z%",
        "Toàn tỉnh đã kích hoạt 1.250.000/1.600.000 tài khoản định danh điện tử, đạt 78,1%.",
        (
            RP(
                "1.250.000/1.600.000 tài khoản định danh điện tử, đạt 78,1%",
                1250000,
                1600000,
                78.1,
                "tài khoản",
            ),
        ),
    ),
    Form(
        "ratio noun, đạt Z%",
        "Huyện đã giải quyết 1.890/1.900 hồ sơ, đạt tỷ lệ 99,47%.",
        (RP("1.890/1.900 hồ sơ, đạt tỷ lệ 99,47%", 1890, 1900, 99.47, "hồ sơ"),),
    ),
    Form(
        "ratio noun, đạt Z%",
        "Có 9/12 phòng chuyên môn, chiếm 75% đã áp dụng ISO điện tử.",
        (RP("9/12 phòng chuyên môn, chiếm 75%", 9, 12, 75, "phòng"),),
    ),
    Form(
        "ratio noun, đạt Z%",
        "Thành phố đã cấp 2.300/2.500 giấy phép xây dựng, đạt 95%.",
        (RP("2.300/2.500 giấy phép xây dựng, đạt 95%", 2300, 2500, 95, "giấy phép"),),
        findings=(("pct.ratio", "2.300/2.500 is 92%, not 95%"),),
    ),
    # ------------------------------------------------ ratio, what is said of it, its percentage
    Form(
        "ratio noun said of, đạt Z%",
        "Toàn tỉnh có 1.432/1.617 thủ tục hành chính được cung cấp trực tuyến, đạt 88,56%.",
        (
            RP(
                "1.432/1.617 thủ tục hành chính được cung cấp trực tuyến, đạt 88,56%",
                1432,
                1617,
                88.56,
                "thủ tục hành chính",
            ),
        ),
    ),
    Form(
        "ratio noun said of, đạt Z%",
        "Đến hết tháng 10, 52/60 cơ quan, đơn vị đã kết nối liên thông văn bản, chiếm 78,3%.",
        (
            RP(
                "52/60 cơ quan, đơn vị đã kết nối liên thông văn bản, chiếm 78,3%",
                52,
                60,
                78.3,
                "cơ quan",
            ),
        ),
        findings=(("pct.ratio", "52/60 is 86,67%, not 78,3%"),),
    ),
    Form(
        "ratio noun said of (Z%)",
        "Đã có 27/27 xã, thị trấn hoàn thành chuyển đổi số cấp xã (100%).",
        (RP("27/27 xã, thị trấn hoàn thành chuyển đổi số cấp xã (100%)", 27, 27, 100, "xã"),),
    ),
    Form(
        "ratio noun said of, Z% of something else",
        "Có 11/13 huyện hoàn thành thu ngân sách, đạt 108% dự toán năm.",
        (R("11/13", 11, 13, "huyện"), P("108%", 108)),
    ),
    Form(
        "ratio noun said of, Z% of something else",
        "Có 4/11 huyện còn hồ sơ quá hạn, chiếm 1,8% tổng số hồ sơ tiếp nhận.",
        (R("4/11", 4, 11, "huyện"), P("1,8%", 1.8)),
    ),
    Form(
        "ratio noun said of (bound alone)",
        "Có 17/20 trường triển khai học bạ số ở mức cao (trên 90%).",
        (R("17/20", 17, 20, "trường"), P("90%", 90, "more_than")),
    ),
    Form(
        "ratio noun said of (Z%)",
        "Năm nay 9/9 huyện, thành phố có Trung tâm hành chính công (100%).",
        (RP("9/9 huyện, thành phố có Trung tâm hành chính công (100%)", 9, 9, 100, "huyện"),),
    ),
    Form(
        "ratio noun said of (bound alone)",
        "Có 14/19 bệnh viện thanh toán không dùng tiền mặt ở mức cao (hơn 60%).",
        (R("14/19", 14, 19, "bệnh viện"), P("60%", 60, "more_than")),
    ),
    Form(
        "day, noun said of, đạt Z%",
        "Sáng 3/12 người dân xã Tân Lập được cấp căn cước tại nhà, đạt 100%.",
        (P("100%", 100),),
        dates=(("3/12", True),),
    ),
    Form(
        "day, noun said of, đạt Z%",
        "Từ ngày 9/12 hồ sơ của người dân được số hóa, đạt 100%.",
        (P("100%", 100),),
        dates=(("9/12", True),),
    ),
    # ------------------------------------------------------------ what regulatory reform counts
    Form(
        "ratio of rules, reports or complaints",
        "Năm qua, các bộ rà soát 412/1.030 quy định kinh doanh (đạt 40%).",
        (RP("412/1.030 quy định kinh doanh (đạt 40%)", 412, 1030, 40, "quy định"),),
    ),
    Form(
        "ratio of rules, reports or complaints",
        "Bộ đề xuất bãi bỏ 1.150/3.420 điều kiện kinh doanh, đạt tỷ lệ 43,6%.",
        (
            RP(
                "1.150/3.420 điều kiện kinh doanh, đạt tỷ lệ 43,6%",
                1150,
                3420,
                43.6,
                "điều kiện kinh doanh",
            ),
        ),
        findings=(("pct.ratio", "1.150/3.420 is 33,63%, not 43,6%"),),
    ),
    Form(
        "ratio of rules, reports or complaints",
        "Tỉnh bỏ 18/60 chế độ báo cáo định kỳ (chiếm 30%) vì trùng lặp.",
        (RP("18/60 chế độ báo cáo định kỳ (chiếm 30%)", 18, 60, 30, "chế độ báo cáo"),),
    ),
    Form(
        "ratio of rules, reports or complaints",
        "Thanh tra huyện giải quyết 57/60 đơn thư (đạt 90%) thuộc thẩm quyền.",
        (RP("57/60 đơn thư (đạt 90%)", 57, 60, 90, "đơn thư"),),
        findings=(("pct.ratio", "57/60 is 95%, not 90%"),),
    ),
    Form(
        "ratio of rules, reports or complaints",
        "Trường chính trị mở 12/15 lớp bồi dưỡng (đạt 80%) theo kế hoạch năm.",
        (RP("12/15 lớp bồi dưỡng (đạt 80%)", 12, 15, 80, "lớp"),),
    ),
    Form(
        # Points out of ten, no "điểm": no figure of its own; the percentage after it is one.
        "score",
        "Mức độ hài lòng của người dân đạt 8,5/10 (85%).",
        (P("85%", 85),),
    ),
    Form(
        # A district's ratio, then its share of the province's whole: two figures, no fault.
        "ratio then the share of a larger whole",
        "Huyện Mường Tè đã có 11/14 xã đạt chuẩn nông thôn mới, chiếm 8,1% tổng số xã toàn tỉnh.",
        (R("11/14", 11, 14, "xã"), P("8,1%", 8.1)),
    ),
    Form(
        # The sentence before names the larger whole's words ("toàn tỉnh"): they are no words
        # of this count, whose share of the province's communes is another figure.
        "ratio then the share of a larger whole",
        "Đề án được triển khai toàn tỉnh. Huyện Tam Đường đã có 3/9 xã đạt chuẩn, chiếm 2,1% tổng"
        " số xã toàn tỉnh.",
        (R("3/9", 3, 9, "xã"), P("2,1%", 2.1)),
    ),
    Form(
        "ratio then the share of a larger whole",
        "Thành phố có 36/40 phường triển khai mô hình, chiếm 3% số phường cả nước.",
        (R("36/40", 36, 40, "phường"), P("3%", 3)),
    ),
    Form(
        "ratio then the share of a larger whole",
        "Huyện có 12/15 xã đạt chuẩn, chiếm 6% số xã đạt chuẩn của cả vùng.",
        (R("12/15", 12, 15, "xã"), P("6%", 6)),
    ),
    Form(
        # A share of other things than the ratio counts: two figures, whatever it names after.
        "ratio then the share of a larger whole",
        "Có 5/9 huyện để hồ sơ trễ hạn, chiếm 2,1% tổng số hồ sơ.",
        (R("5/9", 5, 9, "huyện"), P("2,1%", 2.1)),
    ),
    Form(
        # The whole named after the share is the ratio's own: one share, and a wrong one.
        "ratio then the share of a larger whole",
        "Tỉnh có 45/60 xã đạt chuẩn nông thôn mới, chiếm 80% tổng số xã.",
        (RP("45/60 xã đạt chuẩn nông thôn mới, chiếm 80%", 45, 60, 80, "xã"),),
        findings=(("pct.ratio", "45/60 is 75%, not 80%"),),
    ),
    Form(
        # Within a point of X/Y the share is X/Y's own, whatever whole it names: checked.
        "ratio then the share of a larger whole",
        "Tỉnh có 45/60 xã đạt chuẩn nông thôn mới, chiếm 76% tổng số xã toàn tỉnh.",
        (RP("45/60 xã đạt chuẩn nông thôn mới, chiếm 76%", 45, 60, 76, "xã"),),
        findings=(("pct.ratio", "45/60 is 75%, not 76%"),),
    ),
    Form(
        "ratio then the share of a larger whole",
        "Tỉnh có 48/60 xã đạt chuẩn, chiếm 79,5% tổng số xã toàn tỉnh.",
        (RP("48/60 xã đạt chuẩn, chiếm 79,5%", 48, 60, 79.5, "xã"),),
        findings=(("pct.ratio", "48/60 is 80%, not 79,5%"),),
    ),
    Form(
        "ratio then the share of a larger whole",
        "Tỉnh có 45/60 xã đạt chuẩn nông thôn mới, chiếm 75% tổng số xã toàn tỉnh.",
        (RP("45/60 xã đạt chuẩn nông thôn mới, chiếm 75%", 45, 60, 75, "xã"),),
    ),
    # ------------------------------------------------------------ implied ratios
    Form(
        "implied ratio",
        "Quý III, bộ phận một cửa tiếp nhận 8.000 hồ sơ, với 2.000 hồ sơ trực tuyến (đạt tỷ lệ "
        "25%).",
        (P("25%", 25),),
    ),
    Form(
        "implied ratio",
        "Năm qua huyện nhận 5.400 hồ sơ, trong đó 5.022 hồ sơ giải quyết trước hạn, đạt tỷ lệ 93%.",
        (P("93%", 93),),
    ),
    Form(
        "implied ratio",
        "Trung tâm tiếp nhận 9.450 hồ sơ, với 3.120 hồ sơ trực tuyến (đạt tỷ lệ 35,76%).",
        (P("35,76%", 35.76),),
        findings=(("pct.implied-ratio", "3.120 of 9.450 hồ sơ is 33,02%, not 35,76%"),),
    ),
    Form(
        "implied ratio",
        "Đã tiếp nhận 600 hồ sơ, trong đó có 450 hồ sơ qua dịch vụ bưu chính (chiếm 80%).",
        (P("80%", 80),),
        findings=(("pct.implied-ratio", "450 of 600 hồ sơ is 75%, not 80%"),),
    ),
    # a whole named after the percentage by its noun alone, without "số": a share of other things
    Form(
        "implied ratio",
        "Huyện nhận 2.000 hồ sơ, trong đó 1.500 hồ sơ đã giải quyết, đạt 98% hồ sơ đến hạn.",
        (P("98%", 98),),
    ),
    Form(
        "ratio",
        "Xã đã trả kết quả 76/80 hồ sơ đất đai, đạt 100% hồ sơ đến hạn trả.",
        (R("76/80", 76, 80, "hồ sơ"), P("100%", 100)),
    ),
    Form(
        "ratio noun, đạt Z%",
        "Xã đã trả kết quả 76/80 hồ sơ đất đai, đạt 90% hồ sơ đất đai.",
        (RP("76/80 hồ sơ đất đai, đạt 90%", 76, 80, 90, "hồ sơ"),),
        findings=(("pct.ratio", "76/80 is 95%, not 90%"),),
    ),
    # a measure of another kind than the count after the percentage: no share of the count
    Form(
        "ratio",
        "Năm qua phường thực hiện 17/20 nhiệm vụ, đạt 78% khối lượng công việc cả năm.",
        (R("17/20", 17, 20, "nhiệm vụ"), P("78%", 78)),
    ),
    Form(
        "ratio",
        "Công trình hoàn thành 14/16 hạng mục (đạt 60% giá trị hợp đồng).",
        (R("14/16", 14, 16), P("60%", 60)),
    ),
    Form(
        "implied ratio",
        "Xã nhận 1.600 hồ sơ, trong đó 1.200 hồ sơ nộp qua mạng, đạt 55% tiến độ đề án.",
        (P("55%", 55),),
    ),
    # a percentage opening a clause of its own after a bare comma: not the count's share
    Form(
        "implied ratio",
        "Phường nhận 2.400 hồ sơ, trong đó 1.800 hồ sơ nộp qua mạng, 100% được trả đúng hẹn.",
        (P("100%", 100),),
    ),
    Form(
        "implied ratio",
        "Phường nhận 2.400 hồ sơ, trong đó 1.800 hồ sơ nộp qua mạng, 70%.",
        (P("70%", 70),),
        findings=(("pct.implied-ratio", "1.800 of 2.400 hồ sơ is 75%, not 70%"),),
    ),
    # "trong đó," with a comma before the part counted, after "," or ";"
    Form(
        "implied ratio",
        "Phường nhận 4.200 hồ sơ; trong đó, 3.360 hồ sơ nộp qua cổng dịch vụ công, đạt 85%.",
        (P("85%", 85),),
        findings=(("pct.implied-ratio", "3.360 of 4.200 hồ sơ is 80%, not 85%"),),
    ),
    Form(
        "implied ratio",
        "Quý III, xã nhận 1.500 hồ sơ, trong số đó, có 1.200 hồ sơ trực tuyến (chiếm 80%).",
        (P("80%", 80),),
    ),
    Form(
        "implied ratio",
        "Xã tiếp nhận 320 hồ sơ, trong đó 12 hồ sơ quá hạn; tỷ lệ đúng hạn đạt 96,25%.",
        (P("96,25%", 96.25),),
    ),
    Form(
        "implied ratio",
        "Bộ phận một cửa đã trả kết quả 42 trên tổng số 56 hồ sơ tồn đọng, đạt 80%.",
        (P("80%", 80),),
        findings=(("pct.implied-ratio", "42 of 56 hồ sơ is 75%, not 80%"),),
    ),
    Form(
        "implied ratio",
        "Có 27 trong số 30 phường đã vận hành mô hình chính quyền số (chiếm 90%).",
        (P("90%", 90),),
    ),
    Form(
        "implied ratio",
        "Trong tổng số 2.400 hồ sơ đất đai, có 1.836 hồ sơ được giải quyết trước hạn, chiếm 78,5%.",
        (P("78,5%", 78.5),),
        findings=(("pct.implied-ratio", "1.836 of 2.400 hồ sơ is 76,5%, not 78,5%"),),
    ),
    Form(
        "implied ratio",
        "Năm nay huyện nhận 900 hồ sơ, trong đó 630 hồ sơ trực tuyến, đạt 105% kế hoạch năm.",
        (P("105%", 105),),
    ),
    Form(
        "implied ratio",
        "Tỉnh xếp thứ 9 trên 34 tỉnh, thành phố, đạt 88,6% tổng điểm tối đa.",
        (P("88,6%", 88.6),),
    ),
    Form(
        # The share names a whole of its own after it: of the late ones, of the whole country.
        "implied ratio of another whole",
        "Trong tổng số 1.500 hồ sơ, có 360 hồ sơ đất đai, chiếm 40% số hồ sơ trễ hạn.",
        (P("40%", 40),),
    ),
    Form(
        "implied ratio of another whole",
        "Tỉnh tiếp nhận 6.000 hồ sơ, trong đó 4.800 hồ sơ trực tuyến, chiếm 9% tổng số hồ sơ trực "
        "tuyến cả nước.",
        (P("9%", 9),),
    ),
    Form(
        # The whole named is the count's own ("tiếp nhận"): checked.
        "implied ratio of another whole",
        "Tỉnh tiếp nhận 6.000 hồ sơ, trong đó 4.800 hồ sơ trực tuyến, chiếm 70% tổng số hồ sơ tiếp "
        "nhận.",
        (P("70%", 70),),
        findings=(("pct.implied-ratio", "4.800 of 6.000 hồ sơ is 80%, not 70%"),),
    ),
    Form(
        # "gần", "hơn", "khoảng" round the whole: its share cannot be worked out exactly.
        "implied ratio of a rounded count",
        "Tháng 10, các sở tiếp nhận gần 9.300 hồ sơ, trong đó 8.410 hồ sơ tiếp nhận trực tuyến, "
        "đạt tỷ lệ 91%.",
        (P("91%", 91),),
    ),
    Form(
        "implied ratio of a rounded count",
        "Gần 9.300 hồ sơ được tiếp nhận trong tháng, trong đó 8.410 hồ sơ tiếp nhận trực tuyến, "
        "đạt tỷ lệ 91%.",
        (P("91%", 91),),
    ),
    Form(
        "implied ratio of a rounded count",
        "Cấp xã tiếp nhận hơn 14.000 hồ sơ, trong đó 13.020 hồ sơ nộp qua cổng dịch vụ công (chiếm "
        "92%).",
        (P("92%", 92),),
    ),
    Form(
        "implied ratio of a rounded count",
        "Năm qua, huyện trả kết quả khoảng 5.000 hồ sơ, với 4.600 hồ sơ trả qua bưu điện, đạt 93%.",
        (P("93%", 93),),
    ),
    Form(
        "implied ratio of a rounded count",
        "Tháng 10, các phường tiếp nhận 9.300 hồ sơ, trong đó 8.410 hồ sơ tiếp nhận trực tuyến, đạt "
        "tỷ lệ 93%.",
        (P("93%", 93),),
        findings=(("pct.implied-ratio", "8.410 of 9.300 hồ sơ is 90,43%, not 93%"),),
    ),
    Form(
        "timeliness of the applications resolved",
        "Quý II, toàn tỉnh đã tiếp nhận 412.300 hồ sơ, đã giải quyết 401.250 hồ sơ; trong đó, số hồ "
        "sơ giải quyết đúng và trước hạn có 396.420 hồ sơ, chiếm tỷ lệ 96,8%.",
        (P("96,8%", 96.8),),
        findings=(("pct.implied-ratio", "396.420 of 401.250 hồ sơ is 98,8%, not 96,8%"),),
    ),
    Form(
        "timeliness of the applications resolved",
        "Cấp tỉnh đã giải quyết 38.400 hồ sơ, đúng và trước hạn 37.950 hồ sơ, đạt tỷ lệ 98,83%; quá "
        "hạn còn 450 hồ sơ, chiếm tỷ lệ 1,17%.",
        (P("98,83%", 98.83), P("1,17%", 1.17)),
    ),
    Form(
        "timeliness of the applications resolved",
        "Cấp huyện đã giải quyết 120.500 hồ sơ; trong đó, đúng và trước hạn có 118.000 hồ sơ, đạt "
        "tỷ lệ 99,5%.",
        (P("99,5%", 99.5),),
        findings=(("pct.implied-ratio", "118.000 of 120.500 hồ sơ is 97,93%, not 99,5%"),),
    ),
    Form(
        "timeliness of the applications resolved",
        "Sở đã giải quyết 2.000 hồ sơ, trễ hạn 10 hồ sơ (chiếm 5%).",
        (P("5%", 5),),
        findings=(("pct.implied-ratio", "10 of 2.000 hồ sơ is 0,5%, not 5%"),),
    ),
    Form(
        "timeliness of the applications resolved",
        "Sở đã giải quyết được 2.000 hồ sơ; trong đó, hồ sơ đúng hạn là 1.990 hồ sơ, chiếm 99,5%.",
        (P("99,5%", 99.5),),
    ),
    Form(
        # The share is of the applications due, counted after it: never of those received.
        "timeliness of the applications resolved",
        "Tháng 8, bộ phận một cửa tiếp nhận mới 8.210 hồ sơ, hồ sơ trả trước và đúng hạn là 7.950 "
        "hồ sơ (đạt 97,1%), hồ sơ đến hạn giải quyết 8.187 hồ sơ.",
        (P("97,1%", 97.1),),
    ),
    Form(
        "timeliness of the applications resolved",
        "Đã giải quyết 6.000 hồ sơ, quá hạn 30 hồ sơ, tỷ lệ đúng hạn đạt 99,5%.",
        (P("99,5%", 99.5),),
    ),
    Form(
        "timeliness of the applications resolved",
        "Phường đã giải quyết 2.000 hồ sơ, đúng hạn 1.990 hồ sơ, đạt 95% kế hoạch đề ra.",
        (P("95%", 95),),
    ),
    Form(
        "ratio of an abbreviated noun",
        "Trung tâm đã giải quyết: 3.480/4.100 HS (tỷ lệ 88,9%), số còn lại đang trong hạn.",
        (RP("3.480/4.100 HS (tỷ lệ 88,9%)", 3480, 4100, 88.9, "HS"),),
        findings=(("pct.ratio", "3.480/4.100 is 84,88%, not 88,9%"),),
    ),
    Form(
        "ratio of an abbreviated noun",
        "Đã có 410/425 CBCC cấp xã được bồi dưỡng kỹ năng số (đạt 96,5%).",
        (RP("410/425 CBCC cấp xã được bồi dưỡng kỹ năng số (đạt 96,5%)", 410, 425, 96.5, "CBCC"),),
    ),
    Form(
        "ratio of an abbreviated noun",
        "Sau sắp xếp còn 102/168 ĐVHC cấp xã, giảm 39,3%.",
        (R("102/168", 102, 168, "ĐVHC"), P("39,3%", 39.3)),
    ),
    Form(
        "fraction of a whole",
        "Sau sắp xếp, mỗi xã bố trí 2/3 biên chế cho Trung tâm phục vụ hành chính công và dành "
        "1/2 ngân sách chi thường xuyên cho chuyển đổi số; 10/12 biên chế đã được tuyển dụng.",
        (R("2/3", 2, 3, "biên chế"), R("1/2", 1, 2), R("10/12", 10, 12, "biên chế")),
    ),
    Form(
        # A session's tally of what it passed: the laws and resolutions counted, a small one too.
        "ratio of laws passed",
        "Kết thúc kỳ họp, Quốc hội biểu quyết thông qua 15/15 luật và 10/12 nghị quyết; "
        "Chính phủ đã ban hành 4/6 nghị định hướng dẫn.",
        (
            R("15/15", 15, 15, "luật"),
            R("10/12", 10, 12, "nghị quyết"),
            R("4/6", 4, 6, "nghị định"),
        ),
    ),
    Form(
        "ratio of laws passed",
        "Sau thẩm định, Hội đồng thống nhất 7/9 dự thảo và đề nghị chỉnh lý 2/9 dự thảo còn lại; "
        "có 3/5 đề xuất của Sở Tư pháp được chấp thuận.",
        (R("7/9", 7, 9, "dự thảo"), R("2/9", 2, 9, "dự thảo"), R("3/5", 3, 5, "đề xuất")),
    ),
    # ------------------------------------------------------------ ranks
    Form(
        "rank",
        "Chỉ số cải cách hành chính của tỉnh xếp thứ 12/63 tỉnh, thành phố.",
        (Fig("rank", "12/63", num=12, den=63, unit="tỉnh"),),
    ),
    Form(
        # "trở lên" after a place: that place or a better one; the place is what is kept.
        "rank",
        "Tỉnh phấn đấu đến năm 2030 xếp thứ 10/63 trở lên về Chỉ số PAR INDEX.",
        (Fig("rank", "10/63", num=10, den=63),),
    ),
    Form(
        # The place named by its number ("vị trí số"), as by its order ("vị trí thứ").
        "rank",
        "Năm 2024, tỉnh đứng ở vị trí số 4/63 tỉnh, thành phố về Chỉ số SIPAS.",
        (Fig("rank", "4/63", num=4, den=63, unit="tỉnh"),),
    ),
    Form(
        # A place and the score it was ranked by, in parentheses after each name.
        "rank",
        "Xếp sau là Ấn Độ (99/167 – 65,1 điểm) và Lào (115/167 - 61,8 điểm).",
        (Fig("rank", "99/167", num=99, den=167), Fig("rank", "115/167", num=115, den=167)),
    ),
    Form(
        "rank",
        "Về chỉ số đổi mới sáng tạo, Việt Nam xếp 44/132 quốc gia và nền kinh tế.",
        (Fig("rank", "44/132", num=44, den=132, unit="quốc gia"),),
    ),
    Form(
        "rank",
        "Sở Tư pháp đứng thứ 5/34 cơ quan cấp tỉnh về chỉ số hài lòng.",
        (Fig("rank", "5/34", num=5, den=34, unit="cơ quan"),),
    ),
    Form(
        "rank",
        "Chỉ số PAPI đạt 43,1 điểm, xếp hạng 18/63; chỉ số SIPAS đạt 84,5%, xếp vị trí thứ 20/63.",
        (
            Fig("rank", "18/63", num=18, den=63),
            P("84,5%", 84.5),
            Fig("rank", "20/63", num=20, den=63),
        ),
    ),
    Form(
        "rank",
        "Năm 2024, tỉnh lọt Top 10/63 địa phương có chỉ số chuyển đổi số cao nhất.",
        (Fig("rank", "10/63", num=10, den=63, unit="địa phương"),),
    ),
    Form(
        "change of rank",
        "So với năm trước, Chỉ số PAR INDEX của tỉnh tăng 5 bậc, từ vị trí 15/63 lên 10/63.",
        (Fig("rank", "15/63", num=15, den=63), Fig("rank", "10/63", num=10, den=63)),
    ),
    Form(
        "change of rank",
        "Chỉ số SIPAS của tỉnh cải thiện rõ, từ vị trí 27/63 năm 2023 lên 14/63 năm 2024.",
        (Fig("rank", "27/63", num=27, den=63), Fig("rank", "14/63", num=14, den=63)),
    ),
    Form(
        "change of rank",
        "Năm 2024, Chỉ số PAR INDEX của tỉnh tăng 4 bậc lên 19/63 tỉnh, thành phố.",
        (Fig("rank", "19/63", num=19, den=63, unit="tỉnh"),),
    ),
    Form(
        "change of rank",
        "Chỉ số PAPI của tỉnh xếp thứ 21/63, tăng 6 bậc so với năm 2023 (27/63).",
        (Fig("rank", "21/63", num=21, den=63), Fig("rank", "27/63", num=27, den=63)),
    ),
    Form(
        "change of rank",
        "Năm 2025, chỉ số hài lòng của huyện tụt từ hạng 8/63 xuống 12/63 tỉnh, thành phố.",
        (Fig("rank", "8/63", num=8, den=63), Fig("rank", "12/63", num=12, den=63, unit="tỉnh")),
    ),
    Form(
        "change of rank",
        "Sau hợp nhất, tỉnh từ 20/63 vươn lên vị trí thứ 5/34 về chuyển đổi số.",
        (Fig("rank", "20/63", num=20, den=63), Fig("rank", "5/34", num=5, den=34)),
    ),
    Form(
        "change of rank",
        "Năm 2024, tỉnh tiếp tục cải thiện thứ hạng về chỉ số PAPI (từ 41/63 lên 26/63).",
        (Fig("rank", "41/63", num=41, den=63), Fig("rank", "26/63", num=26, den=63)),
    ),
    Form(
        "change of rank",
        "Thứ hạng chỉ số hài lòng của tỉnh giảm mạnh, từ 9/34 xuống 17/34.",
        (Fig("rank", "9/34", num=9, den=34), Fig("rank", "17/34", num=17, den=34)),
    ),
    Form(
        # A rank in an earlier sentence, another figure before it, another ratio out of as many,
        # or a ranking named after it: none makes a bare count a place.
        "change of rank",
        "Tỉnh xếp thứ 12/63 về chỉ số PAPI. Cả nước, 45/63 đã công bố bộ thủ tục.",
        (Fig("rank", "12/63", num=12, den=63), R("45/63", 45, 63)),
    ),
    Form(
        "change of rank",
        "Có 45% hồ sơ nộp trực tuyến và 30/63 đã kết nối với Cổng Dịch vụ công quốc gia.",
        (P("45%", 45), R("30/63", 30, 63)),
    ),
    Form(
        "change of rank",
        "Có 40/63 tỉnh kết nối năm 2023, và 50/63 năm 2024.",
        (R("40/63", 40, 63, "tỉnh"), R("50/63", 50, 63)),
    ),
    Form(
        "change of rank",
        "Số xã đạt chuẩn tăng từ 40/63 lên 50/63, theo bảng xếp hạng của Bộ.",
        (R("40/63", 40, 63), R("50/63", 50, 63)),
    ),
    Form(
        # Without a ranking named, a change of bare counts stays one of ratios.
        "change of rank",
        "Số xã đạt chuẩn dịch vụ công toàn trình tăng từ 40/63 lên 50/63.",
        (R("40/63", 40, 63), R("50/63", 50, 63)),
    ),
    Form(
        "change of rank",
        "Xếp thứ 7/63, số xã đạt chuẩn của tỉnh tăng từ 40/63 xã lên 50/63 xã.",
        (
            Fig("rank", "7/63", num=7, den=63),
            R("40/63", 40, 63, "xã"),
            R("50/63", 50, 63, "xã"),
        ),
    ),
    Form(
        "change of rank",
        "Chỉ số năm 2024 của Sở đạt 78.42 điểm, xếp hạng thứ tự 14/20 cơ quan, tăng 4 bậc so với "
        "năm 2023 là 18/20 cơ quan.",
        (
            Fig("rank", "14/20", num=14, den=20, unit="cơ quan"),
            Fig("rank", "18/20", num=18, den=20, unit="cơ quan"),
        ),
    ),
    Form(
        "change of rank",
        "Huyện xếp thứ 3/9 huyện, thị xã, trong khi 7/9 huyện, thị xã đạt trên 90%.",
        (
            Fig("rank", "3/9", num=3, den=9, unit="huyện"),
            R("7/9", 7, 9, "huyện"),
            P("90%", 90, "more_than"),
        ),
    ),
    # A place within the leading or trailing group: any place of that half of the ranking.
    Form(
        "place within a group at an end of a ranking",
        "Tỉnh tiếp tục nằm trong nhóm dẫn đầu (5/63) về Chỉ số PAR INDEX.",
        (Fig("rank", "5/63", num=5, den=63),),
    ),
    Form(
        "place within a group at an end of a ranking",
        "Tỉnh thuộc tốp cuối (58/63) về chỉ số hài lòng của người dân.",
        (Fig("rank", "58/63", num=58, den=63),),
    ),
    Form(
        "place within a group at an end of a ranking",
        "Sở nằm trong nhóm dẫn đầu về tỷ lệ hồ sơ đúng hạn (98/100).",
        (R("98/100", 98, 100),),
    ),
    Form(
        # Up to the middle place, included: the leading half.
        "place within a group at an end of a ranking",
        "Huyện nằm trong nhóm dẫn đầu (10/20) đơn vị cấp huyện về chỉ số hài lòng.",
        (Fig("rank", "10/20", num=10, den=20),),
    ),
    Form(
        "place within a group at an end of a ranking",
        "Sở thuộc nhóm dẫn đầu (25/63) về chuyển đổi số.",
        (Fig("rank", "25/63", num=25, den=63),),
    ),
    Form(
        "rank named before its place",
        "Thứ hạng Chỉ số CCHC của tỉnh là 21/63.",
        (Fig("rank", "21/63", num=21, den=63),),
    ),
    Form(
        "rank named before its place",
        "Thứ hạng Chỉ số hài lòng năm 2025 của thành phố là 7/34, tăng 3 bậc.",
        (Fig("rank", "7/34", num=7, den=34),),
    ),
    Form(
        # Headings are often set in capitals.
        "rank named before its place",
        "THỨ HẠNG CHỈ SỐ PAPI CỦA TỈNH NĂM 2025 LÀ 11/34",
        (Fig("rank", "11/34", num=11, den=34),),
    ),
    Form(
        # "thứ" numbers a meeting of the year as it names a place: no rank out of 2026.
        "numbered meeting of a year",
        "Hội nghị Ban Chấp hành lần thứ 12/2026 bàn giải pháp cải cách thủ tục hành chính.",
    ),
    Form(
        "numbered meeting of a year",
        "Tại phiên họp thường kỳ thứ 4/2026, UBND tỉnh cho ý kiến 9 nội dung.",
    ),
    Form(
        # "xếp hạng" near, but no "thứ hạng … là" before the place: a ratio.
        "rank named before its place",
        "Về xếp hạng, số xã đạt chuẩn năm nay là 45/60 xã.",
        (R("45/60", 45, 60, "xã"),),
    ),
    Form(
        # A ranking verb makes it a place, and one that cannot be: a typing slip.
        "place past the number ranked",
        "Năm 2025, Chỉ số hài lòng của tỉnh xếp thứ 70/63 tỉnh, thành phố.",
        (Fig("rank", "70/63", num=70, den=63, unit="tỉnh"),),
        findings=(
            (
                "pct.range",
                "place 70/63 is beyond the 63 ranked: 'Chỉ số hài lòng của tỉnh xếp thứ 70/63 "
                "tỉnh'",
            ),
        ),
    ),
    Form(
        "place past the number ranked",
        "Sở đứng thứ 40/34 về chỉ số cải cách hành chính.",
        (Fig("rank", "40/34", num=40, den=34),),
        findings=(
            (
                "pct.range",
                "place 40/34 is beyond the 34 ranked: 'Sở đứng thứ 40/34 về chỉ số cải cách hành "
                "chính'",
            ),
        ),
    ),
    Form(
        "place past the number ranked",
        "Chỉ số chuyển đổi số của tỉnh tăng 3 bậc lên 40/34.",
        (Fig("rank", "40/34", num=40, den=34),),
        findings=(
            (
                "pct.range",
                "place 40/34 is beyond the 34 ranked: 'Chỉ số chuyển đổi số của tỉnh tăng 3 bậc "
                "lên 40/34'",
            ),
        ),
    ),
    Form(
        "place past the number ranked",
        "Thứ hạng Chỉ số PAPI của tỉnh năm 2025 là 70/63.",
        (Fig("rank", "70/63", num=70, den=63),),
        findings=(
            (
                "pct.range",
                "place 70/63 is beyond the 63 ranked: 'Thứ hạng Chỉ số PAPI của tỉnh năm 2025 là "
                "70/63'",
            ),
        ),
    ),
    Form(
        # Steps named before a ratio that they do not lead to: a count, no place.
        "place past the number ranked",
        "Chỉ số của tỉnh tăng 2 bậc và có 45/60 xã đạt chuẩn nông thôn mới.",
        (R("45/60", 45, 60, "xã"),),
    ),
    Form(
        # Half a place is no place: no figure.
        "place past the number ranked",
        "Đơn vị xếp thứ 2,5/20 trong bảng đánh giá của tỉnh.",
    ),
    Form(
        # After "lần thứ" the numbers may be a day and month: neither a place nor a fault.
        "place past the number ranked",
        "Hội nghị lần thứ 15/12 của Ban Chỉ đạo bàn về cải cách thủ tục.",
    ),
    Form(
        "rank named before its place",
        "Đã phê duyệt vị trí việc làm cho 21/63 đơn vị sự nghiệp.",
        (R("21/63", 21, 63, "đơn vị"),),
    ),
    Form(
        "place at an end of a ranking",
        "Sở Xây dựng đứng cuối bảng (20/20), xếp trên là Sở Công Thương (19/20).",
        (Fig("rank", "20/20", num=20, den=20), Fig("rank", "19/20", num=19, den=20)),
    ),
    Form(
        "place at an end of a ranking",
        "Sở Tư pháp tiếp tục dẫn đầu bảng xếp hạng (1/20) với 92,15 điểm; huyện Mường Lát đội sổ "
        "(11/11).",
        (Fig("rank", "1/20", num=1, den=20), Fig("rank", "11/11", num=11, den=11)),
    ),
    Form(
        "place at an end of a ranking",
        "Trong 12 đơn vị, Ban Dân tộc đứng chót bảng (12/12), áp chót là Sở Văn hóa, Thể thao và "
        "Du lịch (11/12).",
        (Fig("rank", "12/12", num=12, den=12), Fig("rank", "11/12", num=11, den=12)),
    ),
    Form(
        # "đầu" and "cuối" name the start and end of a time too: no first place of ten.
        "place at an end of a ranking",
        "Buổi tiếp công dân định kỳ được dời về đầu tháng (1/10) để kịp báo cáo quý.",
    ),
    Form(
        "place at an end of a ranking",
        "Sở Nội vụ xếp thứ hai (2/20), Sở Tư pháp đứng thứ ba toàn tỉnh (3/20); Sở Xây dựng xếp "
        "thứ hai từ dưới lên (19/20).",
        (
            Fig("rank", "2/20", num=2, den=20),
            Fig("rank", "3/20", num=3, den=20),
            Fig("rank", "19/20", num=19, den=20),
        ),
    ),
    Form(
        "place at an end of a ranking",
        "Năm nay, xã Tân Hòa dẫn đầu về tỷ lệ hồ sơ đúng hạn (98/100), đứng áp chót là xã An "
        "Bình (16/17).",
        (R("98/100", 98, 100), Fig("rank", "16/17", num=16, den=17)),
    ),
    Form(
        "document",
        "Luật số 15/2012/QH13 và Nghị quyết số 27/2022/QH15 được dẫn trong báo cáo ngày 5/3.",
        dates=(("5/3", True),),
    ),
    Form(
        "document",
        "Nghị định số 118/2025/NĐ-CP, Chỉ thị 05-CT/TU và Nghị quyết 57-NQ/TW áp dụng từ ngày"
        " 1-7-2025.",
        dates=(("1-7-2025", True),),
    ),
    Form(
        "day after mồng/mùng",
        "Từ mùng 1/7 hồ sơ đăng ký cư trú chỉ nộp qua Cổng Dịch vụ công của Bộ Công an.",
        dates=(("1/7", True),),
    ),
    Form(
        "day after mồng/mùng",
        "Sáng mồng 30/4, các xã tổ chức dâng hương và công bố 100% thủ tục trực tuyến.",
        (P("100%", 100),),
        dates=(("30/4", True),),
    ),
    Form(
        "day after mồng/mùng",
        "Ngày mùng 31/9, bộ phận một cửa của huyện vẫn tiếp nhận hồ sơ.",
        dates=(("31/9", False),),
        findings=(("date.impossible", "date 31/9 does not exist"),),
    ),
    Form(
        "small ratio",
        "Nghị quyết được hơn 2/3 đại biểu Hội đồng nhân dân tỉnh biểu quyết tán thành.",
        (R("2/3", 2, 3, "đại biểu", "more_than"),),
    ),
    Form(
        "small ratio",
        "Tỉnh đã sắp xếp 5/9 huyện thành 3 đơn vị hành chính mới.",
        (R("5/9", 5, 9, "huyện"),),
    ),
    # ------------------------------------------------------------ scores
    Form(
        "score",
        "Chỉ số PAPI năm 2023 của tỉnh là 41,37/80 điểm, đạt tỷ lệ 51,71%.",
        (RP("41,37/80 điểm, đạt tỷ lệ 51,71%", 41.37, 80, 51.71, "điểm"),),
    ),
    Form(
        "score",
        "Chỉ số PAPI của huyện đạt 38,4/80 điểm (chiếm 52%), thuộc nhóm trung bình thấp.",
        (RP("38,4/80 điểm (chiếm 52%)", 38.4, 80, 52, "điểm"),),
        findings=(("pct.ratio", "38,4/80 is 48%, not 52%"),),
    ),
    Form(
        "score",
        "Lĩnh vực cải cách tài chính công được chấm 8,75/10 điểm.",
        (Fig("score", "8,75/10 điểm", num=8.75, den=10, unit="điểm"),),
    ),
    Form(
        "score",
        "Cán bộ một cửa đạt bình quân 18/20 điểm khi kiểm tra nghiệp vụ.",
        (Fig("score", "18/20 điểm", num=18, den=20, unit="điểm"),),
    ),
    Form(
        "score named before its points",
        "Năm 2024, Sở Xây dựng dẫn đầu khối sở, ngành với tổng điểm 92,48/100.",
        (Fig("score", "92,48/100", num=92.48, den=100, unit="điểm"),),
    ),
    Form(
        "score named before its points",
        "Có 21/23 xã đạt số điểm trên 75/100, không đơn vị nào xếp loại yếu.",
        (
            R("21/23", 21, 23, "xã"),
            Fig("score", "75/100", num=75, den=100, qualifier="more_than", unit="điểm"),
        ),
    ),
    Form(
        "score named before its points",
        "Qua khảo sát, điểm trung bình đạt 8,7/10, tăng so với quý trước.",
        (Fig("score", "8,7/10", num=8.7, den=10, unit="điểm"),),
    ),
    Form(
        "score named before its points",
        "Huyện có tổng điểm 61/80 (chiếm 78,5%), đứng đầu toàn tỉnh.",
        (RP("61/80 (chiếm 78,5%)", 61, 80, 78.5, "điểm"),),
        findings=(("pct.ratio", "61/80 is 76,25%, not 78,5%"),),
    ),
    Form(
        "full marks after 'tối đa', no bound",
        "Ở tiêu chí công khai thủ tục, cả 12 xã đều đạt điểm tối đa 10/10.",
        (Fig("score", "10/10", num=10, den=10, unit="điểm"),),
    ),
    Form(
        "full marks after 'tối đa', no bound",
        "Riêng nội dung tuyên truyền, huyện được chấm tối đa 6/6 điểm.",
        (Fig("score", "6/6 điểm", num=6, den=6, unit="điểm"),),
    ),
    Form(
        "points of a video conference, counted",
        "Hội nghị được kết nối trực tuyến tới 102/102 điểm cầu cấp xã (100%).",
        (RP("102/102 điểm cầu cấp xã (100%)", 102, 102, 100, "điểm cầu"),),
    ),
    Form(
        "points of a video conference, counted",
        "Phiên họp trực tuyến có 58/60 điểm cầu tham dự, chiếm 96,7%, số còn lại mất kết nối.",
        (RP("58/60 điểm cầu tham dự, chiếm 96,7%", 58, 60, 96.7, "điểm cầu"),),
    ),
    # ------------------------------------------------------------ bounded levels above 100%
    # Measures a "tỷ lệ" names that pass 100% by nature: no bounded level.
    Form(
        "measure that passes 100%",
        "Tỷ lệ sử dụng giường bệnh tại tuyến tỉnh thường xuyên ở mức 115%.",
        (P("115%", 115),),
    ),
    Form(
        "measure that passes 100%",
        "Số thuê bao điện thoại di động trên địa bàn đạt 130% dân số.",
        (P("130%", 130),),
    ),
    Form(
        "measure that passes 100%",
        "Tỷ lệ nhập học thô cấp tiểu học năm học 2024-2025 đạt 101,2%.",
        (P("101,2%", 101.2),),
    ),
    Form(
        "measure that passes 100%",
        "Tỷ lệ tăng trưởng tín dụng của chi nhánh đạt 118%.",
        (P("118%", 118),),
    ),
    Form(
        # Money against its plan or estimate: a province may disburse or collect more.
        "measure that passes 100%",
        "Đến hết tháng 12, tỷ lệ giải ngân vốn đầu tư công năm 2024 của tỉnh đạt 103,6%; tỷ lệ "
        "thu ngân sách đạt 112%.",
        (P("103,6%", 103.6), P("112%", 112)),
    ),
    Form(
        "bounded level",
        "Tỷ lệ lấp đầy các khu công nghiệp của tỉnh đạt 102%.",
        (P("102%", 102),),
        findings=(
            (
                "pct.range",
                "share 102% exceeds 100%: 'Tỷ lệ lấp đầy các khu công nghiệp của tỉnh đạt 102%'",
            ),
        ),
    ),
    Form(
        # The things counted, named in the sentence before, make no comparison of this one.
        "bounded level",
        "Quý III, Trung tâm tiếp nhận 5.000 hồ sơ. Có 105% số hồ sơ được trả kết quả tại nhà.",
        (P("105%", 105),),
        findings=(
            ("pct.range", "share 105% exceeds 100%: 'Có 105% số hồ sơ được trả kết quả tại nhà'"),
        ),
    ),
    Form(
        "bounded level",
        "Tỷ lệ hồ sơ đúng hạn tăng lên, năm 2024 đạt 104,5%.",
        (P("104,5%", 104.5),),
        findings=(("pct.range", "share 104,5% exceeds 100%: 'năm 2024 đạt 104,5%'"),),
    ),
    Form(
        "bounded level",
        "Mức độ hài lòng của tổ chức, công dân đạt 101,3%.",
        (P("101,3%", 101.3),),
        findings=(("pct.range", "share 101,3% exceeds 100%: 'công dân đạt 101,3%'"),),
    ),
    Form(
        "bounded level",
        "Chỉ số hài lòng (SIPAS) của huyện tăng lên 100,8%.",
        (P("100,8%", 100.8),),
        findings=(
            (
                "pct.range",
                "share 100,8% exceeds 100%: 'Chỉ số hài lòng (SIPAS) của huyện tăng lên 100,8%'",
            ),
        ),
    ),
    Form(
        "bounded level",
        "Hồ sơ nộp trực tuyến chiếm 112% tổng số hồ sơ của sở.",
        (P("112%", 112),),
        findings=(
            (
                "pct.range",
                "share 112% exceeds 100%: 'Hồ sơ nộp trực tuyến chiếm 112% tổng số hồ sơ của sở'",
            ),
        ),
    ),
    Form(
        "bounded level",
        "Tỷ lệ bao phủ bảo hiểm y tế đạt 95,2%.",
        (P("95,2%", 95.2),),
    ),
    Form(
        "bounded level",
        "Tỷ lệ hồ sơ đúng hạn đạt 99,2%, doanh thu dịch vụ bưu chính công ích đạt 120%.",
        (P("99,2%", 99.2), P("120%", 120)),
    ),
    Form(
        "share of things counted above 100%",
        "Sau rà soát, đã có 104% số xã hoàn thành chuyển đổi số hồ sơ hộ tịch.",
        (P("104%", 104),),
        findings=(
            (
                "pct.range",
                "share 104% exceeds 100%: 'đã có 104% số xã hoàn thành chuyển đổi số hồ sơ hộ "
                "tịch'",
            ),
        ),
    ),
    Form(
        "share of things counted above 100%",
        "Đến hết quý III, 115% doanh nghiệp trên địa bàn đã dùng hóa đơn điện tử.",
        (P("115%", 115),),
        findings=(
            (
                "pct.range",
                "share 115% exceeds 100%: '115% doanh nghiệp trên địa bàn đã dùng hóa đơn điện tử'",
            ),
        ),
    ),
    Form(
        "share of things counted above 100%",
        "Trong năm, 103% tổng số hồ sơ đất đai được giải quyết trước hạn.",
        (P("103%", 103),),
        findings=(
            (
                "pct.range",
                "share 103% exceeds 100%: '103% tổng số hồ sơ đất đai được giải quyết trước hạn'",
            ),
        ),
    ),
    Form(
        "share of things counted above 100%",
        "Sở đã công khai 108% TTHC thuộc thẩm quyền trên Cổng dịch vụ công.",
        (P("108%", 108),),
        findings=(
            (
                "pct.range",
                "share 108% exceeds 100%: 'Sở đã công khai 108% TTHC thuộc thẩm quyền trên Cổng "
                "dịch vụ công'",
            ),
        ),
    ),
    Form(
        "share of things counted at most 100%, or compared",
        "Hiện 100% số xã, phường đã kết nối mạng truyền số liệu chuyên dùng.",
        (P("100%", 100),),
    ),
    Form(
        "share of things counted at most 100%, or compared",
        "Số doanh nghiệp thành lập mới bằng 126% số doanh nghiệp cùng kỳ năm trước.",
        (P("126%", 126),),
    ),
    Form(
        "share of things counted at most 100%, or compared",
        "Số hồ sơ nộp qua dịch vụ bưu chính năm 2025 đạt 143% số hồ sơ năm 2024.",
        (P("143%", 143),),
    ),
    Form(
        "share of things counted at most 100%, or compared",
        "Số thủ tục được cắt giảm, đơn giản hóa đạt 118% số thủ tục đã đăng ký với Bộ.",
        (P("118%", 118),),
    ),
    Form(
        "count over all above 100%",
        "Sau đợt rà soát, đã có 45/30 hồ sơ tồn đọng được trả kết quả cho người dân.",
        (R("45/30", 45, 30, unit="hồ sơ"),),
        findings=(
            (
                "pct.range",
                "share 45/30 hồ sơ (150%) exceeds 100%: 'đã có 45/30 hồ sơ tồn đọng được trả kết "
                "quả cho người dân'",
            ),
        ),
    ),
    Form(
        "count over all above 100%",
        "Toàn huyện có 14/12 xã (116,7%) đạt chuẩn nông thôn mới nâng cao.",
        (RP("14/12 xã (116,7%)", 14, 12, 116.7, unit="xã"),),
        findings=(
            (
                "pct.range",
                "share 14/12 xã (116,7%) exceeds 100%: 'Toàn huyện có 14/12 xã (116,7%) đạt "
                "chuẩn nông thôn mới nâng cao'",
            ),
        ),
    ),
    Form(
        "count over all at most 100%, or work, or a day",
        "Năm nay sở hoàn thành 130/120 chỉ tiêu được giao, vượt kế hoạch.",
        (R("130/120", 130, 120, unit="chỉ tiêu"),),
    ),
    Form(
        "count over all at most 100%, or work, or a day",
        "Trước 31/12 hồ sơ đất đai của các xã phải được số hóa xong.",
        dates=(("31/12", True),),
    ),
    Form(
        "work done or a target above 100%, no share",
        "Chi cục Thuế khu vực đã hoàn thành 109% nhiệm vụ thu nội địa được giao.",
        (P("109%", 109),),
    ),
    Form(
        "work done or a target above 100%, no share",
        "Năm qua, Trung tâm đạt 126% lượt giao dịch đề ra cho cả năm.",
        (P("126%", 126),),
    ),
    # ------------------------------------------------------------ comparisons above 100%: silent
    Form(
        "comparison",
        "Thu ngân sách quý I bằng 205,6% cùng kỳ năm trước.",
        (P("205,6%", 205.6),),
    ),
    Form(
        "comparison",
        "Tổng thu nội địa đạt 111,6% dự toán, tỷ lệ giải ngân bằng 120% năm trước.",
        (P("111,6%", 111.6), P("120%", 120)),
    ),
    Form(
        "comparison",
        "Tỷ lệ hồ sơ trực tuyến tăng 150% so với năm 2022.",
        (P("150%", 150),),
    ),
    Form(
        "comparison",
        "Tỷ lệ giải ngân vốn đạt 118%, vượt kế hoạch của tỉnh.",
        (P("118%", 118),),
    ),
    Form(
        # A bounded measure reached above its plan: the comparison after the comma says so.
        "comparison",
        "Tỷ lệ trẻ được tiêm chủng đầy đủ đạt 101,8%, vượt kế hoạch năm.",
        (P("101,8%", 101.8),),
    ),
    Form(
        "comparison",
        "Tỷ lệ xã hoàn thành số hóa hồ sơ đạt 112%, vượt chỉ tiêu được giao.",
        (P("112%", 112),),
    ),
    Form(
        "comparison",
        "Số giao dịch không dùng tiền mặt gấp 2 lần, đạt 240% chỉ tiêu.",
        (P("240%", 240),),
    ),
    # ------------------------------------------------------------ never figures
    Form(
        "month/year",
        "Từ tháng 10/2023 đến tháng 3/2024, tỉnh tổ chức 12 đợt tập huấn.",
        dates=(("10/2023", True), ("3/2024", True)),
    ),
    Form(
        "month/year",
        "Tháng 8/2024, sở đưa vào vận hành kho dữ liệu số.",
        dates=(("8/2024", True),),
    ),
    Form(
        "month/year",
        "Dự kiến trong tháng 10/2025, huyện hoàn thành việc số hóa sổ hộ tịch.",
        dates=(("10/2025", True),),
    ),
    Form(
        # As Nhân Dân prints it (a dash) and Thanh Niên (a dot); a 13th month is none.
        "month/year",
        "Từ tháng 10-2023 đến hết tháng 3.2024, tỉnh số hóa 45% hồ sơ; báo cáo tháng 13-2023 "
        "ghi nhầm số liệu.",
        (P("45%", 45),),
        dates=(("10-2023", True), ("3.2024", True), ("13-2023", False)),
        findings=(("date.impossible", "month 13-2023 does not exist"),),
    ),
    Form(
        "quarter/year",
        "Trong quý 2/2021, sở tiếp nhận nhiều hồ sơ hơn quý trước; quý I/2024 cũng vậy.",
    ),
    Form(
        "quarter/year",
        "Kế hoạch đặt ra cho quý 4/2025 là hoàn thành cơ sở dữ liệu đất đai.",
    ),
    Form(
        "numbered in its year",
        "Theo Bản tin số 18/2025 của Văn phòng UBND tỉnh, đã có 6 xã đăng ký mô hình mới.",
    ),
    Form(
        "numbered in its year",
        "Trong tuần 47/2025, Trung tâm tiếp nhận 812 hồ sơ, giải quyết đúng hạn 98,6%.",
        (P("98,6%", 98.6),),
    ),
    Form(
        "numbered in its year",
        "Tạp chí Quản lý nhà nước số 345/2025 đăng bài của Sở Nội vụ về chỉ số SIPAS.",
    ),
    Form(
        "year span",
        "Đề án giai đoạn 2021-2025, tầm nhìn 2030, kế thừa chương trình 2016 - 2020.",
    ),
    Form(
        "document number",
        "Thực hiện Nghị định số 61/2018/NĐ-CP và Quyết định 468/QĐ-TTg, UBND tỉnh ban hành "
        "Kế hoạch số 12/KH-UBND.",
    ),
    Form(
        "document number",
        "Thành ủy quán triệt Nghị quyết số 09-NQ/TU và Thông tư 01/2023/TT-VPCP.",
    ),
    Form(
        "document number",
        "Văn bản số 2145/UBND-KSTT ngày 12/3/2024 yêu cầu rà soát 10/10 thủ tục.",
        (R("10/10", 10, 10, "thủ tục"),),
        (("12/3/2024", True),),
    ),
    Form(
        "address",
        "Trung tâm đặt tại số 150/2 đường Trần Phú, gần ngõ 12/34 phố Lý Thường Kiệt.",
    ),
    Form(
        "phone",
        "Mọi phản ánh xin gọi số 0258.3822.456 hoặc đường dây nóng 1900.1234.",
    ),
    Form(
        "time",
        "Phiên đối thoại bắt đầu lúc 14:30 và kết thúc lúc 16h45.",
    ),
    Form(
        "year span",
        "Chương trình tổng thể cải cách hành chính nhà nước 2021–2030 chia làm hai giai đoạn.",
    ),
    Form(
        "year span",
        "Nhiệm kỳ 2025-2030, đảng bộ đặt mục tiêu 80% thủ tục được giải quyết trực tuyến.",
        (P("80%", 80),),
    ),
    Form(
        "address",
        "Bộ phận tiếp dân chuyển về nhà số 25/7 khu phố 3, phường Tân Hòa.",
    ),
    Form(
        "address",
        "Điểm tiếp nhận thứ hai ở hẻm 45/12 đường Nguyễn Trãi.",
    ),
    Form(
        "phone",
        "Người dân có thể liên hệ (0236) 3822 123 trong giờ hành chính.",
    ),
    Form(
        "phone",
        "Tổng đài hỗ trợ 1800.6789 hoạt động cả ngày, số cố định 0274/3822111.",
    ),
    Form(
        "time",
        "Bộ phận một cửa mở cửa từ 7h30 đến 17h00, kể cả sáng thứ Bảy.",
    ),
    Form(
        "time",
        "Cuộc họp trực tuyến diễn ra lúc 8:00 với 63 điểm cầu.",
    ),
    # ------------------------------------------------------------ a decrease of more than all of it
    Form(
        "decrease over 100%",
        "Nhờ liên thông điện tử, thời gian cấp giấy phép xây dựng giảm 150% so với trước.",
        (P("150%", 150),),
        findings=(
            (
                "pct.range",
                "decrease 150% exceeds 100%: "
                "'thời gian cấp giấy phép xây dựng giảm 150% so với trước'",
            ),
        ),
    ),
    Form(  # "thêm" (further) and "được" (managed to) between the verb and its figure
        "decrease over 100%",
        "Sau khi liên thông, thời gian chờ kết quả giảm thêm 120% so với năm trước.",
        (P("120%", 120),),
        findings=(
            (
                "pct.range",
                "decrease 120% exceeds 100%: "
                "'thời gian chờ kết quả giảm thêm 120% so với năm trước'",
            ),
        ),
    ),
    Form(
        "decrease over 100%",
        "Nhờ bưu chính công ích, chi phí đi lại của người dân giảm được 130%.",
        (P("130%", 130),),
        findings=(
            (
                "pct.range",
                "decrease 130% exceeds 100%: 'chi phí đi lại của người dân giảm được 130%'",
            ),
        ),
    ),
    Form(
        "decrease over 100%",
        "Chi phí tuân thủ giảm 45%; tỷ lệ trễ hạn giảm còn 1,2%, giảm từ 3% xuống 1,2% trong năm.",
        (P("45%", 45), P("1,2%", 1.2), P("3%", 3), P("1,2%", 1.2)),
    ),
    # ------------------------------------------------------------ the percentage first, then its ratio
    Form(
        "percentage, then its ratio",
        "Đến nay 100% (18/18) sở, ngành đã kết nối hệ thống văn bản với trục liên thông quốc gia.",
        (RP("100% (18/18)", 18, 18, 100, "sở"),),
    ),
    Form(
        "percentage, then its ratio",
        "Tỷ lệ hồ sơ giải quyết đúng hạn đạt 97,6% (8.540/8.750 hồ sơ).",
        (RP("97,6% (8.540/8.750 hồ sơ)", 8540, 8750, 97.6, "hồ sơ"),),
    ),
    Form(
        "percentage, then its ratio",
        "Tỷ lệ hồ sơ đúng hạn đạt khoảng 97,6% (8.540/8.750 hồ sơ).",
        (RP("97,6% (8.540/8.750 hồ sơ)", 8540, 8750, 97.6, "hồ sơ", q="about"),),
    ),
    Form(
        "percentage, then its ratio",
        "Tỷ lệ hồ sơ đúng hạn đạt 97.6% (8.540/8.750 hồ sơ).",
        (RP("97.6% (8.540/8.750 hồ sơ)", 8540, 8750, 97.6, "hồ sơ"),),
        findings=(("pct.format", "ambiguous decimal point in 97.6% (Vietnamese writes 97,6%)"),),
    ),
    Form(
        "percentage, then its ratio",
        "Có 75% số huyện (6/8 huyện) đã bố trí đủ công chức làm việc tại bộ phận một cửa.",
        (RP("75% số huyện (6/8 huyện)", 6, 8, 75, "huyện"),),
    ),
    Form(
        "percentage, then its ratio",
        "Tỷ lệ xã đạt chuẩn tiếp cận pháp luật năm nay là 90% (27/32 xã).",
        (RP("90% (27/32 xã)", 27, 32, 90, "xã"),),
        findings=(("pct.ratio", "27/32 is 84,38%, not 90%"),),
    ),
    Form(
        "percentage, then its ratio",
        "Tỷ lệ hồ sơ trực tuyến tăng 12% (850/1.000 hồ sơ) so với cùng kỳ năm trước.",
        (P("12%", 12), R("850/1.000", 850, 1000, "hồ sơ")),
    ),
    Form(
        "percentage, then its ratio",
        "Tỷ lệ hồ sơ nộp trực tuyến đạt 68% (số liệu đến 30/9), tăng so với quý trước.",
        (P("68%", 68),),
        dates=(("30/9", True),),
    ),
    Form(
        "day before a count",
        "Huyện phấn đấu đến 31/12 tổng số hồ sơ được số hóa đạt 15.000.",
        (),
        dates=(("31/12", True),),
    ),
    # ------------------------------------------------------------ a ratio, then "tỷ lệ"/"tương đương"
    Form(
        "ratio, then its percentage",
        "Toàn tỉnh đã số hóa 5.120/6.400 hồ sơ, tỷ lệ 80%.",
        (RP("5.120/6.400 hồ sơ, tỷ lệ 80%", 5120, 6400, 80, "hồ sơ"),),
    ),
    Form(
        "ratio, then its percentage",
        "Năm 2024, tỉnh cắt giảm 96/320 thủ tục hành chính, tương đương 30% số thủ tục.",
        (RP("96/320 thủ tục hành chính, tương đương 30%", 96, 320, 30, "thủ tục hành chính"),),
    ),
    Form(
        "ratio, then its percentage",
        "Đã có 42/56 xã, phường, tương đương 80%, hoàn thành chỉ tiêu chuyển đổi số.",
        (RP("42/56 xã, phường, tương đương 80%", 42, 56, 80, "xã"),),
        findings=(("pct.ratio", "42/56 is 75%, not 80%"),),
    ),
    Form(
        "ratio, then its percentage",
        "Có 3.456/4.000 hồ sơ được giải quyết, tỷ lệ trễ hạn chỉ 2%.",
        (R("3.456/4.000", 3456, 4000, "hồ sơ"), P("2%", 2)),
    ),
    # ------------------------------------------------------------ dates
    Form(
        "date",
        "Nghị định số 73/1999/NĐ-CP ngày 19/8/19999 được dẫn sai năm.",
        dates=(("19/8/19999", False),),
        findings=(
            ("date.impossible", "date 19/8/19999 does not exist (year 19999 is impossible)"),
        ),
    ),
    Form(
        # A digit of the year dropped: after a word that only introduces dates, still a date, one
        # that cannot be.
        "date",
        "Chỉ thị được ký ngày 14/6/202 và có hiệu lực ngay.",
        dates=(("14/6/202", False),),
        findings=(("date.impossible", "date 14/6/202 does not exist (year 202 is impossible)"),),
    ),
    Form(
        "date",
        "Chiều 9/10/202, Ban Chỉ đạo họp phiên thứ ba.",
        dates=(("9/10/202", False),),
        findings=(("date.impossible", "date 9/10/202 does not exist (year 202 is impossible)"),),
    ),
    Form(
        # Elsewhere three digits after a day and month may number something else: no date.
        "date",
        "Kho lưu trữ giữ 12/9/300 hồ sơ đã số hóa theo mã cũ.",
    ),
    Form(
        # Zeros for a year, however many: a date still, one that cannot be.
        "date",
        "Phiếu hẹn in ngày trả kết quả là ngày 5/3/00.",
        dates=(("5/3/00", False),),
        findings=(("date.impossible", "date 5/3/00 does not exist (year 0 is impossible)"),),
    ),
    Form(
        "date",
        "Biên bản ghi ngày 5/3/0000, một lỗi đánh máy.",
        dates=(("5/3/0000", False),),
        findings=(("date.impossible", "date 5/3/0000 does not exist (year 0 is impossible)"),),
    ),
    Form(
        "date",
        "Chiều 5/9, đoàn công tác làm việc với huyện; từ ngày 1 đến 21/7 đã tiếp nhận hồ sơ.",
        dates=(("5/9", True), ("1 đến 21/7", True), ("21/7", True)),
    ),
    Form(
        "date",
        "Từ 1/7, người dân nộp hồ sơ qua cổng mới; đến 31/9 mới xong.",
        dates=(("1/7", True), ("31/9", False)),
        findings=(("date.impossible", "date 31/9 does not exist"),),
    ),
    # ------------------------------------------------------------ dates with a hyphen, dots, words
    # Many papers print a day as "1-7" or "1-7-2025", others as "12.4" or "12.4.2022"; official
    # texts spell it "ngày 09 tháng 10 năm 2025".
    Form(
        "date, hyphen",
        "Từ ngày 1-7-2025, mọi xã vận hành trung tâm phục vụ hành chính công theo mô hình mới.",
        dates=(("1-7-2025", True),),
    ),
    Form(
        "date, hyphen",
        "Theo kế hoạch, chậm nhất ngày 31-6-2024 các huyện phải số hóa xong sổ hộ tịch.",
        dates=(("31-6-2024", False),),
        findings=(("date.impossible", "date 31-6-2024 does not exist"),),
    ),
    Form(
        "date, hyphen",
        "Chiều 2-12, tổ công tác kiểm tra bộ phận một cửa của 3 huyện.",
        dates=(("2-12", True),),
    ),
    Form(
        "date, dots",
        "Sáng 12.4, Sở Nội vụ công bố Chỉ số cải cách hành chính năm 2023 của các sở, ngành.",
        dates=(("12.4", True),),
    ),
    Form(
        "date, dots",
        "Hội nghị sơ kết ngày 30.2.2024 được ghi nhầm trong báo cáo của huyện.",
        dates=(("30.2.2024", False),),
        findings=(("date.impossible", "date 30.2.2024 does not exist"),),
    ),
    # A day of the lunar calendar: no date of the solar one, so never impossible nor on a
    # weekday it does not fall on.
    Form(
        "day of the lunar calendar",
        "Lễ hội của làng diễn ra vào ngày 30/2 âm lịch hằng năm.",
    ),
    Form(
        "day of the lunar calendar",
        "Sáng thứ Hai (10/3 âm lịch), người dân dâng hương tưởng niệm.",
    ),
    Form(
        "date, spelled",
        "Quy chế ký ngày 09 tháng 10 năm 2025, áp dụng từ ngày 15 tháng 10 cho 126 xã, phường.",
        dates=(("09 tháng 10 năm 2025", True), ("15 tháng 10", True)),
    ),
    Form(
        "date, spelled",
        "Công văn đề ngày 31 tháng 4 năm 2025 được gửi tới các đơn vị.",
        dates=(("31 tháng 4 năm 2025", False),),
        findings=(("date.impossible", "date 31 tháng 4 năm 2025 does not exist"),),
    ),
    # Not dates: a range of days or ages, a count per day, two days of one month, thousands.
    Form(
        "no date",
        "Thời gian cấp phép rút ngắn từ 3-5 ngày; người từ 18-60 tuổi được hỗ trợ học phí.",
    ),
    Form(
        "two days of one month",
        "Trong hai ngày 15-16/5, đoàn kiểm tra họp mỗi ngày 2-3 lần với 1.234 hộ dân.",
        dates=(("15-16/5", True), ("15-16/5", True)),
    ),
    Form(
        "two days of one month",
        "Các ngày 24 và 25/10/2025, Sở Nội vụ mở lớp bồi dưỡng cho 160 công chức một cửa cấp xã.",
        dates=(("24 và 25/10/2025", True), ("24 và 25/10/2025", True)),
    ),
    Form(
        "two days of one month",
        "Trong 2 ngày 30 – 31/9, đoàn giám sát của HĐND tỉnh làm việc tại 6 xã biên giới.",
        dates=(("30 – 31/9", True), ("30 – 31/9", False)),
        findings=(("date.impossible", "date 31/9 in 30 – 31/9 does not exist"),),
    ),
    Form(
        "no date",
        "Mỗi ngày 2-3/5 hồ sơ được trả trước hạn nhờ phần mềm một cửa điện tử.",
        figures=(Fig("ratio", "3/5", 60.0, num=3, den=5, unit="hồ sơ"),),
    ),
    Form(
        "weekday with the day",
        "Sáng thứ Năm (1/2), Ban Chỉ đạo CCHC tỉnh họp phiên thường kỳ quý I.",
        dates=(("1/2", True),),
    ),
    Form(
        "weekday with the day",
        "Chiều 1/2 (thứ Sáu), Trung tâm Phục vụ hành chính công tiếp nhận 412 hồ sơ.",
        dates=(("1/2", True),),
        findings=(("date.weekday", "text says thứ Sáu 1/2 but 01/02/2024 is a thứ Năm"),),
    ),
    Form(
        "weekday with the day",
        "Thứ Ba, ngày 30/01/2024, UBND huyện ban hành kế hoạch rà soát 58 TTHC.",
        dates=(("30/01/2024", True),),
    ),
    Form(
        "weekday with the day",
        "Thứ 5 ngày 12/1/2024, Sở Nội vụ kiểm tra 6 bộ phận một cửa cấp huyện.",
        dates=(("12/1/2024", True),),
        findings=(("date.weekday", "text says Thứ 5 12/1/2024 but 12/01/2024 is a thứ Sáu"),),
    ),
    Form(
        "weekday with the day",
        "Lịch tiếp công dân: thứ sáu ngày 11/1/2024, tại trụ sở UBND huyện.",
        dates=(("11/1/2024", True),),
        findings=(("date.weekday", "text says thứ sáu 11/1/2024 but 11/01/2024 is a thứ Năm"),),
    ),
    Form(
        "weekday with the day",
        "Thứ Hai - 16/1/2024: tỉnh công bố 24 thủ tục hành chính mới.",
        dates=(("16/1/2024", True),),
        findings=(("date.weekday", "text says Thứ Hai 16/1/2024 but 16/01/2024 is a thứ Ba"),),
    ),
    Form(
        # A news page's dateline: the time after a dash is no range's other end.
        "weekday with the day",
        "Thứ Tư, 17/01/2024 - 15:42 Huyện đưa 12 dịch vụ công lên cổng tỉnh trong tháng đầu năm.",
        dates=(("17/01/2024", True),),
    ),
    Form(
        "weekday with the day",
        "Thứ bảy, 19/01/2024 – 07:05 Sở Tư pháp số hóa 3.200 sổ hộ tịch của hai huyện.",
        dates=(("19/01/2024", True),),
        findings=(("date.weekday", "text says Thứ bảy 19/01/2024 but 19/01/2024 is a thứ Sáu"),),
    ),
    Form(
        # A portal dates its page with the weekday's digit before a whole date, no time after.
        "weekday with the day",
        "Thứ 4, Ngày 17/01/2024 - Huyện công khai 96 thủ tục tại bộ phận một cửa.",
        dates=(("17/01/2024", True),),
    ),
    Form(
        "weekday with the day",
        "Thứ 3, 17/01/2024 Sở Nội vụ kiểm tra công vụ tại 4 xã vùng cao.",
        dates=(("17/01/2024", True),),
        findings=(("date.weekday", "text says Thứ 3 17/01/2024 but 17/01/2024 is a thứ Tư"),),
    ),
    Form(
        # A portal's dateline prints the year right after the month, no "năm": the weekday is
        # that year's, not the year nearest the issue date's (25/1/2024 was a Thursday).
        "weekday with the day",
        "Thứ ba, 25 Tháng 1 2022 16:22 Sở Nội vụ công bố 42 thủ tục được chuẩn hóa.",
        dates=(("25 Tháng 1 2022", True),),
    ),
    Form(
        "weekday with the day",
        "Thứ Sáu, 25 tháng 1 2022, huyện tổ chức đối thoại với 120 hộ kinh doanh.",
        dates=(("25 tháng 1 2022", True),),
        findings=(
            ("date.weekday", "text says Thứ Sáu 25 tháng 1 2022 but 25/01/2022 is a thứ Ba"),
        ),
    ),
    Form(
        # The long date of Vietnamese locales prints the year after a comma: it is the day's year
        # (11/2/2024, the year nearest the issue date, was a Sunday).
        "weekday with the day",
        "Thứ Bảy, 11 tháng 2, 2023 - 09:40 Phường giải quyết 310 hồ sơ đất đai đúng hạn.",
        dates=(("11 tháng 2, 2023", True),),
    ),
    Form(
        "weekday with the day",
        "Cập nhật Thứ Tư, 09 Tháng 2, 2023, xã tiếp nhận 54 hồ sơ qua mạng.",
        dates=(("09 Tháng 2, 2023", True),),
        findings=(
            ("date.weekday", "text says Thứ Tư 09 Tháng 2, 2023 but 09/02/2023 is a thứ Năm"),
        ),
    ),
    Form(
        # A count after the comma is no year: the day is read without one.
        "weekday with the day",
        "Đến ngày 15 tháng 3, 2020 hộ dân đã nhận đủ 100% tiền hỗ trợ.",
        (P("100%", 100),),
        dates=(("15 tháng 3", True),),
    ),
    Form(
        # The sentence names the year of days printed without theirs: their weekdays are that
        # year's (31/8/2024 was a Saturday, 31/8/2023, the year nearest the issue, a Thursday).
        "weekday with the day",
        "Dịp Quốc khánh năm 2024, cán bộ được nghỉ từ thứ Bảy ngày 31/8 đến hết thứ Ba ngày 3/9.",
        dates=(("31/8", True), ("3/9", True)),
    ),
    Form(
        "weekday with the day",
        "Dịp Quốc khánh năm 2024, cán bộ được nghỉ từ thứ Sáu ngày 31/8 đến hết thứ Ba ngày 3/9.",
        dates=(("31/8", True), ("3/9", True)),
        findings=(("date.weekday", "text says thứ Sáu 31/8 but 31/08/2023 is a thứ Năm"),),
    ),
    Form(
        # A year named in another sentence is not the day's near the issue (session 46: far
        # from it, the paragraph's year may be; tests/validators/test_weekday_years.py).
        "weekday with the day",
        "Kế hoạch năm 2023 đã xong. Sáng thứ Sáu (20/1), Sở Nội vụ họp với 12 xã.",
        dates=(("20/1", True),),
        findings=(("date.weekday", "text says thứ Sáu 20/1 but 20/01/2024 is a thứ Bảy"),),
    ),
    Form(
        # No space after a comma: the dateline's day is still read, and its weekday checked.
        "weekday with the day",
        "Thứ năm,04/12/2024 10:25 Huyện trả kết quả đúng hạn cho 98% hồ sơ.",
        (P("98%", 98),),
        dates=(("04/12/2024", True),),
        findings=(("date.weekday", "text says Thứ năm 04/12/2024 but 04/12/2024 is a thứ Tư"),),
    ),
    Form(
        # The day it truly is named as running text names a Sunday: "Chủ nhật", capitalised.
        "weekday with the day",
        "Sáng thứ Hai (4/2), tổ công tác trả kết quả cho 12 hộ dân tại nhà.",
        dates=(("4/2", True),),
        findings=(("date.weekday", "text says thứ Hai 4/2 but 04/02/2024 is a Chủ nhật"),),
    ),
    Form(
        "weekday with the day",
        "Tối Chủ nhật (4/2), tổ công tác trả kết quả cho 35 hộ dân tại nhà.",
        dates=(("4/2", True),),
    ),
    Form(
        "weekday with the day",
        "Thứ năm, 25/01/2024 09:15 (GMT+7)",
        dates=(("25/01/2024", True),),
    ),
    Form(
        # The week said by one word after the weekday: "tới", "này", "vừa qua".
        "weekday with the day",
        "Sáng thứ Ba tới (6/2), Sở Nội vụ tập huấn phần mềm một cửa cho 45 công chức cấp xã.",
        dates=(("6/2", True),),
    ),
    Form(
        "weekday with the day",
        "Thứ Hai vừa qua (30/1), tổ công tác trả kết quả tận nhà cho 12 hộ dân.",
        dates=(("30/1", True),),
        findings=(("date.weekday", "text says Thứ Hai 30/1 but 30/01/2024 is a thứ Ba"),),
    ),
    Form(
        # A dateline that prints the time first: the lower-case weekday is the day's.
        "weekday with the day",
        "Cập nhật lúc 16:40 Thứ sáu, 26/01/2024",
        dates=(("26/01/2024", True),),
    ),
    Form(
        "weekday with the day",
        "09:30 thứ năm, 23/01/2024",
        dates=(("23/01/2024", True),),
        findings=(("date.weekday", "text says thứ năm 23/01/2024 but 23/01/2024 is a thứ Ba"),),
    ),
    Form(
        "weekday with the day",
        "Đăng lúc 08h05 thứ hai, 23/01/2024 | Lượt xem: 312",
        dates=(("23/01/2024", True),),
        findings=(("date.weekday", "text says thứ hai 23/01/2024 but 23/01/2024 is a thứ Ba"),),
    ),
    Form(
        "weekday with the day",
        "Thứ hai, 25/01/2024 09:15 (GMT+7)",
        dates=(("25/01/2024", True),),
        findings=(("date.weekday", "text says Thứ hai 25/01/2024 but 25/01/2024 is a thứ Năm"),),
    ),
    Form(
        # A session's second working day, as parliament reporting counts them: its date is
        # read, without a weekday (session 46).
        "ordinal, not a weekday",
        "Ngày làm việc thứ Hai (12/3), Quốc hội thảo luận 3 dự án luật về tổ chức bộ máy.",
        dates=(("12/3", True),),
    ),
    Form(
        "ordinal, not a weekday",
        "Cuộc thi thứ Hai (12/3) về cải cách hành chính thu hút 1.200 công chức dự thi.",
    ),
    Form(
        "ordinal, not a weekday",
        "Kỳ họp thứ 5 ngày 11/12/2023 của HĐND tỉnh thông qua 9 nghị quyết.",
        dates=(("11/12/2023", True),),
    ),
    Form(
        # The noun the ordinal numbers may stand a few words before it: 14/3/2024 was a Thursday.
        "ordinal, not a weekday",
        "Đợt giám sát chuyên đề thứ hai ngày 14/3/2024 tập trung vào bộ phận một cửa cấp xã.",
        dates=(("14/3/2024", True),),
    ),
    Form(
        "ordinal, not a weekday",
        "Buổi đối thoại với doanh nghiệp thứ ba ngày 14/3/2024 thu hút 120 đại biểu.",
        dates=(("14/3/2024", True),),
    ),
    Form(
        # A noun that names a year or a count is no turn: the weekday is one, and it is wrong.
        "weekday with the day",
        "Hạn gửi hồ sơ dự thi năm 2024 là thứ sáu ngày 14/3/2024 theo thể lệ cuộc thi.",
        dates=(("14/3/2024", True),),
        findings=(("date.weekday", "text says thứ sáu 14/3/2024 but 14/03/2024 is a thứ Năm"),),
    ),
    Form(
        "ordinal, not a weekday",
        "Kỳ họp thứ Hai (ngày 5/12) của HĐND tỉnh thông qua 20 nghị quyết.",
        dates=(("5/12", True),),
    ),
    Form(
        "ordinal, not a weekday",
        "Thứ hai, ngày 15/3/2024, Bộ Nội vụ ban hành hướng dẫn chấm điểm Chỉ số CCHC.",
        dates=(("15/3/2024", True),),
    ),
    Form(
        "ordinal, not a weekday",
        "Tại phiên họp lần thứ hai, ngày 6/2, tổ công tác rà soát 24 thủ tục hành chính.",
        dates=(("6/2", True),),
    ),
    Form(
        "weekdays of a range",
        "Từ thứ Hai đến thứ Sáu (29/1 – 2/2/2024), Bộ phận một cửa làm việc cả buổi trưa.",
        dates=(("29/1", True), ("2/2/2024", True)),
    ),
    Form(
        "weekdays of a range",
        "Thứ Hai, 5/2 đến ngày 9/2, tổ giám sát làm việc với 14 đơn vị cấp xã.",
        dates=(("5/2", True), ("9/2", True)),
    ),
    Form(
        "two days of one month",
        "Các ngày 3, 4, 5 và 6/12 đoàn khảo sát của Bộ Nội vụ làm việc tại 4 xã biên giới.",
        dates=(("3, 4, 5 và 6/12", True),) * 2 + (("5 và 6/12", True),) * 2,
    ),
    Form(
        "two days of one month",
        "Đến ngày 27, 6.084/7.669 xã đã kết nối phần mềm một cửa với cơ sở dữ liệu dân cư.",
        figures=(R("6.084/7.669", 6084, 7669, "xã"),),
    ),
    Form(
        # The year printed once, at the range's end, is its start's too (the issue is of
        # 1/2/2024: the day nearest it, 4/8/2023, was a Friday).
        "range of days, the year at its end",
        "Từ thứ Hai (4/8) đến thứ Sáu (8/8/2025), đoàn giám sát làm việc với 9 xã, phường.",
        dates=(("4/8", True), ("8/8/2025", True)),
    ),
    Form(
        "range of days, the year at its end",
        "Từ thứ Hai (29/12) đến thứ Sáu (2/1/2026), bộ phận một cửa trực tiếp nhận hồ sơ.",
        dates=(("29/12", True), ("2/1/2026", True)),
    ),
    Form(
        # Two days of a list, the year printed after the last (30/11/2023 was a Thursday).
        "range of days, the year at its end",
        "Ngày 30/11 (thứ Bảy) và ngày 1/12/2024, bộ phận một cửa của huyện vẫn trực.",
        dates=(("30/11", True), ("1/12/2024", True)),
    ),
    Form(
        # Each day of the list with its own weekday and "ngày" (30/11/2023 was a Thursday).
        "range of days, the year at its end",
        "Thứ Bảy, ngày 30/11 và Chủ nhật, ngày 1/12/2024, bộ phận một cửa tỉnh làm việc bình thường.",
        dates=(("30/11", True), ("1/12/2024", True)),
    ),
    Form(
        "range of days, the year at its end",
        "Từ sáng thứ Bảy (30/11) đến chiều Chủ nhật (1/12/2024), hệ thống dịch vụ công tạm dừng.",
        dates=(("30/11", True), ("1/12/2024", True)),
    ),
    Form(
        "range of days, the year at its end",
        "Thứ Sáu, ngày 30/11 và Chủ nhật, ngày 1/12/2024, bộ phận một cửa tỉnh làm việc bình thường.",
        dates=(("30/11", True), ("1/12/2024", True)),
        findings=(("date.weekday", "text says Thứ Sáu 30/11 but 30/11/2024 is a thứ Bảy"),),
    ),
    Form(
        "range of days, the year at its end",
        "Từ ngày 29/2 đến ngày 5/3/2025, hệ thống dịch vụ công tạm dừng để nâng cấp.",
        dates=(("29/2", False), ("5/3/2025", True)),
        findings=(
            (
                "date.impossible",
                "date 29/2 does not exist in 2025, the year printed with the rest of its range",
            ),
        ),
    ),
    Form(
        "range of days",
        "Từ ngày 24/3 đến 28/3 đoàn kiểm tra CCHC của tỉnh làm việc tại 6 huyện.",
        dates=(("24/3", True), ("28/3", True)),
    ),
    Form(
        "range of days",
        "Đợt cao điểm cấp đổi giấy tờ kéo dài từ 26/2 - 8/3, tại 15/15 xã, phường.",
        figures=(R("15/15", 15, 15, "xã"),),
        dates=(("26/2", True), ("8/3", True)),
    ),
    Form(
        "range of days",
        "Từ ngày 18/4 tới 31/4 đơn vị tạm dừng tiếp nhận hồ sơ đất đai để nâng cấp phần mềm.",
        dates=(("18/4", True), ("31/4", False)),
        findings=(("date.impossible", "date 31/4 does not exist"),),
    ),
    Form(
        "figure that changes",
        "Số huyện có Trung tâm hành chính công tăng từ 4/9 lên 7/9 huyện trong năm 2023.",
        figures=(R("7/9", 7, 9, "huyện"),),
    ),
    Form(
        "figure that changes",
        "Sau sắp xếp, số xã đạt chuẩn giảm từ 9/10 xuống 8/10 xã của huyện.",
        figures=(R("8/10", 8, 10, "xã"),),
    ),
    Form(
        "day fronting its clause after từ/đến",
        "Từ 1/7 người dân nộp hồ sơ cấp đổi giấy phép lái xe hoàn toàn trực tuyến.",
        dates=(("1/7", True),),
    ),
    Form(
        "day fronting its clause after từ/đến",
        "Đến 5/9 hồ sơ của 12 xã mới được chuyển về trung tâm; từ 2/3 số xã trở lên đã xong.",
        figures=(Fig("ratio", "2/3", 2 / 3 * 100, num=2, den=3, unit="xã", qualifier="at_least"),),
        dates=(("5/9", True),),
    ),
    Form(
        "day fronting its clause after từ/đến",
        "Theo kế hoạch, từ 1/8 quy định mới về phí được áp dụng, trong khi có đến 5/9 huyện chưa"
        " chuẩn bị.",
        figures=(R("5/9", 5, 9, "huyện"),),
        dates=(("1/8", True),),
    ),
    Form(
        "day after a word of time",
        "Kể từ 15/7 hồ sơ cấp phép xây dựng chỉ được tiếp nhận qua Cổng dịch vụ công.",
        dates=(("15/7", True),),
    ),
    Form(
        "day after a word of time",
        "Sau 2/9 người dân 12 xã được đổi giấy phép lái xe trực tuyến, giảm 30% phí.",
        figures=(P("30%", 30.0),),
        dates=(("2/9", True),),
    ),
    Form(
        "day after a word of time",
        "Tính đến 31/9 huyện đã tiếp nhận 6.215 hồ sơ, trong đó 74,3% trực tuyến.",
        figures=(P("74,3%", 74.3),),
        dates=(("31/9", False),),
        findings=(("date.impossible", "date 31/9 does not exist"),),
    ),
    Form(
        "day a holiday is named for",
        "Dịp Quốc khánh 2/9 người dân cả nước được nghỉ 4 ngày liên tục.",
        dates=(("2/9", True),),
    ),
    Form(
        "day a holiday is named for",
        "Trong kỳ nghỉ 30/4-1/5 huyện đón hơn 12.000 lượt khách, tăng 18% so với năm trước.",
        figures=(P("18%", 18.0),),
        dates=(("30/4", True), ("1/5", True)),
    ),
    Form(
        "day named from today",
        "Sáng nay (1/2), Sở Nội vụ tổ chức hội nghị trực tuyến với 100% xã, phường.",
        figures=(P("100%", 100.0),),
        dates=(("1/2", True),),
    ),
    Form(
        # The date after a comma, or right after the day's name, as often as in parentheses.
        "day named from today",
        "Hôm nay, 1/2, Sở Nội vụ tập huấn cho 120 công chức một cửa.",
        dates=(("1/2", True),),
    ),
    Form(
        "day named from today",
        "Sáng nay 1-2 tại hội trường tỉnh, 35/40 đại biểu tán thành đề án.",
        figures=(R("35/40", 35, 40, "đại biểu"),),
        dates=(("1-2", True),),
    ),
    Form(
        "day named from today",
        "Chiều nay 31/1 (thứ Năm), hội nghị trực tuyến bế mạc.",
        dates=(("31/1", True),),
        findings=(("date.weekday", "text says thứ Năm 31/1 but 31/01/2024 is a thứ Tư"),),
    ),
    Form(
        # A count noun after it: a share.
        "day named from today",
        "Hôm nay 5/9 xã đã nối mạng dịch vụ công.",
        figures=(R("5/9", 5, 9, "xã"),),
    ),
    Form(
        "day named from today",
        "Chiều qua (31/1) Trung tâm Phục vụ hành chính công tỉnh tiếp nhận 526 hồ sơ.",
        dates=(("31/1", True),),
    ),
    Form(
        "label, never a figure",
        "Em Lò Thị Mai, học sinh lớp 8/2 trường PTDTBT THCS xã, được cấp CCCD tại trường.",
    ),
    Form(
        "label, never a figure",
        "Trung tâm hành chính công mới trên đường 2/9 phường Hải Châu mở cửa từ tháng 7.",
    ),
    Form(
        "label, never a figure",
        "Bộ phận tiếp nhận phản ánh hoạt động 24/24 giờ, kể cả ngày nghỉ, lễ, Tết.",
    ),
    Form(
        "map scale, never a figure",
        "Huyện đã đo đạc, lập bản đồ địa chính tỷ lệ 1/1.000 và 1/2.000 cho 12 xã, đạt 85%.",
        figures=(P("85%", 85.0),),
    ),
    Form(
        "map scale, never a figure",
        "UBND tỉnh phê duyệt đồ án quy hoạch phân khu tỷ lệ 1/2000 khu đô thị mới phía Nam.",
    ),
    Form(
        "map scale, never a figure",
        "Số hóa 100% bản đồ địa hình tỷ lệ 1/10.000, 1/25.000 phục vụ giải quyết thủ tục đất đai.",
        figures=(P("100%", 100.0),),
    ),
    Form(
        "one in hundreds, a figure",
        "Sau khi đo đạc lại, tỷ lệ hồ sơ sai sót chỉ còn 1/1.000 hồ sơ địa chính được kiểm tra.",
        figures=(R("1/1.000", 1, 1000, "hồ sơ"),),
    ),
    Form(
        "one in hundreds, a figure",
        "Qua kiểm tra bản đồ số, cứ 1/200 thửa đất phải chỉnh lý lại thông tin chủ sử dụng.",
        figures=(R("1/200", 1, 200, "thửa đất"),),
    ),
    Form(
        "ratio after 'vào' inside a clause",
        "Kinh phí năm 2024 được tập trung vào 2/3 số xã có tỷ lệ hộ nghèo cao.",
        figures=(R("2/3", 2, 3, "xã"),),
    ),
    Form(
        "ratio after 'vào' inside a clause",
        "Tỉnh đã đưa phần mềm một cửa vào 7/9 huyện, số còn lại hoàn thành trong quý IV.",
        figures=(R("7/9", 7, 9, "huyện"),),
    ),
    Form(
        "span of years before a share",
        "Niên vụ 2024/2025 (chiếm 62%) diện tích lúa được cấp mã số vùng trồng qua mạng.",
        figures=(P("62%", 62.0),),
    ),
    Form(
        "span of years before a share",
        "Hết học kỳ I năm học 2025/2026, tỷ lệ 97,8% hồ sơ tuyển sinh đầu cấp nộp trực tuyến.",
        figures=(P("97,8%", 97.8),),
    ),
    Form(
        # Shares of a whole that make 100 between two parties: 50/50 is no 100%, 30/70 no 42.9%.
        "split of a whole, never a figure",
        "Kinh phí số hóa hồ sơ được chia theo tỷ lệ 30/70 giữa ngân sách tỉnh và cấp xã.",
    ),
    Form(
        "split of a whole, never a figure",
        "Vốn đối ứng của doanh nghiệp và Nhà nước cho dự án chuyển đổi số là 50/50.",
    ),
    Form(
        "split of a whole, never a figure",
        "Cơ cấu công chức trẻ và công chức nhiều kinh nghiệm ở bộ phận một cửa là 45/55.",
    ),
    Form(
        "split of a whole, never a figure",
        "Nguồn thu phí được giữ lại theo tỷ lệ 40/60 giữa đơn vị thu và ngân sách.",
    ),
    Form(
        # A proportion of two parties printed with a decimal: no whole count, no figure.
        "split of a whole, never a figure",
        "Vốn đối ứng của ngân sách tỉnh và ngân sách huyện theo tỷ lệ 1/1,5 giữa hai cấp.",
    ),
    Form(
        # A word of splitting, but shares that do not make 100: a count of things done.
        "whole counted after a split's numbers, a figure",
        "Về cơ cấu bộ máy, số đơn vị đã sắp xếp xong là 120/150 theo đề án của tỉnh.",
        figures=(R("120/150", 120, 150),),
    ),
    Form(
        "whole counted after a split's numbers, a figure",
        "Tỷ lệ 50/50 xã, phường đã vận hành Trung tâm phục vụ hành chính công.",
        figures=(R("50/50", 50, 50, "xã"),),
    ),
    Form(
        "whole counted after a split's numbers, a figure",
        "Sau khi phân bổ chỉ tiêu, 35/65 đơn vị đã hoàn thành số hóa kết quả giải quyết.",
        figures=(R("35/65", 35, 65, "đơn vị"),),
    ),
    # ------------------------------------------------------------ places in several rankings
    Form(
        # E-government and digital indices rank a country worldwide, in its continent and in its
        # region in one breath: each place is out of its own ranking's count.
        "places in several rankings after one ranking word",
        "Năm 2024, chỉ số dữ liệu mở tăng 4 bậc, xếp hạng 71/193 thế giới, 14/47 châu Á và "
        "5/11 ASEAN.",
        figures=(
            Fig("rank", "71/193", num=71, den=193),
            Fig("rank", "14/47", num=14, den=47),
            Fig("rank", "5/11", num=5, den=11),
        ),
    ),
    Form(
        "places in several rankings after one ranking word",
        "Bộ chỉ số chuyển đổi số cấp tỉnh của Lạng Sơn xếp thứ 31/63 tỉnh, thành phố,4/14 tỉnh "
        "miền núi phía Bắc.",
        figures=(
            Fig("rank", "31/63", num=31, den=63, unit="tỉnh"),
            Fig("rank", "4/14", num=4, den=14, unit="tỉnh"),
        ),
    ),
    Form(
        # After a place, a count with its own noun is a count, and a day is a day.
        "a count or a day after a place, no place",
        "Tỉnh xếp thứ 9/63 về SIPAS, 36/41 xã đạt chuẩn về dịch vụ công trực tuyến.",
        figures=(Fig("rank", "9/63", num=9, den=63), R("36/41", 36, 41, "xã")),
    ),
    Form(
        "a count or a day after a place, no place",
        "Tỉnh xếp thứ 9/63, ngày 6/11 Bộ Nội vụ công bố chính thức.",
        figures=(Fig("rank", "9/63", num=9, den=63),),
        dates=(("6/11", True),),
    ),
    # ------------------------------------------------------------ counted people and party cells
    Form(
        "vaccination count with its share",
        "Toàn tỉnh đã tiêm được 412.806/431.590 đối tượng, đạt 95,6%.",
        figures=(RP("412.806/431.590 đối tượng, đạt 95,6%", 412806, 431590, 95.6, "đối tượng"),),
    ),
    Form(
        "vaccination count with its share",
        "Toàn tỉnh đã tiêm được 412.806/431.590 đối tượng, đạt 97,6%.",
        figures=(RP("412.806/431.590 đối tượng, đạt 97,6%", 412806, 431590, 97.6, "đối tượng"),),
        findings=(("pct.ratio", "412.806/431.590 is 95,65%, not 97,6%"),),
    ),
    Form(
        "people and party cells counted",
        "Đảng bộ huyện có 57/61 chi bộ thôn được xếp loại hoàn thành tốt nhiệm vụ.",
        figures=(R("57/61", 57, 61, "chi bộ"),),
    ),
    Form(
        "people and party cells counted",
        "Các trường mầm non đã huy động 18.204/19.100 trẻ ra lớp, đạt tỷ lệ 95,3%.",
        figures=(RP("18.204/19.100 trẻ ra lớp, đạt tỷ lệ 95,3%", 18204, 19100, 95.3, "trẻ"),),
    ),
    # ------------------------------------------------------------ a remark after the ratio
    Form(
        # The parenthesis restating a share may go on after a comma with a count of its own.
        "share restated in parentheses with a remark",
        "Tỷ lệ thôn đạt chuẩn nông thôn mới của tỉnh là 41,2% (47/114 thôn, tăng thêm 12 thôn).",
        figures=(RP("41,2% (47/114 thôn, tăng thêm 12 thôn)", 47, 114, 41.2, "thôn"),),
    ),
    Form(
        "share restated in parentheses with a remark",
        "Tỷ lệ thôn đạt chuẩn nông thôn mới của tỉnh là 46,2% (47/114 thôn, tăng thêm 12 thôn).",
        figures=(RP("46,2% (47/114 thôn, tăng thêm 12 thôn)", 47, 114, 46.2, "thôn"),),
        findings=(("pct.ratio", "47/114 is 41,23%, not 46,2%"),),
    ),
    Form(
        # Another figure or a day in the remark: the parenthesis is no restatement of the share.
        "parentheses with another share, no restatement",
        "Tỷ lệ xã đạt chuẩn là 80% (48/60 xã, tăng 6% so với năm 2023).",
        figures=(P("80%", 80.0), R("48/60", 48, 60, "xã"), P("6%", 6.0)),
    ),
    Form(
        "parentheses with another share, no restatement",
        "Tỷ lệ xã đạt chuẩn là 80% (48/60 xã, 21/30 phường).",
        figures=(P("80%", 80.0), R("48/60", 48, 60, "xã"), R("21/30", 21, 30, "phường")),
    ),
    # ------------------------------------------------------------ a year said after the day
    Form(
        # The year said after a day and month is the date's: the weekday is checked in it, not in
        # the year nearest the issue (2024 here, when 30/4 is a Tuesday).
        "year said after a day and month",
        "Sáng thứ Tư 30/4 năm 2025, lễ diễu binh mừng ngày thống nhất diễn ra tại thành phố.",
        dates=(("30/4 năm 2025", True),),
    ),
    Form(
        "year said after a day and month",
        "Thứ Năm, ngày 30/4 năm 2025, tỉnh tổ chức lễ thượng cờ.",
        dates=(("30/4 năm 2025", True),),
        findings=(("date.weekday", "text says Thứ Năm 30/4 năm 2025 but 30/04/2025 is a thứ Tư"),),
    ),
    Form(
        "year said after a day and month",
        "Ngày 29/2 năm 2023, Sở Nội vụ ban hành kế hoạch kiểm tra công vụ.",
        dates=(("29/2 năm 2023", False),),
        findings=(("date.impossible", "date 29/2 năm 2023 does not exist"),),
    ),
    # ------------------------------------------------------------ a span of full dates
    Form(
        # Anniversaries print both ends with their years, hyphens or dots as in the paper's style.
        "span between two full dates",
        "Mít tinh kỷ niệm 80 năm Cách mạng Tháng Tám (19-8-1945 - 19-8-2025) tại Quảng trường.",
        dates=(("19-8-1945", True), ("19-8-2025", True)),
    ),
    Form(
        "span between two full dates",
        "Triển lãm ảnh kỷ niệm 80 năm thành lập ngành (31.8.1945 - 31.8.2025) mở cửa hôm nay.",
        dates=(("31.8.1945", True), ("31.8.2025", True)),
    ),
    Form(
        "span between two full dates",
        "Hội thảo 70 năm ngày truyền thống (31.4.1955 – 30.4.2025) thu hút nhiều đại biểu.",
        dates=(("31.4.1955", False), ("30.4.2025", True)),
        findings=(("date.impossible", "date 31.4.1955 does not exist"),),
    ),
    # ------------------------------------------------------------ today's date in parentheses
    Form(
        "today's date in parentheses, dashed or dotted",
        "Hôm nay (12-1), Trung tâm Phục vụ hành chính công tỉnh tiếp nhận hồ sơ đầu tiên.",
        dates=(("12-1", True),),
    ),
    Form(
        "today's date in parentheses, dashed or dotted",
        "Sáng nay (30.2), đoàn công tác làm việc tại bộ phận một cửa huyện.",
        dates=(("30.2", False),),
        findings=(("date.impossible", "date 30.2 does not exist"),),
    ),
    # ------------------------------------------------------------ days of a list
    Form(
        "next day of a list after a day",
        "Trong các ngày 29/4 và 30/4, bộ phận một cửa vẫn tiếp nhận hồ sơ đất đai.",
        dates=(("29/4", True), ("30/4", True)),
    ),
    Form(
        "next day of a list after a day",
        "Đợt kiểm tra công vụ dự kiến vào ngày 30/9 hoặc 31/9, tùy lịch của đoàn.",
        dates=(("30/9", True), ("31/9", False)),
        findings=(("date.impossible", "date 31/9 does not exist"),),
    ),
    Form(
        # Things counted after it: a share said after the day, no second day.
        "share after a day, no second day",
        "Tính đến ngày 15/3, 2/3 số xã đã vận hành bộ phận một cửa điện tử.",
        figures=(R("2/3", 2, 3, "xã"),),
        dates=(("15/3", True),),
    ),
    Form(
        "share after a day, no second day",
        "Đến ngày 20/5 và 1/2 số huyện còn lại chưa hoàn thành số hóa hồ sơ.",
        figures=(R("1/2", 1, 2, "huyện"),),
        dates=(("20/5", True),),
    ),
    # ------------------------------------------------------------ a weekday inside a clause
    Form(
        # Holiday notices say until which weekday and date: the weekday is checked.
        "lower-case weekday after a word that introduces a day",
        "Cán bộ, công chức được nghỉ Tết đến hết thứ hai, ngày 23/2/2026.",
        dates=(("23/2/2026", True),),
    ),
    Form(
        "lower-case weekday after a word that introduces a day",
        "Cán bộ, công chức được nghỉ Tết đến hết thứ ba, ngày 23/2/2026.",
        dates=(("23/2/2026", True),),
        findings=(("date.weekday", "text says thứ ba 23/2/2026 but 23/02/2026 is a thứ Hai"),),
    ),
    Form(
        "lower-case weekday after a word that introduces a day",
        "Ngày đầu tiên đi làm sau Tết là thứ sáu, ngày 5/2/2026.",
        dates=(("5/2/2026", True),),
        findings=(("date.weekday", "text says thứ sáu 5/2/2026 but 05/02/2026 is a thứ Năm"),),
    ),
    Form(
        # The day in parentheses after the weekday, dots in the date, as a holiday notice has it.
        "lower-case weekday after a word that introduces a day",
        "Công chức được nghỉ từ thứ năm (29.1.2026) đến hết thứ hai (2.2.2026).",
        dates=(("29.1.2026", True), ("2.2.2026", True)),
    ),
    Form(
        # Without the year, after a comma and "ngày": checked in the year nearest the issue.
        "lower-case weekday after a word that introduces a day",
        "Người lao động nghỉ liên tục từ thứ bảy, ngày 27/4 đến hết thứ năm, ngày 1/5.",
        dates=(("27/4", True), ("1/5", True)),
        findings=(("date.weekday", "text says thứ năm 1/5 but 01/05/2024 is a thứ Tư"),),
    ),
    Form(
        "lower-case weekday after a word that introduces a day",
        "Công chức được nghỉ từ thứ sáu (29.1.2026) đến hết thứ hai (2.2.2026).",
        dates=(("29.1.2026", True), ("2.2.2026", True)),
        findings=(("date.weekday", "text says thứ sáu 29.1.2026 but 29/01/2026 is a thứ Năm"),),
    ),
    Form(
        # After a noun, "thứ ba" numbers it; opening a clause, it enumerates: no weekday.
        "ordinal after a noun before a date, no weekday",
        "Tỉnh đã khánh thành dự án thứ ba, ngày 15/3/2024 đưa vào sử dụng.",
        dates=(("15/3/2024", True),),
    ),
    Form(
        "ordinal after a noun before a date, no weekday",
        "Thứ nhất, rà soát thủ tục nội bộ. Thứ hai, ngày 15/3/2024 ban hành quy trình mới.",
        dates=(("15/3/2024", True),),
    ),
    # ------------------------------------------------------------ two days, dashed or dotted
    Form(
        # Papers that print a day "16-3" print two of one month so: both days are read.
        "two days of one month, dashed or dotted",
        "Trong hai ngày 18 và 19-6, Hội đồng nhân dân tỉnh họp kỳ họp thường lệ.",
        dates=(("18 và 19-6", True), ("18 và 19-6", True)),
    ),
    Form(
        "two days of one month, dashed or dotted",
        "Các ngày 30 và 31.6, đoàn giám sát làm việc với bộ phận một cửa.",
        dates=(("30 và 31.6", True), ("30 và 31.6", False)),
        findings=(("date.impossible", "date 31/6 in 30 và 31.6 does not exist"),),
    ),
    Form(
        "two days of one month, dashed or dotted",
        "Mỗi ngày 2 và 3-5 hồ sơ được trả kết quả qua bưu điện.",
    ),
    # ------------------------------------------------------------ bound words, more of them
    Form(
        # Targets and limits as rules and plans word them.
        "qualified percent, a verb or 'là' in the bound",
        "Tỷ lệ hồ sơ trực tuyến không ít hơn 75%, hồ sơ trễ hạn tối đa là 2%.",
        (P("75%", 75, "at_least"), P("2%", 2, "at_most")),
    ),
    Form(
        "qualified percent, a verb or 'là' in the bound",
        "Tỷ lệ hài lòng của người dân tối thiểu là 85%, tỷ lệ sai sót không vượt 4%.",
        (P("85%", 85, "at_least"), P("4%", 4, "at_most")),
    ),
    Form(
        "qualified percent, a verb or 'là' in the bound",
        "Số hồ sơ bị trả lại không tới 1,5%, số hồ sơ trễ hạn dưới mức 3%.",
        (P("1,5%", 1.5, "less_than"), P("3%", 3, "less_than")),
    ),
    Form(
        "qualified percent, a verb or 'là' in the bound",
        "Năm nay lần đầu tiên tỷ lệ hài lòng của tỉnh vượt ngưỡng 95%.",
        (P("95%", 95, "more_than"),),
    ),
    # ------------------------------------------------------------ around the clock, map scales
    Form(
        # "24/24" alone is all day long, as "24/24 giờ" is; things counted after it count.
        "around the clock",
        "Dịp Tết, tổ tiếp nhận hồ sơ của phường vẫn trực 24/24.",
    ),
    Form(
        "around the clock",
        "Đến nay 24/24 phường đã vận hành bộ phận một cửa điện tử.",
        (R("24/24", 24, 24, "phường"),),
    ),
    Form(
        # A percentage restated as all of a count in parentheses: a ratio, not the clock.
        "around the clock",
        "Năm 2025, 100% (24/24) xã, phường đã ký số kết quả giải quyết thủ tục.",
        (RP("100% (24/24)", 24, 24, 100, "xã"),),
    ),
    Form(
        # A plan's scale with its map word right before, or after "tỷ lệ" in a sentence that
        # names the plan earlier; a proper name after it is no count.
        "map scale",
        "Huyện đã phê duyệt quy hoạch chi tiết 1/500 cho khu đô thị phía nam.",
    ),
    Form(
        "map scale",
        "Tỉnh duyệt quy hoạch phân khu tỷ lệ 1/2000 cho khu công nghiệp rộng 300 ha và tỷ lệ 1/500 "
        "cho khu nhà ở công nhân.",
    ),
    Form(
        "map scale",
        "Sở Xây dựng thẩm định đồ án tỷ lệ 1/500 Khu đô thị Bắc Sơn.",
    ),
    Form(
        "map scale",
        "Trong năm, tỷ lệ 1/400 hồ sơ bị trả lại do thiếu giấy tờ.",
        (R("1/400", 1, 400, "hồ sơ"),),
    ),
    # ------------------------------------------------------------ a grade inside a ratio's clause
    Form(
        # "mức độ 2", "4 sao": a grade of what is counted, no figure between a ratio and its share.
        "ratio and its share across a grade",
        "Có 27/36 xã đạt chuẩn tiếp cận pháp luật mức độ 2, đạt tỷ lệ 70%.",
        (RP("27/36 xã đạt chuẩn tiếp cận pháp luật mức độ 2, đạt tỷ lệ 70%", 27, 36, 70, "xã"),),
        findings=(("pct.ratio", "27/36 is 75%, not 70%"),),
    ),
    Form(
        "ratio and its share across a grade",
        "Có 9/12 sản phẩm của huyện được công nhận OCOP 4 sao, chiếm 75%.",
        (
            RP(
                "9/12 sản phẩm của huyện được công nhận OCOP 4 sao, chiếm 75%",
                9,
                12,
                75,
                "sản phẩm",
            ),
        ),
    ),
    # ------------------------------------------------------------ measures past 100% by nature
    Form(
        # Against the economy's output or a bank's bad debt, a measure may pass 100%.
        "measures against output or bad debt",
        "Tỷ lệ dư nợ tín dụng trên GDP của cả nước hiện ở mức 128%.",
        (P("128%", 128),),
    ),
    Form(
        "measures against output or bad debt",
        "Tỷ lệ bao phủ nợ xấu của hệ thống ngân hàng đạt khoảng 140%.",
        (P("140%", 140, "about"),),
    ),
    # ------------------------------------------------------------ a number a scan misread
    Form(
        # OCR read a digit as a letter ("9l,2%" for 91,2%): no part of it is a figure, never
        # the "2%" after the comma; a word before a comma still ends there ("tuyến,45%").
        "a number a scan misread",
        "Mức độ hài lòng đạt 9l,2% trong khi tỷ lệ trực tuyến,45% hồ sơ.",
        (P("45%", 45),),
    ),
    Form(
        "a number a scan misread",
        "Bản quét ghi tỷ lệ đúng hạn 9O,5% và hồ sơ trễ hạn 1,5%.",
        (P("1,5%", 1.5),),
    ),
    # ------------------------------------------------------------ two weekdays, two days
    Form(
        # Holiday notices name both weekdays, then both days in parentheses: each day is the
        # weekday in its place, never the one printed nearest it.
        "two weekdays before two days in parentheses",
        "Bộ phận một cửa vẫn làm việc vào thứ Bảy và Chủ nhật (22/6 và 23/6).",
        dates=(("22/6", True), ("23/6", True)),
    ),
    Form(
        "two weekdays before two days in parentheses",
        "Công chức nghỉ lễ thứ Ba, thứ Tư (ngày 30/4, ngày 1/5/2024) theo thông báo.",
        dates=(("30/4", True), ("1/5/2024", True)),
    ),
    Form(
        # Named in the wrong order, both are wrong.
        "two weekdays before two days in parentheses",
        "Bộ phận một cửa vẫn làm việc vào thứ Bảy và Chủ nhật (23/6 và 22/6).",
        dates=(("23/6", True), ("22/6", True)),
        findings=(
            ("date.weekday", "text says Chủ nhật 22/6 but 22/06/2024 is a thứ Bảy"),
            ("date.weekday", "text says thứ Bảy 23/6 but 23/06/2024 is a Chủ nhật"),
        ),
    ),
    Form(
        # Two ordinals after the noun of a sitting count sittings: no weekday for either day.
        "two weekdays before two days in parentheses",
        "Kỳ họp thứ Hai và thứ Ba (20/6 và 21/6) của Hội đồng nhân dân đã thông qua 12 nghị quyết.",
    ),
    # ------------------------------------------------------------ lunar dates by the year's name
    Form(
        # A day of the lunar calendar said by its year's name, or "lịch âm": no solar date.
        "lunar date named by its year or by lịch âm",
        "Sáng thứ Bảy, ngày 15/1 năm Giáp Thìn, xã tổ chức lễ hội đầu xuân.",
    ),
    Form(
        "lunar date named by its year or by lịch âm",
        "Đêm 30/2 Ất Tỵ, làng tổ chức lễ tế thần.",
    ),
    Form(
        "lunar date named by its year or by lịch âm",
        "Lễ hội đền diễn ra vào thứ Sáu (10/3 lịch âm) hằng năm.",
    ),
    Form(
        "lunar date named by its year or by lịch âm",
        "Thứ Hai, ngày 13/10/2025 (tức ngày 22/8 năm Ất Tỵ), xã tổ chức lễ hội.",
        dates=(("13/10/2025", True),),
    ),
    # ------------------------------------------------------------ the year a sentence names
    Form(
        # A day printed without its year may be of the year its sentence names with an event
        # or a date: a guide published months ahead.
        "a day of the year its sentence names",
        "Ngày Giỗ Tổ Hùng Vương 2025 rơi vào thứ Hai (7/4), công chức được nghỉ.",
        dates=(("7/4", True),),
    ),
    Form(
        "a day of the year its sentence names",
        "Kỳ nghỉ lễ Quốc khánh 2/9/2025 kéo dài từ thứ Bảy (30/8) đến hết thứ Ba (2/9).",
        dates=(("2/9/2025", True), ("30/8", True), ("2/9", True)),
    ),
    Form(
        # A day the year names is still checked in it: wrong in 2025 and nearest the issue.
        "a day of the year its sentence names",
        "Ngày Giỗ Tổ Hùng Vương 2025 rơi vào thứ Ba (7/4), công chức được nghỉ.",
        dates=(("7/4", True),),
        findings=(("date.weekday", "text says thứ Ba 7/4 but 07/04/2024 is a Chủ nhật"),),
    ),
    # ------------------------------------------------------------ a range's end takes its year
    Form(
        # The end of a range printed without its year is of the start's year, or the next.
        "a range's end takes the year of its start",
        "Từ thứ Năm (26/12/2024) đến Chủ nhật (5/1), bộ phận một cửa nhận hồ sơ trực tuyến.",
        dates=(("26/12/2024", True), ("5/1", True)),
    ),
    Form(
        "a range's end takes the year of its start",
        "Từ thứ Năm (26/12/2024) đến thứ Hai (5/1), bộ phận một cửa nhận hồ sơ trực tuyến.",
        dates=(("26/12/2024", True), ("5/1", True)),
        findings=(("date.weekday", "text says thứ Hai 5/1 but 05/01/2025 is a Chủ nhật"),),
    ),
    Form(
        "a range's end takes the year of its start",
        "Đoàn công tác làm việc từ ngày 25/2/2023 đến 29/2 tại tỉnh.",
        dates=(("25/2/2023", True), ("29/2", False)),
        findings=(
            (
                "date.impossible",
                "date 29/2 does not exist in 2023, the year printed with the rest of its range",
            ),
        ),
    ),
    # ------------------------------------------------------------ two percentages joined by "/"
    Form(
        # Two shares side by side, as tables and summaries print them: each is a figure.
        "two percentages joined by a slash",
        "Cơ cấu cán bộ nữ/nam của sở hiện là 46%/54%.",
        figures=(Fig("percent", "46%", 46.0), Fig("percent", "54%", 54.0)),
    ),
    Form(
        "two percentages joined by a slash",
        "Tỷ lệ hồ sơ trực tuyến năm 2024 và 2023 lần lượt đạt 71,5% / 63,2%.",
        figures=(Fig("percent", "71,5%", 71.5), Fig("percent", "63,2%", 63.2)),
    ),
    Form(
        # A rate per period keeps its one figure: no number follows the slash.
        "two percentages joined by a slash",
        "Chỉ số giá bình quân tăng 3,2%/năm trong giai đoạn này.",
        figures=(Fig("percent", "3,2%", 3.2),),
    ),
    # ------------------------------------------------------------ the largest change, no bound
    Form(
        # "nhiều nhất" after a rise or a fall names the largest change among those compared: the
        # change is the figure, with no ceiling on it.
        "the largest rise or fall, never a bound",
        "Trong 5 huyện, Mường Tè giảm nhiều nhất 3,47% so với kỳ đánh giá trước.",
        figures=(P("3,47%", 3.47),),
    ),
    Form(
        "the largest rise or fall, never a bound",
        "Chỉ số thành phần về công khai, minh bạch tăng nhiều nhất là 6,2%.",
        figures=(P("6,2%", 6.2),),
    ),
    Form(
        # Elsewhere "nhiều nhất" bounds what follows: at most.
        "the largest rise or fall, never a bound",
        "Mỗi đơn vị được giữ lại nhiều nhất 15% số biên chế được giao để tuyển dụng sau.",
        figures=(P("15%", 15, "at_most"),),
    ),
    # ------------------------------------------------------------ a house number on a named street
    Form(
        # A house number with no "số" or "đường", the street's name right after it: an address.
        "a house number before a street's name",
        "Tổ công tác của huyện đã đến 27/41 Hoàng Diệu để hướng dẫn hộ kinh doanh kê khai.",
    ),
    Form(
        "a house number before a street's name",
        "Điểm tiếp nhận hồ sơ đất đai tạm đặt tại 18/52 Lê Văn Sỹ, cạnh trụ sở cũ.",
    ),
    Form(
        # A heading in capitals throughout names no street.
        "a house number before a street's name",
        "KẾT QUẢ 52/60 ĐẠT CHUẨN TIẾP CẬN PHÁP LUẬT",
        figures=(R("52/60", 52, 60),),
    ),
    Form(
        # The street's word and its name after it: "đường Trần Phú", "Quốc lộ 1A".
        "a house number before a street's name",
        "Bộ phận một cửa của phường chuyển về 26/38 đường Nguyễn Văn Linh từ tuần sau.",
    ),
    Form(
        "a house number before a street's name",
        "Chi nhánh Văn phòng đăng ký đất đai đặt tại 14/57 quốc lộ 1A, thuận tiện cho người dân.",
    ),
    Form(
        # Roads counted, no name after them: a count.
        "a house number before a street's name",
        "Huyện đã nhựa hóa 38/52 đường giao thông liên xã.",
        figures=(R("38/52", 38, 52),),
    ),
    Form(
        # Associations named in title case after a count, no word saying where: a share.
        "a house number before a street's name",
        "Năm nay có 18/21 Hội Nông dân cơ sở được công nhận vững mạnh về cải cách thủ tục.",
        figures=(R("18/21", 18, 21),),
    ),
    Form(
        "a house number before a street's name",
        "Bà Hạnh, ngụ 14/57 Lý Thường Kiệt, đã nhận kết quả tại nhà qua bưu điện.",
    ),
    Form(
        # A count noun in capitals after it is still counted.
        "a house number before a street's name",
        "Đến nay đã có 29/33 Trung tâm Phục vụ hành chính công cấp huyện vận hành ổn định.",
        figures=(R("29/33", 29, 33, "Trung tâm"),),
    ),
    # ------------------------------------------------------------ a vehicle's seat classes
    Form(
        # "xe 16/29 chỗ": a vehicle of 16 or 29 seats, no ratio.
        "a vehicle's seat classes, never a figure",
        "Sở Xây dựng cấp phù hiệu điện tử cho xe khách 16/29 chỗ ngay trên cổng dịch vụ công.",
    ),
    Form(
        "a vehicle's seat classes, never a figure",
        "Các ô tô kinh doanh vận tải từ 29/45 chỗ phải lắp camera giám sát trước tháng 7.",
    ),
    # ------------------------------------------------------------ a share in parentheses, then a verb
    Form(
        # The clause goes on after the parenthesis with a verb that is also a noun ("tổ chức",
        # "đề xuất"): the percentage in it is still the ratio's own.
        "a ratio's share in parentheses before a verb that is also a noun",
        "Có 14/15 phường (93,3%) tổ chức đối thoại với người dân về thủ tục đất đai.",
        figures=(RP("14/15 phường (93,3%)", 14, 15, 93.3, "phường"),),
    ),
    Form(
        "a ratio's share in parentheses before a verb that is also a noun",
        "Năm nay 21/28 sở, ngành (chiếm 85%) đề xuất phương án cắt giảm thủ tục.",
        figures=(RP("21/28 sở, ngành (chiếm 85%)", 21, 28, 85, "sở"),),
        findings=(("pct.ratio", "21/28 is 75%, not 85%"),),
    ),
    # ------------------------------------------------------------ last year's place, of 63
    Form(
        # The provinces were 63 before 2025 and 34 after: last year's place, said after this
        # year's, is out of the 63 of then, and still a place.
        "last year's place out of the provinces of then",
        "Năm 2025, tỉnh xếp thứ 9/34, tăng 14 bậc so với năm 2024 (23/63).",
        figures=(Fig("rank", "9/34", num=9, den=34), Fig("rank", "23/63", num=23, den=63)),
    ),
    Form(
        "last year's place out of the provinces of then",
        "Chỉ số SIPAS của thành phố đứng thứ 4/34 (năm 2024: 11/63).",
        figures=(Fig("rank", "4/34", num=4, den=34), Fig("rank", "11/63", num=11, den=63)),
    ),
    Form(
        # Things counted after it that the rank did not name: a count of that year.
        "last year's place out of the provinces of then",
        "Tỉnh đứng thứ 6/34, năm 2024 có 41/63 tỉnh đạt loại khá trở lên.",
        figures=(
            Fig("rank", "6/34", num=6, den=34),
            R("41/63", 41, 63, "tỉnh"),
        ),
    ),
    # ------------------------------------------------------------ a fraction of a day
    Form(
        # A cut to half a day is a time, no share of anything.
        "a fraction of a day after a cut, never a share",
        "Thời hạn cấp lại giấy phép lái xe được rút ngắn còn 1/2 ngày làm việc.",
    ),
    Form(
        "a fraction of a day after a cut, never a share",
        "Nhờ liên thông điện tử, thời gian trả kết quả giảm xuống còn 1/2 ngày.",
    ),
    Form(
        # The time itself cut by half is a share of it.
        "a fraction of a day after a cut, never a share",
        "Quy trình mới giúp rút ngắn 1/2 thời gian giải quyết hồ sơ đất đai.",
        figures=(R("1/2", 1, 2),),
    ),
    # ------------------------------------------------------------ a month of a two-digit year
    Form(
        # "tháng 3/24": March of '24, the century left out, as headlines and tables print it.
        "a month of a two-digit year, never a figure",
        "Theo báo cáo tháng 9/25 của Văn phòng UBND tỉnh, 86% hồ sơ được giải quyết trước hạn.",
        figures=(P("86%", 86),),
    ),
    Form(
        "a month of a two-digit year, never a figure",
        "Số liệu đến hết tháng 10/24 cho thấy dịch vụ công được sử dụng nhiều hơn.",
    ),
    Form(
        # Things counted after it: a count after a span of months.
        "a month of a two-digit year, never a figure",
        "Sau 3 tháng 17/26 xã đã cập nhật đủ dữ liệu hộ tịch.",
        figures=(R("17/26", 17, 26, "xã"),),
    ),
    # ------------------------------------------------------------ a numbered issue, page or week
    Form(
        # "số 12/25": the number given to an issue or a paper (of a two-digit year), no share.
        "a numbered issue, page or week, never a figure",
        "Bản tin Cải cách hành chính số 14/25 giới thiệu mô hình một cửa liên thông của huyện.",
    ),
    Form(
        "a numbered issue, page or week, never a figure",
        "Theo Kết luận số 37/26 của Ban Thường vụ, 95% hồ sơ đất đai phải được số hóa.",
        figures=(P("95%", 95),),
    ),
    Form(
        "a numbered issue, page or week, never a figure",
        "Tiến độ được cập nhật ở trang 17/48 của báo cáo tuần 45/52.",
    ),
    Form(
        # "tổng số" counts: the total of them.
        "a numbered issue, page or week, never a figure",
        "Tổng số 41/56 thủ tục đã được đơn giản hóa.",
        figures=(R("41/56", 41, 56, "thủ tục"),),
    ),
    # ------------------------------------------------------------ the place a climb or fall reached
    Form(
        # "vươn lên 5/34" after a ranking is named: the place reached, no share of 14.7%.
        "the place a climb or a fall reached",
        "Từ vị trí 27/63 năm 2024, thành phố đã vươn lên 6/34 trong năm 2025.",
        figures=(Fig("rank", "27/63", num=27, den=63), Fig("rank", "6/34", num=6, den=34)),
    ),
    Form(
        "the place a climb or a fall reached",
        "Năm nay Chỉ số SIPAS của tỉnh tụt xuống 29/34, giảm 11 bậc.",
        figures=(Fig("rank", "29/34", num=29, den=34),),
    ),
    Form(
        # No ranking in the sentence: a count that grew.
        "the place a climb or a fall reached",
        "Số xã có Trung tâm Phục vụ hành chính công vươn lên 52/60 xã.",
        figures=(R("52/60", 52, 60, "xã"),),
    ),
    # ------------------------------------------------------------ a threshold or a list of scores
    Form(
        # "từ 80/100 điểm trở lên": a threshold of points, at least 80.
        "a threshold of points and a list of scores",
        "Các phường có điểm từ 85/100 điểm trở lên được đề nghị khen thưởng.",
        figures=(Fig("score", "85/100 điểm", num=85, den=100, qualifier="at_least", unit="điểm"),),
    ),
    Form(
        # The scores of a list after the first, printed without "điểm": points, no share.
        "a threshold of points and a list of scores",
        "Sở Tư pháp đạt 27,5/30 điểm ở lĩnh vực 1, 16/19 ở lĩnh vực 2 và 9/10 ở lĩnh vực 3.",
        figures=(
            Fig("score", "27,5/30 điểm", num=27.5, den=30, unit="điểm"),
            Fig("score", "16/19", num=16, den=19, unit="điểm"),
        ),
    ),
    Form(
        # Things counted after it: a count.
        "a threshold of points and a list of scores",
        "Huyện đạt 88/100 điểm, 17/21 xã đạt loại tốt.",
        figures=(
            Fig("score", "88/100 điểm", num=88, den=100, unit="điểm"),
            R("17/21", 17, 21, "xã"),
        ),
    ),
    # ------------------------------------------------------------ "quá": over
    Form(
        # "quá 1/2": over half, as rules of meetings and votes say it.
        "over a share ('quá'), a bound",
        "Biên bản chỉ có giá trị khi có quá 1/2 tổng số thành viên Hội đồng dự họp.",
        figures=(R("1/2", 1, 2, "thành viên", "more_than"),),
    ),
    Form(
        "over a share ('quá'), a bound",
        "Đơn vị có tỷ lệ hồ sơ trễ hạn quá 2% không được xếp loại tốt.",
        figures=(P("2%", 2, "more_than"),),
    ),
    Form(
        # "quá hạn": overdue, no bound on what follows.
        "over a share ('quá'), a bound",
        "Tỷ lệ hồ sơ quá hạn 1,5% là mức cao nhất trong ba năm.",
        figures=(P("1,5%", 1.5),),
    ),
    # ------------------------------------------------------------ the on-time share after a ratio
    Form(
        # "giải quyết 450/460 hồ sơ, đạt 100% đúng hạn": of those resolved, all on time; the
        # percentage is no restatement of the ratio, and no fault.
        "the on-time share after a ratio, never its restatement",
        "Trung tâm đã giải quyết 1.236/1.250 hồ sơ, đạt 100% đúng hạn.",
        figures=(R("1.236/1.250", 1236, 1250, "hồ sơ"), P("100%", 100)),
    ),
    Form(
        "the on-time share after a ratio, never its restatement",
        "Bộ phận một cửa xã giải quyết 318/325 hồ sơ, đạt 96,5% đúng và trước hạn.",
        figures=(R("318/325", 318, 325, "hồ sơ"), P("96,5%", 96.5)),
    ),
    Form(
        # The ratio's own share first, then the on-time one: the first is checked.
        "the on-time share after a ratio, never its restatement",
        "Xã giải quyết 318/325 hồ sơ, đạt 92,5%, đúng hạn 100%.",
        figures=(RP("318/325 hồ sơ, đạt 92,5%", 318, 325, 92.5, "hồ sơ"), P("100%", 100)),
        findings=(("pct.ratio", "318/325 is 97,85%, not 92,5%"),),
    ),
    Form(
        # The same after a count of some of them out of all: no implied ratio to check.
        "the on-time share after a ratio, never its restatement",
        "Quý III, xã tiếp nhận 1.480 hồ sơ, trong đó 1.452 hồ sơ đã giải quyết, đạt 100% đúng hạn.",
        figures=(P("100%", 100),),
    ),
    Form(
        "the on-time share after a ratio, never its restatement",
        "Trong tổng số 1.480 hồ sơ, có 1.452 hồ sơ đã có kết quả, đạt 99,2% trước hạn.",
        figures=(P("99,2%", 99.2),),
    ),
)


def per_form() -> Counter[str]:
    """How many sentences the table holds for each form."""
    return Counter(form.form for form in FORMS)
