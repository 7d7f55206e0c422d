"""Network analysis: analyze, whatif, keyplayers, path, audit, timeline."""

from __future__ import annotations

from typing import Annotated, Any

import typer
from rich.table import Table

from shabaka.cli.app import app
from shabaka.cli.common import (
    DEFAULT_DB_PATH,
    DbOption,
    JsonOption,
    console,
    esc,
    kb_location,
    open_kb,
    print_json,
)
from shabaka.errors import UsageError
from shabaka.store.queries import find_entity

Relations = Annotated[list[str] | None, typer.Option(
    "--relation", metavar="RELATION", show_default=False,
    help="Only this relation, e.g. backs (repeatable).")]
ExcludeRelations = Annotated[list[str] | None, typer.Option(
    "--exclude-relation", metavar="RELATION", show_default=False,
    help="Leave this relation out, e.g. hostile_to (repeatable).")]
Types = Annotated[list[str] | None, typer.Option(
    "--type", metavar="TYPE", show_default=False,
    help="Only entities of this type, e.g. ARMED_GROUP (repeatable).")]
MinSources = Annotated[int, typer.Option(
    "--min-sources", min=1, help="Only edges stated in at least this many documents.")]
AsOf = Annotated[str | None, typer.Option(
    "--as-of", help="Only what holds at this date: YYYY, YYYY-MM or YYYY-MM-DD.", show_default=False)]
DateFrom = Annotated[str | None, typer.Option(
    "--from", help="Only what holds at some time from this date.", show_default=False)]
DateTo = Annotated[str | None, typer.Option(
    "--to", help="Only what holds at some time up to this date.", show_default=False)]
Redact = Annotated[bool, typer.Option(
    "--redact", help="Leave out everything stated only in confidential documents.")]
MinConfidence = Annotated[float | None, typer.Option(
    "--min-confidence", min=0.0, max=1.0, show_default=False,
    help="Take claims this confident (and accepted ones) instead of the assertion threshold "
         "(SHABAKA_MIN_CONFIDENCE, 0.5); rejected claims never count.")]
Limit = Annotated[int, typer.Option("--limit", min=1, max=100_000, help="Most rows to show.")]
Scope = Annotated[str, typer.Option(
    "--scope", help="actors: persons, armed groups, state bodies and organisations, with countries "
                    "as context (anchors only); all: every entity, countries included.")]


def _graph(kb, relation, exclude_relation, type, min_sources, as_of, date_from, date_to, redact,
           focus: str | None = None, hops: int = 2, min_confidence: float | None = None):
    from shabaka.analyze.graph import build_graph, graph_filter

    flt = graph_filter(kb.store.conn, kb.ontology, relations=relation, exclude_relations=exclude_relation,
                       types=type, min_sources=min_sources, as_of=as_of, date_from=date_from,
                       date_to=date_to, redact=redact, focus=focus, hops=hops, min_confidence=min_confidence)
    return build_graph(kb.store.conn, kb.ontology, flt)


def _scoped(graph, scope: str, *anchors: str | None):
    from shabaka.analyze.scope import scoped

    return scoped(graph, scope, anchors)


def _scope_line(found) -> str:
    left = f"; {len(found.context)} countries/places left out as context" if found.context else ""
    return f"[dim]scope {found.scope}: {esc(found.describe()['description'])}{left}[/dim]"


def _entity_id(kb, name: str) -> str:
    return find_entity(kb.store.conn, name)["id"]


def _node(graph, nid: str) -> dict:
    node = graph.nodes.get(nid, {"id": nid, "name": nid, "type": None})
    return {"id": nid, "name": node["name"], "type": node["type"]}


def _claim_json(c: dict) -> dict:
    return {"text": " ".join(c["evidence"].split()), "doc_id": c["doc_id"], "doc_title": c["doc_title"],
            "outlet": c["outlet"], "published": c["published"], "start": c["start"], "end": c["end"],
            "confidential": bool(c["confidential"])}


def _edge_json(graph, e, *, all_claims: bool = False) -> dict:
    out = {"source": _node(graph, e.source), "target": _node(graph, e.target), "relation": e.relation,
           "symmetric": e.symmetric, "weight": e.weight, "documents": e.documents, "outlets": e.outlets,
           "first": e.first, "last": e.last, "evidence": _claim_json(e.best_claim)}
    if all_claims:
        out["claims"] = [_claim_json(c) for c in e.claims]
    return out


