"""ReportData: everything the periodic report prints, as plain data (no database, no Qt).

The service assembles it from the records of the period; the PDF and XLSX writers lay it out; on
finalising it is frozen as canonical JSON (``to_json``), which is also ``report.json`` in the
transfer package. ``from_json(to_json(d)) == d`` and ``to_json`` is byte-stable.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass, fields

SCHEMA = "qms-desktop/report-data"
SCHEMA_VERSION = 1

TEXT, INT, FLOAT, PERCENT, DATE = "text", "int", "float", "percent", "date"
Cell = str | int | float | dt.date | None


@dataclass(frozen=True)
class AgencyInfo:
    full_name: str
    short_name: str = ""
    province: str = ""
    parent_body: str = ""
    place_name: str = ""
    head_name: str = ""
    head_title: str = "Chủ tịch"
    iso_rep_name: str = ""
    iso_rep_title: str = ""


@dataclass(frozen=True)
class Metric:
    key: str  # stable identifier, e.g. "on_time_rate"
    label: str  # Vietnamese label (declared with the figure in services/period_facts.py)
    value: int | float | None
    kind: str = INT  # INT, FLOAT or PERCENT (a percentage 0–100)


@dataclass(frozen=True)
class Item:
    code: str  # "1", "2", … inside a part
    key: str  # wording.ITEMS_I / ITEMS_II key, or the narrative key
    title: str
    ref: str  # "Điều 36.1.a" (TT 26/2014) or ""
    paragraphs: tuple[str, ...] = ()
    metrics: tuple[Metric, ...] = ()


@dataclass(frozen=True)
class Part:
    code: str  # "I" … "V"
    title: str
    items: tuple[Item, ...] = ()
    paragraphs: tuple[str, ...] = ()  # narrative parts (III–V) have text and no items


@dataclass(frozen=True)
class Column:
    title: str
    kind: str = TEXT
    width: float = 1.0  # relative width


@dataclass(frozen=True)
class Table:
    key: str
    title: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...], ...] = ()
    totals: tuple[Cell, ...] | None = None
    note: str = ""
    keys: int = 1  # the leading columns that name a row (printed again where a page starts with the rest of it)
    # what the annex still says when it has no rows (a gap in the data: statistics entered without their fields),
    # in place of ``note`` — the same in the PDF and the workbook (QA 46 F5)
    empty_note: str = ""

    def shown_note(self) -> str:
        """The note printed under the table: ``note``, or ``empty_note`` when there is nothing to note on (QA 27
        F10: a note on figures there are none of is not printed)."""
        return self.empty_note if not self.rows and self.totals is None else self.note


@dataclass(frozen=True)
class InspectionAnswer:
    """An inspection by a higher body (its record, Mẫu 21 BBKT) and the commune's corrective-action report on
    it (TT 26 Art. 37: within 2 months of signing), as the report states them. The receiving office matches it
    with its own record by the record's number and signing date (issue 15, docs/inspections.md)."""

    body: str  # the inspecting body, as the commune typed it
    record_number: str  # "05/BB-ĐKT" ('' when the commune recorded none)
    signed_date: dt.date  # the record's signing date (the inspection's date when no signing date was recorded)
    corrective_reported: dt.date | None = None  # the day the commune reported its corrective actions (None: not yet)
    nc_total: int = 0  # nonconformities the commune opened from the inspection
    nc_closed: int = 0  # of which closed


@dataclass(frozen=True)
class ReportData:
    report_id: int
    report_version: int
    period: str  # "2026-H1" / "2026"
    period_label: str  # "6 tháng đầu năm 2026"
    period_start: dt.date
    period_end: dt.date
    number: int | None
    symbol: str
    date: dt.date | None
    status: str  # draft / final (a snapshot is taken when final)
    recipient: str
    agency: AgencyInfo
    summary: str
    intro: str
    parts: tuple[Part, ...]
    closing: str
    recipients: tuple[str, ...]  # Nơi nhận lines, without the leading dash
    appendices: tuple[Table, ...] = ()
    correction_of: str = ""  # "Báo cáo số 05/BC-UBND ngày 20/6/2026" when this corrects another
    changes_summary: str = ""
    # Added by issue 12; optional, so report.json of earlier versions still reads (defaults when absent).
    data_as_of: dt.date | None = None  # "số liệu tính đến ngày …" when the report was made before the period ended
    request_letter: str = ""  # the receiving office's request ("Công văn số … của Sở KH&CN …"), if any
    # Added by issue 15; optional: the inspections by higher bodies the period dealt with (absent = none).
    external_inspections: tuple[InspectionAnswer, ...] = ()
    schema: str = SCHEMA
    schema_version: int = SCHEMA_VERSION

    # ------------------------------------------------------------ derived
    @property
    def number_text(self) -> str:
        from qms_desktop.reports.wording import number_text

        return number_text(self.number, self.symbol)

    @property
    def record_ref(self) -> str:
        return record_ref("report", self.report_id, self.report_version)

    def table(self, key: str) -> Table:
        """An appendix by its key (appendices are referred to by key, never by position)."""
        for t in self.appendices:
            if t.key == key:
                return t
        raise KeyError(key)

    def appendix_number(self, key: str) -> int:
        """1-based number of the appendix ``key`` as printed ('Phụ lục III' → 3)."""
        return [t.key for t in self.appendices].index(key) + 1

    def metric(self, key: str) -> Metric:
        for part in self.parts:
            for item in part.items:
                for m in item.metrics:
                    if m.key == key:
                        return m
        raise KeyError(key)

    # ------------------------------------------------------------ JSON
    def to_json(self) -> str:
        """Canonical JSON (sorted keys, UTF-8 text, no floating whitespace): byte-stable."""
        plain = _plain(asdict(self))
        if not plain.get("external_inspections"):  # absent when empty: reports without one keep their bytes
            plain.pop("external_inspections", None)
        return json.dumps(plain, ensure_ascii=False, sort_keys=True, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str | bytes) -> "ReportData":
        raw = json.loads(text)
        if raw.get("schema") != SCHEMA or int(raw.get("schema_version", 0)) > SCHEMA_VERSION:
            raise ValueError("not a report data file of a known version")
        return _build(cls, raw)


