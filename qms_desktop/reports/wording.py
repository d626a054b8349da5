"""Fixed wording of the printed documents, in Vietnamese on purpose.

The periodic report, the announcement decision, the minutes and the other printouts are official
Vietnamese administrative documents laid out after Decree 30/2020/NĐ-CP. A commune's report is
always in Vietnamese whatever language the user interface shows, so this wording is written here
directly instead of going through Qt's translation (the only exception to that rule in the code
base). Messages shown to the user (errors, progress) still use ``QT_TRANSLATE_NOOP`` elsewhere.
"""

from __future__ import annotations

import datetime as dt
import re

from qms_desktop.domain import rates

# ------------------------------------------------------------------ header block (Decree 30, Annex I)
NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
NUMBER_LABEL = "Số"
COMMITTEE = "ỦY BAN NHÂN DÂN"
DRAFT_MARK = "DỰ THẢO"
RECIPIENT_LABEL = "Kính gửi"
RECIPIENTS_LABEL = "Nơi nhận:"
RECIPIENT_AS_ABOVE = "Như trên"
RECIPIENT_ARTICLE_3 = "Như Điều 3"
ARCHIVE = "Lưu: VT, ISO"
ON_BEHALF = "TM. ỦY BAN NHÂN DÂN"
FOR_CHAIR = "KT. CHỦ TỊCH"
CHAIR = "CHỦ TỊCH"
VICE_CHAIR = "PHÓ CHỦ TỊCH"
END_MARK = "./."
RECORD_REF_LABEL = "Mã hồ sơ"
KEY_FINGERPRINT = ("Tệp báo cáo điện tử kèm theo được ký bằng khóa của phần mềm QMS Desktop có mã nhận dạng "
                   "{fingerprint}; đơn vị nhận đối chiếu mã này khi kiểm tra tệp.")
KEY_CHANGED = "Khóa ký của đơn vị đã được thay đổi; khóa trước đó có mã nhận dạng {previous}."
CHAIN_HEAD = "Đầu chuỗi nhật ký thay đổi khi xuất báo cáo: {head}"
AUTH_SHEET = "Xác thực"
AUTH_HEADING = "XÁC THỰC TỆP BÁO CÁO ĐIỆN TỬ"
AUTH_NOTE = ("Đơn vị nhận đối chiếu mã nhận dạng khóa ký với mã in trên báo cáo giấy có chữ ký và với mã đơn vị gửi "
             "đã báo (qua điện thoại, văn bản) trước khi nhận tệp; đầu chuỗi nhật ký thay đổi cho biết hồ sơ của đơn vị "
             "đến thời điểm xuất báo cáo.")
AUTH_FINGERPRINT = "Mã nhận dạng khóa ký"
AUTH_KEY_CHANGED = "Khóa ký trước đó"
AUTH_CHAIN_HEAD = "Đầu chuỗi nhật ký thay đổi"

# ------------------------------------------------------------------ the periodic report
REPORT_TYPE = "BÁO CÁO"
REPORT_SUMMARY = ("Tình hình xây dựng, áp dụng, duy trì và cải tiến Hệ thống quản lý chất lượng "
                  "theo Tiêu chuẩn quốc gia TCVN ISO 9001:2015 {period_label}")
