"""Demo data: a realistic, reproducible district union office made from one seed (`casedesk demo-data`).

Why it is built the way it is:

- Everything comes from one ``random.Random(seed)`` and every date counts back
  from a fixed anchor day, so a seed always gives the same rows: benchmarks,
  screenshots and bug reports compare like with like.
- The province scale of DESIGN.md (1,000,000 consultations, 200,000 cases,
  200,000 notices ...) must load in about a minute, so rows are plain tuples
  made in chunks and written with executemany, never ORM objects, and the hot
  loops use plain string codes and one ``random()`` per choice.
- On SQLite the tuples go straight to the driver (several rows per INSERT),
  with values already in the form SQLAlchemy's SQLite dialect stores. The
  loaded tables' secondary indexes are dropped and built once per finished
  table, and their insert triggers (the search index's) are set aside while
  the generator works out the rows they would have added. Any other database
  gets the same tuples through SQLAlchemy Core inserts.
- With ``parallel`` the generator runs in a helper process while this one
  writes: the two halves cost about the same, and there are two cores.
- It all runs in a savepoint of the caller's transaction, so a failure or a
  cancel leaves the database as it was.
"""
from __future__ import annotations

import gc
import itertools
import math
import multiprocessing
import operator
import queue
import random
import re
import sqlite3
import threading
import time
import traceback
from bisect import bisect, bisect_right
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from datetime import time as clock
from itertools import accumulate
from multiprocessing.connection import Connection
from typing import Any, Generic, TypeVar, cast

from sqlalchemy import URL, ColumnDefault, Table, func, insert, select, text
from sqlalchemy.orm import Session

from casedesk.db.database import make_engine
from casedesk.db.models import (
    Case,
    CaseCategory,
    CaseEvent,
    CaseParty,
    Claim,
    Consultation,
    Enterprise,
    GovernmentBody,
    NoticeViolation,
    NumberSequence,
    Staff,
    SupervisionNotice,
    Worker,
)
from casedesk.db.models.org import Organization
from casedesk.domain.enums import (
    NEW_EMPLOYMENT_GROUPS,
    CaseOutcome,
    CaseSource,
    CaseStage,
    Channel,
    ConsultationStatus,
    DeadlineUnit,
    DeliveryMethod,
    DisputeCategory,
    EventKind,
    NoticeKind,
    NoticeStatus,
    Ownership,
    PartyRole,
    Satisfaction,
    ViolationType,
    WorkerGroup,
)
from casedesk.domain.numbering import format_number
from casedesk.domain.validators import (
    CREDIT_CHARSET,
    ID_CHECK_CHARS,
    ID_WEIGHTS,
    ValidationError,
    credit_check_char,
)
from casedesk.domain.workdays import is_workday
from casedesk.services import audit, organization, settings
from casedesk.services import demo_vocab as V
from casedesk.services.actor import SYSTEM, Actor, require_write
from casedesk.services.parties import initials

ANCHOR = date(2026, 11, 1)  # "today" of the demo office: a parameter, never the clock
HISTORY_DAYS = 4 * 365 + 1  # consultations and cases span the four years before the anchor
NOTICE_HISTORY_DAYS = 975  # 一函两书 took off with the 最高检+全总 通知 of February 2024
CHUNK = 20_000  # rows per executemany: big enough to be fast, small enough to keep memory flat
INBOX_CHUNKS = 16  # how far the helper process may run ahead of the writer
UTC_OFFSET_S = 8 * 3600  # Asia/Shanghai is UTC+8 all year (no DST since 1991)
# Office hours 08:30-11:30 and 13:30-17:30 北京时间 as seconds of the UTC day (never past UTC midnight).
OFFICE_SECONDS = tuple(
    m * 60 - UTC_OFFSET_S for m in (*range(8 * 60 + 30, 11 * 60 + 30), *range(13 * 60 + 30, 17 * 60 + 30))
)
DRAFT_SHARE = 0.04  # notices begun and never sent, besides the ones drafted in the last days
COLLECTIVE_SHARE = 0.10
COLLECTIVE_MIN_WORKERS = 10  # 劳动争议调解仲裁法 第7条: ten or more workers with a common claim
FINAL_AWARD_LIMIT_FEN = 12 * 2_080 * 100  # 第47条: 12 months of the local minimum wage, per worker
BIRTH_YEARS = (1960, 2005)

T = TypeVar("T")
Progress = Callable[[str, int, int], bool]


@dataclass(frozen=True)
class Scale:
    enterprises: int
    workers: int
    consultations: int
    cases: int
    notices: int


SCALES: dict[str, Scale] = {
    "district": Scale(enterprises=400, workers=2_500, consultations=2_000, cases=150, notices=60),
    "city": Scale(enterprises=4_000, workers=25_000, consultations=20_000, cases=1_500, notices=600),
    "province": Scale(enterprises=100_000, workers=500_000, consultations=1_000_000, cases=200_000, notices=200_000),
}


@dataclass
class DemoSummary:
    """What was made: the CLI's closing lines and the audit row."""

    scale: str
    seed: int
    organization: str
    counts: dict[str, int] = field(default_factory=dict)  # table name -> rows written
    seconds: float = 0.0


class Cancelled(Exception):
    """The progress callback asked to stop; the caller's transaction rolls everything back."""


class _Weighted(Generic[T]):
    """Weighted draws with one random() and a bisect: the hot loops make millions of them."""

    __slots__ = ("cum", "items", "total")

    def __init__(self, pairs: Sequence[tuple[T, float]]) -> None:
        self.items = [p[0] for p in pairs]
        self.cum = list(accumulate(p[1] for p in pairs))
        self.total = self.cum[-1]

    def pick(self, rng: random.Random) -> T:
        return self.items[bisect(self.cum, rng.random() * self.total)]

    def many(self, rng: random.Random, k: int) -> list[T]:
        return rng.choices(self.items, cum_weights=self.cum, k=k)


def _codes(shares: dict[Any, float]) -> _Weighted[str]:
    """Enum-keyed shares as draws of the plain string codes the rows store."""
    return _Weighted([(str(k.value), float(v)) for k, v in shares.items()])


def _one(rng: random.Random, items: Sequence[T]) -> T:
    return items[int(rng.random() * len(items))]


def _between(rng: random.Random, low: int, high: int) -> int:
    """An integer in [low, high]; random.randint is several times slower."""
    return low + int(rng.random() * (high - low + 1))


def _office_second(rng: random.Random) -> int:
    return OFFICE_SECONDS[int(rng.random() * len(OFFICE_SECONDS))] + int(rng.random() * 60)


def _chinese_date(ordinal: int) -> str:
    d = date.fromordinal(ordinal)
    return f"{d.year}年{d.month}月{d.day}日"


class _Calendar:
    """Days as date ordinals around the anchor, working days, and which days are busy."""

    def __init__(self, anchor: date) -> None:
        self.today = anchor.toordinal()
        self.first = self.today - 12 * 366  # enterprises registered years before the first record
        self.last = self.today + 2 * 366
        self.workdays = [o for o in range(self.first, self.last + 1) if is_workday(date.fromordinal(o))]

    def add_working_days(self, start: int, count: int) -> int:
        """Same as domain.workdays.add_working_days (no overrides), by table lookup."""
        return self.workdays[bisect_right(self.workdays, start) + count - 1]

    def busy_days(self, days_back: int) -> _Weighted[int]:
        """Days before the anchor weighted by activity: working days, more lately, and the 春节 wage peak."""
        start = self.today - days_back
        work = set(self.workdays)
        pairs = []
        for o in range(start, self.today):
            weight = (1.0 if o in work else 0.04) * (0.55 + 0.45 * (o - start) / days_back)
            if date.fromordinal(o).month in (12, 1):
                weight *= 1.5
            pairs.append((o, weight))
        return _Weighted(pairs)


class _Progress:
    """Calls the caller's callback and turns a False answer into Cancelled."""

    def __init__(self, callback: Progress | None) -> None:
        self._callback = callback

    def __call__(self, stage: str, done: int, total: int) -> None:
        if self._callback is not None and self._callback(stage, done, total) is False:
            raise Cancelled(f"演示数据生成已取消（{stage} {done}/{total}）")


# --- How values travel and where rows go ------------------------------------------------------


