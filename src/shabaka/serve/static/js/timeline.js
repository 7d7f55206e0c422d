/* Timeline: events and dated claims along a time axis, filterable by entity, dates and kind. */
"use strict";

(function () {
  const { el, api, clear } = S;
  const main = S.main();
  const state = { entity: S.param("entity"), entityName: null, from: S.param("from") || "", to: S.param("to") || "", kind: S.param("kind") || "" };
  const axis = el("div", { class: "axis", id: "axis", role: "img", "aria-label": "Entries along a time axis" });
  const list = el("div", { class: "timeline-list", id: "timeline-list" });
  const summary = el("p", { class: "muted", "aria-live": "polite" });
  const entityBox = el("div", { class: "entity-box" });

  function yearOf(date) { return parseInt(String(date).slice(0, 4), 10); }

  function fraction(date, lo, hi) {
    const y = yearOf(date);
    const m = String(date).length >= 7 ? parseInt(String(date).slice(5, 7), 10) - 1 : 6;
    const d = String(date).length >= 10 ? parseInt(String(date).slice(8, 10), 10) - 1 : 15;
    const t = y + m / 12 + d / 365;
    return hi === lo ? 0.5 : (t - lo) / (hi - lo);
  }

  function drawAxis(entries) {
    clear(axis);
    const dated = entries.filter((e) => e.date);
    if (!dated.length) return;
    const lo = yearOf(dated[0].date);
    const hi = yearOf(dated[dated.length - 1].date) + 1;
    const step = hi - lo > 30 ? 5 : hi - lo > 12 ? 2 : 1;
    const track = el("div", { class: "axis-track" });
    for (let y = lo; y <= hi; y += step) {
      const tick = el("span", { class: "tick", text: String(y) });
      tick.style.left = (100 * fraction(y + "-01-01", lo, hi)) + "%";
      track.append(tick);
    }
    dated.forEach((e, i) => {
      const dot = el("button", { type: "button", class: "mark " + e.kind + (e.confidential ? " is-confidential" : ""), title: e.date + " · " + e.type, "aria-label": e.date + " " + e.type });
      dot.style.left = (100 * fraction(e.date, lo, hi)) + "%";
      dot.style.top = (8 + (i % 4) * 7) + "px";
      dot.addEventListener("click", () => {
        const target = document.getElementById("entry-" + i);
        if (target) { target.scrollIntoView({ behavior: "smooth", block: "center" }); target.classList.add("flash-target"); setTimeout(() => target.classList.remove("flash-target"), 1500); }
      });
      track.append(dot);
    });
    axis.append(track);
  }

  function entryView(e, i) {
    const actors = e.actors.filter((a) => a.role !== "place" || e.kind === "event");
    return el("li", { class: "entry " + e.kind + (e.confidential ? " is-confidential" : ""), id: "entry-" + i },
      el("div", { class: "entry-date" }, el("strong", { text: e.date || "undated" }),
        e.precision && e.precision !== "day" ? el("span", { class: "muted small", text: " (" + e.precision + ")" }) : null),
      el("div", { class: "entry-body" },
        el("div", { class: "entry-head" }, el("span", { class: "badge kind " + e.kind, text: e.kind === "event" ? (e.types || [e.type]).join(" + ") : e.type.replace(/_/g, " ") }),
          e.kind === "claim" && e.role ? el("span", { class: "role", text: e.role }) : null,
          actors.map((a) => el("span", { class: "actor" }, S.entityLink(a), el("span", { class: "muted small", text: " " + a.role }))),
          e.fatalities ? el("span", { class: "muted", text: e.fatalities + " killed" }) : null,
          e.kind === "event" ? el("span", { class: "muted small reported-by", text: "reported by " + e.documents_total + (e.documents_total === 1 ? " document" : " documents") }) : null,
          e.confidential ? S.confidentialBadge() : null),
        e.evidence.map((ev) => el("details", { class: "claim" + (ev.confidential ? " is-confidential" : "") },
          el("summary", null, el("span", { class: "summary-source", text: (ev.doc_title || "") + ", " + S.fmtDate(ev.published) }), ev.confidential ? S.confidentialBadge() : null),
          el("blockquote", { class: "evidence", text: ev.text }),
          el("p", { class: "claim-source" }, S.sourceLine({ id: ev.doc_id, title: ev.doc_title, published: ev.published, confidential: ev.confidential })))),
        e.evidence_total > e.evidence.length ? el("p", { class: "muted small", text: "and " + (e.evidence_total - e.evidence.length) + " more reports" }) : null));
  }

  async function load() {
    const params = { entity: state.entity, from: state.from || null, to: state.to || null, kind: state.kind || null, limit: 500 };
    history.replaceState(null, "", "/timeline" + S.query({ ...params, limit: null }));
    S.setTwin("/api/timeline" + S.query(params));
    S.loading(list);
    renderEntity();
    try {
      const found = await api("/api/timeline", params);
      if (found.entity) { state.entityName = found.entity.name; renderEntity(); }
      summary.textContent = found.total + " entries" + (found.span.first ? ", " + found.span.first + " – " + found.span.last : "") +
        (found.total > found.entries.length ? " (showing the first " + found.entries.length + ")" : "");
      drawAxis(found.entries);
      clear(list);
      let year = null;
      let group = null;
      found.entries.forEach((e, i) => {
        const y = e.date ? String(e.date).slice(0, 4) : "undated";
        if (y !== year) {
          year = y;
          group = el("ol", { class: "entries" });
          list.append(el("h2", { class: "year", text: y }), group);
        }
        group.append(entryView(e, i));
      });
      if (!found.entries.length) list.append(el("p", { class: "muted", text: "Nothing dated matches." }));
    } catch (error) { S.showError(list, error); }
  }

  function renderEntity() {
    clear(entityBox);
    if (state.entity) {
      const drop = el("button", { type: "button", class: "link", text: "all entities" });
      drop.addEventListener("click", () => { state.entity = null; state.entityName = null; load(); });
      entityBox.append(el("span", null, "For ", S.entityLink({ id: state.entity, name: state.entityName || state.entity }), " "), drop);
    }
  }

  const picker = S.entityPicker({ placeholder: "Filter by entity…", label: "Entity", onPick: (e) => { state.entity = e.id; state.entityName = e.name; load(); } });
  const from = el("input", { type: "text", value: state.from, placeholder: "from YYYY[-MM]", maxlength: "10", "aria-label": "From" });
  const to = el("input", { type: "text", value: state.to, placeholder: "to YYYY[-MM]", maxlength: "10", "aria-label": "To" });
  const kind = el("select", { "aria-label": "Kind" }, [["", "events and claims"], ["event", "events"], ["claim", "dated claims"]].map(([v, t]) => el("option", { value: v, selected: v === state.kind, text: t })));
  const apply = el("button", { type: "submit", text: "Apply" });
  const form = el("form", { class: "timeline-filters" }, picker, entityBox, from, to, kind, apply);
  form.addEventListener("submit", (event) => { event.preventDefault(); state.from = from.value.trim(); state.to = to.value.trim(); state.kind = kind.value; load(); });
  kind.addEventListener("change", () => { state.kind = kind.value; load(); });
  S.fill(main, el("h1", { text: "Timeline" }), form, summary, axis,
    el("div", { class: "legend" }, el("span", { class: "legend-item" }, el("span", { class: "mark-sample event" }), "event"),
      el("span", { class: "legend-item" }, el("span", { class: "mark-sample claim" }), "dated claim")), list);
  load();
})();
