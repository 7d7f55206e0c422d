"""Writing documents and their extractions; replace-by-origin; idempotence.

Every write here runs inside the caller's transaction (Store.write), so one
document's rows land together or not at all. Claim and event ids are hashes of
the document id and their content, so replaying a batch cannot duplicate them.
"""

from __future__ import annotations

import json
import sqlite3

from shabaka.model import Document, Extraction, content_hash, date_precision
from shabaka.store.db import now
from shabaka.store.fts import index_document
from shabaka.store.pg import dialect


def document_by_hash(conn: sqlite3.Connection, digest: str) -> sqlite3.Row | None:
    return conn.execute("SELECT id, origin FROM documents WHERE content_hash = ?", (digest,)).fetchone()


def documents_at_origin(conn: sqlite3.Connection, origin: str) -> list[str]:
    return [r[0] for r in conn.execute("SELECT id FROM documents WHERE origin = ?", (origin,))]


def delete_document(conn: sqlite3.Connection, doc_id: str) -> None:
    """Remove a document and, by cascade, every extraction that came from it."""
    conn.execute("DELETE FROM documents WHERE id = ?", (doc_id,))


def insert_document(conn: sqlite3.Connection, doc: Document, pipeline: str) -> None:
    removed = json.dumps([[r.start, r.end, r.text, r.rule] for r in doc.removed], ensure_ascii=False)
    conn.execute(
        """INSERT INTO documents (id, content_hash, origin, format, title, author, outlet,
               published, url, text, removed, confidential, ingested_at, pipeline, encoding,
               encoding_confidence)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        (doc.id, doc.content_hash, doc.origin, doc.format, doc.title, doc.author, doc.outlet,
         doc.published, doc.url, doc.text, removed, int(doc.confidential), now(), pipeline,
         doc.encoding, doc.encoding_confidence),
    )
    index_document(conn, doc.id, doc.title, doc.text)


def _row_id(*parts: object) -> str:
    return content_hash("\x1f".join(str(p) for p in parts))[:20]


def insert_extraction(
    conn: sqlite3.Connection, doc_id: str, text: str, ex: Extraction, entity_ids: list[str]
) -> None:
    """Store one document's mentions, chains, claims and events.

    `entity_ids[i]` is the knowledge-base entity the resolver chose for chain i.
    """
    conn.executemany(
        "INSERT INTO chains (doc_id, chain, name, type, names, pack_id, entity_id)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(doc_id, c.id, c.name, c.type, json.dumps(c.names, ensure_ascii=False), c.key,
          entity_ids[c.id]) for c in ex.chains],
    )
    rows = []
    for m in ex.mentions:
        s_start, s_end = ex.sentence_of(m.start)
        rows.append((doc_id, m.start, m.end, m.text, m.type, s_start, s_end, m.chain,
                     m.extractor, m.confidence))
    conn.executemany(
        "INSERT INTO mentions (doc_id, start, end, text, type, sentence_start, sentence_end,"
        " chain, extractor, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    claim_rows = {}
    for c in ex.claims:
        cid = _row_id(doc_id, c.subject, c.relation, c.object, c.evidence_start, c.evidence_end)
        claim_rows[cid] = (cid, doc_id, c.subject, c.relation, c.object, c.role, c.start, c.end,
                           c.evidence_start, c.evidence_end,
                           text[c.evidence_start:c.evidence_end], c.extractor, c.confidence,
                           json.dumps(c.coreference) if c.coreference else None)
    conn.executemany(
        "INSERT INTO claims (id, doc_id, subject_chain, relation, object_chain, role, start, end,"
        " evidence_start, evidence_end, evidence, extractor, confidence, coreference)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        list(claim_rows.values()),
    )
    events, actors = {}, []
    for e in ex.events:
        eid = _row_id(doc_id, e.type, e.evidence_start, e.evidence_end,
                      sorted((a.chain, a.role) for a in e.actors))
        if eid in events:
            # one sentence, two happenings told apart by date or place ("minister in 2017 and
            # adviser in 2020", "Amerli, Dhuluiya and Jurf al-Sakhr"); the first keeps its id
            eid = _row_id(eid, e.date, e.place)
        if eid in events:  # the document is new, so only its own events can share an id
            continue
        spans = e.spans or [(e.evidence_start, e.evidence_end)]
        events[eid] = (eid, doc_id, e.type, json.dumps(e.types or [e.type]), e.date, date_precision(e.date),
                       e.place, e.fatalities, e.wounded, e.evidence_start, e.evidence_end,
                       text[e.evidence_start:e.evidence_end],
                       json.dumps([[a, b, text[a:b]] for a, b in spans], ensure_ascii=False),
                       e.extractor, e.confidence)  # `happening` is set by analyze.happenings.link_events
        actors += [(eid, doc_id, a.chain, a.role) for a in e.actors]
    conn.executemany(
        "INSERT INTO events (id, doc_id, type, types, date, date_precision, place_chain, fatalities,"
        " wounded, evidence_start, evidence_end, evidence, spans, extractor, confidence)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", list(events.values()))
    conn.executemany("INSERT OR IGNORE INTO event_actors (event_id, doc_id, chain, role) VALUES (?, ?, ?, ?)",
                     actors)


def delete_orphan_entities(conn: sqlite3.Connection) -> None:
    """Entities no document mentions any more (after a replace) and no analyst touched."""
    each = {"sqlite": "json_each(overrides.payload) j",
            "postgresql": "jsonb_each_text(overrides.payload::jsonb) j"}[dialect(conn)]
    conn.execute(
        f"""DELETE FROM entities
            WHERE id NOT IN (SELECT DISTINCT entity_id FROM chains WHERE entity_id IS NOT NULL)
              AND id NOT IN (SELECT j.value FROM overrides, {each}
                             WHERE j.key IN ('source', 'target', 'entity', 'new', 'a', 'b'))"""
    )
