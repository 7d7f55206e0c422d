"""Shapes store and analysis results into the JSON the API returns and the pages render.

Pure functions of rows and graphs: no SQL, no HTTP. Untrusted text (names,
evidence, titles) passes through unchanged; the pages escape it when they
show it. Long lists are capped here and say how many there were, so that an
entity named in thousands of documents still answers quickly.
"""

from __future__ import annotations

import json
from collections import defaultdict
from typing import TYPE_CHECKING, Any

from shabaka.store.fts import SNIPPET_CLOSE, SNIPPET_OPEN

if TYPE_CHECKING:
    from shabaka.analyze.graph import ActorGraph, Edge
    from shabaka.analyze.keyplayers import Fragmentation, WhatIf
    from shabaka.ontology.loader import Ontology

CLAIMS_PER_ITEM = 3
EVIDENCE_PER_ENTRY = 5

# How a profile names each relation seen from one end. Relations another ontology adds
# get a label made from their name; the sections only order the page.
RELATION_LABELS: dict[tuple[str, str], str] = {
    ("leads", "in"): "Led by", ("leads", "out"): "Leads",
    ("member_of", "in"): "Members and officials", ("member_of", "out"): "Member of",
    ("part_of", "out"): "Part of", ("part_of", "in"): "Units and components",
    ("founded", "out"): "Founded", ("founded", "in"): "Founded by",
    ("succeeded", "out"): "Succeeded", ("succeeded", "in"): "Succeeded by",
    ("backs", "in"): "Backed by", ("backs", "out"): "Backs",
    ("allied_with", "both"): "Allies", ("hostile_to", "both"): "Enemies",
    ("controls", "out"): "Controls", ("controls", "in"): "Controlled by",
    ("sanctioned", "out"): "Sanctioned", ("sanctioned", "in"): "Sanctioned by",
    ("killed", "out"): "Killed", ("killed", "in"): "Killed by",
    ("born_in", "out"): "Born in", ("born_in", "in"): "Birthplace of",
}
SECTIONS: list[tuple[str, tuple[str, ...]]] = [
    ("Leadership and affiliation", ("leads", "member_of", "part_of", "founded", "succeeded")),
    ("Backing", ("backs",)),
    ("Allies and enemies", ("allied_with", "hostile_to")),
    ("Control", ("controls",)),
    ("Sanctions and violence", ("sanctioned", "killed")),
]
OTHER_SECTION = "Other relations"


def entity_ref(entity_id: str | None, name: str | None, type_: str | None) -> dict | None:
    if entity_id is None:
        return None
    return {"id": entity_id, "name": name, "type": type_}


def document_ref(row: dict) -> dict:
    return {"id": row["doc_id"], "title": row["doc_title"], "outlet": row.get("outlet"),
            "published": row.get("published"), "confidential": bool(row.get("confidential"))}


def claim(row: dict) -> dict:
    """One claim with its evidence sentence and its source."""
    out = {
        "id": row["id"], "relation": row["relation"], "role": row.get("role"),
        "start": row.get("start"), "end": row.get("end"),
        "evidence": " ".join((row.get("evidence") or "").split()),
        "extractor": row.get("extractor"), "confidence": row.get("confidence"),
        "subject": entity_ref(row["subject_id"], row["subject_name"], row["subject_type"]),
        "object": entity_ref(row["object_id"], row["object_name"], row["object_type"]),
        "document": document_ref(row),
        # "he → Qasem Soleimani": which words of the evidence were read as which argument
        "coreference": [{"text": c["text"], "refers_to": row[f"{c['argument']}_name"]}
                        for c in json.loads(row.get("coreference") or "[]")],
    }
    if "verdict" in row:
        out["verdict"], out["suggested"] = row["verdict"], row["suggested"]
    if "valid_from" in row:
        out["valid_from"], out["valid_until"] = row["valid_from"], row["valid_until"]
        out["valid_from_basis"] = row.get("valid_from_basis")
        out["valid_until_basis"] = row.get("valid_until_basis")
    return out


def rank_claims(rows: list[dict]) -> None:
    """Best evidence first: shareable, then most confident, then the most recent report."""
    rows.sort(key=lambda r: r.get("published") or "", reverse=True)
    rows.sort(key=lambda r: (bool(r.get("confidential")), -(r.get("confidence") or 0.0)))


