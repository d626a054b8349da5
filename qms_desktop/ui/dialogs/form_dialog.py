"""A dialog made of labelled fields whose ``save`` callback calls a service.

A refusal (ValidationError) is shown in red under the field it names; other refusals as a
translated message. Subclasses add rows with ``add_field`` and may override ``values``.
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QScrollArea, QSpinBox, QVBoxLayout, QWidget,
)

from qms_desktop.domain.errors import QmsError
from qms_desktop.i18n import QT_TRANSLATE_NOOP
from qms_desktop.ui.style import set_read_only
from qms_desktop.ui.dialogs import prompts
from qms_desktop.ui.widgets.check_list import CheckList
from qms_desktop.ui.widgets.date_edit import DateEdit
from qms_desktop.ui.widgets.layout import dialog_buttons, give_mnemonics, with_error


def t(context: str, text: str) -> str:
    """Translate a Qt-free source string (labels of codes, field captions, errors) where it is shown."""
    return QCoreApplication.translate(context, text) or text


_t = t


def read_widget(w: QWidget) -> Any:
    if isinstance(w, QPlainTextEdit):
        return w.toPlainText()
    if isinstance(w, DateEdit):
        return w.value()
    if isinstance(w, QCheckBox):
        return w.isChecked()
    if isinstance(w, QComboBox):
        data = w.currentData()
        return w.currentText() if data is None and w.isEditable() else data
    if isinstance(w, (QSpinBox, QDoubleSpinBox)):
        return w.value()
    if isinstance(w, CheckList):
        return w.checked_ids()
    if isinstance(w, QLineEdit):
        return w.text()
    if callable(getattr(w, "value", None)):  # composite editors (e.g. the steps editor)
        return w.value()
    raise TypeError(type(w))


def write_widget(w: QWidget, value: Any) -> None:
    if isinstance(w, QPlainTextEdit):
        w.setPlainText(value or "")
    elif isinstance(w, DateEdit):
        w.set_value(value)
    elif isinstance(w, QCheckBox):
        w.setChecked(bool(value))
    elif isinstance(w, QComboBox):
        i = w.findData(value)
        if i < 0 and w.isEditable():
            w.setEditText("" if value is None else str(value))
        else:
            w.setCurrentIndex(max(i, 0))
    elif isinstance(w, (QSpinBox, QDoubleSpinBox)):
        w.setValue(value or 0)
    elif isinstance(w, CheckList):
        w.set_checked(value or ())
    elif isinstance(w, QLineEdit):
        w.setText("" if value is None else str(value))
        w.setCursorPosition(0)  # a value longer than the field shows its beginning, not its end


def _changed_signal(w: QWidget):
    for name in ("textChanged", "dateChanged", "toggled", "currentIndexChanged", "valueChanged", "changed"):
        sig = getattr(w, name, None)
        if sig is not None:
            return sig
    return None


def edited_signal(w: QWidget):
    """The signal a user's edit of ``w`` emits (typing in a date field, not only a finished date)."""
    if isinstance(w, DateEdit):
        return w.edit.textEdited
    return _changed_signal(w)


def is_empty(w: QWidget) -> bool:
    """True when a required editor holds nothing (blank text, no choice, no date typed)."""
    if isinstance(w, QPlainTextEdit):
        return not w.toPlainText().strip()
    if isinstance(w, DateEdit):
        return not w.text().strip()
    if isinstance(w, QComboBox):
        return w.currentData() is None and not (w.isEditable() and w.currentText().strip())
    if isinstance(w, CheckList):
        return not w.checked_ids()
    if isinstance(w, QLineEdit):
        return not w.text().strip()
    return False


REQUIRED = QT_TRANSLATE_NOOP("Errors", "{field_label} is required.")
MISSING = QT_TRANSLATE_NOOP("Dialogs", "Fill in the required fields: %1.")


def required_message(caption: str) -> str:
    return t("Errors", REQUIRED).format(field_label=caption)


def missing_message(captions: list[str]) -> str:
    return t("Dialogs", MISSING).replace("%1", ", ".join(captions))


def plain_caption(caption: str) -> str:
    """'&Due date: *' → 'Due date'."""
    text = caption.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()
    text = text.removesuffix("*").strip()
    return text.removesuffix(":").strip()


