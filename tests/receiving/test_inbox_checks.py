"""What `inbox import` checks before it trusts a package (QA 9b F4, F5, F6, F10).

- F5: the register edited outside the application (a key pin set with sqlite3) refuses the whole import,
  naming the altered record, before any pin is trusted; the check runs once per import, not per package.
- F4: a package whose unit code names one unit and whose agency name is another's is never trusted on first
  use; signed with the key already pinned for the unit, it is taken in with a note naming both names; the
  first-key question carries the package's own name.
- F6: a report dated, or a package exported, after the office's today is refused; a report finalised before
  its period ended without the day its figures run to is taken in with a note.
- F10: figures that contradict each other (on time + late > received, a rate above 100) are refused.

The office is a real file (edited with sqlite3 like the QA tester did); forged packages are re-signed with a
fresh key or with the commune's own key (``province.sender_key``)."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import sqlite3
import zipfile
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from province import OFFICE_TODAY, PASSWORD, copy_db, file_digest, sender_key, trust_all

from qms_desktop import cli
from qms_desktop.cli import i18n as cli_i18n
from qms_desktop.reports.package import manifest_bytes
from qms_desktop.reports.signing import InstallationKey
from qms_desktop.services import receiving as rx
from qms_desktop.services.context import Actor, AppContext
from qms_desktop.services.receiving.tamper import RecordsAltered
from qms_desktop.storage.db import Database


# ---------------------------------------------------------------- helpers

class Office:
    """A file copy of the province's office, opened on demand with a clock."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.db: Database | None = None

    def ctx(self, day: dt.date = OFFICE_TODAY) -> AppContext:
        if self.db is None:
            self.db = Database.open(self.path)
        return AppContext(self.db, Actor("vanthu", "leader", ""), lambda: day)

    def close(self) -> None:
        if self.db is not None:
            self.db.close()
            self.db = None

    def digest(self) -> str:
        """The file's SHA-256 with every connection closed."""
        self.close()
        wal = Path(str(self.path) + "-wal")
        assert not wal.exists() or wal.stat().st_size == 0
        return file_digest(self.path)

    def sql(self, statement: str) -> None:
        """sqlite3 on the file, outside the application."""
        self.close()
        conn = sqlite3.connect(self.path)
        try:
            assert conn.execute(statement).rowcount >= 1
            conn.commit()
        finally:
            conn.close()


@pytest.fixture
def office(province, tmp_path, monkeypatch):
    monkeypatch.setenv("QMS_DATA_DIR", str(tmp_path / "data"))
    o = Office(copy_db(province.office_template, tmp_path / "office.sqlite"))
    yield o
    o.close()


@pytest.fixture
def received(office, province):
    """The office with the three communes' keys enrolled and their packages taken in."""
    ctx = office.ctx()
    trust_all(ctx, province)
    assert [o.status for o in rx.import_packages(ctx, [s.package for s in province.sent.values()]).outcomes] == \
        ["accepted"] * 3
    office.close()
    return office


def fresh_key() -> InstallationKey:
    return InstallationKey(Ed25519PrivateKey.generate())


def forge(src: Path, dest: Path, key: InstallationKey, report=None, manifest=None) -> Path:
    """``src`` with ``report(report.json)`` and ``manifest(manifest)`` applied, signed with ``key``."""
    with zipfile.ZipFile(src) as z:
        parts = {i.filename: z.read(i) for i in z.infolist()}
    man = json.loads(parts["manifest.json"])
    data = json.loads(parts["report.json"])
    if report:
        report(data)
    if manifest:
        manifest(man)
    parts["report.json"] = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()
    for f in man["files"]:
        if f["name"] == "report.json":
            f["sha256"], f["size"] = hashlib.sha256(parts["report.json"]).hexdigest(), len(parts["report.json"])
    man["public_key"] = {"algorithm": "Ed25519", "key": key.public_b64, "fingerprint": key.fingerprint}
    parts["manifest.json"] = manifest_bytes(man)
    parts["manifest.sig"] = base64.b64encode(key.sign(parts["manifest.json"])) + b"\n"
    dest.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as z:
        for name, body in parts.items():
            z.writestr(name, body)
    return dest


