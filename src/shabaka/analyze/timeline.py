"""Timelines: events and dated claims in date order, one entry per happening.

Several documents often report one event: its reports are one entry, the
cross-document event the store keeps (`analyze.happenings`), "reported by" as
many documents as it has, dated by the most precise date any report gives. A
happening no report dates is listed last as undated: a publication date is
never shown as the date of what it reports.

Claims appear when their text dates them (a start or an end), merged when they
state the same relation between the same two actors at compatible dates.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from shabaka.analyze.graph import clean_date, date_bounds, dates_compatible, query_window
from shabaka.model import date_precision
from shabaka.store import analysis

if TYPE_CHECKING:
    import sqlite3

def _evidence(row: dict, text: str | None = None) -> dict:
    return {"text": " ".join((text or row["evidence"]).split()), "doc_id": row["doc_id"], "event": row["id"],
            "doc_title": row["doc_title"], "published": row["published"],
            "confidential": bool(row["confidential"])}


def _sentence(row: dict, text: str, n: int, of: int) -> dict:
    """One evidence sentence of a report, numbered as `shabaka event-split --sentence` takes it."""
    return _evidence(row, text) | {"sentence": n, "sentences": of}


def _document(row: dict) -> dict:
    return {"id": row["doc_id"], "title": row["doc_title"], "outlet": row["outlet"],
            "published": row["published"]}


def _event_entry(row: dict) -> dict:
    when = clean_date(row["date"])
    spans = json.loads(row["spans"]) if row.get("spans") else []
    texts = [s[2] for s in spans if len(s) > 2] or [row["evidence"]]
    return {"kind": "event", "id": row["happening"], "date": when, "precision": date_precision(when),
            "type": row["type"], "types": json.loads(row["types"]) if row.get("types") else [row["type"]],
            "actors": [dict(a) for a in row["actors"]],
            "evidence": [_sentence(row, t, i, len(texts)) for i, t in enumerate(texts, 1)],
            "documents": [_document(row)], "fatalities": row["fatalities"], "reports": [row["id"]]}


def _claim_entry(row: dict) -> dict:
    when = clean_date(row["start"]) or clean_date(row["end"])
    return {"kind": "claim", "date": when, "precision": date_precision(when), "type": row["relation"],
            "end": clean_date(row["end"]), "role": row["role"],
            "actors": [{"id": row["subject_id"], "name": row["subject_name"], "type": row["subject_type"],
                        "role": "subject"},
                       {"id": row["object_id"], "name": row["object_name"], "type": row["object_type"],
                        "role": "object"}],
            "evidence": [_evidence(row)], "documents": [_document(row)]}


_ROLE_ORDER = ("agent", "victim", "target", "participant", "subject", "object", "place")
_ROLE_RANK = {role: i for i, role in enumerate(_ROLE_ORDER)}


def _same(a: dict, b: dict) -> bool:
    """Two claims: the same relation between the same two actors at compatible dates."""
    if a["type"] != b["type"] or a["date"] is None or b["date"] is None:
        return False
    if [x["id"] for x in a["actors"]] != [x["id"] for x in b["actors"]]:
        return False
    return dates_compatible(a["date"], b["date"])


_PRECISION_RANK = {"day": 0, "month": 1, "year": 2, None: 4}


def _merge(into: dict, other: dict) -> None:
    # keep the most precise date any report gives
    if _PRECISION_RANK[other["precision"]] < _PRECISION_RANK[into["precision"]]:
        into["date"], into["precision"] = other["date"], other["precision"]
    into["actors"] = _unique_actors(into["actors"] + other["actors"])
    into["evidence"] += other["evidence"]
    seen = {d["id"] for d in into["documents"]}
    into["documents"] += [d for d in other["documents"] if d["id"] not in seen]
    if "types" in into:
        into["types"] += [t for t in other["types"] if t not in into["types"]]
        into["reports"] += other["reports"]
    if other.get("fatalities") is not None:
        # reports differ; the highest count stated is shown, every sentence is kept as evidence
        into["fatalities"] = max(into.get("fatalities") or 0, other["fatalities"])


def _unique_actors(actors: list[dict]) -> list[dict]:
    """One entry per actor, with the most telling role any report gives it."""
    best: dict[str, dict] = {}
    for a in actors:
        kept = best.get(a["id"])
        if kept is None or _ROLE_RANK.get(a["role"], 99) < _ROLE_RANK.get(kept["role"], 99):
            best[a["id"]] = a
    return list(best.values())


def _sort_key(entry: dict) -> tuple:
    if entry["date"] is None:
        return (1, "", "", entry["type"])
    bounds = date_bounds(entry["date"])
    return (0, bounds[0], bounds[1], entry["type"])  # type: ignore[index]


def _blocks(entry: dict) -> list[tuple]:
    """The key under which a matching claim must sit: same relation, same two actors."""
    return [("claim", entry["type"], tuple(a["id"] for a in entry["actors"]))]


def _happenings(entries: list[dict]) -> list[dict]:
    """One entry per cross-document event: its reports merged, best date and role kept."""
    by_id: dict[str, dict] = {}
    for entry in sorted(entries, key=_sort_key):
        kept = by_id.get(entry["id"])
        if kept is None:
            by_id[entry["id"]] = {**entry, "actors": _unique_actors(entry["actors"]),
                                  "evidence": list(entry["evidence"]), "documents": list(entry["documents"]),
                                  "types": list(entry["types"]), "reports": list(entry["reports"])}
        else:
            _merge(kept, entry)
    return list(by_id.values())


def deduplicate(entries: list[dict]) -> list[dict]:
    """Merge claims that state the same thing (see the module docstring).

    Entries are swept in date order; each block keeps only the reports whose date
    window has not closed yet, so the cost stays near-linear in the number of reports.
    An entry joins the first cluster holding a report it matches; reports are compared
    one to one, never to a cluster's accumulated actors, so clusters do not snowball.
    """
    clusters: list[dict] = []
    open_reports: dict[tuple, list[tuple[str, int, dict]]] = {}
    for entry in sorted(entries, key=_sort_key):
        window = date_bounds(entry["date"]) if entry["date"] is not None else None
        target = None
        if window is not None:
            for block in _blocks(entry):
                reports = open_reports.get(block)
                if not reports:
                    continue
                reports[:] = [r for r in reports if r[0] >= window[0]]  # windows that closed
                target = next((index for _, index, report in reports if _same(report, entry)), None)
                if target is not None:
                    break
        if target is None:
            target = len(clusters)
            clusters.append({**entry, "actors": _unique_actors(entry["actors"]),
                             "evidence": list(entry["evidence"]), "documents": list(entry["documents"])})
        else:
            _merge(clusters[target], entry)
        if window is not None:
            for block in _blocks(entry):
                open_reports.setdefault(block, []).append((window[1], target, entry))
    return sorted(clusters, key=_sort_key)


def happenings(conn: sqlite3.Connection, *, type: str | None = None, entity_id: str | None = None,
               place_id: str | None = None, date_from: str | None = None, date_to: str | None = None,
               redact: bool = False) -> list[dict]:
    """Cross-document events in date order, each with all its reports (timeline entries of
    kind "event"). `type` keeps those with that type among theirs, `entity_id` those it
    takes part in or is the place of, `place_id` those at that place; with a date range only
    dated ones that can fall in it."""
    window = query_window(None, date_from, date_to)
    rows = analysis.event_rows(conn, include_confidential=not redact)
    out = []
    for entry in _happenings([_event_entry(r) for r in rows]):
        ids = {a["id"] for a in entry["actors"]}
        places = {a["id"] for a in entry["actors"] if a["role"] == "place"}
        if ((type and type not in entry["types"]) or (entity_id and entity_id not in ids)
                or (place_id and place_id not in places)
                or (window is not None and (entry["date"] is None or not _in(entry, window)))):
            continue
        out.append(entry)
    return sorted(out, key=_sort_key)


def event_record(entry: dict) -> dict:
    """A happening as `shabaka events --json` and the Python API give it: its place apart
    from its actors, and how many documents report it."""
    place = next(({k: a[k] for k in ("id", "name", "type")} for a in entry["actors"] if a["role"] == "place"),
                 None)
    first = entry["evidence"][0]
    return {"id": entry["id"], "type": entry["type"], "types": entry["types"], "date": entry["date"],
            "date_precision": entry["precision"], "place": place,
            "actors": [a for a in entry["actors"] if a["role"] != "place"], "fatalities": entry["fatalities"],
            "reported_by": len(entry["documents"]), "documents": entry["documents"],
            "evidence": entry["evidence"], "doc_title": first["doc_title"],
            "confidential": any(e["confidential"] for e in entry["evidence"]), "reports": entry["reports"]}


def timeline(conn: sqlite3.Connection, entity_id: str | None = None, date_from: str | None = None,
             date_to: str | None = None, *, redact: bool = False) -> list[dict]:
    """Events and dated claims in date order, each happening (and each claim) one entry.

    Entries: {"kind": "event"|"claim", "date", "precision" ("day", "month",
    "year" or None), "type", "actors": [{"id","name","type","role"}],
    "evidence": [{"text","doc_id","doc_title","published","confidential"}],
    "documents": [{"id","title","outlet","published"}]}, plus "id" (the
    cross-document event id), "types", "reports" and "fatalities" for events and
    "end", "role" for claims. With a date range only entries that can fall in it
    are kept (undated ones never). `redact` leaves confidential documents out.
    """
    window = query_window(None, date_from, date_to)
    events = happenings(conn, entity_id=entity_id, date_from=date_from, date_to=date_to, redact=redact)
    claims = analysis.claim_rows(conn, include_confidential=not redact, dated_only=True, entity_id=entity_id)
    entries = events + deduplicate([_claim_entry(r) for r in claims if r["subject_id"] != r["object_id"]])
    if window is not None:
        entries = [e for e in entries if e["date"] is not None and _in(e, window)]
    return sorted(entries, key=_sort_key)


def _in(entry: dict, window: tuple[str, str]) -> bool:
    lo, hi = date_bounds(entry["date"])  # type: ignore[misc]
    return lo <= window[1] and hi >= window[0]
