"""Accounts and sign-in: Argon2 password hashes, roles, lockout after repeated failures, the first admin.

Roles (domain.enums.Role): ``admin`` manages accounts, settings, the audit
trail, purges and restores; ``staff`` does everything else; ``viewer`` reads
only (every writing service refuses it through ``require_write``).

Sign-in never raises inside the caller's transaction: a failed attempt must
still commit its failure count and its audit row, so ``authenticate`` returns
a :class:`LoginResult` and the caller commits either way.

In a shared (server) dataset each account belongs to an organization; the
account sees its organization's records and those of the organizations below
it (a city union sees its districts). ``visible_organizations`` works that out
and ``Database.restrict_to`` applies it to every query.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import event, func, select
from sqlalchemy.orm import Session

from casedesk.db.database import Database
from casedesk.db.models import AuditEvent, Organization, Staff, utcnow
from casedesk.domain.enums import Role
from casedesk.domain.messages import Joined, Message
from casedesk.domain.timeutil import to_local
from casedesk.domain.validators import ValidationError
from casedesk.services import audit, settings
from casedesk.services.actor import Actor, PermissionDenied, require_admin
from casedesk.services.organization import current_org

ENTITY = "staff"
MIN_PASSWORD_LENGTH = 8
MAX_PASSWORD_LENGTH = 200
_LOGIN_RE = re.compile(r"^[a-z0-9][a-z0-9._@-]{1,39}$")
# Argon2id at OWASP's recommended minimum (19 MiB, 2 passes, 1 lane): ~20 ms a check on an office PC. The
# library's default (RFC 9106 "low memory": 64 MiB, 3 passes, 4 lanes) took 160 ms of CPU and 0.2-0.3 s on a
# busy two-core PC, a fifth of the whole start-up, while an offline guess against the OWASP setting still costs
# 19 MiB of memory each. Hashes made with other parameters are re-made at their next sign-in (authenticate).
_hasher = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)


class AccountError(ValidationError):
    """An account change that is refused (bad login name, weak password, last admin, ...)."""


@dataclass(frozen=True)
class Account:
    """An account as the admin screens and `casedesk user list` show it (never the hash)."""

    id: int
    login: str
    display_name: str
    role: str
    organization_id: int
    organization_name: str
    active: bool
    can_sign_in: bool  # active and has a password
    locked_until: datetime | None
    last_login_at: datetime | None

    @property
    def role_label(self) -> str:
        return Role(self.role).label


@dataclass(frozen=True)
class LoginResult:
    actor: Actor | None
    message: str = ""  # why it failed, in words the clerk can act on (a messages.Message)

    @property
    def ok(self) -> bool:
        return self.actor is not None


# --- passwords -------------------------------------------------------------------------------------


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def check_password(password: str, login: str = "") -> str:
    """The password if it is acceptable; a refusal names the rule it breaks."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AccountError("密码：至少 {min} 个字符", min=MIN_PASSWORD_LENGTH)
    if len(password) > MAX_PASSWORD_LENGTH:
        raise AccountError("密码：最多 {max} 个字符", max=MAX_PASSWORD_LENGTH)
    if password.strip() != password:
        raise AccountError("密码：开头和结尾不能是空格")
    if login and password.lower() == login.lower():
        raise AccountError("密码：不能与用户名相同")
    if len(set(password)) < 4:
        raise AccountError("密码：过于简单（至少包含 4 个不同的字符）")
    return password


def normalize_login(login: str) -> str:
    text = (login or "").strip().lower()
    if not _LOGIN_RE.match(text):
        raise AccountError("用户名：2–40 个字符，只能用英文字母、数字和 . _ @ -（例如 zhangmin）")
    return text


# --- reading ---------------------------------------------------------------------------------------


def _account(staff: Staff, org_name: str) -> Account:
    return Account(
        id=staff.id, login=staff.login, display_name=staff.display_name, role=staff.role,
        organization_id=staff.organization_id, organization_name=org_name, active=staff.active,
        can_sign_in=staff.active and bool(staff.password_hash), locked_until=staff.locked_until,
        last_login_at=staff.last_login_at,
    )