def text_edit(height: int = 64) -> QPlainTextEdit:
    w = QPlainTextEdit()
    w.setTabChangesFocus(True)
    w.setFixedHeight(height)
    return w


def code_items(enum) -> list[tuple[str, str]]:
    """(code, label) for every member of a code enum, for ``combo``."""
    from qms_desktop.domain.model import label

    return [(c.value, t("Labels", label(c.value))) for c in enum]


def combo(items: list[tuple[Any, str]], *, empty: str | None = None, editable: bool = False) -> QComboBox:
    """A combo box of (data, text); ``empty`` adds a first "no value" entry."""
    w = QComboBox()
    w.setEditable(editable)
    # long entries ("QT-05 — Quy trình …") must not widen the dialog; the popup shows them whole
    w.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    w.setMinimumContentsLength(16)
    if empty is not None:
        w.addItem(empty, None)
    for data, text in items:
        w.addItem(text, data)
    return w


class FieldForm(QWidget):
    """Labelled editors with an error line under each; usable inside a page or a dialog.

    ``show_error(exc)`` puts a refusal under the field it names (or one of its ``error_names``),
    else in ``general_error`` (which the owner places where it wants).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editors: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self._error_alias: dict[str, str] = {}
        self.required: dict[str, str] = {}  # name → caption of the fields that must be filled in
        self._dirty = False
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.general_error = _error_label("error_general")

    def add_field(self, name: str, caption: str, widget: QWidget, *, required: bool = False,
                  error_names: tuple[str, ...] = ()) -> QWidget:
        """Add a labelled editor; errors for ``name`` (and ``error_names``) appear under it."""
        widget.setObjectName(f"field_{name}")
        self.editors[name] = widget
        error = _error_label(f"error_{name}")
        self.errors[name] = error
        for alias in error_names:
            self._error_alias[alias] = name
        label = QLabel(caption + (" *" if required else ""))
        label.setBuddy(widget)
        self.form.addRow(label, with_error(widget, error))
        sig = _changed_signal(widget)
        if sig is not None:
            sig.connect(self._touch)
        if required:
            self.required[name] = plain_caption(caption)
        edited = edited_signal(widget)
        if edited is not None:
            edited.connect(lambda *_a, n=name: self._edited(n))
        return widget

    def _edited(self, name: str) -> None:
        """The user changed the field: its message goes (she is fixing it); so does the list of missing
        fields once none is missing."""
        self.errors[name].hide()
        if self.general_error.property("missing") and not self.missing():
            self.general_error.hide()
            self.general_error.setProperty("missing", False)

    def missing(self) -> list[str]:
        """Names of the required fields left empty, in form order."""
        return [n for n in self.required if n in self.editors and self.editors[n].isEnabled()
                and is_empty(self.editors[n])]

    def check_required(self) -> bool:
        """Name every empty required field under itself and in one line; False if any is empty."""
        missing = self.missing()
        if not missing:
            return True
        self.clear_errors()
        for n in missing:
            self.errors[n].setText(required_message(self.required[n]))
            self.errors[n].show()
        self.general_error.setText(missing_message([self.required[n] for n in missing]))
        self.general_error.setProperty("missing", True)
        self.general_error.show()
        self.editors[missing[0]].setFocus()
        return False

    def _touch(self, *_a) -> None:
        self._dirty = True

    @property
    def dirty(self) -> bool:
        return self._dirty

    def mark_clean(self) -> None:
        self._dirty = False

    def set_values(self, values: dict) -> None:
        for name, value in values.items():
            if name in self.editors:
                write_widget(self.editors[name], value)
        self._dirty = False

    def values(self) -> dict:
        return {name: read_widget(w) for name, w in self.editors.items()}

    def clear_errors(self) -> None:
        for lbl in self.errors.values():
            lbl.hide()
        self.general_error.hide()
        self.general_error.setProperty("missing", False)

    def show_error(self, exc: QmsError) -> None:
        self.clear_errors()
        text = exc.render(_t)
        name = getattr(exc, "field", None)
        name = self._error_alias.get(name, name)
        own = getattr(self.editors.get(name), "error_text", None)
        # a field that already says under it what is wrong with what was typed: not said twice (QA 53 F9)
        says_itself = own is not None and bool(own())
        if name in self.errors and not says_itself:
            self.errors[name].setText(text)
            self.errors[name].show()
        if name in self.errors or says_itself:
            self.editors[name].setFocus()
        else:
            self.general_error.setText(text)
            self.general_error.show()

    def error_text(self) -> str:
        """The error shown now ('' if none): tests and screen readers."""
        shown = [lbl.text() for lbl in [*self.errors.values(), self.general_error] if not lbl.isHidden()]
        return "\n".join(shown)

    def set_editable(self, editable: bool) -> None:
        """Read only without greying text out (closed records stay legible); other editors are disabled."""
        for w in self.editors.values():
            if isinstance(w, (QLineEdit, QPlainTextEdit)):
                set_read_only(w, not editable)
            else:
                w.setEnabled(editable)


def _error_label(name: str) -> QLabel:
    lbl = QLabel()
    lbl.setObjectName(name)
    lbl.setStyleSheet("color: #b00020;")
    lbl.setWordWrap(True)
    lbl.hide()
    return lbl




class FormDialog(QDialog):
    """``save(values)`` must return the saved row or raise QmsError; on success the dialog closes."""

    def __init__(self, title: str, save: Callable[[dict], Any] | None = None, parent: QWidget | None = None,
                 *, scroll: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._save = save
        self.result_row: Any = None
        self.fields = FieldForm()
        self.editors, self.errors, self.form = self.fields.editors, self.fields.errors, self.fields.form
        self.general_error = self.fields.general_error
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.hide()
        self.buttons = dialog_buttons(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self.accept, self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.intro)
        if scroll:
            area = QScrollArea()
            area.setWidgetResizable(True)
            area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            area.setWidget(self.fields)
            lay.addWidget(area, 1)
        else:
            lay.addWidget(self.fields, 1)
        lay.addWidget(self.general_error)
        lay.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def set_intro(self, text: str) -> None:
        self.intro.setText(text)
        self.intro.setVisible(bool(text))

    _focus_arranged = False

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._focus_arranged:
            self._focus_arranged = True
            self._fields_first()
            give_mnemonics(self, self.fields)


    def _fields_first(self) -> None:
        """The dialog opens on its first field and Tab reaches Save and Cancel last (the buttons are made
        before the fields, so Qt's chain began with them: Enter saved an empty form)."""
        fields = []
        w = self.nextInFocusChain()
        while w is not None and w is not self and len(fields) < 500:
            if (self.fields.isAncestorOf(w) and w.isEnabled() and w.isVisibleTo(self)
                    and w.focusPolicy() & Qt.FocusPolicy.TabFocus):
                fields.append(w)
            w = w.nextInFocusChain()
        buttons = [b for b in self.buttons.buttons() if b.isVisibleTo(self)]
        if not fields:
            return
        previous = fields[-1]
        for b in buttons:
            QWidget.setTabOrder(previous, b)
            previous = b
        focused = self.focusWidget()
        if focused is None or focused in buttons or not self.fields.isAncestorOf(focused):
            fields[0].setFocus(Qt.FocusReason.TabFocusReason)

    def add_field(self, name: str, caption: str, widget: QWidget, *, required: bool = False,
                  error_names: tuple[str, ...] = ()) -> QWidget:
        return self.fields.add_field(name, caption, widget, required=required, error_names=error_names)

    @property
    def dirty(self) -> bool:
        return self.fields.dirty

    def mark_clean(self) -> None:
        self.fields.mark_clean()

    def set_values(self, values: dict) -> None:
        self.fields.set_values(values)

    def values(self) -> dict:
        return self.fields.values()

    def clear_errors(self) -> None:
        self.fields.clear_errors()

    def show_error(self, exc: QmsError) -> None:
        """Under its field when the error names one here, else above the buttons; the dialog grows to show it whole
        (QA 53 F4: a message of two wrapped lines was cut to half a line, and a field squeezed under it)."""
        self.fields.show_error(exc)
        self.fit_height()

    def fit_height(self) -> None:
        """As tall as its contents need at its width (a wrapped message shown since), never shorter."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        need = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else layout.totalSizeHint().height()
        need = max(need, layout.totalMinimumSize().height())
        if need > self.height():
            self.resize(self.width(), need)

    def error_text(self) -> str:
        return self.fields.error_text()

    def accept(self) -> None:
        if self._save is not None:
            if not self.fields.check_required():
                return
            try:
                self.result_row = self._save(self.values())
            except QmsError as exc:
                self.show_error(exc)
                return
        super().accept()

    def reject(self) -> None:
        if self.dirty and not prompts.confirm(self, self.tr("Discard the changes you made?"),
                                              self.tr("Unsaved changes")):
            return
        super().reject()


class LineDialog(FormDialog):
    """A new line of ``detail``'s record (``line`` None: a corrective action, a review output, an amendment…) or
    ``line`` edited; ``source``, where given, is what a new line starts from (the checklist item a finding is
    recorded from). Saving calls ``add_line(ctx, record_id, values)`` or ``update_line(ctx, line_id, values)``, the
    latter with the context that carries the line's stamp (refused when someone else changed the line since it was
    read).

    A subclass declares, instead of a constructor: ``new_title`` and ``edit_title`` (``QT_TRANSLATE_NOOP`` in its own
    context; ``%1`` stands for the record's ``named_by`` attribute, its number or code); ``build(env, detail)``, which
    adds the fields; ``new_values(env, detail)``, a new line's starting values; and, where a line's attributes are
    not its fields' values as they are, ``line_values(line)``. A subclass whose fields are its service's arguments
    declares the services too: ``add = staticmethod(service.add_x)``, ``update = staticmethod(service.update_x)``,
    and in ``clears`` the fields whose emptied value the update takes as a flag (``{"due_date": "clear_due_date"}``:
    an empty due date removes it)."""

    add: Callable[..., Any]
    update: Callable[..., Any]
    clears: dict[str, str] = {}
    new_title = ""
    edit_title = ""
    named_by = ""

    def __init__(self, env, detail: Any, parent: QWidget | None = None, line: Any | None = None,
                 source: Any | None = None, **kwargs) -> None:
        super().__init__("", self._save_values, parent, **kwargs)
        self.env, self.detail, self.line, self.source = env, detail, line, source
        name = str(getattr(detail.row, self.named_by, "")) if self.named_by else ""
        self.setWindowTitle(self.tr(self.new_title if line is None else self.edit_title).replace("%1", name))
        self.build(env, detail)
        self.set_values(self.new_values(env, detail) if line is None else self.line_values(line))
        self.mark_clean()  # what the dialog fills in is not a change the user made

    def build(self, env, detail: Any) -> None:
        raise NotImplementedError

    def new_values(self, env, detail: Any) -> dict:
        return {}

    def line_values(self, line: Any) -> dict:
        return {name: getattr(line, name) for name in self.editors}

    def add_line(self, ctx, record_id: int, values: dict) -> Any:
        return self.add(ctx, record_id, **values)

    def update_line(self, ctx, line_id: int, values: dict) -> Any:
        return self.update(ctx, line_id, **values, **{flag: values[name] is None for name, flag in self.clears.items()})

    def _save_values(self, values: dict) -> Any:
        if self.line is None:
            return self.add_line(self.env.ctx, self.detail.row.id, values)
        return self.update_line(self.env.ctx.editing(self.line.stamp), self.line.id, values)


class DoneDialog(FormDialog):
    """A line of a record (a corrective action, a review output) marked done: its description above, the date done
    (today) and, where ``result_text`` is set, a field for what it achieved. Subclasses set ``title_text`` and
    ``result_text`` (marked ``QT_TRANSLATE_NOOP`` in their own context) and ``complete(ctx, line_id, **values)``."""

    title_text = ""
    result_text = ""
    complete: Callable[..., Any]

    def __init__(self, env, line: Any, parent: QWidget | None = None) -> None:
        super().__init__("", lambda v: self.complete(env.ctx.editing(line.stamp), line.id, **v), parent)
        self.setWindowTitle(self.tr(self.title_text))
        self.set_intro(line.description)
        self.add_field("done_date", self.tr("Done on"), DateEdit(optional=False), required=True)
        if self.result_text:
            self.add_field("result", self.tr(self.result_text), text_edit(60))
        self.set_values({"done_date": env.ctx.today})
