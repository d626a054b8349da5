"""From the facts of a period to the report's text: TT 26/2014 Art. 36 parts I–II with figures.

``ReportFacts`` is what the service reads from the records (figures declared once in
``services.period_facts``, dates, short rows) plus what people typed (narrative III–V, Part II
statements, the request letter); ``compose`` turns it into ``ReportData`` with Vietnamese
sentences (document wording, see ``wording``). Pure functions: the same facts give the same data.

Every sentence of Part II states what a record holds, or what a person typed: nothing is printed
as a fixed claim (no "the head has confirmed…" unless a review recorded that conclusion).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from qms_desktop.domain import rates
from qms_desktop.domain.periods import add_months, month_slots
from qms_desktop.domain.text import fold
from qms_desktop.reports import wording as W
from qms_desktop.reports.report_data import (
    DATE, FLOAT, INT, PERCENT, TEXT, AgencyInfo, Column, InspectionAnswer, Item, Metric, Part, ReportData, Table,
)


@dataclass(frozen=True)
class FigureValue:
    """One figure of the period (declared in ``services.period_facts.FIGURES``)."""

    key: str
    printed: str  # Vietnamese label
    value: int | float | None
    kind: str = INT
    section: str = ""  # the item it is printed under (wording.ITEMS_I / ITEMS_II key), "" = not printed


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
    origin: str = ""  # the former commune it was held in ("xã Phú Lâm"), once merged; "" when held here

    @property
    def name(self) -> str:
        """Its title, and the former commune's after a merge (QA 16 F7: three communes' "Đánh giá nội bộ năm
        2025" read as one audit listed three times)."""
        return f"{self.title} ({self.origin} cũ)" if self.origin else self.title


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
    cause: str = ""
    actions: str = ""


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
    website_posted: dt.date | None = None


@dataclass(frozen=True)
class InspectionFact:
    body: str
    date: dt.date
    record_number: str


@dataclass(frozen=True)
class ReviewFact:
    """A management review held, with the chair's recorded conclusion on effectiveness."""

    date: dt.date
    chair: str
    effective: bool | None  # None: the minutes state no conclusion on effectiveness
    conclusion: str = ""


@dataclass(frozen=True, kw_only=True)
class PeriodRows:
    """The rows behind a period's figures, gathered once (``services.period_facts``): the report prints
    them (``ReportFacts``), the dashboard and the warnings read them (``PeriodFacts``)."""

    uncovered_codes: tuple[str, ...] = ()
    procedures: tuple[ProcedureFact, ...] = ()
    training_topics: tuple[str, ...] = ()
    policy_year: int | None = None
    objectives: tuple[ObjectiveFact, ...] = ()
    stats: tuple[StatFact, ...] = ()
    field_stats: tuple[rates.FieldCounts, ...] = ()
    field_stats_gaps: tuple[str, ...] = ()  # statistics rows of the window without (matching) per-field lines
    missing_months: tuple[str, ...] = ()  # "MM/YYYY" of the window's months no statistics row covers
    # the same, as the days they run (consecutive months joined): 15/11–04/12 is not "11/2026" (QA 20 F3)
    missing_spans: tuple[tuple[dt.date, dt.date], ...] = ()
    review_dates: tuple[dt.date, ...] = ()
    reviews_12m: tuple[ReviewFact, ...] = ()  # reviews held in the 12 months up to the end
    audits: tuple[AuditFact, ...] = ()
    ncs: tuple[NcFact, ...] = ()
    improvements: tuple[str, ...] = ()
    steering_names: tuple[str, ...] = ()
    units_with_procedures: tuple[str, ...] = ()
    units_audited: tuple[str, ...] = ()
    announcements: tuple[AnnouncementFact, ...] = ()  # every one up to the end of the period
    scope_changed: bool = False
    inspections: tuple[InspectionFact, ...] = ()
    inspection_answers: tuple[InspectionAnswer, ...] = ()  # what report.json says of each inspection (issue 15)


@dataclass(frozen=True)
class ReportFacts(PeriodRows):
    report_id: int
    report_version: int
    year: int
    half: bool
    start: dt.date
    end: dt.date  # the last day the figures cover (the period's end, or the stated cut-off)
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
    period_end: dt.date | None = None  # the period's own end (None: same as ``end``)
    request_letter: str = ""  # "Công văn số 456/SKHCN-TĐC ngày 02/6/2026 của Sở Khoa học và Công nghệ …"
    statements: tuple[tuple[str, str], ...] = ()  # typed Part II text: (item key, text)
    figures: tuple[FigureValue, ...] = ()
    website: str = ""  # the commune's website ("" = it has none)
    consultant_status: str = ""  # "none" / "hired" / "" (not recorded)
    consultant_name: str = ""
    former_communes: tuple[str, ...] = ()  # merged into this one during the period: its figures include theirs

    def v(self, key: str) -> int | float:
        """A figure's value (0 when it has none)."""
        for f in self.figures:
            if f.key == key:
                return f.value or 0
        raise KeyError(key)

    def raw(self, key: str) -> int | float | None:
        for f in self.figures:
            if f.key == key:
                return f.value
        raise KeyError(key)

    def statement(self, key: str) -> str:
        return next((text for k, text in self.statements if k == key and text.strip()), "")

    @property
    def cut_off_early(self) -> bool:
        return self.period_end is not None and self.end < self.period_end


