"""Exports and imports: export, import."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from shabaka.cli.analyze import (
    AsOf,
    DateFrom,
    DateTo,
    ExcludeRelations,
    MinConfidence,
    MinSources,
    Redact,
    Relations,
    Types,
)
from shabaka.cli.app import app
from shabaka.cli.common import DEFAULT_DB_PATH, DbOption, JsonOption, console, esc, open_kb, print_json
from shabaka.export import FORMATS

PLURALS = {"entity": "entities"}
Format = Annotated[str, typer.Option(
    "--format", "-f", metavar="FORMAT", help=f"One of: {', '.join(FORMATS)}.")]


@app.command()
def export(
    format: Format,
    out: Annotated[Path | None, typer.Option(
        "--out", "-o", help="File (folder, for csv and neo4j) to write; default ./shabaka.gexf, "
        "./shabaka-csv/ ... by format.",
        show_default=False)] = None,
    db: DbOption = DEFAULT_DB_PATH,
    relation: Relations = None, exclude_relation: ExcludeRelations = None, type: Types = None,
    min_sources: MinSources = 1, as_of: AsOf = None, date_from: DateFrom = None, date_to: DateTo = None,
    redact: Redact = False, min_confidence: MinConfidence = None,
    focus: Annotated[str | None, typer.Option(help="Only this actor's neighbourhood.",
                                              show_default=False)] = None,
    hops: Annotated[int, typer.Option(min=0, max=10, help="Neighbourhood radius with --focus.")] = 2,
    metrics: Annotated[bool, typer.Option(
        help="Compute network metrics on the exported graph (gexf, graphml, csv, neo4j).")] = True,
    as_json: JsonOption = False,
) -> None:
    """Export the network or the whole knowledge base: gexf (Gephi), graphml (yEd, igraph),
    csv (a folder of tables), jsonl (everything, for 'shabaka import'), ftm (FollowTheMoney),
    neo4j (files for neo4j-admin import), geojson (events and places on a map). Filters select
    the graph and what it rests on; --redact leaves out confidential documents and everything
    stated only in them.

    Example: shabaka export --format gexf --as-of 2021 --redact --out network-2021.gexf
    """
    from shabaka.analyze.graph import graph_filter
    from shabaka.export import export as run_export

    with open_kb(db) as kb:
        flt = graph_filter(kb.store.conn, kb.ontology, relations=relation, exclude_relations=exclude_relation,
                           types=type, min_sources=min_sources, as_of=as_of, date_from=date_from,
                           date_to=date_to, redact=redact, focus=focus, hops=hops,
                           min_confidence=min_confidence)
        report = run_export(kb.store.conn, kb.ontology, format, out, flt, metrics=metrics,
                            pack_files=tuple(kb.pack_files))
    if as_json:
        print_json(report.to_json())
        return
    counts = ", ".join(f"{n} {PLURALS.get(kind, kind + 's')}"
                       for kind, n in report.to_json()["counts"].items()) or "nothing"
    where = report.files[0].parent if len(report.files) > 1 else report.files[0]
    redacted = " (redacted)" if redact else ""
    console.print(f"exported {counts} as {format}{redacted} to {esc(where)}")


@app.command("import")
def import_(
    path: Annotated[str, typer.Argument(
        help="A Shabaka JSONL export or FtM entities (JSON lines); - for stdin.")],
    format: Annotated[str | None, typer.Option(
        "--format", "-f", help="jsonl or ftm; detected from the first line by default.",
        show_default=False)] = None,
    db: DbOption = DEFAULT_DB_PATH,
    author: Annotated[str | None, typer.Option(envvar="SHABAKA_AUTHOR",
                                               help="Who records the import judgements (FtM).",
                                               show_default=False)] = None,
    as_json: JsonOption = False,
) -> None:
    """Import another analyst's knowledge base (a jsonl export: documents, extractions and
    judgements, merged without duplicates) or known actors from an Aleph or OpenSanctions
    export (FtM entities: their names become aliases the resolver matches).

    Example: shabaka import colleague.jsonl && shabaka import opensanctions-iraq.ftm.json
    """
    with open_kb(db, must_exist=False) as kb:
        report = kb.import_file(path, format=format, author=author)
    if as_json:
        print_json(report.to_json())
        return
    r = report
    if r.format == "jsonl":
        console.print(f"imported {r.documents} documents ({r.unchanged} already here), "
                      f"{r.entities_created} new entities ({r.entities_matched} matched), "
                      f"{r.aliases} aliases, {r.judgements} judgements from {esc(r.origin)}")
    else:
        console.print(f"imported {r.entities_created + r.entities_matched} actors ({r.entities_created} new, "
                      f"{r.entities_matched} joined known entities, {r.unchanged} imported before), "
                      f"{r.aliases} aliases; skipped {r.skipped} records from {esc(r.origin)}")


@app.command()
def migrate(
    to: Annotated[str, typer.Option("--to", help="The empty knowledge base to copy into: a "
                                    "postgresql://user@host/dbname URL (or an SQLite file).")],
    db: DbOption = DEFAULT_DB_PATH,
    as_json: JsonOption = False,
) -> None:
    """Copy a knowledge base, every table exactly (judgements included), into an empty one:
    from the SQLite file to a shared PostgreSQL database.

    Example: shabaka migrate --db shabaka.db --to postgresql://analyst@dbhost/shabaka
    """
    from shabaka.config import db_location
    from shabaka.store import transfer
    from shabaka.store.db import Store

    with open_kb(db) as kb, Store(db_location(to)) as target:
        copied = transfer.copy(kb.store, target)
        where = target.location
    if as_json:
        print_json({"to": where, "rows": copied})
        return
    console.print(f"copied {copied['documents']} documents, {copied['entities']} entities, "
                  f"{copied['claims']} claims, {copied['events']} events and {copied['overrides']} "
                  f"judgements into {esc(where)}")
