"""The command line's translation catalog: QtCore's QTranslator only (no QtGui, no QtWidgets)."""

from __future__ import annotations

import os

from qms_desktop.i18n import set_number_language
from qms_desktop.paths import translations_dir

_translator = None


def load(language: str | None = None):
    """Load the .qm of ``language`` (default: QMS_LANG, else Vietnamese). Returns a translate callable."""
    global _translator
    language = (language or os.environ.get("QMS_LANG") or "vi").lower()[:2]
    set_number_language(language)
    if language == "en":
        _translator = None
        return translate
    from PySide6.QtCore import QTranslator

    t = QTranslator()
    _translator = t if t.load(str(translations_dir() / f"qms_desktop_{language}.qm")) else None
    return translate


def translate(context: str, text: str) -> str:
    if _translator is None:
        return text
    return _translator.translate(context, text) or text
