"""What every command module of the ``qms`` command line shares: the translate callable, refusals, output
helpers and the login. Command modules import this module, never the package (no import cycle)."""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import getpass
import json
import os
import sys
from pathlib import Path

from qms_desktop.i18n import QT_TRANSLATE_NOOP, Translate, argparse_speaking, identity_translate, render_params

# The command line's translate callable; ``main`` replaces it with the chosen language's catalog. Read it
# as ``common.T`` at call time (a ``from … import T`` would keep the identity forever).
T: Translate = identity_translate


class Refused(Exception):
    """A refusal of the command line itself, with a translatable message."""

    context = "Cli"

    def __init__(self, message: str, **params: object) -> None:
        self.message, self.params = message, params
        super().__init__(message)


def say(message: str, stream=None, **params: object) -> None:
    """``message`` (context Cli) in the chosen language; a parameter that is a message (a period's name) too."""
    text = T("Cli", message) or message
    params = render_params(params, T)
    print(text.format(**params) if params else text, file=stream or sys.stdout)


def translate(context: str, text: str) -> str:
    """``text`` in the chosen language (itself when the catalog has no translation)."""
    return T(context, text) or text


# argparse's own words (Python 3.11-3.13), in the catalog so that help and usage errors speak the user's
# language: argparse looks them up through its module-level ``_``/``ngettext`` (gettext), which
# ``argparse_in_language`` points at the catalog while a command line is parsed.
ARGPARSE_WORDS = (
    QT_TRANSLATE_NOOP("Argparse", "usage: "),
    QT_TRANSLATE_NOOP("Argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("Argparse", "options"),
    QT_TRANSLATE_NOOP("Argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("Argparse", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("Argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("Argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("Argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("Argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("Argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("Argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("Argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("Argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("Argparse", "unexpected option string: %s"),
    QT_TRANSLATE_NOOP("Argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("Argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("Argparse", "can't open '%(filename)s': %(error)s"),
)


# The placeholders of option values in help and usage (``--year YEAR``): argparse's defaults (the option's name in
# capitals, a positional's name) and the metavars the commands give. Translated at format time, so that a
# Vietnamese help reads ``--year NĂM``; tests/cli check that every placeholder the parser shows is here.
METAVARS = (
    QT_TRANSLATE_NOOP("CliMetavar", "COMMAND"),  # the commands and their actions, named in usage errors
    QT_TRANSLATE_NOOP("CliMetavar", "action"),
    QT_TRANSLATE_NOOP("CliMetavar", "what"),
    QT_TRANSLATE_NOOP("CliMetavar", "BUDGET"),
    QT_TRANSLATE_NOOP("CliMetavar", "CODE"),
    QT_TRANSLATE_NOOP("CliMetavar", "COMMENT"),
    QT_TRANSLATE_NOOP("CliMetavar", "CONFORMITY"),
    QT_TRANSLATE_NOOP("CliMetavar", "DD/MM/YYYY"),
    QT_TRANSLATE_NOOP("CliMetavar", "DECISION"),
    QT_TRANSLATE_NOOP("CliMetavar", "DIR"),
    QT_TRANSLATE_NOOP("CliMetavar", "FILE"),
    QT_TRANSLATE_NOOP("CliMetavar", "FINGERPRINT"),
    QT_TRANSLATE_NOOP("CliMetavar", "FULL_NAME"),
    QT_TRANSLATE_NOOP("CliMetavar", "KEY=TEXT"),
    QT_TRANSLATE_NOOP("CliMetavar", "N:HASH"),
    QT_TRANSLATE_NOOP("CliMetavar", "NAME"),
    QT_TRANSLATE_NOOP("CliMetavar", "NAME|TITLE|ROLE"),
    QT_TRANSLATE_NOOP("CliMetavar", "NONCONFORMITY"),
    QT_TRANSLATE_NOOP("CliMetavar", "NOTE"),
    QT_TRANSLATE_NOOP("CliMetavar", "NUMBER"),
    QT_TRANSLATE_NOOP("CliMetavar", "ORGANISATION"),
    QT_TRANSLATE_NOOP("CliMetavar", "OUT"),
    QT_TRANSLATE_NOOP("CliMetavar", "PASSWORD_ENV"),
    QT_TRANSLATE_NOOP("CliMetavar", "PATH"),
    QT_TRANSLATE_NOOP("CliMetavar", "PERIOD"),
    QT_TRANSLATE_NOOP("CliMetavar", "PLANS"),
    QT_TRANSLATE_NOOP("CliMetavar", "PROPOSALS"),
    QT_TRANSLATE_NOOP("CliMetavar", "PROVINCE"),
    QT_TRANSLATE_NOOP("CliMetavar", "REASON"),
    QT_TRANSLATE_NOOP("CliMetavar", "RECIPIENT"),
    QT_TRANSLATE_NOOP("CliMetavar", "RECOMMENDATION"),
    QT_TRANSLATE_NOOP("CliMetavar", "RULE"),
    QT_TRANSLATE_NOOP("CliMetavar", "SEARCH"),
    QT_TRANSLATE_NOOP("CliMetavar", "SHORTCOMINGS"),
    QT_TRANSLATE_NOOP("CliMetavar", "SLOT"),
    QT_TRANSLATE_NOOP("CliMetavar", "SOURCE.sqlite"),
    QT_TRANSLATE_NOOP("CliMetavar", "TEXT"),
    QT_TRANSLATE_NOOP("CliMetavar", "TITLE"),
    QT_TRANSLATE_NOOP("CliMetavar", "UNIT"),
    QT_TRANSLATE_NOOP("CliMetavar", "URL"),
    QT_TRANSLATE_NOOP("CliMetavar", "YEAR"),
    QT_TRANSLATE_NOOP("CliMetavar", "file"),
    QT_TRANSLATE_NOOP("CliMetavar", "fingerprint"),
    QT_TRANSLATE_NOOP("CliMetavar", "id"),
    QT_TRANSLATE_NOOP("CliMetavar", "text"),
    QT_TRANSLATE_NOOP("CliMetavar", "unit_code"),
    QT_TRANSLATE_NOOP("CliMetavar", "username"),
)


def _words(text: str) -> str:
    """A help text or one of argparse's words in the chosen language."""
    translated = T("CliHelp", text) or text
    return translated if translated != text else (T("Argparse", text) or text)


class HelpFormatter(argparse.HelpFormatter):
    """Translates at format time: the parser is built once, in no language, and printed in the chosen one."""

    def _get_help_string(self, action: argparse.Action) -> str | None:
        return _words(action.help) if action.help else action.help

    def add_text(self, text: str | None) -> None:
        super().add_text(_words(text) if text and text is not argparse.SUPPRESS else text)

    def start_section(self, heading: str | None) -> None:
        super().start_section(_words(heading) if heading else heading)

    def _metavar_formatter(self, action: argparse.Action, default_metavar: str):
        format_ = super()._metavar_formatter(action, default_metavar)
        return lambda tuple_size: tuple(T("CliMetavar", m) or m for m in format_(tuple_size))


class Parser(argparse.ArgumentParser):
    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("formatter_class", HelpFormatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> None:  # usage errors: exit 2, one line
        self.print_usage(sys.stderr)
        print(f"qms: {message}", file=sys.stderr)
        raise SystemExit(2)


@contextlib.contextmanager
def argparse_in_language():
    """argparse's messages through the catalog (``T``, read when a message is made) for the duration, a
    positional argument named in them by its placeholder ("thiếu tham số bắt buộc: mã")."""
    named = argparse._get_action_name

    def placeholder(action):
        name = named(action)
        return T("CliMetavar", name) or name if action is not None and not action.option_strings and name else name

    argparse._get_action_name = placeholder
    try:
        with argparse_speaking(lambda context, text: T(context, text)):
            yield
    finally:
        argparse._get_action_name = named


def argv_language(argv: list[str]) -> str | None:
    """The ``--lang`` an argument list asks for, read before parsing so that usage errors and help speak it."""
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        value = argv[i + 1] if arg == "--lang" and i + 1 < len(argv) else arg[7:] if arg.startswith("--lang=") else None
        if value in ("vi", "en"):
            return value
    return None


def read_text(value: str | None) -> str | None:
    """'@file.txt' reads the text from a file (UTF-8); anything else is the text itself."""
    if value is None or not value.startswith("@"):
        return value
    return Path(value[1:]).read_text(encoding="utf-8")


# ---------------------------------------------------------------- arguments several commands take

DATE_METAVAR = "DD/MM/YYYY"


def int_arg(text: str) -> int:
    """A whole-number option's value (a year, an id, a number): argparse's own message named Python's type "int"
    inside the Vietnamese sentence (QA 49 F11)."""
    try:
        return int(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(translate("Cli", QT_TRANSLATE_NOOP("Cli", "not a whole number: {text}")).format(
            text=text)) from None


def date_arg(text: str) -> dt.date:
    """A date option's value, read as the forms read dates (dd/MM/yyyy, in the accepted range): a value that is not
    one (31/02/2026, a blank) is a usage error, exit 2, before anything is opened or changed."""
    from qms_desktop.domain.schema import MAX_DATE, MIN_DATE
    from qms_desktop.i18n import parse_date

    try:
        day = parse_date(text)
    except ValueError:
        raise argparse.ArgumentTypeError(translate("Cli", QT_TRANSLATE_NOOP("Cli", "not a date (DD/MM/YYYY): {text}")).format(text=text)) from None
    if not MIN_DATE <= day <= MAX_DATE:  # as every other date option (QA F, L3: 01/01/1899 was imported)
        raise argparse.ArgumentTypeError(translate("Cli", QT_TRANSLATE_NOOP(
            "Cli", "{text} is outside the accepted range ({first} – {last})")).format(
                text=text, first=MIN_DATE.strftime("%d/%m/%Y"), last=MAX_DATE.strftime("%d/%m/%Y")))
    return day


def _usage(check, text: str):
    """``check(text)``; its refusal (a QmsError) becomes argparse's usage error, in the chosen language (exit 2)."""
    from qms_desktop.domain.errors import QmsError

    try:
        return check(text)
    except QmsError as exc:
        raise argparse.ArgumentTypeError(exc.render(lambda context, source: T(context, source))) from None


def period_arg(text: str) -> str:
    """A report period's code (2026-H1, 2026): anything else is a usage error, exit 2."""
    from qms_desktop.domain.periods import ReportPeriod

    return _usage(lambda t: ReportPeriod.parse(t).code, text)


def fingerprint_arg(text: str) -> str:
    """A key fingerprint, 16 hexadecimal digits (spaces, dashes, colons allowed): anything else is a usage error."""
    from qms_desktop.services.receiving.units import normalise_fingerprint

    return _usage(normalise_fingerprint, text)


def date_or_blank_arg(text: str) -> dt.date | str:
    """As :func:`date_arg`, but a blank value stays blank: it clears the date (``''``)."""
    return "" if not text.strip() else date_arg(text)


# Declared once, so that a command's help and its translation say the same thing wherever the argument is taken.
_SHARED_ARGUMENTS = {
    "format": (("--format",), dict(choices=("tsv", "json"), default="tsv", help=QT_TRANSLATE_NOOP(
        "CliHelp", "output: tsv (tab-separated, for Excel or scripts) or json"))),
    "report_id": (("id",), dict(type=int_arg, help=QT_TRANSLATE_NOOP("CliHelp", "the report's id (qms report list)"))),
    "unit_code": (("unit_code",), dict(help=QT_TRANSLATE_NOOP("CliHelp", "the unit's code in the register (qms units list)"))),
    "period": (("--period",), dict(required=True, type=lambda text: period_arg(text), help=QT_TRANSLATE_NOOP(
        "CliHelp", "the period: 2026-H1 (six months) or 2026 (year)"))),
    "inspection_year": (("--year",), dict(type=int_arg, required=True, help=QT_TRANSLATE_NOOP(
        "CliHelp", "the year of the inspections, e.g. 2026"))),
    "out": (("--out",), dict(required=True, help=QT_TRANSLATE_NOOP("CliHelp", "folder"))),
}


def shared_arguments(parser: argparse.ArgumentParser, *names: str) -> argparse.ArgumentParser:
    """Add the arguments several commands take (``_SHARED_ARGUMENTS``), in the order named."""
    for name in names:
        flags, options = _SHARED_ARGUMENTS[name]
        parser.add_argument(*flags, **options)
    return parser


# ---------------------------------------------------------------- the database and the login

def db_path(args):
    from qms_desktop.paths import default_db_path
    from qms_desktop.storage.db import database_target

    return database_target(args.db) or database_target(os.environ.get("QMS_DB")) or default_db_path()


def ask_password(prompt: str) -> str:
    env = os.environ.get("QMS_PASSWORD")
    if env is not None:
        return env
    if not sys.stdin or not sys.stdin.isatty():
        raise Refused(QT_TRANSLATE_NOOP("Cli", "No password: set QMS_PASSWORD or run in a terminal to be asked."))
    return getpass.getpass(prompt)


def ask_username(args) -> str:
    name = args.user or os.environ.get("QMS_USER")
    if name:
        return name
    if not sys.stdin or not sys.stdin.isatty():
        raise Refused(QT_TRANSLATE_NOOP("Cli", "No account: give --user or set QMS_USER (this database has accounts)."))
    return input(T("Cli", QT_TRANSLATE_NOOP("Cli", "User name: ")))


EMPTY_FILE = QT_TRANSLATE_NOOP("Cli", "{path} is empty or holds no QMS Desktop tables (emptied, or its creation was "
                                     "interrupted). If it was this office's database, restore it from a backup (qms "
                                     "restore FILE); a new one is made by 'qms init' or 'qms demo'. Nothing was changed.")


def without_tables(path: Path) -> bool:
    """An existing file of 0 bytes, or a SQLite file with no table at all (QA 51 F4, F7: any command made it a
    new, empty database — a database emptied by accident then read as a commune with no records). Read only;
    False when it cannot tell (the open that follows says why)."""
    import sqlite3

    from qms_desktop.storage.db import looks_like_sqlite
    from qms_desktop.storage.readonly import connect

    if not path.is_file():
        return False
    if path.stat().st_size == 0:
        return True
    if not looks_like_sqlite(path):
        return False
    try:
        with contextlib.closing(connect(path)) as c:
            return c.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0] == 0
    except sqlite3.Error:
        return False


def open_context(args, *, create: bool = False):
    """Open the database and log in (every database with accounts needs a login).

    A database with a profile or records but no account (a set-up that never finished) is
    refused: only ``qms init`` may complete it; nothing uses it without a login.
    """
    from qms_desktop.services.context import SYSTEM, AppContext
    from qms_desktop.services.users import SETUP_EMPTY, authenticate
    from qms_desktop.storage.db import Database

    path = db_path(args)
    if not create and not path.exists():
        raise Refused(QT_TRANSLATE_NOOP("Cli", "Database not found: {path} (create it with 'qms init')."), path=str(path))
    if not create and isinstance(path, Path) and without_tables(path):
        raise Refused(EMPTY_FILE, path=str(path))
    db = Database.open(path)
    try:
        if require_set_up(db, path) == SETUP_EMPTY:
            return AppContext(db, SYSTEM)
        name = ask_username(args)
        password = ask_password(T("Cli", QT_TRANSLATE_NOOP("Cli", "Password: ")))
        actor = authenticate(db, name, password)
        # kept for `qms restore`, which checks that this password opens the backup's account (another salt)
        args.login_password = password
    except BaseException:
        db.close()
        raise
    return AppContext(db, actor)


def require_set_up(db, path: Path) -> str:
    """The set-up state; refuses a set-up that never finished (a profile but no account)."""
    from qms_desktop.services.users import SETUP_INCOMPLETE, setup_state

    state = setup_state(db)
    if state == SETUP_INCOMPLETE:
        raise Refused(QT_TRANSLATE_NOOP(
            "Cli", "{path} was never fully set up: it has no account yet, so nobody can log in. Finish the set-up "
                   "with 'qms init' (or in the QMS Desktop window); until then it is not used."), path=str(path))
    return state


# ---------------------------------------------------------------- output

def moment(at: dt.datetime | None) -> dt.datetime | None:
    """A moment as stored (naive UTC) in this computer's time zone, with its offset: JSON says
    "2027-01-01T06:00:01+07:00" and TSV its local day, never the UTC one of the day before (QA 56 F10, QA 58 F4)."""
    return at.replace(tzinfo=dt.timezone.utc).astimezone() if at is not None else None


def json_default(value: object) -> object:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10] if not isinstance(value, dt.datetime) else value.isoformat()
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    raise TypeError(type(value))


def dump_json(doc: object) -> None:
    """One JSON document on stdout (UTF-8 text, dates as ISO), ending with a newline."""
    json.dump(doc, sys.stdout, ensure_ascii=False, indent=1, default=json_default)
    sys.stdout.write("\n")


_FORMULA_START = ("=", "+", "-", "@")


def tsv_cell(v: object) -> str:
    """One TSV cell: one line, no tab, and text a spreadsheet would evaluate ('=1+1') neutralised
    with a leading apostrophe, as spreadsheets themselves do (numbers stay as they are)."""
    if v is None:
        return ""
    if isinstance(v, bool):
        return "1" if v else "0"
    if isinstance(v, (dt.date, dt.datetime)):
        return v.isoformat()[:10]
    if isinstance(v, (int, float)):
        return str(v)
    text = "".join(" " if (ord(c) < 32 or ord(c) == 127) else c for c in str(v))
    return "'" + text if text.startswith(_FORMULA_START) else text


def emit(rows: list[dict], fmt: str, columns: list[str]) -> None:
    if fmt == "json":
        dump_json(rows)
        return
    print("\t".join(columns))
    for r in rows:
        print("\t".join(tsv_cell(r.get(c)) for c in columns))
