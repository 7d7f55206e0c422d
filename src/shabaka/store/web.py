"""Read-side queries the web workbench needs beyond `queries`: entity search with type
facets, a document's mentions, claims between two entities, paged documents of an entity.

Every user-supplied string reaches SQL as a bound parameter; LIKE patterns escape
their wildcards, so a query of "%" or "_" means those characters.
"""

from __future__ import annotations

import sqlite3

from shabaka.names import fold
from shabaka.store.analysis import EVENT_SELECT
from shabaka.store.pg import dialect
from shabaka.store.queries import CLAIM_SELECT, like_escape


def _contains(text: str) -> str:
    """A LIKE pattern matching strings that contain `text` literally."""
    return "%" + like_escape(text) + "%"


def _name_match(query: str) -> tuple[str, list[str]]:
    """SQL (on alias `a`) true when any name of the entity contains the query, case- and
    diacritic-insensitively, or its folded key does."""
    from shabaka.resolve.resolver import alias_key

    clauses = ["lower(a.name) LIKE ? ESCAPE '\\'"]
    args = [_contains(query.lower())]
    key = alias_key(query) if len(fold(query)) >= 3 else ""
    if key:  # spelling variants: the query's key starts a word of a name's key
        prefix = like_escape(key) + "%"
        clauses += ["a.key LIKE ? ESCAPE '\\'", "a.key LIKE ? ESCAPE '\\'"]
        args += [prefix, "% " + prefix]
    return "(" + " OR ".join(clauses) + ")", args


def search_entities(conn: sqlite3.Connection, query: str, *, type: str | None = None,
                    limit: int = 20, offset: int = 0) -> tuple[list[dict], dict[str, int]]:
    """Entities any of whose names contain `query`, best first, and match counts per type.

    Exact name matches come first, then entities named in more documents.
    Only entities that some document mentions are returned.
    """
    match, args = _name_match(query)
    matching = f"SELECT a.entity_id FROM aliases a WHERE {match}"
    facets = dict(conn.execute(
        f"""SELECT e.type, COUNT(*) FROM entities e
            WHERE e.id IN ({matching}) AND EXISTS (SELECT 1 FROM chains c WHERE c.entity_id = e.id)
            GROUP BY e.type ORDER BY 2 DESC, 1""", args).fetchall())
    where, where_args = [f"e.id IN ({matching})"], list(args)
    if type:
        where.append("e.type = ?")
        where_args.append(type)
    rows = conn.execute(
        f"""SELECT e.id, e.name, e.type, COUNT(DISTINCT c.doc_id) AS documents,
                   EXISTS (SELECT 1 FROM aliases x WHERE x.entity_id = e.id AND lower(x.name) = ?) AS exact
            FROM entities e JOIN chains c ON c.entity_id = e.id
            WHERE {' AND '.join(where)}
            GROUP BY e.id ORDER BY exact DESC, documents DESC, e.name LIMIT ? OFFSET ?""",
        (query.lower(), *where_args, limit, offset),
    ).fetchall()
    return [{k: r[k] for k in ("id", "name", "type", "documents")} for r in rows], facets


def entity_claims(conn: sqlite3.Connection, entity_id: str) -> list[dict]:
    """Every claim with the entity as subject or object, as CLAIM_SELECT rows."""
    # two indexed lookups beat one OR, which SQLite answers by scanning every claim
    rows = conn.execute(f"{CLAIM_SELECT} WHERE s.entity_id = ? UNION ALL "
                        f"{CLAIM_SELECT} WHERE o.entity_id = ? AND s.entity_id != ?",
                        (entity_id, entity_id, entity_id))
    return [dict(r) for r in rows]


def claims_between(conn: sqlite3.Connection, a: str, b: str | None = None, relation: str | None = None,
                   *, limit: int = 100, offset: int = 0) -> tuple[list[dict], int]:
    """Claims involving `a` (and `b`, either way round, when given), newest report first; and their total."""
    where, args = ["(s.entity_id = ? OR o.entity_id = ?)"], [a, a]
    if b is not None:
        where.append("(s.entity_id = ? OR o.entity_id = ?)")
        args += [b, b]
    if relation:
        where.append("cl.relation = ?")
        args.append(relation)
    clause = " AND ".join(where)
    total = conn.execute(f"SELECT COUNT(*) FROM ({CLAIM_SELECT} WHERE {clause}) found", args).fetchone()[0]
    rows = conn.execute(
        f"{CLAIM_SELECT} WHERE {clause} ORDER BY d.confidential, d.published DESC, cl.id LIMIT ? OFFSET ?",
        (*args, limit, offset))
    return [dict(r) for r in rows], total


