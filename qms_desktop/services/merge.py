"""Gộp dữ liệu: bring the records of former communes (2025 reform) into the new commune's database.

Three steps, each usable alone (the wizard shows a preview between them; ``merge`` chains them):

1. ``prepare_sources``: each source file is copied (SQLite's backup API, the original is only read),
   checked in the copy (SQLite integrity, schema version — an older schema is upgraded in the copy,
   a newer one refused —, and ``services.check.check_database``: history chain and whatever else the
   check covers), and identified by its *lineage* (the hash of its first history entry) and its chain
   head (``N:HASH``). A source already merged at the same head adds nothing (idempotent); one merged
   at another head, the new commune's own database, or a copy given twice is refused.
2. ``build_plan``: what would happen to every row of every source, without writing: added, merged
   into an existing record, renumbered, summed into a period's statistics, kept aside (stored as
   provenance because it cannot be a live record here), skipped (accounts), or a question the user
   must answer (a TTHC whose name, but not its national code, matches one here).
3. ``apply_plan``: after a verified backup, one transaction writes it all through the ORM, so the
   storage events put every merged record in the new commune's hash-chained history; each source's
   provenance row (``merge_source``) is created in that chain with the source's chain head, and the
   source's own history entries are kept, unchanged, in ``imported_change_log``.

The copy is driven by SQLAlchemy's metadata: tables in foreign-key order, ids remapped through the
foreign keys. ``RULES`` names what happens to each table (a kind of record of the registry without one is
copied: ``rule_of``); any other table without a rule is refused by
``build_plan`` (and ``tests/merge/test_merge.py`` fails), so a table added later is never dropped
silently. Unique constraints of copied tables are checked: a clashing row is kept aside with a reason.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import datetime as dt
import hashlib
import json
import sqlite3
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator

from sqlalchemy import Boolean, Float, Integer, Numeric, create_engine, func, insert, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import attributes
from sqlalchemy.schema import Table, UniqueConstraint

from qms_desktop.domain import kinds
from qms_desktop.domain.change_labels import caption_source, entity_label, value_text
from qms_desktop.domain.errors import DatabaseRefused, QmsError
from qms_desktop.domain.model import TEMP_PREFIX
from qms_desktop.domain.text import ascii_slug, clean, fold
from qms_desktop.i18n import QT_TRANSLATE_NOOP, Translate, identity_translate
from qms_desktop.jobs import CancelToken, Progress, ProgressSink, no_progress
from qms_desktop.services.context import AppContext
from qms_desktop.storage import orm
from qms_desktop.storage.db import SQLITE_MAGIC, Database, alembic_config
from qms_desktop.storage.events import GENESIS
from qms_desktop.reports.files import sha256_file

CTX = "Merge"

# ---------------------------------------------------------------- outcomes and rules

ADDED, MERGED, RENUMBERED, SUMMED, ASIDE, SKIPPED, QUESTION = (
    "added", "merged", "renumbered", "summed", "aside", "skipped", "question")
OUTCOMES = (ADDED, MERGED, RENUMBERED, SUMMED, ASIDE, SKIPPED, QUESTION)
MERGE, SEPARATE, ASK = "merge", "separate", "ask"


@dataclass(frozen=True)
class Rule:
    """What a merge does with one table's rows. ``key``: the matching or summing columns."""

    kind: str
    key: tuple[str, ...] = ()


COPY = "copy"  # a new row here, ids remapped; a row clashing on a unique constraint is kept aside
LINK = "link"  # a many-to-many link, set through the parent's relationship (so it is in the history)
ATTACH = "attachment"  # a copy whose (owner_kind, owner_id) points into another table
PROFILE = "profile"  # the former agency profile: recorded on merge_source, never replaces this one
ACCOUNTS = "accounts"  # former accounts: names kept for history, never imported as accounts
HISTORY = "history"  # the former history chain: kept as is in imported_change_log
CONTENT = "content"  # content-addressed file bytes: stored once
KEEP_ASIDE = "aside"  # kept as provenance only (row_json), e.g. reports sent under the old name
MATCH_NAME = "match_name"  # same folded name → the same record here (the user may choose otherwise)
MATCH_KEY = "match_key"  # same key → the same record here (a year's audit programme)
SUM = "sum"  # same key → figures added into the record here (a period's statistics)
TTHC = "tthc"  # same national code → same TTHC; same folded name only → asked
PROCEDURE = "procedure"  # a clashing code is renumbered with the source's prefix; the old code is an alias
NC_NUMBER = "nc_number"  # a new gapless number of the year here; the old number kept as a reference
PETITION_NUMBER = "petition_number"  # a number the year's book here already holds: the source's prefix before it
SIGNING_KEY = "signing_key"  # the former commune's key: its public half kept as provenance, never its private key
NOT_MERGED = "not_merged"  # a receiving office's records: never part of a commune's records

# The kinds of record of the registry (domain/kinds.py) not named here are copied (``rule_of``): a quality policy,
# an objective, an audit, a review, a training… — a clash on a unique constraint (a policy of the same year) keeps
# the former row aside. The parts of a record and the other tables are named, each one.
RULES: dict[str, Rule] = {
    # the commune itself
    "agency": Rule(PROFILE),
    "setting": Rule(KEEP_ASIDE),
    "app_user": Rule(ACCOUNTS),
    "change_log": Rule(HISTORY),
    "stored_file": Rule(CONTENT),
    "document_number": Rule(KEEP_ASIDE),  # the former office's register of outgoing documents
    "unit": Rule(MATCH_NAME, ("name",)),
    "staff": Rule(MATCH_NAME, ("full_name",)),
    # TTHC and procedures
    "tthc": Rule(TTHC),
    "procedure": Rule(PROCEDURE),
    "procedure_tthc": Rule(LINK),
    "procedure_step": Rule(COPY),
    "amendment": Rule(COPY),
    "announcement_tthc": Rule(LINK),
    "attachment": Rule(ATTACH),
    # policy, objectives, audits, NCs, reviews, other records
    "objective_result": Rule(COPY),
    "audit_programme": Rule(MATCH_KEY, ("year",)),
    "audit_member": Rule(LINK),
    "audit_unit": Rule(LINK),
    "checklist_item": Rule(COPY),
    "finding": Rule(COPY),
    "nonconformity": Rule(NC_NUMBER),
    "corrective_action": Rule(COPY),
    "review_input": Rule(COPY),
    "review_output": Rule(COPY),
    "petition": Rule(PETITION_NUMBER),  # the former commune's petition book, its handling units matched by name
    "service_stat": Rule(SUM, ("period_start", "period_end")),
    "service_stat_field": Rule(SUM, ("stat_id", "field")),  # per-field statistics (issue 12's table)
    # reports sent under the former name stay the former commune's: kept aside, printable from the snapshot
    "report": Rule(KEEP_ASIDE),
    "export_log": Rule(KEEP_ASIDE),
    # a source that had itself absorbed former communes: its provenance is kept aside as it was
    "merge_source": Rule(KEEP_ASIDE),
    "merged_row": Rule(KEEP_ASIDE),
    "imported_change_log": Rule(KEEP_ASIDE),
    # the former commune's signing key: the new commune signs with its own (its predecessors are named by fingerprint)
    "agency_key": Rule(SIGNING_KEY),
    # a receiving office's tables (empty in a commune's database)
    "rx_unit": Rule(NOT_MERGED),
    "rx_submission": Rule(NOT_MERGED),
    "rx_package": Rule(NOT_MERGED),
    "rx_event": Rule(NOT_MERGED),
    "rx_inspection_plan": Rule(NOT_MERGED),
    "rx_inspection_member": Rule(NOT_MERGED),
    "rx_inspection": Rule(NOT_MERGED),
}



def rule_of(table: str) -> Rule | None:
    """The table's merge rule: its own in RULES, else — for a kind of record of the registry (domain/kinds.py) —
    COPY (its rows added, ids remapped, a row clashing on a unique constraint kept aside); None: no rule (a table
    that is no kind of record must say what a merge does with it)."""
    rule = RULES.get(table)
    if rule is None and (found := kinds.info(table)) is not None and found.name == table:
        return Rule(COPY)
    return rule


FLUSH_BATCH = 200  # new rows per flush while merging
_SKIP_COLUMNS = {"search_key"}  # recomputed by the storage events
_KIND_WORDS = ("xa", "phuong", "thi tran", "dac khu", "thi xa")

# How a row is named in the preview: table → columns.
LABELS: dict[str, tuple[str, ...]] = {
    "tthc": ("code", "name"), "procedure": ("code", "title"), "nonconformity": ("number", "description"),
    "unit": ("name",), "staff": ("full_name", "title"), "report": ("period", "number", "symbol"),
    "service_stat": ("period_start", "period_end"), "service_stat_field": ("field",), "audit": ("title",),
    "management_review": ("date", "place"), "training": ("date", "content"), "quality_policy": ("year",),
    "audit_programme": ("year",), "document_number": ("number", "year", "symbol"), "setting": ("key", "value"),
    "app_user": ("username", "full_name"), "objective": ("year", "text"), "survey": ("period", "form"),
    "announcement": ("decision_number",), "external_inspection": ("date", "body"), "attachment": ("filename",),
    "risk": ("description",), "improvement": ("date", "description"), "legal_document": ("number", "title"),
    "export_log": ("path",), "merge_source": ("full_name",), "agency": ("full_name",),
}


