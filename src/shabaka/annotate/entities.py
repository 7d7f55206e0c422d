"""The `shabaka_entities` component: name structure and type correction.

The general English model mislabels this domain (armed groups as PERSON or GPE,
"Daesh" as a place). After the pack's entity ruler and the statistical NER have
run, this component relabels every entity with one of the ontology's six types,
finds organisation names from their structure ("Kata'ib X", "X Command"), trims
determiners and possessives, and drops junk spans.
"""

from __future__ import annotations

from collections import Counter
from functools import cache
from pathlib import Path

import yaml
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from shabaka.annotate.arabic import ArabicNames
from shabaka.names import is_arabic
from shabaka.ontology import Pack, load_packs
from shabaka.ontology.loader import pack_paths

ONTOLOGY_TYPES = ("PERSON", "ARMED_GROUP", "STATE_BODY", "ORGANIZATION", "COUNTRY", "PLACE")
NER_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}
ORG_LABELS = {"ARMED_GROUP", "STATE_BODY", "ORGANIZATION"}
CONNECTORS = {"al", "el", "ad", "ash", "at", "as", "an", "ar", "az", "bin", "ibn", "bint", "abu", "of",
              "the", "for", "ahl", "-", "wa", "li", "fi", "bil", "de", "du", "la", "le"}
DETERMINERS = {"the", "a", "an", "this", "that", "these", "those"}
POSSESSIVES = {"'s", "’s", "'", "’"}
AYN_MARKS = {"'", "’", "‘", "ʿ", "`"}
JUNK = {"q&a", "photo", "photos", "getty", "images", "read", "share", "follow", "staff", "editor"}
NOISE_PATH = Path(__file__).with_name("noise.yaml")


@cache
def noise_cues() -> dict:
    """The page-furniture cues of noise.yaml: heading words, desk words, byline labels."""
    data = yaml.safe_load(NOISE_PATH.read_text(encoding="utf-8"))
    return {"heading_words": {str(w).lower() for w in data["heading_words"]},
            "heading_max_words": int(data["heading_max_words"]),
            "desk_words": {str(w).lower() for w in data["desk_words"]},
            "byline_max_words": int(data["byline_max_words"]),
            "byline_labels": {str(w).lower() for w in data["byline_labels"]}}


def _is_name_token(token) -> bool:
    text = token.text
    return text[:1].isupper() or (text[:1].isdigit() and text[-2:] in {"st", "nd", "rd", "th"})


