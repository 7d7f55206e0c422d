/* A cytoscape.js view of an actor graph, shared by the graph explorer and the what-if page.
 * Nodes are coloured by type and sized by degree; edges are coloured and labelled by
 * relation, as wide as the number of documents behind them, dashed when only
 * confidential documents state them. Labels are drawn on the canvas as text. */
"use strict";

(function () {
  const STYLE = [
    { selector: "node", style: {
      "background-color": "data(colour)", label: "data(name)", "font-size": 11, color: "#0f172a",
      "text-valign": "bottom", "text-margin-y": 4, "text-wrap": "ellipsis", "text-max-width": 160,
      "text-background-color": "#ffffff", "text-background-opacity": 0.75, "text-background-padding": 1,
      width: "mapData(degree, 1, 16, 16, 46)", height: "mapData(degree, 1, 16, 16, 46)",
      "border-width": 1.5, "border-color": "#ffffff" } },
    { selector: "edge", style: {
      width: "mapData(documents, 1, 8, 1.5, 9)", "line-color": "data(colour)", "target-arrow-color": "data(colour)",
      "target-arrow-shape": "triangle", "arrow-scale": 0.9, "curve-style": "bezier", opacity: 0.8,
      label: "data(label)", "font-size": 8, color: "#334155", "text-rotation": "autorotate",
      "text-background-color": "#ffffff", "text-background-opacity": 0.85, "text-background-padding": 1 } },
    { selector: "edge[?symmetric]", style: { "target-arrow-shape": "none" } },
    { selector: "edge[?confidential]", style: { "line-style": "dashed" } },
    { selector: "node.focus", style: { "border-width": 4, "border-color": "#0f172a" } },
    { selector: "node.anchor", style: { "border-width": 5, "border-color": "#0f172a", shape: "round-rectangle" } },
    { selector: "node.removed", style: { opacity: 0.35, "border-width": 3, "border-color": "#0f172a", "border-style": "dashed" } },
    { selector: "edge.removed", style: { opacity: 0.12 } },
    { selector: "node.cut", style: { "border-width": 5, "border-color": "#ef4444" } },
    { selector: ".hidden", style: { display: "none" } },
    { selector: ":selected", style: { "overlay-color": "#f59e0b", "overlay-opacity": 0.25, "overlay-padding": 6 } },
  ];

  function elements(data) {
    const nodes = data.nodes.map((n) => ({ group: "nodes", data: { id: n.id, name: n.name, type: n.type, degree: n.degree || 1, colour: S.colour(n.type) } }));
    const edges = data.edges.map((e) => ({ group: "edges", data: {
      id: e.id, source: e.source, target: e.target, relation: e.relation, symmetric: e.symmetric,
      documents: e.documents, outlets: e.outlets, confidential: e.confidential, colour: S.relationColour(e.relation),
      label: e.relation.replace(/_/g, " "), first: e.first, last: e.last } }));
    return nodes.concat(edges);
  }

  function layout(cy, randomize, eles) {
    const target = eles || cy.elements();
    const running = target.layout({ name: "cose", animate: false, randomize: randomize, nodeRepulsion: () => 60000,
      idealEdgeLength: () => 110, edgeElasticity: () => 100, nodeOverlap: 40, gravity: 0.25, componentSpacing: 80, numIter: 1500, fit: true, padding: 30 });
    running.run();
  }

  /* A view in `container`; onNode(node data) and onEdge(edge data) on taps. */
  function graphView(container, handlers) {
    handlers = handlers || {};
    const cy = cytoscape({ container, style: STYLE, elements: [], minZoom: 0.1, maxZoom: 4, boxSelectionEnabled: false });
    cy.on("tap", "node", (event) => handlers.onNode && handlers.onNode(event.target.data(), event.target));
    cy.on("tap", "edge", (event) => handlers.onEdge && handlers.onEdge(event.target.data(), event.target));
    cy.on("tap", (event) => { if (event.target === cy && handlers.onBackground) handlers.onBackground(); });

    /* Replace the elements, keeping the place of every node that stays. */
    function setData(data) {
      const next = elements(data);
      const wanted = new Set(next.map((e) => e.data.id));
      const first = cy.elements().length === 0;
      let unplaced = 0;
      cy.batch(() => {
        cy.elements().filter((e) => !wanted.has(e.id())).remove();
        const added = next.filter((e) => cy.getElementById(e.data.id).length === 0);
        for (const e of added.filter((x) => x.group === "nodes")) {
          const neighbour = next.find((x) => x.group === "edges" && (x.data.source === e.data.id || x.data.target === e.data.id) && cy.getElementById(x.data.source === e.data.id ? x.data.target : x.data.source).length);
          if (neighbour) {
            const other = cy.getElementById(neighbour.data.source === e.data.id ? neighbour.data.target : neighbour.data.source).position();
            e.position = { x: other.x + (Math.random() - 0.5) * 80, y: other.y + (Math.random() - 0.5) * 80 };
          } else unplaced += 1;
        }
        cy.add(added);
        for (const e of next) {
          const found = cy.getElementById(e.data.id);
          if (found.length) found.data(e.data);
        }
      });
      if (first || unplaced) layout(cy, first);
      return { nodes: cy.nodes().length, edges: cy.edges().length };
    }

    function png() {
      return cy.png({ output: "blob", bg: "#ffffff", full: true, scale: 2 });
    }

    return { cy, setData, png, layout: () => layout(cy, false) };
  }

  function legend(types) {
    return S.el("div", { class: "legend" },
      types.map((t) => S.el("span", { class: "legend-item" }, S.el("span", { class: "dot", colour: S.colour(t) }), t.replace(/_/g, " "))),
      S.el("span", { class: "legend-item" }, S.el("span", { class: "dash" }), "only confidential sources"));
  }

  S.graphView = graphView;
  S.graphLegend = legend;
})();
