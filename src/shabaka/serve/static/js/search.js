/* Search page: entities (with type facets) and document text; without a query, an overview. */
"use strict";

(function () {
  const { el, api, clear } = S;
  const main = S.main();
  const PAGE = 20;

  function snippet(parts) {
    return el("p", { class: "snippet" }, parts.map((p) => (p.hit ? el("mark", { text: p.text }) : p.text)));
  }

  function searchForm(q) {
    const input = el("input", { type: "search", name: "q", value: q || "", placeholder: "A name in any spelling, words, \"a phrase\" or prefix*", maxlength: "500", "aria-label": "Search", autofocus: true });
    return el("form", { class: "bigsearch", action: "/", method: "get", role: "search" }, input,
      el("button", { type: "submit", text: "Search" }));
  }

  function entityCard(e) {
    return el("li", { class: "entity-card" }, S.entityLink(e), S.typeBadge(e.type),
      el("span", { class: "count", text: e.documents + (e.documents === 1 ? " doc" : " docs") }));
  }

  function docItem(d) {
    return el("li", { class: "doc-result" + (d.confidential ? " is-confidential" : "") },
      el("div", null, el("a", { class: "doc-title", href: S.documentHref(d.id), text: d.title || d.origin || d.id }),
        d.confidential ? [" ", S.confidentialBadge()] : null),
      el("div", { class: "muted", text: [d.outlet, d.published || "undated"].filter(Boolean).join(" · ") }),
      d.snippet ? snippet(d.snippet) : null);
  }

  async function results(q, type, offset) {
    S.setTwin("/api/search" + S.query({ q, type, offset: offset || null }));
    const body = el("div", { class: "results" });
    main.append(searchForm(q), body);
    S.loading(body);
    let found;
    try {
      found = await api("/api/search", { q, type, limit: PAGE, offset });
    } catch (error) { S.showError(body, error); return; }
    clear(body);
    const facets = el("nav", { class: "facets", "aria-label": "Entity types" });
    const all = Object.values(found.entities.facets).reduce((a, b) => a + b, 0);
    const facet = (label, value, count) => el("a", {
      class: "facet" + ((type || null) === value ? " active" : ""), href: "/" + S.query({ q, type: value }),
      colour: value ? S.colour(value) : null,
    }, label + " ", el("span", { class: "count", text: String(count) }));
    facets.append(facet("All types", null, all));
    for (const [t, count] of Object.entries(found.entities.facets)) facets.append(facet(t.replace(/_/g, " "), t, count));

    const entities = el("section", { class: "panel" }, el("h2", { text: "Entities" }), facets);
    if (found.entities.items.length) entities.append(el("ul", { class: "entity-list single" }, found.entities.items.map(entityCard)));
    else entities.append(el("p", { class: "muted", text: "No entity has a name containing this." }));

    const docs = el("section", { class: "panel" }, el("h2", { text: "Documents" }));
    if (found.documents.items.length) docs.append(el("ol", { class: "doc-list" }, found.documents.items.map(docItem)));
    else docs.append(el("p", { class: "muted", text: "No document text matches." }));

    const pager = el("nav", { class: "pager" });
    if (offset > 0) pager.append(el("a", { href: "/" + S.query({ q, type, offset: Math.max(0, offset - PAGE) || null }), text: "← previous" }));
    if (found.entities.items.length === PAGE || found.documents.items.length === PAGE) {
      pager.append(el("a", { href: "/" + S.query({ q, type, offset: offset + PAGE }), text: "next →" }));
    }
    body.append(el("div", { class: "two-col" }, entities, docs), pager);
  }

  async function overview() {
    S.setTwin("/api/stats");
    const body = el("div");
    main.append(el("h1", { class: "hero", text: "Who is who, who backs whom — and the sentence behind it" }), searchForm(""), body);
    S.loading(body);
    try {
      const [stats, top, docs] = await Promise.all([
        api("/api/stats"), api("/api/entities", { limit: 30 }), api("/api/documents", { limit: 100 }),
      ]);
      clear(body);
      const figure = (n, label) => el("div", { class: "figure" }, el("strong", { text: String(n) }), el("span", { text: label }));
      body.append(el("div", { class: "figures" },
        figure(stats.documents, "documents"), figure(stats.entities, "entities"),
        figure(stats.claims, "claims"), figure(stats.events, "events"),
        stats.confidential_documents ? figure(stats.confidential_documents, "confidential") : null));
      const actors = el("section", { class: "panel" }, el("h2", { text: "Most documented actors" }),
        el("ul", { class: "entity-list" }, top.items.map(entityCard)));
      const list = el("section", { class: "panel" }, el("h2", { text: "Documents" }),
        el("ol", { class: "doc-list" }, docs.items.map((d) => docItem({ ...d, snippet: null }))));
      body.append(el("div", { class: "two-col" }, actors, list));
    } catch (error) { S.showError(body, error); }
  }

  const q = (S.param("q") || "").trim();
  const offset = Math.max(0, parseInt(S.param("offset") || "0", 10) || 0);
  if (q) results(q, S.param("type"), offset); else overview();
})();
