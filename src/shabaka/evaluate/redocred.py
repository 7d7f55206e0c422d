"""Re-DocRED documents as training examples for the relation scorer.

Re-DocRED (Tan et al. 2022, the revised DocRED) annotates Wikipedia introductions with
entities (`vertexSet`: mentions by sentence and token span) and Wikidata relations between
them with evidence sentences. Each document's text is rebuilt from its tokens and run
through the same annotate and extract path as ingest; our mentions are aligned to its
mentions by character offsets, and our candidate pairs are labelled with the Shabaka
relation its properties map onto. Its annotations are MIT, its text CC BY-SA: only
weights trained on it ship, the data stays where the user keeps it.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from shabaka.errors import UsageError
from shabaka.extract.scoring import NONE, Candidate, label_of
from shabaka.model import Extraction

SOURCE = ("Tan et al. 2022, github.com/tonytan48/Re-DocRED; annotations MIT, "
          "text Wikipedia contributors, CC BY-SA")
# Wikidata property -> (Shabaka relation, True when the property's head is the subject)
PROPERTIES = {
    "P488": ("leads", False), "P35": ("leads", False), "P6": ("leads", False),
    "P463": ("member_of", True), "P102": ("member_of", True), "P108": ("member_of", True),
    "P361": ("part_of", True), "P749": ("part_of", True), "P355": ("part_of", False),
    "P112": ("founded", False),
    "P19": ("born_in", True),
}
JUDGED = {relation for relation, _ in PROPERTIES.values()}
_NO_SPACE_BEFORE = {",", ".", ";", ":", ")", "]", "}", "%", "!", "?", "'s", "’s", "n't", "'", "’", "…"}
_NO_SPACE_AFTER = {"(", "[", "{", "$", "#"}
_JOINERS = {"-", "–", "/"}


@dataclass(slots=True)
class Record:
    """One Re-DocRED document: its rebuilt text, where each sentence and token lies in it,
    its entities' mentions and its relations."""

    key: str
    text: str
    sentences: list[tuple[int, int]]
    tokens: list[list[tuple[int, int]]]
    entities: list[list[tuple[int, int]]]  # character spans of each entity's mentions
    labels: list[tuple[int, int, str, list[int]]]  # head, tail, property, evidence sentences

    def entity_span(self, sentence: int, start: int, end: int) -> tuple[int, int]:
        toks = self.tokens[sentence]
        return toks[start][0], toks[end - 1][1]


def rebuild(sents: list[list[str]]) -> tuple[str, list[tuple[int, int]], list[list[tuple[int, int]]]]:
    """Text from the tokens, spaced as English prose is (so that the parser sees "Iraq's" and
    "(2003)", not "Iraq 's" and "( 2003 )"), with every token's and sentence's offsets."""
    parts: list[str] = []
    length = 0
    sentences, tokens = [], []
    glue, open_quote = True, False
    for sent in sents:
        offsets = []
        for tok in sent:
            tok = " ".join(tok.split()) or "_"
            if tok == '"':
                space = not glue and not open_quote
                open_quote = not open_quote
                after_glue = open_quote
            else:
                space = not glue and tok not in _NO_SPACE_BEFORE and tok not in _JOINERS
                after_glue = tok in _NO_SPACE_AFTER or tok in _JOINERS
            if space:
                parts.append(" ")
                length += 1
            offsets.append((length, length + len(tok)))
            parts.append(tok)
            length += len(tok)
            glue = after_glue
        glue, open_quote = False, False
        sentences.append((offsets[0][0] if offsets else length, length))
        tokens.append(offsets)
    return "".join(parts), sentences, tokens


def _record(key: str, raw: dict) -> Record:
    sents = raw["sents"]
    if not isinstance(sents, list) or not all(isinstance(s, list) and all(isinstance(t, str) for t in s)
                                              for s in sents):
        raise ValueError("'sents' is not a list of token lists")
    text, sentences, tokens = rebuild(sents)
    record = Record(key, text, sentences, tokens, [], [])
    for entity in raw["vertexSet"]:
        spans = []
        for m in entity:
            si, (a, b) = int(m["sent_id"]), (int(x) for x in m["pos"])
            if not (0 <= si < len(sents) and 0 <= a < b <= len(sents[si])):
                raise ValueError(f"mention {m.get('name')!r} lies outside its sentence")
            spans.append(record.entity_span(si, a, b))
        record.entities.append(spans)
    for label in raw.get("labels", []):
        h, t = int(label["h"]), int(label["t"])
        if not (0 <= h < len(record.entities) and 0 <= t < len(record.entities)):
            raise ValueError(f"relation {label!r} names an unknown entity")
        record.labels.append((h, t, str(label["r"]), [int(e) for e in label.get("evidence", [])]))
    return record


