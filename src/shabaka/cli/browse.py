"""Reading the knowledge base: docs, doc, search, stats, entities, show, claims."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

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
    print_table,
)
from shabaka.store import queries
from shabaka.store.fts import SNIPPET_CLOSE, SNIPPET_OPEN, search_documents

Limit = Annotated[int, typer.Option(min=1, max=100_000, help="Most rows to show.")]


def render_stats(db: Path) -> None:
    with open_kb(db) as kb:
        s = queries.stats(kb.store.conn)
        top = queries.list_entities(kb.store.conn, limit=12)
    console.print(f"[bold]{s['documents']}[/bold] documents, [bold]{s['entities']}[/bold] entities, "
                  f"[bold]{s['claims']}[/bold] claims, [bold]{s['events']}[/bold] events "
                  f"in {kb_location(db)}")
    print_table(("entity", "type", "documents", "mentions"),
                ((esc(e["name"]), e["type"], e["documents"], e["mentions"]) for e in top),
                title="most-mentioned actors")
    by_rel = ", ".join(f"{k} {v}" for k, v in s["claims_by_relation"].items())
    console.print(f"claims by relation: {by_rel or 'none'}")


@app.command()
def stats(db: DbOption = DEFAULT_DB_PATH, as_json: JsonOption = False) -> None:
    """Counts of documents, entities, claims and events.

    Example: shabaka stats --json
    """
    if as_json:
        with open_kb(db) as kb:
            print_json(queries.stats(kb.store.conn))
    else:
        render_stats(db)


@app.command()
def docs(db: DbOption = DEFAULT_DB_PATH, limit: Limit = 1000, as_json: JsonOption = False) -> None:
    """List ingested documents.

    Example: shabaka docs --limit 20
    """
    with open_kb(db) as kb:
        rows = queries.list_documents(kb.store.conn, limit=limit)
    if as_json:
        print_json(rows)
        return
    print_table(("id", "title", "author", "outlet", "published", "claims", "origin"), (
        (r["id"], esc(r["title"]) + (" [red](confidential)[/red]" if r["confidential"] else ""),
         esc(r["author"]), esc(r["outlet"]), esc(r["published"]), r["claims"], esc(r["origin"]))
        for r in rows))


@app.command()
def doc(ref: Annotated[str, typer.Argument(help="Document id, id prefix or origin path.")],
        db: DbOption = DEFAULT_DB_PATH, as_json: JsonOption = False) -> None:
    """Show one document's metadata and cleaned text.

    Example: shabaka doc 3f2a9c
    """
    with open_kb(db) as kb:
        d = queries.get_document(kb.store.conn, ref)
    if as_json:
        print_json(d)
        return
    for key in ("id", "title", "author", "outlet", "published", "url", "origin", "format"):
        console.print(f"[bold]{key}:[/bold] {esc(d[key])}")
    if d["confidential"]:
        console.print("[red bold]CONFIDENTIAL[/red bold]")
    console.print(f"[bold]removed by cleaning:[/bold] {len(d['removed'])} line(s)")
    console.rule()
    console.print(esc(d["text"]))


@app.command()
def search(query: Annotated[str, typer.Argument(help='Words, "a phrase" or prefix*.')],
           db: DbOption = DEFAULT_DB_PATH, limit: Limit = 20, as_json: JsonOption = False) -> None:
    """Full-text search across documents, ranked, with highlighted snippets.

    Example: shabaka search '"Quds Force" commander'
    """
    with open_kb(db) as kb:
        rows = [dict(r) for r in search_documents(kb.store.conn, query, limit=limit)]
    if as_json:
        for r in rows:
            r["snippet"] = r["snippet"].replace(SNIPPET_OPEN, "").replace(SNIPPET_CLOSE, "")
        print_json(rows)
        return
    if not rows:
        console.print("no matches")
    for r in rows:
        snippet = esc(r["snippet"]).replace(SNIPPET_OPEN, "[bold yellow]").replace(SNIPPET_CLOSE, "[/]")
        console.print(f"[bold]{esc(r['title'] or r['origin'])}[/bold] [dim]{r['id']} "
                      f"{esc(r['published'] or '')}[/dim]")
        console.print(f"  {snippet}")


@app.command()
def entities(
    db: DbOption = DEFAULT_DB_PATH,
    type: Annotated[str | None, typer.Option(help="Only this type, e.g. ARMED_GROUP.")] = None,
    name: Annotated[str | None, typer.Option(help="Only entities with a name containing this.")] = None,
    limit: Limit = 100,
    as_json: JsonOption = False,
) -> None:
    """List entities, most-documented first.

    Example: shabaka entities --type PERSON --name hashemi
    """
    with open_kb(db) as kb:
        rows = queries.list_entities(kb.store.conn, type=type, name=name, limit=limit)
    if as_json:
        print_json(rows)
        return
    print_table(("id", "name", "type", "documents", "mentions"), (
        (esc(e["id"]), esc(e["name"]), e["type"], e["documents"], e["mentions"]) for e in rows))


@app.command()
def show(name: Annotated[str, typer.Argument(help="Entity id or any of its names.")],
         db: DbOption = DEFAULT_DB_PATH, as_json: JsonOption = False) -> None:
    """An entity's profile: aliases, claims with evidence, events, documents.

    Example: shabaka show 'Hajj Qassem'
    """
    with open_kb(db) as kb:
        profile = queries.entity_profile(kb.store.conn, name)
    if as_json:
        print_json(profile)
        return
    console.print(f"[bold]{esc(profile['name'])}[/bold]  {profile['type']}  [dim]{esc(profile['id'])}[/dim]")
    console.print(f"aliases: {esc(', '.join(profile['aliases']))}")
    by_relation: dict[str, list] = {}
    for c in profile["claims"]:  # suggested claims apart, at the end; rejected ones not at all
        if c["verdict"] != "rejected":
            by_relation.setdefault("suggested" if c["suggested"] else c["relation"], []).append(c)
    by_relation["suggested"] = by_relation.pop("suggested", [])
    for heading, claims in by_relation.items():
        if claims:
            console.rule(f"{heading} (under the assertion threshold)" if heading == "suggested" else heading)
        for c in claims:
            dates = " ".join(x for x in (c["start"], c["end"]) if x)
            console.print(f"  {esc(c['subject_name'])} —{c['relation']}→ {esc(c['object_name'])}"
                          f" {esc(dates)}  [dim]{c['id'][:CLAIM_ID_SHOWN]} {_confidence(c)}[/dim]")
            console.print(f"    [dim]“{esc(c['evidence'].strip())}” — {esc(c['doc_title'])}"
                          f" ({esc(c['published'] or 'undated')})[/dim]")
    if profile["events"]:
        console.rule("events")
        for e in profile["events"]:
            reported = f" — reported by {e['reported_by']} documents" if e["reported_by"] > 1 else ""
            console.print(f"  {esc(e['date'] or 'undated')} {e['type']} ({e['role']}): "
                          f"[dim]{esc(e['evidence'].strip()[:160])}{reported}[/dim]")
    console.rule("documents")
    for d in profile["documents"]:
        console.print(f"  {d['id']} {esc(d['title'])} ({esc(d['published'] or 'undated')})")


@app.command()
def claims(
    db: DbOption = DEFAULT_DB_PATH,
    relation: Annotated[str | None, typer.Option(help="Only this relation, e.g. leads.")] = None,
    entity: Annotated[str | None, typer.Option(help="Only claims about this entity.")] = None,
    limit: Limit = 500,
    as_json: JsonOption = False,
) -> None:
    """List claims with their evidence sentence and source.

    Example: shabaka claims --relation backs --entity Iran
    """
    with open_kb(db) as kb:
        entity_id = queries.find_entity(kb.store.conn, entity)["id"] if entity else None
        rows = queries.list_claims(kb.store.conn, relation=relation, entity_id=entity_id, limit=limit)
    if as_json:
        print_json(rows)
        return
    print_table(("id", "subject", "relation", "object", "confidence", "evidence", "source"), (
        (c["id"][:CLAIM_ID_SHOWN], esc(c["subject_name"]), c["relation"], esc(c["object_name"]),
         _confidence(c), esc(c["evidence"].strip()[:200]), esc(c["doc_title"])) for c in rows))


CLAIM_ID_SHOWN = 10  # enough to name one claim among millions; 'accept'/'reject' take any unique start


def _confidence(claim: dict) -> str:
    """The confidence, and whether an analyst judged the claim or it is only suggested."""
    mark = claim["verdict"] or ("suggested" if claim["suggested"] else "")
    return f"{claim['confidence']:.2f} {mark}".strip()
