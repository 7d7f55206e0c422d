/* Entity profile: aliases, relationships with their evidence, events, metrics, documents,
 * and (for editors) the judgements: rename, retype, merge, split, mark as different, and
 * accept or reject each claim. Suggested claims (under the assertion threshold) stay apart. */
"use strict";

(function () {
  const { el, api, clear } = S;
  const main = S.main();
  const ref = S.pathPart(2);
  const flash = el("div", { class: "flash", id: "flash", "aria-live": "polite" });

  // editors get Accept / Reject on every claim's evidence (set once the session is known)
  let claimOpts = { compact: true };

  function judgeClaim(claim, verdict) {
    judge("/api/judgements/" + verdict, { claim: claim.id },
      () => (verdict === "accept" ? "Accepted" : "Rejected") + " the claim “" + claim.evidence + "”.");
  }

  function counterpart(group, item, entityId) {
    const claims = el("div", { class: "claims" }, item.claims.map((c) => S.claimView(c, claimOpts)));
    const meta = [];
    if (item.roles.length) meta.push(el("span", { class: "role", text: item.roles.join(", ") }));
    const dates = item.first === item.last ? (item.first || "") : S.span(item.first, item.last);
    if (dates) meta.push(el("span", { class: "dates", text: dates }));
    meta.push(el("span", { class: "sources", title: "distinct documents and outlets stating it",
      text: item.documents + (item.documents === 1 ? " document" : " documents") + ", " + item.outlets + (item.outlets === 1 ? " outlet" : " outlets") }));
    if (item.confidential_only) meta.push(S.confidentialBadge());
    const row = el("li", { class: "counterpart" }, el("div", { class: "counterpart-head" }, S.entityLink(item.entity, { badge: true }), ...meta), claims);
    if (item.claims_total > item.claims.length) {
      const more = el("button", { type: "button", class: "link", text: "show all " + item.claims_total + " claims" });
      more.addEventListener("click", async () => {
        more.disabled = true;
        try {
          const all = await api("/api/claims", { entity: entityId, other: item.entity.id, relation: group.relation, limit: 500 });
          S.fill(claims, ...all.items.filter((c) => c.verdict !== "rejected" && c.suggested === item.suggested)
            .map((c) => S.claimView(c, claimOpts)));
          more.remove();
        } catch (error) { more.replaceWith(el("span", { class: "error", text: error.message })); }
      });
      row.append(more);
    }
    return row;
  }

  function groupList(groups, entityId, suggested) {
    const out = [];
    let section = null;
    for (const group of groups) {
      if (!suggested && group.section !== section) {
        section = group.section;
        out.push(el("h2", { text: section }));
      }
      for (const item of group.items) item.suggested = suggested;
      out.push(el("section", { class: "relgroup", dataset: { relation: group.relation, direction: group.direction } },
        el("h3", null, el("span", { class: "relation-mark", colour: S.relationColour(group.relation) }), group.label,
          el("span", { class: "muted", text: " (" + group.items.length + ")" })),
        el("ul", { class: "counterparts" }, group.items.map((item) => counterpart(group, item, entityId)))));
    }
    return out;
  }

  /* Claims under the assertion threshold: kept apart, hidden until the switch shows them. */
  function suggestedBlock(profile) {
    if (!profile.suggested.length) return null;
    const count = profile.suggested.reduce((n, g) => n + g.items.reduce((m, i) => m + i.claims_total, 0), 0);
    const body = el("div", { class: "suggested-claims", id: "suggested-claims", hidden: true },
      el("p", { class: "muted small", text: "Under the assertion threshold: no graph, analysis or export takes them unless accepted." }),
      groupList(profile.suggested, profile.entity.id, true));
    const toggle = el("input", { type: "checkbox", id: "show-suggested", on: { change: () => { body.hidden = !toggle.checked; } } });
    return el("section", { class: "suggested" },
      el("label", { class: "switch" }, toggle, " Show " + count + (count === 1 ? " suggested claim" : " suggested claims")), body);
  }

  function relationships(profile) {
    const out = el("div", { class: "relationships" });
    if (!profile.counts.mentions) {
      out.append(S.notice("No document mentions this entity any more: its mentions were merged into another entity or split away (see Review).", "info"));
      return out;
    }
    if (!profile.relationships.length) out.append(el("p", { class: "muted", text: "No claim links this entity to another yet." }));
    out.append(...groupList(profile.relationships, profile.entity.id, false));
    const suggested = suggestedBlock(profile);
    if (suggested) out.append(suggested);
    return out;
  }

  function eventList(events) {
    if (!events.length) return el("p", { class: "muted", text: "No event names this entity." });
    return el("ol", { class: "events" }, events.map((e) => el("li", { class: "event" + (e.confidential ? " is-confidential" : "") },
      el("div", { class: "event-head" },
        el("span", { class: "date", text: S.fmtDate(e.date) + (e.precision === "reported" ? " or before" : "") }),
        el("span", { class: "badge kind " + e.kind, text: e.type.replace(/_/g, " ") }),
        e.actors.filter((a) => a.id !== profile.entity.id).slice(0, 6).map((a) => [" ", S.entityLink(a)]),
        e.fatalities ? el("span", { class: "muted", text: " · " + e.fatalities + " killed" }) : null,
        e.confidential ? [" ", S.confidentialBadge()] : null),
      e.evidence.map((ev) => el("details", { class: "claim" }, el("summary", null, el("span", { class: "summary-source", text: (ev.doc_title || "") + ", " + S.fmtDate(ev.published) }), ev.confidential ? S.confidentialBadge() : null),
        el("blockquote", { class: "evidence", text: ev.text }),
        el("p", { class: "claim-source" }, S.sourceLine({ id: ev.doc_id, title: ev.doc_title, published: ev.published, confidential: ev.confidential })))),
      e.evidence_total > e.evidence.length ? el("p", { class: "muted", text: "and " + (e.evidence_total - e.evidence.length) + " more reports" }) : null)));
  }

  /* Who led it and what it led, in the order of the dates the sources state, each with its sources. */
  function leadershipBlock(entries) {
    if (!entries.length) return null;
    return el("section", { class: "panel", id: "leadership" }, el("h2", { text: "Leadership over time" }),
      el("ol", { class: "leadership" }, entries.map((e) => el("li", { class: "leadership-entry" },
        el("span", { class: "when", text: e.start || e.end ? S.span(e.start, e.end) : (e.reported ? "reported " + e.reported : "undated") }),
        el("span", { class: "relation", colour: S.relationColour(e.relation), text: e.label + " " }), S.entityLink(e.entity, { badge: true }),
        e.roles.length ? el("span", { class: "role", text: " " + e.roles.join(", ") }) : null,
        el("details", { class: "claim" }, el("summary", null, el("span", { class: "summary-source", text: e.sources.length + (e.sources.length === 1 ? " source" : " sources") })),
          el("blockquote", { class: "evidence", text: e.evidence }),
          el("ul", { class: "sources" }, e.sources.map((d) => el("li", null, S.sourceLine(d)))))))));
  }

  function metricsTable(metrics, counts) {
    const rows = [["mentions", counts.mentions], ["documents", counts.documents], ["claims", counts.claims]];
    for (const [key, value] of Object.entries(metrics || {})) {
      rows.push([key.replace(/_/g, " "), typeof value === "number" && !Number.isInteger(value) ? value.toFixed(4) : value]);
    }
    const table = el("table", { class: "metrics" }, el("tbody", null, rows.map(([k, v]) => el("tr", null, el("th", { text: k }), el("td", { text: v === null || v === undefined ? "–" : String(v) })))));
    if (!metrics) return [table, el("p", { class: "muted small", text: "No relation ties it to the network, so it has no network metrics." })];
    return [table, el("p", { class: "muted small", text: "Over the whole network, scope " + profile.metrics_scope.name + ": " + profile.metrics_scope.description + "." })];
  }

  function documentList(docs) {
    if (!docs.total) return [el("p", { class: "muted", text: "No document mentions it." })];
    const list = el("ol", { class: "doc-list compact" }, docs.items.map((d) => el("li", { class: d.confidential ? "is-confidential" : null },
      el("a", { href: S.documentHref(d.id), text: d.title || d.id }), d.confidential ? [" ", S.confidentialBadge()] : null,
      el("div", { class: "muted small", text: [d.outlet, d.published || "undated", d.mentions + (d.mentions === 1 ? " mention" : " mentions")].filter(Boolean).join(" · ") }))));
    const out = [list];
    if (docs.total > docs.items.length) out.push(el("p", { class: "muted small", text: "showing " + docs.items.length + " of " + docs.total }));
    return out;
  }

  function judge(path, body, describe) { return S.judge(flash, path, body, describe, load); }

  function editor(profile, ontology) {
    const e = profile.entity;
    const panel = el("section", { class: "panel judgements", id: "judge" }, el("h2", { text: "Judgements" }),
      el("p", { class: "muted small", text: "Recorded with your name, re-applied after every ingest, and undoable." }));

    const nameInput = el("input", { type: "text", value: e.name, maxlength: "200", "aria-label": "New name" });
    panel.append(el("form", { class: "judge-row", on: { submit: (ev) => { ev.preventDefault(); judge("/api/judgements/rename", { entity: e.id, name: nameInput.value }, () => "Renamed to “" + nameInput.value.trim() + "”."); } } },
      el("label", { text: "Rename" }), nameInput, el("button", { type: "submit", text: "Rename" })));

    const typeSelect = el("select", { "aria-label": "New type" }, ontology.entity_types.map((t) => el("option", { value: t, selected: t === e.type, text: t })));
    panel.append(el("form", { class: "judge-row", on: { submit: (ev) => { ev.preventDefault(); judge("/api/judgements/retype", { entity: e.id, type: typeSelect.value }, () => "Type changed to " + typeSelect.value + "."); } } },
      el("label", { text: "Retype" }), typeSelect, el("button", { type: "submit", text: "Retype" })));

    let mergeTarget = null;
    const mergeButton = el("button", { type: "button", disabled: true, class: "danger", text: "Merge" });
    const mergeChosen = el("span", { class: "chosen muted", text: "choose the entity that absorbs this one" });
    const mergePicker = S.entityPicker({ placeholder: "Merge into…", label: "Merge into", onPick: (target) => {
      if (target.id === e.id) return;
      mergeTarget = target;
      S.fill(mergeChosen, "into ", S.entityLink(target, { badge: true }));
      mergeButton.disabled = false;
      mergeButton.textContent = "Merge into " + target.name;
    } });
    mergeButton.addEventListener("click", () => {
      if (!mergeTarget) return;
      const target = mergeTarget;
      judge("/api/judgements/merge", { source: e.id, target: target.id }, () => el("span", null, "Merged " + e.name + " into ", S.entityLink(target), "."));
    });
    panel.append(el("div", { class: "judge-row merge" }, el("label", { text: "Merge" }), mergePicker,
      el("div", { class: "judge-sub" }, mergeChosen, mergeButton)));

    let other = null;
    const distinctButton = el("button", { type: "button", disabled: true, text: "Not the same" });
    const distinctPicker = S.entityPicker({ placeholder: "Different from…", label: "Different from", onPick: (target) => {
      other = target;
      distinctButton.disabled = false;
      distinctButton.textContent = "Not the same as " + target.name;
    } });
    distinctButton.addEventListener("click", () => other && judge("/api/judgements/distinct", { a: e.id, b: other.id }, () => "Recorded: " + e.name + " and " + other.name + " are different."));
    panel.append(el("div", { class: "judge-row" }, el("label", { text: "Different" }), distinctPicker,
      el("div", { class: "judge-sub" }, distinctButton)));

    if (profile.aliases.length > 1) {
      const boxes = profile.aliases.map((name) => el("label", { class: "alias-choice" }, el("input", { type: "checkbox", value: name }), " ", name));
      const splitButton = el("button", { type: "button", text: "Split the chosen names into a new entity" });
      splitButton.addEventListener("click", () => {
        const names = boxes.map((b) => b.querySelector("input")).filter((i) => i.checked).map((i) => i.value);
        if (!names.length) { S.fill(flash, el("div", { class: "error", text: "Tick the names that belong to another entity." })); return; }
        judge("/api/judgements/split", { entity: e.id, names }, (done) => el("span", null, "Split " + names.join(", ") + " into ", S.entityLink({ id: done.entity.id, name: names[0], type: e.type }), "."));
      });
      panel.append(el("details", { class: "judge-split" }, el("summary", { text: "Split" }), el("div", { class: "alias-choices" }, boxes), splitButton));
    }
    return panel;
  }

  let profile = null;

  async function load() {
    S.setTwin("/api/entities/" + encodeURIComponent(ref));
    let ontology, session;
    try {
      [profile, ontology, session] = await Promise.all([
        api("/api/entities/" + encodeURIComponent(ref)), api("/api/ontology"), S.session(),
      ]);
    } catch (error) { S.showError(main, error); return; }
    const e = profile.entity;
    document.title = e.name + " · Shabaka";
    claimOpts = session.role === "editor" ? { compact: true, judge: judgeClaim } : { compact: true };
    const actions = el("div", { class: "actions" },
      el("a", { class: "button", href: "/graph" + S.query({ focus: e.id, hops: 1 }), text: "Graph: 1 hop" }),
      el("a", { class: "button", href: "/graph" + S.query({ focus: e.id, hops: 2 }), text: "2 hops" }),
      el("a", { class: "button", href: "/timeline" + S.query({ entity: e.id }), text: "Timeline" }),
      el("a", { class: "button", href: "/whatif" + S.query({ remove: e.id }), text: "What if removed?" }));
    const head = el("header", { class: "profile-head" },
      el("h1", null, el("span", { class: "dot big", colour: S.colour(e.type) }), e.name),
      el("div", { class: "profile-meta" }, S.typeBadge(e.type), el("code", { class: "muted", text: e.id }),
        e.pack_id ? el("span", { class: "muted small", text: "known to the domain pack" }) : null),
      el("div", { class: "aliases" }, el("span", { class: "muted", text: "Also: " }),
        profile.aliases.filter((a) => a !== e.name).map((a) => el("span", { class: "alias", text: a }))),
      actions);

    const events = el("div", { class: "profile-events", id: "events" }, el("p", { class: "loading", text: "Loading events…" }));
    const left = el("div", { class: "profile-main" }, leadershipBlock(profile.leadership), relationships(profile), el("h2", { text: "Events" }), events);
    const right = el("aside", { class: "profile-side" },
      el("section", { class: "panel" }, el("h2", { text: "Metrics" }), ...metricsTable(profile.metrics, profile.counts)),
      el("section", { class: "panel" }, el("h2", { text: "Documents that mention it" }), ...documentList(profile.documents)));
    if (session.role === "editor") right.prepend(editor(profile, ontology));
    S.fill(main, head, flash, el("div", { class: "profile" }, left, right));
    try {
      const timeline = await api("/api/timeline", { entity: e.id, limit: 200 });
      S.fill(events, eventList(timeline.entries),
        timeline.total > timeline.entries.length ? el("p", null, el("a", { href: "/timeline" + S.query({ entity: e.id }), text: "all " + timeline.total + " entries on the timeline" })) : null);
    } catch (error) { S.showError(events, error); }
  }

  load();
})();
