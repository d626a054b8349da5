"""The ``qms`` command line: the same services as the GUI, no QtGui/QtWidgets (runs without a display).

Exit codes: 0 success, 1 refused or failed (one line on stderr), 2 usage.

The package: ``common`` (the translate callable, refusals, output, login), ``i18n`` (the catalog) and one
module per group of commands, each with ``register(subparsers)`` returning {command: (handler,
needs_login)}; a handler takes (args, ctx) when it needs a login, else (args). This module only builds the
parser and dispatches; no command module imports it.
"""

from __future__ import annotations

import functools
import os
import sys
from typing import Callable

from qms_desktop import __version__
from qms_desktop.cli import admin, commands, common, inbox, inspect, merge, report
from qms_desktop.cli.common import Parser, Refused, open_context
from qms_desktop.domain.errors import QmsError
from qms_desktop.i18n import QT_TRANSLATE_NOOP

__all__ = ["COMMAND_MODULES", "build_parser", "main"]

# In the order their commands appear in ``qms --help``.
COMMAND_MODULES = (commands, report, admin, merge, inbox, inspect)

COMMANDS_NEEDING_LOGIN: dict[str, Callable] = {}
COMMANDS_OWN_OPEN: dict[str, Callable] = {}


def build_parser() -> Parser:
    p = Parser(prog="qms", description=QT_TRANSLATE_NOOP("CliHelp", "QMS Desktop — TCVN ISO 9001:2015 records of a commune People's Committee"))
    p.add_argument("--version", action="version", version=f"qms {__version__}",
        help=QT_TRANSLATE_NOOP("CliHelp", "show the version and exit"))
    p.add_argument("--db", metavar="PATH", help=QT_TRANSLATE_NOOP("CliHelp", "SQLite database file, or a PostgreSQL server's database "
                                                "(postgresql+psycopg://user@host/db; default: QMS_DB, else the user's "
                                                "data folder)"))
    p.add_argument("--user", metavar="NAME", help=QT_TRANSLATE_NOOP("CliHelp", "account to act as (default: QMS_USER)"))
    p.add_argument("--lang", choices=("vi", "en"), help=QT_TRANSLATE_NOOP("CliHelp", "language of messages (default: vi)"))
    sub = p.add_subparsers(dest="command", required=True, parser_class=Parser, metavar="COMMAND")
    for module in COMMAND_MODULES:
        for name, (handler, needs_login) in module.register(sub).items():
            (COMMANDS_NEEDING_LOGIN if needs_login else COMMANDS_OWN_OPEN)[name] = handler
    return p


@functools.cache
def _parser() -> Parser:
    """The parser, built once per process (it holds no state between parses; building it costs ~30 ms,
    which the tests and scripts that call ``main`` many times in one process paid on every call)."""
    return build_parser()


def _utf8_streams() -> None:
    """Redirected output on Windows uses the ANSI code page, which cannot hold Vietnamese: use UTF-8."""
    for stream in (sys.stdout, sys.stderr):
        if stream is not None and (getattr(stream, "encoding", "") or "").lower().replace("-", "") != "utf8":
            try:
                stream.reconfigure(encoding="utf-8", errors="replace")
            except (AttributeError, ValueError):
                pass


def main(argv: list[str] | None = None) -> int:
    _utf8_streams()
    if not os.environ.get("QMS_DEBUG"):  # one line on stderr: no logged traceback next to it
        import logging
        root = logging.getLogger()
        if not root.handlers:
            root.addHandler(logging.NullHandler())
    argv = sys.argv[1:] if argv is None else list(argv)
    parser = _parser()  # built in no language: its help and argparse's words are translated as they are printed
    from qms_desktop.cli import i18n
    common.T = T = i18n.load(common.argv_language(argv))
    with common.argparse_in_language():
        args = parser.parse_args(argv)
    try:
        if args.command in COMMANDS_OWN_OPEN:
            code = COMMANDS_OWN_OPEN[args.command](args)
        else:
            ctx = open_context(args)
            try:
                code = COMMANDS_NEEDING_LOGIN[args.command](args, ctx)
            finally:
                ctx.db.close()
        sys.stdout.flush()  # a closed pipe shows here, inside the handlers below
        return code
    except QmsError as exc:
        print(f"qms: {exc.render(T)}", file=sys.stderr)
        return 1
    except Refused as exc:
        print("qms: " + (T("Cli", exc.message) or exc.message).format(**exc.params), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 1
    except BrokenPipeError:  # `qms list … | head`: the reader has what it wanted
        _silence_stdout()
        return 0
    except OSError as exc:
        print(f"qms: {exc.strerror or exc}: {getattr(exc, 'filename', '') or ''}", file=sys.stderr)
        return 1
    except Exception as exc:  # noqa: BLE001 - one line, never a traceback
        return _unexpected(exc)


def _silence_stdout() -> None:
    """Point stdout at the null device so that the interpreter's final flush stays quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def _unexpected(exc: Exception) -> int:
    """SQLite failures (busy, disk full, I/O error…) in the user's words; anything else as one line."""
    from qms_desktop.storage.db import storage_error

    T = common.T
    mapped = storage_error(exc)
    if mapped is not None:
        print(f"qms: {mapped.render(T)}", file=sys.stderr)
        return 1
    if os.environ.get("QMS_DEBUG"):
        import traceback
        traceback.print_exception(exc)
    detail = " ".join(str(exc).split())[:200]
    print("qms: " + (T("Cli", QT_TRANSLATE_NOOP("Cli", "Unexpected error ({kind}): {detail}. "
                                                       "Set QMS_DEBUG=1 to see the details."))
                     ).format(kind=type(exc).__name__, detail=detail), file=sys.stderr)
    return 1