def _edge_text(graph, e, start: str | None = None) -> str:
    """"A —leads→ B" read from `start` when given (an arrow against the way travelled shows ←)."""
    a, b = graph.node_name(e.source), graph.node_name(e.target)
    backwards = start is not None and start == e.target
    left, right = ("—", "—") if e.symmetric else ("←", "—") if backwards else ("—", "→")
    arrow = f"{left}{e.relation}{right}"
    if backwards:
        a, b = b, a
    return f"{esc(a)} {arrow} {esc(b)}"


def _source_text(c: dict) -> str:
    outlet = f"{c['outlet']}, " if c["outlet"] else ""
    return f"{c['doc_title'] or c['doc_id']} ({outlet}{c['published'] or 'undated'})"


def _fmt(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.3f}"
    return "–" if value is None else str(value)


@app.command()
def analyze(
    db: DbOption = DEFAULT_DB_PATH,
    relation: Relations = None, exclude_relation: ExcludeRelations = None, type: Types = None,
    min_sources: MinSources = 1, as_of: AsOf = None, date_from: DateFrom = None, date_to: DateTo = None,
    redact: Redact = False,
    min_confidence: MinConfidence = None,
    focus: Annotated[str | None, typer.Option(help="Only this actor's neighbourhood.",
                                              show_default=False)] = None,
    hops: Annotated[int, typer.Option(min=0, max=10, help="Neighbourhood radius with --focus.")] = 2,
    sort: Annotated[str, typer.Option(help="Metric to rank by.")] = "betweenness",
    samples: Annotated[int | None, typer.Option(
        "--betweenness-samples", min=1,
        help="Estimate betweenness from this many sampled sources (large graphs).")] = None,
    store: Annotated[bool, typer.Option(
        help="Write the metrics back to the knowledge base, replacing any earlier run.")] = True,
    limit: Limit = 25,
    scope: Scope = "actors",
    as_json: JsonOption = False,
) -> None:
    """Network metrics per actor: degree, weighted degree, betweenness, PageRank, eigenvector,
    k-core, Leiden community and broker score, ranked; stored for the web and exports.

    Example: shabaka analyze --as-of 2019-12 --relation backs --relation leads --sort pagerank
    """
    from shabaka.analyze.metrics import METRICS, brokers, compute_metrics, rank, store_metrics

    if sort not in METRICS:
        raise UsageError(f"unknown metric {sort!r}; use one of {', '.join(METRICS)}")
    with open_kb(db) as kb:
        found = _scoped(_graph(kb, relation, exclude_relation, type, min_sources, as_of, date_from, date_to,
                               redact, focus, hops, min_confidence), scope)
        graph = found.graph
        metrics = compute_metrics(graph, betweenness_samples=samples)
        if store:
            with kb.store.write() as conn:
                store_metrics(conn, metrics)
    ranked = rank(metrics, sort)
    communities = len({m["community"] for m in metrics.values()})
    top_brokers = brokers(metrics, 5)
    if as_json:
        print_json({"scope": found.describe(), "nodes": len(graph.nodes), "edges": len(graph.edges),
                    "communities": communities, "stored": store,
                    "brokers": [_node(graph, b) for b in top_brokers],
                    "actors": [{**_node(graph, nid), **metrics[nid]} for nid in ranked[:limit]]})
        return
    table = Table(title=f"actors by {sort}")
    headers = {"degree": "deg", "weighted_degree": "w.deg", "betweenness": "betweenness",
               "pagerank": "pagerank", "eigenvector": "eigen", "coreness": "core", "community": "comm",
               "broker": "broker"}
    for col in ("#", "actor", "type", *(headers[m] for m in METRICS)):
        table.add_column(col, justify="left" if col in ("actor", "type") else "right")
    for i, nid in enumerate(ranked[:limit], start=1):
        node = graph.nodes[nid]
        table.add_row(str(i), esc(node["name"]), node["type"], *(_fmt(metrics[nid][m]) for m in METRICS))
    console.print(table)
    console.print(f"{len(graph.nodes)} actors, {len(graph.edges)} edges, {communities} communities")
    console.print(_scope_line(found))
    if top_brokers:
        console.print("brokers between communities: "
                      + ", ".join(esc(graph.node_name(b)) for b in top_brokers))
    if store:
        console.print(f"[dim]metrics written to {kb_location(db)}[/dim]")


