"""Fixed Vietnamese wording of the receiving office's documents (extends ``wording``).

The letters (return of a report, reminder to the units that have not reported: Decree 30 "Công văn")
and the office's summary report to the province are official Vietnamese documents, so their wording
is written here directly, like ``wording`` for the commune's documents.
"""

from __future__ import annotations

from qms_desktop.domain.text import fold

LETTER_SYMBOL_DEFAULT = "SKHCN-TĐC"


# Mẫu 20: who proposes the check (a setting: since 2025 many provinces have no Chi cục TĐC any more)
PROPOSER_DEFAULT = "Chi cục trưởng Chi cục Tiêu chuẩn Đo lường Chất lượng"


def filing_line(office_symbol: str | None) -> str:
    """Decree 30's last 'Nơi nhận' line: the archive and the drafting unit, the part of the office's symbol after
    its own ('SKHCN-TĐC' → 'Lưu: VT, TĐC'; a symbol without one → 'Lưu: VT')."""
    _own, _sep, drafter = (office_symbol or LETTER_SYMBOL_DEFAULT).partition("-")
    return f"Lưu: VT, {drafter.strip()}" if drafter.strip() else "Lưu: VT"


def kind_symbol(kind: str, office_symbol: str | None) -> str:
    """A document's symbol: its kind before the office's own ('BB-SKHCN' for a record, 'KH-SKHCN' a plan)."""
    return f"{kind}-{(office_symbol or LETTER_SYMBOL_DEFAULT).split('-')[0]}"
VV = "V/v"
RETURN_SUMMARY = "trả lại báo cáo tình hình áp dụng Hệ thống quản lý chất lượng {period_label} để chỉnh sửa, bổ sung"
REMIND_SUMMARY = "đôn đốc gửi báo cáo tình hình áp dụng Hệ thống quản lý chất lượng {period_label}"
BASES = ("Thực hiện Quyết định số 19/2014/QĐ-TTg ngày 05 tháng 3 năm 2014 của Thủ tướng Chính phủ về việc áp dụng "
         "Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001 vào hoạt động của các cơ quan, tổ chức "
         "thuộc hệ thống hành chính nhà nước và Thông tư số 26/2014/TT-BKHCN ngày 10 tháng 10 năm 2014 của Bộ trưởng "
         "Bộ Khoa học và Công nghệ quy định chi tiết thi hành Quyết định số 19/2014/QĐ-TTg")

RETURN_RECEIVED = ("Ngày {received}, {office} nhận được Báo cáo số {number} ngày {date} của {unit} về tình hình xây "
                   "dựng, áp dụng, duy trì và cải tiến Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO "
                   "9001:2015 {period_label} (tệp báo cáo điện tử, phiên bản {version}).")
RETURN_FINDINGS = "Qua kiểm tra, báo cáo còn những nội dung cần chỉnh sửa, bổ sung như sau:"
RETURN_REQUEST = ("{office} trả lại báo cáo nêu trên và đề nghị {unit} chỉnh sửa, bổ sung, gửi lại báo cáo (bản giấy "
                  "có chữ ký, đóng dấu và tệp báo cáo điện tử xuất từ phần mềm QMS Desktop) trước ngày {by}.")

REMIND_BASIS = ("{bases}, Ủy ban nhân dân cấp xã báo cáo tình hình xây dựng, áp dụng, duy trì và cải tiến Hệ thống "
                "quản lý chất lượng {period_label} gửi {office} chậm nhất ngày {due}.")
REMIND_STATUS = ("Đến ngày {today}, {office} chưa nhận được báo cáo của {count} đơn vị{listed}.")
REMIND_LISTED = " có tên trong danh sách kèm theo"
REMIND_REQUEST = ("Để kịp tổng hợp, báo cáo Ủy ban nhân dân {province}, {office} đề nghị {units} khẩn trương gửi "
                  "báo cáo (bản giấy có chữ ký, đóng dấu và tệp báo cáo điện tử xuất từ phần mềm QMS Desktop) "
                  "chậm nhất ngày {by}.")
