"""Copying a whole knowledge base into another, exactly: `shabaka migrate --to postgresql://...`.

Every row of every table keeps its values, ids, sequence numbers and SQLite's rowid
order (judgements, their authors and times, undone ones included), so the copy answers
every question as the original does. The copy runs in one transaction of the target
and refuses a target that holds anything: a retried migration starts from nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from shabaka.errors import UsageError
from shabaka.store.db import Store
from shabaka.store.fts import index_document
from shabaka.store.pg import dialect
from shabaka.store.schema import ROWID_TABLES

# parents before children, so every foreign key finds its row
TABLES = ("documents", "entities", "aliases", "alias_blocks", "chains", "mentions", "claims", "events",
          "event_actors", "overrides")
# identity columns on PostgreSQL, moved past the copied values so new rows never collide
IDENTITIES = (("documents", "seq"), ("mentions", "id"), ("overrides", "id"), ("events", "rowid"),
              ("event_actors", "rowid"))
BATCH = 2_000


def columns(conn, table: str) -> list[str]:
    """A table's columns in order (without PostgreSQL's rowid column, which SQLite hides)."""
    if dialect(conn) == "postgresql":
        rows = conn.execute("SELECT column_name FROM information_schema.columns"
                            " WHERE table_schema = current_schema() AND table_name = ?"
                            " ORDER BY ordinal_position", (table,))
        return [r[0] for r in rows if r[0] != "rowid"]
    return [r[1] for r in conn.execute(f"PRAGMA table_info('{table}')")]


def rows(conn, table: str, names: list[str]):
    """Every row of a table in its stored order, with its rowid where the store orders by it."""
    quoted = ", ".join(f'"{n}"' for n in names)
    order = "rowid" if table in ROWID_TABLES else "1"
    if table in ROWID_TABLES:
        quoted += ", rowid"
    return conn.execute(f'SELECT {quoted} FROM "{table}" ORDER BY {order}')


def holds_anything(conn) -> bool:
    return any(conn.execute(f'SELECT 1 FROM "{t}" LIMIT 1').fetchone() for t in TABLES)


def copy(source: Store, target: Store, progress: Callable[[str, int], None] | None = None) -> dict[str, int]:
    """Copy every row of `source` into the empty `target`; returns rows copied per table."""
    if holds_anything(target.conn):
        raise UsageError(f"{target.location} already holds a knowledge base; migrate into an empty one")
    copied: dict[str, int] = {}
    with target.write() as conn:
        for table in TABLES:
            names = [n for n in columns(source.conn, table) if n in set(columns(conn, table))]
            out = names + (["rowid"] if table in ROWID_TABLES else [])
            # on SQLite a trigger has filled alias_blocks from the aliases already
            verb = "INSERT OR IGNORE" if table == "alias_blocks" else "INSERT"
            quoted = ", ".join(f'"{n}"' for n in out)
            insert = f'{verb} INTO "{table}" ({quoted}) VALUES ({", ".join("?" * len(out))})'

            cursor, count = rows(source.conn, table, names), 0
            while batch := cursor.fetchmany(BATCH):
                values = [tuple(r) for r in batch]
                conn.executemany(insert, values)
                if table == "documents":
                    at = {n: i for i, n in enumerate(names)}
                    for v in values:
                        index_document(conn, v[at["id"]], v[at["title"]], v[at["text"]])
                count += len(values)
            copied[table] = count
            if progress:
                progress(table, count)
        if dialect(conn) == "postgresql":
            for table, column in IDENTITIES:
                conn.execute(f"SELECT setval(pg_get_serial_sequence('{table}', '{column}'),"
                             f" COALESCE((SELECT MAX({column}) FROM {table}), 0) + 1, false)")
    return copied