class _Codec:
    """Dates and moments (day ordinal + second of the UTC day) in the form the writer hands over.

    ``as_text`` gives SQLAlchemy's SQLite storage strings ('2025-01-21',
    '2025-01-21 07:39:55.000000', naive UTC) for the raw driver; otherwise
    date objects and timezone-aware UTC datetimes for SQLAlchemy Core.
    ``day`` is a bound ``dict.__getitem__``: millions of calls, no Python frame.
    """

    def __init__(self, first_day: int, last_day: int, as_text: bool) -> None:
        dates = {o: date.fromordinal(o) for o in range(first_day, last_day + 1)}
        if as_text:
            days = {o: d.isoformat() for o, d in dates.items()}
            times = [f" {s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}.000000" for s in range(86_400)]
            self.day: Callable[[int], Any] = days.__getitem__
            self.moment: Callable[[int, int], Any] = lambda ordinal, second: days[ordinal] + times[second]
        else:
            self.day = dates.__getitem__
            self.moment = lambda ordinal, second: datetime.combine(
                dates[ordinal], clock(second // 3600, second // 60 % 60, second % 60), tzinfo=UTC
            )


class _Writer:
    """Writes chunks of rows into the caller's transaction."""

    as_text = False

    def __init__(self, session: Session, tables: Sequence[Table]) -> None:
        self.session = session
        self.derivations: dict[str, tuple[_Derivation, ...]] = {}  # table -> insert triggers the generator works out
        self._derived: dict[str, _Derivation] = {}

    def insert(self, table: Table, columns: Sequence[str], rows: list[tuple]) -> None:
        self.session.execute(insert(table), [dict(zip(columns, r, strict=True)) for r in rows])

    def insert_derived(self, trigger: str, rows: list[tuple]) -> None:
        """Rows an insert trigger would have added (only for the bulk writer, which sets triggers aside)."""
        raise NotImplementedError(trigger)

    @contextmanager
    def loading(self, progress: _Progress) -> Iterator[None]:
        yield

    def complete(self, table_names: Sequence[str]) -> None:
        """These tables are written in full (the bulk writer builds their indexes now)."""

    def finish(self, tables: Sequence[Table]) -> None:
        """Explicit ids were written; PostgreSQL's id sequences must continue after them."""
        if self.session.get_bind().dialect.name != "postgresql":
            return
        for t in tables:
            self.session.execute(text(
                f"SELECT setval(pg_get_serial_sequence('{t.name}', 'id'), "
                f"(SELECT COALESCE(MAX(id), 0) + 1 FROM {t.name}), false)"
            ))


@dataclass
class _Later:
    """A loaded table's indexes and insert triggers, set aside until all its rows are in."""

    indexes: list[str] = field(default_factory=list)  # CREATE INDEX statements
    triggers: list[str] = field(default_factory=list)  # CREATE TRIGGER statements


@dataclass(frozen=True)
class _Derivation:
    """What an ``AFTER INSERT`` trigger adds for each new row (the search index's grams), worked out by the
    generator instead of by SQLite row by row: ``INSERT INTO target(a, b) SELECT <select> FROM staged rows``."""

    name: str  # the trigger: derived rows travel under its name
    insert: str  # INSERT INTO target(a, b)
    width: int  # values per derived row
    columns: tuple[str, ...]  # the new row's columns the trigger reads
    types: tuple[str, ...]  # their declared types, so values take the same affinity as in the table
    select: str  # the trigger's values with "new." dropped


_INSERT_TRIGGER = re.compile(
    r"CREATE\s+TRIGGER\s+\S+\s+AFTER\s+INSERT\s+ON\s+\S+\s+BEGIN\s+"
    r"(INSERT\s+INTO\s+[^;(]+\(([^;)]*)\))\s*VALUES\s*\((.*)\)\s*;\s*END",
    re.IGNORECASE | re.DOTALL,
)
_NEW_COLUMN = re.compile(r'\bnew\.("(?:[^"]|"")+"|\w+)', re.IGNORECASE)


def _derivation(name: str, trigger_sql: str, declared: dict[str, str], emitted: Sequence[str]) -> _Derivation | None:
    """The derivation of ``AFTER INSERT ... BEGIN INSERT INTO x(..) VALUES (f(new.a, ..)); END`` when the
    generator emits every column it reads; None for any other trigger (which then keeps firing row by row)."""
    found = _INSERT_TRIGGER.fullmatch(trigger_sql.strip())
    if found is None:
        return None
    insert, targets, values = found.groups()
    names = [m.strip('"').replace('""', '"') for m in _NEW_COLUMN.findall(values)]
    columns = tuple(dict.fromkeys(names))
    if not set(columns) <= set(emitted):
        return None
    return _Derivation(name, insert, len(targets.split(",")), columns, tuple(declared[c] for c in columns),
                       _NEW_COLUMN.sub(lambda m: m.group(1), values))


class _Deriver:
    """Works the set-aside insert triggers' rows out beside the generator, in a private in-memory database
    that has CaseDesk's own SQL functions (the search index's grams would cost the writer as much again as
    the rows themselves; in the helper process they cost it nothing)."""

    def __init__(self, derivations: dict[str, tuple[_Derivation, ...]]) -> None:
        self._derivations = derivations
        self._engine: Any = None
        self._conn: Any = None

    def __call__(self, table: str, columns: tuple[str, ...], rows: list[tuple]) -> list[tuple[str, list[tuple]]]:
        found = self._derivations.get(table, ())
        if not found:
            return []
        conn = self._connection(found)
        out = []
        for d in found:
            stage = f'"stage_{d.name}"'
            pick = operator.itemgetter(*(columns.index(c) for c in d.columns))
            staged = list(map(pick, rows)) if len(d.columns) > 1 else [(pick(r),) for r in rows]
            conn.executemany(f"INSERT INTO {stage} VALUES ({', '.join('?' * len(d.columns))})", staged)
            out.append((d.name, conn.execute(f"SELECT {d.select} FROM {stage}").fetchall()))
            conn.execute(f"DELETE FROM {stage}")
        return out

    def close(self) -> None:
        if self._engine is not None:
            self._conn.close()
            self._engine.dispose()

    def _connection(self, derivations: Sequence[_Derivation]) -> sqlite3.Connection:
        if self._conn is None:
            self._engine = make_engine(URL.create("sqlite", database=":memory:"))
            self._conn = self._engine.raw_connection()
        for d in derivations:
            typed = ", ".join(f'"{c}" {t}' for c, t in zip(d.columns, d.types, strict=True))
            self._conn.driver_connection.execute(f'CREATE TABLE IF NOT EXISTS "stage_{d.name}" ({typed})')
        return cast(sqlite3.Connection, self._conn.driver_connection)


class _SqliteWriter(_Writer):
    """Straight to the sqlite3 driver (SQLAlchemy Core costs several times more per row at this size)."""

    as_text = True
    LOAD_CACHE_KIB = 512 * 1024  # page cache while loading: the big tables stay in memory for the index builds
    ROWS_PER_INSERT = 32  # a multi-row INSERT pays SQLite's per-statement work once for all: a quarter faster
    MAX_VARIABLES = 32_766  # SQLITE_MAX_VARIABLE_NUMBER since SQLite 3.32

    def __init__(self, session: Session, tables: Sequence[Table]) -> None:
        super().__init__(session, tables)
        self._conn = cast(sqlite3.Connection, session.connection().connection.dbapi_connection)
        self._statements: dict[tuple[str, tuple[str, ...]], tuple[str, str, tuple]] = {}
        self._later = {t.name: _Later() for t in tables}
        self._set_aside: list[tuple[str, str]] = []  # (kind, name) dropped while loading
        for kind, table, name, sql in self._conn.execute(
            "SELECT type, tbl_name, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') AND sql IS NOT NULL"
            " AND tbl_name IN ({}) ORDER BY tbl_name, type, name".format(", ".join("?" * len(tables))),
            [t.name for t in tables],
        ):
            if kind == "index":
                self._later[table].indexes.append(sql)
            else:
                declared = {r[1]: r[2] for r in self._conn.execute(f'PRAGMA table_info("{table}")')}
                derivation = _derivation(name, sql, declared, _EMITTED[table])
                if derivation is None:
                    continue  # not one we can work out beside the generator: it keeps firing row by row
                self.derivations[table] = (*self.derivations.get(table, ()), derivation)
                self._derived[name] = derivation
                self._later[table].triggers.append(sql)
            self._set_aside.append((kind, name))

    def _statement(self, table: Table, columns: Sequence[str]) -> tuple[str, str, tuple]:
        """(INSERT ... VALUES, one row's placeholders, defaults) for the given columns plus any newer column
        that has a plain Python default."""
        key = (table.name, tuple(columns))
        if key not in self._statements:
            extra = {
                c.name: c.default.arg
                for c in table.columns
                if c.name not in columns and isinstance(c.default, ColumnDefault) and c.default.is_scalar
            }
            names = [*columns, *extra]
            head = 'INSERT INTO "{}" ({}) VALUES '.format(table.name, ", ".join(f'"{n}"' for n in names))
            self._statements[key] = (head, "(" + ", ".join("?" * len(names)) + ")", tuple(extra.values()))
        return self._statements[key]

    def insert(self, table: Table, columns: Sequence[str], rows: list[tuple]) -> None:
        head, row, extra = self._statement(table, columns)
        self._executemany(head, row, [r + extra for r in rows] if extra else rows)

    def _executemany(self, head: str, row: str, rows: list[tuple]) -> None:
        """ROWS_PER_INSERT rows per statement, the rest one by one."""
        grouped = len(rows) - len(rows) % self.ROWS_PER_INSERT
        if grouped:
            groups = zip(*[iter(rows[:grouped])] * self.ROWS_PER_INSERT, strict=True)
            many = head + ", ".join([row] * self.ROWS_PER_INSERT)
            self._conn.executemany(many, [tuple(itertools.chain.from_iterable(g)) for g in groups])
        if grouped < len(rows):
            self._conn.executemany(head + row, rows[grouped:])

    def insert_derived(self, trigger: str, rows: list[tuple]) -> None:
        """As few statements as SQLite allows: a virtual table such as FTS5 writes its buffered terms out as
        a new segment at the end of every statement, and thousands of tiny segments are several times slower."""
        d = self._derived[trigger]
        per_statement = self.MAX_VARIABLES // d.width
        for start in range(0, len(rows), per_statement):
            part = rows[start:start + per_statement]
            values = ", ".join(["(" + ", ".join("?" * d.width) + ")"] * len(part))
            self._conn.execute(f"{d.insert} VALUES {values}", tuple(itertools.chain.from_iterable(part)))

    @contextmanager
    def loading(self, progress: _Progress) -> Iterator[None]:
        """Set aside the loaded tables' secondary indexes and derivable insert triggers until each table is
        finished (see ``complete``); a failed load needs no cleanup, the caller's savepoint restores them."""
        for kind, name in self._set_aside:
            self._conn.execute(f'DROP {kind.upper()} "{name}"')
        self._steps_total = sum(len(x.indexes) + len(x.triggers) for x in self._later.values())
        self._steps_done, self._progress = 0, progress
        cache = self._conn.execute("PRAGMA cache_size").fetchone()[0]
        self._conn.execute(f"PRAGMA cache_size = -{self.LOAD_CACHE_KIB}")
        try:
            yield
            self.complete(list(self._later))
        finally:
            self._conn.execute(f"PRAGMA cache_size = {cache}")

    def complete(self, table_names: Sequence[str]) -> None:
        """Finish tables that get no more rows: put their insert triggers back (their rows came from the
        generator) and build each index by sorting the finished table once, several times cheaper than
        keeping it up to date row by row."""
        for table in table_names:
            later = self._later.pop(table, None)
            if later is None:
                continue
            for create in (*later.triggers, *later.indexes):
                self._conn.execute(create)
                self._step()

    def _step(self) -> None:
        self._steps_done += 1
        self._progress("indexes", self._steps_done, self._steps_total)

    def finish(self, tables: Sequence[Table]) -> None:
        """SQLite continues rowids after the highest one by itself."""


# --- Identifiers and names --------------------------------------------------------------


class _Names:
    """Person names with their pinyin initials (the same ``initials`` the app searches with)."""

    def __init__(self) -> None:
        self._surnames = _Weighted(V.SURNAMES)
        self._known: dict[str, tuple[str, str]] = {}

    def person(self, rng: random.Random, male: bool, birth_year: int) -> tuple[str, str]:
        if rng.random() < V.SINGLE_GIVEN_SHARE:
            pool = V.MALE_GIVEN_1 if male else V.FEMALE_GIVEN_1
        elif birth_year >= V.YOUNGER_FROM_YEAR:
            pool = V.MALE_GIVEN_2_YOUNGER if male else V.FEMALE_GIVEN_2_YOUNGER
        else:
            pool = V.MALE_GIVEN_2_OLDER if male else V.FEMALE_GIVEN_2_OLDER
        name = self._surnames.pick(rng) + pool[int(rng.random() * len(pool))]
        known = self._known.get(name)
        if known is None:  # some thousands of distinct names: convert each once and share the strings
            known = self._known[name] = (name, initials(name))
        return known

    def anyone(self, rng: random.Random) -> str:
        return self.person(rng, rng.random() < 0.55, _between(rng, 1960, 2000))[0]


class _IdNumbers:
    """Unique 18-digit 身份证号: area, birth date, a sequence whose parity is the gender, MOD 11-2 check.

    The weighted sum of the check is kept per part (area, birth date,
    sequence) so half a million numbers cost one addition each; the tests
    confirm every one with ``normalize_id_number``.
    """

    def __init__(self) -> None:
        first = date(BIRTH_YEARS[0], 1, 1).toordinal()
        self._first = first
        births = [date.fromordinal(o).strftime("%Y%m%d") for o in range(first, date(BIRTH_YEARS[1], 12, 31).toordinal() + 1)]
        self._births = [(b, _weighted_sum(b, ID_WEIGHTS[6:14])) for b in births]
        self._areas = _Weighted([((a, _weighted_sum(a, ID_WEIGHTS[:6])), w) for a, w in V.ID_AREAS])
        self._sequences = [(f"{s:03d}", _weighted_sum(f"{s:03d}", ID_WEIGHTS[14:])) for s in range(1000)]
        self._used: set[str] = set()

    def make(self, rng: random.Random, male: bool, birth: int) -> str:
        born, born_sum = self._births[birth - self._first]
        while True:
            area, area_sum = self._areas.pick(rng)
            seq, seq_sum = self._sequences[int(rng.random() * 499) * 2 + (1 if male else 2)]
            first17 = area + born + seq
            if first17 not in self._used:
                self._used.add(first17)
                return first17 + ID_CHECK_CHARS[(area_sum + born_sum + seq_sum) % 11]


def _weighted_sum(digits: str, weights: Sequence[int]) -> int:
    return sum(int(d) * w for d, w in zip(digits, weights, strict=True))


_GB11714_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)


