"""Every user-visible string has a Vietnamese translation, with the same placeholders."""

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


ROOT = Path(__file__).resolve().parents[2]
TS_VI = ROOT / "translations" / "qms_desktop_vi.ts"
PLACEHOLDER = re.compile(r"\{[a-z_0-9]*\}|%\d|%n")


def _messages(path: Path):
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            source, tr = msg.findtext("source") or "", msg.find("translation")
            forms = tr.findall("numerusform") if tr is not None else []
            if not forms:
                yield name, source, tr
            for form in forms:  # a plural (%n) message: every form is checked as a translation of its own
                form.attrib.update(tr.attrib)
                yield name, source, form


def test_catalog_is_up_to_date_with_the_sources():
    r = subprocess.run([sys.executable, str(ROOT / "translations" / "update.py"), "--check"], capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr


def test_every_string_is_translated_to_vietnamese():
    missing = [f"{ctx}: {src}" for ctx, src, tr in _messages(TS_VI)
               if tr is None or tr.get("type") in ("unfinished",) or not (tr.text or "").strip()]
    assert missing == [], f"{len(missing)} untranslated, e.g. {missing[:10]}"


def test_placeholders_match():
    bad = [f"{ctx}: {src!r} → {tr.text!r}" for ctx, src, tr in _messages(TS_VI)
           if tr is not None and tr.text and sorted(PLACEHOLDER.findall(src)) != sorted(PLACEHOLDER.findall(tr.text))]
    assert bad == []


# Vietnamese texts left without an Alt+letter on purpose: on their crowded window every letter they hold is
# another control's (tests/ui/test_mnemonics.py: no letter reaches two controls); Tab reaches them.
NO_FREE_LETTER = {
    ("AgencyPage", "&Province:"), ("AgencyPage", "Chair&man:"), ("AgencyTab", "&Agency name: *"),
    ("AgencyTab", "&Province:"), ("AgencyTab", "Chair&man:"), ("AgencyTab", "&Website (announcements posted on):"),
    ("AttachmentsPanel", "&Open"), ("AttachmentsPanel", "Det&ach…"), ("SignatureTab", "&Browse…"),
    ("UnitsRegisterPage", "&Name:"),
}


def test_translations_keep_mnemonics_and_ellipses():
    bad = []
    for ctx, src, tr in _messages(TS_VI):
        if tr is None or not tr.text:
            continue
        if re.search(r"&[^&\s]", src) and not re.search(r"&[^&\s]", tr.text) and (ctx, src) not in NO_FREE_LETTER:
            bad.append(f"{ctx}: {src!r} lost its keyboard mnemonic")
        if src.endswith(("…", "...")) and not tr.text.endswith(("…", "...")):
            bad.append(f"{ctx}: {src!r} lost its ellipsis")
    assert bad == []


def test_qm_is_built_and_loads():
    from qms_desktop.cli import i18n as cli_i18n
    qm = ROOT / "translations" / "qms_desktop_vi.qm"
    assert qm.exists() and qm.stat().st_mtime >= TS_VI.stat().st_mtime - 1, "run python translations/update.py"
    t = cli_i18n.load("vi")
    assert t("Labels", "Effective") == "Hiệu lực"
    assert t("Labels", "Obsolete") == "Hết hiệu lực"
    assert t("QPlatformTheme", "Cancel") == "Hủy"
    # a procedure's or an audit's "title" in its history is its name (a person's is "Job title": Chức danh)
    from qms_desktop.domain.change_labels import field_caption
    assert field_caption("procedure", "title", t) == "Tên" and field_caption("staff", "title", t) == "Chức danh"


def test_plural_strings_name_their_context():
    """PySide's tr() finds a base class's strings through the subclass — except plural (%n) ones."""
    offenders = [f"{p.relative_to(ROOT)}:{i}" for p in (ROOT / "qms_desktop").rglob("*.py")
                 for i, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
                 if re.search(r'self\.tr\("[^"]*%n', line)]
    assert offenders == [], "use QCoreApplication.translate('Class', '…%n…', '', n)"
