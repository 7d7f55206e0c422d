"""Place resolution on names written here: spelling variants, kind words, and ambiguous names
decided by the document's other places."""

from __future__ import annotations

import pytest

from shabaka.geo import distance_km, load_gazetteer, locate
from shabaka.ontology.loader import pack_paths


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer(tuple(pack_paths()))


def chain(n: int, name: str, *, type_: str = "PLACE", pack_id: str | None = None, sentence: int = 0) -> dict:
    return {"chain": n, "name": name, "names": [name], "type": type_, "pack_id": pack_id,
            "sentences": [sentence]}


def where(gazetteer, *names: str) -> dict[str, object]:
    """Resolve the names as one document's places, each in its own sentence."""
    found = locate([chain(i, n, sentence=i * 100) for i, n in enumerate(names)], gazetteer)
    return {n: found.get(i) for i, n in enumerate(names)}


# (name as reporting writes it, true position (lat, lon) from general knowledge, kind)
NAMED_PLACES = [
    ("Jurf al-Sakhr", (32.87, 44.15), "district"), ("Jurf al-Nasr", (32.87, 44.15), "district"),
    ("Amerli", (34.72, 44.59), "town"), ("Amirli", (34.72, 44.59), "town"),
    ("al-Qaim", (34.37, 41.09), "town"), ("Al Qaim", (34.37, 41.09), "town"),
    ("Tal Afar", (36.38, 42.45), "town"), ("Telafar", (36.38, 42.45), "town"),
    ("Sinjar", (36.32, 41.87), "town"), ("Shingal", (36.32, 41.87), "town"),
    ("Camp Speicher", (34.67, 43.54), "base"), ("Ain al-Asad", (33.80, 42.44), "base"),
    ("Al Asad Airbase", (33.80, 42.44), "base"), ("Balad", (34.02, 44.15), "town"),
    ("Taji", (33.52, 44.26), "base"), ("Baghdad International Airport", (33.26, 44.23), "airport"),
    ("Erbil airport", (36.24, 43.96), "airport"), ("the Green Zone", (33.30, 44.39), "neighbourhood"),
    ("al-Hol camp", (36.38, 41.15), "camp"), ("Fallujah", (33.35, 43.78), "city"),
    ("Falluja", (33.35, 43.78), "city"), ("Mosul", (36.34, 43.12), "city"),
]


@pytest.mark.parametrize(("name", "truth", "kind"), NAMED_PLACES)
def test_named_place_resolves_within_25_km(gazetteer, name, truth, kind):
    loc = where(gazetteer, name.removeprefix("the "))[name.removeprefix("the ")]
    assert loc is not None, name
    assert loc.place.kind == kind
    assert distance_km((loc.place.lat, loc.place.lon), truth) < 25


# how reporting names each province -> its name in the shipped outline (geo/iraq-provinces.json)
PROVINCES = {
    "Baghdad province": "Baghdad", "Anbar province": "Al-Anbar", "Nineveh province": "Ninawa",
    "Salahuddin province": "Sala ad-Din", "Diyala province": "Diyala", "Kirkuk province": "At-Ta'mim",
    "Babil province": "Babil", "Basra province": "Al-Basrah", "Maysan province": "Maysan",
    "Dhi Qar province": "Dhi-Qar", "Wasit province": "Wasit", "Karbala province": "Karbala'",
    "Najaf province": "An-Najaf", "Muthanna province": "Al-Muthannia", "Qadisiyah province": "Al-Qadisiyah",
    "Erbil province": "Arbil", "Sulaymaniyah province": "As-Sulaymaniyah", "Duhok province": "Dihok",
}


def inside(lat: float, lon: float, polygons: list) -> bool:
    """Ray casting over every ring of a MultiPolygon's coordinates."""
    hit = False
    for polygon in polygons:
        for ring in polygon:
            for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
                if (y0 > lat) != (y1 > lat) and lon < (x1 - x0) * (lat - y0) / (y1 - y0) + x0:
                    hit = not hit
    return hit


@pytest.fixture(scope="module")
def province_outlines():
    from shabaka.geo.gazetteer import PROVINCE_OUTLINES, outlines

    features = outlines(*PROVINCE_OUTLINES)["features"]
    return {f["properties"]["name"]: f["geometry"]["coordinates"] for f in features}


@pytest.mark.parametrize("name", sorted(PROVINCES))
def test_every_iraqi_province_resolves_inside_its_own_outline(gazetteer, province_outlines, name):
    loc = where(gazetteer, name)[name]
    assert loc is not None and loc.place.precision == "province" and loc.place.country == "IQ"
    assert inside(loc.place.lat, loc.place.lon, province_outlines[PROVINCES[name]])
    others = [n for n, shape in province_outlines.items() if inside(loc.place.lat, loc.place.lon, shape)]
    assert others == [PROVINCES[name]]


