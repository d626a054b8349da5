"""The user guide (F1): resources/help/huong_dan.md, one section at a time beside a list of topics."""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidget, QSplitter, QTextBrowser, QWidget

from qms_desktop.paths import resource_path
from qms_desktop.ui.widgets.layout import vbox

GUIDE = ("help", "huong_dan.md")
_HEADING = re.compile(r"^## +(.+)$", re.MULTILINE)


@dataclass(frozen=True)
class Section:
    title: str
    markdown: str


def load_sections(text: str | None = None) -> list[Section]:
    """Split the guide at its '## ' headings; the text before the first one is the introduction."""
    if text is None:
        path = resource_path(*GUIDE)
        text = path.read_text(encoding="utf-8") if path.is_file() else ""
    matches = list(_HEADING.finditer(text))
    if not matches:
        return [Section("QMS Desktop", text)] if text.strip() else []
    intro = text[: matches[0].start()].strip()
    title = intro.splitlines()[0].lstrip("# ").strip() if intro else "QMS Desktop"
    sections = [Section(title, intro)] if intro else []
    for i, m in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        sections.append(Section(m.group(1).strip(), text[m.start(): end].strip()))
    return sections


class HelpDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("User guide"))
        self.sections = load_sections()
        self.topics = QListWidget()
        self.topics.setObjectName("help_topics")
        self.topics.addItems([s.title for s in self.sections])
        self.topics.setMaximumWidth(300)
        self.topics.setWordWrap(True)
        self.browser = QTextBrowser()
        self.browser.setObjectName("help_text")
        self.browser.setOpenExternalLinks(False)
        splitter = QSplitter()
        splitter.addWidget(self.topics)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        vbox((splitter, 1), buttons, parent=self)
        self.topics.currentRowChanged.connect(self.show_section)
        if self.sections:
            self.topics.setCurrentRow(0)
        else:
            self.browser.setPlainText(self.tr("The user guide is missing from this installation."))
        self.resize(1000, 640)

    def show_section(self, row: int) -> None:
        if 0 <= row < len(self.sections):
            self.browser.setMarkdown(self.sections[row].markdown)
