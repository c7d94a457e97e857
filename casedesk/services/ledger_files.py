"""Reading and writing ledger files (台账): .xlsx and .csv, in whatever encoding offices save.

Columns are found by header text, in any order; extra columns are ignored.
CSV encodings are detected (UTF-8, UTF-8 with BOM, GB18030/GBK), never asked.
On export, text that a spreadsheet would run as a formula is written as text.
"""
from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from casedesk.domain.messages import Message
from casedesk.domain.validators import ValidationError

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
MAX_CELL_CHARS = 32_767  # Excel's own cell limit
NO_SUFFIX = Message("(无扩展名)")


@dataclass
class Table:
    headers: list[str]
    rows: list[tuple[int, list[Any]]] = field(default_factory=list)  # (row number as the user sees it, cells)


def _clean_header(value: object) -> str:
    return "".join(str(value or "").split()).replace("（", "(").replace("）", ")")


def _decode(raw: bytes) -> str:
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("gb18030")  # superset of GBK and GB2312
    except UnicodeDecodeError:
        import charset_normalizer  # rarely needed, and 40 ms to load: not at start-up (the File menu lists ledgers)

        best = charset_normalizer.from_bytes(raw).best()
        if best is None:
            raise ValidationError("无法识别文件编码（支持 UTF-8、GB18030/GBK）") from None
        return str(best)


def read_table(path: Path) -> Table:
    """The first sheet (or the CSV) as headers plus numbered rows; blank rows are skipped."""
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        try:
            import openpyxl  # loaded on first use: it (and numpy) cost a quarter second of the GUI's start

            wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
        except Exception as exc:  # openpyxl raises many types for a damaged file
            raise ValidationError("无法读取 Excel 文件 {file}：{exc}", file=path.name, exc=exc) from None
        try:
            sheet = wb.worksheets[0]
            raw_rows: Iterable[Sequence[Any]] = sheet.iter_rows(values_only=True)
            rows = [list(r) for r in raw_rows]
        finally:
            wb.close()
    elif suffix in (".csv", ".txt"):
        text = _decode(path.read_bytes())
        if "\x00" in text:
            raise ValidationError("{file} 不是文本格式的 CSV 文件", file=path.name)
        rows = [list(r) for r in csv.reader(io.StringIO(text, newline=""))]
    else:
        raise ValidationError("不支持的文件类型 {suffix}：请使用 .xlsx 或 .csv", suffix=path.suffix or NO_SUFFIX)
    header_index = next((i for i, r in enumerate(rows) if any(str(c or "").strip() for c in r)), None)
    if header_index is None:
        raise ValidationError("{file} 是空文件", file=path.name)
    table = Table(headers=[_clean_header(h) for h in rows[header_index]])
    for i, cells in enumerate(rows[header_index + 1 :], start=header_index + 2):
        if any(str(c).strip() for c in cells if c is not None):
            table.rows.append((i, list(cells)))
    return table


def cell_text(value: Any) -> str:
    """A cell as text, undoing the apostrophe our exports put before formula-like text."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    if len(text) > 1 and text[0] == "'" and text[1] in FORMULA_PREFIXES:
        text = text[1:]
    return text


def _safe_text(value: str) -> str:
    value = value[:MAX_CELL_CHARS]
    return "'" + value if value.startswith(FORMULA_PREFIXES) else value


def write_table(path: Path, headers: Sequence[str], rows: Iterable[Sequence[Any]], sheet_title: str = "台账") -> int:
    """Write .xlsx or .csv (UTF-8 with BOM, which Excel opens correctly); returns the row count."""
    suffix = path.suffix.lower()
    count = 0
    if suffix == ".xlsx":
        import openpyxl
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, TYPE_STRING

        wb = openpyxl.Workbook(write_only=True)
        ws = wb.create_sheet(sheet_title)
        ws.append(list(headers))
        for row in rows:
            out = []
            for value in row:
                if isinstance(value, str):
                    # Control characters cannot be stored in an .xlsx (XML) cell: they are dropped, not fatal.
                    cell = openpyxl.cell.WriteOnlyCell(ws, value=ILLEGAL_CHARACTERS_RE.sub("", value[:MAX_CELL_CHARS]))
                    cell.data_type = TYPE_STRING  # never a formula, whatever the text starts with
                    out.append(cell)
                elif isinstance(value, datetime):
                    cell = openpyxl.cell.WriteOnlyCell(ws, value=value.replace(tzinfo=None))
                    cell.number_format = "yyyy-mm-dd hh:mm"
                    out.append(cell)
                elif isinstance(value, date):
                    cell = openpyxl.cell.WriteOnlyCell(ws, value=value)
                    cell.number_format = "yyyy-mm-dd"
                    out.append(cell)
                else:
                    out.append(value)
            ws.append(out)
            count += 1
        wb.save(path)
    elif suffix == ".csv":
        with path.open("w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(headers)
            for row in rows:
                writer.writerow([_csv_value(v) for v in row])
                count += 1
    else:
        raise ValidationError("不支持的导出格式 {suffix}：请使用 .xlsx 或 .csv", suffix=path.suffix or NO_SUFFIX)
    return count


def _csv_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str):
        return _safe_text(value)
    return "" if value is None else value