def entity_documents(conn: sqlite3.Connection, entity_id: str, *, limit: int = 100,
                     offset: int = 0) -> tuple[list[dict], int]:
    """Documents that mention the entity, newest first; and how many there are."""
    total = conn.execute("SELECT COUNT(DISTINCT doc_id) FROM chains WHERE entity_id = ?",
                         (entity_id,)).fetchone()[0]
    rows = conn.execute(
        """SELECT d.id, d.title, d.outlet, d.published, d.confidential,
                  (SELECT COUNT(*) FROM mentions m
                   JOIN chains c2 ON c2.doc_id = m.doc_id AND c2.chain = m.chain
                   WHERE c2.doc_id = d.id AND c2.entity_id = ?) AS mentions
           FROM documents d WHERE d.id IN (SELECT doc_id FROM chains WHERE entity_id = ?)
           ORDER BY d.published DESC, d.seq LIMIT ? OFFSET ?""",
        (entity_id, entity_id, limit, offset))
    return [dict(r) for r in rows], total


def entity_counts(conn: sqlite3.Connection, entity_id: str) -> dict[str, int]:
    """How often an entity is mentioned, in how many documents and chains."""
    row = conn.execute(
        """SELECT COUNT(*), COUNT(DISTINCT m.doc_id) FROM mentions m
           JOIN chains c ON c.doc_id = m.doc_id AND c.chain = m.chain WHERE c.entity_id = ?""",
        (entity_id,)).fetchone()
    return {"mentions": row[0], "documents": row[1]}


def document_mentions(conn: sqlite3.Connection, doc_id: str) -> list[dict]:
    """A document's mentions in text order, each with the entity it resolved to (if any)."""
    rows = conn.execute(
        """SELECT m.start, m.end, m.text, m.type, c.entity_id, e.name AS entity_name, e.type AS entity_type
           FROM mentions m
           LEFT JOIN chains c ON c.doc_id = m.doc_id AND c.chain = m.chain
           LEFT JOIN entities e ON e.id = c.entity_id
           WHERE m.doc_id = ? ORDER BY m.start, m.end DESC""", (doc_id,))
    return [dict(r) for r in rows]


def document_claims(conn: sqlite3.Connection, doc_id: str) -> list[dict]:
    rows = conn.execute(f"{CLAIM_SELECT} WHERE cl.doc_id = ? ORDER BY cl.evidence_start", (doc_id,))
    return [dict(r) for r in rows]


def document_events(conn: sqlite3.Connection, doc_id: str) -> list[dict]:
    """A document's events, each with how many documents report its happening."""
    rows = [dict(r) for r in conn.execute(f"{EVENT_SELECT} WHERE ev.doc_id = ? ORDER BY ev.evidence_start",
                                          (doc_id,))]
    marks = ", ".join("?" for _ in rows)
    counts = dict(conn.execute(
        f"SELECT happening, COUNT(DISTINCT doc_id) FROM events WHERE happening IN ({marks})"
        " GROUP BY happening",
        [r["happening"] for r in rows])) if rows else {}
    return [{**r, "reported_by": counts.get(r["happening"], 1)} for r in rows]


def claim_date_span(conn: sqlite3.Connection) -> tuple[str | None, str | None]:
    """The earliest and latest date any claim or its document gives (raw ISO strings)."""
    year = {"sqlite": "x GLOB '[0-9][0-9][0-9][0-9]*'", "postgresql": "x ~ '^[0-9]{4}'"}[dialect(conn)]
    row = conn.execute(
        f"""SELECT MIN(x), MAX(x) FROM (
               SELECT cl.start AS x FROM claims cl WHERE cl.start IS NOT NULL
               UNION ALL SELECT cl.end FROM claims cl WHERE cl.end IS NOT NULL
               UNION ALL SELECT d.published FROM documents d
                         WHERE d.published IS NOT NULL AND d.id IN (SELECT doc_id FROM claims)) dates
           WHERE {year}""").fetchone()
    return row[0], row[1]


def data_version(conn: sqlite3.Connection) -> int:
    """Changes whenever another connection commits to the knowledge base (on PostgreSQL,
    whenever any connection does: Store.write counts the commits)."""
    if dialect(conn) == "postgresql":
        return conn.execute("SELECT data_version FROM kb_meta").fetchone()[0]
    return conn.execute("PRAGMA data_version").fetchone()[0]


def entity_aliases(conn: sqlite3.Connection, entity_id: str) -> list[str]:
    """An entity's names: those found in documents first, then the domain pack's."""
    return [r[0] for r in conn.execute(
        "SELECT name FROM aliases WHERE entity_id = ? ORDER BY source = 'pack', name", (entity_id,))]
