"""`shabaka ingest` and `shabaka demo`: documents in, with progress and a summary."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from shabaka.cli.app import app
from shabaka.cli.common import (
    DEFAULT_DB_PATH,
    DbOption,
    JsonOption,
    console,
    err_console,
    esc,
    one_line,
    print_json,
    settings_for,
)
from shabaka.errors import UsageError

EXAMPLES = Path(__file__).resolve().parents[3] / "examples" / "corpus"
MAX_LOCAL_PROCESSES = 64


class Engine(StrEnum):
    local = "local"
    ray = "ray"


def _run_ingest(paths: list[str], db: Path, *, confidential: bool, processes: int | None, batch_size: int,
                model: str | None, packs: list[Path], no_default_packs: bool, max_bytes: int | None,
                as_json: bool, engine: str = "local", address: str | None = None) -> None:
    from contextlib import nullcontext

    from shabaka.kb import KnowledgeBase

    if address is not None and engine != "ray":
        raise UsageError("--address names a Ray cluster: use it with --engine ray")
    settings = settings_for(db, processes=processes, batch_size=batch_size, model=model,
                            max_bytes=max_bytes)
    settings.packs = [*settings.packs, *packs]
    settings.default_packs = not no_default_packs
    cluster = None
    if engine == "ray":
        from shabaka.ingest.ray_engine import RayEngine, import_ray

        import_ray(address)  # not installed: say how, before reading anything
        cluster = RayEngine(settings, address=address, workers=processes)
    elif processes is not None and processes > MAX_LOCAL_PROCESSES:
        raise UsageError(f"--processes: at most {MAX_LOCAL_PROCESSES} on one machine; more with --engine ray")
    with KnowledgeBase(settings) as kb, cluster or nullcontext():
        if cluster is not None:
            cluster.start(kb.pipeline_version)  # an unreachable cluster fails now, not after the reading
        progress = Progress(
            TextColumn("[bold]ingesting"), BarColumn(), MofNCompleteColumn(),
            TextColumn("{task.fields[rate]} docs/s"), TimeRemainingColumn(),
            console=err_console, transient=True, disable=as_json or not err_console.is_terminal,
        )
        with progress:
            task = progress.add_task("ingest", total=None, rate="–")

            def on_progress(done: int, total: int) -> None:
                elapsed = progress.tasks[task].elapsed or 0
                rate = f"{done / elapsed:.1f}" if elapsed and done else "–"
                progress.update(task, completed=done, total=total, rate=rate)

            report = kb.ingest(paths, confidential=confidential, on_progress=on_progress, engine=cluster)
        if as_json:
            print_json(report.to_json())
        else:
            _render_report(report)
    if report.failed:
        raise typer.Exit(1)


def _render_report(report) -> None:
    table = Table(title="ingest summary", show_header=True)
    table.add_column("outcome")
    table.add_column("documents", justify="right")
    table.add_row("ingested", str(len(report.ingested)))
    table.add_row("replaced (changed content)", str(len(report.replaced)))
    table.add_row("unchanged", str(len(report.unchanged)))
    table.add_row("failed", str(len(report.failed)), style="red" if report.failed else None)
    console.print(table)
    for origin, reason in report.warnings:
        err_console.print(f"[yellow]warning:[/yellow] {one_line(origin)}: {one_line(reason)}")
    for origin, reason in report.failed:
        err_console.print(f"[red]failed:[/red] {one_line(origin)}: {one_line(reason)}")


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, folders (read recursively) or globs.")],
    db: DbOption = DEFAULT_DB_PATH,
    confidential: Annotated[bool, typer.Option(help="Mark these documents confidential.")] = False,
    processes: Annotated[int | None, typer.Option(
        min=1, max=4096, help="Worker processes for NLP (1 by default; with --engine ray, Ray actors: "
                              "one per CPU of the cluster by default).")] = None,
    batch_size: Annotated[int, typer.Option(min=1, max=1000, help="Documents per NLP batch.")] = 16,
    model: Annotated[
        str | None, typer.Option(envvar="SHABAKA_MODEL", help="spaCy model name or path.")
    ] = None,
    pack: Annotated[list[Path] | None, typer.Option(help="Extra domain pack YAML (repeatable).")] = None,
    no_default_packs: Annotated[bool, typer.Option(help="Leave out the built-in Iraq pack.")] = False,
    max_bytes: Annotated[int | None, typer.Option(help="Largest file accepted, in bytes.")] = None,
    engine: Annotated[Engine, typer.Option(
        help="Where the NLP runs: here, or on a Ray cluster (pip install 'shabaka[scale]').")]
    = Engine.local,
    address: Annotated[str | None, typer.Option(
        help="The Ray cluster to join ('auto', 'ray://head:10001'); a local one is started without it.")]
    = None,
    as_json: JsonOption = False,
) -> None:
    """Read documents into the knowledge base: extract, resolve, store.

    Example: shabaka ingest ~/reporting/ 'notes/*.md' --confidential
    On a cluster: shabaka ingest archive/ --engine ray --address auto
    Exit status 0 if every input was read, 1 if any failed.
    """
    _run_ingest(paths, db, confidential=confidential, processes=processes, batch_size=batch_size,
                model=model, packs=pack or [], no_default_packs=no_default_packs, max_bytes=max_bytes,
                as_json=as_json, engine=engine.value, address=address)


@app.command()
def demo(
    db: DbOption = DEFAULT_DB_PATH,
    serve: Annotated[bool | None, typer.Option(
        "--serve/--no-serve",
        help="Start the web workbench afterwards (the default, wherever it is run; not with --json).")]
    = None,
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port of the workbench.")] = 8765,
    as_json: JsonOption = False,
) -> None:
    """Ingest the bundled example corpus, show what Shabaka found, and open the workbench.

    Example: shabaka demo --db demo.db --port 8765
    The workbench listens on 127.0.0.1 only; --no-serve just ingests and summarises.
    """
    if not EXAMPLES.is_dir():
        raise UsageError(f"the example corpus is not at {EXAMPLES}; run from a clone of the repository")
    if serve is None:
        serve = not as_json  # a script, nohup or an IDE gets the server too: what the README promises
    if serve:
        from shabaka.cli.serve import DEFAULT_HOST, check_port

        check_port(DEFAULT_HOST, port)  # before the ingest: refuse at once, on stderr, non-zero
    try:
        _run_ingest([str(EXAMPLES)], db, confidential=False, processes=1, batch_size=16, model=None,
                    packs=[], no_default_packs=False, max_bytes=None, as_json=as_json)
    finally:
        if not as_json:
            from shabaka.cli.browse import render_stats

            render_stats(db)
    sys.stdout.flush()
    if serve:
        from shabaka.cli.serve import run_server

        run_server(db, port=port)
    elif not as_json:
        console.print(f"open the workbench with: shabaka serve --db {esc(db)}")