def set_metric(data: dict, key: str, value) -> None:
    found = False
    for part in data["parts"]:
        for item in part["items"]:
            for m in item.get("metrics", []):
                if m["key"] == key:
                    m["value"], found = value, True
    assert found, key


def as_version(version: int):
    def report(data):
        data["report_version"] = version

    def manifest(man):
        man["report"]["version"] = version
    return report, manifest


def statuses(result) -> list[str]:
    return [o.status for o in result.outcomes]


def lb_package(province, dest: Path, key: InstallationKey) -> Path:
    """QA 9b B4: Đạ Huoai's package with the unit code of Lộc Bắc, no history chain, signed with ``key``."""
    def manifest(man):
        man["agency"]["code"] = "LD-LB"
        man.pop("chain_head", None)
        man.pop("chain_checkpoints", None)
    return forge(province.sent["DH"].package, dest, key, manifest=manifest)


# ---------------------------------------------------------------- F5: the register checked before a pin is trusted

def test_a_key_pin_edited_outside_the_application_refuses_the_import(received, province, tmp_path, monkeypatch):
    forger = fresh_key()

    def named_lb(data):
        data["agency"]["full_name"], data["agency"]["short_name"] = "UBND xã Lộc Bắc", "xã Lộc Bắc"

    def manifest(man):
        man["agency"] = {"code": "", "full_name": "UBND xã Lộc Bắc", "short_name": "xã Lộc Bắc",
                         "province": "Lâm Đồng"}
        man.pop("chain_head", None)
        man.pop("chain_checkpoints", None)
    forged = forge(province.sent["DH"].package, tmp_path / "usb" / "B19_name_LB.zip", forger, named_lb, manifest)
    received.sql(f"update rx_unit set key_fingerprint='{forger.fingerprint}' where code='LD-LB'")
    before = received.digest()
    with pytest.raises(RecordsAltered) as err:
        rx.import_packages(received.ctx(), [forged])
    text = err.value.render()
    assert "no package is taken in" in text and "nothing was written" in text
    assert "(rx_unit)" in text and "key_fingerprint" in text and "[LD-LB]" in text
    assert received.digest() == before
    # on the command line: exit 1, the altered record named, nothing written
    monkeypatch.setenv("QMS_USER", "vanthu")
    monkeypatch.setenv("QMS_PASSWORD", PASSWORD)
    assert cli.main(["--lang", "en", "--db", str(received.path), "inbox", "import", str(forged.parent)]) == 1
    assert received.digest() == before


def test_an_edited_package_refuses_the_import_too(received, province, tmp_path):
    """What the import relies on and writes over besides the pin (the reports received) is checked as well."""
    dh = province.sent["DH"]
    v2 = forge(dh.package, tmp_path / "v2.zip", sender_key(dh), *as_version(2))
    received.sql("update rx_package set files_on_time=files_received where unit_id="
                 "(select id from rx_unit where code='LD-DH')")
    before = received.digest()
    with pytest.raises(RecordsAltered) as err:
        rx.import_packages(received.ctx(), [v2])  # superseding would rewrite the altered row as if it were true
    assert "(rx_package)" in err.value.render() and "files_on_time" in err.value.render()
    assert received.digest() == before


def test_the_register_is_checked_once_per_import_whatever_its_size(received, province, tmp_path):
    from sqlalchemy import event

    from qms_desktop.storage import orm

    folder = tmp_path / "usb"
    dh = province.sent["DH"]
    for n in (2, 3, 4):
        forge(dh.package, folder / f"v{n}.zip", sender_key(dh), *as_version(n))

    def reads_of_the_log(count_units: int) -> int:
        ctx = received.ctx()
        with ctx.tx("edit") as s:
            for i in range(count_units):
                s.add(orm.RxUnit(code=f"X{i:03d}-{count_units}", name=f"Xã Thử {i}", match_key=f"xa thu {i}"))
        counted: list[str] = []
        listener = lambda conn, cursor, statement, *a: counted.append(statement)  # noqa: E731
        event.listen(received.db.engine, "before_cursor_execute", listener)
        try:
            result = rx.import_packages(ctx, [folder])
        finally:
            event.remove(received.db.engine, "before_cursor_execute", listener)
        assert statuses(result) in (["superseded"] * 3, ["duplicate"] * 3)
        return sum(1 for q in counted if "FROM change_log ORDER BY id" in q)

    assert reads_of_the_log(1) == 1  # three packages, one check
    assert reads_of_the_log(60) == 1


