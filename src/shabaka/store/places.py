"""SQL for place resolution: every document's place and country chains, with where they stand."""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict

PLACE_TYPES = ("PLACE", "COUNTRY")


def place_chains(conn: sqlite3.Connection, *, include_confidential: bool = True) -> dict[str, list[dict]]:
    """doc_id -> its PLACE and COUNTRY chains as `geo.locate` takes them, with the entity resolved."""
    where = "" if include_confidential else " AND d.confidential = 0"
    sentences: dict[tuple[str, int], set[int]] = defaultdict(set)
    for doc_id, chain, start in conn.execute(
            f"""SELECT m.doc_id, m.chain, m.sentence_start FROM mentions m
                JOIN chains c ON c.doc_id = m.doc_id AND c.chain = m.chain
                JOIN documents d ON d.id = m.doc_id
                WHERE c.type IN ('PLACE', 'COUNTRY'){where}"""):
        sentences[(doc_id, chain)].add(start)
    out: dict[str, list[dict]] = defaultdict(list)
    for doc_id, chain, name, type_, names, pack_id, entity_id in conn.execute(
            f"""SELECT c.doc_id, c.chain, c.name, c.type, c.names, c.pack_id, c.entity_id FROM chains c
                JOIN documents d ON d.id = c.doc_id
                WHERE c.type IN ('PLACE', 'COUNTRY'){where} ORDER BY c.doc_id, c.chain"""):
        out[doc_id].append({"chain": chain, "name": name, "type": type_, "names": json.loads(names),
                            "pack_id": pack_id, "entity_id": entity_id,
                            "sentences": sorted(sentences[(doc_id, chain)])})
    return dict(out)
