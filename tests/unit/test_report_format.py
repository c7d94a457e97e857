"""How the report writes its values and changes (the PDF, the CLI table and the GUI share these)."""
from __future__ import annotations

import pytest

from casedesk.documents.report_data import format_change, format_value


@pytest.mark.parametrize(
    ("kind", "value", "text"),
    [("count", 1234567, "1,234,567"), ("fen", 800005, "8,000.05"), ("fen", 0, "0.00"), ("rate", 2 / 3, "66.7%"),
     ("rate", None, "—"), ("count", None, "—")],
)
def test_format_value(kind: str, value: float | None, text: str) -> None:
    assert format_value(kind, value) == text  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("kind", "value", "base", "text"),
    [("count", 3, 1, "+200.0%"), ("count", 1, 4, "-75.0%"), ("fen", 5, 0, "新增"), ("count", 0, 0, "—"),
     ("rate", 0.75, 0.5, "+25.0个百分点"), ("rate", 0.5, None, "—"), ("count", None, 3, "—")],
)
def test_format_change(kind: str, value: float | None, base: float | None, text: str) -> None:
    assert format_change(kind, value, base) == text  # type: ignore[arg-type]
