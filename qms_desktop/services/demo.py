"""The demo commune: two years of realistic records of "Ủy ban nhân dân xã Tân Phú", written through the services.

Everything is dated relative to ``today`` and written in date order, each action as the demo account that
would do it, on the simulated day it happens (``AppContext`` with a fixed clock), so that the services' rules
and the change history apply exactly as in real use. Actions dated after ``today`` are not written (planned
audits and reviews are recorded as planned). The result is deterministic for a given ``today``.

The data (names, findings, texts) is Vietnamese content, written as such; the code speaks English.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import random
import zipfile
from dataclasses import dataclass
from typing import Callable
from xml.sax.saxutils import escape

from qms_desktop.domain import rates
from qms_desktop.domain.errors import ValidationError
from qms_desktop.domain.model import (
    ChecklistResult, ImprovementSource, NcSource, ProcedureKind, ReviewOutputKind, Role, RiskKind, Severity,
)
from qms_desktop.domain.periods import add_months
from qms_desktop.domain.steps import Step
from qms_desktop.i18n import QT_TRANSLATE_NOOP
from qms_desktop.services import (
    agency, announcements, attachments, audits, field_stats, ncs, objectives, procedures, records, reviews, tthc, users,
)
from qms_desktop.services.context import Actor, AppContext, SYSTEM
from qms_desktop.storage import orm
from qms_desktop.storage.db import Database

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
     "Tham mưu tổng hợp, văn thư, lưu trữ, thống kê, thi đua khen thưởng; thường trực Ban chỉ đạo ISO."),
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
     "Có Quyết định thành lập Ban chỉ đạo ISO và bảng phân công nhiệm vụ thành viên."),
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


# ---------------------------------------------------------------- helpers

def _weekday(day: dt.date) -> dt.date:
    """Saturday and Sunday move back to Friday (monotone, so the order of events is kept)."""
    return day - dt.timedelta(days=day.weekday() - 4) if day.weekday() >= 5 else day


def _fmt(day: dt.date) -> str:
    return day.strftime("%d/%m/%Y")


def _docx(paragraphs: list[str], when: dt.date) -> bytes:
    """A minimal, valid Word document (deterministic bytes for the same text and date)."""
    runs = "".join(
        '<w:p><w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>'
        f'<w:sz w:val="26"/></w:rPr><w:t xml:space="preserve">{escape(p)}</w:t></w:r></w:p>'
        for p in paragraphs
    )
    parts = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="word/document.xml"/></Relationships>'),
        "word/document.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
            f'{runs}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
            '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1814" w:header="720" w:footer="720" '
            'w:gutter="0"/></w:sectPr></w:body></w:document>'),
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            info = zipfile.ZipInfo(name, date_time=(when.year, when.month, when.day, 8, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode("utf-8"))
    return buf.getvalue()


def _half_bounds(year: int, first: bool) -> tuple[dt.date, dt.date]:
    """Decree 09/2019 six-month periods: 15/12 – 14/6 and 15/6 – 14/12."""
    if first:
        return dt.date(year - 1, 12, 15), dt.date(year, 6, 14)
    return dt.date(year, 6, 15), dt.date(year, 12, 14)


def _split(total: int, shares: tuple[tuple[str, int], ...]) -> dict[str, int]:
    """``total`` shared out by whole numbers in proportion to ``shares`` (largest remainders), summing exactly."""
    weight = sum(w for _n, w in shares)
    exact = {name: total * w / weight for name, w in shares}
    out = {name: int(v) for name, v in exact.items()}
    for name in sorted(exact, key=lambda n: exact[n] - out[n], reverse=True)[: total - sum(out.values())]:
        out[name] += 1
    return out


def _field_lines(h: "_Half") -> list[dict]:
    """The half's figures per field, as the one-stop shop's monthly book adds them up."""
    on_time, pending = _split(h.on_time, FIELD_SHARES), _split(h.pending, FIELD_SHARES)
    late = _split(h.late, LATE_SHARES)
    return [{"field": name, "on_time": on_time[name], "late": late.get(name, 0), "pending": pending[name],
             "received": on_time[name] + late.get(name, 0) + pending[name]} for name, _w in FIELD_SHARES]


@dataclass
class _Half:
    year: int
    first: bool
    start: dt.date
    end: dt.date
    received: int = 0
    on_time: int = 0
    late: int = 0
    pending: int = 0
    complaints: int = 0
    late_complaints: int = 0
    feedback: int = 0
    responses: int = 0
    satisfied: tuple[int, ...] = ()

    @property
    def code(self) -> str:  # report-period code: "2026-H1", or the year for the second half
        return f"{self.year}-H1" if self.first else str(self.year)

    @property
    def on_time_pct(self) -> float:
        return 100 * self.on_time / max(1, self.on_time + self.late)

    @property
    def satisfaction(self) -> float:
        return 100 * sum(self.satisfied) / max(1, len(self.satisfied) * self.responses)


# ---------------------------------------------------------------- entry point

def create_demo(db: Database, *, today: dt.date | None = None,
                extra_account: tuple[str, str] | None = None) -> str:
    """Fill an empty database with the demo commune; returns a one-line summary (counts).

    Raises:
        ValidationError: the database already has an agency profile, accounts or records; or the extra
            account's name or password is not acceptable. Nothing is written then.
    """
    today = today or dt.date.today()
    _refuse_non_empty(db)
    accounts = _accounts(extra_account)
    demo = _Demo(db, today)
    demo.create_accounts(accounts)
    demo.schedule_all()
    demo.run()
    return demo.summary()


def _refuse_non_empty(db: Database) -> None:
    from sqlalchemy import func, select

    with db.session() as s:
        used = any(s.scalar(select(func.count()).select_from(model)) for model in (
            orm.Agency, orm.User, orm.Unit, orm.Tthc, orm.Procedure))
    if used:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "The demo commune can only be written into an empty database; this one already has an "
                      "agency profile, accounts or records."))


def _accounts(extra: tuple[str, str] | None) -> list[tuple[str, str, str, str]]:
    """The demo accounts, leader first; the extra account changes a demo password or adds a leader."""
    accounts = sorted(DEMO_ACCOUNTS, key=lambda a: a[1] != Role.LEADER)
    if extra is None:
        return accounts
    name = users.check_account(extra[0] or "", extra[1], Role.LEADER)  # refuse a bad name or password before writing
    password = extra[1]
    if any(a[0] == name for a in accounts):
        return [(u, role, password if u == name else pw, full) for u, role, pw, full in accounts]
    return accounts + [(name, Role.LEADER.value, password, "")]


class _Demo:
    def __init__(self, db: Database, today: dt.date) -> None:
        self.db = db
        self.T = today
        self.Y = today.year
        self.rng = random.Random(SEED)
        self.actors: dict[str, Actor] = {}
        self._contexts: dict[tuple[str, dt.date], AppContext] = {}
        self._events: list[tuple[dt.date, int, str, Callable[[AppContext], object]]] = []
        self.unit: dict[str, int] = {}
        self.staff: dict[str, int] = {}
        self.tthc: dict[str, int] = {}
        self.proc: dict[str, int] = {}
        self.ids: dict[str, int] = {}
        self.numbers: dict[str, str] = {}
        self.halves: list[_Half] = []
        # the story's anchor dates
        T = today
        self.S = _weekday(add_months(T, -26))  # the commune starts building its QMS
        self.E1 = _weekday(add_months(T, -24))  # first procedures take effect
        self.audit0 = _weekday(self.E1 + dt.timedelta(days=25))
        self.review0 = _weekday(self.audit0 + dt.timedelta(days=13))
        self.A0 = _weekday(add_months(T, -22))  # the announcement
        self.complaint_late = _weekday(add_months(T, -12) - dt.timedelta(days=20))
        self.complaint_recent = _weekday(T - dt.timedelta(days=50))
        self.inspection_old = _weekday(add_months(T, -13))
        self.inspection_new = _weekday(T - dt.timedelta(days=35))
        self.scope_change = _weekday(add_months(T, -3))
        self.legal_change = _weekday(T - dt.timedelta(days=62))
        self.audit_day = {y: _weekday(dt.date(y, 9, 16)) for y in (self.Y - 1, self.Y)}
        self.review_day = {y: _weekday(dt.date(y, 10, 21)) for y in (self.Y - 1, self.Y)}

    # ------------------------------------------------------------ machinery
    def ctx(self, who: str, day: dt.date) -> AppContext:
        key = (who, day)
        if key not in self._contexts:
            self._contexts[key] = AppContext(self.db, self.actors[who], clock=lambda d=day: d)
        return self._contexts[key]

    def on(self, day: dt.date, who: str, fn: Callable[[AppContext], object]) -> None:
        """Schedule an action on a day; actions after today are not written."""
        if day <= self.T:
            self._events.append((day, len(self._events), who, fn))

    def run(self) -> None:
        for day, _seq, who, fn in sorted(self._events, key=lambda e: (e[0], e[1])):
            fn(self.ctx(who, day))

    def days(self, day: dt.date, n: int) -> dt.date:
        return _weekday(day + dt.timedelta(days=n))

    def name(self, key: str) -> str:
        return next(s[1] for s in STAFF if s[0] == key)

    def title(self, key: str) -> str:
        return next(s[2] for s in STAFF if s[0] == key)

    # ------------------------------------------------------------ accounts
    def create_accounts(self, accounts: list[tuple[str, str, str, str]]) -> None:
        (first, role, password, full), *rest = accounts
        users.create_first_user(self.db, username=first, password=password, full_name=full, role=role)
        leader = AppContext(self.db, Actor(first, role, full))
        for username, role_, pw, full_ in rest:
            users.create_user(leader, username=username, password=pw, role=role_, full_name=full_)
        for username, role_, _pw, full_ in accounts:
            self.actors[username] = Actor(username, role_, full_)
        for username, role_, _pw, full_ in DEMO_ACCOUNTS:
            self.actors.setdefault(username, Actor(username, role_, full_))

    # ------------------------------------------------------------ the story
    def schedule_all(self) -> None:
        self.schedule_setup()
        self.schedule_procedures()
        self.schedule_announcement()
        self.schedule_statistics()
        self.schedule_policy_and_objectives()
        self.schedule_risks()
        self.schedule_audits()
        self.schedule_inspections()
        self.schedule_complaints()
        self.schedule_reviews()
        self.schedule_trainings()
        self.schedule_improvements()
        self.schedule_petitions()
        self.schedule_reports()

    def schedule_reports(self) -> None:
        """The six-month and annual reports of the last two years: drafted, finalised and sent."""
        from qms_desktop.domain.periods import ReportPeriod
        from qms_desktop.services.reports import lifecycle

        for code in (f"{self.Y - 1}-H1", f"{self.Y - 1}", f"{self.Y}-H1", f"{self.Y}"):
            period = ReportPeriod.parse(code)
            end = period.bounds()[1]
            drafted, final, sent = (self.days(end, n) for n in (4, 5, 6))  # after the figures are in
            holder: dict[str, int] = {}

            def draft(ctx, code=code, holder=holder, half=period.half):
                row = lifecycle.create_report(ctx, period=code)
                holder["id"] = row.id
                lifecycle.update_report(
                    ctx, row.id,
                    shortcomings=("Một số công chức chưa cập nhật kịp thời biểu mẫu theo lần ban hành mới của quy trình.\n"
                                  "Việc lưu hồ sơ giải quyết TTHC ở bộ phận Tư pháp - Hộ tịch còn chậm; nguyên nhân "
                                  "chủ yếu do khối lượng hồ sơ lớn, nhân sự kiêm nhiệm."),
                    plans=("Tiếp tục duy trì, cải tiến HTQLCL; rà soát, cập nhật quy trình khi văn bản pháp luật thay đổi.\n"
                           + ("Tổ chức đánh giá nội bộ và xem xét của lãnh đạo trong 6 tháng cuối năm." if half else
                              "Xây dựng kế hoạch duy trì HTQLCL năm tiếp theo; đào tạo lại chuyên gia đánh giá nội bộ.")),
                    proposals="Đề nghị Sở Khoa học và Công nghệ tiếp tục tổ chức tập huấn chuyên gia đánh giá nội bộ cho cấp xã.",
                    # the annual report answers the Department's written request (TT 26 Art. 35.2)
                    request_letter="" if half else (
                        f"Công văn số {1400 + ReportPeriod.parse(code).year % 100}/SKHCN-TĐC ngày "
                        f"{_weekday(dt.date(ReportPeriod.parse(code).year, 11, 10)).strftime('%d/%m/%Y')} của Sở Khoa "
                        f"học và Công nghệ tỉnh Lâm Đồng về việc báo cáo tình hình áp dụng, duy trì và cải tiến Hệ "
                        f"thống quản lý chất lượng năm {ReportPeriod.parse(code).year}"))

            def finalize(ctx, holder=holder):
                # The leader reads the pre-flight: a refusal would stop the demo (a bug in its story); a
                # warning the records justify (e.g. no management review in the 12 months before an early
                # first half) is acknowledged by its code, as in the application.
                if "id" in holder:
                    found = lifecycle.preflight(ctx, holder["id"])
                    lifecycle.finalize_report(ctx, holder["id"], acknowledge=[f.code for f in found.warnings])

            def send(ctx, holder=holder):
                if "id" in holder:
                    lifecycle.mark_sent(ctx, holder["id"])

            self.on(drafted, "thuky", draft)
            self.on(final, "lanhdao", finalize)
            self.on(sent, "thuky", send)

    def schedule_setup(self) -> None:
        S = self.S

        def profile(ctx):
            agency.save_profile(ctx, AGENCY)
            agency.set_setting(ctx, "period_rule", "decree09")
            agency.set_setting(ctx, "yearly_rule", "calendar")
            agency.set_setting(ctx, "website", WEBSITE)
            agency.set_setting(ctx, "consultant_status", "none")  # built by the commune with the province's training

        self.on(S, "lanhdao", profile)

        def units(ctx):
            for key, name, description in UNITS:
                self.unit[key] = records.create(ctx, "unit", {"name": name, "description": description}).id
            for key, full_name, title, unit_key, steering, auditor in STAFF:
                self.staff[key] = records.create(ctx, "staff", {
                    "full_name": full_name, "title": title, "unit_id": self.unit.get(unit_key),
                    "is_steering": steering, "is_auditor": False,
                }).id

        self.on(S, "thuky", units)

        def auditors(ctx):  # certified after the auditors' course
            course = f"Giấy chứng nhận đào tạo chuyên gia đánh giá nội bộ TCVN ISO 9001:2015, khóa tháng " \
                     f"{self.days(S, 28).strftime('%m/%Y')}"
            for key, *_rest, auditor in STAFF:
                if auditor:
                    records.update(ctx, "staff", self.staff[key], {"is_auditor": True, "auditor_certificate": course})

        self.on(self.days(S, 33), "thuky", auditors)

        def tthc_list(ctx):
            for code, name, field, limit in TTHC_LIST:
                in_scope = code not in OUT_OF_SCOPE and code not in ADDED_LATER
                self.tthc[code] = tthc.create_tthc(ctx, code=code, name=name, field=field, time_limit=limit,
                                                   in_scope=in_scope).id

        self.on(self.days(S, 3), "thuky", tthc_list)

        def widen_scope(ctx):
            for code in ADDED_LATER:
                tthc.set_in_scope(ctx, self.tthc[code], True)

        self.on(self.scope_change, "thuky", widen_scope)

    # ------------------------------------------------------------ procedures
    def steps_for(self, spec: ProcSpec, version: int = 1) -> tuple[Step, ...]:
        unit = FIELD_UNIT.get(spec.unit, "Văn phòng - Thống kê")
        limits = [days for code, _n, _f, limit in TTHC_LIST if code in spec.tthc
                  for days in [tthc_days(limit)] if days is not None]
        limit = min(limits) if limits else 0
        if spec.steps is None:
            return ()
        if spec.steps == SAME_DAY:
            rows = [
                ("Tiếp nhận, kiểm tra hồ sơ; cấp Giấy tiếp nhận hồ sơ và hẹn trả kết quả", "Bộ phận một cửa", 1,
                 "hours", "Giấy tiếp nhận hồ sơ và hẹn trả kết quả"),
                ("Chuyển hồ sơ cho công chức chuyên môn kèm Phiếu kiểm soát quá trình giải quyết hồ sơ",
                 "Bộ phận một cửa", 0.5, "hours", "Phiếu kiểm soát quá trình giải quyết hồ sơ"),
                ("Thẩm định hồ sơ, dự thảo kết quả giải quyết", f"Công chức {unit}", 3, "hours", "Dự thảo kết quả"),
                ("Xem xét, ký kết quả giải quyết", "Chủ tịch hoặc Phó Chủ tịch UBND xã", 2, "hours", "Kết quả đã ký"),
                ("Vào sổ, đóng dấu, chuyển kết quả cho Bộ phận một cửa", "Văn phòng - Thống kê", 1, "hours",
                 "Sổ theo dõi"),
                ("Trả kết quả, thu lệ phí (nếu có)", "Bộ phận một cửa", 0.5, "hours", "Sổ theo dõi hồ sơ"),
            ]
            if version >= 2:  # electronic results returned too: registering gets faster
                rows[4] = ("Vào sổ, đóng dấu, cập nhật kết quả điện tử lên Cổng Dịch vụ công", "Văn phòng - Thống kê",
                           1, "hours", "Kết quả bản điện tử")
        elif spec.steps in (GENERIC, MISFIT):
            check = limit - 1.5 if spec.steps == GENERIC else 2
            sign = 0.5 if spec.steps == GENERIC else 1
            rows = [
                ("Tiếp nhận, kiểm tra hồ sơ; cấp Giấy tiếp nhận hồ sơ và hẹn trả kết quả", "Bộ phận một cửa", 4,
                 "hours", "Giấy tiếp nhận hồ sơ và hẹn trả kết quả"),
                ("Thẩm định hồ sơ, dự thảo kết quả giải quyết", f"Công chức {unit}", check, "days",
                 "Hồ sơ đã thẩm định, dự thảo kết quả"),
                ("Xem xét, ký kết quả giải quyết", "Chủ tịch hoặc Phó Chủ tịch UBND xã", sign, "days", "Kết quả đã ký"),
                ("Vào sổ, đóng dấu; trả kết quả cho tổ chức, cá nhân", "Bộ phận một cửa", 4, "hours",
                 "Sổ theo dõi hồ sơ"),
            ]
        else:
            rows = list(spec.steps)
            if version >= 2 and spec.code == "QT-BTXH-01":
                rows[3] = ("Hoàn thiện hồ sơ, trình Chủ tịch UBND xã quyết định", "Công chức Văn hóa - Xã hội", 3.5,
                           "days", "Tờ trình, dự thảo quyết định")
                rows.insert(4, ("Thông báo bằng văn bản cho người nộp hồ sơ khi hồ sơ phải bổ sung hoặc chậm giải "
                                "quyết, nêu rõ lý do", "Công chức Văn hóa - Xã hội", 4, "hours",
                                "Phiếu xin lỗi và hẹn lại ngày trả kết quả"))
        return tuple(Step(i, a, r, d, u, res) for i, (a, r, d, u, res) in enumerate(rows, start=1))

    def _version(self, spec: ProcSpec, number: int, drafted: dt.date, reviewed: dt.date, approved: dt.date,
                 effective: dt.date, summary: str, approve: bool = True) -> None:
        data = procedures.VersionInput(
            issue_date=approved if approve else None, effective_date=effective if approve else None,
            drafted_by=self.name(spec.owner), drafted_title=self.title(spec.owner), drafted_date=drafted,
            reviewed_by=self.name("pct") if approve else "", reviewed_title=TITLE_PCT if approve else "",
            reviewed_date=reviewed if approve else None, change_summary=summary,
            steps=self.steps_for(spec, number),
        )
        key = f"{spec.code}/v{number}"

        def draft(ctx):
            self.ids[key] = procedures.add_version(ctx, self.proc[spec.code], data).id

        self.on(drafted, "thuky", draft)
        if not approve:
            return

        def sign(ctx):
            procedures.approve_version(ctx, self.ids[key], approved_by=self.name("ct"), approved_title=TITLE_CT,
                                       approved_date=approved, effective_date=effective)

        self.on(approved, "lanhdao", sign)

        def attach(ctx):
            text = [
                "ỦY BAN NHÂN DÂN XÃ TÂN PHÚ",
                f"QUY TRÌNH {spec.code}: {spec.title.upper()}",
                f"Lần ban hành: {number:02d}    Ngày ban hành: {_fmt(approved)}    Ngày hiệu lực: {_fmt(effective)}",
                f"Soạn thảo: {self.name(spec.owner)}    Xem xét: {self.name('pct')}    Phê duyệt: {self.name('ct')}",
                "1. Mục đích  2. Phạm vi áp dụng  3. Tài liệu viện dẫn  4. Định nghĩa, viết tắt  5. Nội dung quy trình  "
                "6. Biểu mẫu  7. Hồ sơ cần lưu",
            ]
            filename = f"{spec.code}_LanBanHanh{number:02d}.docx"
            attachments.attach(ctx, "procedure_version", self.ids[key], filename=filename, data=_docx(text, approved))

        self.on(approved, "thuky", attach)

    def _legal(self, code: str, number: str, title: str, issued: dt.date | None, effective: dt.date | None,
               incorporated: dt.date | None, on_day: dt.date) -> None:
        def add(ctx):
            records.create(ctx, "legal_document", {
                "procedure_id": self.proc[code], "number": number, "title": title, "issued_date": issued,
                "effective_date": effective, "incorporated_date": incorporated,
            })

        self.on(on_day, "thuky", add)

    def schedule_procedures(self) -> None:
        S, E1 = self.S, self.E1
        approved1, reviewed1 = self.days(E1, -3), self.days(E1, -10)
        for i, spec in enumerate(PROCEDURES):
            drafted = self.days(S, 30 + i // 2)

            def register(ctx, spec=spec):
                self.proc[spec.code] = procedures.create_procedure(
                    ctx, code=spec.code, title=spec.title, kind=spec.kind, field=spec.field,
                    tthc_ids=[self.tthc[c] for c in spec.tthc], owner_unit_id=self.unit[spec.unit],
                    owner_staff_id=self.staff[spec.owner]).id

            self.on(drafted, "thuky", register)
            self._version(spec, 1, drafted, reviewed1, approved1, E1, "Ban hành lần đầu")
            for law in spec.laws:
                number, title, issued, effective = LAWS[law]
                built_in = E1 if effective is None or effective <= E1 else min(self.days(effective, 30), self.T)
                self._legal(spec.code, number, title, issued, effective, built_in, E1)

        # Version 2 of four procedures (the first then Hết hiệu lực the day before).
        by_code = {p.code: p for p in PROCEDURES}
        y1 = self.Y - 1
        qt01 = self.days(self.audit_day[y1], 46)
        self._version(by_code["QT-01"], 2, self.days(qt01, -20), self.days(qt01, -10), self.days(qt01, -3), qt01,
                      "Bổ sung quy định quản lý, lưu trữ hồ sơ điện tử")
        self._amend("QT-01", qt01, "Mục 5.4: bổ sung quy định số hóa, lưu trữ hồ sơ điện tử của TTHC và thời hạn lưu "
                    "trữ hồ sơ điện tử", "Khuyến nghị của cuộc đánh giá nội bộ năm " + str(y1))
        self._amend("QT-01", qt01, "Biểu mẫu BM.QT01.03: bổ sung cột \"Hình thức lưu (giấy/điện tử)\" trong Danh mục "
                    "hồ sơ", "Nghị định số 30/2020/NĐ-CP")

        btxh = self.days(self.complaint_late, 45)
        self._version(by_code["QT-BTXH-01"], 2, self.days(btxh, -20), self.days(btxh, -10), self.days(btxh, -3), btxh,
                      "Bổ sung bước thông báo cho người nộp hồ sơ khi hồ sơ phải bổ sung hoặc chậm giải quyết")
        self._amend("QT-BTXH-01", btxh, "Mục 5.5: bổ sung bước thông báo bằng văn bản cho người nộp hồ sơ khi hồ sơ "
                    "phải bổ sung hoặc chậm giải quyết; rút ngắn thời gian hoàn thiện hồ sơ còn 3,5 ngày",
                    "Kết quả xử lý phản ánh của công dân (sự không phù hợp nguồn khiếu nại)")

        ht01 = self.days(self.review_day[y1], 100)
        province_ht = self.days(self.review_day[y1], 40)
        self._version(by_code["QT-HT-01"], 2, self.days(ht01, -20), self.days(ht01, -10), self.days(ht01, -3), ht01,
                      "Cập nhật thủ tục đăng ký khai sinh theo danh mục TTHC sửa đổi của tỉnh; trả kết quả điện tử")
        self._legal("QT-HT-01", "1875/QĐ-UBND",
                    f"Quyết định số 1875/QĐ-UBND ngày {_fmt(self.days(province_ht, -10))} của Chủ tịch UBND tỉnh Lâm "
                    "Đồng công bố danh mục thủ tục hành chính được sửa đổi, bổ sung trong lĩnh vực hộ tịch áp dụng "
                    "tại cấp xã", self.days(province_ht, -10), province_ht, ht01, self.days(ht01, -20))
        self._amend("QT-HT-01", ht01, "Mục 5.2: cập nhật thành phần hồ sơ, cách thức nộp hồ sơ trực tuyến; bước 5 "
                    "bổ sung trả kết quả bản điện tử", "Quyết định số 1875/QĐ-UBND của Chủ tịch UBND tỉnh Lâm Đồng")

        ct01 = _weekday(add_months(self.T, -6))
        self._version(by_code["QT-CT-01"], 2, self.days(ct01, -20), self.days(ct01, -10), self.days(ct01, -3), ct01,
                      "Bổ sung cấp bản sao điện tử được chứng thực từ bản chính")
        self._amend("QT-CT-01", ct01, "Mục 5.3: bổ sung trình tự chứng thực bản sao điện tử từ bản chính, trả kết quả "
                    "qua Cổng Dịch vụ công", "Nghị định số 45/2020/NĐ-CP ngày 08/4/2020 của Chính phủ về thực hiện "
                    "thủ tục hành chính trên môi trường điện tử")

        # A legal change not yet built in: effective about two months ago (3-month deadline soon).
        issued = self.days(self.legal_change, -10)
        self._legal("QT-BTXH-01", "2187/QĐ-UBND",
                    f"Quyết định số 2187/QĐ-UBND ngày {_fmt(issued)} của Chủ tịch UBND tỉnh Lâm Đồng công bố danh mục "
                    "thủ tục hành chính được sửa đổi, bổ sung trong lĩnh vực bảo trợ xã hội áp dụng tại cấp xã",
                    issued, self.legal_change, None, self.days(self.legal_change, 4))

        # The procedure for a TTHC put in scope recently: still a draft.
        drafted = self.days(self.T, -12)

        def register_draft(ctx):
            self.proc[DRAFT.code] = procedures.create_procedure(
                ctx, code=DRAFT.code, title=DRAFT.title, kind=DRAFT.kind, field=DRAFT.field,
                tthc_ids=[self.tthc[c] for c in DRAFT.tthc], owner_unit_id=self.unit[DRAFT.unit],
                owner_staff_id=self.staff[DRAFT.owner]).id

        self.on(self.days(self.T, -20), "thuky", register_draft)
        self._version(DRAFT, 1, drafted, drafted, drafted, drafted, "Dự thảo lần đầu", approve=False)
        number, title, issued_law, effective = LAWS["ltdkt"]
        self._legal(DRAFT.code, number, title, issued_law, effective, None if effective is None else drafted, drafted)

    def _amend(self, code: str, day: dt.date, item: str, basis: str) -> None:
        self.on(day, "thuky", lambda ctx: procedures.add_amendment(
            ctx, self.proc[code], item=item, legal_basis=basis, version_number=2, date=day))

    # ------------------------------------------------------------ announcement
    def schedule_announcement(self) -> None:
        A0 = self.A0
        number = f"{self.rng.randint(8, 25)}/QĐ-UBND"

        def announce(ctx):
            row = announcements.announce(ctx, {
                "decision_number": number, "decision_date": A0,
                "activities": "Các hoạt động nội bộ: quản lý văn bản đi, đến; tiếp nhận và xử lý phản ánh, kiến nghị "
                              "của người dân về giải quyết thủ tục hành chính",
                "notice_sent_date": self.days(A0, 2), "notice_recipient": RECIPIENT,
                "posted_date": self.days(A0, 1), "website_posted_date": self.days(A0, 2), "is_reannouncement": False,
            })
            self.ids["announcement"] = row.id
            text = ["ỦY BAN NHÂN DÂN XÃ TÂN PHÚ", f"Số: {number}", f"Tân Phú, ngày {A0.day:02d} tháng {A0.month:02d} "
                    f"năm {A0.year}", "QUYẾT ĐỊNH", "Về việc công bố Hệ thống quản lý chất lượng phù hợp Tiêu chuẩn quốc "
                    "gia TCVN ISO 9001:2015", "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TÂN PHÚ", "Điều 1. Công bố Hệ thống quản lý "
                    "chất lượng của Ủy ban nhân dân xã Tân Phú phù hợp Tiêu chuẩn quốc gia TCVN ISO 9001:2015 đối với "
                    "các thủ tục hành chính và hoạt động tại danh mục kèm theo.", f"CHỦ TỊCH  {self.name('ct')}"]
            attachments.attach(ctx, "announcement", row.id, filename=f"QuyetDinhCongBo_{A0.year}.docx",
                               data=_docx(text, A0))

        self.on(A0, "thuky", announce)

    # ------------------------------------------------------------ statistics and surveys
    def schedule_statistics(self) -> None:
        complaints = [(self.complaint_late, True), (self.complaint_recent, False)]
        for year in range(self.Y - 3, self.Y + 1):
            for first in (True, False):
                start, end = _half_bounds(year, first)
                if end < self.E1 or self.days(end, 1) > self.T:
                    continue
                h = _Half(year, first, start, end)
                h.received = self.rng.randint(620, 880)
                h.pending = self.rng.randint(4, 14)
                rate = 97.6 if (year, first) == (self.Y, True) else self.rng.randint(982, 993) / 10
                settled = h.received - h.pending
                h.on_time = round(settled * rate / 100)
                h.late = settled - h.on_time
                h.complaints = sum(1 for d, _late in complaints if start <= d <= end)
                h.late_complaints = sum(1 for d, late in complaints if late and start <= d <= end)
                h.feedback = self.rng.randint(3, 9) + h.complaints
                h.responses = self.rng.randint(140, 260)
                target = self.rng.randint(915, 955) / 1000
                h.satisfied = tuple(min(h.responses, round(h.responses * (target + self.rng.randint(-30, 30) / 1000)))
                                    for _q in SURVEY_QUESTIONS)
                self.halves.append(h)
                self._schedule_half(h)

    def _schedule_half(self, h: _Half) -> None:
        qr_since = self.days(add_months(self.T, -7), 0)

        def stat(ctx):
            note = ("Hồ sơ trễ hạn chủ yếu thuộc lĩnh vực đất đai và bảo trợ xã hội do công chức chuyên môn kiêm "
                    "nhiệm, đi tập huấn dài ngày; đã có Phiếu xin lỗi và hẹn lại ngày trả kết quả."
                    if h.on_time_pct < 98 else "Số liệu từ Hệ thống thông tin giải quyết TTHC của tỉnh.")
            row = records.create(ctx, "service_stat", {
                "period_start": h.start, "period_end": h.end, "received": h.received, "on_time": h.on_time,
                "late": h.late, "pending": h.pending, "feedback": h.feedback, "complaints": h.complaints,
                "complaints_resolved": h.complaints, "note": note,
            })
            field_stats.set_field_stats(ctx, row.id, _field_lines(h))

        self.on(self.days(h.end, 1), "thuky", stat)

        def survey(ctx):
            form = "Phiếu khảo sát ý kiến người dân, tổ chức về giải quyết TTHC (05 câu hỏi), phiếu giấy"
            if h.end >= qr_since:
                form += " và trực tuyến qua mã QR"
            records.create(ctx, "survey", {
                "period": h.code, "form": form, "start_date": h.start, "end_date": h.end, "responses": h.responses,
                "satisfaction_rate": rates.floor_to(h.satisfaction, 1),
                "results_json": json.dumps([{"question": q, "satisfied": n} for q, n in zip(SURVEY_QUESTIONS, h.satisfied)],
                                           ensure_ascii=False),
            })

        self.on(self.days(h.end, 2), "thuky", survey)

    # ------------------------------------------------------------ policy, objectives, results
    def schedule_policy_and_objectives(self) -> None:
        policy_text = ("Ủy ban nhân dân xã Tân Phú cam kết giải quyết thủ tục hành chính công khai, minh bạch, đúng "
                       "pháp luật, đúng hẹn; lấy sự hài lòng của người dân, tổ chức làm thước đo chất lượng phục vụ; "
                       "không ngừng cải tiến Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015.")

        def policy(ctx, year, approved):
            records.create(ctx, "quality_policy", {"year": year, "text": policy_text, "approved_date": approved})

        first_year = self.E1.year
        self.on(self.E1, "thuky", lambda ctx: policy(ctx, first_year, self.days(self.E1, -3)))
        for year in (self.Y - 1, self.Y):
            approved = _weekday(dt.date(year, 1, 6))
            if year != first_year:
                self.on(approved, "thuky", lambda ctx, y=year, a=approved: policy(ctx, y, a))
            self.on(self.days(approved, 1), "thuky", lambda ctx, y=year: self._objectives(ctx, y))
            for h in self.halves:
                if h.year == year:
                    self.on(self.days(h.end, 3), "thuky", lambda ctx, y=year, h=h: self._results(ctx, y, h))

    def _objectives(self, ctx: AppContext, year: int) -> None:
        rows = [
            ("on_time", f"Tỷ lệ hồ sơ TTHC giải quyết đúng hạn năm {year} đạt từ 98% trở lên",
             "Số hồ sơ giải quyết đúng hạn / tổng số hồ sơ đã giải quyết (Hệ thống thông tin giải quyết TTHC)", 98, ">=",
             "%", "MC"),
            ("satisfaction", f"Tỷ lệ người dân, tổ chức hài lòng với việc giải quyết TTHC năm {year} đạt từ 90% trở lên",
             "Tổng số ý kiến hài lòng / tổng số ý kiến trên phiếu khảo sát 6 tháng", 90, ">=", "%", "VP"),
            ("coverage", "100% TTHC thuộc phạm vi áp dụng có quy trình giải quyết được ban hành và áp dụng",
             "Số TTHC có quy trình hiệu lực / số TTHC thuộc phạm vi", 100, ">=", "%", "VP"),
            ("late_complaints", "Không có phản ánh, kiến nghị của người dân về việc giải quyết TTHC trễ hạn",
             "Số phản ánh, kiến nghị về hồ sơ trễ hạn trong kỳ", 0, "<=", "vụ", "MC"),
            ("training", "100% cán bộ, công chức được phổ biến chính sách chất lượng và các quy trình mới ban hành, "
             "sửa đổi", "Số công chức được phổ biến / tổng số công chức", 100, ">=", "%", "VP"),
        ]
        for key, text, measure, target, comparison, unit, owner in rows:
            self.ids[f"objective/{year}/{key}"] = records.create(ctx, "objective", {
                "year": year, "text": text, "measure": measure, "target": target, "comparison": comparison,
                "unit": unit, "owner_unit_id": self.unit[owner]}).id

    def _results(self, ctx: AppContext, year: int, h: _Half) -> None:
        halves = [x for x in self.halves if x.year == year and (x.first or not h.first)]
        on_time = sum(x.on_time for x in halves)
        settled = sum(x.on_time + x.late for x in halves)
        responses = sum(len(x.satisfied) * x.responses for x in halves)
        satisfied = sum(sum(x.satisfied) for x in halves)
        in_scope = tthc.list_tthc(ctx, in_scope_only=True)
        covered = sum(1 for t in in_scope if t.covered)
        values = {
            # floored, as every rate compared with a target (domain.rates): 97.96 is recorded 97.9
            "on_time": (rates.rate(on_time, settled), f"Đúng hạn {on_time}/{settled} hồ sơ đã giải quyết"),
            "satisfaction": (rates.rate(satisfied, responses), f"{satisfied}/{responses} ý kiến hài lòng"),
            "coverage": (rates.rate(covered, max(1, len(in_scope))),
                         f"{covered}/{len(in_scope)} TTHC thuộc phạm vi có quy trình hiệu lực"),
            "late_complaints": (sum(x.late_complaints for x in halves), "Theo sổ theo dõi phản ánh, kiến nghị"),
            "training": (100, "Theo hồ sơ phổ biến, đào tạo"),
        }
        for key, (value, note) in values.items():
            objectives.record_result(ctx, self.ids[f"objective/{year}/{key}"], period=h.code, value=value, note=note)

    # ------------------------------------------------------------ risks and opportunities
    def schedule_risks(self) -> None:
        day = self.days(self.E1, 8)
        rows = [
            ("legal", RiskKind.RISK, "Văn bản quy phạm pháp luật, danh mục TTHC thay đổi nhưng quy trình chưa được cập "
             "nhật kịp thời (quá 03 tháng)", "Kiểm soát tài liệu (QT-01)", 3, 4,
             "Công chức Tư pháp - Hộ tịch theo dõi Công báo, Cổng thông tin điện tử tỉnh hằng tuần; báo cáo thư ký ISO "
             "trong 05 ngày làm việc kể từ khi văn bản được ban hành", "Hoàng Thị Lan"),
            ("late", RiskKind.RISK, "Hồ sơ TTHC trễ hạn do công chức chuyên môn kiêm nhiệm nhiều việc, đi công tác, "
             "tập huấn", "Giải quyết TTHC", 3, 4, "Phân công công chức thay thế; theo dõi hồ sơ sắp đến hạn trên phần "
             "mềm một cửa điện tử hằng ngày", "Lý Thị Thanh Tâm"),
            ("archive", RiskKind.RISK, "Mất, hư hỏng sổ hộ tịch, hồ sơ lưu trữ do ẩm mốc, mối mọt", "Lưu trữ hồ sơ",
             2, 5, "Trang bị tủ lưu trữ chống ẩm; số hóa sổ hộ tịch lưu trữ", "Võ Thị Bích Ngọc"),
            ("it", RiskKind.RISK, "Sự cố đường truyền Internet, phần mềm một cửa điện tử gián đoạn", "Giải quyết TTHC",
             3, 3, "Dự phòng đường truyền 4G; tiếp nhận hồ sơ giấy và cập nhật lên hệ thống ngay khi khắc phục sự cố",
             "Phạm Văn Long"),
            ("online", RiskKind.OPPORTUNITY, "Triển khai dịch vụ công trực tuyến toàn trình và thanh toán lệ phí trực "
             "tuyến giúp giảm thời gian đi lại của người dân", "Giải quyết TTHC", 4, 4,
             "Hướng dẫn người dân nộp hồ sơ trực tuyến tại Bộ phận một cửa; tuyên truyền qua loa truyền thanh xã",
             "Trương Văn Hải"),
            ("qr", RiskKind.OPPORTUNITY, "Ứng dụng mã QR để người dân đánh giá mức độ hài lòng ngay sau khi nhận kết "
             "quả", "Đo lường sự hài lòng", 4, 3, "Thiết kế phiếu khảo sát trực tuyến, in mã QR tại quầy",
             "Nguyễn Thị Thu Hà"),
        ]
        for key, kind, description, process, likelihood, impact, action, owner in rows:
            def create(ctx, key=key, kind=kind, description=description, process=process, likelihood=likelihood,
                       impact=impact, action=action, owner=owner):
                self.ids[f"risk/{key}"] = records.create(ctx, "risk", {
                    "kind": kind.value, "description": description, "process": process, "likelihood": likelihood,
                    "impact": impact, "action": action, "owner": owner,
                    "review_date": self.days(self.review_day[self.Y - 1], -14),
                }).id

            self.on(day, "thuky", create)

        review = self.days(self.review_day[self.Y - 1], -12)
        updates = {
            "late": ("Hiệu quả một phần: tỷ lệ đúng hạn đạt trên 98%; vẫn còn hồ sơ trễ hạn ở lĩnh vực bảo trợ xã hội.", 2),
            "it": ("Có hiệu quả: 02 lần sự cố trong năm, không ảnh hưởng đến thời hạn trả kết quả.", 2),
            "online": ("Có hiệu quả: tỷ lệ hồ sơ nộp trực tuyến tăng lên khoảng 35%.", 4),
            "legal": ("Có hiệu quả: các văn bản mới đều được cập nhật trong thời hạn 03 tháng.", 2),
        }
        for key, (effectiveness, likelihood) in updates.items():
            self.on(review, "thuky", lambda ctx, key=key, e=effectiveness, lk=likelihood: records.update(
                ctx, "risk", self.ids[f"risk/{key}"],
                {"effectiveness": e, "likelihood": lk, "review_date": self.days(self.review_day[self.Y], -14)}))

        added = self.days(self.audit_day[self.Y], 12)
        self.on(added, "thuky", lambda ctx: records.create(ctx, "risk", {
            "kind": RiskKind.RISK.value, "description": "Hòa giải tranh chấp đất đai quá thời hạn 30 ngày do các bên "
            "tranh chấp vắng mặt nhiều lần", "process": "Hòa giải tranh chấp đất đai (QT-DD-01)", "likelihood": 2,
            "impact": 3, "action": "Gửi giấy mời trước 05 ngày; phối hợp Trưởng thôn vận động các bên tham gia; lập "
            "biên bản vắng mặt theo quy định", "owner": "Bùi Thị Hồng Nhung",
            "review_date": self.days(self.review_day[self.Y], 60)}))

    # ------------------------------------------------------------ internal audits and their nonconformities
    def _programme(self, year: int, day: dt.date, objectives: str) -> None:
        def save(ctx):
            self.ids[f"programme/{year}"] = audits.save_programme(
                ctx, year=year, objectives=objectives, approved_by=self.name("ct"), approved_date=day).id

        self.on(day, "thuky", save)

    def schedule_audits(self) -> None:
        y1, y = self.Y - 1, self.Y
        first = self.audit0
        # Programmes: one a year, approved early in the year (the first one when the system starts).
        self._programme(first.year, min(self.days(first, -21), self.T),
                        "Đánh giá nội bộ lần đầu toàn bộ HTQLCL trước khi công bố; đánh giá sự phù hợp của hệ thống "
                        "tài liệu với TCVN ISO 9001:2015 và quy định pháp luật.")
        for year in (y1, y):
            if year != first.year:
                self._programme(year, min(_weekday(dt.date(year, 1, 12)), self.T),
                                f"Đánh giá nội bộ định kỳ năm {year} toàn bộ HTQLCL (tất cả bộ phận, các quy trình hệ "
                                "thống và quy trình giải quyết TTHC), ít nhất 01 lần trong năm theo QĐ 19/2014/QĐ-TTg; "
                                "đánh giá bổ sung khi cần.")

        self._audit("audit/0", first, lead="lan", team=("ha", "ducanh", "ngocanh", "oanh"),
                    title=f"Đánh giá nội bộ lần đầu HTQLCL năm {first.year}",
                    skip=("review", "nc", "improve"),
                    results={
                        "ct02": (ChecklistResult.NONCONFORM, "03/10 hồ sơ chứng thực hợp đồng, giao dịch tháng "
                                 f"{first.month:02d}/{first.year} không có Phiếu kiểm soát quá trình giải quyết hồ sơ."),
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
                            "và 01 khuyến nghị; đủ điều kiện để lãnh đạo xem xét, xác nhận hiệu lực và công bố HTQLCL.")

        self._audit(f"audit/{y1}", self.audit_day[y1], lead="ducanh", team=("lan", "ngocanh", "oanh"),
                    title=f"Đánh giá nội bộ HTQLCL năm {y1}",
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
                            "02 khuyến nghị.")

        self._audit(f"audit/{y}", self.audit_day[y], lead="ducanh", team=("ha", "lan", "oanh"),
                    title=f"Đánh giá nội bộ HTQLCL năm {y}",
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
                    summary="HTQLCL được duy trì, cải tiến. Phát hiện 01 điểm không phù hợp nhẹ và 01 khuyến nghị.")

        # A follow-up audit of the one-stop counter, planned after this year's audit was held.
        if self.audit_day[y] + dt.timedelta(days=1) <= self.T:
            planned = self.days(self.T + dt.timedelta(days=21), 0)
            created = self.days(self.T, -6)

            def follow_up(ctx):
                row = audits.plan_audit(
                    ctx, title=f"Đánh giá nội bộ bổ sung tại Bộ phận một cửa năm {y}", planned_date=planned,
                    purpose="Đánh giá việc khắc phục sau kiểm tra của Sở Khoa học và Công nghệ và phản ánh của công "
                            "dân về hướng dẫn hồ sơ.",
                    scope="Bộ phận một cửa (Bộ phận tiếp nhận và trả kết quả); quy trình QT-CT-02, QT-03",
                    lead_auditor_id=self.staff["ngocanh"], member_ids=[self.staff["oanh"]],
                    unit_ids=[self.unit["MC"]], programme_id=self.ids.get(f"programme/{y}"))
                for key in ("public", "late", "env"):
                    item = next(c for c in CHECKLIST if c[0] == key)
                    audits.add_checklist_item(ctx, row.id, question=item[2], clause=item[1], unit_id=self.unit["MC"],
                                              auditor_id=self.staff["ngocanh"],
                                              procedure_id=self.proc.get(item[4]) if item[4] else None)

            self.on(created, "danhgia", follow_up)

    def _audit(self, key: str, start: dt.date, *, lead: str, team: tuple[str, ...], title: str, results: dict,
               findings: list, summary: str, skip: tuple[str, ...] = ()) -> None:
        end = self.days(start, 1)
        planned_on = min(self.days(start, -21), self.T)
        prepared_on = min(self.days(start, -7), self.T)
        auditors = (lead, *team)
        items = [c for c in CHECKLIST if c[0] not in skip]
        unit_of = {s[0]: s[3] for s in STAFF}

        def plan(ctx):
            self.ids[key] = audits.plan_audit(
                ctx, title=title, planned_date=start,
                purpose="Xác định mức độ phù hợp của HTQLCL với TCVN ISO 9001:2015, quy định pháp luật và các quy trình "
                        "của UBND xã; tính hiệu lực của hệ thống.",
                scope="Tất cả các bộ phận; quy trình QT-01 đến QT-05 và các quy trình giải quyết TTHC thuộc phạm vi",
                criteria="TCVN ISO 9001:2015; các quy trình HTQLCL của UBND xã Tân Phú; văn bản pháp luật liên quan",
                lead_auditor_id=self.staff[lead], member_ids=[self.staff[m] for m in team],
                unit_ids=[self.unit[u] for u, *_r in UNITS], programme_id=self.ids.get(f"programme/{start.year}")).id

        self.on(planned_on, "danhgia", plan)

        def prepare(ctx):
            for n, (item_key, clause, question, unit_key, proc_code, _evidence) in enumerate(items):
                candidates = [a for a in auditors if unit_of[a] != unit_key]
                auditor = candidates[n % len(candidates)]
                self.ids[f"{key}/{item_key}"] = audits.add_checklist_item(
                    ctx, self.ids[key], question=question, clause=clause, unit_id=self.unit[unit_key],
                    auditor_id=self.staff[auditor], procedure_id=self.proc.get(proc_code) if proc_code else None).id

        self.on(prepared_on, "danhgia", prepare)

        def hold(ctx):
            for item_key, _clause, _q, _unit, _proc, evidence in items:
                result, text = results.get(item_key, (ChecklistResult.CONFORM, evidence))
                audits.record_result(ctx, self.ids[f"{key}/{item_key}"], result=result.value, evidence=text)
            for n, (item_key, kind, severity, unit_key, description, _nc) in enumerate(findings):
                clause = next(c[1] for c in CHECKLIST if c[0] == item_key)
                self.ids[f"{key}/finding/{n}"] = audits.add_finding(
                    ctx, self.ids[key], kind=kind.value, description=description, clause=clause,
                    severity=severity.value if severity else None, unit_id=self.unit[unit_key],
                    checklist_item_id=self.ids[f"{key}/{item_key}"]).id

        self.on(start, "danhgia", hold)

        def complete(ctx):
            audits.complete_audit(ctx, self.ids[key], start_date=start, end_date=end, report_summary=summary)

        self.on(end, "danhgia", complete)
        for n, (_item, _kind, _sev, _unit, _desc, nc) in enumerate(findings):
            if nc is None:
                continue
            nc_key = f"{key}/nc/{n}"

            def raise_nc(ctx, n=n, nc_key=nc_key, nc=nc):
                due = self.days(end, max(a[2] for a in nc["actions"]))
                row = audits.raise_nc(ctx, self.ids[f"{key}/finding/{n}"], due_date=due)
                self.ids[nc_key], self.numbers[nc_key] = row.id, row.number

            self.on(end, "danhgia", raise_nc)
            self._nc_flow(nc_key, end, root=nc["root"], correction=nc["correction"], actions=nc["actions"],
                          verify=nc.get("verify"))
        self.on(self.days(end, 5), "lanhdao", lambda ctx: audits.approve_report(
            ctx, self.ids[key], approved_by=self.name("pct"), approved_date=self.days(end, 5)))

    def _nc_flow(self, nc_key: str, detected: dt.date, *, root: str, correction: str,
                 actions: list[tuple[str, str, int | dt.date, int | dt.date | None, str]],
                 verify: tuple[int | dt.date, str, str] | None, close: bool = True) -> None:
        """Root cause and actions three days after detection; actions done, verified and closed as dated."""
        def when(value: int | dt.date) -> dt.date:
            return value if isinstance(value, dt.date) else self.days(detected, value)

        planned = self.days(detected, 3)

        def plan(ctx):
            ncs.update_nc(ctx, self.ids[nc_key], root_cause=root, immediate_correction=correction)
            for n, (description, owner, due, _done, _result) in enumerate(actions):
                self.ids[f"{nc_key}/action/{n}"] = ncs.add_action(
                    ctx, self.ids[nc_key], description=description, owner_staff_id=self.staff[owner],
                    due_date=when(due)).id

        self.on(planned, "thuky", plan)
        for n, (_description, _owner, _due, done, result) in enumerate(actions):
            if done is None:
                continue
            done_day = when(done)
            self.on(done_day, "thuky", lambda ctx, n=n, d=done_day, r=result: ncs.complete_action(
                ctx, self.ids[f"{nc_key}/action/{n}"], done_date=d, result=r))
        if verify is None:
            return
        day, verifier, note = when(verify[0]), verify[1], verify[2]

        def check(ctx):
            ncs.verify(ctx, self.ids[nc_key], verified_by=self.name(verifier), verified_date=day, effective=True,
                       note=note)
            if close:
                ncs.close_nc(ctx, self.ids[nc_key], closed_date=day)

        self.on(day, "thuky", check)

    # ------------------------------------------------------------ external inspections
    def schedule_inspections(self) -> None:
        old, new = self.inspection_old, self.inspection_new
        body = "Sở Khoa học và Công nghệ tỉnh Lâm Đồng"
        old_number, new_number = f"{self.rng.randint(30, 60)}/BB-KT", f"{self.rng.randint(20, 45)}/BB-KT"

        def inspect_old(ctx):
            self.ids["inspection/old"] = records.create(ctx, "external_inspection", {
                "date": old, "body": body, "record_number": old_number, "signed_date": old,
                "findings": "Đoàn kiểm tra ghi nhận UBND xã duy trì HTQLCL phù hợp. 01 điểm không phù hợp: chưa xây "
                            f"dựng kế hoạch thực hiện mục tiêu chất lượng năm {old.year}. 02 khuyến nghị về cập nhật văn "
                            "bản pháp luật và khảo sát sự hài lòng.",
            }).id
            row = ncs.open_nc(
                ctx, description="Chưa xây dựng kế hoạch thực hiện mục tiêu chất lượng năm, chưa phân công trách nhiệm, "
                                 "thời hạn cụ thể cho từng mục tiêu (biên bản kiểm tra số " + old_number + ").",
                detected_date=old, source=NcSource.EXTERNAL_INSPECTION.value, severity=Severity.MINOR.value,
                clause="6.2", unit_id=self.unit["VP"], inspection_id=self.ids["inspection/old"])
            self.ids["nc/inspection_old"], self.numbers["nc/inspection_old"] = row.id, row.number

        self.on(old, "thuky", inspect_old)
        self._nc_flow("nc/inspection_old", old, root="Quy trình chưa quy định việc lập kế hoạch thực hiện mục tiêu.",
                      correction="Lập kế hoạch thực hiện mục tiêu chất lượng cho thời gian còn lại của năm.",
                      actions=[("Xây dựng, trình phê duyệt kế hoạch thực hiện mục tiêu chất lượng, phân công bộ phận "
                                "chủ trì từng mục tiêu", "ha", 30, 20, "Kế hoạch đã được Chủ tịch UBND xã phê duyệt.")],
                      verify=(35, "pct", "Kế hoạch thực hiện mục tiêu được triển khai, theo dõi hằng quý."))
        self.on(self.days(old, 40), "thuky", lambda ctx: records.update(
            ctx, "external_inspection", self.ids["inspection/old"], {"report_sent_date": self.days(old, 40)}))

        def inspect_new(ctx):
            self.ids["inspection/new"] = records.create(ctx, "external_inspection", {
                "date": new, "body": body, "record_number": new_number, "signed_date": new,
                "findings": "02 điểm không phù hợp: (1) UBND xã đã bổ sung 02 TTHC vào phạm vi áp dụng nhưng chưa công "
                            "bố lại HTQLCL theo khoản 3 Điều 4 Quyết định số 19/2014/QĐ-TTg; (2) kết quả khảo sát sự "
                            "hài lòng chưa được phân tích để đề ra biện pháp cải tiến. Yêu cầu khắc phục và báo cáo kết "
                            "quả về Sở Khoa học và Công nghệ trong thời hạn 02 tháng kể từ ngày ký biên bản.",
            }).id
            for key, description, clause, unit in (
                    ("nc/inspection_scope", "Đã điều chỉnh phạm vi áp dụng HTQLCL (bổ sung 02 TTHC) nhưng chưa công bố "
                     "lại theo khoản 3 Điều 4 Quyết định số 19/2014/QĐ-TTg.", "4.3", "VP"),
                    ("nc/inspection_survey", "Kết quả khảo sát sự hài lòng 6 tháng chưa được phân tích nguyên nhân các "
                     "tiêu chí có tỷ lệ hài lòng thấp, chưa đề ra biện pháp cải tiến.", "9.1.3", "VP")):
                row = ncs.open_nc(ctx, description=description, detected_date=new,
                                  source=NcSource.EXTERNAL_INSPECTION.value, severity=Severity.MINOR.value, clause=clause,
                                  unit_id=self.unit[unit], inspection_id=self.ids["inspection/new"])
                self.ids[key], self.numbers[key] = row.id, row.number

        self.on(new, "thuky", inspect_new)
        self._nc_flow("nc/inspection_scope", new, root="Thư ký ISO chưa nắm rõ quy định phải công bố lại khi phạm vi "
                      "thay đổi.", correction="Rà soát danh mục TTHC thuộc phạm vi áp dụng.",
                      actions=[("Ban hành Quyết định công bố lại HTQLCL; thông báo Sở Khoa học và Công nghệ; niêm yết tại "
                                "trụ sở", "ha", self.days(self.T, 20), None, ""),
                               ("Xây dựng, ban hành quy trình cho 02 TTHC mới bổ sung vào phạm vi", "long",
                                self.days(self.T, 30), None, "")],
                      verify=None)
        self._nc_flow("nc/inspection_survey", new, root="Chưa phân công người phân tích kết quả khảo sát.",
                      correction="Tổng hợp lại kết quả khảo sát theo từng câu hỏi.",
                      actions=[("Phân tích kết quả khảo sát 6 tháng theo từng tiêu chí, báo cáo lãnh đạo biện pháp cải "
                                "tiến", "ha", self.days(self.T, -6), None, "")],
                      verify=None)

    # ------------------------------------------------------------ citizen complaints
    def schedule_complaints(self) -> None:
        late = self.complaint_late

        def complaint(ctx):
            row = ncs.open_nc(
                ctx, description="Công dân phản ánh qua đường dây nóng: hồ sơ đề nghị hưởng trợ cấp xã hội hằng tháng "
                                 "bị trả kết quả trễ 07 ngày làm việc, không được thông báo lý do chậm trễ.",
                detected_date=late, source=NcSource.COMPLAINT.value, severity=Severity.MAJOR.value, clause="8.5.1",
                procedure_id=self.proc["QT-BTXH-01"], unit_id=self.unit["VH"])
            self.ids["nc/complaint"], self.numbers["nc/complaint"] = row.id, row.number

        self.on(late, "thuky", complaint)
        self._nc_flow("nc/complaint", late, root="Công chức phụ trách đi tập huấn dài ngày, không bàn giao hồ sơ; quy "
                      "trình chưa có bước thông báo cho công dân khi hồ sơ chậm.",
                      correction="Lãnh đạo UBND xã xin lỗi công dân; giải quyết dứt điểm hồ sơ trong 02 ngày.",
                      actions=[("Gửi văn bản xin lỗi công dân, trả kết quả hồ sơ", "phuc", 5, 3,
                                "Đã trả kết quả và gửi văn bản xin lỗi."),
                               ("Sửa đổi quy trình QT-BTXH-01: bổ sung bước thông báo bằng văn bản cho người nộp hồ sơ "
                                "khi hồ sơ chậm giải quyết", "phuc", 50, 45,
                                "Quy trình QT-BTXH-01 lần ban hành 02 có hiệu lực.")],
                      verify=(75, "pct", "Không còn phản ánh về hồ sơ trợ cấp xã hội trễ hạn sau khi sửa đổi quy trình."))

        dup = self.days(late, 1)

        def duplicate(ctx):
            row = ncs.open_nc(
                ctx, description="Công dân phản ánh qua Cổng Dịch vụ công: hồ sơ trợ cấp xã hội hằng tháng bị trả kết "
                                 "quả trễ hạn.", detected_date=dup, source=NcSource.COMPLAINT.value,
                severity=Severity.MINOR.value, clause="8.5.1", procedure_id=self.proc["QT-BTXH-01"],
                unit_id=self.unit["VH"])
            self.ids["nc/duplicate"] = row.id

        self.on(dup, "thuky", duplicate)
        self.on(self.days(dup, 2), "thuky", lambda ctx: ncs.cancel_nc(
            ctx, self.ids["nc/duplicate"], reason=f"Trùng nội dung với sự không phù hợp số {self.numbers['nc/complaint']} "
            "(cùng một phản ánh của công dân gửi qua đường dây nóng và Cổng Dịch vụ công)."))

        recent = self.complaint_recent

        def recent_complaint(ctx):
            row = ncs.open_nc(
                ctx, description="Công dân phản ánh qua Cổng Dịch vụ công: khi nộp hồ sơ chứng thực hợp đồng mua bán xe "
                                 "máy phải đi lại 02 lần do không được hướng dẫn đầy đủ giấy tờ cần bổ sung trong một lần.",
                detected_date=recent, source=NcSource.COMPLAINT.value, severity=Severity.MINOR.value, clause="8.2.1",
                procedure_id=self.proc["QT-CT-02"], unit_id=self.unit["MC"])
            self.ids["nc/complaint_recent"] = row.id

        self.on(recent, "thuky", recent_complaint)
        self._nc_flow("nc/complaint_recent", recent, root="Chưa có bảng hướng dẫn thành phần hồ sơ chứng thực hợp đồng "
                      "tại quầy; công chức mới chưa được hướng dẫn.",
                      correction="Liên hệ xin lỗi công dân, giải quyết hồ sơ ngay trong ngày.",
                      actions=[("Niêm yết bảng hướng dẫn thành phần hồ sơ chứng thực hợp đồng, giao dịch tại quầy", "tam",
                                20, 15, "Đã niêm yết tại quầy số 2."),
                               ("Áp dụng Phiếu hướng dẫn hoàn thiện hồ sơ một lần theo mẫu", "hai", 25, 20,
                                "Đã áp dụng cho 100% hồ sơ chưa đầy đủ.")],
                      verify=None)

    # ------------------------------------------------------------ management reviews
    def schedule_reviews(self) -> None:
        y1, y = self.Y - 1, self.Y
        attendees = ("Nguyễn Văn Thành, Trần Quốc Bảo, Lê Thị Hồng Vân, các thành viên Ban chỉ đạo ISO và công chức "
                     "phụ trách các bộ phận")
        self._review("review/0", self.review0,
                     inputs={"a": "Đây là cuộc họp xem xét của lãnh đạo lần đầu, chưa có đầu ra của kỳ trước.",
                             "b": "Triển khai Nghị định số 61/2018/NĐ-CP và dịch vụ công trực tuyến; yêu cầu của tỉnh về "
                                  "áp dụng HTQLCL tại cấp xã.",
                             "d": "Bố trí đủ công chức tại Bộ phận một cửa; kinh phí duy trì HTQLCL được bố trí trong dự "
                                  "toán năm sau."},
                     conclusion="HTQLCL được xây dựng đầy đủ, phù hợp TCVN ISO 9001:2015 và mô hình khung; các điểm không "
                                "phù hợp của cuộc đánh giá nội bộ lần đầu đang được khắc phục. Chủ tịch UBND xã xác nhận "
                                "HTQLCL có hiệu lực và giao Văn phòng hoàn thiện hồ sơ công bố.",
                     outputs=[(ReviewOutputKind.CHANGE, "Hoàn thiện hồ sơ, trình ban hành Quyết định công bố HTQLCL phù "
                               "hợp TCVN ISO 9001:2015", "Nguyễn Thị Thu Hà", self.A0, self.A0),
                              (ReviewOutputKind.RESOURCES, "Bố trí kinh phí duy trì, cải tiến HTQLCL trong dự toán năm "
                               f"{self.review0.year + 1}", "Phan Thị Kim Oanh", self.days(self.review0, 30),
                               self.days(self.review0, 25))],
                     attendees=attendees)
        r1 = self.review_day[y1]
        self._review(f"review/{y1}", r1,
                     inputs={"b": "Sắp xếp đơn vị hành chính, chính quyền địa phương hai cấp; danh mục TTHC của tỉnh "
                                  "được sửa đổi, bổ sung.",
                             "d": "Thiếu máy quét tài liệu tại Bộ phận một cửa; đường truyền Internet chậm giờ cao điểm."},
                     conclusion="HTQLCL được duy trì có hiệu lực; tỷ lệ hồ sơ đúng hạn đạt mục tiêu. Cần khắc phục triệt "
                                "để việc thông báo cho người dân khi hồ sơ trễ hạn và đẩy mạnh số hóa hồ sơ.",
                     outputs=[(ReviewOutputKind.IMPROVEMENT, "Triển khai nhắn tin thông báo kết quả giải quyết hồ sơ qua "
                               "Zalo OA của UBND xã", "Phạm Văn Long", self.days(r1, 60), self.days(r1, 52)),
                              (ReviewOutputKind.CHANGE, "Sửa đổi quy trình QT-HT-01 theo danh mục TTHC sửa đổi của tỉnh, "
                               "bổ sung trả kết quả điện tử", "Hoàng Thị Lan", self.days(r1, 105), self.days(r1, 100)),
                              (ReviewOutputKind.RESOURCES, "Trang bị thêm 01 máy quét tài liệu cho Bộ phận một cửa",
                               "Phan Thị Kim Oanh", self.days(r1, 45), self.days(r1, 40)),
                              (ReviewOutputKind.IMPROVEMENT, "Số hóa sổ hộ tịch lưu trữ từ năm 2016 đến nay",
                               "Đỗ Minh Tuấn", _weekday(dt.date(y, 6, 30)), None)],
                     attendees=attendees)
        r = self.review_day[y]
        self._review(f"review/{y}", r,
                     inputs={"b": "Tỉnh công bố danh mục TTHC mới; 02 TTHC được bổ sung vào phạm vi áp dụng HTQLCL.",
                             "d": "Cần bổ sung 01 công chức hỗ trợ số hóa hồ sơ; nâng cấp đường truyền Internet."},
                     conclusion="HTQLCL được duy trì; tỷ lệ đúng hạn 6 tháng đầu năm chưa đạt mục tiêu 98%. Giao các bộ "
                                "phận khắc phục, xây dựng quy trình cho các TTHC mới bổ sung và công bố lại HTQLCL.",
                     outputs=[(ReviewOutputKind.CHANGE, "Xây dựng, ban hành quy trình cho 02 TTHC mới bổ sung vào phạm vi "
                               "và công bố lại HTQLCL", "Nguyễn Thị Thu Hà", self.days(r, 40), None),
                              (ReviewOutputKind.RESOURCES, "Nâng cấp đường truyền Internet cho Bộ phận một cửa",
                               "Phan Thị Kim Oanh", self.days(r, 20), self.days(r, 18)),
                              (ReviewOutputKind.IMPROVEMENT, "Tiếp tục số hóa sổ hộ tịch lưu trữ (chuyển tiếp từ kỳ trước)",
                               "Đỗ Minh Tuấn", dt.date(y + 1, 3, 31), None)],
                     attendees=attendees)

    def _review(self, key: str, day: dt.date, *, inputs: dict[str, str], conclusion: str, outputs: list,
                attendees: str) -> None:
        if self.days(day, -21) > self.T:
            return  # not yet scheduled
        created = min(self.days(day, -10), self.T)

        def create(ctx):
            self.ids[key] = reviews.create_review(ctx, date=day, time="08:00", place=PLACE,
                                                  chair=f"{self.name('ct')} - {TITLE_CT}", secretary=self.name("ha"),
                                                  attendees=attendees).id

        self.on(created, "thuky", create)

        def fill(ctx):
            for input_key, text in inputs.items():
                reviews.set_input(ctx, self.ids[key], input_key, text)

        self.on(min(self.days(day, -5), self.T), "thuky", fill)

        def hold(ctx):  # the chairman concludes on the QMS's effectiveness (QĐ 19 Art. 4.2d), recorded as such
            reviews.hold_review(ctx, self.ids[key], conclusion=conclusion, effective=True)
            for n, (kind, description, owner, due, _done) in enumerate(outputs):
                self.ids[f"{key}/output/{n}"] = reviews.add_output(ctx, self.ids[key], kind=kind.value,
                                                                   description=description, owner=owner,
                                                                   due_date=due).id

        self.on(day, "thuky", hold)
        for n, (_kind, _d, _owner, _due, done) in enumerate(outputs):
            if done is not None:
                self.on(max(done, day), "thuky", lambda ctx, n=n, d=max(done, day): reviews.complete_output(
                    ctx, self.ids[f"{key}/output/{n}"], done_date=d))

    # ------------------------------------------------------------ training and dissemination
    def schedule_trainings(self) -> None:
        everyone = ", ".join(s[1] for s in STAFF)
        auditors = ", ".join(s[1] for s in STAFF if s[5])
        y1 = self.Y - 1
        rows = [
            (self.days(self.S, 14), "training", "Đào tạo nhận thức chung về TCVN ISO 9001:2015 và mô hình khung HTQLCL "
             "cho cơ quan hành chính nhà nước (Quyết định số 101/QĐ-BKHCN)", "Chi cục Tiêu chuẩn Đo lường Chất lượng "
             "tỉnh Lâm Đồng", everyone, len(STAFF) + 6),
            (self.days(self.S, 28), "training", "Đào tạo chuyên gia đánh giá nội bộ HTQLCL theo TCVN ISO 9001:2015",
             "Chi cục Tiêu chuẩn Đo lường Chất lượng tỉnh Lâm Đồng", auditors, 5),
            (self.days(self.E1, 4), "dissemination", "Phổ biến chính sách chất lượng và các quy trình HTQLCL ban hành "
             "lần đầu", f"{self.name('pct')} - {TITLE_PCT}", everyone, len(STAFF)),
            (self.days(self.A0, 6), "dissemination", "Phổ biến Quyết định công bố HTQLCL phù hợp TCVN ISO 9001:2015",
             self.name("ha"), everyone, len(STAFF)),
            (self.days(_weekday(dt.date(y1, 1, 6)), 8), "dissemination", f"Phổ biến chính sách và mục tiêu chất lượng "
             f"năm {y1}", self.name("ha"), everyone, len(STAFF)),
            (self.days(self.review_day[y1], 103), "dissemination",
             "Phổ biến quy trình QT-HT-01 lần ban hành 02 và QT-BTXH-01 lần ban hành 02", self.name("lan"),
             "Công chức Tư pháp - Hộ tịch, Văn hóa - Xã hội, Bộ phận một cửa", 8),
            (_weekday(add_months(self.T, -8)), "training", "Tập huấn kỹ năng giao tiếp, ứng xử với người dân tại Bộ "
             "phận một cửa", "Trung tâm Phục vụ hành chính công tỉnh Lâm Đồng",
             "Lý Thị Thanh Tâm, Trương Văn Hải, Hoàng Thị Lan, Đỗ Minh Tuấn, Ngô Văn Phúc", 5),
            (self.days(_weekday(dt.date(self.Y, 1, 6)), 8), "dissemination", f"Phổ biến chính sách và mục tiêu chất "
             f"lượng năm {self.Y}", self.name("ha"), everyone, len(STAFF)),
        ]
        for day, kind, content, trainer, attendees, count in rows:
            self.on(day, "thuky", lambda ctx, d=day, k=kind, c=content, t=trainer, a=attendees, n=count: records.create(
                ctx, "training", {"date": d, "kind": k, "content": c, "trainer": t, "attendees": a,
                                  "attendee_count": n}))

    # ------------------------------------------------------------ improvements
    def schedule_improvements(self) -> None:
        y1 = self.Y - 1
        rows = [
            (self.days(self.audit0, 30), ImprovementSource.AUDIT, "In sẵn Phiếu kiểm soát quá trình giải quyết hồ sơ, "
             "áp dụng cho 100% hồ sơ chứng thực", "Hồ sơ chứng thực đều có phiếu kiểm soát; theo dõi được thời gian "
             "từng bước."),
            (_weekday(add_months(self.T, -17)), ImprovementSource.IDEA, "Lắp đặt máy lấy số thứ tự tự động và màn hình "
             "hiển thị tại Bộ phận một cửa", "Người dân không phải chen lấn; thời gian chờ trung bình giảm còn khoảng "
             "10 phút."),
            (self.days(self.audit_day[y1], 46), ImprovementSource.AUDIT, "Bổ sung quy định quản lý, lưu trữ hồ sơ điện "
             "tử vào quy trình QT-01 (lần ban hành 02)", "Hồ sơ điện tử được lưu theo danh mục, có thời hạn lưu trữ."),
            (self.days(self.complaint_late, 45), ImprovementSource.COMPLAINT, "Sửa đổi quy trình QT-BTXH-01: thông báo "
             "bằng văn bản cho người nộp hồ sơ khi hồ sơ chậm giải quyết", "Không còn phản ánh về việc không được "
             "thông báo lý do chậm trễ."),
            (self.days(self.review_day[y1], 40), ImprovementSource.REVIEW, "Trang bị thêm máy quét tài liệu cho Bộ phận "
             "một cửa để số hóa hồ sơ ngay khi tiếp nhận", "100% hồ sơ tiếp nhận được số hóa trong ngày."),
            (_weekday(add_months(self.T, -7)), ImprovementSource.IDEA, "Khảo sát sự hài lòng trực tuyến qua mã QR đặt "
             "tại quầy tiếp nhận", "Số ý kiến khảo sát tăng khoảng 40% so với kỳ trước."),
        ]
        for day, source, description, result in rows:
            self.on(day, "thuky", lambda ctx, d=day, s=source, de=description, r=result: records.create(
                ctx, "improvement", {"date": d, "description": de, "source": s.value, "result": r}))

    # ------------------------------------------------------------ citizen feedback and petitions (sổ theo dõi)
    def schedule_petitions(self) -> None:
        """The petition book: the complaints behind two nonconformities, and a few answered on the spot."""
        late, recent = self.complaint_late, self.complaint_recent
        rows = [  # received, kind, channel, citizen, content, unit, answered after (days), result
            (late, "feedback", "hotline", "Ông Trần Văn Bình, thôn 3",
             "Hồ sơ đề nghị hưởng trợ cấp xã hội hằng tháng bị trả kết quả trễ 07 ngày làm việc, không được thông báo "
             "lý do chậm trễ.", "VH", 3, "Đã xin lỗi công dân, trả kết quả; lập sự không phù hợp và sửa đổi quy trình "
             "QT-BTXH-01."),
            (self.days(late, 1), "feedback", "portal", "Ông Trần Văn Bình, thôn 3",
             "Phản ánh trùng nội dung gửi qua Cổng Dịch vụ công về hồ sơ trợ cấp xã hội trễ hạn.", "VH", 2,
             "Đã trả lời trên Cổng Dịch vụ công: cùng nội dung với phản ánh qua đường dây nóng, đã giải quyết."),
            (_weekday(add_months(self.T, -8)), "petition", "direct", "Bà Nguyễn Thị Hoa, thôn 1",
             "Kiến nghị bố trí thêm ghế chờ và nước uống tại Bộ phận một cửa vào các ngày đông người.", "MC", 10,
             "Đã bố trí thêm 10 ghế chờ và bình nước uống tại khu vực chờ."),
            (_weekday(add_months(self.T, -4)), "petition", "mail", "Chi hội Người cao tuổi thôn 5",
             "Kiến nghị niêm yết công khai thủ tục chứng thực bằng chữ in cỡ lớn để người cao tuổi dễ đọc.", "TP", 15,
             "Đã in lại bảng niêm yết thủ tục chứng thực bằng chữ cỡ lớn."),
            (recent, "feedback", "portal", "Anh Lê Quốc Huy, thôn 2",
             "Khi nộp hồ sơ chứng thực hợp đồng mua bán xe máy phải đi lại 02 lần do không được hướng dẫn đầy đủ giấy tờ "
             "cần bổ sung trong một lần.", "MC", 6, "Đã hướng dẫn một lần đầy đủ; lập sự không phù hợp để khắc phục."),
            (_weekday(self.T - dt.timedelta(days=9)), "feedback", "hotline", "Chị Phạm Thị Lan, thôn 4",
             "Phản ánh thời gian chờ lấy kết quả đăng ký khai sinh vào buổi sáng thứ Hai quá lâu.", "TP", None, ""),
        ]
        for i, (day, category, channel, citizen, summary, unit, after, result) in enumerate(rows, 1):
            def create(ctx, i=i, d=day, c=category, ch=channel, who=citizen, text=summary, u=unit):
                row = records.create(ctx, "petition", {
                    "number": f"{i:02d}/PAKN", "received_date": d, "category": c, "channel": ch, "citizen": who,
                    "summary": text, "unit_id": self.unit[u], "due_date": self.days(d, 10)})
                self.ids[f"petition/{i}"] = row.id

            self.on(day, "thuky", create)
            if after is not None:
                self.on(self.days(day, after), "thuky", lambda ctx, i=i, d=self.days(day, after), r=result: records.update(
                    ctx, "petition", self.ids[f"petition/{i}"], {"resolved_date": d, "result": r}))

    # ------------------------------------------------------------ summary
    def summary(self) -> str:
        ctx = AppContext(self.db, SYSTEM, clock=lambda: self.T)
        counts = (len(tthc.list_tthc(ctx)), len(procedures.list_procedures(ctx)), len(audits.list_audits(ctx)),
                  len(ncs.list_ncs(ctx)), len(reviews.list_reviews(ctx)))
        return "{} TTHC, {} procedures, {} audits, {} nonconformities, {} reviews".format(*counts)


def tthc_days(limit: str) -> float | None:
    from qms_desktop.exchange.tthc_excel import parse_time_limit

    return parse_time_limit(limit)[0]
