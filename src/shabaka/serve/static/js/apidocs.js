/* The API's description, drawn from its OpenAPI document (/api/openapi.json). */
"use strict";

(function () {
  const { el, api, clear } = S;
  const main = S.main();

  function schemaText(schema, spec) {
    if (!schema) return "";
    if (schema.$ref) return schema.$ref.split("/").pop();
    if (schema.anyOf) return schema.anyOf.map((s) => schemaText(s, spec)).join(" | ");
    if (schema.type === "array") return schemaText(schema.items, spec) + "[]";
    const limits = [];
    if (schema.minimum !== undefined) limits.push("≥ " + schema.minimum);
    if (schema.maximum !== undefined) limits.push("≤ " + schema.maximum);
    if (schema.maxLength !== undefined) limits.push("≤ " + schema.maxLength + " chars");
    if (schema.enum) limits.push(schema.enum.join(" | "));
    return (schema.type || "") + (limits.length ? " (" + limits.join(", ") + ")" : "") + (schema.default !== undefined ? " = " + JSON.stringify(schema.default) : "");
  }

  async function load() {
    S.setTwin("/api/openapi.json");
    let spec;
    try { spec = await api("/api/openapi.json"); } catch (error) { S.showError(main, error); return; }
    const parts = [el("h1", { text: spec.info.title + " API " + spec.info.version }),
      el("p", { text: spec.info.description || "" }),
      el("p", null, "The machine-readable description: ", el("a", { href: "/api/openapi.json", text: "/api/openapi.json" }), " (OpenAPI " + spec.openapi + ").")];
    for (const [path, methods] of Object.entries(spec.paths)) {
      for (const [method, op] of Object.entries(methods)) {
        const params = (op.parameters || []).map((p) => el("tr", null, el("td", null, el("code", { text: p.name })), el("td", { text: p.in }),
          el("td", { text: p.required ? "required" : "" }), el("td", { text: schemaText(p.schema, spec) }), el("td", { text: p.description || (p.schema && p.schema.description) || "" })));
        let body = null;
        if (op.requestBody) {
          const content = op.requestBody.content["application/json"];
          body = el("p", null, "JSON body: ", el("code", { text: content ? schemaText(content.schema, spec) : "?" }));
        }
        parts.push(el("section", { class: "panel endpoint", id: (method + path).replace(/[^a-z0-9]+/gi, "-") },
          el("h2", null, el("span", { class: "method " + method, text: method.toUpperCase() }), " ", el("code", { text: path })),
          el("p", { text: op.summary || "" }), op.description ? el("p", { class: "muted", text: op.description }) : null,
          params.length ? el("table", { class: "grid" }, el("thead", null, el("tr", null, ["parameter", "in", "", "type", "meaning"].map((h) => el("th", { text: h })))), el("tbody", null, params)) : null,
          body));
      }
    }
    const schemas = (spec.components && spec.components.schemas) || {};
    for (const [name, schema] of Object.entries(schemas)) {
      if (!schema.properties || name.includes("Error")) continue;
      parts.push(el("section", { class: "panel", id: "schema-" + name }, el("h3", null, el("code", { text: name })),
        el("ul", null, Object.entries(schema.properties).map(([k, v]) => el("li", null, el("code", { text: k }), " " + schemaText(v, spec) + ((schema.required || []).includes(k) ? " (required)" : "") + (v.description ? " — " + v.description : ""))))));
    }
    S.fill(main, ...parts);
  }

  load();
})();
