"""Ledger files: header matching in any order, encodings detected, formulas never exported as formulas."""
from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from casedesk.domain.validators import ValidationError
from casedesk.services.ledger_files import cell_text, read_table, write_table

ROWS = [["2025-03-01 09:00", "张伟", "=cmd|' /C calc'!A0"], ["2025/3/2", "李娜", "+86 138"]]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk"])
def test_csv_in_every_office_encoding(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "ledger.csv"
    path.write_bytes("受理时间, 来电人 ,问题描述,多余列\n2025-03-01,张伟,拖欠工资三个月,x\n\n2025-03-02,李娜,未签劳动合同,y\n".encode(encoding))
    table = read_table(path)
    assert table.headers[:3] == ["受理时间", "来电人", "问题描述"]
    assert [n for n, _ in table.rows] == [2, 4]
    assert table.rows[1][1][1] == "李娜"


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_export_never_writes_a_formula_and_reads_back_the_same_text(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"out{suffix}"
    assert write_table(path, ["受理时间", "来电人", "问题描述"], ROWS) == 2
    if suffix == ".xlsx":
        ws = openpyxl.load_workbook(path).worksheets[0]
        assert ws["C2"].data_type == "s"
    table = read_table(path)
    assert [cell_text(v) for v in table.rows[0][1]] == ROWS[0]
    assert [cell_text(v) for v in table.rows[1][1]] == ROWS[1]


def test_unsupported_or_broken_files_say_so(tmp_path: Path) -> None:
    doc = tmp_path / "ledger.docx"
    doc.write_bytes(b"PK\x03\x04")
    with pytest.raises(ValidationError, match="不支持"):
        read_table(doc)
    bad = tmp_path / "ledger.xlsx"
    bad.write_bytes(b"not a zip")
    with pytest.raises(ValidationError, match="无法读取"):
        read_table(bad)
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(ValidationError, match="空文件"):
        read_table(empty)
