"""The knowledge base schema and its forward migrations.

The schema version lives in `PRAGMA user_version`; each migration moves it up
by one and runs inside one transaction, so a crash leaves the old version.
Never edit a released migration: add the next one.
"""

from __future__ import annotations

import sqlite3

from shabaka.errors import StoreError

# Arabic short vowels, shadda, sukun and superscript alef: word characters for the index
HARAKAT = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670"

MIGRATIONS: list[str] = [
    # 1: documents, extractions, entities, judgements, full-text index
    """
    CREATE TABLE documents (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        content_hash TEXT NOT NULL UNIQUE,
        origin TEXT NOT NULL,
        format TEXT NOT NULL,
        title TEXT,
        author TEXT,
        outlet TEXT,
        published TEXT,
        url TEXT,
        text TEXT NOT NULL,
        removed TEXT NOT NULL DEFAULT '[]',
        confidential INTEGER NOT NULL DEFAULT 0,
        ingested_at TEXT NOT NULL,
        pipeline TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX documents_origin ON documents(origin);

    CREATE TABLE entities (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        type TEXT NOT NULL,
        pack_id TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        metrics TEXT
    );
    CREATE INDEX entities_pack ON entities(pack_id);

    CREATE TABLE aliases (
        entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        key TEXT NOT NULL,
        source TEXT NOT NULL,
        PRIMARY KEY (entity_id, name)
    );
    CREATE INDEX aliases_key ON aliases(key);

    CREATE TABLE chains (
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        chain INTEGER NOT NULL,
        name TEXT NOT NULL,
        type TEXT NOT NULL,
        names TEXT NOT NULL,
        pack_id TEXT,
        entity_id TEXT,
        PRIMARY KEY (doc_id, chain)
    );
    CREATE INDEX chains_entity ON chains(entity_id);

    CREATE TABLE mentions (
        id INTEGER PRIMARY KEY,
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        text TEXT NOT NULL,
        type TEXT NOT NULL,
        sentence_start INTEGER NOT NULL,
        sentence_end INTEGER NOT NULL,
        chain INTEGER NOT NULL,
        extractor TEXT NOT NULL,
        confidence REAL NOT NULL
    );
    CREATE INDEX mentions_doc ON mentions(doc_id, chain);

    CREATE TABLE claims (
        id TEXT PRIMARY KEY,
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        subject_chain INTEGER NOT NULL,
        relation TEXT NOT NULL,
        object_chain INTEGER NOT NULL,
        role TEXT,
        start TEXT,
        end TEXT,
        evidence_start INTEGER NOT NULL,
        evidence_end INTEGER NOT NULL,
        evidence TEXT NOT NULL,
        extractor TEXT NOT NULL,
        confidence REAL NOT NULL
    );
    CREATE INDEX claims_doc ON claims(doc_id);

    CREATE TABLE events (
        id TEXT PRIMARY KEY,
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        type TEXT NOT NULL,
        date TEXT,
        date_precision TEXT,
        place_chain INTEGER,
        fatalities INTEGER,
        wounded INTEGER,
        evidence_start INTEGER NOT NULL,
        evidence_end INTEGER NOT NULL,
        evidence TEXT NOT NULL,
        extractor TEXT NOT NULL,
        confidence REAL NOT NULL
    );
    CREATE INDEX events_doc ON events(doc_id);

    CREATE TABLE event_actors (
        event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        doc_id TEXT NOT NULL,
        chain INTEGER NOT NULL,
        role TEXT NOT NULL,
        PRIMARY KEY (event_id, chain, role)
    );

    CREATE TABLE overrides (
        id INTEGER PRIMARY KEY,
        action TEXT NOT NULL,
        payload TEXT NOT NULL,
        author TEXT NOT NULL,
        created_at TEXT NOT NULL,
        undone_at TEXT
    );

    CREATE VIRTUAL TABLE documents_fts USING fts5(
        title, text, content='documents', content_rowid='seq',
        tokenize='unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
        INSERT INTO documents_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
    END;
    CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, title, text)
        VALUES ('delete', old.seq, old.title, old.text);
    END;
    """,
    # 2: a blocking key on aliases, for fuzzy matching in near-linear time
    """
    ALTER TABLE aliases ADD COLUMN block TEXT;
    UPDATE aliases SET block = shabaka_block(name);
    CREATE INDEX aliases_block ON aliases(block);
    """,
    # 3: how a document's bytes were decoded, and how sure that reading is
    """
    ALTER TABLE documents ADD COLUMN encoding TEXT;
    ALTER TABLE documents ADD COLUMN encoding_confidence REAL;
    """,
    # 4: one row per happening in a document (every type; every evidence sentence as
    # [start, end, text]) and the
    # cross-document event (`happening`) it belongs to, recomputed on ingest
    """
    ALTER TABLE events ADD COLUMN types TEXT;
    ALTER TABLE events ADD COLUMN spans TEXT;
    ALTER TABLE events ADD COLUMN happening TEXT;
    UPDATE events SET types = json_array(type), happening = id,
                      spans = json_array(json_array(evidence_start, evidence_end, evidence));
    CREATE INDEX events_happening ON events(happening);
    """,
    # 5: several candidate keys per alias name (word skeletons, initials), kept by a trigger;
    #    Arabic script normalised in the full-text index
    f"""
    CREATE TABLE alias_blocks (
        block TEXT NOT NULL,
        name TEXT NOT NULL,
        PRIMARY KEY (block, name)
    ) WITHOUT ROWID;
    CREATE INDEX aliases_name ON aliases(name);
    INSERT OR IGNORE INTO alias_blocks (block, name)
        SELECT j.value, a.name FROM aliases a, json_each(shabaka_blocks(a.name)) j;
    CREATE TRIGGER aliases_blocks_insert AFTER INSERT ON aliases BEGIN
        INSERT OR IGNORE INTO alias_blocks (block, name)
        SELECT j.value, new.name FROM json_each(shabaka_blocks(new.name)) j;
    END;

    -- Arabic script indexed in one form however it is vowelled or its hamza written;
    -- harakat are word characters, so the stored text tokenizes as the indexed text
    -- does and snippets stay aligned
    DROP TRIGGER documents_fts_insert;
    DROP TRIGGER documents_fts_delete;
    DROP TABLE documents_fts;
    CREATE VIRTUAL TABLE documents_fts USING fts5(
        title, text, content='documents', content_rowid='seq',
        tokenize="unicode61 remove_diacritics 2 tokenchars '{HARAKAT}'"
    );
    INSERT INTO documents_fts(rowid, title, text)
        SELECT seq, shabaka_fts(title), shabaka_fts(text) FROM documents;
    CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
        INSERT INTO documents_fts(rowid, title, text)
        VALUES (new.seq, shabaka_fts(new.title), shabaka_fts(new.text));
    END;
    CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, title, text)
        VALUES ('delete', old.seq, shabaka_fts(old.title), shabaka_fts(old.text));
    END;
    """,
    # 6: the pronouns and descriptions a claim's arguments were read from ("he" -> Soleimani), JSON
    """
    ALTER TABLE claims ADD COLUMN coreference TEXT;
    """,
    # 7: the candidate keys names.blocks has gained (acronyms with the Arabic article, the words
    #    run together) for the aliases stored before (PostgreSQL's twin is in migrate_pg)
    """
    INSERT OR IGNORE INTO alias_blocks (block, name)
        SELECT j.value, a.name FROM aliases a, json_each(shabaka_blocks(a.name)) j;
    """,
]

