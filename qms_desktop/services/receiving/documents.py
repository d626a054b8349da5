"""The office's documents from its data: return letter, reminder letter, consolidated workbook and
summary report (writers in ``reports.office_documents`` / ``reports.office_workbook``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import fields
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from qms_desktop.domain.periods import ReportPeriod, period_name
from qms_desktop.domain.rates import ReportingCounts
from qms_desktop.domain.text import ascii_slug
from qms_desktop.i18n import QT_TRANSLATE_NOOP, local_time
from qms_desktop.reports import wording as W
from qms_desktop.reports import wording_office as O
from qms_desktop.services.context import AppContext
from qms_desktop.services.receiving.errors import InboxInvalid
from qms_desktop.services.receiving.inbox import require_office
from qms_desktop.services.receiving.review import RETURNED, _load
from qms_desktop.services.receiving.status import Overview, period_overview
from qms_desktop.services.receiving.tamper import altered_in, require_unaltered
from qms_desktop.services.receiving.units import CODE_RE, formal_name, successors
from qms_desktop.storage import orm

RETURN_DAYS = 10  # a returned report is asked back within this many days of the letter
REMIND_DAYS = 7  # a reminder asks for the report within this many days


def _office(s: Session):
    from qms_desktop.reports.office_documents import OfficeInfo

    a = require_office(s)
    return OfficeInfo(a.full_name, a.parent_body, a.province, a.place_name or O.place_of(a.province), a.head_name,
                      a.head_title or "Giám đốc", a.doc_symbol if a.doc_symbol and a.doc_symbol != "BC-UBND"
                      else O.LETTER_SYMBOL_DEFAULT)


def record_number_example(ctx: AppContext) -> str:
    """How a record (Mẫu 21) of this office is numbered, for the number field's hint: '05/BB-SKHCN'."""
    with ctx.tx("read") as s:
        return f"05/{O.kind_symbol('BB', _office(s).doc_symbol)}"


def _label(period: str) -> str:
    p = ReportPeriod.parse(period)
    return W.period_label(p.year, p.half)


def return_letter_pdf(ctx: AppContext, submission_id: int, *, day: dt.date | None = None) -> bytes:
    """The letter returning a unit's report (its last return comment), for printing and signing.

    Raises:
        InboxInvalid: the report is not returned.
        RecordsAltered: the office's records differ from their history.
    """
    from qms_desktop.reports.office_documents import ReturnLetter, return_letter_pdf as write

    day = day or ctx.today
    with ctx.tx("read") as s:
        office = _office(s)
        require_unaltered(altered_in(s))
        sub, unit = _load(s, submission_id)
        if sub.state != RETURNED:
            raise InboxInvalid(QT_TRANSLATE_NOOP("Inbox", "Only a returned report has a return letter."))
        package = s.scalar(select(orm.RxPackage).where(orm.RxPackage.submission_id == sub.id,
                                                       orm.RxPackage.current.is_(True)))
        letter = ReturnLetter(office, day, formal_name(unit.name, unit.kind), _label(sub.period), package.report_number, package.report_date,
                              package.report_version, local_time(package.received_at).date(), sub.comment,
                              day + dt.timedelta(days=RETURN_DAYS), f"QMS-TL-{sub.id}")
    return write(letter)


def reminder_letter_pdf(ctx: AppContext, period: str, *, day: dt.date | None = None) -> bytes:
    """Công văn đôn đốc to every expected unit from which nothing was received for ``period``.

    Raises:
        InboxInvalid: no unit is missing.
        RecordsAltered: the office's records differ from their history.
    """
    from qms_desktop.reports.office_documents import ReminderLetter, reminder_letter_pdf as write

    day = day or ctx.today
    overview = period_overview(ctx, period)
    require_unaltered(overview.altered)
    _require_ended(overview, day)
    missing = overview.chase_list
    if not missing:
        raise InboxInvalid(QT_TRANSLATE_NOOP("Inbox", "Every unit expected for {period} has reported: no reminder "
                                                      "is needed."), period=period_name(overview.period))
    with ctx.tx("read") as s:
        office = _office(s)
    # Before the due date the letter recalls it (a later day would make a report sent by it look late: QA 58 F6);
    # after it, a week more
    reply_by = overview.due_date if day < overview.due_date else day + dt.timedelta(days=REMIND_DAYS)
    letter = ReminderLetter(office, day, _label(overview.period), overview.due_date, reply_by,
                            tuple((r.code, formal_name(r.name, r.kind)) for r in missing))
    return write(letter)


