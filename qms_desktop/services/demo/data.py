"""The demo commune's data: its profile, units, staff, accounts, the province's TTHC list, the laws, its
procedures, the audit checklist, the survey and the three internal audits — plain data, read by ``script.py``.

The data (names, findings, texts) is Vietnamese content, written as such; the code speaks English.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from qms_desktop.domain.model import ChecklistResult, ProcedureKind, Role, Severity
from qms_desktop.services import agency

# (user name, role, password, full name). The README lists them; the first leader is created first.
DEMO_ACCOUNTS: list[tuple[str, str, str, str]] = [
    ("thuky", Role.SECRETARY.value, "ThuKy@2026", "Nguyễn Thị Thu Hà"),
    ("lanhdao", Role.LEADER.value, "LanhDao@2026", "Trần Quốc Bảo"),
    ("danhgia", Role.AUDITOR.value, "DanhGia@2026", "Vũ Đức Anh"),
    ("xem", Role.VIEWER.value, "XemDemo@2026", "Phạm Văn Long"),
]

SEED = 19452014  # fixed: the same ``today`` always gives the same commune

# ---------------------------------------------------------------- the commune's data

AGENCY = agency.AgencyProfile(
    full_name="Ủy ban nhân dân xã Tân Phú",
    short_name="xã Tân Phú",
    kind="xa",
    province="Tỉnh Lâm Đồng",
    parent_body="Ủy ban nhân dân tỉnh Lâm Đồng",
    recipient="Sở Khoa học và Công nghệ tỉnh Lâm Đồng",
    head_name="Nguyễn Văn Thành",
    head_title="Chủ tịch",
    iso_rep_name="Trần Quốc Bảo",
    iso_rep_title="Phó Chủ tịch UBND xã",
    doc_symbol="BC-UBND",
    place_name="Tân Phú",
)
RECIPIENT = "Sở Khoa học và Công nghệ tỉnh Lâm Đồng"
WEBSITE = "tanphu.lamdong.gov.vn"
# The one-stop shop's book per field: (field, share of applications); late ones are mostly land and social support.
FIELD_SHARES = (("Hộ tịch", 46), ("Chứng thực", 38), ("Bảo trợ xã hội", 7), ("Đất đai", 4), ("Văn hóa", 2),
                ("Thi đua, khen thưởng", 1), ("Tín ngưỡng, tôn giáo", 1), ("Nuôi con nuôi", 1))
LATE_SHARES = (("Đất đai", 55), ("Bảo trợ xã hội", 35), ("Hộ tịch", 10))
PLACE = "Phòng họp trụ sở UBND xã Tân Phú"

# key, name, description
UNITS = [
    ("VP", "Văn phòng - Thống kê",
     "Tham mưu tổng hợp, văn thư, lưu trữ, thống kê, thi đua khen thưởng; thường trực Ban Chỉ đạo ISO."),
    ("TP", "Tư pháp - Hộ tịch", "Hộ tịch, chứng thực, hòa giải ở cơ sở, phổ biến, giáo dục pháp luật."),
    ("DC", "Địa chính - Xây dựng", "Quản lý đất đai, xây dựng, môi trường; hòa giải tranh chấp đất đai."),
    ("VH", "Văn hóa - Xã hội",
     "Văn hóa, thông tin, thể thao, tín ngưỡng, tôn giáo; lao động, người có công, bảo trợ xã hội."),
    ("MC", "Bộ phận một cửa (Bộ phận tiếp nhận và trả kết quả)",
     "Hướng dẫn, tiếp nhận hồ sơ và trả kết quả giải quyết TTHC cho tổ chức, cá nhân."),
    ("TC", "Tài chính - Kế toán", "Ngân sách, tài chính, kế toán; thu phí, lệ phí."),
]

# key, full name, title, unit key, ISO steering committee, internal auditor
STAFF = [
    ("ct", "Nguyễn Văn Thành", "Chủ tịch UBND xã", None, True, False),
    ("pct", "Trần Quốc Bảo", "Phó Chủ tịch UBND xã, đại diện lãnh đạo về chất lượng", None, True, False),
    ("pct2", "Lê Thị Hồng Vân", "Phó Chủ tịch UBND xã", None, True, False),
    ("ha", "Nguyễn Thị Thu Hà", "Công chức Văn phòng - Thống kê, thư ký ISO", "VP", True, True),
    ("long", "Phạm Văn Long", "Công chức Văn phòng - Thống kê", "VP", False, False),
    ("ngoc", "Võ Thị Bích Ngọc", "Nhân viên văn thư - lưu trữ", "VP", False, False),
    ("lan", "Hoàng Thị Lan", "Công chức Tư pháp - Hộ tịch", "TP", True, True),
    ("tuan", "Đỗ Minh Tuấn", "Công chức Tư pháp - Hộ tịch", "TP", False, False),
    ("ducanh", "Vũ Đức Anh", "Công chức Địa chính - Xây dựng", "DC", False, True),
    ("nhung", "Bùi Thị Hồng Nhung", "Công chức Địa chính - Xây dựng", "DC", False, False),
    ("ngocanh", "Đặng Thị Ngọc Ánh", "Công chức Văn hóa - Xã hội", "VH", False, True),
    ("phuc", "Ngô Văn Phúc", "Công chức Văn hóa - Xã hội (Lao động - Thương binh và Xã hội)", "VH", False, False),
    ("tam", "Lý Thị Thanh Tâm", "Công chức tiếp nhận và trả kết quả, Bộ phận một cửa", "MC", True, False),
    ("hai", "Trương Văn Hải", "Công chức tiếp nhận và trả kết quả, Bộ phận một cửa", "MC", False, False),
    ("oanh", "Phan Thị Kim Oanh", "Công chức Tài chính - Kế toán", "TC", True, True),
]
TITLE_CT, TITLE_PCT = "Chủ tịch UBND xã", "Phó Chủ tịch UBND xã"

# The province's list of commune TTHC (code, name, field, legal time limit), as in its published Excel list.
TTHC_LIST = [
    ("1.009137", "Đăng ký khai sinh", "Hộ tịch", "Ngay trong ngày làm việc"),
    ("1.009174", "Đăng ký kết hôn", "Hộ tịch", "Ngay trong ngày làm việc"),
    ("1.009211", "Đăng ký khai tử", "Hộ tịch", "Ngay trong ngày làm việc"),
    ("1.009248", "Đăng ký nhận cha, mẹ, con", "Hộ tịch", "03 ngày làm việc"),
    ("1.009285", "Đăng ký khai sinh kết hợp nhận cha, mẹ, con", "Hộ tịch", "03 ngày làm việc"),
    ("1.009322", "Đăng ký lại khai sinh", "Hộ tịch", "05 ngày làm việc"),
    ("1.009359", "Đăng ký lại kết hôn", "Hộ tịch", "05 ngày làm việc"),
    ("1.009396", "Đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch", "Hộ tịch", "03 ngày làm việc"),
    ("1.009433", "Cấp Giấy xác nhận tình trạng hôn nhân", "Hộ tịch", "03 ngày làm việc"),
    ("1.009470", "Đăng ký giám hộ", "Hộ tịch", "03 ngày làm việc"),
    ("1.009507", "Đăng ký chấm dứt giám hộ", "Hộ tịch", "02 ngày làm việc"),
    ("1.009544", "Cấp bản sao trích lục hộ tịch", "Hộ tịch", "Ngay trong ngày làm việc"),
    ("1.009581", "Chứng thực bản sao từ bản chính giấy tờ, văn bản", "Chứng thực", "Ngay trong ngày làm việc"),
    ("1.009618", "Chứng thực chữ ký trong các giấy tờ, văn bản", "Chứng thực", "Ngay trong ngày làm việc"),
    ("1.009655", "Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản", "Chứng thực", "02 ngày làm việc"),
    ("1.009692", "Chứng thực di chúc", "Chứng thực", "02 ngày làm việc"),
    ("1.009729", "Chứng thực văn bản khai nhận di sản", "Chứng thực", "02 ngày làm việc"),
    ("1.009766", "Sửa lỗi sai sót trong hợp đồng, giao dịch đã được chứng thực", "Chứng thực", "Ngay trong ngày làm việc"),
    ("1.009803", "Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hằng tháng", "Bảo trợ xã hội", "15 ngày làm việc"),
    ("1.009840", "Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội", "Bảo trợ xã hội", "03 ngày làm việc"),
    ("1.009877", "Xác định, xác định lại mức độ khuyết tật và cấp Giấy xác nhận khuyết tật", "Bảo trợ xã hội",
     "25 ngày làm việc"),
    ("1.009914", "Thủ tục bầu hòa giải viên", "Hòa giải ở cơ sở", "Không quy định"),
    ("1.009951", "Thủ tục thôi làm hòa giải viên", "Hòa giải ở cơ sở", "Không quy định"),
    ("1.009988", "Hòa giải tranh chấp đất đai", "Đất đai", "30 ngày"),
    ("1.010025", "Đăng ký việc nuôi con nuôi trong nước", "Nuôi con nuôi", "30 ngày"),
    ("1.010062", "Tặng Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã về thực hiện nhiệm vụ chính trị",
     "Thi đua, khen thưởng", "20 ngày làm việc"),
    ("1.010099", "Xét tặng danh hiệu Gia đình văn hóa hằng năm", "Văn hóa", "05 ngày làm việc"),
    ("1.010136", "Đăng ký hoạt động tín ngưỡng", "Tín ngưỡng, tôn giáo", "15 ngày"),
]
OUT_OF_SCOPE = ("1.009914", "1.009951")  # no time limit, not settled as a service to citizens
ADDED_LATER = ("1.010025", "1.010062")  # put in scope ~3 months ago, after the province's new list

# Legal documents: key → (number, title, issued, effective)
LAWS: dict[str, tuple[str, str, dt.date, dt.date | None]] = {
    "qd19": ("19/2014/QĐ-TTg", "Quyết định số 19/2014/QĐ-TTg ngày 05/3/2014 của Thủ tướng Chính phủ về việc áp dụng "
             "Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2008 vào hoạt động của các cơ quan, "
             "tổ chức thuộc hệ thống hành chính nhà nước", dt.date(2014, 3, 5), dt.date(2014, 5, 18)),
    "tt26": ("26/2014/TT-BKHCN", "Thông tư số 26/2014/TT-BKHCN ngày 10/10/2014 của Bộ trưởng Bộ Khoa học và Công nghệ "
             "quy định chi tiết thi hành Quyết định số 19/2014/QĐ-TTg", dt.date(2014, 10, 10), dt.date(2014, 12, 1)),
    "qd101": ("101/QĐ-BKHCN", "Quyết định số 101/QĐ-BKHCN ngày 21/01/2019 của Bộ trưởng Bộ Khoa học và Công nghệ "
              "công bố Mô hình khung HTQLCL theo TCVN ISO 9001:2015 cho các loại hình cơ quan hành chính nhà nước "
              "tại địa phương", dt.date(2019, 1, 21), dt.date(2019, 1, 21)),
    "nd30": ("30/2020/NĐ-CP", "Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư",
             dt.date(2020, 3, 5), dt.date(2020, 3, 5)),
    "nd61": ("61/2018/NĐ-CP", "Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, "
             "một cửa liên thông trong giải quyết thủ tục hành chính", dt.date(2018, 4, 23), dt.date(2018, 6, 21)),
    "lht": ("60/2014/QH13", "Luật Hộ tịch số 60/2014/QH13 ngày 20/11/2014", dt.date(2014, 11, 20), dt.date(2016, 1, 1)),
    "nd123": ("123/2015/NĐ-CP", "Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi tiết một số "
              "điều và biện pháp thi hành Luật Hộ tịch", dt.date(2015, 11, 15), dt.date(2016, 1, 1)),
    "nd23": ("23/2015/NĐ-CP", "Nghị định số 23/2015/NĐ-CP ngày 16/02/2015 của Chính phủ về cấp bản sao từ sổ gốc, "
             "chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch",
             dt.date(2015, 2, 16), dt.date(2015, 4, 10)),
    "nd20": ("20/2021/NĐ-CP", "Nghị định số 20/2021/NĐ-CP ngày 15/3/2021 của Chính phủ quy định chính sách trợ giúp "
             "xã hội đối với đối tượng bảo trợ xã hội", dt.date(2021, 3, 15), dt.date(2021, 7, 1)),
    "lnkt": ("51/2010/QH12", "Luật Người khuyết tật số 51/2010/QH12 ngày 17/6/2010", dt.date(2010, 6, 17),
             dt.date(2011, 1, 1)),
    "ldd": ("31/2024/QH15", "Luật Đất đai số 31/2024/QH15 ngày 18/01/2024", dt.date(2024, 1, 18), dt.date(2024, 8, 1)),
    "ltntg": ("02/2016/QH14", "Luật Tín ngưỡng, tôn giáo số 02/2016/QH14 ngày 18/11/2016", dt.date(2016, 11, 18),
              dt.date(2018, 1, 1)),
    "ltdkt": ("06/2022/QH15", "Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15/6/2022", dt.date(2022, 6, 15),
              dt.date(2024, 1, 1)),
    "nd86": ("86/2023/NĐ-CP", "Nghị định số 86/2023/NĐ-CP ngày 07/12/2023 của Chính phủ quy định khung tiêu chuẩn và "
             "trình tự, thủ tục, hồ sơ xét tặng danh hiệu “Gia đình văn hóa”; “Thôn, tổ dân phố văn hóa”; "
             "“Xã, phường, thị trấn tiêu biểu”", dt.date(2023, 12, 7), None),
}

SAME_DAY, GENERIC, MISFIT = "same_day", "generic", "misfit"


@dataclass(frozen=True)
class ProcSpec:
    code: str
    title: str
    kind: str
    field: str
    unit: str  # owning unit key
    owner: str  # owning staff key
    tthc: tuple[str, ...]
    laws: tuple[str, ...]
    steps: str | tuple[tuple[str, str, float, str, str], ...] | None = None  # preset or explicit steps


_SYS = ProcedureKind.SYSTEM.value
_TTHC = ProcedureKind.TTHC.value
PROCEDURES = [
    ProcSpec("QT-01", "Kiểm soát tài liệu và hồ sơ", _SYS, "", "VP", "ha", (), ("qd19", "qd101", "nd30")),
    ProcSpec("QT-02", "Đánh giá nội bộ", _SYS, "", "VP", "ha", (), ("qd19", "tt26", "qd101")),
    ProcSpec("QT-03", "Kiểm soát sự không phù hợp và hành động khắc phục", _SYS, "", "VP", "ha", (), ("qd19", "qd101")),
    ProcSpec("QT-04", "Xem xét của lãnh đạo", _SYS, "", "VP", "ha", (), ("qd19", "qd101")),
    ProcSpec("QT-05", "Quản lý rủi ro và cơ hội", _SYS, "", "VP", "ha", (), ("qd101",)),
    ProcSpec("QT-HT-01", "Đăng ký khai sinh", _TTHC, "Hộ tịch", "TP", "tuan", ("1.009137",), ("lht", "nd123"), SAME_DAY),
    ProcSpec("QT-HT-02", "Đăng ký kết hôn", _TTHC, "Hộ tịch", "TP", "tuan", ("1.009174",), ("lht", "nd123"), SAME_DAY),
    ProcSpec("QT-HT-03", "Đăng ký khai tử", _TTHC, "Hộ tịch", "TP", "tuan", ("1.009211",), ("lht", "nd123"), SAME_DAY),
    ProcSpec("QT-HT-04", "Đăng ký nhận cha, mẹ, con; đăng ký khai sinh kết hợp nhận cha, mẹ, con", _TTHC, "Hộ tịch",
             "TP", "lan", ("1.009248", "1.009285"), ("lht", "nd123"), GENERIC),
    ProcSpec("QT-HT-05", "Đăng ký lại khai sinh; đăng ký lại kết hôn", _TTHC, "Hộ tịch", "TP", "lan",
             ("1.009322", "1.009359"), ("lht", "nd123"), GENERIC),
    ProcSpec("QT-HT-06", "Đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch", _TTHC, "Hộ tịch", "TP", "lan",
             ("1.009396",), ("lht", "nd123"), GENERIC),
    ProcSpec("QT-HT-07", "Cấp Giấy xác nhận tình trạng hôn nhân", _TTHC, "Hộ tịch", "TP", "tuan", ("1.009433",),
             ("lht", "nd123"), GENERIC),
    ProcSpec("QT-HT-08", "Đăng ký giám hộ; đăng ký chấm dứt giám hộ", _TTHC, "Hộ tịch", "TP", "lan",
             ("1.009470", "1.009507"), ("lht", "nd123"), GENERIC),
    ProcSpec("QT-HT-09", "Cấp bản sao trích lục hộ tịch", _TTHC, "Hộ tịch", "TP", "tuan", ("1.009544",),
             ("lht", "nd123"), SAME_DAY),
    ProcSpec("QT-CT-01", "Chứng thực bản sao từ bản chính, chứng thực chữ ký; sửa lỗi sai sót trong hợp đồng, "
             "giao dịch đã được chứng thực", _TTHC, "Chứng thực", "TP", "tuan", ("1.009581", "1.009618", "1.009766"),
             ("nd23",), SAME_DAY),
    ProcSpec("QT-CT-02", "Chứng thực hợp đồng, giao dịch liên quan đến động sản, di chúc, văn bản khai nhận di sản",
             _TTHC, "Chứng thực", "TP", "lan", ("1.009655", "1.009692", "1.009729"), ("nd23",), GENERIC),
    ProcSpec("QT-BTXH-01", "Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hằng tháng", _TTHC, "Bảo trợ xã hội",
             "VH", "phuc", ("1.009803",), ("nd20",), (
                 ("Tiếp nhận, kiểm tra hồ sơ (tờ khai); cấp Giấy tiếp nhận hồ sơ và hẹn trả kết quả", "Bộ phận một cửa",
                  4, "hours", "Giấy tiếp nhận hồ sơ và hẹn trả kết quả"),
                 ("Thẩm định hồ sơ; tổ chức họp Hội đồng xét duyệt trợ giúp xã hội", "Công chức Văn hóa - Xã hội",
                  7, "days", "Biên bản họp xét duyệt"),
                 ("Niêm yết công khai kết quả xét duyệt tại trụ sở UBND xã", "Văn phòng - Thống kê", 2, "days",
                  "Thông báo niêm yết"),
                 ("Hoàn thiện hồ sơ, trình Chủ tịch UBND xã quyết định", "Công chức Văn hóa - Xã hội", 4, "days",
                  "Tờ trình, dự thảo quyết định"),
                 ("Ký quyết định trợ cấp xã hội hằng tháng", "Chủ tịch UBND xã", 1, "days", "Quyết định"),
                 ("Trả kết quả cho người nộp hồ sơ", "Bộ phận một cửa", 4, "hours", "Sổ theo dõi hồ sơ"),
             )),
    ProcSpec("QT-BTXH-02", "Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội", _TTHC, "Bảo trợ xã hội", "VH",
             "phuc", ("1.009840",), ("nd20",), MISFIT),
    ProcSpec("QT-BTXH-03", "Xác định, xác định lại mức độ khuyết tật và cấp Giấy xác nhận khuyết tật", _TTHC,
             "Bảo trợ xã hội", "VH", "phuc", ("1.009877",), ("lnkt",), (
                 ("Tiếp nhận, kiểm tra hồ sơ; cấp Giấy tiếp nhận hồ sơ và hẹn trả kết quả", "Bộ phận một cửa", 4,
                  "hours", "Giấy tiếp nhận hồ sơ và hẹn trả kết quả"),
                 ("Triệu tập Hội đồng xác định mức độ khuyết tật, gửi thông báo cho người khuyết tật",
                  "Công chức Văn hóa - Xã hội", 5, "days", "Giấy triệu tập"),
                 ("Hội đồng tổ chức xác định mức độ khuyết tật", "Hội đồng xác định mức độ khuyết tật", 15, "days",
                  "Biên bản xác định mức độ khuyết tật"),
                 ("Ký Giấy xác nhận khuyết tật", "Chủ tịch UBND xã", 2, "days", "Giấy xác nhận khuyết tật"),
                 ("Trả kết quả", "Bộ phận một cửa", 4, "hours", "Sổ theo dõi hồ sơ"),
             )),
    ProcSpec("QT-DD-01", "Hòa giải tranh chấp đất đai", _TTHC, "Đất đai", "DC", "nhung", ("1.009988",), ("ldd",), (
        ("Tiếp nhận đơn yêu cầu hòa giải, kiểm tra hồ sơ", "Bộ phận một cửa", 4, "hours",
         "Giấy tiếp nhận hồ sơ và hẹn trả kết quả"),
        ("Thẩm tra, xác minh nguyên nhân phát sinh tranh chấp, thu thập giấy tờ, tài liệu liên quan",
         "Công chức Địa chính - Xây dựng", 10, "days", "Báo cáo thẩm tra, xác minh"),
        ("Thành lập Hội đồng hòa giải tranh chấp đất đai", "Chủ tịch UBND xã", 2, "days",
         "Quyết định thành lập Hội đồng"),
        ("Tổ chức cuộc họp hòa giải có các bên tranh chấp và người có quyền lợi liên quan", "Hội đồng hòa giải",
         10, "days", "Biên bản hòa giải"),
        ("Lập biên bản hòa giải thành hoặc không thành", "Công chức Địa chính - Xây dựng", 2, "days",
         "Biên bản hòa giải thành/không thành"),
        ("Gửi biên bản cho các bên, lưu hồ sơ", "Bộ phận một cửa", 1, "days", "Sổ theo dõi hồ sơ"),
    )),
    ProcSpec("QT-VH-01", "Xét tặng danh hiệu Gia đình văn hóa hằng năm", _TTHC, "Văn hóa", "VH", "ngocanh",
             ("1.010099",), ("nd86",), GENERIC),
    ProcSpec("QT-TG-01", "Đăng ký hoạt động tín ngưỡng", _TTHC, "Tín ngưỡng, tôn giáo", "VH", "ngocanh", ("1.010136",),
             ("ltntg",), (
                 ("Tiếp nhận văn bản đăng ký hoạt động tín ngưỡng, kiểm tra hồ sơ", "Bộ phận một cửa", 4, "hours",
                  "Giấy tiếp nhận hồ sơ và hẹn trả kết quả"),
                 ("Xem xét nội dung đăng ký, lấy ý kiến thôn nơi có cơ sở tín ngưỡng", "Công chức Văn hóa - Xã hội",
                  10, "days", "Báo cáo xem xét"),
                 ("Dự thảo văn bản trả lời, trình lãnh đạo", "Công chức Văn hóa - Xã hội", 2, "days", "Dự thảo văn bản"),
                 ("Ký văn bản trả lời", "Chủ tịch hoặc Phó Chủ tịch UBND xã", 1, "days", "Văn bản trả lời"),
                 ("Trả kết quả", "Bộ phận một cửa", 4, "hours", "Sổ theo dõi hồ sơ"),
             )),
]
DRAFT = ProcSpec("QT-TDKT-01", "Tặng Giấy khen của Chủ tịch UBND xã về thực hiện nhiệm vụ chính trị", _TTHC,
                 "Thi đua, khen thưởng", "VP", "long", ("1.010062",), ("ltdkt",), (
                     ("Tiếp nhận hồ sơ đề nghị khen thưởng, kiểm tra thành phần hồ sơ", "Bộ phận một cửa", 4, "hours",
                      "Giấy tiếp nhận hồ sơ và hẹn trả kết quả"),
                     ("Thẩm định hồ sơ, tổng hợp danh sách đề nghị khen thưởng", "Công chức Văn phòng - Thống kê",
                      12, "days", "Tờ trình"),
                     ("Họp Hội đồng Thi đua - Khen thưởng xã xét duyệt", "Hội đồng Thi đua - Khen thưởng", 5, "days",
                      "Biên bản họp Hội đồng"),
                     ("Ký quyết định tặng Giấy khen", "Chủ tịch UBND xã", 2, "days", "Quyết định, Giấy khen"),
                     ("Trả kết quả, công bố quyết định khen thưởng", "Bộ phận một cửa", 4, "hours", "Sổ theo dõi hồ sơ"),
                 ))

FIELD_UNIT = {"TP": "Tư pháp - Hộ tịch", "VH": "Văn hóa - Xã hội", "DC": "Địa chính - Xây dựng",
              "VP": "Văn phòng - Thống kê"}

# Internal audit checklist: key, clause, question, unit key, procedure code, evidence when conforming
CHECKLIST = [
    ("ctx", "4.1", "Đã xác định các vấn đề nội bộ, bên ngoài và nhu cầu, mong đợi của các bên quan tâm liên quan đến "
     "HTQLCL chưa?", "VP", None, "Có bảng xác định bối cảnh và các bên quan tâm được lãnh đạo phê duyệt."),
    ("proc", "4.4", "Các quá trình của HTQLCL và sự tương tác giữa chúng đã được xác định?", "VP", None,
     "Sổ tay chất lượng có sơ đồ các quá trình và bảng phân công trách nhiệm."),
    ("policy", "5.2", "Chính sách chất lượng có được niêm yết, phổ biến và công chức hiểu đúng?", "MC", None,
     "Chính sách chất lượng niêm yết tại Bộ phận một cửa; phỏng vấn 02 công chức trả lời đúng nội dung."),
    ("roles", "5.3", "Vai trò, trách nhiệm, quyền hạn trong HTQLCL được phân công bằng văn bản?", "VP", None,
     "Có Quyết định thành lập Ban Chỉ đạo ISO và bảng phân công nhiệm vụ thành viên."),
    ("risk", "6.1", "Rủi ro và cơ hội của các quá trình đã được nhận diện, có biện pháp xử lý và được theo dõi?", "DC",
     "QT-05", "Sổ theo dõi rủi ro và cơ hội được cập nhật; các rủi ro mức cao có biện pháp xử lý."),
    ("obj", "6.2", "Mục tiêu chất lượng được thiết lập, có kế hoạch thực hiện và được theo dõi định kỳ?", "TC", None,
     "Mục tiêu chất lượng năm được phê duyệt, có kế hoạch thực hiện và báo cáo kết quả 6 tháng."),
    ("env", "7.1.4", "Môi trường làm việc tại Bộ phận một cửa có bảo đảm cho việc tiếp nhận, trả kết quả?", "MC",
     None, "Có ghế chờ, bảng niêm yết, máy lấy số thứ tự, máy tính tra cứu hồ sơ."),
    ("skill", "7.2", "Công chức thực hiện quy trình có đủ năng lực, được đào tạo và có hồ sơ đào tạo?", "VH", None,
     "Hồ sơ đào tạo, phổ biến quy trình được lưu đầy đủ, có danh sách ký nhận."),
    ("docs", "7.5.3", "Tài liệu được kiểm soát (lần ban hành hiện hành tại nơi sử dụng), hồ sơ được lưu đúng thời hạn?",
     "TP", "QT-01", "Các quy trình tại nơi làm việc đúng lần ban hành hiện hành; hồ sơ lưu theo danh mục."),
    ("public", "8.2", "Thông tin về TTHC được công khai đầy đủ tại Bộ phận một cửa và trên Cổng Dịch vụ công?", "MC",
     None, "Niêm yết đầy đủ các TTHC thuộc phạm vi; thông tin khớp với Cổng Dịch vụ công."),
    ("ht01", "8.5.1", "Hồ sơ đăng ký khai sinh được giải quyết đúng trình tự, thời gian của quy trình QT-HT-01?", "TP",
     "QT-HT-01", "Kiểm tra ngẫu nhiên 12 hồ sơ: đúng trình tự, trả kết quả trong ngày."),
    ("ct02", "8.5.1", "Hồ sơ chứng thực hợp đồng, giao dịch được giải quyết đúng quy trình QT-CT-02?", "TP", "QT-CT-02",
     "Kiểm tra 10 hồ sơ: đúng thời hạn, có Phiếu kiểm soát quá trình giải quyết hồ sơ."),
    ("btxh", "8.5.1", "Hồ sơ trợ cấp xã hội hằng tháng được giải quyết đúng quy trình QT-BTXH-01?", "VH",
     "QT-BTXH-01", "Kiểm tra 06 hồ sơ: có biên bản xét duyệt, niêm yết công khai đúng quy định."),
    ("dd", "8.5.1", "Hồ sơ hòa giải tranh chấp đất đai được giải quyết đúng quy trình QT-DD-01?", "DC", "QT-DD-01",
     "Kiểm tra 04 hồ sơ: có biên bản hòa giải, giải quyết trong thời hạn 30 ngày."),
    ("late", "8.7", "Hồ sơ trễ hạn có Phiếu xin lỗi và hẹn lại ngày trả kết quả; hồ sơ không đủ điều kiện có "
     "văn bản từ chối?", "MC", "QT-03", "Không phát hiện hồ sơ trễ hạn thiếu Phiếu xin lỗi và hẹn lại ngày trả kết quả."),
    ("survey", "9.1.2", "Sự hài lòng của người dân được khảo sát, tổng hợp, phân tích định kỳ?", "VP", None,
     "Có phiếu khảo sát và bảng tổng hợp kết quả 6 tháng."),
    ("audit", "9.2", "Chương trình đánh giá nội bộ năm được lập, phê duyệt và thực hiện theo QT-02?", "VP", "QT-02",
     "Chương trình đánh giá nội bộ được Chủ tịch UBND xã phê duyệt."),
    ("review", "9.3", "Xem xét của lãnh đạo được thực hiện đủ đầu vào, đầu ra theo QT-04?", "VP", "QT-04",
     "Biên bản họp xem xét của lãnh đạo có đủ các nội dung đầu vào theo 9.3.2."),
    ("nc", "10.2", "Sự không phù hợp được xử lý, hành động khắc phục được xác nhận hiệu lực theo QT-03?", "VP", "QT-03",
     "Các Phiếu yêu cầu hành động khắc phục đều có xác nhận hiệu lực."),
    ("improve", "10.3", "Có ghi nhận và triển khai các cải tiến?", "DC", None, "Sổ theo dõi cải tiến được cập nhật."),
]

SURVEY_QUESTIONS = [
    "Thái độ phục vụ của công chức tiếp nhận và trả kết quả",
    "Hướng dẫn thành phần hồ sơ đầy đủ, rõ ràng, một lần",
    "Thời gian giải quyết hồ sơ đúng hẹn",
    "Cơ sở vật chất tại Bộ phận một cửa",
    "Công khai, minh bạch thông tin về thủ tục hành chính",
]


@dataclass(frozen=True)
class AuditSpec:
    """One internal audit: held on the first audit's day (``year`` None) or on the audit day of this year plus
    ``year`` (-1: last year). Texts may name the audit's ``{year}`` and ``{month}``; ``results`` are the checklist
    items that do not simply conform (item → result, evidence); a finding is (item, kind, severity, unit key,
    description, its nonconformity's handling or None)."""

    year: int | None
    lead: str
    team: tuple[str, ...]
    title: str
    results: dict
    findings: list
    summary: str
    skip: tuple[str, ...] = ()


AUDITS = [
    AuditSpec(None, lead="lan", team=("ha", "ducanh", "ngocanh", "oanh"),
              title="Đánh giá nội bộ lần đầu HTQLCL năm {year}",
              skip=("review", "nc", "improve"),
              results={
                  "ct02": (ChecklistResult.NONCONFORM, "03/10 hồ sơ chứng thực hợp đồng, giao dịch tháng "
                           "{month:02d}/{year} không có Phiếu kiểm soát quá trình giải quyết hồ sơ."),
                  "docs": (ChecklistResult.NONCONFORM, "Danh mục tài liệu có nguồn gốc bên ngoài chưa cập nhật "
                           "các văn bản quy phạm pháp luật mới ban hành trong năm."),
                  "survey": (ChecklistResult.RECOMMEND, "Số phiếu khảo sát thu về còn ít (dưới 10% số hồ sơ)."),
              },
              findings=[
                  ("ct02", ChecklistResult.NONCONFORM, Severity.MINOR, "TP",
                   "Hồ sơ chứng thực hợp đồng, giao dịch không có Phiếu kiểm soát quá trình giải quyết hồ sơ "
                   "theo quy định tại Nghị định số 61/2018/NĐ-CP (03/10 hồ sơ được kiểm tra).",
                   dict(root="Công chức chưa nắm rõ yêu cầu của quy trình; Bộ phận một cửa chưa có mẫu phiếu in sẵn.",
                        correction="Lập bổ sung Phiếu kiểm soát cho 03 hồ sơ còn thiếu.",
                        actions=[("Quán triệt công chức lập Phiếu kiểm soát cho 100% hồ sơ; in sẵn mẫu phiếu tại "
                                  "Bộ phận một cửa", "tuan", 30, 18,
                                  "Đã quán triệt tại cuộc họp giao ban; kiểm tra 15 hồ sơ mới đều có phiếu.")],
                        verify=(40, "oanh", "Kiểm tra 20 hồ sơ chứng thực sau khắc phục: đều có Phiếu kiểm soát."))),
                  ("docs", ChecklistResult.NONCONFORM, Severity.MINOR, "VP",
                   "Danh mục tài liệu có nguồn gốc bên ngoài chưa được cập nhật các văn bản quy phạm pháp luật "
                   "mới ban hành (vi phạm mục 5.2 quy trình QT-01).",
                   dict(root="Chưa phân công người theo dõi văn bản pháp luật mới.",
                        correction="Cập nhật ngay danh mục tài liệu bên ngoài.",
                        actions=[("Phân công công chức Tư pháp - Hộ tịch theo dõi văn bản mới hằng tuần, báo cáo "
                                  "thư ký ISO", "ha", 20, 10, "Đã có văn bản phân công; danh mục cập nhật đầy đủ.")],
                        verify=(45, "lan", "Danh mục tài liệu bên ngoài được cập nhật đến thời điểm kiểm tra."))),
                  ("survey", ChecklistResult.RECOMMEND, None, "VP",
                   "Nên bổ sung hình thức khảo sát trực tuyến để tăng số phiếu khảo sát sự hài lòng.", None),
              ],
              summary="Hệ thống tài liệu cơ bản phù hợp TCVN ISO 9001:2015. Phát hiện 02 điểm không phù hợp nhẹ "
                      "và 01 khuyến nghị; đủ điều kiện để lãnh đạo xem xét, xác nhận hiệu lực và công bố HTQLCL."),
    AuditSpec(-1, lead="ducanh", team=("lan", "ngocanh", "oanh"),
              title="Đánh giá nội bộ HTQLCL năm {year}",
              results={
                  "late": (ChecklistResult.NONCONFORM, "03 hồ sơ đăng ký khai tử và 01 hồ sơ cấp Giấy xác nhận "
                           "tình trạng hôn nhân trả kết quả trễ hạn, không có Phiếu xin lỗi và hẹn lại ngày trả "
                           "kết quả."),
                  "docs": (ChecklistResult.RECOMMEND, "Hồ sơ điện tử trên phần mềm một cửa chưa có quy định về "
                           "thời hạn lưu trữ."),
                  "obj": (ChecklistResult.RECOMMEND, "Kế hoạch thực hiện mục tiêu chưa nêu nguồn lực cụ thể."),
              },
              findings=[
                  ("late", ChecklistResult.NONCONFORM, Severity.MAJOR, "MC",
                   "Hồ sơ trễ hạn không có Phiếu xin lỗi và hẹn lại ngày trả kết quả theo Nghị định số "
                   "61/2018/NĐ-CP (03 hồ sơ đăng ký khai tử, 01 hồ sơ xác nhận tình trạng hôn nhân).",
                   dict(root="Công chức Bộ phận một cửa không theo dõi hồ sơ sắp đến hạn; phần mềm chưa bật cảnh báo.",
                        correction="Gửi Phiếu xin lỗi cho 04 công dân có hồ sơ trễ hạn.",
                        actions=[("Tập huấn lại quy định về Phiếu xin lỗi và hẹn lại ngày trả kết quả cho công chức "
                                  "Bộ phận một cửa", "tam", 20, 12, "Đã tập huấn, có danh sách ký nhận."),
                                 ("Bật chức năng cảnh báo hồ sơ sắp đến hạn trên phần mềm một cửa điện tử", "long",
                                  30, 21, "Đã cài đặt cảnh báo trước 01 ngày làm việc.")],
                        verify=(50, "ngocanh", "Kiểm tra hồ sơ 01 tháng sau khắc phục: hồ sơ trễ hạn đều có Phiếu "
                                "xin lỗi."))),
                  ("docs", ChecklistResult.RECOMMEND, None, "VP",
                   "Nên bổ sung quy định quản lý, lưu trữ hồ sơ điện tử vào quy trình QT-01.", None),
                  ("obj", ChecklistResult.RECOMMEND, None, "TC",
                   "Nên xác định nguồn lực, thời hạn cho từng mục tiêu chất lượng trong kế hoạch thực hiện.", None),
              ],
              summary="HTQLCL được duy trì phù hợp. Phát hiện 01 điểm không phù hợp nặng tại Bộ phận một cửa và "
                      "02 khuyến nghị."),
    AuditSpec(0, lead="ducanh", team=("ha", "lan", "oanh"),
              title="Đánh giá nội bộ HTQLCL năm {year}",
              results={
                  "ct02": (ChecklistResult.NONCONFORM, "04/15 Phiếu kiểm soát quá trình giải quyết hồ sơ chứng "
                           "thực hợp đồng không ghi thời gian chuyển giao giữa các bước."),
                  "dd": (ChecklistResult.RECOMMEND, "01 hồ sơ hòa giải phải gia hạn do các bên vắng mặt."),
              },
              findings=[
                  ("ct02", ChecklistResult.NONCONFORM, Severity.MINOR, "TP",
                   "Phiếu kiểm soát quá trình giải quyết hồ sơ chứng thực hợp đồng, giao dịch không ghi thời gian "
                   "chuyển giao giữa các bước (04/15 hồ sơ), không xác định được việc tuân thủ thời gian từng bước "
                   "của quy trình QT-CT-02.",
                   dict(root="Mẫu phiếu cũ không có cột thời gian; công chức ghi theo thói quen.",
                        correction="Bổ sung thông tin thời gian cho 04 phiếu theo sổ theo dõi.",
                        actions=[("Sửa mẫu Phiếu kiểm soát, bổ sung cột ngày giờ giao, nhận ở từng bước; hướng dẫn "
                                  "công chức ghi đầy đủ", "tuan", 30, 24, "Đã áp dụng mẫu phiếu mới từ đầu tháng.")],
                        verify=(45, "ducanh", "Kiểm tra 12 hồ sơ mới: phiếu ghi đủ thời gian từng bước."))),
                  ("dd", ChecklistResult.RECOMMEND, None, "DC",
                   "Nên bổ sung rủi ro hòa giải tranh chấp đất đai quá hạn do các bên vắng mặt vào danh mục rủi "
                   "ro và cơ hội.", None),
              ],
              summary="HTQLCL được duy trì, cải tiến. Phát hiện 01 điểm không phù hợp nhẹ và 01 khuyến nghị."),
]