# ---------------------------------------------------------------- what the report itself lists as problems

PROBLEMS = {
    "nc_overdue": "sự không phù hợp quá hạn khắc phục",
    "actions_overdue": "hành động khắc phục, đầu ra xem xét quá hạn",
    "objectives_unmet": "mục tiêu chất lượng chưa đạt",
    "legal_overdue": "văn bản pháp luật quá 3 tháng chưa cập nhật vào quy trình",
    "reannounce": "phạm vi thay đổi, cần công bố lại",
    "not_announced": "chưa công bố Hệ thống quản lý chất lượng",
    "uncovered": "thủ tục hành chính trong phạm vi chưa có quy trình",
    "no_review": "chưa họp xem xét của lãnh đạo trong 12 tháng",
    "missing_months": "thiếu số liệu thống kê của một số tháng",
}


def problems(f: ReportFacts) -> list[str]:
    """The problems the report's own figures show (keys of ``PROBLEMS``): parts III–IV must address them."""
    out = []
    if f.v("nc_overdue"):
        out.append("nc_overdue")
    if f.v("actions_overdue"):
        out.append("actions_overdue")
    if any(o.value is not None and o.achieved is False for o in f.objectives):
        out.append("objectives_unmet")
    if f.v("legal_overdue"):
        out.append("legal_overdue")
    if f.scope_changed:
        out.append("reannounce")
    if not f.announcements and f.v("tthc_in_scope"):
        out.append("not_announced")
    if f.uncovered_codes:
        out.append("uncovered")
    if not f.reviews_12m:
        out.append("no_review")
    if f.missing_months:
        out.append("missing_months")
    return out


# ---------------------------------------------------------------- helpers

def _num(value: int | float) -> str:
    return rates.number_text(value)


def _rate(part: int, whole: int) -> float | None:
    return rates.rate(part, whole)


def _list(values: list[str] | tuple[str, ...], limit: int, noun: str) -> str:
    """The first ``limit`` values, then "và 18 thủ tục khác": the rest counted by what they are (``noun``)."""
    shown = list(values[:limit])
    more = len(values) - len(shown)
    sep = "; " if any("," in v for v in shown) else ", "  # "Thi đua, khen thưởng" is one field, not two
    return sep.join(shown) + (f" và {more} {noun} khác" if more > 0 else "")


def _measured(value: float, unit: str) -> str:
    """97.5, "%" → "97,5%"; 1, "vụ" → "1 vụ" (a whole value without decimals, a decimal comma)."""
    text = _num(int(value)) if float(value).is_integer() else f"{value:.2f}".rstrip("0").replace(".", ",")
    return text + ("%" if unit.strip() == "%" else f" {unit.strip()}" if unit.strip() else "")


def _dates(values: tuple[dt.date, ...]) -> str:
    return ", ".join(W.date_vn(d) for d in values)


def _metrics(f: ReportFacts, section: str) -> tuple[Metric, ...]:
    return tuple(Metric(x.key, x.printed, x.value, x.kind) for x in f.figures if x.section == section)


def _item(index: int, key: str, table: dict, paragraphs: list[str], f: ReportFacts) -> Item:
    title, ref = table[key]
    return Item(str(index), key, title, f"TT 26/2014 {ref}", tuple(p for p in paragraphs if p), _metrics(f, key))


def _extra(f: ReportFacts, section: str, known: set[str]) -> list[str]:
    """A sentence for each figure of the item that the item's own wording does not mention yet (a
    figure added to the registry prints at once, without a code change here)."""
    out = []
    for x in f.figures:
        if x.section == section and x.key not in known and x.value is not None:
            value = W.percent_text(float(x.value)) if x.kind == PERCENT else _num(x.value)
            out.append(f"{x.printed}: {value}.")
    return out


def _typed(f: ReportFacts, key: str) -> list[str]:
    """What a person typed for a Part II item, one paragraph per line."""
    return [line.strip() for line in f.statement(key).splitlines() if line.strip()]


def _same_person(chair: str, name: str) -> bool:
    """Whether a review's chair ('Nguyễn Văn Thành - Chủ tịch UBND xã') is the person ``name``."""
    who = fold(re.split(r"\s[-–(,]|,", chair or "", maxsplit=1)[0])
    return bool(who) and who == fold(name)


def _head(f: ReportFacts) -> str:
    """'Chủ tịch Ủy ban nhân dân xã Tân Phú Nguyễn Văn An'."""
    return f"{f.agency.head_title or 'Chủ tịch'} {W.unit_phrase(f.agency.short_name)} {f.agency.head_name}"


class _Refs:
    """Appendix numbers by key ('Phụ lục III'), so that inserting a table never mislabels the rest."""

    def __init__(self, tables: tuple[Table, ...]) -> None:
        self.numbers = {t.key: W.roman(i) for i, t in enumerate(tables, start=1)}

    def see(self, key: str) -> str:
        number = self.numbers.get(key)
        return f" (chi tiết tại {W.APPENDIX.format(roman=number)})" if number else ""


