"""The map page and its JSON twin: placed events and controlled places over the shipped outlines,
filters by type, actor and date, evidence in every popup, and nothing fetched from elsewhere."""

from __future__ import annotations

import geojson
import pytest

from shabaka.geo import distance_km
from tests.serve import test_browser
from tests.serve.test_browser import CHROMIUM

browser, server, web = test_browser.browser, test_browser.server, test_browser.web  # the same fixtures

KIRKUK = (35.47, 44.39)


def test_map_twin_places_events_with_coordinates_and_evidence(client):
    found = client.get("/api/map").json()
    assert found["events"] and found["unplaced"] >= 0
    for e in found["events"]:
        assert -90 <= e["latitude"] <= 90 and -180 <= e["longitude"] <= 180
        assert e["precision"] in ("point", "district", "province", "country")
        assert e["evidence"] and e["doc_id"]
    hostile = [e for e in found["events"] if "Hostile Outlet" in (e["outlet"] or "")]
    assert hostile, "the hostile document's attack near Kirkuk is on the map"
    assert "<svg" in hostile[0]["outlet"]  # sent as data: the page inserts it as text
    assert distance_km((hostile[0]["latitude"], hostile[0]["longitude"]), KIRKUK) < 25
    assert sum(found["types"].values()) == len(found["events"]) + found["unplaced"]


def test_map_twin_filters_by_type_actor_and_dates(client):
    arrests = client.get("/api/map", params={"type": "arrest"}).json()["events"]
    assert arrests and {e["type"] for e in arrests} == {"arrest"}
    isis = client.get("/api/map", params={"entity": "Islamic State"}).json()
    assert isis["entity"]["id"] == "islamic_state"
    assert all("islamic_state" in {a["id"] for a in e["actors"]} for e in isis["events"])
    assert isis["controlled"] and all(c["controller"]["id"] == "islamic_state"
                                      for p in isis["controlled"] for c in p["claims"])
    dated = client.get("/api/map", params={"from": "2014", "to": "2014"}).json()["events"]
    assert dated and all(e["date"].startswith("2014") for e in dated)


def test_map_twin_refuses_unknown_types_and_keeps_confidential_out_when_redacted(client):
    assert client.get("/api/map", params={"type": "picnic"}).status_code == 400
    redacted = client.get("/api/map", params={"redact": "true"}).json()
    assert not any(e["confidential"] for e in redacted["events"])


def test_outlines_are_geojson_with_iraq_and_its_18_provinces(client):
    outlines = geojson.loads(client.get("/api/map/outlines").text)
    assert outlines.is_valid
    level = {"country": set(), "province": set()}
    for f in outlines["features"]:
        level[f["properties"]["level"]].add(f["properties"]["name"])
    assert {"Iraq", "Syria", "Iran"} <= level["country"]
    provinces = level["province"]
    assert len(provinces) == 18 and {"Baghdad", "Al-Anbar", "Ninawa"} <= provinces




def until(web, predicate: str) -> None:
    """Poll a page condition (the CSP forbids the eval that wait_for_function needs)."""
    for _ in range(150):
        if web.page.evaluate(predicate):
            return
        web.page.wait_for_timeout(100)
    pytest.fail(f"never true: {predicate}")


def shown(web) -> int:
    return int(web.page.evaluate("() => document.getElementById('main').dataset.events"))


def markers(web) -> dict[str, int]:
    return web.page.evaluate("""() => ({
        events: document.querySelectorAll('path.map-event').length,
        clusters: document.querySelectorAll('path.map-cluster').length,
        clustered: [...document.querySelectorAll('.map-count')]
            .reduce((s, n) => s + Number(n.textContent), 0),
        control: document.querySelectorAll('path.map-control').length,
        outlines: document.querySelectorAll('.leaflet-outlines-pane path').length })""")


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason="the browser tests need chromium at /usr/bin/chromium")
def test_map_page_draws_every_placed_event_over_the_outlines_offline(web):
    web.open("/map", ready="path.map-event, path.map-cluster")
    until(web, "() => document.querySelectorAll('.leaflet-outlines-pane path').length > 100")
    seen = markers(web)
    assert shown(web) > 0 and seen["events"] + seen["clustered"] == shown(web)
    assert seen["control"] >= 1
    assert web.page.locator("path.map-province").count() == 18
    # drawn over the countries' opaque fill, not hidden under it
    assert web.page.evaluate("""() => {
        const country = [...document.querySelectorAll('path.map-country')].pop();
        const province = document.querySelector('path.map-province');
        return Boolean(country.compareDocumentPosition(province) & Node.DOCUMENT_POSITION_FOLLOWING); }""")
    web.shot("map")
    web.check_clean()
    assert web.page.evaluate("window.__xss") is None


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason="the browser tests need chromium at /usr/bin/chromium")
def test_map_type_filter_and_popups_show_the_evidence_as_text(web):
    web.open("/map", ready="path.map-event, path.map-cluster")
    everything = shown(web)
    web.page.select_option("select[name=type]", "arrest")
    until(web, f"() => Number(document.getElementById('main').dataset.events) < {everything}")
    assert "type=arrest" in web.page.url
    assert shown(web) > 0
    # the old markers' labels fade out before they leave the page
    until(web, f"() => document.querySelectorAll('path.map-event').length + [...document.querySelectorAll("
               f"'.map-count')].reduce((s, n) => s + Number(n.textContent), 0) === {shown(web)}")
    web.page.select_option("select[name=type]", "attack")
    until(web, "() => document.querySelector('#map-summary').textContent.includes('placed')")
    web.page.wait_for_selector("path.map-event, path.map-cluster")
    # click into clusters until a popup opens
    for _ in range(20):
        target = web.page.locator("path.map-cluster, path.map-event").first
        target.click(force=True)
        # a cluster zooms in on click: the next click waits for the zoom to end and redraw
        until(web, "() => !document.querySelector('.leaflet-zoom-anim')")
        if web.page.locator(".leaflet-popup-content").count():
            break
    popup = web.page.locator(".leaflet-popup-content")
    popup.wait_for()
    assert popup.locator("blockquote.evidence").count() >= 1
    assert popup.locator("a.doc-link").count() >= 1
    web.shot("map-popup")
    web.check_clean()
    assert web.page.evaluate("window.__xss") is None


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason="the browser tests need chromium at /usr/bin/chromium")
def test_hostile_document_text_in_a_popup_stays_text(web):
    page = "/map?type=attack&entity=kataib_hezbollah"
    web.open(page, ready="path.map-event, path.map-cluster")
    markers = web.page.locator("path.map-cluster, path.map-event")
    popup = web.page.locator(".leaflet-popup-content")
    for i in range(markers.count()):  # open each marker of the first view until the hostile report shows
        web.open(page, ready="path.map-event, path.map-cluster")
        markers.nth(i).click(force=True)
        web.page.wait_for_timeout(400)  # the popup's opening animation
        if popup.count() and "Militia report" in popup.inner_text():
            break
    text = popup.inner_text()
    assert "Militia report" in text and "<script>window.__xss = 1</script>" in text
    assert popup.locator("script, img, svg, iframe").count() == 0
    assert web.page.evaluate("() => window.__xss") is None
    web.check_clean()
