"""Liberation Serif (OFL, metric-compatible with Times New Roman) registered with ReportLab.

Decree 30/2020 prescribes Times New Roman; ReportLab's built-in Times has no Vietnamese glyphs,
so every printed document uses the bundled TTFs in ``resources/fonts`` (embedded as subsets).
"""

from __future__ import annotations

import functools
import threading

from qms_desktop.paths import resource_path

SERIF = "LiberationSerif"
SERIF_BOLD = "LiberationSerif-Bold"
SERIF_ITALIC = "LiberationSerif-Italic"
SERIF_BOLD_ITALIC = "LiberationSerif-BoldItalic"

_FILES = {
    SERIF: "LiberationSerif-Regular.ttf",
    SERIF_BOLD: "LiberationSerif-Bold.ttf",
    SERIF_ITALIC: "LiberationSerif-Italic.ttf",
    SERIF_BOLD_ITALIC: "LiberationSerif-BoldItalic.ttf",
}
_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register the four faces and the family once (safe from several threads)."""
    global _registered
    if _registered:
        return
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    with _lock:
        if _registered:
            return
        for name, filename in _FILES.items():
            path = resource_path("fonts", filename)
            if not path.is_file():
                raise FileNotFoundError(f"bundled font missing: {path}")
            pdfmetrics.registerFont(TTFont(name, str(path)))
        pdfmetrics.registerFontFamily(SERIF, normal=SERIF, bold=SERIF_BOLD, italic=SERIF_ITALIC,
                                      boldItalic=SERIF_BOLD_ITALIC)
        for bold, italic, name in ((0, 0, SERIF), (1, 0, SERIF_BOLD), (0, 1, SERIF_ITALIC), (1, 1, SERIF_BOLD_ITALIC)):
            addMapping(SERIF, bold, italic, name)
        _registered = True


def string_width(text: str, font: str, size: float) -> float:
    """Width in points of ``text`` set in ``font`` at ``size``."""
    return _string_width(text, font, size)


@functools.lru_cache(maxsize=65536)
def _string_width(text: str, font: str, size: float) -> float:
    # reportlab adds up a TrueType string's widths in Python, character by character; a long report
    # measures the same statuses, dates and names thousands of times (issue 19). The fonts are
    # registered before the first width is measured (and so before any is cached).
    from reportlab.pdfbase import pdfmetrics

    register_fonts()
    return pdfmetrics.stringWidth(text, font, size)
