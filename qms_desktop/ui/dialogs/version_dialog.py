"""Issue a new version of a procedure (Ban hành phiên bản mới) and approve a draft version (Phê duyệt)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QLineEdit, QWidget

from qms_desktop.domain.errors import QmsError
from qms_desktop.domain.model import ProcedureKind
from qms_desktop.i18n import format_date
from qms_desktop.services import procedures
from qms_desktop.ui.dialogs import prompts
from qms_desktop.ui.dialogs.form_dialog import FormDialog, _error_label, edited_signal, text_edit
from qms_desktop.ui.widgets.date_edit import DateEdit
from qms_desktop.ui.widgets.steps_editor import StepsEditor


class VersionDialog(FormDialog):
    """Drafts version N+1 with its sign-off (Soạn thảo / Xem xét) and, for a TTHC procedure, its steps,
    pre-filled from the current version. It takes effect when a leader approves it.

    With ``version`` (a draft): edits its dates, sign-off and summary; its steps are edited on the Steps tab."""

    def __init__(self, env, detail: procedures.ProcedureDetail, *, limit_text: str = "",
                 version: procedures.VersionRow | None = None, parent: QWidget | None = None) -> None:
        super().__init__("", self._save_values, parent, scroll=version is None)
        self.env, self.detail, self.version = env, detail, version
        if version is None:
            number = max((v.number for v in detail.versions), default=0) + 1
            self.setWindowTitle(self.tr("Issue version %1 of %2").replace("%1", str(number)).replace("%2", detail.row.code))
            self.set_intro(self.tr("The new version is saved as a draft. It takes effect when a leader approves it; "
                                   "the current version then becomes obsolete from the day before."))
        else:
            self.setWindowTitle(self.tr("Edit version %1 of %2").replace("%1", str(version.number))
                                .replace("%2", detail.row.code))
            self.set_intro(self.tr("The steps of the draft are edited on the Steps tab."))
        self.add_field("issue_date", self.tr("Issued on"), DateEdit())
        self.add_field("effective_date", self.tr("Effective from"), DateEdit())
        self.sign = {}
        group = QGroupBox(self.tr("Sign-off"))
        grid = QGridLayout(group)
        grid.addWidget(QLabel(self.tr("Full name")), 0, 1)
        grid.addWidget(QLabel(self.tr("Title")), 0, 2)
        grid.addWidget(QLabel(self.tr("Date")), 0, 3)
        for index, (key, caption) in enumerate((("drafted", self.tr("Drafted by")), ("reviewed", self.tr("Reviewed by")))):
            row = 1 + 2 * index  # each person's line, then the refusal of its date under it (a date out of order)
            name, title, date = QLineEdit(), QLineEdit(), DateEdit()
            for w, suffix in ((name, "by"), (title, "title"), (date, "date")):
                w.setObjectName(f"field_{key}_{suffix}")
                self.editors[f"{key}_{suffix}"] = w
                (w.dateChanged if w is date else w.textChanged).connect(self.fields._touch)
            error = self.fields.errors[f"{key}_date"] = _error_label(f"error_{key}_date")
            edited_signal(date).connect(lambda *_a, n=f"{key}_date": self.fields._edited(n))
            lbl = QLabel(caption)
            lbl.setBuddy(name)
            grid.addWidget(lbl, row, 0)
            grid.addWidget(name, row, 1)
            grid.addWidget(title, row, 2)
            grid.addWidget(date, row, 3)
            grid.addWidget(error, row + 1, 1, 1, 3)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(2, 2)
        self.form.addRow(group)
        self.add_field("change_summary", self.tr("What changed"), text_edit(56))
        if version is not None:
            self.set_values({k: getattr(version, k) for k in self.editors})
            self.resize(760, 420)
        else:
            self._add_steps(limit_text)
            self.set_values({"issue_date": env.ctx.today, "drafted_date": env.ctx.today,
                             "drafted_by": env.ctx.actor.full_name if env.ctx.actor.username != "system" else ""})
            # A version issued earlier, recorded now: the drafting date follows the issue date typed until it is
            # typed itself (QA 53 F5: today's drafting date refused the real issue date as "before the drafting").
            self._drafted_auto = True
            edited_signal(self.editors["drafted_date"]).connect(lambda *_a: setattr(self, "_drafted_auto", False))
            self.editors["issue_date"].dateChanged.connect(self._issue_date_changed)
            # the steps table's 'what is done' needs the width (QA 26 G4); a procedure without steps (a system
            # procedure) is sized to its fields, not left half empty (QA 63 F7)
            self.resize(*((1040, 680) if "steps" in self.editors else (760, 460)))

    def _issue_date_changed(self, day) -> None:
        if self._drafted_auto and day is not None and day < self.env.ctx.today:
            self.editors["drafted_date"].set_value(day)

    def _add_steps(self, limit_text: str) -> None:
        """The steps of the new version, pre-filled from the current one."""
        detail = self.detail
        self.steps_editor = StepsEditor()
        self.steps_editor.setMinimumHeight(230)
        cur = _latest(detail)
        self.steps_editor.set_steps(cur.steps if cur else ())
        self.steps_editor.set_limit(detail.legal_limit_days, limit_text, has_tthc=bool(detail.tthc_ids))
        if detail.row.kind == ProcedureKind.TTHC or (cur and cur.steps):
            self.add_field("steps", self.tr("Steps"), self.steps_editor)

    def values(self) -> dict:
        v = super().values()
        if self.version is None:
            v["steps"] = tuple(self.steps_editor.steps())
        return v

    def _save_values(self, v: dict) -> procedures.VersionRow:
        if self.version is not None:
            return procedures.update_version(self.env.ctx.editing(self.version.stamp), self.version.id, **v)
        return procedures.add_version(self.env.ctx, self.detail.row.id, procedures.VersionInput(**v))


def _latest(detail: procedures.ProcedureDetail) -> procedures.VersionRow | None:
    effective = [v for v in detail.versions if v.status == "effective"]
    if effective:
        return effective[-1]
    return detail.versions[-1] if detail.versions else None


class ApproveDialog(FormDialog):
    """Phê duyệt: who approves, when, and from when the version is effective; asks once more before saving."""

    def __init__(self, env, detail: procedures.ProcedureDetail, version: procedures.VersionRow,
                 parent: QWidget | None = None) -> None:
        super().__init__("", self._save_values, parent)
        self.env, self.detail, self.version = env, detail, version
        self.setWindowTitle(self.tr("Approve version %1 of %2").replace("%1", str(version.number))
                            .replace("%2", detail.row.code))
        self.previous = [v for v in detail.versions if v.status == "effective"]
        self.add_field("approved_by", self.tr("Approved by"), QLineEdit(), required=True)
        self.add_field("approved_title", self.tr("Title"), QLineEdit())
        self.add_field("approved_date", self.tr("Approved on"), DateEdit(optional=False))
        self.add_field("effective_date", self.tr("Effective from"), DateEdit(optional=False))
        actor = env.ctx.actor
        self._titles, head_name, _head_title = _known_titles(env.ctx)
        # A leader approving in the application approves in person; otherwise the secretary records the approval of
        # the commune's head (QA 53 F2: the secretary's own name was offered, with the chairman's title).
        leading = actor.username != "system" and str(actor.role) == "leader"
        approver = (actor.full_name if leading else "") or head_name
        # approved by the day it was issued at the latest (a version issued earlier and recorded now: QA 53 F5)
        approved = min(env.ctx.today, version.issue_date) if version.issue_date else env.ctx.today
        self.set_values({"approved_by": approver, "approved_title": self._title_for(approver),
                         "approved_date": approved,
                         "effective_date": version.effective_date or env.ctx.today})
        # The title follows the approver's name (from the agency profile or the staff list) until typed by hand.
        self._title_auto = True
        self.editors["approved_title"].textEdited.connect(lambda _t: setattr(self, "_title_auto", False))
        self.editors["approved_by"].textEdited.connect(self._approver_changed)
        self.buttons.button(self.buttons.StandardButton.Save).setText(self.tr("&Approve"))
        intro = self.tr("After approval version %1 is effective.").replace("%1", str(version.number))
        if self.previous:
            intro += " " + self.tr("Version %1 becomes obsolete (Hết hiệu lực) from the day before.").replace(
                "%1", ", ".join(str(v.number) for v in self.previous))
        self.set_intro(intro)

    def _title_for(self, name: str) -> str:
        from qms_desktop.domain.text import fold

        return self._titles.get(fold(name), "") if name.strip() else ""  # a name found nowhere: typed by hand

    def _approver_changed(self, name: str) -> None:
        if self._title_auto:
            self.editors["approved_title"].setText(self._title_for(name))

    def accept(self) -> None:
        try:
            eff: dt.date = self.editors["effective_date"].value()
        except QmsError as exc:
            self.show_error(exc)
            return
        text = self.tr("Approve version %1 of %2, effective from %3?").replace("%1", str(self.version.number)) \
            .replace("%2", self.detail.row.code).replace("%3", format_date(eff))
        if self.previous:
            text += "\n" + self.tr("Version %1 will be obsolete from %2. This cannot be undone.").replace(
                "%1", ", ".join(str(v.number) for v in self.previous)).replace(
                "%2", format_date(eff - dt.timedelta(days=1)))
        if not prompts.confirm(self, text, self.tr("Approve version")):
            return
        super().accept()

    def _save_values(self, v: dict) -> procedures.VersionRow:
        return procedures.approve_version(self.env.ctx.editing(self.version.stamp), self.version.id, **v)



def _known_titles(ctx) -> tuple[dict[str, str], str, str]:
    """(folded full name → title from the staff list and the agency profile, which wins; the chairman's
    name; the chairman's title)."""
    from qms_desktop.domain.text import fold
    from qms_desktop.services import agency, records

    out: dict[str, str] = {}
    for row in records.list_records(ctx, "staff"):
        name, title = row.values.get("full_name") or "", row.values.get("title") or ""
        if name and title:
            out[fold(name)] = title
    profile = agency.get_profile(ctx)
    if profile is None:
        return out, "", ""
    for name, title in ((profile.iso_rep_name, profile.iso_rep_title), (profile.head_name, profile.head_title)):
        if name and title:
            out[fold(name)] = title
    return out, profile.head_name or "", profile.head_title or ""