PERIOD_H1 = "6 tháng đầu năm {year}"
PERIOD_YEAR = "năm {year}"
# "so với báo cáo trước", not "đã gửi": the version replaced may have been finalised and never sent (QA F13);
# the note is printed from the frozen snapshot, which does not say whether it was
CORRECTION_NOTE = ("Báo cáo này thay thế {previous}. Những nội dung thay đổi so với báo cáo trước: {changes}")
_BASES_QD19_TT26 = (
    "Quyết định số 19/2014/QĐ-TTg ngày 05 tháng 3 năm 2014 của Thủ tướng Chính phủ về việc áp dụng "
    "Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001 vào hoạt động của các cơ quan, tổ chức "
    "thuộc hệ thống hành chính nhà nước và Thông tư số 26/2014/TT-BKHCN ngày 10 tháng 10 năm 2014 của Bộ trưởng "
    "Bộ Khoa học và Công nghệ quy định chi tiết thi hành Quyết định số 19/2014/QĐ-TTg"
)
REPORT_INTRO = (
    "Thực hiện " + _BASES_QD19_TT26 + "; {agency} báo cáo tình hình xây dựng, áp dụng, duy trì và cải tiến Hệ thống "
    "quản lý chất lượng {period_label} ({data_range}) như sau:"
)
# When the receiving office asked for the report in writing (TT 26 Art. 35.2): its letter comes first.
REPORT_INTRO_REQUEST = (
    "Thực hiện {request}; căn cứ " + _BASES_QD19_TT26 + ", {agency} báo cáo tình hình xây dựng, áp dụng, duy trì và "
    "cải tiến Hệ thống quản lý chất lượng {period_label} ({data_range}) như sau:"
)
DATA_RANGE = "số liệu từ ngày {start} đến ngày {end}"
DATA_RANGE_EARLY = "số liệu từ ngày {start}, tính đến ngày {end}; kỳ báo cáo kết thúc ngày {period_end}"
# A commune formed by merging others within the period: its figures include theirs (QA 14 F9).
DATA_FORMER = "; gồm cả số liệu của {names} trước khi hợp nhất"
# the rounding said where the rates are printed (QA 60 F4: a reader's own division gave 98,6 % beside "98,5 %")
ON_TIME_NOTE = ("Tỷ lệ đúng hạn = số hồ sơ giải quyết đúng hạn / số hồ sơ đã giải quyết (đúng hạn và trễ hạn); tỷ lệ được "
                "làm tròn xuống đến một chữ số thập phân, để không làm tròn lên qua chỉ tiêu.")
REPORT_CLOSING = ("Trên đây là báo cáo tình hình xây dựng, áp dụng, duy trì và cải tiến Hệ thống quản lý chất lượng "
                  "theo Tiêu chuẩn quốc gia TCVN ISO 9001:2015 {period_label} của {agency}.")
NARRATIVE_EMPTY = "Không có."
NARRATIVE_MISSING = "(Chưa nhập nội dung: báo cáo nêu tồn tại ở các mục trên.)"

PART_I = "TÌNH HÌNH XÂY DỰNG, ÁP DỤNG, DUY TRÌ VÀ CẢI TIẾN HỆ THỐNG QUẢN LÝ CHẤT LƯỢNG"
PART_II = "VIỆC TUÂN THỦ CÁC QUY ĐỊNH TẠI QUYẾT ĐỊNH SỐ 19/2014/QĐ-TTg"
PART_III = "TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN"
PART_IV = "PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI"
PART_V = "KIẾN NGHỊ, ĐỀ XUẤT"

# TT 26/2014 Art. 36.1 a–g and 36.2 a–e (the content checkers look at). The figures printed under each
# item are declared in services/period_facts.py (FIGURES, with their printed labels).
ITEMS_I = {
    "scope": ("Phạm vi áp dụng Hệ thống quản lý chất lượng", "Điều 36.1.a"),
    "dissemination": ("Phổ biến, hướng dẫn áp dụng tài liệu, quy trình", "Điều 36.1.b"),
    "conformity": ("Chính sách chất lượng, mục tiêu chất lượng và kết quả thực hiện", "Điều 36.1.c"),
    "processes": ("Kết quả thực hiện các quy trình giải quyết thủ tục hành chính", "Điều 36.1.d"),
    "review_audit": ("Xem xét của lãnh đạo, đánh giá nội bộ và hành động khắc phục", "Điều 36.1.đ"),
    "complaints": ("Xử lý phản ánh, kiến nghị, khiếu nại liên quan đến phạm vi áp dụng", "Điều 36.1.e"),
    "improvement": ("Hoạt động cải tiến", "Điều 36.1.g"),
}
ITEMS_II = {
    "participation": ("Sự tham gia của lãnh đạo, các bộ phận và cá nhân", "Điều 36.2.a"),
    "confirmation": ("Xác nhận hiệu lực của Hệ thống quản lý chất lượng", "Điều 36.2.b"),
    "announcement": ("Công bố Hệ thống quản lý chất lượng, thông báo và niêm yết", "Điều 36.2.c"),
    "legal": ("Cập nhật văn bản quy phạm pháp luật vào Hệ thống quản lý chất lượng", "Điều 36.2.d"),
    "reannouncement": ("Công bố lại khi điều chỉnh, mở rộng, thu hẹp phạm vi", "Điều 36.2.đ"),
    "consultant": ("Việc lựa chọn tổ chức tư vấn (nếu có)", "Điều 36.2.e"),
}

