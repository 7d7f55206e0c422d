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
]

SCHEMA_VERSION = len(MIGRATIONS)


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