def test_kind_word_picks_the_province_over_the_city(gazetteer):
    found = where(gazetteer, "Kirkuk", "Kirkuk Governorate")
    assert found["Kirkuk"].place.kind == "city" and found["Kirkuk"].place.precision == "point"
    assert found["Kirkuk Governorate"].place.kind == "province"


def test_tripoli_follows_the_country_the_document_names(gazetteer):
    lebanon = locate([chain(0, "Lebanon", type_="COUNTRY", sentence=0), chain(1, "Tripoli", sentence=0)],
                     gazetteer)
    libya = locate([chain(0, "Libya", type_="COUNTRY", sentence=0), chain(1, "Tripoli", sentence=0)],
                   gazetteer)
    assert lebanon[1].place.country == "LB" and libya[1].place.country == "LY"
    assert lebanon[1].candidates > 1  # a real choice was made
    assert distance_km((lebanon[1].place.lat, lebanon[1].place.lon), (34.44, 35.85)) < 25


def test_kut_in_georgia_is_not_the_iraqi_kut(gazetteer):
    iraq = where(gazetteer, "Kut", "Wasit province")["Kut"]
    georgia = locate([chain(0, "Georgia", type_="COUNTRY"), chain(1, "Kutaisi"), chain(2, "Kut")], gazetteer)
    assert iraq.place.country == "IQ" and distance_km((iraq.place.lat, iraq.place.lon), (32.5, 45.8)) < 25
    assert georgia[2].place.country == "GE"


def test_without_context_the_region_of_the_packs_wins(gazetteer):
    # several towns share the name; with no country named, the Iraq pack's region decides
    loc = where(gazetteer, "Hit")["Hit"]
    assert loc.place.country == "IQ"


def test_a_pack_actor_goes_straight_to_its_place(gazetteer):
    found = locate([chain(0, "the strategic town", pack_id="jurf_al_sakhar")], gazetteer)
    assert found[0].method == "pack" and found[0].place.province == "babil_governorate"


def test_countries_sit_inside_their_outline(gazetteer):
    found = where(gazetteer, "Iraq", "Syria", "Iran")
    assert distance_km((found["Iraq"].place.lat, found["Iraq"].place.lon), (33.0, 43.7)) < 150
    assert found["Syria"].place.precision == "country"
    assert 50 < found["Iran"].place.lon < 56


def test_unknown_names_stay_unresolved(gazetteer):
    assert where(gazetteer, "Qzxwv Nowhere")["Qzxwv Nowhere"] is None


def test_a_small_town_abroad_nothing_points_to_is_left_unresolved(gazetteer):
    # "Najma" is an Iraqi oilfield here; the gazetteer only has Doha's district of that name
    found = locate([chain(0, "Iraq", type_="COUNTRY"), chain(1, "Qayyarah"), chain(2, "Najma")], gazetteer)
    assert found[1].place.country == "IQ"
    assert 2 not in found
    qatar = locate([chain(0, "Qatar", type_="COUNTRY"), chain(1, "Najma")], gazetteer)
    assert qatar[1].place.country == "QA"


def test_a_district_is_not_the_province_of_the_same_name(gazetteer):
    found = where(gazetteer, "Qadisiya District", "Qadisiyah province")
    assert found["Qadisiya District"] is None
    assert found["Qadisiyah province"].place.kind == "province"


def test_arabic_script_names_resolve_like_their_transliteration(gazetteer):
    found = where(gazetteer, "الفلوجة", "الموصل")
    assert distance_km((found["الفلوجة"].place.lat, found["الفلوجة"].place.lon), (33.35, 43.78)) < 25
    assert distance_km((found["الموصل"].place.lat, found["الموصل"].place.lon), (36.34, 43.12)) < 25


def test_another_pack_without_places_still_has_the_world():
    from shabaka.ontology.loader import PACK_DIR

    syria_only = load_gazetteer(tuple(pack_paths([PACK_DIR / "syria.yaml"], default_packs=False)))
    assert "jurf_al_sakhar" not in syria_only.places  # the Iraq pack's places stay with the Iraq pack
    found = locate([chain(0, "Syria", type_="COUNTRY"), chain(1, "Aleppo"), chain(2, "Manbij")], syria_only)
    assert found[1].place.country == "SY" and found[2].place.country == "SY"
    assert distance_km((found[1].place.lat, found[1].place.lon), (36.20, 37.16)) < 25
