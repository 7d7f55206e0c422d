"""Safety rules: loopback by default, the token, read-only mode, cross-site changes, headers."""

from __future__ import annotations

import re

import pytest

from shabaka.serve import create_app
from shabaka.serve.security import SESSION_COOKIE, local_path
from tests.serve.conftest import client_for, settings_for

TOKEN = "test-token-0123456789"
CHANGE = {"X-Shabaka-Request": "1"}
RENAME = {"entity": "iran", "name": "Islamic Republic of Iran"}


@pytest.fixture(scope="module")
def token_client(module_db):
    with client_for(create_app(settings_for(module_db), token=TOKEN), follow_redirects=False) as c:
        yield c


@pytest.fixture
def tc(token_client):
    """The token-guarded workbench's client, logged out."""
    token_client.cookies.clear()
    return token_client


@pytest.fixture(scope="module")
def ro(module_db):
    with client_for(create_app(settings_for(module_db), read_only=True)) as c:
        yield c


# ---- loopback only, without a token -----------------------------------------------------------------

@pytest.mark.parametrize("host", ["127.0.0.1:8765", "localhost:8765", "localhost", "[::1]:8765", "127.0.0.2"])
def test_loopback_host_names_are_answered(client, host):
    assert client.get("/api/stats", headers={"host": host}).status_code == 200


@pytest.mark.parametrize("host", ["evil.example", "evil.example:8765", "192.168.1.10:8765", "0.0.0.0:8765",
                                  "127.0.0.1.evil.example"])
def test_other_host_names_are_refused_without_a_token(client, host):
    """A page on another site cannot reach the workbench by DNS rebinding."""
    response = client.get("/api/stats", headers={"host": host})
    assert response.status_code == 403
    assert "127.0.0.1" in response.json()["message"]


# ---- the token --------------------------------------------------------------------------------------

def test_without_the_token_the_api_is_401(tc):
    response = tc.get("/api/stats")
    assert response.status_code == 401
    assert response.json()["error"] == "Unauthorized"
    assert response.headers["www-authenticate"].startswith("Bearer")
    assert tc.get("/api/stats", headers={"Authorization": "Bearer wrong"}).status_code == 401
    assert tc.get("/api/stats", headers={"Authorization": TOKEN}).status_code == 401
    for name, value in (("Authorization", "Bearer tok\u00e9n"), ("Cookie", f"{SESSION_COOKIE}=\u00e9")):
        assert tc.get("/api/stats", headers={name: value.encode("latin-1")}).status_code == 401
    for near in (TOKEN[:-1], TOKEN + "0", TOKEN.upper(), ""):  # only the token itself opens it
        assert tc.get("/api/stats", headers={"Authorization": f"Bearer {near}"}).status_code == 401, near
    tc.cookies.set(SESSION_COOKIE, TOKEN)  # the cookie holds a value derived from the token, never the token
    assert tc.get("/api/stats").status_code == 401
    tc.cookies.clear()
    assert tc.get("/api/stats", headers={"Authorization": f"Bearer {TOKEN}"}).status_code == 200


def test_with_a_token_any_host_name_is_answered(tc):
    headers = {"Authorization": f"Bearer {TOKEN}", "host": "203.0.113.7:8765"}
    assert tc.get("/api/stats", headers=headers).status_code == 200


def test_pages_redirect_to_the_login_form(tc):
    response = tc.get("/graph?focus=iran")
    assert response.status_code == 303
    assert response.headers["location"] == "/login?next=%2Fgraph%3Ffocus%3Diran"
    assert tc.get("/graph").headers["location"] == "/login?next=%2Fgraph"
    form = tc.get("/login?next=/graph")
    assert form.status_code == 200 and 'name="token"' in form.text
    assert tc.get("/static/app.css").status_code == 200  # the login page needs its style


def test_login_sets_a_session_cookie_that_is_not_the_token(tc):
    wrong = tc.post("/login", data={"token": "nope", "next": "/graph"})
    assert wrong.status_code == 401 and "not this workbench" in wrong.text
    assert tc.get("/api/stats").status_code == 401
    right = tc.post("/login", data={"token": TOKEN, "next": "/graph"})
    assert right.status_code == 303 and right.headers["location"] == "/graph"
    cookie = right.headers["set-cookie"]
    assert cookie.startswith(f"{SESSION_COOKIE}=") and TOKEN not in cookie
    assert "httponly" in cookie.lower() and "samesite=strict" in cookie.lower()
    assert tc.get("/api/stats").status_code == 200
    assert tc.get("/api/session").json()["auth"] is True
    assert tc.get("/graph").status_code == 200
    out = tc.post("/logout")
    assert out.status_code == 303
    tc.cookies.clear()
    assert tc.get("/api/stats").status_code == 401


