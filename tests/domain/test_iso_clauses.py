"""The clauses of TCVN ISO 9001:2015 named by their titles on printed records (QA 60 F13)."""

from qms_desktop.domain.iso_clauses import TITLES, clause_label


def test_a_clause_number_is_named_and_anything_else_kept_as_written():
    assert clause_label("8.7") == "8.7 (Kiểm soát đầu ra không phù hợp)"
    assert clause_label("7.5.3; 10.2") == ("7.5.3 (Kiểm soát thông tin dạng văn bản); "
                                           "10.2 (Sự không phù hợp và hành động khắc phục)")
    assert clause_label("4.4.1") == "4.4.1"  # a sub-clause without a title of its own: the number alone
    for written in ("", "8.5.1 Kiểm soát sản xuất", "Mục 5 quy trình QT-01"):
        assert clause_label(written) == written


def test_every_clause_number_has_its_parent():
    for number in TITLES:
        parent = number.rsplit(".", 1)[0]
        assert "." not in number or parent in TITLES or parent.rsplit(".", 1)[0] in TITLES, number
