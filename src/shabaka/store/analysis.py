"""SQL behind network analysis: claim and event rows for graphs and timelines, metrics write-back.

The analyze package decides what the rows mean (validity in time, aggregation,
metrics); this module only reads and writes them. Claim rows are exactly those
of `queries.CLAIM_SELECT`, so every consumer sees the same columns.
"""

from __future__ import annotations

import json
import math
import sqlite3
from collections.abc import Iterable, Mapping
from typing import Any

from shabaka.store import judgements
from shabaka.store.db import dict_cursor
from shabaka.store.queries import CLAIM_SELECT


def claim_rows(conn: sqlite3.Connection, *, include_confidential: bool = True,
               dated_only: bool = False, entity_id: str | None = None,
               min_confidence: float | None = None) -> list[dict]:
    """Claims whose subject and object both resolved to entities, as CLAIM_SELECT rows,
    only those `judgements.admit` lets analysis take (at `min_confidence`, else the setting).

    `dated_only` keeps claims whose text gives a start or end date;
    `entity_id` keeps claims with that entity as subject or object.
    """
    where, args = ["TRUE"], []
    if not include_confidential:
        where.append("d.confidential = 0")
    if dated_only:
        where.append("(cl.start IS NOT NULL OR cl.end IS NOT NULL)")
    if entity_id is not None:
        where.append("(s.entity_id = ? OR o.entity_id = ?)")
        args += [entity_id, entity_id]
    cur = dict_cursor(conn)
    rows = cur.execute(f"{CLAIM_SELECT} WHERE {' AND '.join(where)}", args).fetchall()
    for row in rows:
        row["confidential"] = bool(row["confidential"])
    return judgements.admit(conn, rows, min_confidence)


def entity_rows(conn: sqlite3.Connection, ids: Iterable[str]) -> dict[str, dict]:
    """id -> {"id", "name", "type", "metrics"} for the given entity ids that exist."""
    out: dict[str, dict] = {}
    ids = list(dict.fromkeys(ids))
    for i in range(0, len(ids), 500):  # stay under SQLite's bound-parameter limit
        chunk = ids[i:i + 500]
        marks = ",".join("?" * len(chunk))
        for row in conn.execute(f"SELECT id, name, type, metrics FROM entities WHERE id IN ({marks})",
                                chunk):
            out[row[0]] = _entity(row)
    return out


def stored_metrics(conn: sqlite3.Connection) -> dict[str, dict]:
    """id -> metrics for every entity that has metrics written back."""
    return {row[0]: json.loads(row[1])
            for row in conn.execute("SELECT id, metrics FROM entities WHERE metrics IS NOT NULL")}


def _entity(row: Any) -> dict:
    entity = {"id": row[0], "name": row[1], "type": row[2]}
    if row[3]:
        entity["metrics"] = json.loads(row[3])
    return entity


def _finite(value: Any) -> Any:
    # JSON has no NaN or Infinity; a metric that is undefined is stored as null
    return None if isinstance(value, float) and not math.isfinite(value) else value


def write_metrics(conn: sqlite3.Connection, metrics: Mapping[str, Mapping[str, Any]]) -> None:
    """Replace every entity's stored metrics with `metrics` (id -> {name: value}).

    Entities missing from `metrics` get none, so no stale figure from an
    earlier run survives. Runs in the caller's transaction if one is open,
    else in its own, so the knowledge base never holds half a run.
    """
    own = not conn.in_transaction
    if own:
        conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute("UPDATE entities SET metrics = NULL WHERE metrics IS NOT NULL")
        conn.executemany(
            "UPDATE entities SET metrics = ? WHERE id = ?",
            [(json.dumps({k: _finite(v) for k, v in values.items()}, ensure_ascii=False), eid)
             for eid, values in metrics.items()],
        )
    except BaseException:
        if own:
            conn.execute("ROLLBACK")
        raise
    if own:
        conn.execute("COMMIT")


EVENT_SELECT = """
    SELECT ev.id, ev.doc_id, ev.type, ev.types, ev.date, ev.date_precision, ev.fatalities, ev.wounded,
           ev.evidence, ev.spans, ev.place_chain, COALESCE(ev.happening, ev.id) AS happening,
           d.title AS doc_title, d.outlet, d.published, d.confidential
    FROM events ev JOIN documents d ON d.id = ev.doc_id
"""


def event_rows(conn: sqlite3.Connection, *, include_confidential: bool = True,
               entity_id: str | None = None) -> list[dict]:
    """Events with their document and their resolved actors and place.

    Each row has "actors": [{"id", "name", "type", "role"}] (the place, when
    resolved, is among them with role "place"). `entity_id` keeps events in
    which that entity takes part or is the place.
    """
    where, args = ["TRUE"], []
    if not include_confidential:
        where.append("d.confidential = 0")
    if entity_id is not None:
        where.append(
            """(ev.id IN (SELECT ea.event_id FROM event_actors ea
                          JOIN chains c ON c.doc_id = ea.doc_id AND c.chain = ea.chain
                          WHERE c.entity_id = ?)
                OR EXISTS (SELECT 1 FROM chains pc WHERE pc.doc_id = ev.doc_id
                           AND pc.chain = ev.place_chain AND pc.entity_id = ?))""")
        args += [entity_id, entity_id]
    events = dict_cursor(conn).execute(f"{EVENT_SELECT} WHERE {' AND '.join(where)}", args).fetchall()
    by_id = {}
    for ev in events:
        ev["confidential"] = bool(ev["confidential"])
        ev["actors"] = []
        by_id[ev["id"]] = ev
    if not by_id:
        return []
    actors = conn.execute(
        """SELECT ea.event_id, e.id, e.name, e.type, ea.role
           FROM event_actors ea
           JOIN chains c ON c.doc_id = ea.doc_id AND c.chain = ea.chain
           JOIN entities e ON e.id = c.entity_id
           UNION ALL
           SELECT ev.id, e.id, e.name, e.type, 'place'
           FROM events ev
           JOIN chains c ON c.doc_id = ev.doc_id AND c.chain = ev.place_chain
           JOIN entities e ON e.id = c.entity_id""")
    for event_id, eid, name, type_, role in actors:
        ev = by_id.get(event_id)
        if ev is not None:
            ev["actors"].append({"id": eid, "name": name, "type": type_, "role": role})
    return events