def read(path: Path) -> list[Record]:
    """The documents of a Re-DocRED file, or of every `*.json` file in a folder, in file order."""
    files = sorted(path.glob("*.json")) if path.is_dir() else [path]
    if not files:
        raise UsageError(f"{path}: no Re-DocRED file (*.json) there")
    out = []
    for file in files:
        try:
            data = json.loads(file.read_text(encoding="utf-8"))
            if not isinstance(data, list):
                raise ValueError("not a list of documents")
            out += [_record(f"{file.name}:{i}", raw) for i, raw in enumerate(data)]
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise UsageError(f"{file}: not a Re-DocRED file ({exc})") from exc
    return out


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return min(a[1], b[1]) - max(a[0], b[0])


def align(record: Record, ex: Extraction) -> tuple[list[int | None], dict[int, int]]:
    """The Re-DocRED entity of each of our mentions (by character overlap of at least half
    the shorter span), and of each chain (its mentions' majority), None/absent where none."""
    of_mention: list[int | None] = []
    for m in ex.mentions:
        best, best_overlap = None, 0
        for e, spans in enumerate(record.entities):
            for span in spans:
                o = _overlap((m.start, m.end), span)
                if o > best_overlap and 2 * o >= min(m.end - m.start, span[1] - span[0]):
                    best, best_overlap = e, o
        of_mention.append(best)
    votes: dict[int, Counter] = {}
    for m, e in zip(ex.mentions, of_mention, strict=True):
        if e is not None and m.chain >= 0:
            votes.setdefault(m.chain, Counter())[e] += 1
    return of_mention, {chain: c.most_common(1)[0][0] for chain, c in votes.items()}


def label(record: Record, ex: Extraction, cand: Candidate, entity_of: tuple[list[int | None], dict[int, int]],
          ontology) -> str | None:
    """The class of a candidate pair, or None where Re-DocRED cannot tell.

    A mapped relation labels the pair where its evidence includes the pair's sentence, or
    where it has no evidence (most relations Re-DocRED added to DocRED have none: two names
    in one sentence are then taken to state it). A pair it relates otherwise (by a property
    with no Shabaka counterpart, with evidence elsewhere, or by a relation the pair's types
    cannot hold), a pair on which a rule claimed a relation Re-DocRED never annotates
    (`backs`, `hostile_to` ...) and two names of one entity are left out.
    """
    if any(f.startswith("rr=") and f[3:-1] not in JUDGED for f in cand.features):
        return None
    of_mention, of_chain = entity_of
    chains = [ex.mentions[cand.first].chain, ex.mentions[cand.second].chain]
    ents = [of_mention[m] if of_mention[m] is not None else of_chain.get(c)
            for m, c in zip((cand.first, cand.second), chains, strict=True)]
    if ents[0] is None or ents[1] is None:
        return NONE  # a name Re-DocRED does not annotate takes part in none of its relations
    if ents[0] == ents[1]:
        return None
    where = (cand.sentence.start_char, cand.sentence.end_char)
    found, unsure = None, False
    for h, t, prop, evidence in record.labels:
        if {h, t} != set(ents):
            continue
        if prop not in PROPERTIES:
            unsure = True
            continue
        relation, head_is_subject = PROPERTIES[prop]
        forward = (h if head_is_subject else t) == ents[0]
        s_chain, o_chain = chains if forward else chains[::-1]
        here = not evidence or any(_overlap(where, record.sentences[s]) > 0
                                   for s in evidence if 0 <= s < len(record.sentences))
        if here and ontology.allows(relation, ex.chains[s_chain].type, ex.chains[o_chain].type):
            found = found or label_of(relation, forward, relation in ontology.symmetric)
        else:
            unsure = True
    return found or (None if unsure else NONE)
