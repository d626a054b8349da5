"""Run `python -m qms_desktop.cli …` as a real child process, without paying the interpreter's start-up each time.

A test that runs the `qms` command wants what an administrator's script gets: a separate process with its
own environment, working folder, standard streams and exit status. Starting Python and importing
SQLAlchemy and the mapped tables costs about a second a time, and the suite runs the command about a
hundred times. So, on Linux, one helper process per test worker imports the command once ("zygote") and
forks a child for each run: the child sets the run's environment and folder, points its file descriptors
0, 1 and 2 at the run's input and output files, calls ``qms_desktop.cli.main`` and exits with its code —
what ``qms_desktop/cli/__main__.py`` does, minus the start-up. Nothing the command reads is warmed in
the helper (no database is opened, no catalog loaded, no setting read): only modules are imported (the
application's below its windows, and the libraries its commands load at first use) and the ORM's mappers
configured, as any first query does. Which modules a command loads is checked in fresh interpreters
(tests/architecture).

A run starts a fresh interpreter instead (``subprocess.run``, exactly as before) when the platform cannot
fork, when ``QMS_TEST_FORK=0``, or when its environment changes what Python decides at start-up
(``PYTHON*`` variables, the locale): the stream encodings are fixed when the interpreter starts.
"""

from __future__ import annotations

import json
import os
import selectors
import signal
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

_ZYGOTE = r'''
import json, os, sys, time, traceback
ctrl_in = os.fdopen(os.dup(0), "rb", buffering=0)
ctrl_out = os.fdopen(os.dup(1), "wb", buffering=0)
null = os.open(os.devnull, os.O_RDWR)
os.dup2(null, 0)
os.dup2(null, 1)
import importlib, pkgutil
import qms_desktop, qms_desktop.cli as cli
# Every module a command may import, the application's (not its Qt windows) and the libraries it loads at first
# use, and the ORM's mappers configured: each forked run started with a fresh import of the ones it used (0.3 s).
for m in pkgutil.walk_packages(qms_desktop.__path__, "qms_desktop."):
    if not (m.name.endswith("__main__") or m.name.startswith(("qms_desktop.ui", "qms_desktop.app", "qms_desktop.storage.migrations."))):
        importlib.import_module(m.name)
for name in ("openpyxl", "python_calamine", "docx", "reportlab.platypus", "reportlab.pdfbase.ttfonts", "alembic.command",
             "alembic.script", "alembic.runtime.migration", "pyhanko.sign.signers", "pyhanko.sign.validation",
             "cryptography.hazmat.primitives.asymmetric.ed25519", "cryptography.x509"):
    importlib.import_module(name)
import sqlalchemy.orm
sqlalchemy.orm.configure_mappers()
cli._parser()
ctrl_out.write(b'{"ready": true}\n')
buf = b""
while True:
    chunk = ctrl_in.read(65536)
    if not chunk:
        break
    buf += chunk
    while b"\n" in buf:
        line, buf = buf.split(b"\n", 1)
        req = json.loads(line)
        pid = os.fork()
        if pid == 0:
            try:
                ctrl_in.close(); ctrl_out.close()
                os.environ.clear(); os.environ.update(req["env"])
                time.tzset()  # the run's TZ, as a new process would read it
                os.chdir(req["cwd"])
                for fd, path, flags in ((0, req["stdin"], os.O_RDONLY),
                                        (1, req["stdout"], os.O_WRONLY | os.O_TRUNC),
                                        (2, req["stderr"], os.O_WRONLY | os.O_TRUNC)):
                    f = os.open(path, flags)
                    os.dup2(f, fd)
                    os.close(f)
                sys.argv = [cli.__file__, *req["argv"]]
                try:
                    code = cli.main(req["argv"])
                except SystemExit as exc:
                    code = exc.code
                if code is None:
                    code = 0
                elif not isinstance(code, int):
                    print(code, file=sys.stderr)
                    code = 1
            except BaseException:
                traceback.print_exc()
                code = 1
            for stream in (sys.stdout, sys.stderr):
                try:
                    stream.flush()
                except Exception:
                    pass
            os._exit(code & 0xFF)
        ctrl_out.write(json.dumps({"pid": pid}).encode() + b"\n")
        _, status = os.waitpid(pid, 0)
        code = os.waitstatus_to_exitcode(status)
        ctrl_out.write(json.dumps({"code": code}).encode() + b"\n")
'''