# Appendices (Decree 30: "Phụ lục I", numbered in Roman numerals).
APPENDIX = "Phụ lục {roman}"
APPENDIX_NOTE = "(Kèm theo {document} số {number} ngày {date} của {agency})"
APPENDIX_NOTE_UNNUMBERED = "(Kèm theo {document} của {agency})"
DOC_REPORT = "Báo cáo"
DOC_DECISION = "Quyết định"
TOTAL = "Tổng cộng"
NONE_IN_PERIOD = "Không có trong kỳ báo cáo."

# ------------------------------------------------------------------ status and code labels
YES, NO = "Có", "Không"
STATUS = {
    "draft": "Dự thảo", "effective": "Hiệu lực", "obsolete": "Hết hiệu lực", "cancelled": "Hủy",
    "planned": "Kế hoạch", "done": "Đã thực hiện",
    "open": "Mở", "in_progress": "Đang khắc phục", "awaiting_verification": "Chờ xác nhận", "closed": "Đã đóng",
    "final": "Đã chốt", "sent": "Đã gửi",
}
NC_SOURCE = {"internal_audit": "Đánh giá nội bộ", "external_inspection": "Kiểm tra của cơ quan cấp trên",
             "complaint": "Phản ánh, kiến nghị của người dân", "other": "Khác"}
SEVERITY = {"major": "Nặng", "minor": "Nhẹ", "observation": "Lưu ý"}
FINDING_KIND = {"conform": "Phù hợp", "nonconform": "Không phù hợp", "recommend": "Khuyến nghị"}
OUTPUT_KIND = {"improvement": "Cải tiến", "change": "Thay đổi HTQLCL", "resources": "Nguồn lực"}
PROCEDURE_KIND = {"system": "Quy trình hệ thống", "tthc": "Quy trình giải quyết TTHC", "internal": "Quy trình nội bộ"}
DAYS, HOURS = "ngày", "giờ"
WORKING_DAYS = "ngày làm việc"

ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


def roman(n: int) -> str:
    return ROMAN[n - 1] if 0 < n <= len(ROMAN) else str(n)


def period_label(year: int, half: bool) -> str:
    return (PERIOD_H1 if half else PERIOD_YEAR).format(year=year)


def date_vn(value: dt.date | None) -> str:
    """dd/mm/yyyy as printed in tables ('' when unknown)."""
    return value.strftime("%d/%m/%Y") if value else ""


def long_date(value: dt.date) -> str:
    """'ngày 05 tháng 6 năm 2026' (Decree 30 padding: day < 10, months 1–2)."""
    month = f"{value.month:02d}" if value.month < 3 else str(value.month)
    return f"ngày {value.day:02d} tháng {month} năm {value.year}"


def number_text(number: int | None, symbol: str) -> str:
    """'05/BC-UBND'; a number below 10 has a leading 0; without a number the blank is left to fill."""
    return f"{number:02d}/{symbol}" if number else "\u00a0" * 8 + f"/{symbol}"


def agency_lines(full_name: str) -> list[str]:
    """'Ủy ban nhân dân xã Tân Phú' → ['ỦY BAN NHÂN DÂN', 'XÃ TÂN PHÚ'] (bold caps block, top left)."""
    upper = " ".join(full_name.split()).upper()
    for prefix in (COMMITTEE, "UỶ BAN NHÂN DÂN"):
        if upper.startswith(prefix + " "):
            return [COMMITTEE, upper[len(prefix) + 1:]]
    return [upper]


