"""Who is acting: every service call that writes names its actor for the audit trail."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Actor:
    staff_id: int | None
    name: str
    role: str = "admin"

    @property
    def can_write(self) -> bool:
        return self.role != "viewer"


# The command line and background jobs act as the system unless a user is given.
SYSTEM = Actor(staff_id=None, name="system", role="admin")