# ---------------------------------------------------------------- part I

def _findings(nonconformities: int, recommendations: int) -> str:
    """' với 2 điểm không phù hợp và 1 khuyến nghị', a zero said in words (QA 57 F8: "và 0 khuyến nghị")."""
    if not (nonconformities or recommendations):
        return ", không có điểm không phù hợp hay khuyến nghị"
    if nonconformities and recommendations:
        return f" với {_num(nonconformities)} điểm không phù hợp và {_num(recommendations)} khuyến nghị"
    if nonconformities:
        return f" với {_num(nonconformities)} điểm không phù hợp, không có khuyến nghị"
    return f" với {_num(recommendations)} khuyến nghị, không có điểm không phù hợp"


def _part_i(f: ReportFacts, refs: _Refs) -> Part:
    coverage = f.raw("tthc_coverage")
    # A figure of nothing is said in words: "0/0 thủ tục … (tỷ lệ —)" read oddly in a new commune's report (QA 27 F9)
    scope = [(f"Hệ thống quản lý chất lượng được áp dụng đối với {_num(f.v('tthc_in_scope'))}/{_num(f.v('tthc_total'))} "
              f"thủ tục hành chính thuộc thẩm quyền giải quyết; {_num(f.v('tthc_covered'))} thủ tục có quy trình đang "
              f"hiệu lực" + (f" (tỷ lệ {W.percent_text(coverage)})" if coverage is not None else "") + ". "
              if f.v("tthc_total") else
              "Hồ sơ chưa ghi nhận danh mục thủ tục hành chính thuộc thẩm quyền giải quyết. ")
             + (f"Đến cuối kỳ có {_num(f.v('procedures_effective'))} quy trình đang hiệu lực; trong kỳ "
                + (", ".join(x for x in (
                    f"ban hành mới {_num(f.v('procedures_issued'))} quy trình" if f.v("procedures_issued") else "",
                    f"sửa đổi, ban hành lại {_num(f.v('procedures_revised'))} quy trình" if f.v("procedures_revised")
                    else "") if x) or "không ban hành mới, sửa đổi quy trình nào")
                + f"{refs.see('procedures')}."
                if f.v("procedures_effective") or f.v("procedures_issued") or f.v("procedures_revised")
                else "Đến cuối kỳ chưa có quy trình đang hiệu lực.")]
    if f.uncovered_codes:
        scope.append(f"Các thủ tục hành chính trong phạm vi chưa có quy trình: {_list(f.uncovered_codes, 6, 'thủ tục')}.")
    scope += _extra(f, "scope", {"tthc_total", "tthc_in_scope", "tthc_covered", "tthc_coverage", "procedures_effective",
                                 "procedures_issued", "procedures_revised"})
    dissemination = [(f"Trong kỳ đã tổ chức {_num(f.v('trainings'))} lớp đào tạo, buổi phổ biến với "
                      f"{_num(f.v('trainees'))} lượt cán bộ, công chức tham dự"
                      + (f"; nội dung: {_list(f.training_topics, 4, 'nội dung')}." if f.training_topics else "."))
                     if f.v("trainings") else "Trong kỳ chưa ghi nhận lớp đào tạo, buổi phổ biến nào."]
    dissemination += _extra(f, "dissemination", {"trainings", "trainees"})
    measured = [o for o in f.objectives if o.value is not None]
    met = sum(1 for o in measured if o.achieved)
    conformity = [("Chính sách chất lượng năm " + str(f.policy_year) + " đã được ban hành; "
                   if f.policy_year else "Chưa ban hành chính sách chất lượng của năm; ")
                  + (f"có {_num(len(f.objectives))} mục tiêu chất lượng, trong kỳ đo được {_num(len(measured))} "
                     f"mục tiêu, đạt {_num(met)} mục tiêu{refs.see('objectives')}." if f.objectives
                     else "chưa có mục tiêu chất lượng.")]
    unmeasured = len(f.objectives) - len(measured)
    if unmeasured:
        conformity.append(f"{_num(unmeasured)} mục tiêu chưa có kết quả đo của {W.period_label(f.year, f.half)}.")
    # the objective quoted, with its result: "Mục tiêu chưa đạt: Không có phản ánh … trễ hạn." read as a fact (QA 60 F1)
    not_met = [f"“{o.text.strip().rstrip('.')}” (kết quả: {_measured(o.value, o.unit)})" for o in measured
               if not o.achieved]
    if not_met:
        conformity.append(f"Mục tiêu chưa đạt: {'; '.join(not_met[:3])}"
                          + (f" và {_num(len(not_met) - 3)} mục tiêu khác" if len(not_met) > 3 else "") + ".")
    conformity += _extra(f, "conformity", {"objectives", "objectives_measured", "objectives_met"})
    rate = f.raw("on_time_rate")
    processes = [f"Tiếp nhận {_num(f.v('received'))} hồ sơ thủ tục hành chính; đã giải quyết đúng hạn "
                 f"{_num(f.v('on_time'))} hồ sơ, trễ hạn {_num(f.v('late'))} hồ sơ; đang giải quyết "
                 f"{_num(f.v('pending'))} hồ sơ. "
                 + (f"Tỷ lệ giải quyết đúng hạn đạt {W.percent_text(rate)}{refs.see('statistics')}." if rate is not None
                    else "Chưa có hồ sơ giải quyết xong để tính tỷ lệ đúng hạn.")
                 if f.stats or f.v("received") else "Trong kỳ chưa ghi nhận số liệu thống kê giải quyết thủ tục hành chính."]
    if f.field_stats:
        # a sentence, one pair of brackets (QA 60 F14: "… lĩnh vực (Bảo trợ xã hội; …) (chi tiết tại Phụ lục VI).")
        processes.append(f"Kết quả giải quyết theo từng lĩnh vực: {_list([x.field for x in f.field_stats], 8, 'lĩnh vực')}"
                         f"{refs.see('statistics_by_field')}.")
    if f.missing_months:
        processes.append(_missing_text(f))
    if f.raw("satisfaction") is not None:
        processes.append(f"Tỷ lệ người dân hài lòng theo khảo sát gần nhất: {W.percent_text(f.raw('satisfaction'))}.")
    processes += _extra(f, "processes", {"received", "on_time", "late", "pending", "on_time_rate", "satisfaction"})
    outputs, outputs_done = f.v("review_outputs"), f.v("review_outputs_done")
    review_audit = [
        (f"Trong kỳ đã tổ chức {_num(len(f.review_dates))} cuộc họp xem xét của lãnh đạo"
         f" (ngày {_dates(f.review_dates)})"
         + (f"; {_num(outputs_done)}/{_num(outputs)} đầu ra của các cuộc xem xét đã hoàn thành." if outputs else ".")
         if f.review_dates else "Trong kỳ chưa tổ chức cuộc họp xem xét của lãnh đạo."),
        (f"Đã thực hiện {_num(len(f.audits))} cuộc đánh giá nội bộ"
         f" ({_list([a.name + ', ' + W.date_vn(a.start) for a in f.audits], 3, 'cuộc đánh giá')})"
         + _findings(f.v("findings_nc"), f.v("findings_rec"))
         + f"{refs.see('audits')}." if f.audits else "Trong kỳ chưa thực hiện cuộc đánh giá nội bộ nào."),
        ((f"Phát sinh {_num(f.v('nc_opened'))} sự không phù hợp" if f.v("nc_opened")
          else "Trong kỳ không phát sinh sự không phù hợp")
         + (f"; đã khắc phục và đóng {_num(f.v('nc_closed'))}" if f.v("nc_closed") else "")
         + (f"; cuối kỳ còn {_num(f.v('nc_open_end'))} sự không phù hợp đang xử lý, "
            + (f"trong đó {_num(f.v('nc_overdue'))} quá hạn khắc phục" if f.v("nc_overdue")
               else "chưa có sự không phù hợp nào quá hạn khắc phục")
            if f.v("nc_open_end") else "; cuối kỳ không còn sự không phù hợp đang xử lý")
         + f"{refs.see('nonconformities')}."),
    ]
    if f.v("actions_overdue"):
        review_audit.append(f"Đến cuối kỳ có {_num(f.v('actions_overdue'))} hành động khắc phục, đầu ra của xem xét "
                            f"lãnh đạo quá hạn chưa hoàn thành.")
    if f.inspections:
        visits = [f"{i.body} ngày {W.date_vn(i.date)}" + (f" (biên bản số {i.record_number})" if i.record_number else "")
                  for i in f.inspections]
        review_audit.append(f"Kiểm tra của cơ quan cấp trên trong kỳ: {_list(visits, 3, 'cuộc kiểm tra')}.")
    review_audit += _extra(f, "review_audit", {"reviews", "audits", "findings_nc", "findings_rec", "nc_opened",
                                               "nc_closed", "nc_open_end", "nc_overdue", "actions_overdue"})
    items = [
        _item(1, "scope", W.ITEMS_I, scope, f),
        _item(2, "dissemination", W.ITEMS_I, dissemination, f),
        _item(3, "conformity", W.ITEMS_I, conformity, f),
        _item(4, "processes", W.ITEMS_I, processes, f),
        _item(5, "review_audit", W.ITEMS_I, review_audit, f),
        _item(6, "complaints", W.ITEMS_I, _complaints(f, refs), f),
        _item(7, "improvement", W.ITEMS_I, _improvement(f), f),
    ]
    return Part("I", W.PART_I, tuple(items))


