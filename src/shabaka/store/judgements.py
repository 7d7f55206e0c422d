"""SQL for analysts' judgements: the overrides table and the rows they move.

A judgement never rewrites extracted data: it moves chains between entities
or sets an entity's name or type, and records enough to be undone and to be
re-applied after any re-ingest or re-resolution.
"""

from __future__ import annotations

import json
import sqlite3

from shabaka.config import min_confidence_default
from shabaka.store.db import now
from shabaka.store.queries import like_escape


def record(conn: sqlite3.Connection, action: str, payload: dict, author: str) -> int:
    cur = conn.execute(
        "INSERT INTO overrides (action, payload, author, created_at) VALUES (?, ?, ?, ?) RETURNING id",
        (action, json.dumps(payload, ensure_ascii=False), author, now()),
    )
    return int(cur.fetchone()[0])


def active(conn: sqlite3.Connection, actions: tuple[str, ...] | None = None) -> list[dict]:
    """Judgements not undone, oldest first; only the given actions where named."""
    if actions is None:
        rows = conn.execute("SELECT * FROM overrides WHERE undone_at IS NULL ORDER BY id")
    else:
        marks = ", ".join("?" for _ in actions)
        rows = conn.execute(f"SELECT * FROM overrides WHERE undone_at IS NULL AND action IN ({marks})"
                            " ORDER BY id", actions)
    return [_row(r) for r in rows]


def all_judgements(conn: sqlite3.Connection) -> list[dict]:
    return [_row(r) for r in conn.execute("SELECT * FROM overrides ORDER BY id")]


def get(conn: sqlite3.Connection, judgement_id: int) -> dict | None:
    row = conn.execute("SELECT * FROM overrides WHERE id = ?", (judgement_id,)).fetchone()
    return _row(row) if row else None


def mark_undone(conn: sqlite3.Connection, judgement_id: int) -> None:
    conn.execute("UPDATE overrides SET undone_at = ? WHERE id = ?", (now(), judgement_id))


def _row(row: sqlite3.Row) -> dict:
    out = dict(row)
    out["payload"] = json.loads(out["payload"])
    return out


def chains_of(conn: sqlite3.Connection, entity_id: str) -> list[tuple[str, int, list[str]]]:
    return [(r[0], r[1], json.loads(r[2])) for r in conn.execute(
        "SELECT doc_id, chain, names FROM chains WHERE entity_id = ?", (entity_id,))]


def move_chains(conn: sqlite3.Connection, chains: list[tuple[str, int]], entity_id: str) -> None:
    conn.executemany("UPDATE chains SET entity_id = ? WHERE doc_id = ? AND chain = ?",
                     [(entity_id, doc, chain) for doc, chain in chains])


def move_all_chains(conn: sqlite3.Connection, source: str, target: str) -> None:
    conn.execute("UPDATE chains SET entity_id = ? WHERE entity_id = ?", (target, source))


def copy_aliases(conn: sqlite3.Connection, source: str, target: str) -> None:
    conn.execute(
        "INSERT OR IGNORE INTO aliases (entity_id, name, key, block, source)"
        " SELECT ?, name, key, block, 'judgement' FROM aliases WHERE entity_id = ?",
        (target, source),
    )


def remove_copied_aliases(conn: sqlite3.Connection, source: str, target: str) -> None:
    """Undo copy_aliases: the names a merge gave `target` go back to being `source`'s only."""
    conn.execute(
        "DELETE FROM aliases WHERE entity_id = ? AND source = 'judgement'"
        " AND name IN (SELECT name FROM aliases WHERE entity_id = ?)",
        (target, source),
    )


def ensure_entity(conn: sqlite3.Connection, entity_id: str, name: str, type_: str) -> None:
    stamp = now()
    conn.execute(
        "INSERT OR IGNORE INTO entities (id, name, type, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
        (entity_id, name, type_, stamp, stamp),
    )


def set_entity(conn: sqlite3.Connection, entity_id: str, *, name: str | None = None,
               type_: str | None = None) -> None:
    if name is not None:
        conn.execute("UPDATE entities SET name = ?, updated_at = ? WHERE id = ?", (name, now(), entity_id))
    if type_ is not None:
        conn.execute("UPDATE entities SET type = ?, updated_at = ? WHERE id = ?", (type_, now(), entity_id))


def entity_row(conn: sqlite3.Connection, entity_id: str) -> dict | None:
    row = conn.execute("SELECT id, name, type FROM entities WHERE id = ?", (entity_id,)).fetchone()
    return dict(row) if row else None


def candidate_rows(conn: sqlite3.Connection) -> list[dict]:
    """Every entity that documents mention, with its names and mention count."""
    rows = conn.execute(
        """SELECT e.id, e.name, e.type, e.pack_id, COUNT(*) AS chains
           FROM entities e JOIN chains c ON c.entity_id = e.id GROUP BY e.id""")
    out = [dict(r) for r in rows]
    names: dict[str, list[str]] = {}
    for entity_id, name in conn.execute(
            "SELECT entity_id, name FROM aliases WHERE entity_id IN (SELECT entity_id FROM chains)"):
        names.setdefault(entity_id, []).append(name)
    for row in out:
        row["names"] = names.get(row["id"], [row["name"]])
    return out