def is_committee(full_name: str) -> bool:
    return len(agency_lines(full_name)) == 2


def signing_lines(head_title: str, *, collective: bool = True) -> list[str]:
    """Signing authority and title (Decree 30, Annex I): for a body that works collectively (a People's
    Committee) the chairman signs 'TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH' and a deputy signs on his behalf
    'TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH'."""
    title = " ".join((head_title or "Chủ tịch").split())
    folded = title.casefold()
    if folded.startswith("chủ tịch"):
        return [ON_BEHALF, CHAIR] if collective else [CHAIR]
    if folded.startswith("phó chủ tịch"):
        return ([ON_BEHALF] if collective else []) + [FOR_CHAIR, VICE_CHAIR]
    return [title.upper()]


def signer_name(text: str) -> str:
    """The name under a signature: "Nguyễn Văn Thành - Chủ tịch UBND xã" (a meeting's chair as written in the record)
    signs as "Nguyễn Văn Thành", his title being in the line above the signature (Decree 30)."""
    return re.split(r"\s+[-–—]\s+|\s*,\s*|\s*\(", text.strip(), maxsplit=1)[0].strip() if text else text


def unit_phrase(short_name: str) -> str:
    """'xã Tân Phú' → 'Ủy ban nhân dân xã Tân Phú' as used in running text."""
    return f"Ủy ban nhân dân {short_name}".strip()


def days_text(value: float, unit: str = "days", working: bool = True) -> str:
    number = f"{value:g}".replace(".", ",")
    if unit == "hours":
        return f"{number} {HOURS}"
    return f"{number} {WORKING_DAYS if working else DAYS}"


def percent_text(value: float | None) -> str:
    """'97,9%': floored, never rounded up across a target (see ``domain.rates``)."""
    return rates.percent_text(value)


# ------------------------------------------------------------------ the other printed documents
DECISION_TYPE = "QUYẾT ĐỊNH"
DECISION_SUMMARY = ("Về việc công bố Hệ thống quản lý chất lượng phù hợp Tiêu chuẩn quốc gia TCVN ISO 9001:2015")
REDECISION_SUMMARY = ("Về việc công bố lại Hệ thống quản lý chất lượng phù hợp Tiêu chuẩn quốc gia "
                      "TCVN ISO 9001:2015")
DECISION_AUTHORITY = "CHỦ TỊCH ỦY BAN NHÂN DÂN {name}"
# The decision's legal bases ("Căn cứ …") are chosen by its date from resources/legal_bases.json.
DECISION_PROPOSER = "Theo đề nghị của Trưởng Ban Chỉ đạo ISO."
DECIDES = "QUYẾT ĐỊNH:"
ARTICLE = "Điều {n}."
DECISION_ART1 = ("Công bố Hệ thống quản lý chất lượng của {agency} phù hợp Tiêu chuẩn quốc gia TCVN ISO 9001:2015 "
                 "đối với các hoạt động xử lý công việc và giải quyết thủ tục hành chính có tên trong Danh mục kèm "
                 "theo Quyết định này.")
DECISION_ART1_REPLACES = " Quyết định này thay thế Quyết định công bố trước đây."
DECISION_ART2 = "Quyết định này có hiệu lực kể từ ngày ký."
DECISION_ART3 = ("Ban Chỉ đạo ISO, công chức các bộ phận chuyên môn và các cá nhân có liên quan chịu trách nhiệm thi "
                 "hành Quyết định này.")