def _organization_code(rng: random.Random) -> str:
    """A 9-character 主体标识码 (GB 11714 organization code with its own check character)."""
    if rng.random() < 0.6:  # codes issued since 2015 read MA...
        body = "MA" + "".join(_one(rng, CREDIT_CHARSET) for _ in range(6))
    else:
        body = f"{int(rng.random() * 100_000_000):08d}"
    rest = 11 - sum(int(c, 36) * w for c, w in zip(body, _GB11714_WEIGHTS, strict=True)) % 11
    return body + ("X" if rest == 10 else "0" if rest == 11 else str(rest))


# --- The generator ------------------------------------------------------------------------


class _C:
    """Plain string codes for the hot loops (an enum member's ``.value`` is a descriptor call every time)."""

    representative = PartyRole.REPRESENTATIVE.value
    applicant = PartyRole.APPLICANT.value
    witness = PartyRole.WITNESS.value
    wages = DisputeCategory.WAGES.value
    closed_stage = CaseStage.CLOSED.value
    filing = EventKind.FILING.value
    stage_move = EventKind.STAGE.value
    hotline_source = CaseSource.HOTLINE.value
    walk_in_source = CaseSource.WALK_IN.value
    open = ConsultationStatus.OPEN.value
    answered = ConsultationStatus.ANSWERED.value
    referred = ConsultationStatus.REFERRED.value
    closed = ConsultationStatus.CLOSED.value
    to_case = ConsultationStatus.TO_CASE.value
    walk_in_channel = Channel.WALK_IN.value
    reminder = NoticeKind.REMINDER.value
    opinion = NoticeKind.OPINION.value
    recommendation = NoticeKind.RECOMMENDATION.value
    escalated = NoticeStatus.ESCALATED.value
    issued = NoticeStatus.ISSUED.value
    delivered = NoticeStatus.DELIVERED.value
    no_reply = NoticeStatus.NO_REPLY.value
    replied = NoticeStatus.REPLIED.value
    notice_closed = NoticeStatus.CLOSED.value
    draft = NoticeStatus.DRAFT.value
    working_days = DeadlineUnit.WORKING_DAYS.value


@dataclass(slots=True)
class _Course:
    """How a case went, as of the anchor: stage start days, procedure dates, close and outcome."""

    stages: list[tuple[str, int]]
    mediation: int | None
    arbitration: int | None
    accepted: int | None
    extended: bool
    award: int | None
    closed: int | None
    outcome: str | None


@dataclass(slots=True)
class _NoticePlan:
    """One notice's life before rows are made: ids and numbers follow from sorting these."""

    kind: str
    enterprise: int
    case: int
    parent: int
    batch: str | None
    violations: tuple[str, ...]
    staff: int
    created: int
    created_second: int
    issued: int | None = None
    method: str | None = None
    delivered: int | None = None
    reply_due: int | None = None
    replied: int | None = None
    rectification: str | None = None
    closed: int | None = None
    status: str = _C.draft


_STAGE_ORDER = {s.value: i for i, s in enumerate(CaseStage)}
_STAGE_LABEL = {s.value: s.label for s in CaseStage}
_OUTCOME_LABEL = {o.value: o.label for o in CaseOutcome}
_KIND_TITLE = {k.value: k.full_title for k in NoticeKind}
_OUTCOME_STAGE = {
    CaseOutcome.SETTLED.value: CaseStage.NEGOTIATION.value,
    CaseOutcome.MEDIATED.value: CaseStage.MEDIATION.value,
    CaseOutcome.AWARD_UPHELD.value: CaseStage.ARBITRATION.value,
    CaseOutcome.AWARD_PARTIAL.value: CaseStage.ARBITRATION.value,
    CaseOutcome.AWARD_REJECTED.value: CaseStage.ARBITRATION.value,
    CaseOutcome.JUDGMENT.value: CaseStage.LITIGATION.value,
}
_EARLY_STAGES = (CaseStage.INVESTIGATION.value, CaseStage.NEGOTIATION.value, CaseStage.MEDIATION.value)
_CLAIMS = {str(c): tuple((str(k), low, high) for k, low, high in lines) for c, lines in V.CLAIMS.items()}
_CLAIM_NOTES = {str(k): note for k, note in V.CLAIM_NOTES.items()}
_RECOVERY = {k.value: (lo, hi) for k, (_share, lo, hi) in V.OUTCOMES.items()}
_PLATFORM_GROUPS = frozenset(g.value for g in NEW_EMPLOYMENT_GROUPS)
_ENDED_CATEGORIES = frozenset(c.value for c in (DisputeCategory.TERMINATION, DisputeCategory.COMPENSATION,
                                                DisputeCategory.WAGES, DisputeCategory.WORK_INJURY))
_NEXT_KIND = {_C.reminder: _C.opinion, _C.opinion: _C.recommendation}
# Working days to answer: 意见书 15 (provincial 条例); 建议书 5 to 立案; 提示函 has none in law, 15 by default.
_DEADLINES = {_C.reminder: 15, _C.opinion: 15, _C.recommendation: 5}
_REPLY_SHARE = {_C.reminder: 0.85, _C.opinion: 0.75, _C.recommendation: 0.95}
# Chance a notice leads to the next step after (no reply, not rectified, partly rectified).
_ESCALATION = {_C.reminder: (0.3, 0.35, 0.05), _C.opinion: (0.7, 0.8, 0.2)}
_HEAT = ("高温劳动保护", ViolationType.SAFETY.value)
_WAGES = ("春节前欠薪", ViolationType.PAY.value)
_BATCH_THEMES = {12: _WAGES, 1: _WAGES, 6: _HEAT, 7: _HEAT, 8: _HEAT}
_DEFAULT_THEME = ("新就业形态劳动者权益", ViolationType.LABOUR_CONTRACT.value)
_QUESTION_VARIANTS = 64


@dataclass(frozen=True)
class _Setup:
    """All the generator needs from the database, so it can run in a helper process."""

    scale: Scale
    seed: int
    anchor: date
    as_text: bool
    derivations: dict[str, tuple[_Derivation, ...]]  # table -> set-aside insert triggers to work out
    org_id: int
    org_phone: str
    patterns: dict[str, str]  # "case" and NoticeKind codes -> number pattern
    staff_ids: tuple[int, ...]
    staff_names: tuple[str, ...]
    bodies: dict[str, int]  # GovBodyKind code -> id
    first_ids: dict[str, int]  # table -> first free id
    credit_codes_taken: frozenset[str]
    sequence_offsets: dict[tuple[str, int], int]
    followup_days: int  # 回访 after this many working days (Settings)


Emit = Callable[[str, str, tuple[str, ...], list[tuple], int, int], None]  # stage, table, columns, rows, done, total


