"""Employers and workers typed twice: find them, merge them, and undo a merge from its audit row.

Finding never compares every record with every other (100,000 employers
would be five billion pairs). Records are grouped by blocking keys instead,
and only records sharing a key are compared:

- employers: the same 统一社会信用代码, the same name core (the name without
  its region and company form, ``domain.name_keys``), and neighbouring cores
  in sorted order (forwards and reversed) for near misses;
- workers: the same 身份证号, the same phone, the same name at the same
  employer (each a GROUP BY over an index).

Two records that both carry a valid 信用代码 or 身份证号 and differ in it are
different units or people whatever their names, and are never proposed.

A merge moves every row that points at the merged record (consultations,
cases, notices and workers of an employer; consultations and case parties of
a worker; found from the schema's foreign keys, so a new table is not
forgotten) to the surviving record, fills the survivor's empty fields from
the merged one, and deletes the merged record, in one transaction. The audit
row keeps the merged record's full before-state and the ids of exactly the
rows that moved, which is what ``undo_merge`` needs to put everything back.
"""
from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from itertools import combinations
from typing import Any

from sqlalchemy import Column, Date, DateTime, Table, and_, delete, func, insert, select, update
from sqlalchemy.orm import Session

from casedesk.db.models import AuditEvent, Base, Enterprise, Worker
from casedesk.domain import enums
from casedesk.domain.masking import mask_id_number, mask_phone
from casedesk.domain.messages import Message
from casedesk.domain.name_keys import CoreNamer, bigrams, person_key, region_words, similarity
from casedesk.domain.validators import ValidationError
from casedesk.services import audit, settings
from casedesk.services.actor import Actor, PermissionDenied, require_write
from casedesk.services.organization import current_org

ENTERPRISE, WORKER = "enterprise", "worker"
MODELS: dict[str, type[Base]] = {ENTERPRISE: Enterprise, WORKER: Worker}
KIND_LABELS = {ENTERPRISE: "用人单位", WORKER: "职工"}
# Why two records look like one (made once: a search adds them to thousands of pairs).
SAME_CODE = Message("统一社会信用代码相同")
SAME_NAME = Message("名称相同")
SAME_ADDRESS = Message("地址相同")
SAME_ID_NUMBER = Message("身份证号相同")
SAME_NAME_AND_PHONE = Message("姓名和电话相同")
SAME_NAME_AND_EMPLOYER = Message("姓名和用人单位相同")
SAME_NAME_AND_EMPLOYER_OTHER_PHONE = Message("姓名和用人单位相同（电话不同）")
MAX_CANDIDATES = 2_000
# A key shared by more records than this (a company switchboard, a placeholder 000...) says nothing
# about any two of them; such groups are counted and skipped.
MAX_GROUP = 25
NEIGHBOURS = 3  # sorted-neighbourhood window over the name cores
MIN_SIMILARITY = 0.7  # Dice of character pairs (name_keys.similarity)
DISMISSED_KEY = "duplicates.dismissed"
MERGE, UNMERGE = "merge", "unmerge"
Progress = Callable[[int, int], None]

# Rows pointing at a record, by "table.column", as a clerk names them.
LINK_LABELS = {
    "consultation.enterprise_id": "咨询",
    "dispute_case.enterprise_id": "案件",
    "supervision_notice.enterprise_id": "一函两书",
    "worker.enterprise_id": "职工",
    "consultation.caller_id": "咨询",
    "case_party.worker_id": "案件当事人",
}
# Fields of the survivor that a merge fills from the merged record when the survivor's is "empty".
FILLABLE: dict[str, dict[str, Any]] = {
    ENTERPRISE: {"credit_code": None, "address": "", "street": "", "industry": enums.Industry.OTHER.value,
                 "has_union": False, "employee_count": None},
    WORKER: {"id_number": None, "phone": None, "gender": None, "address": "", "enterprise_id": None,
             "group": enums.WorkerGroup.GENERAL.value, "union_member": False},
}


# --- finding -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Candidate:
    """Two records that look like one, with how sure we are (0-100) and why."""

    kind: str
    first_id: int  # the older record
    second_id: int
    score: int
    reasons: tuple[str, ...]
    first_name: str
    second_name: str


