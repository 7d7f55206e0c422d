"""GeoJSON (RFC 7946): events and places as one FeatureCollection, for QGIS and web maps.

Each event whose place was resolved is a Point feature with its type, date,
fatalities, actors, place, precision (ACLED-style: point, district, province,
country) and the sentence and document that report it. Each place entity
with coordinates is a Point feature with the `controls` claims whose object
it is, each with its evidence. Coordinates are [longitude, latitude] in
WGS84, as the RFC requires; there is no "crs" member. Events and places with
no coordinates are left out: a map cannot show them.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import ClassVar

from shabaka.export.base import Outputs, one_line

SOURCE_KEYS = ("doc_id", "doc_title", "outlet", "published", "url")


def _point(item: dict, prefix: str = "") -> dict:
    return {"type": "Point", "coordinates": [item[f"{prefix}longitude"], item[f"{prefix}latitude"]]}


class GeoJsonExporter:
    """Collects events, places and control claims; writes the FeatureCollection on finish."""

    kinds: ClassVar[frozenset[str]] = frozenset({"entity", "claim", "event"})
    complete: ClassVar[bool] = False
    metrics: ClassVar[bool] = False
    places: ClassVar[bool] = True
    folder: ClassVar[bool] = False
    suffix: ClassVar[str] = ".geojson"

    def __init__(self, out: Path):
        self.outputs = Outputs(out, folder=False)
        self.file = self.outputs.open()
        self.events: list[dict] = []
        self.place_items: dict[str, dict] = {}
        self.control: dict[str, list[dict]] = {}
        self.meta: dict = {}

    def write(self, item: dict) -> None:
        kind = item["kind"]
        if kind == "meta":
            self.meta = {"shabaka": item["shabaka"], "redacted": item["redacted"], "filter": item["filter"]}
        elif kind == "entity" and item.get("latitude") is not None:
            self.place_items[item["id"]] = item
        elif kind == "claim" and item["relation"] == "controls" and item.get("object_latitude") is not None:
            self.control.setdefault(item["object_id"], []).append(item)
        elif kind == "event" and item.get("latitude") is not None:
            self.events.append(self._event(item))

    @staticmethod
    def _event(ev: dict) -> dict:
        return {"type": "Feature", "id": ev["id"], "geometry": _point(ev), "properties": {
            "feature": "event", "event_type": ev["type"], "date": ev["date"],
            "date_precision": ev["date_precision"],
            "fatalities": ev["fatalities"], "wounded": ev["wounded"], "place_id": ev["place_id"],
            "place_name": ev["place_name"], "precision": ev["precision"],
            "actors": [{"id": a["entity_id"], "name": a["name"], "role": a["role"]} for a in ev["actors"]],
            "evidence": one_line(ev["evidence"]), **{k: ev[k] for k in SOURCE_KEYS},
            "extractor": ev["extractor"], "confidence": ev["confidence"]}}

    def _place(self, item: dict) -> dict:
        claims = self.control.get(item["id"], [])
        return {"type": "Feature", "id": item["id"], "geometry": _point(item), "properties": {
            "feature": "place", "name": item["name"], "entity_type": item["type"],
            "precision": item["precision"], "documents": item["documents"],
            "controlled_by": [{"id": c["subject_id"], "name": c["subject_name"], "start": c["valid_from"],
                               "end": c["valid_until"], "evidence": one_line(c["evidence"]),
                               **{k: c[k] for k in SOURCE_KEYS}} for c in claims]}}

    def finish(self) -> list[Path]:
        features = self.events + [self._place(p) for p in self.place_items.values()]
        # RFC 7946 allows foreign members: the export's provenance goes in one
        json.dump({"type": "FeatureCollection", "shabaka": self.meta, "features": features}, self.file,
                  ensure_ascii=False, indent=1)
        self.file.write("\n")
        return self.outputs.commit()

    def abort(self) -> None:
        self.outputs.abort()


EXPORTER = GeoJsonExporter