def _missing_text(f: ReportFacts) -> str:
    """Which months the statistics do not cover: an annual report says which half is missing."""
    months = list(f.missing_months)
    if not f.half:
        slots = month_slots(f.start, f.end)
        second = [f"{(a + (b - a) / 2):%m/%Y}" for a, b in slots[6:]]
        first = [f"{(a + (b - a) / 2):%m/%Y}" for a, b in slots[:6]]
        h2_start = add_months(f.start, 6)
        if second and all(m in months for m in second) and not any(m in months for m in first):
            return (f"Số liệu giải quyết thủ tục hành chính trên đây chỉ gồm 6 tháng đầu năm; chưa có số liệu thống kê "
                    f"6 tháng cuối năm (từ ngày {W.date_vn(h2_start)} đến ngày {W.date_vn(f.end)}).")
        if first and all(m in months for m in first) and not any(m in months for m in second):
            return (f"Số liệu giải quyết thủ tục hành chính trên đây chỉ gồm 6 tháng cuối năm; chưa có số liệu thống kê "
                    f"6 tháng đầu năm (từ ngày {W.date_vn(f.start)} đến ngày "
                    f"{W.date_vn(h2_start - dt.timedelta(days=1))}).")
    spans = [f"từ ngày {W.date_vn(a)} đến ngày {W.date_vn(b)}" for a, b in f.missing_spans]
    return f"Số liệu giải quyết thủ tục hành chính trên đây chưa gồm số liệu thống kê {_list(spans, 6, 'khoảng')}."


