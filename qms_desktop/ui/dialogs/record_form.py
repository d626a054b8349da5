"""A form built from a record's field specs: labels, validation messages next to the fields."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QLabel, QLineEdit,
    QMessageBox, QPlainTextEdit, QScrollArea, QSizePolicy, QSpinBox, QWidget,
)

from qms_desktop.domain import schema
from qms_desktop.domain.errors import QmsError, ValidationError
from qms_desktop.domain.model import label
from qms_desktop.ui.dialogs.form_dialog import (
    edited_signal, is_empty, missing_message, read_widget, required_message, write_widget,
)
from qms_desktop.ui.widgets.date_edit import DateEdit
from qms_desktop.ui.widgets.layout import dialog_buttons, mnemonic_letters, vbox, with_mnemonic
from qms_desktop.ui.translations import translated as _t


class FieldEditors(QWidget):
    """Editors for a list of FieldSpec; ``values()`` returns raw values, services validate them.

    ``ref_choices`` maps a referenced kind ("unit", "procedure"…) to [(id, label)].
    """

    def __init__(self, fields: tuple[schema.FieldSpec, ...], ref_choices: dict[str, list[tuple[int, str]]] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields = fields
        self.editors: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.required: dict[str, str] = {}  # name → caption
        self.labels: dict[str, QLabel] = {}
        self._dirty = False
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for f in fields:
            editor = self._editor(f, (ref_choices or {}).get(f.ref or "", []))
            editor.setObjectName(f"field_{f.name}")
            if f.hint and hasattr(editor, "setPlaceholderText"):  # a long label pushed the fields out (QA 26 G3)
                editor.setPlaceholderText(_t("Fields", f.hint))
                editor.setToolTip(_t("Fields", f.hint))
            self.editors[f.name] = editor
            error = QLabel()
            error.setObjectName(f"error_{f.name}")
            error.setStyleSheet("color: #b00020;")
            error.setWordWrap(True)
            error.hide()
            self.errors[f.name] = error
            box = QWidget()
            lay = vbox(editor, error, parent=box, margins=0, spacing=2)
            # A multi-line field stays beside its label: the row never takes the form's spare height.
            lay.setAlignment(Qt.AlignmentFlag.AlignTop)
            box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
            caption = _t("Fields", f.label) + (" *" if f.required else "")
            lbl = QLabel(caption)
            lbl.setBuddy(editor)
            self.labels[f.name] = lbl
            form.addRow(lbl, box)
            if f.required:
                self.required[f.name] = _t("Fields", f.label)
            edited = edited_signal(editor)
            if edited is not None:
                edited.connect(lambda *_a, n=f.name: self._edited(n))

    def _editor(self, f: schema.FieldSpec, refs: list[tuple[int, str]]) -> QWidget:
        if f.kind == schema.LONGTEXT:
            w = QPlainTextEdit()
            w.setTabChangesFocus(True)
            w.setFixedHeight(70)
            w.textChanged.connect(self._touch)
        elif f.kind == schema.DATE:
            w = DateEdit(optional=not f.required)
            w.dateChanged.connect(self._touch)
        elif f.kind == schema.BOOL:
            w = QCheckBox()
            w.toggled.connect(self._touch)
        elif f.kind in (schema.CHOICE, schema.REF):
            w = QComboBox()
            if f.kind == schema.CHOICE:
                for code in f.choices:
                    w.addItem(_t("Labels", label(code)), code)
            else:
                if not f.required:
                    w.addItem("", None)
                for ident, text in refs:
                    w.addItem(text, ident)
            w.currentIndexChanged.connect(self._touch)
        elif f.kind == schema.INT:
            w = QSpinBox()
            w.setRange(int(f.minimum if f.minimum is not None else -10**9), int(f.maximum if f.maximum is not None else 10**9))
            w.valueChanged.connect(self._touch)
        elif f.kind == schema.FLOAT:
            w = QDoubleSpinBox()
            w.setDecimals(2)
            w.setRange(f.minimum if f.minimum is not None else -1e9, f.maximum if f.maximum is not None else 1e9)
            w.valueChanged.connect(self._touch)
        else:
            w = QLineEdit()
            w.setMaxLength(f.max_len)
            w.textChanged.connect(self._touch)
        return w

    def _touch(self, *_a) -> None:
        self._dirty = True

    def _edited(self, name: str) -> None:
        self.errors[name].hide()  # she is fixing it: the old message goes

    def missing(self) -> list[str]:
        return [n for n in self.required if is_empty(self.editors[n])]

    def check_required(self) -> list[str]:
        """Show "X is required." under every empty required field; returns their captions."""
        missing = self.missing()
        for lbl in self.errors.values():
            lbl.hide()
        for n in missing:
            self.errors[n].setText(required_message(self.required[n]))
            self.errors[n].show()
        if missing:
            self.editors[missing[0]].setFocus()
        return [self.required[n] for n in missing]

    def error_text(self) -> str:
        return "\n".join(lbl.text() for lbl in self.errors.values() if not lbl.isHidden())

    @property
    def dirty(self) -> bool:
        return self._dirty

    def set_values(self, values: dict) -> None:
        for f in self.fields:  # the editors: text, date, check box, combo box (never editable), spin box, line
            write_widget(self.editors[f.name], values.get(f.name))
        self._dirty = False

    def propose(self, values: dict) -> None:
        """Start the given fields with a proposal (a new petition's next number): the others keep their defaults,
        and closing the form untouched asks nothing."""
        for name, value in values.items():
            if name in self.editors:
                write_widget(self.editors[name], value)
        self._dirty = False

    def values(self) -> dict:
        return {f.name: read_widget(self.editors[f.name]) for f in self.fields}

    def show_error(self, exc: ValidationError) -> bool:
        """Show the message next to its field; False if the error names no field here."""
        for lbl in self.errors.values():
            lbl.hide()
        text = exc.render(_t)
        if exc.field in self.errors:
            own = getattr(self.editors[exc.field], "error_text", None)
            if own is not None and own():  # the field already says what is wrong with what was typed: not twice
                self.editors[exc.field].setFocus()
                return True
            self.errors[exc.field].setText(text)
            self.errors[exc.field].show()
            self.editors[exc.field].setFocus()
            return True
        return False


class RecordFormDialog(QDialog):
    """Create or edit one record. ``save`` is called with the values and must raise QmsError on refusal."""

    def __init__(self, title: str, fields: tuple[schema.FieldSpec, ...], save, *, values: dict | None = None,
                 ref_choices: dict | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._save = save
        self.result_row = None
        self.editors = FieldEditors(fields, ref_choices, self)
        if values:
            self.editors.set_values(values)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.editors)
        self.buttons = dialog_buttons(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self.accept, self.reject)
        self.missing_label = QLabel()
        self.missing_label.setObjectName("error_missing")
        self.missing_label.setStyleSheet("color: #b00020;")
        self.missing_label.setWordWrap(True)
        self.missing_label.hide()
        for name in self.editors.required:
            edited = edited_signal(self.editors.editors[name])
            if edited is not None:
                edited.connect(lambda *_a: self.missing_label.setVisible(
                    not self.missing_label.isHidden() and bool(self.editors.missing())))
        vbox(scroll, self.missing_label, self.buttons, parent=self)
        # Alt+letter reaches each field (QA 18 F7), the letters of Save and Cancel left to them
        taken = mnemonic_letters(*(b.text() for b in self.buttons.buttons()))
        for lbl in self.editors.labels.values():
            lbl.setText(with_mnemonic(lbl.text(), taken))
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the dialog opens on its first field, not on the scroll area
        # room for a line of error under a field without a scroll bar (QA 18 F10)
        self.resize(620, min(700, self.editors.sizeHint().height() + 130))

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        focused = self.focusWidget()
        if focused is None or not self.editors.isAncestorOf(focused):
            first = next((e for e in self.editors.editors.values() if e.isEnabled()), None)
            if first is not None:
                first.setFocus(Qt.FocusReason.TabFocusReason)

    def error_text(self) -> str:
        shown = [self.editors.error_text(), "" if self.missing_label.isHidden() else self.missing_label.text()]
        return "\n".join(x for x in shown if x)

    def accept(self) -> None:
        missing = self.editors.check_required()
        self.missing_label.setText(missing_message(missing))
        self.missing_label.setVisible(bool(missing))
        if missing:
            return
        try:
            self.result_row = self._save(self.editors.values())
        except ValidationError as exc:
            if not self.editors.show_error(exc):
                QMessageBox.warning(self, self.tr("Cannot save"), exc.render(_t))
            return
        except QmsError as exc:
            QMessageBox.warning(self, self.tr("Cannot save"), exc.render(_t))
            return
        super().accept()

    def reject(self) -> None:
        if self.editors.dirty:
            box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unsaved changes"),
                              self.tr("Discard the changes you made?"),
                              QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel, self)
            box.setDefaultButton(QMessageBox.StandardButton.Cancel)
            if box.exec() != QMessageBox.StandardButton.Discard:
                return
        super().reject()
