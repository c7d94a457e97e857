"""The search index's place in the schema: what it holds and how each database keeps it.

Lists are searched by a piece of a name or number found anywhere in a field:
two characters of a Chinese name (王磊), four digits of a phone, part of a
document number. ``LIKE '%..%'`` answers that only by reading every row, and
SQLite's trigram tokenizer cannot match two characters, so the index is made
of *grams*: every two-character piece of each indexed field, plus the field's
last character (so that one character is found too, as the start of a gram).
A query of two characters is then one gram lookup; a longer query is the rows
holding all of its grams, checked against the field text.

- SQLite: one FTS5 table per indexed table (``search_<table>``, rowid = the
  record's id, ``detail=none``, no stored text) whose rows are written by
  triggers on the record's table, so every writer (services, importers, demo
  data, another program with the same functions) keeps it in step. The grams
  come from the SQL function ``casedesk_grams``, registered on every
  connection CaseDesk opens; a program without it cannot write those tables
  at all, rather than leaving the index stale. The FTS5 ``ascii`` tokenizer
  with every ASCII punctuation mark as a token character keeps a gram such
  as ``〔2`` or ``a"`` one token, and folds ASCII case.
- PostgreSQL: a GIN index over ``casedesk_grams(col, ...)`` (an immutable SQL
  function returning the grams, every character alone included, as text[]),
  kept by PostgreSQL itself on every write.

Objects named ``search_*`` (and the function) are made here, not by the
models, so the migrations' drift check leaves them out (:func:`is_search_object`).

A change to what is indexed (a column more) or to the grams themselves needs
a new migration that calls :func:`install` with the new definition; the
triggers delete old rows by recomputing their grams, so the function must
never change under an existing index without a rebuild.
"""
from __future__ import annotations

import sqlite3
import string
from collections.abc import Mapping, Sequence
from operator import add

from sqlalchemy import Connection, text

PREFIX = "search_"
FUNCTION = "casedesk_grams"

# Every ASCII punctuation mark is part of a token; only spaces and control characters separate tokens.
_TOKENCHARS = string.punctuation
TOKENIZER = "ascii tokenchars '" + _TOKENCHARS.replace("'", "''") + "'"

# What each table indexes, in order. Migrations pass their own frozen copy to install();
# services.search_index reads this one, and a test checks the two agree at head.
Definition = Mapping[str, Sequence[str]]
CURRENT: Definition = {
    "worker": ("name", "phone", "id_number"),
    "enterprise": ("name", "credit_code"),
    "consultation": ("caller_name", "caller_phone", "question"),
    "dispute_case": ("case_number", "description"),
    "supervision_notice": ("number",),
}


def grams(*fields: str | None) -> str:
    """The index text of one record: each field's two-character pieces and its last character, space-separated."""
    parts = []
    for field in fields:
        if field:
            parts.append(" ".join(map(add, field, field[1:])))
            parts.append(field[-1])
    return " ".join(parts)


def on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    """Make ``casedesk_grams`` available to the triggers on a new SQLite connection (an engine 'connect' event)."""
    dbapi_connection.create_function(FUNCTION, -1, grams, deterministic=True)


def index_name(table: str) -> str:
    return PREFIX + table


def is_search_object(name: str | None) -> bool:
    """Objects of the search index (FTS5 tables and their shadow tables, triggers, GIN indexes)."""
    return bool(name) and str(name).startswith(PREFIX)


def include_object(obj: object, name: str | None, type_: str, reflected: bool, compare_to: object) -> bool:
    """Alembic's hook: the search index is made by migrations by hand, so autogenerate and the drift check skip it."""
    return not (reflected and compare_to is None and is_search_object(name))


# --- SQLite ---------------------------------------------------------------------------------------


def _call(row: str, columns: Sequence[str]) -> str:
    return f"{FUNCTION}({', '.join(f'{row}.{_quote(c)}' for c in columns)})"


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def sqlite_ddl(table: str, columns: Sequence[str]) -> list[str]:
    """The contentless FTS5 table and the three triggers that keep it in step with ``table``."""
    fts = index_name(table)
    tokenize = TOKENIZER.replace('"', '""')
    changed = " OR ".join(f"old.{_quote(c)} IS NOT new.{_quote(c)}" for c in columns)
    # A contentless table forgets a row only when given the grams it was indexed with.
    delete = f"INSERT INTO {fts}({fts}, rowid, grams) VALUES ('delete', old.id, {_call('old', columns)});"
    insert = f"INSERT INTO {fts}(rowid, grams) VALUES (new.id, {_call('new', columns)});"
    return [
        f'CREATE VIRTUAL TABLE {fts} USING fts5(grams, content=\'\', detail=none, columnsize=0, tokenize="{tokenize}")',
        f"CREATE TRIGGER {fts}_insert AFTER INSERT ON {_quote(table)} BEGIN {insert} END",
        f"CREATE TRIGGER {fts}_delete AFTER DELETE ON {_quote(table)} BEGIN {delete} END",
        (f"CREATE TRIGGER {fts}_update AFTER UPDATE OF {', '.join(_quote(c) for c in columns)} ON {_quote(table)} "
         f"WHEN {changed} BEGIN {delete} {insert} END"),
    ]