def _complaints(f: ReportFacts, refs: _Refs) -> list[str]:
    """TT 26 Art. 36.1(e): the citizens' feedback, petitions and complaints (phản ánh, kiến nghị) and how
    they were handled, from the one-stop shop's statistics and the nonconformities raised from them."""
    feedback, complaints, resolved = f.v("feedback"), f.v("complaints"), f.v("complaints_resolved")
    from_complaints, closed = f.v("nc_from_complaints"), f.v("nc_from_complaints_closed")
    improvements = f.v("improvements_from_complaints")
    keys = {x.key for x in f.figures}  # a report finalised before the petition book has no such figures
    book = f.v("petitions") if "petitions" in keys else 0
    carried = f.v("petitions_carried") if "petitions_carried" in keys else 0
    if not (feedback or complaints or from_complaints or book or carried):
        out = ["Trong kỳ không tiếp nhận phản ánh, kiến nghị, khiếu nại liên quan đến việc giải quyết thủ tục hành "
               "chính thuộc phạm vi áp dụng."]
    else:
        # Two sources, each named: the one-stop shop's statistics and the commune's own petition book (their
        # counts differ when not every petition goes through the one-stop shop; the pre-flight says so).
        received = " và ".join(x for x in (f"{_num(feedback)} phản ánh, kiến nghị" if feedback else "",
                                             f"{_num(complaints)} khiếu nại" if complaints else "") if x)
        out = ([f"Theo số liệu thống kê giải quyết thủ tục hành chính, tiếp nhận {received} liên quan đến giải quyết "
                f"thủ tục hành chính"
                + (f"; đã giải quyết {_num(resolved)}/{_num(complaints)} khiếu nại." if complaints
                   else "; không có khiếu nại.")] if feedback or complaints else [])
        if from_complaints:
            still = from_complaints - closed
            out.append(f"Phản ánh của người dân được xử lý như sự không phù hợp: {_num(from_complaints)} trường hợp, "
                       + (f"trong đó {_num(closed)} đã khắc phục xong, {_num(still)} đang khắc phục" if closed and still
                          else "đã khắc phục xong" if closed else "đang khắc phục")
                       + f"{refs.see('nonconformities')}.")
        else:
            out.append("Không có phản ánh nào phải xử lý như sự không phù hợp.")
    if book or carried:
        answered, overdue = f.v("petitions_answered"), f.v("petitions_overdue")
        # what is still to answer includes what earlier periods left (QA 18 F1); a report made before that
        # figure existed had none carried over, so the rest of the received ones are pending
        pending = f.v("petitions_pending") if "petitions_pending" in keys else book - answered
        out.append(f"Sổ theo dõi phản ánh, kiến nghị ghi nhận {_num(book)} trường hợp trong kỳ"
                   + (f" và {_num(carried)} trường hợp kỳ trước chuyển sang chưa trả lời" if carried else "")
                   + (f"; đã trả lời {_num(answered)}" if answered else "; chưa trả lời trường hợp nào")
                   + (f", đang xử lý {_num(pending)}" if pending else ", không còn trường hợp nào đang xử lý")
                   + (f", trong đó {_num(overdue)} quá hạn trả lời." if overdue else "."))
    if improvements:
        out.append(f"Có {_num(improvements)} cải tiến xuất phát từ phản ánh, kiến nghị của người dân.")
    out += _extra(f, "complaints", {"feedback", "complaints", "complaints_resolved", "nc_from_complaints",
                                    "nc_from_complaints_closed", "improvements_from_complaints", "petitions",
                                    "petitions_carried", "petitions_answered", "petitions_pending",
                                    "petitions_overdue"})
    return out


def _improvement(f: ReportFacts) -> list[str]:
    out = ([f"Thực hiện {_num(len(f.improvements))} cải tiến: {_list(f.improvements, 4, 'cải tiến')}."]
           if f.improvements else ["Trong kỳ chưa ghi nhận hoạt động cải tiến."])
    return out + _extra(f, "improvement", {"improvements"})


# ---------------------------------------------------------------- part II

