"""FollowTheMoney entities (JSON lines) for Aleph, OpenSanctions tools and `ftm`.

Needs the optional `followthemoney` library: pip install 'shabaka[ftm]'.

Entity types map to schemata (PERSON -> Person, STATE_BODY -> PublicBody, a
COUNTRY as an actor -> PublicBody with its country code, PLACE -> Address,
other groups -> Organization). Each aggregated edge becomes one relationship
entity: `leads` a Directorship, `member_of` and `part_of` a Membership,
`succeeded` a Succession, `sanctioned` a Sanction, anything else (and any edge
whose ends do not fit the schema's ranges) an UnknownLink whose role is the
relation. Relationship entities carry the validity dates, every evidence
sentence as a summary, the outlets as publishers, and `proof` links to an
Article entity per source document; events become Event entities. Ids are
hashes of Shabaka's ids, so re-exporting gives the same ids. Every entity is
checked against its schema before it is written.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, ClassVar

from shabaka.errors import ConfigError, ShabakaError
from shabaka.export.base import Outputs, one_line

ENTITY_SCHEMATA = {
    "PERSON": "Person",
    "ARMED_GROUP": "Organization",
    "STATE_BODY": "PublicBody",
    "ORGANIZATION": "Organization",
    "COUNTRY": "PublicBody",
    "PLACE": "Address",
}
DEFAULT_SCHEMA = "LegalEntity"
# relation -> (schema, property for the subject, property for the object)
RELATION_SCHEMATA = {
    "leads": ("Directorship", "director", "organization"),
    "member_of": ("Membership", "member", "organization"),
    "part_of": ("Membership", "member", "organization"),
    "succeeded": ("Succession", "successor", "predecessor"),
}
LINK = ("UnknownLink", "subject", "object")
SANCTION = "sanctioned"
BORN_IN = "born_in"


def load_model() -> Any:
    try:
        from followthemoney import model
    except ImportError:
        raise ConfigError("FollowTheMoney support needs the followthemoney library: "
                          "pip install 'shabaka[ftm]'") from None
    return model


class FtmExporter:
    """Writes FollowTheMoney entities, one JSON object a line; entities buffered until `finish()`
    so that facts arriving with edges (a birth place) land on the entity they describe."""

    kinds: ClassVar[frozenset[str]] = frozenset({"entity", "edge", "document", "event"})
    complete: ClassVar[bool] = False
    metrics: ClassVar[bool] = False
    folder: ClassVar[bool] = False
    suffix: ClassVar[str] = ".ftm.json"

    def __init__(self, out: Path):
        self.model = load_model()
        self.outputs = Outputs(out, folder=False)
        self.file = self.outputs.open()
        self.entities: dict[str, Any] = {}
        self.articles: dict[str, str] = {}

    # ---- ids and validity ----

    @staticmethod
    def _id(kind: str, local: str) -> str:
        from followthemoney.util import make_entity_id

        return make_entity_id("shabaka", kind, local)

    def _emit(self, proxy: Any) -> None:
        data = proxy.to_dict()
        try:
            proxy.schema.validate(data)
        except Exception as exc:  # followthemoney raises its own InvalidData
            raise ShabakaError(f"FtM entity {proxy.id} ({proxy.schema.name}) is invalid: {exc}") from None
        missing = [p for p in proxy.schema.required if not proxy.has(p)]
        if missing:
            raise ShabakaError(f"FtM entity {proxy.id} ({proxy.schema.name}) lacks {', '.join(missing)}")
        self.file.write(json.dumps(data, ensure_ascii=False, sort_keys=True) + "\n")

    def _fits(self, schema: str, prop: str, entity_id: str) -> bool:
        """Whether the entity may stand in `schema`'s `prop` (an older library may lack the schema)."""
        spec = self.model.get(schema)
        target = self.entities.get(entity_id)
        if spec is None or spec.get(prop) is None or target is None:
            return False
        return target.schema.is_a(spec.get(prop).range)

    # ---- items ----

    def write(self, item: dict) -> None:
        kind = item["kind"]
        if kind == "entity":
            self._entity(item)
        elif kind == "document":
            self._document(item)
        elif kind == "edge":
            self._edge(item)
        elif kind == "event":
            self._event(item)

    def _entity(self, item: dict) -> None:
        from followthemoney.types import registry

        proxy = self.model.make_entity(ENTITY_SCHEMATA.get(item["type"], DEFAULT_SCHEMA))
        proxy.id = self._id("entity", item["id"])
        proxy.add("name", item["name"])
        names = [a["name"] for a in item["aliases"] if a["name"] != item["name"]]
        if proxy.schema.is_a("Address"):
            proxy.add("full", item["name"])
        else:
            proxy.add("alias", names)
        if item["type"] == "COUNTRY":
            code = registry.country.clean(item["name"])
            if code:
                proxy.add("country", code)
                proxy.add("jurisdiction", code)
        proxy.add("notes", f"Shabaka {item['type']} {item['id']}; "
                           f"mentioned in {item['documents']} document(s)")
        self.entities[item["id"]] = proxy

    def _document(self, item: dict) -> None:
        proxy = self.model.make_entity("Article")
        proxy.id = self._id("document", item["id"])
        proxy.add("title", item["title"] or item["id"])
        proxy.add("author", item["author"])
        proxy.add("publisher", item["outlet"])
        proxy.add("publishedAt", item["published"])
        proxy.add("sourceUrl", item["url"])
        self.articles[item["id"]] = proxy.id
        self._emit(proxy)

    def _edge(self, item: dict) -> None:
        relation = item["relation"]
        source, target = item["source"], item["target"]
        if relation == BORN_IN and source in self.entities and target in self.entities:
            self.entities[source].add("birthPlace", self.entities[target].first("name"))
        if relation == SANCTION:
            proxy = self.model.make_entity("Sanction")
            proxy.add("entity", self.entities[target].id)
            proxy.add("authority", self.entities[source].first("name"))
        else:
            schema, subject, obj = RELATION_SCHEMATA.get(relation, LINK)
            if not (self._fits(schema, subject, source) and self._fits(schema, obj, target)):
                schema, subject, obj = LINK
            proxy = self.model.make_entity(schema)
            proxy.add(subject, self.entities[source].id)
            proxy.add(obj, self.entities[target].id)
            proxy.add("role", relation.replace("_", " ") if schema == LINK[0] else None)
        proxy.id = self._id("edge", item["id"])
        self._provenance(proxy, item["sources"])
        proxy.add("startDate", item["start"])
        proxy.add("endDate", item["end"])
        proxy.add("recordId", item["claims"])
        self._emit(proxy)

    def _event(self, item: dict) -> None:
        proxy = self.model.make_entity("Event")
        proxy.id = self._id("event", item["id"])
        name = item["type"].capitalize()
        if item["place_name"]:
            name += f" at {item['place_name']}"
        if item["date"]:
            name += f", {item['date']}"
        proxy.add("name", name)
        proxy.add("date", item["date"])
        proxy.add("recordId", item["id"])
        for actor in item["actors"]:
            entity = self.entities.get(actor["entity_id"])
            if entity is None or not entity.schema.is_a("LegalEntity"):
                continue
            proxy.add("organizer" if actor["role"] == "agent" else "involved", entity.id)
        place = self.entities.get(item["place_id"]) if item["place_id"] else None
        if place is not None:
            proxy.add("location", item["place_name"])
            if place.schema.is_a("Address"):
                proxy.add("addressEntity", place.id)
        self._provenance(proxy, [item])
        self._emit(proxy)

    def _provenance(self, proxy: Any, sources: list[dict]) -> None:
        """Each source's evidence sentence, outlet and document, so the entity can be traced."""
        for source in sources:
            proxy.add("summary", one_line(source["evidence"]))
            proxy.add("publisher", source["outlet"])
            proxy.add("sourceUrl", source["url"])
            if source["doc_id"] in self.articles:
                proxy.add("proof", self.articles[source["doc_id"]])

    def finish(self) -> list[Path]:
        for proxy in self.entities.values():
            self._emit(proxy)
        return self.outputs.commit()

    def abort(self) -> None:
        self.outputs.abort()


EXPORTER = FtmExporter