REMIND_UNITS_LISTED = "Ủy ban nhân dân các xã, phường, đặc khu có tên trong danh sách kèm theo"
REMIND_UNITS_ADDRESS = "Ủy ban nhân dân các xã, phường, đặc khu có tên trong danh sách kèm theo"
REMIND_ANNEX_TITLE = "Danh sách đơn vị chưa gửi báo cáo tình hình áp dụng Hệ thống quản lý chất lượng {period_label}"
LETTER_RECIPIENTS = ("Như trên",)
DOC_LETTER = "Công văn"

SUMMARY_TYPE = "BÁO CÁO"
SUMMARY_TITLE = ("Kết quả tổng hợp tình hình xây dựng, áp dụng, duy trì và cải tiến Hệ thống quản lý chất lượng "
                 "theo Tiêu chuẩn quốc gia TCVN ISO 9001:2015 tại Ủy ban nhân dân cấp xã {period_label}")
SUMMARY_INTRO = ("{bases}; trên cơ sở báo cáo của Ủy ban nhân dân các xã, phường, đặc khu, {office} báo cáo kết quả "
                 "tổng hợp tình hình xây dựng, áp dụng, duy trì và cải tiến Hệ thống quản lý chất lượng {period_label} "
                 "(số liệu từ ngày {start} đến ngày {end}) như sau:")
SUMMARY_PART_I = "I. TÌNH HÌNH GỬI BÁO CÁO"
SUMMARY_PART_II = "II. KẾT QUẢ ÁP DỤNG, DUY TRÌ HỆ THỐNG QUẢN LÝ CHẤT LƯỢNG"
SUMMARY_PART_III = "III. NHỮNG ĐƠN VỊ CẦN LƯU Ý"
SUMMARY_PART_IV = "IV. ĐỀ XUẤT, KIẾN NGHỊ"
SUMMARY_PROPOSAL = ("{office} đề nghị Ủy ban nhân dân {province} chỉ đạo Ủy ban nhân dân các xã, phường, đặc khu "
                    "chưa gửi báo cáo, gửi báo cáo chậm hoặc còn tồn tại nêu tại mục III khẩn trương khắc phục; "
                    "duy trì, cải tiến Hệ thống quản lý chất lượng theo đúng quy định.")
SUMMARY_CLOSING = "Trên đây là báo cáo kết quả tổng hợp tình hình áp dụng Hệ thống quản lý chất lượng {period_label} của {office}."
SUMMARY_ANNEX_TITLE = "Số liệu tổng hợp theo từng đơn vị {period_label}"
SUMMARY_RECIPIENTS = ("Như trên", "Bộ Khoa học và Công nghệ (để báo cáo)")
NO_WARNINGS = "Không có đơn vị nào thuộc các trường hợp cần lưu ý."

# An office numbers its letters and reports by hand: its appendices say "số … ngày …" to be filled in, as Decree 30
# asks for both (QA 57 F11: "(Kèm theo Báo cáo của Sở …)" gave neither)
APPENDIX_NOTE = "(Kèm theo {document} số ………… ngày ……………… của {agency})"

STATE_VI = {"received": "Đã nhận", "returned": "Trả lại", "resubmitted": "Nộp lại", "accepted": "Đã chấp nhận",
            "missing": "Chưa gửi", "not_expected": "Không phải báo cáo"}
# The PDF's digital signature as the office checked it at import (services.receiving.inbox: pades states).
PDF_SIGNATURE_VI = {"valid": "Đã ký số, hợp lệ", "unknown_issuer": "Đã ký số, chưa xác minh tổ chức cấp chứng thư",
                    "invalid": "Chữ ký số không hợp lệ", "not_signed": "Chưa ký số", "": "Chưa kiểm tra"}
