"""Canonical names and types are decided across documents, not by the first one."""

from shabaka.config import Settings
from shabaka.kb import KnowledgeBase
from shabaka.store import queries


def test_the_canonical_name_is_the_most_complete_well_formed_one(tmp_path):
    (tmp_path / "a.txt").write_text("Fighters said Al-Zubaidi had left. Nobody saw Al-Zubaidi again.\n")
    (tmp_path / "b.txt").write_text("Karim Jassim al-Zubaidi, a militia commander, was arrested in Basra.\n")
    (tmp_path / "c.txt").write_text("Karim Jassim al-Zubaidi was released a week later.\n")
    settings = Settings()
    settings.db = tmp_path / "kb.db"
    with KnowledgeBase(settings) as kb:
        kb.ingest([tmp_path / "b.txt", tmp_path / "a.txt", tmp_path / "c.txt"])
        entity = queries.find_entity(kb.store.conn, "Karim Jassim al-Zubaidi")
        assert entity["name"] == "Karim Jassim al-Zubaidi"
        assert entity["type"] == "PERSON"
