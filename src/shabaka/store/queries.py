"""Read-side queries over the knowledge base, shared by the CLI, API and exports."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from shabaka.errors import Conflict, NotFound
from shabaka.names import fold
from shabaka.store.pg import dialect

# How many matches an ambiguous reference lists.
MAX_CANDIDATES = 10


def stats(conn: sqlite3.Connection) -> dict[str, Any]:
    one = lambda sql: conn.execute(sql).fetchone()[0]  # noqa: E731
    by_type = dict(conn.execute("SELECT type, COUNT(*) FROM entities GROUP BY type ORDER BY 2 DESC"))
    by_relation = dict(conn.execute(
        "SELECT relation, COUNT(*) FROM claims GROUP BY relation ORDER BY 2 DESC"))
    return {
        "documents": one("SELECT COUNT(*) FROM documents"),
        "confidential_documents": one("SELECT COUNT(*) FROM documents WHERE confidential <> 0"),
        "mentions": one("SELECT COUNT(*) FROM mentions"),
        "entities": one("SELECT COUNT(*) FROM entities WHERE id IN (SELECT entity_id FROM chains)"),
        "claims": one("SELECT COUNT(*) FROM claims"),
        "events": one("SELECT COUNT(*) FROM events"),
        "entities_by_type": by_type,
        "claims_by_relation": by_relation,
    }


def list_documents(conn: sqlite3.Connection, limit: int = 1000, offset: int = 0) -> list[dict]:
    rows = conn.execute(
        """SELECT d.id, d.title, d.author, d.outlet, d.published, d.origin, d.format, d.confidential,
                  length(d.text) AS chars,
                  (SELECT COUNT(*) FROM claims c WHERE c.doc_id = d.id) AS claims
           FROM documents d ORDER BY d.seq LIMIT ? OFFSET ?""",
        (limit, offset),
    )
    return [dict(r) for r in rows]


def document_origins(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """(id, origin) of every document, in the order they were stored."""
    return [(r[0], r[1]) for r in conn.execute("SELECT id, origin FROM documents ORDER BY seq")]


def document_texts(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """(origin, text) of every document."""
    return [(r[0], r[1]) for r in conn.execute("SELECT origin, text FROM documents ORDER BY seq")]


def get_document(conn: sqlite3.Connection, ref: str) -> dict:
    """A document by id, origin or an id prefix that only one document has."""
    rows = conn.execute("SELECT * FROM documents WHERE id = ? OR origin = ? LIMIT 1", (ref, ref)).fetchall()
    if not rows and ref:
        rows = conn.execute(
            "SELECT * FROM documents WHERE id LIKE ? ESCAPE '\\' ORDER BY seq LIMIT ?",
            (like_escape(ref) + "%", MAX_CANDIDATES + 1),
        ).fetchall()
    if not rows:
        raise NotFound(f"no document {ref!r}; list them with 'shabaka docs'")
    if len(rows) > 1:
        listed = [f"{r['id']} ({r['title'] or r['origin']})" for r in rows[:MAX_CANDIDATES]]
        raise Conflict(f"{ref!r} begins the ids of {_several(rows)} documents: {'; '.join(listed)}; "
                        "give more of the id", listed)
    doc = dict(rows[0])
    doc["removed"] = json.loads(doc["removed"])
    doc["confidential"] = bool(doc["confidential"])
    return doc


_LIKE_ESCAPE = str.maketrans({"\\": "\\\\", "%": "\\%", "_": "\\_"})


def like_escape(text: str) -> str:
    """`text` for a LIKE pattern with ESCAPE '\\': its % and _ match only themselves."""
    return text.translate(_LIKE_ESCAPE)


def _several(rows: list) -> str:
    return f"more than {MAX_CANDIDATES}" if len(rows) > MAX_CANDIDATES else str(len(rows))


def find_entity(conn: sqlite3.Connection, ref: str) -> dict:
    """An entity by id or by any of its names; the most-mentioned one wins a tie."""
    row = conn.execute("SELECT * FROM entities WHERE id = ?", (ref,)).fetchone()
    if row is None:
        from shabaka.resolve.resolver import alias_key

        row = conn.execute(
            """SELECT e.*, (SELECT COUNT(*) FROM chains c WHERE c.entity_id = e.id) AS n
               FROM entities e JOIN aliases a ON a.entity_id = e.id
               WHERE a.key = ? OR a.name = ? ORDER BY n DESC LIMIT 1""",
            (alias_key(ref), ref),
        ).fetchone()
    if row is None and fold(ref):
        row = conn.execute(
            """SELECT e.*, (SELECT COUNT(*) FROM chains c WHERE c.entity_id = e.id) AS n
               FROM entities e WHERE lower(e.name) LIKE ? ESCAPE '\\' ORDER BY n DESC LIMIT 1""",
            (f"%{like_escape(fold(ref))}%",),
        ).fetchone()
    if row is None:
        raise NotFound(f"no entity named {ref!r}; try 'shabaka entities --name {ref}'")
    return {k: row[k] for k in ("id", "name", "type", "pack_id")}


def exact_entity(conn: sqlite3.Connection, ref: str) -> dict:
    """The one entity `ref` names exactly, for a change: its id, or a name or alias only it has.

    Raises Conflict, listing the candidates, when several entities have that name or
    when names only resemble it; NotFound when nothing does. Changes never guess.
    """
    from shabaka.resolve.resolver import alias_key

    row = conn.execute("SELECT * FROM entities WHERE id = ?", (ref,)).fetchone()
    if row is not None:
        return {k: row[k] for k in ("id", "name", "type", "pack_id")}
    key = alias_key(ref.strip())
    rows = conn.execute(
        f"""SELECT DISTINCT e.* FROM entities e JOIN aliases a ON a.entity_id = e.id
            WHERE a.name = ? OR (a.key = ? AND a.key != '') OR e.name = ?
            ORDER BY e.id LIMIT {MAX_CANDIDATES + 1}""",
        (ref, key, ref),
    ).fetchall()
    if len(rows) == 1:
        return {k: rows[0][k] for k in ("id", "name", "type", "pack_id")}
    if rows:
        listed = _entity_list(rows)
        raise Conflict(f"{ref!r} names {_several(rows)} entities: {'; '.join(listed)}; "
                        "give the id of the one you mean", listed)
    like = f"%{like_escape(fold(ref))}%" if fold(ref) else None
    rows = conn.execute(
        f"""SELECT DISTINCT e.* FROM entities e JOIN aliases a ON a.entity_id = e.id
            WHERE lower(a.name) LIKE ? ESCAPE '\\' ORDER BY e.id LIMIT {MAX_CANDIDATES + 1}""",
        (like,),
    ).fetchall() if like else []
    if rows:
        listed = _entity_list(rows)
        raise Conflict(f"no entity is named exactly {ref!r}; similar: {'; '.join(listed)}; "
                        "give the id or the exact name", listed)
    raise NotFound(f"no entity named {ref!r}; try 'shabaka entities --name {ref}'")


def _entity_list(rows: list) -> list[str]:
    return [f"{r['name']} ({r['id']}, {r['type']})" for r in rows[:MAX_CANDIDATES]]


def list_entities(conn: sqlite3.Connection, *, type: str | None = None, name: str | None = None,
                  limit: int = 100, offset: int = 0) -> list[dict]:
    where, args = ["TRUE"], []
    if type:
        where.append("e.type = ?")
        args.append(type)
    if name:
        where.append("e.id IN (SELECT entity_id FROM aliases WHERE lower(name) LIKE ? ESCAPE '\\')")
        args.append(f"%{like_escape(name.lower())}%")
    rows = conn.execute(
        f"""SELECT e.id, e.name, e.type,
                   COUNT(DISTINCT c.doc_id) AS documents,
                   (SELECT COUNT(*) FROM mentions m JOIN chains c2
                      ON c2.doc_id = m.doc_id AND c2.chain = m.chain WHERE c2.entity_id = e.id) AS mentions
            FROM entities e JOIN chains c ON c.entity_id = e.id
            WHERE {' AND '.join(where)}
            GROUP BY e.id ORDER BY documents DESC, mentions DESC, e.name LIMIT ? OFFSET ?""",
        (*args, limit, offset),
    )
    return [dict(r) for r in rows]


CLAIM_SELECT = """
    SELECT cl.id, cl.relation, cl.role, cl.start, cl.end, cl.evidence, cl.extractor, cl.confidence,
           cl.coreference,
           cl.doc_id, d.title AS doc_title, d.outlet, d.published, d.confidential,
           s.entity_id AS subject_id, se.name AS subject_name, se.type AS subject_type,
           o.entity_id AS object_id, oe.name AS object_name, oe.type AS object_type
    FROM claims cl
    JOIN documents d ON d.id = cl.doc_id
    JOIN chains s ON s.doc_id = cl.doc_id AND s.chain = cl.subject_chain
    JOIN chains o ON o.doc_id = cl.doc_id AND o.chain = cl.object_chain
    JOIN entities se ON se.id = s.entity_id
    JOIN entities oe ON oe.id = o.entity_id
