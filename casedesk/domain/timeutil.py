"""Moments are stored in UTC and shown in the computer's local time."""
from __future__ import annotations

from datetime import date, datetime, timezone


def local_now() -> datetime:
    return datetime.now().astimezone()


def from_local(naive: datetime) -> datetime:
    """A naive wall-clock time typed by a user (or read from a ledger) as an aware UTC moment."""
    if naive.tzinfo is not None:
        return naive.astimezone(timezone.utc)
    return naive.astimezone().astimezone(timezone.utc)


def to_local(moment: datetime) -> datetime:
    return moment.astimezone()


def local_date(moment: datetime) -> date:
    return to_local(moment).date()


def format_local(moment: datetime | None, with_seconds: bool = False) -> str:
    if moment is None:
        return ""
    return to_local(moment).strftime("%Y-%m-%d %H:%M:%S" if with_seconds else "%Y-%m-%d %H:%M")
