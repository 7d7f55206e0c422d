"""The graph explorer, key players, audit and profile blocks in a real browser (chromium through
Playwright) against a real uvicorn, with the fixtures of test_browser.py."""

from __future__ import annotations

from pathlib import Path

from tests.serve import test_browser as chromium

KH = chromium.KH
pytestmark = chromium.pytestmark
browser, server, web = chromium.browser, chromium.server, chromium.web  # the fixtures, shared

LARGEST_LABEL = """() => {
  const cy = window.shabakaGraph.cy;
  const node = cy.nodes(':visible').sort((a, b) => b.data('size') - a.data('size'))[0];
  return { px: parseFloat(node.style('font-size')) * cy.zoom(), shown: !node.hasClass('quiet'),
           label: node.style('label'), zoom: cy.zoom() };
}"""
POSITIONS = """() => Object.fromEntries(window.shabakaGraph.cy.nodes().map((n) => [n.id(), n.position()]))"""
IN_VIEW = """() => { const cy = window.shabakaGraph.cy; const e = cy.extent();
  return cy.nodes(':visible').every((n) => { const p = n.position();
    return p.x >= e.x1 && p.x <= e.x2 && p.y >= e.y1 && p.y <= e.y2; }); }"""


def _ready(web) -> None:
    web.page.wait_for_function("() => window.shabakaGraph && window.shabakaGraph.cy.nodes().length > 0")


def test_labels_are_legible_at_the_initial_zoom_and_every_node_is_in_view(web):
    web.open("/graph", ready="#graph-status[data-edges]")
    _ready(web)
    largest = web.page.evaluate(LARGEST_LABEL)
    assert largest["shown"] and largest["label"]
    assert 12 <= largest["px"] <= 14, largest  # the same size on screen at any zoom
    assert web.page.evaluate(IN_VIEW)
    # braces: nothing returned, or Playwright serialises the whole cytoscape core (many seconds)
    web.page.evaluate("() => { window.shabakaGraph.cy.zoom(window.shabakaGraph.cy.zoom() / 3); }")
    web.page.wait_for_timeout(100)
    zoomed_out = web.page.evaluate(LARGEST_LABEL)
    assert 12 <= zoomed_out["px"] <= 14 and zoomed_out["shown"]
    quiet = web.page.evaluate("() => window.shabakaGraph.cy.nodes('.quiet').length")
    assert quiet > 0  # crowded: only the biggest keep their labels
    web.shot("graph-labels")
    web.check_clean()


def test_focus_fits_the_neighbourhood_to_the_canvas(web):
    web.open(f"/graph?focus={KH}&hops=1", ready="#graph-status[data-edges]")
    _ready(web)
    assert web.page.evaluate(IN_VIEW)
    box = web.page.evaluate("""() => { const cy = window.shabakaGraph.cy;
        const b = cy.elements(':visible').renderedBoundingBox();
        return { w: b.w, h: b.h, cw: cy.width(), ch: cy.height() }; }""")
    assert box["w"] > box["cw"] * 0.5 or box["h"] > box["ch"] * 0.5  # not a small cluster in an empty canvas
    web.check_clean()


def test_double_click_expands_a_neighbour_then_folds_it(web):
    web.open(f"/graph?focus={KH}&hops=1", ready="#graph-status[data-edges]")
    _ready(web)
    before = web.page.evaluate("() => window.shabakaGraph.cy.nodes(':visible').length")
    # a neighbour of the focus that has neighbours of its own outside this view
    neighbours = web.page.evaluate(
        "(id) => window.shabakaGraph.cy.getElementById(id).neighborhood('node').map((n) => n.id())", KH)
    import httpx

    visible = set(web.page.evaluate("() => window.shabakaGraph.cy.nodes(':visible').map((n) => n.id())"))
    target = next(n for n in sorted(neighbours) if {x["id"] for x in httpx.get(
        web.base + "/api/graph", params={"focus": n, "hops": 1}).json()["nodes"]} - visible)
    kept = web.page.evaluate(POSITIONS)
    web.page.evaluate("(id) => { window.shabakaGraph.cy.getElementById(id).emit('dbltap'); }", target)
    web.page.wait_for_function("(n) => window.shabakaGraph.cy.nodes(':visible').length > n", arg=before)
    expanded = web.page.evaluate("() => window.shabakaGraph.cy.nodes(':visible').length")
    after = web.page.evaluate(POSITIONS)
    for nid, p in kept.items():
        assert abs(after[nid]["x"] - p["x"]) < 0.5 and abs(after[nid]["y"] - p["y"]) < 0.5, nid
    assert web.page.evaluate(IN_VIEW)
    web.shot("graph-expanded")
    # a filter change keeps the expansion: off and on again, the neighbours come back with it
    web.page.fill("input[aria-label='Minimum sources']", "2")
    web.page.dispatch_event("input[aria-label='Minimum sources']", "change")
    web.page.fill("input[aria-label='Minimum sources']", "1")
    web.page.dispatch_event("input[aria-label='Minimum sources']", "change")
    web.page.wait_for_function("(n) => window.shabakaGraph.cy.nodes(':visible').length === n", arg=expanded)
    web.page.wait_for_function("(n) => parseInt(document.querySelector('#graph-status').dataset.nodes) === n",
                               arg=expanded)
    web.page.evaluate("(id) => { window.shabakaGraph.cy.getElementById(id).emit('dbltap'); }", target)
    web.page.wait_for_function("(n) => window.shabakaGraph.cy.nodes(':visible').length < n", arg=expanded)
    web.check_clean()


