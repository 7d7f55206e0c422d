"""Events: what happened, when, where, to and by whom, as one sentence reports it.

One event per trigger type per sentence: a sentence that reports a strike and
its deaths yields an attack and a killing, each with the sentence as evidence.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from shabaka.annotate.dates import WORD_NUMBERS, normalize_date
from shabaka.model import Event, EventActor, Extraction
from shabaka.ontology import Pack

_NUMBER = r"(\d[\d,]*|" + "|".join(k for k in WORD_NUMBERS if len(k) > 2) + r"|dozens|scores|hundreds)"
_ABOUT = r"(?:at\s+least\s+|more\s+than\s+|over\s+|some\s+|about\s+)?"
_KILLED = [
    re.compile(rf"\bkill(?:ing|ed)\s+{_ABOUT}{_NUMBER}\b", re.I),
    re.compile(rf"\b{_NUMBER}\s+(?:\w+\s+){{0,3}}(?:were|was|have been|had been)?\s*killed\b", re.I),
    re.compile(rf"\b{_NUMBER}\s+(?:people\s+)?dead\b", re.I),
]
_WOUNDED = [
    re.compile(rf"\bwound(?:ing|ed)\s+{_ABOUT}{_NUMBER}\b", re.I),
    re.compile(rf"\b{_NUMBER}\s+(?:\w+\s+){{0,3}}(?:were|was)?\s*(?:wounded|injured)\b", re.I),
]
VAGUE = {"dozens": None, "scores": None, "hundreds": None}


def _count(text: str, patterns: list[re.Pattern]) -> int | None:
    for p in patterns:
        m = p.search(text)
        if m:
            word = m.group(1).lower().replace(",", "")
            if word.isdigit():
                return int(word)
            if word in WORD_NUMBERS:
                return WORD_NUMBERS[word]
    return None


def _triggers(pack: Pack) -> dict[str, str]:
    out = {}
    for event_type, words in pack.event_triggers.items():
        for w in words:
            out.setdefault(w.lower(), event_type)
    return out


def extract_events(doc: Doc, ex: Extraction, pack: Pack, published: str | None) -> list[Event]:
    triggers = _triggers(pack)
    token_mention = {}
    char_to_token = {t.idx: t.i for t in doc}
    for mi, m in enumerate(ex.mentions):
        t = char_to_token.get(m.start)
        while t is not None and t < len(doc) and doc[t].idx < m.end:
            token_mention[t] = mi
            t += 1
    events = []
    for sent in doc.sents:
        found: dict[str, int] = {}
        for t in sent:
            etype = triggers.get(t.lower_) or triggers.get(t.lemma_.lower())
            if etype and etype not in found and t.pos_ in {"VERB", "NOUN"}:
                found[etype] = t.i
        for etype, ti in found.items():
            events.append(_event(doc, sent, etype, doc[ti], token_mention, ex, published))
    return events


def _event(doc: Doc, sent: Span, etype: str, trigger, token_mention: dict[int, int],
           ex: Extraction, published: str | None) -> Event:
    date = None
    for ent in sent.ents:
        if ent.label_ == "DATE":
            date = normalize_date(ent.text, published)
            if date:
                break
    place = None
    actors: list[EventActor] = []
    seen = set()

    def add(token, role):
        mi = token_mention.get(token.i)
        if mi is None:
            for c in token.children:
                if c.dep_ in {"compound", "poss", "amod"} and c.i in token_mention:
                    mi = token_mention[c.i]
                    break
        if mi is None:
            return
        chain = ex.mentions[mi].chain
        if (chain, role) not in seen:
            seen.add((chain, role))
            actors.append(EventActor(chain=chain, role=role))

    for c in trigger.children:
        if c.dep_ in {"nsubj", "compound", "poss", "amod"}:
            add(c, "agent")
        elif c.dep_ in {"dobj", "nsubjpass"}:
            add(c, "victim" if etype in {"killing", "arrest"} else "target")
        elif c.dep_ == "agent":
            for g in c.children:
                add(g, "agent")
        elif c.dep_ == "prep" and c.lower_ in {"on", "against", "of"}:
            for g in c.children:
                add(g, "target")
    for t in sent:
        mi = token_mention.get(t.i)
        if mi is None:
            continue
        chain = ex.chains[ex.mentions[mi].chain]
        if chain.type == "PLACE" and place is None and t.i > trigger.i - 15:
            place = chain.id
        elif (chain.type != "PLACE" and all(a.chain != chain.id for a in actors)
              and (chain.type != "COUNTRY" or etype in {"meeting", "designation"})):
            seen.add((chain.id, "participant"))
            actors.append(EventActor(chain=chain.id, role="participant"))
    text = sent.text
    return Event(
        type=etype, evidence_start=sent.start_char, evidence_end=sent.end_char,
        extractor=f"trigger:{trigger.lemma_.lower()}", confidence=0.6, date=date, place=place,
        fatalities=_count(text, _KILLED) if etype in {"attack", "killing", "battle"} else None,
        wounded=_count(text, _WOUNDED) if etype in {"attack", "killing", "battle"} else None,
        actors=actors,
    )
