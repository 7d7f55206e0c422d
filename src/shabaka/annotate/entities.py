"""The `shabaka_entities` component: name structure and type correction.

The general English model mislabels this domain (armed groups as PERSON or GPE,
"Daesh" as a place). After the pack's entity ruler and the statistical NER have
run, this component relabels every entity with one of the ontology's six types,
finds organisation names from their structure ("Kata'ib X", "X Command"), trims
determiners and possessives, and drops junk spans.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import yaml
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from shabaka.annotate.arabic import ArabicNames
from shabaka.annotate.patterns import BRIGADE_PREFIXES
from shabaka.annotate.tokens import shared, token_table
from shabaka.names import KUNYA, acronyms, is_arabic, name_key
from shabaka.ontology import Pack, load_packs
from shabaka.ontology.loader import pack_paths
from shabaka.resolve.matching import words_agree

ONTOLOGY_TYPES = ("PERSON", "ARMED_GROUP", "STATE_BODY", "ORGANIZATION", "COUNTRY", "PLACE")
NER_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}
# "the Al-Rumayd tribe": words after a name that make it a kin group's, not a person's
KIN_GROUPS = {"tribe", "tribes", "clan", "clans"}
TRIBAL_PREFIXES = {"Albu", "Al-Bu", "Al", "Bu", "Bani", "Beni", "Aal", "Ahl"}
ORG_LABELS = {"ARMED_GROUP", "STATE_BODY", "ORGANIZATION"}
CONNECTORS = {"al", "el", "ad", "ash", "at", "as", "an", "ar", "az", "bin", "ibn", "bint", "abu", "of",
              "the", "for", "ahl", "-", "wa", "li", "fi", "bil", "de", "du", "la", "le"}
DETERMINERS = {"the", "a", "an", "this", "that", "these", "those"}
POSSESSIVES = {"'s", "’s", "'", "’"}
AYN_MARKS = {"'", "’", "‘", "ʿ", "`"}
_ORDINAL = re.compile(r"\d{1,3}(?:st|nd|rd|th)")
# "Shia militia groups (SMG)": an acronym a text coins for a description, not a name
_DESCRIBED_ACRONYM = re.compile(r"\b[a-z]+ \(([A-Z]{2,6})\)")
# an encyclopedia's gloss of a name: "lit. 'Movement of the Party of God's Nobles'", "romanized: Ḥaraka ..."
_GLOSS = re.compile(r"\b(?:lit\.|literally|romanized:|transliterated:)\s*"
                    r"(?:['‘\"“][^\n]{1,120}?['’\"”](?=[),;.]|$)|[^,;)\n]{1,120})")
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


def _is_name_word(text: str) -> bool:
    return text[:1].isupper() or (text[:1].isdigit() and text[-2:] in {"st", "nd", "rd", "th"})


class EntityTyper:
    """Relabels a Doc's entities with ontology types; see the module docstring."""

    def __init__(self, pack: Pack):
        self.heads = {tuple(h.lower().split()): t for h, t in pack.name_heads.items()}
        self.tails = {tuple(t.lower().split()): ty for t, ty in pack.name_tails.items()}
        self.titles = {t.lower().rstrip(".") for t in pack.titles}
        self.service_words = set(pack.wording.words["service_words"])  # "Marine Gen. X", "Army Col. Y"
        # "Brig", "Navy Capt": a span ending in an abbreviated rank is the title before a name
        self.rank_abbreviations = {w.lower().rstrip(".") for t, kind in pack.titles.items() if kind == "rank"
                                   for w in t.split() if w.endswith(".")}
        self.roles = set(pack.roles)
        # "Activist Sajjad al-Iraqi": a calling before a name, which no relation reads
        self.callings = self.roles | set(pack.wording.words["civilian_roles"])
        # "PMF brigade 40": the umbrella, then its brigade (two actors, as "the PMF's 40th Brigade" is)
        self.umbrellas = {text: (actor.id, actor.type) for actor in pack.actors.values()
                          for text in (*actor.names, *actor.acronyms) if text in BRIGADE_PREFIXES}
        # every word of a title or role: "Iraqi Prime Minister X" holds no longer name
        title_words = {w.rstrip(".") for t in (*self.titles, *self.roles) for w in t.split()}
        self.place_kinds = {w.lower() for w in pack.place_kinds}
        # a kind of area a name before it is ("Tel Keppe district"), not of site ("Camp Speicher")
        self.area_words = {w.lower() for w, kind in pack.place_kinds.items() if kind != "camp"}
        self.not_names = pack.not_names | self.roles
        self.given_names = pack.given_names
        self.name_nouns = pack.name_nouns
        self.unit_words = {"brigade", "brigades", "battalion", "battalions", "division", "regiment"}
        self.command_words = {w[0] for w, t in self.tails.items() if len(w) == 2 and w[1] == "command"
                              and t == "STATE_BODY"}
        self.actor_names = {a.id: {n.lower() for n in a.names} for a in pack.actors.values()}
        self.demonyms = {a.id: set(a.demonyms) for a in pack.actors.values() if a.demonyms}
        # the one-word names a stance may take ("pro-Iran", "anti-ISIS", "pro-Assad", "anti-Sadr")
        self.one_word_names = {n.lower() for a in pack.actors.values() for n in (*a.names, *a.acronyms)
                               if " " not in n} | {c.lower() for c in pack.country_words} | {
            n.split()[-1].lower().removeprefix("al-") for a in pack.actors.values() if a.type == "PERSON"
            for n in a.names if " " in n}
        self.force_words = {w for w in pack.force_words if " " not in w}
        self.generic_words = {w.lower() for w in pack.generic_words}
        self.armed_kinds = pack.wording.words["armed_kinds"]
        words = pack.wording.words
        self.stance_prefixes = words["aligning_prefixes"] | words["opposing_prefixes"]  # "pro-Assad X"
        self.body_nouns = pack.wording.words["group_nouns"] | pack.wording.words["unit_words"]
        # "the Battle of X", "the Siege of X": a happening named by its place, which is the name
        self.violence_words = {w.lower() for t in ("attack", "killing", "battle")
                               for w in pack.event_triggers.get(t, ()) if " " not in w}
        self.arabic = ArabicNames()
        self.countries = set(pack.country_words)
        self.title_or_country = title_words | self.countries  # no part of a longer name
        # a state body's own country, and each country's words: "Turkish Interior Ministry" is not
        # the Iraqi ministry the pack calls "Interior Ministry"
        self.country_of = pack.country_words
        self.home_country = {a.id: home for a in pack.actors.values()
                             if a.type != "COUNTRY" and (home := _home_country(pack, a.id)) is not None}
        self.departments = _departments(pack, self.country_of)
        # "close ties with Ankara", "a partnership with Tehran": a capital on the other side of a tie
        self.tie_nouns = {n for n, (relation, _) in pack.wording.relation_nouns.items()
                          if relation == "allied_with"} | set(pack.wording.pair_nouns) | {"relation"}
        self.partner_verbs = set(pack.wording.words["partner_verbs"])  # "works closely with Ankara"
        self.relation_nouns = set(pack.wording.relation_nouns)  # "an ally of Tehran"
        self.hyphen_words = set(pack.wording.hyphen_words)  # "Tehran-backed", "Washington-designated"
        self.aid_nouns = set(pack.wording.words["aid_nouns"])  # "receives funding from Tehran"
        self.relation_verbs = set(pack.wording.verbs)  # "Washington, which trained the Peshmerga"
        self.city_parts = set(pack.wording.words["city_parts"])  # "Baghdad's airport"
        # "villages near Hawijah, including Tal Ghazal and Arab Lok": the names a word for places lists
        self.place_nouns = pack.wording.words["place_nouns"]
        self.list_prepositions = pack.wording.words["list_prepositions"]
        self.town_rulers = pack.wording.words["town_rulers"]
        self.facility_words = pack.wording.words["facility_words"]  # "Al-Walid crossing"
        self.operation_nouns = pack.wording.words["operation_nouns"]
        # capital city actor id -> country id, for "Tehran accused Washington of ..."
        capitals = {a.capital.lower(): a.id for a in pack.actors.values() if a.capital}
        self.capital_of = {
            a.id: capitals[n.lower()] for a in pack.actors.values() if a.type == "PLACE"
            for n in a.names if n.lower() in capitals
        }

    def __call__(self, doc: Doc) -> Doc:
        with shared(doc):  # every step below reads the same tokens
            return self._relabel(doc)

    def _relabel(self, doc: Doc) -> Doc:
        kept: list[Span] = []
        table = token_table(doc)
        # the words this document writes in lower case (kept off the Doc: workers must pickle it)
        lowercase = {w for w in table.text if w.islower()}
        described = set(_DESCRIBED_ACRONYM.findall(table.doc_text))
        glosses = [m.span() for m in _GLOSS.finditer(table.doc_text)]
        found = doc.ents  # the ruler's and the model's, read once (spaCy makes each Span again per read)
        for ent in self._split_credits(doc, found):
            if ent.ent_id_ and len(ent) == 1 and ent.label_ != "COUNTRY" and \
                    self._after_article(doc, ent.start) and ent.text in self.demonyms.get(ent.ent_id_, ()):
                kept.append(Span(doc, ent.start - 2, ent.end, label="PERSON"))  # "Al-Houthi said": a man
                continue
            span = self._trim(ent)
            if span is None:
                continue
            if ent.ent_id_:
                label, actor = ent.label_, ent.ent_id_
                if actor in self.capital_of and self._acts(span):
                    label, actor = "COUNTRY", self.capital_of[actor]
                if self._another_states(doc, span, actor):  # "Turkish Interior Ministry" (or "Iraq's
                    # National Security Council", the country a name of its own)
                    possessed = doc[span.start - 1].text in POSSESSIVES
                    kept.append(Span(doc, span.start - (0 if possessed else 1), span.end, label=label))
                    continue
                if (longer := self._longer_name(doc, span, label)) is not None:
                    if longer.label_:  # "Nineveh Plain Protection Units": a body of its own
                        kept.append(longer)
                    continue  # "the International Congress of Mathematicians" is no U.S. Congress
                if label == "PERSON" and self._another_mans_surname(doc, span, actor):
                    kept.append(Span(doc, span.start - 1, span.end, label=label))
                    continue  # "Mehmet Erdogan", a PKK commander, is no president of Turkey
                if label == "PERSON" and (start := self._hyphened_start(doc, span.start)) < span.start:
                    kept.append(Span(doc, start, span.end, label=label, span_id=actor))
                    continue  # "Abdul-Sattar Abu Risha", where the pack knows "Sattar Abu Risha"
                if label == "PERSON" and (end := self._person_bounds(span)[1]) > span.end:
                    # "Abu Fadak | al-Mohammedawi": a pack name the text goes on with a nisba is one
                    # name, the actor's where it is a full name ("Jamal Jaafar Ibrahim al-Ibrahimi") or
                    # the pack spells it so; a kunya with another nisba may be another man's
                    keys = {name_key(doc[span.start:end].text), name_key(doc[span.start + 1:end].text)}
                    named = any(name_key(n) in keys for n in self.actor_names.get(actor, ()))
                    # a nickname the pack knows ("Hajj Qasem") then a family name: his only if his own
                    # ("Hajj Qasem Soleimani", not "Hajj Qasem Mohammadi")
                    nickname = doc[span.end - 1].lower_ in self.given_names
                    same = named or not nickname and span[0].lower_ not in KUNYA and len(span) > 1
                    kept.append(Span(doc, span.start, end, label=label, span_id=actor if same else ""))
                    continue
                umbrella = self.umbrellas.get(span[0].text) if len(span) == 3 and span[2].like_num else None
                if umbrella is not None and umbrella[0] != actor:
                    kept.append(Span(doc, span.start, span.start + 1, label=umbrella[1], span_id=umbrella[0]))
                    kept.append(Span(doc, span.start + 1, span.end, label=label, span_id=actor))
                    continue
                kept.append(Span(doc, span.start, span.end, label=label, span_id=actor))
                continue
            if ent.label_ in NER_LABELS:
                if is_arabic(span.text):
                    continue  # the English model cannot read Arabic script: ArabicNames does
                if self._common_word(span, lowercase, ent.label_) or self._in_title(span) or \
                        self._headline_words(span, lowercase, ent.label_):
                    continue
                if self._in_headline(span) and ent.label_ != "PERSON" or span.text in described:
                    continue
                label = self._type_of(span, ent.label_)
                if label in {"ORGANIZATION", "ARMED_GROUP"} and self._names_an_operation(span):
                    continue  # "the Claw-Eagle operation", "Operation Claw-Lock": a deed's name, no actor
                if label == "ORGANIZATION" and span.start > ent.start and self._structure_type(span) is None \
                        and all(t.is_title for t in span) and \
                        doc[ent.start:span.start].text.lower() in self.roles:
                    label = "PERSON"  # "Spokesperson Morgan Ortagus": a role opened the name of a person
                start, end = span.start, span.end
                if ent.label_ != "PERSON" and (rest := self._name_after_given(span)):
                    # "Jamal | Jaafar Ibrahimi": the model took "Jamal" for a place
                    label, end = "PERSON", rest
                if label == "PERSON":
                    start, last = self._person_bounds(span)
                    end = max(end, last)
                    if end < len(doc) and doc[end].lower_ in KIN_GROUPS:
                        label, end = "ORGANIZATION", end + 1  # "the Al-Rumayd tribe": the tribe, not a man
                        while start > 0 and doc[start - 1].text in TRIBAL_PREFIXES:
                            start -= 1  # "the Albu Fahd tribe", where the model found "Fahd"
                if label:
                    kept.append(Span(doc, start, end, label=label))
            elif ent.label_ not in ONTOLOGY_TYPES:
                kept.append(ent)
        kept = self._add_structural(doc, kept)
        kept = self._name_nouns(doc, kept, found)
        kept = self._ordinal_units(doc, kept)
        kept = self._command_areas(doc, kept)
        kept = self._ministers_ministries(doc, kept)
        kept = self._defined_as_armed(kept)
        kept = [self._conjoined_tail(doc, span) for span in kept]
        kept = [span for span in kept if not self._service_before_rank(span)]
        kept = [span for span in kept if not self._furniture(span)
                and not any(start <= span.start_char < end for start, end in glosses)]
        kept += self._surname_first_bylines(doc)
        arabic = self.arabic(doc, kept)
        kept += [g for g in self._arabic_glosses(doc, kept)
                 if not any(g.start <= a.start and a.end <= g.end and len(a) < len(g) for a in kept + arabic)]
        kept += arabic
        # doc.ents keeps token-level ids of replaced spans unless they are cleared first
        for token in table.tokens:
            token.ent_id_ = ""
            token.ent_kb_id_ = ""
        doc.ents = self._list_types(filter_spans(kept))
        return doc

    def _longer_name(self, doc: Doc, span: Span, label: str) -> Span | None:
        """The longer name a one-word pack name stands inside, where capitalised words the model
        and the packs leave unread run on from it ("International Congress of Mathematicians",
        "Mosul University"): with its type where its words say one, else unlabelled; None where
        the word stands alone, is a person's or an acronym, or the line is a headline."""
        if len(span) != 1 or label in {"PERSON", "COUNTRY"} or sum(c.isupper() for c in span.text) > 1 or \
                self._in_headline(span):
            return None  # not "DoD News": an acronym opens a name of its own

        def free(t: Token) -> bool:  # a capitalised word no entity, title, role or country holds
            return t.pos_ == "PROPN" and t.text[:1].isupper() and t.is_alpha and not t.ent_type_ and \
                not t.is_sent_start and not t.is_stop and t.lower_ not in self.not_names and \
                t.lower_.rstrip(".") not in self.title_or_country and \
                not {t.lower_, t.lower_.removesuffix("s")} & self.place_kinds  # "the Saladin Provinces"
        start, end = span.start, span.end
        while start > 0 and free(doc[start - 1]):
            start -= 1
        while end < len(doc) and (free(doc[end]) or doc[end].lower_ == "of" and end + 1 < len(doc)
                                  and free(doc[end + 1])):
            end += 1
        while end + 2 < len(doc) and doc[end].lower_ in {"al", "el"} and doc[end + 1].text == "-" and \
                not doc[end].whitespace_ and free(doc[end + 2]):
            end += 3  # "Hashd al-Atabat", the shrine units: a name of its own, not the Hashd
        if (start, end) == (span.start, span.end):
            return None
        longer = Span(doc, start, end)
        kind = self._structure_type(longer)
        return Span(doc, start, end, label=kind) if kind else longer

    def _another_mans_surname(self, doc: Doc, span: Span, actor: str) -> bool:
        """Whether a pack man's one-word family name follows a given name that is not his: the
        name of another man of that family ("Mehmet Erdogan"), not of the one the pack knows."""
        if len(span) != 1 or span.start == 0:
            return False
        given = doc[span.start - 1]
        if not (given.is_title and given.is_alpha and given.pos_ == "PROPN") or given.ent_type_ or \
                given.is_stop or given.lower_ in self.not_names | self.callings | KUNYA or \
                given.lower_ in self.title_or_country or given.lower_ in self.titles:
            return False
        own = {n.split()[0] for n in self.actor_names.get(actor, ()) if " " in n}
        return bool(own) and not any(words_agree(given.lower_, w) for w in own)

    def _service_before_rank(self, span: Span) -> bool:
        """A service's word the model took for a man, before a rank: "Marine" in "Marine Gen. X"."""
        doc = span.doc
        return span.label_ == "PERSON" and len(span) == 1 and span[0].lower_ in self.service_words and \
            span.end < len(doc) and doc[span.end].lower_.rstrip(".") in self.titles

    @staticmethod
    def _conjoined_tail(doc: Doc, span: Span) -> Span:
        """A name's Arabic 'and the ...' tail ("Jaysh Ahl al-Sunnah wa-l-Jamaah", "Ansar al-Sunna
        wal-Jamaa", "... wa al-Jihad") is part of the name; the model ends it before."""
        if span.label_ not in {"ARMED_GROUP", "ORGANIZATION", "STATE_BODY"}:
            return span
        words = [t.lower_ for t in doc[span.end:span.end + 5]]
        for shape in (["wa", "-", "l", "-"], ["wa", "al", "-"], ["wal", "-"], ["wa", "-"]):
            n = len(shape)
            if words[:n] == shape and len(words) > n and doc[span.end + n].is_alpha and \
                    doc[span.end + n].text[:1].isupper():
                return Span(doc, span.start, span.end + n + 1, label=span.label_, span_id=span.id_)
        return span

    def _another_states(self, doc: Doc, span: Span, actor: str) -> bool:
        """Whether another country's name or demonym opens a state body's pack name: "Turkish
        Interior Ministry", "the Syrian Army" are that state's, a body of their own."""
        home = self.home_country.get(actor)
        if home is None or span.start == 0:
            return False
        before = span.start - 1
        if before > 0 and doc[before].text in POSSESSIVES:  # "Iraq's National Security Council"
            before -= 1
        word = doc[before].text.lower()
        return word in self.country_of and self.country_of[word] != home

    def _list_types(self, spans: list[Span]) -> list[Span]:
        """A model's guess listed with names of one kind takes their type: in "oilfields such as
        Najma, Qayyarah, Pulkhana, and Alas" Alas is a place like the others, not a person; and
        names a word for places lists ("villages near Hawijah, including Tal Ghazal and Arab Lok")
        are places."""
        at = {t.i: span for span in spans for t in span}
        out = []
        for span in spans:
            if not span.id_ and span.kb_id_ != "structure" and span.label_ in ONTOLOGY_TYPES:
                listed = {at[c.i].label_ for c in span.root.conjuncts if c.i in at and at[c.i] is not span}
                others = [c for c in span.root.conjuncts if c.i in at]
                if len(listed) == 1 and len(others) >= 2 and listed != {span.label_}:
                    span = Span(span.doc, span.start, span.end, label=listed.pop())
                elif span.label_ != "PLACE" and (self._listed_by_place_noun(span.root) or
                                                 self._named_as_place(span)) or \
                        span.label_ == "ORGANIZATION" and self._ruled_town(span):
                    span = Span(span.doc, span.start, span.end, label="PLACE")
            out.append(span)
        return out

    def _names_an_operation(self, span: Span) -> bool:
        """Whether a name is a military operation's: "Operation Claw-Lock", "the Claw-Eagle
        operation", "an offensive, code-named Tigris Eagle"."""
        doc, words = span.doc, self.operation_nouns
        if span[0].lower_ in words or span.end < len(doc) and doc[span.end].lower_ in words:
            return True
        before = doc[max(0, span.start - 5):span.start]
        return any(t.lower_ in {"dubbed", "named", "codenamed", "code-named"} for t in before[-2:]) and \
            any(t.lower_ in words for t in before)

    def _named_as_place(self, span: Span) -> bool:
        """Whether the text calls the name a place: "the Yazidi town, Khanasor", "the town of
        Khanasor", "Al-Walid crossing" (a site's word ends its name)."""
        root = span.root
        if span[-1].is_lower and span[-1].text in self.facility_words and len(span) > 1 and \
                self._structure_type(span) is None:  # (not "the New Athenian School", a movement)
            return True
        apposed = root.dep_ == "appos" and span.start > 0 and span.doc[span.start - 1].text == ","
        head = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "of" else \
            root.head if apposed else None
        return head is not None and head.tag_ == "NN" and head.lemma_.lower() in self.place_nouns and \
            head.i < span.start

    def _ruled_town(self, span: Span) -> bool:
        """Whether a name the model took for an organisation is what a mayor or governor runs
        ("the mayor of Bradost"), where its words say no body ("governor of the Central Bank")."""
        head = span.root.head
        return span.root.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in \
            self.town_rulers and self._structure_type(span) is None

    def _listed_by_place_noun(self, root: Token) -> bool:
        """Whether a name is one of those a plural word for places lists: "villages near Hawijah,
        including A and B", "19 villages, namely A, B and C"."""
        first = root.head if root.dep_ == "conj" else root
        while first.dep_ == "conj":
            first = first.head
        if first.dep_ == "appos":  # "19 villages, namely A, B and C"
            noun = first.head
        elif first.dep_ == "pobj" and first.head.lower_ in self.list_prepositions:
            noun = first.head.head
        else:
            return False
        return noun.tag_ == "NNS" and noun.lemma_.lower() in self.place_nouns

    def _name_nouns(self, doc: Doc, kept: list[Span], found: tuple[Span, ...]) -> list[Span]:
        """"The coalition", "the global coalition", "coalition forces", "Coalition": a name noun
        used as a name (the noun, with a force word after it), not "a coalition of parties".
        It stands for the one organisation the document names with the noun (and takes its
        pack id), else for the pack actor whose name it ends ("international coalition
        forces"), else for an actor of its own. Returns `kept` with these spans in place of
        the model's guesses for them."""
        described = {t.i: (ent.label_, ent.ent_id_) for ent in found if ent.ent_id_ and ent.text.islower()
                     for t in ent}
        bare = [span for span in kept if not span.id_ and span.text.lower() in self.name_nouns]
        kept = [span for span in kept if span not in bare]
        covered = {t.i for span in kept for t in span}
        named: dict[str, set[tuple[str, str]]] = {}
        for span in kept:
            for noun in self.name_nouns & {t.lower_ for t in span}:
                if span.label_ in ORG_LABELS and len(span) > 1:
                    named.setdefault(noun, set()).add((span.label_, span.id_))
        table = token_table(doc)
        for token in (table.tokens[i] for i, w in enumerate(table.lower) if w in self.name_nouns):
            noun = token.lower_
            if token.i in covered:
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
            label, actor = next(iter(named[noun])) if len(named.get(noun, ())) == 1 else \
                described.get(token.i, ("ORGANIZATION", ""))  # "international coalition forces"
            end = token.i + 2 if forces else token.i + 1
            kept.append(Span(doc, token.i, end, label=label, span_id=actor))
        return kept

    def _ordinal_units(self, doc: Doc, kept: list[Span]) -> list[Span]:
        """Numbered units: "the 47th Popular Mobilization Forces (PMF) brigade" is one unit (of
        the group it names: its type), not the group; in "the 45th, 46th, and 47th Brigades"
        each number before the named unit is a unit of the same kind."""
        units = {w[0]: t for w, t in self.tails.items() if len(w) == 1 and t in ORG_LABELS - {"ORGANIZATION"}
                 and w[0] in self.unit_words}
        starts = {span.start: span for span in kept}
        out = list(kept)
        table = token_table(doc)
        for token in (table.tokens[i] for i, w in enumerate(table.text) if _ORDINAL.fullmatch(w)):
            if token.i + 1 >= len(doc):
                continue
            inner = starts.get(token.i + 1)
            if inner is not None and len(inner) == 1 and inner[0].lower_ in units:
                # "the 18th Brigade of the PMF", the model's unit without its number
                out = [s for s in out if s is not inner]
                out.append(Span(doc, token.i, inner.end, label=inner.label_, kb_id="structure"))
                continue
            if inner is not None and inner.label_ in ORG_LABELS:
                end = inner.end
                if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
                    end += 3  # "(PMF)"
                if end < len(doc) and doc[end].lower_ in units:
                    label = inner.label_ if inner.label_ != "ORGANIZATION" else units[doc[end].lower_]
                    out = [s for s in out if not (token.i <= s.start and s.end <= end + 1)]
                    out.append(Span(doc, token.i, end + 1, label=label, kb_id="structure"))
                continue
            unit = starts.get(token.i)
            if unit is None or unit[-1].lower_ not in units:
                continue
            i = token.i - 1  # "the 45th, 46th, and 47th Brigades"
            while i > 0 and doc[i].lower_ in {",", "and", "or"}:
                i -= 1
                if _ORDINAL.fullmatch(doc[i].text) and doc[i].i not in starts:
                    out.append(Span(doc, i, i + 1, label=unit.label_, kb_id="structure"))
                    i -= 1
        # "Brigade 313", "Brigade 40": a unit named by its number, which the model leaves unread
        covered = {i for span in out for i in range(span.start, span.end)}
        for token in table.tokens:
            if token.text in {"Brigade", "Regiment", "Division", "Battalion"} and token.lower_ in units and \
                    token.i + 1 < len(doc) and doc[token.i + 1].text.isdigit() and \
                    len(doc[token.i + 1].text) <= 3 and not {token.i, token.i + 1} & covered:
                out.append(Span(doc, token.i, token.i + 2, label=units[token.lower_], kb_id="structure"))
        return out

    def _ministers_ministries(self, doc: Doc, kept: list[Span]) -> list[Span]:
        """A minister's title names the ministry he leads: "Interior Minister X", "the minister of
        defence", "Iraq's oil minister" (ONTOLOGY.md: a minister leads his ministry). The
        department's word is a mention of the pack's ministry where nothing else holds it and the
        country said before the title, if any, is the ministry's own; a department only some
        country's ministry bears ("Foreign Ministry") needs that country said."""
        taken = {i for span in kept for i in range(span.start, span.end)}
        named: dict[str, int] = {}
        for span in kept:
            country = self.country_of.get(span.text.lower()) if span.label_ == "COUNTRY" else None
            if country is not None:
                named[country] = named.get(country, 0) + 1
        # a bare "Defence Minister" is the home country's where the text is about that country most
        main = {c for c, n in named.items() if n == max(named.values())}
        out = list(kept)
        for token in token_table(doc).tokens:
            if token.lower_ != "minister":
                continue
            found = None
            if token.i + 2 < len(doc) and doc[token.i + 1].lower_ == "of":  # "Minister of (the) Interior"
                start = token.i + 2 + (doc[token.i + 2].lower_ == "the")
                found = self._department_at(doc, start, forward=True)
                opener = token.i - 1
            if found is None:  # "Interior Minister", "Iraqi Defense Minister", "interior minister of Iraq"
                found = self._department_at(doc, token.i - 1, forward=False)
                opener = found[0] - 1 if found else -1
            if found is None or any(i in taken for i in range(found[0], found[1])):
                continue
            start, end, (actor, home, bare) = found
            while opener >= 0 and doc[opener].lower_ in {"the", "'s", "’s", "former", "then", "acting"}:
                opener -= 1
            said = self.country_of.get(doc[opener].lower_) if opener >= 0 else None
            if said is None and opener >= 0 and (opener in taken or doc[opener].pos_ == "PROPN"):
                continue  # "KRG Interior Minister X", "Hamas Interior Minister X": another body's minister
            sentence = doc[start].sent
            others = {c for s in kept if s.label_ == "COUNTRY" and sentence.start <= s.start < sentence.end
                      for c in [self.country_of.get(s.text.lower())] if c is not None and c != home}
            if said != home and (said is not None or not bare or home not in main or others):
                continue  # "Turkish Defence Minister", or a bare "Foreign Minister" beside Turkey: whose?
            if not any(s.label_ == "PERSON" and s.start < token.i + 8 and s.end > start - 8 for s in kept):
                continue  # "the interior minister said": no minister named, so no claim to carry the ministry
            out.append(Span(doc, start, end, label="STATE_BODY", span_id=actor))
            taken.update(range(start, end))
        return out

    def _department_at(self, doc: Doc, i: int, forward: bool
                       ) -> tuple[int, int, tuple[str, str, bool]] | None:
        """The longest department name ending (or, forward, starting) at token i."""
        for n in (3, 2, 1):
            start, end = (i, i + n) if forward else (i - n + 1, i + 1)
            if start < 0 or end > len(doc):
                continue
            words = " ".join(t.lower_ for t in doc[start:end])
            if words in self.departments:
                return start, end, self.departments[words]
        return None

    def _defined_as_armed(self, kept: list[Span]) -> list[Span]:
        """'The Mukhtar Army is a Shi'a Iraqi militia group', 'X, an insurgent group, ...': what
        the text says a body is outweighs what its name's last word suggests (an "Army" is
        most often a state's)."""
        out = []
        for span in kept:
            root = span.root
            if span.id_ or span.label_ not in ORG_LABELS - {"ARMED_GROUP"}:
                out.append(span)
                continue
            predicates = [c for c in root.children if c.dep_ == "appos"]
            if root.dep_ in {"nsubj", "nsubjpass"} and root.head.lemma_ == "be":
                predicates += [c for c in root.head.children if c.dep_ == "attr"]
            if any(self._armed_kind(p) for p in predicates):
                span = Span(span.doc, span.start, span.end, label="ARMED_GROUP", kb_id="definition")
            out.append(span)
        return out

    def _armed_kind(self, noun: Token) -> bool:
        """A common noun for an armed group: 'militia', 'an insurgent group', 'a terrorist organization'."""
        lemma = noun.lemma_.lower()
        if noun.pos_ != "NOUN" or noun.ent_type_:
            return False
        return lemma in self.armed_kinds or lemma in self.body_nouns and any(
            c.dep_ in {"amod", "compound"} and c.lemma_.lower() in self.armed_kinds for c in noun.children)

    def _command_areas(self, doc: Doc, kept: list[Span]) -> list[Span]:
        """"commander of Anbar operations", "the Nineveh operations commander": a place and the
        first word of a command's name ("Operations Command", core.yaml's name_structure)
        next to "commander" name that command, not the place."""
        out = []
        for span in kept:
            end = span.end
            if span.label_ == "PLACE" and end < len(doc) and doc[end].lower_ in self.command_words:
                after = doc[end + 1].lower_ if end + 1 < len(doc) else ""
                before = doc[span.start - 2:span.start].text.lower() if span.start >= 2 else ""
                if after in {"commander", "command"} or before in {"commander of", "command of"}:
                    span = Span(doc, span.start, end + 1, label="STATE_BODY", kb_id="structure")
            out.append(span)
        return out

    def _name_after_given(self, span: Span) -> int | None:
        """Where a person's name ends when the model tagged only its first word, a given name,
        as something else and left the rest of the name untagged; None if it did not."""
        doc = span.doc
        if len(span) != 1 or span[0].lower_ not in self.given_names or span[0].lower_ in self.countries:
            return None
        end = span.end
        while end < len(doc) and not doc[end].ent_type_ and doc[end].pos_ == "PROPN" and (
                doc[end].is_title or doc[end].lower_ in CONNECTORS and end + 1 < len(doc)
                and doc[end + 1].is_title):
            end += 1
        return end if end - span.end and doc[end - 1].is_title else None

    def _person_bounds(self, span: Span) -> tuple[int, int]:
        """Where a person's name really starts and ends: the model often leaves out a
        sentence-initial given name ("Karim | Jassim ...", "Aman | Ahmad Taha ...") and a
        part written with an apostrophe for the Arabic ayn ("Kamal Jalil Bakr | 'Uthman")."""
        doc = span.doc
        start, end = span.start, span.end
        while end - start > 2 and doc[start].lower_ in self.callings and \
                doc[start].lower_ not in self.given_names:
            start += 1  # "Spokesperson Dana W. White", "Activist Reham Yacoub": a role the model took in
        while start > 0 and doc[start - 1].is_title and not doc[start - 1].ent_type_ and (
                doc[start - 1].lower_ in self.given_names or doc[start - 1].is_sent_start
                and doc[start - 1].pos_ == "PROPN" and doc[start - 1].lower_.rstrip(".") not in self.titles
                and doc[start - 1].lower_ not in self.not_names
                and doc[start - 1].lower_ not in self.callings):
            start -= 1
        start = self._hyphened_start(doc, start)
        while end + 1 < len(doc) and doc[end].text in AYN_MARKS and not doc[end].whitespace_ \
                and doc[end - 1].whitespace_ and doc[end + 1].is_title:
            end += 2
        while end + 2 < len(doc) and doc[end + 2].is_title and self._after_article(doc, end + 2):
            end += 3  # "Abu Khalid | al-Iraqi": the model stopped before the nisba
        if end < len(doc) and end - start > 1 and doc[end - 1].lower_ in self.given_names and \
                doc[end].is_title and doc[end].pos_ == "PROPN" and not doc[end].ent_type_ and \
                doc[end].lower_ not in self.not_names | self.given_names and \
                doc[end].lower_.rstrip(".") not in self.title_or_country:
            end += 1  # "Hajj Qasem | Soleimani": a nickname the pack knows, then the family name
        return start, end

    def _hyphened_start(self, doc: Doc, start: int) -> int:
        """Where a name starts that a compound given name opens ("Abdul-Sattar Abu Risha"): the
        model and the pack may cut it at the hyphen."""
        if start > 1 and doc[start - 1].text in {"-", "–"} and not doc[start - 2].whitespace_ and \
                not doc[start - 1].whitespace_ and doc[start - 2].lower_ in self.given_names and \
                doc[start - 2].is_title:
            return start - 2
        return start

    @staticmethod
    def _after_article(doc: Doc, i: int) -> bool:
        """Whether token i follows an Arabic article and hyphen ("al-Iraqi", "el-Masri")."""
        return i >= 2 and doc[i - 1].text == "-" and not doc[i - 2].whitespace_ and \
            not doc[i - 1].whitespace_ and doc[i - 2].lower_ in {"al", "el"}

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

    @staticmethod
    def _definite_pack_name(span: Span, start: int) -> bool:
        """A pack's name of several words, in lower case after "the", still names its actor
        ("the global coalition", "the prime minister's office"); without it, it describes
        ("Sunni tribal mobilization forces", "an islamic state")."""
        return bool(span.ent_id_) and span.end - start > 1 and start > 0 and \
            span.doc[start - 1].lower_ == "the"

    def _trim(self, span: Span) -> Span | None:
        start, end = span.start, span.end
        doc = span.doc
        table = token_table(doc)
        tokens, lower = table.tokens, table.lower
        while start < end and lower[start] in DETERMINERS:
            start += 1
        while end > start and (tokens[end - 1].text in POSSESSIVES or tokens[end - 1].is_punct
                               or tokens[end - 1].is_space or lower[end - 1] in {"of", "and", "the", "al"}):
            end -= 1
        while start < end and (tokens[start].is_space or tokens[start].is_punct):
            start += 1
        if not span.ent_id_ and start + 3 <= end and lower[start] in self.stance_prefixes and \
                tokens[start + 1].text == "-" and lower[start + 2] in self.one_word_names:
            # "pro-Assad National Defense Forces": a stance towards a name is no part of the name
            # (but "Anti-Government Elements", "the Counter-Extremism Project" are names)
            start += 3
            if start == end:
                return None  # "pro-Assad" alone names a stance
        opened = [k for k in range(start, end) if tokens[k].text == "("]
        if opened and not any(tokens[k].text == ")" for k in range(opened[-1], end)):
            end = opened[-1]  # "People's Defence Forces (HPG": the name ends before the bracket it opens
            while end > start and (tokens[end - 1].is_punct or tokens[end - 1].is_space):
                end -= 1
        closed = [k for k in range(start, end) if tokens[k].text == ")"]
        if closed and not any(tokens[k].text == "(" for k in range(start, closed[0])) and start > 1 and \
                tokens[start - 1].text == "(" and tokens[start - 2].text[:1].isupper():
            start -= 2  # "Fatah (Conquest) Alliance": the gloss stands inside the name
            while start > 0 and tokens[start - 1].text[:1].isupper() and tokens[start - 1].pos_ == "PROPN":
                start -= 1
        if start >= end:
            return None
        if not span.ent_id_ and span.label_ != "PERSON":
            start = self._after_role(doc, start, end)  # "Deputy Leader of the Labour Party"
            if start >= end:
                return None
        if not span.ent_id_ and end - start > 2 and doc[start].lower_ in self.violence_words and \
                doc[start + 1].lower_ == "of":
            start += 2  # "the Battle of Al-Shaykh Maskin": the place
        if span.ent_id_ and end - start > 1 and doc[start].text in {"us", "uk", "un"}:
            start += 1  # "told us Department of State officials": a pronoun before the name, no "US"
        dash = next((k for k in range(start + 1, end) if doc[k].text in {"-", "–", "—"}
                     and doc[k - 1].whitespace_ and doc[k].whitespace_), None)
        if dash is not None:
            end = dash  # "Karim al-Nouri - spokesman": a who's-who line's dash ends the name
        # doc[start:end].text, cut from the text (a Span joins its tokens' texts at each .text)
        text = table.doc_text[tokens[start].idx:tokens[end - 1].idx + len(table.text[end - 1])]
        words = [t.lower_.rstrip(".") for t in tokens[start:end] if not t.is_punct]
        if not (any(c.isupper() for c in text) or is_arabic(text) or self._definite_pack_name(span, start)) \
                or len(text.strip()) < 2:
            return None  # Arabic script has no capitals: its names are kept
        if not span.ent_id_ and span.label_ == "ORG" and doc[end - 1].is_alpha and \
                doc[end - 1].is_lower and doc[end - 1].lower_ not in CONNECTORS:
            return None  # "the Iran-based Shia Islamic party": a description ("Kerman province" is a place)
        if span.label_ == "COUNTRY" and end - start == 1 and self._after_article(doc, start):
            return None  # "Abu Khalid al-Iraqi": a nisba in a person's name, not the country
        if span.ent_id_ and doc[start].text[:1].islower() and start and doc[start - 1].lower_ in {"a", "an"} \
                and doc[start].lower_ not in {"al", "el"}:
            return None  # "an islamic state in Iraq" names nobody ("an al Qaeda leader" names al Qaeda)
        if span.ent_id_ and doc[end - 1].text in self.force_words and \
                doc[start:end - 1].text.lower() in self.actor_names.get(span.ent_id_, ()):
            end -= 1  # "the peshmerga forces", "Peshmerga forces": the name is "Peshmerga" (not "Forces")
        if all(w in self.titles or w in JUNK for w in words) or words[-1:] and \
                words[-1] in self.rank_abbreviations:
            return None
        if ":" in text or "\n" in text:  # a headline or a label, not a name
            return None
        # "Foreign Terrorist Organization and Specially Designated Global Terrorist": labels, no name
        lowered = text.lower()
        if lowered in self.not_names or ("," in lowered or " and " in lowered) and all(
                part in self.not_names for p in re.split(r",|\band\b", lowered) if (part := p.strip())):
            return None
        if not span.ent_id_ and len(words) == 1 and words[0] in self.generic_words and \
                not (start and _ORDINAL.fullmatch(doc[start - 1].text)):
            return None  # "the Brigade", "Brigades of ...": a kind of body ("the 18th Brigade" is one)
        if any(c.isdigit() for c in text) and any(
                t.is_alpha is False and any(c.isalpha() for c in t.text) and not t.like_num
                and t.text[-2:] not in {"st", "nd", "rd", "th"} for t in tokens[start:end]):
            return None  # "M1A1", "F-16": model numbers, not names
        return doc[start:end]

    def _after_role(self, doc: Doc, start: int, end: int) -> int:
        """Where the organisation begins in a span the model opened on a role: "President of
        the Institute of X" names the institute; "Supreme Allied Commander" names nobody."""
        lower = token_table(doc).lower
        for n in range(min(4, end - start), 0, -1):
            phrase = " ".join(lower[start:start + n]).replace(" - ", "-")
            if phrase not in self.callings and phrase.removesuffix("s") not in self.callings:
                continue  # "Members of Jaysh Rijal al-Tariqa": the run opens on a role
            if start + n == end:
                return end
            if lower[start + n] in {"of", "at", "for", "to"}:  # "Minister of State at the Department"
                k = start + n + 1
                while k < end and lower[k] in DETERMINERS:
                    k += 1
                return k
            if n == 1 and doc[start + n].is_title and end - start - n >= 2:
                return start + n  # "Spokesperson Morgan Ortagus": the name after the role
            break
        for n in range(min(4, end - start - 1), 0, -1):
            phrase = " ".join(lower[end - n:end])
            if phrase in self.roles and "of" not in lower[start:end - n]:
                # "Supreme Allied Commander", "Conservative Member of Parliament": a title, not a body
                return end
        return start

    def _furniture(self, span: Span) -> bool:
        """A heading, an outlet desk or a name that is not an actor's (a legal category, a doctrine);
        a domain-pack actor never is."""
        if span.id_ and span.kb_id_ != "structure":
            return False
        cues = noise_cues()
        if span.text.lower() in self.not_names:
            return True
        line = _line_of(span)
        words = [t.lower_ for t in token_table(span.doc).of(line) if not t.is_punct and not t.is_space]
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
        table = token_table(doc)
        for line in _lines(doc):
            tokens = [t for t in table.of(line) if not t.is_space]
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
    def _split_credits(doc: Doc, found: tuple[Span, ...]) -> list[Span]:
        """Split "REUTERS/Ken Cedeno" (a photo credit) into the agency and the photographer."""
        out = []
        for ent in found:
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

    @staticmethod
    def _headline_words(span: Span, lowercase: set[str], label: str = "") -> bool:
        """Words a title-case line capitalises that the story writes in lower case ("Militia
        Groups" in "Treasury Targets Iran-aligned Militia Groups"): no name, which has at least
        one word of its own; a person's name is mostly its own words ("Top Sunni Sheik Killed")."""
        words = [t for t in span if t.is_alpha]
        common = sum(t.lower_ in lowercase for t in words)
        if len(words) < 2 or common < len(words) and not (label == "PERSON" and 2 * common >= len(words)):
            return False
        line = _line_words(span)
        return len(line) >= 3 and sum(1 for t in line if t.text[0].isupper()) / len(line) >= 0.8

    @staticmethod
    def _in_headline(span: Span) -> bool:
        """A span inside a Title-Case line (a headline) is usually not a name of its own."""
        # in a headline even the common words are capitalised; look only at those (not the
        # second half of a hyphen compound: "Iran-aligned Militia Groups")
        words = _line_words(span)
        common = [t for t in words if not t.ent_type_]
        if len(common) < 3:
            return False
        capitalised = sum(1 for t in common if t.text[0].isupper())
        return capitalised / len(common) >= 0.8

    def _acts(self, span: Span) -> bool:
        """A capital that acts stands for its government: the subject of a verb ("Baghdad and
        Washington agreed"), an agent ("backed by Tehran", "Tehran-backed"), the source of aid
        ("funding from Tehran"), a possessor, "pro-Tehran", the other side of a tie ("close ties
        with Ankara", "its partnership with Tehran"), or the one a verb says will do or did
        something ("accused Tehran of arming", "urged Baghdad to act"); a dateline does not."""
        if span.text.isupper():
            return False
        root = span.root
        while root.dep_ == "conj" and root.head.i != root.i:
            root = root.head
        if root.dep_ == "poss" and root.head.lemma_.lower() in self.city_parts:
            return False  # "Baghdad's international airport", "Tehran's streets": the city's
        if root.dep_ in {"nsubj", "nsubjpass", "poss"}:
            return True
        if root.dep_ == "pobj" and root.head.lower_ == "by":
            return True
        if any(c.dep_ == "relcl" and c.lemma_.lower() in self.relation_verbs and any(
                g.dep_ == "nsubj" and g.lower_ in {"which", "that", "who"} for g in c.children)
               for c in root.children):
            return True  # "thanked Washington, which trained and armed the Peshmerga"
        giver = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "from" else None
        if giver is not None and (giver.lemma_.lower() in self.aid_nouns or any(
                c.dep_ == "dobj" and c.lemma_.lower() in self.aid_nouns for c in giver.children)):
            return True  # "receives funding from Tehran", "weapons from Tehran"
        if root.dep_ == "pobj" and root.head.lower_ in {"with", "to"} and \
                root.head.head.lemma_.lower() in self.tie_nouns | self.partner_verbs and \
                not any(c.dep_ == "compound" for c in root.children):
            return True  # not "in partnership with University College London"
        if root.dep_ == "pobj" and root.head.lower_ in {"of", "for"} and \
                root.head.head.lemma_.lower() in self.relation_nouns:
            return True  # "an ally of Tehran", "a proxy for Tehran"
        # "accused Tehran of arming", "blamed Baghdad for failing", "urged Baghdad to rein in": what
        # follows the object right after it says the object did it (not "shelled Baghdad before withdrawing")
        follows = [c for c in root.head.children if c.i == span.end]
        charged = any(c.dep_ == "prep" and c.lower_ in {"of", "for"} and
                      any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children) for c in follows)
        urged = any(c.dep_ in {"xcomp", "ccomp"} and c.left_edge.i == span.end and c.left_edge.lower_ == "to"
                    for c in root.head.children)
        if root.dep_ == "dobj" and (charged or urged):
            return True
        doc = span.doc
        if span.end + 1 < len(doc) and doc[span.end].text == "-" and \
                doc[span.end + 1].lower_ in self.hyphen_words:
            return True  # "Tehran-backed militias": the government backs them
        return span.start >= 2 and doc[span.start - 1].text == "-" and \
            doc[span.start - 2].lower_ in {"pro", "anti"}

    def _in_title(self, span: Span) -> bool:
        """The first words of a title or role ("National Security" of "National Security
        Advisor"), not a name."""
        doc = span.doc
        for end in range(span.end + 1, min(span.end + 3, len(doc)) + 1):
            words = doc[span.start:end].text.lower()
            if words in self.not_names or words.rstrip(".") in self.titles:
                return True
        return False

    @staticmethod
    def _common_word(span: Span, lowercase: set[str], label: str = "") -> bool:
        """A lone capitalised common word ("Kindhearted", "Soldier") the model took for a name,
        as a noun after "a" ("fought as a Soldier") is, or a person after "the" ("opposes the Law")."""
        if len(span) != 1 or span.text.isupper():
            return False
        # a person is never "the X" ("opposes the Law"), but may open "the Zarqawi-led organization"
        hyphened = span.end < len(span.doc) and span.doc[span.end].text in {"-", "–"}
        articles = {"a", "an", "the"} if label == "PERSON" and not hyphened else {"a", "an"}
        if span.start and span.doc[span.start - 1].lower_ in articles and \
                span.root.dep_ not in {"compound", "amod", "nmod", "poss"}:
            return True
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
        if structural is None and label in {"ORG", "GPE", "FAC"} and len(span) >= 2 and (
                span[0].lower_ in self.given_names or label == "ORG" and len(span) >= 3 and
                span[0].lower_ in KUNYA and any(t.lower_ in {"al", "el"} for t in span[1:])) and \
                all(t.is_title or t.lower_ in CONNECTORS for t in span):
            return "PERSON"  # "Qais Khalaf Rahima", "Abu Ayoub al-Masri" taken for an organisation
        if label == "PERSON":
            if structural:
                return structural
            if any(t.like_num for t in span) or text.isupper():
                return None
            following = span.doc[span.end].lower_ if span.end < len(span.doc) else ""
            if following in self.area_words or following in self.facility_words:
                return "PLACE"  # "Tel Keppe district", "Sinjar subdistrict", "Al-Walid crossing": no man
            return "PERSON"
        return structural or "ORGANIZATION"

    def _add_structural(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """Add organisation names found from their structure, replacing weaker spans."""
        runs = []
        table = token_table(doc)
        texts, lower = table.text, table.lower
        i = 0
        while i < len(doc):
            if not _is_name_word(texts[i]):
                i += 1
                continue
            j = i + 1
            while j < len(doc) and (_is_name_word(texts[j]) or lower[j] in CONNECTORS):
                j += 1
            while j > i and not _is_name_word(texts[j - 1]):
                j -= 1
            runs.append((i, j))
            i = max(j, i + 1)
        out = list(ents)
        for start, end in runs:
            # a sentence-initial determiner or title is not part of the name
            while start < end and (lower[start] in DETERMINERS):
                start += 1
            start = self._after_role(doc, start, end)  # "Deputy Leader of the Labour Party"
            of = max((k for k in range(start, end) if lower[k] == "of"), default=None)
            if of is not None and end < len(doc) and texts[end] in POSSESSIVES and any(
                    e.start == of + 1 and e.end == end and e.label_ in {"COUNTRY", "PLACE"} for e in ents):
                end = of  # "the 26th Brigade of Iraq's PMF": the country owns the name that follows (but
                # "the U.S. Department of Agriculture's Food Safety Service" is the department's)
            if end - start < 2:
                continue
            span = doc[start:end]
            label = self._structure_type(span)
            if not label or self._in_headline(span):
                continue
            overlapping = [e for e in out if e.start < end and start < e.end]
            if any((e.start, e.end) == (start, end) and e.ent_id_ for e in overlapping):
                continue  # the pack's name, read already
            # a known name opening a longer one ("Al Hayat Media Center") names something else; so
            # does one the text defines by its initials ("Kurdistan Democratic Party of Iran (KDPI)")
            if not _defined_by_initials(span) and any(
                    e.ent_id_ and e.label_ not in {"COUNTRY", "PLACE"} and not (
                        e.start == start and end - e.end >= 2 and all(map(_is_name_word, texts[e.end:end])))
                    for e in overlapping):
                continue
            if any(e.start < start or e.end > end for e in overlapping):
                continue
            out = [e for e in out if e not in overlapping]
            out.append(Span(doc, start, end, label=label, kb_id="structure"))
            if _defined_by_initials(span):
                # "Kurdish Hezbollah (KH)": the text's own acronym for the name, not the pack actor's
                out = [Span(doc, e.start, e.end, label=label) if e.start == end + 1 and e.end == end + 2 and
                       e.ent_id_ and span.text.lower() not in self.actor_names.get(e.ent_id_, ()) else e
                       for e in out]
        return out


def _defined_by_initials(span: Span) -> bool:
    """Whether an acronym of the name's initials follows it in brackets: "Falcons Intelligence
    Cell (FIC)" names itself whole, whatever shorter names it holds."""
    doc, end = span.doc, span.end
    return end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" and \
        doc[end + 1].text.replace("-", "").replace(".", "") in acronyms(span.text)


_MINISTRY_NAME = re.compile(r"(?:(?P<country>[\w'’]+) )?"
                            r"(?:ministry of (?:the )?(?P<a>[a-z ]+)|(?P<b>[a-z ]+) ministry)")


def _departments(pack: Pack, country_of: dict[str, str]) -> dict[str, tuple[str, str, bool]]:
    """Department words ("interior", "foreign affairs", "foreign") -> (ministry actor, its
    country, whether a name without the country is the pack's too), from the pack's ministry
    names; a department two countries' ministries bear is left out."""
    out: dict[str, tuple[str, str, bool]] = {}
    clashes = set()
    for actor in pack.actors.values():
        home = _home_country(pack, actor.id) if actor.type == "STATE_BODY" else None
        if home is None:
            continue
        for name in actor.names:
            m = _MINISTRY_NAME.fullmatch(name.lower())
            country = m["country"].removesuffix("'s").removesuffix("’s") if m and m["country"] else None
            if m is None or country is not None and country_of.get(country) != home:
                continue
            words = (m["a"] or m["b"]).strip()
            if " of " in f" {words} ":
                continue  # "Ministry of Intelligence of Iran": the country, after
            for department in {words, words.removesuffix(" affairs")}:
                if department in out and out[department][0] != actor.id:
                    clashes.add(department)
                # bare: some name of the ministry has no country before it ("Interior Ministry")
                named_bare = department in out and out[department][2]
                out[department] = (actor.id, home, country is None or named_bare)
    return {d: v for d, v in out.items() if d not in clashes and d}


def _home_country(pack: Pack, actor_id: str) -> str | None:
    """The country a pack actor belongs to through its part_of chain, None for none."""
    seen = set()
    while actor_id in pack.actors and actor_id not in seen:
        seen.add(actor_id)
        actor = pack.actors[actor_id]
        if actor.type == "COUNTRY":
            return actor.id
        if actor.part_of is None:
            return None
        actor_id = actor.part_of
    return None


def _line_of(span: Span) -> Span:
    """The line a span stands on (lines end at a token with a newline in it or after it)."""
    lines = token_table(span.doc).lines
    return span.doc[lines[span.start][0]:lines[span.end - 1][1]]


def _line_words(span: Span) -> list[Token]:
    """The words of more than three letters on a span's line, but for the second half of a
    hyphen compound ("Iran-aligned")."""
    table = token_table(span.doc)
    lines = table.lines
    start, end = lines[span.start][0], lines[span.end - 1][1]
    tokens = table.tokens
    return [t for t in tokens[start:end] if t.is_alpha and len(t) > 3
            and not (t.i and tokens[t.i - 1].text == "-" and not tokens[t.i - 1].whitespace_)]


def _lines(doc: Doc) -> list[Span]:
    return [doc[start:end] for start, end in dict.fromkeys(token_table(doc).lines)]


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
