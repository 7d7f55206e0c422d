"""One small knowledge base, really ingested, shared by every export test.

Two shareable reports (two outlets, dated) and one confidential interview with a
distinctive title and distinctive sentences: one claim of it (Iran backs
Kata'ib Hezbollah) is also in both shareable reports; everything else in it
(a commander named only there, an attack near Samarra) is confidential only.
Two judgements: a rename that may be shared, and a `distinct` naming the
confidential-only commander, which must never be.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from shabaka.config import Settings
from shabaka.kb import KnowledgeBase
from shabaka.resolve import judgements

PUBLIC = [
    {"title": "Militia leadership roundup", "outlet": "Example Wire", "published": "2019-06-01",
     "url": "https://example.org/roundup", "author": "A. Writer",
     "text": "Hadi al-Amiri, the head of the Badr Organization, spoke to reporters in Baghdad. "
             "The Iran-backed Kata'ib Hezbollah fired rockets at the base. "
             "Abu Mahdi al-Muhandis founded Kata'ib Hezbollah in 2007."},
    {"title": "Strikes on the border", "outlet": "Example Times", "published": "2020-02-01",
     "text": "Quds Force commander Esmail Qaani arrived in Baghdad on Monday. "
             "On December 29, 2019, U.S. strikes hit Kata'ib Hezbollah sites in al-Qaim, "
             "killing 25 KH members and wounding over 50. "
             "The Iran-backed Kata'ib Hezbollah denied the charge. "
             "A U.S. drone strike killed Qasem Soleimani at Baghdad International Airport in January 2020."},
]
CONFIDENTIAL_TITLE = "Quillfeather Marmalade Interview Transcript"
CONFIDENTIAL_SENTENCES = [
    "Over mint tea in a shuttered lantern bakery, the source whispered that the Iran-backed "
    "Kata'ib Hezbollah fired rockets at the base.",
    "Abu Zorbanath al-Quillfeather, a Kata'ib Hezbollah commander, issued a statement.",
    "Militants attacked the granary depot near Samarra last June.",
]
CONFIDENTIAL = {"title": CONFIDENTIAL_TITLE, "published": "2020-03-01",
                "text": " ".join(CONFIDENTIAL_SENTENCES)}
# strings no redacted export may contain, in any case
SECRETS = [CONFIDENTIAL_TITLE, "Quillfeather", "Zorbanath", "Marmalade", "mint tea", "lantern bakery",
           "granary depot", "confidential.jsonl", *CONFIDENTIAL_SENTENCES]
SECRET_PERSON = "abu_zorbanath_al_quillfeather"
RENAMED = "Hadi al-Amiri (Badr)"


def write_feed(path: Path, documents: list[dict]) -> Path:
    path.write_text("".join(json.dumps(d) + "\n" for d in documents), encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def sqlite_kb(tmp_path_factory):
    """The shared knowledge base, ingested into SQLite."""
    folder = tmp_path_factory.mktemp("export-kb")
    settings = Settings()
    settings.db = folder / "kb.db"
    kb = KnowledgeBase(settings)
    assert kb.ingest([write_feed(folder / "public.jsonl", PUBLIC)]).ok
    assert kb.ingest([write_feed(folder / "confidential.jsonl", [CONFIDENTIAL])], confidential=True).ok
    with kb.store.write() as conn:
        judgements.rename(conn, "hadi_al_amiri", RENAMED, author="analyst-a")
        judgements.distinct(conn, SECRET_PERSON, "abu_mahdi_al_muhandis", author="analyst-a")
    yield kb
    kb.close()


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def kb(request, sqlite_kb):
    """The shared knowledge base on each backend (PostgreSQL's is `shabaka migrate`'s exact copy);
    tests read it and never change it."""
    if request.param == "sqlite":
        yield sqlite_kb
        return
    from shabaka.store import transfer
    from shabaka.store.db import Store

    settings = Settings()
    settings.db = request.getfixturevalue("pg_server").database()
    with Store(settings.db) as target:
        transfer.copy(sqlite_kb.store, target)
    kb = KnowledgeBase(settings)
    kb._nlp = sqlite_kb.nlp  # same model and packs: no second load
    yield kb
    kb.close()


@pytest.fixture(scope="session")
def confidential_doc(kb) -> dict:
    row = kb.store.conn.execute("SELECT id, content_hash FROM documents WHERE confidential = 1").fetchone()
    return dict(row)


@pytest.fixture
def new_kb(tmp_path, kb):
    """A fresh, empty knowledge base that borrows the shared spaCy pipeline (loaded once)."""
    made = []

    def make(name: str = "other.db") -> KnowledgeBase:
        settings = Settings()
        settings.db = tmp_path / name
        other = KnowledgeBase(settings)
        other._nlp = kb.nlp  # same model and packs: no second load
        made.append(other)
        return other

    yield make
    for other in made:
        other.close()


def exported_bytes(path: Path) -> bytes:
    """Every byte an export wrote: the file, or every file of the folder."""
    files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
    return b"".join(p.read_bytes() for p in files)