class _Generator:
    """Makes the rows table by table and keeps only the compact facts later tables link to."""

    def __init__(self, setup: _Setup, emit: Emit) -> None:
        self.scale, self._emit, self._derive = setup.scale, emit, _Deriver(setup.derivations)
        self.cal = _Calendar(setup.anchor)
        self.codec = _Codec(self.cal.first, self.cal.last, setup.as_text)
        self.rng = random.Random(setup.seed)
        self.org_id, self.org_phone, self.patterns = setup.org_id, setup.org_phone, setup.patterns
        self.staff_ids, self.staff_names = setup.staff_ids, setup.staff_names
        self.handlers = _Weighted(list(zip(range(len(setup.staff_ids)), V.STAFF_SHARES, strict=True)))
        self.bodies = setup.bodies
        self.names = _Names()
        self.id_numbers = _IdNumbers()
        self.sequences: dict[tuple[str, int], int] = {}
        self._seq_offsets = setup.sequence_offsets
        self.followup_days = setup.followup_days
        self._initials: dict[str, str] = {}
        self._phones: set[str] = set()
        self._prefixes = _Weighted(V.MOBILE_PREFIXES)
        self._credit_codes = set(setup.credit_codes_taken)
        self._ent_names: set[str] = set()
        self.ent_base = setup.first_ids["enterprise"]
        self.worker_base = setup.first_ids["worker"]
        self.case_base = setup.first_ids["dispute_case"]
        self.notice_base = setup.first_ids["supervision_notice"]
        self.consultation_base = setup.first_ids["consultation"]

    def emit(self, stage: str, table: str, columns: tuple[str, ...], rows: list[tuple], done: int, total: int) -> None:
        """Hand a chunk to the writer, followed by what the set-aside insert triggers would add for it."""
        self._emit(stage, table, columns, rows, done, total)
        for trigger, derived in self._derive(table, columns, rows):
            self._emit(stage, trigger, (), derived, done, total)

    def run(self) -> dict[tuple[str, int], int]:
        """Make every table in an order that satisfies the foreign keys; returns the numbers used."""
        try:
            self.enterprises()
            self.workers()
            self.cases()
            self.consultations()
            self.notices()
        finally:
            self._derive.close()
        return self.sequences

    def _initials_of(self, part: str) -> str:
        found = self._initials.get(part)
        if found is None:
            found = self._initials[part] = initials(part)
        return found

    def _day(self, ordinal: int | None) -> Any:
        return None if ordinal is None else self.codec.day(ordinal)

    def _stamps(self, ordinal: int, second: int) -> tuple[Any, Any, int]:
        """created_at, updated_at, version of a row made at that moment and not changed since."""
        made = self.codec.moment(ordinal, second)
        return made, made, 1

    def _next_seq(self, series: str, year: int) -> int:
        key = (series, year)
        self.sequences[key] = self.sequences.get(key, self._seq_offsets.get(key, 0)) + 1
        return self.sequences[key]

    def mobile(self) -> str:
        return self._prefixes.pick(self.rng) + f"{int(self.rng.random() * 100_000_000):08d}"

    def unique_mobile(self) -> str:
        while True:
            phone = self.mobile()
            if phone not in self._phones:
                self._phones.add(phone)
                return phone

    def landline(self) -> str:
        return f"{V.AREA_PHONE}-{_between(self.rng, 2, 8)}{int(self.rng.random() * 1_000_000):06d}"

    def credit_code(self, registration: str) -> str:
        """GB 32100 code: registration type, 区划码, 主体标识码, check character; unique in the file."""
        while True:
            first17 = registration + self._regions.pick(self.rng) + _organization_code(self.rng)
            code = first17 + credit_check_char(first17)
            if code not in self._credit_codes:
                self._credit_codes.add(code)
                return code

    # --- enterprises -----------------------------------------------------------------------

    def enterprises(self) -> None:
        self._regions = _Weighted(V.CREDIT_REGIONS)
        self._ownerships = _Weighted(V.OWNERSHIPS)
        self._industries = _Weighted([(k, v[0]) for k, v in V.INDUSTRIES.items()])
        self._shop_industries = _Weighted([(k, 1.0) for k in V.SHOPS])
        self._company_prefixes = _Weighted(V.COMPANY_PREFIXES)
        self._company_suffixes = _Weighted(V.COMPANY_SUFFIXES)
        self._streets = _Weighted([((name, roads), w) for name, w, roads in V.STREETS])
        self.ent_names: list[str] = []
        self.ent_contacts: list[str] = []
        self.ent_industry: list[str] = []
        self.ent_headcount: list[int] = []
        n = self.scale.enterprises
        for start in range(0, n, CHUNK):
            rows = [self._enterprise(i) for i in range(start, min(n, start + CHUNK))]
            self.emit("enterprises", "enterprise", _ENTERPRISE_COLUMNS, rows, start + len(rows), n)

    def _brand(self) -> str:
        rng = self.rng
        if rng.random() < 0.15:
            return _one(rng, V.LOCAL_BRANDS)
        first, second = _one(rng, V.BRAND_FIRST), _one(rng, V.BRAND_SECOND)
        return first + second if first != second else first + "达"

    def _enterprise_name(self, ownership: Ownership) -> tuple[str, str, str, str]:
        """(industry code, unique name, its initials, registration prefix of the credit code)."""
        rng = self.rng
        if ownership is Ownership.INDIVIDUAL:
            industry = self._shop_industries.pick(rng)
            word, prefix, suffix, registration = _one(rng, V.SHOPS[industry]), _one(rng, (V.DISTRICT, V.CITY + V.DISTRICT)), "", "92"
        else:
            industry = self._industries.pick(rng)
            word = _one(rng, V.INDUSTRIES[industry][1])
            registration = V.INSTITUTIONS.get(word, "")
            if registration:
                prefix, suffix = V.CITY + V.DISTRICT, ""
            else:
                prefix, suffix, registration = self._company_prefixes.pick(rng), self._company_suffixes.pick(rng), "91"
        brand = self._brand()
        while prefix + brand + word + suffix in self._ent_names:
            brand = self._brand() + _one(rng, V.BRAND_SECOND)
        name = prefix + brand + word + suffix
        self._ent_names.add(name)
        ini = "".join(self._initials_of(p) for p in (prefix, brand, word, suffix))
        return str(industry), name, ini, registration

    def _enterprise(self, i: int) -> tuple:
        rng = self.rng
        ownership = self._ownerships.pick(rng)
        industry, name, ini, registration = self._enterprise_name(ownership)
        street, roads = self._streets.pick(rng)
        median, sigma = V.HEADCOUNT[ownership]
        headcount = max(1, int(median * math.exp(sigma * rng.gauss(0.0, 1.0))))
        union_share = 0.02 if ownership is Ownership.INDIVIDUAL else (0.75 if headcount >= 25 else 0.3)
        contact = self.names.anyone(rng)
        phone = self.mobile() if rng.random() < 0.7 else self.landline()
        made = self.codec.moment(self.cal.today - HISTORY_DAYS - _between(rng, 30, 1500), _office_second(rng))
        self.ent_names.append(name)
        self.ent_contacts.append(contact)
        self.ent_industry.append(industry)
        self.ent_headcount.append(headcount)
        return (
            self.ent_base + i, self.org_id, name, ini, self.credit_code(registration),
            f"{V.CITY}{V.DISTRICT}{_one(rng, roads)}{_between(rng, 1, 300)}号", street, industry,
            ownership.value, rng.random() < union_share, headcount, contact, phone, "", made, made, 1,
        )

    # --- workers ---------------------------------------------------------------------------

    def workers(self) -> None:
        rng = self.rng
        employers = self._employer_pools()
        self._group_specs = _Weighted([
            ((group.value, male, first, min(last, date.fromordinal(self.cal.today).year - 17),
              _codes(forms), employers[group]), share)
            for group, (share, _industries, male, (first, last), forms) in V.GROUPS.items()
        ])
        self._addresses = [self._address(migrant=False) for _ in range(4096)]
        self._home_villages = [self._address(migrant=True) for _ in range(512)]
        self.w_name: list[str] = []
        self.w_phone: list[str | None] = []
        self.w_ent: list[int] = []
        self.w_group: list[str] = []
        n = self.scale.workers
        for start in range(0, n, CHUNK):
            rows = [self._worker(i, rng) for i in range(start, min(n, start + CHUNK))]
            self.emit("workers", "worker", _WORKER_COLUMNS, rows, start + len(rows), n)

    def _employer_pools(self) -> dict[WorkerGroup, list[_Weighted[int]]]:
        """Per group, enterprises of its industries weighted by head count (everyone for 一般职工)."""
        by_industry: dict[str, list[tuple[int, float]]] = {}
        for e, industry in enumerate(self.ent_industry):
            by_industry.setdefault(industry, []).append((e, float(self.ent_headcount[e])))
        everyone = _Weighted([(e, float(h)) for e, h in enumerate(self.ent_headcount)])
        pools = {}
        for group, (_share, industries, *_rest) in V.GROUPS.items():
            pools[group] = [_Weighted(by_industry[i.value]) for i in industries if i.value in by_industry] or [everyone]
        return pools

    def _address(self, migrant: bool) -> str:
        rng = self.rng
        if migrant:
            return f"{V.CITY}{_one(rng, V.COUNTY_VILLAGES)}{_between(rng, 1, 12)}组"
        return (f"{V.CITY}{V.DISTRICT}{_one(rng, V.COMPOUNDS)}{_between(rng, 1, 30)}号楼"
                f"{_between(rng, 1, 6)}单元{_between(rng, 1, 7)}0{_between(rng, 1, 4)}室")

    def _worker(self, i: int, rng: random.Random) -> tuple:
        rnd = rng.random
        group, male_share, first_year, last_year, forms, employers = self._group_specs.pick(rng)
        male = rnd() < male_share
        year = first_year + int(rnd() * (last_year - first_year + 1))
        name, ini = self.names.person(rng, male, year)
        form = forms.pick(rng)
        if form == "platform_self" and rnd() < 0.5:
            ent = -1
        else:
            ent = employers[int(rnd() * len(employers))].pick(rng)
        phone = self.unique_mobile() if rnd() < 0.97 else None
        member = rnd() < (0.65 if ent >= 0 and self.ent_headcount[ent] >= 25 else 0.12)
        if group == "migrant" and rnd() < 0.6:
            address = self._home_villages[int(rnd() * len(self._home_villages))]
        else:
            address = self._addresses[int(rnd() * len(self._addresses))]
        birth = date(year, 1, 1).toordinal() + int(rnd() * 365)
        made = self.codec.moment(self.cal.today - HISTORY_DAYS - 1 - int(rnd() * 365), _office_second(rng))
        self.w_name.append(name)
        self.w_phone.append(phone)
        self.w_ent.append(ent)
        self.w_group.append(group)
        return (
            self.worker_base + i, self.org_id, name, ini, self.id_numbers.make(rng, male, birth), phone,
            "M" if male else "F", form, group, member, self.ent_base + ent if ent >= 0 else None, address, made, made, 1,
        )

    # --- cases -----------------------------------------------------------------------------

    def cases(self) -> None:
        rng = self.rng
        self._categories = _codes(V.CATEGORY_SHARES)
        self._platform_categories = _codes(V.PLATFORM_CATEGORY_SHARES)
        self._collective_categories = _codes(V.COLLECTIVE_CATEGORIES)
        self._outcomes = _Weighted([(k.value, v[0]) for k, v in V.OUTCOMES.items()])
        self._sources = _codes({CaseSource.HOTLINE: 45, CaseSource.WALK_IN: 35, CaseSource.ASSIGNED: 10,
                                CaseSource.DISCOVERED: 7, CaseSource.MEDIA: 3})
        self._collective_pool = self._collective_enterprises()
        n = self.scale.cases
        self.c_intake = sorted(self.cal.busy_days(HISTORY_DAYS).many(rng, n))
        self.c_filed: list[int] = []
        self.c_source: list[str] = []
        self.c_applicant: list[int] = []
        self.c_ent: list[int] = []
        self.c_categories: list[tuple[str, ...]] = []
        self.c_count: list[int] = []
        self.c_handler: list[int] = []
        tables = ("dispute_case", "case_party", "case_category", "claim", "case_event")
        for start in range(0, n, CHUNK):
            out: tuple[list[tuple], ...] = ([], [], [], [], [])
            for i in range(start, min(n, start + CHUNK)):
                self._case(i, *out)
            for table, rows in zip(tables, out, strict=True):
                self.emit("cases", table, _CASE_COLUMNS[table], rows, start + len(out[0]), n)

    def _collective_enterprises(self) -> _Weighted[int] | None:
        """Enterprises with enough workers on file to name 3-5 representatives."""
        self.ent_workers: list[list[int]] = [[] for _ in self.ent_names]
        for w, e in enumerate(self.w_ent):
            if e >= 0:
                self.ent_workers[e].append(w)
        pairs = [(e, float(len(ws))) for e, ws in enumerate(self.ent_workers) if len(ws) >= 5]
        return _Weighted(pairs) if pairs else None

    def _parties(self, collective: bool) -> tuple[int, list[int]]:
        """(enterprise, party workers): one applicant, or 3-5 representatives from one enterprise."""
        rng = self.rng
        if collective and self._collective_pool is not None:
            ent = self._collective_pool.pick(rng)
            return ent, rng.sample(self.ent_workers[ent], _between(rng, 3, 5))
        w = int(rng.random() * len(self.w_ent))
        for _ in range(50):
            if self.w_ent[w] >= 0:
                return self.w_ent[w], [w]
            w = int(rng.random() * len(self.w_ent))
        return int(rng.random() * len(self.ent_names)), [w]

    def _case_categories(self, collective: bool, group: str) -> tuple[str, ...]:
        rng = self.rng
        if collective:
            first = self._collective_categories.pick(rng)
        elif group in _PLATFORM_GROUPS:
            first = self._platform_categories.pick(rng)
        else:
            first = self._categories.pick(rng)
        if rng.random() < 0.35:
            second = self._categories.pick(rng)
            if second != first:
                return first, second
        return (first,)

    def _case(self, i: int, cases: list, parties: list, categories: list, claims: list, events: list) -> None:
        rng = self.rng
        case_id, intake = self.case_base + i, self.c_intake[i]
        collective = self._collective_pool is not None and rng.random() < COLLECTIVE_SHARE
        ent, party_workers = self._parties(collective)
        count = COLLECTIVE_MIN_WORKERS + int(rng.expovariate(1 / 15)) if collective else 1
        cats = self._case_categories(collective, self.w_group[party_workers[0]])
        course = self._course(intake)
        handler, source, filed = self.handlers.pick(rng), self._sources.pick(rng), _office_second(rng)
        stamps = self._stamps(intake, filed)
        role = _C.representative if collective else _C.applicant
        parties.extend((case_id, self.worker_base + w, role, *stamps) for w in party_workers)
        if not collective and rng.random() < 0.1:
            witness = int(rng.random() * len(self.w_ent))
            if witness != party_workers[0]:
                parties.append((case_id, self.worker_base + witness, _C.witness, *stamps))
        categories.extend((case_id, c) for c in cats)
        claimed = self._claims(case_id, cats, count, course, stamps, claims)
        last = self._events(case_id, course, handler, intake, filed, events)
        cases.append(self._case_row(i, intake, filed, collective, count, ent, party_workers[0], cats, course,
                                    handler, source, claimed, last))
        self.c_filed.append(filed)
        self.c_source.append(source)
        self.c_applicant.append(party_workers[0])
        self.c_ent.append(ent)
        self.c_categories.append(cats)
        self.c_count.append(count)
        self.c_handler.append(handler)

    def _case_row(self, i: int, intake: int, filed: int, collective: bool, count: int, ent: int, applicant: int,
                  cats: tuple[str, ...], course: _Course, handler: int, source: str, claimed: int, last: int) -> tuple:
        rng = self.rng
        year = date.fromordinal(intake).year
        seq = self._next_seq("case", year)
        known = intake - 3 - min(330, int(rng.expovariate(1 / 60)))
        arrears_only = cats == (_C.wages,) and rng.random() < 0.5
        ended = None if arrears_only or cats[0] not in _ENDED_CATEGORIES else known
        lawyer = f"{self.names.anyone(rng)}（{_one(rng, V.LAW_FIRMS)}）" if course.arbitration and rng.random() < 0.4 else ""
        who = self.w_name[applicant] + (f"等{count}名职工" if collective else "")
        final_award = (course.award is not None and cats[0] == _C.wages
                       and claimed <= FINAL_AWARD_LIMIT_FEN * count)
        last_moment = self.codec.moment(*divmod(last, 86_400))
        return (
            self.case_base + i, self.org_id, format_number(self.patterns["case"], year, seq), year, seq, source,
            collective, count, self.ent_base + ent, self.staff_ids[handler], lawyer,
            who + V.CASE_DESCRIPTIONS[cats[0]].format(e=self.ent_names[ent]),
            _C.closed_stage if course.closed is not None else course.stages[-1][0], self.codec.day(intake),
            self.codec.day(known), self._day(ended), arrears_only, self._day(course.mediation),
            self._day(course.arbitration), self._day(course.accepted), course.extended, self._day(course.award),
            final_award, self._day(course.closed), course.outcome, last_moment,
            self.codec.moment(intake, filed), last_moment, 1,
        )

    def _course(self, intake: int) -> _Course:
        """Walk the case forward from intake with plausible durations, then cut it at the anchor."""
        rng = self.rng
        outcome = self._outcomes.pick(rng)
        final = _STAGE_ORDER[_OUTCOME_STAGE.get(outcome) or _one(rng, _EARLY_STAGES)]
        day = intake + _between(rng, 1, 5)
        stages = [("intake", intake), ("investigation", day)]
        mediation = arbitration = accepted = award = None
        extended = False
        if final >= _STAGE_ORDER["negotiation"]:
            day += _between(rng, 3, 12)
            stages.append(("negotiation", day))
        if final >= _STAGE_ORDER["mediation"]:
            day += _between(rng, 5, 20)
            mediation = day
            stages.append(("mediation", day))
        if final >= _STAGE_ORDER["arbitration"]:
            day += _between(rng, 15, 30)  # 第14条: no agreement within 15 days
            arbitration, accepted = day, day + _between(rng, 1, 5)  # 第29条: 5 days to accept
            extended = rng.random() < 0.1
            award = accepted + _between(rng, 20, 45) + (_between(rng, 1, 15) if extended else 0)  # 第43条
            stages.append(("arbitration", day))
            day = award
        if final == _STAGE_ORDER["litigation"]:
            day += _between(rng, 3, 15)  # 第48、50条: 15 days to sue
            stages.append(("litigation", day))
            day += _between(rng, 60, 240)
        closed = day + (_between(rng, 0, 10) if final >= _STAGE_ORDER["arbitration"] else _between(rng, 2, 25))
        today = self.cal.today
        if closed < today:
            return _Course(stages, mediation, arbitration, accepted, extended, award, closed, outcome)

        def seen(d: int | None) -> int | None:
            return d if d is not None and d < today else None

        award = seen(award)
        return _Course([s for s in stages if s[1] < today], seen(mediation), seen(arbitration), seen(accepted),
                       extended and award is not None, award, None, None)

    def _claims(self, case_id: int, cats: tuple[str, ...], count: int, course: _Course, stamps: tuple,
                rows: list) -> int:
        """Claim lines in fen; recovered only for a case closed in the workers' favour. Returns fen claimed."""
        rng = self.rng
        options = _CLAIMS[cats[0]]
        lines = [options[0]]
        if len(options) > 1 and rng.random() < 0.4:
            lines.append(options[1])
        if len(cats) > 1 and rng.random() < 0.5 and _CLAIMS[cats[1]][0][0] not in {line[0] for line in lines}:
            lines.append(_CLAIMS[cats[1]][0])
        low_share, high_share = _RECOVERY[course.outcome] if course.outcome else (0.0, 0.0)
        total = 0
        for kind, low, high in lines:
            yuan = (low + (high - low) * rng.random() ** 2) * (0.6 * count if count > 1 else 1)
            claimed = int(yuan) * 100 + (_between(rng, 1, 9) * 10 if rng.random() < 0.2 else 0)
            recovered = int(claimed * (low_share + (high_share - low_share) * rng.random()) / 100) * 100
            rows.append((case_id, kind, claimed, min(recovered, claimed), _CLAIM_NOTES[kind], *stamps))
            total += claimed
        return total

    def _events(self, case_id: int, course: _Course, handler: int, intake: int, filed: int, rows: list) -> int:
        """Timeline rows (filing, formal stage moves, sometimes a note, closing); returns the last one as
        day * 86400 + second."""
        rng = self.rng
        items = [(intake, filed, _C.filing, "受理登记，告知申请人权利义务及办理流程，开始调查核实")]
        # The formal steps (调解, 仲裁, 诉讼) as services.cases words a stage move; 协商 is informal and unlogged.
        for (before, _day), (stage, day) in itertools.pairwise(course.stages[2:]):
            items.append((day, _office_second(rng), _C.stage_move, f"阶段：{_STAGE_LABEL[before]} → {_STAGE_LABEL[stage]}"))
        if rng.random() < 0.1:
            end = course.closed if course.closed is not None else self.cal.today - 1
            kind, summary = _one(rng, V.EVENT_NOTES)
            items.append((_between(rng, intake, max(intake, end)), _office_second(rng), kind, summary))
        if course.outcome is not None and course.closed is not None:
            items.append((course.closed, _office_second(rng), _C.stage_move, f"结案：{_OUTCOME_LABEL[course.outcome]}"))
        items.sort()
        staff = self.staff_ids[handler]
        for day, second, kind, summary in items:
            made = self.codec.moment(day, second)
            rows.append((case_id, made, kind, summary, staff, made, made, 1))
        return items[-1][0] * 86_400 + items[-1][1]

    # --- consultations -----------------------------------------------------------------------

    def consultations(self) -> None:
        """Ordinary calls and visits, merged in time order with the ones that became cases."""
        rng = self.rng
        self._channels = _codes({Channel.HOTLINE_12351: 65, Channel.TRANSFER_12348: 8, Channel.WALK_IN: 15,
                                 Channel.ONLINE: 10, Channel.LETTER: 2})
        self._referrals = _codes(V.REFERRAL_SHARES)
        self._satisfaction = _codes({Satisfaction.SATISFIED: 80, Satisfaction.FAIRLY: 15, Satisfaction.UNSATISFIED: 5})
        self._questions = {
            str(c): [_one(rng, q).format(m=_between(rng, 1, 8), y=_between(rng, 1, 10), a=_between(rng, 20, 600) * 100)
                      for _ in range(_QUESTION_VARIANTS)]
            for c, q in V.QUESTIONS.items()
        }
        to_case = self._case_consultations()
        total = max(self.scale.consultations, len(to_case))
        rows: list[tuple] = []
        for done, (at, case) in enumerate(_merge(self._ordinary_moments(total - len(to_case)), to_case), 1):
            row = self._consultation(at) if case < 0 else self._consultation_to_case(at, case)
            rows.append((self.consultation_base + done - 1, *row))
            if len(rows) == CHUNK or done == total:
                self.emit("consultations", "consultation", _CONSULTATION_COLUMNS, rows, done, total)
                rows = []

    def _ordinary_moments(self, n: int) -> Iterator[int]:
        """n moments (day * 86400 + second) in time order, without holding a million of them at once."""
        rng = self.rng
        first = self.cal.today - HISTORY_DAYS
        per_day = [0] * HISTORY_DAYS
        for day in self.cal.busy_days(HISTORY_DAYS).many(rng, n):
            per_day[day - first] += 1
        for offset, count in enumerate(per_day):
            if count:
                yield from sorted((first + offset) * 86_400 + _office_second(rng) for _ in range(count))

    def _case_consultations(self) -> list[tuple[int, int]]:
        """(moment, case) for cases that came in by phone or at the desk: the call came first."""
        rng = self.rng
        found = []
        for i, source in enumerate(self.c_source):
            if source == _C.hotline_source:
                day = self.c_intake[i] - _between(rng, 0, 7)
            elif source == _C.walk_in_source:
                day = self.c_intake[i]
            else:
                continue
            second = _office_second(rng)
            if day == self.c_intake[i]:
                second = max(OFFICE_SECONDS[0], self.c_filed[i] - _between(rng, 600, 3600))
            found.append((day * 86_400 + second, i))
        found.sort()
        return found

    def _consultation(self, at: int) -> tuple:
        rng = self.rng
        rnd = rng.random
        day, second = divmod(at, 86_400)
        if rnd() < 0.85:
            w = int(rnd() * len(self.w_ent))
            caller, name, phone, group = self.worker_base + w, self.w_name[w], self.w_phone[w], self.w_group[w]
            ent = self.w_ent[w] if rnd() < 0.8 else -1
        else:  # anonymous or not on file
            caller, group = None, "general"
            name = "匿名" if rnd() < 0.3 else self.names.anyone(rng)[0] + ("先生" if rnd() < 0.55 else "女士")
            phone = self.mobile() if rnd() < 0.7 else None
            ent = int(rnd() * len(self.ent_names)) if rnd() < 0.5 else -1
        category = (self._platform_categories if group in _PLATFORM_GROUPS else self._categories).pick(rng)
        r = rnd()
        count = 1 if r < 0.95 else (_between(rng, 2, 9) if r < 0.98 else _between(rng, 10, 60))
        questions = self._questions[category]
        received = self.codec.moment(day, second)
        status, answer, referral, due, done, result, satisfaction, done_second = self._handling(day, category)
        return (
            self.org_id, received, self._channels.pick(rng), caller, name, phone,
            self.ent_base + ent if ent >= 0 else None, category, count, questions[int(rnd() * len(questions))],
            answer, self.staff_ids[self.handlers.pick(rng)], status, referral, self._day(day) if referral else None,
            None, self._day(due), self._day(done), result, satisfaction, received,
            self.codec.moment(done, done_second) if done_second else received, 1,
        )

    def _handling(self, day: int, category: str) -> tuple:
        """(status, answer, referral body, follow-up due, follow-up done, result, satisfaction, second done)
        as services.consultations keeps them: open and referred items get a 回访 due date, a 回访 on
        record closes the item, and how long ago it came in decides how far it got."""
        rng = self.rng
        today = self.cal.today
        if today - day <= 2 and rng.random() < 0.3:
            return _C.open, "", None, self.cal.add_working_days(day, self.followup_days), None, "", None, None
        answer = _one(rng, V.ANSWERS[category])
        if rng.random() < 0.78:
            called = day + _between(rng, 1, 6)
            if rng.random() < 0.25 and called < today:  # a 回访 call after the answer
                return (_C.closed, answer, None, None, called, _one(rng, V.ANSWER_FOLLOWUPS), self._satisfaction.pick(rng),
                        _office_second(rng))
            return _C.answered, answer, None, None, None, "", None, None
        body = self._referrals.pick(rng)
        due = self.cal.add_working_days(day, self.followup_days)
        done = min(due + _between(rng, -2, 2), today - 1) if rng.random() < (0.5 if today - due < 10 else 0.96) else None
        if done is None or done <= day:  # still waiting; overdue once the due day has passed
            return _C.referred, answer, body, due, None, "", None, None
        return (_C.closed, answer, body, due, done, _one(rng, V.FOLLOWUP_RESULTS[body]),
                self._satisfaction.pick(rng), _office_second(rng))

    def _consultation_to_case(self, at: int, case: int) -> tuple:
        """The call or visit a case came from: same person, enterprise, category and head count."""
        rng = self.rng
        day, second = divmod(at, 86_400)
        worker, category = self.c_applicant[case], self.c_categories[case][0]
        if self.c_source[case] == _C.walk_in_source:
            channel = _C.walk_in_channel
        else:
            channel = _one(rng, _HOTLINE_CHANNELS)
        handler = self.c_handler[case] if rng.random() < 0.7 else self.handlers.pick(rng)
        received = self.codec.moment(day, second)
        questions = self._questions[category]
        return (
            self.org_id, received, channel, self.worker_base + worker, self.w_name[worker], self.w_phone[worker],
            self.ent_base + self.c_ent[case], category, self.c_count[case], _one(rng, questions),
            _one(rng, V.ANSWERS[category]) + "经审查符合受理条件，转立案办理。", self.staff_ids[handler],
            _C.to_case, None, None, self.case_base + case, None, None, "", None,
            received, self.codec.moment(self.c_intake[case], self.c_filed[case]), 1,
        )

    # --- notices -----------------------------------------------------------------------------

    def notices(self) -> None:
        rng = self.rng
        self._methods = _codes({DeliveryMethod.DIRECT: 60, DeliveryMethod.POST: 30, DeliveryMethod.ELECTRONIC: 10})
        self._violations = _codes(V.VIOLATION_SHARES)
        self._rectifications = _Weighted([("rectified", 65), ("partly_rectified", 20), ("not_rectified", 15)])
        self._notice_days = self.cal.busy_days(NOTICE_HISTORY_DAYS)
        plans: list[_NoticePlan] = []
        while len(plans) < self.scale.notices:
            if rng.random() < 0.03:
                self._plan_batch(plans)
            else:
                self._plan_chain(plans)
        order = sorted(range(len(plans)), key=lambda k: (plans[k].created, plans[k].created_second, k))
        ids = [0] * len(plans)
        for rank, k in enumerate(order):
            ids[k] = self.notice_base + rank
        numbers = self._notice_numbers(plans, ids)
        total = len(order)
        for start in range(0, total, CHUNK):
            rows: list[tuple] = []
            violations: list[tuple] = []
            for k in order[start:start + CHUNK]:
                rows.append(self._notice(plans, k, ids, numbers))
                violations.extend((ids[k], v) for v in plans[k].violations)
            done = start + len(rows)
            self.emit("notices", "supervision_notice", _NOTICE_COLUMNS, rows, done, total)
            self.emit("notices", "notice_violation", ("notice_id", "violation"), violations, done, total)

    def _plan_chain(self, plans: list[_NoticePlan]) -> None:
        """A 提示函 (or a direct 意见书), escalated while the employer does not put things right."""
        rng = self.rng
        case, ent, created, violations = self._notice_subject()
        kind = _C.reminder if rng.random() < 0.92 else _C.opinion
        parent = -1
        while len(plans) < self.scale.notices:
            plan = _NoticePlan(kind, ent, case, parent, None, violations, self.handlers.pick(rng), created, _office_second(rng))
            escalate_on = self._simulate(plan)
            plans.append(plan)
            if parent >= 0 and plan.issued is not None:  # issuing the next step escalates the earlier one
                plans[parent].status = _C.escalated
            if escalate_on is None or escalate_on >= self.cal.today or kind not in _NEXT_KIND:
                return
            kind, parent, created = _NEXT_KIND[kind], len(plans) - 1, escalate_on

    def _plan_batch(self, plans: list[_NoticePlan]) -> None:
        """A 专项提示函: one theme sent the same day to many employers (e.g. 春节前欠薪)."""
        rng = self.rng
        day = self._notice_days.pick(rng)
        when = date.fromordinal(day)
        theme, violation = _BATCH_THEMES.get(when.month, _DEFAULT_THEME)
        batch = f"{when.year}年{when.month}月{theme}专项提示"
        second, staff = _office_second(rng), self.handlers.pick(rng)
        for _ in range(min(_between(rng, 5, 20), self.scale.notices - len(plans))):
            ent = int(rng.random() * len(self.ent_names))
            plan = _NoticePlan(_C.reminder, ent, -1, -1, batch, (violation,), staff, day, second)
            self._simulate(plan)
            plans.append(plan)

    def _notice_subject(self) -> tuple[int, int, int, tuple[str, ...]]:
        """(case, enterprise, day the draft was begun, violations); a third follow up a case."""
        rng = self.rng
        if self.c_intake and rng.random() < 0.35:
            case = int(rng.random() * len(self.c_intake))
            created = self.c_intake[case] + _between(rng, 3, 40)
            if self.cal.today - NOTICE_HISTORY_DAYS <= created < self.cal.today:
                found = tuple(dict.fromkeys(V.CATEGORY_VIOLATION[c].value for c in self.c_categories[case]))
                return case, self.c_ent[case], created, found
        first, second = self._violations.pick(rng), self._violations.pick(rng)
        found = (first, second) if second != first and rng.random() < 0.3 else (first,)
        return -1, int(rng.random() * len(self.ent_names)), self._notice_days.pick(rng), found

    def _simulate(self, plan: _NoticePlan) -> int | None:
        """Issue, deliver, reply and rectify as of the anchor; returns the day to escalate, if it comes to that."""
        rng = self.rng
        today = self.cal.today
        issued = plan.created + _between(rng, 0, 3)
        if issued >= today or rng.random() < DRAFT_SHARE:  # still being drafted, or never sent
            return None
        plan.issued, plan.status, plan.method = issued, _C.issued, self._methods.pick(rng)
        lag = {"direct": _between(rng, 0, 1), "post": _between(rng, 2, 5)}.get(plan.method, 0)
        if issued + lag >= today:
            return None
        plan.delivered, plan.status = issued + lag, _C.delivered
        plan.reply_due = self.cal.add_working_days(plan.delivered, _DEADLINES[plan.kind])
        no_reply, not_rectified, partly = _ESCALATION.get(plan.kind, (0.0, 0.0, 0.0))
        replied = plan.delivered + _between(rng, 1, plan.reply_due - plan.delivered + 8)
        if rng.random() >= _REPLY_SHARE[plan.kind] or replied >= today:
            if today <= plan.reply_due:
                return None
            plan.status = _C.no_reply
            return plan.reply_due + _between(rng, 3, 25) if rng.random() < no_reply else None
        plan.replied = replied
        if today - replied < 15 and rng.random() < 0.5:  # the result is checked on a later visit
            plan.status = _C.replied
            return None
        plan.rectification = plan.status = self._rectifications.pick(rng)
        if plan.rectification == "rectified":
            closed = replied + _between(rng, 0, 20)
            if closed < today and rng.random() < 0.6:
                plan.closed, plan.status = closed, _C.notice_closed
            return None
        chance = not_rectified if plan.rectification == "not_rectified" else partly
        return max(replied, plan.reply_due) + _between(rng, 3, 25) if rng.random() < chance else None

    def _notice_numbers(self, plans: list[_NoticePlan], ids: list[int]) -> list[tuple[str, int, int] | None]:
        """(发文字号, year, sequence) per kind and year in the order of issue; drafts have none."""
        numbers: list[tuple[str, int, int] | None] = [None] * len(plans)
        for day, _id, k in sorted((p.issued, ids[k], k) for k, p in enumerate(plans) if p.issued is not None):
            kind, year = plans[k].kind, date.fromordinal(day).year
            seq = self._next_seq(kind, year)
            numbers[k] = (format_number(self.patterns[kind], year, seq), year, seq)
        return numbers

    def _notice_facts(self, plans: list[_NoticePlan], k: int, numbers: list[tuple[str, int, int] | None]) -> str:
        rng = self.rng
        plan = plans[k]
        count = self.c_count[plan.case] if plan.case >= 0 else _between(rng, 3, 60)
        months = _between(rng, 1, 6)
        amount = f"{count * months * _between(rng, 25, 60) / 10:.1f}"
        facts = "".join(V.FACTS[v].format(n=count, m=months, a=amount) for v in plan.violations)
        if plan.parent < 0:
            return facts
        parent = plans[plan.parent]
        addressee = "你单位" if plan.kind != _C.recommendation else self.ent_names[plan.enterprise]
        subject = "你单位" if addressee == "你单位" else "该单位"
        earlier = (f"本会于{_chinese_date(parent.issued or parent.created)}向{addressee}发出"
                   f"《{_KIND_TITLE[parent.kind]}》（{(numbers[plan.parent] or ('',))[0]}），{subject}逾期未整改到位。")
        return earlier + facts.replace("你单位", subject)

    def _notice(self, plans: list[_NoticePlan], k: int, ids: list[int],
                numbers: list[tuple[str, int, int] | None]) -> tuple:
        rng = self.rng
        plan = plans[k]
        number, year, seq = numbers[k] or (None, None, None)
        recommendation = plan.kind == _C.recommendation
        signed, witness, tracking = "", "", ""
        if plan.delivered is not None:
            if plan.method == "direct" and rng.random() < 0.03:
                witness = self.names.anyone(rng)  # refused: a witness signs the 送达回证 instead
            else:
                signed = self.names.anyone(rng) if recommendation else self.ent_contacts[plan.enterprise]
            if plan.method == "post":
                tracking = f"11{int(rng.random() * 100_000_000_000):011d}"
        reply = ""
        if plan.replied is not None:
            reply = _one(rng, V.AGENCY_REPLIES) if recommendation else _one(rng, V.REPLIES[plan.rectification or "rectified"])
        last = max(d for d in (plan.created, plan.issued, plan.delivered, plan.replied, plan.closed) if d is not None)
        legal = "\n".join(dict.fromkeys(line for v in plan.violations for line in V.LEGAL_BASIS[v]))
        deadline = _DEADLINES[plan.kind]
        return (
            ids[k], self.org_id, plan.kind, number, year, seq, plan.status,
            self.ent_base + plan.enterprise, self.bodies[_one(rng, ("hrss", "inspection"))] if recommendation else None,
            self.case_base + plan.case if plan.case >= 0 else None, ids[plan.parent] if plan.parent >= 0 else None,
            plan.batch, self._notice_facts(plans, k, numbers), legal, V.DEMANDS[plan.kind].format(d=deadline),
            deadline, _C.working_days, self._day(plan.reply_due), self._day(plan.issued),
            self.staff_ids[plan.staff if plan.kind == _C.reminder else 0] if plan.issued else None,
            plan.method if plan.delivered is not None else None, self._day(plan.delivered), signed, witness, tracking,
            self._day(plan.replied), reply, plan.rectification, self._day(plan.closed),
            recommendation and rng.random() < 0.4, self.staff_names[plan.staff], self.org_phone,
            self.codec.moment(plan.created, plan.created_second),
            self.codec.moment(last, plan.created_second if last == plan.created else _office_second(rng)), 1,
        )


