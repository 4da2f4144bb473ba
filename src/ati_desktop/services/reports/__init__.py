"""Reports of the departmental record for a period and filters, on SQLite and PostgreSQL.

Each report is a function ``(db, ReportFilter) -> …Report`` returning plain frozen data;
:mod:`.document` turns any of them into titled tables and charts that the XLSX, CSV and PDF
outputs and the Tablero share.
"""