SCHEMA_VERSION = len(MIGRATIONS)

MIGRATION_LOCK = 0x53686D67  # PostgreSQL advisory lock held while migrating
# SQLite's implicit rowid, which the store orders these tables by, is a column on PostgreSQL
ROWID_TABLES = ("events", "event_actors")
_PG_TYPES = {"INTEGER": "BIGINT", "REAL": "DOUBLE PRECISION", "TEXT": "TEXT"}
# the full-text index: FTS5 tables on SQLite, a tsvector table (store.fts) on PostgreSQL
PG_FTS = """CREATE TABLE documents_fts (
    seq BIGINT PRIMARY KEY REFERENCES documents(seq) ON DELETE CASCADE,
    terms TSVECTOR NOT NULL
);
CREATE INDEX documents_fts_terms ON documents_fts USING GIN (terms)"""


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the database up to SCHEMA_VERSION; returns the version found before."""
    found = conn.execute("PRAGMA user_version").fetchone()[0]
    if found > SCHEMA_VERSION:
        raise StoreError(
            f"knowledge base schema version {found} is newer than this Shabaka "
            f"understands ({SCHEMA_VERSION}); upgrade Shabaka"
        )
    for version in range(found, SCHEMA_VERSION):
        conn.execute("BEGIN IMMEDIATE")
        try:
            # re-read under the write lock: another process may have migrated meanwhile
            if conn.execute("PRAGMA user_version").fetchone()[0] != version:
                conn.execute("ROLLBACK")
                continue
            for statement in _statements(MIGRATIONS[version]):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version + 1}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return found


def migrate_pg(conn) -> int:
    """PostgreSQL's `migrate`: the version lives in kb_meta, and the steps run in one
    transaction under an advisory lock, so servers and ingesters starting together migrate once.

    Its migrations are SQLite's, read back: step N creates and drops the tables, columns
    and indexes that SQLite's migration N did, so both have the same tables and columns
    at every version by construction. A future SQLite migration that rewrites data needs
    its PostgreSQL twin here.
    """
    conn.execute("BEGIN")
    try:
        conn.execute("SELECT pg_advisory_xact_lock(?)", (MIGRATION_LOCK,))
        conn.execute("CREATE TABLE IF NOT EXISTS kb_meta (schema_version INTEGER NOT NULL,"
                     " data_version BIGINT NOT NULL)")
        row = conn.execute("SELECT schema_version FROM kb_meta").fetchone()
        if row is None:
            conn.execute("INSERT INTO kb_meta VALUES (0, 0)")
        found = row[0] if row else 0
        if found > SCHEMA_VERSION:
            raise StoreError(
                f"knowledge base schema version {found} is newer than this Shabaka "
                f"understands ({SCHEMA_VERSION}); upgrade Shabaka")
        if found < SCHEMA_VERSION:
            shapes = _sqlite_shapes()
            for version in range(found + 1, SCHEMA_VERSION + 1):
                for statement in _pg_steps(shapes[version - 1], shapes[version]):
                    conn.execute(statement)
                if version == 1:
                    for statement in PG_FTS.split(";"):
                        conn.execute(statement)
                if version == 7:  # SQLite's migration 7 rewrites data: the candidate keys of stored aliases
                    from shabaka.store.entities import index_alias_names

                    index_alias_names(conn, [r[0] for r in conn.execute("SELECT DISTINCT name FROM aliases")])
            conn.execute("UPDATE kb_meta SET schema_version = ?", (SCHEMA_VERSION,))
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return found


def pg_version(conn) -> int:
    """The schema version of a PostgreSQL knowledge base; 0 where there is none yet."""
    if not conn.execute("SELECT to_regclass('kb_meta') IS NOT NULL").fetchone()[0]:
        return 0
    return conn.execute("SELECT schema_version FROM kb_meta").fetchone()[0]


def _sqlite_shapes() -> list[dict]:
    """The tables of SQLite's schema after each migration (0 to SCHEMA_VERSION), read from a
    database in memory: {table: {"columns": [...], "indexes": {name: (unique, columns)}, ...}}."""
    from shabaka.names import block_key

    conn = sqlite3.connect(":memory:", isolation_level=None)
    conn.create_function("shabaka_block", 1, block_key)
    conn.create_function("shabaka_blocks", 1, lambda name: "[]")
    conn.create_function("shabaka_fts", 1, lambda text: text)
    shapes = [{}]
    for script in MIGRATIONS:
        for statement in _statements(script):
            conn.execute(statement)
        shapes.append(_shape(conn))
    conn.close()
    return shapes


def _shape(conn: sqlite3.Connection) -> dict:
    tables = {}
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"
                                " AND name NOT LIKE 'documents_fts%' ORDER BY rowid"):
        columns = conn.execute(f"PRAGMA table_info('{name}')").fetchall()
        keys = {row[3]: (row[2], row[4]) for row in conn.execute(f"PRAGMA foreign_key_list('{name}')")}
        indexes = {}
        for _, index, unique, origin, _ in conn.execute(f"PRAGMA index_list('{name}')"):
            if origin != "pk":
                cols = tuple(r[2] for r in conn.execute(f"PRAGMA index_info('{index}')"))
                indexes[index if origin == "c" else f"{name}_{'_'.join(cols)}_key"] = (bool(unique), cols)
        tables[name] = {"columns": columns, "keys": keys, "indexes": indexes}
    return tables


def _pg_column(table: str, col: tuple, keys: dict, single_pk: bool) -> str:
    _, name, type_, notnull, default, pk = col
    if pk and single_pk and type_ == "INTEGER":  # SQLite's rowid alias: an identity column
        return f'"{name}" BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY'
    out = f'"{name}" {_PG_TYPES[type_]}'
    if notnull:
        out += " NOT NULL"
    if default is not None:
        out += f" DEFAULT {default}"
    if name in keys:
        out += f' REFERENCES "{keys[name][0]}"("{keys[name][1]}") ON DELETE CASCADE'
    return out


def _pg_steps(before: dict, after: dict) -> list[str]:
    """The PostgreSQL statements taking the tables of `before` to those of `after`."""
    steps = [f'DROP TABLE "{t}"' for t in before if t not in after]
    for table, shape in after.items():
        old = before.get(table)
        pk = [c[1] for c in sorted(shape["columns"], key=lambda c: c[5]) if c[5]]
        if old is None:
            cols = [_pg_column(table, c, shape["keys"], len(pk) == 1) for c in shape["columns"]]
            if table in ROWID_TABLES:
                cols.insert(0, '"rowid" BIGINT GENERATED BY DEFAULT AS IDENTITY UNIQUE')
            if len(pk) > 1 or (pk and not any("PRIMARY KEY" in c for c in cols)):
                cols.append("PRIMARY KEY (" + ", ".join(f'"{c}"' for c in pk) + ")")
            steps.append(f'CREATE TABLE "{table}" ({", ".join(cols)})')
        else:
            names = {c[1] for c in old["columns"]}
            steps += [f'ALTER TABLE "{table}" ADD COLUMN {_pg_column(table, c, shape["keys"], False)}'
                      for c in shape["columns"] if c[1] not in names]
            kept = {c[1] for c in shape["columns"]}
            steps += [f'ALTER TABLE "{table}" DROP COLUMN "{n}"' for n in names - kept]
        old_indexes = old["indexes"] if old else {}
        for index, (unique, cols) in shape["indexes"].items():
            if index not in old_indexes:
                steps.append(f'CREATE {"UNIQUE " if unique else ""}INDEX "{index}" ON "{table}" ('
                             + ", ".join(f'"{c}"' for c in cols) + ")")
        steps += [f'DROP INDEX "{i}"' for i in old_indexes if i not in shape["indexes"]]
    return steps


def _statements(script: str) -> list[str]:
    """Split a migration into statements, keeping trigger bodies whole."""
    out, buf = [], ""
    for line in script.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            if buf.strip():
                out.append(buf.strip())
            buf = ""
    if buf.strip():
        out.append(buf.strip())
    return out