def _participation(f: ReportFacts) -> list[str]:
    out = []
    head = f.agency.head_name
    chaired = [r for r in f.reviews_12m if _same_person(r.chair, head) and f.start <= r.date <= f.end]
    if chaired:
        out.append(f"{_head(f)} chủ trì cuộc họp xem xét của lãnh đạo ngày {_dates(tuple(r.date for r in chaired))}.")
    if f.steering_names:
        out.append(f"Ban Chỉ đạo ISO gồm {_num(len(f.steering_names))} thành viên: {_list(f.steering_names, 8, 'thành viên')}.")
    auditors = f.v("auditors")
    if auditors:
        out.append(f"{_num(auditors)} cán bộ, công chức được đào tạo chuyên gia đánh giá nội bộ.")
    if f.agency.iso_rep_name:
        out.append(f"Đại diện lãnh đạo về chất lượng: {f.agency.iso_rep_name}"
                   + (f", {f.agency.iso_rep_title}." if f.agency.iso_rep_title else "."))
    if f.units_with_procedures:
        out.append(f"Các bộ phận áp dụng quy trình đang hiệu lực: {_list(f.units_with_procedures, 8, 'bộ phận')}.")
    if f.units_audited:
        out.append(f"Các bộ phận được đánh giá nội bộ trong kỳ: {_list(f.units_audited, 8, 'bộ phận')}.")
    typed = _typed(f, "participation")
    if not out and not typed:
        out.append("Hồ sơ chưa ghi nhận thành viên Ban Chỉ đạo ISO, chuyên gia đánh giá nội bộ và bộ phận áp dụng quy "
                   "trình.")
    return out + typed + _extra(f, "participation", {"steering_members", "auditors"})


def _confirmation(f: ReportFacts) -> list[str]:
    concluded = [r for r in f.reviews_12m if r.effective is not None]
    out = []
    if concluded:
        r = concluded[-1]
        verdict = "có hiệu lực" if r.effective else "chưa có hiệu lực"
        if _same_person(r.chair, f.agency.head_name):
            out.append(f"{_head(f)} kết luận Hệ thống quản lý chất lượng {verdict} tại cuộc họp xem xét của lãnh đạo "
                       f"ngày {W.date_vn(r.date)}.")
        else:
            out.append(f"Cuộc họp xem xét của lãnh đạo ngày {W.date_vn(r.date)}"
                       + (f" do {r.chair} chủ trì" if r.chair else "") + f" kết luận Hệ thống quản lý chất lượng {verdict}.")
    elif f.reviews_12m:
        out.append(f"Biên bản họp xem xét của lãnh đạo ngày {_dates(tuple(r.date for r in f.reviews_12m))} chưa ghi "
                   f"kết luận về hiệu lực của Hệ thống quản lý chất lượng.")
    else:
        out.append("Chưa tổ chức họp xem xét của lãnh đạo trong 12 tháng tính đến cuối kỳ.")
    return out + _typed(f, "confirmation")


def _announcement(f: ReportFacts) -> list[str]:
    latest = f.announcements[-1] if f.announcements else None
    if latest is None:
        return ["Chưa công bố Hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015."] + _typed(f, "announcement")
    if latest.website_posted:
        web = f"đã đăng tải trên trang thông tin điện tử{' ' + f.website if f.website else ''} ngày " \
              f"{W.date_vn(latest.website_posted)}."
    elif f.website:
        web = f"chưa đăng tải trên trang thông tin điện tử {f.website}."
    else:
        web = "đơn vị không có trang thông tin điện tử riêng."
    text = (f"Đã công bố Hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 theo Quyết định số {latest.number} ngày "
            f"{W.date_vn(latest.date)} ({_num(latest.tthc_count)} thủ tục hành chính); "
            + (f"đã thông báo bằng văn bản đến {latest.notice_recipient or 'cơ quan chủ trì'} ngày "
               f"{W.date_vn(latest.notice_sent)}; " if latest.notice_sent else "chưa gửi văn bản thông báo; ")
            + (f"đã niêm yết tại trụ sở ngày {W.date_vn(latest.posted)}; " if latest.posted
               else "chưa niêm yết tại trụ sở; ") + web)
    return [text] + _extra(f, "announcement", {"announcements"}) + _typed(f, "announcement")


def _consultant(f: ReportFacts) -> list[str]:
    if f.consultant_status == "none":
        out = [f"{W.unit_phrase(f.agency.short_name)} tự xây dựng, áp dụng Hệ thống quản lý chất lượng, không thuê tổ "
               f"chức tư vấn."]
    elif f.consultant_status == "hired" and f.consultant_name:
        out = [f"Tổ chức tư vấn xây dựng, áp dụng Hệ thống quản lý chất lượng: {f.consultant_name}."]
    else:
        out = [] if f.statement("consultant") else ["Hồ sơ chưa ghi nhận việc lựa chọn tổ chức tư vấn."]
    return out + _typed(f, "consultant")