def list_accounts(session: Session, *, include_inactive: bool = True) -> list[Account]:
    stmt = select(Staff, Organization.name).join(Organization, Organization.id == Staff.organization_id)
    if not include_inactive:
        stmt = stmt.where(Staff.active.is_(True))
    rows = session.execute(stmt.order_by(Staff.active.desc(), Staff.login)).all()
    return [_account(staff, name) for staff, name in rows]


def get_account(session: Session, login: str) -> Account:
    staff = _staff(session, login)
    org = session.get(Organization, staff.organization_id)
    return _account(staff, org.name if org else "")


def _staff(session: Session, login: str) -> Staff:
    staff = session.scalars(select(Staff).where(func.lower(Staff.login) == (login or "").strip().lower())).first()
    if staff is None:
        raise AccountError("用户名：没有账号“{login}”", login=login)
    return staff


def needs_first_admin(session: Session) -> bool:
    """True until an administrator who can sign in exists (a new file, or one made by an import or demo data)."""
    return session.scalar(
        select(Staff.id).where(Staff.role == Role.ADMIN.value, Staff.active.is_(True), Staff.password_hash != "").limit(1)
    ) is None


def visible_organizations(session: Session, organization_id: int) -> frozenset[int]:
    """The organization and every organization below it (a city union sees its districts)."""
    rows = session.execute(select(Organization.id, Organization.parent_id)).all()
    children: dict[int | None, list[int]] = {}
    for org_id, parent_id in rows:
        children.setdefault(parent_id, []).append(org_id)
    seen: set[int] = set()
    todo = [organization_id]
    while todo:
        org_id = todo.pop()
        if org_id not in seen:
            seen.add(org_id)
            todo.extend(children.get(org_id, ()))
    return frozenset(seen)


def sees_everything(session: Session, actor: Actor) -> bool:
    """Whether the actor's scope already covers every organization (then no query needs narrowing)."""
    if actor.organization_id is None:
        return True
    all_ids = set(session.scalars(select(Organization.id)))
    return all_ids <= visible_organizations(session, actor.organization_id)


# --- signing in ------------------------------------------------------------------------------------


def actor_for(staff: Staff) -> Actor:
    return Actor(staff_id=staff.id, name=staff.display_name, role=staff.role, organization_id=staff.organization_id)


def authenticate(session: Session, login: str, password: str, *, now: datetime | None = None) -> LoginResult:
    """Check a sign-in; failures are counted, locked out after ``auth.max_failures`` and audited either way."""
    now = now or utcnow()
    typed = (login or "").strip()
    staff = session.scalars(select(Staff).where(func.lower(Staff.login) == typed.lower())).first()
    failed_actor = Actor(staff_id=staff.id if staff else None, name=(staff.display_name if staff else typed)[:60] or "?")
    wrong = Message("用户名或密码不正确")
    if staff is None or not staff.password_hash:
        # The same words as a wrong password: a guesser learns nothing about which names exist.
        audit.record(session, failed_actor, "login_failed", ENTITY, staff.id if staff else None,
                     {"login": typed[:40], "reason": "unknown" if staff is None else "no_password"})
        return LoginResult(None, wrong)
    if staff.locked_until is not None and staff.locked_until > now:
        audit.record(session, failed_actor, "login_failed", ENTITY, staff.id, {"login": staff.login, "reason": "locked"})
        return LoginResult(None, Message("登录失败次数过多，账号已锁定至 {until}，请稍后再试或请管理员解锁",
                                          until=to_local(staff.locked_until).strftime("%H:%M")))
    if not _verify(staff.password_hash, password):
        limit = int(settings.get(session, "auth.max_failures"))
        staff.failed_logins = (staff.failed_logins or 0) + 1
        reason = {"login": staff.login, "reason": "password", "failures": staff.failed_logins}
        message = wrong
        if staff.failed_logins >= limit:
            staff.locked_until = now + timedelta(minutes=int(settings.get(session, "auth.lockout_minutes")))
            staff.failed_logins = 0
            reason["locked_until"] = staff.locked_until.isoformat()
            message = Message("连续 {limit} 次密码错误，账号已锁定至 {until}", limit=limit,
                              until=to_local(staff.locked_until).strftime("%H:%M"))
        session.flush()
        audit.record(session, failed_actor, "login_failed", ENTITY, staff.id, reason)
        return LoginResult(None, message)
    if not staff.active:
        audit.record(session, failed_actor, "login_failed", ENTITY, staff.id, {"login": staff.login, "reason": "disabled"})
        return LoginResult(None, Message("此账号已停用，请联系管理员"))
    if _hasher.check_needs_rehash(staff.password_hash):
        staff.password_hash = hash_password(password)
    staff.failed_logins = 0
    staff.locked_until = None
    staff.last_login_at = now
    session.flush()
    actor = actor_for(staff)
    audit.record(session, actor, "login", ENTITY, staff.id, {})
    return LoginResult(actor)


