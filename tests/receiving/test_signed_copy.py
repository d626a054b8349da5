"""The office sees whether a report's PDF carries the commune's digital signature, and a signed copy of a report
already received unsigned replaces it (QA 13 F1: nothing on the receiving side looked at the signature, and the
signed re-send was dropped as "the same report exported again; nothing changed")."""

from __future__ import annotations

import datetime as dt
import json
import io
import sys
from pathlib import Path

import openpyxl
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "reports"))  # the test PKI of the signing tests
from pki_helpers import COMMUNE, make_pki, write_pfx
from province import ICT, _ctx, copy_db, export_from
from province import PASSWORD as OFFICE_PASSWORD

from qms_desktop.reports import pades
from qms_desktop.services import receiving as rx
from qms_desktop.services.receiving.documents import summary_data
from qms_desktop.reports.office_workbook import consolidated_xlsx
from qms_desktop.services.reports import signing
from qms_desktop.storage.db import Database

PASSWORD = "Mat-khau-PFX-1"
JANUARY = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)  # the test certificates are valid from then


def _signed_and_exported(sent, pki, tmp_path: Path, signed_at: dt.datetime, exported_at: dt.datetime) -> Path:
    """The chairman signs the commune's report (a copy of its database) with the test PKI, then it is exported."""
    commune_db = copy_db(sent.db, tmp_path / "TP_signed.sqlite")
    db = Database.open(commune_db)
    try:
        pfx = write_pfx(tmp_path / "chutich.pfx", pki.official, [pki.intermediate, pki.root], PASSWORD)
        with pades.open_pfx(pfx, PASSWORD) as src:
            signing.sign_report(_ctx(db, sent.leader, signed_at.date()), sent.report_id, src, now=signed_at)
    finally:
        db.close()
    return export_from(commune_db, sent.leader, sent.report_id, tmp_path / "usb_signed", sent.key_dir, exported_at)


def test_the_signed_copy_of_a_report_received_unsigned_replaces_it_and_every_view_says_so(office, province, tmp_path,
                                                                                         monkeypatch):
    sent = province.sent["TP"]
    first = rx.import_packages(office, [sent.package], confirm_key=lambda _q: True).outcomes[0]
    assert first.status == rx.ACCEPTED and first.pdf_signature == "not_signed"
    [row] = rx.list_packages(office, unit_code="LD-TP")
    assert row.pdf_signature == "not_signed" and row.pdf_signer == ""
    unsigned = {w.unit_code for w in rx.period_overview(office, "2026-H1").warnings if w.rule == "pdf_not_signed"}
    assert unsigned == {"LD-TP"}  # QA 14 F8: the office's warnings name who has not signed

    # The chairman signs the same report, the secretary exports it again: version 1, the same content, signed.
    signed = _signed_and_exported(sent, make_pki(organisation=COMMUNE, signer_not_before=JANUARY), tmp_path,
                                  dt.datetime(2026, 6, 22, 9, 0, tzinfo=ICT), dt.datetime(2026, 6, 22, 10, 0, tzinfo=ICT))

    again = rx.import_packages(office, [signed]).outcomes[0]
    assert again.status == rx.SUPERSEDED and again.signed_copy and again.replaced_version == 1 and not again.changes
    assert again.pdf_signature == "unknown_issuer"  # signed; the office has imported no root certificate yet
    assert any("digitally signed copy of version 1" in n.render() for n in again.notes)
    rows = rx.list_packages(office, unit_code="LD-TP")
    current = next(r for r in rows if r.current)
    assert (current.version, current.pdf_signature) == (1, "unknown_issuer") and "Nguyễn Văn An" in current.pdf_signer
    assert [r.pdf_signature for r in rows if not r.current] == ["not_signed"]  # the unsigned copy is kept, replaced
    # QA 14 F5: the unit's timeline names it a signed copy, not a corrected version
    assert [e.action for e in rx.events(office, "LD-TP")][-1] == "signed_copy"

    # The unsigned copy sent again changes nothing: the signed one stays.
    assert rx.import_packages(office, [sent.package]).outcomes[0].status == rx.DUPLICATE
    assert next(r for r in rx.list_packages(office, unit_code="LD-TP") if r.current).pdf_signature == "unknown_issuer"

    # The consolidated workbook says it per unit.
    book = openpyxl.load_workbook(io.BytesIO(consolidated_xlsx(summary_data(office, "2026-H1"))))
    ws = book["TongHop"]
    header_row = next(r for r in range(1, 15) if ws.cell(r, 1).value == "STT")
    last = ws.max_column
    assert ws.cell(header_row, last).value == "Chữ ký số của báo cáo (PDF)"
    by_code = {ws.cell(r, 2).value: ws.cell(r, last).value for r in range(header_row + 1, ws.max_row)}
    assert by_code["LD-TP"] == "Đã ký số, chưa xác minh tổ chức cấp chứng thư"
    assert by_code["LD-LB"] in ("", None)  # nothing received
    assert not any(w.rule == "pdf_not_signed" for w in rx.period_overview(office, "2026-H1").warnings)  # signed now


