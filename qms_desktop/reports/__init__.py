"""Printed documents and files for the receiving office; no database, no Qt.

- ``report_data`` (ReportData, canonical JSON), ``report_text`` (facts → Vietnamese text),
  ``wording`` (the fixed Vietnamese wording of the documents);
- ``pdf_layout`` (Decree 30/2020 page layout), ``pdf`` (the report), ``documents``,
  ``doc_quality``, ``doc_procedure``, ``flowchart`` (the other printed documents), ``fonts``;
- ``xlsx`` (the report's workbook), ``package`` and ``signing`` (the signed transfer package),
  ``files`` (atomic write and read-back).
"""
