"""Accounts, sign-in, lockout, roles, and organization scoping in a shared dataset (SQLite and PostgreSQL)."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from casedesk.db.database import Database, open_database
from casedesk.db.models import AuditEvent, Case, Consultation, Staff
from casedesk.domain.enums import CaseSource
from casedesk.domain.validators import ValidationError
from casedesk.services import audit, auth, cases, consultations, listing, notices, organization, stats
from casedesk.services.actor import SYSTEM, Actor, PermissionDenied
from casedesk.services.consultations import ConsultationFields

PASSWORD = "Gonghui-2025"


def reopen(db: Database) -> Database:
    """A second connection pool on the same database, as another desk would have."""
    return open_database(db.url.render_as_string(hide_password=False))


def _actions(db: Database) -> list[tuple[str, str]]:
    with db.reading() as s:
        return [(a, n) for a, n in s.execute(select(AuditEvent.action, AuditEvent.actor).order_by(AuditEvent.id))]


def test_first_start_creates_the_admin_then_refuses_a_second(db: Database) -> None:
    with db.transaction() as s:
        assert auth.needs_first_admin(s)
        admin = auth.create_first_admin(s, " Admin ", "王主任", PASSWORD)
    assert admin.role == "admin" and admin.staff_id is not None
    with db.transaction() as s:
        assert not auth.needs_first_admin(s)
        with pytest.raises(auth.AccountError, match="已有管理员"):
            auth.create_first_admin(s, "other", "别人", PASSWORD)
        staff = s.get(Staff, admin.staff_id)
        assert staff.login == "admin"
        assert staff.password_hash.startswith("$argon2id$") and PASSWORD not in staff.password_hash
    assert ("create", "王主任") in _actions(db)


def test_sign_in_lockout_and_audit(db: Database) -> None:
    with db.transaction() as s:
        auth.create_first_admin(s, "admin", "王主任", PASSWORD)
        auth.add_user(s, SYSTEM, "zhangmin", "张敏", "工作人员", PASSWORD)
    with db.transaction() as s:
        ok = auth.authenticate(s, "ZhangMin", PASSWORD)
    assert ok.ok and ok.actor == Actor(ok.actor.staff_id, "张敏", "staff", ok.actor.organization_id)
    now = datetime.now(timezone.utc)
    for attempt in range(1, 6):
        with db.transaction() as s:
            result = auth.authenticate(s, "zhangmin", "wrong-password", now=now)
        assert not result.ok
        assert ("锁定" in result.message) == (attempt == 5)
    # Locked: even the right password is refused until the lockout passes.
    with db.transaction() as s:
        locked = auth.authenticate(s, "zhangmin", PASSWORD, now=now + timedelta(minutes=1))
    assert not locked.ok and "锁定" in locked.message
    with db.transaction() as s:
        assert auth.authenticate(s, "zhangmin", PASSWORD, now=now + timedelta(minutes=16)).ok
    # Unknown names get the same words as a wrong password.
    with db.transaction() as s:
        unknown = auth.authenticate(s, "nobody", PASSWORD)
    assert unknown.message == "用户名或密码不正确"
    actions = [a for a, _ in _actions(db)]
    assert actions.count("login") == 2
    assert actions.count("login_failed") == 7
    with db.reading() as s:
        assert audit.verify_chain(s) == []


def test_admin_unlocks_and_resets_a_locked_account(db: Database) -> None:
    with db.transaction() as s:
        admin = auth.create_first_admin(s, "admin", "王主任", PASSWORD)
        auth.add_user(s, admin, "lina", "李娜", "staff", PASSWORD)
        s.scalars(select(Staff).where(Staff.login == "lina")).one().locked_until = datetime.now(timezone.utc) + timedelta(hours=1)
    with db.transaction() as s:
        auth.update_account(s, admin, "lina", unlock=True)
    with db.transaction() as s:
        assert auth.authenticate(s, "lina", PASSWORD).ok
        auth.set_password(s, admin, "lina", "Another-pass-9")
    with db.transaction() as s:
        assert not auth.authenticate(s, "lina", PASSWORD).ok
        assert auth.authenticate(s, "lina", "Another-pass-9").ok


def test_roles_and_account_rules(db: Database) -> None:
    with db.transaction() as s:
        admin = auth.create_first_admin(s, "admin", "王主任", PASSWORD)
        auth.add_user(s, admin, "viewer1", "刘会计", "viewer", PASSWORD)
        auth.add_user(s, admin, "clerk", "赵敏", "staff", PASSWORD)
    with db.transaction() as s:
        viewer = auth.authenticate(s, "viewer1", PASSWORD).actor
        clerk = auth.authenticate(s, "clerk", PASSWORD).actor
    assert viewer is not None and clerk is not None and not viewer.can_write
    bad = [
        (dict(login="x", display_name="某", role="staff", password=PASSWORD), "用户名"),
        (dict(login="张三", display_name="某", role="staff", password=PASSWORD), "用户名"),
        (dict(login="someone", display_name="", role="staff", password=PASSWORD), "姓名"),
        (dict(login="someone", display_name="某", role="boss", password=PASSWORD), "角色"),
        (dict(login="someone", display_name="某", role="staff", password="short"), "密码"),
        (dict(login="someone", display_name="某", role="staff", password="aaaaaaaaaa"), "密码"),
        (dict(login="someone", display_name="某", role="staff", password="someone"), "密码"),
        (dict(login="clerk", display_name="某", role="staff", password=PASSWORD), "已被使用"),
    ]
    for kwargs, field in bad:
        with pytest.raises(auth.AccountError, match=field), db.transaction() as s:
            auth.add_user(s, admin, **kwargs)
    # Only an admin manages accounts; anyone changes their own password with the old one.
    with pytest.raises(PermissionDenied), db.transaction() as s:
        auth.add_user(s, clerk, "someone", "某", "staff", PASSWORD)
    with pytest.raises(PermissionDenied), db.transaction() as s:
        auth.set_password(s, clerk, "viewer1", "New-password-1")
    with pytest.raises(auth.AccountError, match="原密码"), db.transaction() as s:
        auth.set_password(s, clerk, "clerk", "New-password-1", old_password="nope")
    with db.transaction() as s:
        auth.set_password(s, clerk, "clerk", "New-password-1", old_password=PASSWORD)
    # The last administrator cannot be disabled or demoted.
    with pytest.raises(auth.AccountError, match="最后一个管理员"), db.transaction() as s:
        auth.disable_user(s, admin, "admin")
    with db.transaction() as s:
        disabled = auth.disable_user(s, admin, "clerk")
        assert not disabled.active and not disabled.can_sign_in
    with db.transaction() as s:
        result = auth.authenticate(s, "clerk", "New-password-1")
    assert not result.ok and "停用" in result.message


def test_a_viewer_session_cannot_write_even_past_the_services(db: Database) -> None:
    with db.transaction() as s:
        admin = auth.create_first_admin(s, "admin", "王主任", PASSWORD)
        auth.add_user(s, admin, "viewer1", "刘会计", "viewer", PASSWORD)
        viewer = auth.authenticate(s, "viewer1", PASSWORD).actor
    assert viewer is not None
    desk = reopen(db)
    try:
        auth.apply_to_database(desk, viewer)
        with pytest.raises(PermissionDenied), desk.transaction() as s:
            consultations.log_consultation(s, viewer, ConsultationFields(received_at=datetime.now(timezone.utc), question="问"))
        # A write path that forgot require_write is still stopped at the flush.
        with pytest.raises(PermissionDenied), desk.transaction() as s:
            s.add(Consultation(received_at=datetime.now(timezone.utc), channel="12351"))
        with desk.transaction() as s:  # audit rows (e.g. an export of totals) are still allowed
            audit.record(s, viewer, "export", "report", None, {"file": "x.pdf"})
    finally:
        desk.dispose()
    with db.reading() as s:
        assert s.scalar(select(Consultation.id)) is None


def _district_setup(db: Database) -> tuple[Actor, Actor, Actor]:
    """A city union with two districts, and an account in the city and in each district."""
    with db.transaction() as s:
        organization.update_org(s, SYSTEM, name="齐齐哈尔市总工会")
        admin = auth.create_first_admin(s, "admin", "市管理员", PASSWORD)
        for name, short in (("铁锋区总工会", "铁"), ("龙沙区总工会", "龙")):
            organization.add_org(
                s, admin, name, parent="齐齐哈尔市总工会", case_number_pattern=f"{short}法援〔{{year}}〕{{seq}}号",
                reminder_number_pattern=f"{short}工监提〔{{year}}〕{{seq}}号", opinion_number_pattern=f"{short}工监意〔{{year}}〕{{seq}}号",
                recommendation_number_pattern=f"{short}工监建〔{{year}}〕{{seq}}号",
            )
        auth.add_user(s, admin, "city", "市法律部", "staff", PASSWORD)
        auth.add_user(s, admin, "tiefeng", "铁锋区", "staff", PASSWORD, organization="铁锋区总工会")
        auth.add_user(s, admin, "longsha", "龙沙区", "staff", PASSWORD, organization="龙沙区总工会")
    actors = []
    with db.transaction() as s:
        for login in ("city", "tiefeng", "longsha"):
            actor = auth.authenticate(s, login, PASSWORD).actor
            assert actor is not None
            actors.append(actor)
    return actors[0], actors[1], actors[2]


def test_district_staff_see_their_records_and_the_city_sees_all(db: Database) -> None:
    city, tiefeng, longsha = _district_setup(db)
    desks = {}
    try:
        for actor in (city, tiefeng, longsha):
            desk = reopen(db)
            auth.apply_to_database(desk, actor)
            desks[actor.name] = desk
            with desk.transaction() as s:
                for n in range({"市法律部": 1, "铁锋区": 2, "龙沙区": 3}[actor.name]):
                    consultations.log_consultation(s, actor, ConsultationFields(
                        received_at=datetime.now(timezone.utc) - timedelta(minutes=n), question=f"{actor.name}的咨询{n}",
                        caller_name="王某", caller_phone="13800138000"))
                    result = cases.open_case(s, actor, source=CaseSource.WALK_IN.value, applicant_name=f"{actor.name}职工{n}",
                                             enterprise_name="某某物流有限公司", description="欠薪")
                    notices.draft_notice(s, actor, kind="reminder", case_id=result.id, enterprise_id=s.get(Case, result.id).enterprise_id)
        seen = {}
        for name, desk in desks.items():
            with desk.reading() as s:
                seen[name] = (
                    listing.count(s, "consultations"), listing.count(s, "cases"), listing.count(s, "notices"),
                    len(listing.page(s, "cases", "intake_date", True)),
                    stats.compute(s, datetime.now().date() - timedelta(days=1), datetime.now().date() + timedelta(days=1))["cases"]["opened"],
                )
                numbers = set(s.scalars(select(Case.case_number)))
            if name == "铁锋区":
                assert all(n.startswith("铁法援") for n in numbers)
        assert seen["市法律部"] == (6, 6, 6, 6, 6)
        assert seen["铁锋区"] == (2, 2, 2, 2, 2)
        assert seen["龙沙区"] == (3, 3, 3, 3, 3)
        # Another district's record cannot be opened by id either.
        with desks["龙沙区"].reading() as s:
            other = s.scalar(select(Case.id).where(Case.case_number.like("铁%")))
        assert other is None
        with desks["市法律部"].reading() as s:
            tie_case = s.scalar(select(Case.id).where(Case.case_number.like("铁%")))
        with pytest.raises(ValidationError, match="不存在"), desks["龙沙区"].transaction() as s:
            cases.update_case(s, longsha, tie_case, description="改别区的案件")
        # The audit trail too: a district reads what its own accounts did; the city reads everyone's.
        with desks["铁锋区"].reading() as s:
            assert {e.actor for e in audit.search(s, audit.AuditQuery())} == {"铁锋区"}
        with desks["市法律部"].reading() as s:
            assert {"铁锋区", "龙沙区", "市法律部"} <= {e.actor for e in audit.search(s, audit.AuditQuery(), limit=500)}
    finally:
        for desk in desks.values():
            desk.dispose()


def test_organizations_need_their_own_number_patterns(db: Database) -> None:
    with db.transaction() as s:
        organization.get_org(s)
        with pytest.raises(ValidationError, match="编号格式必须不同"):
            organization.add_org(s, SYSTEM, "龙沙区总工会")


def test_a_hash_made_with_older_parameters_is_remade_at_sign_in(db: Database) -> None:
    from argon2 import PasswordHasher

    with db.transaction() as s:
        admin = auth.create_first_admin(s, "admin", "王主任", PASSWORD)
        s.get(Staff, admin.staff_id).password_hash = PasswordHasher().hash(PASSWORD)  # the library's default: 64 MiB, t=3
    with db.transaction() as s:
        assert auth.authenticate(s, "admin", PASSWORD).ok
    with db.transaction() as s:
        remade = s.get(Staff, admin.staff_id).password_hash
    assert remade.startswith("$argon2id$v=19$m=19456,t=2,p=1$")
    with db.transaction() as s:
        assert auth.authenticate(s, "admin", PASSWORD).ok
