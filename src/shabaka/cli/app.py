"""The typer application. Every module of this package that defines commands
registers them on `app` when imported; all are imported here, so adding a
command group is adding a module."""

from __future__ import annotations

import importlib
import pkgutil

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

_SUPPORT = {"app", "common"}


def _register_commands() -> None:
    import shabaka.cli as package

    for module in sorted(m.name for m in pkgutil.iter_modules(package.__path__)):
        if module not in _SUPPORT:
            importlib.import_module(f"shabaka.cli.{module}")


_register_commands()
