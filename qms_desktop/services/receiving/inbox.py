"""Hộp thư: take in communes' report packages — one file, many, or a whole folder or drive.

Every package is checked completely before anything of it is written: the ZIP and the signature
(``reports.package.verify_package``), the key pinned for the sending unit (and, when its code names a
unit of another name, never a first key), the period and its dates (none after the office's today), the
report's figures (valid and agreeing with one another), and the continuity of the sender's history chain
(``continuity``). Before any of it, once per batch, the office's own records (the pins, the heads
remembered, the reports received) are compared with their change history (``tamper``): an altered
register refuses the whole import. A batch is ONE transaction: Cancel rolls everything back. Per package
the outcome is one of

- ``accepted``: a new report (its unit's key pinned now if the user confirmed it on first use);
- ``superseded``: a corrected version (higher report version) that replaces the earlier one, which is
  kept, with what changed figure by figure;
- ``duplicate``: the same file (or the same report exported again): a quiet no-op;
- ``refused``: with the reason; nothing of it is written.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from qms_desktop.domain.errors import QmsError, ValidationError
from qms_desktop.domain.periods import CALENDAR, DECREE_09, ReportPeriod, period_name
from qms_desktop.domain.text import clean, fold
from qms_desktop.i18n import QT_TRANSLATE_NOOP, format_date, local_time
from qms_desktop.jobs import CancelToken, Progress, ProgressSink, no_progress
from qms_desktop.reports.pades import INVALID, UNKNOWN_ISSUER, VALID  # the PDF signature states
from qms_desktop.services.agency import DEFAULTS
from qms_desktop.services.context import AppContext
from qms_desktop.services.receiving.continuity import Head, MalformedChain, chain_extends, manifest_checkpoints, \
    manifest_head
from qms_desktop.services.receiving.errors import InboxInvalid, InboxNotFound, PackageRefused
from qms_desktop.services.receiving.tamper import IMPORT_REFUSED, altered_in, require_unaltered
from qms_desktop.exchange.units_excel import code_key
from qms_desktop.services.receiving.units import code_is, match_key, pin_key, require_office
from qms_desktop.services.receiving.units import successors as units_successors
from qms_desktop.storage import orm

if TYPE_CHECKING:
    from qms_desktop.reports.package import PackageInfo

MAX_FILE = 64 * 1024 * 1024  # a real package is well under 5 MB; refuse before reading a huge file

ACCEPTED, SUPERSEDED, DUPLICATE, REFUSED = "accepted", "superseded", "duplicate", "refused"
# Which copy of one report is the better to keep, by its PDF's signature state (reports.pades), then by how
# many signatures it carries (the chairman's, then the agency's that finalises it).
_RANK = {VALID: 2, UNKNOWN_ISSUER: 1}


def _signature_count(manifest: dict) -> int:
    """How many signatures the package's manifest says its PDF carries (its signed ``pdf_signature`` record)."""
    claim = manifest.get("pdf_signature") if isinstance(manifest, dict) else None
    sigs = claim.get("signatures") if isinstance(claim, dict) else None
    return len(sigs) if isinstance(sigs, list) else int(bool(isinstance(claim, dict) and claim.get("signed")))


# The report.json metrics kept as columns (column ← metric key) for status and consolidation.
FIGURE_COLUMNS = {
    "tthc_total": "tthc_total", "tthc_in_scope": "tthc_in_scope", "tthc_covered": "tthc_covered",
    "procedures_effective": "procedures_effective", "trainings": "trainings", "audits": "audits",
    "reviews": "reviews", "nc_opened": "nc_opened", "nc_closed": "nc_closed", "nc_open_end": "nc_open_end",
    "nc_overdue": "nc_overdue", "files_received": "received", "files_on_time": "on_time", "files_late": "late",
    "files_pending": "pending", "on_time_rate": "on_time_rate", "satisfaction": "satisfaction",
    "complaints": "complaints", "improvements": "improvements",
}
_FLOATS = {"on_time_rate", "satisfaction"}
_MAX_FIGURE = 10**9
_RATES = ("tthc_coverage", "on_time_rate", "satisfaction")  # percentages: 0 to 100


@dataclass(frozen=True)
class Note:
    """A warning about an accepted package (renderable like a QmsError)."""

    message: str
    params: dict = field(default_factory=dict)
    context: str = "Inbox"

    def render(self, translate=None) -> str:
        from qms_desktop.i18n import identity_translate, render

        return render(self, translate or identity_translate)


@dataclass(frozen=True)
class FigureName:
    """A report figure's name as a message (``i18n.render``): the application's own label (context "Figures",
    ``period_facts.FIGURES``) for a figure it knows, so that it reads in the user's language; the package's own
    text (its Vietnamese label) only for a key the application does not know."""

    key: str
    given: str = ""
    context: str = "Figures"
    params: dict = field(default_factory=dict)

    @property
    def message(self) -> str:
        from qms_desktop.services.period_facts import FIGURE_KEYS

        figure = FIGURE_KEYS.get(self.key)
        return figure.label if figure is not None else (self.given or self.key)


@dataclass(frozen=True)
class Change:
    key: str
    label: str  # as the package gives it (Vietnamese): ``caption`` is what is shown
    old: float | int | None
    new: float | int | None

    def caption(self, translate=None) -> str:
        """The figure's name in the user's language (``FigureName``)."""
        from qms_desktop.i18n import identity_translate, render

        return render(FigureName(self.key, self.label), translate or identity_translate)

    def shown(self, value: float | int | None) -> str:
        """``old`` or ``new`` as the report prints it: '—' for none, '97,5%' for a rate (QA 20 F5)."""
        from qms_desktop.i18n import format_number
        from qms_desktop.reports.report_data import PERCENT
        from qms_desktop.services.period_facts import FIGURE_KEYS

        if value is None:
            return "—"
        if isinstance(value, float) and not value.is_integer():
            text = format_number(value, len(f"{value:g}".partition(".")[2]))  # 98,5 in Vietnamese, 98.5 in English
        else:
            text = format_number(int(value))
        figure = FIGURE_KEYS.get(self.key)
        return f"{text}%" if figure is not None and figure.kind == PERCENT else text


@dataclass(frozen=True)
class Outcome:
    path: Path
    status: str  # accepted / superseded / duplicate / refused
    unit_code: str = ""
    unit_name: str = ""
    period: str = ""
    version: int | None = None
    fingerprint: str = ""
    reason: QmsError | None = None  # why it was refused (or what it duplicates)
    notes: tuple[Note, ...] = ()
    changes: tuple[Change, ...] = ()
    replaced_version: int | None = None
    needs_key: bool = False  # refused only because the unit's first key awaits the user's confirmation
    package_id: int | None = None
    package_agency: str = ""  # the agency's name as the package gives it (the register's is unit_name)
    signed_copy: bool = False  # superseded by the digitally signed copy of the same report (same version)
    pdf_signature: str = ""  # its report.pdf's signature as checked (pades.VALID / UNKNOWN_ISSUER / INVALID / NOT_SIGNED)

    @property
    def name(self) -> str:
        return self.path.name


@dataclass(frozen=True)
class ImportResult:
    outcomes: tuple[Outcome, ...]

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def written(self) -> bool:
        return any(o.status in (ACCEPTED, SUPERSEDED) for o in self.outcomes)


