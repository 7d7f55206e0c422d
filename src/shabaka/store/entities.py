"""SQL for entities and their aliases, as the resolver needs it."""

from __future__ import annotations

import json
import sqlite3
from collections import Counter

from shabaka.names import blocks
from shabaka.store.db import now
from shabaka.store.pg import dialect

PART = 500  # values bound per statement: far below SQLite's limit, few statements per document
BLOCK_LIMIT = 200  # names sharing a candidate key beyond which it is a common word


def _parts(values: list[str], size: int = PART) -> list[list[str]]:
    values = list(dict.fromkeys(values))
    return [values[i:i + size] for i in range(0, len(values), size)]


def _marks(values: list) -> str:
    return ", ".join("?" * len(values))


def exists(conn: sqlite3.Connection, entity_id: str) -> bool:
    return type_of(conn, entity_id) is not None


def type_of(conn: sqlite3.Connection, entity_id: str) -> str | None:
    """The entity's type; None when there is no such entity."""
    row = conn.execute("SELECT type FROM entities WHERE id = ?", (entity_id,)).fetchone()
    return row[0] if row else None


def create(conn: sqlite3.Connection, entity_id: str, name: str, type_: str,
           pack_id: str | None = None) -> None:
    stamp = now()
    conn.execute(
        "INSERT INTO entities (id, name, type, pack_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
        (entity_id, name, type_, pack_id, stamp, stamp),
    )


def add_aliases(conn: sqlite3.Connection, rows: list[tuple[str, str, str, str, str]]) -> None:
    """(entity id, name, key, block, source) rows, in order, in one statement."""
    if not rows:
        return
    conn.executemany("INSERT OR IGNORE INTO aliases (entity_id, name, key, block, source)"
                     " VALUES (?, ?, ?, ?, ?)", rows)
    # in the write's pipeline on PostgreSQL: no round trip of its own
    index_alias_names(conn, [row[1] for row in rows])


def index_alias_names(conn: sqlite3.Connection, names: list[str]) -> None:
    """Each name's candidate keys in alias_blocks (PostgreSQL; on SQLite a trigger does it)."""
    if dialect(conn) == "postgresql":
        conn.executemany("INSERT OR IGNORE INTO alias_blocks (block, name) VALUES (?, ?)",
                         [(block, name) for name in dict.fromkeys(names) for block in blocks(name)])


def chain_types(conn: sqlite3.Connection, entity_ids: list[str]) -> dict[str, tuple[str | None, Counter]]:
    """Each entity's pack id and how many of its chains have each type, counted by the database:
    an entity named in every other document has that many chains, too many to send each time."""
    out: dict[str, tuple[str | None, Counter]] = {}
    for part in _parts(entity_ids):
        for r in conn.execute(
                "SELECT e.id, e.pack_id, c.type, count(c.type) FROM entities e LEFT JOIN chains c"
                f" ON c.entity_id = e.id WHERE e.id IN ({_marks(part)}) GROUP BY e.id, e.pack_id, c.type",
                part):
            types = out.setdefault(r[0], (r[1], Counter()))[1]
            if r[2] is not None:
                types[r[2]] = r[3]
    return out


def chain_names(conn: sqlite3.Connection, entity_ids: list[str]) -> dict[str, list[list[str]]]:
    """Every name each chain of these entities used, chain by chain as stored."""
    out: dict[str, list[list[str]]] = {}
    for part in _parts(entity_ids):
        for r in conn.execute(f"SELECT entity_id, names FROM chains WHERE entity_id IN ({_marks(part)})",
                              part):
            out.setdefault(r[0], []).append(json.loads(r[1]))
    return out


def set_name_type(conn: sqlite3.Connection, entity_id: str, name: str, type_: str) -> None:
    conn.execute("UPDATE entities SET name = ?, type = ?, updated_at = ? WHERE id = ?"
                 " AND (name != ? OR type != ?)", (name, type_, now(), entity_id, name, type_))


def known(conn: sqlite3.Connection, keys: list[str], entity_ids: list[str]
          ) -> tuple[dict[str, list[dict]], dict[str, str]]:
    """(id, type, name) of every alias with each of these exact keys, and the type of each of
    these entities that exists; one query (one round trip on PostgreSQL) for a document."""
    rows: dict[str, list[dict]] = {key: [] for key in keys}
    types: dict[str, str] = {}
    key_parts, id_parts = _parts(keys), _parts(entity_ids)
    for i in range(max(len(key_parts), len(id_parts))):
        some_keys = key_parts[i] if i < len(key_parts) else []
        some_ids = id_parts[i] if i < len(id_parts) else []
        arms = []
        if some_keys:
            arms.append("SELECT a.key, e.id, e.type, a.name FROM aliases a JOIN entities e"
                        f" ON e.id = a.entity_id WHERE a.key IN ({_marks(some_keys)})")
        if some_ids:
            arms.append(f"SELECT NULL, id, type, NULL FROM entities WHERE id IN ({_marks(some_ids)})")
        for r in conn.execute(" UNION ALL ".join(arms), [*some_keys, *some_ids]):
            if r[0] is None:
                types[r[1]] = r[2]
            else:
                rows[r[0]].append({"id": r[1], "type": r[2], "name": r[3]})
    return rows, types


def by_key(conn: sqlite3.Connection, key: str) -> list[dict]:
    """(id, type, name) of every alias with this exact key."""
    return known(conn, [key], [])[0][key]


def by_blocks(conn: sqlite3.Connection, keys: list[str],
              limit: int = BLOCK_LIMIT) -> dict[str, list[dict] | None]:
    """(id, type, name) of the aliases holding each candidate key, in one query; None for a key
    shared by `limit` names or more: a common word, which finds nothing, so the cost stays bounded."""
    out: dict[str, list[dict] | None] = {}
    for part in _parts(keys, 100):  # SQLite takes 500 SELECTs in one statement at most
        arms = " UNION ALL ".join(
            f"SELECT * FROM (SELECT b.block, e.id, e.type, a.name FROM alias_blocks b"
            f" JOIN aliases a ON a.name = b.name JOIN entities e ON e.id = a.entity_id"
            f" WHERE b.block = ? LIMIT ?) AS k{i}" for i in range(len(part)))
        found: dict[str, list[dict]] = {key: [] for key in part}
        for r in conn.execute(arms, [v for key in part for v in (key, limit)]):
            found[r[0]].append({"id": r[1], "type": r[2], "name": r[3]})
        out.update((key, rows if len(rows) < limit else None) for key, rows in found.items())
    return out
