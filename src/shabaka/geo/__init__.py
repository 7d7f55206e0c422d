"""Places on the map: the gazetteer, place resolution, and where the knowledge base's places are.

`places(conn, ...)` resolves every document's place chains at read time, from
what the store holds, so a better gazetteer or pack takes effect without
re-ingesting; exports, the map page and its API all call it.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from shabaka.geo.gazetteer import Gazetteer, Place, distance_km, load_gazetteer
from shabaka.geo.locate import Location, locate
from shabaka.ontology.loader import Pack
from shabaka.store.places import place_chains


@dataclass
class Places:
    """Where each (document, chain) and each place entity is."""

    chains: dict[tuple[str, int], Location] = field(default_factory=dict)
    entities: dict[str, Location] = field(default_factory=dict)

    def of_chain(self, doc_id: str, chain: int | None) -> Location | None:
        return None if chain is None else self.chains.get((doc_id, chain))


def places(conn: sqlite3.Connection, pack_files: tuple[Path, ...], pack: Pack | None = None, *,
           include_confidential: bool = True) -> Places:
    """Resolve every document's places; an entity is where most of its chains were put."""
    gazetteer = load_gazetteer(tuple(pack_files), pack)
    out = Places()
    votes: dict[str, Counter] = {}
    found: dict[str, Location] = {}
    for doc_id, chains in place_chains(conn, include_confidential=include_confidential).items():
        entity_of = {c["chain"]: c["entity_id"] for c in chains}
        for chain, loc in locate(chains, gazetteer).items():
            out.chains[(doc_id, chain)] = loc
            eid = entity_of.get(chain)
            if eid:
                votes.setdefault(eid, Counter())[loc.place.id] += 1
                if loc.place.id not in found or found[loc.place.id].score < loc.score:
                    found[loc.place.id] = loc
    for eid, counter in votes.items():
        place_id = max(counter, key=lambda p: (counter[p], p))
        out.entities[eid] = found[place_id]
    return out


__all__ = ["Gazetteer", "Location", "Place", "Places", "distance_km", "load_gazetteer", "locate", "places"]
