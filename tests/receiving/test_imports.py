"""The receiving office's services load no Qt and no heavy library until they are used."""

import subprocess
import sys


def test_receiving_services_import_light():
    code = ("import sys, qms_desktop.services.receiving, qms_desktop.cli.inbox\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in "
            "('PySide6', 'openpyxl', 'cryptography', 'reportlab')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_units_code_rule_is_the_importers():
    from qms_desktop.exchange.units_excel import CODE_RE as excel
    from qms_desktop.services.receiving.units import CODE_RE as service

    assert excel.pattern == service.pattern