def _part_ii(f: ReportFacts) -> Part:
    in_period = [a for a in f.announcements if f.start <= a.date <= f.end]
    legal = [(f"Trong kỳ có {_num(f.v('legal_changed'))} văn bản quy phạm pháp luật liên quan có hiệu lực"
              if f.v("legal_changed") else "Trong kỳ không có văn bản quy phạm pháp luật liên quan mới có hiệu lực")
             + (f"; đã cập nhật {_num(f.v('legal_incorporated'))} văn bản vào quy trình; "
                if f.v("legal_incorporated") else "; ")
             + (f"{_num(f.v('legal_overdue'))} văn bản quá 3 tháng chưa cập nhật" if f.v("legal_overdue")
                else "không có văn bản nào quá 3 tháng chưa cập nhật")
             + " (điểm a khoản 4 Điều 4 Quyết định số 19/2014/QĐ-TTg)."]
    legal += _extra(f, "legal", {"legal_changed", "legal_incorporated", "legal_overdue"}) + _typed(f, "legal")
    if in_period and any(a.reannouncement for a in in_period):
        re_text = [f"Đã công bố lại theo Quyết định số {', '.join(a.number for a in in_period if a.reannouncement)} "
                   f"khi điều chỉnh phạm vi áp dụng."]
    elif f.scope_changed:
        re_text = ["Phạm vi áp dụng đã thay đổi so với lần công bố gần nhất; cần công bố lại."]
    else:
        re_text = ["Trong kỳ không có thay đổi phạm vi áp dụng phải công bố lại."]
    re_text += _typed(f, "reannouncement")
    items = [
        _item(1, "participation", W.ITEMS_II, _participation(f), f),
        _item(2, "confirmation", W.ITEMS_II, _confirmation(f), f),
        _item(3, "announcement", W.ITEMS_II, _announcement(f), f),
        _item(4, "legal", W.ITEMS_II, legal, f),
        _item(5, "reannouncement", W.ITEMS_II, re_text, f),
        _item(6, "consultant", W.ITEMS_II, _consultant(f), f),
    ]
    return Part("II", W.PART_II, tuple(items))


def _narrative(code: str, title: str, text: str, *, missing: bool = False) -> Part:
    paragraphs = tuple(p.strip() for p in (text or "").splitlines() if p.strip())
    return Part(code, title, (), paragraphs or ((W.NARRATIVE_MISSING if missing else W.NARRATIVE_EMPTY),))


# ---------------------------------------------------------------- appendices

NC_SOURCE_SHORT = {"internal_audit": "Đánh giá nội bộ", "external_inspection": "Kiểm tra cấp trên",
                   "complaint": "Phản ánh của người dân", "other": "Khác"}


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
    ), tuple((i, a.name, a.start, a.end, a.lead, a.nonconform, a.recommend) for i, a in enumerate(f.audits, 1)),
        totals=(None, W.TOTAL, None, None, None, sum(a.nonconform for a in f.audits),
                sum(a.recommend for a in f.audits)) if f.audits else None)
    ncs = Table("nonconformities", "Sự không phù hợp và hành động khắc phục", (
        Column("STT", INT, 0.4), Column("Số", TEXT, 0.8), Column("Ngày phát hiện", DATE, 1.0),
        Column("Nguồn", TEXT, 0.8), Column("Nội dung", TEXT, 2.4), Column("Nguyên nhân", TEXT, 2.0),
        Column("Hành động khắc phục", TEXT, 2.4), Column("Hạn khắc phục", DATE, 1.0),
        Column("Tình trạng cuối kỳ", TEXT, 0.9),
    ), tuple((i, n.number, n.detected, NC_SOURCE_SHORT.get(n.source, n.source), n.description, n.cause, n.actions,
              n.due, W.STATUS.get(n.status_at_end, n.status_at_end) + (f" ngày {W.date_vn(n.closed)}" if n.closed else ""))
             for i, n in enumerate(f.ncs, 1)), keys=2)  # STT and the number the office cites it by (QA 40 F5)
    objectives = Table("objectives", "Mục tiêu chất lượng và kết quả thực hiện", (
        Column("STT", INT, 0.5), Column("Mục tiêu", TEXT, 4), Column("Điều kiện", TEXT, 0.8),
        Column("Chỉ tiêu", FLOAT, 0.9), Column("Kết quả", FLOAT, 0.9), Column("Đơn vị tính", TEXT, 0.8),
        Column("Đánh giá", TEXT, 1.1),
    ), tuple((i, o.text, "≥" if o.comparison == ">=" else "≤", o.target, o.value, o.unit,
              "Chưa đo" if o.value is None else ("Đạt" if o.achieved else "Không đạt"))
             for i, o in enumerate(f.objectives, 1)),
        note="Kết quả được so sánh với chỉ tiêu theo số liệu chính xác; tỷ lệ được làm tròn xuống, không làm tròn "
             "lên qua chỉ tiêu.")
    stats_rows = tuple((i, s.start, s.end, s.received, s.on_time, s.late, s.pending, _rate(s.on_time, s.on_time + s.late))
                       for i, s in enumerate(f.stats, 1))
    # pending is a stock at the period's end (the figure: the last row's), not the rows added up
    tot = [sum(s.received for s in f.stats), sum(s.on_time for s in f.stats), sum(s.late for s in f.stats),
           f.v("pending")]
    stats = Table("statistics", "Kết quả giải quyết thủ tục hành chính", (
        Column("STT", INT, 0.5), Column("Từ ngày", DATE, 1.2), Column("Đến ngày", DATE, 1.2),
        Column("Tiếp nhận", INT, 1), Column("Đúng hạn", INT, 1), Column("Trễ hạn", INT, 1),
        Column("Đang giải quyết", INT, 1.1), Column("Tỷ lệ đúng hạn", PERCENT, 1.1),
    ), stats_rows, totals=(None, W.TOTAL, None, *tot, _rate(tot[1], tot[1] + tot[2])) if f.stats else None,
        note=W.ON_TIME_NOTE + (" " + _missing_text(f) if f.missing_months else ""),
        empty_note=_missing_text(f) if f.missing_months else "")
    fields_rows = tuple((i, x.field, x.received, x.on_time, x.late, x.pending, _rate(x.on_time, x.on_time + x.late))
                        for i, x in enumerate(f.field_stats, 1))
    ftot = [sum(x.received for x in f.field_stats), sum(x.on_time for x in f.field_stats),
            sum(x.late for x in f.field_stats), sum(x.pending for x in f.field_stats)]
    gaps = (f" Chưa có số liệu theo lĩnh vực (hoặc số liệu theo lĩnh vực chưa khớp tổng số) của kỳ thống kê: "
            f"{_list(f.field_stats_gaps, 6, 'kỳ thống kê')}.") if f.field_stats_gaps else ""
    by_field = Table("statistics_by_field", "Kết quả giải quyết thủ tục hành chính theo lĩnh vực", (
        Column("STT", INT, 0.5), Column("Lĩnh vực", TEXT, 2.6), Column("Tiếp nhận", INT, 1),
        Column("Đúng hạn", INT, 1), Column("Trễ hạn", INT, 1), Column("Đang giải quyết", INT, 1.1),
        Column("Tỷ lệ đúng hạn", PERCENT, 1.1),
    ), fields_rows, totals=(None, W.TOTAL, *ftot, _rate(ftot[1], ftot[1] + ftot[2])) if f.field_stats else None,
        note=f"Theo sổ theo dõi hồ sơ của Bộ phận một cửa. {W.ON_TIME_NOTE}{gaps}", empty_note=gaps.strip())
    return procedures, audits, ncs, objectives, stats, by_field


