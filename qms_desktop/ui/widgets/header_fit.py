"""Column widths that never clip a (translated) header."""

from __future__ import annotations


def fit_header_widths(view) -> None:
    """Widen columns whose (translated) header would be clipped: Vietnamese captions are often longer
    ("Ngày phát hiện" for "Detected on"). Never narrows a column."""
    header = view.horizontalHeader()
    for i in range(header.count() - (1 if header.stretchLastSection() else 0)):
        wanted = header.sectionSizeHint(i)
        if view.columnWidth(i) < wanted:
            view.setColumnWidth(i, wanted)
