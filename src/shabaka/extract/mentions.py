"""Typed mentions from an annotated spaCy Doc."""

from __future__ import annotations

from spacy.tokens import Doc

from shabaka.annotate.entities import KIN_GROUPS, ONTOLOGY_TYPES
from shabaka.annotate.tokens import token_table
from shabaka.model import Mention

CONFIDENCE = {"pack": 0.95, "definition": 0.85, "structure": 0.8, "model": 0.6, "repeat": 0.7}
REPEATED_TYPES = {"PERSON", "ARMED_GROUP", "ORGANIZATION", "STATE_BODY"}
ARTICLES = ("al-", "el-", "Al-", "El-")


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    return [(s.start_char, s.end_char) for s in doc.sents]


def extract_mentions(doc: Doc) -> list[Mention]:
    """One Mention per ontology-typed entity span, in text order."""
    sent_index = {}
    for i, sent in enumerate(doc.sents):
        for k in range(sent.start, sent.end):
            sent_index[k] = i
    out = []
    table = token_table(doc)
    for ent in table.ents:
        if ent.label_ not in ONTOLOGY_TYPES:
            continue
        if ent.id_:
            source = "pack"
        elif ent.kb_id_ in {"structure", "definition"}:
            source = ent.kb_id_
        else:
            source = "model"
        out.append(
            Mention(
                start=ent.start_char,
                end=ent.end_char,
                text=table.text_of(ent),
                type=ent.label_,
                sentence=sent_index.get(ent.start, 0),
                extractor=f"{source}:{ent.id_}" if ent.id_ else source,
                confidence=CONFIDENCE[source],
                key=ent.id_ or None,
            )
        )
    return sorted(out + _repeats(doc, sent_index), key=lambda m: m.start)


def _repeats(doc: Doc, sent_index: dict[int, int]) -> list[Mention]:
    """Every later use of a name the document already gave an actor, where the model
    missed it: 'Hadi al-Amiri ... Later Amiri met ...', a full name it found once only.
    A person's surname counts alone; a form standing next to another capitalised word is
    part of a longer name ('Sadr City') and is left alone."""
    forms: dict[tuple[str, ...], tuple[str, str | None]] = {}
    surnames: set[tuple[str, ...]] = set()  # forms that are only a man's family name
    table = token_table(doc)
    for ent in table.ents:
        if ent.label_ not in REPEATED_TYPES or ent.text.islower():
            continue  # a name noun ("the coalition") is a name only where its wording says so
        forms.setdefault(tuple(t.text for t in ent), (ent.label_, ent.id_ or None))
        if ent.label_ == "ORGANIZATION" and len(ent) >= 2 and ent[-1].lower_ in KIN_GROUPS:
            # "the Albu Nimr tribe ... the Albu Nimr lost 300 men": the tribe by its name alone
            forms.setdefault(tuple(t.text for t in ent[:-1]), ("ORGANIZATION", ent.id_ or None))
        if ent.label_ == "PERSON" and len(ent) >= 2:
            surname = ent[-1].text
            for form in {surname, surname.removeprefix("al-").removeprefix("Al-")}:
                if len(form) >= 4 and form[:1].isupper() and not form.startswith(ARTICLES):
                    forms.setdefault((form,), ("PERSON", ent.id_ or None))
                    surnames.add((form,))
    covered = {i for ent in table.ents for i in range(ent.start, ent.end)}
    # the lengths of the forms each first word opens, longest first: most tokens open none
    lengths: dict[str, list[int]] = {}
    for form in forms:
        lengths.setdefault(form[0], []).append(len(form))
    for opened in lengths.values():
        opened.sort(reverse=True)
    texts = table.text
    out, i = [], 0
    while i < len(doc):
        for n in lengths.get(texts[i], ()):
            words = tuple(texts[i:i + n])
            if words not in forms or any(k in covered for k in range(i, i + n)):
                continue
            before, after = doc[i - 1] if i > 0 else None, doc[i + n] if i + n < len(doc) else None
            if any(t is not None and t.text[:1].isupper() and not t.is_sent_start and t.pos_ == "PROPN"
                   for t in (before, after)):
                continue
            if words in surnames and after is not None and after.lower_ in KIN_GROUPS:
                continue  # "his own Al-Omar tribe": the tribe that bears the name, not the man
            label, key = forms[words]
            span = doc[i:i + n]
            out.append(Mention(start=span.start_char, end=span.end_char, text=span.text, type=label,
                               sentence=sent_index.get(i, 0), extractor="repeat",
                               confidence=CONFIDENCE["repeat"], key=key))
            i += n - 1
            break
        i += 1
    return out
