"""The one date field of the application: typed as the clerk types it, checked in place, calendar on demand.

Typing ``15062026``, ``15/6/2026``, ``15-06-2026``, ``15.06.2026`` or ``15/06/26`` gives 15/06/2026,
whether the field was empty or held a date. A date that does not exist (31/02/2026) is never
replaced by another: the text stays as typed, a red message under the field says why, and Tab or
Enter leave the focus in the field. An optional date is emptied with Delete. Up/Down move the date
by a day; Alt+Down (or F4, or the button) opens the calendar.

``value()`` raises ValidationError (naming the field) while the text is not a date, so a form that
saves never saves something other than what is shown.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from PySide6.QtCore import QDate, QEvent, QObject, QRegularExpression, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCalendarWidget, QLabel, QLineEdit, QMenu, QSizePolicy, QToolButton, QWidget,
    QWidgetAction,
)

from qms_desktop.domain.errors import ValidationError
from qms_desktop.domain.schema import MAX_DATE, MIN_DATE
from qms_desktop.i18n import QT_TRANSLATE_NOOP
from qms_desktop.ui.widgets.layout import hbox, vbox

NOT_A_DATE = QT_TRANSLATE_NOOP("Errors", "“{value}” is not a date: type day, month and year, e.g. 15/06/2026.")
NOT_A_DAY_MONTH = QT_TRANSLATE_NOOP("Errors", "“{value}” is not a day and month: type e.g. 20/06.")
NO_SUCH_MONTH = QT_TRANSLATE_NOOP("Errors", "There is no {value}: a month is numbered 1 to 12.")
NO_SUCH_DAY = QT_TRANSLATE_NOOP("Errors", "There is no {value}: month {month} of {year} has {days} days.")
NO_DAY_ZERO = QT_TRANSLATE_NOOP("Errors", "There is no {value}: the days of a month are numbered from 1.")
NO_SUCH_DAY_MONTH = QT_TRANSLATE_NOOP("Errors", "There is no {value}: month {month} has at most {days} days.")
YEAR_RANGE = QT_TRANSLATE_NOOP("Errors", "{value}: a date must be between {first} and {last}.")
DATE_REQUIRED = QT_TRANSLATE_NOOP("Errors", "Type a date (day/month/year).")

_SEPARATORS = re.compile(r"[/\-. ]+")
_LEAP_YEAR = 2024  # day-and-month fields: 29/02 exists


def parse_typed_date(text: str, *, day_month: bool = False) -> dt.date | None:
    """The date the user typed; None for an empty text. ``day_month``: no year (the date is in 2024).

    Raises:
        ValidationError: the text is not a date, or names one that does not exist.
    """
    text = (text or "").strip()
    if not text:
        return None
    shown = text[:20]
    bad = ValidationError(NOT_A_DAY_MONTH if day_month else NOT_A_DATE, value=shown)
    if text.isdigit():
        if day_month:
            if len(text) != 4:
                raise bad
            parts = [text[:2], text[2:]]
        elif len(text) == 8:
            parts = [text[:2], text[2:4], text[4:]]
        elif len(text) == 6:
            parts = [text[:2], text[2:4], text[4:]]
        else:
            raise bad
    else:
        parts = [p for p in _SEPARATORS.split(text) if p]
        if not all(p.isdigit() for p in parts):
            raise bad
        if not day_month and len(parts) == 3 and len(parts[0]) == 4:  # ISO 2026-06-15
            parts = [parts[2], parts[1], parts[0]]
    if len(parts) != (2 if day_month else 3) or any(len(p) > 2 for p in parts[:2]):
        raise bad
    day, month = int(parts[0]), int(parts[1])
    if day_month:
        year = _LEAP_YEAR
    else:
        if len(parts[2]) == 2:  # '26' is 2026, '99' 1999: a two-digit year within the next 20 years, else last century
            year = 2000 + int(parts[2])
            if year > dt.date.today().year + 20:
                year -= 100
        elif len(parts[2]) == 4:
            year = int(parts[2])
        else:
            raise bad
    if not 1 <= month <= 12:
        raise ValidationError(NO_SUCH_MONTH, value=shown)
    if day == 0:  # not "month 1 has 31 days": the days of a month are numbered from 1
        raise ValidationError(NO_DAY_ZERO, value=shown)
    if not day_month and not MIN_DATE.year <= year <= MAX_DATE.year:
        raise _out_of_range(shown)
    days = calendar.monthrange(year, month)[1]
    if not 1 <= day <= days:
        if day_month:
            raise ValidationError(NO_SUCH_DAY_MONTH, value=f"{day:02d}/{month:02d}", month=month, days=days)
        raise ValidationError(NO_SUCH_DAY, value=f"{day:02d}/{month:02d}/{year}", month=month, year=year, days=days)
    value = dt.date(year, month, day)
    if not day_month and not MIN_DATE <= value <= MAX_DATE:  # the range every record's date is checked against
        raise _out_of_range(shown)
    return value


def _out_of_range(shown: str) -> ValidationError:
    return ValidationError(YEAR_RANGE, value=shown, first=MIN_DATE.strftime("%d/%m/%Y"),
                           last=MAX_DATE.strftime("%d/%m/%Y"))


def _translate(context: str, text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text) or text


class DateEdit(QWidget):
    """A date typed as dd/mm/yyyy (or picked on a calendar); empty allowed when ``optional``."""

    dateChanged = Signal(object)  # noqa: N815 - the name QDateEdit used; the new value (date or None)

    def __init__(self, parent: QWidget | None = None, *, optional: bool = True, day_month: bool = False) -> None:
        super().__init__(parent)
        self._optional = optional
        self._day_month = day_month
        self._value: dt.date | None = None
        self.edit = QLineEdit()
        self.edit.setObjectName("date_text")
        self.edit.setPlaceholderText(self.tr("dd/mm") if day_month else self.tr("dd/mm/yyyy"))
        self.edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9/.\- ]{0,12}"), self.edit))
        self.edit.setMaxLength(12)
        width = self.edit.fontMetrics().horizontalAdvance("00/00/00000" if not day_month else "00/000") + 24
        self.edit.setMinimumWidth(width)
        self.edit.setMaximumWidth(width + 40)
        self.edit.textEdited.connect(self._edited)
        self.edit.installEventFilter(self)
        self.calendar_button = QToolButton()
        self.calendar_button.setObjectName("date_calendar")
        self.calendar_button.setText("▾")
        self.calendar_button.setToolTip(self.tr("Choose on the calendar (Alt+Down)"))
        self.calendar_button.setAccessibleName(self.tr("Calendar"))
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from field to field
        self.calendar_button.clicked.connect(self.show_calendar)
        self.message = QLabel()
        self.message.setObjectName("date_error")
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        self.message.hide()
        row = hbox(self.edit, self.calendar_button, 1, margins=0, spacing=2)
        vbox(row, self.message, parent=self, margins=0, spacing=2)
        self.setFocusProxy(self.edit)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._menu: QMenu | None = None
        if not optional:
            self.set_value(dt.date.today() if not day_month else dt.date(_LEAP_YEAR, 1, 1))

    # -- value ---------------------------------------------------------------------------------------
    def text(self) -> str:
        return self.edit.text()

    def value(self) -> dt.date | None:
        """The date shown; None when empty (optional fields).

        Raises:
            ValidationError: the text is not a date (or a required date is empty); ``field`` names this field.
        """
        try:
            parsed = parse_typed_date(self.edit.text(), day_month=self._day_month)
        except ValidationError as exc:
            exc.field = self._field_name()
            raise
        if parsed is None and not self._optional:
            raise ValidationError(DATE_REQUIRED, field=self._field_name())
        return parsed

    def set_value(self, value: dt.date | None) -> None:
        if value is None and not self._optional:
            value = dt.date.today()
        self.edit.setText(self._format(value))
        self._hide_message()
        self._set(value)

    def is_valid(self) -> bool:
        try:
            self.value()
        except ValidationError:
            return False
        return True

    def error_text(self) -> str:
        return "" if self.message.isHidden() else self.message.text()

    def _format(self, value: dt.date | None) -> str:
        if value is None:
            return ""
        return value.strftime("%d/%m") if self._day_month else value.strftime("%d/%m/%Y")

    def _set(self, value: dt.date | None) -> None:
        if value != self._value:
            self._value = value
            self.dateChanged.emit(value)

    def _field_name(self) -> str:
        name = self.objectName()
        return name[len("field_"):] if name.startswith("field_") else name

    # -- typing ----------------------------------------------------------------------------------------
    def commit(self) -> bool:
        """Check what was typed: a date is shown as dd/mm/yyyy; anything else stays, with a message."""
        try:
            value = self.value()
        except ValidationError as exc:
            self._show_message(exc.render(_translate))
            return False
        self.edit.setText(self._format(value))
        self._hide_message()
        self._set(value)
        return True

    def _edited(self, _text: str) -> None:
        if not self.message.isHidden():  # the message goes as soon as the text is a date again
            try:
                parse_typed_date(self.edit.text(), day_month=self._day_month)
            except ValidationError:
                return
            self._hide_message()

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self.edit.setStyleSheet("QLineEdit { border: 2px solid #b00020; }")
        self.edit.setAccessibleDescription(text)

    def _hide_message(self) -> None:
        if not self.message.isHidden():
            self.message.hide()
            self.message.clear()
            self.edit.setStyleSheet("")
            self.edit.setAccessibleDescription("")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.edit:
            kind = event.type()
            if kind == QEvent.Type.KeyPress and self._key(event):
                return True
            if kind == QEvent.Type.FocusIn:
                QTimer.singleShot(0, self.edit, self.edit.selectAll)  # typing replaces the date, even after a click
                # (the context object: no call once the field is gone, a dialog closed at once)
            elif kind == QEvent.Type.FocusOut and self.isEnabled():
                if self._menu is None or not self._menu.isVisible():
                    self.commit()
        return super().eventFilter(watched, event)

    def _key(self, event: QKeyEvent) -> bool:
        """True when the key was handled here."""
        key, mods = event.key(), event.modifiers()
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if not self.commit():
                self.edit.selectAll()
                return True  # refused in place: the focus stays here
            return False
        if key == Qt.Key.Key_Delete and self._optional and not mods & Qt.KeyboardModifier.AltModifier:
            self.set_value(None)
            return True
        if (key == Qt.Key.Key_Down and mods & Qt.KeyboardModifier.AltModifier) or key == Qt.Key.Key_F4:
            self.show_calendar()
            return True
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not mods:
            if self.commit():
                base = self._value or (dt.date.today() if not self._day_month else dt.date(_LEAP_YEAR, 1, 1))
                step = dt.timedelta(days=1 if key == Qt.Key.Key_Up else -1)
                moved = base + step if self._value else base
                if self._day_month:
                    moved = moved.replace(year=_LEAP_YEAR)
                self.set_value(moved)
                self.edit.selectAll()
            return True
        return False

    # -- calendar --------------------------------------------------------------------------------------
    def show_calendar(self) -> None:
        if not self.isEnabled():
            return
        if self._menu is None:
            self._menu = QMenu(self)
            self.calendar = QCalendarWidget()
            self.calendar.setObjectName("date_calendar_popup")
            self.calendar.setGridVisible(True)
            self.calendar.clicked.connect(self._picked)
            self.calendar.activated.connect(self._picked)
            action = QWidgetAction(self._menu)
            action.setDefaultWidget(self.calendar)
            self._menu.addAction(action)
        try:
            current = parse_typed_date(self.edit.text(), day_month=self._day_month) or self._value
        except ValidationError:
            current = self._value
        current = current or dt.date.today()
        self.calendar.setSelectedDate(QDate(current.year, current.month, current.day))
        self._menu.popup(self.edit.mapToGlobal(self.edit.rect().bottomLeft()))
        self.calendar.setFocus()

    def _picked(self, date: QDate) -> None:
        if self._menu is not None:
            self._menu.close()
        value = dt.date(date.year(), date.month(), date.day())
        self.set_value(value.replace(year=_LEAP_YEAR) if self._day_month else value)
        self.edit.setFocus()
