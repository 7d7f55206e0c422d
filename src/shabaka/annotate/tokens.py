"""A Doc's tokens and their strings as plain lists, made once and shared by every reader.

spaCy makes a new Token object at every `doc[i]` and every step over a Doc or Span, and
looks each string attribute up from its hash at every access. The entity typer and the
extraction rules read the same tokens dozens of times a document (two million Token objects
for a hundred reports), so each list here is built on first use, from one pass.

Only what tokenizing, tagging and parsing set is kept (text, lemma, tags, arcs, lines); the
entities change in the typer, so it reads those from the Doc, and `ents` keeps them for the
stages after it, which change them no more. `shared(doc)` lends one table to
everything called inside it, and lets it go at the end, so a table lives no longer than the
stage that needs it; outside, `token_table` makes a fresh one.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from contextlib import contextmanager
from functools import cached_property

from spacy.tokens import Doc, Span, Token


class TokenTable:
    """One Doc's tokens, and each token's strings by index."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.tokens: list[Token] = list(doc)

    def __len__(self) -> int:
        return len(self.tokens)

    def of(self, span: Span) -> list[Token]:
        """The tokens of a span (a sentence, an entity) of this Doc."""
        return self.tokens[span.start:span.end]

    def where(self, span: Span, *, lower: Collection[str] | None = None, lemma: Collection[str] | None = None,
              pos: Collection[str] | None = None, dep: Collection[str] | None = None) -> list[Token]:
        """The tokens of `span` whose form and lemma (in lower case), part of speech and arc are
        among those given: a rule that reads only such tokens skips the rest of a sentence
        without making a Token for each."""
        start, end = span.start, span.end
        found = None  # the indices kept so far, once a filter is given
        for wanted, name in ((lower, "lower"), (lemma, "lemma"), (pos, "pos"), (dep, "dep")):
            if wanted is not None:
                strings = getattr(self, name)
                found = [i for i in (range(start, end) if found is None else found) if strings[i] in wanted]
        return self.tokens[start:end] if found is None else [self.tokens[i] for i in found]

    def text_of(self, span: Span) -> str:
        """A span's text, cut from the Doc's, which is joined once (spaCy joins the tokens'
        texts again at every `span.text` and `doc.text`)."""
        return self.doc_text[span.start_char:span.end_char]

    @cached_property
    def doc_text(self) -> str:
        return self.doc.text

    @cached_property
    def ents(self) -> tuple[Span, ...]:
        """The Doc's entities as first asked for (spaCy makes every Span again at each `doc.ents`):
        only for the stages after the typer, which sets them."""
        return self.doc.ents

    @cached_property
    def at_char(self) -> dict[int, int]:
        """The index of the token starting at each character offset that starts one."""
        return {t.idx: t.i for t in self.tokens}

    @cached_property
    def text(self) -> list[str]:
        return [t.text for t in self.tokens]

    @cached_property
    def lower(self) -> list[str]:
        return [t.lower_ for t in self.tokens]

    @cached_property
    def lemma(self) -> list[str]:
        """Each lemma in lower case, as the rules compare them."""
        return [t.lemma_.lower() for t in self.tokens]

    @cached_property
    def pos(self) -> list[str]:
        return [t.pos_ for t in self.tokens]

    @cached_property
    def dep(self) -> list[str]:
        return [t.dep_ for t in self.tokens]

    @cached_property
    def lines(self) -> list[tuple[int, int]]:
        """The (start, end) token bounds of each token's line: a line ends at a token with a
        line break in it or in the space after it."""
        bounds: list[tuple[int, int]] = []
        start = 0
        for i, token in enumerate(self.tokens):
            if "\n" in token.text_with_ws:
                bounds += [(start, i + 1)] * (i + 1 - start)
                start = i + 1
        bounds += [(start, len(self.tokens))] * (len(self.tokens) - start)
        return bounds


_SHARED: dict[int, TokenTable] = {}


@contextmanager
def shared(doc: Doc) -> Iterator[TokenTable]:
    """One table for `doc`, given by `token_table` to everything called inside."""
    table = _SHARED.get(id(doc))
    if table is not None and table.doc is doc:
        yield table
        return
    table = _SHARED[id(doc)] = TokenTable(doc)
    try:
        yield table
    finally:
        _SHARED.pop(id(doc), None)


def token_table(doc: Doc) -> TokenTable:
    """The table `shared` lends for `doc`, else a new one."""
    table = _SHARED.get(id(doc))
    if table is not None and table.doc is doc and len(table) == len(doc):
        return table
    return TokenTable(doc)