def test_a_package_whose_root_the_office_trusts_is_valid(office, province, tmp_path, monkeypatch):
    sent = province.sent["TP"]
    pki = make_pki(organisation=COMMUNE, signer_not_before=JANUARY)
    trust = signing.trust_dir()
    trust.mkdir(parents=True, exist_ok=True)
    (trust / "root.cer").write_bytes(pki.root.pem)
    signed = _signed_and_exported(sent, pki, tmp_path, dt.datetime(2026, 6, 18, 9, 0, tzinfo=ICT),
                                  dt.datetime(2026, 6, 19, 10, 0, tzinfo=ICT))
    outcome = rx.import_packages(office, [signed], confirm_key=lambda _q: True).outcomes[0]
    assert outcome.status == rx.ACCEPTED and outcome.pdf_signature == "valid", outcome.reason
    assert rx.list_packages(office, unit_code="LD-TP")[0].pdf_signature == "valid"


def test_after_the_root_is_imported_the_received_packages_are_checked_again(office, office_target, province, tmp_path,
                                                                             capsys, monkeypatch):
    """QA 17 F6: a package received before the office imported its CA's root stayed 'unknown issuer' for ever
    (the same file again is a duplicate); the officer imports the root, then checks the received ones again."""
    from qms_desktop import cli

    sent = province.sent["TP"]
    pki = make_pki(organisation=COMMUNE, signer_not_before=JANUARY)
    signed = _signed_and_exported(sent, pki, tmp_path, dt.datetime(2026, 6, 18, 9, 0, tzinfo=ICT),
                                  dt.datetime(2026, 6, 19, 10, 0, tzinfo=ICT))
    assert rx.import_packages(office, [signed], confirm_key=lambda _q: True).outcomes[0].pdf_signature == "unknown_issuer"
    assert rx.recheck_pdf_signatures(office) == []  # nothing changed yet
    (tmp_path / "root.cer").write_bytes(pki.root.pem)
    signing.import_trust_file(tmp_path / "root.cer")
    steps = []
    [changed] = rx.recheck_pdf_signatures(office, progress=steps.append)
    assert (changed.unit_code, changed.old, changed.new) == ("LD-TP", "unknown_issuer", "valid")
    assert "Nguyễn Văn An" in changed.signer and steps[-1].done == steps[-1].total == 1
    assert rx.list_packages(office, unit_code="LD-TP")[0].pdf_signature == "valid"
    assert rx.recheck_pdf_signatures(office) == []  # once is enough
    # the root taken away again, from the command line: said, and recorded
    for path in signing.trust_dir().iterdir():
        path.unlink()
    monkeypatch.setenv("QMS_PASSWORD", OFFICE_PASSWORD)
    code = cli.main(["--lang", "en", "--db", str(office_target), "--user", office.actor.username, "inbox", "recheck",
                     "--format", "json"])
    out, err = capsys.readouterr()
    assert code == 0 and '"new": "unknown_issuer"' in out and '"old": "valid"' in out, err
    # and the list says why, as the inbox detail does (QA 17: `qms inbox list` had the state, never the reason)
    code = cli.main(["--lang", "en", "--db", str(office_target), "--user", office.actor.username, "inbox", "list",
                     "--format", "json"])
    out, err = capsys.readouterr()
    [row] = json.loads(out)
    assert code == 0 and row["pdf_signature"] == "unknown_issuer", err
    assert any("QMS Test Root CA" in line for line in row["pdf_signature_reasons"]), row["pdf_signature_reasons"]
    assert all(line == line.strip() for line in row["pdf_signature_reasons"])
    assert not any(line.startswith("Digital signature:") for line in row["pdf_signature_reasons"])  # the state is above


