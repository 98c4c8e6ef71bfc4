"""bantin's own Vietnamese reform-news vocabulary: places, people, outlets, titles and sentence templates."""

# Templates are whole sentences; splitting them to fit the line length would only hide them.
# ruff: noqa: E501

from __future__ import annotations

from typing import NamedTuple

# Slots a template may use (filled by bantin.datasets.synthetic.prose):
#   {p} province name, {tp} "tỉnh X"/"thành phố X", {Tp} the same capitalised, {k} "tỉnh"/"thành phố",
#   {unit} / {Unit} an agency of the province, {commune} "xã …"/"phường …", {sector} / {Sector} a
#   national sector, {field} a procedure field, {doc} / {Doc} a legal document number, {doc_dated}
#   the same signed on a date ("… ngày 13/2/2023"), {dm} a recent day/month, {time} "Sáng"/"Chiều",
#   {date} an older full date, {year} / {prev_year}, {q} a quarter, {n} a small count, {count} a
#   medium count, {big} a large count, {days} a few days, {score} index points, {rank} "12/63",
#   {share} / {low_share} a share (<= 100%), {growth} a growth rate (may exceed 100%),
#   {target} a rate against a plan (>= 100%), {ratio_pct} "45/60 (75%)", {ratio} "30/63",
#   {person} / {Person} a named official with role.
# Figure forms (filled by bantin.datasets.synthetic.figure_forms, used by FIGURE_FORM_SENTENCES):
#   {qshare} "trên 92%", {signed_fall} "-1,2%", {pct_range} "10-11%", {small_ratio} "7/9 huyện", {unit_ratio}
#   "212 TTHC/250 TTHC", {paired_ratio} "41/84 cơ quan, đơn vị (chiếm 48,8%)", {larger_whole}
#   "12/15 xã đạt chuẩn, chiếm 8% tổng số xã toàn tỉnh", {implied}
#   "8.000 hồ sơ, với 2.000 hồ sơ trực tuyến (đạt tỷ lệ 25%)", {timeliness} "đã giải quyết 800 hồ
#   sơ, đúng hạn 792 hồ sơ, đạt tỷ lệ 99%", {rank_of} "xếp thứ 12/63 tỉnh, thành
#   phố", {rank_named} "thứ hạng Chỉ số hài lòng năm 2022 của tỉnh là 21/63", {score_of}
#   "41,37/80 điểm", {month_year} "tháng 4/2024", {month_span} "tháng 10/2023 đến tháng 3/2024",
#   {quarter_year} "quý II/2024", {year_span} "2021-2025", {address} "số 150/2 đường Trần Phú",
#   {phone} "0258.3822.456", {clock} "7h30".


class Province(NamedTuple):
    name: str
    kind: str  # "tỉnh" or "thành phố"


class Topic(NamedTuple):
    """Titles (lower-case verb phrases, no colon) and sentences about one reform theme."""

    name: str
    titles: tuple[str, ...]
    sentences: tuple[str, ...]


PROVINCES: tuple[Province, ...] = (
    *(Province(n, "thành phố") for n in ("Hà Nội", "Hải Phòng", "Đà Nẵng", "Cần Thơ")),
    *(
        Province(n, "tỉnh")
        for n in (
            "Hà Giang",
            "Cao Bằng",
            "Bắc Kạn",
            "Lào Cai",
            "Lai Châu",
            "Điện Biên",
            "Sơn La",
            "Yên Bái",
            "Tuyên Quang",
            "Thái Nguyên",
            "Lạng Sơn",
            "Quảng Ninh",
            "Bắc Giang",
            "Phú Thọ",
            "Vĩnh Phúc",
            "Bắc Ninh",
            "Hải Dương",
            "Hưng Yên",
            "Hòa Bình",
            "Hà Nam",
            "Nam Định",
            "Thái Bình",
            "Ninh Bình",
            "Thanh Hóa",
            "Nghệ An",
            "Hà Tĩnh",
            "Quảng Bình",
            "Quảng Trị",
            "Thừa Thiên Huế",
            "Quảng Nam",
            "Quảng Ngãi",
            "Bình Định",
            "Phú Yên",
            "Khánh Hòa",
            "Ninh Thuận",
            "Bình Thuận",
            "Kon Tum",
            "Gia Lai",
            "Đắk Lắk",
            "Đắk Nông",
            "Lâm Đồng",
            "Bình Phước",
            "Tây Ninh",
            "Bình Dương",
            "Đồng Nai",
            "Bà Rịa-Vũng Tàu",
            "Long An",
            "Tiền Giang",
            "Bến Tre",
            "Trà Vinh",
            "Vĩnh Long",
            "Đồng Tháp",
            "An Giang",
            "Kiên Giang",
            "Hậu Giang",
            "Sóc Trăng",
            "Bạc Liêu",
            "Cà Mau",
        )
    ),
)

