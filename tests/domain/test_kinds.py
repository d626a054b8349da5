"""The registry of record kinds (domain/kinds.py) is complete and every consumer reads it."""

from __future__ import annotations

import pytest

from qms_desktop.domain import kinds
from qms_desktop.domain.kinds import KINDS, NOT_RECORD_KINDS, Kind


def test_every_logged_table_is_a_kind_or_explicitly_not_one():
    from qms_desktop.storage.rowstate import logged_tables

    tables = set(logged_tables())
    names = {k.name for k in KINDS.values()}
    missing = tables - names - NOT_RECORD_KINDS
    assert not missing, f"logged tables with no registry entry (add them to KINDS or NOT_RECORD_KINDS): {missing}"
    assert not names & NOT_RECORD_KINDS
    from qms_desktop.storage.orm import Base

    assert NOT_RECORD_KINDS <= set(Base.metadata.tables), "stale NOT_RECORD_KINDS entries"


def test_every_kind_has_its_model_and_table():
    from qms_desktop.services.records import MODELS, model_of

    for k in KINDS.values():
        assert MODELS[k.name].__tablename__ == k.name
        for name in (k.link_name, k.plural, *k.aliases):
            if name:
                assert model_of(name) is MODELS[k.name]
        if k.search:
            assert all(hasattr(MODELS[k.name], a) for a in k.search), k
            assert hasattr(MODELS[k.name], "search_key"), k
        if k.ref_title:
            assert hasattr(MODELS[k.name], k.ref_title)


def test_a_typo_fails():
    with pytest.raises(ValueError):
        Kind("nonconformty")
    with pytest.raises(AttributeError):
        Kind.NONCONFORMTY
    assert kinds.info("ncs") is kinds.info("nc") is kinds.info("nonconformity") is KINDS[Kind.NONCONFORMITY]
    assert kinds.info("nothing") is None


def test_the_consumers_read_the_registry():
    from qms_desktop.cli.commands import LIST_KINDS
    from qms_desktop.domain.schema import SPECS
    from qms_desktop.services import attachments, records
    from qms_desktop.ui.pages import PAGES, RECORD_PAGES

    page_keys = {page.key for page in PAGES}
    for k in KINDS.values():
        if k.page:
            assert k.page in page_keys
            for name in (k.name, k.link_name, k.plural, *k.aliases):
                if name:
                    assert RECORD_PAGES[name] == k.page
        if k.plural:
            assert k.plural in LIST_KINDS
    assert attachments.OWNER_KINDS == {k.name for k in KINDS.values() if k.attachable}
    assert set(records.SPECS_REF_TITLES) == {k.name for k in KINDS.values() if k.ref_title}
    # the generic forms (SPECS) only edit kinds of the registry
    assert set(SPECS) <= {k.name for k in KINDS.values()}


def test_labels_are_in_one_context():
    import ast
    from pathlib import Path

    source = Path(kinds.__file__).read_text(encoding="utf-8")
    contexts = {node.args[0].value for node in ast.walk(ast.parse(source))
                if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP"}
    assert contexts == {kinds.CONTEXT}
    assert len({k.label for k in KINDS.values()}) == len(KINDS)
