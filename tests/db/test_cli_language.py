"""The command line speaks the file's 界面语言 (or CASEDESK_LANG): errors and import reports in English when the
office chose English, Chinese otherwise."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from casedesk.cli import main
from casedesk.db.database import open_database
from casedesk.services import settings
from casedesk.services.actor import SYSTEM

BAD_LEDGER = "受理时间,来电人,身份证号,问题描述\n2025-03-01 09:00,王磊,1234,拖欠工资\n2025-13-01,李四,,欠薪\n"


@pytest.fixture
def office(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    monkeypatch.delenv("CASEDESK_LANG", raising=False)
    path = str(tmp_path / "office.sqlite3")
    assert main(["--db", path, "init"]) == 0
    yield path
    from casedesk.ui import i18n

    i18n.install(i18n.DEFAULT)  # the next test starts in Chinese whatever this one spoke


def _language(path: str, code: str) -> None:
    db = open_database(path)
    try:
        with db.transaction() as session:
            settings.put(session, SYSTEM, "language", code)
    finally:
        db.dispose()


def test_an_english_office_gets_english_errors_and_reports(office: str, tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    _language(office, "en")
    capsys.readouterr()
    assert main(["--db", office, "org", "set", "--name", ""]) == 1
    assert capsys.readouterr().err == "casedesk: error: The union name cannot be empty\n"
    ledger = tmp_path / "台账.csv"
    ledger.write_text(BAD_LEDGER, encoding="utf-8")
    assert main(["--db", office, "import", "consultations", str(ledger)]) == 1
    out, err = capsys.readouterr()
    assert out.splitlines() == [
        "台账.csv: 2 rows read, 0 imported, 0 bad rows skipped, 0 duplicates, 2 errors",
        "Row 2 [ID number]: The ID number should have 18 characters; it has 4",
        "Row 3 [Received]: “2025-13-01” is not a valid date or time",
    ]
    assert err == "Import cancelled, nothing was written: 2 errors\n"
    assert main(["--db", office, "stats", "--period", "2025", "--industry", "造船"]) == 1
    assert capsys.readouterr().err.startswith("casedesk: error: Unknown Industry: 造船 (choose from: Manufacturing, ")
    # Reports too: the statistics table's headings, labels and period.
    assert main(["--db", office, "stats", "--period", "2025-Q1", "--industry", "制造业"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].endswith(": legal service statistics")
    assert lines[1:4] == ["Period: Q1 2025 (2025-01-01 to 2025-03-31)", "Filters: Industry: Manufacturing", ""]
    assert "Consultations received" in lines[5] and lines[5].endswith("0")


def test_a_chinese_office_stays_chinese(office: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _language(office, "en")
    assert main(["--db", office, "org", "show"]) == 0  # English installed by this command ...
    _language(office, "zh_CN")
    capsys.readouterr()
    assert main(["--db", office, "org", "set", "--name", ""]) == 1  # ... and gone with the next
    assert capsys.readouterr().err == "casedesk: error: 工会名称不能为空\n"
    ledger = tmp_path / "台账.csv"
    ledger.write_text(BAD_LEDGER, encoding="utf-8")
    assert main(["--db", office, "import", "consultations", str(ledger), "--dry-run"]) == 1
    out = capsys.readouterr().out
    assert "第2行【身份证号】身份证号应为18位，实际为4位" in out and "Row" not in out


def test_casedesk_lang_overrides_the_file(office: str, monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("CASEDESK_LANG", "en")
    capsys.readouterr()
    assert main(["--db", office, "org", "set", "--name", ""]) == 1
    assert capsys.readouterr().err == "casedesk: error: The union name cannot be empty\n"
    # Before a file is open too: a date argument is refused in English.
    with pytest.raises(SystemExit):
        main(["--db", office, "stats", "--from", "2025-99-01", "--to", "2025-12-31"])
    assert "“2025-99-01” is not a valid date or time" in capsys.readouterr().err
    _language(office, "en")
    monkeypatch.setenv("CASEDESK_LANG", "zh")
    assert main(["--db", office, "org", "set", "--name", ""]) == 1
    assert capsys.readouterr().err == "casedesk: error: 工会名称不能为空\n"