#: Digest sections in the order they are printed.
SECTION_LOCAL = "CẢI CÁCH ĐỊA PHƯƠNG"
SECTION_SECTOR = "LĨNH VỰC CẢI CÁCH"
SECTION_ADMIN = "QUẢN LÝ HÀNH CHÍNH"
SECTION_COMMENTARY = "PHÂN TÍCH – BÌNH LUẬN"
SECTIONS: tuple[str, ...] = (SECTION_LOCAL, SECTION_SECTOR, SECTION_ADMIN, SECTION_COMMENTARY)

NATIONAL_OUTLETS: tuple[str, ...] = (
    "TTXVN",
    "TTXVN/Bnews.vn",
    "TTXVN/Vietnamplus.vn",
    "Chinhphu.vn",
    "Nhandan.vn",
    "Dangcongsan.vn",
    "Moha.gov.vn",
    "Daibieunhandan.vn",
    "Vov.vn",
    "Vtv.vn",
    "Laodong.vn",
    "Tuoitre.vn",
    "Thanhnien.vn",
    "Baodautu.vn",
    "Baophapluat.vn",
    "Vneconomy.vn",
)
#: Provincial papers by their real names; for other provinces the generator builds "Bao<province>.vn".
LOCAL_OUTLETS: tuple[str, ...] = (
    "Baohanam.com.vn",
    "Baonamdinh.vn",
    "Baothaibinh.com.vn",
    "Baolaocai.vn",
    "Baoquangninh.vn",
    "Baobacninh.vn",
    "Baohatinh.vn",
    "Baothanhhoa.vn",
    "Baolongan.vn",
    "Baotayninh.vn",
    "Baodaklak.vn",
    "Baokhanhhoa.vn",
    "Baoangiang.com.vn",
    "Baocantho.com.vn",
)
OUTLET_DOMAINS: tuple[str, ...] = (".vn", ".vn", ".com.vn", ".org.vn")

SURNAMES: tuple[str, ...] = (
    "Nguyễn",
    "Trần",
    "Lê",
    "Phạm",
    "Hoàng",
    "Huỳnh",
    "Phan",
    "Vũ",
    "Võ",
    "Đặng",
    "Bùi",
    "Đỗ",
    "Hồ",
    "Ngô",
    "Dương",
    "Lý",
    "Đinh",
    "Trịnh",
    "Mai",
    "Tạ",
    "Lương",
    "Kiều",
)
MALE_MIDDLES: tuple[str, ...] = ("Văn", "Hữu", "Đức", "Quang", "Minh", "Thanh", "Công", "Xuân")
FEMALE_MIDDLES: tuple[str, ...] = ("Thị", "Ngọc", "Thu", "Thanh", "Hồng", "Kim", "Phương", "Thùy")
MALE_GIVEN: tuple[str, ...] = (
    "An",
    "Bình",
    "Cường",
    "Dũng",
    "Hải",
    "Hiếu",
    "Hòa",
    "Hùng",
    "Huy",
    "Khoa",
    "Lâm",
    "Long",
    "Nam",
    "Phong",
    "Phúc",
    "Quân",
    "Sơn",
    "Thắng",
    "Trung",
    "Tuấn",
    "Việt",
    "Vinh",
)
FEMALE_GIVEN: tuple[str, ...] = (
    "Anh",
    "Châu",
    "Giang",
    "Hà",
    "Hạnh",
    "Hằng",
    "Lan",
    "Linh",
    "Mai",
    "Nga",
    "Nhi",
    "Oanh",
    "Quyên",
    "Tâm",
    "Thảo",
    "Trang",
    "Uyên",
    "Vân",
    "Yến",
    "Loan",
)
#: First syllables of two-syllable pen names ("Minh Khoa", "Thu Trang").
PEN_FIRST: tuple[str, ...] = (
    "Minh",
    "Thu",
    "Thanh",
    "Ngọc",
    "Hải",
    "Quang",
    "Hoàng",
    "Bảo",
    "Khánh",
    "Phương",
    "Hồng",
    "Đức",
    "Mai",
    "Hữu",
    "Xuân",
    "Thùy",
    "Kim",
    "Diệu",
    "Trọng",
    "Tường",
)

COMMUNE_NAMES: tuple[str, ...] = (
    "Tân Lập",
    "An Bình",
    "Hòa Lợi",
    "Phú Mỹ",
    "Thanh Sơn",
    "Đông Hưng",
    "Quỳnh Lâm",
    "Tiên Phong",
    "Hưng Đạo",
    "Minh Khai",
    "Kim Long",
    "Vĩnh Thạnh",
    "Nghĩa Trung",
    "Cẩm Thủy",
    "Tân Hiệp",
    "Phước Long",
    "Yên Thịnh",
    "Lộc Hòa",
    "Đại Đồng",
    "Mỹ Xuyên",
)
PROVINCE_UNITS: tuple[str, ...] = (
    "Sở Nội vụ",
    "Sở Thông tin và Truyền thông",
    "Văn phòng UBND",
    "Sở Tư pháp",
    "Trung tâm Phục vụ hành chính công",
    "Sở Kế hoạch và Đầu tư",
    "Công an",
    "Sở NN&PTNT",
)
#: Roles of officials quoted in local news; {tp} is the province.
LOCAL_ROLES: tuple[str, ...] = (
    "Giám đốc Sở Nội vụ {tp}",
    "Phó Chủ tịch UBND {tp}",
    "Chánh Văn phòng UBND {tp}",
    "Giám đốc Trung tâm Phục vụ hành chính công {tp}",
    "Phó Giám đốc Công an {tp}",
    "Giám đốc Sở Thông tin và Truyền thông {tp}",
    "Trưởng phòng Cải cách hành chính, Sở Nội vụ {tp}",
)
EXPERT_ROLES: tuple[str, ...] = (
    "giảng viên Học viện Hành chính Quốc gia",
    "chuyên gia về quản lý công",
    "nguyên cán bộ ngành nội vụ",
    "đại biểu Quốc hội",
)


