import pytest


@pytest.fixture(scope="session")
def analyse(tmp_path_factory):
    """Run the real pipeline (model + packs) and extraction over a short text.

    Returns a function text -> (extraction, mentions as (text, type), claims as (subject,
    relation, object)), naming each chain by its pack id where the pack knows it, else its name.
    """
    from shabaka.config import Settings
    from shabaka.kb import KnowledgeBase

    settings = Settings()
    settings.db = tmp_path_factory.mktemp("extract") / "kb.db"
    kb = KnowledgeBase(settings)

    def run(text: str, published: str | None = None):
        ex = kb.extract_text(text, published)
        mentions = [(m.text, m.type) for m in ex.mentions]
        def name(i):
            return ex.chains[i].key or ex.chains[i].name

        claims = {(name(c.subject), c.relation, name(c.object)) for c in ex.claims}
        return ex, mentions, claims

    run.kb = kb  # for a test that runs one stage alone
    return run
