"""The knowledge base as someone who may not see confidential documents may see it.

`shabaka serve --redact` serves a copy, never the knowledge base itself: the
complete JSON Lines export with redaction (the rules in `export.records`: no
confidential document, nothing stated only in one, no name written only in one)
imported into a fresh file. Every page and API route then shows only what the
copy holds, with no per-route filtering to forget, and the copy never held a
byte of a confidential document to leak.
"""

from __future__ import annotations

from pathlib import Path

from shabaka.config import Settings


def redacted_copy(db: Path, folder: Path) -> Path:
    """Write the redacted copy of the knowledge base at `db` into `folder`; returns its path."""
    from shabaka.kb import KnowledgeBase

    source = Settings()
    source.db = db
    dump = folder / "redacted.jsonl"
    with KnowledgeBase(source, read_only=True) as kb:
        kb.export("jsonl", dump, redact=True)
    target = Settings()
    target.db = folder / "redacted.db"
    with KnowledgeBase(target) as kb:
        kb.import_file(dump, format="jsonl", author="redaction")
    dump.unlink()
    return target.db