def _require_ended(overview: Overview, day: dt.date) -> None:
    """Units report on a period after it ends: before that, a reminder or a summary would call every unit
    missing (and a reminder would ask for a report of days still to come)."""
    if day <= overview.end:
        from qms_desktop.i18n import format_date

        raise InboxInvalid(QT_TRANSLATE_NOOP(
            "Inbox", "The period {period} runs until {end}: its reports are written after it ends, so a reminder "
                     "or a summary can be made from {after}."), period=period_name(overview.period), end=format_date(overview.end),
            after=format_date(overview.end + dt.timedelta(days=1)))


def _not_expected_note(row, register) -> str:
    """Why a unit is not expected: the register's reason, or the day it ceased, merged into its successor."""
    if row.closed is None:
        return row.not_expected_reason
    unit = next((u for u in register if u.id == row.unit_id), None)
    names = successors(unit, register) if unit is not None else []
    day = row.closed.strftime("%d/%m/%Y")
    return f"sáp nhập vào {', '.join(names)} từ ngày {day}" if names else f"ngừng hoạt động từ ngày {day}"


def summary_data(ctx: AppContext, period: str, *, day: dt.date | None = None, overview: Overview | None = None):
    """The summary of ``period`` (ended by ``day``).

    Raises:
        InboxInvalid: the period has not ended.
        RecordsAltered: the office's records differ from their history (the figures may be false).
    """
    from qms_desktop.reports.office_documents import SummaryReport, SummaryRow

    ov = overview or period_overview(ctx, period)
    require_unaltered(ov.altered)
    _require_ended(ov, day or ctx.today)
    with ctx.tx("read") as s:
        office = _office(s)
        register = s.scalars(select(orm.RxUnit)).all() if any(r.closed for r in ov.rows) else []
    # A unit not expected for the period that sent a report all the same is listed as such, with why, without the
    # figures and the on-time mark that the totals and the counts leave out (QA 58 F1, F2)
    rows = tuple(SummaryRow(r.code, r.name, r.state, r.on_time, dict(r.figures), r.sent_date, r.pdf_signature,
                            r.days_late)
                 if r.expected else
                 SummaryRow(r.code, r.name, "not_expected", None, {}, r.sent_date, r.pdf_signature,
                            note=_not_expected_note(r, register)) for r in ov.rows)
    warnings = tuple((w.unit_code, w.unit_name, w.rule, dict(w.params)) for w in ov.warnings)
    counted = ov.counted_rows
    counts = {f.name: getattr(ov, f.name) for f in fields(ReportingCounts)}
    return SummaryReport(
        **{**counts, "totals": dict(ov.totals)}, office=office, date=day or ctx.today, period_label=_label(ov.period),
        rows=rows, warnings=warnings,
        units_with_audit=sum(1 for r in counted if (r.figures.get("audits") or 0) > 0),
        units_with_review=sum(1 for r in counted if (r.figures.get("reviews") or 0) > 0))


def file_tag(period: str) -> str:
    return ReportPeriod.parse(period).file_tag


def write_summary(ctx: AppContext, period: str, out_dir: str | Path, *, day: dt.date | None = None) -> list[Path]:
    """The consolidated workbook and the office's summary report of ``period``, written atomically into
    ``out_dir`` and read back. Returns the paths (XLSX, PDF). Nothing is written when ``summary_data``
    refuses (period not ended, records altered outside the application)."""
    from qms_desktop.reports.files import atomic_write
    from qms_desktop.reports.office_documents import summary_report_pdf
    from qms_desktop.reports.office_workbook import consolidated_xlsx

    data = summary_data(ctx, period, day=day)
    tag = file_tag(data.period)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    xlsx = atomic_write(out / f"TongHopHTQLCL_{tag}.xlsx", consolidated_xlsx(data))
    pdf = atomic_write(out / f"BaoCaoTongHopHTQLCL_{tag}.pdf", summary_report_pdf(data))
    return [xlsx, pdf]


def letter_file_name(kind: str, period: str, unit_code: str = "") -> str:
    tag = file_tag(period)
    if kind == "return":
        safe = unit_code if unit_code.isascii() and CODE_RE.fullmatch(unit_code) else ascii_slug(unit_code)
        return f"CongVanTraLai_{tag}_{safe or 'DonVi'}.pdf"
    return f"CongVanDonDoc_{tag}.pdf"
