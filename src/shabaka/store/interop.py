"""SQL for exports and imports: whole tables read out, imported rows written in.

Reads return plain dicts in a stable order, so two exports of the same
knowledge base are identical. Every write is replay-safe: documents are keyed
by content hash, claims and events by their content-derived ids, entities by
id, aliases by (entity, name), judgements by (action, author, time, payload);
importing the same rows twice changes nothing.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from typing import Any

from shabaka.store.db import dict_cursor, now
from shabaka.store.entities import index_alias_names
from shabaka.store.fts import index_document
from shabaka.store.pg import JSON_FIELD, dialect

DOCUMENT_COLUMNS = ("id", "content_hash", "origin", "format", "title", "author", "outlet", "published",
                    "url", "text", "removed", "confidential", "ingested_at", "pipeline")
ENTITY_COLUMNS = ("id", "name", "type", "pack_id", "created_at", "updated_at", "metrics")
CHAIN_COLUMNS = ("doc_id", "chain", "name", "type", "names", "pack_id", "entity_id")
MENTION_COLUMNS = ("doc_id", "start", "end", "text", "type", "sentence_start", "sentence_end", "chain",
                   "extractor", "confidence")
CLAIM_COLUMNS = ("id", "doc_id", "subject_chain", "relation", "object_chain", "role", "start", "end",
                 "evidence_start", "evidence_end", "evidence", "extractor", "confidence", "coreference")
EVENT_COLUMNS = ("id", "doc_id", "type", "date", "date_precision", "place_chain", "fatalities", "wounded",
                 "evidence_start", "evidence_end", "evidence", "extractor", "confidence", "types", "spans",
                 "happening")
JUDGEMENT_COLUMNS = ("id", "action", "payload", "author", "created_at", "undone_at")


def _confidential_clause(include_confidential: bool, alias: str = "d") -> str:
    return "TRUE" if include_confidential else f"{alias}.confidential = 0"


# ---- reading -----------------------------------------------------------------------------------

def is_empty(conn: sqlite3.Connection) -> bool:
    """No document and no entity yet: a fresh knowledge base."""
    return conn.execute(
        "SELECT NOT EXISTS (SELECT 1 FROM documents) AND NOT EXISTS (SELECT 1 FROM entities)").fetchone()[0]


def document_ids(conn: sqlite3.Connection, *, confidential: bool | None = None) -> set[str]:
    """Ids of every document, or only of the confidential (True) or shareable (False) ones."""
    if confidential is None:
        return {r[0] for r in conn.execute("SELECT id FROM documents")}
    return {r[0] for r in conn.execute("SELECT id FROM documents WHERE confidential = ?",
                                       (int(confidential),))}


def confidential_hashes(conn: sqlite3.Connection) -> list[str]:
    """Content hashes of the confidential documents, sorted: what redaction keys opaque ids with."""
    return [r[0] for r in conn.execute(
        "SELECT content_hash FROM documents WHERE confidential <> 0 ORDER BY content_hash")]


def document_rows(conn: sqlite3.Connection, *, include_confidential: bool = True) -> Iterator[dict]:
    """Every document with all its columns, by id; `removed` parsed, `confidential` a bool."""
    cur = dict_cursor(conn).execute(
        f"SELECT {', '.join(DOCUMENT_COLUMNS)} FROM documents d"
        f" WHERE {_confidential_clause(include_confidential)} ORDER BY d.id")
    for row in cur:
        row["removed"] = json.loads(row["removed"])
        row["confidential"] = bool(row["confidential"])
        yield row


def entity_rows(conn: sqlite3.Connection) -> dict[str, dict]:
    """id -> every column of every entity (metrics parsed), by id."""
    out = {}
    for row in dict_cursor(conn).execute(f"SELECT {', '.join(ENTITY_COLUMNS)} FROM entities ORDER BY id"):
        row["metrics"] = json.loads(row["metrics"]) if row["metrics"] else None
        out[row["id"]] = row
    return out


def alias_rows(conn: sqlite3.Connection) -> dict[str, list[dict]]:
    """entity id -> its aliases ({"name", "key", "block", "source"}), by name."""
    out: dict[str, list[dict]] = defaultdict(list)
    for row in dict_cursor(conn).execute(
            "SELECT entity_id, name, key, block, source FROM aliases ORDER BY entity_id, name"):
        out[row.pop("entity_id")].append(row)
    return out


def chain_rows(conn: sqlite3.Connection, doc_id: str) -> list[dict]:
    """A document's chains, by number, `names` parsed."""
    rows = dict_cursor(conn).execute(f"SELECT {', '.join(CHAIN_COLUMNS)} FROM chains WHERE doc_id = ?"
                                 " ORDER BY chain", (doc_id,)).fetchall()
    for row in rows:
        row["names"] = json.loads(row["names"])
    return rows