# ---------------------------------------------------------------- F4: a code that names another unit

def test_a_package_whose_code_names_another_unit_is_never_trusted_on_first_use(office, province, tmp_path):
    forger = fresh_key()
    package = lb_package(province, tmp_path / "B4.zip", forger)
    office.ctx()  # opened once (a first open of the copy sets the file up)
    asked = []
    before = office.digest()
    result = rx.import_packages(office.ctx(), [package], confirm_key=lambda q: asked.append(q) or True)
    o = result.outcomes[0]
    assert o.status == "refused" and not asked and not o.needs_key
    text = o.reason.render()
    assert "UBND xã Đạ Huoai" in text and "Xã Lộc Bắc" in text and "LD-LB" in text
    assert "never trusted on first use when the names differ" in text
    assert o.package_agency == "UBND xã Đạ Huoai" and o.unit_name == "Xã Lộc Bắc"
    assert office.digest() == before
    ctx = office.ctx()
    assert not rx.get_unit(ctx, "LD-LB").key_fingerprint
    assert "UBND xã Đạ Huoai" in o.reason.render(cli_i18n.load("vi"))


def test_with_the_units_pinned_key_it_is_taken_in_with_both_names_said(office, province, tmp_path):
    key = fresh_key()
    package = lb_package(province, tmp_path / "B4.zip", key)
    ctx = office.ctx()
    rx.trust_key(ctx, "LD-LB", key.fingerprint, note="phone")
    o = rx.import_packages(ctx, [package]).outcomes[0]
    assert o.status == "accepted" and o.unit_code == "LD-LB"
    notes = [n.render() for n in o.notes]
    assert any("UBND xã Đạ Huoai" in n and "Xã Lộc Bắc" in n and "key pinned" in n for n in notes), notes
    row = rx.list_packages(ctx, unit_code="LD-LB")[0]
    assert any("UBND xã Đạ Huoai" in n.render() for n in row.notes)  # the inbox's detail shows it


def test_after_the_register_changes_a_units_kind_its_pinned_key_still_finds_it(office, province, tmp_path):
    """QA 24 F4: Bảo Lộc sends no unit code, so its packages are found by name; once the register said it is a Xã
    (Phường → Xã), its next package was refused as "not in the register" although signed with the key pinned for
    it. The pinned key now finds the unit, taken in with both names said; another key still finds nothing."""
    bl = province.sent["BL"]
    ctx = office.ctx()
    trust_all(ctx, province)
    u = rx.get_unit(ctx, "LD-BL")
    rx.save_unit(ctx.editing(u.stamp), u.id, rx.UnitInput(u.code, "Xã Bảo Lộc", "xa", u.opened, u.closed,
                                                          u.predecessors, u.expected, u.not_expected_reason))
    o = rx.import_packages(ctx, [bl.package]).outcomes[0]
    assert o.status == "accepted" and o.unit_code == "LD-BL", o.reason and o.reason.render()
    notes = [n.render() for n in o.notes]
    assert any("phường Bảo Lộc" in n and "Xã Bảo Lộc" in n and "key pinned" in n for n in notes), notes

    stranger = forge(bl.package, tmp_path / "other_key.zip", fresh_key(), lambda data: None, lambda man: None)
    before = office.digest()
    o = rx.import_packages(office.ctx(), [stranger], confirm_key=lambda q: True).outcomes[0]
    assert o.status == "refused" and "not in the register" in o.reason.render()
    assert office.digest() == before


