"""ui.translations: our catalog (with Qt's own button texts) is loaded, Vietnamese by default."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QDialogButtonBox, QWizard

from qms_desktop.app import apply_database_language
from qms_desktop.services import agency
from qms_desktop.ui import translations


def test_vietnamese_catalog_translates_our_and_qt_strings(qtbot):
    assert translations.qm_path("vi").exists()
    assert translations.install("vi") is True
    assert translations.current_language() == "vi"
    assert QLocale().language() == QLocale.Language.Vietnamese  # calendar popups, decimal comma
    # Qt's own standard buttons come from our catalog (Qt ships no Vietnamese one).
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel).text()
    assert cancel == QCoreApplication.translate("QPlatformTheme", "Cancel") != "Cancel"
    wizard = QWizard()
    qtbot.addWidget(wizard)
    assert wizard.buttonText(QWizard.WizardButton.NextButton) != "&Next >"


def test_english_and_missing_catalogs_fall_back_to_the_source(tmp_path, monkeypatch):
    translations.install("vi")
    assert translations.install("en") is True  # its catalog: the plural forms of the source
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    assert [QCoreApplication.translate("DashboardPage", "in %n day(s)", "", n) for n in (1, 4)] == ["in 1 day",
                                                                                                     "in 4 days"]
    monkeypatch.setattr(translations, "translations_dir", lambda: tmp_path)  # no .qm there
    assert translations.install("vi") is False
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    assert translations.install("xx") is False and translations.current_language() == "vi"


def test_the_database_language_wins_and_is_remembered(user_ctx):
    translations.install("vi")
    agency.set_setting(user_ctx, "language", "en")
    apply_database_language(user_ctx.db)
    assert translations.current_language() == "en"
    assert translations.remembered_language() == "en"


def test_qt_strings_listed_for_lupdate():
    strings = set(translations.QT_STRINGS)
    assert {"OK", "Cancel", "&Yes", "&No", "Save", "Discard", "Close", "&Next >", "< &Back", "&Finish"} <= strings


def test_no_two_fields_of_a_form_read_alike_in_vietnamese():
    """QA 26 G2: the statistics form read "Phản ánh, kiến nghị" beside "Số phản ánh, kiến nghị" (Complaints
    translated as petitions), so the complaints were typed as petitions. Every form's labels differ once translated."""
    from qms_desktop.domain.schema import SPECS

    translations.install("vi")
    try:
        for kind, spec in SPECS.items():
            labels = [QCoreApplication.translate("Fields", f.label).casefold() for f in spec.fields]
            alike = {a for a in labels for b in labels if a == f"số {b}"}  # "Số phản ánh…" beside "Phản ánh…"
            assert len(set(labels)) == len(labels) and not alike, (kind, sorted(alike))
        assert "khiếu nại" in QCoreApplication.translate("Fields", "Complaints")
    finally:
        translations.install("en")
