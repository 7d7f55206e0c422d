/* Graph explorer: filter by relation, entity type, sources and date (as-of slider), focus on a
 * neighbourhood, double-click a node to show or fold its neighbours, size nodes by a metric,
 * click a node for its profile and an edge for its evidence, export PNG, SVG and GEXF.
 * The filter lives in the address, so a view can be bookmarked and shared. */
"use strict";

(function () {
  const { el, api, clear } = S;
  const main = S.main();

  const state = {
    relations: null, types: null, min_sources: 1, redact: false, as_of: null,
    focus: S.param("focus"), focusName: null, hops: parseInt(S.param("hops") || "2", 10) === 1 ? 1 : 2,
  };
  if (S.params("relation").length) state.relations = new Set(S.params("relation"));
  if (S.params("type").length) state.types = new Set(S.params("type"));
  state.min_sources = Math.max(1, parseInt(S.param("min_sources") || "1", 10) || 1);
  state.redact = S.param("redact") === "true";
  state.as_of = S.param("as_of");
  state.suggested = S.param("min_confidence") === "0";  // suggested claims too (off by default)

  let ontology = null;
  let months = [];
  let ticket = 0;

  const status = el("p", { class: "graph-status", id: "graph-status", "aria-live": "polite" });
  const details = el("div", { class: "graph-details", id: "graph-details" },
    el("p", { class: "muted", text: "Click an actor for its profile, or a line for the sentences behind it." }));
  const canvas = el("div", { class: "cy", id: "cy" });
  const sidebar = el("form", { class: "graph-filters", on: { submit: (e) => e.preventDefault() } });

  function filterParams() {
    const all = ontology ? Object.keys(ontology.relations) : [];
    const types = ontology ? ontology.entity_types : [];
    return {
      relation: state.relations && state.relations.size < all.length ? [...state.relations] : null,
      type: state.types && state.types.size < types.length ? [...state.types] : null,
      min_sources: state.min_sources > 1 ? state.min_sources : null,
      redact: state.redact || null, min_confidence: state.suggested ? 0 : null,
      as_of: state.as_of, focus: state.focus, hops: state.focus ? state.hops : null,
    };
  }

  let view = null;  // made once the canvas is in the page
  let lastStatus = () => "";

  function showCounts(shown) {
    status.textContent = shown.nodes + " actors · " + shown.edges + " relations" + lastStatus();
    status.dataset.nodes = shown.nodes;
    status.dataset.edges = shown.edges;
  }

  async function refresh() {
    const params = filterParams();
    const ask = ++ticket;
    history.replaceState(null, "", "/graph" + S.query(params));
    S.setTwin("/api/graph" + S.query(params));
    status.textContent = "Loading…";
    try {
      const data = await api("/api/graph", params);
      if (ask !== ticket) return;
      if (data.focus) state.focusName = data.focus.name;
      const shown = view.setData(data);
      lastStatus = () => (state.as_of ? " · as of " + state.as_of : "") +
        (state.focus ? " · within " + state.hops + (state.hops === 1 ? " hop of " : " hops of ") + (state.focusName || state.focus) : "");
      view.cy.nodes().removeClass("focus");
      if (state.focus) view.cy.getElementById(state.focus).addClass("focus");
      showCounts(shown);
      if (!months.length) buildSlider(data.date_span);
      renderFocus();
    } catch (error) {
      if (ask !== ticket) return;
      status.textContent = "";
      S.showError(details, error);
    }
  }

  function checkboxes(title, names, chosen, onChange, colourOf) {
    const boxes = names.map((name) => {
      const input = el("input", { type: "checkbox", value: name, checked: !chosen || chosen.has(name) });
      input.addEventListener("change", () => onChange(new Set(boxes.filter((b) => b.checked).map((b) => b.value))));
      return input;
    });
    return el("fieldset", null, el("legend", { text: title }),
      names.map((name, i) => el("label", { class: "check" }, boxes[i], el("span", { class: "dot", colour: colourOf(name) }), name.replace(/_/g, " "))));
  }

  const sliderBox = el("div", { class: "slider-box" });
  const asOfToggle = el("input", { type: "checkbox", id: "asof-on" });
  const slider = el("input", { type: "range", id: "asof", min: "0", max: "0", value: "0", disabled: true, "aria-label": "As of" });
  const sliderLabel = el("output", { for: "asof", class: "slider-label", text: "all dates" });

  function buildSlider(span) {
    months = [];
    if (!span || !span.first || !span.last) { sliderBox.append(el("p", { class: "muted small", text: "No dated claim." })); return; }
    let y = parseInt(span.first.slice(0, 4), 10);
    let m = span.first.length >= 7 ? parseInt(span.first.slice(5, 7), 10) : 1;
    const endY = parseInt(span.last.slice(0, 4), 10);
    const endM = span.last.length >= 7 ? parseInt(span.last.slice(5, 7), 10) : 12;
    while (y < endY || (y === endY && m <= endM)) {
      months.push(y + "-" + String(m).padStart(2, "0"));
      m += 1; if (m > 12) { m = 1; y += 1; }
    }
    slider.max = String(months.length - 1);
    const start = state.as_of ? Math.max(0, months.findIndex((x) => x >= state.as_of.slice(0, 7))) : months.length - 1;
    slider.value = String(start);
    asOfToggle.checked = Boolean(state.as_of);
    slider.disabled = !state.as_of;
    sliderLabel.textContent = state.as_of || "all dates";
    sliderBox.append(el("div", { class: "slider-ends muted small" }, el("span", { text: months[0] }), el("span", { text: months[months.length - 1] })));
  }

  const applyDate = S.debounce(() => refresh(), 250);
  slider.addEventListener("input", () => {
    state.as_of = months[parseInt(slider.value, 10)] || null;
    sliderLabel.textContent = state.as_of || "all dates";
    applyDate();
  });
  asOfToggle.addEventListener("change", () => {
    slider.disabled = !asOfToggle.checked;
    state.as_of = asOfToggle.checked ? months[parseInt(slider.value, 10)] || null : null;
    sliderLabel.textContent = state.as_of || "all dates";
    refresh();
  });

  const focusBox = el("div", { class: "focus-box" });
  function renderFocus() {
    clear(focusBox);
    if (!state.focus) { focusBox.append(el("p", { class: "muted small", text: "Whole network. Pick an actor to see its neighbourhood." })); return; }
    const hops = el("select", { "aria-label": "Hops" }, [1, 2].map((h) => el("option", { value: String(h), selected: h === state.hops, text: h + (h === 1 ? " hop" : " hops") })));
    hops.addEventListener("change", () => { state.hops = parseInt(hops.value, 10); refresh(); });
    const clearButton = el("button", { type: "button", class: "link", text: "whole network" });
    clearButton.addEventListener("click", () => { state.focus = null; state.focusName = null; refresh(); });
    focusBox.append(el("p", null, "Around ", el("strong", { text: state.focusName || state.focus }), " "), hops, " ", clearButton);
  }

  function showNode(node) {
    const neighbours = view.cy.getElementById(node.id).connectedEdges().map((edge) => {
      const otherId = edge.data("source") === node.id ? edge.data("target") : edge.data("source");
      const other = view.cy.getElementById(otherId).data();
      const outward = edge.data("source") === node.id || edge.data("symmetric");
      return { other, edge: edge.data(), outward };
    });
    const focusHere = el("button", { type: "button", text: "Focus here" });
    focusHere.addEventListener("click", () => { state.focus = node.id; state.focusName = node.name; refresh(); });
    const expand = el("button", { type: "button", id: "expand-node", text: "Show / fold neighbours" });
    expand.addEventListener("click", () => view.toggle(view.cy.getElementById(node.id)));
    S.fill(details, 
      el("h2", null, el("span", { class: "dot big", colour: S.colour(node.type) }), node.name),
      el("p", null, S.typeBadge(node.type), el("span", { class: "muted", text: " " + neighbours.length + " relations in this view" })),
      el("p", { class: "actions" }, el("a", { class: "button primary", href: S.entityHref(node.id), id: "open-profile", text: "Open profile" }), " ", focusHere, " ", expand, " ",
        el("a", { class: "button", href: "/timeline" + S.query({ entity: node.id }), text: "Timeline" })),
      el("ul", { class: "neighbours" }, neighbours.map((n) => el("li", null,
        el("span", { class: "relation", colour: S.relationColour(n.edge.relation), text: (n.outward ? "" : "← ") + n.edge.relation.replace(/_/g, " ") + (n.outward && !n.edge.symmetric ? " →" : "") + " " }),
        S.entityLink({ id: n.other.id, name: n.other.name, type: n.other.type }),
        el("span", { class: "muted small", text: " " + n.edge.documents + " doc" + (n.edge.documents === 1 ? "" : "s") }),
        n.edge.confidential ? [" ", S.confidentialBadge()] : null))));
  }

  /* An editor's verdict on a claim behind an edge; the graph is drawn again without a rejected one. */
  async function judgeClaim(claim, verdict) {
    try {
      const done = await S.post("/api/judgements/" + verdict, { claim: claim.id });
      S.fill(details, S.notice("Judgement " + done.judgement + ": claim " + verdict + "ed (undo it under Review).", "ok"));
      refresh();
    } catch (error) { S.showError(details, error); }
  }

  async function showEdge(edge) {
    S.fill(details, el("p", { class: "loading", text: "Loading evidence…" }));
    try {
      const editor = (await S.session()).role === "editor";
      const found = await api("/api/graph/edge", { ...filterParams(), source: edge.source, target: edge.target, relation: edge.relation, limit: 50 });
      const s = found.source, t = found.target, info = found.edge;
      S.fill(details, 
        el("h2", { class: "edge-title" }, S.entityLink(s), el("span", { class: "relation", colour: S.relationColour(info.relation), text: " " + info.relation.replace(/_/g, " ") + (info.symmetric ? " " : " → ") }), S.entityLink(t)),
        el("p", { class: "muted" }, info.documents + (info.documents === 1 ? " document, " : " documents, ") + info.outlets + (info.outlets === 1 ? " outlet" : " outlets") + (info.first ? " · " + S.span(info.first, info.last) : ""),
          info.confidential ? [" ", S.confidentialBadge()] : null),
        el("div", { class: "claims edge-claims" }, found.claims.map((c, i) => {
          const view = S.claimView(c, editor ? { compact: true, judge: judgeClaim } : { compact: true });
          if (i === 0) view.open = true;
          return view;
        })),
        found.total > found.claims.length ? el("p", { class: "muted small", text: "showing " + found.claims.length + " of " + found.total + " claims" }) : null);
    } catch (error) { S.showError(details, error); }
  }

  async function start() {
    try { ontology = await api("/api/ontology"); } catch (error) { S.showError(main, error); return; }
    const relationNames = Object.keys(ontology.relations);
    const picker = S.entityPicker({ placeholder: "Focus on an actor…", label: "Focus", onPick: (entity) => { state.focus = entity.id; state.focusName = entity.name; refresh(); } });
    const minSources = el("input", { type: "number", min: "1", max: "100", value: String(state.min_sources), "aria-label": "Minimum sources" });
    minSources.addEventListener("change", () => { state.min_sources = Math.max(1, parseInt(minSources.value, 10) || 1); refresh(); });
    const redact = el("input", { type: "checkbox", checked: state.redact });
    redact.addEventListener("change", () => { state.redact = redact.checked; refresh(); });
    const suggested = el("input", { type: "checkbox", id: "show-suggested", checked: state.suggested });
    suggested.addEventListener("change", () => { state.suggested = suggested.checked; refresh(); });
    const pngButton = el("button", { type: "button", text: "PNG" });
    pngButton.addEventListener("click", async () => S.downloadBlob(await view.png(), "shabaka-graph.png"));
    const svgButton = el("button", { type: "button", text: "SVG" });
    svgButton.addEventListener("click", () => S.downloadBlob(view.svg(), "shabaka-graph.svg"));
    const sizeBy = el("select", { id: "size-by", "aria-label": "Node size" },
      ["degree", "betweenness", "pagerank", "eigenvector", "weighted_degree", "coreness"].map((m) => el("option", { value: m, text: m.replace(/_/g, " ") })));
    sizeBy.addEventListener("change", () => view.setSizeBy(sizeBy.value));
    const gexfButton = el("button", { type: "button", text: "GEXF" });
    gexfButton.addEventListener("click", () => {
      // the server writes it with the project's GEXF exporter, from the same filter as this view
      const link = el("a", { href: "/api/graph.gexf" + S.query(filterParams()), download: "shabaka-graph.gexf" });
      document.body.append(link);
      link.click();
      link.remove();
    });
    const relayout = el("button", { type: "button", class: "link", text: "re-arrange" });
    relayout.addEventListener("click", () => view.layout());
    sliderBox.append(el("label", { class: "check" }, asOfToggle, "as of a date"), slider, sliderLabel);

    sidebar.append(
      el("fieldset", null, el("legend", { text: "Focus" }), picker, focusBox),
      el("fieldset", null, el("legend", { text: "Date" }), sliderBox),
      checkboxes("Relations", relationNames, state.relations, (set) => { state.relations = set; refresh(); }, S.relationColour),
      checkboxes("Entity types", ontology.entity_types, state.types, (set) => { state.types = set; refresh(); }, S.colour),
      el("fieldset", null, el("legend", { text: "Sources" }),
        el("label", { class: "inline" }, "at least ", minSources, " documents"),
        el("label", { class: "check" }, redact, "leave out confidential documents"),
        el("label", { class: "check", title: "claims under the assertion threshold, drawn dotted" }, suggested, "show suggested claims")),
      el("fieldset", null, el("legend", { text: "Node size" }), sizeBy),
      el("fieldset", null, el("legend", { text: "Export this view" }), pngButton, " ", svgButton, " ", gexfButton));
    S.fill(main, el("div", { class: "graph-page" }, sidebar,
      el("div", { class: "graph-centre" }, el("div", { class: "graph-bar" }, status, relayout), canvas, S.graphLegend(ontology.entity_types)),
      el("aside", { class: "graph-side" }, details)));
    view = S.graphView(canvas, { onNode: showNode, onEdge: showEdge,
      onExpand: (node) => api("/api/graph", { ...filterParams(), focus: node.id, hops: 1 }), onChange: showCounts });
    window.shabakaGraph = view;  // for the browser tests: node positions to click
    renderFocus();
    refresh();
  }

  start();
})();
