"""The typer application: one module per command group registers its commands."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="shabaka",
    help="Shabaka: source-cited actor networks from conflict reporting.\n\n"
    "Example: shabaka ingest ~/reporting/ && shabaka show 'Kataib Hezbollah'",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
    pretty_exceptions_enable=False,
)

from shabaka.cli import browse, evaluate, ingest  # noqa: E402,F401  (registers commands)