def test_a_predecessors_name_and_the_registers_own_name_match(office, province, tmp_path):
    """Tân Phú's package under the name of Phú Lâm, a commune merged into it (the register's predecessors), is
    trusted on first use like one under its own name; the first-key question carries the package's name."""
    tp = province.sent["TP"]

    def named(data):
        data["agency"]["full_name"] = "Ủy ban nhân dân xã Phú Lâm"

    def manifest(man):
        man["agency"]["full_name"] = "Ủy ban nhân dân xã Phú Lâm"
    key = fresh_key()
    package = forge(tp.package, tmp_path / "pl.zip", key, named, manifest)
    asked = []
    result = rx.import_packages(office.ctx(), [package, province.sent["DH"].package],
                                confirm_key=lambda q: asked.append(q) or True)
    assert statuses(result) == ["accepted", "accepted"]
    assert not any("register calls" in n.render() for o in result.outcomes for n in o.notes)
    assert [(q.unit_code, q.unit_name, q.package_name) for q in asked] == [
        ("LD-TP", "Xã Tân Phú", "Ủy ban nhân dân xã Phú Lâm"), ("LD-DH", "Xã Đạ Huoai", "UBND xã Đạ Huoai")]


def test_the_outcome_waiting_for_a_key_carries_the_packages_name(office, province):
    o = rx.import_packages(office.ctx(), [province.sent["DH"].package]).outcomes[0]
    assert o.needs_key and o.package_agency == "UBND xã Đạ Huoai" and o.unit_name == "Xã Đạ Huoai"


# ---------------------------------------------------------------- F6: dates after today, a period not ended

def _dated(day: dt.date, exported: str):
    def report(data):
        data["date"] = day.isoformat()

    def manifest(man):
        man["exported_at"] = exported
        man["report"]["date"] = day.isoformat()
    return report, manifest


def test_a_report_dated_or_exported_after_today_is_refused(office, province, tmp_path):
    dh = province.sent["DH"]
    key = sender_key(dh)
    future_date = forge(dh.package, tmp_path / "date.zip", key, *_dated(dt.date(2026, 7, 3), "2026-07-04T09:00:00+07:00"))
    future_export = forge(dh.package, tmp_path / "export.zip", key,
                          *_dated(dt.date(2026, 6, 20), "2026-07-05T10:00:00+07:00"))
    ctx = office.ctx()
    trust_all(ctx, province)
    before = office.digest()
    result = rx.import_packages(office.ctx(), [future_date, future_export])
    assert statuses(result) == ["refused", "refused"]
    first, second = (o.reason.render() for o in result.outcomes)
    assert "the report is dated 03/07/2026, after today (01/07/2026)" in first and "clock" in first
    assert "exported on 05/07/2026, after today (01/07/2026)" in second and "before it was sent" in second
    assert office.digest() == before
    # the same packages on the days they were made are the commune's ordinary reports
    assert statuses(rx.import_packages(office.ctx(dt.date(2026, 7, 5)), [future_export])) == ["accepted"]
    # QA 10: "23:59 on 01/07 at UTC−12" is already 02/07 wherever the office is (UTC−12 is the last zone)
    late_zone = forge(dh.package, tmp_path / "zone.zip", key, *_dated(dt.date(2026, 6, 20), "2026-07-01T23:59:00-12:00"))
    [refused] = rx.import_packages(office.ctx(), [late_zone]).outcomes
    assert refused.status == "refused" and "after today (01/07/2026)" in refused.reason.render()


def _annual_2026(day: dt.date, data_as_of: dt.date | None):
    def report(data):
        data.update(period="2026", period_start="2025-12-15", period_end="2026-12-14", date=day.isoformat())
        data["data_as_of"] = data_as_of.isoformat() if data_as_of else None

    def manifest(man):
        man.update(period="2026", period_start="2025-12-15", period_end="2026-12-14",
                   exported_at=f"{day.isoformat()}T16:00:00+07:00")
        man["report"]["date"] = day.isoformat()
    return report, manifest


