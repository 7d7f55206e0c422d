/* Key players and brokers: who fragments the network if removed, who reaches the rest, who
 * bridges communities, each with its method named. Scope (actors or every entity) and k are
 * in the address; each actor opens its profile, whose claims carry the evidence. */
"use strict";

(function () {
  const { el, api } = S;
  const main = S.main();
  const state = { scope: S.param("scope") === "all" ? "all" : "actors", k: Math.min(20, Math.max(1, parseInt(S.param("k") || "3", 10) || 3)), as_of: S.param("as_of") };
  const results = el("div", { class: "keyplayers-results", id: "keyplayers" });

  /* One tie of a key player: the relation, the actor at the other end, the sentence and its source. */
  function tie(t) {
    const arrow = t.symmetric ? "" : t.outward ? " →" : " ←";
    return el("li", { class: "tie" },
      el("span", { class: "relation", colour: S.relationColour(t.relation), text: t.relation.replace(/_/g, " ") + arrow + " " }),
      S.entityLink(t.other), el("span", { class: "muted small", text: " · " + t.documents + (t.documents === 1 ? " document" : " documents") }),
      el("blockquote", { class: "evidence", text: t.evidence.text }),
      el("p", { class: "claim-source" }, S.sourceLine(t.evidence.document)));
  }

  function actorList(items, extra) {
    return el("ol", { class: "players" }, items.map((n) => el("li", { class: "player", dataset: { id: n.id } },
      S.entityLink(n, { badge: true }), " ",
      el("a", { class: "small", href: "/graph" + S.query({ focus: n.id, hops: 1 }), text: "graph" }), " ",
      el("a", { class: "small", href: "/whatif" + S.query({ remove: n.id }), text: "what if removed?" }),
      extra ? el("span", { class: "muted small", text: " " + extra(n) }) : null,
      el("details", { class: "ties" }, el("summary", { text: n.ties_total + (n.ties_total === 1 ? " tie" : " ties") + " and their evidence" }),
        el("ul", null, n.ties.map(tie)),
        n.ties_total > n.ties.length ? el("p", { class: "muted small", text: "the " + n.ties.length + " strongest of " + n.ties_total }) : null))));
  }

  async function load() {
    const params = { scope: state.scope, k: state.k, as_of: state.as_of || null };
    history.replaceState(null, "", "/keyplayers" + S.query(params));
    S.setTwin("/api/keyplayers" + S.query(params));
    S.loading(results);
    try {
      const r = await api("/api/keyplayers", params);
      const scope = el("p", { class: "scope", id: "scope-note" }, el("strong", { text: "Scope: " + r.scope.name }), " — " + r.scope.description + ". ",
        r.context.length ? el("span", { class: "muted", text: "Context left out: " + r.context.map((c) => c.name).join(", ") + "." }) : null);
      const blocks = [scope, el("p", { class: "muted small", text: r.graph.nodes + " actors, " + r.graph.edges + " relations in scope." })];
      if (r.fragment) {
        blocks.push(el("section", { class: "panel", id: "kpp-fragment" }, el("h2", { text: "Whose removal fragments the network most" }),
          el("p", { class: "method muted small", text: "Method: " + r.fragment.method + "; fragmentation " + r.fragment.before.distance_fragmentation.toFixed(3) + " → " + r.fragment.after.distance_fragmentation.toFixed(3) + ", components " + r.fragment.before.components + " → " + r.fragment.after.components + "." }),
          actorList(r.fragment.set)));
        blocks.push(el("section", { class: "panel", id: "kpp-reach" }, el("h2", { text: "Best placed to reach the rest" }),
          el("p", { class: "method muted small", text: "Method: " + r.reach.method + "; reach " + r.reach.score.toFixed(3) + "." }),
          actorList(r.reach.set)));
      } else blocks.push(el("p", { class: "muted", text: "Too few actors in scope for a set of " + r.k + "." }));
      blocks.push(el("section", { class: "panel", id: "brokers" }, el("h2", { text: "Brokers" }),
        el("p", { class: "method muted small", text: "Method: " + r.brokers.method + "." }),
        r.brokers.items.length ? actorList(r.brokers.items, (n) => "betweenness " + n.betweenness.toFixed(3) + " · participation " + n.participation.toFixed(2) + " · " + n.degree + " ties")
          : el("p", { class: "muted", text: "No actor lies on a shortest path between two others." })));
      S.fill(results, ...blocks);
    } catch (error) { S.showError(results, error); }
  }

  const scopeSelect = el("select", { id: "scope", "aria-label": "Scope" },
    el("option", { value: "actors", selected: state.scope === "actors", text: "actors (countries as context)" }),
    el("option", { value: "all", selected: state.scope === "all", text: "every entity, countries included" }));
  scopeSelect.addEventListener("change", () => { state.scope = scopeSelect.value; load(); });
  const kInput = el("input", { type: "number", min: "1", max: "20", value: String(state.k), id: "k", "aria-label": "Set size" });
  kInput.addEventListener("change", () => { state.k = Math.min(20, Math.max(1, parseInt(kInput.value, 10) || 3)); load(); });
  const asOf = el("input", { type: "text", value: state.as_of || "", placeholder: "YYYY or YYYY-MM", maxlength: "10", "aria-label": "As of" });
  asOf.addEventListener("change", () => { state.as_of = asOf.value.trim() || null; load(); });
  S.fill(main, el("h1", { text: "Key players and brokers" }),
    el("form", { class: "toolbar", on: { submit: (e) => e.preventDefault() } },
      el("label", { class: "inline" }, "Scope ", scopeSelect), " ",
      el("label", { class: "inline" }, "set of ", kInput, " actors"), " ",
      el("label", { class: "inline" }, "as of ", asOf)),
    results);
  load();
})();
