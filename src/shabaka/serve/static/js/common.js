/* Shabaka workbench: helpers every page shares.
 *
 * Every name, sentence and title comes from documents, which are untrusted: they
 * are only ever inserted as text (textContent / text nodes), never as HTML, and
 * every link is built here to a path of this site. The pages talk only to this
 * origin's /api/. */
"use strict";

(function () {
  const TYPE_COLOURS = {
    PERSON: "#2563eb", ARMED_GROUP: "#dc2626", STATE_BODY: "#059669",
    ORGANIZATION: "#7c3aed", COUNTRY: "#d97706", PLACE: "#64748b",
  };
  const RELATION_COLOURS = {
    leads: "#1d4ed8", member_of: "#60a5fa", part_of: "#0891b2", founded: "#0f766e",
    succeeded: "#64748b", backs: "#16a34a", allied_with: "#65a30d", hostile_to: "#dc2626",
    controls: "#b45309", sanctioned: "#9333ea", killed: "#7f1d1d", born_in: "#94a3b8",
  };

  function colour(type) { return TYPE_COLOURS[type] || "#0891b2"; }
  function relationColour(relation) { return RELATION_COLOURS[relation] || "#6b7280"; }

  /* Only paths of this site (or in-page anchors) may become links. */
  function safeHref(value) {
    const href = String(value);
    if (href.startsWith("#")) return href;
    if (href.startsWith("/") && !href.startsWith("//") && !href.includes("\\")) return href;
    return "#";
  }

  /* el("a", {href: "/x", text: name, class: "c", on: {click: fn}}, child, ...) */
  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === "text") node.textContent = String(value);
      else if (key === "class") node.className = value;
      else if (key === "on") for (const [ev, fn] of Object.entries(value)) node.addEventListener(ev, fn);
      else if (key === "dataset") Object.assign(node.dataset, value);
      else if (key === "href") node.setAttribute("href", safeHref(value));
      else if (key === "colour") node.style.setProperty("--c", value);
      else node.setAttribute(key, value === true ? "" : String(value));
    }
    for (const child of children.flat(Infinity)) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); return node; }

  /* Replace a node's children, skipping null and false as el() does. */
  function fill(node, ...children) {
    clear(node);
    for (const child of children.flat(Infinity)) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  class ApiError extends Error {
    constructor(status, message) { super(message); this.status = status; }
  }

  function query(params) {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(params || {})) {
      if (value === null || value === undefined || value === "" || value === false) continue;
      if (Array.isArray(value)) value.forEach((v) => search.append(key, v));
      else search.append(key, value === true ? "true" : String(value));
    }
    const text = search.toString();
    return text ? "?" + text : "";
  }

  async function answer(response) {
    let body = null;
    try { body = await response.json(); } catch (e) { body = null; }
    if (!response.ok) {
      throw new ApiError(response.status, (body && body.message) || response.statusText || "request failed");
    }
    return body;
  }

  async function api(path, params) {
    const response = await fetch(path + query(params), {
      headers: { Accept: "application/json" }, credentials: "same-origin",
    });
    return answer(response);
  }

  async function post(path, body) {
    const response = await fetch(path, {
      method: "POST", credentials: "same-origin",
      headers: { "Content-Type": "application/json", Accept: "application/json", "X-Shabaka-Request": "1" },
      body: JSON.stringify(body || {}),
    });
    return answer(response);
  }

  const entityHref = (id) => "/entity/" + encodeURIComponent(id);
  const documentHref = (id) => "/document/" + encodeURIComponent(id);

  function typeBadge(type) {
    return el("span", { class: "badge type", colour: colour(type), text: (type || "?").replace(/_/g, " ") });
  }

  function confidentialBadge() {
    return el("span", { class: "badge confidential", title: "From a confidential document: keep it out of anything shared", text: "CONFIDENTIAL" });
  }

  function entityLink(entity, opts) {
    if (!entity) return el("span", { class: "muted", text: "(unresolved)" });
    const link = el("a", { class: "entity", href: entityHref(entity.id), colour: colour(entity.type), title: entity.type },
      el("span", { class: "dot", "aria-hidden": "true" }), entity.name || entity.id);
    if (opts && opts.badge) return el("span", { class: "entity-with-type" }, link, " ", typeBadge(entity.type));
    return link;
  }

  function fmtDate(value) { return value ? String(value) : "undated"; }

  function span(start, end) {
    if (!start && !end) return "";
    return (start || "…") + " – " + (end || "…");
  }

  /* "Title" — Outlet, date [CONFIDENTIAL], linking to the document view. */
  function sourceLine(doc) {
    return el("span", { class: "source" },
      el("a", { href: documentHref(doc.id), class: "doc-link", text: doc.title || doc.id }),
      doc.outlet ? el("span", { class: "outlet", text: " — " + doc.outlet }) : null,
      el("span", { class: "date", text: ", " + fmtDate(doc.published) }),
      doc.confidential ? [" ", confidentialBadge()] : null);
  }

  /* A claim that opens onto its evidence sentence and its source. */
  function claimView(claim, opts) {
    opts = opts || {};
    const bits = [];
    if (!opts.compact) {
      bits.push(entityLink(claim.subject), el("span", { class: "relation", colour: relationColour(claim.relation), text: " " + claim.relation.replace(/_/g, " ") + " " }), entityLink(claim.object));
    }
    if (claim.role) bits.push(el("span", { class: "role", text: claim.role }));
    const dates = span(claim.start, claim.end);
    if (dates) bits.push(el("span", { class: "dates", text: dates }));
    if (claim.valid_from_basis === "stated" || claim.valid_until_basis === "stated" || claim.valid_until_basis === "death") {
      // only dates the text gives for the claim make a period; a report's date is not a tenure
      const from = claim.valid_from_basis === "stated" ? claim.valid_from : null;
      const until = ["stated", "death", "successor"].includes(claim.valid_until_basis) ? claim.valid_until : null;
      bits.push(el("span", { class: "valid", title: "when this claim holds: dates the sources state, a death, or a stated successor", text: "holds " + span(from, until) }));
    } else if (claim.valid_from_basis === "reported") {
      bits.push(el("span", { class: "valid muted", title: "no date is stated for this claim; this is the date of the report that makes it", text: "reported " + fmtDate(claim.valid_from) }));
    }
    bits.push(el("span", { class: "summary-source", text: (claim.document.outlet || claim.document.title || "") + ", " + fmtDate(claim.document.published) }));
    if (claim.document.confidential) bits.push(confidentialBadge());
    const verdict = claim.verdict || (claim.suggested ? "suggested" : null);
    if (verdict) bits.push(el("span", { class: "badge verdict " + verdict, text: verdict }));
    // an editor's verdict on the claim (opts.judge posts it); the existing undo takes it back
    const buttons = opts.judge ? el("p", { class: "claim-judge" },
      ["accept", "reject"].filter((v) => claim.verdict !== v + "ed").map((v) => el("button", { type: "button",
        class: v === "reject" ? "danger" : null, text: v === "accept" ? "Accept" : "Reject",
        on: { click: (ev) => { ev.currentTarget.disabled = true; opts.judge(claim, v); } } }))) : null;
    return el("details", { class: "claim" + (claim.document.confidential ? " is-confidential" : ""), dataset: { claim: claim.id } },
      el("summary", null, ...bits),
      el("blockquote", { class: "evidence", text: claim.evidence }),
      (claim.coreference || []).length ? el("p", { class: "coreference muted", title: "words of the evidence read as an actor named earlier",
        text: claim.coreference.map((c) => "“" + c.text + "” → " + c.refers_to).join("; ") }) : null,
      el("p", { class: "claim-source" }, sourceLine(claim.document),
        el("span", { class: "muted", text: " · " + (claim.extractor || "") + (claim.confidence != null ? " · confidence " + claim.confidence : "") })),
      buttons);
  }

  function showError(container, error) {
    const status = error && error.status ? " (" + error.status + ")" : "";
    fill(container, el("div", { class: "error", role: "alert" },
      el("strong", { text: "Could not load this" + status + ": " }), String((error && error.message) || error)));
  }

  function notice(text, kind) { return el("div", { class: "notice " + (kind || ""), role: "status", text: text }); }

  function loading(container) { fill(container, el("p", { class: "loading", text: "Loading…" })); }

  function param(name) { return new URLSearchParams(location.search).get(name); }
  function params(name) { return new URLSearchParams(location.search).getAll(name); }
  function pathPart(index) {
    const parts = location.pathname.split("/");
    return parts.length > index ? decodeURIComponent(parts[index]) : "";
  }

  function setTwin(path) {
    const link = document.getElementById("json-twin");
    if (link) link.setAttribute("href", safeHref(path));
  }

  function debounce(fn, ms) {
    let timer = null;
    return (...args) => { clearTimeout(timer); timer = setTimeout(() => fn(...args), ms); };
  }

  /* An editor's judgement: posted, then told in `flash` with an Undo; `reload` redraws the page. */
  async function judge(flash, path, body, describe, reload) {
    try {
      const done = await post(path, body);
      const undo = el("button", { type: "button", class: "undo", text: "Undo" });
      undo.addEventListener("click", async () => {
        undo.disabled = true;
        try {
          await post("/api/judgements/undo", { judgement: done.judgement });
          fill(flash, notice("Judgement " + done.judgement + " undone.", "ok"));
          await reload();
        } catch (error) { fill(flash, el("div", { class: "error", text: error.message })); }
      });
      fill(flash, el("div", { class: "notice ok", role: "status" }, describe(done), " ", undo));
      await reload();
    } catch (error) {
      fill(flash, el("div", { class: "error", role: "alert", text: error.message }));
    }
  }

  let sessionPromise = null;
  function session() {
    if (!sessionPromise) sessionPromise = api("/api/session").catch(() => ({ role: "viewer", read_only: true }));
    return sessionPromise;
  }

  /* A search box that proposes entities; calls onPick(entity) with {id, name, type}. */
  function entityPicker(opts) {
    opts = opts || {};
    const input = el("input", { type: "search", placeholder: opts.placeholder || "Find an entity…", autocomplete: "off", maxlength: "200", "aria-label": opts.label || "Entity" });
    const list = el("ul", { class: "picker-list", role: "listbox" });
    const box = el("div", { class: "picker" }, input, list);
    let latest = 0;
    const choose = (entity) => {
      clear(list);
      input.value = opts.keepText ? entity.name : "";
      if (opts.onPick) opts.onPick(entity);
    };
    const lookup = debounce(async () => {
      const q = input.value.trim();
      const ticket = ++latest;
      if (q.length < 2) { clear(list); return; }
      try {
        const found = await api("/api/search", { q: q, limit: 8 });
        if (ticket !== latest) return;
        clear(list);
        for (const entity of found.entities.items) {
          list.append(el("li", null, el("button", { type: "button", class: "pick", on: { click: () => choose(entity) } },
            el("span", { class: "dot", colour: colour(entity.type) }), entity.name, " ", typeBadge(entity.type),
            el("span", { class: "muted", text: " " + entity.documents + " docs" }))));
        }
        if (!found.entities.items.length) list.append(el("li", { class: "muted", text: "no entity found" }));
      } catch (error) {
        fill(list, el("li", { class: "error", text: error.message }));
      }
    }, 200);
    input.addEventListener("input", lookup);
    input.addEventListener("keydown", (event) => {
      if (event.key === "Enter") {
        event.preventDefault();
        const first = list.querySelector("button.pick");
        if (first) first.click();
      } else if (event.key === "Escape") clear(list);
    });
    box.input = input;
    return box;
  }

  function downloadBlob(blob, filename) {
    const url = URL.createObjectURL(blob);
    const link = el("a", { download: filename });
    link.href = url;  // a blob: URL of this page, not a link from data
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  async function renderSession() {
    const info = await session();
    const holder = document.getElementById("session");
    if (!holder) return;
    fill(holder, el("span", {
      class: "badge role " + info.role,
      title: info.read_only ? "started with --read-only: no change is accepted" : "judgements allowed",
      text: info.read_only ? "read-only" : info.role,
    }));
    if (info.auth) {
      holder.append(el("form", { method: "post", action: "/logout", class: "logout" },
        el("button", { type: "submit", class: "link", text: "log out" })));
    }
  }

  function markNav() {
    const page = document.body.dataset.page;
    const current = { entity: "search", document: "search" }[page] || page;
    for (const link of document.querySelectorAll("[data-nav]")) {
      if (link.dataset.nav === current) link.setAttribute("aria-current", "page");
    }
    const q = param("q");
    const box = document.querySelector(".topsearch input");
    if (box && q && page === "search") box.value = q;
  }

  window.S = {
    el, clear, fill, api, post, query, ApiError, colour, relationColour, entityHref, documentHref, typeBadge,
    confidentialBadge, entityLink, sourceLine, claimView, showError, notice, loading, fmtDate, span, param,
    params, pathPart, setTwin, debounce, session, entityPicker, downloadBlob, safeHref, judge,
    main: () => document.getElementById("main"),
  };

  markNav();
  renderSession();
})();
