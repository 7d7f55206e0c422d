/* Document view: the cleaned text with its mentions linked to their entities, claims and events beside it. */
"use strict";

(function () {
  const { el, api, clear } = S;
  const main = S.main();
  const ref = S.pathPart(2);

  function text(segments) {
    const article = el("article", { class: "doctext", lang: "en" });
    for (const seg of segments) {
      if (!seg.mention) { article.append(seg.text); continue; }
      const entity = seg.mention.entity;
      if (entity) {
        article.append(el("a", { class: "mention", href: S.entityHref(entity.id), colour: S.colour(entity.type), title: entity.name + " · " + entity.type, text: seg.text }));
      } else {
        article.append(el("span", { class: "mention unresolved", colour: S.colour(seg.mention.type), title: seg.mention.type + " (not resolved)", text: seg.text }));
      }
    }
    return article;
  }

  async function load() {
    S.setTwin("/api/documents/" + encodeURIComponent(ref));
    let found;
    try { found = await api("/api/documents/" + encodeURIComponent(ref)); } catch (error) { S.showError(main, error); return; }
    const d = found.document;
    document.title = (d.title || d.id) + " · Shabaka";
    const meta = [["author", d.author], ["outlet", d.outlet], ["published", d.published || "undated"],
      ["origin", d.origin], ["format", d.format], ["ingested", d.ingested_at], ["id", d.id],
      ["cleaning", d.removed_lines + " line(s) of page furniture removed"]];
    if (d.url) meta.splice(4, 0, ["url", d.url]);
    const parts = [];
    if (d.confidential) {
      parts.push(el("div", { class: "banner confidential", role: "note" }, el("strong", { text: "CONFIDENTIAL" }),
        " — this document was ingested as confidential: keep it and what it states out of anything shared; redacting exports leave it out."));
    }
    parts.push(el("header", { class: "doc-head" }, el("h1", { text: d.title || d.origin || d.id }),
      el("dl", { class: "doc-meta" }, meta.filter(([, v]) => v).map(([k, v]) => [el("dt", { text: k }), el("dd", { text: String(v) })]))));
    const side = el("aside", { class: "doc-side" },
      el("section", { class: "panel" }, el("h2", { text: "Claims (" + found.claims.length + ")" }),
        found.claims.length ? found.claims.map((c) => S.claimView(c)) : el("p", { class: "muted", text: "No claim was extracted." })),
      el("section", { class: "panel" }, el("h2", { text: "Events (" + found.events.length + ")" }),
        found.events.length ? found.events.map((e) => el("details", { class: "claim event" },
          el("summary", null, el("span", { class: "badge kind event", text: (e.types || [e.type]).join(" + ") }), el("span", { class: "dates", text: S.fmtDate(e.date) }),
            e.fatalities ? el("span", { class: "muted", text: e.fatalities + " killed" }) : null,
            e.reported_by > 1 ? el("span", { class: "muted small reported-by", text: "reported by " + e.reported_by + " documents" }) : null),
          el("blockquote", { class: "evidence", text: e.evidence }))) : el("p", { class: "muted", text: "No event was extracted." })));
    const legend = el("p", { class: "legend muted small" }, "Mentions are underlined in the colour of their type; each links to its entity's profile.");
    parts.push(el("div", { class: "document" }, el("div", null, legend, text(found.segments)), side));
    S.fill(main, ...parts);
  }

  load();
})();