def _fragmentation_rows(before, after) -> list[tuple[str, str, str]]:
    def share(x):
        return f"{x:.1%}"

    def apl(x):
        return "–" if x is None else f"{x:.2f}"

    return [
        ("components", str(before.components), str(after.components)),
        ("largest component (share of actors)", share(before.largest_share), share(after.largest_share)),
        ("distance-weighted fragmentation", f"{before.distance_fragmentation:.4f}",
         f"{after.distance_fragmentation:.4f}"),
        ("average path length", apl(before.average_path_length), apl(after.average_path_length)),
    ]


def _fragmentation_json(f) -> dict:
    return {"components": f.components, "largest_share": f.largest_share,
            "distance_fragmentation": f.distance_fragmentation,
            "average_path_length": f.average_path_length, "estimated": f.estimated}


@app.command()
def whatif(
    remove: Annotated[list[str], typer.Option("--remove", metavar="NAME",
                                              help="Actor to remove (repeatable).")],
    anchor: Annotated[str | None, typer.Option(
        help="Report the actors that lose every path to this one.", show_default=False)] = None,
    db: DbOption = DEFAULT_DB_PATH,
    relation: Relations = None, exclude_relation: ExcludeRelations = None, type: Types = None,
    min_sources: MinSources = 1, as_of: AsOf = None, date_from: DateFrom = None, date_to: DateTo = None,
    redact: Redact = False,
    min_confidence: MinConfidence = None,
    scope: Scope = "actors",
    as_json: JsonOption = False,
) -> None:
    """Remove actors and compare the network before and after: components, largest component,
    distance-weighted fragmentation, average path length, who is cut off from an anchor.

    Example: shabaka whatif --remove "Qasem Soleimani" --remove "Abu Mahdi al-Muhandis" --anchor Iran
    """
    from shabaka.analyze.scope import scoped_whatif

    with open_kb(db) as kb:
        removed = [_entity_id(kb, name) for name in remove]
        anchor_id = _entity_id(kb, anchor) if anchor else None
        whole = _graph(kb, relation, exclude_relation, type, min_sources, as_of, date_from, date_to, redact,
                       min_confidence=min_confidence)
    found, result = scoped_whatif(whole, removed, anchor_id, scope)
    graph = found.graph
    if as_json:
        print_json({
            "scope": found.describe(),
            "removed": [_node(graph, r) for r in result.removed],
            "anchor": _node(whole, anchor_id) if anchor_id else None,
            "actors": len(graph.nodes), "edges": len(graph.edges),
            "before": _fragmentation_json(result.before), "after": _fragmentation_json(result.after),
            "cut_from_anchor": [_node(whole, n) for n in result.cut_from_anchor],
            "brokers_before": [{**_node(graph, n), "betweenness": b} for n, b in result.brokers_before],
            "brokers_after": [{**_node(graph, n), "betweenness": b} for n, b in result.brokers_after],
        })
        return
    names = ", ".join(esc(graph.node_name(r)) for r in result.removed)
    table = Table(title=f"removing {names} from {len(graph.nodes)} actors, {len(graph.edges)} edges")
    for col in ("", "before", "after"):
        table.add_column(col, justify="left" if not col else "right")
    for row in _fragmentation_rows(result.before, result.after):
        table.add_row(*row)
    console.print(table)
    console.print(_scope_line(found))
    if result.after.estimated:
        console.print("[dim]fragmentation and path length estimated from sampled sources[/dim]")
    if anchor_id:
        anchor_name = esc(whole.node_name(anchor_id))
        if result.cut_from_anchor:
            console.print(f"[bold]{len(result.cut_from_anchor)} actor(s) lose every path to {anchor_name}:"
                          "[/bold]")
            for nid in result.cut_from_anchor:
                console.print(f"  {esc(whole.node_name(nid))} [dim]{whole.nodes[nid]['type']}[/dim]")
        else:
            console.print(f"no actor loses its last path to {anchor_name}")
    for label, rows in (("top brokers before", result.brokers_before),
                        ("top brokers after", result.brokers_after)):
        if rows:
            console.print(f"{label}: " + ", ".join(f"{esc(graph.node_name(n))} ({b:.3f})" for n, b in rows))