@dataclass
class FindResult:
    kind: str
    candidates: list[Candidate] = field(default_factory=list)
    records: int = 0  # records looked at
    skipped_groups: int = 0  # keys shared by more than MAX_GROUP records
    truncated: bool = False  # more than MAX_CANDIDATES found; the best are kept


class _Pairs:
    """Collects evidence per pair; a pair's score is its best reason plus a little for each further one."""

    def __init__(self, kind: str, dismissed: set[tuple[int, int]], different: Callable[[int, int], bool]) -> None:
        self.kind = kind
        self._dismissed = dismissed
        self._different = different  # known to be two units or people (two different valid identifiers)
        self._found: dict[tuple[int, int], tuple[int, list[str]]] = {}
        self.skipped_groups = 0

    def add(self, a: int, b: int, score: int, reason: Message) -> None:
        key = (min(a, b), max(a, b))
        if a == b or key in self._dismissed or self._different(a, b):
            return
        best, reasons = self._found.get(key, (0, []))
        if reason not in reasons:
            reasons.append(reason)
        self._found[key] = (max(best, score), reasons)

    def pairs(self) -> list[tuple[int, int]]:
        return list(self._found)

    def group(self, ids: list[int]) -> Iterator[tuple[int, int]]:
        if len(ids) > MAX_GROUP:
            self.skipped_groups += 1
            return iter(())
        return combinations(sorted(ids), 2)

    def result(self, names: dict[int, str], records: int) -> FindResult:
        out = FindResult(self.kind, records=records, skipped_groups=self.skipped_groups)
        for (a, b), (best, reasons) in self._found.items():
            score = min(100, best + 5 * (len(reasons) - 1))
            out.candidates.append(Candidate(self.kind, a, b, score, tuple(reasons), names.get(a, ""), names.get(b, "")))
        out.candidates.sort(key=lambda c: (-c.score, c.first_id, c.second_id))
        if len(out.candidates) > MAX_CANDIDATES:
            out.candidates, out.truncated = out.candidates[:MAX_CANDIDATES], True
        return out


def _dismissed(session: Session, kind: str) -> set[tuple[int, int]]:
    out = set()
    for entry in settings.get(session, DISMISSED_KEY):
        k, a, b = entry
        if k == kind:
            out.add((min(a, b), max(a, b)))
    return out


def _cleaned(text: str | None) -> str:
    return "".join((text or "").split())


def find_enterprise_duplicates(session: Session, progress: Progress | None = None) -> FindResult:
    """Employers that look typed twice, best first. One pass over the names; no all-pairs comparison."""
    core_of = CoreNamer(region_words(current_org(session).name))
    codes: dict[int, str] = {}
    # Two valid, different credit codes are two legal entities, however alike their names.
    pairs = _Pairs(ENTERPRISE, _dismissed(session, ENTERPRISE),
                   lambda a, b: a in codes and b in codes and codes[a] != codes[b])
    names: dict[int, str] = {}
    addresses: dict[int, str] = {}
    by_code: dict[str, list[int]] = defaultdict(list)
    by_name: dict[str, list[int]] = defaultdict(list)
    by_core: dict[str, list[int]] = defaultdict(list)
    total = session.scalar(select(func.count()).select_from(Enterprise)) or 0
    rows = session.execute(
        select(Enterprise.id, Enterprise.name, Enterprise.credit_code, Enterprise.address).execution_options(yield_per=5_000)
    )
    for n, (ent_id, name, code, address) in enumerate(rows, start=1):
        names[ent_id] = name
        if code:
            codes[ent_id] = code.strip().upper()
            by_code[codes[ent_id]].append(ent_id)
        if address and address.strip():
            addresses[ent_id] = _cleaned(address)
        by_name[_cleaned(name)].append(ent_id)
        by_core[core_of(name)].append(ent_id)
        if progress and n % 5_000 == 0:
            progress(n, total)
    for ids in by_code.values():
        for a, b in pairs.group(ids):
            pairs.add(a, b, 100, SAME_CODE)
    for ids in by_name.values():
        for a, b in pairs.group(ids):
            pairs.add(a, b, 95, SAME_NAME)
    for core, ids in by_core.items():
        for a, b in pairs.group(ids):
            pairs.add(a, b, 85, Message("去掉地区和公司类型后名称相同：{core}", core=core))
    _near_cores(by_core, pairs)
    for a, b in pairs.pairs():
        if a in addresses and addresses.get(a) == addresses.get(b):
            pairs.add(a, b, 0, SAME_ADDRESS)
    return pairs.result(names, total)


