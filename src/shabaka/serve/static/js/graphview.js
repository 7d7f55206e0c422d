/* A cytoscape.js view of an actor graph, shared by the graph explorer and the what-if page.
 * Nodes are coloured by type and sized by a chosen metric; edges are coloured and labelled by
 * relation, as wide as the number of documents behind them, dashed when only confidential
 * documents state them. Labels are drawn on the canvas as text, at a constant size on the
 * screen whatever the zoom: the largest actors' labels first, the others when there is room
 * (zoom in) or on hover. The layout is fCoSE; a node keeps its place for as long as the page is
 * open, so changing a filter or a date moves nothing that stays, and returning nodes come
 * back where they were. */
"use strict";

(function () {
  if (window.cytoscapeFcose) cytoscape.use(window.cytoscapeFcose);

  const LABEL_PX = 13;       // node label height on the screen, at any zoom
  const EDGE_LABEL_PX = 11;  // edge labels: shown from this zoom, or on hover
  const EDGE_LABEL_ZOOM = 0.9;
  const MAX_FIT_ZOOM = 1.6;  // a handful of nodes should not fill the screen
  const SIZES = [18, 58];    // node diameter range in model units

  let zoomNow = 1;  // read by the style functions below, set on every zoom
  const STYLE = [
    { selector: "node", style: {
      "background-color": "data(colour)", label: "data(name)", "font-size": () => LABEL_PX / zoomNow, color: "#0f172a",
      "text-valign": "bottom", "text-margin-y": () => 3 / zoomNow, "text-wrap": "ellipsis", "text-max-width": () => 180 / zoomNow,
      "text-background-color": "#ffffff", "text-background-opacity": 0.8, "text-background-padding": () => 1.5 / zoomNow,
      width: "data(size)", height: "data(size)", "border-width": 1.5, "border-color": "#ffffff" } },
    { selector: "node.quiet", style: { "text-opacity": 0, "text-background-opacity": 0 } },
    { selector: "node.quiet:active, node.quiet.hovered, node.quiet:selected", style: { "text-opacity": 1, "text-background-opacity": 0.8, "z-index": 20 } },
    { selector: "edge", style: {
      width: "mapData(documents, 1, 8, 1.5, 9)", "line-color": "data(colour)", "target-arrow-color": "data(colour)",
      "target-arrow-shape": "triangle", "arrow-scale": 0.9, "curve-style": "bezier", opacity: 0.8,
      label: "", "font-size": () => EDGE_LABEL_PX / zoomNow, color: "#334155", "text-rotation": "autorotate",
      "text-background-color": "#ffffff", "text-background-opacity": 0.85, "text-background-padding": 1 } },
    { selector: "edge.labelled, edge.hovered, edge:selected", style: { label: "data(label)" } },
    { selector: "edge[?symmetric]", style: { "target-arrow-shape": "none" } },
    { selector: "edge[?confidential]", style: { "line-style": "dashed" } },
    { selector: "edge[?suggested]", style: { "line-style": "dotted", opacity: 0.55 } },
    { selector: "node.focus", style: { "border-width": 4, "border-color": "#0f172a" } },
    { selector: "node.expanded", style: { "border-width": 3, "border-color": "#f59e0b" } },
    { selector: "node.anchor", style: { "border-width": 5, "border-color": "#0f172a", shape: "round-rectangle" } },
    { selector: "node.removed", style: { opacity: 0.35, "border-width": 3, "border-color": "#0f172a", "border-style": "dashed" } },
    { selector: "edge.removed", style: { opacity: 0.12 } },
    { selector: "node.cut", style: { "border-width": 5, "border-color": "#ef4444" } },
    { selector: ".hidden, .collapsed", style: { display: "none" } },
    { selector: ":selected", style: { "overlay-color": "#f59e0b", "overlay-opacity": 0.25, "overlay-padding": 6 } },
  ];

  function nodeData(n) {
    return { id: n.id, name: n.name, type: n.type, degree: n.degree || 1, metrics: n.metrics || {}, colour: S.colour(n.type), size: SIZES[0] };
  }

  function edgeData(e) {
    return { id: e.id, source: e.source, target: e.target, relation: e.relation, symmetric: e.symmetric,
      documents: e.documents, outlets: e.outlets, confidential: e.confidential, suggested: e.suggested, colour: S.relationColour(e.relation),
      label: e.relation.replace(/_/g, " "), first: e.first, last: e.last };
  }

  /* A view in `container`; onNode(node data) and onEdge(edge data) on taps, onExpand(node data)
   * on a double tap or a right click, which returns a promise of the neighbourhood's data;
   * onChange(counts) when expanding or folding changed what is shown. */
  function graphView(container, handlers) {
    handlers = handlers || {};
    const cy = cytoscape({ container, style: STYLE, elements: [], minZoom: 0.05, maxZoom: 5, boxSelectionEnabled: false, wheelSensitivity: 0.3 });
    const memory = new Map();  // id -> last position: a node keeps its place across changes
    let sizeBy = "degree";

    cy.on("tap", "node", (event) => handlers.onNode && handlers.onNode(event.target.data(), event.target));
    cy.on("tap", "edge", (event) => handlers.onEdge && handlers.onEdge(event.target.data(), event.target));
    cy.on("tap", (event) => { if (event.target === cy && handlers.onBackground) handlers.onBackground(); });
    cy.on("dbltap cxttap", "node", (event) => toggle(event.target));
    cy.on("mouseover", "node, edge", (event) => event.target.addClass("hovered"));
    cy.on("mouseout", "node, edge", (event) => event.target.removeClass("hovered"));
    cy.on("position", "node", (event) => memory.set(event.target.id(), { ...event.target.position() }));
    let pending = false;
    cy.on("zoom pan resize", () => {
      if (pending) return;
      pending = true;
      requestAnimationFrame(() => { pending = false; relabel(); });
    });

    /* Constant screen size for labels; then, biggest node first, show a label only where it
     * does not cover one already shown. Edge labels only when zoomed in far enough. */
    function relabel() {
      const zoom = cy.zoom();
      if (Math.abs(zoom - zoomNow) > 1e-6) { zoomNow = zoom; cy.style().update(); }
      const taken = [];
      const width = cy.width(), height = cy.height();
      const nodes = cy.nodes(":visible").sort((a, b) => b.data("size") - a.data("size") || a.data("name").localeCompare(b.data("name")));
      cy.batch(() => {
        nodes.forEach((node) => {
          const p = node.renderedPosition();
          const r = node.renderedWidth() / 2;
          const w = Math.min(180, node.data("name").length * LABEL_PX * 0.55) + 4, h = LABEL_PX + 5;
          const box = { x1: p.x - w / 2, x2: p.x + w / 2, y1: p.y + r + 2, y2: p.y + r + 2 + h };
          const onScreen = box.x2 > 0 && box.x1 < width && box.y2 > 0 && box.y1 < height;
          const free = onScreen && !taken.some((t) => t.x1 < box.x2 && box.x1 < t.x2 && t.y1 < box.y2 && box.y1 < t.y2);
          if (free) taken.push(box);
          if (free || !onScreen) node.removeClass("quiet"); else node.addClass("quiet");
        });
        if (zoom >= EDGE_LABEL_ZOOM) cy.edges().addClass("labelled"); else cy.edges().removeClass("labelled");
      });
    }

    function resize() {
      const values = cy.nodes().map((n) => sizeBy === "degree" ? n.data("degree") : Number(n.data("metrics")[sizeBy]) || 0);
      const lo = Math.min(...values), hi = Math.max(...values);
      cy.batch(() => cy.nodes().forEach((n, i) => {
        const t = hi > lo ? (values[i] - lo) / (hi - lo) : 0.3;
        n.data("size", SIZES[0] + (SIZES[1] - SIZES[0]) * Math.sqrt(t));
      }));
    }

    function fit() {
      const shown = cy.elements(":visible");
      if (!shown.length) return;
      cy.fit(shown, 30);
      if (cy.zoom() > MAX_FIT_ZOOM) { cy.zoom(MAX_FIT_ZOOM); cy.center(shown); }
      relabel();
    }

    /* fCoSE over everything; nodes already placed stay exactly where they are unless `all`. */
    function layout(all) {
      const placed = all ? [] : cy.nodes().filter((n) => n.data("placed")).map((n) => ({ nodeId: n.id(), position: { ...n.position() } }));
      if (!all && placed.length === cy.nodes().length) return;
      const options = window.cytoscapeFcose
        ? { name: "fcose", quality: "proof", randomize: all || placed.length === 0, animate: false, fit: false,
          nodeRepulsion: () => 12000, idealEdgeLength: () => 120, nodeSeparation: 100, gravity: 0.3, numIter: 2500,
          fixedNodeConstraint: placed.length && placed.length < cy.nodes().length ? placed : undefined }
        : { name: "cose", animate: false, randomize: all, fit: false };
      cy.layout(options).run();
      cy.nodes().forEach((n) => { n.data("placed", true); memory.set(n.id(), { ...n.position() }); });
    }

    /* Add what is new, remove what is gone, keep every remaining node in place. */
    function merge(data, { replace }) {
      const nodes = data.nodes.map(nodeData), edges = data.edges.map(edgeData);
      const wanted = new Set([...nodes.map((n) => n.id), ...edges.map((e) => e.id)]);
      let added = 0;
      cy.batch(() => {
        if (replace) cy.elements().filter((e) => !wanted.has(e.id())).remove();
        for (const n of nodes) {
          const found = cy.getElementById(n.id);
          if (found.length) { found.data({ ...n, size: found.data("size"), placed: true }); continue; }
          const known = memory.get(n.id);
          cy.add({ group: "nodes", data: { ...n, placed: Boolean(known) }, position: known ? { ...known } : undefined });
          added += 1;
        }
        for (const e of edges) {
          const found = cy.getElementById(e.id);
          if (found.length) found.data(e); else if (cy.getElementById(e.source).length && cy.getElementById(e.target).length) cy.add({ group: "edges", data: e });
        }
        // a new node starts next to a neighbour that is already placed
        cy.nodes().filter((n) => !n.data("placed")).forEach((n) => {
          const near = n.neighborhood("node").filter((m) => m.data("placed"))[0];
          if (near) n.position({ x: near.position("x") + (Math.random() - 0.5) * 60, y: near.position("y") + (Math.random() - 0.5) * 60 });
        });
      });
      resize();
      if (added) layout(false);
      fit();
      return { nodes: cy.nodes().length, edges: cy.edges().length };
    }

    const expanded = new Set(), folded = new Set();  // the analyst's choices, kept across changes
    let generation = 0;

    function counts() { return { nodes: cy.nodes(":visible").length, edges: cy.edges(":visible").length }; }
    function changed() { if (handlers.onChange) handlers.onChange(counts()); }

    /* Replace the elements, then apply again the expansions and folds made before. */
    function setData(data) {
      const mine = ++generation;
      cy.elements().removeClass("collapsed expanded");
      merge(data, { replace: true });
      reapply(mine);
      return counts();
    }

    async function reapply(mine) {
      for (const id of folded) { const node = cy.getElementById(id); if (node.length) fold(node); }
      for (const id of expanded) {
        const node = cy.getElementById(id);
        if (!node.length || !handlers.onExpand) continue;
        const data = await handlers.onExpand(node.data());
        if (mine !== generation) return;  // a newer filter replaced the elements meanwhile
        merge(data, { replace: false });
        node.addClass("expanded");
      }
      if (expanded.size || folded.size) { fit(); changed(); }
    }

    /* Double tap: show the neighbours a node has that are not on the canvas; if they all are,
     * fold away the ones that hang on this node alone. */
    async function toggle(node) {
      const id = node.id();
      if (node.hasClass("expanded")) return collapse(node);
      const hidden = node.neighborhood(".collapsed");
      if (hidden.length) {
        hidden.removeClass("collapsed");
        node.addClass("expanded");
        folded.delete(id);
        fit();
        return changed();
      }
      if (!handlers.onExpand) return collapse(node);
      const data = await handlers.onExpand(node.data());
      const missing = data.nodes.filter((n) => !cy.getElementById(n.id).length);
      if (!missing.length) return collapse(node);
      merge(data, { replace: false });
      node.addClass("expanded");
      expanded.add(id);
      folded.delete(id);
      changed();
    }

    function fold(node) {
      const leaves = node.neighborhood("node").filter((m) => !m.hasClass("focus") && m.neighborhood("node").filter((x) => x.id() !== node.id() && !x.hasClass("collapsed")).length === 0);
      leaves.addClass("collapsed");
      node.removeClass("expanded");
    }

    function collapse(node) {
      fold(node);
      expanded.delete(node.id());
      folded.add(node.id());
      fit();
      changed();
    }

    function setSizeBy(metric) { sizeBy = metric; resize(); relabel(); }

    /* PNG at publication resolution: at least 3000 px across, whatever the screen. */
    function png() {
      const box = cy.elements(":visible").boundingBox();
      const scale = Math.min(8, Math.max(2, 3000 / Math.max(1, box.w)));
      return cy.png({ output: "blob", bg: "#ffffff", full: true, scale, maxWidth: 8000, maxHeight: 8000 });
    }

    /* SVG: vector lines, circles and text, every label shown, for print and editing. */
    function svg() {
      const NS = "http://www.w3.org/2000/svg";
      const box = cy.elements(":visible").boundingBox();
      const pad = 40;
      const root = document.createElementNS(NS, "svg");
      const set = (node, attrs) => { for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v)); return node; };
      set(root, { xmlns: NS, width: Math.ceil(box.w + 2 * pad), height: Math.ceil(box.h + 2 * pad), viewBox: [box.x1 - pad, box.y1 - pad, box.w + 2 * pad, box.h + 2 * pad].join(" "), "font-family": "sans-serif" });
      root.append(set(document.createElementNS(NS, "rect"), { x: box.x1 - pad, y: box.y1 - pad, width: box.w + 2 * pad, height: box.h + 2 * pad, fill: "#ffffff" }));
      const text = (x, y, value, size, fill) => {
        const t = set(document.createElementNS(NS, "text"), { x, y, "font-size": size, fill, "text-anchor": "middle", stroke: "#ffffff", "stroke-width": 3, "paint-order": "stroke" });
        t.textContent = value;
        return t;
      };
      cy.edges(":visible").forEach((e) => {
        const s = e.source().position(), t = e.target().position();
        root.append(set(document.createElementNS(NS, "line"), { x1: s.x, y1: s.y, x2: t.x, y2: t.y, stroke: e.data("colour"), "stroke-width": 1 + Math.min(8, e.data("documents")), "stroke-opacity": 0.8, "stroke-dasharray": e.data("confidential") ? "6 4" : "none" }));
        root.append(text((s.x + t.x) / 2, (s.y + t.y) / 2, e.data("label"), 9, "#334155"));
      });
      cy.nodes(":visible").forEach((n) => {
        const p = n.position(), r = n.data("size") / 2;
        root.append(set(document.createElementNS(NS, "circle"), { cx: p.x, cy: p.y, r, fill: n.data("colour"), stroke: "#ffffff", "stroke-width": 1.5 }));
        root.append(text(p.x, p.y + r + 13, n.data("name"), 12, "#0f172a"));
      });
      return new Blob(['<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(root)], { type: "image/svg+xml" });
    }

    return { cy, setData, png, svg, fit, setSizeBy, toggle, layout: () => { layout(true); fit(); } };
  }

  function legend(types) {
    return S.el("div", { class: "legend" },
      types.map((t) => S.el("span", { class: "legend-item" }, S.el("span", { class: "dot", colour: S.colour(t) }), t.replace(/_/g, " "))),
      S.el("span", { class: "legend-item" }, S.el("span", { class: "dash" }), "only confidential sources"),
      S.el("span", { class: "legend-item muted" }, "double-click an actor to show or fold its neighbours"));
  }

  S.graphView = graphView;
  S.graphLegend = legend;
})();