class Sector(NamedTuple):
    """A national sector ("ngành Thuế"), the role of its spokesperson and its procedure fields."""

    name: str
    role: str
    fields: tuple[str, ...]


SECTORS: tuple[Sector, ...] = (
    Sector(
        "ngành Thuế",
        "Phó Tổng cục trưởng Tổng cục Thuế",
        ("khai thuế điện tử", "hoàn thuế", "đăng ký thuế"),
    ),
    Sector(
        "ngành Hải quan",
        "Phó Cục trưởng Cục Hải quan",
        ("thông quan hàng hóa", "khai hải quan điện tử"),
    ),
    Sector(
        "Bảo hiểm xã hội Việt Nam",
        "Phó Tổng Giám đốc Bảo hiểm xã hội Việt Nam",
        ("bảo hiểm xã hội", "cấp thẻ bảo hiểm y tế"),
    ),
    Sector(
        "Kho bạc Nhà nước",
        "Phó Tổng Giám đốc Kho bạc Nhà nước",
        ("kiểm soát chi điện tử", "thanh toán vốn đầu tư"),
    ),
    Sector(
        "ngành Tư pháp",
        "Cục trưởng Cục Hộ tịch, quốc tịch, chứng thực",
        ("cấp phiếu lý lịch tư pháp", "hộ tịch", "chứng thực điện tử"),
    ),
    Sector(
        "ngành Tài nguyên và Môi trường",
        "Vụ trưởng Vụ Pháp chế, Bộ Tài nguyên và Môi trường",
        ("cấp giấy chứng nhận quyền sử dụng đất", "đăng ký đất đai"),
    ),
    Sector(
        "Bộ Nội vụ",
        "Vụ trưởng Vụ Cải cách hành chính, Bộ Nội vụ",
        ("dự tuyển công chức", "cấp giấy phép lao động"),
    ),
    Sector(
        "ngành Công an",
        "Cục trưởng Cục Cảnh sát quản lý hành chính về trật tự xã hội",
        ("đăng ký cư trú", "cấp căn cước", "đăng ký xe"),
    ),
)
#: (document kind, issuing code, whether the number carries a year).
DOCUMENT_KINDS: tuple[tuple[str, str, bool], ...] = (
    ("Nghị định", "NĐ-CP", True),
    ("Thông tư", "TT-BNV", True),
    ("Thông tư", "TT-VPCP", True),
    ("Quyết định", "QĐ-TTg", True),
    ("Chỉ thị", "CT-TTg", True),
    ("Nghị quyết", "NQ-CP", True),
    ("Quyết định", "QĐ-UBND", False),
    ("Kế hoạch", "KH-UBND", False),
    ("Chỉ thị", "CT-UBND", False),
    ("Công văn", "UBND-KSTT", False),
)
QUARTERS: tuple[str, ...] = ("I", "II", "III", "IV")
QUOTE_VERBS: tuple[str, ...] = ("cho biết", "chia sẻ", "nhấn mạnh", "khẳng định", "thông tin")
MEETING_TIMES: tuple[str, ...] = ("Sáng", "Chiều", "Ngày")

# ---------------------------------------------------------------- topics

