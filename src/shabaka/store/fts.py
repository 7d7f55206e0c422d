"""Full-text search over documents: the SQLite FTS5 backend.

User queries never reach FTS5 syntax directly: words become quoted terms
(a trailing * keeps prefix search, "double quotes" keep phrases), so no query
can fail to parse or reach into the index's own commands.
"""

from __future__ import annotations

import re
import sqlite3

from shabaka.names import normalize_arabic

_TOKEN = re.compile(r'"([^"]+)"|(\S+)')
_WORD = re.compile(r"\w+", re.UNICODE)
SNIPPET_OPEN, SNIPPET_CLOSE = "\x02", "\x03"


def fts_text(text: str | None) -> str | None:
    """Text as the index holds it: Arabic script in one form however vowelled or spelt
    (harakat, hamza seats, alef forms). The index's tokenizer counts harakat as word
    characters, so the stored text has the same words and snippets stay aligned."""
    return None if text is None else normalize_arabic(text)


def to_match_query(query: str) -> str | None:
    """A safe FTS5 MATCH expression: all terms required, phrases and prefixes kept."""
    query = normalize_arabic(query)
    terms = []
    for phrase, word in _TOKEN.findall(query):
        if phrase:
            words = _WORD.findall(phrase)
            if words:
                terms.append('"' + " ".join(words) + '"')
            continue
        prefix = word.endswith("*")
        for w in _WORD.findall(word):
            terms.append(f'"{w}"' + ("*" if prefix else ""))
    return " AND ".join(terms) if terms else None


def search_documents(conn: sqlite3.Connection, query: str, limit: int = 20,
                     offset: int = 0) -> list[sqlite3.Row]:
    """Ranked matches with a snippet whose hits are marked by \\x02...\\x03."""
    match = to_match_query(query)
    if match is None:
        return []
    return conn.execute(
        f"""SELECT d.id, d.title, d.origin, d.outlet, d.published, d.confidential,
                   snippet(documents_fts, 1, '{SNIPPET_OPEN}', '{SNIPPET_CLOSE}', ' … ', 24) AS snippet,
                   bm25(documents_fts, 5.0, 1.0) AS score
            FROM documents_fts JOIN documents d ON d.seq = documents_fts.rowid
            WHERE documents_fts MATCH ?
            ORDER BY score LIMIT ? OFFSET ?""",
        (match, limit, offset),
    ).fetchall()