def _near_cores(by_core: dict[str, list[int]], pairs: _Pairs) -> None:
    """Sorted neighbourhood: alike cores sort next to each other (forwards, or backwards for a changed start)."""
    pairs_of = {c: bigrams(c) for c in by_core if len(c) >= 2}
    for order in (sorted(pairs_of), sorted(pairs_of, key=lambda c: c[::-1])):
        for i, core in enumerate(order):
            for other in order[i + 1 : i + 1 + NEIGHBOURS]:
                ratio = similarity(pairs_of[core], pairs_of[other])
                if ratio < MIN_SIMILARITY:
                    continue
                left, right = by_core[core], by_core[other]
                if len(left) * len(right) > MAX_GROUP:
                    pairs.skipped_groups += 1
                    continue
                for a in left:
                    for b in right:
                        pairs.add(a, b, round(100 * ratio) - 15, Message("名称相近（{percent}%）：{core} / {other}",
                                                                                  percent=round(100 * ratio), core=core, other=other))


def find_worker_duplicates(session: Session, progress: Progress | None = None) -> FindResult:
    """Workers that look typed twice: the same 身份证号, the same phone, the same name at the same employer."""
    people: dict[int, tuple[str, str | None, str | None, int | None]] = {}

    def different(a: int, b: int) -> bool:
        idn_a, idn_b = people[a][1], people[b][1]
        return bool(idn_a and idn_b and idn_a != idn_b)

    pairs = _Pairs(WORKER, _dismissed(session, WORKER), different)
    total = session.scalar(select(func.count()).select_from(Worker)) or 0
    keys = (
        ("id_number", (Worker.id_number,), Worker.id_number.is_not(None)),
        ("phone", (Worker.phone,), Worker.phone.is_not(None)),
        ("name", (Worker.name, Worker.enterprise_id), Worker.enterprise_id.is_not(None)),
    )
    for step, (what, columns, present) in enumerate(keys, start=1):
        shared = select(*columns).where(present).group_by(*columns).having(func.count() > 1).subquery()
        members = select(Worker.id, Worker.name, Worker.id_number, Worker.phone, Worker.enterprise_id).join(
            shared, and_(*[c == shared.c[c.key] for c in columns])
        )
        groups: dict[tuple[Any, ...], list[int]] = defaultdict(list)
        for wid, name, idn, phone, ent in session.execute(members):
            people[wid] = (name, idn, phone, ent)
            groups[(idn,) if what == "id_number" else (phone,) if what == "phone" else (person_key(name), ent)].append(wid)
        for ids in groups.values():
            for a, b in pairs.group(ids):
                _score_workers(pairs, what, a, b, people)
        if progress:
            progress(step, len(keys))
    return pairs.result({wid: p[0] for wid, p in people.items()}, total)


def _score_workers(pairs: _Pairs, what: str, a: int, b: int, people: dict[int, tuple[str, str | None, str | None, int | None]]) -> None:
    name_a, _, phone_a, _ = people[a]
    name_b, _, phone_b, _ = people[b]
    same_name = person_key(name_a) == person_key(name_b)
    if what == "id_number":
        pairs.add(a, b, 100, SAME_ID_NUMBER)
    elif what == "phone":
        if same_name:
            pairs.add(a, b, 90, SAME_NAME_AND_PHONE)
        else:
            pairs.add(a, b, 50, Message("电话相同（姓名不同：{first} / {second}）", first=name_a, second=name_b))
    else:
        different_phones = phone_a and phone_b and phone_a != phone_b
        pairs.add(a, b, 45 if different_phones else 60, SAME_NAME_AND_EMPLOYER_OTHER_PHONE if different_phones else SAME_NAME_AND_EMPLOYER)


