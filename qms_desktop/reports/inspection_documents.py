"""The office's inspection documents in Decree 30/2020 form (``pdf_layout``), TT 26/2014 Phụ lục I:

- Mẫu 19 KHKT: the year's inspection plan (Kế hoạch kiểm tra);
- Mẫu 20 QĐKT: the check decision (Quyết định kiểm tra) with its articles and the team;
- Mẫu 21 BBKT: the record of an on-site check (Biên bản kiểm tra), pre-filled with what the inbox
  knows of the unit and dotted lines for what is found on site;
- the November compilation of the year's results (Báo cáo kết quả kiểm tra) with its annexed table.

The forms' exact wording was not retrieved (shared/domain/regulations.md §2.4 "names only"): the
sections follow TT 26 Art. 34–37 (what a plan, a decision and a record must state) and Decree 30's
templates for a plan (Mẫu 1.4), a decision (Mẫu 1.2) and a record (Mẫu 1.9). Plain data in, PDF bytes
out; nothing here reads the database. Wording is official Vietnamese, written here directly.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from qms_desktop.reports import wording as W
from qms_desktop.reports import wording_office as O
from qms_desktop.i18n import decree30_date_line
from qms_desktop.reports.fonts import SERIF, string_width
from qms_desktop.reports.office_documents import OfficeInfo, _office_top, _signature
from qms_desktop.reports.pdf_layout import (
    TEXT_WIDTH, Styles, appendix_heading, build_pdf, grid_table, para, title_block, two_signatures,
)

SUBJECT = ("việc áp dụng, duy trì và cải tiến Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia "
           "TCVN ISO 9001:2015")
FORM_19, FORM_20, FORM_21 = "Mẫu 19 KHKT", "Mẫu 20 QĐKT", "Mẫu 21 BBKT"
ON_SITE_VI, RECORDS_VI = "Kiểm tra tại chỗ", "Kiểm tra qua hồ sơ, báo cáo"
TT26 = ("Thông tư số 26/2014/TT-BKHCN ngày 10 tháng 10 năm 2014 của Bộ trưởng Bộ Khoa học và Công nghệ quy định "
        "chi tiết thi hành Quyết định số 19/2014/QĐ-TTg")
QD19 = ("Quyết định số 19/2014/QĐ-TTg ngày 05 tháng 3 năm 2014 của Thủ tướng Chính phủ về việc áp dụng Hệ thống "
        "quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001 vào hoạt động của các cơ quan, tổ chức thuộc hệ "
        "thống hành chính nhà nước")
CONTENT_36 = (
    "Việc xây dựng, áp dụng, duy trì và cải tiến Hệ thống quản lý chất lượng theo yêu cầu của Tiêu chuẩn quốc gia "
    "TCVN ISO 9001 (khoản 1 Điều 36 Thông tư số 26/2014/TT-BKHCN): phạm vi áp dụng; việc phổ biến, hướng dẫn áp dụng "
    "tài liệu, quy trình; việc tuân thủ chính sách, mục tiêu chất lượng, các quy trình; việc thực hiện quy trình giải "
    "quyết công việc; việc xem xét của lãnh đạo, đánh giá nội bộ, hành động khắc phục; xử lý phản ánh, kiến nghị; "
    "hoạt động cải tiến.",
    "Việc thực hiện các quy định tại Quyết định số 19/2014/QĐ-TTg (khoản 2 Điều 36 Thông tư số 26/2014/TT-BKHCN): sự "
    "tham gia của lãnh đạo, các đơn vị, cá nhân; việc xác nhận hiệu lực của Hệ thống; việc công bố, thông báo, niêm "
    "yết; việc cập nhật văn bản pháp luật; việc công bố lại khi điều chỉnh, mở rộng phạm vi áp dụng.",
)


@dataclass(frozen=True)
class TeamMember:
    name: str
    title: str
    role: str  # lead / member / secretary


@dataclass(frozen=True)
class PlannedUnit:
    code: str
    name: str
    on_site: bool
    scheduled: dt.date | None
    reasons: tuple[str, ...] = ()  # Vietnamese


@dataclass(frozen=True)
class PlanDoc:
    office: OfficeInfo
    year: int
    number: str
    date: dt.date | None
    units: tuple[PlannedUnit, ...]
    budget: str
    expected: int
    needed: int


@dataclass(frozen=True)
class DecisionDoc:
    office: OfficeInfo
    year: int
    number: str
    date: dt.date | None
    plan_number: str
    plan_date: dt.date | None
    team: tuple[TeamMember, ...]
    units: tuple[PlannedUnit, ...]  # on site
    proposer: str = O.PROPOSER_DEFAULT  # "Theo đề nghị của …" (Settings; empty: no such line)


@dataclass(frozen=True)
class ReportFigures:
    period_label: str
    number: str
    sent: dt.date | None
    figures: dict


@dataclass(frozen=True)
class RecordDoc:
    office: OfficeInfo
    year: int
    unit_name: str
    record_number: str
    decision_number: str
    decision_date: dt.date | None
    signed: dt.date | None
    due: dt.date | None
    team: tuple[TeamMember, ...]
    reports: tuple[ReportFigures, ...]  # the unit's last reports known to the inbox
    missing_periods: tuple[str, ...] = ()
    conformities: tuple[str, ...] = ()
    nonconformities: tuple[str, ...] = ()
    recommendations: tuple[str, ...] = ()
    scheduled: dt.date | None = None  # the planned day of the check: printed before the record is signed


@dataclass(frozen=True)
class ResultRow:
    code: str
    name: str
    on_site: bool
    scheduled: dt.date | None
    record_number: str
    signed: dt.date | None
    conformities: int
    nonconformities: int
    recommendations: int
    due: dt.date | None
    answered: dt.date | None
    state_vi: str
    nc_texts: tuple[str, ...] = ()


@dataclass(frozen=True)
class CompilationDoc:
    office: OfficeInfo
    year: int
    date: dt.date
    plan_number: str
    plan_date: dt.date | None
    decision_number: str
    decision_date: dt.date | None
    expected: int
    rows: tuple[ResultRow, ...] = field(default_factory=tuple)


ROLE_VI = {"lead": "Trưởng đoàn", "member": "Thành viên", "secretary": "Thư ký"}
FIGURE_ROWS = ("tthc_in_scope", "tthc_covered", "procedures_effective", "audits", "reviews", "nc_opened", "nc_closed",
               "nc_open_end", "nc_overdue", "files_received", "on_time_rate", "satisfaction")


def _date(value: dt.date | None) -> str:
    return W.date_vn(value) if value else "…/…/……"


def _number(text: str, kind: str, office: OfficeInfo) -> str:
    """The number as typed ('15/KH-SKHCN'), or a blank to fill before the symbol ('      /KH-SKHCN')."""
    if text:
        return text
    return W.number_text(None, O.kind_symbol(kind, office.doc_symbol))


def _ref(number: str, day: dt.date | None) -> str:
    return f"số {number or '……'}" + (f" ngày {W.date_vn(day)}" if day else " ngày …/…/……")


def _header(office: OfficeInfo, number: str, day: dt.date | None, st: Styles, *, date_line: bool = True) -> Table:
    """Decree 30 top block (as the office's letters): the place and date under the motto, blank when the
    document is not dated yet; a record (Mẫu 1.9) states its date in the text instead."""
    left, right = _office_top(office, st)
    if not date_line:
        dated: Flowable = Spacer(1, 1)
    elif day is not None:
        dated = para(decree30_date_line(office.place_name, day), st.date)
    else:
        dated = para(f"{office.place_name}, ngày …… tháng …… năm ……", st.date)
    table = Table([[left, right], [para(f"{W.NUMBER_LABEL}: {number}", st.number), dated]],
                  colWidths=[TEXT_WIDTH * 0.44, TEXT_WIDTH * 0.56])
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), SERIF, 12),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 1), (-1, 1), 4),
    ]))
    return table


def dotted_lines(count: int, st: Styles, *, indent: float = 0) -> list[Flowable]:
    """``count`` lines of dots across the text width: the blanks filled by hand on site."""
    width = TEXT_WIDTH - indent
    dots = "." * int(width / string_width(".", SERIF, 14) - 2)
    return [para(dots, st.body_flush) for _ in range(count)]


def _team_table(team: tuple[TeamMember, ...], st: Styles):
    rows = [(i, m.name, m.title, ROLE_VI.get(m.role, m.role)) for i, m in enumerate(team, start=1)]
    if not rows:
        rows = [(i, "", "", "") for i in range(1, 4)]
    return grid_table(("STT", "Họ và tên", "Chức vụ, đơn vị công tác", "Nhiệm vụ trong Đoàn"), rows,
                      (0.5, 2.2, 3.2, 1.6), st, aligns=("right", "left", "left", "left"))


def _lead(team: tuple[TeamMember, ...]) -> str:
    return next((m.name for m in team if m.role == "lead"), "")


# ---------------------------------------------------------------- Mẫu 19 KHKT

def plan_pdf(d: PlanDoc) -> bytes:
    st = Styles()
    office = d.office.short
    on_site = [u for u in d.units if u.on_site]
    story: list[Flowable] = [_header(d.office, _number(d.number, "KH", d.office), d.date, st)]
    story += title_block("KẾ HOẠCH", f"Kiểm tra {SUBJECT} năm {d.year}", st)
    story.append(para(f"Căn cứ {QD19};", st.body))
    story.append(para(f"Căn cứ {TT26};", st.body))
    story.append(para(f"{office} xây dựng Kế hoạch kiểm tra {SUBJECT} tại Ủy ban nhân dân các xã, phường, đặc khu "
                      f"trên địa bàn {O.province_phrase(d.office.province)} năm {d.year} như sau:", st.body))
    story.append(para("I. MỤC ĐÍCH, YÊU CẦU", st.part))
    story.append(para("1. Đánh giá tình hình xây dựng, áp dụng, duy trì và cải tiến Hệ thống quản lý chất lượng tại "
                      "các cơ quan; kịp thời hướng dẫn, chấn chỉnh những tồn tại, hạn chế.", st.body))
    story.append(para(f"2. Kiểm tra tất cả các cơ quan qua hồ sơ, báo cáo; kiểm tra tại chỗ ít nhất một phần ba số cơ "
                      f"quan (Điều 33 Thông tư số 26/2014/TT-BKHCN): {len(on_site)}/{d.expected} cơ quan "
                      f"(tối thiểu {d.needed}).", st.body))
    story.append(para("II. NỘI DUNG KIỂM TRA", st.part))
    for i, text in enumerate(CONTENT_36, start=1):
        story.append(para(f"{i}. {text}", st.body))
    story.append(para("III. ĐỐI TƯỢNG, HÌNH THỨC VÀ THỜI GIAN KIỂM TRA", st.part))
    rows = [(i, O.committee_name(u.name), ON_SITE_VI if u.on_site else RECORDS_VI,
             W.date_vn(u.scheduled) if u.scheduled else ("" if u.on_site else "Cả năm"),
             "; ".join(u.reasons)) for i, u in enumerate(d.units, start=1)]
    story.append(grid_table(("STT", "Cơ quan được kiểm tra", "Hình thức kiểm tra", "Thời gian dự kiến",
                             "Căn cứ lựa chọn"), rows, (0.45, 2.2, 1.5, 1.1, 2.6), st,
                            aligns=("right", "left", "left", "center", "left"), size=10))
    story.append(para("IV. ĐƠN VỊ THỰC HIỆN", st.part))
    story.append(para(f"{office} chủ trì thực hiện; thành lập Đoàn kiểm tra đối với các cơ quan được kiểm tra tại chỗ "
                      f"theo Quyết định kiểm tra (Mẫu 20 QĐKT).", st.body))
    story.append(para("V. KINH PHÍ", st.part))
    story.append(para(d.budget or f"Kinh phí thực hiện từ nguồn ngân sách nhà nước năm {d.year} được giao cho "
                                  f"{office}.", st.body))
    story.append(para("VI. TỔ CHỨC THỰC HIỆN", st.part))
    story.append(para("Các cơ quan được kiểm tra chuẩn bị báo cáo tình hình áp dụng Hệ thống quản lý chất lượng theo "
                      "các nội dung quy định tại Điều 36 Thông tư số 26/2014/TT-BKHCN kèm theo hồ sơ, tài liệu chứng "
                      "minh; bố trí lãnh đạo, cán bộ làm việc với Đoàn kiểm tra. Sau khi kiểm tra tại chỗ, cơ quan được "
                      "kiểm tra báo cáo kết quả khắc phục trong thời hạn 02 tháng kể từ ngày ký biên bản kiểm tra.",
                      st.body))
    closing = (f"Trên đây là Kế hoạch kiểm tra {SUBJECT} năm {d.year} của {office}, trình Ủy ban nhân dân "
               f"{O.province_phrase(d.office.province)} phê duyệt.")
    story.append(KeepTogether([para(closing.rstrip(".") + W.END_MARK, st.body), Spacer(1, 8),
                               _signature(d.office, (f"UBND {O.province_phrase(d.office.province)} (để phê duyệt)",
                                                     "Các cơ quan được kiểm tra"), st)]))
    return build_pdf(story, title=f"{FORM_19} Kế hoạch kiểm tra năm {d.year}", subject=SUBJECT,
                     author=d.office.full_name)


# ---------------------------------------------------------------- Mẫu 20 QĐKT

def decision_pdf(d: DecisionDoc) -> bytes:
    st = Styles()
    office = d.office.short
    story: list[Flowable] = [_header(d.office, _number(d.number, "QĐ", d.office), d.date, st)]
    story += title_block("QUYẾT ĐỊNH", f"Về việc kiểm tra {SUBJECT} năm {d.year}", st)
    story.append(para(f"{(d.office.head_title or 'Giám đốc').upper()} {office.upper()}", st.center_bold))
    story.append(Spacer(1, 6))
    story.append(para(f"Căn cứ {QD19};", st.body))
    story.append(para(f"Căn cứ {TT26};", st.body))
    story.append(para(f"Căn cứ Kế hoạch kiểm tra {_ref(d.plan_number, d.plan_date)} của {office};", st.body))
    proposer = " ".join(d.proposer.split()).rstrip(".")
    if proposer:  # Settings: who proposes the check (QA 15 F12: it was fixed to the Chi cục TĐC)
        story.append(para(f"Theo đề nghị của {proposer}.", st.body))
    story.append(para("QUYẾT ĐỊNH:", st.center_bold))
    story.append(Spacer(1, 4))
    story.append(para(f"<b>Điều 1.</b> Thành lập Đoàn kiểm tra {SUBJECT} năm {d.year}, gồm các ông (bà) có tên sau:",
                      st.body, markup=True))
    story.append(_team_table(d.team, st))
    story.append(Spacer(1, 6))
    story.append(para(f"<b>Điều 2.</b> Đoàn kiểm tra có nhiệm vụ kiểm tra tại chỗ {SUBJECT} tại các cơ quan sau đây, "
                      f"theo các nội dung quy định tại Điều 36 Thông tư số 26/2014/TT-BKHCN:", st.body, markup=True))
    rows = [(i, O.committee_name(u.name), W.date_vn(u.scheduled)) for i, u in enumerate(d.units, start=1)]
    story.append(grid_table(("STT", "Cơ quan được kiểm tra", "Thời gian kiểm tra"), rows, (0.5, 4.5, 1.5), st,
                            aligns=("right", "left", "center")))
    story.append(Spacer(1, 6))
    story.append(para(f"Đoàn kiểm tra lập biên bản kiểm tra (Mẫu 21 BBKT) tại mỗi cơ quan, báo cáo kết quả với "
                      f"{d.office.head_title or 'Giám đốc'} {office} và tự giải thể sau khi hoàn thành nhiệm vụ.", st.body))
    story.append(para("<b>Điều 3.</b> Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Sở, "
                      + (f"{proposer}, " if proposer else "") + "các thành viên Đoàn kiểm tra và Chủ tịch Ủy ban nhân "
                      "dân các xã, phường, đặc khu có tên tại Điều 2 chịu trách nhiệm thi hành Quyết định này"
                      + W.END_MARK, st.body, markup=True))
    story.append(Spacer(1, 8))
    story.append(_signature(d.office, (W.RECIPIENT_ARTICLE_3, f"UBND {O.province_phrase(d.office.province)} (để báo cáo)"),
                            st))
    return build_pdf(story, title=f"{FORM_20} Quyết định kiểm tra năm {d.year}", subject=SUBJECT,
                     author=d.office.full_name)


# ---------------------------------------------------------------- Mẫu 21 BBKT

def _num(value) -> str:
    if value is None:
        return "—"
    if isinstance(value, float) and not value.is_integer():
        return f"{value:.1f}".replace(".", ",")
    return f"{int(value):,}".replace(",", ".")


def _findings(title: str, items: tuple[str, ...], blanks: int, st: Styles) -> list[Flowable]:
    out: list[Flowable] = [para(title, st.item)]
    if items:
        out += [para(f"- {x}", st.bullet) for x in items]
    else:
        out += dotted_lines(blanks, st)
    return out


def record_pdf(d: RecordDoc) -> bytes:
    st = Styles()
    office = d.office.short
    unit = O.committee_name(d.unit_name)
    number = d.record_number or _number("", "BB", d.office)
    story: list[Flowable] = [_header(d.office, number, None, st, date_line=False)]
    story += title_block("BIÊN BẢN KIỂM TRA", f"{SUBJECT[0].upper()}{SUBJECT[1:]} tại {unit}", st)
    story.append(para(f"Căn cứ Quyết định kiểm tra {_ref(d.decision_number, d.decision_date)} của "
                      f"{d.office.head_title or 'Giám đốc'} {office};", st.body))
    day = d.signed or d.scheduled  # QA 15 F8: the planned day, in the words of Mẫu 19 and 20
    when = W.long_date(day) if day else "ngày … tháng … năm ……"
    story.append(para(f"Hôm nay, vào hồi …… giờ …… {when}, tại trụ sở {unit}, Đoàn kiểm tra đã tiến hành kiểm tra "
                      f"{SUBJECT}.", st.body))
    story.append(para("I. THÀNH PHẦN", st.part))
    story.append(para("1. Đoàn kiểm tra:", st.item))
    for m in d.team:
        story.append(para(f"- Ông (bà) {m.name}" + (f", {m.title}" if m.title else "") + f" – {ROLE_VI.get(m.role, m.role)};",
                          st.bullet))
    if not d.team:
        story += dotted_lines(3, st)
    story.append(para(f"2. Đại diện {unit}:", st.item))
    from reportlab.lib.enums import TA_LEFT
    from reportlab.lib.styles import ParagraphStyle

    left = ParagraphStyle("blank_left", parent=st.bullet, alignment=TA_LEFT)
    for end in (";", ";", "."):
        story.append(para(f"- Ông (bà): {'…' * 24} chức vụ: {'…' * 20}{end}", left))
    story.append(para("II. NỘI DUNG KIỂM TRA", st.part))
    for i, text in enumerate(CONTENT_36, start=1):
        story.append(para(f"{i}. {text}", st.body))
    story.append(para("III. KẾT QUẢ KIỂM TRA", st.part))
    story.append(para(f"1. Số liệu theo báo cáo của {unit} gửi {office} (tệp báo cáo điện tử đã nhận):", st.item))
    if d.reports:
        header = ["Nội dung"] + [r.period_label for r in d.reports]
        rows = [["Số, ngày báo cáo"] + [f"{r.number or '—'}, {W.date_vn(r.sent)}" for r in d.reports]]
        for key in FIGURE_ROWS:
            label = O.FIGURES_VI.get(key, key)
            suffix = " (%)" if key in ("on_time_rate", "satisfaction") else ""
            rows.append([label + suffix] + [_num(r.figures.get(key)) for r in d.reports])
        story.append(grid_table(header, rows, [3.2] + [1.6] * len(d.reports), st,
                                aligns=["left"] + ["right"] * len(d.reports), size=11))
    else:
        story.append(para("Chưa nhận được báo cáo nào của cơ quan qua phần mềm.", st.body))
    if d.missing_periods:
        story.append(para("Chưa gửi báo cáo: " + ", ".join(d.missing_periods) + ".", st.body))
    story.append(para("Đối chiếu với hồ sơ tại cơ quan: ", st.body))
    story += dotted_lines(2, st)
    story.append(para("2. Kết quả kiểm tra tại chỗ:", st.item))
    story += _findings("a) Những nội dung phù hợp:", d.conformities, 4, st)
    story += _findings("b) Những nội dung chưa phù hợp (điểm không phù hợp):", d.nonconformities, 4, st)
    story += _findings("c) Kiến nghị:", d.recommendations, 3, st)
    story.append(para("IV. YÊU CẦU ĐỐI VỚI CƠ QUAN ĐƯỢC KIỂM TRA", st.part))
    due = f" (chậm nhất ngày {W.date_vn(d.due)})" if d.due else " (chậm nhất ngày …/…/……)"
    story.append(para(f"{unit} thực hiện hành động khắc phục các điểm không phù hợp nêu trên và báo cáo kết quả khắc "
                      f"phục về {office} trong thời hạn 02 tháng kể từ ngày ký biên bản này{due} (Điều 37 Thông tư số "
                      f"26/2014/TT-BKHCN).", st.body))
    story.append(para("Biên bản được lập thành 02 bản có giá trị như nhau, cơ quan được kiểm tra giữ 01 bản, Đoàn kiểm "
                      "tra giữ 01 bản. Biên bản kết thúc vào hồi …… giờ …… cùng ngày, đã được đọc lại cho các thành "
                      "phần tham dự cùng nghe và nhất trí ký tên" + W.END_MARK, st.body))
    story.append(Spacer(1, 6))
    story.append(KeepTogether([two_signatures("ĐẠI DIỆN\nCƠ QUAN ĐƯỢC KIỂM TRA", "", "TRƯỞNG ĐOÀN\nKIỂM TRA",
                                              _lead(d.team), st, sign_space=26 * mm)]))
    return build_pdf(story, title=f"{FORM_21} Biên bản kiểm tra {unit}", subject=SUBJECT, author=d.office.full_name)


# ---------------------------------------------------------------- November compilation

def compilation_pdf(d: CompilationDoc) -> bytes:
    st = Styles()
    office = d.office.short
    rows = d.rows
    on_site = [r for r in rows if r.on_site]
    done = [r for r in rows if r.signed]
    number = _number("", "BC", d.office)
    story: list[Flowable] = [_header(d.office, number, d.date, st)]
    story += title_block("BÁO CÁO", f"Kết quả kiểm tra {SUBJECT} năm {d.year}", st)
    story += [Spacer(1, 4), para(f"{W.RECIPIENT_LABEL}: Ủy ban nhân dân {O.province_phrase(d.office.province)}.",
                                 st.center), Spacer(1, 8)]
    story.append(para(f"Thực hiện Kế hoạch kiểm tra {_ref(d.plan_number, d.plan_date)} và Quyết định kiểm tra "
                      f"{_ref(d.decision_number, d.decision_date)}, theo Điều 38 Thông tư số 26/2014/TT-BKHCN, "
                      f"{office} báo cáo kết quả kiểm tra năm {d.year} như sau:", st.body))
    story.append(para("I. TÌNH HÌNH THỰC HIỆN KẾ HOẠCH", st.part))
    story.append(para(f"Số cơ quan phải kiểm tra: {d.expected}; đã đưa vào kế hoạch: {len(rows)}, trong đó kiểm tra tại "
                      f"chỗ {len(on_site)} cơ quan và kiểm tra qua hồ sơ, báo cáo {len(rows) - len(on_site)} cơ quan. Đã "
                      f"kiểm tra và ký biên bản: {len(done)} cơ quan.", st.body))
    story.append(para("II. KẾT QUẢ KIỂM TRA", st.part))
    ncs = sum(r.nonconformities for r in done)
    story.append(para(f"Tổng số nội dung phù hợp: {sum(r.conformities for r in done)}; điểm không phù hợp: {ncs}; "
                      f"kiến nghị: {sum(r.recommendations for r in done)}.", st.body))
    for r in done:
        if r.nc_texts:
            shown = "; ".join(r.nc_texts[:4]) + ("; …" if len(r.nc_texts) > 4 else "")
            story.append(para(f"- {O.committee_name(r.name)}: {shown}.", st.bullet))
    story.append(para("III. TÌNH HÌNH KHẮC PHỤC SAU KIỂM TRA", st.part))
    states: dict[str, list[str]] = {}
    for r in done:
        states.setdefault(r.state_vi, []).append(O.committee_name(r.name))  # as in part II (QA 15 F12)
    if states:
        for state, names in states.items():
            story.append(para(f"- {state}: {len(names)} cơ quan ({', '.join(names)}).", st.bullet))
    else:
        story.append(para("Chưa có cơ quan nào được kiểm tra tại chỗ.", st.body))
    story.append(para("IV. ĐỀ XUẤT, KIẾN NGHỊ", st.part))
    story.append(para(f"{office} đề nghị Ủy ban nhân dân {O.province_phrase(d.office.province)} chỉ đạo các cơ quan có "
                      f"điểm không phù hợp khẩn trương khắc phục, báo cáo kết quả đúng thời hạn; duy trì, cải tiến Hệ "
                      f"thống quản lý chất lượng theo đúng quy định.", st.body))
    closing = f"Trên đây là báo cáo kết quả kiểm tra {SUBJECT} năm {d.year} của {office}."
    story.append(KeepTogether([para(closing.rstrip(".") + W.END_MARK, st.body), Spacer(1, 8),
                               _signature(d.office, O.SUMMARY_RECIPIENTS, st)]))
    note = O.APPENDIX_NOTE.format(document=W.DOC_REPORT, agency=office)
    story += appendix_heading(None, f"Kết quả kiểm tra theo từng cơ quan năm {d.year}", note, st)
    table = [(i, O.committee_name(r.name), "Tại chỗ" if r.on_site else "Hồ sơ", W.date_vn(r.signed), r.nonconformities if r.signed else "",
              r.recommendations if r.signed else "", W.date_vn(r.due), r.state_vi if r.signed else "")
             for i, r in enumerate(rows, start=1)]
    story.append(grid_table(("STT", "Cơ quan", "Hình thức", "Ngày ký biên bản", "Điểm không phù hợp", "Kiến nghị",
                             "Hạn báo cáo khắc phục", "Tình trạng khắc phục"), table,
                            (0.45, 2.0, 0.9, 1.1, 0.9, 0.8, 1.1, 1.5), st,
                            aligns=("right", "left", "left", "center", "right", "right", "center", "left"), size=10))
    return build_pdf(story, title=f"Báo cáo kết quả kiểm tra năm {d.year}", subject=SUBJECT, author=d.office.full_name)


def compilation_xlsx(d: CompilationDoc) -> bytes:
    """One row per unit of the year's plan, numbers as numbers, dates as dates; printable on A4."""
    import io

    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side

    from qms_desktop.reports.xlsx import FONT, print_setup, safe_text

    wb = Workbook()
    ws = wb.active
    ws.title = f"KiemTra{d.year}"
    title = f"KẾT QUẢ KIỂM TRA VIỆC ÁP DỤNG HỆ THỐNG QUẢN LÝ CHẤT LƯỢNG NĂM {d.year}"
    ws.cell(row=1, column=1, value=title).font = Font(name=FONT, size=13, bold=True)
    header = ("STT", "Mã đơn vị", "Cơ quan", "Hình thức", "Ngày kiểm tra", "Số biên bản", "Ngày ký biên bản",
              "Nội dung phù hợp", "Điểm không phù hợp", "Kiến nghị", "Hạn báo cáo khắc phục", "Ngày báo cáo khắc phục",
              "Tình trạng khắc phục")
    bold = Font(name=FONT, size=11, bold=True)
    normal = Font(name=FONT, size=11)
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)  # ruled, as a printed table
    for col, text in enumerate(header, start=1):
        cell = ws.cell(row=3, column=col, value=text)
        cell.font, cell.alignment = bold, Alignment(wrap_text=True, vertical="center", horizontal="center")
        cell.border = box
    ws.row_dimensions[3].height = 48  # the wrapped headings on three lines
    for i, r in enumerate(d.rows, start=1):
        values = (i, r.code, r.name, "Tại chỗ" if r.on_site else "Hồ sơ, báo cáo", r.scheduled, r.record_number,
                  r.signed, r.conformities if r.signed else None, r.nonconformities if r.signed else None,
                  r.recommendations if r.signed else None, r.due, r.answered, r.state_vi if r.signed else "")
        for col, value in enumerate(values, start=1):
            cell = ws.cell(row=3 + i, column=col)
            if isinstance(value, str):
                safe_text(cell, value)
            else:
                cell.value = value
            if isinstance(value, dt.date):
                cell.number_format = "dd/mm/yyyy"
            cell.font, cell.border = normal, box
            if col in (3, 4, 6, 13):  # a long commune name on two lines, not cut at the column's edge (QA 49 F9)
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    widths = (5, 11, 28, 14, 12, 14, 12, 10, 10, 10, 12, 12, 20)
    from openpyxl.utils import get_column_letter

    for col, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(col)].width = width
    print_setup(ws, 3, landscape=True)  # one page wide: the follow-up columns with their units (QA 49 F9)
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()
