"""SQL for entities and their aliases, as the resolver needs it."""

from __future__ import annotations

import sqlite3

from shabaka.names import blocks
from shabaka.store.db import now
from shabaka.store.pg import dialect


def exists(conn: sqlite3.Connection, entity_id: str) -> bool:
    return conn.execute("SELECT 1 FROM entities WHERE id = ?", (entity_id,)).fetchone() is not None


def create(conn: sqlite3.Connection, entity_id: str, name: str, type_: str,
           pack_id: str | None = None) -> None:
    stamp = now()
    conn.execute(
        "INSERT INTO entities (id, name, type, pack_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
        (entity_id, name, type_, pack_id, stamp, stamp),
    )


def add_alias(conn: sqlite3.Connection, entity_id: str, name: str, key: str, block: str,
              source: str) -> None:
    conn.execute("INSERT OR IGNORE INTO aliases (entity_id, name, key, block, source) VALUES (?, ?, ?, ?, ?)",
                 (entity_id, name, key, block, source))
    index_alias_names(conn, [name])  # in the write's pipeline on PostgreSQL: no round trip of its own


def index_alias_names(conn: sqlite3.Connection, names: list[str]) -> None:
    """Each name's candidate keys in alias_blocks (PostgreSQL; on SQLite a trigger does it)."""
    if dialect(conn) == "postgresql":
        conn.executemany("INSERT OR IGNORE INTO alias_blocks (block, name) VALUES (?, ?)",
                         [(block, name) for name in dict.fromkeys(names) for block in blocks(name)])


def chain_names(conn: sqlite3.Connection, entity_id: str) -> list[tuple[str, str, list[str]]]:
    """(chain name, chain type, every name the chain used) for each chain of an entity."""
    import json

    return [(r[0], r[1], json.loads(r[2])) for r in conn.execute(
        "SELECT name, type, names FROM chains WHERE entity_id = ?", (entity_id,))]


def pack_id(conn: sqlite3.Connection, entity_id: str) -> str | None:
    row = conn.execute("SELECT pack_id FROM entities WHERE id = ?", (entity_id,)).fetchone()
    return row[0] if row else None


def set_name_type(conn: sqlite3.Connection, entity_id: str, name: str, type_: str) -> None:
    conn.execute("UPDATE entities SET name = ?, type = ?, updated_at = ? WHERE id = ?"
                 " AND (name != ? OR type != ?)", (name, type_, now(), entity_id, name, type_))


def by_key(conn: sqlite3.Connection, key: str) -> list[sqlite3.Row]:
    """(id, type, name) of every alias with this exact key."""
    return conn.execute(
        "SELECT e.id, e.type, a.name FROM aliases a JOIN entities e ON e.id = a.entity_id WHERE a.key = ?",
        (key,),
    ).fetchall()


def by_blocks(conn: sqlite3.Connection, keys: list[str], limit: int = 200) -> list[sqlite3.Row]:
    """(id, type, name) of aliases sharing a candidate key with a name; a key shared by
    `limit` names or more is a common word and finds nothing, so the cost stays bounded."""
    rows: dict[tuple[str, str], sqlite3.Row] = {}
    for key in keys:
        found = conn.execute(
            "SELECT e.id, e.type, a.name FROM alias_blocks b JOIN aliases a ON a.name = b.name"
            " JOIN entities e ON e.id = a.entity_id WHERE b.block = ? LIMIT ?", (key, limit)).fetchall()
        if len(found) < limit:
            rows.update(((r["id"], r["name"]), r) for r in found)
    return list(rows.values())
