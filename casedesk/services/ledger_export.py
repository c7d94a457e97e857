"""Writing a filtered list as a ledger file: one path for every area, so masking and the audit rows never differ."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from casedesk.services import audit
from casedesk.services.actor import Actor
from casedesk.services.ledger_files import write_table


def _reporting(rows: Iterable[Sequence[Any]], progress: Callable[[int], None], every: int = 500) -> Iterator[Sequence[Any]]:
    for n, row in enumerate(rows, start=1):
        yield row
        if n % every == 0:
            progress(n)


def write_export(
    session: Session,
    actor: Actor,
    path: Path,
    *,
    entity: str,
    label: str,
    headers: Sequence[str],
    rows: Iterable[Sequence[Any]],
    filters: Mapping[str, Any],
    reveal: bool,
    revealed_fields: Sequence[str],
    progress: Callable[[int], None] | None = None,
) -> int:
    """Write the rows, then audit the export (and, with full identifiers, the reveal) in the caller's transaction."""
    if progress is not None:
        rows = _reporting(rows, progress)
    count = write_table(path, headers, rows, sheet_title=label)
    described = {k: (v.isoformat() if isinstance(v, date) else v) for k, v in filters.items()}
    audit.record(session, actor, "export", entity, None, {"file": path.name, "rows": count, "filters": described, "reveal": reveal})
    if reveal:
        audit.record(session, actor, "reveal", entity, None, {"fields": list(revealed_fields), "file": path.name, "rows": count})
    return count