WARNING_VI = {
    "no_audit": "chưa tổ chức đánh giá nội bộ trong năm",
    "no_review": "chưa tổ chức họp xem xét của lãnh đạo trong năm",
    "nc_overdue": "có sự không phù hợp quá hạn khắc phục",
    "petitions_overdue": "có phản ánh, kiến nghị của người dân quá hạn chưa trả lời",
    "on_time_below_target": "tỷ lệ giải quyết TTHC đúng hạn thấp hơn chỉ tiêu của tỉnh ({target}%)",
    "not_announced": "chưa công bố Hệ thống quản lý chất lượng",
    "reannounce": "phạm vi áp dụng thay đổi nhưng chưa công bố lại",
    "other_dates": "có số liệu tính theo ngày đầu, ngày cuối kỳ khác với kỳ tổng hợp chung",
    "cut_off_early": "có báo cáo lập trước khi kết thúc kỳ, số liệu chưa đủ cả kỳ báo cáo",
    "pdf_not_signed": "báo cáo (tệp PDF) chưa được ký số",
    "pdf_signature_invalid": "chữ ký số trên báo cáo (tệp PDF) không hợp lệ",
}
# what the workbook's sheet of warnings adds for one unit (its params)
WARNING_VI_DETAIL = {"cut_off_early": " (số liệu tính đến ngày {date})"}
FIGURES_VI = {
    "tthc_in_scope": "Số TTHC trong phạm vi",
    "tthc_covered": "Số TTHC có quy trình",
    "procedures_effective": "Số quy trình hiệu lực",
    "audits": "Số cuộc đánh giá nội bộ",
    "reviews": "Số cuộc xem xét của lãnh đạo",
    "nc_opened": "Số SKPH phát sinh",
    "nc_closed": "Số SKPH đã đóng",
    "nc_open_end": "Số SKPH còn mở",
    "nc_overdue": "Số SKPH quá hạn",
    "files_received": "Hồ sơ tiếp nhận",
    "files_on_time": "Hồ sơ đúng hạn",
    "files_late": "Hồ sơ trễ hạn",
    "on_time_rate": "Tỷ lệ đúng hạn",
    "satisfaction": "Tỷ lệ hài lòng",
    "trainings": "Số lớp đào tạo",
    "complaints": "Số khiếu nại",
    "petitions": "Số phản ánh, kiến nghị",
    "petitions_carried": "Số PAKN kỳ trước chuyển sang",
    "petitions_pending": "Số PAKN chưa trả lời",
    "petitions_overdue": "Số PAKN quá hạn",
    "improvements": "Số cải tiến",
}


def committee_name(unit_name: str) -> str:
    """'Xã Tân Phú' → 'Ủy ban nhân dân xã Tân Phú'; a name that already says so is kept."""
    name = " ".join((unit_name or "").split())
    key = fold(name)
    if key.startswith(("uy ban nhan dan", "ubnd")):
        return name
    for prefix in ("xa ", "phuong ", "dac khu ", "thi tran "):
        if key.startswith(prefix):
            name = name[:1].lower() + name[1:]
            break
    return f"Ủy ban nhân dân {name}"


def province_phrase(province: str) -> str:
    """'Tỉnh Lâm Đồng' → 'tỉnh Lâm Đồng' (as written after 'Ủy ban nhân dân')."""
    text = " ".join((province or "").split())
    if fold(text).startswith(("tinh ", "thanh pho ")):
        return text[:1].lower() + text[1:]
    return f"tỉnh {text}" if text else "tỉnh"


def place_of(province: str) -> str:
    """'Tỉnh Lâm Đồng' → 'Lâm Đồng' (the place name in dates)."""
    text = " ".join((province or "").split())
    key = fold(text)
    for prefix in ("tinh ", "thanh pho "):
        if key.startswith(prefix):
            return text[len(prefix):]
    return text
