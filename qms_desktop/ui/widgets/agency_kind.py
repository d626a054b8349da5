"""The agency's kind (Xã, Phường, Đặc khu) as chosen in the first-run wizard and in Settings."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from qms_desktop.domain.model import AgencyKind, label
from qms_desktop.services.agency import kind_named_in
from qms_desktop.ui.translations import translated as _t


def kind_combo() -> QComboBox:
    box = QComboBox()
    for k in AgencyKind:
        box.addItem(_t("Labels", label(k.value)), k.value)
    return box


def select_named_kind(box: QComboBox, name: str) -> None:
    """The kind the name being typed says ("Ủy ban nhân dân phường …" → Phường); unchanged when it says none."""
    named = kind_named_in(name)
    index = box.findData(named) if named else -1
    if index >= 0 and index != box.currentIndex():
        box.setCurrentIndex(index)