def mention_rows(conn: sqlite3.Connection, doc_id: str) -> list[dict]:
    """A document's mentions in text order (their row ids are local and left out)."""
    return dict_cursor(conn).execute(
        f"SELECT {', '.join(MENTION_COLUMNS)} FROM mentions WHERE doc_id = ?"
        " ORDER BY start, end, chain, id", (doc_id,)).fetchall()


def claim_rows(conn: sqlite3.Connection, *, include_confidential: bool = True) -> list[dict]:
    """Every claim with all its columns, its resolved subject and object (None when a chain
    has no entity) and its document's title, outlet, date and sensitivity; by document, id."""
    rows = dict_cursor(conn).execute(
        f"""SELECT {', '.join('cl.' + c for c in CLAIM_COLUMNS)},
                   s.entity_id AS subject_id, o.entity_id AS object_id,
                   d.title AS doc_title, d.outlet, d.published, d.url, d.confidential
            FROM claims cl JOIN documents d ON d.id = cl.doc_id
            LEFT JOIN chains s ON s.doc_id = cl.doc_id AND s.chain = cl.subject_chain
            LEFT JOIN chains o ON o.doc_id = cl.doc_id AND o.chain = cl.object_chain
            WHERE {_confidential_clause(include_confidential)} ORDER BY cl.doc_id, cl.id""").fetchall()
    for row in rows:
        row["confidential"] = bool(row["confidential"])
    return rows


def event_rows(conn: sqlite3.Connection, *, include_confidential: bool = True) -> list[dict]:
    """Every event with all its columns, its document's metadata, "place_id" (the place's
    entity) and "actors": [{"chain", "role", "entity_id"}]; by document, id."""
    rows = dict_cursor(conn).execute(
        f"""SELECT {', '.join('ev.' + c for c in EVENT_COLUMNS)}, p.entity_id AS place_id,
                   d.title AS doc_title, d.outlet, d.published, d.url, d.confidential
            FROM events ev JOIN documents d ON d.id = ev.doc_id
            LEFT JOIN chains p ON p.doc_id = ev.doc_id AND p.chain = ev.place_chain
            WHERE {_confidential_clause(include_confidential)} ORDER BY ev.doc_id, ev.id""").fetchall()
    actors: dict[str, list[dict]] = defaultdict(list)
    for row in dict_cursor(conn).execute(
            """SELECT ea.event_id, ea.chain, ea.role, c.entity_id FROM event_actors ea
               LEFT JOIN chains c ON c.doc_id = ea.doc_id AND c.chain = ea.chain
               ORDER BY ea.event_id, ea.chain, ea.role"""):
        actors[row.pop("event_id")].append(row)
    for row in rows:
        row["confidential"] = bool(row["confidential"])
        row["actors"] = actors.get(row["id"], [])
    return rows


def judgement_rows(conn: sqlite3.Connection) -> list[dict]:
    """Every judgement, undone ones included, in the order they were made; `payload` parsed."""
    rows = dict_cursor(conn).execute(
        f"SELECT {', '.join(JUDGEMENT_COLUMNS)} FROM overrides ORDER BY id").fetchall()
    for row in rows:
        row["payload"] = json.loads(row["payload"])
    return rows


def entity_counts(conn: sqlite3.Connection, *, include_confidential: bool = True
                  ) -> dict[str, tuple[int, int]]:
    """entity id -> (documents that mention it, mentions), counting only the documents given."""
    out = {}
    shared = _confidential_clause(include_confidential, "d2")
    for eid, docs, mentions in conn.execute(
            f"""SELECT c.entity_id, COUNT(DISTINCT c.doc_id),
                       (SELECT COUNT(*) FROM mentions m JOIN chains c2
                          ON c2.doc_id = m.doc_id AND c2.chain = m.chain
                          JOIN documents d2 ON d2.id = m.doc_id
                        WHERE c2.entity_id = c.entity_id AND {shared})
                FROM chains c JOIN documents d ON d.id = c.doc_id
                WHERE c.entity_id IS NOT NULL AND {_confidential_clause(include_confidential)}
                GROUP BY c.entity_id"""):
        out[eid] = (docs, mentions)
    return out