def test_positions_stay_put_across_a_date_change_and_back(web):
    web.open("/graph", ready="#graph-status[data-edges]")
    _ready(web)
    everything = int(web.page.locator("#graph-status").get_attribute("data-edges"))
    start = web.page.evaluate(POSITIONS)
    web.page.check("#asof-on")
    web.page.evaluate("""() => { const s = document.querySelector('#asof');
        s.value = String(Math.floor(s.max / 4)); s.dispatchEvent(new Event('input', {bubbles: true})); }""")
    web.page.wait_for_function("(n) => parseInt(document.querySelector('#graph-status').dataset.edges) < n",
                               arg=everything)
    during = web.page.evaluate(POSITIONS)
    for nid, p in during.items():
        assert (round(p["x"], 1), round(p["y"], 1)) == (round(start[nid]["x"], 1), round(start[nid]["y"], 1))
    web.page.uncheck("#asof-on")
    web.page.wait_for_function("(n) => parseInt(document.querySelector('#graph-status').dataset.edges) === n",
                               arg=everything)
    back = web.page.evaluate(POSITIONS)
    assert set(back) == set(start)
    for nid, p in back.items():
        assert (round(p["x"], 1), round(p["y"], 1)) == (round(start[nid]["x"], 1), round(start[nid]["y"], 1))
    web.check_clean()


def test_node_size_follows_the_chosen_metric_and_exports_are_publication_sized(web):
    import struct

    web.open("/graph", ready="#graph-status[data-edges]")
    _ready(web)
    web.page.select_option("#size-by", "betweenness")
    biggest = web.page.evaluate("""() => { const cy = window.shabakaGraph.cy;
        const top = cy.nodes().max((n) => n.data('size')).ele;
        const best = cy.nodes().max((n) => n.data('metrics').betweenness || 0).ele;
        return [top.id(), best.id()]; }""")
    assert biggest[0] == biggest[1]
    with web.page.expect_download() as download:
        web.page.get_by_role("button", name="PNG").click()
    png = Path(download.value.path()).read_bytes()
    width, height = struct.unpack(">II", png[16:24])
    assert max(width, height) >= 3000
    with web.page.expect_download() as download:
        web.page.get_by_role("button", name="SVG").click()
    svg = Path(download.value.path()).read_text(encoding="utf-8")
    assert "<svg" in svg and "Kata'ib Hezbollah" in svg.replace("&apos;", "'")
    web.check_clean()


def test_key_players_page_names_its_scope_and_the_scope_can_change(web):
    web.open("/keyplayers", ready="#kpp-fragment li.player")
    note = web.page.locator("#scope-note").inner_text()
    assert "Scope: actors" in note and "Context left out" in note
    actors = web.page.locator("#kpp-fragment li.player").evaluate_all("(xs) => xs.map((x) => x.dataset.id)")
    types = web.page.locator("#kpp-fragment .badge.type").all_inner_texts()
    assert actors and "COUNTRY" not in types
    assert "Method: KPP-Neg" in web.page.locator("#kpp-fragment").inner_text()
    assert web.page.locator("#brokers li.player").count() > 0
    first = web.page.locator("#kpp-fragment li.player").first
    first.locator("details.ties summary").click()
    assert first.locator("li.tie blockquote.evidence").first.inner_text().strip()
    assert first.locator("li.tie a.doc-link").count() >= 1
    web.shot("keyplayers")
    web.page.select_option("#scope", "all")
    web.page.wait_for_selector("#scope-note:has-text('Scope: all')")
    assert "scope=all" in web.page.url
    web.page.locator("#kpp-fragment li.player a.entity").first.click()
    web.page.wait_for_selector(".profile-head h1")
    web.check_clean()


def test_audit_page_shows_single_source_sentences_and_contradictions_side_by_side(web):
    web.open("/audit", ready="#single-source")
    single = web.page.locator("#single-source li.audit-edge").first
    single.locator("summary").click()
    assert single.locator("blockquote.evidence").inner_text().strip()
    assert single.locator(".claim-source a.doc-link").count() == 1
    contradiction = web.page.locator("li.contradiction").first
    assert contradiction.locator(".sides .side").count() >= 2
    assert contradiction.locator(".side blockquote.evidence").first.inner_text().strip()
    web.shot("audit")
    single.locator(".claim-source a.doc-link").click()
    web.page.wait_for_selector("article.doctext")
    web.check_clean()


def test_profile_shows_leadership_over_time_and_metrics_without_analyze(web):
    web.open("/entity/quds_force", ready="#leadership")
    block = web.page.locator("#leadership")
    first = block.locator("li.leadership-entry").first
    assert "Led by" in first.inner_text() and "Qasem Soleimani" in first.inner_text()
    first.locator("summary").click()
    assert first.locator("blockquote.evidence").inner_text().strip()
    assert first.locator("a.doc-link").count() >= 1
    metrics = web.page.locator("table.metrics").inner_text()
    assert "betweenness" in metrics and "analyze" not in web.page.locator(".profile-side").inner_text()
    web.shot("profile-leadership")
    web.check_clean()


def test_whatif_names_its_scope_and_offers_a_country_as_anchor(web):
    web.open("/whatif?remove=qasem_soleimani", ready="#fragmentation")
    note = web.page.locator("#scope-note")
    assert "Scope: actors" in note.inner_text()
    assert "Iran" in note.locator("button").all_inner_texts()  # left out as context, offered as anchor
    note.locator("button", has_text="Iran").click()
    web.page.wait_for_selector("text=Cut off from Iran")
    assert "anchor=iran" in web.page.url and "scope=actors" in web.page.url
    before = web.page.locator("#fragmentation tbody tr").first.inner_text()
    web.page.select_option("#scope", "all")
    web.page.wait_for_selector("#scope-note:has-text('Scope: all')")
    assert web.page.locator("#fragmentation tbody tr").first.inner_text() != before  # more actors counted
    web.shot("whatif-scope")
    web.check_clean()