def record_logout(session: Session, actor: Actor) -> None:
    if actor.staff_id is not None:
        audit.record(session, actor, "logout", ENTITY, actor.staff_id, {})


# --- managing accounts -----------------------------------------------------------------------------


def _role(role: str) -> str:
    try:
        return Role.from_label(role).value
    except ValueError:
        raise AccountError("角色：应为 {items}（{items2}）", items=Joined((r.label for r in Role), "、"), items2='/'.join(r.value for r in Role)) from None


def _organization_id(session: Session, organization: int | str | None) -> int:
    if organization is None or organization == "":
        return current_org(session).id
    if isinstance(organization, int):
        org = session.get(Organization, organization)
    else:
        org = session.scalars(select(Organization).where(Organization.name == organization.strip())).first()
    if org is None:
        raise AccountError("所属单位：没有单位“{organization}”", organization=organization)
    return org.id


def _display_name(name: str) -> str:
    text = (name or "").strip()
    if not text:
        raise AccountError("姓名：不能为空")
    if len(text) > 40:
        raise AccountError("姓名：最多 40 个字")
    return text


def create_first_admin(session: Session, login: str, display_name: str, password: str) -> Actor:
    """The first start's administrator; refused once one exists (then only an admin adds accounts)."""
    if not needs_first_admin(session):
        raise AccountError("已有管理员账号，请用管理员账号登录后再添加账号")
    login = normalize_login(login)
    name = _display_name(display_name)
    check_password(password, login)
    staff = session.scalars(select(Staff).where(func.lower(Staff.login) == login)).first()
    if staff is None:
        staff = Staff(organization_id=current_org(session).id, login=login, display_name=name)
        session.add(staff)
    staff.display_name, staff.role, staff.active = name, Role.ADMIN.value, True
    staff.password_hash = hash_password(password)
    session.flush()
    actor = actor_for(staff)
    audit.record(session, actor, "create", ENTITY, staff.id,
                 {"login": [None, login], "display_name": [None, name], "role": [None, Role.ADMIN.value], "first_admin": [None, True]})
    return actor


def add_user(
    session: Session,
    actor: Actor,
    login: str,
    display_name: str,
    role: str,
    password: str,
    *,
    organization: int | str | None = None,
) -> Account:
    require_admin(actor)
    login = normalize_login(login)
    name = _display_name(display_name)
    role_code = _role(role)
    check_password(password, login)
    org_id = _organization_id(session, organization)
    existing = session.scalars(select(Staff).where(func.lower(Staff.login) == login)).first()
    if existing is not None and (existing.active or existing.password_hash):
        raise AccountError("用户名：“{login}”已被使用", login=login)
    if existing is None:
        # A handler name from an imported ledger (inactive, no password) keeps its id and becomes the account.
        existing = Staff(organization_id=org_id, login=login, display_name=name)
        session.add(existing)
    existing.organization_id, existing.display_name, existing.role = org_id, name, role_code
    existing.active, existing.password_hash = True, hash_password(password)
    existing.failed_logins, existing.locked_until = 0, None
    session.flush()
    audit.record(session, actor, "create", ENTITY, existing.id, {
        "login": [None, login], "display_name": [None, name], "role": [None, role_code], "organization_id": [None, org_id],
    })
    return get_account(session, login)


