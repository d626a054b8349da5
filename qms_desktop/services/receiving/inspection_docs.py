"""The inspection cycle's printed documents from the plan's data: Mẫu 19 KHKT (plan), Mẫu 20 QĐKT
(decision), Mẫu 21 BBKT (record, per on-site unit) and the November compilation (PDF + XLSX).
Writers in ``reports.inspection_documents``; files written atomically with ASCII-safe names."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from qms_desktop.domain.periods import ReportPeriod
from qms_desktop.domain.text import ascii_slug
from qms_desktop.i18n import QT_TRANSLATE_NOOP
from qms_desktop.reports import wording as W
from qms_desktop.services.context import AppContext
from qms_desktop.services.receiving import inspection as ins
from qms_desktop.services.receiving.units import CODE_RE

FORMS = ("19", "20", "21")


def _office(ctx: AppContext):
    from qms_desktop.services.receiving.documents import _office as office_of

    with ctx.tx("read") as s:
        return office_of(s)


def _plan(ctx: AppContext, year: int) -> ins.Plan:
    plan = ins.get_plan(ctx, year)
    if plan is None:
        raise ins.InspectionNotFound(QT_TRANSLATE_NOOP("Inspection", "There is no inspection plan for {year} yet."),
                                     year=year)
    return plan


def _team(plan: ins.Plan):
    from qms_desktop.reports.inspection_documents import TeamMember

    return tuple(TeamMember(m.name, m.title, m.role) for m in plan.team)


def _units(plan: ins.Plan, *, on_site_only: bool = False):
    from qms_desktop.reports.inspection_documents import PlannedUnit

    return tuple(PlannedUnit(r.code, r.formal_name, r.on_site, r.scheduled, tuple(x.vietnamese for x in r.reasons))
                 for r in plan.rows if r.on_site or not on_site_only)


def plan_doc(ctx: AppContext, year: int):
    from qms_desktop.reports.inspection_documents import PlanDoc

    plan = _plan(ctx, year)
    if not plan.rows:
        raise ins.InspectionInvalid(QT_TRANSLATE_NOOP("Inspection", "The {year} plan has no unit yet."), year=year)
    return PlanDoc(_office(ctx), plan.year, plan.plan_number, plan.plan_date, _units(plan), plan.budget,
                   plan.units_expected, plan.on_site_needed)


def decision_doc(ctx: AppContext, year: int):
    from qms_desktop.reports.inspection_documents import DecisionDoc

    plan = _plan(ctx, year)
    if not any(m.role == "lead" for m in plan.team):
        raise ins.InspectionInvalid(QT_TRANSLATE_NOOP("Inspection", "Set the check team (with its leader) before "
                                                                    "printing the decision."), field="team")
    from qms_desktop.services.agency import get_setting

    return DecisionDoc(_office(ctx), plan.year, plan.decision_number, plan.decision_date, plan.plan_number,
                       plan.plan_date, _team(plan), _units(plan, on_site_only=True),
                       proposer=get_setting(ctx, "inspection_proposer"))


def record_doc(ctx: AppContext, year: int, code: str):
    from qms_desktop.reports.inspection_documents import RecordDoc, ReportFigures

    plan = _plan(ctx, year)
    row = plan.row(code)
    if not row.on_site:
        raise ins.InspectionInvalid(QT_TRANSLATE_NOOP("Inspection", "{unit} is checked on its records and reports, "
                                                                    "not on site: it has no record to print."),
                                    unit=row.name)
    reports = []
    for period, figures, sent, number in ins.unit_figures(ctx, row.unit_id):
        p = ReportPeriod.parse(period)
        reports.append(ReportFigures(W.period_label(p.year, p.half), number, sent, figures))
    missing = tuple(ins.period_vi(r.data["period"]) for r in row.reasons if r.rule == "missing" and r.data.get("period"))
    return RecordDoc(_office(ctx), plan.year, row.formal_name, row.record_number, plan.decision_number, plan.decision_date,
                     row.signed_date, row.followup_due, _team(plan), tuple(reports), missing, row.conformities,
                     row.nonconformities, row.recommendations, row.scheduled)


def compilation_doc(ctx: AppContext, year: int, *, day: dt.date | None = None):
    from qms_desktop.reports.inspection_documents import CompilationDoc, ResultRow

    plan = _plan(ctx, year)
    rows = tuple(ResultRow(r.code, r.formal_name, r.on_site, r.scheduled, r.record_number, r.signed_date,
                           len(r.conformities), len(r.nonconformities), len(r.recommendations), r.followup_due,
                           r.answered_on, ins.FOLLOWUP_VI[r.followup_state], r.nonconformities) for r in plan.rows)
    return CompilationDoc(_office(ctx), plan.year, day or ctx.today, plan.plan_number, plan.plan_date,
                          plan.decision_number, plan.decision_date, plan.units_expected, rows)


def _safe(code: str) -> str:
    return code if code.isascii() and CODE_RE.fullmatch(code) else (ascii_slug(code) or "DonVi")


def file_name(form: str, year: int, code: str = "") -> str:
    return {"19": f"KeHoachKiemTra_{year}_Mau19.pdf", "20": f"QuyetDinhKiemTra_{year}_Mau20.pdf",
            "21": f"BienBanKiemTra_{year}_{_safe(code)}_Mau21.pdf"}[form]


def form_pdf(ctx: AppContext, year: int, form: str, code: str = "") -> bytes:
    from qms_desktop.reports import inspection_documents as D

    if form == "19":
        return D.plan_pdf(plan_doc(ctx, year))
    if form == "20":
        return D.decision_pdf(decision_doc(ctx, year))
    if form == "21":
        return D.record_pdf(record_doc(ctx, year, code))
    raise ins.InspectionInvalid(QT_TRANSLATE_NOOP("Inspection", "Unknown form {form}: 19, 20 or 21."), form=form)


def write_form(ctx: AppContext, year: int, form: str, out_dir: str | Path, code: str = "") -> list[Path]:
    """Write form 19, 20 or 21 (one unit's record, or every on-site unit's when ``code`` is empty) into
    ``out_dir``, atomically, and return the paths. Nothing is written when a form is refused."""
    from qms_desktop.reports.files import atomic_write

    if form == "21" and not code:
        codes = [r.code for r in _plan(ctx, year).rows if r.on_site]
    else:
        codes = [code]
    bodies = [(file_name(form, year, c), form_pdf(ctx, year, form, c)) for c in codes]  # all made before writing
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    return [atomic_write(out / name, body) for name, body in bodies]


def write_forms(ctx: AppContext, year: int, out_dir: str | Path, code: str = "") -> list[Path]:
    """Mẫu 19, Mẫu 20 and Mẫu 21 (``code``'s record, or every on-site unit's when empty) into ``out_dir``.
    Every PDF is made before anything is written: a refused form (no team for the decision…) writes nothing."""
    from qms_desktop.reports.files import atomic_write

    codes = [code] if code else [r.code for r in _plan(ctx, year).rows if r.on_site]
    bodies = [(file_name("19", year), form_pdf(ctx, year, "19")), (file_name("20", year), form_pdf(ctx, year, "20"))]
    bodies += [(file_name("21", year, c), form_pdf(ctx, year, "21", c)) for c in codes]
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    return [atomic_write(out / name, body) for name, body in bodies]


def write_compilation(ctx: AppContext, year: int, out_dir: str | Path, *, day: dt.date | None = None) -> list[Path]:
    """The November compilation: XLSX (one row per unit) and the Decree 30 report (PDF)."""
    from qms_desktop.reports.files import atomic_write
    from qms_desktop.reports.inspection_documents import compilation_pdf, compilation_xlsx

    doc = compilation_doc(ctx, year, day=day)
    xlsx, pdf = compilation_xlsx(doc), compilation_pdf(doc)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    return [atomic_write(out / f"KetQuaKiemTra_{year}.xlsx", xlsx), atomic_write(out / f"BaoCaoKetQuaKiemTra_{year}.pdf", pdf)]