@dataclass(frozen=True)
class KeyQuestion:
    """What the user must confirm before a unit's first key is pinned."""

    unit_code: str
    unit_name: str  # the register's name of the unit
    fingerprint: str
    file: Path
    package_name: str = ""  # the agency's name as the package gives it, shown beside the register's


ConfirmKey = Callable[[KeyQuestion], bool]


class _Refusal(Exception):
    def __init__(self, error: QmsError, **extra) -> None:
        super().__init__(error.message)
        self.error, self.extra = error, extra


def _refuse(message: str, **params) -> _Refusal:
    return _Refusal(PackageRefused(message, **params))


def verify_package(path: Path, **kwargs):
    """``reports.package.verify_package``, imported at first use (cryptography is a heavy import)."""
    from qms_desktop.reports.package import verify_package as verify

    return verify(path, **kwargs)


def collect_files(paths: Iterable[str | Path]) -> list[Path]:
    """The files to import: files as given; folders (a USB drive) searched for ``*.zip`` at any depth."""
    out: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = [p for p in path.rglob("*") if p.suffix.lower() == ".zip" and p.is_file()]
            out.extend(sorted(found, key=lambda p: str(p).casefold()))
        else:
            out.append(path)
    return out


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None, microsecond=0)


def _setting(s: Session, key: str) -> str:
    row = s.get(orm.Setting, key)
    return row.value if row else DEFAULTS[key]


# ---------------------------------------------------------------- reading one package

def _metrics(info: "PackageInfo") -> tuple[dict[str, float | int | None], dict[str, str]]:
    values: dict[str, float | int | None] = {}
    labels: dict[str, str] = {}
    for part in info.data.parts:
        for item in part.items:
            for m in item.metrics:
                v = m.value
                if v is not None:
                    if isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v) \
                            or not 0 <= v <= _MAX_FIGURE:
                        raise _refuse(QT_TRANSLATE_NOOP("Inbox", "{name}: the report's figure {key} is not a valid "
                                                                 "number."), name=info.path.name,
                                      key=FigureName(str(m.key)[:60], clean(str(m.label))[:150]))  # QA 41 F3
                values[str(m.key)] = v
                labels[str(m.key)] = str(m.label)
    return values, labels


def _paragraphs(info: "PackageInfo", key: str) -> str:
    for part in info.data.parts:
        for item in part.items:
            if item.key == key:
                return " ".join(item.paragraphs)
    return ""


def _check_figures(values: dict, labels: dict, name: str) -> None:
    """The figures must agree with one another, as the commune's own application makes them: files on time and
    late are among those received, a rate lies between 0 and 100 (counts are never negative: ``_metrics``)."""
    def label(key: str) -> FigureName:  # the application's name of the figure, in the user's language
        return FigureName(key, clean(labels.get(key) or key)[:150])

    received, on_time, late = values.get("received"), values.get("on_time"), values.get("late")
    if received is not None and (on_time is not None or late is not None) and (on_time or 0) + (late or 0) > received:
        raise _refuse(QT_TRANSLATE_NOOP(
            "Inbox", "{name}: the report's figures contradict each other: {on_time_label} ({on_time}) plus "
                     "{late_label} ({late}) is more than {received_label} ({received})."), name=name,
            on_time_label=label("on_time"), on_time=_number(on_time or 0), late_label=label("late"),
            late=_number(late or 0), received_label=label("received"), received=_number(received))
    for key in _RATES:
        value = values.get(key)
        if value is not None and value > 100:
            raise _refuse(QT_TRANSLATE_NOOP(
                "Inbox", "{name}: the report's figure {label} is {value}, but a rate lies between 0 and 100."),
                name=name, label=label(key), value=_number(value))


def _number(value: float | int) -> str:
    return f"{value:g}" if isinstance(value, float) and not value.is_integer() else str(int(value))


def _figures(info: "PackageInfo") -> tuple[dict, dict, dict]:
    values, labels = _metrics(info)
    _check_figures(values, labels, info.path.name)
    columns: dict[str, object] = {}
    for column, key in FIGURE_COLUMNS.items():
        v = values.get(key)
        if v is not None and column not in _FLOATS:
            if float(v) != int(v):
                raise _refuse(QT_TRANSLATE_NOOP("Inbox", "{name}: the report's figure {key} is not a whole number."),
                              name=info.path.name, key=FigureName(key, clean(labels.get(key) or key)[:150]))
            v = int(v)
        columns[column] = float(v) if (v is not None and column in _FLOATS) else v
    announcement = _paragraphs(info, "announcement").casefold()
    reannouncement = _paragraphs(info, "reannouncement").casefold()
    columns["announced"] = bool(announcement) and not announcement.startswith("chưa công bố")
    columns["reannounce_needed"] = "cần công bố lại" in reannouncement
    return columns, values, labels


def _inspections(info: "PackageInfo") -> str | None:
    """report.json's external_inspections (issue 15) as stored with the package: JSON, None when it reports none
    (packages made before issue 15 never do). Texts are cut to the columns' sizes of the commune's record."""
    items = [{"body": clean(i.body)[:300], "record_number": clean(i.record_number)[:100],
              "signed_date": i.signed_date.isoformat(),
              "corrective_reported": i.corrective_reported.isoformat() if i.corrective_reported else None,
              "nc_total": max(0, min(int(i.nc_total), _MAX_FIGURE)), "nc_closed": max(0, min(int(i.nc_closed), _MAX_FIGURE))}
             for i in getattr(info.data, "external_inspections", ())]
    return json.dumps(items, ensure_ascii=False, sort_keys=True) if items else None


def _exported_at(manifest: dict, name: str) -> tuple[dt.datetime, dt.date]:
    """(UTC time, the date where it was exported) of the manifest's ``exported_at``."""
    try:
        when = dt.datetime.fromisoformat(str(manifest["exported_at"]))
    except (KeyError, TypeError, ValueError):
        raise _refuse(QT_TRANSLATE_NOOP("Inbox", "{name}: the time of export in the manifest cannot be read."),
                      name=name) from None
    local_date = when.date()
    if when.tzinfo is not None:
        when = when.astimezone(dt.timezone.utc).replace(tzinfo=None)
    return when, local_date


def _check_consistent(info: "PackageInfo", name: str, sent_date: dt.date, today: dt.date) -> None:
    """What the sender signed must agree with itself and with the office's calendar: the report inside is the
    agency's named on the package, neither its date nor its export is after the office's ``today`` (a commune's
    clock set wrong, or a date forged), and it was not exported before the day it is dated."""
    report_agency = clean(str(getattr(info.data.agency, "full_name", "") or ""))
    package_agency = clean(str(info.manifest["agency"].get("full_name", "") or ""))
    if report_agency and package_agency and fold(report_agency) != fold(package_agency):
        raise _refuse(QT_TRANSLATE_NOOP(
            "Inbox", "{name}: the report inside is from {report_agency}, but the package is from {package_agency}."),
            name=name, report_agency=report_agency, package_agency=package_agency)
    if info.data.date is not None and info.data.date > today:
        raise _refuse(QT_TRANSLATE_NOOP(
            "Inbox", "{name}: the report is dated {date}, after today ({today}). The commune's clock or the date in "
                     "the package is wrong: ask the commune to correct it and send the report again."),
            name=name, date=format_date(info.data.date), today=format_date(today))
    if sent_date > today:
        raise _refuse(QT_TRANSLATE_NOOP(
            "Inbox", "{name}: exported on {sent}, after today ({today}): it would be received before it was sent. "
                     "The commune's clock or the date in the package is wrong: ask the commune to correct its clock "
                     "and export the report again."), name=name, sent=format_date(sent_date), today=format_date(today))
    if info.data.date is not None and sent_date < info.data.date:
        raise _refuse(QT_TRANSLATE_NOOP(
            "Inbox", "{name}: exported on {sent}, before the report's own date {date}: the dates in the package "
                     "contradict each other."), name=name, sent=format_date(sent_date), date=format_date(info.data.date))