ONE_STOP = Topic(
    "one_stop",
    (
        "nâng cao chất lượng phục vụ tại Bộ phận Một cửa các cấp",
        "nhân rộng mô hình “Bộ phận Một cửa thân thiện” đến cấp xã",
        "rút ngắn thời gian chờ tại Trung tâm Phục vụ hành chính công",
        "hoàn thiện cơ chế một cửa, một cửa liên thông",
        "lập tổ lưu động giúp người cao tuổi làm thủ tục",
    ),
    (
        "Trung tâm Phục vụ hành chính công {tp} hiện tiếp nhận hồ sơ của {n} sở, ngành theo cơ chế một cửa, một cửa liên thông.",
        "Từ đầu năm đến nay, Bộ phận Một cửa các cấp của {tp} đã tiếp nhận {big} hồ sơ, tỷ lệ giải quyết đúng hạn đạt {share}.",
        "Mỗi quầy tiếp nhận đều có máy lấy số tự động, màn hình tra cứu và thiết bị để người dân đánh giá mức độ hài lòng.",
        "Công chức làm việc tại Bộ phận Một cửa được tập huấn định kỳ về kỹ năng giao tiếp, ứng xử với người dân.",
        "Người dân chỉ cần đến một đầu mối để nộp hồ sơ và nhận kết quả, không phải đi lại giữa nhiều cơ quan.",
        "Đến nay, {ratio_pct} xã, phường của {tp} đã bố trí khu vực hướng dẫn riêng cho người cao tuổi và người khuyết tật.",
        "Số hồ sơ trễ hạn giảm rõ rệt, chỉ còn chiếm {low_share} tổng số hồ sơ tiếp nhận.",
        "Tại {commune}, tổ hỗ trợ lưu động đã đến tận nhà giúp {count} lượt người dân hoàn thiện hồ sơ.",
        "Các cơ quan đã gửi thư xin lỗi cho toàn bộ {n} trường hợp trả kết quả muộn hơn giấy hẹn.",
        "Thời gian chờ trung bình của mỗi lượt giao dịch đã giảm còn khoảng {n} phút.",
        "Từ ngày {date}, {tp} tiếp nhận hồ sơ không phụ thuộc địa giới hành chính đối với {n} thủ tục.",
    ),
)
DIGITISATION = Topic(
    "digitisation",
    (
        "đẩy nhanh số hóa hồ sơ, kết quả giải quyết thủ tục hành chính",
        "tái sử dụng dữ liệu số hóa để giảm giấy tờ cho người dân",
        "hoàn thành số hóa sổ hộ tịch trước thời hạn",
        "số hóa kết quả giải quyết thủ tục ở cả ba cấp chính quyền",
    ),
    (
        "Tỷ lệ hồ sơ được số hóa ngay khi tiếp nhận tại {tp} đạt {share}, cao hơn mức bình quân chung.",
        "Kết quả giải quyết sau khi số hóa được lưu vào kho dữ liệu điện tử của tổ chức, cá nhân trên Cổng Dịch vụ công.",
        "Người dân không phải nộp lại những giấy tờ đã được số hóa và có giá trị pháp lý trong các lần giao dịch sau.",
        "Thực hiện {doc_dated}, các cơ quan đã rà soát, bổ sung quy trình ký số và cấp mã kết quả số hóa.",
        "Đến nay, toàn {k} đã số hóa {big} trang tài liệu; {ratio_pct} đơn vị cấp xã đã hoàn thành số hóa sổ hộ tịch.",
        "Việc bóc tách dữ liệu từ bản giấy giúp cán bộ rút ngắn đáng kể thời gian thẩm định hồ sơ.",
        "Số hồ sơ tái sử dụng kết quả số hóa tăng {growth} so với cùng kỳ năm {prev_year}.",
        "{Unit} đã phối hợp với doanh nghiệp viễn thông nâng cấp phần mềm một cửa điện tử để tự động kiểm tra chữ ký số.",
        "Kho lưu trữ của {tp} hiện quản lý hơn {big} hồ sơ điện tử, sẵn sàng kết nối với các hệ thống chuyên ngành.",
    ),
)
ONLINE = Topic(
    "online",
    (
        "mở rộng dịch vụ công trực tuyến toàn trình",
        "đẩy mạnh thanh toán trực tuyến phí, lệ phí",
        "nâng tỷ lệ hồ sơ nộp trực tuyến trong lĩnh vực đất đai, đầu tư",
        "hướng dẫn người dân nộp hồ sơ trực tuyến trên điện thoại",
    ),
    (
        "Hiện {tp} cung cấp {count} dịch vụ công trực tuyến, trong đó {share} là dịch vụ toàn trình.",
        "Tỷ lệ hồ sơ nộp trực tuyến trong quý {q} đạt {share}, riêng lĩnh vực đăng ký doanh nghiệp đạt {share}.",
        "Giá trị thanh toán trực tuyến phí, lệ phí qua Cổng Dịch vụ công tăng {growth} so với cùng kỳ năm {prev_year}.",
        "Người dân có thể nộp hồ sơ, theo dõi tiến độ và nhận kết quả ngay trên điện thoại mà không cần đến trụ sở.",
        "Các tổ công nghệ số cộng đồng ở thôn, tổ dân phố hướng dẫn người dân tạo tài khoản và nộp hồ sơ.",
        "Số hồ sơ trực tuyến phát sinh trong năm {prev_year} đạt {target} so với chỉ tiêu được giao.",
        "{Unit} đề nghị các cơ quan tái cấu trúc quy trình để tích hợp thêm dịch vụ lên Cổng Dịch vụ công quốc gia.",
        "Theo thống kê, {ratio} dịch vụ công thuộc thẩm quyền cấp huyện đã phát sinh hồ sơ trực tuyến.",
        "Tại {commune}, đoàn viên thanh niên túc trực ở Bộ phận Một cửa để hỗ trợ người dân thao tác trên máy tính.",
    ),
)
CITIZEN_ID = Topic(
    "citizen_id",
    (
        "tăng tốc kích hoạt tài khoản định danh điện tử",
        "ứng dụng căn cước gắn chip trong khám, chữa bệnh",
        "triển khai Đề án 06 gắn với cải cách thủ tục hành chính",
        "làm sạch dữ liệu dân cư phục vụ chuyển đổi số",
    ),
    (
        "Công an {tp} đã thu nhận hồ sơ cấp căn cước cho {big} trường hợp và kích hoạt {big} tài khoản định danh điện tử.",
        "Đến nay, {ratio_pct} cơ sở khám, chữa bệnh trên địa bàn đã cho phép người bệnh dùng căn cước gắn chip thay thẻ bảo hiểm y tế.",
        "Tỷ lệ người dân đủ điều kiện đã được cấp căn cước gắn chip đạt {share}.",
        "Dữ liệu dân cư được làm sạch giúp giải quyết liên thông các thủ tục khai sinh, đăng ký thường trú và cấp thẻ bảo hiểm y tế.",
        "Theo {doc}, các cơ quan phải kết nối cơ sở dữ liệu chuyên ngành với Cơ sở dữ liệu quốc gia về dân cư.",
        "Số tài khoản định danh điện tử được kích hoạt trong năm tăng {growth} so với năm {prev_year}.",
        "Người cao tuổi được cán bộ công an xã hướng dẫn cài đặt ứng dụng VNeID và tích hợp giấy phép lái xe.",
        "Kể từ ngày {date}, {tp} thí điểm tiếp nhận hồ sơ đăng ký thường trú qua ứng dụng VNeID.",
        "{Unit} đánh giá việc khai thác dữ liệu dân cư đã giúp cắt giảm hàng trăm nghìn bản sao giấy tờ mỗi năm.",
        "Số người dùng VNeID để thanh toán viện phí và nhận trợ cấp xã hội chiếm {low_share} dân số trưởng thành của {tp}.",
    ),
)
SATISFACTION = Topic(
    "satisfaction",
    (
        "công bố xếp hạng cải cách hành chính các sở, ngành năm {prev_year}",
        "cải thiện Chỉ số hài lòng về sự phục vụ hành chính",
        "tìm giải pháp nâng hạng các chỉ số PAR Index, SIPAS",
        "lấy sự hài lòng của người dân làm thước đo hiệu quả công vụ",
    ),
    (
        "Chỉ số cải cách hành chính năm {prev_year} của {tp} đạt {score} điểm, xếp thứ {rank} tỉnh, thành phố.",
        "Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước đạt {share}.",
        "Kết quả khảo sát cho thấy {share} người được hỏi đánh giá công chức có thái độ lịch sự, tận tình.",
        "Có {ratio_pct} cơ quan, đơn vị được xếp loại tốt trong đánh giá công tác cải cách hành chính.",
        "Các tiêu chí về thể chế, tổ chức bộ máy và chính quyền số đều tăng điểm so với năm trước.",
        "UBND {k} đã tặng bằng khen cho {n} tập thể và {n} cá nhân có thành tích xuất sắc trong cải cách hành chính.",
        "Điểm số về dịch vụ công trực tuyến tăng mạnh nhất, đạt {share} số điểm tối đa của lĩnh vực này.",
        "Các đơn vị xếp cuối bảng được yêu cầu xây dựng kế hoạch khắc phục và báo cáo Chủ tịch UBND {k}.",
    ),
)
BUSINESS = Topic(
    "business",
    (
        "cắt giảm thời gian giải quyết thủ tục cho doanh nghiệp",
        "cải thiện môi trường đầu tư, kinh doanh",
        "đơn giản hóa thủ tục đầu tư, đất đai",
        "đối thoại với doanh nghiệp về thủ tục hành chính",
    ),
    (
        "Thời gian cấp giấy chứng nhận đăng ký doanh nghiệp tại {tp} đã rút ngắn còn {days} ngày làm việc.",
        "Trong năm {prev_year}, {tp} có thêm {count} doanh nghiệp thành lập mới, tăng {growth} so với năm trước.",
        "Khu vực kinh tế ngoài nhà nước chiếm {low_share} tổng vốn đầu tư thực hiện trên địa bàn.",
        "{Tp} đã đề xuất cắt giảm, đơn giản hóa {ratio_pct} thủ tục liên quan đến hoạt động kinh doanh.",
        "Các sở, ngành phải công khai quy trình, thời hạn giải quyết và không yêu cầu thêm giấy tờ ngoài quy định.",
        "Tại hội nghị đối thoại, nhiều doanh nghiệp kiến nghị rút ngắn thời gian thẩm định dự án và giao đất.",
        "Chỉ số năng lực cạnh tranh cấp tỉnh năm {prev_year} của {tp} tăng {n} bậc so với năm trước.",
        "Tỷ lệ giải ngân vốn đầu tư công đến cuối quý {q} đạt {share} kế hoạch vốn được giao.",
    ),
)
DISCIPLINE = Topic(
    "discipline",
    (
        "lập đoàn kiểm tra công vụ không báo trước",
        "siết chặt kỷ luật, kỷ cương hành chính",
        "xử lý nghiêm cán bộ gây phiền hà cho người dân",
        "tăng cường kiểm tra việc thực hiện văn hóa công sở",
    ),
    (
        "Đoàn kiểm tra công vụ của {tp} đã kiểm tra đột xuất {n} cơ quan, đơn vị và {n} UBND cấp xã.",
        "Nội dung kiểm tra tập trung vào việc chấp hành giờ làm việc, đeo thẻ công chức và thái độ tiếp dân.",
        "Qua kiểm tra, đoàn đã nhắc nhở {n} trường hợp chưa nghiêm túc thực hiện nội quy cơ quan.",
        "Thủ trưởng các đơn vị phải chịu trách nhiệm nếu để cán bộ, công chức nhũng nhiễu, gây phiền hà cho người dân.",
        "Đường dây nóng tiếp nhận phản ánh, kiến nghị được công khai tại trụ sở và trên cổng thông tin điện tử của {k}.",
        "Thực hiện {doc_dated}, {tp} yêu cầu các cơ quan chấn chỉnh tình trạng né tránh, đùn đẩy trách nhiệm.",
        "Kết quả kiểm tra là căn cứ để đánh giá, xếp loại cán bộ, công chức cuối năm.",
        "Từ ngày {date} đến nay, đường dây nóng của {k} đã tiếp nhận {count} phản ánh về thái độ phục vụ.",
        "Trong năm {prev_year}, toàn {k} đã xử lý kỷ luật {n} cán bộ vi phạm quy định về giải quyết thủ tục hành chính.",
    ),
)
SECTOR = Topic(
    "sector",
    (
        "{sector} đẩy mạnh giao dịch điện tử với người dân",
        "{sector} cắt giảm thủ tục, rút ngắn thời gian xử lý hồ sơ",
        "tiếp tục cải cách thủ tục trong lĩnh vực {field}",
        "nhiều điểm mới trong quy định về {field}",
        "thêm {n} thủ tục được tích hợp trên Cổng Dịch vụ công quốc gia",
    ),
    (
        "{Sector} hiện cung cấp {count} dịch vụ công trực tuyến, trong đó nhiều dịch vụ được thực hiện toàn trình.",
        "Năm {year}, {sector} phấn đấu để {share} hồ sơ được xử lý hoàn toàn trên môi trường điện tử.",
        "Theo dự thảo, người dân có thể thực hiện thủ tục {field} tại bất kỳ địa điểm nào trong cả nước.",
        "{Doc} quy định rõ trách nhiệm của cơ quan tiếp nhận trong việc hướng dẫn bổ sung hồ sơ một lần.",
        "Số người giao dịch điện tử với {sector} tăng {growth} so với cùng kỳ năm {prev_year}.",
        "Các quy định mới giúp cắt giảm {low_share} thời gian giải quyết thủ tục {field} so với trước đây.",
        "Hệ thống thông tin của {sector} đã kết nối, chia sẻ dữ liệu với Cơ sở dữ liệu quốc gia về dân cư.",
        "Đến nay, {ratio_pct} thủ tục thuộc lĩnh vực {field} đã được cung cấp trực tuyến.",
        "Người dân, doanh nghiệp không phải xuất trình bản giấy đối với những thông tin đã có trong cơ sở dữ liệu.",
    ),
)
COMMENTARY = Topic(
    "commentary",
    (
        "Văn hóa phục vụ bắt đầu từ những việc nhỏ",
        "Đừng để dịch vụ công trực tuyến chỉ đẹp trên báo cáo",
        "Đo cải cách bằng sự hài lòng của người dân",
        "Khi cán bộ chủ động đến với người dân",
        "Số hóa không chỉ là chuyển giấy sang tệp",
    ),
    (
        "Nhiều năm qua, cải cách hành chính luôn được xác định là khâu đột phá để xây dựng nền hành chính phục vụ.",
        "Tuy vậy, ở không ít nơi, người dân vẫn phải đi lại nhiều lần chỉ vì hồ sơ thiếu một loại giấy tờ.",
        "Những con số thống kê đẹp chưa chắc phản ánh đúng trải nghiệm của người dân khi làm thủ tục.",
        "Một dịch vụ công trực tuyến chỉ có ý nghĩa khi người dùng hoàn thành thủ tục mà không phải in hồ sơ ra giấy.",
        "Thái độ của người cán bộ ngồi ở quầy tiếp nhận nhiều khi quyết định cảm nhận của người dân về cả bộ máy.",
        "Cải cách cần bắt đầu từ việc lắng nghe những phản ánh nhỏ nhất của người dân và doanh nghiệp.",
        "Nếu quy trình nội bộ không thay đổi, số hóa chỉ chuyển sự phiền hà từ trang giấy sang màn hình.",
        "Khảo sát gần đây cho thấy {low_share} người dân vẫn chọn nộp hồ sơ trực tiếp vì chưa quen thao tác trực tuyến.",
        "Bài học từ những nơi làm tốt là người đứng đầu phải trực tiếp theo dõi và chịu trách nhiệm đến cùng.",
        "Suy cho cùng, thước đo của cải cách là người dân bớt được bao nhiêu lần đi lại và bao nhiêu giờ chờ đợi.",
        "Một lời xin lỗi khi trễ hẹn không làm cán bộ mất uy tín, trái lại còn giúp củng cố niềm tin của người dân.",
    ),
)

