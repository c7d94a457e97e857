"""ReportLab rendering of letters and reports from plain data (no database, no Qt)."""