def relationships(entity_id: str, rows: list[dict], ontology: Ontology) -> list[dict]:
    """An entity's claims grouped by relation and direction, then by the entity at the other end.

    Each group: {"relation", "direction" ("out", "in" or "both"), "label",
    "section", "items"}; each item: the other entity, how many claims,
    documents and outlets state it, first and last date, roles, whether only
    confidential documents do, and the best CLAIMS_PER_ITEM claims.
    """
    groups: dict[tuple[str, str], dict[str, list[dict]]] = defaultdict(lambda: defaultdict(list))
    others: dict[str, dict] = {}
    for row in rows:
        s, o, rel = row["subject_id"], row["object_id"], row["relation"]
        if s == o:
            continue
        spec = ontology.relations.get(rel)
        symmetric = spec is not None and spec.symmetric
        direction = "both" if symmetric else "out" if s == entity_id else "in"
        other = o if s == entity_id else s
        if other == o:
            others[other] = entity_ref(o, row["object_name"], row["object_type"])  # type: ignore[assignment]
        else:
            others[other] = entity_ref(s, row["subject_name"], row["subject_type"])  # type: ignore[assignment]
        groups[(rel, direction)][other].append(row)
    section_of = {rel: title for title, rels in SECTIONS for rel in rels}
    order = {rel: i for i, (_, rels) in enumerate(SECTIONS) for rel in rels}
    out = []
    for (rel, direction), by_other in groups.items():
        items = []
        for other, claims in by_other.items():
            rank_claims(claims)
            dates = [d for c in claims for d in (c.get("start"), c.get("end"), c.get("published")) if d]
            items.append({
                "entity": others[other],
                "claims_total": len(claims),
                "documents": len({c["doc_id"] for c in claims}),
                "outlets": len({(c.get("outlet") or c["doc_id"]).strip().casefold() for c in claims}),
                "first": min(dates) if dates else None,
                "last": max(dates) if dates else None,
                "roles": sorted({c["role"] for c in claims if c.get("role")}),
                "confidential_only": all(c.get("confidential") for c in claims),
                "claims": [claim(c) for c in claims[:CLAIMS_PER_ITEM]],
            })
        items.sort(key=lambda i: (-i["documents"], (i["entity"]["name"] or "").casefold()))
        out.append({
            "relation": rel, "direction": direction,
            "label": RELATION_LABELS.get((rel, direction), _default_label(rel, direction)),
            "section": section_of.get(rel, OTHER_SECTION),
            "items": items,
        })
    out.sort(key=lambda g: (order.get(g["relation"], len(order)), g["relation"],
                            {"in": 0, "both": 1, "out": 2}[g["direction"]]))
    return out


def _default_label(relation: str, direction: str) -> str:
    words = relation.replace("_", " ")
    return words.capitalize() if direction != "in" else f"{words.capitalize()} (by)"


def timeline_entry(entry: dict) -> dict:
    """A timeline entry with its evidence and documents capped, and a confidentiality flag."""
    out = dict(entry)
    out["evidence_total"] = len(entry["evidence"])
    out["evidence"] = entry["evidence"][:EVIDENCE_PER_ENTRY]
    out["documents_total"] = len(entry["documents"])
    out["documents"] = entry["documents"][:EVIDENCE_PER_ENTRY]
    out["confidential"] = any(e.get("confidential") for e in entry["evidence"])
    return out


def snippet(marked: str) -> list[dict]:
    """A search snippet as segments, the hits flagged: no markup for a page to trust."""
    parts, hit, buf = [], False, []
    for ch in marked:
        if ch in (SNIPPET_OPEN, SNIPPET_CLOSE):
            if buf:
                parts.append({"text": "".join(buf), "hit": hit})
                buf = []
            hit = ch == SNIPPET_OPEN
        else:
            buf.append(ch)
    if buf:
        parts.append({"text": "".join(buf), "hit": hit})
    return parts


def segments(text: str, mentions: list[dict]) -> list[dict]:
    """A document's text cut at its mentions: plain runs and mention runs with their entity.

    Cut on the server, in Python's character offsets, so a page never has to
    map offsets between string encodings; overlapping mentions keep the first.
    """
    out: list[dict[str, Any]] = []
    pos = 0
    for m in mentions:
        start, end = m["start"], m["end"]
        if start < pos or end <= start or end > len(text):
            continue
        if start > pos:
            out.append({"text": text[pos:start]})
        out.append({"text": text[start:end], "mention": {
            "type": m["type"], "entity": entity_ref(m["entity_id"], m["entity_name"], m["entity_type"])}})
        pos = end
    if pos < len(text):
        out.append({"text": text[pos:]})
    return out


def edge(e: Edge) -> dict:
    best = e.best_claim
    return {
        "id": f"{e.source}|{e.relation}|{e.target}",
        "source": e.source, "target": e.target, "relation": e.relation, "symmetric": e.symmetric,
        "documents": e.documents, "outlets": e.outlets, "weight": round(e.weight, 3),
        "first": e.first, "last": e.last,
        "confidential": all(c.get("confidential") for c in e.claims),
        "suggested": all(c.get("suggested") for c in e.claims),
        "evidence": {"text": " ".join(best["evidence"].split()), "document": document_ref(best)},
    }


