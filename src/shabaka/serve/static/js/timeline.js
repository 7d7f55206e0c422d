/* Timeline: events and dated claims along a time axis, filterable by entity, dates and kind;
 * editors overrule how reports were joined into happenings (merge, split, detach a sentence). */
"use strict";

(function () {
  const { el, api, clear } = S;
  const main = S.main();
  const state = { entity: S.param("entity"), entityName: null, from: S.param("from") || "", to: S.param("to") || "", kind: S.param("kind") || "" };
  const axis = el("div", { class: "axis", id: "axis", role: "img", "aria-label": "Entries along a time axis" });
  const list = el("div", { class: "timeline-list", id: "timeline-list" });
  const summary = el("p", { class: "muted", "aria-live": "polite" });
  const entityBox = el("div", { class: "entity-box" });
  const flash = el("div", { class: "flash", id: "flash", "aria-live": "polite" });
  let editor = false;
  let shown = null;  // the last answer, drawn again when a merge starts or stops
  let merging = null;  // {report, happening, label}: the happening an editor is merging into another

  function judge(path, body, describe) {
    merging = null;
    return S.judge(flash, "/api/judgements/" + path, body, describe, load);
  }

  function label(e) { return (e.types || [e.type]).join(" + ") + " " + (e.date || "undated"); }

  /* Merge: start on one happening, then say which other one it is. */
  function mergeTools(e) {
    if (!editor || e.kind !== "event") return null;
    if (merging && merging.happening === e.id) {
      return el("button", { type: "button", class: "link merge-cancel", text: "cancel merge", on: { click: () => { merging = null; S.fill(flash); render(shown); } } });
    }
    if (merging) {
      const from = merging;
      return el("button", { type: "button", class: "merge-here", text: "Same happening as " + from.label,
        on: { click: () => judge("event-merge", { report: from.report, into: e.id }, () => "Recorded: " + from.label + " is the happening " + label(e) + ".") } });
    }
    return el("button", { type: "button", class: "link merge-start", text: "merge with…",
      on: { click: () => {
        merging = { report: e.evidence[0].event, happening: e.id, label: label(e) };
        S.fill(flash, S.notice("Now pick the happening that " + merging.label + " also is.", "info"));
        render(shown);
      } } });
  }

  /* Split: a report, or one sentence of it, tells of another happening. */
  function splitTools(e, ev) {
    if (!editor || e.kind !== "event") return null;
    const reports = new Set(e.evidence.map((x) => x.event)).size;
    return el("p", { class: "judge-event" },
      e.documents_total > 1 || reports > 1 ? el("button", { type: "button", class: "link split-report", text: "this report is another happening",
        on: { click: () => judge("event-split", { report: ev.event }, () => "Recorded: the report in " + (ev.doc_title || ev.doc_id) + " is a happening of its own.") } }) : null,
      ev.sentences > 1 ? el("button", { type: "button", class: "link detach-sentence", text: "this sentence is another happening",
        on: { click: () => judge("event-detach", { report: ev.event, sentence: ev.sentence }, () => "Recorded: sentence " + ev.sentence + " of the report is a happening of its own.") } }) : null);
  }

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
          e.confidential ? S.confidentialBadge() : null, mergeTools(e)),
        e.evidence.map((ev) => el("details", { class: "claim" + (ev.confidential ? " is-confidential" : "") },
          el("summary", null, el("span", { class: "summary-source", text: (ev.doc_title || "") + ", " + S.fmtDate(ev.published) }), ev.confidential ? S.confidentialBadge() : null),
          el("blockquote", { class: "evidence", text: ev.text }),
          el("p", { class: "claim-source" }, S.sourceLine({ id: ev.doc_id, title: ev.doc_title, published: ev.published, confidential: ev.confidential })),
          splitTools(e, ev))),
        e.evidence_total > e.evidence.length ? el("p", { class: "muted small", text: "and " + (e.evidence_total - e.evidence.length) + " more reports" }) : null));
  }

  async function load() {
    const params = { entity: state.entity, from: state.from || null, to: state.to || null, kind: state.kind || null, limit: 500 };
    history.replaceState(null, "", "/timeline" + S.query({ ...params, limit: null }));
    S.setTwin("/api/timeline" + S.query(params));
    S.loading(list);
    renderEntity();
    try {
      editor = (await S.session()).role === "editor";
      const found = await api("/api/timeline", params);
      if (found.entity) { state.entityName = found.entity.name; renderEntity(); }
      render(found);
    } catch (error) { S.showError(list, error); }
  }

  function render(found) {
    shown = found;
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
  S.fill(main, el("h1", { text: "Timeline" }), form, summary, flash, axis,
    el("div", { class: "legend" }, el("span", { class: "legend-item" }, el("span", { class: "mark-sample event" }), "event"),
      el("span", { class: "legend-item" }, el("span", { class: "mark-sample claim" }), "dated claim")), list);
  load();
})();
