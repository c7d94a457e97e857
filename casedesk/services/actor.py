"""Who is acting: every service call that writes names its actor for the audit trail."""
from __future__ import annotations

from dataclasses import dataclass

from casedesk.domain.messages import Translatable


@dataclass(frozen=True)
class Actor:
    staff_id: int | None
    name: str
    role: str = "admin"
    # The account's organization in a shared (server) dataset; None = the office's own (single-office file).
    organization_id: int | None = None

    @property
    def can_write(self) -> bool:
        return self.role != "viewer"

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


# The command line and background jobs act as the system unless a user is given.
SYSTEM = Actor(staff_id=None, name="system", role="admin")


class PermissionDenied(Translatable, Exception):
    """The acting account may not do this (e.g. a read-only viewer trying to write)."""


def require_write(actor: Actor) -> None:
    """Every writing service function starts with this, so a viewer is refused whatever the UI shows."""
    if not actor.can_write:
        raise PermissionDenied("账号“{name}”为只读，不能修改数据", name=actor.name)


def require_admin(actor: Actor) -> None:
    """Accounts, the audit trail, retention purges and restores are the administrator's."""
    if not actor.is_admin:
        raise PermissionDenied("账号“{name}”不是管理员，不能进行此操作", name=actor.name)


def require_reveal(actor: Actor) -> None:
    """Full 身份证号 and phone numbers are for the staff who work the case, not for read-only accounts."""
    if not actor.can_write:
        raise PermissionDenied("账号“{name}”为只读，只能看到遮蔽后的身份证号和电话", name=actor.name)
