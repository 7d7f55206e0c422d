"""Place resolution: which gazetteer entry a document's place names mean.

A pure function of one document's place and country chains (what the
extract stage found), so it can be rerun at any time from the store. A name
the pack knows goes straight to the pack's place. Any other name is scored
over its candidates by the context an analyst would use: the countries and
provinces the document names (more when named in the same sentence), the
word that says what kind of place it is ("province", "airport"), closeness to
the document's other places, the region the packs are about, and population
as the last prior. "Kut" in a report on Wasit is the Iraqi Kut, not Georgia's.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

from shabaka.geo.gazetteer import Gazetteer, Place, distance_km

# weights of the context signals; a pack place outranks any world town of the same name
W_PACK, W_COUNTRY, W_COUNTRY_NEAR, W_PROVINCE, W_KIND, W_NEAR, W_REGION = 3.0, 2.0, 1.0, 2.0, 2.0, 1.5, 1.0
NEAR_KM = 300.0
# a town abroad smaller than this, that nothing in the document points to, is more likely a namesake
# the gazetteer lacks (an Iraqi oilfield "Najma" is not Doha's district): left unresolved
UNSUPPORTED_MIN_POPULATION = 100_000
COARSE = {"country", "province", "region"}


@dataclass(frozen=True, slots=True)
class Location:
    """Where a chain's place is, how it was decided and how sure: `candidates` > 1 means a choice was made."""

    place: Place
    score: float
    candidates: int
    method: str  # "pack" (the pack knows the name) or "context"

    def to_json(self) -> dict:
        return {**self.place.to_json(), "method": self.method, "candidates": self.candidates}


def locate(chains: list[dict], gazetteer: Gazetteer) -> dict[int, Location]:
    """Chain number -> Location for a document's PLACE and COUNTRY chains.

    Each chain is {"chain", "name", "names", "type", "pack_id", "sentences"}
    (`sentences`: the starts of the sentences its mentions stand in); chains
    with no gazetteer entry are left out.
    """
    out: dict[int, Location] = {}
    pending = []
    for ch in chains:
        pid = gazetteer.pack_places.get(ch.get("pack_id") or "")
        if pid:
            out[ch["chain"]] = Location(gazetteer.places[pid], W_PACK, 1, "pack")
        else:
            pending.append(ch)
    region = gazetteer.region
    # two passes: names with one candidate (or a pack place) anchor the ambiguous ones
    for _ in range(2):
        for ch in pending:
            found = _best(ch, chains, out, gazetteer, region)
            if found is not None:
                out[ch["chain"]] = found
    return out


def _best(ch: dict, chains: list[dict], known: dict[int, Location], gazetteer: Gazetteer,
          region: set[str]) -> Location | None:
    scored: dict[str, tuple[float, Place]] = {}
    kind = None
    for name in dict.fromkeys([ch["name"], *ch.get("names", [])]):
        candidates, wanted = gazetteer.candidates(name)
        kind = kind or wanted
        for place in candidates:
            scored.setdefault(place.id, (0.0, place))
    if not scored:
        return None
    others = {c: loc for c, loc in known.items() if c != ch["chain"]}
    countries, near_countries, provinces, points = Counter(), Counter(), Counter(), []
    sentences = set(ch.get("sentences") or ())
    by_chain = {c["chain"]: c for c in chains}
    for c, loc in others.items():
        shared = bool(sentences & set(by_chain.get(c, {}).get("sentences") or ()))
        if loc.place.country:
            countries[loc.place.country] += 1
            if shared:
                near_countries[loc.place.country] += 1
        if loc.place.kind == "province":
            provinces[loc.place.id] += 1 + shared
        if loc.place.precision == "point" and loc.candidates == 1:
            points.append((loc.place.lat, loc.place.lon))
    best: tuple[float, Place] | None = None
    for _, place in scored.values():
        world = place.id.startswith("geonames:")
        score = 0.0 if world else W_PACK  # pack places and countries
        score += math.log10(place.population + 10) / 8  # at most ~1: a prior, never decisive alone
        if place.country in countries:
            score += W_COUNTRY
        if place.country in near_countries:
            score += W_COUNTRY_NEAR
        if place.province and place.province in provinces:
            score += W_PROVINCE
        if kind and place.kind == kind:
            score += W_KIND
        near = bool(points) and min(distance_km((place.lat, place.lon), p) for p in points) < NEAR_KM
        if near:
            score += W_NEAR
        if not countries and place.country in region:
            score += W_REGION
        if kind and kind not in COARSE and place.kind in COARSE:
            continue  # "Qadisiya District" is not the province of that name
        if (world and not near and place.country not in countries and place.country not in region
                and place.population < UNSUPPORTED_MIN_POPULATION):
            continue
        if best is None or score > best[0] or (score == best[0] and place.id < best[1].id):
            best = (score, place)
    if best is None:
        return None
    return Location(best[1], round(best[0], 3), len(scored), "context")
