"""A name two known entities share is ambiguous: a new mention of it joins neither."""

from shabaka.config import Settings
from shabaka.kb import KnowledgeBase
from shabaka.resolve.resolver import Resolver
from shabaka.store import entities

NAME = "Karim Jassim al-Zubaidi"


def test_a_mention_of_an_ambiguous_name_becomes_a_new_entity(tmp_path):
    settings = Settings()
    settings.db = tmp_path / "kb.db"
    (tmp_path / "c.txt").write_text(f"{NAME} was arrested in Basra on Monday, police said.\n")
    with KnowledgeBase(settings) as kb:
        with kb.store.write() as conn:  # two namesakes an analyst has kept apart
            for entity_id in ("karim_the_commander", "karim_the_doctor"):
                entities.create(conn, entity_id, NAME, "PERSON")
                Resolver.add_alias(conn, entity_id, NAME, "analyst")
        assert kb.ingest([tmp_path / "c.txt"]).ok
        rows = kb.store.conn.execute("SELECT entity_id FROM chains WHERE name = ?", (NAME,)).fetchall()
        named = {r[0] for r in kb.store.conn.execute("SELECT id FROM entities WHERE name = ?", (NAME,))}
    assert len(rows) == 1
    (chain_entity,) = rows[0]
    assert chain_entity not in {"karim_the_commander", "karim_the_doctor"}
    assert named == {"karim_the_commander", "karim_the_doctor", chain_entity}
