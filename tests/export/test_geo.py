"""Where things are, in the exports: GeoJSON read back by an independent reader (the `geojson`
package), the CSV's latitude/longitude/precision columns and the GEXF place nodes."""

from __future__ import annotations

import csv
import json
import xml.etree.ElementTree as ET

import geojson
import pytest

from shabaka.geo import distance_km
from tests.export.conftest import SECRETS, exported_bytes

BIAP = (33.26, 44.23)   # Baghdad International Airport
AL_QAIM = (34.38, 41.05)


@pytest.fixture(scope="module")
def collection(kb, tmp_path_factory):
    out = tmp_path_factory.mktemp("geo") / "kb.geojson"
    report = kb.export("geojson", out)
    assert report.files == [out]
    return geojson.loads(out.read_text(encoding="utf-8"))


def test_geojson_is_a_valid_rfc7946_feature_collection(collection):
    assert isinstance(collection, geojson.FeatureCollection)
    assert collection.is_valid, collection.errors()
    assert "crs" not in collection  # RFC 7946 dropped it: WGS84 only
    for feature in collection["features"]:
        lon, lat = feature["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90


def test_events_sit_where_the_sentence_says_with_their_evidence(collection):
    events = [f for f in collection["features"] if f["properties"]["feature"] == "event"]
    by_place = {f["properties"]["place_name"]: f for f in events}
    strike = next(f for f in events if "Soleimani" in f["properties"]["evidence"])
    lon, lat = strike["geometry"]["coordinates"]
    assert distance_km((lat, lon), BIAP) < 25
    assert strike["properties"]["precision"] == "point"
    assert strike["properties"]["doc_title"] == "Strikes on the border"
    qaim = next(f for name, f in by_place.items() if name and "qaim" in name.lower())
    lon, lat = qaim["geometry"]["coordinates"]
    assert distance_km((lat, lon), AL_QAIM) < 25
    assert qaim["properties"]["fatalities"] == 25


def test_places_are_features_too(collection):
    places = {f["properties"]["name"]: f for f in collection["features"]
              if f["properties"]["feature"] == "place"}
    lon, lat = places["Baghdad"]["geometry"]["coordinates"]
    assert distance_km((lat, lon), (33.34, 44.40)) < 25


def test_redacted_geojson_leaves_the_confidential_attack_out(kb, tmp_path):
    out = tmp_path / "red.geojson"
    kb.export("geojson", out, redact=True)
    data = exported_bytes(out).decode("utf-8")
    assert all(s.lower() not in data.lower() for s in SECRETS)
    assert json.loads(data)["features"]  # the shareable events are still there


def test_csv_events_and_places_carry_latitude_longitude_and_precision(kb, tmp_path):
    kb.export("csv", tmp_path / "csv")
    with open(tmp_path / "csv" / "events.csv", encoding="utf-8-sig", newline="") as f:
        events = list(csv.DictReader(f))
    strike = next(e for e in events if "Soleimani" in e["evidence"])
    assert distance_km((float(strike["latitude"]), float(strike["longitude"])), BIAP) < 25
    assert strike["precision"] == "point"
    with open(tmp_path / "csv" / "entities.csv", encoding="utf-8-sig", newline="") as f:
        entities = {e["name"]: e for e in csv.DictReader(f)}
    baghdad = entities["Baghdad"]
    assert distance_km((float(baghdad["latitude"]), float(baghdad["longitude"])), (33.34, 44.40)) < 25
    assert entities["Kata'ib Hezbollah"]["latitude"] == ""  # an armed group is not a place


def test_gexf_place_nodes_carry_coordinates_for_geo_layout(kb, tmp_path):
    out = tmp_path / "g.gexf"
    kb.export("gexf", out)
    ns = {"g": "http://www.gexf.net/1.2draft"}
    root = ET.parse(out).getroot()
    titles = {a.get("id") for a in root.iterfind(".//g:attributes[@class='node']/g:attribute", ns)}
    assert {"latitude", "longitude", "precision"} <= titles
    located = {}
    for node in root.iterfind(".//g:node", ns):
        values = {v.get("for"): v.get("value") for v in node.iterfind(".//g:attvalue", ns)}
        if "latitude" in values:
            located[node.get("label")] = values
    assert located, "no node carries coordinates"
    for label, values in located.items():
        assert values["type"] in ("PLACE", "COUNTRY"), label
        assert -90 <= float(values["latitude"]) <= 90


def test_a_controlled_place_names_who_holds_it_with_the_sentence(new_kb, tmp_path):
    from tests.export.conftest import write_feed

    other = new_kb()
    text = "Kata'ib Hezbollah has controlled Jurf al-Sakhar since 2014. Badr fighters were seen in Amerli."
    assert other.ingest([write_feed(tmp_path / "c.jsonl", [{"title": "Control", "text": text}])]).ok
    other.export("geojson", tmp_path / "c.geojson")
    collection = geojson.loads((tmp_path / "c.geojson").read_text(encoding="utf-8"))
    assert collection.is_valid
    places = {f["properties"]["name"]: f for f in collection["features"]}
    jurf = places["Jurf al-Sakhar"]
    lon, lat = jurf["geometry"]["coordinates"]
    assert distance_km((lat, lon), (32.87, 44.15)) < 25 and jurf["properties"]["precision"] == "district"
    [holder] = jurf["properties"]["controlled_by"]
    assert holder["name"] == "Kata'ib Hezbollah"
    assert holder["evidence"] == "Kata'ib Hezbollah has controlled Jurf al-Sakhar since 2014."
    assert places["Amerli"]["properties"]["controlled_by"] == []


def test_to_pandas_events_have_the_csv_coordinates(kb):
    pytest.importorskip("pandas")
    events = kb.to_pandas()["events"]
    strike = events[events.evidence.str.contains("Soleimani")].iloc[0]
    assert distance_km((strike.latitude, strike.longitude), BIAP) < 25 and strike.precision == "point"