def names_in_documents(conn: sqlite3.Connection) -> tuple[dict[str, Counter], set[str], set[str]]:
    """What the documents call each entity, split by sensitivity.

    Returns (entity id -> Counter of names its chains use in shareable documents,
    every name written in a shareable document, every name written in a
    confidential one), names taken from chains and mention texts alike.
    """
    public_by_entity: dict[str, Counter] = defaultdict(Counter)
    public: set[str] = set()
    confidential: set[str] = set()
    for entity_id, names, secret in conn.execute(
            "SELECT c.entity_id, c.names, d.confidential FROM chains c JOIN documents d ON d.id = c.doc_id"):
        names = json.loads(names)
        (confidential if secret else public).update(names)
        if not secret and entity_id is not None:
            public_by_entity[entity_id].update(names)
    for text, secret in conn.execute(
            "SELECT m.text, d.confidential FROM mentions m JOIN documents d ON d.id = m.doc_id"):
        (confidential if secret else public).add(text)
    return public_by_entity, public, confidential


def entities_with_chains(conn: sqlite3.Connection, *, include_confidential: bool = True) -> set[str]:
    """Entities at least one (shareable, unless `include_confidential`) document mentions."""
    return {r[0] for r in conn.execute(
        f"""SELECT DISTINCT c.entity_id FROM chains c JOIN documents d ON d.id = c.doc_id
            WHERE c.entity_id IS NOT NULL AND {_confidential_clause(include_confidential)}""")}


# ---- writing (inside the caller's transaction) --------------------------------------------------

def document_exists(conn: sqlite3.Connection, content_hash: str) -> bool:
    row = conn.execute("SELECT 1 FROM documents WHERE content_hash = ?", (content_hash,)).fetchone()
    return row is not None


def insert_document(conn: sqlite3.Connection, row: dict) -> None:
    """A document exactly as exported, ingest time and pipeline included."""
    values = dict(row)
    values["removed"] = json.dumps(values.get("removed") or [], ensure_ascii=False)
    values["confidential"] = int(bool(values.get("confidential")))
    values["ingested_at"] = values.get("ingested_at") or now()
    values["pipeline"] = values.get("pipeline") or ""
    conn.execute(
        f"INSERT INTO documents ({', '.join(DOCUMENT_COLUMNS)})"
        f" VALUES ({', '.join('?' * len(DOCUMENT_COLUMNS))})",
        [values.get(c) for c in DOCUMENT_COLUMNS])
    index_document(conn, values["id"], values.get("title"), values.get("text"))


def insert_entity(conn: sqlite3.Connection, row: dict) -> None:
    """An entity exactly as exported; one that exists already is left as it is."""
    stamp = now()
    metrics = row.get("metrics")
    conn.execute(
        f"INSERT OR IGNORE INTO entities ({', '.join(ENTITY_COLUMNS)})"
        f" VALUES ({', '.join('?' * len(ENTITY_COLUMNS))})",
        (row["id"], row["name"], row["type"], row.get("pack_id"), row.get("created_at") or stamp,
         row.get("updated_at") or stamp, json.dumps(metrics, ensure_ascii=False) if metrics else None))


def entity_names(conn: sqlite3.Connection, entity_id: str) -> tuple[str, str, str | None, list[str]] | None:
    """(name, type, pack id, alias keys) of an entity, or None if there is none with that id."""
    row = conn.execute("SELECT name, type, pack_id FROM entities WHERE id = ?", (entity_id,)).fetchone()
    if row is None:
        return None
    keys = [r[0] for r in conn.execute("SELECT key FROM aliases WHERE entity_id = ?", (entity_id,))]
    return row[0], row[1], row[2], keys