@pytest.mark.parametrize("target", ["//evil.example/", "https://evil.example/", "/\\evil.example",
                                    "javascript:alert(1)", "evil"])
def test_login_never_redirects_to_another_site(tc, target):
    assert local_path(target) == "/"
    response = tc.post("/login", data={"token": TOKEN, "next": target})
    assert response.headers["location"] == "/"


def test_login_form_escapes_the_next_parameter(tc):
    page = tc.get('/login?next=/"><script>alert(1)</script>').text
    assert "<script>alert(1)</script>" not in page


# ---- read-only mode -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("route", "body"), [
    ("/api/judgements/merge", {"source": "iraq", "target": "iran"}),
    ("/api/judgements/split", {"entity": "iran", "names": ["Iran"]}),
    ("/api/judgements/rename", RENAME),
    ("/api/judgements/retype", {"entity": "iran", "type": "PLACE"}),
    ("/api/judgements/distinct", {"a": "iraq", "b": "iran"}),
    ("/api/judgements/undo", {}),
    ("/api/judgements/accept", {"claim": "0123abcd"}),
    ("/api/judgements/reject", {"claim": "0123abcd"}),
    ("/api/judgements/event-merge", {"report": "0123abcd", "into": "4567abcd"}),
    ("/api/judgements/event-split", {"report": "0123abcd"}),
    ("/api/judgements/event-detach", {"report": "0123abcd", "sentence": 1}),
])
def test_read_only_refuses_every_change(ro, route, body):
    response = ro.post(route, json=body, headers=CHANGE)
    assert response.status_code == 403
    assert "read-only" in response.json()["message"]
    for method in (ro.put, ro.delete, ro.patch):
        assert method(route, headers=CHANGE).status_code == 403


def test_read_only_still_reads_and_says_so(ro):
    assert ro.get("/api/entities/iran").status_code == 200
    session = ro.get("/api/session").json()
    assert (session["role"], session["read_only"]) == ("viewer", True)


# ---- changes from other sites ---------------------------------------------------------------------------

def test_a_change_needs_the_request_header(client):
    response = client.post("/api/judgements/rename", json=RENAME)
    assert response.status_code == 403
    assert "X-Shabaka-Request" in response.json()["message"]


def test_a_cross_site_form_post_is_refused(client):
    response = client.post("/api/judgements/rename", data=RENAME,
                           headers={"Origin": "https://evil.example", **CHANGE})
    assert response.status_code == 403
    assert "another site" in response.json()["message"]
    opaque = client.post("/api/judgements/rename", json=RENAME, headers={"Origin": "null", **CHANGE})
    assert opaque.status_code == 403


@pytest.mark.parametrize("origin", ["http://127.0.0.1:9999", "http://127.0.0.1", "http://localhost:8765",
                                    "http://127.0.0.1:8765.evil.example"])
def test_a_change_from_another_port_is_refused(client, origin):
    """Another program on this machine (another port) is another site too; the scheme is not
    compared, so a TLS proxy in front keeps working."""
    response = client.post("/api/judgements/rename", json=RENAME, headers={"Origin": origin, **CHANGE})
    if response.status_code == 200:  # leave the next test a clean knowledge base
        client.post("/api/judgements/undo", json={}, headers=CHANGE)
    assert response.status_code == 403, origin
    assert "another site" in response.json()["message"]


def test_a_same_origin_change_is_accepted_and_undone(client):
    response = client.post("/api/judgements/rename", json=RENAME,
                           headers={"Origin": "http://127.0.0.1:8765", **CHANGE})
    assert response.status_code == 200, response.text
    assert client.post("/api/judgements/undo", json={}, headers=CHANGE).status_code == 200
    assert client.get("/api/entities/iran").json()["entity"]["name"] == "Iran"


def test_the_bearer_token_is_enough_for_a_change(tc):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    assert tc.post("/api/judgements/rename", json=RENAME, headers=auth).status_code == 200
    assert tc.post("/api/judgements/undo", json={}, headers=auth).status_code == 200


# ---- headers and what pages load ------------------------------------------------------------------------

@pytest.mark.parametrize("url", ["/", "/entity/iran", "/graph", "/api/stats", "/api/entities/nobody_at_all",
                                 "/static/app.css", "/static/vendor/cytoscape/cytoscape.min.js", "/nothing"])