def _unfinished_note(info: "PackageInfo", sent_date: dt.date) -> Note | None:
    """A report made before its period ended that does not say the day its figures run to (data_as_of) claims
    the whole period's figures: the commune's pre-flight refuses to finalise it; if one arrives, it is said."""
    data = info.data
    day, end = data.date or sent_date, data.period_end
    if day >= end or (data.data_as_of is not None and data.data_as_of < end):
        return None
    return Note(QT_TRANSLATE_NOOP(
        "Inbox", "The report is dated {date}, before its period ended on {end}, and does not state the day its figures "
                 "run to: they cannot cover the whole period. The commune's application should have refused to "
                 "finalise it; ask the commune to confirm the figures or to send a corrected version."),
        {"date": format_date(day), "end": format_date(end)})


OTHER_DATES = QT_TRANSLATE_NOOP("Inbox", "The report covers {start} – {end}, not {office_start} – {office_end} as the "
                                         "office counts {period}: its figures are for other days than those of the "
                                         "units on the office's rule.")


def manifest_dates(manifest: dict) -> tuple[dt.date, dt.date] | None:
    """(first day, last day) the package's report covers, as its manifest says; None if unreadable."""
    try:
        return (dt.date.fromisoformat(str(manifest.get("period_start"))),
                dt.date.fromisoformat(str(manifest.get("period_end"))))
    except (ValueError, TypeError, AttributeError):
        return None


def _period(info: "PackageInfo", name: str, wanted: str | None, rule: str, today: dt.date) -> ReportPeriod:
    manifest = info.manifest
    try:
        period = ReportPeriod.parse(str(manifest.get("period", "")))
        start = dt.date.fromisoformat(str(manifest.get("period_start")))
        end = dt.date.fromisoformat(str(manifest.get("period_end")))
    except (ValidationError, ValueError, TypeError):
        raise _refuse(QT_TRANSLATE_NOOP("Inbox", "{name}: the report period in the manifest cannot be read."),
                      name=name) from None
    if (start, end) not in (period.bounds(DECREE_09), period.bounds(CALENDAR)) or \
            (info.data.period_start, info.data.period_end) != (start, end):
        raise _refuse(QT_TRANSLATE_NOOP("Inbox", "{name}: the dates {start} – {end} are not those of the period "
                                                 "{period}."), name=name, start=format_date(start),
                      end=format_date(end), period=period_name(period.code))
    # the period the package is for, in the outcome's period column (QA 61 F5: empty on a wrong-period refusal)
    if wanted and period.code != wanted:
        raise _Refusal(PackageRefused(QT_TRANSLATE_NOOP(
            "Inbox", "{name} is the report for {period}, not for {wanted} (wrong period)."),
            name=name, period=period_name(period.code), wanted=period_name(wanted)), period=period.code)
    if period.bounds(rule)[0] > today:
        raise _Refusal(PackageRefused(QT_TRANSLATE_NOOP(
            "Inbox", "{name} is a report for {period}, a period that has not begun yet (wrong period)."),
            name=name, period=period_name(period.code)), period=period.code)
    return period


def _registered_names(unit: orm.RxUnit, by_code: dict[str, orm.RxUnit]) -> set[str]:
    """The folded names a package from ``unit`` may carry: the register's name and its predecessors' (a
    predecessor given by its code in the register stands for that unit's name)."""
    keys = {unit.match_key or "", match_key(unit.name or ""), match_key(unit.name or "", unit.kind)}
    for entry in (unit.predecessors or "").split(";"):
        entry = clean(entry)
        if not entry:
            continue
        keys.add(match_key(entry))
        former = by_code.get(code_key(entry))
        if former is not None:
            keys |= {former.match_key or "", match_key(former.name or "")}
    return keys - {""}


def _find_unit(by_code: dict[str, orm.RxUnit], by_key: dict[str, list[orm.RxUnit]], info,
               name: str, by_fingerprint: dict[str, orm.RxUnit]) -> tuple[orm.RxUnit, list[Note], bool]:
    """(the unit, notes, whether the unit found is not the one the package names: its code names another, or only
    the key pinned for the unit found it, after the register renamed the unit or changed its kind — QA 24 F4;
    the caller checks the whole key before taking it in)."""
    agency = info.manifest.get("agency") if isinstance(info.manifest.get("agency"), dict) else {}
    code = clean(str(agency.get("code") or ""))[:50]
    full_name = clean(str(agency.get("full_name") or ""))
    short_name = clean(str(agency.get("short_name") or ""))
    notes: list[Note] = []
    if code and code_key(code) in by_code:
        unit = by_code[code_key(code)]
        named = {match_key(full_name), match_key(short_name)} - {""}
        return unit, notes, not (named & _registered_names(unit, by_code))
    keys = {match_key(full_name), match_key(short_name)} - {""}
    found = list({u.id: u for k in keys for u in by_key.get(k, ())}.values())
    if len(found) > 1:
        raise _refuse(QT_TRANSLATE_NOOP("Inbox", "{name}: several units of the register are named {agency}; the commune "
                                                 "must set its unit code in its profile."), name=name,
                      agency=full_name)
    if not found and (pinned := by_fingerprint.get(info.fingerprint)) is not None:
        return pinned, notes, True
    if not found:
        successor = next((u for u in by_code.values() for e in (u.predecessors or "").split(";")
                          if clean(e) and match_key(clean(e)) in keys), None)
        if successor is not None:  # a commune merged into another: its successor reports (QA 61 F2)
            raise _refuse(QT_TRANSLATE_NOOP(
                "Inbox", "{name}: {agency} is not a reporting unit: the register lists it among the units merged into "
                         "{successor} ({code}), which reports for it. A report of {agency} for a period before the "
                         "merger needs {agency} in the register as a unit closed on that day (Units page, or qms units "
                         "import)."), name=name, agency=full_name or short_name, successor=successor.name,
                code=successor.code)
        raise _refuse(QT_TRANSLATE_NOOP("Inbox", "{name}: {agency} is not in the register of reporting units "
                                                 "(add it on the Units page or with qms units import, or ask the "
                                                 "commune to set its unit code)."),
                      name=name, agency=full_name or short_name or "?")
    if code:
        notes.append(Note(QT_TRANSLATE_NOOP("Inbox", "The package gives the unit code {code}, which is not in the "
                                                     "register; matched by name to {unit}."),
                          {"code": code, "unit": found[0].code}))
    return found[0], notes, False


# ---------------------------------------------------------------- the batch