def find(session: Session, kind: str, progress: Progress | None = None) -> FindResult:
    if kind == ENTERPRISE:
        return find_enterprise_duplicates(session, progress)
    if kind == WORKER:
        return find_worker_duplicates(session, progress)
    raise ValidationError("未知的记录类型“{kind}”，可选：{enterprises}、{workers}", kind=kind, enterprises=ENTERPRISE, workers=WORKER)


def dismiss(session: Session, actor: Actor, kind: str, first_id: int, second_id: int) -> None:
    """"不是重复": the clerk checked and the two are different; the pair is not proposed again (audited)."""
    require_write(actor)
    _model(kind)
    entry = [kind, min(first_id, second_id), max(first_id, second_id)]
    current = list(settings.get(session, DISMISSED_KEY))
    if entry not in current:
        settings.put(session, actor, DISMISSED_KEY, [*current, entry])


# --- comparing -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class RecordSide:
    """One of the two records as the clerk compares them: masked identifiers, and what points at it."""

    id: int
    name: str
    fields: tuple[tuple[str, str], ...]  # (label, shown value)
    links: tuple[tuple[str, int], ...]  # (label, count)
    created_at: datetime | None

    @property
    def link_total(self) -> int:
        return sum(n for _, n in self.links)


@dataclass(frozen=True)
class Comparison:
    kind: str
    first: RecordSide
    second: RecordSide
    suggested_survivor: int


def _model(kind: str) -> type[Base]:
    try:
        return MODELS[kind]
    except KeyError:
        raise ValidationError("未知的记录类型“{kind}”，可选：{enterprises}、{workers}", kind=kind, enterprises=ENTERPRISE, workers=WORKER) from None


def _table(kind: str) -> Table:
    return _model(kind).__table__  # type: ignore[attr-defined,return-value]


def references(kind: str) -> list[tuple[Table, Column[Any]]]:
    """Every (table, column) whose foreign key points at this kind's table, from the schema itself."""
    target = _table(kind)
    found = []
    for table in Base.metadata.sorted_tables:
        for fk in table.foreign_keys:
            if fk.column.table is target:
                found.append((table, fk.parent))
    order = list(LINK_LABELS)  # consultations, cases, notices, workers; anything newer after them
    return sorted(found, key=lambda ref: order.index(_ref_name(*ref)) if _ref_name(*ref) in order else len(order))


def _ref_name(table: Table, column: Column[Any]) -> str:
    return f"{table.name}.{column.name}"


def _enterprise_name(session: Session, enterprise_id: int | None) -> str:
    if enterprise_id is None:
        return ""
    return session.scalar(select(Enterprise.name).where(Enterprise.id == enterprise_id)) or ""


def _side(session: Session, kind: str, record_id: int) -> RecordSide:
    row = session.get(_model(kind), record_id)
    if row is None:
        raise ValidationError("{label}记录 #{record_id} 已不存在（可能已被合并或删除）", label=KIND_LABELS[kind], record_id=record_id)
    if isinstance(row, Enterprise):
        shown = (
            ("名称", row.name), ("统一社会信用代码", row.credit_code or ""), ("地址", row.address), ("街道", row.street),
            ("行业", enums.Industry.labels().get(row.industry, row.industry)),
            ("有无工会", "有" if row.has_union else "无"),
            ("职工人数", "" if row.employee_count is None else str(row.employee_count)),
        )
    else:
        assert isinstance(row, Worker)
        shown = (
            ("姓名", row.name), ("身份证号", mask_id_number(row.id_number)), ("电话", mask_phone(row.phone)),
            ("用人单位", _enterprise_name(session, row.enterprise_id)), ("地址", row.address),
            ("用工形式", enums.EmploymentForm.labels().get(row.employment_form, row.employment_form)),
        )
    links = tuple(
        (LINK_LABELS.get(_ref_name(t, c), t.name), int(session.scalar(select(func.count()).select_from(t).where(c == record_id)) or 0))
        for t, c in references(kind)
    )
    return RecordSide(record_id, row.name, shown, links, row.created_at)