def set_password(session: Session, actor: Actor, login: str, new_password: str, *, old_password: str | None = None) -> None:
    """An admin resets anyone's password (and unlocks it); anyone changes their own with the old one."""
    staff = _staff(session, login)
    own = actor.staff_id == staff.id
    if not own:
        require_admin(actor)
    elif not actor.is_admin and (old_password is None or not _verify(staff.password_hash, old_password)):
        raise AccountError("原密码：不正确")
    check_password(new_password, staff.login)
    staff.password_hash = hash_password(new_password)
    staff.failed_logins, staff.locked_until = 0, None
    session.flush()
    audit.record(session, actor, "update", ENTITY, staff.id, {"password": ["***", "***(changed)"]})


def _other_active_admins(session: Session, staff: Staff) -> int:
    return int(session.scalar(
        select(func.count()).select_from(Staff)
        .where(Staff.role == Role.ADMIN.value, Staff.active.is_(True), Staff.password_hash != "", Staff.id != staff.id)
    ) or 0)


def update_account(
    session: Session,
    actor: Actor,
    login: str,
    *,
    display_name: str | None = None,
    role: str | None = None,
    active: bool | None = None,
    organization: int | str | None = None,
    unlock: bool = False,
) -> Account:
    """Rename, change role or organization, disable/enable, unlock. The last administrator stays one."""
    require_admin(actor)
    staff = _staff(session, login)
    before = {"display_name": staff.display_name, "role": staff.role, "active": staff.active,
              "organization_id": staff.organization_id, "locked_until": staff.locked_until}
    if display_name is not None:
        staff.display_name = _display_name(display_name)
    if role is not None:
        staff.role = _role(role)
    if active is not None:
        staff.active = active
    if organization is not None:
        staff.organization_id = _organization_id(session, organization)
    if unlock:
        staff.failed_logins, staff.locked_until = 0, None
    was_admin = before["role"] == Role.ADMIN.value and before["active"]
    if was_admin and not (staff.role == Role.ADMIN.value and staff.active) and not _other_active_admins(session, staff):
        raise AccountError("不能停用或降级最后一个管理员账号（请先添加另一个管理员）")
    session.flush()
    after = {k: getattr(staff, k) for k in before}
    changes = audit.diff(before, after)
    if changes:
        audit.record(session, actor, "update", ENTITY, staff.id, changes)
    return get_account(session, staff.login)


def disable_user(session: Session, actor: Actor, login: str) -> Account:
    return update_account(session, actor, login, active=False)


# --- the signed-in session -------------------------------------------------------------------------


def _refuse_viewer_writes(actor: Actor):  # type: ignore[no-untyped-def]
    def before_flush(session: Session, _context: object, _instances: object) -> None:
        # Sign-ins, reveals refused, report exports: a viewer's session may still append audit rows.
        touched = [o for o in (*session.new, *session.dirty, *session.deleted) if not isinstance(o, AuditEvent)]
        if touched:
            raise PermissionDenied("账号“{name}”为只读，不能修改数据", name=actor.name)

    return before_flush


def apply_to_database(db: Database, actor: Actor) -> None:
    """After sign-in: every query sees only the account's organizations; a viewer's sessions cannot write.

    The services already refuse viewers (``require_write``); the flush guard is
    the second lock on the same door, for any write path that forgot to ask.
    """
    if actor.organization_id is not None:
        with db.reading() as session:
            orgs = None if sees_everything(session, actor) else visible_organizations(session, actor.organization_id)
        db.restrict_to(orgs, actor.organization_id)
    if not actor.can_write:
        guard = _refuse_viewer_writes(actor)
        for maker in (db.sessionmaker, db.read_sessionmaker):
            event.listen(maker, "before_flush", guard)
