"""The `shabaka` command line: thin wrappers that parse, call the library and render."""

from __future__ import annotations

import sys

from shabaka.cli.app import app
from shabaka.errors import ShabakaError


def main() -> None:
    """Entry point: runs the typer app and maps Shabaka's errors to exit codes in one place."""
    import logging

    from shabaka.cli.common import err_console, one_line

    # pypdf logs its own complaints about broken files; ours name the file in one line
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        app()  # usage errors exit 2 inside click; ours come out as exceptions
    except ShabakaError as exc:
        err_console.print(f"[red]error:[/red] {one_line(exc)}", markup=True, highlight=False)
        sys.exit(exc.exit_code)
