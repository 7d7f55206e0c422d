"""Timelines: events and dated claims in date order, one entry per happening.

Several documents often report one event. Two event reports are merged when
they have the same type, share at least one actor (the place counts) and
their dates can name the same day given their precision. An event the text
does not date is placed at its document's publication date with precision
"reported" (it happened on or before that day); it merges with a report whose
date falls within REPORT_WINDOW_DAYS before its publication, or with another
undated report published within that many days of it. A report with neither
date nor publication date is listed last and merged with nothing.

Claims appear when their text dates them (a start or an end), merged when they
state the same relation between the same two actors at compatible dates.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from shabaka.analyze.graph import clean_date, date_bounds, dates_compatible, query_window
from shabaka.model import date_precision
from shabaka.store import analysis

if TYPE_CHECKING:
    import sqlite3

REPORT_WINDOW_DAYS = 7
REPORTED = "reported"


def _shift(day: str, days: int) -> str:
    return (date.fromisoformat(day) + timedelta(days=days)).isoformat()


def _window(entry: dict) -> tuple[str, str] | None:
    """The days an entry can have happened on (for merging and range filters)."""
    if entry["precision"] == REPORTED:
        first, last = date_bounds(entry["date"])  # type: ignore[misc]
        return _shift(first, -REPORT_WINDOW_DAYS), last
    return date_bounds(entry["date"])


def _evidence(row: dict) -> dict:
    return {"text": " ".join(row["evidence"].split()), "doc_id": row["doc_id"],
            "doc_title": row["doc_title"], "published": row["published"],
            "confidential": bool(row["confidential"])}


def _document(row: dict) -> dict:
    return {"id": row["doc_id"], "title": row["doc_title"], "outlet": row["outlet"],
            "published": row["published"]}


def _event_entry(row: dict) -> dict:
    when = clean_date(row["date"])
    precision = date_precision(when) if when else None
    if when is None and clean_date(row["published"]):
        when, precision = clean_date(row["published"]), REPORTED
    return {"kind": "event", "date": when, "precision": precision, "type": row["type"],
            "actors": [dict(a) for a in row["actors"]], "evidence": [_evidence(row)],
            "documents": [_document(row)], "fatalities": row["fatalities"]}


def _claim_entry(row: dict) -> dict:
    when = clean_date(row["start"]) or clean_date(row["end"])
    return {"kind": "claim", "date": when, "precision": date_precision(when), "type": row["relation"],
            "end": clean_date(row["end"]), "role": row["role"],
            "actors": [{"id": row["subject_id"], "name": row["subject_name"], "type": row["subject_type"],
                        "role": "subject"},
                       {"id": row["object_id"], "name": row["object_name"], "type": row["object_type"],
                        "role": "object"}],
            "evidence": [_evidence(row)], "documents": [_document(row)]}


PRINCIPAL_ROLES = ("agent", "target", "victim")
_ROLE_ORDER = (*PRINCIPAL_ROLES, "participant", "subject", "object", "place")
_ROLE_RANK = {role: i for i, role in enumerate(_ROLE_ORDER)}


def _key_actors(entry: dict) -> set[str]:
    """Who an event is about: its agents, targets and victims, else everyone but the place."""
    principal = {a["id"] for a in entry["actors"] if a["role"] in PRINCIPAL_ROLES}
    return principal or {a["id"] for a in entry["actors"] if a["role"] != "place"}


def _same(a: dict, b: dict) -> bool:
    if a["kind"] != b["kind"] or a["type"] != b["type"] or a["date"] is None or b["date"] is None:
        return False
    if a["kind"] == "claim":
        if [x["id"] for x in a["actors"]] != [x["id"] for x in b["actors"]]:
            return False
        return dates_compatible(a["date"], b["date"])
    if not _key_actors(a) & _key_actors(b):
        return False
    wa, wb = _window(a), _window(b)
    return wa[0] <= wb[1] and wb[0] <= wa[1]  # type: ignore[index]


_PRECISION_RANK = {"day": 0, "month": 1, "year": 2, REPORTED: 3, None: 4}


def _merge(into: dict, other: dict) -> None:
    # keep the most precise date any report gives
    if _PRECISION_RANK[other["precision"]] < _PRECISION_RANK[into["precision"]]:
        into["date"], into["precision"] = other["date"], other["precision"]
    into["actors"] = _unique_actors(into["actors"] + other["actors"])
    into["evidence"] += other["evidence"]
    seen = {d["id"] for d in into["documents"]}
    into["documents"] += [d for d in other["documents"] if d["id"] not in seen]
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
    bounds = date_bounds(entry["date"]) if entry["precision"] != REPORTED else None
    if entry["date"] is None:
        return (1, "", "", entry["type"])
    if bounds is None:  # reported: it happened before its report, so sort by the window's start
        bounds = _window(entry)
    return (0, bounds[0], bounds[1], entry["type"])  # type: ignore[index]


def _blocks(entry: dict) -> list[tuple]:
    """The keys under which a matching report must sit: same kind and type, and the same
    actors (a claim) or a shared principal actor (an event)."""
    if entry["kind"] == "claim":
        return [("claim", entry["type"], tuple(a["id"] for a in entry["actors"]))]
    return [("event", entry["type"], actor) for actor in sorted(_key_actors(entry))]


def deduplicate(entries: list[dict]) -> list[dict]:
    """Merge entries that report the same happening (see the module docstring).

    Entries are swept in date order; each block keeps only the reports whose date
    window has not closed yet, so the cost stays near-linear in the number of reports.
    An entry joins the first cluster holding a report it matches; reports are compared
    one to one, never to a cluster's accumulated actors, so clusters do not snowball.
    """
    clusters: list[dict] = []
    open_reports: dict[tuple, list[tuple[str, int, dict]]] = {}
    for entry in sorted(entries, key=_sort_key):
        window = _window(entry) if entry["date"] is not None else None
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


def timeline(conn: sqlite3.Connection, entity_id: str | None = None, date_from: str | None = None,
             date_to: str | None = None, *, redact: bool = False) -> list[dict]:
    """Events and dated claims in date order, each report of one happening merged into one entry.

    Entries: {"kind": "event"|"claim", "date", "precision" ("day", "month",
    "year", "reported" or None), "type", "actors": [{"id","name","type","role"}],
    "evidence": [{"text","doc_id","doc_title","published","confidential"}],
    "documents": [{"id","title","outlet","published"}]}, plus "fatalities" for
    events and "end", "role" for claims. With a date range only entries that
    can fall in it are kept (undated ones never). `redact` leaves confidential
    documents out.
    """
    window = query_window(None, date_from, date_to)
    rows = analysis.event_rows(conn, include_confidential=not redact, entity_id=entity_id)
    entries = [_event_entry(r) for r in rows]
    claims = analysis.claim_rows(conn, include_confidential=not redact, dated_only=True, entity_id=entity_id)
    entries += [_claim_entry(r) for r in claims if r["subject_id"] != r["object_id"]]
    entries = [e for e in entries if e["date"] is not None or window is None]
    if window is not None:
        entries = [e for e in entries if _in(e, window)]
    return deduplicate(entries)


def _in(entry: dict, window: tuple[str, str]) -> bool:
    lo, hi = _window(entry)  # type: ignore[misc]
    return lo <= window[1] and hi >= window[0]
