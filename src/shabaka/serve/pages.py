"""The workbench's pages: static HTML shells, each loading one script that draws the page
from the JSON API (its "JSON twin"), plus the login form.

No page holds data from the knowledge base, so nothing untrusted is ever
rendered by the server; the scripts insert every name and sentence as text.
"""

from __future__ import annotations

import html
from functools import cache
from pathlib import Path
from string import Template
from urllib.parse import parse_qs

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from shabaka.serve.security import SESSION_COOKIE, local_path, session_value

HERE = Path(__file__).parent
TEMPLATES = HERE / "templates"
MAX_FORM_BYTES = 4096

# page name -> (title, its scripts, extra <head> lines); every value is a constant of ours
CYTOSCAPE = (
    # The id stops cytoscape from injecting a <style> element, which the CSP would refuse.
    '<link rel="stylesheet" id="__________cytoscape_stylesheet" '
    'href="/static/vendor/cytoscape/container.css">',
    '<script src="/static/vendor/cytoscape/cytoscape.min.js" defer></script>',
    '<script src="/static/vendor/fcose/layout-base.js" defer></script>',
    '<script src="/static/vendor/fcose/cose-base.js" defer></script>',
    '<script src="/static/vendor/fcose/cytoscape-fcose.js" defer></script>',
)
LEAFLET = (
    '<link rel="stylesheet" href="/static/vendor/leaflet/leaflet.css">',
    '<link rel="stylesheet" href="/static/map.css">',
    '<script src="/static/vendor/leaflet/leaflet.js" defer></script>',
)
PAGES: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "search": ("Search", ("search.js",), ()),
    "entity": ("Profile", ("entity.js",), ()),
    "document": ("Document", ("document.js",), ()),
    "graph": ("Graph", ("graphview.js", "graph.js"), CYTOSCAPE),
    "timeline": ("Timeline", ("timeline.js",), ()),
    "map": ("Map", ("map.js",), LEAFLET),
    "whatif": ("What-if", ("graphview.js", "whatif.js"), CYTOSCAPE),
    "keyplayers": ("Key players", ("keyplayers.js",), ()),
    "audit": ("Audit", ("audit.js",), ()),
    "review": ("Review", ("review.js",), ()),
    "apidocs": ("API", ("apidocs.js",), ()),
}

router = APIRouter(include_in_schema=False)


@cache
def _template(name: str) -> Template:
    return Template((TEMPLATES / name).read_text(encoding="utf-8"))


@cache
def shell(page: str) -> str:
    title, scripts, head = PAGES[page]
    links = [line for line in head if line.startswith("<link")]
    vendor = [line for line in head if line.startswith("<script")]
    own = [f'<script src="/static/js/{name}" defer></script>' for name in scripts]
    return _template("page.html").substitute(
        title=title, page=page, head="\n".join(links), scripts="\n".join([*vendor, *own]))


def _page(page: str) -> HTMLResponse:
    return HTMLResponse(shell(page))


@router.get("/")
def search_page() -> HTMLResponse:
    return _page("search")


@router.get("/entity/{ref}")
def entity_page(ref: str) -> HTMLResponse:
    return _page("entity")


@router.get("/document/{ref}")
def document_page(ref: str) -> HTMLResponse:
    return _page("document")


@router.get("/graph")
def graph_page() -> HTMLResponse:
    return _page("graph")


@router.get("/timeline")
def timeline_page() -> HTMLResponse:
    return _page("timeline")


@router.get("/map")
def map_page() -> HTMLResponse:
    return _page("map")


@router.get("/whatif")
def whatif_page() -> HTMLResponse:
    return _page("whatif")


@router.get("/keyplayers")
def keyplayers_page() -> HTMLResponse:
    return _page("keyplayers")


@router.get("/audit")
def audit_page() -> HTMLResponse:
    return _page("audit")


@router.get("/review")
def review_page() -> HTMLResponse:
    return _page("review")


@router.get("/api/docs")
def api_docs_page() -> HTMLResponse:
    return _page("apidocs")


@router.get("/favicon.ico")
def favicon() -> Response:
    return RedirectResponse("/static/favicon.svg", status_code=308)


def login_form(next_path: str, message: str = "", status: int = 200) -> HTMLResponse:
    notice = f'<p class="error">{html.escape(message)}</p>' if message else ""
    body = _template("login.html").substitute(next=html.escape(local_path(next_path), quote=True),
                                              message=notice)
    return HTMLResponse(body, status_code=status)


@router.get("/login")
def login_page(request: Request) -> HTMLResponse:
    if request.app.state.token is None:
        return RedirectResponse("/", status_code=303)  # type: ignore[return-value]
    return login_form(request.query_params.get("next", "/"))


@router.post("/login")
async def login(request: Request) -> Response:
    """Check the token from the form; on success set the session cookie and go where the user was going."""
    import hmac

    token: str | None = request.app.state.token
    if token is None:
        return RedirectResponse("/", status_code=303)
    body = await request.body()
    if len(body) > MAX_FORM_BYTES:
        return login_form("/", "The form was too large.", status=413)
    form = parse_qs(body.decode("utf-8", "replace"), max_num_fields=4)
    given = (form.get("token") or [""])[0].strip()
    next_path = local_path((form.get("next") or ["/"])[0])
    if not hmac.compare_digest(given.encode(), token.encode()):
        return login_form(next_path, "That token is not this workbench's token.", status=401)
    response = RedirectResponse(next_path, status_code=303)
    response.set_cookie(SESSION_COOKIE, session_value(token), httponly=True, samesite="strict", path="/",
                        secure=request.url.scheme == "https")
    return response


@router.post("/logout")
def logout() -> Response:
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response