"""


def list_claims(conn: sqlite3.Connection, *, relation: str | None = None,
                entity_id: str | None = None, limit: int = 500) -> list[dict]:
    where, args = ["TRUE"], []
    if relation:
        where.append("cl.relation = ?")
        args.append(relation)
    if entity_id:
        where.append("(s.entity_id = ? OR o.entity_id = ?)")
        args += [entity_id, entity_id]
    rows = conn.execute(
        f"{CLAIM_SELECT} WHERE {' AND '.join(where)} ORDER BY cl.relation, se.name, oe.name LIMIT ?",
        (*args, limit),
    )
    from shabaka.store.judgements import admit

    return admit(conn, [dict(r) for r in rows], keep_all=True)


def entity_profile(conn: sqlite3.Connection, entity_id: str) -> dict:
    entity = find_entity(conn, entity_id)
    eid = entity["id"]
    aliases = [r[0] for r in conn.execute(
        "SELECT name FROM aliases WHERE entity_id = ? ORDER BY source = 'pack', name", (eid,))]
    documents = [dict(r) for r in conn.execute(
        """SELECT DISTINCT d.id, d.title, d.outlet, d.published, d.confidential
           FROM chains c JOIN documents d ON d.id = c.doc_id WHERE c.entity_id = ?
           ORDER BY d.published""", (eid,))]
    # one row per cross-document event: its most precise date, first report's evidence
    events = [dict(r) for r in conn.execute(_PROFILE_EVENTS[dialect(conn)], (eid,))]
    return {**entity, "aliases": aliases, "claims": list_claims(conn, entity_id=eid),
            "events": events, "documents": documents}


_EVENT_COLUMNS = """COALESCE(ev.happening, ev.id) AS id, ev.type, ev.types,
          COALESCE((SELECT o.date FROM events o WHERE o.happening = ev.happening
                    ORDER BY LENGTH(o.date) DESC LIMIT 1), ev.date) AS date,
          ev.evidence, ev.doc_id, ea.role, d.title AS doc_title,
          {greatest}(1, (SELECT COUNT(DISTINCT o.doc_id) FROM events o
                         WHERE o.happening = ev.happening)) AS reported_by
   FROM event_actors ea JOIN events ev ON ev.id = ea.event_id
   JOIN chains c ON c.doc_id = ea.doc_id AND c.chain = ea.chain
   JOIN documents d ON d.id = ev.doc_id
   WHERE c.entity_id = ?"""
# one row per happening: SQLite takes any report's columns for a group, PostgreSQL the first stored
_PROFILE_EVENTS = {
    "sqlite": f"SELECT {_EVENT_COLUMNS.format(greatest='MAX')} GROUP BY COALESCE(ev.happening, ev.id)"
              " ORDER BY date",
    "postgresql": "SELECT * FROM (SELECT DISTINCT ON (COALESCE(ev.happening, ev.id))"
                  f" {_EVENT_COLUMNS.format(greatest='GREATEST')}"
                  " ORDER BY COALESCE(ev.happening, ev.id), ev.rowid) happenings ORDER BY date NULLS FIRST",
}


def doc_predictions(conn: sqlite3.Connection, doc_id: str) -> dict:
    """One document's extractions in the gold format: entities with names, relations and
    events (ONTOLOGY.md's Events section, the cross-document event id in `event`)."""
    entities: dict[str, dict] = {}
    for row in conn.execute(
        """SELECT c.entity_id, e.type, m.text FROM mentions m
           JOIN chains c ON c.doc_id = m.doc_id AND c.chain = m.chain
           JOIN entities e ON e.id = c.entity_id
           WHERE m.doc_id = ? ORDER BY m.start""", (doc_id,)):
        ent = entities.setdefault(row[0], {"id": row[0], "type": [row[1]], "names": []})
        if row[2] not in ent["names"]:
            ent["names"].append(row[2])
    relations = []
    for row in conn.execute(f"{CLAIM_SELECT} WHERE cl.doc_id = ? ORDER BY cl.evidence_start", (doc_id,)):
        rel = {"subject": row["subject_id"], "relation": row["relation"], "object": row["object_id"],
               "evidence": row["evidence"], "confidence": row["confidence"]}
        for k in ("role", "start", "end"):
            if row[k]:
                rel[k] = row[k]
        relations.append(rel)
    return {"entities": list(entities.values()), "relations": relations, "events": _doc_events(conn, doc_id)}


def _doc_events(conn: sqlite3.Connection, doc_id: str) -> list[dict]:
    entity_of = dict(conn.execute("SELECT chain, entity_id FROM chains WHERE doc_id = ?", (doc_id,)))
    roles: dict[str, dict[str, str]] = {}
    for event_id, chain, role in conn.execute(
            "SELECT event_id, chain, role FROM event_actors WHERE doc_id = ? ORDER BY rowid", (doc_id,)):
        if entity_of.get(chain):
            roles.setdefault(event_id, {}).setdefault(entity_of[chain], role)
    rows = conn.execute("SELECT * FROM events WHERE doc_id = ? ORDER BY evidence_start", (doc_id,))
    return [{"event": row["happening"] or row["id"],
             "type": json.loads(row["types"] or "null") or [row["type"]],
             "date": row["date"], "place": entity_of.get(row["place_chain"]),
             "actors": roles.get(row["id"], {}), "fatalities": row["fatalities"], "evidence": row["evidence"]}
            for row in rows]
