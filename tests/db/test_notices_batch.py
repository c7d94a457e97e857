"""专项提示函: one number each, one combined PDF plus one file per letter; cancel leaves nothing half-issued."""
from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from casedesk.db.database import Database
from casedesk.db.models import NumberSequence, SupervisionNotice
from casedesk.services import notice_batch, notices, parties
from casedesk.services.actor import SYSTEM
from tests.db.test_notices import issued_reminder, setup_office

CONTENT = notice_batch.BatchContent(
    facts="近期我区持续高温，部分快递、外卖配送企业户外作业时间长。",
    demands="1.合理安排户外作业时间，日最高气温达到40℃以上应当停止当日室外露天作业；\n2.按规定发放高温津贴。",
    legal_basis=("《中华人民共和国劳动法》第五十四条",),
    violations=("安全生产和职业病防治",),
)


def _logistics(db: Database, n: int) -> list[int]:
    with db.transaction() as s:
        ids = []
        for i in range(n):
            e = parties.find_or_create_enterprise(s, SYSTEM, f"铁锋区第{i + 1}快递有限公司")
            e.street, e.industry = "站前街道", "logistics"
            ids.append(e.id)
        other = parties.find_or_create_enterprise(s, SYSTEM, "铁锋区某餐饮有限公司")
        other.street, other.industry = "站前街道", "catering"
        return ids


def test_targets_follow_the_filters(db: Database) -> None:
    setup_office(db)
    ids = _logistics(db, 3)
    with db.reading() as s:
        flt = notice_batch.TargetFilter(street="站前街道", industry="logistics")
        assert notice_batch.count_targets(s, flt) == 3
        assert [t[0] for t in notice_batch.targets(s, flt)] == ids
        assert notice_batch.count_targets(s, notice_batch.TargetFilter(name_contains="餐饮")) == 1
        assert "站前街道" in notice_batch.streets(s)


def test_batch_issues_consecutive_numbers_and_files(db: Database, tmp_path: Path) -> None:
    office = setup_office(db)
    issued_reminder(db, office, date(2025, 7, 1))  # 铁工监提〔2025〕1号
    ids = _logistics(db, 3)
    seen: list[tuple[int, int]] = []
    with db.transaction() as s:
        batch = notice_batch.issue_batch(
            s, SYSTEM, ids, CONTENT, issued_on=date(2025, 7, 10), progress=lambda d, t: seen.append((d, t)) or True
        )
    assert batch.numbers == [f"铁工监提〔2025〕{i}号" for i in (2, 3, 4)]
    assert seen[0] == (1, 6) and seen[-1] == (6, 6)
    with db.transaction() as s:
        rows = s.scalars(select(SupervisionNotice).where(SupervisionNotice.batch_id == batch.batch_id)).all()
        assert {n.status for n in rows} == {"issued"} and all(n.pdf for n in rows)
        singles = sum(len(PdfReader(io.BytesIO(n.pdf)).pages) for n in rows)
        combined = PdfReader(io.BytesIO(batch.combined_pdf))
        assert len(combined.pages) == singles
        text = "".join(p.extract_text() for p in combined.pages)
        assert all(number in text for number in batch.numbers)
        files = notice_batch.write_files(s, SYSTEM, batch, tmp_path / "out")
    assert [f.name for f in files][:2] == ["专项提示函（3份）合并打印.pdf", "铁工监提〔2025〕2号 铁锋区第1快递有限公司.pdf"]
    with db.transaction() as s:
        assert files[1].read_bytes() == notices.get(s, batch.notice_ids[0]).pdf


@pytest.mark.parametrize("cancel_at", [2, 5])  # while issuing, and while rendering the combined file
def test_cancel_leaves_nothing_issued(db: Database, cancel_at: int) -> None:
    setup_office(db)
    ids = _logistics(db, 3)
    with pytest.raises(notice_batch.BatchCancelled):
        with db.transaction() as s:
            notice_batch.issue_batch(s, SYSTEM, ids, CONTENT, issued_on=date(2025, 7, 10), progress=lambda d, t: d < cancel_at)
    with db.transaction() as s:
        assert s.scalar(select(func.count()).select_from(SupervisionNotice)) == 0
        assert s.scalar(select(func.count()).select_from(NumberSequence)) == 0
    with db.transaction() as s:
        again = notice_batch.issue_batch(s, SYSTEM, ids[:1], CONTENT, issued_on=date(2025, 7, 10))
    assert again.numbers == ["铁工监提〔2025〕1号"]


def test_batch_refuses_an_empty_selection(db: Database) -> None:
    setup_office(db)
    with pytest.raises(Exception, match="没有选中"):
        with db.transaction() as s:
            notice_batch.issue_batch(s, SYSTEM, [], CONTENT)


def test_file_names_are_safe() -> None:
    assert notice_batch.file_name("铁工监提〔2025〕2号", 'A/B:C*D?"E"') == "铁工监提〔2025〕2号 A_B_C_D__E_.pdf"
