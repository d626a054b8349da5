"""A column matched without regard to tones, letter marks or case, where the rows have no folded copy to search
(the change history's old and new values): ``folded_contains(column, text)``. SQLite compares with GLOB (native,
no Python call per row), PostgreSQL with a regular expression; both from ``domain.text.letter_forms``."""

from __future__ import annotations

import re

from sqlalchemy import literal
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.expression import ColumnElement
from sqlalchemy.types import Boolean

from qms_desktop.domain.text import letter_forms


class FoldedContains(ColumnElement):
    inherit_cache = False
    type = Boolean()

    def __init__(self, column, text: str) -> None:
        self.column, self.forms = column, letter_forms(text)


def folded_contains(column, text: str) -> FoldedContains:
    """True where ``column`` holds ``text`` in any tones, letter marks and case ("nguyen nhan": "Nguyên nhân")."""
    return FoldedContains(column, text)


def _glob_class(forms: str) -> str:
    if len(forms) > 1:
        return "[" + forms + "]"
    return "[" + forms + "]" if forms in "*?[" else forms


@compiles(FoldedContains, "sqlite")
def _sqlite(element, compiler, **kw) -> str:
    pattern = "*" + "".join(_glob_class(f) for f in element.forms) + "*"
    return f"({compiler.process(element.column, **kw)} GLOB {compiler.process(literal(pattern), **kw)})"


@compiles(FoldedContains)
def _regex(element, compiler, **kw) -> str:
    pattern = "".join("[" + f + "]" if len(f) > 1 else re.escape(f) for f in element.forms)
    return f"({compiler.process(element.column, **kw)} ~ {compiler.process(literal(pattern), **kw)})"
