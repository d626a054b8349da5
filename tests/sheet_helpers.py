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
