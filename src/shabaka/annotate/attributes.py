"""The model's attribute ruler and lemmatizer, applied by lookup: the same attributes, sooner.

spaCy's `attribute_ruler` runs its Matcher with every pattern (179 in en_core_web_sm) at every
token: about a tenth of the whole pipeline's time on ordinary reporting. Its patterns test only
a token's own tag, lower-case form, arc and whether it is space (and, for a pattern of two
tokens, its neighbour's), so the patterns a token matches are worked out once per such
combination and then looked up. The result is the ruler's own: the same patterns, applied in
the same order (a later pattern overrides an earlier one) with spaCy's `set_token_attrs`.
A pattern using anything else (an operator, another attribute) keeps spaCy's ruler as it is.

The rule lemmatizer's answer depends only on a token's form, part of speech and morphology, so
it is asked once per such combination (spaCy's lemmatizer asks again for every noun in the
singular and every proper noun). Any other lemmatizer stays spaCy's.
"""

from __future__ import annotations

import re

from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.errors import Errors
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

ATTRS = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}  # a token's key: these, in this order
_COLUMNS = [TAG, LOWER, DEP, IS_SPACE]
_LEMMA_COLUMNS = [ORTH, POS, MORPH, LEMMA]
MAX_KEYS = 200_000  # distinct keys remembered; past that the memory starts afresh
Key = tuple[int, int, int, int]
Test = tuple[int, str, "set[int] | re.Pattern[str]"]  # (place in the key, "in", "not in" or "regex", values)


def _test(attr: str, value: object) -> Test | None:
    """The Matcher's test of one attribute of a token, or None for a test of another kind."""
    at = ATTRS.get(attr)
    if at is None:
        return None
    if isinstance(value, (bool, str)):
        return at, "in", {int(value) if isinstance(value, bool) else get_string_id(value)}
    if not isinstance(value, dict) or len(value) != 1:
        return None
    (op, arg), = value.items()
    if op in ("IN", "NOT_IN") and isinstance(arg, list):
        return at, op.lower().replace("_", " "), {get_string_id(v) for v in arg}
    if op == "REGEX" and isinstance(arg, str):
        return at, "regex", re.compile(arg)
    return None


class AttributeLookup:
    """spaCy's attribute ruler `ruler`, its patterns matched by lookup; see the module docstring.
    ValueError if a pattern needs more than the lookup does."""

    def __init__(self, ruler: AttributeRuler):
        self.ruler = ruler
        self.strings = ruler.vocab.strings
        if any("_" in attrs for attrs in ruler.attrs):
            raise ValueError("attribute ruler sets extension attributes")
        # every token pattern as (rule, which of its tokens takes the attributes, its tokens' tests)
        self.rules: list[tuple[int, int, list[list[Test]]]] = []
        # (token pattern, position in it, that token's tests), by a tag or form the token must
        # have ((0, tag) or (1, form)), else under None
        self.index: dict[tuple[int, int] | None, list[tuple[int, int, list[Test]]]] = {}
        for rule, spec in enumerate(ruler.patterns):
            for pattern in spec["patterns"]:
                tests = [[_test(attr, value) for attr, value in token.items()] for token in pattern]
                if not pattern or any(None in token for token in tests):
                    raise ValueError(f"attribute ruler pattern not matched by lookup: {pattern}")
                n = len(self.rules)
                self.rules.append((rule, ruler.indices[rule], tests))
                for j, token in enumerate(tests):
                    named = sorted((at, sorted(values)) for at, op, values in token if op == "in" and at <= 1)
                    for value in named[0][1] if named else [None]:
                        self.index.setdefault(value if value is None else (named[0][0], value), []).append(
                            (n, j, token))
        self._matches: dict[Key, tuple[tuple[int, int], ...]] = {}
        self._merged: dict[tuple[int, ...], dict] = {}

    def _passes(self, key: Key, tests: list[Test]) -> bool:
        for at, op, values in tests:
            if op == "in":
                if key[at] not in values:
                    return False
            elif op == "not in":
                if key[at] in values:
                    return False
            elif values.search(self.strings[key[at]]) is None:
                return False
        return True

    def matches(self, key: Key) -> tuple[tuple[int, int], ...]:
        """(token pattern, position in it) for each pattern token that a token with `key` matches."""
        found = self._matches.get(key)
        if found is None:
            if len(self._matches) >= MAX_KEYS:
                self._matches.clear()
            index = self.index
            candidates = [*index.get((0, key[0]), ()), *index.get((1, key[1]), ()), *index.get(None, ())]
            found = self._matches[key] = tuple(sorted(
                (n, j) for n, j, tests in candidates if self._passes(key, tests)))
        return found

    def __call__(self, doc: Doc) -> Doc:
        keys = list(map(tuple, doc.to_array(_COLUMNS).tolist()))
        # the rules that set each token's attributes, by token
        hits: dict[int, list[int]] = {}
        for i, key in enumerate(keys):
            for n, j in self.matches(key):
                rule, index, tests = self.rules[n]
                if len(tests) == 1:
                    hits.setdefault(i, []).append(rule)
                elif j == 0 and i + len(tests) <= len(keys) and all(
                        (n, k) in self.matches(keys[i + k]) for k in range(1, len(tests))):
                    target = i + index if index >= 0 else i + len(tests) + index
                    hits.setdefault(target, []).append(rule)
        tokens = doc  # Token objects are made only for tokens that get attributes
        for i, rules in hits.items():
            set_token_attrs(tokens[i], self.merged(tuple(sorted(rules))))
        return doc

    def merged(self, rules: tuple[int, ...]) -> dict:
        """The attributes `rules` set, in order, a later rule's value replacing an earlier one's."""
        merged = self._merged.get(rules)
        if merged is None:
            merged = self._merged[rules] = {}
            for rule in rules:
                merged.update(self.ruler.attrs[rule])
        return merged


