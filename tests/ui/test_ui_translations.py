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
    assert translations.install("en") is False
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
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
