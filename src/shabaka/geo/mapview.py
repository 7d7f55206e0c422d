"""What the map shows: placed events and the places actors control, with their evidence.

Built from the same export items as `shabaka export --format geojson` (one
selection and redaction for every output), then narrowed by date window,
actor and event type. Events whose place could not be resolved are counted,
not dropped silently.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from pathlib import Path
from typing import Any

from shabaka.analyze.graph import GraphFilter, lower, query_window, upper
from shabaka.export.records import items
from shabaka.geo import places as resolve_places
from shabaka.ontology.loader import Ontology

SOURCE_KEYS = ("doc_id", "doc_title", "outlet", "published", "confidential")


def _within(date: str | None, window: tuple[str, str] | None) -> bool:
    if window is None:
        return True
    return bool(date) and lower(date) <= window[1] and upper(date) >= window[0]  # type: ignore[arg-type]


def map_view(conn: sqlite3.Connection, ontology: Ontology, pack_files: tuple[Path, ...], *,
             date_from: str | None = None, date_to: str | None = None, redact: bool = False,
             entity: str | None = None, event_type: str | None = None) -> dict[str, Any]:
    """{"events", "controlled", "types", "span", "unplaced"} for the map page and /api/map.

    `entity` keeps the events it took part in and the places it controls;
    `event_type` keeps events of that type (controlled places stay).
    """
    places = resolve_places(conn, pack_files, include_confidential=not redact)
    window = query_window(None, date_from, date_to)
    events, controlled, unplaced, types = [], {}, 0, Counter()
    for item in items(conn, ontology, GraphFilter(redact=redact), kinds=frozenset({"event", "claim"}),
                      metrics=False, places=places):
        if item["kind"] == "event":
            if not _within(item["date"], window):
                continue
            if entity and entity not in {a["entity_id"] for a in item["actors"]}:
                continue
            types[item["type"]] += 1
            if event_type and item["type"] != event_type:
                continue
            if item["latitude"] is None:
                unplaced += 1
                continue
            events.append({
                "id": item["id"], "type": item["type"], "date": item["date"],
                "date_precision": item["date_precision"], "fatalities": item["fatalities"],
                "wounded": item["wounded"], "latitude": item["latitude"], "longitude": item["longitude"],
                "precision": item["precision"], "place": {"id": item["place_id"], "name": item["place_name"]},
                "actors": [{"id": a["entity_id"], "name": a["name"], "type": a["type"], "role": a["role"]}
                           for a in item["actors"]],
                "evidence": item["evidence"], **{k: item[k] for k in SOURCE_KEYS}})
        elif item["kind"] == "claim" and item["relation"] == "controls" and item["object_latitude"]:
            if entity and entity not in (item["subject_id"], item["object_id"]):
                continue
            if window is not None and not _within(item["valid_until"] or item["end"] or "9999", window):
                continue
            place = controlled.setdefault(item["object_id"], {
                "id": item["object_id"], "name": item["object_name"], "latitude": item["object_latitude"],
                "longitude": item["object_longitude"], "precision": item["object_precision"], "claims": []})
            place["claims"].append({
                "id": item["id"], "controller": {"id": item["subject_id"], "name": item["subject_name"],
                                                 "type": item["subject_type"]},
                "start": item["valid_from"], "end": item["valid_until"], "evidence": item["evidence"],
                **{k: item[k] for k in SOURCE_KEYS}})
    dated = sorted(e["date"] for e in events if e["date"])
    return {"events": events, "controlled": sorted(controlled.values(), key=lambda p: p["name"]),
            "types": dict(sorted(types.items())), "unplaced": unplaced,
            "span": {"first": dated[0] if dated else None, "last": dated[-1] if dated else None}}