LOCAL_TOPICS: tuple[Topic, ...] = (
    ONE_STOP,
    DIGITISATION,
    ONLINE,
    CITIZEN_ID,
    SATISFACTION,
    BUSINESS,
)
ADMIN_TOPICS: tuple[Topic, ...] = (DISCIPLINE, SATISFACTION, ONE_STOP)

# ---------------------------------------------------------------- paragraph building blocks

LOCAL_LEADS: tuple[str, ...] = (
    "{time} {dm}, UBND {tp} tổ chức hội nghị đánh giá kết quả cải cách hành chính và triển khai nhiệm vụ năm {year}.",
    "{time} {dm}, Ban Chỉ đạo cải cách hành chính {tp} làm việc với một số sở, ngành về tiến độ thực hiện nhiệm vụ.",
    "Thời gian qua, {tp} đã triển khai nhiều giải pháp đồng bộ nhằm tạo thuận lợi cho người dân, doanh nghiệp khi làm thủ tục.",
    "Xác định cải cách hành chính là nhiệm vụ trọng tâm, {tp} tập trung chỉ đạo quyết liệt ngay từ đầu năm.",
    "{Unit} vừa có báo cáo gửi UBND {k} về kết quả thực hiện nhiệm vụ cải cách hành chính trong quý {q}.",
)
SECTOR_LEADS: tuple[str, ...] = (
    "{Sector} vừa ban hành kế hoạch cải cách hành chính năm {year} với nhiều chỉ tiêu cụ thể.",
    "{time} {dm}, {sector} tổ chức hội nghị trực tuyến sơ kết công tác chuyển đổi số.",
    "Thực hiện {doc_dated}, {sector} tiếp tục rà soát, đơn giản hóa các thủ tục trong lĩnh vực {field}.",
)
LOCAL_CLOSINGS: tuple[str, ...] = (
    "Thời gian tới, {tp} tiếp tục rà soát, cắt giảm thủ tục không cần thiết và nâng cao chất lượng phục vụ.",
    "UBND {k} giao {unit} theo dõi, đôn đốc và tổng hợp kết quả thực hiện, báo cáo định kỳ hằng quý.",
    "Mục tiêu đến cuối năm {year} là {share} hồ sơ thủ tục hành chính được giải quyết đúng hạn.",
    "Các địa phương được yêu cầu phát huy kết quả đạt được, khắc phục ngay những hạn chế đã chỉ ra.",
)
SECTOR_CLOSINGS: tuple[str, ...] = (
    "{Sector} cho biết sẽ tiếp tục lấy ý kiến người dân, doanh nghiệp để hoàn thiện quy định.",
    "Các đơn vị trực thuộc phải báo cáo kết quả thực hiện trước ngày 15 của tháng cuối quý.",
)
COMMENTARY_CLOSINGS: tuple[str, ...] = (
    "Đó mới là cải cách thực chất, lấy người dân làm trung tâm.",
    "Khi người dân thấy việc của mình được giải quyết nhanh và minh bạch, niềm tin sẽ tự nhiên được bồi đắp.",
    "Chỉ khi thay đổi từ nhận thức của từng cán bộ, cải cách mới đi vào chiều sâu.",
)
GENERAL_SENTENCES: tuple[str, ...] = (
    "Việc công khai thông tin giúp người dân dễ dàng giám sát quá trình giải quyết hồ sơ.",
    "Các cơ quan chuyên môn được yêu cầu thường xuyên nắm bắt tình hình, kịp thời tháo gỡ vướng mắc.",
    "Kết quả này góp phần tiết kiệm thời gian, chi phí cho người dân và doanh nghiệp.",
    "Hạ tầng mạng và thiết bị tại một số xã vùng sâu vẫn chưa đáp ứng yêu cầu.",
    "Một số thủ tục còn phải xin ý kiến nhiều cơ quan nên thời gian giải quyết kéo dài.",
    "Công tác tuyên truyền được đổi mới qua mạng xã hội, loa truyền thanh cơ sở và các buổi họp thôn.",
)
#: Sentences in every figure form real reporting uses (no place slot: local and sector articles
#: both draw them). Levels stay within 100%; changes and comparisons say so.
FIGURE_FORM_SENTENCES: tuple[str, ...] = (
    "Năm {prev_year}, {qshare} hồ sơ được giải quyết trước và đúng hạn.",
    "Khảo sát cho thấy {qshare} người dân hài lòng với thái độ phục vụ của công chức.",
    "Chi phí không chính thức của doanh nghiệp chỉ còn chiếm {pct_range} doanh thu.",
    "Thời gian giải quyết thủ tục đất đai rút ngắn {pct_range} so với quy định.",
    "Hiện {small_ratio} đã vận hành phần mềm quản lý văn bản liên thông.",
    "Có đến {small_ratio} chưa bố trí đủ máy tính cho bộ phận một cửa.",
    "Sở đã công bố {unit_ratio} thuộc thẩm quyền trên Cổng Dịch vụ công.",
    "Đến nay, {paired_ratio} đã kết nối dữ liệu với hệ thống chung.",
    "Kết quả đánh giá năm {prev_year} ghi nhận {paired_ratio} được xếp loại tốt.",
    "Riêng huyện miền núi đã có {larger_whole}.",
    "Trong năm {prev_year}, bộ phận một cửa tiếp nhận {implied}.",
    "Quý {q}, Trung tâm Phục vụ hành chính công {timeliness}.",
    "Chỉ số cải cách hành chính năm {prev_year} {rank_of}.",
    "Về chỉ số hài lòng, đơn vị đứng thứ {rank}, cao hơn năm trước.",
    "Theo kết quả công bố, {rank_named}.",
    "Chỉ số PAPI năm {prev_year} đạt {score_of}, thuộc nhóm trung bình cao.",
    "Tỷ lệ hồ sơ đúng hạn tăng lên, năm {prev_year} đạt {share}.",
    "Thu ngân sách quý {q} bằng {growth} cùng kỳ năm trước.",
    "Chỉ số giá tiêu dùng quý {q} giảm nhẹ, so với quý trước là {signed_fall}.",
    "Tổng thu nội địa đạt {target} dự toán năm.",
    "Trong {month_year}, các đoàn kiểm tra đã làm việc tại nhiều xã.",
    "Từ {month_span}, các cơ quan tổ chức nhiều đợt tập huấn về chuyển đổi số.",
    "Trong {quarter_year}, các cơ quan tiếp tục rà soát quy trình nội bộ.",
    "Kế hoạch giai đoạn {year_span} đặt mục tiêu số hóa toàn bộ hồ sơ đang giải quyết.",
    "Người dân có thể gửi phản ánh về {address} hoặc gọi số {phone}.",
    "Bộ phận tiếp nhận làm việc từ {clock} các ngày trong tuần.",
)
OFFICIAL_QUOTES: tuple[str, ...] = (
    "Chúng tôi xác định sự hài lòng của người dân là thước đo quan trọng nhất của công việc.",
    "Mỗi hồ sơ trễ hạn đều được phân tích nguyên nhân và có văn bản xin lỗi gửi đến người dân.",
    "Đơn vị sẽ rà soát từng quy trình để bỏ những bước trung gian không cần thiết.",
    "Khó khăn lớn nhất hiện nay là hạ tầng mạng ở một số xã vùng cao chưa ổn định.",
    "Số hóa ngay từ khâu tiếp nhận giúp cán bộ không phải nhập lại dữ liệu nhiều lần.",
    "Chúng tôi khuyến khích dùng dịch vụ trực tuyến nhưng vẫn sẵn sàng hỗ trợ trực tiếp khi người dân cần.",
    "Cán bộ nào để người dân phải đi lại nhiều lần sẽ bị xem xét trách nhiệm.",
)
CITIZEN_QUOTES: tuple[str, ...] = (
    "Trước đây tôi phải xin nghỉ làm nửa ngày để đi nộp hồ sơ, nay chỉ mất vài phút trên điện thoại.",
    "Cán bộ hướng dẫn rất kỹ nên tôi chỉ đến một lần là xong.",
    "Tôi không nghĩ kết quả lại được trả sớm hơn ngày hẹn.",
    "Được giúp tận nhà, người già như tôi đỡ vất vả hơn nhiều.",
)
#: Feed image captions; they end with a photo credit "Ảnh: NAME." (see render.is_caption).
CAPTIONS_LOCAL: tuple[str, ...] = (
    "Người dân làm thủ tục tại Trung tâm Phục vụ hành chính công {tp}.",
    "Cán bộ {commune} hướng dẫn người dân nộp hồ sơ trực tuyến trên điện thoại.",
    "Toàn cảnh hội nghị sơ kết công tác cải cách hành chính của {tp}.",
    "Tổ công nghệ số cộng đồng hỗ trợ người dân kích hoạt tài khoản định danh điện tử.",
)
CAPTIONS_GENERAL: tuple[str, ...] = (
    "Người dân tra cứu thông tin trên Cổng Dịch vụ công quốc gia.",
    "Quầy tiếp nhận hồ sơ được bố trí thiết bị đánh giá mức độ hài lòng.",
)

# ---------------------------------------------------------------- feeds and digests

#: (site name, host label, description) of the fictional WordPress sites whose feeds are generated.
FEED_SITES: tuple[tuple[str, str, str], ...] = (
    ("Nhịp cầu Hành chính", "nhipcauhanhchinh", "Tin tức cải cách hành chính và dịch vụ công"),
    ("Công vụ Ngày nay", "congvungaynay", "Chuyên trang thông tin về công vụ, công chức"),
    ("Chính quyền Số", "chinhquyenso", "Chuyển đổi số trong cơ quan nhà nước"),
    ("Phục vụ Nhân dân", "phucvunhandan", "Tiếng nói của người dân về thủ tục hành chính"),
)
FEED_CATEGORY = "cải cách hành chính"