# ---------------------------------------------------------------- the report

def compose(f: ReportFacts) -> ReportData:
    """The report's data with its text, from the facts of the period."""
    label = W.period_label(f.year, f.half)
    agency_phrase = W.unit_phrase(f.agency.short_name)
    appendices = _appendices(f)
    refs = _Refs(appendices)
    listed = problems(f)
    parts = (_part_i(f, refs), _part_ii(f),
             _narrative("III", W.PART_III, f.shortcomings, missing=bool(listed)),
             _narrative("IV", W.PART_IV, f.plans), _narrative("V", W.PART_V, f.proposals))
    period_end = f.period_end or f.end
    data_range = (W.DATA_RANGE_EARLY.format(start=W.date_vn(f.start), end=W.date_vn(f.end),
                                            period_end=W.date_vn(period_end))
                  if f.cut_off_early else W.DATA_RANGE.format(start=W.date_vn(f.start), end=W.date_vn(f.end)))
    if f.former_communes:
        data_range += W.DATA_FORMER.format(names=", ".join(f.former_communes))
    intro = (W.REPORT_INTRO_REQUEST if f.request_letter.strip() else W.REPORT_INTRO).format(
        request=f.request_letter.strip().rstrip(";,."), agency=agency_phrase, period_label=label, data_range=data_range)
    recipients = [W.RECIPIENT_AS_ABOVE, "Chủ tịch, các Phó Chủ tịch UBND"]
    if f.steering_names:
        recipients.append("Ban Chỉ đạo ISO")
    recipients.append(W.ARCHIVE)
    return ReportData(
        report_id=f.report_id, report_version=f.report_version, period=f"{f.year}-H1" if f.half else str(f.year),
        period_label=label, period_start=f.start, period_end=period_end, number=f.number, symbol=f.symbol,
        date=f.date, status=f.status, recipient=f.recipient, agency=f.agency,
        summary=W.REPORT_SUMMARY.format(period_label=label), intro=intro, parts=parts,
        closing=W.REPORT_CLOSING.format(period_label=label, agency=agency_phrase), recipients=tuple(recipients),
        appendices=appendices, correction_of=f.correction_of, changes_summary=f.changes_summary,
        data_as_of=f.end if f.cut_off_early else None, request_letter=f.request_letter.strip(),
        external_inspections=f.inspection_answers,
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
    old_tables = {t.key: t for t in old.appendices}
    for new_t in new.appendices:
        old_t = old_tables.get(new_t.key)
        if old_t is None and new_t.rows:
            changes.append(f"bổ sung phụ lục: {new_t.title.lower()}")
        elif old_t is not None and old_t.rows != new_t.rows:
            changes.append(f"cập nhật phụ lục: {new_t.title.lower()}")
    if old.recipient != new.recipient:
        changes.append(f"nơi nhận: {new.recipient}")
    return "; ".join(changes) + "." if changes else "không thay đổi số liệu, chỉ sửa lỗi trình bày."