_HOTLINE_CHANNELS = (Channel.HOTLINE_12351.value,) * 8 + (Channel.TRANSFER_12348.value, Channel.ONLINE.value)
_ENTERPRISE_COLUMNS = (
    "id", "organization_id", "name", "name_initials", "credit_code", "address", "street", "industry", "ownership",
    "has_union", "employee_count", "contact_person", "contact_phone", "notes", "created_at", "updated_at", "version",
)
_WORKER_COLUMNS = (
    "id", "organization_id", "name", "name_initials", "id_number", "phone", "gender", "employment_form", "group",
    "union_member", "enterprise_id", "address", "created_at", "updated_at", "version",
)
_CASE_COLUMNS: dict[str, tuple[str, ...]] = {
    "dispute_case": (
        "id", "organization_id", "case_number", "number_year", "number_seq", "source", "is_collective", "worker_count",
        "enterprise_id", "handler_id", "lawyer", "description", "stage", "intake_date", "infringement_known_date",
        "employment_end_date", "wage_arrears_only", "mediation_applied_date", "arbitration_applied_date",
        "arbitration_accepted_date", "arbitration_extended", "award_received_date", "award_final", "closed_date",
        "outcome", "last_activity_at", "created_at", "updated_at", "version",
    ),
    "case_party": ("case_id", "worker_id", "role", "created_at", "updated_at", "version"),
    "case_category": ("case_id", "category"),
    "claim": ("case_id", "kind", "amount_claimed_fen", "amount_recovered_fen", "note", "created_at", "updated_at", "version"),
    "case_event": ("case_id", "occurred_at", "kind", "summary", "staff_id", "created_at", "updated_at", "version"),
}
_CONSULTATION_COLUMNS = (
    "id", "organization_id", "received_at", "channel", "caller_id", "caller_name", "caller_phone", "enterprise_id",
    "category", "worker_count", "question", "answer", "handler_id", "status", "referral_body", "referral_date",
    "case_id", "followup_due", "followup_done", "followup_result", "satisfaction", "created_at", "updated_at", "version",
)
_NOTICE_COLUMNS = (
    "id", "organization_id", "kind", "number", "number_year", "number_seq", "status", "enterprise_id", "department_id",
    "case_id", "escalated_from_id", "batch_id", "facts", "legal_basis", "demands", "deadline_count", "deadline_unit",
    "reply_due", "issued_on", "issued_by_id", "delivery_method", "delivered_on", "signed_by", "refusal_witness",
    "tracking_number", "replied_on", "reply_content", "rectification", "closed_on", "cc_procuratorate",
    "contact_person", "contact_phone", "created_at", "updated_at", "version",
)
_EMITTED: dict[str, tuple[str, ...]] = {
    "enterprise": _ENTERPRISE_COLUMNS, "worker": _WORKER_COLUMNS, **_CASE_COLUMNS, "consultation": _CONSULTATION_COLUMNS,
    "supervision_notice": _NOTICE_COLUMNS, "notice_violation": ("notice_id", "violation"),
}
_LOADED = (Enterprise, Worker, Case, CaseParty, CaseCategory, Claim, CaseEvent, Consultation, SupervisionNotice,
           NoticeViolation)
