"""The flowchart (lưu đồ) of a TTHC procedure's steps, drawn with ReportLab.

Three columns as provinces publish them: who is responsible | the chart | the time allowed. Each
node is its own flowable (an incoming arrow, then the box), so a long chart breaks cleanly between
boxes across pages; start and end are rounded terminals, steps are rectangles.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Paragraph

from qms_desktop.reports.fonts import SERIF, SERIF_BOLD
from qms_desktop.reports.pdf_layout import FRAME_HEIGHT, TEXT_WIDTH, esc

LEFT, CENTER, RIGHT = 0.27, 0.50, 0.23  # shares of the text width
ARROW = 16.0
PAD = 5.0
BOX_SHARE = 0.86  # of the centre column

_CELL = ParagraphStyle("flow_cell", fontName=SERIF, fontSize=11, leading=13, alignment=TA_CENTER)
_BOX = ParagraphStyle("flow_box", fontName=SERIF, fontSize=11, leading=13, alignment=TA_CENTER)
_HEAD = ParagraphStyle("flow_head", fontName=SERIF_BOLD, fontSize=12, leading=14, alignment=TA_CENTER)


@dataclass(frozen=True)
class Node:
    kind: str  # "start" / "step" / "end"
    text: str
    responsible: str = ""
    time: str = ""


class FlowHeader(Flowable):
    """Column titles above the chart."""

    def __init__(self, titles: tuple[str, str, str]) -> None:
        super().__init__()
        self.titles = titles

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self._paras = [Paragraph(esc(t), _HEAD) for t in self.titles]
        widths = (TEXT_WIDTH * LEFT, TEXT_WIDTH * CENTER, TEXT_WIDTH * RIGHT)
        self._h = max(p.wrap(w - 4, ah)[1] for p, w in zip(self._paras, widths)) + 8
        return TEXT_WIDTH, self._h

    def draw(self) -> None:
        c = self.canv
        x = 0.0
        for p, share in zip(self._paras, (LEFT, CENTER, RIGHT)):
            w = TEXT_WIDTH * share
            _, h = p.wrap(w - 4, self._h)
            p.drawOn(c, x + 2, (self._h - h) / 2 + 1)
            x += w
        c.setLineWidth(0.6)
        c.line(0, 0.5, TEXT_WIDTH, 0.5)
        c.line(0, self._h, TEXT_WIDTH, self._h)


class FlowNode(Flowable):
    """One box of the chart with the responsible party at left and the time at right."""

    def __init__(self, node: Node, *, incoming: bool) -> None:
        super().__init__()
        self.node, self.incoming = node, incoming

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        box_w = TEXT_WIDTH * CENTER * BOX_SHARE
        self._box = Paragraph(esc(self.node.text), _BOX)
        self._left = Paragraph(esc(self.node.responsible), _CELL)
        self._right = Paragraph(esc(self.node.time), _CELL)
        _, self._box_h = self._box.wrap(box_w - 2 * PAD, ah)
        _, self._left_h = self._left.wrap(TEXT_WIDTH * LEFT - 6, ah)
        _, self._right_h = self._right.wrap(TEXT_WIDTH * RIGHT - 6, ah)
        self._frame_h = max(self._box_h + 2 * PAD, self._left_h, self._right_h, 26)
        self._h = self._frame_h + (ARROW if self.incoming else 6)
        return TEXT_WIDTH, self._h

    def draw(self) -> None:
        c = self.canv
        box_w = TEXT_WIDTH * CENTER * BOX_SHARE
        centre_x = TEXT_WIDTH * (LEFT + CENTER / 2)
        box_x = centre_x - box_w / 2
        box_h = self._box_h + 2 * PAD
        y0 = (self._frame_h - box_h) / 2
        c.saveState()
        c.setLineWidth(0.8)
        c.setStrokeColor(colors.black)
        if self.node.kind == "step":
            c.rect(box_x, y0, box_w, box_h, stroke=1, fill=0)
        else:
            c.roundRect(box_x, y0, box_w, box_h, radius=min(box_h / 2, 14), stroke=1, fill=0)
        self._box.drawOn(c, box_x + PAD, y0 + PAD)
        self._left.drawOn(c, 3, (self._frame_h - self._left_h) / 2)
        self._right.drawOn(c, TEXT_WIDTH * (LEFT + CENTER) + 3, (self._frame_h - self._right_h) / 2)
        if self.incoming:
            top = self._h
            c.line(centre_x, top, centre_x, y0 + box_h + 4)
            path = c.beginPath()
            path.moveTo(centre_x, y0 + box_h)
            path.lineTo(centre_x - 3.5, y0 + box_h + 6)
            path.lineTo(centre_x + 3.5, y0 + box_h + 6)
            path.close()
            c.setFillColor(colors.black)
            c.drawPath(path, stroke=0, fill=1)
        c.restoreState()


def flowchart(nodes: list[Node], titles: tuple[str, str, str], lead: list[Flowable] | None = None) -> list[Flowable]:
    """The chart as a list of flowables: all of it on one page when it fits there (QA 57 F6: a chart of five boxes
    broke after the third, its last step and end box alone on page 2 without the column heads); a longer one keeps
    its title (``lead``), header and first two boxes together, and its last two (no lone terminal at a page's top)."""
    boxes: list[Flowable] = [FlowNode(n, incoming=i > 0) for i, n in enumerate(nodes)]
    head = [*(lead or []), FlowHeader(titles), *boxes[:2]]
    # Never a KeepTogether inside another: reportlab's KeepTogether measures as "taller than any page" to force its
    # split, so an outer one holding it always started a new page (QA 60 F10: a chart that fitted under the
    # procedure's heading went to page 2, page 1 left 80 % blank).
    height = sum(f.wrap(TEXT_WIDTH, FRAME_HEIGHT)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in head + boxes[2:])
    if len(boxes) <= 3 or height <= FRAME_HEIGHT - 12:
        return [KeepTogether(head + boxes[2:])]
    return [KeepTogether(head), *boxes[2:-2], KeepTogether(boxes[-2:])]
