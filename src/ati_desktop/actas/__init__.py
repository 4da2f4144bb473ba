"""Session minutes (actas) as PDF, rendered with ReportLab, and their verification."""
