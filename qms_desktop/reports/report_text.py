"""From the facts of a period to the report's text: TT 26/2014 Art. 36 parts I–II with figures.

``ReportFacts`` is what the service reads from the records (numbers, dates, short rows); ``compose``
turns it into ``ReportData`` with Vietnamese sentences (document wording, see ``wording``). Pure
functions: the same facts always give the same data.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from qms_desktop.reports import wording as W
from qms_desktop.reports.report_data import (
    DATE, INT, PERCENT, TEXT, AgencyInfo, Column, Item, Metric, Part, ReportData, Table,
)


@dataclass(frozen=True)
class ObjectiveFact:
    text: str
    target: float
    comparison: str  # ">=" / "<="
    unit: str
    value: float | None
    achieved: bool | None


@dataclass(frozen=True)
class StatFact:
    start: dt.date
    end: dt.date
    received: int
    on_time: int
    late: int
    pending: int
    feedback: int
    complaints: int
    complaints_resolved: int


@dataclass(frozen=True)
class AuditFact:
    title: str
    start: dt.date
    end: dt.date | None
    lead: str
    units: str
    nonconform: int
    recommend: int
    conform: int


@dataclass(frozen=True)
class NcFact:
    number: str
    detected: dt.date
    source: str
    severity: str
    description: str
    status_at_end: str
    due: dt.date | None
    closed: dt.date | None


@dataclass(frozen=True)
class ProcedureFact:
    code: str
    title: str
    version: int | None
    effective: dt.date | None
    status: str
    tthc_codes: str


@dataclass(frozen=True)
class AnnouncementFact:
    number: str
    date: dt.date
    notice_sent: dt.date | None
    notice_recipient: str
    posted: dt.date | None
    reannouncement: bool
    tthc_count: int


@dataclass(frozen=True)
class InspectionFact:
    body: str
    date: dt.date
    record_number: str


@dataclass(frozen=True)
class ReportFacts:
    report_id: int
    report_version: int
    year: int
    half: bool
    start: dt.date
    end: dt.date
    number: int | None
    symbol: str
    date: dt.date | None
    status: str
    recipient: str
    agency: AgencyInfo
    shortcomings: str = ""
    plans: str = ""
    proposals: str = ""
    correction_of: str = ""
    changes_summary: str = ""
    tthc_total: int = 0
    tthc_in_scope: int = 0
    tthc_covered: int = 0
    uncovered_codes: tuple[str, ...] = ()
    procedures: tuple[ProcedureFact, ...] = ()
    procedures_effective: int = 0
    procedures_issued: int = 0
    procedures_revised: int = 0
    trainings: int = 0
    trainees: int = 0
    training_topics: tuple[str, ...] = ()
    policy_year: int | None = None
    objectives: tuple[ObjectiveFact, ...] = ()
    stats: tuple[StatFact, ...] = ()
    satisfaction: float | None = None
    review_dates: tuple[dt.date, ...] = ()
    review_outputs: int = 0
    review_outputs_done: int = 0
    last_review_before_end: dt.date | None = None
    audits: tuple[AuditFact, ...] = ()
    ncs: tuple[NcFact, ...] = ()
    nc_opened: int = 0
    nc_closed: int = 0
    nc_open_end: int = 0
    nc_overdue: int = 0
    nc_from_complaints: int = 0
    improvements: tuple[str, ...] = ()
    steering_members: int = 0
    auditors: int = 0
    announcements: tuple[AnnouncementFact, ...] = ()  # every one up to the end of the period
    scope_changed: bool = False
    legal_changed: int = 0
    legal_incorporated: int = 0
    legal_overdue: int = 0
    inspections: tuple[InspectionFact, ...] = ()


def _num(value: int | float) -> str:
    return f"{value:,}".replace(",", ".") if isinstance(value, int) else f"{value:g}".replace(".", ",")


def _rate(part: int, whole: int) -> float | None:
    return round(100.0 * part / whole, 1) if whole else None


def _list(values: list[str] | tuple[str, ...], limit: int = 6) -> str:
    shown = list(values[:limit])
    more = len(values) - len(shown)
    return ", ".join(shown) + (f" và {more} nội dung khác" if more > 0 else "")


def _dates(values: tuple[dt.date, ...]) -> str:
    return ", ".join(W.date_vn(d) for d in values)


def _metric(key: str, value: int | float | None, kind: str = INT) -> Metric:
    return Metric(key, W.METRICS[key], value, kind)


def _item(index: int, key: str, table: dict, paragraphs: list[str], metrics: list[Metric]) -> Item:
    title, ref = table[key]
    return Item(str(index), key, title, f"TT 26/2014 {ref}", tuple(paragraphs), tuple(metrics))


def _part_i(f: ReportFacts) -> Part:
    coverage = _rate(f.tthc_covered, f.tthc_in_scope)
    scope = [f"Hệ thống quản lý chất lượng được áp dụng đối với {_num(f.tthc_in_scope)}/{_num(f.tthc_total)} thủ tục "
             f"hành chính thuộc thẩm quyền giải quyết; {_num(f.tthc_covered)} thủ tục có quy trình đang hiệu lực "
             f"(tỷ lệ {W.percent_text(coverage)}). Đến cuối kỳ có {_num(f.procedures_effective)} quy trình đang hiệu "
             f"lực; trong kỳ ban hành mới {_num(f.procedures_issued)} quy trình, sửa đổi, ban hành lại "
             f"{_num(f.procedures_revised)} quy trình (chi tiết tại Phụ lục I)."]
    if f.uncovered_codes:
        scope.append(f"Các thủ tục hành chính trong phạm vi chưa có quy trình: {_list(f.uncovered_codes)}.")
    dissemination = [f"Trong kỳ đã tổ chức {_num(f.trainings)} lớp đào tạo, buổi phổ biến với {_num(f.trainees)} "
                     f"lượt cán bộ, công chức tham dự"
                     + (f"; nội dung: {_list(f.training_topics, 4)}." if f.training_topics else ".")]
    measured = [o for o in f.objectives if o.value is not None]
    met = sum(1 for o in measured if o.achieved)
    conformity = [("Chính sách chất lượng năm " + str(f.policy_year) + " đã được ban hành và phổ biến; "
                   if f.policy_year else "Chưa ban hành chính sách chất lượng của năm; ")
                  + f"có {_num(len(f.objectives))} mục tiêu chất lượng, trong kỳ đo được {_num(len(measured))} "
                  f"mục tiêu, đạt {_num(met)} mục tiêu (chi tiết tại Phụ lục IV)."]
    not_met = [o.text for o in measured if not o.achieved]
    if not_met:
        conformity.append(f"Mục tiêu chưa đạt: {_list(not_met, 3)}.")
    received = sum(s.received for s in f.stats)
    on_time = sum(s.on_time for s in f.stats)
    late = sum(s.late for s in f.stats)
    pending = sum(s.pending for s in f.stats)
    on_time_rate = _rate(on_time, on_time + late)
    processes = [f"Tiếp nhận {_num(received)} hồ sơ thủ tục hành chính; đã giải quyết đúng hạn {_num(on_time)} hồ sơ, "
                 f"trễ hạn {_num(late)} hồ sơ; đang giải quyết {_num(pending)} hồ sơ. Tỷ lệ giải quyết đúng hạn "
                 f"đạt {W.percent_text(on_time_rate)} (chi tiết tại Phụ lục V)."]
    if f.satisfaction is not None:
        processes.append(f"Tỷ lệ người dân hài lòng theo khảo sát gần nhất: {W.percent_text(f.satisfaction)}.")
    nc_found = sum(a.nonconform for a in f.audits)
    recs = sum(a.recommend for a in f.audits)
    review_audit = [
        (f"Trong kỳ đã tổ chức {_num(len(f.review_dates))} cuộc họp xem xét của lãnh đạo"
         + (f" (ngày {_dates(f.review_dates)})" if f.review_dates else "")
         + f"; {_num(f.review_outputs_done)}/{_num(f.review_outputs)} đầu ra của các cuộc xem xét đã hoàn thành."),
        (f"Đã thực hiện {_num(len(f.audits))} cuộc đánh giá nội bộ"
         + (f" ({_list([a.title + ', ' + W.date_vn(a.start) for a in f.audits], 3)})" if f.audits else "")
         + f" với {_num(nc_found)} điểm không phù hợp và {_num(recs)} khuyến nghị (chi tiết tại Phụ lục II)."),
        (f"Phát sinh {_num(f.nc_opened)} sự không phù hợp; đã khắc phục và đóng {_num(f.nc_closed)}; "
         f"cuối kỳ còn {_num(f.nc_open_end)} sự không phù hợp đang xử lý, trong đó {_num(f.nc_overdue)} quá hạn "
         f"khắc phục (chi tiết tại Phụ lục III)."),
    ]
    if f.inspections:
        visits = [f"{i.body} ngày {W.date_vn(i.date)}" + (f" (biên bản số {i.record_number})" if i.record_number else "")
                  for i in f.inspections]
        review_audit.append(f"Kiểm tra của cơ quan cấp trên trong kỳ: {_list(visits, 3)}.")
    feedback = sum(s.feedback for s in f.stats)
    complaints = sum(s.complaints for s in f.stats)
    resolved = sum(s.complaints_resolved for s in f.stats)
    complaint_text = [f"Tiếp nhận {_num(feedback)} phản ánh, kiến nghị và {_num(complaints)} khiếu nại liên quan đến "
                      f"giải quyết thủ tục hành chính; đã giải quyết {_num(resolved)} khiếu nại; "
                      f"{_num(f.nc_from_complaints)} sự không phù hợp phát sinh từ phản ánh của người dân."]
    improvement = ([f"Thực hiện {_num(len(f.improvements))} cải tiến: {_list(f.improvements, 4)}."]
                   if f.improvements else ["Trong kỳ chưa ghi nhận hoạt động cải tiến."])
    items = [
        _item(1, "scope", W.ITEMS_I, scope, [
            _metric("tthc_total", f.tthc_total), _metric("tthc_in_scope", f.tthc_in_scope),
            _metric("tthc_covered", f.tthc_covered), _metric("tthc_coverage", coverage, PERCENT),
            _metric("procedures_effective", f.procedures_effective), _metric("procedures_issued", f.procedures_issued),
            _metric("procedures_revised", f.procedures_revised)]),
        _item(2, "dissemination", W.ITEMS_I, dissemination,
              [_metric("trainings", f.trainings), _metric("trainees", f.trainees)]),
        _item(3, "conformity", W.ITEMS_I, conformity, [
            _metric("objectives", len(f.objectives)), _metric("objectives_measured", len(measured)),
            _metric("objectives_met", met)]),
        _item(4, "processes", W.ITEMS_I, processes, [
            _metric("received", received), _metric("on_time", on_time), _metric("late", late),
            _metric("pending", pending), _metric("on_time_rate", on_time_rate, PERCENT),
            _metric("satisfaction", f.satisfaction, PERCENT)]),
        _item(5, "review_audit", W.ITEMS_I, review_audit, [
            _metric("reviews", len(f.review_dates)), _metric("audits", len(f.audits)),
            _metric("findings_nc", nc_found), _metric("findings_rec", recs), _metric("nc_opened", f.nc_opened),
            _metric("nc_closed", f.nc_closed), _metric("nc_open_end", f.nc_open_end),
            _metric("nc_overdue", f.nc_overdue)]),
        _item(6, "complaints", W.ITEMS_I, complaint_text, [
            _metric("feedback", feedback), _metric("complaints", complaints),
            _metric("complaints_resolved", resolved)]),
        _item(7, "improvement", W.ITEMS_I, improvement, [_metric("improvements", len(f.improvements))]),
    ]
    return Part("I", W.PART_I, tuple(items))


def _part_ii(f: ReportFacts) -> Part:
    participation = [f"Chủ tịch Ủy ban nhân dân trực tiếp chỉ đạo; Ban Chỉ đạo ISO gồm {_num(f.steering_members)} "
                     f"thành viên; {_num(f.auditors)} cán bộ, công chức được đào tạo chuyên gia đánh giá nội bộ; "
                     f"các bộ phận chuyên môn và bộ phận một cửa tham gia áp dụng các quy trình."]
    if f.agency.iso_rep_name:
        participation.append(f"Đại diện lãnh đạo về chất lượng: {f.agency.iso_rep_name}"
                             + (f", {f.agency.iso_rep_title}." if f.agency.iso_rep_title else "."))
    confirmation = ([f"Người đứng đầu đã xác nhận hiệu lực của Hệ thống quản lý chất lượng qua cuộc họp xem xét "
                     f"của lãnh đạo ngày {W.date_vn(f.last_review_before_end)}."]
                    if f.last_review_before_end else
                    ["Chưa tổ chức họp xem xét của lãnh đạo để xác nhận hiệu lực trong 12 tháng tính đến cuối kỳ."])
    latest = f.announcements[-1] if f.announcements else None
    in_period = [a for a in f.announcements if f.start <= a.date <= f.end]
    if latest is None:
        announcement = ["Chưa công bố Hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015."]
    else:
        announcement = [f"Đã công bố Hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 theo Quyết định số "
                        f"{latest.number} ngày {W.date_vn(latest.date)} ({_num(latest.tthc_count)} thủ tục hành chính); "
                        + (f"đã thông báo bằng văn bản đến {latest.notice_recipient or 'cơ quan cấp trên'} ngày "
                           f"{W.date_vn(latest.notice_sent)}; " if latest.notice_sent else "chưa gửi thông báo; ")
                        + (f"đã niêm yết tại trụ sở ngày {W.date_vn(latest.posted)}." if latest.posted
                           else "chưa niêm yết tại trụ sở.")]
    legal = [f"Trong kỳ có {_num(f.legal_changed)} văn bản quy phạm pháp luật liên quan có hiệu lực; đã cập nhật "
             f"{_num(f.legal_incorporated)} văn bản vào quy trình; "
             + (f"{_num(f.legal_overdue)} văn bản quá 3 tháng chưa cập nhật" if f.legal_overdue
                else "không có văn bản nào quá 3 tháng chưa cập nhật")
             + " (điểm a khoản 4 Điều 4 Quyết định số 19/2014/QĐ-TTg)."]
    if in_period and any(a.reannouncement for a in in_period):
        re_text = [f"Đã công bố lại theo Quyết định số {', '.join(a.number for a in in_period if a.reannouncement)} "
                   f"khi điều chỉnh phạm vi áp dụng."]
    elif f.scope_changed:
        re_text = ["Phạm vi áp dụng đã thay đổi so với lần công bố gần nhất; cần công bố lại."]
    else:
        re_text = ["Trong kỳ không có thay đổi phạm vi áp dụng phải công bố lại."]
    items = [
        _item(1, "participation", W.ITEMS_II, participation,
              [_metric("steering_members", f.steering_members), _metric("auditors", f.auditors)]),
        _item(2, "confirmation", W.ITEMS_II, confirmation, []),
        _item(3, "announcement", W.ITEMS_II, announcement, [_metric("announcements", len(in_period))]),
        _item(4, "legal", W.ITEMS_II, legal, [
            _metric("legal_changed", f.legal_changed), _metric("legal_incorporated", f.legal_incorporated),
            _metric("legal_overdue", f.legal_overdue)]),
        _item(5, "reannouncement", W.ITEMS_II, re_text, []),
    ]
    return Part("II", W.PART_II, tuple(items))


def _narrative(code: str, title: str, text: str) -> Part:
    paragraphs = tuple(p.strip() for p in (text or "").splitlines() if p.strip())
    return Part(code, title, (), paragraphs or (W.NARRATIVE_EMPTY,))


def _appendices(f: ReportFacts) -> tuple[Table, ...]:
    procedures = Table("procedures", "Danh mục quy trình của Hệ thống quản lý chất lượng", (
        Column("STT", INT, 0.5), Column("Mã hiệu", TEXT, 1.3), Column("Tên quy trình", TEXT, 4),
        Column("Lần ban hành", INT, 0.8), Column("Ngày hiệu lực", DATE, 1.2), Column("Tình trạng", TEXT, 1.1),
        Column("Mã TTHC", TEXT, 1.4),
    ), tuple((i, p.code, p.title, p.version, p.effective, W.STATUS.get(p.status, p.status), p.tthc_codes)
             for i, p in enumerate(f.procedures, start=1)))
    audits = Table("audits", "Kết quả đánh giá nội bộ trong kỳ", (
        Column("STT", INT, 0.5), Column("Cuộc đánh giá", TEXT, 3), Column("Bắt đầu", DATE, 1.2),
        Column("Kết thúc", DATE, 1.2), Column("Trưởng đoàn", TEXT, 1.6), Column("Không phù hợp", INT, 1),
        Column("Khuyến nghị", INT, 1),
    ), tuple((i, a.title, a.start, a.end, a.lead, a.nonconform, a.recommend) for i, a in enumerate(f.audits, 1)),
        totals=(None, W.TOTAL, None, None, None, sum(a.nonconform for a in f.audits),
                sum(a.recommend for a in f.audits)) if f.audits else None)
    ncs = Table("nonconformities", "Sự không phù hợp và hành động khắc phục", (
        Column("STT", INT, 0.5), Column("Số", TEXT, 0.9), Column("Ngày phát hiện", DATE, 1.1),
        Column("Nguồn", TEXT, 1.3), Column("Nội dung", TEXT, 3.2), Column("Hạn khắc phục", DATE, 1.1),
        Column("Tình trạng cuối kỳ", TEXT, 1.4),
    ), tuple((i, n.number, n.detected, NC_SOURCE_SHORT.get(n.source, n.source), n.description, n.due,
              W.STATUS.get(n.status_at_end, n.status_at_end) + (f" ngày {W.date_vn(n.closed)}" if n.closed else ""))
             for i, n in enumerate(f.ncs, 1)))
    objectives = Table("objectives", "Mục tiêu chất lượng và kết quả thực hiện", (
        Column("STT", INT, 0.5), Column("Mục tiêu", TEXT, 4), Column("Chỉ tiêu", TEXT, 1.2),
        Column("Kết quả", TEXT, 1.1), Column("Đánh giá", TEXT, 1.1),
    ), tuple((i, o.text, f"{'≥' if o.comparison == '>=' else '≤'} {_num(o.target)}{o.unit if o.unit == '%' else ' ' + o.unit}".strip(),
              "" if o.value is None else f"{_num(o.value)}{o.unit if o.unit == '%' else ' ' + o.unit}".strip(),
              "Chưa đo" if o.value is None else ("Đạt" if o.achieved else "Không đạt"))
             for i, o in enumerate(f.objectives, 1)))
    stats_rows = tuple((i, s.start, s.end, s.received, s.on_time, s.late, s.pending, _rate(s.on_time, s.on_time + s.late))
                       for i, s in enumerate(f.stats, 1))
    tot = [sum(s.received for s in f.stats), sum(s.on_time for s in f.stats), sum(s.late for s in f.stats),
           sum(s.pending for s in f.stats)]
    stats = Table("statistics", "Kết quả giải quyết thủ tục hành chính", (
        Column("STT", INT, 0.5), Column("Từ ngày", DATE, 1.2), Column("Đến ngày", DATE, 1.2),
        Column("Tiếp nhận", INT, 1), Column("Đúng hạn", INT, 1), Column("Trễ hạn", INT, 1),
        Column("Đang giải quyết", INT, 1.1), Column("Tỷ lệ đúng hạn", PERCENT, 1.1),
    ), stats_rows, totals=(None, W.TOTAL, None, *tot, _rate(tot[1], tot[1] + tot[2])) if f.stats else None,
        note="Tỷ lệ đúng hạn = số hồ sơ giải quyết đúng hạn / số hồ sơ đã giải quyết (đúng hạn và trễ hạn).")
    return procedures, audits, ncs, objectives, stats


NC_SOURCE_SHORT = {"internal_audit": "Đánh giá nội bộ", "external_inspection": "Kiểm tra cấp trên",
                   "complaint": "Phản ánh của người dân", "other": "Khác"}


def compose(f: ReportFacts) -> ReportData:
    """The report's data with its text, from the facts of the period."""
    label = W.period_label(f.year, f.half)
    agency_phrase = W.unit_phrase(f.agency.short_name)
    parts = (_part_i(f), _part_ii(f), _narrative("III", W.PART_III, f.shortcomings),
             _narrative("IV", W.PART_IV, f.plans), _narrative("V", W.PART_V, f.proposals))
    return ReportData(
        report_id=f.report_id, report_version=f.report_version, period=f"{f.year}-H1" if f.half else str(f.year),
        period_label=label, period_start=f.start, period_end=f.end, number=f.number, symbol=f.symbol, date=f.date,
        status=f.status, recipient=f.recipient, agency=f.agency, summary=W.REPORT_SUMMARY.format(period_label=label),
        intro=W.REPORT_INTRO.format(agency=agency_phrase, period_label=label, start=W.date_vn(f.start),
                                    end=W.date_vn(f.end)),
        parts=parts, closing=W.REPORT_CLOSING.format(period_label=label, agency=agency_phrase),
        recipients=(W.RECIPIENT_AS_ABOVE, "Chủ tịch, các Phó Chủ tịch UBND", "Ban Chỉ đạo ISO", W.ARCHIVE),
        appendices=_appendices(f), correction_of=f.correction_of, changes_summary=f.changes_summary,
    )


