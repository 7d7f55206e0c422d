/* Audit: the edges resting on a single source, each with its one sentence, and the
 * contradictions between sources, both sides' sentences next to each other. */
"use strict";

(function () {
  const { el, api } = S;
  const main = S.main();
  const asOf = S.param("as_of");
  const relation = S.params("relation");

  function evidenceCard(ev) {
    return el("div", { class: "side" + (ev.confidential ? " is-confidential" : "") },
      el("blockquote", { class: "evidence", text: ev.text }),
      el("p", { class: "claim-source" }, S.sourceLine({ id: ev.doc_id, title: ev.doc_title, published: ev.published, confidential: ev.confidential })));
  }

  function singleSource(block) {
    if (!block.items.length) return el("p", { class: "muted", text: "Every edge has at least two independent sources." });
    return el("ol", { class: "audit-edges" }, block.items.map((e) => {
      const c = e.claims[0];
      return el("li", { class: "audit-edge" },
        el("div", { class: "edge-title" }, S.entityLink(e.source), el("span", { class: "relation", colour: S.relationColour(e.relation), text: " " + e.relation.replace(/_/g, " ") + (e.symmetric ? " " : " → ") }), S.entityLink(e.target),
          el("span", { class: "muted small", text: " · " + e.documents + (e.documents === 1 ? " document" : " documents") + ", one source" })),
        S.claimView(c, { compact: true }));
    }));
  }

  function contradictions(block) {
    if (!block.items.length) return el("p", { class: "muted", text: "No contradiction found." });
    return el("ol", { class: "contradictions" }, block.items.map((f) => el("li", { class: "contradiction", dataset: { kind: f.kind } },
      el("h3", null, el("span", { class: "badge kind", text: f.kind.replace(/_/g, " ") }), " ", S.entityLink({ id: f.entity, name: f.entity_name }),
        el("span", { class: "muted", text: ": " + f.values.join(" vs ") })),
      el("div", { class: "sides" }, f.evidence.map(evidenceCard)))));
  }

  async function load() {
    const params = { as_of: asOf, relation: relation.length ? relation : null };
    S.setTwin("/api/audit" + S.query(params));
    S.loading(main);
    try {
      const r = await api("/api/audit", params);
      S.fill(main, el("h1", { text: "Audit" }),
        el("p", { class: "muted", text: r.edges + " edges" + (asOf ? " as of " + asOf : "") + ". Single-source edges are where one more report would matter most; contradictions are where the sources disagree." }),
        el("section", { id: "contradictions" }, el("h2", { text: "Contradictions (" + r.contradictions.total + ")" }), contradictions(r.contradictions)),
        el("section", { id: "single-source" }, el("h2", { text: "Resting on a single source (" + r.single_source.total + ")" }), singleSource(r.single_source),
          r.single_source.total > r.single_source.items.length ? el("p", { class: "muted small", text: "showing " + r.single_source.items.length + " of " + r.single_source.total }) : null));
    } catch (error) { S.showError(main, error); }
  }

  load();
})();
