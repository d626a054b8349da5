"""Application-wide change notification: one signal after each successful service call."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AppEvents(QObject):
    # (what changed: a set of record kinds such as {"procedure", "nonconformity"}, initiator or None)
    data_changed = Signal(object, object)
    # A moment worth a backup: "import" (the TTHC list imported), "report" (a report finalised).
    # The composition root (app.py) makes the automatic backup; pages only announce.
    milestone = Signal(str)

    def changed(self, kinds: set[str] | str, initiator: object | None = None) -> None:
        self.data_changed.emit({kinds} if isinstance(kinds, str) else set(kinds), initiator)