@app.command()
def keyplayers(
    k: Annotated[int, typer.Option("--k", min=1, max=1000, help="Size of the key-player set.")] = 3,
    mode: Annotated[str, typer.Option(
        help="fragment (KPP-Neg: removal breaks the network most), reach (KPP-Pos: best "
             "connected to the rest) or both.")] = "both",
    db: DbOption = DEFAULT_DB_PATH,
    relation: Relations = None, exclude_relation: ExcludeRelations = None, type: Types = None,
    min_sources: MinSources = 1, as_of: AsOf = None, date_from: DateFrom = None, date_to: DateTo = None,
    redact: Redact = False,
    min_confidence: MinConfidence = None,
    scope: Scope = "actors",
    as_json: JsonOption = False,
) -> None:
    """The k actors whose removal fragments the network most, and the k best placed to reach
    the rest (Borgatti's key-player problems; greedy search with swap passes).

    Example: shabaka keyplayers --k 3 --relation backs --relation leads --relation member_of
    """
    from shabaka.analyze.keyplayers import key_players
    from shabaka.analyze.keyplayers import whatif as run_whatif

    modes = {"both": ("fragment", "reach"), "fragment": ("fragment",), "reach": ("reach",)}
    if mode not in modes:
        raise UsageError(f"mode {mode!r}: use fragment, reach or both")
    with open_kb(db) as kb:
        found = _scoped(_graph(kb, relation, exclude_relation, type, min_sources, as_of, date_from, date_to,
                               redact, min_confidence=min_confidence), scope)
    graph = found.graph
    out: dict[str, dict] = {}
    for m in modes[mode]:
        members, score = key_players(graph, k, m)
        out[m] = {"set": [_node(graph, n) for n in members], "score": score}
        if m == "fragment":
            effect = run_whatif(graph, members, brokers=0)
            out[m]["before"] = _fragmentation_json(effect.before)
            out[m]["after"] = _fragmentation_json(effect.after)
    if as_json:
        print_json({"k": k, "scope": found.describe(), "actors": len(graph.nodes), "edges": len(graph.edges),
                    **out})
        return
    console.print(_scope_line(found))
    if "fragment" in out:
        names = ", ".join(esc(n["name"]) for n in out["fragment"]["set"])
        console.print(f"[bold]fragment (KPP-Neg):[/bold] {names}")
        before, after = out["fragment"]["before"], out["fragment"]["after"]
        console.print(f"  distance-weighted fragmentation {before['distance_fragmentation']:.4f} → "
                      f"{after['distance_fragmentation']:.4f}; components {before['components']} → "
                      f"{after['components']}")
    if "reach" in out:
        names = ", ".join(esc(n["name"]) for n in out["reach"]["set"])
        console.print(f"[bold]reach (KPP-Pos):[/bold] {names}")
        console.print(f"  distance-weighted reach {out['reach']['score']:.4f}")


@app.command()
def path(
    source: Annotated[str, typer.Argument(help="One actor (id or any name).")],
    target: Annotated[str, typer.Argument(help="The other actor.")],
    db: DbOption = DEFAULT_DB_PATH,
    limit: Annotated[int, typer.Option(min=1, max=100, help="Most paths to show.")] = 5,
    relation: Relations = None, exclude_relation: ExcludeRelations = None, type: Types = None,
    min_sources: MinSources = 1, as_of: AsOf = None, date_from: DateFrom = None, date_to: DateTo = None,
    redact: Redact = False,
    min_confidence: MinConfidence = None,
    as_json: JsonOption = False,
) -> None:
    """The shortest paths between two actors, each hop with its relation, best evidence and source.

    Example: shabaka path "Kataib Hezbollah" "Quds Force" --exclude-relation hostile_to
    """
    from shabaka.analyze.paths import hop_nodes, shortest_paths

    with open_kb(db) as kb:
        a, b = _entity_id(kb, source), _entity_id(kb, target)
        graph = _graph(kb, relation, exclude_relation, type, min_sources, as_of, date_from, date_to, redact,
                       min_confidence=min_confidence)
    paths = shortest_paths(graph, a, b, limit=limit)
    if as_json:
        print_json([{"actors": [_node(graph, n) for n in hop_nodes(p, a)],
                     "hops": [_edge_json(graph, e) for e in p]} for p in paths])
        return
    if not paths:
        console.print(f"no path between {esc(graph.node_name(a))} and {esc(graph.node_name(b))}")
        return
    for i, p in enumerate(paths, start=1):
        nodes = hop_nodes(p, a)
        console.rule(f"path {i}: {len(p)} hop(s)")
        for here, hop in zip(nodes, p, strict=False):
            c = hop.best_claim
            console.print(f"  {_edge_text(graph, hop, here)}  [dim]{hop.documents} doc(s), "
                          f"{hop.outlets} source(s)[/dim]")
            console.print(f"    [dim]“{esc(' '.join(c['evidence'].split()))}” — {esc(_source_text(c))}[/dim]")


