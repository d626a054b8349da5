"""Dialogs of internal audits: yearly programme, audit plan, checklist item, finding, held, report approval."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QSpinBox, QWidget

from qms_desktop.domain.model import ChecklistResult, Severity, label
from qms_desktop.i18n import QT_TRANSLATE_NOOP, format_date
from qms_desktop.services import audits, records
from qms_desktop.ui.dialogs import prompts
from qms_desktop.ui.dialogs.form_dialog import FormDialog, LineDialog, combo, t, text_edit
from qms_desktop.ui.dialogs.procedure_dialog import staff_items, unit_items
from qms_desktop.ui.widgets.check_list import CheckList
from qms_desktop.ui.widgets.date_edit import DateEdit

RESULTS = [r.value for r in ChecklistResult]


def result_items() -> list[tuple[str, str]]:
    return [(code, t("Labels", label(code))) for code in RESULTS]


class ProgrammeDialog(FormDialog):
    """The yearly audit programme (chương trình đánh giá nội bộ năm)."""

    def __init__(self, env, year: int, programme: audits.ProgrammeRow | None = None,
                 parent: QWidget | None = None, programmes: list[audits.ProgrammeRow] | tuple = ()) -> None:
        super().__init__("", self._save_values, parent)
        self.env = env
        # the programmes the page showed, by year (the year can be changed here): a save after another's is refused
        self.known = {p.year: p for p in (*programmes, *([programme] if programme is not None else []))}
        self.setWindowTitle(self.tr("Audit programme"))
        spin = QSpinBox()
        spin.setRange(2000, 2100)
        self.add_field("year", self.tr("Year"), spin, required=True)
        self.add_field("objectives", self.tr("Objectives and scope"), text_edit(90))  # short: QA 26 G17
        self.add_field("approved_by", self.tr("Approved by"), QLineEdit())
        self.add_field("approved_date", self.tr("Approved on"), DateEdit())
        if programme is not None:
            self.set_values(dict(year=programme.year, objectives=programme.objectives,
                                 approved_by=programme.approved_by, approved_date=programme.approved_date))
        else:
            self.set_values({"year": year})

    def _save_values(self, v: dict) -> audits.ProgrammeRow:
        seen = self.known.get(v["year"])
        if seen is None:  # no programme of that year was shown: one saved meanwhile by someone else is not replaced
            return audits.save_programme(self.env.ctx, new=True, **v)
        return audits.save_programme(self.env.ctx.editing(seen.stamp), **v)


class PlanAuditDialog(FormDialog):
    """Plan an audit, or edit the plan of ``detail``. An auditor must not audit his or her own unit:
    warned as you choose, refused on save."""

    def __init__(self, env, programmes: list[audits.ProgrammeRow], *, programme_id: int | None = None,
                 detail: audits.AuditDetail | None = None, parent: QWidget | None = None) -> None:
        super().__init__("", self._save_values, parent, scroll=True)
        self.env, self.detail = env, detail
        self.setWindowTitle(self.tr("Plan an internal audit") if detail is None else self.tr("Edit the audit plan"))
        self._staff_unit = {r.id: r.values.get("unit_id") for r in records.list_records(env.ctx, "staff")}
        self._unit_name = dict(unit_items(env.ctx))
        self._staff_name = {r.id: r.values["full_name"] for r in records.list_records(env.ctx, "staff")}
        auditors = staff_items(env.ctx, auditors_only=True)
        if detail is not None:  # the team as planned, even if someone is no longer marked as auditor
            team = {*detail.member_ids, detail.lead_auditor_id}
            auditors += [(i, n) for i, n in staff_items(env.ctx) if i in team and i not in dict(auditors)]
        self.add_field("title", self.tr("Title"), QLineEdit(), required=True)
        self.add_field("planned_date", self.tr("Planned date"), DateEdit(optional=False), required=True)
        self.add_field("purpose", self.tr("Purpose"), text_edit(48))
        self.add_field("scope", self.tr("Scope"), text_edit(48))
        self.add_field("criteria", self.tr("Criteria"), QLineEdit())
        self.lead = self.add_field("lead_auditor_id", self.tr("Lead auditor"), combo(auditors, empty=""))
        self.team = CheckList()
        self.team.set_items(auditors)
        self.team.setFixedHeight(96)
        self.add_field("member_ids", self.tr("Audit team"), self.team, error_names=("auditor",))
        self.units = CheckList()
        self.units.set_items(unit_items(env.ctx))
        self.units.setFixedHeight(110)
        self.add_field("unit_ids", self.tr("Units audited"), self.units)
        self.independence = QLabel()
        self.independence.setObjectName("independenceWarning")
        self.independence.setWordWrap(True)
        self.independence.setStyleSheet("color: #b00020; font-weight: bold;")
        self.independence.hide()
        self.form.addRow(self.independence)
        if detail is None:
            self.add_field("programme_id", self.tr("Programme"),
                           combo([(p.id, self.tr("Programme %1").replace("%1", str(p.year))) for p in programmes], empty=""))
        if not auditors:
            self.set_intro(self.tr("No staff member is marked as internal auditor yet (Settings → staff)."))
        if detail is None:
            self.set_values({"criteria": "TCVN ISO 9001:2015", "planned_date": env.ctx.today, "programme_id": programme_id})
        else:
            self.set_values(dict(title=detail.row.title, planned_date=detail.planned_date, purpose=detail.purpose,
                                 scope=detail.scope, criteria=detail.criteria, lead_auditor_id=detail.lead_auditor_id,
                                 member_ids=[m for m in detail.member_ids if m != detail.lead_auditor_id],
                                 unit_ids=detail.unit_ids))
        for w in (self.lead, self.team, self.units):
            (w.currentIndexChanged if w is self.lead else w.changed).connect(self.check_independence)
        self.check_independence()
        self.resize(640, 580)

    def check_independence(self, *_a) -> str:
        """The same rule as the service (one audited unit, nobody of it on the team), shown at once."""
        units = self.units.checked_ids()
        team = ([self.lead.currentData()] if self.lead.currentData() else []) + self.team.checked_ids()
        text = ""
        if len(units) == 1:
            own = [m for m in dict.fromkeys(team) if self._staff_unit.get(m) == units[0]]
            if own:
                text = self.tr("%1 cannot audit his or her own unit (%2). Choose another auditor or unit.") \
                    .replace("%1", ", ".join(self._staff_name.get(m, "") for m in own)) \
                    .replace("%2", self._unit_name.get(units[0], ""))
        self.independence.setText(text)
        self.independence.setVisible(bool(text))
        if "member_ids" in self.errors:
            self.errors["member_ids"].hide()  # a refusal of the last save no longer holds once the choice changes
        return text

    def accept(self) -> None:
        super().accept()
        if self.result() != QDialog.DialogCode.Accepted and not self.errors["member_ids"].isHidden():
            self.independence.hide()  # the refusal stands next to the team: the same sentence once, not twice

    def _save_values(self, v: dict) -> audits.AuditRow:
        if self.detail is None:
            return audits.plan_audit(self.env.ctx, **v)
        return audits.update_audit(self.env.ctx.editing(self.detail.stamp), self.detail.row.id, clear_lead_auditor=v["lead_auditor_id"] is None, **v)


class ChecklistItemDialog(LineDialog):
    """A new checklist question, or ``line`` edited (its evidence and result are edited in the checklist table)."""

    new_title = QT_TRANSLATE_NOOP("ChecklistItemDialog", "Checklist: new question")
    edit_title = QT_TRANSLATE_NOOP("ChecklistItemDialog", "Checklist: edit question")

    def build(self, env, detail: audits.AuditDetail) -> None:
        item = self.line
        own_unit = item.unit_id if item is not None else None  # an edited item keeps its own choices on offer
        units = [(i, n) for i, n in unit_items(env.ctx) if not detail.unit_ids or i in detail.unit_ids or i == own_unit]
        team_ids = set(detail.member_ids) | ({detail.lead_auditor_id} if detail.lead_auditor_id else set())
        team = [(i, n) for i, n in staff_items(env.ctx) if i in team_ids] or staff_items(env.ctx, auditors_only=True)
        if item is not None and item.auditor_id is not None and item.auditor_id not in dict(team):
            team += [(i, n) for i, n in staff_items(env.ctx) if i == item.auditor_id]
        self.add_field("clause", self.tr("Clause or procedure"), QLineEdit()).setPlaceholderText(self.tr("e.g. 7.5.3 or QT-01"))
        self.add_field("question", self.tr("Question"), text_edit(56), required=True)
        self.add_field("unit_id", self.tr("Unit"), combo(units, empty=""))
        self.add_field("auditor", self.tr("Auditor"), combo(team, empty=""))
        if item is None:
            self.add_field("evidence", self.tr("Evidence"), text_edit(48))
            self.add_field("result", self.tr("Result"), combo(result_items(), empty=self.tr("(not yet assessed)")))

    def line_values(self, item: audits.ChecklistRow) -> dict:
        return dict(clause=item.clause, question=item.question, unit_id=item.unit_id, auditor=item.auditor_id)

    def add_line(self, ctx, audit_id: int, v: dict) -> audits.ChecklistRow:
        return audits.add_checklist_item(ctx, audit_id, question=v["question"], clause=v["clause"], unit_id=v["unit_id"],
                                         auditor_id=v["auditor"], evidence=v["evidence"], result=v["result"])

    def update_line(self, ctx, item_id: int, v: dict) -> audits.ChecklistRow:
        return audits.update_checklist_item(ctx, item_id, question=v["question"], clause=v["clause"], unit_id=v["unit_id"],
                                            auditor_id=v["auditor"], clear_unit=v["unit_id"] is None,
                                            clear_auditor=v["auditor"] is None)


class FindingDialog(LineDialog):
    """A finding; pre-filled from the checklist item ``source`` when recorded from it, or ``line`` edited
    (its kind is fixed once a nonconformity was raised from it)."""

    update = staticmethod(audits.update_finding)
    clears = {"unit_id": "clear_unit"}
    new_title = QT_TRANSLATE_NOOP("FindingDialog", "New finding")
    edit_title = QT_TRANSLATE_NOOP("FindingDialog", "Edit finding")

    def build(self, env, detail: audits.AuditDetail) -> None:
        self.kind = self.add_field("kind", self.tr("Kind"), combo([(c, n) for c, n in result_items()
                                                                     if c != ChecklistResult.CONFORM] +
                                                                    [(ChecklistResult.CONFORM.value,
                                                                      t("Labels", label(ChecklistResult.CONFORM)))]))
        self.severity = self.add_field("severity", self.tr("Severity"), combo(
            [(s.value, t("Labels", label(s.value))) for s in (Severity.MINOR, Severity.MAJOR)]))
        self.add_field("clause", self.tr("Clause"), QLineEdit())
        self.add_field("description", self.tr("Description"), text_edit(80), required=True)
        own_unit = self.line.unit_id if self.line is not None else None  # an edited finding keeps its unit on offer
        units = [(i, n) for i, n in unit_items(env.ctx)
                 if not detail.unit_ids or i in detail.unit_ids or i == own_unit]
        self.add_field("unit_id", self.tr("Unit"), combo(units, empty=""))
        self.kind.currentIndexChanged.connect(self._kind_changed)

    def new_values(self, env, detail: audits.AuditDetail) -> dict:
        item = self.source
        if item is None:
            return {}
        return {"kind": item.result or ChecklistResult.NONCONFORM.value, "clause": item.clause,
                "description": item.evidence or item.question, "unit_id": item.unit_id}

    def line_values(self, finding: audits.FindingRow) -> dict:
        if finding.nc_id is not None:
            self.kind.setEnabled(False)
            self.kind.setToolTip(self.tr("Nonconformity %1 was raised from this finding: its kind no longer "
                                         "changes.").replace("%1", finding.nc_number or ""))
        return {**super().line_values(finding), "severity": finding.severity or Severity.MINOR.value}

    def set_values(self, values: dict) -> None:
        super().set_values(values)
        self._kind_changed()

    def _kind_changed(self, *_a) -> None:
        self.severity.setEnabled(self.kind.currentData() == ChecklistResult.NONCONFORM)

    def _save_values(self, v: dict) -> audits.FindingRow:
        if v["kind"] != ChecklistResult.NONCONFORM:
            v["severity"] = None
        return super()._save_values(v)

    def add_line(self, ctx, audit_id: int, v: dict) -> audits.FindingRow:
        return audits.add_finding(ctx, audit_id, checklist_item_id=self.source.id if self.source else None, **v)


class CompleteAuditDialog(FormDialog):
    """Record the audit as held (đã thực hiện), with the report summary."""

    def __init__(self, env, detail: audits.AuditDetail, parent: QWidget | None = None) -> None:
        super().__init__("", lambda v: audits.complete_audit(env.ctx.editing(detail.stamp), detail.row.id, **v), parent)
        self.setWindowTitle(self.tr("Record the audit as held"))
        self.add_field("start_date", self.tr("Held from"), DateEdit(optional=False), required=True)
        self.add_field("end_date", self.tr("Held until"), DateEdit())
        self.add_field("report_summary", self.tr("Report summary"), text_edit(120))
        start = detail.start_date or (detail.planned_date if detail.planned_date <= env.ctx.today else env.ctx.today)
        self.set_values({"start_date": start, "end_date": detail.end_date, "report_summary": detail.report_summary})


class ApproveReportDialog(FormDialog):
    def __init__(self, env, detail: audits.AuditDetail, parent: QWidget | None = None) -> None:
        super().__init__("", lambda v: audits.approve_report(env.ctx.editing(detail.stamp), detail.row.id, **v), parent)
        self.detail = detail
        self.setWindowTitle(self.tr("Approve the audit report"))
        self.set_intro(self.tr("The report of “%1” (held %2).").replace("%1", detail.row.title)  # which one (QA 26 G16)
                       .replace("%2", format_date(detail.start_date)))
        self.add_field("approved_by", self.tr("Approved by"), QLineEdit(), required=True)
        self.add_field("approved_date", self.tr("Approved on"), DateEdit(optional=False))
        actor = env.ctx.actor
        self.set_values({"approved_by": actor.full_name if actor.username != "system" else "",
                         "approved_date": env.ctx.today})
        self.buttons.button(self.buttons.StandardButton.Save).setText(self.tr("&Approve"))

    def accept(self) -> None:
        text = self.tr("Approve the report of “%1” (held %2)?").replace("%1", self.detail.row.title) \
            .replace("%2", format_date(self.detail.start_date))
        if prompts.confirm(self, text, self.tr("Approve report")):
            super().accept()
