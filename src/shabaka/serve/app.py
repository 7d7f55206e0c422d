"""The web workbench and JSON API as one FastAPI application.

`create_app` opens the knowledge base once and wires the guard (security.py),
the API (api.py), the page shells (pages.py) and the vendored static files
together. Errors are mapped to HTTP here and only here: Shabaka's own errors by
their `http_status`, bad parameters as 400, and each answer is JSON with a
message that says what to fix, never a stack trace.
"""

from __future__ import annotations

import html
import logging
from contextlib import asynccontextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from shabaka import __version__
from shabaka.errors import ShabakaError
from shabaka.serve import api, pages
from shabaka.serve.security import Attempts, Guard, error_status
from shabaka.serve.state import Workbench

if TYPE_CHECKING:
    from shabaka.config import Settings

STATIC = Path(__file__).parent / "static"
log = logging.getLogger("shabaka.serve")


def create_app(settings: Settings, *, token: str | None = None, read_only: bool = False) -> FastAPI:
    """The workbench over the knowledge base at `settings.db`.

    With a `token`, every request must carry it (bearer header or the session
    cookie the login page sets); without one, the app answers only to loopback
    host names. `read_only` refuses every change and opens the knowledge base
    read-only.
    """
    bench = Workbench(settings, read_only=read_only)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        bench.close()

    app = FastAPI(
        title="Shabaka", version=__version__, lifespan=lifespan,
        description="Source-cited actor networks from conflict reporting. Every page of the "
                    "workbench is drawn from these endpoints. Errors come back as "
                    '`{"status", "error", "message"}`.',
        docs_url=None, redoc_url=None, openapi_url="/api/openapi.json",
    )
    app.state.workbench = bench
    app.state.token = token
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    _add_error_handlers(app)
    app.state.attempts = Attempts()  # wrong tokens per client, for the Guard's rate limit
    app.add_middleware(Guard, token=token, read_only=read_only, loopback_only=token is None,
                       attempts=app.state.attempts)
    return app


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api") or "text/html" not in request.headers.get("accept", "")


def _error(request: Request, status: int, kind: str, message: str) -> JSONResponse | HTMLResponse:
    if _wants_json(request):
        return JSONResponse({"status": status, "error": kind, "message": message}, status_code=status)
    body = (f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{status} · Shabaka</title>'
            f'<link rel="stylesheet" href="/static/app.css"></head><body><header class="topbar">'
            f'<a class="brand" href="/">Shabaka</a></header><main class="errorpage"><h1>{status}</h1>'
            f"<p>{html.escape(message)}</p><p><a href=\"/\">Back to search</a></p></main></body></html>")
    return HTMLResponse(body, status_code=status)


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ShabakaError)
    async def shabaka_error(request: Request, exc: ShabakaError):
        status = error_status(exc)
        if status >= 500:
            log.error("%s on %s: %s", type(exc).__name__, request.url.path, exc)
        return _error(request, status, type(exc).__name__, str(exc))

    @app.exception_handler(RequestValidationError)
    async def bad_parameters(request: Request, exc: RequestValidationError):
        problems = []
        for err in exc.errors():
            loc = [str(part) for part in err.get("loc", ()) if part not in ("query", "body", "path")]
            where = ".".join(loc)
            problems.append(f"{where or 'request'}: {err.get('msg', 'invalid')}")
        return _error(request, 400, "UsageError", "bad parameter: " + "; ".join(problems))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        messages = {404: f"nothing at {request.url.path}; the API is described at /api/docs",
                    405: f"{request.method} is not allowed on {request.url.path}"}
        message = messages.get(exc.status_code, str(exc.detail))
        return _error(request, exc.status_code, "HTTPError", message)