DECISION_RECIPIENTS = ("Như Điều 3", "{recipient} (để báo cáo)", "Niêm yết tại trụ sở", "Lưu: VT, ISO")
# The letter that tells the Department of the announcement (QĐ 19/2014/QĐ-TTg: the announcement is notified in writing)
VV = "V/v"
NOTICE_SUMMARY = "thông báo công bố Hệ thống quản lý chất lượng phù hợp Tiêu chuẩn quốc gia TCVN ISO 9001:2015"
NOTICE_BODY = ("Thực hiện Quyết định số 19/2014/QĐ-TTg ngày 05 tháng 3 năm 2014 của Thủ tướng Chính phủ về việc áp dụng "
               "Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001 vào hoạt động của các cơ quan, tổ "
               "chức thuộc hệ thống hành chính nhà nước, {date}, Chủ tịch {agency} đã ban hành "
               "Quyết định số {number} về việc {what} Hệ thống quản lý chất lượng phù hợp Tiêu chuẩn quốc gia TCVN ISO "
               "9001:2015 đối với {count} thủ tục hành chính{activities} (gửi kèm Quyết định và danh mục thủ tục hành "
               "chính thuộc phạm vi áp dụng).")
NOTICE_ACTIVITIES = " và {count} hoạt động khác"
NOTICE_CLOSING = "{agency} trân trọng thông báo đến {recipient}{end}"
NOTICE_RECIPIENTS = ("Như trên", "Lưu: VT, ISO")
SCOPE_TITLE = "Danh mục thủ tục hành chính và hoạt động thuộc phạm vi áp dụng Hệ thống quản lý chất lượng"
SCOPE_ACTIVITIES = "Các hoạt động khác thuộc phạm vi áp dụng"

QMS_FULL = "Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015"  # what a title writes for "HTQLCL"

MINUTES_TYPE = "BIÊN BẢN"
MINUTES_SUMMARY = "Họp xem xét của lãnh đạo về Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015"
MINUTES_START = "Thời gian bắt đầu: {time}, {date}."
MINUTES_PLACE = "Địa điểm: {place}."
MINUTES_ATTENDEES = "Thành phần tham dự: {attendees}."
MINUTES_CHAIR = "Chủ trì: {chair}."
MINUTES_SECRETARY = "Thư ký: {secretary}."
MINUTES_CONTENT = "Nội dung:"
MINUTES_INPUTS = "1. Đầu vào của cuộc xem xét (TCVN ISO 9001:2015, mục 9.3.2)"
MINUTES_CONCLUSION = "2. Kết luận của chủ trì"
MINUTES_OUTPUTS = "3. Đầu ra của cuộc xem xét (TCVN ISO 9001:2015, mục 9.3.3)"
MINUTES_EFFECTIVENESS = "Kết luận về hiệu lực của Hệ thống quản lý chất lượng (điểm d khoản 2 Điều 4 Quyết định số 19/2014/QĐ-TTg)"
MINUTES_VERDICT = {True: "Hệ thống quản lý chất lượng có hiệu lực.", False: "Hệ thống quản lý chất lượng chưa có hiệu lực."}
MINUTES_END = "Cuộc họp kết thúc vào ...... giờ ...... cùng ngày. Biên bản đã được thông qua trước các thành viên dự họp."
MINUTES_SIGNERS = ("THƯ KÝ", "CHỦ TRÌ")
MINUTES_RECIPIENTS = ("Các thành viên dự họp", "Lưu: VT, ISO")
REVIEW_INPUTS = {
    "a": "a) Tình trạng của các hành động từ các cuộc xem xét của lãnh đạo trước đó",
    "b": "b) Những thay đổi về các vấn đề bên ngoài và nội bộ liên quan đến Hệ thống quản lý chất lượng",
    "c1": "c1) Sự thỏa mãn của người dân và phản hồi từ các bên quan tâm",
    "c2": "c2) Mức độ đạt được các mục tiêu chất lượng",
    "c3": "c3) Kết quả thực hiện của quá trình và sự phù hợp của dịch vụ",
    "c4": "c4) Sự không phù hợp và hành động khắc phục",
    "c5": "c5) Kết quả theo dõi và đo lường",
    "c6": "c6) Kết quả đánh giá",
    "c7": "c7) Kết quả thực hiện của nhà cung cấp bên ngoài",
    "d": "d) Sự đầy đủ của nguồn lực",
    "e": "e) Hiệu lực của các hành động giải quyết rủi ro và cơ hội",
    "f": "f) Các cơ hội cải tiến",
}
REVIEW_INPUT_C = ("c) Thông tin về kết quả thực hiện và hiệu lực của Hệ thống quản lý chất lượng, bao gồm cả xu hướng "
                  "về:")  # TCVN ISO 9001:2015 9.3.2 c), printed once above its seven points c1)–c7)