@app.command()
def audit(
    db: DbOption = DEFAULT_DB_PATH,
    relation: Relations = None, exclude_relation: ExcludeRelations = None, type: Types = None,
    min_sources: MinSources = 1, as_of: AsOf = None, date_from: DateFrom = None, date_to: DateTo = None,
    redact: Redact = False,
    min_confidence: MinConfidence = None,
    limit: Limit = 20,
    as_json: JsonOption = False,
) -> None:
    """Corroboration of every edge by independent sources, the edges resting on one source,
    and contradictions between sources, each with the sentences on both sides.

    Example: shabaka audit --relation leads --json
    """
    from shabaka.analyze.audit import contradictions, corroboration, single_source

    with open_kb(db) as kb:
        graph = _graph(kb, relation, exclude_relation, type, min_sources, as_of, date_from, date_to, redact,
                       min_confidence=min_confidence)
        found = contradictions(kb.store.conn, kb.ontology, redact=redact, min_confidence=min_confidence)
    scored = corroboration(graph)
    lonely = single_source(graph)
    if as_json:
        print_json({"edges": [_edge_json(graph, e, all_claims=True) for e in scored],
                    "single_source": [_edge_json(graph, e, all_claims=True) for e in lonely],
                    "contradictions": found})
        return
    table = Table(title=f"best-corroborated edges ({len(scored)} in all)")
    for col in ("edge", "score", "outlets", "documents", "first", "last"):
        table.add_column(col, justify="left" if col == "edge" else "right")
    for e in scored[:limit]:
        table.add_row(_edge_text(graph, e), f"{e.weight:.2f}", str(e.outlets), str(e.documents),
                      esc(e.first or "–"), esc(e.last or "–"))
    console.print(table)
    console.rule(f"{len(lonely)} edge(s) resting on a single source")
    for e in lonely[:limit]:
        console.print(f"  {_edge_text(graph, e)}  [dim]{esc(_source_text(e.best_claim))}[/dim]")
    if len(lonely) > limit:
        console.print(f"  [dim]… {len(lonely) - limit} more (--limit, --json)[/dim]")
    console.rule(f"{len(found)} contradiction(s)")
    for f in found[:limit]:
        console.print(f"[bold]{f['kind']}[/bold] {esc(f['entity_name'])}: "
                      f"{esc(' vs '.join(f['values']))}")
        for ev in f["evidence"]:
            console.print(f"    [dim]“{esc(ev['text'])}” — {esc(ev['doc_title'] or ev['doc_id'])} "
                          f"({esc(ev['published'] or 'undated')})[/dim]")


@app.command()
def timeline(
    db: DbOption = DEFAULT_DB_PATH,
    entity: Annotated[str | None, typer.Option(help="Only what involves this actor or place.",
                                               show_default=False)] = None,
    date_from: DateFrom = None, date_to: DateTo = None,
    redact: Redact = False,
    limit: Limit = 1000,
    as_json: JsonOption = False,
) -> None:
    """Events and dated claims in order, with date precision, one entry per event however
    many documents report it.

    Example: shabaka timeline --entity "Kataib Hezbollah" --from 2019 --to 2020-06
    """
    from shabaka.analyze.timeline import timeline as build_timeline

    with open_kb(db) as kb:
        entity_id = _entity_id(kb, entity) if entity else None
        entries = build_timeline(kb.store.conn, entity_id, date_from, date_to, redact=redact)
    if as_json:
        print_json(entries[:limit])
        return
    if not entries:
        console.print("nothing dated found")
    for e in entries[:limit]:
        actors = ", ".join(f"{esc(a['name'])} ({a['role']})" for a in e["actors"] if a["role"] != "place")
        places = [a["name"] for a in e["actors"] if a["role"] == "place"]
        what = e["type"] + (f" in {', '.join(places)}" if places else "")
        if e["kind"] == "claim" and e.get("end"):
            what += f" until {e['end']}"
        reports = len(e["documents"])
        console.print(f"[bold]{esc(e['date'] or 'undated')}[/bold] [dim]({esc(e['precision'] or '–')})[/dim] "
                      f"{esc(what)}" + (f": {actors}" if actors else "")
                      + (f" [dim]— reported by {reports} documents[/dim]" if reports > 1 else ""))
        first = e["evidence"][0]
        source = f"{first['doc_title'] or first['doc_id']} ({first['published'] or 'undated'})"
        console.print(f"    [dim]“{esc(first['text'][:240])}” — {esc(source)}[/dim]")