def test_a_report_finalised_before_its_period_ended_is_taken_in_with_a_note(office, province, tmp_path):
    dh = province.sent["DH"]
    key = sender_key(dh)
    early = forge(dh.package, tmp_path / "early.zip", key, *_annual_2026(dt.date(2026, 12, 2), None))
    ctx = office.ctx(dt.date(2026, 12, 3))
    trust_all(ctx, province)
    o = rx.import_packages(ctx, [early]).outcomes[0]
    assert o.status == "accepted", o.reason and o.reason.render()
    notes = [n.render() for n in o.notes]
    assert any("dated 02/12/2026, before its period ended on 14/12/2026" in n for n in notes), notes
    assert any("trước khi kỳ kết thúc" in n.render(cli_i18n.load("vi")) for n in o.notes)


def test_a_report_made_early_that_states_its_data_as_of_day_has_no_note(office, province, tmp_path):
    dh = province.sent["DH"]
    stated = forge(dh.package, tmp_path / "stated.zip", sender_key(dh),
                   *_annual_2026(dt.date(2026, 12, 2), dt.date(2026, 11, 30)))
    ctx = office.ctx(dt.date(2026, 12, 3))
    trust_all(ctx, province)
    o = rx.import_packages(ctx, [stated]).outcomes[0]
    assert o.status == "accepted" and not any("before its period ended" in n.render() for n in o.notes)


# ---------------------------------------------------------------- F10: figures that contradict each other

def test_figures_that_contradict_each_other_are_refused(received, province, tmp_path):
    dh = province.sent["DH"]
    key = sender_key(dh)
    version_report, version_manifest = as_version(2)

    def with_figures(**figures):
        def report(data):
            version_report(data)
            for k, v in figures.items():
                set_metric(data, k, v)
        return report

    too_many = forge(dh.package, tmp_path / "a.zip", key, with_figures(on_time=5000), version_manifest)
    rate = forge(dh.package, tmp_path / "b.zip", key, with_figures(on_time_rate=150.0), version_manifest)
    satisfied = forge(dh.package, tmp_path / "c.zip", key, with_figures(satisfaction=100.5), version_manifest)
    negative = forge(dh.package, tmp_path / "d.zip", key, with_figures(late=-3), version_manifest)
    fraction = forge(dh.package, tmp_path / "f.zip", key, with_figures(received=1282.5), version_manifest)
    before = received.digest()
    result = rx.import_packages(received.ctx(), [too_many, rate, satisfied, negative, fraction])
    assert statuses(result) == ["refused"] * 5
    texts = [o.reason.render() for o in result.outcomes]
    # the figures by the application's own names (context "Figures"), in the user's language
    assert "Applications settled on time (5000) plus Applications settled late (18) is more than " \
           "TTHC applications received (1282)" in texts[0]
    assert "Share settled on time is 150" in texts[1] and "between 0 and 100" in texts[1]
    assert "Citizen satisfaction (latest survey) is 100.5" in texts[2]
    assert "Số hồ sơ giải quyết đúng hạn (5000)" in result.outcomes[0].reason.render(cli_i18n.load("vi"))
    # its name too, not its key "late" (QA 41 F3)
    assert "figure Applications settled late is not a valid number" in texts[3]
    assert "figure TTHC applications received is not a whole number" in texts[4]
    assert received.digest() == before
    # figures that agree: the corrected version is taken in
    fine = forge(dh.package, tmp_path / "e.zip", key, with_figures(on_time=1264, late=18, on_time_rate=100.0),
                 version_manifest)
    assert statuses(rx.import_packages(received.ctx(), [fine])) == ["superseded"]


# ---------------------------------------------------------------- the whole key pinned (QA 9b F14)