class LemmaLookup:
    """spaCy's rule lemmatizer `lemmatizer`, each lemma it gives kept by the token's form, part of
    speech and morphology (all its rules read): it made a Token and read its morphology at every
    token, where most forms recur."""

    def __init__(self, lemmatizer: Lemmatizer):
        if type(lemmatizer) not in (Lemmatizer, EnglishLemmatizer) or lemmatizer.mode != "rule":
            raise ValueError(f"not spaCy's rule lemmatizer: {type(lemmatizer).__name__}")
        self.lemmatizer = lemmatizer
        self._lemmas: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        lemmatizer, lemmas = self.lemmatizer, self._lemmas
        if not lemmatizer._validated:
            lemmatizer._validate_tables(Errors.E1004)  # as spaCy's lemmatizer checks its tables first
        if not len(doc):
            return doc
        rows = doc.to_array(_LEMMA_COLUMNS)
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma and not lemmatizer.overwrite:
                continue
            found = lemmas.get((orth, pos, morph))
            if found is None:
                found = doc.vocab.strings.add(lemmatizer.lemmatize(doc[i])[0])
                if pos:  # no part of speech: spaCy warns each time
                    if len(lemmas) >= MAX_KEYS:
                        lemmas.clear()
                    lemmas[orth, pos, morph] = found
            rows[i, 3] = found
        doc.from_array([LEMMA], rows[:, 3:])
        return doc


@Language.factory("shabaka_lookup", default_config={"wraps": ""})
def make_lookup(nlp: Language, name: str, wraps: str) -> AttributeLookup | LemmaLookup:
    """The lookup in place of the pipeline's component `wraps`; ValueError where it cannot be."""
    component = nlp.get_pipe(wraps)
    if isinstance(component, AttributeRuler):
        return AttributeLookup(component)
    return LemmaLookup(component)


def use_lookup(nlp: Language) -> None:
    """Set the model's attribute ruler's and lemmatizer's attributes by lookup (same result, a
    fraction of the time), where each allows it."""
    for name in ("attribute_ruler", "lemmatizer"):
        if name not in nlp.pipe_names:
            continue
        try:
            nlp.add_pipe("shabaka_lookup", name=f"{name}_lookup", after=name, config={"wraps": name})
        except ValueError:
            continue  # a pattern or a mode the lookup cannot follow: spaCy's component stays
        nlp.remove_pipe(name)
        nlp.rename_pipe(f"{name}_lookup", name)
