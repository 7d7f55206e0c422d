"""Options and rendering helpers every command shares."""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from shabaka.config import DEFAULT_DB, Settings, db_location
from shabaka.store.pg import is_url, redact

console = Console(highlight=False)
# soft_wrap: an error is one line however long, so a script reading stderr gets it whole
err_console = Console(stderr=True, highlight=False, soft_wrap=True)
# Control characters (newlines, terminal escapes) and line separators: escaped when printed.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")

DbOption = Annotated[
    Path, typer.Option("--db", envvar="SHABAKA_DB", parser=db_location, show_default=True,
                       help="Knowledge base file, or a postgresql://user@host/dbname URL.")
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print machine-readable JSON.")]
DEFAULT_DB_PATH = Path(DEFAULT_DB)


def settings_for(db: Path, **options: Any) -> Settings:
    settings = Settings(**{k: v for k, v in options.items() if v is not None})
    settings.db = db
    return settings


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


def print_table(columns: Sequence[str], rows: Iterable[Sequence[Any]], title: str | None = None) -> None:
    """A rich table; cells must already be escaped where they hold untrusted text. An "id"
    column is never cut: a user types it back."""
    table = Table(title=title)
    for column in columns:
        table.add_column(column, no_wrap=column == "id")
    for row in rows:
        table.add_row(*("" if cell is None else str(cell) for cell in row))
    console.print(table)


def esc(value: Any) -> str:
    """Document text and names are untrusted: never let them act as rich markup."""
    return escape("" if value is None else str(value))


def one_line(value: Any) -> str:
    """A file name or message for one line of output: a newline in it cannot forge a second
    line, a terminal escape code is shown, not obeyed; also escaped for rich."""
    text = _CONTROL.sub(lambda m: repr(m.group())[1:-1], "" if value is None else str(value))
    return escape(text)


def require_kb(db: Path | str) -> None:
    """Refuse a knowledge base file that is not there (a PostgreSQL database is checked on opening)."""
    from shabaka.errors import StoreError

    if not is_url(db) and not Path(db).exists():
        raise StoreError(f"{db}: no knowledge base here; run 'shabaka ingest PATH' or 'shabaka demo' first")


def kb_location(db: Path | str) -> str:
    """Where the knowledge base is, for output: a URL without its password."""
    return esc(redact(str(db)))


def open_kb(db: Path, *, must_exist: bool = True):
    from shabaka.kb import KnowledgeBase

    if must_exist:
        require_kb(db)
    return KnowledgeBase(settings_for(db))
