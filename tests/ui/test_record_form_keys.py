"""The generic record form by the keyboard (QA 18 F7, F10): it opens on its first field, each field's label has
its own Alt letter, and a line of error under a field fits without a scroll bar."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QScrollArea

from qms_desktop.services import records
from qms_desktop.ui.dialogs.record_form import RecordFormDialog
from qms_desktop.ui.widgets.layout import mnemonic_letters, with_mnemonic


def test_the_form_opens_on_its_first_field_and_alt_letters_reach_the_fields(qtbot):
    spec = records.spec("petition")
    dialog = RecordFormDialog("New", spec.fields, lambda values: None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.isActiveWindow() and dialog.focusWidget() is not None)
    assert dialog.focusWidget() is dialog.editors.editors["number"]  # not the scroll area around the fields
    assert not isinstance(dialog.focusWidget(), QScrollArea)
    letters = [mnemonic_letters(label.text()) for label in dialog.editors.labels.values()]
    assert all(letters) and len(set().union(*letters)) == len(letters)  # one letter each, none twice
    result = dialog.editors.labels["result"]
    [key] = mnemonic_letters(result.text())
    qtbot.keyClick(dialog.focusWidget(), getattr(Qt.Key, f"Key_{key.upper()}"), Qt.KeyboardModifier.AltModifier)
    assert dialog.focusWidget() is dialog.editors.editors["result"]
    # Save with the content (required) empty: the message shows and the last field stays in sight
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.missing_label.isVisible()
    scroll = dialog.findChild(QScrollArea)
    assert not scroll.verticalScrollBar().isVisible(), "a scroll bar for one line of error"


def test_with_mnemonic_picks_a_free_plain_letter():
    taken = {"n"}
    assert with_mnemonic("Ngày trả lời", taken) == "Ngày &trả lời" and "t" in taken
    assert with_mnemonic("Đơn vị", {"v"}) == "Đơ&n vị"  # "Đ" cannot be typed with Alt: the next plain letter
    assert with_mnemonic("Ý", set()) == "Ý"  # no plain letter: left as it is
    assert with_mnemonic("&Lưu", set()) == "&Lưu"


def test_every_record_form_fits_its_width_in_vietnamese(qtbot):
    """QA 26 G3: the announcement's 510-px label pushed its fields off the 620-px dialog (a sideways scroll bar,
    dates cut). In Vietnamese, no record form needs a horizontal scroll bar."""
    from qms_desktop.domain.schema import SPECS
    from qms_desktop.ui import translations

    translations.install("vi")
    try:
        for kind, spec in SPECS.items():
            dialog = RecordFormDialog("Mới", spec.fields, lambda values: None)
            qtbot.addWidget(dialog)
            dialog.show()
            qtbot.waitExposed(dialog)
            scroll = dialog.findChild(QScrollArea)
            assert not scroll.horizontalScrollBar().isVisible(), kind
            dialog.close()
    finally:
        translations.install("en")
