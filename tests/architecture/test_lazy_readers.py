"""The TTHC list readers (calamine, python-docx with lxml, charset-normalizer) load at first use,
never when the application or the CLI starts."""

import subprocess
import sys
from pathlib import Path

XLS = Path(__file__).resolve().parents[1] / "exchange" / "fixtures" / "province_list.xls"

READERS = ("python_calamine", "docx", "charset_normalizer", "lxml")


def _loaded_after(code: str) -> set[str]:
    out = subprocess.run([sys.executable, "-c", code + "\nimport sys\nprint('\\n'.join(sorted(sys.modules)))"],
                         capture_output=True, text=True, check=True, env={"QT_QPA_PLATFORM": "offscreen",
                                                                          "PATH": "/usr/bin:/bin"})
    return {m.split(".")[0] for m in out.stdout.split()}


def test_start_up_loads_no_reader():
    mods = _loaded_after("import qms_desktop.app, qms_desktop.cli, qms_desktop.services.tthc, "
                         "qms_desktop.exchange.tthc_excel, qms_desktop.ui.pages.tthc_page, qms_desktop.ui.first_run, "
                         "qms_desktop.ui.tthc_import, qms_desktop.ui.dialogs.import_preview")
    assert mods.isdisjoint(READERS), sorted(mods & set(READERS))


def test_reading_a_workbook_loads_calamine_only():
    mods = _loaded_after("from qms_desktop.exchange.tabular import read_source\n"
                         f"read_source({str(XLS)!r})")
    assert "python_calamine" in mods and "docx" not in mods
