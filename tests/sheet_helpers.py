"""Spreadsheets the tests write: what a province's files look like, made with openpyxl."""

from __future__ import annotations

TTHC_HEADER = ["STT", "Mã TTHC", "Tên thủ tục hành chính", "Lĩnh vực", "Thời hạn giải quyết"]


def tthc_list_xlsx(path, rows, hidden=()):
    """A TTHC list at ``path``: the usual header, ``rows`` under it, the 1-based rows ``hidden`` hidden in Excel."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(TTHC_HEADER)
    for row in rows:
        ws.append(row)
    for n in hidden:
        ws.row_dimensions[n].hidden = True
    wb.save(path)
    return path


def libreoffice_saves(src, outdir, fmt: str):
    """``src`` as LibreOffice saves it in ``fmt`` ("ods", "xlsx:Calc MS Excel 2007 XML") into ``outdir``, with a
    profile of its own; the test is skipped where LibreOffice is not installed."""
    import shutil
    import subprocess
    from pathlib import Path

    import pytest

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed")
    outdir = Path(outdir)
    subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{outdir}/lo-profile", "--convert-to", fmt,
                    "--outdir", str(outdir), str(src)], check=True, capture_output=True, timeout=180)
    return outdir / (Path(src).stem + "." + fmt.split(":")[0])