# ---- cross-document events (analyze.happenings) ------------------------------------------------

def report_rows(conn: sqlite3.Connection) -> list:
    """Every event report with its place's entity, in the order they were stored."""
    return conn.execute(
        """SELECT ev.id, ev.doc_id, ev.type, ev.types, ev.date, ev.happening, pc.entity_id AS place
           FROM events ev LEFT JOIN chains pc ON pc.doc_id = ev.doc_id AND pc.chain = ev.place_chain
           ORDER BY ev.rowid""").fetchall()


def report_actors(conn: sqlite3.Connection) -> list:
    """(event id, entity id, role, chain type, pack actor id) of every resolved actor of a report."""
    return conn.execute(
        """SELECT ea.event_id, c.entity_id, ea.role, c.type, e.pack_id FROM event_actors ea
           JOIN chains c ON c.doc_id = ea.doc_id AND c.chain = ea.chain
           JOIN entities e ON e.id = c.entity_id
           WHERE c.entity_id IS NOT NULL""").fetchall()


def set_happenings(conn: sqlite3.Connection, updates: list[tuple[str, str]]) -> None:
    """(happening, event id) pairs: each report's cross-document event id."""
    conn.executemany("UPDATE events SET happening = ? WHERE id = ?", updates)


def event_ref(conn: sqlite3.Connection, ref: str):
    """The report with id `ref`, else one of the happening `ref`: (id, happening) or None."""
    return conn.execute("SELECT id, happening FROM events WHERE id = ? OR happening = ? ORDER BY id = ? DESC",
                        (ref, ref, ref)).fetchone()


def event_row(conn: sqlite3.Connection, event_id: str) -> dict | None:
    """One report's stored row, or None."""
    row = conn.execute("SELECT * FROM events WHERE id = ?", (event_id,)).fetchone()
    return dict(row) if row is not None else None


def chains_within(conn: sqlite3.Connection, doc_id: str, spans: list[list]) -> set[int]:
    """The chains a document mentions inside the given [start, end, text] spans."""
    return {chain for start, end, _ in spans for (chain,) in conn.execute(
        "SELECT DISTINCT chain FROM mentions WHERE doc_id = ? AND start >= ? AND end <= ?",
        (doc_id, start, end))}


def set_event_spans(conn: sqlite3.Connection, event_id: str, spans: list[list]) -> None:
    """A report's evidence sentences, the first one its evidence."""
    conn.execute("UPDATE events SET spans = ?, evidence_start = ?, evidence_end = ?, evidence = ?"
                 " WHERE id = ?", (json.dumps(spans, ensure_ascii=False), *spans[0], event_id))


def put_report(conn: sqlite3.Connection, row: dict) -> None:
    """Store (or replace) a report made by an analyst's judgement, not by extraction."""
    conn.execute(
        "INSERT OR REPLACE INTO events (id, doc_id, type, types, date, date_precision, place_chain,"
        " evidence_start, evidence_end, evidence, spans, extractor, confidence, happening)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        tuple(row[k] for k in ("id", "doc_id", "type", "types", "date", "date_precision", "place_chain",
                               "evidence_start", "evidence_end", "evidence", "spans", "extractor",
                               "confidence", "happening")))


def report_chains(conn: sqlite3.Connection, event_id: str) -> list[tuple[int, str]]:
    """(chain, role) of every actor of a report, resolved or not."""
    return [(r[0], r[1]) for r in conn.execute(
        "SELECT chain, role FROM event_actors WHERE event_id = ?", (event_id,))]


def add_report_chains(conn: sqlite3.Connection, event_id: str, doc_id: str,
                      actors: list[tuple[int, str]]) -> None:
    conn.executemany("INSERT OR IGNORE INTO event_actors (event_id, doc_id, chain, role) VALUES (?, ?, ?, ?)",
                     [(event_id, doc_id, chain, role) for chain, role in actors])


def drop_report_chains(conn: sqlite3.Connection, event_id: str, chains: list[int]) -> None:
    conn.executemany("DELETE FROM event_actors WHERE event_id = ? AND chain = ?",
                     [(event_id, chain) for chain in chains])


def fold_report(conn: sqlite3.Connection, source: str, into: str) -> None:
    """Report `source`'s actors go to report `into`, and `source` is deleted."""
    conn.execute("""INSERT OR IGNORE INTO event_actors (event_id, doc_id, chain, role)
                    SELECT ?, doc_id, chain, role FROM event_actors WHERE event_id = ?""", (into, source))
    conn.execute("DELETE FROM events WHERE id = ?", (source,))