# What the preview calls each table and outcome (English sources, context "Merge").
TABLE_LABELS: dict[str, str] = {
    "tthc": QT_TRANSLATE_NOOP("Merge", "TTHC"),
    "procedure": QT_TRANSLATE_NOOP("Merge", "Procedures"),
    "procedure_version": QT_TRANSLATE_NOOP("Merge", "Procedure versions"),
    "procedure_step": QT_TRANSLATE_NOOP("Merge", "Procedure steps"),
    "procedure_tthc": QT_TRANSLATE_NOOP("Merge", "Procedure–TTHC links"),
    "amendment": QT_TRANSLATE_NOOP("Merge", "Amendment lines"),
    "legal_document": QT_TRANSLATE_NOOP("Merge", "Legal bases"),
    "announcement": QT_TRANSLATE_NOOP("Merge", "Announcements"),
    "announcement_tthc": QT_TRANSLATE_NOOP("Merge", "Announcement scope links"),
    "attachment": QT_TRANSLATE_NOOP("Merge", "Attached files"),
    "quality_policy": QT_TRANSLATE_NOOP("Merge", "Quality policies"),
    "objective": QT_TRANSLATE_NOOP("Merge", "Quality objectives"),
    "objective_result": QT_TRANSLATE_NOOP("Merge", "Objective results"),
    "audit_programme": QT_TRANSLATE_NOOP("Merge", "Audit programmes"),
    "audit": QT_TRANSLATE_NOOP("Merge", "Internal audits"),
    "audit_member": QT_TRANSLATE_NOOP("Merge", "Audit team members"),
    "audit_unit": QT_TRANSLATE_NOOP("Merge", "Audited units"),
    "checklist_item": QT_TRANSLATE_NOOP("Merge", "Checklist items"),
    "finding": QT_TRANSLATE_NOOP("Merge", "Audit findings"),
    "external_inspection": QT_TRANSLATE_NOOP("Merge", "External inspections"),
    "nonconformity": QT_TRANSLATE_NOOP("Merge", "Nonconformities"),
    "corrective_action": QT_TRANSLATE_NOOP("Merge", "Corrective actions"),
    "management_review": QT_TRANSLATE_NOOP("Merge", "Management reviews"),
    "review_input": QT_TRANSLATE_NOOP("Merge", "Review inputs"),
    "review_output": QT_TRANSLATE_NOOP("Merge", "Review outputs"),
    "training": QT_TRANSLATE_NOOP("Merge", "Trainings"),
    "risk": QT_TRANSLATE_NOOP("Merge", "Risks and opportunities"),
    "improvement": QT_TRANSLATE_NOOP("Merge", "Improvements"),
    "survey": QT_TRANSLATE_NOOP("Merge", "Satisfaction surveys"),
    "service_stat": QT_TRANSLATE_NOOP("Merge", "Service statistics"),
    "service_stat_field": QT_TRANSLATE_NOOP("Merge", "Statistics per field"),
    "report": QT_TRANSLATE_NOOP("Merge", "Reports"),
    "export_log": QT_TRANSLATE_NOOP("Merge", "Report exports"),
    "document_number": QT_TRANSLATE_NOOP("Merge", "Outgoing document numbers"),
    "unit": QT_TRANSLATE_NOOP("Merge", "Units"),
    "staff": QT_TRANSLATE_NOOP("Merge", "Staff"),
    "app_user": QT_TRANSLATE_NOOP("Merge", "Accounts"),
    "agency": QT_TRANSLATE_NOOP("Merge", "Agency profile"),
    "setting": QT_TRANSLATE_NOOP("Merge", "Settings"),
    "change_log": QT_TRANSLATE_NOOP("Merge", "Change history"),
    "merge_source": QT_TRANSLATE_NOOP("Merge", "Earlier merges"),
    "merged_row": QT_TRANSLATE_NOOP("Merge", "Earlier merges (provenance)"),
    "imported_change_log": QT_TRANSLATE_NOOP("Merge", "Earlier merges (history)"),
}
OUTCOME_LABELS: dict[str, str] = {
    ADDED: QT_TRANSLATE_NOOP("Merge", "Added"),
    MERGED: QT_TRANSLATE_NOOP("Merge", "Merged"),
    RENUMBERED: QT_TRANSLATE_NOOP("Merge", "Renumbered"),
    SUMMED: QT_TRANSLATE_NOOP("Merge", "Added to the figures here"),
    ASIDE: QT_TRANSLATE_NOOP("Merge", "Kept as provenance"),
    SKIPPED: QT_TRANSLATE_NOOP("Merge", "Not imported"),
    QUESTION: QT_TRANSLATE_NOOP("Merge", "To decide"),
}


# Key columns named in the preview's reasons.
COLUMN_LABELS: dict[tuple[str, ...], str] = {
    ("year",): QT_TRANSLATE_NOOP("Merge", "year"),
    ("period",): QT_TRANSLATE_NOOP("Merge", "period"),
    ("period_start", "period_end"): QT_TRANSLATE_NOOP("Merge", "period"),
    ("code",): QT_TRANSLATE_NOOP("Merge", "code"),
    ("name",): QT_TRANSLATE_NOOP("Merge", "name"),
    ("number",): QT_TRANSLATE_NOOP("Merge", "number"),
}


def _columns(cols: tuple[str, ...], table: str) -> "Note":
    """The key columns as the user reads them: "period", else each column's caption ("Full name"), never a
    stored column's name (QA 16 F9)."""
    text = COLUMN_LABELS.get(tuple(cols))
    if text:
        return Note(text)
    captions = [caption_source(table, c) or ("", c.replace("_", " ")) for c in cols]
    return Note(", ".join(f"{{c{i}}}" for i in range(len(cols))),
                {f"c{i}": Note(source, context=context) if context else source
                 for i, (context, source) in enumerate(captions)})


def _kind_name(kind: str | None) -> "Note | str":
    """A record kind as the user knows it ("Báo cáo", not "report")."""
    if not kind:
        return "?"
    context, label = entity_label(kind)
    return Note(label, context=context)


def table_label(table: str, translate: Translate = identity_translate) -> str:
    """What the preview calls a table: its own label, else the registry's or the change history's (QA 16 F9)."""
    text = TABLE_LABELS.get(table)
    if text is None:
        context, label = entity_label(table)  # the registry's label, else the history's; the name if none
        return translate(context, label) or label
    return translate(CTX, text) or text


def outcome_label(outcome: str, translate: Translate = identity_translate) -> str:
    text = OUTCOME_LABELS.get(outcome, outcome)
    return translate(CTX, text) or text


# ---------------------------------------------------------------- messages and errors

@dataclass(frozen=True)
class Note:
    """A translatable line (English source in context "Merge") with its parameters."""

    message: str
    params: dict = field(default_factory=dict)
    context: str = CTX

    def render(self, translate: Translate = identity_translate) -> str:
        params = {k: v.render(translate) if isinstance(v, Note) else v for k, v in self.params.items()}
        text = translate(self.context, self.message) or self.message
        try:
            return text.format(**params)
        except (KeyError, IndexError, ValueError):
            return text

    def to_json(self) -> str:
        return json.dumps({"message": self.message, "params": self.params}, ensure_ascii=False,
                          default=lambda o: o.render() if isinstance(o, Note) else str(o))

    @classmethod
    def from_json(cls, text: str) -> "Note":
        try:
            data = json.loads(text or "{}")
            return cls(data.get("message", ""), data.get("params", {}))
        except (ValueError, AttributeError):
            return cls(text or "")


@dataclass(frozen=True)
class CheckNote(Note):
    """One problem ``qms check`` found in a source, worded as ``qms check`` words it (table and field labels)."""

    context: str = "Check"

    def render(self, translate: Translate = identity_translate) -> str:
        from qms_desktop.services.check import render_problem

        return render_problem(self.message, self.params, translate)


class MergeRefused(QmsError):
    """The merge cannot go ahead; ``reasons`` holds one line per reason. Nothing was written."""

    context = CTX

    def __init__(self, reasons: list[Note]) -> None:
        self.reasons = list(reasons)
        first = self.reasons[0] if self.reasons else Note(QT_TRANSLATE_NOOP("Merge", "The merge was refused."))
        super().__init__(first.message, **first.params)

    def render(self, translate: Translate = identity_translate) -> str:
        return self.reasons[0].render(translate) if self.reasons else super().render(translate)

    def lines(self, translate: Translate = identity_translate) -> list[str]:
        return [r.render(translate) for r in self.reasons]


# ---------------------------------------------------------------- sources

@dataclass
class SourceCheck:
    """One source file after its checks (in a copy). ``problems`` non-empty: refused."""

    index: int
    path: Path
    copy: Path | None = None
    file_sha256: str = ""
    full_name: str = ""
    short_name: str = ""
    province: str = ""
    schema: str | None = None  # as found
    upgraded: bool = False  # the copy was brought to this version's schema
    chain_count: int = 0
    chain_hash: str = GENESIS
    lineage: str = ""
    key_fingerprint: str = ""
    counts: dict[str, int] = field(default_factory=dict)
    problems: list[Note] = field(default_factory=list)
    already_merged_at: dt.datetime | None = None  # same lineage and head merged before: nothing to add
    inside: dict[str, str] = field(default_factory=dict)  # lineage → name of the communes merged into this one

    @property
    def chain_head(self) -> str:
        return f"{self.chain_count}:{self.chain_hash}"

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def to_merge(self) -> bool:
        return self.ok and self.already_merged_at is None

    @property
    def label(self) -> str:
        return self.short_name or self.full_name or self.path.name


def _uri(path: Path, *options: str) -> str:
    """SQLite URI of a file (spaces, '#', '?' and Vietnamese letters in folder names quoted)."""
    return "file:" + urllib.parse.quote(Path(path).resolve().as_posix(), safe="/:") + \
        ("?" + "&".join(options) if options else "")


def _copy_readonly(src: Path, dest: Path) -> None:
    """A consistent copy of ``src`` made through SQLite, which only reads the original. A file on a
    read-only medium whose journal SQLite cannot open is read as immutable. The -wal and -shm files that
    reading a WAL database makes beside it, where there were none, are taken away again (QA 16 F8: they stayed on
    the former commune's USB stick, although its files are "only read")."""
    src = Path(src)
    beside = [Path(f"{src}{suffix}") for suffix in ("-wal", "-shm")]
    there = {p for p in beside if p.exists()}
    try:
        for options in (("mode=ro",), ("mode=ro", "immutable=1")):
            try:
                with contextlib.closing(sqlite3.connect(_uri(src, *options), uri=True)) as source, \
                        contextlib.closing(sqlite3.connect(dest)) as target:
                    source.backup(target)
                    target.execute("PRAGMA journal_mode=DELETE")
                return
            except sqlite3.OperationalError:
                if "immutable=1" in options:
                    raise
    finally:
        made = [p for p in beside if p not in there and p.exists()]
        wal = Path(f"{src}-wal")
        if made and (not wal.exists() or wal.stat().st_size == 0):  # ours, and empty: nothing of the source's in it
            for p in made:
                with contextlib.suppress(OSError):
                    p.unlink()


def _read_engine(path: Path):
    """A read-only engine on a checked copy (through a creator: no URL quoting rules in between)."""
    uri = _uri(path, "mode=ro")
    return create_engine("sqlite://", creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False))


def chain_head_of(conn: Connection) -> tuple[int, str, str]:
    """(entry count, last hash, hash of the first entry) of a database's change history."""
    count = conn.exec_driver_sql("SELECT count(*) FROM change_log").scalar() or 0
    last = conn.exec_driver_sql("SELECT hash FROM change_log ORDER BY id DESC LIMIT 1").scalar() or GENESIS
    first = conn.exec_driver_sql("SELECT hash FROM change_log ORDER BY id LIMIT 1").scalar() or ""
    return count, last, first


def _known_revision(rev: str | None) -> bool:
    from alembic.script import ScriptDirectory

    if rev is None:
        return False
    try:
        return ScriptDirectory.from_config(alembic_config()).get_revision(rev) is not None
    except Exception:  # noqa: BLE001 - alembic raises for unknown ids
        return False


