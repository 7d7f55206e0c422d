"""`shabaka serve`: the web workbench and JSON API on this machine (or, with a token, beyond it)."""

from __future__ import annotations

import secrets
from pathlib import Path
from typing import Annotated

import typer

from shabaka.cli.app import app
from shabaka.cli.common import DEFAULT_DB_PATH, DbOption, console, esc, kb_location, require_kb, settings_for
from shabaka.errors import UsageError

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8765


def check_port(host: str, port: int) -> None:
    """Raise UsageError if the address cannot be listened on (another server holds the port)."""
    import socket

    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as error:
            raise UsageError(f"cannot listen on {host}:{port} ({error.strerror or error}); another program "
                             "holds the port: choose one with --port, or stop it") from None


def run_server(db: Path, *, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, token: str | None = None,
               read_only: bool = False, redact: bool = False) -> None:
    """Serve the workbench until interrupted; prints where, and the token when one is needed.

    Listening on anything but a loopback address requires a token: one is
    generated when none is given. `redact` serves, read-only, a redacted copy.
    """
    require_kb(db)
    if redact:
        import tempfile

        from shabaka.serve.redacted import redacted_copy

        with tempfile.TemporaryDirectory(prefix="shabaka-redacted-") as folder:
            copy = redacted_copy(db, Path(folder))
            console.print(f"serving a redacted copy of {kb_location(db)}: no confidential document, "
                          "nothing only they state")
            run_server(copy, host=host, port=port, token=token, read_only=True)
        return
    import uvicorn

    from shabaka.serve import create_app
    from shabaka.serve.security import is_loopback

    generated = False
    if token is not None and not token.strip():
        token = None
    if token is None and not is_loopback(host):
        token, generated = secrets.token_urlsafe(24), True
    application = create_app(settings_for(db), token=token, read_only=read_only)
    shown = f"[{host}]" if ":" in host else host
    url = f"http://{'127.0.0.1' if host in ('0.0.0.0', '::') else shown}:{port}/"
    mode = " (read-only)" if read_only else ""
    console.print(f"Shabaka workbench{mode} on [bold]{esc(url)}[/bold]  —  knowledge base {kb_location(db)}")
    if token is not None:
        where = "generated for this run" if generated else "as given"
        console.print(f"access token ({where}): [bold]{esc(token)}[/bold]")
        console.print(f"log in at {esc(url)}login, or send 'Authorization: Bearer TOKEN' to /api/")
    console.print("API description: " + esc(url) + "api/docs   (Ctrl-C to stop)")
    uvicorn.run(application, host=host, port=port, log_level="warning", access_log=False,
                server_header=False, proxy_headers=False)


@app.command()
def serve(
    db: DbOption = DEFAULT_DB_PATH,
    host: Annotated[str, typer.Option(help="Address to listen on; anything but loopback needs a token.")]
    = DEFAULT_HOST,
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = DEFAULT_PORT,
    token: Annotated[str | None, typer.Option(envvar="SHABAKA_TOKEN", help=(
        "Access token to require (generated when listening beyond this machine and none is given)."))]
    = None,
    read_only: Annotated[bool, typer.Option("--read-only", help="Refuse every change (judgements).")] = False,
    redact: Annotated[bool, typer.Option("--redact", help=(
        "Serve, read-only, a copy without confidential documents or anything only they state."))] = False,
) -> None:
    """Serve the web workbench and the JSON API (OpenAPI at /api/docs).

    Example: shabaka serve --db shabaka.db --port 8765
    Binds to 127.0.0.1 unless --host says otherwise; then a token is required.
    """
    run_server(db, host=host, port=port, token=token, read_only=read_only, redact=redact)