def test_the_whole_key_is_pinned_and_another_key_with_the_fingerprint_is_refused(received, province, tmp_path):
    """The fingerprint read out by phone is 64 bits of the key's SHA-256: a forger who found another key with those
    64 bits passed the pin. The office now keeps the whole key from the first package on."""
    from sqlalchemy import select

    from qms_desktop.reports.package import verify_package
    from qms_desktop.storage import orm

    dh = province.sent["DH"]
    whole = verify_package(dh.package).key_sha256
    ctx = received.ctx()
    with ctx.tx("read") as s:  # enrolled by hand (its fingerprint), then the whole key at its first package
        unit = s.scalar(select(orm.RxUnit).where(orm.RxUnit.code == "LD-DH"))
        assert unit.key_sha256 == whole and whole[:16].upper() == unit.key_fingerprint.replace(" ", "")
    v2 = forge(dh.package, tmp_path / "v2.zip", sender_key(dh), *as_version(2))
    # A key showing the same 64 bits cannot be made in a test: stand in for it by a whole key pinned earlier that
    # is not this one (written through the application, its history kept).
    with ctx.tx("import") as s:
        s.scalar(select(orm.RxUnit).where(orm.RxUnit.code == "LD-DH")).key_sha256 = "0" * 64
    [outcome] = rx.import_packages(received.ctx(), [v2]).outcomes
    assert outcome.status == "refused" and "is not the pinned key" in outcome.reason.render()
    with ctx.tx("import") as s:  # the true whole key: the same package is taken in
        s.scalar(select(orm.RxUnit).where(orm.RxUnit.code == "LD-DH")).key_sha256 = whole
    assert statuses(rx.import_packages(received.ctx(), [v2])) == ["superseded"]


def test_trust_on_first_use_pins_the_whole_key_and_a_new_enrolment_forgets_it(office, province):
    from sqlalchemy import select

    from qms_desktop.reports.package import verify_package
    from qms_desktop.storage import orm

    dh = province.sent["DH"]
    ctx = office.ctx()
    assert statuses(rx.import_packages(ctx, [dh.package], confirm_key=lambda _q: True)) == ["accepted"]

    def whole() -> str | None:
        with ctx.tx("read") as s:
            return s.scalar(select(orm.RxUnit.key_sha256).where(orm.RxUnit.code == "LD-DH"))
    assert whole() == verify_package(dh.package).key_sha256
    rx.trust_key(ctx, "LD-DH", fresh_key().fingerprint, note="Xã đổi khóa, đã xác nhận qua điện thoại")
    assert whole() is None  # the new key's whole key is taken from its first package


# ---------------------------------------------------------------- QA: the figures' names in the user's language

def test_a_corrected_version_names_the_changed_figures_in_the_users_language(received, province, tmp_path, capsys,
                                                                             monkeypatch):
    """`qms --lang en inbox import` of a version 2 printed the figures' Vietnamese labels (the package's own);
    the application's own names are shown, translated; a figure it does not know keeps the package's label."""
    dh = province.sent["DH"]
    version_report, version_manifest = as_version(2)

    def report(data):
        version_report(data)
        set_metric(data, "on_time", 1250)
    v2 = forge(dh.package, tmp_path / "v2.zip", sender_key(dh), report, version_manifest)
    monkeypatch.setenv("QMS_USER", "vanthu")
    monkeypatch.setenv("QMS_PASSWORD", PASSWORD)
    received.close()
    capsys.readouterr()
    assert cli.main(["--lang", "en", "--db", str(received.path), "inbox", "import", str(v2)]) == 0
    out = capsys.readouterr().out
    assert "version 2 replaces version 1: " in out and "Applications settled on time: " in out, out
    assert "Số hồ sơ" not in out
    from qms_desktop.services.receiving.inbox import Change

    assert Change("on_time", "Số hồ sơ giải quyết đúng hạn", 1, 2).caption() == "Applications settled on time"
    assert Change("on_time", "Số hồ sơ giải quyết đúng hạn", 1, 2).caption(cli_i18n.load("vi")) == \
        "Số hồ sơ giải quyết đúng hạn"
    assert Change("x_new", "Chỉ tiêu riêng của xã", 1, 2).caption() == "Chỉ tiêu riêng của xã"  # unknown: as given
    row = rx.list_packages(received.ctx(), unit_code="LD-DH")[0]
    assert [c.caption() for c in row.changes if c.key == "on_time"] == ["Applications settled on time"]


# ---------------------------------------------------------------- QA: a full name that is another commune's