def sqlite_fill(table: str, columns: Sequence[str]) -> list[str]:
    """Empty the index and index every row of ``table`` again."""
    fts = index_name(table)
    source = f"{FUNCTION}({', '.join(_quote(c) for c in columns)})"
    return [
        f"INSERT INTO {fts}({fts}) VALUES ('delete-all')",
        f"INSERT INTO {fts}(rowid, grams) SELECT id, {source} FROM {_quote(table)}",
    ]


def _sqlite_objects(table: str) -> dict[str, str]:
    fts = index_name(table)
    return {f"{fts}_insert": "TRIGGER", f"{fts}_delete": "TRIGGER", f"{fts}_update": "TRIGGER", fts: "TABLE"}


def _sqlite_drop(conn: Connection, table: str) -> None:
    for name, kind in _sqlite_objects(table).items():
        conn.exec_driver_sql(f"DROP {kind} IF EXISTS {name}")


# --- PostgreSQL -----------------------------------------------------------------------------------

_UPPER, _LOWER = string.ascii_uppercase, string.ascii_lowercase

PG_FUNCTION = f"""
CREATE OR REPLACE FUNCTION {FUNCTION}(VARIADIC fields text[]) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(DISTINCT g), '{{}}')
  FROM unnest(fields) AS f,
       generate_series(1, char_length(f)) AS i,
       LATERAL (VALUES (substr(f, i, 2)), (substr(f, i, 1))) AS piece(p),
       LATERAL translate(piece.p, '{_UPPER}', '{_LOWER}') AS g
$$"""


def _pg_index(table: str, columns: Sequence[str]) -> str:
    return (f"CREATE INDEX {index_name(table)} ON {_quote(table)} USING gin "
            f"(({FUNCTION}({', '.join(_quote(c) for c in columns)})))")


# --- both -----------------------------------------------------------------------------------------


def install(conn: Connection, definition: Definition) -> None:
    """(Re)create the index of every table in ``definition`` and fill it from the rows already there."""
    if conn.dialect.name == "sqlite":
        for table, columns in definition.items():
            _sqlite_drop(conn, table)
            for statement in [*sqlite_ddl(table, columns), *sqlite_fill(table, columns)]:
                conn.exec_driver_sql(statement)
    elif conn.dialect.name == "postgresql":
        conn.execute(text(PG_FUNCTION))
        for table, columns in definition.items():
            conn.exec_driver_sql(f"DROP INDEX IF EXISTS {index_name(table)}")
            conn.exec_driver_sql(_pg_index(table, columns))


def uninstall(conn: Connection, definition: Definition) -> None:
    if conn.dialect.name == "sqlite":
        for table in definition:
            _sqlite_drop(conn, table)
    elif conn.dialect.name == "postgresql":
        for table in definition:
            conn.exec_driver_sql(f"DROP INDEX IF EXISTS {index_name(table)}")
        conn.exec_driver_sql(f"DROP FUNCTION IF EXISTS {FUNCTION}(VARIADIC text[])")


def missing(conn: Connection, definition: Definition) -> list[str]:
    """The search objects that should exist and do not (another migration may have rebuilt a table)."""
    if conn.dialect.name == "sqlite":
        expected = [name for table in definition for name in _sqlite_objects(table)]
        found = set(conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE name LIKE 'search\\_%' ESCAPE '\\'").scalars())
        return sorted(name for name in expected if name not in found)
    if conn.dialect.name == "postgresql":
        found = set(conn.exec_driver_sql(
            "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()").scalars())
        return sorted(index_name(t) for t in definition if index_name(t) not in found)
    return []


def damaged(conn: Connection, definition: Definition) -> list[str]:
    """The SQLite indexes whose own structure is broken (FTS5 'integrity-check'); a rebuild mends them."""
    if conn.dialect.name != "sqlite":
        return []
    bad = []
    for table in definition:
        fts = index_name(table)
        try:
            conn.exec_driver_sql(f"INSERT INTO {fts}({fts}, rank) VALUES ('integrity-check', 0)")
        except Exception:  # noqa: BLE001 - any failure of the check means the index must be rebuilt
            bad.append(fts)
    return bad