_REF_KINDS = {"report": "BC", "announcement": "CB", "review": "XXLD", "nonconformity": "SKPH", "audit": "DGNB",
              "audit_report": "BCDG", "procedure": "QT", "steps": "LD"}


def record_ref(kind: str, record_id: int, version: int | None = None) -> str:
    """Printed record identifier, ASCII so a scan's OCR or file name finds it: 'QMS-BC-12-V1'."""
    ref = f"QMS-{_REF_KINDS[kind]}-{record_id}"
    return f"{ref}-V{version}" if version else ref


def parse_record_ref(text: str) -> tuple[str, int, int | None] | None:
    """Inverse of ``record_ref``: 'QMS-SKPH-7' → ('nonconformity', 7, None)."""
    import re

    match = re.search(r"QMS-([A-Z]+)-(\d+)(?:-V(\d+))?", text or "")
    if not match:
        return None
    kinds = {v: k for k, v in _REF_KINDS.items()}
    if match.group(1) not in kinds:
        return None
    return kinds[match.group(1)], int(match.group(2)), int(match.group(3)) if match.group(3) else None


def _plain(value: object) -> object:
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _date(value: object) -> dt.date | None:
    return dt.date.fromisoformat(value) if isinstance(value, str) and value else None


def _cell(value: object, column: Column) -> Cell:
    if column.kind == DATE and isinstance(value, str) and len(value) == 10 and value[4] == "-":
        return dt.date.fromisoformat(value)
    return value  # type: ignore[return-value]  # a label such as 'Tổng cộng' may sit in a date column


def _cells(row: list, columns: tuple[Column, ...]) -> tuple[Cell, ...]:
    return tuple(_cell(v, c) for v, c in zip(row, columns))


def _build(cls: type, raw: dict):
    if cls is ReportData:
        values = dict(raw)
        values["period_start"] = _date(raw["period_start"])
        values["period_end"] = _date(raw["period_end"])
        values["date"] = _date(raw.get("date"))
        values["data_as_of"] = _date(raw.get("data_as_of"))
        values["agency"] = AgencyInfo(**raw["agency"])
        values["parts"] = tuple(_build(Part, p) for p in raw["parts"])
        values["recipients"] = tuple(raw["recipients"])
        values["appendices"] = tuple(_build(Table, t) for t in raw.get("appendices", ()))
        values["external_inspections"] = tuple(_build(InspectionAnswer, i) for i in raw.get("external_inspections") or ())
        return cls(**{f.name: values[f.name] for f in fields(cls) if f.name in values})
    if cls is Part:
        return Part(raw["code"], raw["title"], tuple(_build(Item, i) for i in raw["items"]), tuple(raw["paragraphs"]))
    if cls is Item:
        return Item(raw["code"], raw["key"], raw["title"], raw["ref"], tuple(raw["paragraphs"]),
                    tuple(Metric(**m) for m in raw["metrics"]))
    if cls is Table:
        columns = tuple(Column(**c) for c in raw["columns"])
        totals = _cells(raw["totals"], columns) if raw.get("totals") is not None else None
        keys = raw.get("keys", 1)  # a snapshot frozen before 04/12/2026 has none: its STT alone
        empty_note = raw.get("empty_note", "")  # not in a snapshot frozen before 05/12/2026
        return Table(raw["key"], raw["title"], columns, tuple(_cells(r, columns) for r in raw["rows"]), totals,
                     raw.get("note", ""), keys if isinstance(keys, int) and 1 <= keys <= len(columns) else 1,
                     empty_note if isinstance(empty_note, str) else "")
    if cls is InspectionAnswer:
        if not isinstance(raw, dict):
            raise TypeError("an inspection is an object")
        signed = _date(raw.get("signed_date"))
        if signed is None:
            raise ValueError("an inspection without its date")
        return InspectionAnswer(str(raw.get("body") or ""), str(raw.get("record_number") or ""), signed,
                                _date(raw.get("corrective_reported")), int(raw.get("nc_total") or 0),
                                int(raw.get("nc_closed") or 0))
    raise TypeError(cls)


__all__ = ["AgencyInfo", "Cell", "Column", "InspectionAnswer", "Item", "Metric", "Part", "ReportData", "Table", "record_ref",
           "parse_record_ref", "TEXT", "INT", "FLOAT", "PERCENT", "DATE"]