def _key_fingerprint(conn: Connection) -> str:
    """The fingerprint of the agency's signing key kept in the database, if it keeps one.

    The key's storage belongs to the integrity work (issue 10); this looks for it where it can be:
    a ``public_key``-like column of any table, or a setting named like one. Empty if none.
    """
    from qms_desktop.reports.signing import fingerprint

    def from_value(value: object) -> str:
        if isinstance(value, bytes) and len(value) == 32:
            return fingerprint(value)
        if not isinstance(value, str):
            return ""
        text = value.strip()
        if "BEGIN PUBLIC KEY" in text:
            try:
                from cryptography.hazmat.primitives import serialization
                key = serialization.load_pem_public_key(text.encode("ascii"))
                raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
                return fingerprint(raw)
            except (ValueError, TypeError):
                return ""
        for decode in (lambda t: base64.b64decode(t, validate=True), bytes.fromhex):
            try:
                raw = decode(text)
            except (ValueError, binascii.Error):
                continue
            if len(raw) == 32:
                return fingerprint(raw)
        return ""

    tables = [r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")]
    for table in tables:
        if table in ("change_log", "imported_change_log", "merged_row", "merge_source"):
            continue
        cols = [r[1] for r in conn.exec_driver_sql(f'PRAGMA table_info("{table}")')]
        for col in cols:
            if col in ("public_key", "public_raw", "public_b64", "public_key_b64"):
                value = conn.exec_driver_sql(
                    f'SELECT "{col}" FROM "{table}" WHERE "{col}" IS NOT NULL ORDER BY rowid DESC LIMIT 1').scalar()  # noqa: S608 - names from the file's schema
                found = from_value(value)
                if found:
                    return found
    if "setting" in tables:
        for key, value in conn.exec_driver_sql("SELECT key, value FROM setting WHERE key LIKE '%public%key%'"):
            found = from_value(value)
            if found:
                return found
    return ""


def communes_inside(conn: Connection) -> dict[str, str]:
    """Lineage → name of the former communes a database holds: merged into it (``merge_source``), or into one of
    those before (their ``merge_source`` rows, kept aside in ``merged_row``). QA 47 F2: a commune already inside
    another source, or inside the new commune's data, was merged a second time — all its records doubled."""
    out: dict[str, str] = {}
    for lineage, name in conn.execute(select(orm.MergeSource.lineage, orm.MergeSource.full_name)):
        out[lineage] = name
    for (raw,) in conn.execute(select(orm.MergedRow.row_json).where(orm.MergedRow.table_name == "merge_source")):
        try:
            row = json.loads(raw or "{}")
        except ValueError:
            continue
        if isinstance(row, dict) and isinstance(row.get("lineage"), str) and row["lineage"]:
            out.setdefault(row["lineage"], str(row.get("full_name") or "?"))
    return out


def target_identity(ctx: AppContext) -> tuple[str, str]:
    """(lineage, chain head N:HASH) of the new commune's database."""
    with ctx.db.engine.connect() as conn:
        count, last, first = chain_head_of(conn)
    return first, f"{count}:{last}"


def prepare_sources(ctx: AppContext, paths: Iterable[str | Path], workdir: str | Path, *,
                    progress: ProgressSink = no_progress, cancel: CancelToken | None = None) -> list[SourceCheck]:
    """Copy and check every source; nothing of the new commune's database is written.

    The copies (upgraded if older) are left in ``workdir`` for ``build_plan`` and ``apply_plan``.
    """
    from qms_desktop.services.check import check_database

    from qms_desktop.services.agency import is_office

    if is_office(ctx):  # an office keeps the communes' packages, not their records
        raise MergeRefused([Note(QT_TRANSLATE_NOOP(
            "Merge", "This is a receiving office's database: former communes are merged into the new commune's "
                     "own database, not into the office's."))])
    if ctx.db.is_server:  # QA 42 F5: it crashed on the file path a server's database has not
        raise MergeRefused([Note(QT_TRANSLATE_NOOP(
            "Merge", "The database is on the office's server: merge the former communes into the new commune's file "
                     "on this computer first, then move that file to the server (qms migrate-db)."))])
    cancel = cancel or CancelToken()
    work = Path(workdir)
    work.mkdir(parents=True, exist_ok=True)
    paths = [Path(p) for p in paths]
    own_lineage, _head = target_identity(ctx)
    target_path = Path(ctx.db.path).resolve()
    with ctx.tx("read") as s:
        merged_before = {m.lineage: m for m in s.scalars(select(orm.MergeSource))}
        merged_before = {k: (m.chain_count, m.chain_hash, m.merged_at, m.full_name) for k, m in merged_before.items()}
        held_here = communes_inside(s.connection())  # merged here, directly or inside a former commune
        # (lineage, count, hash) of every state of the former communes' histories kept here: an older copy of one
        # merged since is such a state — nothing to add (QA 47 F8: it was said to have changed)
        states = {(lineage, seq, digest) for lineage, seq, digest in s.execute(
            select(orm.MergeSource.lineage, orm.ImportedChangeLog.seq, orm.ImportedChangeLog.hash)
            .join(orm.ImportedChangeLog, orm.ImportedChangeLog.source_id == orm.MergeSource.id))}
    checks: list[SourceCheck] = []
    seen: dict[str, int] = {}
    for i, path in enumerate(paths):
        cancel.raise_if_cancelled()
        progress(Progress(i, len(paths), QT_TRANSLATE_NOOP("Jobs", "Checking the former communes' data")))
        c = SourceCheck(i, path)
        checks.append(c)
        _check_one(c, work, target_path, check_database)
        if not c.ok:
            continue
        if c.lineage and c.lineage == own_lineage:
            c.problems.append(Note(QT_TRANSLATE_NOOP(
                "Merge", "{file}: this is the new commune's own database (or a copy of it), not a former commune's."),
                {"file": path.name}))
        elif c.lineage in seen:
            c.problems.append(Note(QT_TRANSLATE_NOOP(
                "Merge", "{file}: the same commune's database as {other} (given twice)."),
                {"file": path.name, "other": paths[seen[c.lineage]].name}))
        elif c.lineage in merged_before:
            count, last, at, name = merged_before[c.lineage]
            if (count, last) == (c.chain_count, c.chain_hash) or (c.lineage, c.chain_count, c.chain_hash) in states:
                c.already_merged_at = at
            else:
                c.problems.append(Note(QT_TRANSLATE_NOOP(
                    "Merge", "{file}: {name} was already merged on {date} at chain head {old}; this copy has changed "
                             "since (chain head {new}). Merging it again would duplicate its records: enter what was "
                             "recorded there since {date} here by hand (its change history lists it)."),
                    {"file": path.name, "name": name, "date": at.strftime("%d/%m/%Y"), "old": f"{count}:{last[:12]}",
                     "new": f"{c.chain_count}:{c.chain_hash[:12]}"}))
        elif c.lineage in held_here:
            c.problems.append(Note(QT_TRANSLATE_NOOP(
                "Merge", "{file}: {name} is already in the new commune's data (it was merged into a former commune "
                         "merged here). Merging it again would duplicate its records."),
                {"file": path.name, "name": held_here[c.lineage]}))
        seen.setdefault(c.lineage, i)
    _refuse_communes_held_twice(checks, held_here, paths)
    progress(Progress(len(paths), len(paths), QT_TRANSLATE_NOOP("Jobs", "Checking the former communes' data")))
    return checks


def _refuse_communes_held_twice(checks: list[SourceCheck], held_here: dict[str, str], paths: list[Path]) -> None:
    """A source holding a commune that is here already, or that another source of this run is or holds: its
    records would come twice (QA 47 F2)."""
    for c in checks:
        if not c.ok:
            continue
        for lineage, inner in c.inside.items():
            if lineage in held_here:
                where = None
            else:
                where = next((o for o in checks if o is not c and (o.lineage == lineage or lineage in o.inside)
                              and (o.lineage == lineage or o.index < c.index)), None)
                if where is None:
                    continue
            c.problems.append(Note(QT_TRANSLATE_NOOP(
                "Merge", "{file} holds the records of {name}, merged into it before, which are already in the new "
                         "commune's data: merging it would duplicate them.") if where is None else QT_TRANSLATE_NOOP(
                "Merge", "{file} holds the records of {name}, merged into it before, which {other} brings too: merge "
                         "only one of the two files that hold them."),
                {"file": paths[c.index].name, "name": inner,
                 "other": paths[where.index].name if where is not None else ""}))
            break


def _check_one(c: SourceCheck, work: Path, target_path: Path, check_database) -> None:
    path, name = c.path, c.path.name
    try:
        resolved = path.resolve()
    except OSError:
        resolved = path
    if path.is_dir():  # QA 16 F9: a folder was said not to exist
        c.problems.append(Note(QT_TRANSLATE_NOOP("Merge", "{file} is a folder: choose the former commune's database "
                                                          "file (.sqlite) in it."), {"file": str(path)}))
        return
    if not path.is_file():
        c.problems.append(Note(QT_TRANSLATE_NOOP("Merge", "{file}: the file does not exist."), {"file": str(path)}))
        return
    if resolved == target_path:
        c.problems.append(Note(QT_TRANSLATE_NOOP("Merge", "{file}: this is the database in use, not a former commune's."),
                               {"file": name}))
        return
    try:
        with open(path, "rb") as fh:
            magic = fh.read(16)
        c.file_sha256 = sha256_file(path)
    except OSError as exc:
        c.problems.append(Note(QT_TRANSLATE_NOOP("Merge", "{file}: cannot be read ({reason})."),
                               {"file": name, "reason": exc.strerror or str(exc)}))
        return
    if magic != SQLITE_MAGIC:
        c.problems.append(Note(QT_TRANSLATE_NOOP("Merge", "{file} is not a QMS Desktop database or backup."), {"file": name}))
        return
    c.copy = work / f"source-{c.index + 1}.sqlite"
    try:
        _copy_readonly(path, c.copy)
        with contextlib.closing(sqlite3.connect(c.copy)) as raw:
            rows = [r[0] for r in raw.execute("PRAGMA integrity_check")]
            if rows != ["ok"]:
                c.problems.append(Note(QT_TRANSLATE_NOOP("Merge", "{file} is damaged (SQLite integrity check: {detail})."),
                                       {"file": name, "detail": "; ".join(rows[:3])}))
                return
            tables = {r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if "alembic_version" not in tables or "change_log" not in tables:
                c.problems.append(Note(QT_TRANSLATE_NOOP("Merge", "{file} is not a QMS Desktop database or backup."),
                                       {"file": name}))
                return
            c.schema = (raw.execute("SELECT version_num FROM alembic_version").fetchone() or [None])[0]
    except (sqlite3.Error, ValueError) as exc:
        c.problems.append(Note(QT_TRANSLATE_NOOP("Merge", "{file} is damaged and cannot be read ({reason})."),
                               {"file": name, "reason": str(exc)}))
        return
    if not _known_revision(c.schema):
        c.problems.append(Note(QT_TRANSLATE_NOOP(
            "Merge", "{file} was written by a newer version of QMS Desktop (schema {schema}); update this application "
                     "before merging it."), {"file": name, "schema": c.schema}))
        return
    try:
        db = Database.open(c.copy, migrate=True, backup_dir=work / "before-upgrade", create=False)
    except DatabaseRefused as exc:
        c.problems.append(Note(QT_TRANSLATE_NOOP("Merge", "{file}: {reason}"), {"file": name, "reason": exc.render()}))
        return
    except Exception as exc:  # noqa: BLE001 - a file that fails to upgrade is refused, never half-merged
        c.problems.append(Note(QT_TRANSLATE_NOOP("Merge", "{file} cannot be brought to this version's schema ({reason})."),
                               {"file": name, "reason": str(exc)[:200]}))
        return
    try:
        state = db.schema()
        c.upgraded = state.current != c.schema
        report = check_database(db)
        for message, params in report.problems:
            c.problems.append(Note(QT_TRANSLATE_NOOP("Merge", "{file} fails the check: {problem}"),
                                   {"file": name, "problem": CheckNote(message, params)}))
        with db.engine.connect() as conn:
            c.chain_count, c.chain_hash, first = chain_head_of(conn)
            c.lineage = first or f"file:{c.file_sha256}"
            agency = conn.exec_driver_sql("SELECT full_name, short_name, province, mode FROM agency WHERE id = 1").fetchone()
            if agency:
                c.full_name, c.short_name, c.province = (clean(x) for x in agency[:3])
                if agency[3] == "office":
                    c.problems.append(Note(QT_TRANSLATE_NOOP(
                        "Merge", "{file} is a receiving office's database ({name}), not a former commune's."),
                        {"file": name, "name": c.full_name}))
            c.key_fingerprint = _key_fingerprint(conn)
            c.inside = communes_inside(conn)
            for table in orm.Base.metadata.sorted_tables:
                c.counts[table.name] = conn.execute(select(func.count()).select_from(table)).scalar() or 0
        if not c.full_name and c.ok:
            c.problems.append(Note(QT_TRANSLATE_NOOP("Merge", "{file} has no agency profile: it is not a commune's database."),
                                   {"file": name}))
    finally:
        db.close()


# ---------------------------------------------------------------- options

@dataclass
class MergeOptions:
    """The user's choices. Per-item choices override the defaults; keys are ``PlanQuestion.key``."""

    prefix_rule: str = "initials"  # initials | name | "P1,P2,…" (one prefix per source, in order)
    tthc_by_name: str = ASK  # ask | merge | separate: a TTHC whose name (not code) matches one here
    units: str = MERGE  # merge | separate: a unit whose folded name matches one here
    staff: str = MERGE  # merge | separate: a person whose folded name matches one here
    choices: dict[str, str] = field(default_factory=dict)
    prefixes: dict[int, str] = field(default_factory=dict)  # source index → prefix (the wizard's edits)


def _place(short_name: str) -> str:
    words = fold(short_name).split()
    text = " ".join(words)
    for kind in sorted(_KIND_WORDS, key=len, reverse=True):
        if text.startswith(kind + " "):
            return short_name.split(" ", len(kind.split()))[-1]
    return short_name


def default_prefix(short_name: str, rule: str = "initials") -> str:
    """'xã Phú Lâm' → 'PL' (initials) or 'PhuLam' (name): ASCII, put before a clashing code."""
    place = _place(short_name)
    if rule == "name":
        return ascii_slug(place) or "XA"
    return "".join(w[0] for w in fold(place).split() if w[:1].isalnum()).upper() or "XA"


def _prefixes(every: list[SourceCheck], sources: list[SourceCheck], options: MergeOptions,
              taken: set[str] = frozenset()) -> dict[int, str]:
    """Each merged source's prefix: the wizard's edit, else one of the rule's list, else derived from its name;
    numbered ('PL2') when another source of this run, or ``taken`` (those of communes merged before), has it."""
    explicit = []
    if options.prefix_rule not in ("initials", "name"):
        explicit = [clean(p) for p in options.prefix_rule.split(",")]
        if len(explicit) != len(every) or not all(explicit) or not all(ascii_slug(p) for p in explicit):
            raise MergeRefused([Note(QT_TRANSLATE_NOOP(
                "Merge", "--prefix-rule: give 'initials', 'name' or one prefix per source file, separated by commas "
                         "({n} files)."), {"n": len(every)})])
    out: dict[int, str] = {}
    used: set[str] = {p.casefold() for p in taken}
    for src in sources:
        prefix = options.prefixes.get(src.index) or (explicit[src.index] if explicit
                                                     else default_prefix(src.label, options.prefix_rule))
        prefix = clean(prefix).replace(" ", "")
        base, k = prefix, 2
        while prefix.casefold() in used:
            prefix, k = f"{base}{k}", k + 1
        used.add(prefix.casefold())
        out[src.index] = prefix
    return out


# ---------------------------------------------------------------- the plan

@dataclass(frozen=True)
class Ref:
    """A row added by this merge, whose id here is known only once it is written."""

    source: int
    table: str
    pk: Any


def _source_of(found: Any) -> int:
    """The former commune that brings a matched record in this merge (a ``Ref``); -1 for a record here."""
    return found.source if isinstance(found, Ref) else -1


@dataclass
class RowPlan:
    table: str
    source_pk: Any
    outcome: str
    label: str = ""
    values: dict | None = None  # the row to add (foreign keys: ids here or Refs)
    target: Any = None  # merged/summed into: an id here or a Ref
    note: Note | None = None
    row_json: str | None = None
    question: str = ""  # key of the question it waits for
    parts: tuple[tuple[str, Any], ...] = ()  # what ``label`` is made of, for ``row_text``: (column, value) pairs


PARENT = "@"  # a part naming the record a link row points to: (PARENT + its table, that record's label)
_DESCRIBING = ("description", "name", "title", "content", "text", "question", "field", "filename")


def row_text(r: RowPlan, translate: Translate = identity_translate, width: int = 120) -> str:
    """A planned row as the user reads it: the settings' and codes' labels, dates dd/mm/yyyy, and the records a
    link row joins named (QA 47 F7: "Cài đặt consultant_status — none", "announcement_id=1, tthc_id=3")."""
    if not r.parts:
        return r.label
    out = []
    for col, value in r.parts:
        if col.startswith(PARENT):
            context, source = entity_label(col[len(PARENT):])
            out.append(f"{translate(context, source) or source} {value}")
        else:
            out.append(value_text(r.table, col, value.isoformat() if isinstance(value, dt.date) else value,
                                  translate, width=width))
    text = " — ".join(out)
    return text if len(text) <= width else text[: width - 1].rsplit(" ", 1)[0] + "…"


@dataclass(frozen=True)
class PlanQuestion:
    """Asked, not guessed: e.g. a TTHC whose name matches one here under another code."""

    key: str
    source: int
    table: str
    label: str  # the former commune's record
    candidate: str  # the record here
    choice: str = ""  # merge / separate once answered
    candidate_source: int = -1  # the former commune that brings the candidate in this merge; -1: it is here (QA 16 F9)


@dataclass
class SourcePlan:
    source: SourceCheck
    prefix: str
    rows: list[RowPlan] = field(default_factory=list)
    history: int = 0  # entries carried into imported_change_log
    files: int = 0  # stored file contents new here

    def count(self, outcome: str, table: str | None = None) -> int:
        return sum(1 for r in self.rows if r.outcome == outcome and (table is None or r.table == table))

    def summary(self) -> dict[str, dict[str, int]]:
        out: dict[str, dict[str, int]] = {}
        for r in self.rows:
            out.setdefault(r.table, {}).setdefault(r.outcome, 0)
            out[r.table][r.outcome] += 1
        return out


@dataclass
class MergePlan:
    sources: list[SourceCheck]
    plans: list[SourcePlan]
    questions: list[PlanQuestion]
    options: MergeOptions
    target_head: str  # the new commune's chain head when planned (apply refuses if it moved)

    @property
    def nothing_to_do(self) -> bool:
        return not self.plans

    @property
    def unanswered(self) -> list[PlanQuestion]:
        return [q for q in self.questions if not q.choice]

    def refusals(self) -> list[Note]:
        out = [p for s in self.sources for p in s.problems]
        for q in self.unanswered:
            params = {"source": self.sources[q.source].label, "label": q.label, "candidate": q.candidate}
            if q.candidate_source >= 0:
                params["other"] = self.sources[q.candidate_source].label
                out.append(Note(QT_TRANSLATE_NOOP(
                    "Merge", "{source}: TTHC {label} has the name of {candidate}, which {other} brings in this merge, "
                             "but another code; say whether it is the same TTHC (--tthc-by-name merge or separate, or "
                             "choose in the wizard)."), params))
                continue
            out.append(Note(QT_TRANSLATE_NOOP(
                "Merge", "{source}: TTHC {label} has the name of {candidate} here but another code; say whether it is "
                         "the same TTHC (--tthc-by-name merge or separate, or choose in the wizard)."), params))
        return out


def _json_value(value: object) -> object:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    return value


def row_json(row: dict) -> str:
    return json.dumps({k: _json_value(v) for k, v in row.items()}, ensure_ascii=False, sort_keys=True)


def _fmt(value: object) -> str:
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    return "" if value is None else str(value)


def row_label(table: str, row: dict) -> str:
    cols = LABELS.get(table)
    if not cols:
        pk = [k for k in ("id",) if k in row]
        return f"#{row[pk[0]]}" if pk else ", ".join(f"{k}={v}" for k, v in list(row.items())[:2])
    parts = [_fmt(row.get(c)) for c in cols if row.get(c) not in (None, "")]
    text = " — ".join(parts)
    return text if len(text) <= 90 else text[:89].rsplit(" ", 1)[0] + "…"


def _mapped_classes() -> dict[str, type]:
    return {m.local_table.name: m.class_ for m in orm.Base.registry.mappers}


def _pk_cols(table: Table) -> list[str]:
    return [c.name for c in table.primary_key.columns]


def _single_pk(table: Table, row: dict) -> Any:
    cols = _pk_cols(table)
    return row[cols[0]] if len(cols) == 1 else tuple(row[c] for c in cols)


def _auto_pk(table: Table) -> bool:
    cols = list(table.primary_key.columns)
    return len(cols) == 1 and isinstance(cols[0].type, Integer) and not cols[0].foreign_keys


def _numeric(col) -> bool:
    return isinstance(col.type, (Integer, Float, Numeric)) and not isinstance(col.type, Boolean)


def _order(tables: list[Table]) -> list[Table]:
    """Foreign-key order; attachments (which point anywhere through owner_kind) last."""
    return [t for t in tables if (rule_of(t.name) or Rule("")).kind != ATTACH] + \
           [t for t in tables if (rule_of(t.name) or Rule("")).kind == ATTACH]


class _Target:
    """What the planner needs to know of the new commune's database, updated as sources are planned."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.codes = {}  # tthc code → id
        self.tthc_names: dict[str, list[tuple[Any, str]]] = {}  # folded name → [(id or Ref, code)]
        for tid, code, name in conn.execute(select(orm.Tthc.id, orm.Tthc.code, orm.Tthc.name)):
            self.codes[code] = tid
            self.tthc_names.setdefault(fold(name), []).append((tid, code))
        self.proc_codes = {fold(c) for c in conn.execute(select(orm.Procedure.code)).scalars()}
        self.nc_seq = dict(conn.execute(select(orm.Nonconformity.year, func.max(orm.Nonconformity.seq))
                                        .group_by(orm.Nonconformity.year)).all())
        self.petition_numbers = {(day.year if day else None, fold(number)) for number, day in conn.execute(
            select(orm.Petition.number, orm.Petition.received_date).where(orm.Petition.cancelled_reason.is_(None)))
            if number}  # (year, folded number) in the books here
        self.names: dict[str, dict[str, Any]] = {}  # match-by-name tables: folded name → id or Ref
        self.exact: dict[str, set[str]] = {}  # match-by-name tables: names as written (unique columns)
        self.spelled: dict[str, dict[str, str]] = {}  # folded name → as the record it matches writes it
        self.keys: dict[tuple[str, tuple[str, ...]], dict[tuple, Any]] = {}  # (table, cols) → key → id or Ref

    def names_of(self, table: Table, col: str) -> dict[str, Any]:
        if table.name not in self.names:
            self.names[table.name] = {}
            self.exact[table.name] = set()
            self.spelled[table.name] = {}
            pk = _pk_cols(table)[0]
            for ident, name in self.conn.execute(select(table.c[pk], table.c[col])):
                self.names[table.name].setdefault(fold(name), ident)
                self.spelled[table.name].setdefault(fold(name), name)
                self.exact[table.name].add(name)
        return self.names[table.name]

    def keys_of(self, table: Table, cols: tuple[str, ...]) -> dict[tuple, Any]:
        key = (table.name, cols)
        if key not in self.keys:
            pk = _pk_cols(table)
            self.keys[key] = {tuple(r[:len(cols)]): (r[len(cols)] if len(pk) == 1 else None)
                              for r in self.conn.execute(select(*(table.c[c] for c in cols),
                                                                *(table.c[p] for p in pk[:1])))}
        return self.keys[key]


def _unique_sets(table: Table) -> list[tuple[str, ...]]:
    out = []
    for con in table.constraints:
        if isinstance(con, UniqueConstraint):
            out.append(tuple(c.name for c in con.columns))
    for ix in table.indexes:
        if ix.unique:
            out.append(tuple(c.name for c in ix.columns))
    return out


def build_plan(ctx: AppContext, sources: list[SourceCheck], options: MergeOptions | None = None, *,
               progress: ProgressSink = no_progress, cancel: CancelToken | None = None) -> MergePlan:
    """What the merge would do, row by row, without writing anything.

    Raises:
        MergeRefused: a table has no merge rule (a table added without one), or a bad prefix rule.
    """
    options = options or MergeOptions()
    cancel = cancel or CancelToken()
    tables = orm.Base.metadata.sorted_tables
    missing = [t.name for t in tables if rule_of(t.name) is None]
    if missing:
        raise MergeRefused([Note(QT_TRANSLATE_NOOP(
            "Merge", "This version cannot merge table {table}: it has no merge rule (a programming error; "
                     "nothing was written)."), {"table": name}) for name in missing])
    todo = [s for s in sources if s.to_merge]
    with ctx.tx("read") as s:  # QA 16 F5: a commune merged in an earlier run keeps its prefix to itself
        taken = {p for p in s.scalars(select(orm.MergeSource.prefix)) if p}
    prefixes = _prefixes(list(sources), todo, options, taken)
    _lineage, head = target_identity(ctx)
    questions: list[PlanQuestion] = []
    plans: list[SourcePlan] = []
    with ctx.db.engine.connect() as tconn:
        target = _Target(tconn)
        for n, src in enumerate(todo):
            cancel.raise_if_cancelled()
            progress(Progress(n, len(todo), QT_TRANSLATE_NOOP("Jobs", "Preparing the preview")))
            sp = SourcePlan(src, prefixes[src.index])
            engine = _read_engine(src.copy)
            try:
                with engine.connect() as sconn:
                    _Planner(sp, sconn, target, options, questions).run(_order(tables), cancel)
            finally:
                engine.dispose()
            plans.append(sp)
    progress(Progress(len(todo), len(todo), QT_TRANSLATE_NOOP("Jobs", "Preparing the preview")))
    return MergePlan(list(sources), plans, questions, options, head)


class _Planner:
    """Plans one source against the target (and the sources planned before it)."""

    def __init__(self, sp: SourcePlan, conn: Connection, target: _Target, options: MergeOptions,
                 questions: list[PlanQuestion]) -> None:
        self.sp, self.conn, self.target, self.options, self.questions = sp, conn, target, options, questions
        self.src = sp.source
        self.map: dict[str, dict[Any, Any]] = {}  # table → source pk → id here, Ref, or None (aside/skipped)
        self.added_keys: dict[tuple[str, tuple[str, ...]], dict[tuple, Any]] = {}
        self.labels: dict[tuple[str, Any], str] = {}  # (table, source pk) → label, for the link rows pointing to it

    def labelled(self, table: Table, row: dict) -> dict:
        """``label`` and ``parts`` of a row: its own describing columns, or, for a link row, the records it joins."""
        cols = LABELS.get(table.name)
        if cols:
            parts = [(c, row.get(c)) for c in cols if row.get(c) not in (None, "")]
        else:  # a record's own part (a finding, an action): its record and what it says; a link row: both ends
            parents = []
            for col in table.columns:
                for fk in col.foreign_keys:
                    parent = fk.column.table.name
                    name = self.labels.get((parent, row.get(col.name)))
                    if name and parent != table.name and name not in (n for _, n in parents):
                        parents.append((parent, name))
            describing = [(c, row[c]) for c in _DESCRIBING if row.get(c) not in (None, "")][:1]
            parents = parents[:1] if describing else parents
            parts = [(PARENT + t, n if len(n) <= 50 else n[:49].rsplit(" ", 1)[0].rstrip("…") + "…")
                     for t, n in parents] + describing
        label = row_label(table.name, row)
        if parts and not cols:
            text = " — ".join(_fmt(v) for _, v in parts)
            label = text if len(text) <= 90 else text[:89].rsplit(" ", 1)[0].rstrip("…") + "…"
        self.labels[(table.name, _single_pk(table, row))] = label
        return {"label": label, "parts": tuple(parts)}

    def add(self, rp: RowPlan) -> None:
        self.sp.rows.append(rp)

    def run(self, tables: list[Table], cancel: CancelToken) -> None:
        for table in tables:
            cancel.raise_if_cancelled()
            rule = rule_of(table.name)
            handler = getattr(self, f"plan_{rule.kind}")
            self.map.setdefault(table.name, {})
            if rule.kind in (HISTORY, CONTENT):  # counted, not loaded (history can be long, files large)
                handler(table, rule, self.conn.execute(select(func.count()).select_from(table)).scalar() or 0)
                continue
            rows = [dict(r._mapping) for r in self.conn.execute(select(table).order_by(*table.primary_key.columns))]
            if table.name in LABELS:  # named for the link rows that point to it, whatever becomes of it
                self.labels.update(((table.name, _single_pk(table, row)), row_label(table.name, row)) for row in rows)
            handler(table, rule, rows)

    # -- helpers ---------------------------------------------------------------------------------
    def remapped(self, table: Table, rows: list[dict]) -> Iterator[tuple[dict, dict]]:
        """(row, its remapped values) for the rows whose parents are here; the others are put aside with the reason."""
        for row in rows:
            values, why = self.remap(table, row)
            if values is None:
                self.aside(table, row, why)
                continue
            yield row, values

    def remap(self, table: Table, row: dict) -> tuple[dict | None, Note | None]:
        """The row with its foreign keys pointing here; (None, reason) if a required parent is not here."""
        values = {k: v for k, v in row.items() if k not in _SKIP_COLUMNS}
        if _auto_pk(table):
            values.pop(_pk_cols(table)[0], None)
        for col in table.columns:
            for fk in col.foreign_keys:
                value = row.get(col.name)
                if value is None:
                    continue
                parent = fk.column.table.name
                parent_map = self.map.get(parent, {})
                if parent == table.name and value not in parent_map:
                    values[col.name] = Ref(self.src.index, parent, value)  # earlier row of the same table
                    continue
                if parent_map.get(value) is not None:
                    values[col.name] = parent_map[value]
                elif (rule_of(parent) or Rule("")).kind == CONTENT:
                    values[col.name] = value  # content is copied by its hash
                elif col.nullable:
                    values[col.name] = None
                else:
                    context, source = entity_label(parent)
                    return None, Note(QT_TRANSLATE_NOOP("Merge", "it belongs to a record that is not merged as a record "
                                                                 "({table} {id})."),
                                      {"table": Note(source, context=context),
                                       "id": self.labels.get((parent, value)) or f"#{value}"})
        return values, None

    def _key(self, values: dict, cols: tuple[str, ...]) -> tuple:
        return tuple(values.get(c) for c in cols)

    def clash(self, table: Table, values: dict, skip: tuple[tuple[str, ...], ...] = ()) -> tuple[str, ...] | None:
        """The unique columns on which ``values`` would clash with a row here or one added before."""
        for cols in _unique_sets(table):
            if cols in skip or any(c not in values for c in cols):
                continue
            key = self._key(values, cols)
            if any(v is None for v in key):
                continue
            existing = self.target.keys_of(table, cols)  # rows here, and rows the sources before this one add
            if key in existing or key in self.added_keys.get((table.name, cols), {}):
                return cols
        return None

    def remember(self, table: Table, values: dict, ref: Any) -> None:
        """Keys of a row added by this merge: a later row (of this source or the next) clashes with it, or is
        summed into it. A key may hold a row another source adds (a per-field line of a period a source before
        this one adds): it is remembered for the next sources too, which map their rows onto that same row."""
        for cols in _unique_sets(table):
            if all(c in values for c in cols):
                key = self._key(values, cols)
                self.added_keys.setdefault((table.name, cols), {})[key] = ref
                self.target.keys_of(table, cols)[key] = ref

    def new_row(self, table: Table, row: dict, values: dict, *, outcome: str = ADDED, note: Note | None = None,
                keep_json: bool = False) -> Ref:
        pk = _single_pk(table, row)
        ref = Ref(self.src.index, table.name, pk)
        self.map[table.name][pk] = ref
        self.remember(table, values, ref)
        self.add(RowPlan(table.name, pk, outcome, **self.labelled(table, row), values=values, note=note,
                         row_json=row_json(row) if keep_json else None))
        return ref

    def aside(self, table: Table, row: dict, note: Note, outcome: str = ASIDE) -> None:
        pk = _single_pk(table, row)
        self.map[table.name][pk] = None
        self.add(RowPlan(table.name, pk, outcome, **self.labelled(table, row), note=note, row_json=row_json(row)))

    def merged(self, table: Table, row: dict, target: Any, note: Note, outcome: str = MERGED) -> None:
        pk = _single_pk(table, row)
        self.map[table.name][pk] = target if outcome in (MERGED, SUMMED) else None
        self.add(RowPlan(table.name, pk, outcome, **self.labelled(table, row), target=target, note=note,
                         row_json=row_json(row)))

    # -- rules -------------------------------------------------------------------------------------
    def plan_copy(self, table: Table, rule: Rule, rows: list[dict]) -> None:
        for row, values in self.remapped(table, rows):
            cols = self.clash(table, values)
            if cols:
                self.aside(table, row, Note(QT_TRANSLATE_NOOP(
                    "Merge", "the new commune already has one with the same {columns}; the former one is kept as "
                             "provenance."), {"columns": _columns(cols, table.name)}))
                continue
            self.new_row(table, row, values)

    def plan_attachment(self, table: Table, rule: Rule, rows: list[dict]) -> None:
        for row in rows:
            owner = self.map.get(row.get("owner_kind"), {}).get(row.get("owner_id"))
            values, why = self.remap(table, row)
            if values is None or owner is None:
                self.aside(table, row, why or Note(QT_TRANSLATE_NOOP(
                    "Merge", "its record ({kind}) is kept as provenance, so the file is too."),
                    {"kind": _kind_name(row.get("owner_kind"))}))
                continue
            values["owner_id"] = owner
            self.new_row(table, row, values)

    def plan_link(self, table: Table, rule: Rule, rows: list[dict]) -> None:
        for row, values in self.remapped(table, rows):
            pk = _single_pk(table, row)
            self.map[table.name][pk] = None
            self.add(RowPlan(table.name, pk, ADDED, **self.labelled(table, row), values=values))

    def plan_profile(self, table: Table, rule: Rule, rows: list[dict]) -> None:
        for row in rows:
            self.aside(table, row, Note(QT_TRANSLATE_NOOP(
                "Merge", "the former commune's profile is recorded with its provenance; the new commune's profile "
                         "stays.")), SKIPPED)

    def plan_aside(self, table: Table, rule: Rule, rows: list[dict]) -> None:
        notes = {
            "report": QT_TRANSLATE_NOOP("Merge", "sent under the former commune's name: kept with its provenance "
                                                 "(printable from its frozen content), not a report of the new commune."),
            "setting": QT_TRANSLATE_NOOP("Merge", "the new commune's settings apply; the former setting is kept as "
                                                  "provenance."),
            "document_number": QT_TRANSLATE_NOOP("Merge", "a number of the former office's register of outgoing "
                                                          "documents; kept as provenance."),
            "export_log": QT_TRANSLATE_NOOP("Merge", "an export of a former report; kept with it."),
        }
        default = QT_TRANSLATE_NOOP("Merge", "kept as provenance of the former commune.")
        draft = QT_TRANSLATE_NOOP("Merge", "a draft of the former commune, never finalised or sent: kept as provenance, "
                                           "not a report of the new commune.")
        for row in rows:
            unsent = table.name == "report" and not row.get("snapshot_json")  # a draft: nothing frozen, nothing sent
            self.aside(table, row, Note(draft if unsent else notes.get(table.name, default)))

    def plan_accounts(self, table: Table, rule: Rule, rows: list[dict]) -> None:
        for row in rows:
            safe = {k: row.get(k) for k in ("id", "username", "full_name", "role", "active")}
            pk = _single_pk(table, row)
            self.map[table.name][pk] = None
            self.add(RowPlan(table.name, pk, SKIPPED, **self.labelled(table, row), note=Note(QT_TRANSLATE_NOOP(
                "Merge", "former account: not imported (it cannot log in here); its name is kept for the history.")),
                row_json=row_json(safe)))

    def plan_signing_key(self, table: Table, rule: Rule, rows: list[dict]) -> None:
        for row in rows:
            safe = {k: row.get(k) for k in ("id", "fingerprint", "public_key", "origin", "previous_fingerprint",
                                            "retired_at")}  # never the private key
            pk = _single_pk(table, row)
            self.map[table.name][pk] = None
            self.add(RowPlan(table.name, pk, SKIPPED, row.get("fingerprint") or "", note=Note(QT_TRANSLATE_NOOP(
                "Merge", "the former commune's signing key: its fingerprint is kept as provenance; the new commune "
                         "signs with its own key, and the private key is not imported.")), row_json=row_json(safe)))

    def plan_not_merged(self, table: Table, rule: Rule, rows: list[dict]) -> None:
        for row in rows:
            pk = _single_pk(table, row)
            self.map[table.name][pk] = None
            self.add(RowPlan(table.name, pk, SKIPPED, "", note=Note(QT_TRANSLATE_NOOP(
                "Merge", "a receiving office's record: not part of a commune's records, not imported."))))

    def plan_history(self, table: Table, rule: Rule, count: int) -> None:
        self.sp.history = count  # carried as they are into imported_change_log when applied

    def plan_content(self, table: Table, rule: Rule, count: int) -> None:
        pass  # contents are copied by hash when applied (not loaded here: they can be large)

    def plan_match_name(self, table: Table, rule: Rule, rows: list[dict]) -> None:
        col = rule.key[0]
        names = self.target.names_of(table, col)
        choice_default = self.options.units if table.name == "unit" else self.options.staff
        unique = any(col in cols for cols in _unique_sets(table))
        spelled = self.target.spelled.setdefault(table.name, {})
        for row, values in self.remapped(table, rows):
            folded = fold(row.get(col))
            found = names.get(folded)
            key = f"{table.name}:{self.src.index}:{folded}"
            choice = self.options.choices.get(key, choice_default)
            there = spelled.get(folded) or row.get(col)  # as the matched record writes it (QA 18 F9)
            if found is not None:
                self.questions.append(PlanQuestion(key, self.src.index, table.name, self.labelled(table, row)["label"],
                                                   there, choice, _source_of(found)))
            if found is not None and choice == MERGE:
                if self._says_more(table, row, found):  # QA 16 F2: the steering committee lost a member unsaid
                    note = Note(QT_TRANSLATE_NOOP(
                        "Merge", "same name as {name} here: merged, but the former record says more (steering "
                                 "committee, internal auditor or certificate) than the one here, which is kept as it "
                                 "is: check the person after the merge."), {"name": there})
                elif isinstance(found, Ref):  # QA 16 F9: not here, but another former commune's, from this merge
                    note = Note(QT_TRANSLATE_NOOP("Merge", "same name as {name}, brought in by another former commune "
                                                           "in this merge: merged."), {"name": there})
                else:
                    note = Note(QT_TRANSLATE_NOOP("Merge", "same name as {name} here: merged."), {"name": there})
                self.merged(table, row, found, note)
                continue
            note = None
            if found is not None and unique:
                base, k = f"{row.get(col)} ({self.src.label})", 2
                name = base
                while fold(name) in names:
                    name, k = f"{base} {k}", k + 1
                values[col] = name
                note = Note(QT_TRANSLATE_NOOP("Merge", "kept separate from {name} here, as {new}.") if not isinstance(
                    found, Ref) else QT_TRANSLATE_NOOP("Merge", "kept separate from {name}, brought in by another "
                                                                "former commune in this merge, as {new}."),
                            {"name": there, "new": name})  # QA 47 F6: "here" sent her looking for a record not here
            elif found is not None:
                note = Note(QT_TRANSLATE_NOOP("Merge", "kept separate from {name} here.") if not isinstance(found, Ref)
                            else QT_TRANSLATE_NOOP("Merge", "kept separate from {name}, brought in by another former "
                                                            "commune in this merge."), {"name": there})
            ref = self.new_row(table, row, values, note=note)
            names.setdefault(fold(values[col]), ref)
            spelled.setdefault(fold(values[col]), values[col])

    def _says_more(self, table: Table, row: dict, found: Any) -> bool:
        """Whether a person merged by name is, in the former commune, on the steering committee, an internal
        auditor or certified where the record here (a row of this database) is not."""
        if table.name != "staff" or isinstance(found, Ref):
            return False
        here = self.target.conn.execute(select(table.c.is_steering, table.c.is_auditor, table.c.auditor_certificate)
                                        .where(table.c.id == found)).first()
        if here is None:
            return False
        return bool((row.get("is_steering") and not here[0]) or (row.get("is_auditor") and not here[1])
                    or (clean(row.get("auditor_certificate") or "") and not clean(here[2] or "")))

    def _approved_only_there(self, table: Table, row: dict, found: Any) -> bool:
        """A former record approved (an audit programme) matched with one here that is not: said (QA 16 F3)."""
        if "approved_date" not in table.c or not row.get("approved_date"):
            return False
        here = self.target.conn.execute(select(table.c.approved_date).where(table.c.id == found)).first()
        return here is not None and here[0] is None

    def plan_match_key(self, table: Table, rule: Rule, rows: list[dict]) -> None:
        existing = self.target.keys_of(table, rule.key)
        for row, values in self.remapped(table, rows):
            key = self._key(values, rule.key)
            if key in existing and existing[key] is not None:
                here = not isinstance(existing[key], Ref)  # else another former commune's, taken in by this merge
                if here and self._approved_only_there(table, row, existing[key]):
                    self.merged(table, row, existing[key], Note(QT_TRANSLATE_NOOP(
                        "Merge", "the new commune's record for the same {columns} is used, although it is not approved "
                                 "and the former one was (by {by}): check it after the merge."),
                        {"columns": _columns(rule.key, table.name), "by": row.get("approved_by") or "?"}))
                    continue
                self.merged(table, row, existing[key], Note(QT_TRANSLATE_NOOP(
                    "Merge", "the new commune's record for the same {columns} is used.") if here else QT_TRANSLATE_NOOP(
                    "Merge", "the record for the same {columns} that another former commune brings in this merge is "
                             "used."), {"columns": _columns(rule.key, table.name)}))  # QA 16 F3: said to be the new commune's
                continue
            self.new_row(table, row, values)

    def plan_sum(self, table: Table, rule: Rule, rows: list[dict]) -> None:
        existing = self.target.keys_of(table, rule.key)
        added = self.added_keys.setdefault((table.name, rule.key), {})
        for row, values in self.remapped(table, rows):
            key = self._key(values, rule.key)
            into = existing.get(key) if key in existing else added.get(key)
            if into is not None:
                self.merged(table, row, into, Note(QT_TRANSLATE_NOOP(
                    "Merge", "the figures are added to the new commune's record of the same period; the former "
                             "commune's own figures stay in its provenance.")), SUMMED)
                continue
            self.new_row(table, row, values, keep_json=True)

    def plan_tthc(self, table: Table, rule: Rule, rows: list[dict]) -> None:
        t = self.target
        for row in rows:
            values, _why = self.remap(table, row)
            code = row.get("code")
            # A temporary code ("TAM-0001") is each commune's own numbering, not a national code: two communes'
            # TAM-0001 are different TTHC (QA 47 F3). It matches by name only, and is renumbered if taken here.
            temporary = bool(row.get("temporary_code")) or str(code or "").startswith(TEMP_PREFIX)
            if code in t.codes and not temporary:
                self.merged(table, row, t.codes[code], Note(QT_TRANSLATE_NOOP("Merge", "same national code {code}: merged."),
                                                            {"code": code}))
                continue
            candidates = t.tthc_names.get(fold(row.get("name")), [])
            if candidates:
                into, other = candidates[0]
                key = f"tthc:{self.src.index}:{code}"
                choice = self.options.choices.get(key, self.options.tthc_by_name if self.options.tthc_by_name != ASK else "")
                self.questions.append(PlanQuestion(key, self.src.index, table.name, self.labelled(table, row)["label"],
                                                   f"{other} — {row.get('name')}", choice, _source_of(into)))
                if choice == MERGE:
                    self.merged(table, row, into, Note(QT_TRANSLATE_NOOP(
                        "Merge", "same name as TTHC {other} here (code {code} there): merged, as chosen."),
                        {"other": other, "code": code}))
                    continue
                if not choice:
                    pk = _single_pk(table, row)
                    self.map[table.name][pk] = None
                    self.add(RowPlan(table.name, pk, QUESTION, **self.labelled(table, row), question=key,
                                     note=Note(QT_TRANSLATE_NOOP("Merge", "same name as TTHC {other} here, another code: "
                                                                          "is it the same TTHC?") if not isinstance(
                                         into, Ref) else QT_TRANSLATE_NOOP(
                                         "Merge", "same name as TTHC {other}, brought in by another former commune in "
                                                  "this merge, another code: is it the same TTHC?"), {"other": other})))
                    continue
            if temporary and code in t.codes:
                n = 1
                while f"{TEMP_PREFIX}{n:04d}" in t.codes:
                    n += 1
                values["code"] = f"{TEMP_PREFIX}{n:04d}"
                ref = self.new_row(table, row, values, outcome=RENUMBERED, note=Note(QT_TRANSLATE_NOOP(
                    "Merge", "temporary code {old} is taken here by another TTHC: renumbered {new}."),
                    {"old": code, "new": values["code"]}))
                code = values["code"]
            else:
                ref = self.new_row(table, row, values)
            t.codes[code] = ref
            t.tthc_names.setdefault(fold(row.get("name")), []).append((ref, code))

    def plan_procedure(self, table: Table, rule: Rule, rows: list[dict]) -> None:
        used = self.target.proc_codes
        for row, values in self.remapped(table, rows):
            code = row["code"]
            if fold(code) in used:
                base = f"{self.sp.prefix}-{code}"
                new, k = base, 2
                while fold(new) in used:
                    new, k = f"{base}-{k}", k + 1
                values["code"], values["former_code"] = new, code
                used.add(fold(new))
                self.new_row(table, row, values, outcome=RENUMBERED, note=Note(QT_TRANSLATE_NOOP(
                    "Merge", "code {old} is taken here: renumbered {new} (the old code stays searchable)."),
                    {"old": code, "new": new}))
                continue
            used.add(fold(code))
            self.new_row(table, row, values)

    def plan_petition_number(self, table: Table, rule: Rule, rows: list[dict]) -> None:
        """A petition whose number the year's book here already holds is written with the former commune's prefix
        ("PL-01/PAKN"), as a clashing procedure code is (QA 18 F5: two "01/PAKN" in one book after a merge)."""
        used = self.target.petition_numbers
        for row, values in self.remapped(table, rows):
            number, day = clean(row.get("number") or ""), row.get("received_date")
            year = day.year if isinstance(day, dt.date) else int(str(day)[:4]) if str(day or "")[:4].isdigit() else None
            live = number and not row.get("cancelled_reason")
            if live and (year, fold(number)) in used:
                base = f"{self.sp.prefix}-{number}"
                new, k = base, 2
                while (year, fold(new)) in used:
                    new, k = f"{base}-{k}", k + 1
                values["number"] = new
                used.add((year, fold(new)))
                self.new_row(table, row, values, outcome=RENUMBERED, note=Note(QT_TRANSLATE_NOOP(
                    "Merge", "number {old} is already in the book here for its year: written {new} (the former "
                             "number stays in the provenance)."), {"old": number, "new": new}))
                continue
            if live:
                used.add((year, fold(number)))
            self.new_row(table, row, values)

    def plan_nc_number(self, table: Table, rule: Rule, rows: list[dict]) -> None:
        seqs = self.target.nc_seq
        # In the source's own order of numbers: into an empty register a former commune keeps its numbers, and
        # two of its NCs never swap numbers (QA 14 F4: ordered by detection date, 01/2025 and 02/2025 swapped).
        for row in sorted(rows, key=lambda r: (r["year"], r["seq"], r["detected_date"] or dt.date.min)):
            values, why = self.remap(table, row)
            if values is None:
                self.aside(table, row, why)
                continue
            year = row["year"]
            seq = (seqs.get(year) or 0) + 1
            seqs[year] = seq
            number = f"{seq:02d}/{year}"
            values.update(seq=seq, number=number, former_number=row["number"])
            if number == row["number"]:
                self.new_row(table, row, values, note=Note(QT_TRANSLATE_NOOP(
                    "Merge", "keeps number {new} in the new commune's register."), {"new": number}))
            else:
                self.new_row(table, row, values, outcome=RENUMBERED, note=Note(QT_TRANSLATE_NOOP(
                    "Merge", "number {old} becomes {new} in the new commune's register (the old number is kept as a "
                             "reference)."), {"old": row["number"], "new": number}))



# ---------------------------------------------------------------- apply

@dataclass(frozen=True)
class MergeResult:
    plan: MergePlan
    merged: bool
    backup: Path | None = None
    source_ids: tuple[int, ...] = ()
    chain_head: str = ""  # the new commune's head after the merge


def _sha(lines: Iterable[str]) -> str:
    h = hashlib.sha256()
    for line in lines:
        h.update(line.encode("utf-8"))
        h.update(b"\n")
    return h.hexdigest()


def merged_rows_digest(rows: Iterable[tuple[str, str, str | None, str]]) -> str:
    """SHA-256 over a source's provenance lines (table, source pk, id here, outcome), in order."""
    return _sha("\t".join((t, s, g or "", o)) for t, s, g, o in rows)


def merged_content_digest(rows: Iterable[tuple[str | None, str | None]]) -> str:
    """SHA-256 over a source's provenance contents (note, row kept aside), in order: recorded in the merge's own
    history entry (``summary_json["_content"]``), so that an edit of a former report "as sent" or of a former
    commune's own figures is found (QA 47 F4: ``rows_digest`` did not cover them)."""
    return _sha(json.dumps([n or "", r or ""], ensure_ascii=False) for n, r in rows)


def _pk_text(pk: Any) -> str:
    return ":".join(str(x) for x in pk) if isinstance(pk, tuple) else str(pk)


def apply_plan(ctx: AppContext, plan: MergePlan, *, backup_folder: str | Path | None = None,
               progress: ProgressSink = no_progress, cancel: CancelToken | None = None) -> MergeResult:
    """Back up the new commune's database, then write the plan in one transaction.

    Raises:
        MergeRefused: a source was refused, a question is unanswered, or the data changed since the plan.
        BackupError: the backup could not be written (nothing merged).
    """
    from qms_desktop.services.backup import backup_to

    ctx.require("import")
    cancel = cancel or CancelToken()
    refusals = plan.refusals()
    if refusals:
        raise MergeRefused(refusals)
    if plan.nothing_to_do:
        return MergeResult(plan, False, chain_head=target_identity(ctx)[1])
    if target_identity(ctx)[1] != plan.target_head:
        raise MergeRefused([Note(QT_TRANSLATE_NOOP(
            "Merge", "The new commune's data changed since the preview; look at the preview again."))])
    cancel.raise_if_cancelled()
    progress(Progress(0, len(plan.plans) + 1, QT_TRANSLATE_NOOP("Jobs", "Backing up before the merge")))
    folder = Path(backup_folder) if backup_folder else None
    if folder is None:
        from qms_desktop.paths import backups_dir
        folder = backups_dir()
    folder.mkdir(parents=True, exist_ok=True)
    backup = backup_to(ctx.db, folder, kind="before-merge")
    ids: list[int] = []
    with ctx.tx("import") as s:
        writer = _Writer(s, ctx)
        for n, sp in enumerate(plan.plans):
            cancel.raise_if_cancelled()
            progress(Progress(n + 1, len(plan.plans) + 1, QT_TRANSLATE_NOOP("Jobs", "Merging the former communes' data")))
            ids.append(writer.write_source(sp))
        writer.balance_field_lines([r.target for sp in plan.plans for r in sp.rows
                                    if r.table == "service_stat" and r.outcome == SUMMED])
    return MergeResult(plan, True, backup, tuple(ids), target_identity(ctx)[1])


# The per-field line of what former communes counted without fields (a field name, printed in Vietnamese).
UNSPLIT_FIELD = "Chưa chia theo lĩnh vực (xã cũ không thống kê theo lĩnh vực)"


class _Writer:
    def __init__(self, session, ctx: AppContext) -> None:
        self.s, self.ctx = session, ctx
        self.classes = _mapped_classes()
        self.tables = orm.Base.metadata.tables
        self.ids: dict[Ref, Any] = {}
        self.objects: dict[Ref, Any] = {}
        self.linked = _linked_tables()
        self._current: SourcePlan | None = None

    def resolve(self, value: Any) -> Any:
        if isinstance(value, Ref):
            return self.ids[value]
        return value

    def obj(self, table: str, value: Any):
        if isinstance(value, Ref) and value in self.objects:
            return self.objects[value]
        return self.s.get(self.classes[table], self.resolve(value))

    def write_source(self, sp: SourcePlan) -> int:
        src = sp.source
        self._current = sp
        sp.files = self._contents(src)  # before the attachments that refer to them
        by_table: dict[str, list[RowPlan]] = {}
        for r in sp.rows:
            by_table.setdefault(r.table, []).append(r)
        for table in _order(orm.Base.metadata.sorted_tables):
            rows = by_table.get(table.name, [])
            if not rows:
                continue
            rule = rule_of(table.name)
            if rule.kind == LINK:
                self._links(table, [r for r in rows if r.outcome == ADDED])
            elif rule.kind == SUM:
                self._add(table, [r for r in rows if r.outcome == ADDED])
                self._sum(table, [r for r in rows if r.outcome == SUMMED])
            else:
                self._add(table, [r for r in rows if r.outcome in (ADDED, RENUMBERED)])
        return self._record(sp)

    def _add(self, table: Table, rows: list[RowPlan]) -> None:
        """New rows through the ORM (so the storage events log each in the history), flushed in batches:
        the session's bookkeeping of pending objects grows with the square of a flush's size."""
        if not rows:
            return
        cls = self.classes[table.name]
        mapper = cls.__mapper__
        keys = {c.name: mapper.get_property_by_column(c).key for c in table.columns}
        batch = 1 if any(fk.column.table is table for fk in table.foreign_keys) else FLUSH_BATCH
        keep = table.name in self.linked
        for start in range(0, len(rows), batch):
            made = []
            for r in rows[start:start + batch]:
                obj = cls(**{keys[k]: self.resolve(v) for k, v in r.values.items() if k in keys})
                self.s.add(obj)
                made.append((r, obj))
            self.s.flush()
            for r, obj in made:
                ref = Ref(self._src, table.name, r.source_pk)
                ident = mapper.primary_key_from_instance(obj)
                self.ids[ref] = r.target = ident[0] if len(ident) == 1 else tuple(ident)
                if keep:
                    self.objects[ref] = obj

    def _sum(self, table: Table, rows: list[RowPlan]) -> None:
        rule = rule_of(table.name)
        numeric = [c.name for c in table.columns if _numeric(c) and not c.primary_key and not c.foreign_keys
                   and c.name not in rule.key]
        for r in rows:
            obj = self.obj(table.name, r.target)
            source = json.loads(r.row_json)
            for col in numeric:
                if source.get(col) is not None:
                    setattr(obj, col, (getattr(obj, col) or 0) + source[col])
            note = (source.get("note") or "").strip() if "note" in table.columns else ""
            if note:
                obj.note = f"{obj.note}\n{self._label}: {note}".strip()
            r.target = self.resolve(r.target)
        self.s.flush()

    def balance_field_lines(self, stat_ids: list[Any]) -> None:
        """A period's figures added up from communes of which only some kept them per field: the lines no longer
        add up to the totals, and saving the per-field grid again brought the totals back to the lines' sum — the
        other communes' applications gone without a word (QA 47 F1). What no line holds gets its own line."""
        for stat_id in sorted({self.resolve(i) for i in stat_ids if i is not None}):
            stat = self.s.get(orm.ServiceStat, stat_id)
            lines = list(self.s.scalars(select(orm.ServiceStatField).where(orm.ServiceStatField.stat_id == stat_id)))
            if stat is None or not lines:
                continue
            rest = {k: (getattr(stat, k) or 0) - sum(getattr(x, k) or 0 for x in lines)
                    for k in ("received", "on_time", "late", "pending")}
            if not any(rest.values()) or min(rest.values()) < 0:
                continue
            line = next((x for x in lines if x.field == UNSPLIT_FIELD), None)
            if line is None:
                self.s.add(orm.ServiceStatField(stat_id=stat_id, field=UNSPLIT_FIELD, **rest))
            else:
                for k, v in rest.items():
                    setattr(line, k, (getattr(line, k) or 0) + v)
        self.s.flush()

    def _links(self, table: Table, rows: list[RowPlan]) -> None:
        if not rows:
            return
        rel = _relationship_for(table)
        if rel is None:  # a link table without a relationship: plain rows
            self.s.execute(insert(table), [{k: self.resolve(v) for k, v in r.values.items()} for r in rows])
            return
        parent_cls, key, parent_col, child_col, child_table = rel
        by_parent: dict[Any, list[Any]] = {}
        for r in rows:
            by_parent.setdefault(r.values[parent_col], []).append(r.values[child_col])
        for parent_ref, children in by_parent.items():
            parent = self.obj(parent_cls.__tablename__, parent_ref)
            if isinstance(parent_ref, Ref) and parent_ref in self.objects:
                attributes.set_committed_value(parent, key, [])  # a new row: no links yet, no query
            current = getattr(parent, key)
            have = {id(x) for x in current}
            for child_ref in children:
                child = self.obj(child_table, child_ref)
                if id(child) not in have:
                    current.append(child)
                    have.add(id(child))
        self.s.flush()

    def _contents(self, src: SourceCheck) -> int:
        engine = _read_engine(src.copy)
        added = 0
        try:
            with engine.connect() as conn:
                shas = list(conn.execute(select(orm.StoredFile.sha256)).scalars())
                have = set()
                for i in range(0, len(shas), 500):
                    chunk = shas[i:i + 500]
                    have |= set(self.s.scalars(select(orm.StoredFile.sha256).where(orm.StoredFile.sha256.in_(chunk))))
                for sha in shas:
                    if sha in have:
                        continue
                    size, data = conn.execute(select(orm.StoredFile.size, orm.StoredFile.data)
                                              .where(orm.StoredFile.sha256 == sha)).one()
                    if hashlib.sha256(data).hexdigest() != sha:
                        raise MergeRefused([Note(QT_TRANSLATE_NOOP(
                            "Merge", "{file}: a stored file is damaged (checksum mismatch); nothing was merged."),
                            {"file": src.path.name})])
                    self.s.execute(insert(orm.StoredFile.__table__), [{"sha256": sha, "size": size, "data": data}])
                    added += 1
        finally:
            engine.dispose()
        return added

    def _record(self, sp: SourcePlan) -> int:
        src = sp.source
        lines = [(r.table, _pk_text(r.source_pk), None if r.target is None else _pk_text(self.resolve(r.target)),
                  r.outcome) for r in sp.rows]
        accounts = [json.loads(r.row_json) for r in sp.rows if r.table == "app_user" and r.row_json]
        profile = {r.table: json.loads(r.row_json) for r in sp.rows if r.table == "agency" and r.row_json}
        profile["settings"] = {json.loads(r.row_json)["key"]: json.loads(r.row_json)["value"]
                               for r in sp.rows if r.table == "setting" and r.row_json}
        notes = [r.note.to_json() if r.note else "" for r in sp.rows]
        content = merged_content_digest(zip(notes, (r.row_json for r in sp.rows)))
        ms = orm.MergeSource(
            lineage=src.lineage, chain_count=src.chain_count, chain_hash=src.chain_hash, full_name=src.full_name,
            short_name=src.short_name, province=src.province, prefix=sp.prefix, key_fingerprint=src.key_fingerprint,
            schema_revision=src.schema or "", file_name=src.path.name[:255], file_sha256=src.file_sha256,
            merged_at=_now(), merged_by=self.ctx.actor.username,
            summary_json=json.dumps(sp.summary() | {"_history": {"imported": sp.history}, "_files": {"added": sp.files},
                                                    "_content": content}, ensure_ascii=False, sort_keys=True),
            accounts_json=json.dumps(accounts, ensure_ascii=False, sort_keys=True),
            profile_json=json.dumps(profile, ensure_ascii=False, sort_keys=True, default=str),
            rows_digest=merged_rows_digest(lines))
        self.s.add(ms)
        self.s.flush()
        values = [dict(source_id=ms.id, table_name=t, source_pk=spk, target_pk=tpk, outcome=o, note=note,
                       row_json=r.row_json) for (t, spk, tpk, o), r, note in zip(lines, sp.rows, notes)]
        for i in range(0, len(values), 2000):
            self.s.execute(insert(orm.MergedRow.__table__), values[i:i + 2000])
        self._history(sp, ms.id)
        return ms.id

    def _history(self, sp: SourcePlan, source_id: int) -> None:
        engine = _read_engine(sp.source.copy)
        try:
            with engine.connect() as conn:
                batch = []
                for c in conn.execute(select(orm.ChangeLog.__table__).order_by(orm.ChangeLog.id)):
                    m = c._mapping
                    batch.append(dict(source_id=source_id, seq=m["id"], at=m["at"], username=m["username"],
                                      action=m["action"], entity=m["entity"], entity_id=m["entity_id"],
                                      old_values=m["old_values"], new_values=m["new_values"],
                                      prev_hash=m["prev_hash"], hash=m["hash"], state=m.get("state")))
                    if len(batch) >= 2000:
                        self.s.execute(insert(orm.ImportedChangeLog.__table__), batch)
                        batch = []
                if batch:
                    self.s.execute(insert(orm.ImportedChangeLog.__table__), batch)
        finally:
            engine.dispose()

    @property
    def _src(self) -> int:
        return self._current.source.index

    @property
    def _label(self) -> str:
        return self._current.source.label


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None, microsecond=0)


def _relationship_for(table: Table):
    """(parent class, relationship key, parent column, child column, child table) of a link table."""
    for mapper in orm.Base.registry.mappers:
        for rel in mapper.relationships:
            if rel.secondary is table:
                parent_col = next(c.name for c in table.columns
                                  if any(fk.column.table is mapper.local_table for fk in c.foreign_keys))
                child_table = rel.mapper.local_table
                child_col = next(c.name for c in table.columns if c.name != parent_col
                                 and any(fk.column.table is child_table for fk in c.foreign_keys))
                return mapper.class_, rel.key, parent_col, child_col, child_table.name
    return None


def _linked_tables() -> set[str]:
    """Tables whose new rows are kept as objects while merging (either side of a many-to-many link)."""
    out: set[str] = set()
    for tbl in orm.Base.metadata.tables.values():
        rel = _relationship_for(tbl) if (rule_of(tbl.name) or Rule("")).kind == LINK else None
        if rel:
            out |= {rel[0].__tablename__, rel[4]}
    return out


# ---------------------------------------------------------------- all in one

def merge(ctx: AppContext, paths: Iterable[str | Path], options: MergeOptions | None = None, *, dry_run: bool = False,
          backup_folder: str | Path | None = None, progress: ProgressSink = no_progress,
          cancel: CancelToken | None = None) -> MergeResult:
    """Check the sources, plan, and (unless ``dry_run``) apply: the CLI's ``qms merge``.

    Raises:
        MergeRefused: with one reason per refused source or unanswered question; nothing was written.
    """
    import tempfile

    from qms_desktop.services import tempfiles

    ctx.require("import")
    tempfiles.sweep()  # a merge killed earlier left its copies of whole databases: gone after a day
    with tempfile.TemporaryDirectory(prefix=tempfiles.MERGE_PREFIX) as work:
        sources = prepare_sources(ctx, paths, work, progress=progress, cancel=cancel)
        problems = [p for s in sources for p in s.problems]
        if problems and not dry_run:
            raise MergeRefused(problems)
        plan = build_plan(ctx, sources, options, progress=progress, cancel=cancel)
        if dry_run:  # lists the sources that can be merged; plan.refusals() says why others cannot
            return MergeResult(plan, False, chain_head=plan.target_head)
        return apply_plan(ctx, plan, backup_folder=backup_folder, progress=progress, cancel=cancel)
