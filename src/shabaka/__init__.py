"""Shabaka: source-cited, time-aware actor networks from conflict reporting."""

__version__ = "0.1.0"


def __getattr__(name: str):
    # KnowledgeBase pulls in spaCy; import it only when asked for
    if name == "KnowledgeBase":
        from shabaka.kb import KnowledgeBase

        return KnowledgeBase
    raise AttributeError(name)


__all__ = ["KnowledgeBase", "__version__"]
