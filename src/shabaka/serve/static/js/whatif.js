/* What-if: remove actors from the network and compare fragmentation before and after;
 * the actors cut off from an anchor are marked on the graph. */
"use strict";

(function () {
  const { el, api, clear } = S;
  const main = S.main();
  const removed = new Map();  // id -> {id, name, type}
  let anchor = null;
  let asOf = S.param("as_of") || "";
  let scope = S.param("scope") === "all" ? "all" : "actors";

  const results = el("div", { class: "whatif-results", id: "whatif-results" });
  const canvas = el("div", { class: "cy", id: "cy" });
  const status = el("p", { class: "graph-status", "aria-live": "polite" });
  let view = null;  // made once the canvas is in the page
  const chips = el("ul", { class: "chips", id: "removed" });
  const anchorBox = el("div", { class: "anchor-box" });
  const showAfter = el("input", { type: "checkbox", id: "show-after" });
  const runButton = el("button", { type: "button", class: "primary", id: "run-whatif", text: "Run what-if" });

  function toggle(entity) {
    if (removed.has(entity.id)) removed.delete(entity.id); else removed.set(entity.id, entity);
    renderChoices();
  }

  function renderChoices() {
    clear(chips);
    for (const e of removed.values()) {
      const drop = el("button", { type: "button", class: "chip-x", title: "keep " + e.name, text: "×" });
      drop.addEventListener("click", () => { removed.delete(e.id); renderChoices(); });
      chips.append(el("li", { class: "chip" }, el("span", { class: "dot", colour: S.colour(e.type) }), e.name, drop));
    }
    if (!removed.size) chips.append(el("li", { class: "muted small", text: "Pick actors above, or click them on the graph." }));
    clear(anchorBox);
    if (anchor) {
      const drop = el("button", { type: "button", class: "link", text: "no anchor" });
      drop.addEventListener("click", () => { anchor = null; renderChoices(); });
      anchorBox.append(el("p", null, "Anchor: ", S.entityLink(anchor), " ", drop));
    }
    runButton.disabled = removed.size === 0;
    if (!view) return;
    view.cy.nodes().removeClass("removed anchor");
    for (const id of removed.keys()) view.cy.getElementById(id).addClass("removed");
    if (anchor) view.cy.getElementById(anchor.id).addClass("anchor");
  }

  function percent(x) { return (100 * x).toFixed(1) + "%"; }
  function fixed(x) { return x === null || x === undefined ? "–" : Number(x).toFixed(3); }

  function table(result) {
    const rows = [
      ["Actors", result.graph.nodes, result.graph.nodes - result.removed.length],
      ["Components", result.before.components, result.after.components],
      ["Largest component", percent(result.before.largest_share), percent(result.after.largest_share)],
      ["Distance-weighted fragmentation", fixed(result.before.distance_fragmentation), fixed(result.after.distance_fragmentation)],
      ["Average path length", fixed(result.before.average_path_length), fixed(result.after.average_path_length)],
    ];
    return el("table", { class: "compare", id: "fragmentation" },
      el("thead", null, el("tr", null, el("th", { text: "" }), el("th", { text: "Before" }), el("th", { text: "After" }))),
      el("tbody", null, rows.map(([label, b, a]) => el("tr", null, el("th", { text: label }), el("td", { text: String(b) }), el("td", { class: String(a) !== String(b) ? "changed" : null, text: String(a) })))));
  }

  function brokers(title, list) {
    return el("div", { class: "brokers" }, el("h3", { text: title }),
      list.length ? el("ol", null, list.map((b) => el("li", null, S.entityLink(b), el("span", { class: "muted small", text: " " + b.betweenness.toFixed(3) })))) : el("p", { class: "muted", text: "none" }));
  }

  async function run() {
    if (!removed.size) return;
    const params = { remove: [...removed.keys()], anchor: anchor ? anchor.id : null, as_of: asOf || null, scope: scope };
    history.replaceState(null, "", "/whatif" + S.query(params));
    S.setTwin("/api/whatif" + S.query(params));
    S.loading(results);
    try {
      const result = await api("/api/whatif", params);
      view.cy.nodes().removeClass("cut");
      for (const c of result.cut_from_anchor) view.cy.getElementById(c.id).addClass("cut");
      const cut = result.anchor
        ? el("section", null, el("h3", { text: "Cut off from " + result.anchor.name + " (" + result.cut_from_anchor.length + ")" }),
          result.cut_from_anchor.length ? el("ul", { class: "cut-list" }, result.cut_from_anchor.map((c) => el("li", null, S.entityLink(c, { badge: true }))))
            : el("p", { class: "muted", text: "Every actor that reached the anchor still does." }))
        : el("p", { class: "muted small", text: "Choose an anchor to see which actors lose every path to it." });
      // countries left out of the computation can still be the anchor: offer them
      const anchors = result.context.filter((c) => c.type === "COUNTRY").map((c) => {
        const pick = el("button", { type: "button", class: "link", text: c.name });
        pick.addEventListener("click", () => { anchor = c; renderChoices(); run(); });
        return [" ", pick];
      });
      S.fill(results, 
        el("h2", null, "Removing ", result.removed.map((r, i) => [i ? ", " : "", S.entityLink(r)])),
        el("p", { class: "scope", id: "scope-note" }, el("strong", { text: "Scope: " + result.scope.name }), " — " + result.scope.description + ".",
          anchors.length ? el("span", { class: "small" }, " Use as anchor:", anchors) : null),
        table(result), cut,
        el("div", { class: "two-col" }, brokers("Brokers before", result.brokers_before), brokers("Brokers after", result.brokers_after)),
        result.before.estimated ? el("p", { class: "muted small", text: "Figures estimated from a sample of the network." }) : null);
      applyAfter();
    } catch (error) { S.showError(results, error); }
  }

  function applyAfter() {
    const hide = showAfter.checked;
    view.cy.elements().removeClass("hidden");
    view.cy.edges().removeClass("removed");
    for (const id of removed.keys()) {
      const node = view.cy.getElementById(id);
      if (hide) node.addClass("hidden"); else node.connectedEdges().addClass("removed");
    }
  }

  async function loadGraph() {
    status.textContent = "Loading…";
    try {
      const data = await api("/api/graph", { as_of: asOf || null });
      const shown = view.setData(data);
      status.textContent = shown.nodes + " actors · " + shown.edges + " relations" + (asOf ? " · as of " + asOf : "");
      renderChoices();
    } catch (error) { S.showError(results, error); }
  }

  async function start() {
    const wanted = S.params("remove");
    const anchorRef = S.param("anchor");
    try {
      const found = await Promise.all(wanted.map((ref) => api("/api/entities/" + encodeURIComponent(ref))));
      found.forEach((p) => removed.set(p.entity.id, p.entity));
      if (anchorRef) anchor = (await api("/api/entities/" + encodeURIComponent(anchorRef))).entity;
    } catch (error) { S.showError(results, error); }
    const removePicker = S.entityPicker({ placeholder: "Remove an actor…", label: "Remove", onPick: (e) => { removed.set(e.id, e); renderChoices(); } });
    const anchorPicker = S.entityPicker({ placeholder: "Anchor (e.g. a patron)…", label: "Anchor", onPick: (e) => { anchor = e; renderChoices(); } });
    const asOfInput = el("input", { type: "text", value: asOf, placeholder: "YYYY or YYYY-MM", maxlength: "10", pattern: "\\d{4}(-\\d{2}(-\\d{2})?)?", "aria-label": "As of" });
    asOfInput.addEventListener("change", async () => { asOf = asOfInput.value.trim(); await loadGraph(); if (removed.size) run(); });
    const scopeSelect = el("select", { id: "scope", "aria-label": "Scope" },
      el("option", { value: "actors", selected: scope === "actors", text: "actors (countries as context)" }),
      el("option", { value: "all", selected: scope === "all", text: "every entity, countries included" }));
    scopeSelect.addEventListener("change", () => { scope = scopeSelect.value; if (removed.size) run(); });
    showAfter.addEventListener("change", applyAfter);
    runButton.addEventListener("click", run);
    const side = el("div", { class: "graph-filters" },
      el("fieldset", null, el("legend", { text: "Remove" }), removePicker, chips),
      el("fieldset", null, el("legend", { text: "Anchor" }), anchorPicker, anchorBox),
      el("fieldset", null, el("legend", { text: "Network as of" }), asOfInput),
      el("fieldset", null, el("legend", { text: "Computed over" }), scopeSelect),
      runButton,
      el("label", { class: "check" }, showAfter, "show the network after removal"));
    S.fill(main, el("div", { class: "graph-page whatif" }, side,
      el("div", { class: "graph-centre" }, el("div", { class: "graph-bar" }, status), canvas,
        el("div", { class: "legend" },
          el("span", { class: "legend-item" }, el("span", { class: "ring removed" }), "removed"),
          el("span", { class: "legend-item" }, el("span", { class: "ring cut" }), "cut off from the anchor"),
          el("span", { class: "legend-item" }, el("span", { class: "ring anchor" }), "anchor"))),
      el("aside", { class: "graph-side" }, results)));
    view = S.graphView(canvas, { onNode: (node) => toggle({ id: node.id, name: node.name, type: node.type }) });
    window.shabakaGraph = view;
    await loadGraph();
    if (removed.size) run();
    else S.fill(results, el("p", { class: "muted", text: "Choose actors to remove — a leader killed or arrested, a faction dissolved — and run." }));
  }

  start();
})();
