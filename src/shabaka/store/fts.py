"""Full-text search over documents: the SQLite FTS5 backend.

User queries never reach FTS5 syntax directly: words become quoted terms
(a trailing * keeps prefix search, "double quotes" keep phrases), so no query
can fail to parse or reach into the index's own commands. Every query's work is
bounded: a few terms, prefixes of some length, and a time budget, past which the
query is refused (UsageError, HTTP 400) rather than holding a core.
"""

from __future__ import annotations

import re
import sqlite3
import time

from shabaka.errors import UsageError
from shabaka.names import normalize_arabic

_TOKEN = re.compile(r'"([^"]+)"|(\S+)')
_WORD = re.compile(r"\w+", re.UNICODE)
SNIPPET_OPEN, SNIPPET_CLOSE = "\x02", "\x03"
MAX_TERMS = 12
MAX_PREFIXES = 3
MIN_PREFIX = 3  # "a*" would expand to most of the index
BUDGET_S = 1.0
_CHECK_EVERY = 1_000  # SQLite VM steps between looks at the clock


def fts_text(text: str | None) -> str | None:
    """Text as the index holds it: Arabic script in one form however vowelled or spelt
    (harakat, hamza seats, alef forms). The index's tokenizer counts harakat as word
    characters, so the stored text has the same words and snippets stay aligned."""
    return None if text is None else normalize_arabic(text)


def to_match_query(query: str) -> str | None:
    """A safe FTS5 MATCH expression: all terms required, phrases and prefixes kept.

    Raises UsageError for a query too costly to run: too many terms or prefixes, or a
    prefix shorter than MIN_PREFIX.
    """
    query = normalize_arabic(query)
    terms: list[str] = []
    for phrase, word in _TOKEN.findall(query):
        if phrase:
            words = _WORD.findall(phrase)
            if words:
                terms.append('"' + " ".join(words) + '"')
            continue
        prefix = word.endswith("*")
        for w in _WORD.findall(word):
            if prefix and len(w) < MIN_PREFIX:
                raise UsageError(f"the prefix {w}* is too short to search for; "
                                 f"give at least {MIN_PREFIX} letters before the *")
            terms.append(f'"{w}"' + ("*" if prefix else ""))
    terms = list(dict.fromkeys(terms))
    words = sum(len(t.split()) for t in terms)
    if words > MAX_TERMS:
        raise UsageError(f"the search has {words} words; use at most {MAX_TERMS}")
    if sum(t.endswith("*") for t in terms) > MAX_PREFIXES:
        raise UsageError(f"the search has more than {MAX_PREFIXES} prefix terms (word*); use fewer")
    return " AND ".join(terms) if terms else None


def search_documents(conn: sqlite3.Connection, query: str, limit: int = 20,
                     offset: int = 0, budget: float = BUDGET_S) -> list[sqlite3.Row]:
    """Ranked matches with a snippet whose hits are marked by \\x02...\\x03.

    A query still running after `budget` seconds is stopped and refused with a UsageError.
    """
    match = to_match_query(query)
    if match is None:
        return []
    deadline = time.monotonic() + budget
    conn.set_progress_handler(lambda: time.monotonic() > deadline, _CHECK_EVERY)
    try:
        return _ranked(conn, match, limit, offset)
    except sqlite3.OperationalError as exc:
        if "interrupted" not in str(exc):
            raise
        raise UsageError("the search took too long; use fewer, longer or more specific words") from None
    finally:
        conn.set_progress_handler(None, _CHECK_EVERY)


def _ranked(conn: sqlite3.Connection, match: str, limit: int, offset: int) -> list[sqlite3.Row]:
    return conn.execute(
        f"""SELECT d.id, d.title, d.origin, d.outlet, d.published, d.confidential,
                   snippet(documents_fts, 1, '{SNIPPET_OPEN}', '{SNIPPET_CLOSE}', ' … ', 24) AS snippet,
                   bm25(documents_fts, 5.0, 1.0) AS score
            FROM documents_fts JOIN documents d ON d.seq = documents_fts.rowid
            WHERE documents_fts MATCH ?
            ORDER BY score LIMIT ? OFFSET ?""",
        (match, limit, offset),
    ).fetchall()