def test_a_full_name_of_another_commune_is_said_even_when_the_short_name_matches(office, province, tmp_path):
    """The short name finding the unit is enough to take the package in (as before), but the full name is what the
    report prints: when it is another commune's, the note naming both names is added as when both differ."""
    dh = province.sent["DH"]

    def named(data):
        data["agency"]["full_name"] = "UBND xã Lộc Bắc"

    def manifest(man):
        man["agency"]["full_name"], man["agency"]["short_name"] = "UBND xã Lộc Bắc", "xã Đạ Huoai"
    package = forge(dh.package, tmp_path / "full.zip", sender_key(dh), named, manifest)
    ctx = office.ctx()
    trust_all(ctx, province)
    o = rx.import_packages(ctx, [package]).outcomes[0]
    assert o.status == "accepted" and o.unit_code == "LD-DH", o.reason and o.reason.render()
    notes = [n.render() for n in o.notes]
    assert any("The package names UBND xã Lộc Bắc, but the register calls unit LD-DH Xã Đạ Huoai" in n
               for n in notes), notes
    assert any("Gói báo cáo ghi tên UBND xã Lộc Bắc" in n.render(cli_i18n.load("vi")) for n in o.notes)
    # the commune's own names: no note
    o = rx.import_packages(office.ctx(), [province.sent["TP"].package]).outcomes[0]
    assert o.status == "accepted" and not any("register calls" in n.render() for n in o.notes)


# ---------------------------------------------------------------- QA: a report made before its period ended

def test_the_status_says_when_a_reports_figures_stop_before_the_period_ended(office, province, tmp_path):
    """A report sent before its period ended is on time (it came before the due date), but its figures cannot cover
    the whole period: the office's status says the day they run to (its "số liệu tính đến ngày …", else its
    date); a report made after the end has no such warning."""
    from qms_desktop.services.receiving.status import WARNING_TEXT

    dh, tp = province.sent["DH"], province.sent["TP"]
    stated = forge(dh.package, tmp_path / "stated.zip", sender_key(dh),
                   *_annual_2026(dt.date(2026, 11, 20), dt.date(2026, 11, 15)))
    unstated = forge(tp.package, tmp_path / "unstated.zip", sender_key(tp), *_annual_2026(dt.date(2026, 12, 2), None))
    ctx = office.ctx(dt.date(2026, 12, 3))
    trust_all(ctx, province)
    assert statuses(rx.import_packages(ctx, [stated, unstated, dh.package])) == ["accepted"] * 3
    ov = rx.period_overview(ctx, "2026")
    rows = {r.code: r for r in ov.rows}
    assert rows["LD-DH"].on_time is True and rows["LD-TP"].on_time is True  # sent before the due date: on time
    cut = {w.unit_code: w for w in ov.warnings if w.rule == "cut_off_early"}
    assert set(cut) == {"LD-DH", "LD-TP"}
    assert cut["LD-DH"].params == {"date": "15/11/2026", "end": "14/12/2026"}
    assert cut["LD-TP"].params == {"date": "02/12/2026", "end": "14/12/2026"}
    from qms_desktop.i18n import render

    assert render(cut["LD-DH"]) == ("Figures as of 15/11/2026, before the period ended on 14/12/2026: they do not "
                                    "cover the whole period")
    assert WARNING_TEXT["cut_off_early"]
    # the H1 report, made after its period ended, has none
    h1 = rx.period_overview(ctx, "2026-H1")
    assert h1.received == 1 and not any(w.rule == "cut_off_early" for w in h1.warnings)
    # the office's workbook says it unit by unit, its summary report by the rule
    from openpyxl import load_workbook

    from qms_desktop.services.receiving.documents import write_summary

    paths = write_summary(office.ctx(dt.date(2026, 12, 21)), "2026", tmp_path / "summary")
    sheet = load_workbook(next(p for p in paths if str(p).endswith(".xlsx")))["CanhBao"]
    texts = [str(c.value) for row in sheet.iter_rows() for c in row if c.value]
    assert any("số liệu tính đến ngày 15/11/2026" in t for t in texts), texts