_WITH_EXPLICIT_IDS = (Enterprise, Worker, Case, Consultation, SupervisionNotice)


def _table(model: type) -> Table:
    return cast(Table, model.__table__)  # type: ignore[attr-defined]


def _merge(moments: Iterator[int], to_case: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """(moment, case or -1) in time order, so consultation ids follow the order calls came in."""
    j = 0
    for at in moments:
        while j < len(to_case) and to_case[j][0] <= at:
            yield to_case[j]
            j += 1
        yield at, -1
    yield from to_case[j:]


# --- The service ----------------------------------------------------------------------------


def generate(session: Session, scale: str, seed: int = 1, progress: Progress | None = None, anchor: date = ANCHOR,
             *, actor: Actor = SYSTEM, parallel: bool = False, fast_sqlite: bool = True) -> DemoSummary:
    """Fill a database that has no consultations, cases or notices with a demo office, in the caller's transaction.

    ``progress(stage, done, total)`` is called after every chunk; returning False
    raises Cancelled. With ``parallel`` the rows are made in a helper process
    while this one writes: the same rows, about a third faster on two cores.
    It starts a fresh interpreter (multiprocessing "spawn"), which imports the
    main module again, so the program's entry point must be guarded by
    ``if __name__ == "__main__"`` (and call ``multiprocessing.freeze_support()``
    when frozen into an executable).
    ``fast_sqlite=False`` sends SQLite rows through SQLAlchemy Core as on
    PostgreSQL (the tests use it to prove both paths store the same values).
    """
    require_write(actor)
    if scale not in SCALES:
        raise ValidationError("未知的数据规模“{scale}”，可选：{items}", scale=scale, items='、'.join(SCALES))
    _refuse_if_not_empty(session)
    started = time.perf_counter()
    # A savepoint makes a failure or a cancel undo everything here (rows, dropped indexes) even if
    # the caller catches the exception and commits the rest of its transaction.
    with session.begin_nested():
        summary = _fill(session, scale, seed, _Progress(progress), anchor, actor, parallel, fast_sqlite)
    summary.seconds = time.perf_counter() - started
    return summary


def _fill(session: Session, scale: str, seed: int, report: _Progress, anchor: date, actor: Actor, parallel: bool,
          fast_sqlite: bool) -> DemoSummary:
    """The office's own rows through the ORM (few), then the generated tables in bulk, then the bookkeeping."""
    today = anchor.toordinal()
    org = organization.current_org(session)
    organization.update_org(session, actor, **V.ORG)
    staff = _ensure_staff(session, org.id, today)
    bodies = _ensure_bodies(session, org.id, today)
    use_driver = fast_sqlite and session.get_bind().dialect.name == "sqlite"
    tables = {_table(m).name: _table(m) for m in _LOADED}
    writer = (_SqliteWriter if use_driver else _Writer)(session, list(tables.values()))
    setup = _setup(session, SCALES[scale], seed, anchor, writer, org, staff, bodies)
    counts: dict[str, int] = {"staff": len(staff), "government_body": len(bodies)}
    stages: dict[str, list[str]] = {}  # stage -> its tables, in the order they came

    def write(stage: str, table: str, columns: tuple[str, ...], rows: list[tuple], done: int, total: int) -> None:
        if stage not in stages:  # the tables of earlier stages get no more rows
            writer.complete([t for names in stages.values() for t in names])
            stages[stage] = []
        if table not in tables:  # a set-aside insert trigger's rows
            writer.insert_derived(table, rows)
            return
        if table not in stages[stage]:
            stages[stage].append(table)
        writer.insert(tables[table], columns, rows)
        counts[table] = counts.get(table, 0) + len(rows)
        report(stage, done, total)

    with _without_cyclic_gc(), writer.loading(report):
        sequences = _run_in_process(setup, write) if parallel else _Generator(setup, write).run()
    writer.finish([_table(m) for m in _WITH_EXPLICIT_IDS])
    _save_sequences(session, org.id, sequences)
    summary = DemoSummary(scale=scale, seed=seed, organization=org.name, counts=counts)
    audit.record(session, actor, "demo-data", "organization", org.id,
                 {"scale": [None, scale], "seed": [None, seed], "anchor": [None, anchor.isoformat()],
                  **{k: [None, v] for k, v in counts.items()}})
    return summary


def _setup(session: Session, scale: Scale, seed: int, anchor: date, writer: _Writer, org: Organization,
           staff: list[Staff], bodies: dict[str, int]) -> _Setup:
    """Read once what the rows must fit around: ids in use, credit codes taken, numbers handed out."""
    taken = [c for c in session.scalars(select(Enterprise.credit_code)) if c]
    offsets = session.execute(select(NumberSequence.series, NumberSequence.year, NumberSequence.last_value)
                              .where(NumberSequence.organization_id == org.id))
    return _Setup(
        scale=scale, seed=seed, anchor=anchor, as_text=writer.as_text, derivations=writer.derivations,
        org_id=org.id, org_phone=org.phone,
        patterns={
            "case": org.case_number_pattern,
            _C.reminder: org.reminder_number_pattern,
            _C.opinion: org.opinion_number_pattern,
            _C.recommendation: org.recommendation_number_pattern,
        },
        staff_ids=tuple(s.id for s in staff), staff_names=tuple(s.display_name for s in staff), bodies=bodies,
        first_ids={_table(m).name: (session.scalar(select(func.max(m.id))) or 0) + 1 for m in _WITH_EXPLICIT_IDS},
        credit_codes_taken=frozenset(taken),
        sequence_offsets={(series, year): last for series, year, last in offsets},
        followup_days=int(settings.get(session, "followup_working_days")),
    )


def _produce(setup: _Setup, pipe: Connection) -> None:
    """Helper process: make the rows and send them chunk by chunk; the pipe holds about one chunk, so
    memory stays flat and the two processes work side by side."""
    try:
        with _without_cyclic_gc():
            sequences = _Generator(setup, lambda *chunk: pipe.send(("rows", chunk))).run()
        pipe.send(("done", sequences))
    except BrokenPipeError:  # the writer stopped (cancelled or failed) and closed its end
        pass
    except BaseException:  # noqa: BLE001 - reported to the writer, which raises it
        pipe.send(("error", traceback.format_exc()))
    finally:
        pipe.close()


def _run_in_process(setup: _Setup, write: Emit) -> dict[tuple[str, int], int]:
    """Generate in a spawned helper process (spawn is safe beside Qt threads and open databases) and write here.

    A reader thread moves chunks from the pipe into a short queue, so the
    helper keeps working while this thread is busy in SQLite (an index build
    holds no GIL) without ever getting more than a few chunks ahead.
    """
    context = multiprocessing.get_context("spawn")
    receiver, sender = context.Pipe(duplex=False)
    helper = context.Process(target=_produce, args=(setup, sender), name="casedesk-demo-data", daemon=True)
    helper.start()
    sender.close()
    inbox: queue.Queue[tuple[str, Any]] = queue.Queue(maxsize=INBOX_CHUNKS)
    reader = threading.Thread(target=_pump, args=(receiver, inbox), name="casedesk-demo-data-reader", daemon=True)
    reader.start()
    try:
        while True:
            kind, payload = inbox.get()
            if kind == "rows":
                write(*payload)
            elif kind == "done":
                return payload
            else:
                raise RuntimeError(f"演示数据生成进程出错：{payload}")
    finally:
        if reader.is_alive():  # stopped early: end the helper, then let the reader see the end of the pipe
            helper.terminate()
            while reader.is_alive():
                with suppress(queue.Empty):
                    inbox.get(timeout=0.1)
        receiver.close()
        helper.join()


def _pump(receiver: Connection, inbox: queue.Queue[tuple[str, Any]]) -> None:
    """Move messages from the helper process to the writer until the last one (or the helper's end)."""
    while True:
        try:
            message = receiver.recv()
        except (EOFError, OSError):
            message = ("error", "进程意外退出")
        inbox.put(message)
        if message[0] != "rows":
            return


@contextmanager
def _without_cyclic_gc() -> Iterator[None]:
    """Millions of live tuples make each automatic collection rescan them all (it doubled the run time);
    the generator makes no reference cycles, so nothing is lost by pausing the collector."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _refuse_if_not_empty(session: Session) -> None:
    """Demo rows mixed into real records could never be told apart again."""
    for model, what in ((Consultation, "咨询"), (Case, "案件"), (SupervisionNotice, "一函两书")):
        if session.scalar(select(model.id).limit(1)) is not None:
            raise ValidationError("数据库中已有{what}记录；演示数据只能装入没有业务数据的数据库，请换一个新的数据文件", what=what)


def _long_ago(today: int) -> datetime:
    """When the demo office's accounts and addressees were set up: before any record."""
    return datetime.combine(date.fromordinal(today - HISTORY_DAYS - 400), clock(1, 0), tzinfo=UTC)


def _ensure_staff(session: Session, organization_id: int, today: int) -> list[Staff]:
    """The demo office's accounts, reusing any login that already exists."""
    existing = {s.login: s for s in session.scalars(select(Staff))}
    staff = []
    for login, name, role in V.STAFF:
        person = existing.get(login)
        if person is None:
            person = Staff(organization_id=organization_id, login=login, display_name=name, role=role,
                           password_hash="", created_at=_long_ago(today), updated_at=_long_ago(today))
            session.add(person)
        staff.append(person)
    session.flush()
    return staff


def _ensure_bodies(session: Session, organization_id: int, today: int) -> dict[str, int]:
    """Government bodies the notices go to, by kind; existing ones are reused by name."""
    existing = {b.name: b for b in session.scalars(select(GovernmentBody))}
    bodies = {}
    for name, kind, address in V.GOVERNMENT_BODIES:
        body = existing.get(name)
        if body is None:
            body = GovernmentBody(organization_id=organization_id, name=name, kind=kind, address=address,
                                  created_at=_long_ago(today), updated_at=_long_ago(today))
            session.add(body)
        bodies[kind] = body
    session.flush()
    return {kind: body.id for kind, body in bodies.items()}


def _save_sequences(session: Session, organization_id: int, used: dict[tuple[str, int], int]) -> None:
    """Leave each series at the highest number used, so the next case or notice continues after it."""
    existing = {(s.series, s.year): s for s in session.scalars(
        select(NumberSequence).where(NumberSequence.organization_id == organization_id))}
    for (series, year), last in sorted(used.items()):
        row = existing.get((series, year))
        if row is None:
            session.add(NumberSequence(organization_id=organization_id, series=series, year=year, last_value=last))
        else:
            row.last_value = max(row.last_value, last)
    session.flush()
