"""Claims: relations between chains, each tied to the sentence that states it.

Rules read token sequences and the dependency parse of one sentence at a time.
Each claim names the rule that produced it and carries a confidence; the
ontology decides which subject and object types a relation accepts, so a rule
never needs to know them. The words each rule reads (trigger verbs and nouns,
hyphen forms, role qualifiers ...) are the packs' `relation_wording`, so
another language or conflict adds its phrasing without a code change.
Precision comes before recall: a rule fires only on
wording that states the relation outright.
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc, Span, Token

from shabaka.annotate.dates import normalize_date
from shabaka.model import Claim, Extraction
from shabaka.ontology import Ontology, Pack

ORG_TYPES = {"ARMED_GROUP", "STATE_BODY", "ORGANIZATION"}
GROUP_TYPES = {"ARMED_GROUP", "ORGANIZATION"}  # what "the group", "the movement" can be
EXPLETIVE_HEADS = {"take", "be", "seem", "appear", "remain", "become"}  # "it" there is often nobody
POSSESSIVE_MARKS = {"'s", "’s", "'", "’"}
PRONOUNS = {"he", "him", "his", "she", "her", "it", "its", "they", "them", "their"}
MAX_GAP_TOKENS = 10
CLAUSE_LINKS = {"xcomp", "ccomp", "pcomp", "dobj", "pobj", "prep", "acl"}  # edges a trigger's mood passes up
MODALS = {"may", "might", "could", "should", "can", "must"}  # not "would": narrative past in biographies
LINEAR_RELATIONS = {"sanctioned", "backs"}  # read in word order where the parse breaks on long lists


class ClaimBuilder:
    """Runs the rules over one document and collects ontology-valid claims."""

    def __init__(self, doc: Doc, ex: Extraction, pack: Pack, ontology: Ontology,
                 published: str | None):
        self.doc = doc
        self.ex = ex
        self.pack = pack
        self.ontology = ontology
        self.published = published
        self.claims: dict[tuple, Claim] = {}
        self.roles = pack.roles
        self.wording = pack.wording
        self.sentence_starts = [start for start, _ in ex.sentences]
        self.words = pack.wording.words
        # rank words ("Lt. Gen.") that may stand between a role and a name; a word that is
        # itself a role ("commander") is read as the role
        self.rank_words = {w.lower().rstrip(".") for t, kind in pack.titles.items()
                           if kind in {"rank", "honorific"} for w in t.split()} - set(self.roles)
        self.max_role_words = max((len(r.split()) for r in self.roles), default=1)
        self.main_person = self._most_named(ex, {"PERSON"})
        self.main_group = self._most_named(ex, {"ARMED_GROUP", "ORGANIZATION"})
        self.token_mention: dict[int, int] = {}
        self.anaphors: dict[int, list[Span]] = {}  # mention -> the pronouns and descriptions read as it
        char_to_token = {t.idx: t.i for t in doc}
        for mi, m in enumerate(ex.mentions):
            start_tok = char_to_token.get(m.start)
            if start_tok is None:
                continue
            t = start_tok
            while t < len(doc) and doc[t].idx < m.end:
                self.token_mention[t] = mi
                t += 1
        # each mention's tokens and the date entities, looked up by position: scanning all
        # mentions or `Span.ents` (every entity of the Doc) per sentence is quadratic
        self.mention_tokens: dict[int, tuple[int, int]] = {}
        for t, mi in self.token_mention.items():
            first, end = self.mention_tokens.get(mi, (t, t + 1))
            self.mention_tokens[mi] = (min(first, t), max(end, t + 1))
        self.dates = [ent for ent in doc.ents if ent.label_ == "DATE"]
        self.date_starts = [ent.start for ent in self.dates]

    # ---- helpers -------------------------------------------------------

    @staticmethod
    def _most_named(ex: Extraction, types: set[str]) -> int | None:
        """A mention of the chain of these types the document names most (its subject)."""
        counts: dict[int, int] = {}
        for m in ex.mentions:
            if m.chain >= 0 and ex.chains[m.chain].type in types:
                counts[m.chain] = counts.get(m.chain, 0) + 1
        top = max(counts, key=counts.get) if counts else None
        return next((i for i, m in enumerate(ex.mentions) if m.chain == top), None)

    def chain_type(self, mi: int) -> str:
        return self.ex.chains[self.ex.mentions[mi].chain].type

    def mention_of(self, token: Token | None) -> int | None:
        if token is None:
            return None
        return self.token_mention.get(token.i)

    def actor_of(self, token: Token | None) -> list[int]:
        """Mentions a dependency node stands for: itself, its conjuncts, or the
        actor modifying a generic head ("U.S. forces", "Iran's militias")."""
        if token is None:
            return []
        out = []
        for t in [token, *token.conjuncts]:
            mi = self.mention_of(t)
            if mi is not None:
                out.append(mi)
                continue
            if t.pos_ == "PRON" and t.lower_ in PRONOUNS:
                out += self._pronoun(t)  # "he", "its attacks", "they fought"
                continue
            if t.dep_ == "appos" and t.pos_ == "NOUN" and (named := self.mention_of(t.head)) is not None:
                out.append(named)  # "the Supreme Council, a party that fought ...": the party is it
                continue
            if {c.lower_ for c in t.children if c.dep_ == "det"} & {"the", "this"} and not any(
                    c.dep_ in {"poss", "compound"} for c in t.children):  # "the general (and his men)"
                phrase = self.doc[t.i - 1:t.i + 1]
                if t.lemma_.lower() in self.words["group_nouns"]:
                    out += self._resolved(phrase, self._group_before(t.i))  # "The group was commanded by"
                    continue
                if t.lemma_.lower() in self.words["person_nouns"]:
                    out += self._resolved(phrase, self._person_before(t.i))  # "the general worked with"
                    continue
                if t.lemma_.lower() in self.words["place_nouns"]:
                    out += self._resolved(phrase, self._place_before(t.i))  # "IS's control over the city"
                    continue
            if t.lemma_.lower() in self.words["quantity_words"] and t.pos_ in {"NOUN", "NUM", "PRON", "ADJ"}:
                # "nearly half of the Iraqi army", "most of the province"
                part_of_whole = [m for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                                 for g in c.children if g.dep_ == "pobj" for m in self.actor_of(g)]
                if part_of_whole:
                    out += part_of_whole
                    continue
            if t.dep_ == "oprd" and t.pos_ == "NOUN":  # "Badr, considered a terrorist group by ..."
                out += [m for c in t.head.children if c.dep_ in {"nsubj", "nsubjpass"}
                        for m in self.actor_of(c)]
                continue
            if t.dep_ == "attr" and t.head.lemma_ == "be" and t.pos_ == "NOUN":
                # "KH is a group which ...": the predicate noun is its subject
                out += [m for c in t.head.children if c.dep_ == "nsubj" for m in self.actor_of(c)]
                continue
            if t.tag_ in {"WP", "WDT"} and t.head.dep_ == "relcl":
                # "Soleimani, who ruled Iraq": the relative pronoun stands for the head noun
                out += self.actor_of(t.head.head)
                continue
            listed = self._listed(t)
            if listed:
                out += listed  # "organizations, including KH and Nujaba", "the movement, KH"
                continue
            named = [g for c in t.children if c.dep_ == "acl" and c.lemma_ in {"know", "call"}
                     for p in c.children if p.dep_ == "prep" and p.lower_ == "as"
                     for g in p.children if g.dep_ == "pobj"]
            if named:
                out += [m for g in named for m in self.actor_of(g)]  # "a force known as the Qods Force"
                continue
            if t.lemma_.lower() in self.words["generic_heads"]:
                # "the governments of Japan and the United States", "the regime of Saddam Hussein"
                for c in t.children:
                    if c.dep_ == "prep" and c.lower_ == "of":
                        out += [m for g in c.children if g.dep_ == "pobj" for m in self.actor_of(g)]
            if t.lemma_.lower() in self.wording.relation_nouns:
                continue  # "KH's rivals" are not KH
            people = self.people_of(t)
            if people:
                out += people  # "teams from the coalition", "members of KH"
                continue
            for child in t.children:
                if child.dep_ in {"compound", "poss", "amod", "nmod"}:
                    cm = self.mention_of(child)
                    if cm is not None and child.dep_ == "amod" and self.chain_type(cm) == "COUNTRY" and \
                            t.lemma_.lower() in self.words["non_state_heads"]:
                        break  # "Iraqi militias bombed ...": the demonym is no actor
                    if cm is not None:
                        out.append(cm)
                        break
        return list(dict.fromkeys(out))

    def _relative_head(self, verb: Token) -> list[int]:
        """What the noun a relative clause hangs on names: itself, its apposition, or the
        name right after the clause ("the movement he formed, Kata'ib Hezbollah")."""
        head = verb.head
        mi = self.mention_of(head)
        if mi is not None:
            return [mi]
        listed = self._listed(head)
        if listed or head.lemma_.lower() not in self.words["group_nouns"] | self.words["generic_heads"]:
            return listed
        k = verb.right_edge.i + 1
        if k + 1 < verb.sent.end and self.doc[k].text == "," and self.token_mention.get(k + 1) is not None:
            return [self.token_mention[k + 1]]
        return []

    def _listed(self, t: Token) -> list[int]:
        """The actors a common noun introduces: its apposition or its 'including' list."""
        out = []
        for c in t.children:
            if c.dep_ == "appos":
                out += [m for g in [c, *c.conjuncts] if (m := self.mention_of(g)) is not None]
            elif c.dep_ == "prep" and (c.lower_ in self.words["list_prepositions"] or (
                    c.lower_ == "as" and any(g.lower_ == "such" for g in c.children))):
                out += [m for g in c.children if g.dep_ == "pobj"
                        for h in [g, *g.conjuncts] if (m := self.mention_of(h)) is not None]
        after = t.i + 1
        if not out and after < t.sent.end and self.doc[after].text == ":":  # "two parties: KDP and PUK"
            for k in range(after + 1, t.sent.end):
                if self.doc[k].text in {";", "."}:
                    break
                m = self.token_mention.get(k)
                if m is not None and m not in out:
                    out.append(m)
        return out

    def _resolved(self, anaphor: Span | Token, found: list[int]) -> list[int]:
        """Remember that `anaphor` ("he", "the group") was read as these mentions, so a claim
        can show 'he → Qasem Soleimani'."""
        span = anaphor if isinstance(anaphor, Span) else self.doc[anaphor.i:anaphor.i + 1]
        for mi in found:
            self.anaphors.setdefault(mi, []).append(span)
        return found

    def _pronoun(self, t: Token) -> list[int]:
        """What a personal or possessive pronoun stands for: the nearest fitting actor before it."""
        return self._resolved(t, self._antecedent(t))

    def _antecedent(self, t: Token) -> list[int]:
        word = t.lower_
        if word in {"he", "him", "his", "she", "her"}:
            return self._person_before(t.i)
        if word == "it" and (t.dep_ == "expl" or t.dep_ == "nsubj" and t.head.lemma_ in EXPLETIVE_HEADS):
            return []  # "it will take time for ...", "it is likely that ...": no one
        if word == "it":
            # "the Quds Force is the IRGC branch ..., and Soleimani has led it"; "In July the
            # Treasury sanctioned X, the leader of Y. In December it sanctioned Z": the subject
            return self._salient_before(t.i, ORG_TYPES) or self._org_list(self._previous_org_before(t.i))
        if word == "its":
            return self._org_list(self._previous_org_before(t.i))
        if word in {"they", "them", "their"}:  # a group's members acting together
            org = self._previous_org_before(t.i, window=60)
            return [org] if org is not None and self.chain_type(org) in {"ARMED_GROUP"} else []
        return []

    def asserted(self, token: Token) -> bool:
        """Whether the clause states its trigger as fact: not negated ("did not attack"),
        not under a modal ("may join") or a verb of intent or denial ("denied attacking",
        "plans to join"), not in an "if" clause."""
        t, steps = token, 0
        while True:
            if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in MODALS) or
                   (c.dep_ == "mark" and c.lower_ in {"if", "unless", "whether"}) for c in t.children):
                return False
            if t is not token and t.lemma_.lower() in self.words["non_assertive_verbs"]:
                return False
            if t.dep_ not in CLAUSE_LINKS or t.head is t or steps > 4:
                return True
            t, steps = t.head, steps + 1

    def people_of(self, token: Token) -> list[int]:
        """The group unnamed people belong to: 'members of KH', 'dozens of Iraqi Army soldiers',
        'KH fighters'. Empty for anything that is not a plain word for people."""
        if self.mention_of(token) is not None or token.lemma_.lower() not in self.words["people_nouns"]:
            return []
        demonym_ok = token.lemma_.lower() not in self.words["non_state_heads"]  # "Iraqi fighters": whose?
        out = [m for c in token.children if c.dep_ in {"compound", "poss", "amod", "nmod"}
               if (m := self.mention_of(c)) is not None and
               (demonym_ok or c.dep_ != "amod" or self.chain_type(m) != "COUNTRY")]
        for c in token.children:
            if c.dep_ == "prep" and c.lower_ in {"of", "from"}:
                for g in c.children:
                    if g.dep_ == "pobj":
                        out += self.people_of(g) or ([m] if (m := self.mention_of(g)) is not None else [])
        return list(dict.fromkeys(out))

    def emit(self, subj: int, relation: str, obj: int, rule: str, confidence: float,
             sentence: Span, role: str | None = None, start: str | None = None) -> None:
        ms, mo = self.ex.mentions[subj], self.ex.mentions[obj]
        if relation == "leads" and role and self.chain_type(obj) == "COUNTRY" and not any(
                role.lower().endswith(r) for r in self.pack.country_leader_roles):
            relation = "member_of"  # "Iranian commander X" serves Iran; only its president leads it
        if relation == "leads" and self.chain_type(obj) == "PLACE":
            relation = "controls"  # "director of Baghdad International Airport" runs the facility
        if ms.chain == mo.chain or ms.chain < 0 or mo.chain < 0:
            return
        if not self.ontology.allows(relation, self.chain_type(subj), self.chain_type(obj)):
            return
        rel = self.ontology.relations[relation]
        a, b = ms.chain, mo.chain
        if rel.symmetric and a > b:
            a, b = b, a
        key = (a, relation, b, sentence.start_char)
        if key in self.claims and self.claims[key].confidence >= confidence:
            return
        if start is None:
            start = self._sentence_year(sentence) if relation in {"born_in", "killed"} else None
        evidence_start = sentence.start_char
        earlier = min(ms.start, mo.start)
        if earlier < evidence_start:  # an argument reached through "he" or "the group" before it
            k = bisect.bisect_left(self.sentence_starts, evidence_start) - 1
            if k >= 0 and self.sentence_starts[k] <= earlier:  # the sentence just before: both are evidence
                evidence_start = self.sentence_starts[k]
        coreference = [{"argument": "subject" if self.ex.mentions[mi].chain == a else "object",
                        "text": span.text, "start": span.start_char, "end": span.end_char}
                       for mi in (subj, obj) if self.ex.mentions[mi].start < sentence.start_char
                       for span in self.anaphors.get(mi, []) if sentence.start <= span.start < sentence.end]
        self.claims[key] = Claim(
            subject=a, relation=relation, object=b,
            evidence_start=evidence_start, evidence_end=sentence.end_char,
            extractor=f"rule:{rule}", confidence=confidence, role=role, start=start,
            coreference=list({(c["start"], c["argument"]): c for c in coreference}.values()) or None,
        )

    def _sentence_year(self, sentence: Span) -> str | None:
        for ent in self._dates_in(sentence):
            value = normalize_date(ent.text, self.published)
            if value:
                return value
        return None

    def _dates_in(self, span: Span) -> list[Span]:
        """The date entities inside `span`, as `span.ents` has them, without walking the Doc."""
        out = []
        k = bisect.bisect_left(self.date_starts, span.start)
        while k < len(self.dates) and self.dates[k].end <= span.end:
            out.append(self.dates[k])
            k += 1
        return out

    def role_at(self, end: int, floor: int) -> tuple[str, str, int] | None:
        """The longest role phrase ending at token `end` (exclusive), not before `floor`."""
        for n in range(min(self.max_role_words, end - floor), 0, -1):
            words = self.doc[end - n:end]
            phrase = " ".join(t.lower_ for t in words).replace(" - ", "-")
            lemma = " ".join(t.lemma_.lower() for t in words).replace(" - ", "-")
            for cand in (phrase, lemma):
                if cand in self.roles:
                    return self.roles[cand], words.text, end - n
        return None

    def role_in(self, start: int, end: int) -> tuple[str, str, int, int] | None:
        """The first role phrase inside tokens [start, end): relation, text, start, end."""
        for e in range(start + 1, end + 1):
            found = self.role_at(e, start)
            if found:
                rel, text, s = found
                best = (rel, text, s, e)
                # "chief of staff": the longest role that starts where this one does
                for longer in range(e + 1, min(end, s + self.max_role_words) + 1):
                    more = self.role_at(longer, start)
                    if more is not None and more[2] == s:
                        best = (more[0], more[1], s, longer)
                return best
        return None

    # ---- rules ---------------------------------------------------------

    def run(self) -> list[Claim]:
        self.nested_units()
        for sent in self.doc.sents:
            mentions = sorted({mi for t in sent if (mi := self.token_mention.get(t.i)) is not None})
            if not mentions:
                continue
            self.title_before_name(sent)
            self.role_of_before_name(sent)
            self.apposition(sent)
            self.copula_role(sent)
            self.role_subject(sent)
            self.hyphen_compounds(sent)
            self.verbs(sent)
            self.hostile_nouns(sent)
            self.against(sent)
            self.between(sent)
            self.hyphen_pairs(sent)
            self.under_command(sent)
            self.group_of_person(sent)
            self.part_of(sent)
            self.parenthetical_unit(sent)
            self.successor(sent)
            self.partner_verbs(sent)
            self.relation_nouns(sent)
            self.received_aid(sent)
            self.role_lists(sent)
            self.part_phrase(sent)
            self.opposing_prefix(sent)
            self.born_in(sent)
            self.freed_from(sent)
            self.founding_of(sent)
            self.composition(sent)
            self.acting_together(sent)
            self.fronted_role(sent)
            self.fellows(sent)
        return list(self.claims.values())

    def _mention_span(self, mi: int) -> tuple[int, int]:
        return self.mention_tokens[mi]

    def _persons(self, sent: Span) -> list[int]:
        seen = []
        for t in sent:
            mi = self.token_mention.get(t.i)
            if mi is not None and self.chain_type(mi) == "PERSON" and mi not in seen:
                seen.append(mi)
        return seen

    def title_before_name(self, sent: Span) -> None:
        """'Quds Force commander X', 'Iraqi Prime Minister X', 'its Secretary General X',
        and ranks alone: 'Quds Force General X' is a member of the Quds Force."""
        for p in self._persons(sent):
            p_start, _ = self._mention_span(p)
            k = p_start
            role = self.role_at(k, sent.start)  # "its Secretary General X": a title ending in a rank
            while role is None and k > sent.start and (
                    self.doc[k - 1].lower_.rstrip(".") in self.rank_words or self.doc[k - 1].text == "."):
                k -= 1
            if role is None:
                role = self.role_at(k, sent.start)
            if role is None and k == p_start and k - 1 > sent.start and self.doc[k - 1].text == ",":
                role = self.role_at(k - 1, sent.start)  # "another al Qaeda in Iraq leader, X"
                k = k - 1 if role is not None else k
            if role is not None:
                relation, role_text, r_start = role
            elif k < p_start:
                relation, role_text, r_start = "member_of", self.doc[k:p_start].text, k
            else:
                continue
            i = r_start - 1
            while (i >= sent.start and self.doc[i].lower_ in self.words["role_qualifiers"] - {"its", "their"}
                   and self.token_mention.get(i) is None):
                if self.doc[i].lower_ in self.words["member_qualifiers"] and relation == "leads":
                    relation = "member_of"  # "Dawa senior leader X": one leader among several
                i -= 1
            if i >= sent.start and self.doc[i].text in POSSESSIVE_MARKS:
                i -= 1
            org = self.token_mention.get(i) if i >= sent.start else None
            if org is None and i >= sent.start and self.doc[i].lower_ in {"its", "their"}:
                org = self._previous_org(sent, i)
            if org is None:
                continue
            o_start, _ = self._mention_span(org)
            before = [t.lower_ for t in self.doc[max(sent.start, o_start - 3):o_start]]
            if relation == "leads" and any(w in self.words["indefinite"] for w in before):
                relation = "member_of"  # "another significant al Qaeda leader, X": one of several
            if self._pro(org):  # "a pro-IRGC-QF official, X": sympathy, not membership
                relation, role_text = "allied_with", None
            self.emit(p, relation, org, "title_before_name", 0.85, sent, role=role_text)

    def role_of_before_name(self, sent: Span) -> None:
        """'the chairman of the PMF (PMF) Falih al-Fayyadh', 'The commander of the
        Popular Mobilization Forces, Faleh al-Fayyad'."""
        for p in self._persons(sent):
            k, _ = self._mention_span(p)
            while k > sent.start and (self.doc[k - 1].lower_.rstrip(".") in self.rank_words
                                      or self.doc[k - 1].text == "."):
                k -= 1
            if k > sent.start and self.doc[k - 1].text == ",":
                k -= 1
            if k > sent.start and self.doc[k - 1].text == ")":  # a defined acronym
                while k > sent.start and self.doc[k - 1].text != "(":
                    k -= 1
                k -= 1
            org = self.token_mention.get(k - 1) if k > sent.start else None
            if org is None or self.chain_type(org) == "PERSON":
                continue
            o_start, _ = self._mention_span(org)
            j = o_start
            # "the Revolutionary Guards' Quds Force": step over the possessor
            if j - 2 >= sent.start and self.doc[j - 1].text in POSSESSIVE_MARKS and \
                    self.token_mention.get(j - 2) is not None:
                j = self._mention_span(self.token_mention[j - 2])[0]
            while j > sent.start and \
                    self.doc[j - 1].lower_ in {"the", "its"} | self.words["role_qualifiers"] - {"-"}:
                j -= 1
                if self.doc[j].lower_ in {"of", "for"}:
                    break
            preposition = self.doc[j - 1].lower_ if j > sent.start else ""
            if preposition not in {"of", "for"} and not (
                    preposition == "in" and self.chain_type(org) == "COUNTRY"):
                continue
            role = self.role_at(j - 1, sent.start)
            if role is None:
                continue
            relation, role_text, r_start = role
            if relation == "leads" and r_start > sent.start and \
                    self.doc[r_start - 1].lower_ in self.words["indefinite"]:
                relation = "member_of"
            self.emit(p, relation, org, "role_of_before_name", 0.8, sent, role=role_text)

    def _previous_org_before(self, before: int, window: int = 120) -> int | None:
        for i in range(before - 1, max(-1, before - window), -1):
            mi = self.token_mention.get(i)
            if mi is not None and self.chain_type(mi) in ORG_TYPES:
                return mi
        return None

    def _previous_org(self, sent: Span, before: int) -> int | None:
        for i in range(before - 1, sent.start - 1, -1):
            mi = self.token_mention.get(i)
            if mi is not None and self.chain_type(mi) in ORG_TYPES:
                return mi
        return None

    def apposition(self, sent: Span) -> None:
        """'X, the commander of Y' / 'X, Y's deputy chief' / 'X, a Y official'."""
        for p in self._persons(sent):
            _, p_end = self._mention_span(p)
            if p_end < sent.end and self.doc[p_end].text == "(":  # "X (Abu Fadak), the new leader of Y"
                close = next((i for i in range(p_end, min(p_end + 10, sent.end))
                              if self.doc[i].text == ")"), None)
                p_end = close + 1 if close is not None else p_end
            if p_end >= sent.end or self.doc[p_end].text not in {",", "■", "|", "–", "—"}:
                continue
            after = self.doc[p_end + 1] if p_end + 1 < sent.end else None
            if after is not None and after.pos_ == "ADP" and after.lower_ != "as":
                continue  # "X, with a pro-Iran official, ...": no apposition of X
            stop = p_end + 1
            while (stop < sent.end and stop - p_end < 25
                   and self.doc[stop].text not in {",", ";", "(", ")", "."}
                   and self.doc[stop].lower_ not in {"who", "which", "that", "said", "says", "told"}):
                if self.doc[stop].pos_ in {"VERB", "AUX"} and self.doc[stop].tag_ not in {"VBN", "VBG"}:
                    break
                stop += 1
            # "Kevin Bergner, spokesman, Multi-National Force - Iraq": the body after a comma
            trailing = None
            if stop + 1 < sent.end and self.doc[stop].text == ",":
                trailing = self.token_mention.get(stop + 1)
            self._role_segment(p, p_end + 1, stop, sent, "apposition", fallback=trailing)

    def _regional(self, org: int, stop: int) -> bool:
        """Whether the organisation is followed by the place its branch serves: 'KH in Basra'
        (not a unit, which is where it is stationed)."""
        _, end = self._mention_span(org)
        if end + 1 >= stop or self.doc[end].lower_ not in {"in", "for"} or \
                self.doc[end - 1].lower_ in self.words["unit_words"]:
            return False  # "commander of the 10th Brigade in Tal Afar" leads the brigade where it is
        place = self.token_mention.get(end + 1)
        return place is not None and self.chain_type(place) in {"PLACE"}

    def _pro(self, mi: int) -> bool:
        """Whether a mention is the X of 'pro-X' ('a pro-Iran official')."""
        start, _ = self._mention_span(mi)
        words = [t.lower_ for t in self.doc[max(0, start - 2):start]]
        return words[-2:] == ["pro", "-"] or words[-1:] == ["pro-"]

    def _role_segment(self, p: int, start: int, stop: int, sent: Span, rule: str,
                      fallback: int | None = None) -> None:
        """Roles in tokens [start, stop) held by person p, split on 'and'. A role without
        an organisation of its own takes the next part's ("the head and secretary
        general of the Badr Organization") or `fallback`."""
        parts, s = [], start
        for i in range(start, stop):
            if self.doc[i].lower_ in {"and", "&"} and self.token_mention.get(i) is None:
                parts.append((s, i))
                s = i + 1
        parts.append((s, stop))
        pending: list[tuple[str, str]] = []
        for a, b in parts:
            role = self.role_in(a, b)
            if role is None:
                continue
            relation, role_text, r_start, r_end = role
            if relation == "leads" and (
                    any(self.doc[k].lower_ in self.words["indefinite"] for k in range(a, min(r_start, a + 2)))
                    or any(self.doc[k].lower_ in self.words["member_qualifiers"] for k in range(a, r_start))):
                relation = "member_of"
            before = None  # "the Y commander" / "Y's commander": nearest mention before the role
            for k in range(r_start - 1, a - 1, -1):
                if self.token_mention.get(k) is not None:
                    before = self.token_mention[k]
                    break
                if self.doc[k].pos_ == "NOUN" and self.doc[k].lower_ not in self.words["role_qualifiers"]:
                    # "the emergencies director": the role belongs to a sub-unit
                    relation = "member_of" if relation == "leads" else relation
            after = None  # "commander of Y" / "head of the Shiite Y"
            k = r_end
            if k < b and self.doc[k].lower_ in {"of", "for", "at", "in", "to", "with"}:
                k += 1
                skipped = 0
                while k < b and self.token_mention.get(k) is None and skipped < 3 and (
                        self.doc[k].lower_ in {"the", "its", "'s"} | self.pack.not_names or
                        self.doc[k].pos_ == "ADJ"):  # "head of the Shiite Popular Mobilization Forces"
                    k += 1
                    skipped += 1
                after = self.token_mention.get(k) if k < b else None
            if after is not None:
                _, a_end = self._mention_span(after)
                follower = self.doc[a_end] if a_end < len(self.doc) else None
                if follower is not None and follower.pos_ in {"NOUN", "PROPN"} and \
                        self.token_mention.get(a_end) is None:
                    if self.chain_type(after) == "COUNTRY":
                        after = None  # "commander of Iraqi forces": a demonym, not the object
                    elif relation == "leads":
                        relation = "member_of"  # "director of Pentagon press operations"
            if after is not None and before is not None and \
                    self.chain_type(after) in {"COUNTRY", "PLACE"} and self.chain_type(before) in ORG_TYPES:
                # "the al Qaeda leader of Iraq", "the AQI emir of Mosul": the place is the scope, and
                # a leader of one region of a group is one of its members
                after, relation = None, "member_of" if relation == "leads" else relation
            org = after if after is not None else before
            if org is not None and relation == "leads" and self._regional(org, b):
                relation = "member_of"  # "emir of Ansar al-Sunna in Mosul"
            if org is None:
                pending.append((relation, role_text))
                continue
            for earlier_relation, earlier_role in pending:
                self.emit(p, earlier_relation, org, rule, 0.75, sent, role=earlier_role)
            pending = []
            if self._pro(org):
                relation, role_text = "allied_with", None
            self.emit(p, relation, org, rule, 0.8, sent, role=role_text)
        if fallback is not None:
            for relation, role_text in pending:
                self.emit(p, relation, fallback, rule, 0.75, sent, role=role_text)

    def role_subject(self, sent: Span) -> None:
        """'Its secretary-general is X', "KH's commander is X": the role is the subject."""
        for verb in sent:
            if verb.lemma_ != "be":
                continue
            roles = [c for c in verb.children if c.dep_ == "nsubj" and self.mention_of(c) is None]
            people = [m for c in verb.children if c.dep_ == "attr" for m in self.actor_of(c)
                      if self.chain_type(m) == "PERSON"]
            for noun in roles:
                start = noun.left_edge.i
                found = self.role_in(start, noun.i + 1)
                if found is None:
                    continue
                relation = found[0]
                orgs = [m for c in noun.subtree if c.dep_ == "poss" and c.i < noun.i
                        for m in self.actor_of(c) or self._pronoun(c)]  # "Its secretary-general"
                orgs += [m for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                         for g in c.children if g.dep_ == "pobj" for m in self.actor_of(g)]
                for p in people:
                    for org in orgs:
                        self.emit(p, relation, org, "role_subject", 0.8, sent, role=found[1])

    def copula_role(self, sent: Span) -> None:
        """'X is/was/became the head of Y', 'X served as commander of Y'."""
        for token in sent:
            if token.dep_ not in {"attr", "pobj", "oprd"} or self.mention_of(token) is not None:
                continue
            verb = token.head
            if token.dep_ == "pobj":
                if token.head.lower_ != "as":
                    continue
                verb = token.head.head
            if verb.lemma_ not in {"be", "become", "remain", "serve", "work", "act", "appoint", "name",
                                   "elect", "install", "choose", "select", "take"}:  # "took over as director"
                continue
            subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
            persons = [m for s in subjects for m in self.actor_of(s) if self.chain_type(m) == "PERSON"]
            if not persons:
                continue
            start = token.left_edge.i
            stop = min(token.right_edge.i + 1, sent.end)
            for p in persons:
                self._role_segment(p, start, stop, sent, "copula_role")

    def hyphen_compounds(self, sent: Span) -> None:
        """'Iran-backed Y', 'U.S.-designated Y', 'Iran-aligned Y'."""
        for i in range(sent.start, sent.end - 2):
            x = self.token_mention.get(i)
            if x is None or self.token_mention.get(i + 1) == x:
                continue
            if self.doc[i + 1].text == "-":
                word, after = self.doc[i + 2].lower_, i + 3
            elif self.doc[i + 1].text.startswith("-"):  # "Iran -backed"
                word, after = self.doc[i + 1].lower_[1:], i + 2
            else:
                continue
            relation = self.wording.hyphen_words.get(word)
            if relation is None:
                continue
            noun = self.doc[after - 1]
            while noun.dep_ in {"amod", "compound"} and noun.head is not noun:
                noun = noun.head  # the noun the "X-backed" phrase describes
            targets = []
            if noun.pos_ == "NOUN" and noun.lemma_.lower() in self.words["group_nouns"] | \
                    self.words["generic_heads"]:
                # "U.S.-designated groups, including KH"; "KH is a U.S.-designated terrorist organization"
                targets = self._listed(noun) or (
                    self.actor_of(noun) if noun.dep_ in {"attr", "appos"} else [])
            if not targets and (target := self._next_actor(after, sent)) is not None:
                targets = [target]
            for y in targets:
                self.emit(x, relation, y, f"hyphen_{word}", 0.85, sent)

    def _next_actor(self, start: int, sent: Span) -> int | None:
        """The next mention in the same noun phrase: no verb or clause break before it."""
        k = start
        while k < sent.end and k - start <= MAX_GAP_TOKENS:
            mi = self.token_mention.get(k)
            if mi is not None:
                _, m_end = self._mention_span(mi)
                # skip over another "X-adjective" compound ("Iran-backed, U.S.-designated KH")
                if m_end + 1 < sent.end and self.doc[m_end].text == "-" and \
                        self.token_mention.get(m_end) is None:
                    k = m_end + 2
                    continue
                if m_end < sent.end and self.doc[m_end].text in POSSESSIVE_MARKS:
                    k = m_end + 1  # "of Iran's Revolutionary Guard": the possessed is the head
                    continue
                if self.chain_type(mi) == "COUNTRY" and m_end < sent.end and \
                        self.doc[m_end].pos_ in {"NOUN", "ADJ"} and self.token_mention.get(m_end) is None:
                    return None  # "Iran-allied Iraqi politicians": the head is a common noun
                return mi
            t = self.doc[k]
            if t.pos_ in {"VERB", "AUX"} and t.tag_ not in {"VBN", "VBG"} or t.text in {";", ":", "("} \
                    or t.lower_ in {"who", "which", "that", "and", "or", "by", "of", "against", "with",
                                    "in", "on", "at", "to", "from", "for"}:
                return None
            k += 1
        return None

    def verbs(self, sent: Span) -> None:
        """Subject-verb-object statements, active and passive, for trigger verbs."""
        for verb in sent:
            if verb.pos_ not in {"VERB", "AUX", "NOUN"} or verb.pos_ == "NOUN":
                continue
            lemma = verb.lemma_.lower()
            relation = self.wording.verbs.get(lemma)
            particles = {c.lower_ for c in verb.children if c.dep_ == "prt"}
            if lemma == "take" and "over" in particles:
                relation = "controls"
            elif lemma == "take" and "on" in particles:
                relation = "hostile_to"  # "the Quds Force takes on IS"
            elif lemma == "elect" and any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children):
                self._elected_to(verb, sent)  # "was elected to Parliament"
                continue
            elif lemma == "list" and "terror" in sent.text.lower():
                relation = "sanctioned"  # "listed as a terrorist organization by ..."
            elif lemma in self.words["territory_verbs"] and any(
                    c.dep_ == "dobj" and self.chain_type(m) == "PLACE"
                    for c in verb.children if (m := self.mention_of(c)) is not None):
                relation = "controls"  # "KH holds the crossing at al-Qaim" (not "holds a meeting")
            if relation is None or not self.asserted(verb):
                continue
            children = list(verb.children)
            passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in children) or (
                verb.dep_ in {"acl", "advcl"} and verb.tag_ == "VBN") or (
                # "Badr, considered terrorist by the US, sponsored by Iran": a participle in a list
                verb.dep_ == "conj" and verb.tag_ == "VBN" and verb.head.dep_ in {"acl", "advcl"} and
                verb.head.tag_ == "VBN")
            if passive:
                agents = [g for c in children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
                if not agents:  # "funded, trained, and armed by the Quds Force": the last verb's agent
                    agents = [g for v in verb.conjuncts for c in v.children if c.dep_ == "agent"
                              for g in c.children if g.dep_ == "pobj"]
                if relation == "killed":  # "killed in a U.S. strike"
                    agents += [g for c in children if c.dep_ == "prep" and c.lower_ in {"in", "by"}
                               for g in c.children
                               if g.dep_ == "pobj" and g.lemma_.lower() in self.words["noun_hostile"]]
                patients = [c for c in children if c.dep_ == "nsubjpass"]
                if not patients and verb.dep_ == "conj":
                    patients = [c for c in verb.head.children if c.dep_ == "nsubjpass"]
                if verb.dep_ == "acl":
                    patients.append(verb.head)
                elif verb.dep_ == "conj" and verb.head.dep_ == "acl" and not patients:
                    patients.append(verb.head.head)
                if not patients and verb.dep_ == "advcl":  # "Backed by Iran, KH attacked ...": its subject
                    patients = [c for c in verb.head.children if c.dep_ == "nsubj"]
                subjects, objects = agents, patients
            else:
                subjects = [c for c in children if c.dep_ == "nsubj"]
                if not subjects and verb.dep_ == "xcomp":  # "appointed Qaani to succeed him": Qaani
                    subjects = [c for c in verb.head.children if c.dep_ == "dobj"]
                if not subjects and verb.dep_ in {"conj", "xcomp", "advcl"}:
                    subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
                if not subjects and verb.dep_ == "acl" and verb.tag_ == "VBG":
                    # "the United States carried out strikes targeting KH": the strikes' agent
                    governor = verb.head.head if verb.head.dep_ in {"dobj", "pobj"} else None
                    for _ in range(3):  # "KH continued to maintain a presence targeting U.S. forces"
                        if governor is None:
                            break
                        subjects = [c for c in governor.children if c.dep_ == "nsubj"]
                        if subjects or governor.dep_ not in {"xcomp", "conj", "advcl"}:
                            break
                        governor = governor.head
                objects = [c for c in children if c.dep_ in {"dobj", "obj"}]
                if relation == "hostile_to":
                    preps = {"against", "on"}
                    if lemma in self.words["hostile_with_verbs"]:
                        preps.add("with")  # "clashed with"
                    objects += [g for c in children if c.dep_ == "prep" and c.lower_ in preps
                                for g in c.children if g.dep_ == "pobj"]
            if verb.tag_ == "VBG" and verb.dep_ in {"pcomp", "advcl", "acl"} and not subjects:
                continue
            subj = [m for s in subjects for m in self.actor_of(s)]
            if relation == "backs" and not passive:
                # "Iran, through the IRGC and its Qods Force, has supported KH": the means back too
                subj += [m for c in children if c.dep_ == "prep" and c.lower_ == "through"
                         for g in c.children if g.dep_ == "pobj" for m in self.actor_of(g)]
            fighting = relation in {"killed", "hostile_to"}
            groups = [m for o in objects for m in self.people_of(o)] if fighting else []
            obj = [m for o in objects if not self.people_of(o) for m in self.actor_of(o)]
            if not objects and not passive and verb.dep_ == "relcl" and subjects and \
                    subjects[0].tag_ not in {"WP", "WDT"}:
                obj = self._relative_head(verb)  # "the movement he formed, KH": the noun is the object
            if relation in LINEAR_RELATIONS and (not subj or not obj) and self._clause_verb(verb):
                # the parse often breaks on long lists of names: read the clause in order
                linear_subj, linear_obj = self._linear_arguments(verb, sent, passive)
                subj, obj = subj or linear_subj, obj or linear_obj
            for s in subj:
                for o in obj:
                    self.emit(s, relation, o, f"verb_{verb.lemma_.lower()}", 0.75, sent)
                for g in groups:  # "IS killed dozens of Iraqi Army soldiers": IS fights the army
                    self.emit(s, "hostile_to", g, f"verb_{verb.lemma_.lower()}_members", 0.7, sent)

    def _elected_to(self, verb: Token, sent: Span) -> None:
        members = [m for c in verb.children if c.dep_ in {"nsubjpass", "nsubj"}
                   for m in self.actor_of(c) or self._pronoun(c)]
        bodies = [m for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
                  for g in c.children if g.dep_ == "pobj" for m in self.actor_of(g)]
        for p in members:
            for body in bodies:
                self.emit(p, "member_of", body, "elected_to", 0.75, sent)

    def _clause_verb(self, verb: Token) -> bool:
        """A verb heading a clause, not an adjective in disguise ("Iran-backed militias",
        "Specially Designated Global Terrorists")."""
        if verb.dep_ in {"amod", "compound", "npadvmod", "nmod"} or verb.text[:1].isupper():
            return False
        return not (verb.i > 0 and self.doc[verb.i - 1].text == "-")

    def _linear_arguments(self, verb: Token, sent: Span, passive: bool) -> tuple[list[int], list[int]]:
        """Arguments read in word order: the actor named last before the verb in its
        clause, and the actors listed after it up to the clause's end ('by' ones for
        a passive verb)."""
        before = []
        for k in range(verb.i - 1, sent.start - 1, -1):
            t = self.doc[k]
            if t.text in {";", ":"} or (t.pos_ == "VERB" and t.i != verb.i and t.dep_ != "amod"):
                break
            mi = self.token_mention.get(k)
            if mi is not None:
                before = [mi]
                break
        after: list[int] = []
        seen_by = not passive
        for k in range(verb.i + 1, sent.end):
            t = self.doc[k]
            if t.text in {";", ":", "."} or t.lower_ in {"which", "who", "that", "because", "after", "while"}:
                break
            if passive and t.lower_ == "by":
                seen_by = True
                continue
            if not passive and t.lower_ in {"as", "for", "by", "in", "on", "to"}:
                break
            mi = self.token_mention.get(k)
            if mi is not None and seen_by and mi not in after:
                after.append(mi)
        return (after, before) if passive else (before, after)

    def hostile_nouns(self, sent: Span) -> None:
        """'X's attacks on Y', 'U.S. strikes against Y', 'the killing of Y by X'."""
        for noun in sent:
            lemma = noun.lemma_.lower()
            triggers = self.words["noun_hostile"] | self.words["killing_nouns"] | \
                self.words["control_nouns"] | self.words["sanction_nouns"]
            if noun.pos_ != "NOUN" or lemma not in triggers:
                continue
            agents = [m for c in noun.children if c.dep_ in {"compound", "poss", "amod", "nmod"}
                      for m in self.actor_of(c)]
            if noun.dep_ == "dobj" and noun.head.lemma_.lower() in self.words["launch_verbs"]:
                # "KH launched a rocket attack on ...", "the U.S. carried out strikes against ..."
                agents += [m for c in noun.head.children if c.dep_ == "nsubj" for m in self.actor_of(c)]
            agents += self._responsible_for(noun)
            targets: list[int] = []
            preps = {c.lower_: c for c in noun.children if c.dep_ == "prep"}
            controlling = lemma in self.words["control_nouns"]
            if controlling and "over" in preps:  # "the control of al-Qaida over the city"
                agents += [m for g in preps["of"].children if g.dep_ == "pobj"
                           for m in self.actor_of(g)] if "of" in preps else []
                targets += [m for g in preps["over"].children if g.dep_ == "pobj" for m in self.actor_of(g)]
            elif controlling and noun.dep_ == "dobj" and \
                    noun.head.lemma_.lower() in self.words["taking_verbs"]:
                # "IS took control of Mosul": the taker holds what follows "of"
                agents += [m for c in noun.head.children if c.dep_ == "nsubj" for m in self.actor_of(c)]
                targets += [m for g in preps["of"].children if g.dep_ == "pobj"
                            for m in self.actor_of(g)] if "of" in preps else []
            else:
                for c in noun.children:
                    if c.dep_ == "prep" and c.lower_ in {"on", "against", "of", "targeting"}:
                        targets += [m for g in c.children if g.dep_ == "pobj" for m in self.actor_of(g)]
            if noun.head.lower_ == "by" and noun.head.head.lemma_.lower() in {"killing", "assassination"}:
                # "the killing by U.S. airstrike of X": the victims hang off the killing
                for c in noun.head.head.children:
                    if c.dep_ == "prep" and c.lower_ == "of":
                        targets += [m for g in c.children if g.dep_ == "pobj" for m in self.actor_of(g)]
            for c in noun.children:
                if c.dep_ == "prep" and c.lower_ == "by":
                    agents += [m for g in c.children if g.dep_ == "pobj" for m in self.actor_of(g)]
            killing = noun.head.lower_ == "by" and noun.head.head.lemma_.lower() in {
                "killing", "kill", "assassination", "assassinate"}
            if lemma in {"killing", "assassination"} or killing:
                relation = "killed"
            elif lemma in self.words["control_nouns"]:
                relation = "controls"
            elif lemma in self.words["sanction_nouns"]:
                relation = "sanctioned"  # "U.S. sanctions on Fayyadh", "the Treasury's designation of KH"
            else:
                relation = "hostile_to"
            for a in agents:
                for t in targets:
                    self.emit(a, relation, t, f"noun_{lemma}", 0.7, sent)

    def _responsible_for(self, noun: Token) -> list[int]:
        """Who 'claimed responsibility for' or 'was responsible for' the attack."""
        if noun.dep_ != "pobj" or noun.head.lower_ != "for":
            return []
        holder = noun.head.head
        if holder.lemma_.lower() == "responsibility" and holder.dep_ == "dobj":
            holder = holder.head  # "KH claimed responsibility for the attack"
        elif holder.lemma_.lower() != "responsible":
            return []
        while holder.dep_ in {"acomp", "attr"}:
            holder = holder.head  # "KH was responsible for"
        return [m for c in holder.children if c.dep_ in {"nsubj", "nsubjpass"}
                for m in self.actor_of(c) or self._pronoun(c)]

    def against(self, sent: Span) -> None:
        """'the coalition against IS', 'Iran's fight against the Islamic State'."""
        for prep in sent:
            if prep.lower_ != "against" or prep.dep_ != "prep":
                continue
            targets = [m for g in prep.children if g.dep_ == "pobj" for m in self.actor_of(g)]
            head = prep.head
            agents = self.actor_of(head) if head.pos_ in {"PROPN", "NOUN"} else []
            if head.lemma_.lower() in self.words["noun_hostile"] | {"coalition", "battle", "war"}:
                agents = agents or [m for c in head.children if c.dep_ in {"poss", "compound"}
                                    for m in self.actor_of(c)]
                if not agents and head.dep_ in {"dobj", "pobj"}:
                    # "he has been active in the operations against ISIL": who is in them
                    governor = head.head if head.dep_ == "dobj" else head.head.head
                    while governor.dep_ in {"acomp", "prep", "pobj"} and governor.head is not governor:
                        governor = governor.head
                    agents = [m for m in self._subjects(governor) if self.asserted(governor)]
            elif head.pos_ == "VERB" and head.lemma_.lower() in self.words["against_verbs"]:
                if not self.asserted(head):
                    continue
                agents = self._subjects(head)  # "the US was late to intervene against IS"
            elif self.mention_of(head) is None:
                continue
            for a in agents:
                for t in targets:
                    self.emit(a, "hostile_to", t, "against", 0.7, sent)

    def between(self, sent: Span) -> None:
        """'the hostility between the United States and Iran', 'an alliance between X and Y';
        'Iraq has a bilateral agreement with the Americans', "Iran's war with Iraq"."""
        for prep in sent:
            noun = prep.head
            if prep.lower_ not in {"between", "with"} or noun.lemma_.lower() not in self.wording.pair_nouns:
                continue
            relation = self.wording.pair_nouns[noun.lemma_.lower()]
            sides = [m for g in prep.children if g.dep_ == "pobj" for m in self.actor_of(g)]
            if prep.lower_ == "with":
                holders = [m for c in noun.children if c.dep_ == "poss" for m in self.actor_of(c)]
                if not holders and noun.dep_ == "dobj" and self.asserted(noun.head):
                    holders = self._subjects(noun.head)
                sides = [*holders[:1], *sides] if holders else []
            for x, y in zip(sides, sides[1:], strict=False):
                self.emit(x, relation, y, f"{prep.lower_}_{noun.lemma_.lower()}", 0.75, sent)

    def hyphen_pairs(self, sent: Span) -> None:
        """'the Israel-Hamas war', 'an Iraqi-Iranian security agreement'."""
        for i in range(sent.start, sent.end - 3):
            x = self.token_mention.get(i)
            if x is None or self.doc[i + 1].text not in {"-", "–"}:
                continue
            if self.token_mention.get(i + 1) is not None:
                continue
            y = self.token_mention.get(i + 2)
            if y is None or y == x:
                continue
            _, y_end = self._mention_span(y)
            k = y_end
            pair_nouns = self.wording.pair_nouns
            while k < sent.end and k - y_end < 3 and self.doc[k].lemma_.lower() not in pair_nouns:
                k += 1
            if k < sent.end and self.doc[k].lemma_.lower() in self.wording.pair_nouns:
                relation = self.wording.pair_nouns[self.doc[k].lemma_.lower()]
                self.emit(x, relation, y, f"pair_{self.doc[k].lemma_.lower()}", 0.75, sent)

    def under_command(self, sent: Span) -> None:
        """'the Peshmerga are under the command of the Ministry of Peshmerga Affairs'."""
        for prep in sent:
            if prep.lower_ != "under":
                continue
            nouns = [g for g in prep.children
                     if g.dep_ == "pobj" and g.lemma_.lower() in self.words["command_nouns"]]
            controllers = [m for n in nouns for c in n.children if c.dep_ == "prep" and c.lower_ == "of"
                           for g in c.children if g.dep_ == "pobj" for m in self.actor_of(g)]
            if not controllers:
                continue
            head = prep.head
            controlled = [m for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}
                          for m in self.actor_of(c)]
            if head.pos_ in {"NOUN", "PROPN"}:
                controlled += self.actor_of(head)
            for ctl in controllers:
                for x in controlled:
                    self.emit(ctl, "controls", x, "under_command", 0.75, sent)

    def group_of_person(self, sent: Span) -> None:
        """'the Mahdi Army of Muqtada al-Sadr': an armed group named after its leader."""
        for i in range(sent.start, sent.end - 2):
            x = self.token_mention.get(i)
            if x is None or self.chain_type(x) != "ARMED_GROUP":
                continue
            _, x_end = self._mention_span(x)
            if i != x_end - 1 or self.doc[x_end].lower_ != "of":
                continue
            y = self.token_mention.get(x_end + 1)
            if y is not None and self.chain_type(y) == "PERSON":
                self.emit(y, "leads", x, "group_of_person", 0.65, sent)

    def part_of(self, sent: Span) -> None:
        """'X, a division of Y', 'Y's X Force', 'X of Y' for units."""
        for i in range(sent.start, sent.end):
            x = self.token_mention.get(i)
            if x is None or self.token_mention.get(i + 1) == x or self.chain_type(x) not in ORG_TYPES:
                continue
            xs, xe = self._mention_span(x)
            if i != xe - 1:
                continue
            nxt = self.doc[xe:min(xe + 8, sent.end)]
            words = [t.lower_ for t in nxt]
            # "X, a division of Y" / "X, the external arm of Y"
            if words[:1] == [","]:
                for k, w in enumerate(words[1:6], start=1):
                    if w in self.words["part_nouns"] and k + 1 < len(words) and words[k + 1] == "of":
                        y = self._next_actor(xe + k + 2, sent)
                        if y is not None:
                            self.emit(x, "part_of", y, "part_apposition", 0.8, sent)
                        break
            # "Quds Force of Iran's Revolutionary Guard", "the Ministry of X (MoX) of the KRG"
            of_at = xe
            if words[:1] == ["("]:
                close = next((k for k, w in enumerate(words) if w == ")"), None)
                if close is not None:
                    of_at = xe + close + 1
            unit = {self.doc[xe - 1].lower_, self.doc[xs].lower_} & self.words["unit_words"]
            if of_at < sent.end and self.doc[of_at].lower_ == "of" and unit:
                y = self._next_actor(of_at + 1, sent)
                if y is not None and self.chain_type(y) in ORG_TYPES:
                    self.emit(x, "part_of", y, "part_of_genitive", 0.7, sent)
            # "the IRGC's Quds Force"
            if words[:1] and words[0] in {"'s", "’s"}:
                y = self.token_mention.get(xe + 1)
                if y is not None and self.chain_type(y) in ORG_TYPES:
                    ys, ye = self._mention_span(y)
                    if self.doc[ye - 1].lower_ in self.words["unit_words"]:
                        self.emit(y, "part_of", x, "part_possessive", 0.7, sent)

    def part_phrase(self, sent: Span) -> None:
        """'X is (a) part of Y', 'X, which used to be part of Y', 'X acts as part of Y';
        'Y and its external operations force known as X'."""
        for t in sent:
            if t.pos_ == "NOUN" and (t.lower_ == "part" or t.lemma_.lower() in self.words["part_nouns"]) \
                    and self.mention_of(t) is None:
                wholes = [m for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                          for g in c.children if g.dep_ == "pobj" for m in self.actor_of(g)]
                if t.dep_ == "attr" or (t.dep_ == "pobj" and t.head.lower_ == "as"):
                    verb = t.head if t.dep_ == "attr" else t.head.head
                    parts = [m for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}
                             for m in self.actor_of(c) or self._pronoun(c)]
                    if not parts and verb.dep_ in {"xcomp", "relcl"}:  # "which used to be part of"
                        head = verb.head if verb.dep_ == "relcl" else verb.head
                        parts = [m for c in head.children if c.dep_ == "nsubj" for m in self.actor_of(c)]
                        parts = parts or (self.actor_of(head.head) if head.dep_ == "relcl" else [])
                    for x in parts:
                        for y in wholes:
                            relation = "member_of" if self.chain_type(x) == "PERSON" else "part_of"
                            self.emit(x, relation, y, "part_phrase", 0.75, sent)
            elif t.lower_ == "as" and t.head.lemma_ in {"know", "call"} and t.head.dep_ == "acl":
                unit = t.head.head
                if unit.lemma_.lower() not in self.words["unit_words"]:
                    continue
                owners = [m for c in unit.children if c.dep_ == "poss"
                          for m in self.actor_of(c) or self._pronoun(c)]
                named = [m for g in t.children if g.dep_ == "pobj" for m in self.actor_of(g)]
                for x in named:
                    for y in owners:
                        self.emit(x, "part_of", y, "known_as_unit", 0.75, sent)

    def parenthetical_unit(self, sent: Span) -> None:
        """'Kata'ib al-Imam Ali (Popular Mobilization Forces brigade 40)': X is a unit of Y."""
        for i in range(sent.start, sent.end - 3):
            x = self.token_mention.get(i)
            if x is None or self.doc[i + 1].text != "(" or self.token_mention.get(i + 1) == x:
                continue
            y = self.token_mention.get(i + 2)
            if y is None or y == x:
                continue
            _, y_end = self._mention_span(y)
            rest = [t.lower_ for t in self.doc[y_end:min(y_end + 4, sent.end)]]
            if rest and rest[0] in self.words["part_nouns"] | {"brigades"} and ")" in rest:
                self.emit(x, "part_of", y, "parenthetical_unit", 0.75, sent)

    def successor(self, sent: Span) -> None:
        """'X, (a) successor to Y', 'Y's successor X'."""
        for t in sent:
            if t.lower_ not in self.words["successor_nouns"]:
                continue
            after = [c for c in t.children if c.dep_ == "prep" and c.lower_ in {"to", "of"}]
            predecessors = [m for c in after for g in c.children if g.dep_ == "pobj"
                            for m in self.actor_of(g)]
            predecessors += [m for c in t.children if c.dep_ == "poss" for m in self.actor_of(c)]
            holders = []
            if t.dep_ == "appos" or t.dep_ == "attr":
                holders = self.actor_of(t.head) if t.dep_ == "appos" else [
                    m for c in t.head.children if c.dep_ == "nsubj" for m in self.actor_of(c)]
            for c in t.children:
                if c.dep_ == "appos":
                    holders += self.actor_of(c)
            if not holders:
                # "X, a successor to Y": the person just before the comma
                k = t.left_edge.i - 1
                if k > sent.start and self.doc[k].text == ",":
                    m = self.token_mention.get(k - 1)
                    if m is not None:
                        holders.append(m)
                    elif self.doc[k - 1].pos_ == "VERB":  # "Qaani came, a successor to Soleimani"
                        holders += [x for c in self.doc[k - 1].children if c.dep_ == "nsubj"
                                    if (x := self.mention_of(c)) is not None]
            for h in holders:
                for p in predecessors:
                    self.emit(h, "succeeded", p, "successor_noun", 0.75, sent)

    def partner_verbs(self, sent: Span) -> None:
        """'X cooperated with Y', 'X fought alongside Y', 'X worked with Y' (not 'fought with')."""
        for verb in sent:
            lemma = verb.lemma_.lower()
            if verb.pos_ not in {"VERB", "ADJ"} or lemma not in self.words["partner_verbs"]:
                continue
            preps = [c for c in verb.children if c.dep_ == "prep" and (
                c.lower_ == "alongside" or (c.lower_ == "with" and lemma not in {"fight", "join", "serve"})
                or (c.lower_ == "to" and lemma == "loyal"))]  # "loyal to Muqtada al-Sadr"
            if not preps:
                continue
            subjects = [c for c in verb.children if c.dep_ == "nsubj"]
            head = verb
            while not subjects and head.dep_ in {"conj", "xcomp", "advcl", "acomp"} and head.head is not head:
                head = head.head  # "These groups are separate from but allied with X"
                subjects = [c for c in head.children if c.dep_ == "nsubj"]
            if not subjects and verb.dep_ == "acl":
                subjects = [verb.head]  # "KSS, working with ..."
            subj = [m for c in subjects for m in self.actor_of(c) or self._pronoun(c)]
            partners = [m for p in preps for g in p.children if g.dep_ == "pobj" for m in self.actor_of(g)]
            for a in subj:
                for b in partners:
                    self.emit(a, "allied_with", b, f"partner_{lemma}", 0.7, sent)

    def role_lists(self, sent: Span) -> None:
        """"ISCI's leaders, including X", "KH commanders A and B", "its leaders include A and B":
        several holders of a plural role are members, whatever the role."""
        for noun in sent:
            if noun.tag_ != "NNS" or self.mention_of(noun) is not None or \
                    (self.roles.get(noun.lower_) or self.roles.get(noun.lemma_.lower())) is None:
                continue
            orgs = [m for c in noun.children if c.dep_ in {"poss", "compound", "nmod"}
                    if (m := self.mention_of(c)) is not None]  # named, not "its leaders"
            orgs += [m for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj" for m in self.actor_of(g)]
            members = self._listed(noun)
            if noun.dep_ == "nsubj" and noun.head.lemma_ in {"include", "be"}:
                members += [m for c in noun.head.children if c.dep_ in {"dobj", "attr"}
                            for m in self.actor_of(c)]
            for org in orgs:
                if self.chain_type(org) not in ORG_TYPES:
                    continue
                for member in members:
                    if self.chain_type(member) == "PERSON":
                        self.emit(member, "member_of", org, "role_list", 0.7, sent)

    def received_aid(self, sent: Span) -> None:
        """'X received training and weapons from Y': Y backs X."""
        for verb in sent:
            if verb.lemma_.lower() not in {"receive", "get", "obtain", "accept", "enjoy"}:
                continue
            aid = [o for c in verb.children if c.dep_ == "dobj" for o in [c, *c.conjuncts]]
            if not any(o.lemma_.lower() in self.words["aid_nouns"] for o in aid):
                continue
            sources = [m for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"
                       for g in c.children if g.dep_ == "pobj" for m in self.actor_of(g)]
            sources += [m for o in aid for c in o.children if c.dep_ == "prep" and c.lower_ == "from"
                        for g in c.children if g.dep_ == "pobj" for m in self.actor_of(g)]
            receivers = [m for c in verb.children if c.dep_ == "nsubj"
                         for m in self.actor_of(c) or self._pronoun(c)]
            for giver in sources:
                for taker in receivers:
                    self.emit(giver, "backs", taker, "received_aid", 0.75, sent)

    def relation_nouns(self, sent: Span) -> None:
        """'X's allies A and B', 'A, an ally of X', 'his sponsor Y', 'Iran's proxies, such as KH'."""
        for noun in sent:
            lemma = noun.lemma_.lower()
            if noun.pos_ not in {"NOUN", "PROPN"} or lemma not in self.wording.relation_nouns or \
                    self.mention_of(noun) is not None:
                continue
            relation, holder = self.wording.relation_nouns[lemma]
            owners: list[int] = []
            affiliations: list[int] = []  # "his IRGC-QF sponsor Y": Y serves the IRGC-QF
            for c in noun.children:
                if c.dep_ == "poss":
                    owners += self.actor_of(c) or self._pronoun(c)
                elif c.dep_ in {"compound", "amod", "nmod"} and self.mention_of(c) is not None:
                    (affiliations if holder == "member" else owners).append(self.mention_of(c))
                elif c.dep_ == "prep" and c.lower_ in {"of", "to"}:
                    owners += [m for g in c.children if g.dep_ == "pobj" for m in self.actor_of(g)]
            members = self._listed(noun)
            if noun.dep_ == "dobj" and noun.head.lemma_.lower() in self.words["holding_verbs"]:
                # "Amiri has close ties to Iran"; "Iran has proxies such as KH"
                (members if owners else owners).extend(self._subjects(noun.head))
            elif noun.dep_ in {"compound", "appos"} and self.mention_of(noun.head) is not None:
                members.append(self.mention_of(noun.head))  # "his sponsor Qassem Soleimani"
            elif noun.dep_ == "attr":  # "A is an ally of X"
                members += [m for c in noun.head.children if c.dep_ == "nsubj" for m in self.actor_of(c)]
            elif noun.dep_ == "appos":  # "A, an ally of X"
                members += self.actor_of(noun.head)
            elif noun.dep_ == "nsubj" and noun.head.lemma_ == "be":  # "Iran's allies are A, B and C"
                members += [m for c in noun.head.children if c.dep_ == "attr" for m in self.actor_of(c)]
            k = noun.i + 1
            if k < sent.end and self.doc[k].text == ":":  # "Iran's allies: Badr, KH and AAH"
                members += [m for i in range(k + 1, sent.end) if (m := self.token_mention.get(i)) is not None]
            members = list(dict.fromkeys(members))
            for member in members:
                for org in affiliations:
                    if self.chain_type(member) == "PERSON":
                        self.emit(member, "member_of", org, f"noun_{lemma}", 0.65, sent)
            for owner in owners:
                for member in members:
                    if holder == "owner":
                        self.emit(owner, relation, member, f"noun_{lemma}", 0.7, sent)
                    else:
                        self.emit(member, relation, owner, f"noun_{lemma}", 0.7, sent)

    def opposing_prefix(self, sent: Span) -> None:
        """'the counter-ISIS coalition', "Iraq's counter-ISIL fight", 'anti-IS forces of X'."""
        for i in range(sent.start, sent.end - 2):
            if self.doc[i].lower_ not in self.words["opposing_prefixes"] or self.doc[i + 1].text != "-":
                continue
            target = self.token_mention.get(i + 2)
            if target is None:
                continue
            _, t_end = self._mention_span(target)
            if t_end >= sent.end:
                continue
            head = self.doc[t_end]
            owner = self.token_mention.get(head.i)
            owners = [owner] if owner is not None else [
                m for c in head.children if c.dep_ in {"poss", "compound", "nmod"} for m in self.actor_of(c)]
            if owner is None and head.dep_ == "compound" and \
                    head.head.lemma_.lower() in self.words["generic_heads"] | self.words["noun_hostile"]:
                owners += [m for c in head.head.children if c.dep_ == "poss" for m in self.actor_of(c)]
            for o in owners:
                self.emit(o, "hostile_to", target, "opposing_prefix", 0.7, sent)

    def born_in(self, sent: Span) -> None:
        """'X was born in P', 'Born in P in 1962, he ...'."""
        for t in sent:
            if t.lower_ != "born":
                continue
            places = []
            for c in t.children:
                if c.dep_ == "prep" and c.lower_ == "in":
                    places += [m for g in c.children if g.dep_ == "pobj" for m in self.actor_of(g)]
            people = [m for c in t.children if c.dep_ in {"nsubjpass", "nsubj"} for m in self.actor_of(c)]
            if not people:
                people = [m for m in self._persons(sent)][:1] or self._previous_person(sent)
            year = None
            for ent in self._dates_in(sent):
                if re.search(r"\b(19|20)\d\d\b", ent.text):
                    year = normalize_date(ent.text, self.published)
                    break
            for p in people:
                for place in places:
                    self.emit(p, "born_in", place, "born_in", 0.85, sent, start=year)

    def _subjects(self, verb: Token) -> list[int]:
        """Who does what a verb says: its subject, or the subject of the clause it completes
        ("working together to retake Mosul"), pronouns resolved."""
        head = verb
        for _ in range(3):
            found = [m for c in head.children if c.dep_ in {"nsubj", "agent"}
                     for m in (self.actor_of(c) if c.dep_ == "nsubj" else
                               [x for g in c.children if g.dep_ == "pobj" for x in self.actor_of(g)])]
            if found or head.dep_ not in {"xcomp", "advcl", "conj", "acomp"} or head.head is head:
                return found
            head = head.head
        return []

    def freed_from(self, sent: Span) -> None:
        """'Y liberated Mosul from IS (control)': IS held Mosul, and Y fights IS."""
        for verb in sent:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in self.words["freeing_verbs"] or \
                    not self.asserted(verb):
                continue
            places = [m for c in verb.children if c.dep_ in {"dobj", "nsubjpass"} for m in self.actor_of(c)]
            holders = [m for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"
                       for g in c.children if g.dep_ == "pobj" for m in self.actor_of(g)]
            for h in holders:
                for p in places:
                    self.emit(h, "controls", p, "freed_from", 0.65, sent)
                for f in self._subjects(verb):
                    self.emit(f, "hostile_to", h, "freed_from", 0.7, sent)

    def founding_of(self, sent: Span) -> None:
        """'X took part in the founding of Y', 'X led the formation of Y'."""
        for noun in sent:
            if noun.pos_ != "NOUN" or noun.lemma_.lower() not in self.words["founding_nouns"]:
                continue
            founded = [m for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                       for g in c.children if g.dep_ == "pobj" for m in self.actor_of(g)]
            governor = noun.head.head if noun.dep_ == "pobj" else noun.head if noun.dep_ == "dobj" else None
            if governor is None or governor.lemma_.lower() not in self.words["founding_governors"] or \
                    not self.asserted(governor):
                continue
            founders = [m for c in governor.children if c.dep_ in {"nsubj", "nsubjpass"}
                        for m in self.actor_of(c) or self._pronoun(c)]
            for f in founders:
                for y in founded:
                    self.emit(f, "founded", y, "founding_of", 0.7, sent)

    def composition(self, sent: Span) -> None:
        """'the Fatah Alliance, comprising Badr and AAH', 'the bloc encompasses A and B';
        'X, an umbrella group of militias including A and B'."""
        for noun in sent:
            if noun.pos_ != "NOUN" or self.mention_of(noun) is not None or not (
                    noun.lemma_.lower() in self.words["collective_nouns"] or
                    any(c.lower_ == "umbrella" for c in noun.children)) or noun.dep_ not in {"appos", "attr"}:
                continue
            parts = self._listed(noun)
            if not parts:  # "an umbrella of militias such as A and B", "a coalition of A and B"
                members = [h for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                           for g in c.children if g.dep_ == "pobj" for h in [g, *g.conjuncts]]
                parts = [m for h in members for m in self._listed(h) or self.actor_of(h)]
            for whole in self.actor_of(noun):
                for part in parts:
                    relation = "member_of" if self.chain_type(part) == "PERSON" else "part_of"
                    self.emit(part, relation, whole, "collective", 0.7, sent)
        for verb in sent:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in self.words["composition_verbs"]:
                continue
            parts = [m for c in verb.children if c.dep_ == "dobj" for m in self.actor_of(c)]
            wholes = self.actor_of(verb.head) if verb.dep_ == "acl" else [
                m for c in verb.children if c.dep_ == "nsubj" for m in self.actor_of(c)]
            for w in wholes:
                for part in parts:
                    relation = "member_of" if self.chain_type(part) == "PERSON" else "part_of"
                    self.emit(part, relation, w, "composition", 0.7, sent)

    def acting_together(self, sent: Span) -> None:
        """'X and Y continued their partnership', 'X and Y launched a joint operation',
        'X and Y fought together': coordinated actors stated to act as one."""
        for verb in sent:
            if verb.pos_ not in {"VERB", "AUX"} or not self.asserted(verb):
                continue
            sides = [m for c in verb.children if c.dep_ == "nsubj" and c.conjuncts for m in self.actor_of(c)]
            if len(sides) < 2:
                continue
            objects = [c for c in verb.children if c.dep_ == "dobj"]
            relation = None
            for o in objects:
                pair = self.wording.pair_nouns.get(o.lemma_.lower())
                if pair and any(c.dep_ == "poss" and c.lower_ == "their" for c in o.children):
                    relation = pair  # "continued their partnership", "ended their rivalry"
                elif any(c.lower_ in self.words["together_words"] for c in o.children):
                    relation = "allied_with"  # "a joint operation"
            if any(c.dep_ == "advmod" and c.lower_ in self.words["together_words"] for c in verb.children):
                relation = "allied_with"  # "fought together"
            if relation is None:
                continue
            for x, y in zip(sides, sides[1:], strict=False):
                self.emit(x, relation, y, "acting_together", 0.7, sent)

    def nested_units(self) -> None:
        """'the 47th Popular Mobilization Forces brigade', 'the Badr Organization's Ninth
        Brigade' as one name: a unit whose name holds another organisation's is part of it."""
        names: dict[str, int] = {}
        for mi, m in enumerate(self.ex.mentions):
            if m.chain >= 0 and self.chain_type(mi) in ORG_TYPES and len(m.text) > 3:
                names.setdefault(m.text.lower(), mi)
        for mi, m in enumerate(self.ex.mentions):
            words = m.text.lower().split()
            if m.chain < 0 or len(words) < 3 or words[-1] not in self.words["unit_words"] or \
                    self.chain_type(mi) not in ORG_TYPES:
                continue
            inner = m.text.lower()
            for name, other in names.items():
                if name != inner and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", inner):
                    start = bisect.bisect_right(self.sentence_starts, m.start) - 1
                    token = self.doc.char_span(self.ex.sentences[start][0], self.ex.sentences[start][1],
                                               alignment_mode="expand")
                    if token is not None:
                        self.emit(mi, "part_of", other, "nested_unit", 0.75, token)

    def fellows(self, sent: Span) -> None:
        """'Soleimani sits with fellow Revolutionary Guard commanders': he is one of them."""
        for word in sent:
            if word.lower_ != "fellow" or word.dep_ != "amod":
                continue
            group = word.head
            orgs = [m for c in group.children if c.dep_ in {"compound", "nmod", "poss"}
                    if (m := self.mention_of(c)) is not None and self.chain_type(m) in ORG_TYPES]
            governor = group.head.head if group.dep_ == "pobj" else group.head
            for p in self._subjects(governor):
                if self.chain_type(p) == "PERSON":
                    for org in orgs:
                        self.emit(p, "member_of", org, "fellows", 0.7, sent)

    def fronted_role(self, sent: Span) -> None:
        """'As a commander in the PMF, he ...', 'A member of the Fatah Alliance, he ...':
        a role phrase before the comma belongs to the clause's subject."""
        start = sent.start + (1 if self.doc[sent.start].lower_ == "as" else 0)
        comma = next((k for k in range(start, min(start + 15, sent.end - 1))
                      if self.doc[k].text == ","), None)
        if comma is None:
            return
        subject = self.doc[comma + 1]
        if subject.dep_ != "nsubj" or subject.lower_ not in {"he", "she"}:
            return
        for p in self._pronoun(subject):
            self._role_segment(p, start, comma, sent, "fronted_role")

    def _previous_person(self, sent: Span) -> list[int]:
        """The person a sentence without a named subject is about: the last one named."""
        return self._person_before(sent.start)

    def _group_before(self, i: int) -> list[int]:
        """What "the group" is: the last armed group or organisation (not a state body: "the
        group" is never the Treasury) named as a subject, else the one the document names most."""
        for k in range(i - 1, max(-1, i - 150), -1):
            mi = self.token_mention.get(k)
            if mi is not None and self.chain_type(mi) in GROUP_TYPES and \
                    self.doc[k].dep_ in {"nsubj", "nsubjpass"}:
                return [mi]
        return [self.main_group] if self.main_group is not None else []

    @staticmethod
    def _main_subject(t: Token) -> bool:
        """A subject of the sentence's main clause (or of a clause joined to it by 'and')."""
        head = t.head
        while head.dep_ == "conj" and head.head is not head:
            head = head.head
        return t.dep_ in {"nsubj", "nsubjpass"} and head.dep_ == "ROOT"

    def _person_before(self, i: int) -> list[int]:
        """Who "he" is: the last person named earlier in the same sentence, else the most
        salient person of the sentences before, else the person the document names most."""
        sent = self.doc[i].sent
        for k in range(i - 1, sent.start - 1, -1):
            mi = self.token_mention.get(k)
            if mi is not None and self.chain_type(mi) == "PERSON":
                return [mi]
        found = self._salient_before(i, {"PERSON"}, same_sentence=False)
        return found or ([self.main_person] if self.main_person is not None else [])

    def _salient_before(self, i: int, types: set[str], same_sentence: bool = True) -> list[int]:
        """The actor of these types the text before token i is most about: in its own sentence
        (if asked) then each of the three sentences before, the main clause's subject, then its
        object, then any subject; a pronoun there is read in turn ("He was born in Basra. He
        led ...")."""
        sent = self.doc[i].sent
        sentences = [sent] if same_sentence else []
        end = sent.start
        while len(sentences) < 4 and end > 0:
            sentences.append(self.doc[end - 1].sent)
            end = sentences[-1].start

        def rank(t: Token) -> int:
            if self._main_subject(t):
                return 0
            return 1 if t.dep_ == "dobj" and t.head.dep_ == "ROOT" else 2

        for before in sentences:
            slots = [t for t in before if t.i < i and t.dep_ in {"nsubj", "nsubjpass", "dobj"}]
            for t in sorted(slots, key=lambda t: (rank(t), -t.i)):
                if t.dep_ == "dobj" and rank(t) != 1:
                    continue
                mi = self.token_mention.get(t.i)
                if mi is not None and self.chain_type(mi) in types:
                    return [mi]
                if mi is None and t.pos_ == "PRON" and rank(t) < 2 and (
                        (t.lower_ in {"he", "him", "she", "her"} and types == {"PERSON"}) or
                        (t.lower_ == "it" and types == ORG_TYPES)):
                    return self._antecedent(t)
        return []

    def _place_before(self, i: int) -> list[int]:
        """What "the city" is: the last place named in this sentence or the two before."""
        sent = self.doc[i].sent
        floor = self.doc[sent.start - 1].sent.start if sent.start > 0 else 0
        floor = self.doc[floor - 1].sent.start if floor > 0 else floor
        for k in range(i - 1, floor - 1, -1):
            mi = self.token_mention.get(k)
            if mi is not None and self.chain_type(mi) == "PLACE":
                return [mi]
        return []

    def _org_list(self, mi: int | None) -> list[int]:
        return [mi] if mi is not None else []


def extract_claims(doc: Doc, ex: Extraction, pack: Pack, ontology: Ontology,
                   published: str | None) -> list[Claim]:
    return ClaimBuilder(doc, ex, pack, ontology, published).run()