class EntityTyper:
    """Relabels a Doc's entities with ontology types; see the module docstring."""

    def __init__(self, pack: Pack):
        self.heads = {tuple(h.lower().split()): t for h, t in pack.name_heads.items()}
        self.tails = {tuple(t.lower().split()): ty for t, ty in pack.name_tails.items()}
        self.titles = {t.lower().rstrip(".") for t in pack.titles}
        # "Brig", "Navy Capt": a span ending in an abbreviated rank is the title before a name
        self.rank_abbreviations = {w.lower().rstrip(".") for t, kind in pack.titles.items() if kind == "rank"
                                   for w in t.split() if w.endswith(".")}
        self.not_names = pack.not_names | set(pack.roles)
        self.given_names = pack.given_names
        self.name_nouns = pack.name_nouns
        self.force_words = {w for w in pack.force_words if " " not in w}
        self.arabic = ArabicNames()
        self.countries = {
            n.lower() for a in pack.actors.values() if a.type == "COUNTRY" for n in (*a.names, *a.demonyms)
        }
        # capital city actor id -> country id, for "Tehran accused Washington of ..."
        capitals = {a.capital.lower(): a.id for a in pack.actors.values() if a.capital}
        self.capital_of = {
            a.id: capitals[n.lower()] for a in pack.actors.values() if a.type == "PLACE"
            for n in a.names if n.lower() in capitals
        }

    def __call__(self, doc: Doc) -> Doc:
        kept: list[Span] = []
        # the words this document writes in lower case (kept off the Doc: workers must pickle it)
        lowercase = {t.text for t in doc if t.text.islower()}
        counts = Counter(t.text for t in doc if t.is_title)
        for ent in self._split_credits(doc):
            span = self._trim(ent)
            if span is None:
                continue
            if ent.ent_id_:
                label, actor = ent.label_, ent.ent_id_
                if actor in self.capital_of and self._acts(span):
                    label, actor = "COUNTRY", self.capital_of[actor]
                kept.append(Span(doc, span.start, span.end, label=label, span_id=actor))
                continue
            if ent.label_ in NER_LABELS:
                if is_arabic(span.text):
                    continue  # the English model cannot read Arabic script: ArabicNames does
                if self._common_word(span, lowercase):
                    continue
                if self._in_headline(span):
                    span = self._headline_person(span, counts) if ent.label_ == "PERSON" else None
                    if span is None:
                        continue
                label = self._type_of(span, ent.label_)
                start, end = span.start, span.end
                if label == "PERSON":
                    start, end = self._person_bounds(span)
                if label:
                    kept.append(Span(doc, start, end, label=label))
            elif ent.label_ not in ONTOLOGY_TYPES:
                kept.append(ent)
        kept = self._add_structural(doc, kept)
        kept = self._name_nouns(doc, kept)
        kept = [span for span in kept if not self._furniture(span)] + self._surname_first_bylines(doc)
        arabic = self.arabic(doc, kept)
        kept += [g for g in self._arabic_glosses(doc, kept)
                 if not any(g.start <= a.start and a.end <= g.end and len(a) < len(g) for a in kept + arabic)]
        kept += arabic
        # doc.ents keeps token-level ids of replaced spans unless they are cleared first
        for token in doc:
            token.ent_id_ = ""
            token.ent_kb_id_ = ""
        doc.ents = filter_spans(kept)
        return doc

    def _name_nouns(self, doc: Doc, kept: list[Span]) -> list[Span]:
        """"The coalition", "the global coalition", "coalition forces", "Coalition": a name noun
        used as a name (the noun, with a force word after it), not "a coalition of parties".
        It stands for the one organisation the document names with the noun (and takes its
        pack id), else for an actor of its own. Returns `kept` with these spans in place of
        the model's guesses for them."""
        bare = [span for span in kept if not span.id_ and span.text.lower() in self.name_nouns]
        kept = [span for span in kept if span not in bare]
        covered = {t.i for span in kept for t in span}
        named: dict[str, set[tuple[str, str]]] = {}
        for span in kept:
            for noun in self.name_nouns & {t.lower_ for t in span}:
                if span.label_ in ORG_LABELS and len(span) > 1:
                    named.setdefault(noun, set()).add((span.label_, span.id_))
        for token in doc:
            noun = token.lower_
            if noun not in self.name_nouns or token.i in covered:
                continue
            start = token.i  # "the global coalition": the noun alone is the name
            while start > 0 and start - 1 not in covered and doc[start - 1].pos_ == "ADJ":
                start -= 1
            after = doc[token.i + 1] if token.i + 1 < len(doc) else None
            forces = after is not None and after.lower_ in self.force_words
            before = doc[start - 1].lower_ if start > 0 else ""
            definite = before == "the" and not (after is not None and after.lower_ == "of")
            proper = token.is_title and not token.is_sent_start and start == token.i
            if before in {"a", "an"} or not (forces or definite or proper):
                continue
            label, actor = next(iter(named[noun])) if len(named.get(noun, ())) == 1 else ("ORGANIZATION", "")
            end = token.i + 2 if forces else token.i + 1
            kept.append(Span(doc, token.i, end, label=label, span_id=actor))
        return kept

    def _person_bounds(self, span: Span) -> tuple[int, int]:
        """Where a person's name really starts and ends: the model often leaves out a
        sentence-initial given name ("Karim | Jassim ...", "Aman | Ahmad Taha ...") and a
        part written with an apostrophe for the Arabic ayn ("Kamal Jalil Bakr | 'Uthman")."""
        doc = span.doc
        start, end = span.start, span.end
        while start > 0 and doc[start - 1].is_title and not doc[start - 1].ent_type_ and (
                doc[start - 1].lower_ in self.given_names or doc[start - 1].is_sent_start
                and doc[start - 1].pos_ == "PROPN" and doc[start - 1].lower_.rstrip(".") not in self.titles
                and doc[start - 1].lower_ not in self.not_names):
            start -= 1
        while end + 1 < len(doc) and doc[end].text in AYN_MARKS and not doc[end].whitespace_ \
                and doc[end - 1].whitespace_ and doc[end + 1].is_title:
            end += 2
        return start, end

    @staticmethod
    def _arabic_glosses(doc: Doc, kept: list[Span]) -> list[Span]:
        """A name followed by its Arabic-script form in brackets, "Hisham al-Hashimi
        (هشام الهاشمي)": the bracketed form names the same actor, so it gets the same
        label and pack actor (not where a shorter name stands inside the brackets:
        "(رئيس منظمة بدر)", head of the Badr Organization, is a role)."""
        out = []
        for span in kept:
            end = span.end
            if end + 2 < len(doc) and doc[end].text == "(":
                close = next((i for i in range(end + 1, min(end + 8, len(doc))) if doc[i].text == ")"), None)
                if close and close > end + 1 and all(is_arabic(t.text) for t in doc[end + 1:close]):
                    out.append(Span(doc, end + 1, close, label=span.label_, span_id=span.id_))
        return out

    def _trim(self, span: Span) -> Span | None:
        start, end = span.start, span.end
        doc = span.doc
        while start < end and doc[start].lower_ in DETERMINERS:
            start += 1
        while end > start and (doc[end - 1].text in POSSESSIVES or doc[end - 1].is_punct
                               or doc[end - 1].is_space or doc[end - 1].lower_ in {"of", "and", "the", "al"}):
            end -= 1
        while start < end and (doc[start].is_space or doc[start].is_punct):
            start += 1
        if start >= end:
            return None
        text = doc[start:end].text
        words = [t.lower_.rstrip(".") for t in doc[start:end] if not t.is_punct]
        if not (any(c.isupper() for c in text) or is_arabic(text)) or len(text.strip()) < 2:
            return None  # Arabic script has no capitals: its names are kept
        if all(w in self.titles or w in JUNK for w in words) or words[-1:] and \
                words[-1] in self.rank_abbreviations:
            return None
        if ":" in text or "\n" in text:  # a headline or a label, not a name
            return None
        if text.lower() in self.not_names:
            return None
        if any(c.isdigit() for c in text) and any(
                t.is_alpha is False and any(c.isalpha() for c in t.text) and not t.like_num
                and t.text[-2:] not in {"st", "nd", "rd", "th"} for t in doc[start:end]):
            return None  # "M1A1", "F-16": model numbers, not names
        return doc[start:end]

    def _furniture(self, span: Span) -> bool:
        """A heading, an outlet desk or a name that is not an actor's (a legal category, a doctrine);
        a domain-pack actor never is."""
        if span.id_ and span.kb_id_ != "structure":
            return False
        cues = noise_cues()
        if span.text.lower() in self.not_names:
            return True
        line = _line_of(span)
        words = [t.lower_ for t in line if not t.is_punct and not t.is_space]
        if len(words) <= cues["heading_max_words"] and any(t.lower_ in cues["heading_words"] for t in span):
            return True
        if len(words) <= cues["byline_max_words"]:
            if span[-1].lower_ in cues["desk_words"]:
                return True
            after = span.doc[span.end] if span.end < line.end else None
            if span.label_ == "PERSON" and after is not None and after.lower_ in cues["desk_words"]:
                return True
        return False

    def _surname_first_bylines(self, doc: Doc) -> list[Span]:
        """"Knights, Michael" alone on a byline line: one person, surname first."""
        cues = noise_cues()
        found = []
        for line in _lines(doc):
            tokens = [t for t in line if not t.is_space]
            while tokens and tokens[0].lower_ in cues["byline_labels"]:
                tokens = tokens[1:]
            commas = [i for i, t in enumerate(tokens) if t.text == ","]
            if len(commas) != 1 or not 0 < commas[0] < len(tokens) - 1 or len(tokens) > 6:
                continue
            given = tokens[commas[0] + 1]
            named = all(t.is_title for t in tokens if t.text != ",")
            if given.text.lower() not in self.given_names or not named:
                continue
            found.append(Span(doc, tokens[0].i, tokens[-1].i + 1, label="PERSON"))
        return found

    @staticmethod
    def _split_credits(doc: Doc) -> list[Span]:
        """Split "REUTERS/Ken Cedeno" (a photo credit) into the agency and the photographer."""
        out = []
        for ent in doc.ents:
            slashes = [t.i for t in ent if t.text == "/"]
            if not slashes or ent.id_:
                out.append(ent)
                continue
            start = ent.start
            for cut in [*slashes, ent.end]:
                if cut > start:
                    part = doc[start:cut]
                    label = "ORG" if part.text.isupper() or len(part) == 1 else "PERSON"
                    out.append(Span(doc, start, cut, label=label))
                start = cut + 1
        return out

    def _headline_person(self, span: Span, counts: Counter) -> Span | None:
        """A person the model found in a title-case headline, cut to the words that are a given
        name or that the story writes again ("Abadi Warns Obama" gives Obama, not "Warns Obama";
        "Militia Groups" gives nothing)."""
        def known(token) -> bool:
            return token.lower_ in self.given_names or counts[token.text] > 1

        start, end = span.start, span.end
        while start < end and not known(span.doc[start]):
            start += 1
        while end > start and not known(span.doc[end - 1]):
            end -= 1
        return span.doc[start:end] if end > start else None

    @staticmethod
    def _in_headline(span: Span) -> bool:
        """A span inside a Title-Case line (a headline) is usually not a name of its own."""
        # in a headline even the common words are capitalised; look only at those (not the
        # second half of a hyphen compound: "Iran-aligned Militia Groups")
        words = [t for t in _line_of(span) if t.is_alpha and len(t) > 3
                 and not (t.i and t.nbor(-1).text == "-" and not t.nbor(-1).whitespace_)]
        common = [t for t in words if not t.ent_type_]
        if len(common) < 2:  # names and one verb ("Abadi Warns Obama"); not a list item or an
            # infobox line of names and one noun ("Allegiance Iran", "Part of Popular Mobilization Forces")
            return len(words) >= 2 and all(t.text[0].isupper() for t in words) and \
                any(t.pos_ in {"VERB", "AUX"} for t in words)
        capitalised = sum(1 for t in common if t.text[0].isupper())
        return capitalised / len(common) >= 0.8

    @staticmethod
    def _acts(span: Span) -> bool:
        """A capital that acts stands for its government: the subject of a verb, an agent
        ("backed by Tehran"), a possessor, or "pro-Tehran"; a dateline does not."""
        if span.text.isupper():
            return False
        root = span.root
        if root.dep_ in {"nsubj", "nsubjpass", "poss"}:
            return True
        if root.dep_ == "pobj" and root.head.lower_ == "by":
            return True
        doc = span.doc
        return span.start >= 2 and doc[span.start - 1].text == "-" and \
            doc[span.start - 2].lower_ in {"pro", "anti"}

    @staticmethod
    def _common_word(span: Span, lowercase: set[str]) -> bool:
        """A lone capitalised common word ("Kindhearted", "Soldier") the model took for a name."""
        if len(span) != 1 or span.text.isupper():
            return False
        token = span[0]
        if token.tag_ in {"JJ", "JJR", "JJS", "RB", "VB", "VBD", "VBG", "VBN"}:
            return True
        return token.lower_ in lowercase

    def _structure_type(self, span: Span) -> str | None:
        words = [t.lower_ for t in span]
        for n in range(min(3, len(words)), 0, -1):
            if tuple(words[:n]) in self.heads:
                return self.heads[tuple(words[:n])]
        for n in range(min(3, len(words)), 0, -1):
            if tuple(words[-n:]) in self.tails:
                return self.tails[tuple(words[-n:])]
        # "Joint Operations Command-Iraq": a tail word followed by -Place
        if len(words) > 2 and words[-2] == "-":
            return self._structure_type(span[:-2])
        # "Central Bank of Iraq", "Council of Representatives": a tail word before "of"
        for k in range(1, len(words) - 1):
            if words[k + 1] == "of" and (words[k],) in self.tails:
                return self.tails[(words[k],)]
        return None

    def _type_of(self, span: Span, label: str) -> str | None:
        structural = self._structure_type(span)
        text = span.text
        if label == "NORP":
            return "COUNTRY" if text.lower() in self.countries else None
        if label == "GPE":
            if text.lower() in self.countries:
                return "COUNTRY"
            if structural:
                return structural
            return "ORGANIZATION" if text.replace("-", "").isupper() and len(text) > 2 else "PLACE"
        if label in {"LOC", "FAC"}:
            return structural if structural in {"STATE_BODY", "ARMED_GROUP"} else "PLACE"
        if structural is None and label in {"ORG", "GPE", "FAC"} and len(span) >= 2 and \
                span[0].lower_ in self.given_names and \
                all(t.is_title or t.lower_ in CONNECTORS for t in span):
            return "PERSON"  # "Qais Khalaf Rahima" taken for an organisation
        if label == "PERSON":
            if structural:
                return structural
            if any(t.like_num for t in span) or text.isupper():
                return None
            return "PERSON"
        return structural or "ORGANIZATION"

    def _add_structural(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """Add organisation names found from their structure, replacing weaker spans."""
        runs = []
        i = 0
        while i < len(doc):
            if not _is_name_token(doc[i]):
                i += 1
                continue
            j = i + 1
            while j < len(doc) and (_is_name_token(doc[j]) or doc[j].lower_ in CONNECTORS):
                j += 1
            while j > i and not _is_name_token(doc[j - 1]):
                j -= 1
            runs.append((i, j))
            i = max(j, i + 1)
        out = list(ents)
        for start, end in runs:
            # a sentence-initial determiner or title is not part of the name
            while start < end and (doc[start].lower_ in DETERMINERS):
                start += 1
            if end - start < 2:
                continue
            span = doc[start:end]
            label = self._structure_type(span)
            if not label or self._in_headline(span):
                continue
            overlapping = [e for e in out if e.start < end and start < e.end]
            if any(e.ent_id_ and e.label_ not in {"COUNTRY", "PLACE"} for e in overlapping):
                continue
            if any(e.start < start or e.end > end for e in overlapping):
                continue
            out = [e for e in out if e not in overlapping]
            out.append(Span(doc, start, end, label=label, kb_id="structure"))
        return out


def _line_of(span: Span) -> Span:
    """The line a span stands on (lines end at a token with a newline in it or after it)."""
    doc = span.doc
    start = span.start
    while start > 0 and "\n" not in doc[start - 1].text_with_ws:
        start -= 1
    end = span.end
    while end < len(doc) and "\n" not in doc[end - 1].text_with_ws:
        end += 1
    return doc[start:end]


def _lines(doc: Doc) -> list[Span]:
    out, start = [], 0
    for token in doc:
        if "\n" in token.text_with_ws:
            if token.i + 1 > start:
                out.append(doc[start:token.i + 1])
            start = token.i + 1
    if start < len(doc):
        out.append(doc[start:])
    return out


@cache
def _pack_for(paths: tuple[str, ...]) -> Pack:
    return load_packs([__import__("pathlib").Path(p) for p in paths])


@Language.factory(
    "shabaka_entities",
    default_config={"packs": []},
    assigns=["doc.ents"],
    requires=["doc.ents"],
)
def make_entity_typer(nlp: Language, name: str, packs: list[str]) -> EntityTyper:
    return EntityTyper(_pack_for(tuple(packs or [str(p) for p in pack_paths()])))
