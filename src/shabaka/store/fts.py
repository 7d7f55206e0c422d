"""Full-text search over documents: FTS5 on SQLite, a tsvector with a GIN index on PostgreSQL.

User queries never reach either engine's syntax directly: words become quoted terms
(a trailing * keeps prefix search, "double quotes" keep phrases, every term is
required), so no query can fail to parse or reach into the index's own commands, and
one query finds the same documents on both. Arabic script is normalised before
indexing on both (`fts_text`). On PostgreSQL the words are cut here, as FTS5's
unicode61 tokenizer cuts them (harakat and combining marks inside words, Latin
diacritics folded), and the tsvector is built from them, so the two backends agree
on what a word is; its snippet is cut here from the hits' offsets in the stored text.
Every query's work is bounded: a few terms, prefixes of some length, and a time
budget, past which the query is refused (UsageError, HTTP 400) rather than holding a core.
"""

from __future__ import annotations

import re
import sqlite3
import time
import unicodedata

from shabaka.errors import UsageError
from shabaka.names import normalize_arabic
from shabaka.store.pg import dialect
from shabaka.store.schema import HARAKAT

_TOKEN = re.compile(r'"([^"]+)"|(\S+)')
_WORD = re.compile(r"\w+", re.UNICODE)
# a word as FTS5 (unicode61, harakat as token characters) reads one in the stored text
_INDEX_WORD = re.compile(rf"[\w\u0300-\u036f{HARAKAT}]+", re.UNICODE)
SNIPPET_OPEN, SNIPPET_CLOSE = "\x02", "\x03"
SNIPPET_WORDS = 24
MAX_TERMS = 12
MAX_PREFIXES = 3
MIN_PREFIX = 3  # "a*" would expand to most of the index
BUDGET_S = 1.0
_CHECK_EVERY = 1_000  # SQLite VM steps between looks at the clock
_MAX_POSITION = 16_383  # PostgreSQL keeps no word position past this
_MAX_LEXEME_BYTES = 2_000
_MAX_TSVECTOR_BYTES = 900_000  # under PostgreSQL's 1 MB per tsvector


def fts_text(text: str | None) -> str | None:
    """Text as the index holds it: Arabic script in one form however vowelled or spelt
    (harakat, hamza seats, alef forms). The index's tokenizer counts harakat as word
    characters, so the stored text has the same words and snippets stay aligned."""
    return None if text is None else normalize_arabic(text)


def _terms(query: str) -> list[tuple[tuple[str, ...], bool]]:
    """The query's terms, each (its words, whether a prefix), all to be required.

    Raises UsageError for a query too costly to run: too many terms or prefixes, or a
    prefix shorter than MIN_PREFIX.
    """
    query = normalize_arabic(query)
    terms: list[tuple[tuple[str, ...], bool]] = []
    for phrase, word in _TOKEN.findall(query):
        if phrase:
            words = tuple(_WORD.findall(phrase))
            if words:
                terms.append((words, False))
            continue
        prefix = word.endswith("*")
        for w in _WORD.findall(word):
            if prefix and len(w) < MIN_PREFIX:
                raise UsageError(f"the prefix {w}* is too short to search for; "
                                 f"give at least {MIN_PREFIX} letters before the *")
            terms.append(((w,), prefix))
    terms = list(dict.fromkeys(terms))
    words = sum(len(t[0]) for t in terms)
    if words > MAX_TERMS:
        raise UsageError(f"the search has {words} words; use at most {MAX_TERMS}")
    if sum(prefix for _, prefix in terms) > MAX_PREFIXES:
        raise UsageError(f"the search has more than {MAX_PREFIXES} prefix terms (word*); use fewer")
    return terms


def to_match_query(query: str) -> str | None:
    """A safe FTS5 MATCH expression: all terms required, phrases and prefixes kept."""
    terms = ['"' + " ".join(words) + '"' + ("*" if prefix else "") for words, prefix in _terms(query)]
    return " AND ".join(terms) if terms else None


