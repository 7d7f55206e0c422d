/* Review: candidate duplicates to merge or keep apart, and every judgement made, with undo. */
"use strict";

(function () {
  const { el, api, clear } = S;
  const main = S.main();
  const flash = el("div", { class: "flash", "aria-live": "polite" });
  const candidatesBox = el("section", { class: "panel", id: "candidates" });
  const judgementsBox = el("section", { class: "panel", id: "judgements" });
  let editor = false;

  async function act(path, body, message) {
    try {
      const done = await S.post(path, body);
      S.fill(flash, S.notice(message(done), "ok"));
      await load();
    } catch (error) { S.fill(flash, el("div", { class: "error", role: "alert", text: error.message })); }
  }

  function candidateRow(c) {
    const a = { id: c.a, name: c.a_name, type: c.type };
    const b = { id: c.b, name: c.b_name, type: c.type };
    const actions = el("td", { class: "actions" });
    if (editor) {
      const merge = (from, into) => {
        const button = el("button", { type: "button", text: "merge into " + into.name });
        button.addEventListener("click", () => act("/api/judgements/merge", { source: from.id, target: into.id }, (d) => "Judgement " + d.judgement + ": merged " + from.name + " into " + into.name + "."));
        return button;
      };
      const different = el("button", { type: "button", text: "different" });
      different.addEventListener("click", () => act("/api/judgements/distinct", { a: a.id, b: b.id }, (d) => "Judgement " + d.judgement + ": " + a.name + " and " + b.name + " are different."));
      actions.append(merge(a, b), " ", merge(b, a), " ", different);
    }
    return el("tr", null, el("td", null, S.entityLink(a)), el("td", null, S.entityLink(b)), el("td", null, S.typeBadge(c.type)),
      el("td", { class: "num", text: String(c.score) }), el("td", { class: "muted small", text: c.reason }), actions);
  }

  function describe(j) {
    const link = (key) => (j.entities[key] ? S.entityLink({ id: j.entities[key].id, name: j.entities[key].name }) : "?");
    const p = j.payload;
    switch (j.action) {
      case "merge": return el("span", null, link("source"), " into ", link("target"));
      case "split": return el("span", null, (p.names || []).join(", "), " out of ", link("entity"), " into ", link("new"));
      case "rename": return el("span", null, link("entity"), ": “" + (p.old || "") + "” → “" + (p.name || "") + "”");
      case "retype": return el("span", null, link("entity"), ": " + (p.old || "") + " → " + (p.type || ""));
      case "distinct": return el("span", null, link("a"), " ≠ ", link("b"));
      case "accept_claim": case "reject_claim":
        return el("span", null, (p.subject || "") + " " + (p.relation || "").replace(/_/g, " ") + " " + (p.object || "") + ": ",
          el("q", { text: (p.evidence || "").trim() }), " ", el("a", { href: S.documentHref(p.doc_id || ""), class: "muted small", text: "document" }));
      default: return el("span", { text: JSON.stringify(p) });
    }
  }

  function judgementRow(j) {
    const cell = el("td");
    if (j.active && editor) {
      const undo = el("button", { type: "button", class: "undo", text: "Undo" });
      undo.addEventListener("click", () => act("/api/judgements/undo", { judgement: j.id }, (d) => "Judgement " + d.undone + " undone."));
      cell.append(undo);
    } else if (!j.active) cell.append(el("span", { class: "muted small", text: "undone " + j.undone_at }));
    return el("tr", { class: j.active ? null : "undone" }, el("td", { class: "num", text: String(j.id) }), el("td", { text: j.action }),
      el("td", null, describe(j)), el("td", { text: j.author }), el("td", { class: "muted small", text: j.created_at }), cell);
  }

  async function load() {
    S.setTwin("/api/judgements");
    try {
      const [session, candidates, judgements] = await Promise.all([S.session(), api("/api/judgements/candidates", { limit: 100 }), api("/api/judgements")]);
      editor = session.role === "editor";
      S.fill(candidatesBox, el("h2", { text: "Possible duplicates (" + candidates.items.length + ")" }),
        el("p", { class: "muted small", text: "Entities the resolver kept apart whose names are close. Pairs judged different are never proposed again." }),
        candidates.items.length ? el("table", { class: "grid" }, el("thead", null, el("tr", null, ["A", "B", "type", "score", "why", ""].map((h) => el("th", { text: h })))),
          el("tbody", null, candidates.items.map(candidateRow))) : el("p", { class: "muted", text: "No likely duplicate." }));
      S.fill(judgementsBox, el("h2", { text: "Judgements (" + judgements.items.length + ")" }),
        judgements.items.length ? el("table", { class: "grid" }, el("thead", null, el("tr", null, ["#", "action", "what", "by", "when", ""].map((h) => el("th", { text: h })))),
          el("tbody", null, judgements.items.map(judgementRow))) : el("p", { class: "muted", text: "No judgement yet: merge, split, rename or retype from an entity's profile." }));
      if (!editor) flash.replaceChildren(S.notice("This workbench is read-only: judgements can be reviewed here but not made.", "info"));
    } catch (error) { S.showError(candidatesBox, error); }
  }

  S.fill(main, el("h1", { text: "Review" }), flash, judgementsBox, candidatesBox);
  load();
})();
