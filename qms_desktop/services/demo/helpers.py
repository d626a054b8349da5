"""Helpers of the demo commune: working days, a minimal Word document, the six-month periods and their figures."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from dataclasses import dataclass
from xml.sax.saxutils import escape

from qms_desktop.services.demo.data import FIELD_SHARES, LATE_SHARES


def weekday(day: dt.date) -> dt.date:
    """Saturday and Sunday move back to Friday (monotone, so the order of events is kept)."""
    return day - dt.timedelta(days=day.weekday() - 4) if day.weekday() >= 5 else day


def fmt(day: dt.date) -> str:
    return day.strftime("%d/%m/%Y")


def docx(paragraphs: list[str], when: dt.date) -> bytes:
    """A minimal, valid Word document (deterministic bytes for the same text and date)."""
    runs = "".join(
        '<w:p><w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>'
        f'<w:sz w:val="26"/></w:rPr><w:t xml:space="preserve">{escape(p)}</w:t></w:r></w:p>'
        for p in paragraphs
    )
    parts = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="word/document.xml"/></Relationships>'),
        "word/document.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
            f'{runs}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
            '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1814" w:header="720" w:footer="720" '
            'w:gutter="0"/></w:sectPr></w:body></w:document>'),
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            info = zipfile.ZipInfo(name, date_time=(when.year, when.month, when.day, 8, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode("utf-8"))
    return buf.getvalue()


def half_bounds(year: int, first: bool) -> tuple[dt.date, dt.date]:
    """Decree 09/2019 six-month periods: 15/12 – 14/6 and 15/6 – 14/12."""
    if first:
        return dt.date(year - 1, 12, 15), dt.date(year, 6, 14)
    return dt.date(year, 6, 15), dt.date(year, 12, 14)


def split(total: int, shares: tuple[tuple[str, int], ...]) -> dict[str, int]:
    """``total`` shared out by whole numbers in proportion to ``shares`` (largest remainders), summing exactly."""
    weight = sum(w for _n, w in shares)
    exact = {name: total * w / weight for name, w in shares}
    out = {name: int(v) for name, v in exact.items()}
    for name in sorted(exact, key=lambda n: exact[n] - out[n], reverse=True)[: total - sum(out.values())]:
        out[name] += 1
    return out


def field_lines(h: "Half") -> list[dict]:
    """The half's figures per field, as the one-stop shop's monthly book adds them up."""
    on_time, pending = split(h.on_time, FIELD_SHARES), split(h.pending, FIELD_SHARES)
    late = split(h.late, LATE_SHARES)
    return [{"field": name, "on_time": on_time[name], "late": late.get(name, 0), "pending": pending[name],
             "received": on_time[name] + late.get(name, 0) + pending[name]} for name, _w in FIELD_SHARES]


@dataclass
class Half:
    year: int
    first: bool
    start: dt.date
    end: dt.date
    received: int = 0
    on_time: int = 0
    late: int = 0
    pending: int = 0
    complaints: int = 0
    late_complaints: int = 0
    feedback: int = 0
    responses: int = 0
    satisfied: tuple[int, ...] = ()

    @property
    def code(self) -> str:  # report-period code: "2026-H1", or the year for the second half
        return f"{self.year}-H1" if self.first else str(self.year)

    @property
    def on_time_pct(self) -> float:
        return 100 * self.on_time / max(1, self.on_time + self.late)

    @property
    def satisfaction(self) -> float:
        return 100 * sum(self.satisfied) / max(1, len(self.satisfied) * self.responses)


def tthc_days(limit: str) -> float | None:
    from qms_desktop.exchange.tthc_excel import parse_time_limit

    return parse_time_limit(limit)[0]
