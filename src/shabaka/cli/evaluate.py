"""`shabaka eval`: score extraction against a gold standard."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from shabaka.cli.app import app
from shabaka.cli.common import JsonOption, console, esc, print_json, settings_for
from shabaka.errors import UsageError


def render_report(report) -> None:
    table = Table(title="Shabaka against gold")
    for col in ("measure", "P", "R", "F1", "TP", "FP", "FN"):
        table.add_column(col, justify="right" if col != "measure" else "left")

    def row(name, s):
        table.add_row(name, f"{s.p:.3f}", f"{s.r:.3f}", f"{s.f1:.3f}", str(s.tp), str(s.fp), str(s.fn))

    row("entities", report.entities)
    row("entities (typed)", report.entities_typed)
    row("relations", report.relations)
    row("cross-document", report.cross_doc)
    for relation in sorted(report.relations_by_type):
        row(f"  {relation}", report.relations_by_type[relation])
    console.print(table)
    if report.relations_by_confidence:
        bands = Table(title="Relation precision by the system's confidence")
        for col in ("confidence", "P", "TP", "FP"):
            bands.add_column(col, justify="right")
        for band, s in report.relations_by_confidence.items():
            bands.add_row(band, f"{s.p:.3f}", str(s.tp), str(s.fp))
        console.print(bands)


def render_events(report) -> None:
    table = Table(title="Events against gold")
    for col in ("measure", "P", "R", "F1", "TP", "FP", "FN"):
        table.add_column(col, justify="right" if col != "measure" else "left")
    for name, s in (("events", report.events), ("roles", report.roles),
                    ("cross-document events", report.cross_doc)):
        table.add_row(name, f"{s.p:.3f}", f"{s.r:.3f}", f"{s.f1:.3f}", str(s.tp), str(s.fp), str(s.fn))
    console.print(table)
    console.print(f"date accuracy {report.date_accuracy:.3f} "
                  f"({report.dates_right} of {report.dates_total} matched dated events)")


def render_errors(report) -> None:
    from shabaka.evaluate import group_errors

    for kind, records in group_errors(report).items():
        console.rule(f"{kind} ({len(records)})")
        for rec in records:
            details = ", ".join(f"{k}={v}" for k, v in rec.details.items() if k != "evidence")
            console.print(f"[bold]{esc(rec.doc or '')}[/bold] {esc(details)}")
            evidence = rec.details.get("evidence")
            if evidence:
                console.print(f"    [dim]“{esc(evidence)}”[/dim]")


@app.command("eval")
def eval_command(
    gold: Annotated[Path, typer.Option(help="Gold standard, JSON Lines.", exists=True, dir_okay=False)],
    docs: Annotated[Path | None, typer.Option(help="Folder holding the gold documents.")] = None,
    db: Annotated[Path | None, typer.Option(help="Score this knowledge base instead of ingesting.")] = None,
    events: Annotated[Path | None, typer.Option(
        help="Event gold (ONTOLOGY.md's Events section): also score events.",
        exists=True, dir_okay=False)] = None,
    predictions: Annotated[Path | None, typer.Option(help="Write the system's output, gold format.")] = None,
    score_predictions: Annotated[Path | None, typer.Option(
        help="Score this predictions file (gold format) instead of running Shabaka.")] = None,
    errors: Annotated[bool, typer.Option("--errors", help="List every error, grouped.")] = False,
    model: Annotated[str | None, typer.Option(envvar="SHABAKA_MODEL", help="spaCy model.")] = None,
    as_json: JsonOption = False,
) -> None:
    """Score entities, relations and cross-document resolution (and events, with --events) against gold.

    Example: shabaka eval --gold shared/eval/seeds.gold.jsonl --docs shared/corpus/seeds
    """
    import json

    from shabaka.config import Settings
    from shabaka.evaluate import load_gold
    from shabaka.evaluate.run import evaluate, score_lines
    from shabaka.ontology import load_ontology

    if score_predictions is not None:
        lines = [json.loads(line) for line in score_predictions.read_text(encoding="utf-8").splitlines()
                 if line.strip()]
        report, event_report = score_lines(load_gold(gold), lines, events, load_ontology().symmetric,
                                           Settings().min_confidence)
    else:
        if docs is None and db is None:
            raise UsageError("give --docs DIR (or --db PATH, or --score-predictions FILE)")
        settings = settings_for(Path("unused.db"), model=model)
        run = evaluate(gold, docs, settings, db=db, events=events)
        report, event_report = run.report, run.events
        if run.ingest is not None and run.ingest.failed:
            for origin, reason in run.ingest.failed:
                console.print(f"[red]failed:[/red] {esc(origin)}: {esc(reason)}")
        if predictions is not None:
            predictions.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in run.lines),
                                   encoding="utf-8")
    if as_json:
        print_json(report.to_json() | ({"events": event_report.to_json()} if event_report else {}))
    else:
        render_report(report)
        if event_report is not None:
            render_events(event_report)
    if errors:
        render_errors(report)