def compare(session: Session, kind: str, first_id: int, second_id: int) -> Comparison:
    """Both records side by side, and which to keep: the one more records point at, else the older one."""
    first, second = _side(session, kind, first_id), _side(session, kind, second_id)
    keep = first if (first.link_total, -first.id) >= (second.link_total, -second.id) else second
    return Comparison(kind, first, second, keep.id)


# --- merging -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MergeResult:
    kind: str
    survivor_id: int
    merged_id: int
    audit_id: int
    moved: dict[str, int]  # link label -> rows moved


def _jsonable(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


def _snapshot(table: Table, row: Any) -> dict[str, Any]:
    return {c.name: _jsonable(getattr(row, c.name)) for c in table.columns}


def _from_json(column: Column[Any], value: Any) -> Any:
    if value is None:
        return None
    if isinstance(column.type, DateTime) or isinstance(getattr(column.type, "impl", None), DateTime):
        return datetime.fromisoformat(value)
    if isinstance(column.type, Date):
        return date.fromisoformat(value)
    return value


def _restore_row(session: Session, table: Table, snapshot: dict[str, Any]) -> None:
    values = {c.name: _from_json(c, snapshot[c.name]) for c in table.columns if c.name in snapshot}
    session.execute(insert(table).values(**values))


def _moved_values(table: Table, column: Column[Any], target: int) -> dict[str, Any]:
    """Point a row at ``target``; its version goes up, so a form opened on the old state will not overwrite it."""
    values: dict[str, Any] = {column.name: target}
    if "version" in table.c:
        values["version"] = table.c.version + 1
    return values


def _duplicate_party_rows(session: Session, table: Table, survivor_id: int, merged_id: int) -> list[Any]:
    """Case-party rows of the merged worker on cases where the survivor already has the same role."""
    mine = table.alias("mine")
    theirs = table.alias("theirs")
    return list(session.execute(
        select(mine).where(
            mine.c.worker_id == merged_id,
            select(theirs.c.id).where(theirs.c.case_id == mine.c.case_id, theirs.c.role == mine.c.role,
                                      theirs.c.worker_id == survivor_id).exists(),
        )
    ))


def merge(session: Session, actor: Actor, kind: str, survivor_id: int, merged_id: int) -> MergeResult:
    """Move everything from ``merged_id`` to ``survivor_id`` and delete ``merged_id``; undoable from the audit row."""
    require_write(actor)
    model, table = _model(kind), _table(kind)
    if survivor_id == merged_id:
        raise ValidationError("请选择两条不同的记录")
    survivor, merged = session.get(model, survivor_id), session.get(model, merged_id)
    if survivor is None or merged is None:
        missing = survivor_id if survivor is None else merged_id
        raise ValidationError("{label}记录 #{missing} 已不存在（可能已被合并或删除），请重新查找", label=KIND_LABELS[kind], missing=missing)
    _refuse_conflicting_identifiers(kind, survivor, merged)
    snapshot = _snapshot(table, merged)
    links: dict[str, list[int]] = {}
    removed: dict[str, list[dict[str, Any]]] = {}
    moved: dict[str, int] = {}
    for ref_table, column in references(kind):
        if ref_table.name == "case_party":
            doubles = _duplicate_party_rows(session, ref_table, survivor_id, merged_id)
            if doubles:
                removed[ref_table.name] = [{c.name: _jsonable(v) for c, v in zip(ref_table.columns, r, strict=True)} for r in doubles]
                session.execute(delete(ref_table).where(ref_table.c.id.in_([r.id for r in doubles])))
        ids = list(session.scalars(select(ref_table.c.id).where(column == merged_id).order_by(ref_table.c.id)))
        if not ids:
            continue
        session.execute(update(ref_table).where(column == merged_id).values(**_moved_values(ref_table, column, survivor_id)))
        links[_ref_name(ref_table, column)] = ids
        label = LINK_LABELS.get(_ref_name(ref_table, column), ref_table.name)
        moved[label] = moved.get(label, 0) + len(ids)
    fills = {name: getattr(merged, name) for name, empty in FILLABLE[kind].items()
             if getattr(survivor, name) == empty and getattr(merged, name) not in (empty, None, "")}
    filled_before = {name: _jsonable(getattr(survivor, name)) for name in fills}
    session.delete(merged)
    session.flush()  # the merged row (and its unique 信用代码) is gone before the survivor takes the code
    for name, value in fills.items():
        setattr(survivor, name, value)
    session.flush()
    changes: dict[str, Any] = {
        "merged": [snapshot, None],
        "links": [links, survivor_id],
    }
    if removed:
        changes["removed"] = [removed, None]
    if fills:
        changes["filled"] = [filled_before, {k: _jsonable(v) for k, v in fills.items()}]
    event = audit.record(session, actor, MERGE, kind, survivor_id, changes)
    return MergeResult(kind, survivor_id, merged_id, event.id, moved)


def _refuse_conflicting_identifiers(kind: str, survivor: Any, merged: Any) -> None:
    field_name, label = ("credit_code", "统一社会信用代码") if kind == ENTERPRISE else ("id_number", "身份证号")
    a, b = getattr(survivor, field_name), getattr(merged, field_name)
    if a and b and a != b:
        raise ValidationError("两条记录的{label}不同，是两个不同的{what}，不能合并", label=label, what=Message('单位') if kind == ENTERPRISE else Message('人'))


# --- undoing -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class UndoResult:
    kind: str
    restored_id: int
    survivor_id: int
    audit_id: int
    moved_back: int
    not_moved_back: int  # rows that since left the survivor (edited, deleted) and stay where they are


def _merge_event(session: Session, audit_id: int) -> tuple[AuditEvent, dict[str, Any]]:
    event = session.get(AuditEvent, audit_id)
    if event is None or event.action != MERGE or event.entity not in MODELS:
        raise ValidationError("审计记录 #{audit_id} 不是一次合并操作", audit_id=audit_id)
    changes = json.loads(event.changes or "{}")
    if "merged" not in changes:  # a retention purge blanked the row's details
        raise ValidationError("审计记录 #{audit_id} 的合并内容已按数据保留期限清除，无法撤销", audit_id=audit_id)
    return event, changes


def undo_merge(session: Session, actor: Actor, audit_id: int) -> UndoResult:
    """Put back the merged record with its own id and values, and move exactly the rows the merge moved.

    On SQLite the highest id, once deleted, goes to the next new record: when that happened the merged
    record comes back under a new number (``restored_as`` in the audit row, whose entity stays the old id
    so the undo is still found for this merge).
    """
    require_write(actor)
    event, changes = _merge_event(session, audit_id)
    kind, survivor_id = event.entity, int(event.entity_id or 0)
    model, table = _model(kind), _table(kind)
    snapshot: dict[str, Any] = changes["merged"][0]
    merged_id = int(snapshot["id"])
    if audit_id in _undone(session, kind, [merged_id]):
        raise ValidationError("这次合并已经撤销过了")
    restored_id = merged_id
    if session.get(model, merged_id) is not None:  # SQLite gave the free highest id to a newer record
        restored_id = int(session.scalar(select(func.max(table.c.id))) or 0) + 1
    survivor = session.get(model, survivor_id)
    if survivor is None:
        raise ValidationError(
            "保留的记录 #{survivor_id} 已不存在（可能又被合并到其他记录），请先撤销之后的那次合并", survivor_id=survivor_id
        )
    filled_before, filled_after = changes.get("filled", [{}, {}])
    reverted = {}
    for name, after in filled_after.items():
        if _jsonable(getattr(survivor, name)) == after:
            reverted[name] = [after, filled_before.get(name)]
            setattr(survivor, name, _from_json(table.c[name], filled_before.get(name)))
    session.flush()
    if kind == ENTERPRISE and snapshot.get("credit_code"):
        holder = session.scalar(select(Enterprise.name).where(Enterprise.credit_code == snapshot["credit_code"]))
        if holder is not None:
            raise ValidationError("统一社会信用代码 {snapshot} 现在登记在“{holder}”名下，无法恢复被合并的单位", snapshot=snapshot['credit_code'], holder=holder)
    _restore_row(session, table, {**snapshot, "id": restored_id})
    moved_back = not_moved = 0
    refs = {_ref_name(t, c): (t, c) for t, c in references(kind)}
    for ref, ids in changes["links"][0].items():
        ref_table, column = refs[ref]
        for chunk in _chunks(ids, 500):
            result = session.execute(
                update(ref_table).where(ref_table.c.id.in_(chunk), column == survivor_id)
                .values(**_moved_values(ref_table, column, restored_id))
            )
            moved_back += result.rowcount
        not_moved += len(ids)
    not_moved -= moved_back
    for table_name, rows in changes.get("removed", [{}, None])[0].items():
        ref_table = Base.metadata.tables[table_name]
        own = [c.name for t, c in references(kind) if t.name == table_name]
        for row in rows:
            if session.scalar(select(ref_table.c.id).where(ref_table.c.id == row["id"])) is None:
                _restore_row(session, ref_table, {**row, **{c: restored_id for c in own if row.get(c) == merged_id}})
                moved_back += 1
    session.flush()
    undo = audit.record(session, actor, UNMERGE, kind, merged_id,
                        {"merge_audit_id": [audit_id, None], "survivor_id": [survivor_id, survivor_id],
                         "moved_back": [None, moved_back], **({"reverted": [reverted, None]} if reverted else {}),
                         **({"restored_as": [merged_id, restored_id]} if restored_id != merged_id else {})})
    return UndoResult(kind, restored_id, survivor_id, undo.id, moved_back, not_moved)


def undo_refusal(session: Session, actor: Actor, audit_id: int) -> Exception | None:
    """Why the merge of audit row ``audit_id`` cannot be undone now (None: it can).

    The undo itself is tried in a savepoint and rolled back, so the answer is exactly ``undo_merge``'s (already
    undone, the survivor merged away since, its 信用代码 now someone else's, details purged) with no second
    copy of its rules. Call it in a write transaction (``Database.transaction``); it leaves nothing behind.
    """
    savepoint = session.begin_nested()
    try:
        undo_merge(session, actor, audit_id)
    except (ValidationError, PermissionDenied) as exc:
        return exc
    finally:
        savepoint.rollback()
    return None


def _undone(session: Session, kind: str, merged_ids: list[int]) -> set[int]:
    """Ids of the merge audit rows that an undo row (entity = the restored record) points back to."""
    rows = session.scalars(
        select(AuditEvent.changes).where(AuditEvent.action == UNMERGE, AuditEvent.entity == kind,
                                         AuditEvent.entity_id.in_(merged_ids))
    )
    return {int(json.loads(c)["merge_audit_id"][0]) for c in rows}


def _chunks(items: list[int], size: int) -> Iterable[list[int]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


# --- the merge history ---------------------------------------------------------------------------


@dataclass(frozen=True)
class MergeEntry:
    """One merge in the history, with whether it can still be undone."""

    audit_id: int
    at: datetime
    actor: str
    kind: str
    survivor_id: int
    survivor_name: str
    merged_id: int
    merged_name: str
    moved: int
    undone: bool


def merge_history(session: Session, kind: str | None = None, limit: int = 200) -> list[MergeEntry]:
    """The latest merges, newest first (from the audit trail's entity index)."""
    kinds = [kind] if kind else list(MODELS)
    events = list(session.scalars(
        select(AuditEvent).where(AuditEvent.action == MERGE, AuditEvent.entity.in_(kinds))
        .order_by(AuditEvent.id.desc()).limit(limit)
    ))
    parsed = [(ev, c) for ev in events if "merged" in (c := json.loads(ev.changes or "{}"))]
    undone: set[int] = set()
    for k in kinds:
        undone |= _undone(session, k, [int(c["merged"][0]["id"]) for ev, c in parsed if ev.entity == k])
    out = []
    for ev, changes in parsed:
        snapshot = changes["merged"][0]
        model = MODELS[ev.entity]
        survivor_name = session.scalar(select(model.name).where(model.id == ev.entity_id))  # type: ignore[attr-defined]
        out.append(MergeEntry(
            ev.id, ev.at, ev.actor, ev.entity, int(ev.entity_id or 0), survivor_name or "（已不存在）",
            int(snapshot["id"]), snapshot.get("name", ""), sum(len(v) for v in changes["links"][0].values()),
            ev.id in undone,
        ))
    return out