def graph(g: ActorGraph, metrics: dict[str, dict] | None = None) -> dict:
    """Nodes with their degree in this graph and network metrics (`metrics`, else the stored ones)."""
    degree: dict[str, int] = defaultdict(int)
    for e in g.edges:
        degree[e.source] += 1
        degree[e.target] += 1
    nodes = [{"id": n["id"], "name": n["name"], "type": n["type"], "degree": degree[n["id"]],
              "metrics": metrics.get(n["id"]) if metrics is not None else n.get("metrics")}
             for n in g.nodes.values()]
    return {"nodes": nodes, "edges": [edge(e) for e in g.edges]}


def node(g: ActorGraph, node_id: str) -> dict:
    found = g.nodes.get(node_id, {})
    return {"id": node_id, "name": found.get("name", node_id), "type": found.get("type")}


TIES_PER_PLAYER = 12


def player(g: ActorGraph, node_id: str) -> dict:
    """An actor with the ties that place it in the network, strongest first, each with its
    best evidence sentence and source: why it is a key player, one click away."""
    ties = sorted((e for e in g.edges if node_id in (e.source, e.target)),
                  key=lambda e: (-e.weight, g.node_name(e.other(node_id)).casefold(), e.relation))
    return {**node(g, node_id), "ties_total": len(ties),
            "ties": [{**edge(e), "other": node(g, e.other(node_id)), "outward": e.source == node_id}
                     for e in ties[:TIES_PER_PLAYER]]}


def fragmentation(f: Fragmentation) -> dict:
    return {"components": f.components, "largest_share": round(f.largest_share, 4),
            "distance_fragmentation": round(f.distance_fragmentation, 4),
            "average_path_length": None if f.average_path_length is None else round(f.average_path_length, 3),
            "estimated": f.estimated}


def whatif(g: ActorGraph, result: WhatIf) -> dict:
    return {
        "removed": [node(g, r) for r in result.removed],
        "anchor": node(g, result.anchor) if result.anchor else None,
        "before": fragmentation(result.before),
        "after": fragmentation(result.after),
        "cut_from_anchor": [node(g, n) for n in result.cut_from_anchor],
        "brokers_before": [{**node(g, n), "betweenness": round(b, 4)} for n, b in result.brokers_before],
        "brokers_after": [{**node(g, n), "betweenness": round(b, 4)} for n, b in result.brokers_after],
        "graph": {"nodes": len(g.nodes), "edges": len(g.edges)},
    }


LEADERSHIP = ("leads", "succeeded")


def leadership(entity_id: str, rows: list[dict]) -> list[dict]:
    """Who led it, what it led, whom it succeeded, in the order of the dates the sources state.

    One entry per (relation, direction, other end, stated start, stated end),
    with the roles named and every source that states it; undated entries come
    last, with the date of the first report.
    """
    grouped: dict[tuple, list[dict]] = defaultdict(list)
    for row in rows:
        if row["relation"] not in LEADERSHIP or row["subject_id"] == row["object_id"]:
            continue
        out = row["subject_id"] == entity_id
        key = (row["relation"], "out" if out else "in", row["object_id"] if out else row["subject_id"],
               row.get("start"), row.get("end"))
        grouped[key].append(row)
    entries = []
    for (rel, direction, _other, start, end), claims in grouped.items():
        rank_claims(claims)
        best = claims[0]
        other = (entity_ref(best["object_id"], best["object_name"], best["object_type"]) if direction == "out"
                 else entity_ref(best["subject_id"], best["subject_name"], best["subject_type"]))
        entries.append({
            "relation": rel, "direction": direction, "label": RELATION_LABELS.get((rel, direction), rel),
            "entity": other, "roles": sorted({c["role"] for c in claims if c.get("role")}),
            "start": start, "end": end,
            "reported": min((c["published"] for c in claims if c.get("published")), default=None),
            "evidence": " ".join((best.get("evidence") or "").split()),
            "sources": [document_ref(c) for c in claims],
        })
    entries.sort(key=lambda e: (e["start"] is None and e["end"] is None, e["start"] or e["end"] or "",
                                e["reported"] or "", (e["entity"]["name"] or "").casefold()))
    return entries


def analysed_edge(g: ActorGraph, e: Edge) -> dict:
    """An edge with both ends named and every claim behind it (for the audit page)."""
    return {**edge(e), "source": node(g, e.source), "target": node(g, e.target),
            "claims": [claim(c) for c in e.claims]}


def judgement(row: dict, names: dict[str, str]) -> dict:
    """A judgement for display: the entities it names, without the chains it moved."""
    payload = {k: v for k, v in row["payload"].items() if k != "chains"}
    entities = {k: {"id": v, "name": names.get(v, v)} for k, v in payload.items()
                if k in ("source", "target", "entity", "new", "a", "b") and isinstance(v, str)}
    return {"id": row["id"], "action": row["action"], "payload": payload, "entities": entities,
            "author": row["author"], "created_at": row["created_at"], "undone_at": row["undone_at"],
            "active": row["undone_at"] is None}