class _Batch:
    def __init__(self, ctx: AppContext, s: Session, period: str | None, confirm_key: ConfirmKey | None) -> None:
        self.ctx, self.s = ctx, s
        self.period = ReportPeriod.parse(period).code if period else None
        self.confirm_key = confirm_key
        self.rule = _setting(s, "period_rule") or DECREE_09
        self.today = ctx.today
        self.by_code: dict[str, orm.RxUnit] = {}
        self.by_key: dict[str, list[orm.RxUnit]] = {}
        self.by_fingerprint: dict[str, orm.RxUnit] = {}  # a pinned key finds its unit when no name does
        for unit in s.scalars(select(orm.RxUnit)):
            self.by_code[code_key(unit.code)] = unit
            if unit.key_fingerprint:
                self.by_fingerprint[unit.key_fingerprint] = unit
            # the stored key, and the key with the kind (a unit saved before names without their kind word matched)
            for key in {unit.match_key, match_key(unit.name or "", unit.kind)} - {"", None}:
                self.by_key.setdefault(key, []).append(unit)
        self.seen: dict[str, Outcome] = {}  # file SHA-256 → outcome, inside this batch
        self.confirmed: dict[int, str] = {}  # unit id → fingerprint confirmed in this batch
        self.now = _now()
        self.writing = False
        self.trust = None  # the office's imported trust anchors and CRLs, read at the first package

    def _pdf_signature(self, info: "PackageInfo") -> tuple[str, str]:
        """(state, signer) of the package's report.pdf: its PAdES signature checked against the office's trust
        anchors, the certificate's organisation against the sending unit (QA 13 F1: never looked at before)."""
        from qms_desktop.reports import pades

        if self.trust is None:
            from qms_desktop.services.reports.signing import trust_dir

            self.trust = pades.TrustStore.load(trust_dir())
        try:
            result = pades.verify_package_pdf(info, self.trust)
        except pades.SigningProblem:  # a PDF its signature reader cannot read: not a signature to rely on
            return pades.INVALID, ""
        return result.status, clean(result.signed_by)[:300]

    # -- one file -----------------------------------------------------------------------------
    def run_one(self, path: Path) -> Outcome:
        self.writing = False
        try:
            return self._one(path)
        except _Refusal as r:
            return Outcome(path, REFUSED, reason=r.error, **r.extra)
        except (KeyError, TypeError, ValueError, AttributeError, IndexError, RecursionError):
            if self.writing:  # a bug, not the package: the whole batch is rolled back
                raise
            # a package signed by a pinned key but with content of unexpected types: malformed, nothing written
            return Outcome(path, REFUSED, reason=PackageRefused(QT_TRANSLATE_NOOP(
                "Inbox", "{name} is malformed: its manifest or report does not have the expected content."),
                name=path.name))

    def _one(self, path: Path) -> Outcome:
        name = path.name
        try:
            size = path.stat().st_size
            if not path.is_file():
                raise IsADirectoryError
        except FileNotFoundError:
            raise _refuse(QT_TRANSLATE_NOOP("Inbox", "{name} does not exist."), name=str(path)) from None
        except OSError as exc:
            raise _refuse(QT_TRANSLATE_NOOP("Inbox", "{name} cannot be read: {detail}"), name=name,
                          detail=exc.strerror or str(exc)) from None
        if size > MAX_FILE:
            raise _refuse(QT_TRANSLATE_NOOP("Inbox", "{name} is too large to be a report package ({mb} MB)."),
                          name=name, mb=size // (1024 * 1024))
        try:
            content = path.read_bytes()
        except OSError as exc:
            raise _refuse(QT_TRANSLATE_NOOP("Inbox", "{name} cannot be read: {detail}"), name=name,
                          detail=exc.strerror or str(exc)) from None
        sha = hashlib.sha256(content).hexdigest()
        earlier = self.seen.get(sha)
        if earlier is not None:
            return self._duplicate(path, earlier.unit_code, earlier.unit_name, earlier.period, earlier.version)
        known = self.s.execute(select(orm.RxPackage.id, orm.RxUnit.code, orm.RxUnit.name, orm.RxPackage.period,
                                      orm.RxPackage.report_version)
                               .join(orm.RxUnit, orm.RxUnit.id == orm.RxPackage.unit_id)
                               .where(orm.RxPackage.file_sha256 == sha)).first()
        if known is not None:
            return self._duplicate(path, known.code, known.name, known.period, known.report_version)
        from qms_desktop.reports.package import PackageInvalid

        try:
            info = verify_package(path, content=content)
        except PackageInvalid as exc:
            raise _Refusal(exc) from None
        outcome = self._take(path, info, content, sha)
        self.seen[sha] = outcome
        return outcome

    def _duplicate(self, path: Path, code: str, unit: str, period: str, version: int | None) -> Outcome:
        if self.period and period and period != self.period:  # asked for one period: another's file is refused
            raise _Refusal(PackageRefused(QT_TRANSLATE_NOOP(  # as any other of that period is (QA 61 F5)
                "Inbox", "{name} is the report for {period}, not for {wanted} (wrong period)."), name=path.name,
                period=period_name(period), wanted=period_name(self.period)), unit_code=code, unit_name=unit,
                period=period)
        return Outcome(path, DUPLICATE, code, unit, period, version, reason=PackageRefused(QT_TRANSLATE_NOOP(
            "Inbox", "already received (the same file); nothing changed")))

    def _take(self, path: Path, info: "PackageInfo", content: bytes, sha: str) -> Outcome:
        name, manifest, data = path.name, info.manifest, info.data
        version = data.report_version
        if not isinstance(version, int) or isinstance(version, bool) or not 1 <= version <= 10_000 \
                or not isinstance(manifest.get("agency"), dict):
            raise _refuse(QT_TRANSLATE_NOOP(
                "Inbox", "{name} is malformed: its manifest or report does not have the expected content."), name=name)
        if data.status not in ("final", "sent"):
            raise _refuse(QT_TRANSLATE_NOOP("Inbox", "{name} holds a draft report, not a finalised one."), name=name)
        period = _period(info, name, self.period, self.rule, self.today)
        exported_at, sent_date = _exported_at(manifest, name)
        try:
            head = manifest_head(manifest)
            manifest_checkpoints(manifest)
        except MalformedChain:
            raise _refuse(QT_TRANSLATE_NOOP("Inbox", "{name}: the history-chain head in the manifest is malformed."),
                          name=name) from None
        # the export's moment on the office's calendar: "23:59 at UTC−12" is tomorrow here (QA 10)
        _check_consistent(info, name, max(sent_date, local_time(exported_at).date()), self.today)
        columns, values, labels = _figures(info)
        unit, notes, other_name = _find_unit(self.by_code, self.by_key, info, name, self.by_fingerprint)
        agency = manifest["agency"]
        package_agency = clean(str(agency.get("full_name") or agency.get("short_name") or ""))[:300]
        ident = dict(unit_code=unit.code, unit_name=unit.name, period=period.code, version=data.report_version,
                     fingerprint=info.fingerprint, package_agency=package_agency)
        start, end = period.bounds(self.rule)
        if unit.opened and unit.opened > end:  # each case in words, no "—" in a sentence (QA 61 F7)
            raise _Refusal(PackageRefused(QT_TRANSLATE_NOOP(
                "Inbox", "{unit} did not exist during {period}: it was set up on {opened}, after the period ended. "
                         "Wrong period."), unit=unit.name, period=period_name(period.code),
                opened=format_date(unit.opened)), **ident)
        if unit.closed and unit.closed < start:
            raise _Refusal(PackageRefused(QT_TRANSLATE_NOOP(
                "Inbox", "{unit} did not exist during {period}: it closed on {closed}, before the period began. "
                         "Wrong period."), unit=unit.name, period=period_name(period.code),
                closed=format_date(unit.closed)), **ident)
        if other_name and not (unit.key_fingerprint or self.confirmed.get(unit.id)):
            # its code names this unit, its name another: never the first key pinned for this unit
            raise _Refusal(PackageRefused(QT_TRANSLATE_NOOP(
                "Inbox", "the package names {agency}, but the unit with code {code} in the register is {unit}, and no "
                         "key is pinned for {unit} yet: a key is never trusted on first use when the names differ. "
                         "Ask the commune which unit it is and to check the unit code in its profile (or correct the "
                         "register's name), then import the package again."),
                agency=package_agency or "—", code=unit.code, unit=unit.name), **ident)
        self._check_key(unit, info, path, ident)
        # the full name is what the report prints: a package whose short name is the unit's but whose full name is
        # another's is taken in as before (either name finds the unit), with the names said all the same
        full_name = clean(str(agency.get("full_name") or ""))
        other_full_name = bool(full_name) and match_key(full_name) not in _registered_names(unit, self.by_code)
        if other_name or other_full_name:  # the key pinned for the unit signed it: taken in, the names said
            notes.append(Note(QT_TRANSLATE_NOOP(
                "Inbox", "The package names {agency}, but the register calls unit {code} {unit}: taken in as {unit} "
                         "because it is signed with the key pinned for that unit. Check the name in the commune's "
                         "profile, or the register's."), {"agency": package_agency or "—", "code": unit.code,
                                                          "unit": unit.name}))
        unfinished = _unfinished_note(info, sent_date)
        if unfinished is not None:
            notes.append(unfinished)
        if not unit.expected:
            notes.append(Note(QT_TRANSLATE_NOOP("Inbox", "{unit} is not expected to report ({reason})."),
                              {"unit": unit.name, "reason": unit.not_expected_reason}))
        elif unit.closed is not None and unit.closed <= end:  # merged away in the period (on its last day too, as the
            # status counts it: status.exists_at): its successor reports it
            successors = units_successors(unit, self.by_code.values())
            notes.append(Note(QT_TRANSLATE_NOOP(
                "Inbox", "{unit} closed on {closed}, before the period ended: it is not expected for the period, its "
                         "successor {successor} reports it; this report is shown, not totalled."),
                {"unit": unit.name, "closed": format_date(unit.closed), "successor": ", ".join(successors)})
                if successors else Note(QT_TRANSLATE_NOOP(
                    "Inbox", "{unit} closed on {closed}, before the period ended: it is not expected for the period; "
                             "this report is shown, not totalled."),
                    {"unit": unit.name, "closed": format_date(unit.closed)}))
        if manifest.get("key_changed_from"):
            notes.append(Note(QT_TRANSLATE_NOOP("Inbox", "The sender says it changed its key (previous key {old})."),
                              {"old": str(manifest.get("key_changed_from"))[:40]}))
        dates = manifest_dates(manifest)
        if dates is not None and dates != (start, end):  # the other rule (_period took both): said, not mixed silently
            notes.append(Note(OTHER_DATES, {"start": format_date(dates[0]), "end": format_date(dates[1]),
                                            "period": period.code, "office_start": format_date(start),
                                            "office_end": format_date(end)}))
        # verify_package checked every part against the signed manifest: report.json's SHA-256 is the listed one
        report_sha = next(f["sha256"] for f in manifest["files"] if f.get("name") == "report.json")
        signature, signer = self._pdf_signature(info)
        ident["pdf_signature"] = signature
        if signature == INVALID:  # not signed is no fault (a column says it); a broken signature is
            notes.append(Note(QT_TRANSLATE_NOOP(
                "Inbox", "The report's PDF carries a digital signature that does not verify (see the package's "
                         "signature): ask the commune for a corrected version, signed anew (a signed PDF cannot be "
                         "signed over: Reports › Corrected version…)."), {}))  # QA 17 F5

        sub = self.s.scalar(select(orm.RxSubmission).where(orm.RxSubmission.unit_id == unit.id,
                                                           orm.RxSubmission.period == period.code))
        current = None
        if sub is not None:
            current = self.s.scalar(select(orm.RxPackage).where(orm.RxPackage.submission_id == sub.id,
                                                                orm.RxPackage.current.is_(True)))
        signed_copy = False
        if current is not None:
            if current.report_version == data.report_version and current.report_sha256 == report_sha:
                better = (_RANK.get(signature, 0), _signature_count(manifest))
                if better <= (_RANK.get(current.pdf_signature or "", 0), _signature_count(json.loads(current.manifest or "{}"))):
                    return Outcome(path, DUPLICATE, reason=PackageRefused(QT_TRANSLATE_NOOP(
                        "Inbox", "the same report (version {version}) exported again; nothing changed"),
                        version=data.report_version), **ident)
                # the same report, its PDF now digitally signed, or signed by more (the agency's signature after
                # the chairman's, QA 17 F4), or now verifying: the better signed copy is the one to keep (QA 13 F1)
                signed_copy = True
                received = format_date(local_time(current.received_at).date())
                if (current.pdf_signature or "") == "not_signed":
                    notes.append(Note(QT_TRANSLATE_NOOP(
                        "Inbox", "The digitally signed copy of version {version}: it replaces the copy received on "
                                 "{date}, whose PDF was not signed; the report's content is the same."),
                        {"version": data.report_version, "date": received}))
                else:  # QA 17 F10: the earlier copy was signed, by fewer or with a signature that did not verify
                    notes.append(Note(QT_TRANSLATE_NOOP(
                        "Inbox", "A better signed copy of version {version} (more signatures, or a signature that "
                                 "verifies): it replaces the copy received on {date}; the report's content is the same."),
                        {"version": data.report_version, "date": received}))
            elif data.report_version < current.report_version:
                raise _Refusal(PackageRefused(QT_TRANSLATE_NOOP(
                    "Inbox", "replayed: version {version} is older than version {current} already received for "
                             "{period}."), version=data.report_version, current=current.report_version,
                    period=period_name(period.code)), **ident)
            elif data.report_version == current.report_version:
                raise _Refusal(PackageRefused(QT_TRANSLATE_NOOP(
                    "Inbox", "another version {version} of the report for {period} was received before, with other "
                             "content: this copy may have been altered, or exported from an old copy of the commune's "
                             "data. Ask the commune which report is the right one."),
                    version=data.report_version, period=period_name(period.code)), **ident)
            if sub.state == "accepted" and not signed_copy:  # the same content, signed: taken in, still accepted
                raise _Refusal(PackageRefused(QT_TRANSLATE_NOOP(
                    "Inbox", "the report for {period} was accepted and is locked; unlock it before taking a corrected "
                             "version."), period=period_name(period.code)), **ident)

        self._check_history_owner(unit, manifest, head, period, ident)
        continuity, chain_note, update_head = self._continuity(unit, manifest, head, ident)
        if chain_note is not None:
            notes.append(chain_note)

        # ---- everything checked: write
        self.writing = True
        s = self.s
        if s.scalar(select(orm.StoredFile.sha256).where(orm.StoredFile.sha256 == sha)) is None:  # writers are serialised
            s.execute(insert(orm.StoredFile.__table__),  # Core: the bytes stay out of the session
                      [{"sha256": sha, "size": len(content), "data": content}])
        if unit.id in self.confirmed and not unit.key_fingerprint:
            pin_key(s, unit, self.confirmed[unit.id], source="first_use", username=self.ctx.actor.username,
                    detail=name, key_sha256=info.key_sha256)
        elif not unit.key_sha256:  # pinned by its fingerprint (by hand, or by an earlier version): the whole key now
            unit.key_sha256 = info.key_sha256
        changes: list[Change] = []
        replaced = None
        if sub is None:
            sub = orm.RxSubmission(unit_id=unit.id, period=period.code, state="received", first_sent_at=exported_at,
                                   first_sent_date=sent_date, first_received_at=self.now, state_at=self.now,
                                   state_by=self.ctx.actor.username)
            s.add(sub)
        elif sub.state == "returned" and not signed_copy:
            sub.state, sub.state_at, sub.state_by = "resubmitted", self.now, self.ctx.actor.username
        package = orm.RxPackage(
            submission=sub, unit_id=unit.id, period=period.code, current=True,
            report_version=data.report_version, report_number=data.number_text.strip()[:100],
            report_date=data.date, agency_name=clean(str(manifest["agency"].get("full_name", "")))[:300],
            agency_code=clean(str(manifest["agency"].get("code") or ""))[:50], fingerprint=info.fingerprint,
            file_name=name[:300], file_sha256=sha, file_size=len(content), report_sha256=report_sha,
            exported_at=exported_at, sent_date=sent_date, exported_by=str(manifest.get("exported_by", ""))[:64],
            received_at=self.now, chain_count=head.count if head else None, chain_hash=head.hash if head else None,
            continuity=continuity, manifest=json.dumps(manifest, ensure_ascii=False, sort_keys=True),
            notes=json.dumps([{"message": n.message, "params": n.params} for n in notes], ensure_ascii=False),
            figures=json.dumps({"values": values, "labels": labels} | (  # "số liệu tính đến ngày …" (status.py)
                {"data_as_of": data.data_as_of.isoformat()} if data.data_as_of else {}),
                ensure_ascii=False, sort_keys=True),
            inspections=_inspections(info), pdf_signature=signature, pdf_signer=signer or None, **columns)
        if current is not None:
            before = manifest_dates(json.loads(current.manifest or "{}"))
            if before is not None and dates is not None and before != dates:
                notes.append(Note(QT_TRANSLATE_NOOP(
                    "Inbox", "The dates of the period changed from version {old}: {old_start} – {old_end} before, "
                             "{start} – {end} now."), {"old": current.report_version,
                                                       "old_start": format_date(before[0]),
                                                       "old_end": format_date(before[1]),
                                                       "start": format_date(dates[0]), "end": format_date(dates[1])}))
                package.notes = json.dumps([{"message": n.message, "params": n.params} for n in notes],
                                           ensure_ascii=False)
            old = json.loads(current.figures or "{}").get("values", {})
            for key in list(values) + [k for k in old if k not in values]:
                if old.get(key) != values.get(key):
                    changes.append(Change(key, labels.get(key, key), old.get(key), values.get(key)))
            package.changes = json.dumps([c.__dict__ for c in changes], ensure_ascii=False)
            current.current = False
            replaced = current.report_version
        if update_head and head is not None:
            unit.chain_count, unit.chain_hash = head.count, head.hash
        s.add(package)
        s.add(orm.RxEvent(unit_id=unit.id, period=period.code, package=package, at=self.now,
                          username=self.ctx.actor.username,
                          action="signed_copy" if signed_copy else "superseded" if replaced else "received",
                          detail=f"v{data.report_version} {name}"))
        s.flush()  # one flush per package (each flush also writes the change history)
        if current is not None:
            current.superseded_by_id = package.id  # flushed with the next package or at commit
        return Outcome(path, SUPERSEDED if replaced else ACCEPTED, notes=tuple(notes), changes=tuple(changes),
                       replaced_version=replaced, package_id=package.id, signed_copy=signed_copy, **ident)

    def _check_key(self, unit: orm.RxUnit, info, path: Path, ident: dict) -> None:
        fp = info.fingerprint
        if unit.key_fingerprint:
            if unit.key_fingerprint != fp:
                raise _Refusal(PackageRefused(QT_TRANSLATE_NOOP(
                    "Inbox", "signed with an unknown key ({fingerprint}); the key pinned for {unit} is {pinned}. If the "
                             "commune changed its key, confirm the new fingerprint with it by phone and enrol it."),
                    fingerprint=fp, unit=unit.name, pinned=unit.key_fingerprint, enrol_code=unit.code), **ident)
            if unit.key_sha256 and unit.key_sha256 != info.key_sha256:  # 64 bits matched, the key did not: forged
                raise _Refusal(PackageRefused(QT_TRANSLATE_NOOP(
                    "Inbox", "signed with a key that shows the fingerprint pinned for {unit} ({fingerprint}) but is not "
                             "the pinned key: a key made to look like it. Refused; ask the commune by phone whether "
                             "it changed its key."), fingerprint=fp, unit=unit.name), **ident)
            return
        if self.confirmed.get(unit.id) == fp:
            return
        if unit.id in self.confirmed:  # another first key for the same unit in one batch
            raise _Refusal(PackageRefused(QT_TRANSLATE_NOOP(
                "Inbox", "signed with an unknown key ({fingerprint}): another key was just confirmed for {unit}."),
                fingerprint=fp, unit=unit.name), **ident)
        other = self._unit_holding(fp, unit.id)
        if other is not None:  # trust on first use never pins a key another unit holds (qms inbox trust may, asked)
            raise _Refusal(PackageRefused(QT_TRANSLATE_NOOP(
                "Inbox", "first package from {unit}: its key {fingerprint} is already pinned to {other_name} "
                         "({other_code}). One key for two units is a sign that one of them is being impersonated: "
                         "check the fingerprint with both units, and enrol it by hand only if both confirm it."),
                unit=unit.name, fingerprint=fp, other_name=other.name, other_code=other.code, enrol_code=unit.code),
                **ident)
        leader = self.ctx.actor.can("approve")  # pinning a key is trusting a sender: as `qms inbox trust`, a leader's call
        question = KeyQuestion(unit.code, unit.name, fp, path, ident.get("package_agency", ""))
        if leader and self.confirm_key is not None and self.confirm_key(question):
            self.confirmed[unit.id] = fp
            return
        if not leader:
            raise _Refusal(PackageRefused(QT_TRANSLATE_NOOP(
                "Inbox", "first package from {unit}: its key {fingerprint} is not confirmed yet, and only a leader's "
                         "account can confirm a unit's key. Ask a leader to import this package or to enrol the key."),
                unit=unit.name, fingerprint=fp, enrol_code=unit.code),
                needs_key=True, **ident)
        raise _Refusal(PackageRefused(QT_TRANSLATE_NOOP(
            "Inbox", "first package from {unit}: its key {fingerprint} is not confirmed yet. Compare it with the "
                     "fingerprint printed on the signed report or read out by phone, then enrol it."),
            unit=unit.name, fingerprint=fp, enrol_code=unit.code),
            needs_key=True, **ident)

    def _unit_holding(self, fingerprint: str, unit_id: int) -> orm.RxUnit | None:
        """Another unit whose pinned key (or key confirmed in this batch) is ``fingerprint``."""
        confirmed = next((u for u, fp in self.confirmed.items() if fp == fingerprint and u != unit_id), None)
        if confirmed is not None:
            return self.s.get(orm.RxUnit, confirmed)
        return self.s.scalars(select(orm.RxUnit).where(orm.RxUnit.key_fingerprint == fingerprint,
                                                       orm.RxUnit.id != unit_id).order_by(orm.RxUnit.code).limit(1)).first()

    def _continuity(self, unit: orm.RxUnit, manifest: dict, head: Head | None, ident: dict):
        """(continuity code, a note or None, whether the unit's remembered head moves to this one)."""
        previous = Head(unit.chain_count, unit.chain_hash) if unit.chain_count is not None and unit.chain_hash else None
        unverifiable = Note(QT_TRANSLATE_NOOP("Inbox", "Continuity of the sender's history cannot be verified: the "
                                                       "package carries no history-chain head."))
        if head is None:
            return "unverifiable", unverifiable, False
        if previous is None:
            return "first", None, True
        if head.count < previous.count:
            later = self.s.scalar(select(orm.RxPackage.manifest).where(
                orm.RxPackage.unit_id == unit.id, orm.RxPackage.chain_count == previous.count,
                orm.RxPackage.chain_hash == previous.hash).limit(1))
            try:
                points = manifest_checkpoints(json.loads(later)) if later else None
            except (MalformedChain, ValueError):
                points = None
            if points and points.get(head.count) == head.hash:
                return "earlier", Note(QT_TRANSLATE_NOOP(
                    "Inbox", "An older package arriving late: its history is part of the chain already seen "
                             "({count} entries)."), {"count": previous.count}), False
            raise self._rewritten(previous, head, ident)
        result = chain_extends(previous, manifest)
        if result is False:
            raise self._rewritten(previous, head, ident)
        if result is None:  # the head seen last time stays: a history that may be a restored or rewritten one
            return "unverifiable", Note(QT_TRANSLATE_NOOP(  # must not become the head later packages are held to
                "Inbox", "Continuity of the sender's history cannot be verified: the package has no checkpoint at "
                         "entry {count}, the head seen last time. The commune may have restored an older copy of its "
                         "data; the head seen last time is kept for its next packages."), {"count": previous.count}), False
        return "extends", None, True

    def _check_history_owner(self, unit: orm.RxUnit, manifest: dict, head: Head | None, period: ReportPeriod,
                             ident: dict) -> None:
        """A history already seen from another unit open in the period (its remembered head is this package's
        head or one of its checkpoints) is that unit's data sent under this unit's name. A predecessor's
        history continued by the commune it merged into (2025 reform) is not."""
        if head is None:
            return
        hashes = {head.hash} | {h for h in (manifest_checkpoints(manifest) or {}).values()}
        start, _end = period.bounds(self.rule)
        own = {fold(p) for p in (unit.predecessors or "").split(";") if p.strip()}
        for other in self.s.scalars(select(orm.RxUnit).where(orm.RxUnit.chain_hash.in_(hashes),
                                                             orm.RxUnit.id != unit.id)):
            if (other.closed is not None and other.closed < start) or {fold(other.code), fold(other.name)} & own:
                continue
            raise _Refusal(PackageRefused(QT_TRANSLATE_NOOP(
                "Inbox", "this package carries the history already received from {other} ({code}): it is that "
                         "unit's data sent under the name of {unit}. Ask both units which database each one uses."),
                other=other.name, code=other.code, unit=unit.name), **ident)

    @staticmethod
    def _rewritten(previous: Head, head: Head, ident: dict) -> _Refusal:
        return _Refusal(PackageRefused(QT_TRANSLATE_NOOP(
            "Inbox", "history rewritten: the sender's history chain ({count}:{hash}) does not extend the head seen in "
                     "its previous package ({seen_count}:{seen_hash})."), count=head.count, hash=head.hash[:12] + "…",
            seen_count=previous.count, seen_hash=previous.hash[:12] + "…"), **ident)


def _member(content: bytes, member: str) -> bytes:
    import io

    with zipfile.ZipFile(io.BytesIO(content)) as zf:
        return zf.read(member)


@dataclass(frozen=True)
class Recheck:
    """A received package whose report PDF's signature reads otherwise against today's trust store."""

    package_id: int
    unit_code: str
    period: str
    version: int
    old: str
    new: str
    signer: str


def _stored_pdf_check(file_name: str, data: bytes, trust):
    """The PAdES check of a stored package's report PDF; None when the stored file no longer verifies (it did when
    it was received)."""
    import io

    from qms_desktop.reports import pades
    from qms_desktop.reports.package import PackageInvalid, verify_package

    try:
        info = verify_package(Path(file_name), content=data)
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            pdf = zf.read("report.pdf")
        return pades.verify_package_pdf(info, trust, pdf=pdf)
    except (PackageInvalid, pades.SigningProblem, KeyError, zipfile.BadZipFile):
        return None


def signature_findings(ctx: AppContext, package_id: int, translate=None) -> list[str]:
    """Why a received report's signature is what it is, one sentence a line, checked now against the trust store
    (QA 17 F7: the inbox said 'INVALID' and never why; only `qms package verify` did)."""
    from qms_desktop.i18n import identity_translate
    from qms_desktop.reports import pades
    from qms_desktop.services.reports.signing import trust_dir

    translate = translate or identity_translate
    with ctx.tx("read") as s:
        p = s.get(orm.RxPackage, package_id)
        if p is None:
            return []
        name, data = p.file_name, s.get(orm.StoredFile, p.file_sha256).data
    result = _stored_pdf_check(name, data, pades.TrustStore.load(trust_dir()))
    if result is None:
        return [translate("Inbox", QT_TRANSLATE_NOOP(
            "Inbox", "The stored package no longer verifies: it was changed after it was received."))]
    return result.lines(translate)


def recheck_pdf_signatures(ctx: AppContext, *, progress: ProgressSink = no_progress,
                           cancel: CancelToken | None = None) -> list[Recheck]:
    """Check every received package's report PDF again against the trust store as it is now, and record the
    states that changed (QA 17 F6: a package received before its CA's root was imported stayed 'unknown issuer'
    for ever, as the same file again is a duplicate). One transaction: cancelled, nothing is written.

    Raises:
        Cancelled: the user cancelled.
    """
    from qms_desktop.reports import pades
    from qms_desktop.services.reports.signing import trust_dir

    cancel = cancel or CancelToken()
    trust = pades.TrustStore.load(trust_dir())
    out: list[Recheck] = []
    with ctx.tx("import") as s:
        require_office(s)
        rows = s.execute(select(orm.RxPackage.id, orm.RxUnit.code, orm.RxSubmission.period)
                         .join(orm.RxSubmission, orm.RxSubmission.id == orm.RxPackage.submission_id)
                         .join(orm.RxUnit, orm.RxUnit.id == orm.RxSubmission.unit_id)
                         .order_by(orm.RxPackage.id)).all()
        label = QT_TRANSLATE_NOOP("Jobs", "Checking the digital signatures again")
        progress(Progress(0, len(rows), label))
        for index, (package_id, code, period) in enumerate(rows):
            cancel.raise_if_cancelled()
            p = s.get(orm.RxPackage, package_id)
            stored = s.get(orm.StoredFile, p.file_sha256)
            result = _stored_pdf_check(p.file_name, stored.data, trust)
            state, signer = (result.status, clean(result.signed_by)[:300]) if result is not None else (INVALID, "")
            if state != (p.pdf_signature or "") or signer != (p.pdf_signer or ""):
                out.append(Recheck(p.id, code, period, p.report_version, p.pdf_signature or "", state, signer))
                p.pdf_signature, p.pdf_signer = state, signer or None
            s.expunge(stored)  # one package in memory at a time
            progress(Progress(index + 1, len(rows), label))
        cancel.raise_if_cancelled()
    return out


def import_packages(ctx: AppContext, paths: Iterable[str | Path], *, period: str | None = None,
                    confirm_key: ConfirmKey | None = None, progress: ProgressSink = no_progress,
                    cancel: CancelToken | None = None) -> ImportResult:
    """Check and take in report packages (files, or folders searched for ``*.zip``), in ONE transaction.

    Args:
        period: when given, a package for another period is refused as "wrong period".
        confirm_key: asked before a unit's first key is pinned (trust on first use); without it, such a
            package is refused with the fingerprint to confirm (``Outcome.needs_key``).

    Raises:
        Cancelled: the user cancelled; nothing at all was written.
        InboxInvalid: the database is not a receiving office's.
        RecordsAltered: the office's records (the keys pinned, the heads remembered, the reports received…)
            differ from their change history; nothing was written, the altered records are named.
    """
    cancel = cancel or CancelToken()
    files = collect_files(paths)
    total = len(files)
    outcomes: list[Outcome] = []
    progress(Progress(0, total, QT_TRANSLATE_NOOP("Jobs", "Checking and importing the packages")))
    with ctx.tx("import") as s:
        require_office(s)
        if files:  # once per batch, before any pinned key or remembered head is trusted (bounded: tamper.py)
            require_unaltered(altered_in(s), IMPORT_REFUSED)
        batch = _Batch(ctx, s, period, confirm_key)
        for index, path in enumerate(files):
            cancel.raise_if_cancelled()
            outcomes.append(batch.run_one(path))
            progress(Progress(index + 1, total, QT_TRANSLATE_NOOP("Jobs", "Checking and importing the packages")))
        cancel.raise_if_cancelled()
    return ImportResult(tuple(outcomes))


# ---------------------------------------------------------------- reading back what was received

@dataclass(frozen=True)
class PackageRow:
    id: int
    unit_code: str
    unit_name: str
    period: str
    version: int
    number: str
    report_date: dt.date | None
    current: bool
    state: str  # of the submission: received / returned / resubmitted / accepted
    file_name: str
    file_size: int
    fingerprint: str
    exported_at: dt.datetime
    sent_date: dt.date
    received_at: dt.datetime
    received_by: str
    continuity: str
    chain_head: str
    notes: tuple[Note, ...]
    changes: tuple[Change, ...]
    submission_id: int
    pdf_signature: str = ""  # VALID / UNKNOWN_ISSUER / INVALID / NOT_SIGNED; "": received before it was checked
    pdf_signer: str = ""

    @property
    def status(self) -> str:
        """The package's own state: SUPERSEDED once a later version replaced it, else its submission's state."""
        return self.state if self.current else SUPERSEDED


_NO_NOTES: tuple = ()


def _notes(text: str) -> tuple[Note, ...]:
    if not text or text == "[]":
        return _NO_NOTES
    return tuple(Note(n["message"], n.get("params", {})) for n in json.loads(text))


def _changes(text: str) -> tuple[Change, ...]:
    if not text or text == "[]":
        return _NO_NOTES
    return tuple(Change(**c) for c in json.loads(text))


_P = orm.RxPackage
_LIST_COLUMNS = (_P.id, orm.RxUnit.code, orm.RxUnit.name, _P.period, _P.report_version, _P.report_number,
                 _P.report_date, _P.current, orm.RxSubmission.state, _P.file_name, _P.file_size, _P.fingerprint,
                 _P.exported_at, _P.sent_date, _P.received_at, _P.created_by, _P.continuity, _P.chain_count,
                 _P.chain_hash, _P.notes, _P.changes, orm.RxSubmission.id, _P.pdf_signature, _P.pdf_signer)


def _package_row(r) -> PackageRow:
    head = f"{r[17]}:{r[18]}" if r[17] is not None and r[18] else ""
    return PackageRow(*r[:17], head, _notes(r[19]), _changes(r[20]), r[21], r[22] or "", r[23] or "")


def list_packages(ctx: AppContext, *, period: str | None = None, unit_code: str | None = None,
                  limit: int | None = None) -> list[PackageRow]:
    """Packages received, newest first (one query; the manifests and figures are not read)."""
    stmt = (select(*_LIST_COLUMNS)
            .join(orm.RxUnit, orm.RxUnit.id == orm.RxPackage.unit_id)
            .join(orm.RxSubmission, orm.RxSubmission.id == orm.RxPackage.submission_id)
            .order_by(orm.RxPackage.received_at.desc(), orm.RxPackage.id.desc()))
    if period:
        stmt = stmt.where(orm.RxPackage.period == ReportPeriod.parse(period).code)
    if unit_code:
        stmt = stmt.where(code_is(unit_code))
    if limit:
        stmt = stmt.limit(limit)
    with ctx.tx("read") as s:
        return [_package_row(r) for r in s.connection().execute(stmt)]


def package_part(ctx: AppContext, package_id: int, part: str) -> bytes:
    """``report.pdf``, ``report.xlsx`` or ``report.json`` of a received package, checked against its manifest."""
    if part not in ("report.pdf", "report.xlsx", "report.json"):
        raise InboxInvalid(QT_TRANSLATE_NOOP("Inbox", "Unknown part {part}."), part=part)
    with ctx.tx("read") as s:
        row = s.execute(select(orm.RxPackage.file_sha256, orm.RxPackage.manifest, orm.StoredFile.data)
                        .join(orm.StoredFile, orm.StoredFile.sha256 == orm.RxPackage.file_sha256)
                        .where(orm.RxPackage.id == package_id)).first()
    if row is None:
        raise InboxNotFound(QT_TRANSLATE_NOOP("Inbox", "This package is no longer in the inbox."))
    listed = {f.get("name"): f.get("sha256") for f in json.loads(row.manifest).get("files", [])}
    if hashlib.sha256(row.data).hexdigest() != row.file_sha256:
        raise InboxInvalid(QT_TRANSLATE_NOOP("Inbox", "The stored package was changed outside the application."))
    body = _member(row.data, part)
    if hashlib.sha256(body).hexdigest() != listed.get(part):
        raise InboxInvalid(QT_TRANSLATE_NOOP("Inbox", "The stored package was changed outside the application."))
    return body