def co_mentioned(conn: sqlite3.Connection, ids: set[str]) -> dict[str, set[str]]:
    """For each of `ids`, the other entities that share a document with it."""
    out: dict[str, set[str]] = {}
    marks = ",".join("?" * len(ids))
    if ids:
        for a, b in conn.execute(
                f"SELECT DISTINCT c1.entity_id, c2.entity_id FROM chains c1 JOIN chains c2"
                f" ON c2.doc_id = c1.doc_id AND c2.entity_id != c1.entity_id"
                f" WHERE c1.entity_id IN ({marks})", sorted(ids)):
            out.setdefault(a, set()).add(b)
    return out


# ---- claim judgements ------------------------------------------------------------------------------

CLAIM_ACTIONS = {"accept_claim": "accepted", "reject_claim": "rejected"}


def claim_ids(conn: sqlite3.Connection, ref: str, limit: int = 10) -> list[str]:
    """Ids of the claims whose id is `ref` or begins with it (at most `limit`)."""
    ref = ref.strip()
    if not ref:
        return []
    if conn.execute("SELECT 1 FROM claims WHERE id = ?", (ref,)).fetchone():
        return [ref]
    return [r[0] for r in conn.execute(
        "SELECT id FROM claims WHERE id LIKE ? ESCAPE '\\' ORDER BY id LIMIT ?",
        (like_escape(ref) + "%", limit))]


def claim_key(conn: sqlite3.Connection, claim_id: str) -> dict | None:
    """What a claim judgement records of its claim: the parts its id hashes, plus what finds
    it again once the document's id has changed (origin, relation, chain names, sentence)."""
    row = conn.execute(
        """SELECT cl.id, cl.doc_id, d.origin, cl.relation, cl.subject_chain, s.name AS subject,
                  cl.object_chain, o.name AS object, cl.evidence_start, cl.evidence_end, cl.evidence
           FROM claims cl JOIN documents d ON d.id = cl.doc_id
           JOIN chains s ON s.doc_id = cl.doc_id AND s.chain = cl.subject_chain
           JOIN chains o ON o.doc_id = cl.doc_id AND o.chain = cl.object_chain
           WHERE cl.id = ?""", (claim_id,)).fetchone()
    if row is None:
        return None
    return {("claim" if k == "id" else k): row[k] for k in row.keys()}  # noqa: SIM118 (a Row iterates values)


def claim_verdicts(conn: sqlite3.Connection) -> dict[str, str]:
    """Claim id -> "accepted" or "rejected", by the latest active judgement of each claim.

    A judgement names its claim by id, a hash of the document id (its content hash), the
    relation, both chains and the evidence span, which the same text and pipeline always
    give again, so it holds across re-ingest. When the document's content changed (a new
    id) the judgement follows the claim that states the same relation between chains of the
    same names in the same sentence of a document from the same origin; where none does, it
    stays recorded and applies to nothing.
    """
    out: dict[str, str] = {}
    for j in active(conn, tuple(CLAIM_ACTIONS)):
        p = j["payload"]
        ids = [r[0] for r in conn.execute("SELECT id FROM claims WHERE id = ?", (p["claim"],))]
        if not ids:
            ids = [r[0] for r in conn.execute(
                """SELECT cl.id FROM claims cl JOIN documents d ON d.id = cl.doc_id
                   JOIN chains s ON s.doc_id = cl.doc_id AND s.chain = cl.subject_chain
                   JOIN chains o ON o.doc_id = cl.doc_id AND o.chain = cl.object_chain
                   WHERE d.origin = ? AND cl.relation = ? AND s.name = ? AND o.name = ?
                     AND cl.evidence = ?""",
                (p["origin"], p["relation"], p["subject"], p["object"], p["evidence"]))]
        for claim_id in ids:
            out[claim_id] = CLAIM_ACTIONS[j["action"]]
    return out


def admit(conn: sqlite3.Connection, rows: list[dict], min_confidence: float | None = None, *,
          keep_all: bool = False) -> list[dict]:
    """The one rule for which claims analysis, exports and the audit take: accepted ones, and
    those at or above the threshold (`min_confidence`, else the setting) that no analyst
    rejected. Every row gets "verdict" (None, "accepted", "rejected") and "suggested" (under
    the threshold, not accepted); `keep_all` keeps every row, for views that show suggested
    and rejected claims apart."""
    verdicts = claim_verdicts(conn)
    threshold = min_confidence_default() if min_confidence is None else min_confidence
    kept = []
    for row in rows:
        verdict = verdicts.get(row["id"]) if verdicts else None
        row["verdict"] = verdict
        row["suggested"] = verdict != "accepted" and (row["confidence"] or 0.0) < threshold
        if keep_all or verdict == "accepted" or (verdict is None and not row["suggested"]):
            kept.append(row)
    return kept