def _metric_text(m: Metric) -> str:
    if m.value is None:
        return "—"
    return W.percent_text(float(m.value)) if m.kind == PERCENT else _num(m.value)


def changes_between(old: ReportData, new: ReportData) -> str:
    """What a corrected version changes, in words: 'Số hồ sơ TTHC tiếp nhận: 1.200 → 1.250; …'."""
    before = {m.key: m for p in old.parts for i in p.items for m in i.metrics}
    changes = []
    for part in new.parts:
        for item in part.items:
            for m in item.metrics:
                prior = before.get(m.key)
                if prior is not None and prior.value != m.value:
                    changes.append(f"{m.label}: {_metric_text(prior)} → {_metric_text(m)}")
    old_parts = {p.code: p for p in old.parts}
    for part in new.parts:
        prior = old_parts.get(part.code)
        if prior is not None and not part.items and prior.paragraphs != part.paragraphs:
            changes.append(f"sửa nội dung mục {part.code} ({part.title.capitalize()})")
        elif prior is not None and part.items and any(
                a.paragraphs != b.paragraphs for a, b in zip(prior.items, part.items)) and not changes:
            changes.append(f"sửa nội dung mục {part.code}")
    for old_t, new_t in zip(old.appendices, new.appendices):
        if old_t.rows != new_t.rows:
            changes.append(f"cập nhật phụ lục: {new_t.title.lower()}")
    if old.recipient != new.recipient:
        changes.append(f"nơi nhận: {new.recipient}")
    return "; ".join(changes) + "." if changes else "không thay đổi số liệu, chỉ sửa lỗi trình bày."