def _lexeme(word: str) -> str:
    """A word as the PostgreSQL index holds it: normalised, lowercased, Latin diacritics gone."""
    decomposed = unicodedata.normalize("NFKD", normalize_arabic(word).lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _quoted(lexeme: str) -> str:
    return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'"


def to_tsquery(query: str) -> str | None:
    """The same query as a PostgreSQL tsquery (passed as a value, never parsed as text search)."""
    parts = []
    for words, prefix in _terms(query):
        lexemes = [_lexeme(w) for w in words]
        parts.append(" <-> ".join(_quoted(x) for x in lexemes if x) + (":*" if prefix else ""))
    parts = [p for p in parts if p and p != ":*"]
    return " & ".join(parts) if parts else None


def tsvector(title: str | None, text: str | None) -> str:
    """A document's words as a tsvector value: the title's weighted A, the text's B."""
    positions: dict[str, list[str]] = {}
    position = 0
    for weight, field in (("A", title or ""), ("B", text or "")):
        for match in _INDEX_WORD.finditer(field):
            position += 1
            lexeme = _lexeme(match.group())
            if not lexeme or len(lexeme.encode()) > _MAX_LEXEME_BYTES:
                continue
            at = positions.setdefault(lexeme, [])
            if position <= _MAX_POSITION and len(at) < 256:
                at.append(f"{position}{weight}")
    out, size = [], 0
    for lexeme, at in positions.items():
        item = _quoted(lexeme) + (":" + ",".join(at) if at else "")
        size += len(item.encode()) + 8
        if size > _MAX_TSVECTOR_BYTES:  # a text of millions of words: its rarest words go unindexed
            break
        out.append(item)
    return " ".join(out)


def index_document(conn: sqlite3.Connection, doc_id: str, title: str | None, text: str | None) -> None:
    """Index a document just stored (PostgreSQL; on SQLite a trigger does it)."""
    if dialect(conn) == "postgresql":
        conn.execute("INSERT INTO documents_fts (seq, terms)"
                     " SELECT seq, ?::tsvector FROM documents WHERE id = ?", (tsvector(title, text), doc_id))


def snippet(text: str, query: str, words: int = SNIPPET_WORDS) -> str:
    """About `words` words of `text` around its first hits, each hit marked \\x02...\\x03,
    as FTS5's snippet() gives them."""
    terms = _terms(query)
    exact = {_lexeme(w) for ws, prefix in terms if not prefix for w in ws}
    prefixes = tuple(_lexeme(ws[0]) for ws, prefix in terms if prefix)
    found = list(_INDEX_WORD.finditer(text))
    hits = [i for i, m in enumerate(found)
            if (lexeme := _lexeme(m.group())) in exact or (prefixes and lexeme.startswith(prefixes))]
    first = max(0, hits[0] - words // 4) if hits else 0
    window = found[first:first + words]
    if not window:
        return text[:200]
    out, at, marked = [], window[0].start(), set(hits)
    for i, m in enumerate(window, start=first):
        out.append(text[at:m.start()])
        out.append(f"{SNIPPET_OPEN}{m.group()}{SNIPPET_CLOSE}" if i in marked else m.group())
        at = m.end()
    return (" … " if first else "") + "".join(out) + (" … " if first + words < len(found) else "")


def search_documents(conn: sqlite3.Connection, query: str, limit: int = 20,
                     offset: int = 0, budget: float = BUDGET_S) -> list:
    """Ranked matches with a snippet whose hits are marked by \\x02...\\x03.

    A query still running after `budget` seconds is stopped and refused with a UsageError.
    """
    if dialect(conn) == "postgresql":
        return _ranked_pg(conn, query, limit, offset, budget)
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
        raise _too_long() from None
    finally:
        conn.set_progress_handler(None, _CHECK_EVERY)


def _rollback(conn, canceled: type[Exception]) -> None:
    """End the search's transaction. Its timeout of a few milliseconds may cancel the ROLLBACK itself
    on a loaded machine (a CI run did); the transaction is still open then, so it is tried again."""
    for attempt in range(5):
        try:
            conn.execute("ROLLBACK")
            return
        except canceled:
            if attempt == 4:
                raise


def _too_long() -> UsageError:
    return UsageError("the search took too long; use fewer, longer or more specific words")


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


def _ranked_pg(conn, query: str, limit: int, offset: int, budget: float) -> list[dict]:
    """The same search on PostgreSQL, stopped by statement_timeout past the budget."""
    from psycopg.errors import QueryCanceled

    tsquery = to_tsquery(query)
    if tsquery is None:
        return []
    deadline = time.monotonic() + budget
    conn.execute("BEGIN")
    try:
        conn.execute(f"SET LOCAL statement_timeout = {max(1, int(budget * 1000))}")
        rows = conn.execute(
            """SELECT d.id, d.title, d.origin, d.outlet, d.published, d.confidential, d.text,
                      -ts_rank(f.terms, q.q) AS score
               FROM documents_fts f JOIN documents d ON d.seq = f.seq, (SELECT ?::tsquery AS q) q
               WHERE f.terms @@ q.q ORDER BY score, d.seq LIMIT ? OFFSET ?""",
            (tsquery, limit, offset)).fetchall()
        if time.monotonic() > deadline:
            raise _too_long()
    except QueryCanceled:
        raise _too_long() from None
    finally:
        _rollback(conn, QueryCanceled)
    out = []
    for row in rows:
        found = dict(row)
        found["snippet"] = snippet(found.pop("text"), query)
        out.append(found)
    return out
