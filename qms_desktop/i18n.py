"""Qt-free translation markers and Vietnamese formatting helpers.

Strings in code below the UI are English sources marked with ``QT_TRANSLATE_NOOP`` so that
``pyside6-lupdate`` extracts them; they are translated where they are shown (the GUI and the
CLI pass ``QCoreApplication.translate`` or a ``QTranslator``-backed callable).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
from typing import Callable, Iterator, Protocol

Translate = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - Qt's name, found by lupdate
    return text


def identity_translate(context: str, text: str) -> str:
    return text


def is_message(value: object) -> bool:
    return all(hasattr(value, name) for name in ("context", "message", "params")) and not isinstance(value, str)


class Message(Protocol):
    context: str
    message: str
    params: dict


def render_params(params: dict, translate: Translate = identity_translate) -> dict:
    """``params`` with each parameter that is itself a message (a period's name, say) rendered in its own context."""
    return {k: render(v, translate) if is_message(v) else v for k, v in params.items()}


def render(msg: Message, translate: Translate = identity_translate) -> str:
    """Translate a message source and fill its ``{placeholders}`` (message parameters rendered first)."""
    text = translate(msg.context, msg.message) or msg.message
    params = render_params(msg.params, translate)
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):
        return text


@contextlib.contextmanager
def argparse_speaking(translate: Translate) -> Iterator[None]:
    """argparse's own words ("usage", "options", its errors) through ``translate`` (context "Argparse") for the
    duration; argparse is left as it was."""
    saved = argparse._, argparse.ngettext
    argparse._ = lambda text: translate("Argparse", text) or text
    argparse.ngettext = lambda one, many, n: translate("Argparse", one if n == 1 else many) or (
        one if n == 1 else many)
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved


def local_time(at: dt.datetime) -> dt.datetime:
    """A moment as stored (naive UTC) in this computer's time zone (naive): what the user reads, and
    the day it falls on there (a package received at 05:37 in Hà Nội is received that day, not the
    day before as in UTC)."""
    return at.replace(tzinfo=dt.timezone.utc).astimezone().replace(tzinfo=None)


def format_date(value: dt.date | None) -> str:
    """dd/MM/yyyy, the form used on every screen and printout."""
    return value.strftime("%d/%m/%Y") if value else ""


def parse_date(text: str) -> dt.date:
    """Parse dd/MM/yyyy (also d/M/yyyy and ISO yyyy-MM-dd); ValueError if impossible."""
    text = text.strip()
    if len(text) == 10 and text[4] == "-" and text[7] == "-":
        return dt.date.fromisoformat(text)
    parts = text.replace(".", "/").replace("-", "/").split("/")
    if len(parts) != 3 or not all(p.isdigit() for p in parts) or len(parts[2]) != 4:
        raise ValueError(text)
    day, month, year = (int(p) for p in parts)
    return dt.date(year, month, day)


# Numbers on screen follow the interface's language (1.234,5 in Vietnamese, 1,234.5 in English); what is
# printed or saved into a record (reports, minutes) is always Vietnamese and formatted where it is written.
_NUMBER_LOCALES = {"vi": "vi_VN", "en": "en_GB"}
_number_locale = _NUMBER_LOCALES["vi"]


def set_number_language(language: str) -> None:
    """Called where the interface's language is chosen (the GUI's and the CLI's catalogs)."""
    global _number_locale
    _number_locale = _NUMBER_LOCALES.get(language, _NUMBER_LOCALES["vi"])


def format_number(value: float | int, decimals: int = 0) -> str:
    """A number as the interface's language writes it: 1.234.567,5 (Vietnamese) or 1,234,567.5 (English)."""
    from babel.numbers import format_decimal

    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return format_decimal(value, format=pattern, locale=_number_locale)


def format_percent(value: float | None, decimals: int = 1) -> str:
    if value is None:
        return ""
    return format_number(value, decimals) + "%"


def decree30_date_line(place: str, value: dt.date) -> str:
    """'Tân Phú, ngày 05 tháng 6 năm 2026' — Decree 30/2020: pad day < 10 and months 1–2."""
    day = f"{value.day:02d}"
    month = f"{value.month:02d}" if value.month < 3 else str(value.month)
    return f"{place}, ngày {day} tháng {month} năm {value.year}"
