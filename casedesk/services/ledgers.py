"""The ledger kinds that can be imported, exported and templated (consultations, cases, notices).

Each area module defines one ``LEDGER = LedgerKind(...)``; this registry lists
them so the CLI, the GUI's File > Import and the first-start wizard offer the
same set with the same rules.
"""
from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from casedesk.services.actor import Actor
from casedesk.services.ledger_files import write_table
from casedesk.services.ledger_import import LedgerColumn, LedgerSpec

# Area modules that define LEDGER, in menu order.
AREA_MODULES: tuple[str, ...] = (
    "casedesk.services.consultation_ledger", "casedesk.services.case_ledger", "casedesk.services.notice_ledger",
)


@dataclass(frozen=True)
class ExportOptions:
    date_from: date | None = None
    date_to: date | None = None
    reveal: bool = False  # full 身份证号 and phone numbers (an audited action)


@dataclass(frozen=True)
class LedgerKind:
    name: str  # CLI word: consultations / cases / notices
    label: str  # 咨询台账 ...
    columns: tuple[LedgerColumn, ...]
    sample_row: Sequence[Any]
    make_spec: Callable[[], LedgerSpec[Any]]
    export: Callable[[Session, Actor, Path, ExportOptions], int]

    def write_template(self, path: Path) -> None:
        write_table(path, [c.header for c in self.columns], [self.sample_row], sheet_title=self.label)


def kinds() -> dict[str, LedgerKind]:
    out: dict[str, LedgerKind] = {}
    for module_name in AREA_MODULES:
        ledger: LedgerKind = importlib.import_module(module_name).LEDGER
        out[ledger.name] = ledger
    return out