def entity_ids(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT id FROM entities")}


def insert_aliases(conn: sqlite3.Connection, entity_id: str, aliases: Iterable[dict]) -> int:
    """Aliases not yet known for the entity; returns how many were new."""
    before = conn.total_changes
    rows = [(entity_id, a["name"], a["key"], a.get("block"), a["source"]) for a in aliases]
    conn.executemany(
        "INSERT OR IGNORE INTO aliases (entity_id, name, key, block, source) VALUES (?, ?, ?, ?, ?)", rows)
    added = conn.total_changes - before
    index_alias_names(conn, [r[1] for r in rows])
    return added


def insert_chains(conn: sqlite3.Connection, rows: Iterable[dict]) -> None:
    """A document's chains, each pointing at the entity given (an id of this knowledge base)."""
    conn.executemany(
        f"INSERT OR IGNORE INTO chains ({', '.join(CHAIN_COLUMNS)})"
        f" VALUES ({', '.join('?' * len(CHAIN_COLUMNS))})",
        [(*(r[c] for c in CHAIN_COLUMNS[:4]), json.dumps(r["names"], ensure_ascii=False), r.get("pack_id"),
          r.get("entity_id")) for r in rows])


def insert_mentions(conn: sqlite3.Connection, rows: Iterable[dict]) -> None:
    """A new document's mentions (only ever called for a document just inserted)."""
    conn.executemany(
        f"INSERT INTO mentions ({', '.join(MENTION_COLUMNS)})"
        f" VALUES ({', '.join('?' * len(MENTION_COLUMNS))})",
        [[r[c] for c in MENTION_COLUMNS] for r in rows])


def insert_claims(conn: sqlite3.Connection, rows: Iterable[dict]) -> None:
    """Claims by their content-derived ids; one already stored is left as it is."""
    conn.executemany(
        f"INSERT OR IGNORE INTO claims ({', '.join(CLAIM_COLUMNS)})"
        f" VALUES ({', '.join('?' * len(CLAIM_COLUMNS))})",
        [[r.get(c) for c in CLAIM_COLUMNS] for r in rows])


def insert_events(conn: sqlite3.Connection, rows: Iterable[dict]) -> None:
    """Events and their actors; an event id already stored keeps its actors."""
    for r in rows:
        cur = conn.execute(
            f"INSERT OR IGNORE INTO events ({', '.join(EVENT_COLUMNS)})"
            f" VALUES ({', '.join('?' * len(EVENT_COLUMNS))})", [r.get(c) for c in EVENT_COLUMNS])
        if cur.rowcount:
            conn.executemany(
                "INSERT OR IGNORE INTO event_actors (event_id, doc_id, chain, role) VALUES (?, ?, ?, ?)",
                [(r["id"], r["doc_id"], a["chain"], a["role"]) for a in r.get("actors", [])])


def judgement_key(action: str, author: str, created_at: str, payload: dict[str, Any]) -> tuple:
    """What makes two judgements the same one: action, author, time and payload."""
    return action, author, created_at, json.dumps(payload, ensure_ascii=False, sort_keys=True)


def judgement_keys(conn: sqlite3.Connection) -> set[tuple]:
    """The key of every judgement recorded, undone ones included."""
    return {judgement_key(r[0], r[1], r[2], json.loads(r[3]))
            for r in conn.execute("SELECT action, author, created_at, payload FROM overrides")}


def insert_judgement(conn: sqlite3.Connection, row: dict) -> int:
    """A judgement with its original author and times; returns its id here."""
    cur = conn.execute(
        "INSERT INTO overrides (action, payload, author, created_at, undone_at) VALUES (?, ?, ?, ?, ?)"
        " RETURNING id",
        (row["action"], json.dumps(row["payload"], ensure_ascii=False), row["author"],
         row.get("created_at") or now(), row.get("undone_at")))
    return int(cur.fetchone()[0])


def imports(conn: sqlite3.Connection, action: str) -> tuple[dict[str, str], set[str]]:
    """Active import judgements: (FtM id -> entity, for entities that still exist; the entities
    an import created rather than joined)."""
    by_ftm_id: dict[str, str] = {}
    created: set[str] = set()
    field = JSON_FIELD[dialect(conn)]
    for ftm_id, entity_id, made in conn.execute(
            f"""SELECT {field.format("o.payload", "ftm_id")}, e.id, {field.format("o.payload", "created")}
                FROM overrides o JOIN entities e ON e.id = {field.format("o.payload", "entity")}
                WHERE o.action = ? AND o.undone_at IS NULL ORDER BY o.id""", (action,)):
        by_ftm_id.setdefault(ftm_id, entity_id)
        if made:
            created.add(entity_id)
    return by_ftm_id, created