def test_every_response_carries_the_security_headers(client, url):
    headers = client.get(url).headers
    csp = headers["content-security-policy"]
    assert "default-src 'none'" in csp and "script-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["x-frame-options"] == "DENY"
    assert headers["referrer-policy"] == "no-referrer"


def test_api_answers_are_not_cached(client):
    assert client.get("/api/entities/iran").headers["cache-control"] == "no-store"


@pytest.mark.parametrize("page", ["/", "/entity/iran", "/document/x", "/graph", "/timeline", "/whatif",
                                  "/review", "/api/docs"])
def test_page_shells_load_only_local_files_and_no_inline_script(client, page):
    html = client.get(page).text
    assert re.findall(r"<script(?![^>]*\bsrc=)[^>]*>", html) == []
    assert not re.search(r"\bon[a-z]+\s*=", html)
    assert "style=" not in html
    for url in re.findall(r'(?:src|href)="([^"]+)"', html):
        assert url.startswith("/"), url
        assert client.get(url.split("?")[0]).status_code in (200, 308), url


def test_vendored_code_comes_with_its_licence(client):
    assert "Cytoscape Consortium" in client.get("/static/vendor/cytoscape/LICENSE").text


def test_wrong_tokens_are_rate_limited_per_address(module_db):
    now = [1000.0]
    app = create_app(settings_for(module_db), token=TOKEN)
    app.state.attempts.clock = lambda: now[0]
    with client_for(app, follow_redirects=False) as c:
        limit = app.state.attempts.MAX_FAILURES
        for i in range(limit):
            guess = {"token": f"guess-{i}", "next": "/"} if i % 2 else None
            wrong = c.post("/login", data=guess) if guess else c.get(
                "/api/stats", headers={"Authorization": f"Bearer guess-{i}"})
            assert wrong.status_code == 401
        # locked out: even the right token waits, by the form or the header
        refused = c.post("/login", data={"token": TOKEN, "next": "/"})
        assert refused.status_code == 429 and "too many wrong tokens" in refused.json()["message"]
        assert int(refused.headers["retry-after"]) > 0
        assert c.get("/api/stats", headers={"Authorization": f"Bearer {TOKEN}"}).status_code == 429
        now[0] += app.state.attempts.WINDOW_S + 1
        assert c.get("/api/stats", headers={"Authorization": f"Bearer {TOKEN}"}).status_code == 200
        assert c.post("/login", data={"token": TOKEN, "next": "/"}).status_code == 303


def test_the_lockout_is_ten_wrong_tokens_within_one_minute(module_db):
    """The README's numbers: nine wrong tokens in a minute still let the right one through, the
    tenth locks the address, and the lock ends when the first of the ten is a minute old."""
    now = [1000.0]
    app = create_app(settings_for(module_db), token=TOKEN)
    app.state.attempts.clock = lambda: now[0]

    def stats(token: str) -> int:
        return c.get("/api/stats", headers={"Authorization": f"Bearer {token}"}).status_code

    with client_for(app, follow_redirects=False) as c:
        for i in range(9):  # spread over 52 s
            now[0] = 1000.0 + 6.5 * i
            assert stats(f"guess-{i}") == 401
        assert stats(TOKEN) == 200
        now[0] = 1058.5
        assert stats("guess-9") == 401
        locked = c.get("/api/stats", headers={"Authorization": f"Bearer {TOKEN}"})
        assert locked.status_code == 429 and 1 <= int(locked.headers["retry-after"]) <= 2
        now[0] = 1060.5  # the first wrong token is now over a minute old
        assert stats(TOKEN) == 200


def test_errors_keep_their_status_and_one_json_shape(client):
    """A missing entity is 404 and a bad change 400, never a generic 500, and no trace leaks."""
    missing = client.get("/api/entities/nobody_at_all")
    bad = client.post("/api/judgements/retype", json={"entity": "iran", "type": "ROBOT"}, headers=CHANGE)
    for response, status in ((missing, 404), (bad, 400)):
        body = response.json()
        assert (response.status_code, body["status"]) == (status, status), body
        assert body["message"] and "Traceback" not in response.text


def test_an_unexpected_failure_is_a_json_500_with_the_headers_and_no_trace(app, monkeypatch):
    from shabaka.serve import api

    def broken(conn):
        raise RuntimeError("secret detail /home/analyst/kb.db")

    monkeypatch.setattr(api.queries, "stats", broken)
    with client_for(app, raise_server_exceptions=False) as c:
        response = c.get("/api/stats")
    assert response.status_code == 500
    assert response.json()["error"] == "InternalError"
    assert "secret detail" not in response.text and "Traceback" not in response.text
    assert response.headers["x-frame-options"] == "DENY"
