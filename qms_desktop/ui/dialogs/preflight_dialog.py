"""The pre-flight before finalising a report: refusals to fix, warnings the leader acknowledges one by one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget,
)

from qms_desktop.services import reports
from qms_desktop.ui.widgets.layout import vbox
from qms_desktop.ui.translations import translated as _t

RED = "#b00020"



class _TickingLabel(QLabel):
    """A warning's sentence: clicking it ticks or unticks its box, as clicking a check box's own text does (QA 63 F1:
    only the 14-pixel square did)."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.button() == Qt.MouseButton.LeftButton and self.buddy() is not None:
            self.buddy().toggle()
        super().mouseReleaseEvent(event)

class PreflightDialog(QDialog):
    """Lists the findings of ``reports.preflight``; Finalise is enabled only when there is no refusal and
    every warning is ticked (each acknowledgement is recorded on the report with the leader's name)."""

    def __init__(self, found: reports.Preflight, number_text: str, leader: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.found = found
        self.setWindowTitle(self.tr("Finalise report %1").replace("%1", number_text))
        self.resize(720, 520)
        intro = QLabel(self.tr("Before the report is frozen and signed, check what it states. A refusal must be "
                               "fixed first; each warning must be acknowledged, and the acknowledgement is recorded "
                               "with your name (%1).").replace("%1", leader))
        intro.setWordWrap(True)
        body = QWidget()
        rows = QVBoxLayout(body)
        self.checks: dict[str, QCheckBox] = {}
        for f in found.refusals:
            label = QLabel(f"✗ {f.render(_t)}")
            label.setObjectName(f"refusal_{f.code}")
            label.setWordWrap(True)
            label.setStyleSheet(f"color: {RED};")
            rows.addWidget(label)
        for f in found.warnings:
            line = QHBoxLayout()
            box = QCheckBox()
            box.setObjectName(f"ack_{f.code}")
            box.setToolTip(self.tr("I acknowledge this and sign the report as it stands"))
            box.toggled.connect(self._update)
            text = _TickingLabel(f.render(_t))
            text.setObjectName(f"ack_text_{f.code}")
            text.setWordWrap(True)
            text.setBuddy(box)
            box.setAccessibleName(text.text())  # a screen reader reads the warning, not "check box"
            line.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
            line.addWidget(text, 1)
            rows.addLayout(line)
            self.checks[f.code] = box
        self.all_box: QCheckBox | None = None
        if len(self.checks) > 1:  # one tick for the lot, each code still recorded one by one
            self.all_box = QCheckBox(self.tr("I have read every warning above and acknowledge them all"))
            self.all_box.setObjectName("ack_all")
            self.all_box.toggled.connect(lambda on: [b.setChecked(on) for b in self.checks.values()])
            rows.addWidget(self.all_box)
        if found.clean:
            rows.addWidget(QLabel(self.tr("Nothing to acknowledge: the report states what the records hold.")))
        rows.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.StyledPanel)
        scroll.setWidget(body)
        footer = QLabel(self.tr("Once finalised, the content is frozen: later changes to the records do not alter "
                                "it, and a correction needs a new version."))
        footer.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.finalize_button = self.buttons.addButton(self.tr("&Finalise"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.finalize_button.setObjectName("finalize")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        vbox(intro, (scroll, 1), footer, self.buttons, parent=self)
        self._update()

    def _update(self, *_a) -> None:
        ready = not self.found.refusals and all(b.isChecked() for b in self.checks.values())
        self.finalize_button.setEnabled(ready)

    def acknowledge_all(self) -> None:
        for box in self.checks.values():
            box.setChecked(True)

    def acknowledged(self) -> list[str]:
        return [code for code, box in self.checks.items() if box.isChecked()]