NOT_DISCUSSED = "Không có ý kiến."

CAR_TYPE = "PHIẾU YÊU CẦU HÀNH ĐỘNG KHẮC PHỤC"
CAR_PART1 = "1. Mô tả sự không phù hợp"
CAR_PART2 = "2. Nguyên nhân và hành động khắc phục"
CAR_PART3 = "3. Phê duyệt hành động khắc phục"
CAR_PART4 = "4. Kiểm tra xác nhận hiệu lực"
CAR_SIGNERS = ("NGƯỜI ĐỀ NGHỊ", "ĐẠI DIỆN LÃNH ĐẠO")
CAR_VERIFIER = "NGƯỜI KIỂM TRA"
CAR_CANCELLED = "(ĐÃ HỦY)"
CAR_EFFECTIVE = {True: "Có hiệu lực", False: "Chưa có hiệu lực", None: "Chưa kiểm tra"}

AUDIT_PLAN_TYPE = "KẾ HOẠCH"
AUDIT_PLAN_SUMMARY = "Đánh giá nội bộ Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015"
# a plan has no "Kính gửi", so no "Như trên" (QA 60 F8): those who carry it out are named
AUDIT_PLAN_RECIPIENTS = ("Các bộ phận được đánh giá", "Thành viên Đoàn đánh giá", "Ban Chỉ đạo ISO", ARCHIVE)
AUDIT_PLAN_EXECUTION = ("Trưởng đoàn đánh giá thông báo lịch cho các bộ phận, tổ chức đánh giá theo kế hoạch và báo "
                        "cáo kết quả cho lãnh đạo; các bộ phận được đánh giá chuẩn bị hồ sơ và bố trí người làm việc "
                        "với đoàn đánh giá.")
AUDIT_REPORT_TYPE = "BÁO CÁO ĐÁNH GIÁ NỘI BỘ"
AUDIT_REPORT_SUMMARY = "Kết quả đánh giá nội bộ Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015"
AUDIT_TEAM = "Đoàn đánh giá nội bộ"  # the internal audit report's issuer: the audit team, under the committee
AUDIT_REPORT_FOR = "Báo cáo cho"
AUDIT_REPORT_READER = "Chủ tịch {agency} (hồ sơ nội bộ của Hệ thống quản lý chất lượng)"
AUDIT_SIGNERS = ("TRƯỞNG ĐOÀN ĐÁNH GIÁ", "PHÊ DUYỆT CỦA LÃNH ĐẠO")

COVER_TYPE = "QUY TRÌNH"
COVER_SIGNOFF = ("Soạn thảo", "Xem xét", "Phê duyệt")
COVER_AMENDMENTS = "THEO DÕI SỬA ĐỔI TÀI LIỆU"
COVER_VERSIONS = "CÁC LẦN BAN HÀNH"
STEPS_TITLE = "TRÌNH TỰ THỰC HIỆN"
FLOW_TITLE = "LƯU ĐỒ THỰC HIỆN"
# the chart begins and ends with the applicant, not with the one-stop unit (QA 60 F10: "Bộ phận một cửa | Tổ chức, cá
# nhân nộp hồ sơ", and an end box repeating the last step's "Trả kết quả")
FLOW_START = "Tổ chức, cá nhân nộp hồ sơ"
FLOW_END = "Tổ chức, cá nhân nhận kết quả"
FLOW_APPLICANT = "Tổ chức, cá nhân"
STEP = "Bước {n}"
TOTAL_TIME = "Tổng thời gian thực hiện: {total}; thời hạn theo quy định: {limit}."
NO_LIMIT = "không quy định"
SAME_DAY = "trong ngày làm việc"
STEPS_TOO_LONG = "Tổng thời gian các bước vượt thời hạn giải quyết theo quy định."
NO_STEPS = "Lần ban hành này chưa có trình tự thực hiện."