_STARTUP_VARS = ("LANG", "LANGUAGE", "LC_ALL", "LC_CTYPE")


def _startup_env(env: dict[str, str]) -> dict[str, str]:
    return {k: v for k, v in env.items() if k.startswith("PYTHON") or k in _STARTUP_VARS}


class _Zygote:
    def __init__(self) -> None:
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("QMS_")}
        self.proc = subprocess.Popen([sys.executable, "-c", _ZYGOTE], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     env=self.env, bufsize=0)
        self.lines = b""
        self.lock = threading.Lock()
        assert self._read(timeout=120) == {"ready": True}

    def _read(self, timeout: float | None) -> dict:
        sel = selectors.DefaultSelector()
        sel.register(self.proc.stdout, selectors.EVENT_READ)
        try:
            while b"\n" not in self.lines:
                if not sel.select(timeout):
                    raise TimeoutError
                chunk = os.read(self.proc.stdout.fileno(), 65536)
                if not chunk:
                    raise RuntimeError("the qms helper process ended")
                self.lines += chunk
        finally:
            sel.close()
        line, self.lines = self.lines.split(b"\n", 1)
        return json.loads(line)

    def run(self, argv: list[str], env: dict[str, str], stdin: bytes | None, timeout: float | None,
            text: bool) -> subprocess.CompletedProcess:
        with self.lock, tempfile.TemporaryDirectory(prefix="qms-run-") as tmp:
            t = Path(tmp)
            paths = {name: t / name for name in ("stdin", "stdout", "stderr")}
            for name, p in paths.items():
                p.write_bytes(stdin if (name == "stdin" and stdin) else b"")
            req = {"argv": argv, "env": env, "cwd": os.getcwd(), **{k: str(v) for k, v in paths.items()}}
            self.proc.stdin.write(json.dumps(req).encode() + b"\n")
            pid = self._read(timeout=60)["pid"]
            try:
                code = self._read(timeout=timeout)["code"]
            except TimeoutError:
                os.kill(pid, signal.SIGKILL)
                self._read(timeout=60)
                raise subprocess.TimeoutExpired(["qms", *argv], timeout) from None
            out, err = paths["stdout"].read_bytes(), paths["stderr"].read_bytes()
        if text:  # as subprocess's text mode: the locale's encoding (UTF-8 here), universal newlines
            out, err = (b.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n") for b in (out, err))
        return subprocess.CompletedProcess(["qms", *argv], code, out, err)


_zygote: _Zygote | None = None
_zygote_pid = 0


def run_qms(argv: list[str], *, env: dict[str, str] | None = None, stdin=subprocess.DEVNULL, timeout: float = 120,
            text: bool = True) -> subprocess.CompletedProcess:
    """``subprocess.run([python, "-m", "qms_desktop.cli", *argv], capture_output=True, …)``, forked from a
    process that has already imported the command where it can be (see the module's docstring)."""
    global _zygote, _zygote_pid
    argv = [str(a) for a in argv]
    env = dict(os.environ if env is None else env)
    data = None if stdin in (None, subprocess.DEVNULL) else (stdin.encode() if isinstance(stdin, str) else stdin)
    can_fork = (hasattr(os, "fork") and sys.platform.startswith("linux") and os.environ.get("QMS_TEST_FORK") != "0"
                and (stdin in (None, subprocess.DEVNULL) or isinstance(stdin, (bytes, str))))
    if can_fork:
        if _zygote is None or _zygote_pid != os.getpid() or _zygote.proc.poll() is not None:
            _zygote, _zygote_pid = _Zygote(), os.getpid()
        if _startup_env(env) == _startup_env(_zygote.env):
            return _zygote.run(argv, env, data, timeout, text)
    return subprocess.run([sys.executable, "-m", "qms_desktop.cli", *argv], capture_output=True, text=text, env=env,
                          input=data if data is not None else None,
                          stdin=None if data is not None else subprocess.DEVNULL, timeout=timeout)