def test_the_copy_that_adds_the_agencys_signature_replaces_the_chairmans_only_copy(office, province, tmp_path):
    """QA 17 F4: the chairman's signed copy came first; the copy with the agency's signature too (the final one)
    was dropped as 'the same report exported again; nothing changed'."""
    sent = province.sent["TP"]
    pki = make_pki(organisation=COMMUNE, signer_not_before=JANUARY)
    trust = signing.trust_dir()
    trust.mkdir(parents=True, exist_ok=True)
    (trust / "root.cer").write_bytes(pki.root.pem)
    commune_db = copy_db(sent.db, tmp_path / "TP.sqlite")
    packages = []
    for role, issued, hour in (("official", pki.official, 9), ("agency", pki.agency, 11)):
        db = Database.open(commune_db)
        try:
            pfx = write_pfx(tmp_path / f"{role}.pfx", issued, [pki.intermediate, pki.root], PASSWORD)
            with pades.open_pfx(pfx, PASSWORD) as src:
                when = dt.datetime(2026, 6, 20, hour, 0, tzinfo=ICT)
                signing.sign_report(_ctx(db, sent.leader, when.date()), sent.report_id, src, role=role, now=when)
        finally:
            db.close()
        packages.append(export_from(commune_db, sent.leader, sent.report_id, tmp_path / f"usb_{role}", sent.key_dir,
                                    dt.datetime(2026, 6, 20, hour, 30, tzinfo=ICT)))
    first = rx.import_packages(office, [packages[0]], confirm_key=lambda _q: True).outcomes[0]
    assert first.status == rx.ACCEPTED and first.pdf_signature == "valid", first.reason and first.reason.render()
    final = rx.import_packages(office, [packages[1]]).outcomes[0]
    assert final.status == rx.SUPERSEDED and final.signed_copy and final.pdf_signature == "valid", final.reason
    assert any("better signed copy of version 1" in n.render() for n in final.notes)
    assert "whose PDF was not signed" not in " ".join(n.render() for n in final.notes)  # QA 17 F10
    current = next(r for r in rx.list_packages(office, unit_code="LD-TP") if r.current)
    assert COMMUNE in current.pdf_signer and current.pdf_signature == "valid"
    # the chairman's copy again: not better, nothing changes
    assert rx.import_packages(office, [packages[0]]).outcomes[0].status == rx.DUPLICATE


def test_a_stored_package_changed_with_sqlite3_reads_invalid_and_says_why(office, office_target, province, tmp_path):
    """An attacker flips a byte of a received package inside the office database: checked again, its signature
    is INVALID and the detail says the stored package was changed after it was received."""
    import sqlite3

    if not str(office_target).endswith(".sqlite"):
        pytest.skip("edits the SQLite file itself")
    sent = province.sent["TP"]
    pki = make_pki(organisation=COMMUNE, signer_not_before=JANUARY)
    signed = _signed_and_exported(sent, pki, tmp_path, dt.datetime(2026, 6, 18, 9, 0, tzinfo=ICT),
                                  dt.datetime(2026, 6, 19, 10, 0, tzinfo=ICT))
    rx.import_packages(office, [signed], confirm_key=lambda _q: True)
    [row] = rx.list_packages(office, unit_code="LD-TP")
    with sqlite3.connect(office_target) as c:
        sha, = c.execute("SELECT file_sha256 FROM rx_package WHERE id = ?", (row.id,)).fetchone()
        data = bytearray(c.execute("SELECT data FROM stored_file WHERE sha256 = ?", (sha,)).fetchone()[0])
        data[len(data) // 2] ^= 0x01
        c.execute("UPDATE stored_file SET data = ? WHERE sha256 = ?", (bytes(data), sha))
    [changed] = rx.recheck_pdf_signatures(office)
    assert (changed.old, changed.new) == ("unknown_issuer", "invalid")
    assert rx.signature_findings(office, row.id) == [
        "The stored package no longer verifies: it was changed after it was received."]
    # QA 17 F3: a report whose signature is invalid is not accepted and locked without a word
    sub = rx.find_submission(office, "LD-TP", "2026-H1")
    with pytest.raises(rx.InboxInvalid, match="signature of Xã Tân Phú's report PDF is INVALID"):
        rx.accept_report(office, sub)
    assert rx.accept_report(office, sub, despite_invalid_signature=True).state == "accepted"
