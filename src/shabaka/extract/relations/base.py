"""The claim builder's core: the document's mentions by token, the actor a dependency node
stands for, whether a clause asserts, and `emit`, which checks a claim against the ontology."""

from __future__ import annotations

import bisect
import itertools

from spacy.tokens import Doc, Span, Token

from shabaka.annotate.dates import chronology_end, normalize_date
from shabaka.annotate.tokens import token_table
from shabaka.model import Claim, Extraction
from shabaka.ontology import Ontology, Pack

ORG_TYPES = {"ARMED_GROUP", "STATE_BODY", "ORGANIZATION"}
GROUP_TYPES = {"ARMED_GROUP", "ORGANIZATION"}  # what "the group", "the movement" can be
EXPLETIVE_HEADS = {"take", "be", "seem", "appear", "remain", "become"}  # "it" there is often nobody
POSSESSIVE_MARKS = {"'s", "’s", "'", "’"}
QUOTES = {'"', "“", "”", "'", "‘", "’", "«", "»", "``", "''"}
FIRST_PERSON = {"i", "me", "my", "we", "us", "our"}  # read only in quotations, for the one quoted
PRONOUNS = {"he", "him", "his", "she", "her", "it", "its", "they", "them", "their"} | FIRST_PERSON
DOUBLE_QUOTES = {"\"", "“", "”", "``", "''"}
MAX_GAP_TOKENS = 10
CLAUSE_LINKS = {"xcomp", "ccomp", "pcomp", "dobj", "pobj", "prep", "acl"}  # edges a trigger's mood passes up
NEGATIONS = {"not", "n't", "n’t", "never"}
FUTURE = {"will", "shall", "'ll", "’ll"}
MODALS = {"may", "might", "could", "should", "can", "must"}  # not "would": narrative past in biographies
EVIDENCE_NOUNS = {"evidence", "proof", "indication", "confirmation", "sign"}  # "no evidence that X did"
# "the U.S. responded by hitting KH": a gerund after these is done by the clause's subject
GERUND_PREPOSITIONS = {"by", "after", "before", "while", "through"}
LINEAR_RELATIONS = {"sanctioned", "backs"}  # read in word order where the parse breaks on long lists


def cited_source(t: Token) -> bool:
    """Whether a word names who says what the clause says, not who does it: "According to Kurdish
    Brig. Gen. X, the withdrawal occurred ...", which the parse may read as the clause's subject."""
    k = t.left_edge.i - 1
    while k > 0 and t.i - k < 10 and (t.doc[k].pos_ in {"PROPN", "ADJ", "NOUN"} or t.doc[k].text in ".-"):
        k -= 1
    return k > 0 and t.doc[k].lower_ == "to" and t.doc[k - 1].lower_ == "according"


class BuilderBase:
    """Mentions by token, arguments of a node, and the checks every claim passes."""

    def __init__(self, doc: Doc, ex: Extraction, pack: Pack, ontology: Ontology,
                 published: str | None):
        self.doc = doc
        self.ex = ex
        self.pack = pack
        self.ontology = ontology
        self.published = published
        self.claims: dict[tuple, Claim] = {}
        # a list after a colon stands in its lead-in for a word the lead-in leaves open ("The following
        # groups belong to the IRI:", "The Treasury sanctioned:"): that word's token -> the items' names,
        # and each item's name -> (the lead-in sentence's start, the end of the item's line)
        self.list_fill: dict[int, list[int]] = {}
        self.item_end: dict[int, tuple[int, int]] = {}
        # (who, place mention, sentence) for each place someone attacked, retook or set out to
        # retake, told without whom: whoever the document said held it was fought (contested_ground)
        self.assailed: list[tuple[int, int, Span]] = []
        self.office_holders: dict[int, str] = {}  # chain id -> the office holder it names, or ""
        self.matcher = None  # the resolver's name matcher, built when a name must be matched
        self.office_titles = {title for held in pack.offices.values() for title, _, _ in held}
        self.office_title_lengths = sorted({len(t.split()) for t in self.office_titles})
        self.roles = pack.roles
        self.wording = pack.wording
        self.sentence_starts = [start for start, _ in ex.sentences]
        self.words = pack.wording.words
        # rank words ("Lt. Gen.") that may stand between a role and a name; a word that is
        # itself a role ("commander") is read as the role
        self.rank_words = {w.lower().rstrip(".") for t, kind in pack.titles.items()
                           if kind in {"rank", "honorific"} for w in t.split()} - set(self.roles) | \
            self.words["service_words"]
        # (a hyphen is a token of its own: "second-in-command" is five)
        self.max_role_words = max((len(r.replace("-", " - ").split()) for r in self.roles), default=1)
        # "Lieutenant Colonel": a rank whose first word is also a role
        self.rank_titles = {t.lower() for t, kind in pack.titles.items() if kind == "rank"}
        # heads a country's name may modify and still be the actor: "Iraqi Army", "U.S. Forces"
        self.state_heads = self.words["generic_heads"] | self.words["unit_words"] | self.words["people_nouns"]
        # "pro-X", "anti-X"
        self.stance_prefixes = self.words["opposing_prefixes"] | self.words["aligning_prefixes"]
        self.act_nouns = self.words["sanction_nouns"] | self.words["noun_hostile"] | \
            self.words["killing_nouns"]  # acts said with a noun: "the Treasury's sanctioning of"
        self.sanctioning_verbs = {lemma for lemma, relation in self.wording.verbs.items()
                                  if relation == "sanctioned"}
        self.branch_men = self.words["people_nouns"] | {"force"}  # "PKK forces in Kirkuk", "KH fighters in"
        # what a state does, named by a noun its demonym may modify: "Iranian support", "American strikes"
        acts = ("state_nouns", "noun_hostile", "aid_nouns", "sanction_nouns", "control_nouns",
                "command_nouns", "military_sites", "weapon_nouns")  # "Israeli positions", "Turkish drones"
        self.state_acts = set().union(*(self.words[c] for c in acts), self.wording.relation_nouns,
                                      self.wording.pair_nouns)
        self.tokens = token_table(doc)  # the Doc's Token objects and strings, made once (annotate/tokens.py)
        self.token_mention: dict[int, int] = {}
        # (mention, sentence start) -> the pronouns and descriptions in that sentence read as it
        self.anaphors: dict[tuple[int, int], list[Span]] = {}
        self.resolving: set[int] = set()  # the pronouns being resolved, so none is read through itself
        tokens = self.tokens.tokens
        char_to_token = self.tokens.at_char
        for mi, m in enumerate(ex.mentions):
            start_tok = char_to_token.get(m.start)
            if start_tok is None:
                continue
            t = start_tok
            while t < len(doc) and tokens[t].idx < m.end:
                self.token_mention[t] = mi
                t += 1
            if t < len(doc) and tokens[t].text in pack.force_words and t not in self.token_mention and \
                    m.type in {"ARMED_GROUP", "STATE_BODY"}:
                self.token_mention[t] = mi  # "Peshmerga forces": the name read without its force word
        # each mention's tokens and the date entities, looked up by position: scanning all
        # mentions or `Span.ents` (every entity of the Doc) per sentence is quadratic
        self.mention_tokens: dict[int, tuple[int, int]] = {}
        for t, mi in self.token_mention.items():
            first, end = self.mention_tokens.get(mi, (t, t + 1))
            self.mention_tokens[mi] = (min(first, t), max(end, t + 1))
        # "Amiri: We fought ...": the name that labels an interview's answer is no argument in it
        self.label_tokens = {k for first, end in self.mention_tokens.values()
                             if end < len(doc) and doc[end].text == ":" and (
                                 first == 0 or "\n" in doc[first - 1].text + doc[first - 1].whitespace_)
                             for k in range(first, end)}
        self.dates = [ent for ent in self.tokens.ents if ent.label_ == "DATE"]
        self.date_starts = [ent.start for ent in self.dates]
        self.main_person = self._most_named({"PERSON"})
        self.main_group = self._most_named({"ARMED_GROUP", "ORGANIZATION"})
        self.main_armed_group = self._most_named({"ARMED_GROUP"})

    def _most_named(self, types: set[str]) -> int | None:
        """A mention of the chain of these types the document names most (its subject). A name
        only ever modifying a noun ("Boris Yeltsin's administration") is not what it is about."""
        counts: dict[int, int] = {}
        acting: set[int] = set()  # not only who reports: "two members told The AP", "BAGHDAD (AP) —"
        for mi, m in enumerate(self.ex.mentions):
            if m.chain >= 0 and self.ex.chains[m.chain].type in types and mi in self.mention_tokens and \
                    not self._modifier_of_noun(mi):
                counts[m.chain] = counts.get(m.chain, 0) + 1
                if not self._reporter(mi):
                    acting.add(m.chain)
        counts = {c: n for c, n in counts.items() if c in acting}
        top = max(counts, key=counts.get) if counts else None
        return next((i for i, m in enumerate(self.ex.mentions) if m.chain == top), None)

    def chain_type(self, mi: int) -> str:
        return self.ex.chains[self.ex.mentions[mi].chain].type

    def types_of(self, mi: int) -> tuple[str, ...]:
        """Every type the actor has: the PMF and the Peshmerga are armed groups and state
        bodies at once, so the MoPA controls the Peshmerga though a ministry commands no
        militia."""
        chain = self.ex.chains[self.ex.mentions[mi].chain]
        actor = self.pack.actors.get(chain.key) if chain.key else None
        return actor.types if actor is not None and chain.type in actor.types else (chain.type,)

    def mention_of(self, token: Token | None) -> int | None:
        if token is None:
            return None
        return self.token_mention.get(token.i)

    def actor_of(self, token: Token | None) -> list[int]:
        """Mentions a dependency node stands for: itself, its conjuncts, or the
        actor modifying a generic head ("U.S. forces", "Iran's militias")."""
        if token is None or token.i in self.label_tokens:
            return []
        if token.i in self.list_fill:
            return list(self.list_fill[token.i])  # "The following groups belong to the IRI: - KH - Nujaba"
        out = []
        # "A, B, and C all belong to ...": a list the parse hung on the first name as an apposition
        listed = [g for c in token.children if c.dep_ == "appos" and c.conjuncts and
                  self.mention_of(c) is not None for g in [c, *c.conjuncts]] \
            if self.mention_of(token) is not None else []
        # not a conjunct of a gapped clause ("the former backs A and the latter B") nor a name denied
        # ("an unknown group, not KH")
        conjuncts = [c for c in token.conjuncts if not self._alias_after_or(c) and not any(
            w.lower_ in {"former", "latter", "not"} for w in c.children) and
            self.doc[c.left_edge.i - 1].lower_ != "not" and not self._stray_subject(c)]
        if conjuncts and (stranded := self._stranded_conjunct(max(conjuncts, key=lambda c: c.i))) is not None:
            conjuncts.append(stranded)
        for t in [token, *conjuncts, *listed]:
            mi = self.mention_of(t)
            if mi is not None and self._one_national(mi, t):
                continue  # "The Iraqi had a bounty on his head": a man, not Iraq
            if mi is not None:
                out.append(mi if t.dep_ == "poss" else self._possessed(mi))
                out += [g for g in self._glued_before(mi) if g not in out]
                first, end = self.mention_tokens.get(mi, (t.i, t.i + 1))
                # "American and Iraqi forces", "U.S. and coalition forces": the first modifier is one
                # of them too (not "American and Iraqi militias": a demonym alone names no actor)
                out += [m for c in t.children if c.dep_ in {"amod", "nmod", "compound"} and
                        any(first <= x.i < end for x in c.conjuncts) and (m := self.mention_of(c)) is not None
                        and m not in out and not self.demonym_only(m, t)]
                continue
            if t.lower_ in {"both", "all", "each"} and t.dep_ == "appos" and t.head.i != t.i and \
                    self.mention_of(t.head) is not None:
                out += [m for m in self.actor_of(t.head) if m not in out]  # "A and B, both backed by Iran"
                continue
            if t.pos_ == "PRON" and t.lower_ in PRONOUNS:
                out += self._pronoun(t)  # "he", "its attacks", "they fought"
                continue
            if t.lower_ in {"former", "latter"} and t.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"} and \
                    any(c.lower_ == "the" for c in t.children):
                out += self._former_or_latter(t)  # "A and B met; the former heads Badr"
                continue
            if t.dep_ == "appos" and t.pos_ == "NOUN" and (named := self.mention_of(t.head)) is not None:
                # "the Supreme Council, a party that fought ...": the party is it; the parse may hang
                # "A, led by X, and B, the group led by Y" on A, but it describes the name just before
                before = self._named_before(t)  # (a mention index, which may be 0)
                out.append(named if before is None else before)
                continue
            if t.dep_ == "appos" and t.lemma_.lower() in self.words["kind_nouns"] and \
                    (named := self._named_before(t)) is not None and self.chain_type(named) in ORG_TYPES:
                out.append(named)  # "killed three members of the SRU, a Yazidi militia backed by the PKK"
                continue
            if t.lemma_.lower() in self.words["place_nouns"]:  # "the cities of Fallujah and Hit"
                named = [m for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                         for g in c.children if g.dep_ == "pobj" for h in [g, *g.conjuncts]
                         if (m := self.mention_of(h)) is not None and self.chain_type(m) == "PLACE"]
                named += [m for c in t.children if c.dep_ in {"compound", "nmod"}  # "the Anbar and Diyala
                          for h in [c, *c.conjuncts]                                 # governorates"
                          if (m := self.mention_of(h)) is not None and self.chain_type(m) == "PLACE"]
                if not named and t.lower_ in self.words["land_nouns"]:
                    named = self._land_of(t)  # "held territory in Syria and Iraq"
                if named:
                    out += named
                    continue
            one = t.head.head if t.dep_ == "pobj" and t.head.lower_ == "of" else None
            kinds = t.tag_ == "NNS" and t.lemma_.lower() in self.words["kind_nouns"]
            if kinds and one is not None and one.lower_ == "one" and one.dep_ == "attr" and \
                    one.head.lemma_ in {"become", "remain"} and self.asserted(one.head):
                # "AAH became one of the militias backed by Iran": the militia backed is AAH
                out += [m for c in one.head.children if c.dep_ == "nsubj" for m in self.actor_of(c)]
                continue
            # "the general (and his men)", "the terror group"; not "the KH group" or "its group"; and
            # "both groups", "all three militias": the ones just named
            determiners = {c.lower_ for c in t.children if c.dep_ == "det"}
            counted = t.tag_ == "NNS" and ("both" in determiners or "all" in determiners and any(
                c.dep_ == "nummod" for c in t.children))
            # (nor "the Kataeb Hezbollah (KH) armed group", which the parse hangs as a modifier)
            if (determiners & {"the", "this", "these"} or counted) and not any(
                    c.dep_ == "poss" or c.dep_ == "compound" and (
                        c.pos_ == "PROPN" or self.mention_of(c) is not None) or
                    c.dep_ == "nmod" and t.tag_ == "NN" and self.mention_of(c) is not None
                    for c in t.children):
                phrase = self.doc[t.left_edge.i:t.i + 1]
                # a name apposed (or "the strikes, the U.S. response"), not another man's title to resolve
                # ("the Iraqi prime minister, the commander in chief" is not the last commander named)
                apposed = [m for c in t.children if c.dep_ == "appos" and (
                    self.mention_of(c) is not None or c.lemma_.lower() not in self.words["person_nouns"])
                    for m in self.actor_of(c)]
                if apposed:  # "facilities belonging to the Iraqi militia, Kata'ib Hezbollah": the name given
                    out += apposed
                    continue
                if t.lemma_.lower() in self.words["group_nouns"]:
                    left = t.left_edge.i  # "Islamic State, the militant group that ...": the name just before
                    # (across its bracketed acronym: "the Mahdi Army (JAM), the militia run by Sadr")
                    named = self._named_before(t) if left > 1 and self.doc[left - 1].text == "," else None
                    if named is not None and self.chain_type(named) in ORG_TYPES:
                        out.append(named)
                        continue
                    # "The group was commanded by"; "these groups" are several, not the last one named
                    out += self._resolved(phrase, self._groups_before(t) if t.tag_ == "NNS" else
                                          self._group_before(t.i))
                    continue
                if t.lemma_.lower() in self.words["person_nouns"]:
                    # "The commander of the unit Waad Qado was sanctioned" (no comma): the man named at its
                    # end; "the commander of X's brigade" is no one before (but "the leaders who were close
                    # to X" are)
                    named = [m for c in t.children if c.dep_ == "prep" for k in range(c.i, c.right_edge.i + 1)
                             if (m := self.token_mention.get(k)) is not None
                             and self.chain_type(m) == "PERSON"]
                    last = t.right_edge.i
                    while last > t.i and self.doc[last].is_punct:
                        last -= 1  # (the parse may hang the closing comma on the noun)
                    if named:
                        if self.mention_tokens[named[-1]][1] == last + 1:
                            out.append(named[-1])
                    elif t.tag_ == "NNS" and any(c.lower_ in {"two", "both"} for c in t.children) and \
                            (pair := self._pair_before(t, "PERSON")) is not None:
                        # "A and B arrived. The two men were killed": both
                        out += self._resolved(phrase, list(pair))
                    elif not self._introduced_unnamed(t):
                        # "the general worked with"; not the one who reports it ("killed the leader of
                        # the group, Prime Minister X said"); several men ("the two generals") are men
                        # named before, never one the document first names later
                        reporters = self._reporters_of(t)
                        found = self._titled_before(t) or self._person_before(
                            t.i, anywhere=t.tag_ not in {"NNS", "NNPS"})
                        out += [m for m in self._resolved(phrase, found)
                                if self.ex.mentions[m].chain not in reporters]
                    continue
                if self._bare_fighters(t):  # "the army fought the militants"
                    out += self._resolved(phrase, self._fighters_before(t.i))
                    continue
                if t.lemma_.lower() in self.words["place_nouns"]:
                    out += self._resolved(phrase, self._place_before(t.i))  # "IS's control over the city"
                    continue
                if t.lemma_.lower() in self.words["country_nouns"] and not any(
                        c.dep_ in {"amod", "compound"} for c in t.children):  # (not "the Arab nation")
                    out += self._resolved(phrase, self._country_before(t.i))  # "swathes of the country"
                    continue
            named = self._named_after_owner(t)
            if named:  # "Iran's external military wing, the Quds Force", "Saddam's deputy Izzat al-Duri"
                out += named
                continue
            each_of = [g for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                       for g in c.children if g.dep_ == "pobj" and g.tag_ in {"WDT", "WP"}]
            if each_of and t.lower_ in {"both", "all", "each"} and t.i > 0 and self.doc[t.i - 1].text == ",":
                # "KH and AAH, both of which are trained by the Quds Force": each name listed
                out += self._names_listed_before(t.i - 1, self.doc[t.i].sent)
                continue
            whole = [g for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj" and g.tag_ == "NNS" and
                     any(d.lower_ in {"these", "those", "the"} for d in g.children)]
            if whole and t.lower_ in {"both", "all", "each"}:
                # "All of these groups are supported by Iran": each group ("All of these groups,
                # including A and B": the ones listed)
                out += self._listed(t) or self.actor_of(whole[0])
                continue
            quantity = self.words["quantity_words"]
            # "controlled parts of Iraq" holds Iraq, but "parts of the YBŞ joined the PMF" are not the YBŞ
            if (t.lemma_.lower() in quantity or t.lower_ in quantity and t.dep_ in {"dobj", "pobj"}) and \
                    t.pos_ in {"NOUN", "NUM", "PRON", "ADJ"}:
                # "nearly half of the Iraqi army", "most of the province"
                wholes = [g for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                          for g in c.children if g.dep_ == "pobj"]
                # "factions, some of which the U.S. maintains are ...": the parse may give "of" a second
                # object after "which", but the relative pronoun is what the quantity is of
                wholes = [g for g in wholes if g.tag_ in {"WDT", "WP"}] or wholes
                part_of_whole = [m for g in wholes for m in self.actor_of(g)] or [
                    m for g in [t, *wholes] if g is t or g.lower_ in self.words["land_nouns"]
                    for m in self._land_of(g)]  # "swaths of land in Iraq", "a third of Iraqi territory"
                if part_of_whole:
                    out += part_of_whole
                    continue
            if t.dep_ == "oprd" and t.pos_ == "NOUN":  # "Badr, considered a terrorist group by ..."
                out += [m for c in t.head.children if c.dep_ in {"nsubj", "nsubjpass"}
                        for m in self.actor_of(c)] or (
                    self.actor_of(t.head.head) if t.head.dep_ == "acl" else [])  # "Badr, considered a ..."
                continue
            if t.dep_ == "attr" and t.head.lemma_ in {"be", "become", "remain"} and t.pos_ == "NOUN":
                # "KH is a group which ...", "Badr became a movement led by X": the predicate noun is its
                # subject
                out += [m for c in t.head.children if c.dep_ == "nsubj" for m in self.actor_of(c)] or (
                    self._subjects(t.head) if t.head.dep_ == "conj" else [])
                continue
            if kinds and one is not None and one.lower_ == "one" and one.dep_ == "attr" and \
                    one.head.lemma_ == "be":
                # "AAH is one of three militias funded by the Quds Force": the militia funded is AAH
                out += [m for c in one.head.children if c.dep_ == "nsubj" for m in self.actor_of(c)]
                continue
            relative = t.tag_ in {"WP", "WDT"} or t.lower_ in {"that", "which", "who", "whom"}
            if relative and t.head.dep_ == "relcl":
                # "Soleimani, who ruled Iraq": the relative pronoun stands for the head noun, but
                # "who" after "the namesake of the Browns franchise" is no franchise
                noun = t.head.head
                if (noun.like_num or noun.ent_type_ == "DATE") and noun.dep_ == "pobj" and \
                        noun.left_edge.i > 1 and self.doc[noun.left_edge.i - 2].pos_ == "NOUN":
                    noun = self.doc[noun.left_edge.i - 2]  # "the airstrike in early 2020 that killed X"
                whole = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
                if noun.tag_ == "NNS" and whole is not None and whole.tag_ == "NN" and \
                        self._singular_verb(t.head):
                    noun = whole  # "a network of militias which has claimed ...": the network
                site = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in {"in", "near"} else None
                where = self.mention_of(noun)
                if site is not None and self.mention_of(site) is not None and where is not None and \
                        self.chain_type(where) in {"PLACE", "COUNTRY"} and site.lemma_.lower() in \
                        self.words["facility_words"] | self.words["military_sites"]:
                    noun = site  # "al-Hol camp in northeast Syria, which is run by the SDF": the camp
                elif where is not None and self.chain_type(where) in {"PLACE", "COUNTRY"} and \
                        self.wording.verbs.get(t.head.lemma_.lower()) in {"hostile_to", "killed"}:
                    # "the drone strike on Tower 22 in Jordan, which killed three U.S. soldiers": the strike
                    up = noun
                    for _ in range(4):
                        if up.dep_ not in {"pobj", "prep"} or up.head.i == up.i:
                            break
                        up = up.head
                        if up.pos_ == "NOUN" and up.lemma_.lower() in self.words["noun_hostile"]:
                            noun = up
                            break
                personal = t.lower_ in {"who", "whom"}
                holder = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
                if personal and holder is not None and self.role_at(holder.i + 1, holder.i) is not None:
                    noun = holder  # "the head of the PMC, who is listed": the head, not the body
                if personal and (person := self._person_described(noun)) is not None:
                    out.append(person)
                elif personal and noun.dep_ == "conj" and (named := self.mention_of(noun)) is not None and \
                        self._singular_verb(t.head):
                    out.append(named)  # "killed X and Y, who was deputy chief of Z": Y alone
                elif personal and self.mention_of(noun) is None and (
                        noun.lemma_.lower() not in self.words["person_nouns"] | self.words["people_nouns"] or
                        self.role_at(noun.i + 1, noun.i) is not None):
                    # "the head of the PMC, who is listed by the US": the man, not the body
                    out += [m for m in self.actor_of(noun) if self.chain_type(m) == "PERSON"]
                else:
                    out += self.actor_of(noun)
                continue
            if relative and t.lower_ in {"which", "who", "whom"} and t.i >= 2 and \
                    self.doc[t.i - 1].text == "," and (named := self.token_mention.get(t.i - 2)) is not None:
                out.append(named)  # "al-Qaeda in Iraq, which Zarqawi led": a relative clause the parse lost
                continue
            listed = self._listed(t)
            if listed:
                out += listed  # "organizations, including KH and Nujaba", "the movement, KH"
                continue
            named = [g for c in t.children if c.dep_ == "acl" and c.lemma_ in {"know", "call"}
                     for p in c.children if p.dep_ == "prep" and p.lower_ == "as"
                     for g in p.children if g.dep_ == "pobj"] or [  # "a group calling itself X"
                g for c in t.children if c.dep_ == "acl" and c.lemma_ == "call" and any(
                    d.lower_ in {"itself", "themselves"} for d in c.children)
                for g in c.children if g.dep_ in {"oprd", "attr", "xcomp"}]
            if named:
                out += [m for g in named for m in self.actor_of(g)]  # "a force known as the Qods Force"
                continue
            site = t.lemma_.lower() in self.words["military_sites"] and (
                t.tag_ == "NNS" or t.lower_ != "position")
            if t.lemma_.lower() in self.words["generic_heads"] or site:
                # "the governments of Japan and the United States", "the regime of Saddam Hussein",
                # "a headquarters of KH" (not "the position of the US": a stance)
                for c in t.children:
                    if c.dep_ == "prep" and c.lower_ == "of":
                        out += [m for g in c.children if g.dep_ == "pobj" for m in self.actor_of(g)]
            if t.lemma_.lower() in self.wording.relation_nouns or any(
                    c.dep_ in {"compound", "amod"} and c.lemma_.lower() in self.wording.relation_nouns
                    for c in t.children):
                continue  # "KH's rivals", "ISIS's predecessor organization" are not KH, not ISIS
            if t.tag_ == "NNS" and t.lemma_.lower() in self.words["affiliate_nouns"]:
                continue  # "attacks by IRGC-QF affiliates": the groups tied to the Quds Force, not it
            people = self.people_of(t)
            if people:
                out += people  # "teams from the coalition", "members of KH"
                continue
            sites = t.tag_ == "NNS" and t.lemma_.lower() in self.words["military_sites"]  # "KH positions"
            if t.lemma_.lower() in self.words["place_nouns"] | self.words["stance_nouns"] and not sites:
                continue  # "Iraq's second-largest city" is in Iraq, not Iraq; "Iraq's bid" is no actor
            if any(c.dep_ in {"det", "amod"} and c.lower_ in self.words["partial_words"] for c in t.children):
                continue  # "some PMF groups maintain ties to Iran": not the PMF
            # "the KDP's Peshmerga forces" are the Peshmerga: the body named in the phrase before its owner
            forces = t.lemma_.lower() in self.words["generic_heads"]  # (but "Hezbollah's Al-Manar channel")
            named_first = sorted(t.children, key=lambda c: not (c.dep_ == "compound" and (
                m := self.mention_of(c)) is not None and self.chain_type(m) in ORG_TYPES)) \
                if forces else t.children
            for child in named_first:
                if child.dep_ in {"compound", "poss", "amod", "nmod"}:
                    cm = self.mention_of(child)
                    people = self.words["people_nouns"] | self.words["fighter_nouns"]
                    stacked = t.lemma_.lower() in people or \
                        t.lemma_.lower() in self.words["military_sites"] and \
                        child.lemma_.lower() in self.words["arms_nouns"]
                    if cm is None and child.dep_ == "compound" and stacked:
                        # "Daesh Takfiri terrorists", "five KH weapons depots": a group's men or sites, past a
                        # word the parse stacked (not "the GPO garrison outpost")
                        cm = next((m for g in child.children if g.dep_ == "compound"
                                   and (m := self.mention_of(g)) is not None
                                   and self.chain_type(m) in ORG_TYPES), None)
                    pronoun = child.dep_ == "poss" and child.pos_ == "PRON" and child.lower_ in PRONOUNS
                    holding = t.lemma_.lower() in self.words["military_sites"]  # (not only a plural)
                    if cm is None and pronoun and (forces or holding):
                        # "tracked down Baghdadi and attacked his compound"; but "A and B were killed in a
                        # strike on their convoy" is the men's, not a group's
                        men = child.lower_ == "their" and any(
                            (m := self.token_mention.get(k)) is not None and self.chain_type(m) == "PERSON"
                            for k in range(child.sent.start, child.i))
                        out += [] if men else self._pronoun(child)
                        break
                    # (a demonym as a compound too: "Tajik exiles" are no state's)
                    demonym = cm is not None and (
                        child.dep_ == "amod" or child.dep_ == "compound" and self._demonym(cm))
                    if demonym and self.demonym_only(cm, t):
                        # "Iraqi militias bombed ...", "French artists": the demonym is no actor (but
                        # "Iraqi Kurdish Peshmerga forces" are the Peshmerga's)
                        if forces:
                            continue
                        break
                    if cm is not None and child.dep_ == "poss" and self.chain_type(cm) == "COUNTRY" and \
                            t.lemma_.lower() in self.words["non_state_heads"] & self.words["group_nouns"]:
                        break  # "Iraq's main Shi'ite militias waged war on U.S. troops": not the state
                    if cm is not None and self.leads_what_follows(cm):
                        break  # "a U.S.-led military coalition" is led by the U.S., it is not the U.S.
                    if cm is not None and child.dep_ in {"amod", "compound"} and t.pos_ == "PROPN" and \
                            self.chain_type(cm) == "COUNTRY" and t.lemma_.lower() not in self.state_heads:
                        break  # "the French Resistance", "the Iranian Occupation": a name, not the state
                    if cm is not None and child.dep_ == "poss" and self.chain_type(cm) == "PERSON" and \
                            t.lemma_.lower() in self.words["kind_nouns"]:
                        break  # "Khanjar's Azm alliance": the alliance he leads, not the man
                    if cm is not None and child.dep_ == "poss" and self.chain_type(cm) == "PERSON" and (
                            t.lemma_.lower() in self.words["person_nouns"] or self.role_at(t.i + 1, t.i)):
                        break  # "killed Baghdadi's deputy": another man
                    # "a joint US and Iraqi raid", "the US and French embassies": both ("US and Syrian
                    # Kurdish forces": the US alone)
                    if cm is not None:
                        # (not "the Houthis and Iraqi factions", which the parse may read as factions of both)
                        out += [cm, *(m for c in child.conjuncts if (m := self.mention_of(c)) is not None
                                      and not self._before_community_word(m)
                                      and not (c.pos_ == "ADJ" and
                                               t.lemma_.lower() in self.words["group_nouns"]))]
                        # "a joint Iraqi-U.S. operation": both (not "the Cambodian-Vietnamese War": two sides)
                        if t.lemma_.lower() not in self.wording.pair_nouns:
                            out += [m for m in self.hyphen_partners(cm) if m not in out]
                        break
                    head = {t.lemma_.lower(), t.lower_}
                    owned = child.dep_ == "poss" and child.lower_ in PRONOUNS
                    if owned and head & self.words["generic_heads"]:
                        out += self._pronoun(child)  # "CENTCOM said its aircraft struck KH"
                        break
                    if owned and head & (self.words["weapon_nouns"] | self.words["strike_nouns"]):
                        # "CENTCOM said its strike killed X", "Israel said its jets hit Y": who says so (not
                        # "condemned the US, saying its strikes", nor "Turkey hit the PKK; its drones")
                        finite = self._clause_verb_of(child).head.tag_ in {"VBD", "VBZ", "VBP"}
                        out += self._speaker(child) if finite else []
                        break
        # "attributed to an unknown group, not KH", "allied to neither the US nor Iran": no one
        return [m for m in dict.fromkeys(out) if not self._denied(self.mention_tokens[m][0])]

    def one_of_several(self, role_text: str, before: range) -> bool:
        """Whether a qualifier among the tokens `before` a leader's title makes him one of several
        ("Dawa senior leader X", "military commander"); a state office keeps its lead ("Nineveh
        provincial governor" rules the province)."""
        return role_text.lower().split()[-1] not in self.words["state_office_roles"] and any(
            self.doc[k].lower_ in self.words["member_qualifiers"] for k in before)

    def _stray_subject(self, c: Token) -> bool:
        """Whether a conjunct after a comma is really the next clause's subject: "the invasion that
        toppled Saddam, Zarqawi founded AQI" (a finite verb with no subject of its own after the comma
        follows the name)."""
        after, comma = c.right_edge.i + 1, c.left_edge.i - 1
        return comma >= 0 and self.doc[comma].text == "," and after < len(self.doc) and \
            self.doc[after].tag_ in {"VBD", "VBZ", "VBP"} and \
            not any(g.dep_ in {"nsubj", "nsubjpass"} and g.i > comma for g in self.doc[after].children)

    def _denied(self, start: int) -> bool:
        """Whether a name starting at token `start` is denied: "not KH", "neither (the) US nor Iran"."""
        before = [t.lower_ for t in self.doc[max(0, start - 2):start]]
        return bool(before) and (before[-1] in {"not", "neither", "nor"} or
                                 before[-1] == "the" and before[:1] in (["neither"], ["nor"]))

    def _stranded_conjunct(self, last: Token) -> Token | None:
        """The name after a list's last comma that the parse hung on the verb: "designated by
        Turkiye, the United States, and the European Union" (a name is never a verb's conjunct)."""
        k = last.right_edge.i + 1
        if k < len(self.doc) and self.doc[k].text == ",":
            k += 1
        if k >= len(self.doc) or self.doc[k].lower_ not in {"and", "or"}:
            return None
        mi = self.token_mention.get(k + 1) if k + 1 < len(self.doc) else None
        if mi is None:
            k += 1  # "and the European Union"
            article = k + 1 < len(self.doc) and self.doc[k].pos_ == "DET"
            mi = self.token_mention.get(k + 1) if article else None
        if mi is None:
            return None
        root = self.doc[slice(*self._mention_span(mi))].root
        return root if root.dep_ == "conj" and root.head.pos_ in {"VERB", "AUX"} else None

    def _former_or_latter(self, t: Token) -> list[int]:
        """Which of the last two names joined by "and" "the former" or "the latter" is."""
        pair = self._pair_before(t)
        return self._resolved(t, [pair[0] if t.lower_ == "former" else pair[1]]) if pair else []

    def _pair_before(self, t: Token, kind: str | None = None) -> tuple[int, int] | None:
        """The last two names of one type (`kind`, if given) joined by "and", in this sentence or
        the one before: whom "the former", "the latter" or "the two men" point back to."""
        first = self.doc[t.i].sent.start
        if first > 0:
            first = self.doc[first - 1].sent.start
        for k in range(t.i - 1, first, -1):
            latter = self.token_mention.get(k)
            if latter is None or kind is not None and self.chain_type(latter) != kind:
                continue
            start = self.mention_tokens[latter][0]
            former = self.token_mention.get(start - 2) if start >= 2 and self.doc[start - 1].lower_ == "and" \
                else None
            if former is not None and self.chain_type(former) == self.chain_type(latter):
                return former, latter
        return None

    def _alias_after_or(self, t: Token) -> bool:
        """Whether a conjunct is another name for the name before it: "the Popular Mobilization
        Forces, or Hashed al-Shaabi" is one body, not a second ("KH, AAH, or Badr" is a list)."""
        k = t.left_edge.i
        before = self.token_mention.get(k - 3) if k >= 3 else None
        named = self.mention_of(t)
        return self.doc[k - 1].lower_ == "or" and self.doc[k - 2].text == "," and before is not None and \
            named is not None and self.ex.mentions[before].chain == self.ex.mentions[named].chain

    def _before_community_word(self, mi: int) -> bool:
        """Whether a community's word follows the mention: "Syrian Kurdish forces" are a community's."""
        end = self.mention_tokens[mi][1]
        return end < len(self.doc) and self.doc[end].lemma_.lower() in self.words["community_words"]

    def demonym_only(self, mi: int, head: Token) -> bool:
        """A country's mention that only describes the noun it modifies: "Iraqi militias", not
        "Iraqi forces" or "Iranian support" (the state's own forces and acts)."""
        lemma, non_state = head.lemma_.lower(), self.words["non_state_heads"]
        # ("Syrian Kurdish forces" are no state's; "Turkish and Iraqi Kurdish forces" hold Turkey's)
        qualified = self._before_community_word(mi) or any(
                        c.dep_ in {"compound", "amod"} and {c.lemma_.lower(), c.lower_} & non_state or
                        # "Iranian news sites" are no state's sites (but "Iranian missile sites" are)
                        c.dep_ == "compound" and lemma in self.words["military_sites"]
                        and c.lemma_.lower() in self.words["media_nouns"]
                        for c in head.children)  # "Syrian opposition forces" are not Syria's forces
        return self.chain_type(mi) == "COUNTRY" and (
            qualified or lemma.removesuffix("s") in non_state  # a headline's "Militants" keeps its plural
            or lemma not in self.state_heads | self.state_acts)

    def _glued_before(self, mi: int) -> list[int]:
        """Names of the same type listed just before this one that the parse hung inside it or
        took for another word's conjunct: "killed Abu Omar al-Baghdadi and Abu Ayyub al-Masri"
        makes the first name a part of the second's."""
        out: list[int] = self.hyphen_partners(mi)  # "PKK/YPG"
        first, end = self.mention_tokens.get(mi, (0, 0))
        while first >= 2 and self.doc[first - 1].lower_ in {"and", ","}:
            prev = self.token_mention.get(first - 2)
            if prev is None or self.chain_type(prev) != self.chain_type(mi):
                break
            start, stop = self.mention_tokens[prev]
            swallowed = all(start <= self.doc[k].head.i < end for k in range(start, stop))
            # "such as AAH and Kata'ib Hezbollah have attacked": the parse split the second name
            # and made its first word the conjunct
            split = any(self.doc[k].dep_ == "conj" and start <= self.doc[k].head.i < stop
                        for k in range(first, end))
            if not (swallowed or split):
                break  # the parse placed it elsewhere
            out.append(prev)
            first = start
        return out

    def _past_gloss(self, end: int) -> int:
        """Where a name's possessive begins past its gloss or acronym in parentheses ("the Hashd
        (PMF)'s 42nd Brigade"); `end` itself where none comes between."""
        after = self.past_parenthesis(end)
        return after if after > end and after < len(self.doc) and self.doc[after].text in POSSESSIVE_MARKS \
            else end

    def before_parenthesis(self, i: int, floor: int) -> int:
        """The token before a parenthesis that closes at token i ("Kata'ib Hezbollah (KH)"), not below
        `floor`; i itself where none closes there."""
        if self.doc[i].text != ")":
            return i
        while i > floor and self.doc[i].text != "(":
            i -= 1
        return i - 1

    def past_parenthesis(self, end: int) -> int:
        """The token after a short parenthesis that opens at `end` ("Saraya al-Salam (Peace Brigades)
        militia"), or `end` where none does."""
        if end >= len(self.doc) or self.doc[end].text != "(":
            return end
        close = next((k for k in range(end, min(end + 8, len(self.doc))) if self.doc[k].text == ")"), None)
        return end if close is None else close + 1

    def hyphen_partners(self, mi: int) -> list[int]:
        """The actors joined to this one by a hyphen or slash ("Iraqi-U.S.", "PKK/YPG"); none where the
        pair names two sides ("the Cambodian-Vietnamese War", "Iraqi-Turkish clashes")."""
        first, end = self.mention_tokens.get(mi, (0, 0))
        if self.doc[first:end].root.head.lemma_.lower() in self.wording.pair_nouns:
            return []
        before = self.token_mention.get(first - 2) if first >= 2 and self._hyphen_pair(first) else None
        after = self.token_mention.get(end + 1) if end + 1 < len(self.doc) else None
        if after is not None and (self.mention_tokens[after][0] != end + 1 or not self._hyphen_pair(end + 1)):
            after = None
        return [m for m in (before, after) if m is not None and m != mi]

    def _hyphen_pair(self, first: int) -> bool:
        """Whether two actors are joined by a hyphen or slash before token `first`: "a joint Iraqi-U.S.
        operation" is both countries', "PKK/YPG positions" both groups'."""
        mark, before = self.doc[first - 1], self.token_mention.get(first - 2)
        if mark.whitespace_ or self.doc[first - 2].whitespace_ or before is None:
            return False
        kinds = {self.chain_type(before), self.chain_type(self.token_mention[first])}
        return mark.text in {"-", "–"} and kinds == {"COUNTRY"} or mark.text == "/" and kinds <= ORG_TYPES

    def _named_before(self, t: Token) -> int | None:
        """The mention right before a phrase, across its comma and a parenthesis ("AAH (AAH), the group")."""
        k = t.left_edge.i - 1
        while k >= 0 and self.doc[k].text in {",", ")"}:
            if self.doc[k].text == ")":
                while k >= 0 and self.doc[k].text != "(":
                    k -= 1
            k -= 1
        named = self.token_mention.get(k) if k >= 0 and self.doc[k].text != "," else None
        while named is not None:  # "the Quds Force of Iran's IRGC, led by X": the phrase's head
            start, end = self._mention_span(named)
            root = self.doc[start:end].root
            owner = self.mention_of(root.head.head) if root.dep_ == "pobj" and root.head.lower_ == "of" else \
                self.mention_of(root.head) if root.dep_ == "appos" else None
            if owner is None or owner == named or \
                    root.dep_ == "pobj" and self._mention_span(owner)[1] != root.head.i:
                break  # (not "Iraqi forces and members of the YBS": the parse hung "of" on the forces)
            named = owner
        return named

    def _named_after_owner(self, noun: Token) -> list[int]:
        """The name a possessed noun is given right after it: "Iran's external military wing, the
        Quds Force" is the Quds Force and "Saddam's deputy Izzat al-Duri" is Duri, not their owner
        (the parse often hangs the name elsewhere, so it is read in order)."""
        if noun.pos_ != "NOUN" or not any(c.dep_ == "poss" for c in noun.children):
            return []
        apposed = [m for c in noun.children if c.dep_ == "appos"
                   for g in [c, *c.conjuncts] if (m := self.mention_of(g)) is not None
                   and not self._names_the_source(m)]
        if apposed:
            return apposed
        k, comma = noun.i + 1, False
        if k < noun.sent.end and self.doc[k].text == ",":
            k, comma = k + 1, True
        if k < noun.sent.end and self.doc[k].lower_ == "the" and comma:
            k += 1
        named = self.token_mention.get(k)
        if named is None or self.mention_tokens[named][0] != k:
            return []
        personal = bool(noun.lemma_.lower() in self.words["person_nouns"] or self.role_at(noun.i + 1, noun.i))
        if personal != (self.chain_type(named) == "PERSON"):
            return []
        if not comma:
            return [named] if personal else []
        # an apposition, closed by punctuation, not the next item of a list ("Iran's government, Syria and
        # Hezbollah") nor a source's name ("struck KH's headquarters, the Pentagon said")
        after = self.mention_tokens[named][1]
        nxt = self.doc[after] if after < noun.sent.end else None
        listed = nxt is not None and (
            nxt.lower_ in {"and", "or"} or nxt.text == "," and after + 1 < noun.sent.end and (
                self.doc[after + 1].lower_ in {"and", "or"} or self.token_mention.get(after + 1) is not None))
        closed = nxt is None or nxt.is_punct and nxt.text not in {"-", "–"} or nxt.pos_ == "ADP"
        return [named] if closed and not listed else []

    def _demonym(self, mi: int) -> bool:
        """Whether a mention is written as its pack actor's demonym ("Iraqi", "the American")."""
        start, end = self.mention_tokens[mi]
        chain = self.ex.chains[self.ex.mentions[mi].chain]
        actor = self.pack.actors.get(chain.key) if chain.key else None
        return actor is not None and self.doc[start:end].text in actor.demonyms

    def _one_national(self, mi: int, t: Token) -> bool:
        """Whether a demonym stands alone as a noun for one person or a few: "the Iraqi", "an
        Iranian", "three Iraqis" (not "Iraqi forces", nor "the Iraqis", the nation)."""
        start, end = self.mention_tokens[mi]
        if end - start != 1 or not self._demonym(mi) or t.dep_ in {"amod", "compound", "nmod", "poss"}:
            return False
        counted = t.tag_ in {"NNS", "NNPS"} and any(
            c.dep_ == "nummod" or c.lower_ in {"some", "several", "many", "few"} for c in t.children)
        one = t.tag_ in {"NN", "NNP", "JJ"} and start > 0 and self.doc[start - 1].lower_ in {"the", "a", "an"}
        return counted or one

    def _titled_before(self, t: Token) -> list[int]:
        """The last person named before with this word for a title: "the general" after "Iranian
        General Qassem Soleimani" (or "Gen. X") is X, within a few pages (not quadratic on a book)."""
        word = t.lower_
        for k in range(t.i - 1, max(0, t.i - 1500), -1):
            mi = self.token_mention.get(k)
            if mi is None or self.chain_type(mi) != "PERSON" or self.mention_tokens[mi][0] != k:
                continue
            title = self.doc[k - 2] if self.doc[k - 1].text == "." and k >= 2 else self.doc[k - 1]
            written = title.lower_.rstrip(".")
            if title.i > 0 and (self.doc[title.i - 1].text in {"-", "–"} or
                                self.doc[title.i - 1].lower_ in self.words["compound_title_heads"]):
                continue  # "Secretary-General X", "Consul General X": no general
            if written == word or len(written) >= 3 and word.startswith(written) and title.text[:1].isupper():
                return [mi]
        return []

    def _names_the_source(self, mention: int) -> bool:
        """Whether a reporting verb follows the name: "killed the group's minister, Defense Secretary
        X said" (the parse may hang X on the minister as an apposition)."""
        end = self.mention_tokens[mention][1]
        return end < len(self.doc) and self.doc[end].lemma_.lower() in self.words["reporting_verbs"]

    def _reporters_of(self, t: Token) -> set[int]:
        """The chains of the people said to report the clause that holds this token."""
        return {self.ex.mentions[m].chain for verb in t.ancestors
                if verb.lemma_.lower() in self.words["reporting_verbs"]
                for c in verb.children if c.dep_ == "nsubj" and (m := self.mention_of(c)) is not None}

    @staticmethod
    def _singular_verb(verb: Token) -> bool:
        """Whether a verb (or its auxiliary) agrees with one subject: "who was", "who leads", "who has
        led" (not "who lead", "who were", nor "who led", which says nothing)."""
        words = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}] + [verb]
        return any(w.tag_ == "VBZ" or w.lower_ == "was" for w in words)

    def _person_described(self, noun: Token) -> int | None:
        """The person whose apposition ends in this noun: 'X, the namesake of the Y Brigade,
        who ...' is about X; so is 'X, the commander of the Quds Force, a division of the IRGC, who'."""
        if (mi := self.mention_of(noun)) is not None and self.chain_type(mi) == "PERSON":
            return None
        t = noun
        for _ in range(7):
            if t.dep_ not in {"pobj", "prep", "appos"} or t.head.i == t.i:
                return None
            t = t.head
            if (mi := self.mention_of(t)) is not None and self.chain_type(mi) == "PERSON":
                return mi
        return None

    def _possessed(self, mi: int) -> int:
        """The actor a possessive names when the parse took the possessor as the head: "from
        Iran's IRGC's (IRGC) Quds Force" is the Quds Force; so is "the IRGC – Quds Force", a unit
        joined to its parent by a dash."""
        for _ in range(3):
            k = self._mention_span(mi)[1]
            unit = self.token_mention.get(k + 1) if k + 1 < len(self.doc) and self.doc[k].text in {"-", "–"} \
                else None
            if unit is not None and unit != mi and self._unit_named(unit):
                mi = unit
                continue
            # "the Islamic Revolutionary Guard Corps (IRGC) Quds Force": past the bracketed acronym
            bracket = k + 2 < len(self.doc) and self.doc[k].text == "(" and self.doc[k + 2].text == ")"
            unit = self.token_mention.get(k + 3) if bracket else None
            if unit is not None and unit != mi and self._unit_named(unit) and \
                    self.ex.mentions[unit].chain != self.ex.mentions[mi].chain:
                mi = unit
                continue
            kind = k + 2 < len(self.doc) and self.doc[k].is_lower and self.doc[k].is_alpha and \
                self.doc[k].lower_ != "proxy" and \
                self.doc[k + 1].lower_ in self.words["kind_nouns"] | {"force"}  # (not an "IRGC proxy force")
            described = self.token_mention.get(k + 2) if kind else None
            if described is not None and described != mi and self._mention_span(described)[0] == k + 2:
                mi = described  # "the PMF fighting force KSS": the body named after its description
                continue
            if k >= len(self.doc) or self.doc[k].text not in POSSESSIVE_MARKS:
                return mi
            k += 1
            if k < len(self.doc) and self.doc[k].text == "(":
                while k < len(self.doc) and self.doc[k].text != ")" and self.doc[k].text != ".":
                    k += 1
                k += 1
            nxt = self.token_mention.get(k)
            if nxt is None:
                return mi
            mi = nxt
        return mi

    def _unit_named(self, mi: int) -> bool:
        """Whether an organisation's name ends in a unit word ("Quds Force", "Fourth Brigade")."""
        name = self.ex.chains[self.ex.mentions[mi].chain].name.lower().split()
        return self.chain_type(mi) in ORG_TYPES and bool(name) and name[-1] in self.words["unit_words"]

    def _relative_head(self, verb: Token) -> list[int]:
        """What the noun a relative clause hangs on names: itself, its apposition, the name it is
        apposed to, or the name right after the clause ("the movement he formed, Kata'ib Hezbollah")."""
        head = verb.head
        mi = self.mention_of(head)
        if mi is not None:
            return [mi]
        if head.dep_ == "appos" and head.lemma_.lower() in self.words["kind_nouns"] and \
                (named := self.mention_of(head.head)) is not None and self.chain_type(named) in ORG_TYPES:
            return [named]  # "KH, a militia that Washington designated a terrorist organization"
        if head.dep_ == "appos" and head.lemma_.lower() in self.words["place_nouns"] and \
                (named := self.mention_of(head.head)) is not None and self.chain_type(named) == "PLACE":
            return [named]  # "Jurf al-Sakhar, the town KH has held since 2014"
        listed = self._listed(head)
        if listed or head.lemma_.lower() not in self.words["group_nouns"] | self.words["generic_heads"]:
            return listed
        k = verb.right_edge.i + 1
        if k + 1 < verb.sent.end and self.doc[k].text == "," and self.token_mention.get(k + 1) is not None:
            return [self.token_mention[k + 1]]
        return []

    def _listed(self, t: Token, appositions: bool = True) -> list[int]:
        """The actors a common noun introduces: its apposition, its 'including' list (not a
        name standing for its own group: "groups such as Khazali's") or the list its lead-in opens."""
        if t.i in self.list_fill:
            return list(self.list_fill[t.i])  # "Iran-backed militias in Iraq include: - KH - AAH"
        out = []
        for c in t.children:
            if c.dep_ == "appos" and appositions and not self._source_cited(c) and \
                    self.doc[c.left_edge.i - 1].lower_ != "and":  # (a conjunct the parse hung here)
                out += [m for g in [c, *c.conjuncts] if (m := self.mention_of(g)) is not None
                        and not self._names_the_source(m)]
            elif c.dep_ == "prep" and (c.lower_ in self.words["list_prepositions"] or (
                    c.lower_ == "as" and any(g.lower_ == "such" for g in c.children))):
                out += [m for g in c.children if g.dep_ == "pobj"
                        for h in [g, *g.conjuncts] if (m := self.mention_of(h)) is not None
                        and not self._elliptic_possessive(m)]
        after = t.i + 1
        if not out and after < t.sent.end and self.doc[after].text == ":":  # "two parties: KDP and PUK"
            # the names listed right after the colon, not every name to the end ("Abstract: pro-Iran
            # militias in Iraq ... through the PMF raised to fight IS" lists nothing)
            out = list(dict.fromkeys(self._names_listed_after(after + 1, t.sent)))
        return out

    def _source_cited(self, t: Token) -> bool:
        """Whether a bracketed phrase cites a source with its date ("PKK-affiliated groups (Nina
        News, December 2)"): the outlet is no member of what it follows."""
        if t.left_edge.i == 0 or self.doc[t.left_edge.i - 1].text != "(":
            return False
        # the parse may end the sentence inside the bracket ("(Nina News. December 2)")
        inside = itertools.takewhile(lambda w: w.text != ")", self.doc[t.left_edge.i:t.left_edge.i + 12])
        return any(w.like_num for w in inside)

    def _names_listed_after(self, start: int, sent: Span) -> list[int]:
        """The names listed from `start` on, while only commas and 'and' stand between them."""
        out: list[int] = []
        k = start
        while k < sent.end:
            mi = self.token_mention.get(k)
            if mi is not None:
                end = self._mention_span(mi)[1]
                after = self.doc[end] if end < sent.end else None
                if after is not None and after.pos_ in {"NOUN", "PROPN"} and self.mention_of(after) is None \
                        and self._demonym(mi) and self.demonym_only(mi, after):
                    break  # "between the Houthis and Iraqi factions": the factions, not Iraq
                out.append(mi)
                k = self._mention_span(mi)[1]
            elif self.doc[k].lower_ in {",", "and", "or", "the"}:
                k += 1
            elif self.doc[k].text == "(":  # "Kata'ib Hezbollah (KH), Asa'ib Ahl al-Haq (AAH) and ..."
                # (a short form or a gloss: "(the League of the Righteous)")
                close = next((j for j in range(k + 1, min(k + 9, sent.end)) if self.doc[j].text == ")"), None)
                if close is None:
                    break
                k = close + 1
            else:
                break
        return out

    def _names_listed_before(self, end: int, sent: Span) -> list[int]:
        """The names listed right before token `end` (its comma skipped), while only commas, 'and'
        and bracketed short forms stand between them: "A, B (BB) and the C, three of the ..."."""
        out: list[int] = []
        k = end - 1
        while k >= sent.start:
            mi = self.token_mention.get(k)
            if mi is not None:
                out.append(mi)
                k = self._mention_span(mi)[0] - 1
            elif self.doc[k].lower_ in {",", "and", "or", "the"}:
                k -= 1
            elif self.doc[k].text == ")":
                opened = next((j for j in range(k - 1, max(k - 6, sent.start - 1), -1)
                               if self.doc[j].text == "("), None)
                if opened is None:
                    break
                k = opened - 1
            else:
                break
        return out[::-1]

    def _hyphen_word(self, end: int, stop: int) -> tuple[str, int] | None:
        """The word an 'X-backed' compound joins to the name ending at token `end` ("Iran-backed",
        "Iran -backed"), with the index after it; None where no hyphen follows before `stop`."""
        if end + 1 < stop and self.doc[end].text in {"-", "–"}:
            return self.doc[end + 1].lower_, end + 2
        if end < stop and len(self.doc[end].text) > 1 and self.doc[end].text[0] in {"-", "–"}:
            return self.doc[end].lower_[1:], end + 1
        return None

    def _spaced_participle(self, k: int, sent: Span) -> tuple[str, int] | None:
        """An 'X-backed' form written without its hyphen, with the index after it: "a PKK affiliated
        militia", "the American supported Sons of Iraq" (a determiner before the name, or the parse,
        says it is one phrase; "Iran backed militias for years" is a clause)."""
        word = self.doc[k] if sent.start < k < sent.end - 1 else None
        named = self.token_mention.get(k - 1)
        if word is None or named is None or self.token_mention.get(k) is not None or \
                word.lower_ not in self.wording.hyphen_words or word.tag_ not in {"VBN", "VBD"}:
            return None
        if self.doc[k + 1].pos_ not in {"NOUN", "PROPN", "ADJ"}:
            return None
        start, end = self.mention_tokens[named]
        root = self.doc[start:end].root
        # the article is the noun's, not the name's: "a PKK ...", "the American ..." (not "The US
        # Treasury sanctioned PMF chairman X")
        article = self.doc[start - 1].lower_ if start > sent.start else ""
        determined = article in {"a", "an"} or article == "the" and self._demonym(named)
        modifier = root.dep_ in {"npadvmod", "compound", "nmod", "amod"} and word.dep_ == "amod"
        return (word.lower_, k + 1) if word.dep_ != "ROOT" and (determined or modifier) else None

    def site_users(self, site: Token) -> list[Token]:
        """Who uses a site a strike hits: "a command node used by KH", "bases housing US troops"."""
        users = []
        for use in site.children:
            if use.dep_ != "acl" or use.lemma_.lower() not in self.words["using_verbs"]:
                continue
            for c in use.children:
                if c.dep_ == "dobj" and use.lemma_.lower() in {"house", "host", "carry"}:
                    users.append(c)  # "bases housing US troops", "a car carrying members of the YBS"
                elif c.lower_ in {"by", "to"}:
                    users += [g for g in c.children if g.dep_ == "pobj"]  # "a node used by KH"
        return users

    def holders_of_ground(self, place: Token) -> list[int]:
        """Whose ground an unnamed place or site is: "ISIL territory", "KH's areas", "ISIL's capital
        city" (a strike on it or its capture fights the holder)."""
        if self.mention_of(place) is not None or \
                place.lemma_.lower() not in self.words["place_nouns"] | self.words["military_sites"]:
            return []
        return [m for c in place.children if c.dep_ in {"poss", "compound"}
                if (m := self.mention_of(c)) is not None and self.chain_type(m) not in {"PLACE", "COUNTRY"}]

    def leads_what_follows(self, mi: int) -> bool:
        """Whether the mention opens an 'X-led' compound ("U.S.-led coalition")."""
        joined = self._hyphen_word(self._mention_span(mi)[1], len(self.doc))
        return joined is not None and joined[0] == "led"

    def _elliptic_possessive(self, mi: int) -> bool:
        """Whether a name stands for something of its own left unsaid: "Khazali's" in "groups such
        as Khazali's" is his group, not him."""
        _, end = self._mention_span(mi)
        if end + 1 >= len(self.doc) or self.doc[end].text not in POSSESSIVE_MARKS:
            return False
        after = self.doc[end + 1]
        return after.pos_ in {"AUX", "VERB", "ADP", "CCONJ", "SCONJ"} or after.text in {",", ".", ";", ")"}

    def asserted(self, token: Token, climb: bool = True) -> bool:
        """Whether the clause states its trigger as fact: not negated ("did not attack"),
        not under a modal ("may join") or a verb of intent or denial ("denied attacking",
        "plans to join"), not in an "if" clause. Without `climb`, only the token's own clause
        is read (where the parse may hang it wrongly under another verb)."""
        t, below, steps = token, token, 0
        while True:
            if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in MODALS) or
                   # "said it would kill the men": a threat reported, not a deed
                   (c.dep_ == "aux" and c.lower_ == "would" and t.dep_ == "ccomp") or
                   # '"We will join the PMF," X said': a pledge
                   (c.dep_ == "aux" and c.lower_ in FUTURE and any(
                       s.dep_ in {"nsubj", "nsubjpass"} and s.lower_ in {"i", "we"} for s in t.children)) or
                   (c.dep_ == "mark" and c.lower_ in {"if", "unless", "whether"}) or
                   # "we don’t support": the parse may hang a curly "n’t" on the auxiliary
                   (c.dep_ == "aux" and any(g.lower_ in NEGATIONS for g in c.children)) or
                   # "nearly went to war"
                   (c.dep_ == "advmod" and c.lower_ in self.words["near_miss_words"]) or
                   # "no longer controls"
                   (c.dep_ == "advmod" and c.lower_ == "longer" and
                    any(g.lower_ == "no" for g in c.children)) or
                   # "neither X nor Y has claimed"
                   (c.dep_ in {"nsubj", "nsubjpass"} and any(g.lower_ == "neither" for g in c.children)) or
                   # "Had US troops arrested X, ...": a condition, inverted
                   (c.dep_ in {"aux", "auxpass"} and c.lower_ in {"had", "were", "should"} and any(
                       s.dep_ in {"nsubj", "nsubjpass"} and s.i > c.i for s in t.children))
                   for c in t.children):
                return False
            if t.dep_ in {"acl", "ccomp"} and t.head.lemma_.lower() in EVIDENCE_NOUNS and \
                    self.none_of(t.head):
                return False  # "there is no evidence that it coordinated with KH" (not "no doubt that")
            judged = t.head.head if t.dep_ in {"acl", "ccomp"} and t.head.pos_ == "NOUN" else None
            refuted = judged is not None and judged.dep_ == "ROOT" and any(
                c.dep_ in {"acomp", "oprd", "attr"} and c.lower_ in self.words["false_words"]
                for c in judged.children)
            if refuted and not any(c.dep_ == "neg" for c in judged.children) and \
                    not any(w.lemma_ == "say" for w in t.sent):
                return False  # "reports that Qaani had been killed proved false" (the text's word, no one's)
            if t is not token and t.lemma_.lower() in self.words["non_assertive_verbs"]:
                return False
            if t is not token and below.dep_ == "xcomp" and t.lemma_.lower() in {"vow", "swear"}:
                return False  # "Nujaba vows to strike US bases" (but '"X did it," he vowed' did)
            planned = below.dep_ == "xcomp" and t.lemma_ == "be" and t.tag_ in {"VBZ", "VBP"}
            if t is not token and planned and any(c.dep_ == "aux" and c.lower_ == "to"
                                                  for c in below.children):
                return False  # "Unit 80 is to join the ministry": planned, not done
            if not climb or t.dep_ not in CLAUSE_LINKS or t.head.i == t.i or steps > 4:
                return True
            below, t, steps = t, t.head, steps + 1

    @staticmethod
    def threatened(verb: Token) -> bool:
        """Whether a deed is said as one to come ("We will retake Mosul", "KH will strike US bases"): a
        threat, not a fight. (An appointment or an alliance announced with "will" is reported as made.)"""
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in {"keep", "continue"}:
            return False  # "will keep striking Israel": the strikes go on
        return any(c.dep_ == "aux" and c.lower_ in FUTURE for v in (verb, verb.head) if v is verb or
                   verb.dep_ in {"conj", "xcomp"} for c in v.children)

    @staticmethod
    def none_of(noun: Token) -> bool:
        """Whether a noun is denied by its determiner: "no control over", "no alliance with", "no
        evidence that"."""
        return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)

    def people_of(self, token: Token) -> list[int]:
        """The group unnamed people belong to: 'members of KH', 'dozens of Iraqi Army soldiers',
        'KH fighters'. Empty for anything that is not a plain word for people."""
        if self.mention_of(token) is None and token.lower_ in self.words["comrade_nouns"]:
            # "our brothers in Hamas", "the heroes of the CTS" (not "the brothers of Khazali": kin)
            return [m for c in token.children if c.dep_ == "prep" and c.lower_ in {"of", "in"}
                    for g in c.children if g.dep_ == "pobj" for h in [g, *g.conjuncts]
                    if (m := self.mention_of(h)) is not None and self.chain_type(m) in ORG_TYPES]
        if self.mention_of(token) is not None or token.lemma_.lower() not in self.words["people_nouns"] and \
                token.lower_ not in self.words["follower_nouns"]:  # "supporters of Sadr"
            return []
        # "Iraqi fighters": whose? (and "the Yemeni elements of IS" are IS's, from Yemen)
        owned = any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)
        demonym_ok = token.lemma_.lower() not in self.words["non_state_heads"] and not owned
        out = [m for c in token.children if c.dep_ in {"compound", "poss", "amod", "nmod"}
               for h in [c, *c.conjuncts]  # "Peshmerga and PKK fighters": both groups' men
               if (m := self.mention_of(h)) is not None and  # (nor "Iraq militant": from Iraq)
               (demonym_ok or c.dep_ not in {"amod", "compound"} or self.chain_type(m) != "COUNTRY")]
        out += [m for c in token.children if c.dep_ == "poss" and c.lower_ in {"its", "their"}  # "its men"
                for m in self._pronoun(c) if self.chain_type(m) in {"ARMED_GROUP", "STATE_BODY", "COUNTRY"} or
                self.chain_type(m) == "ORGANIZATION" and self.ex.chains[self.ex.mentions[m].chain].key]
        for c in token.children:
            if c.dep_ == "prep" and c.lower_ in {"of", "from"}:
                for g in c.children:  # "members of KH and AAH"
                    for h in [g, *g.conjuncts] if g.dep_ == "pobj" else []:
                        out += self.people_of(h) or ([m] if (m := self.mention_of(h)) is not None else [])
        # "Gunmen from Saraya al-Salam and Asa'ib Ahl al-Haq": the parse may hang the second name on
        # the people as an apposition, right after "and" and the first
        apposed = [m for c in token.children if c.dep_ == "appos" and (m := self.mention_of(c)) is not None]
        out += [m for m in apposed if out and self.doc[self.mention_tokens[m][0] - 1].lower_ == "and"
                and self.token_mention.get(self.mention_tokens[m][0] - 2) in out]
        if not out and self._bare_fighters(token):  # "killed the militants", after a sentence on IS
            out = self._resolved(self.doc[token.left_edge.i:token.i + 1], self._fighters_before(token.i))
        return list(dict.fromkeys(out))

    def _reporter(self, mi: int) -> bool:
        """Whether a mention names an outlet the text cites: a dateline's agency ("BAGHDAD (AP) —") or
        the one told ("members told The Associated Press"; not "KH said it would retaliate")."""
        if self.chain_type(mi) != "ORGANIZATION":
            return False
        start, end = self.mention_tokens[mi]
        root = self.doc[start:end].root
        governor = root.head.head if root.dep_ == "pobj" else root.head
        told = root.dep_ in {"dobj", "dative", "pobj"}
        if told and governor.lemma_.lower() in self.words["reporting_verbs"]:
            return True
        return start > 0 and self.doc[start - 1].text == "(" and end < len(self.doc) and \
            self.doc[end].text == ")" and start - 1 <= root.sent.start + 3

    def _land_held_in(self, token: Token, verb: Token) -> list[int]:
        """'IS held territory in Syria and Iraq': the land lies where the verb puts it (or names a
        town in it: "captured swaths of territory in the north, including Mosul")."""
        shares = self.words["quantity_words"]
        wholes = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
        if token.lower_ not in self.words["land_nouns"] | shares or token.lower_ in shares and any(
                g.lower_ not in self.words["land_nouns"] for g in wholes):
            return []  # (not "controls most of the border crossings")
        return [m for c in verb.children
                if c.dep_ == "prep" and c.lower_ in {"in", "including"} and c.i > verb.i
                for g in c.children if g.dep_ == "pobj" for m in self.actor_of(g)
                if self.chain_type(m) in {"COUNTRY", "PLACE"}]

    def _land_of(self, land: Token) -> list[int]:
        """The country or place a stretch of land lies in: "land in Iraq", "Iraqi territory"."""
        return [m for c in land.children for g in (
                    [c] if c.dep_ in {"amod", "compound"} else
                    [g for g in c.children if g.dep_ == "pobj"]
                    if c.dep_ == "prep" and c.lower_ in {"in", "of"} else [])
                for m in self.actor_of(g) if self.chain_type(m) in {"COUNTRY", "PLACE"}]

    def emit_pairs(self, subjects: list[int], relation: str, objects: list[int], rule: str, confidence: float,
                   sentence: Span) -> None:
        """Each subject in the relation to each object."""
        for s in subjects:
            for o in objects:
                self.emit(s, relation, o, rule, confidence, sentence)

    def emit(self, subj: int, relation: str, obj: int, rule: str, confidence: float,
             sentence: Span, role: str | None = None, start: str | None = None,
             end: str | None = None) -> None:
        if not rule.startswith(("hyphen_", "opposing_")):  # "clashed with the PKK-founded YBS": the parse may
            # hang the clause on "PKK"; the actor is the one the hyphen or stance form describes
            subj, obj = (self._described_by_hyphen(m, sentence) for m in (subj, obj))
        ms, mo = self.ex.mentions[subj], self.ex.mentions[obj]
        if relation == "leads" and role and self.chain_type(obj) == "COUNTRY" and not any(
                role.lower().endswith(r) for r in self.pack.country_leader_roles):
            relation = "member_of"  # "Iranian commander X" serves Iran; only its president leads it
        if relation == "leads" and role is None and self.chain_type(obj) == "COUNTRY" and \
                self._modifier_of_noun(obj):
            relation = "member_of"  # "American forces commanded by General X": he serves, not rules, it
        if relation == "leads" and self.chain_type(obj) == "PLACE":
            ruler = role is not None and role.lower().split()[-1] in self.words["local_rulers"]
            if not self._facility(obj) and not ruler:
                return  # "Sinjar commander X" serves in Sinjar; he does not hold the town
            relation = "controls"  # "director of Baghdad International Airport", "governor of Basra" run it
        if relation == "leads" and role and role.lower().split()[-1] == "minister" and \
                self.chain_type(obj) in {"ARMED_GROUP", "ORGANIZATION"}:
            relation = "member_of"  # "the ISIL financial minister" heads a department, not ISIL
        if role and role.lower().split()[-1] == "speaker" and self.chain_type(obj) != "STATE_BODY":
            return  # a speaker leads a house of parliament; "an invited speaker of the ICM" holds no post
        if role and role.lower().split()[-1] in self.words["group_posts"] and \
                self.chain_type(obj) in {"PLACE", "COUNTRY"}:
            return  # "IS's wali of Anbar" does not rule Anbar, "the wali for Iraq" is no Iraqi official
        if ms.chain == mo.chain or ms.chain < 0 or mo.chain < 0:
            return
        if not rule.startswith("hyphen_") and (self._hyphen_modifier(subj) or self._hyphen_modifier(obj)):
            return  # "a commander in the Iran-backed group": Iran backs the group, and that is all
        # "anti-coalition forces led by X" are not the coalition, "pro-Hezbollah fighters" not Hezbollah
        # (though "a pro-IRGC-QF official, X" is the force's ally)
        stances = self.words["opposing_prefixes"] | (
            self.words["aligning_prefixes"] if relation != "allied_with" else set())
        if not rule.startswith("opposing_") and any(self._prefixed(m, stances) for m in (subj, obj)):
            return
        if relation == "member_of" and role and self.chain_type(obj) == "COUNTRY" and \
                role.lower().split()[-1] in self.words["civilian_roles"]:
            return  # "an Iraqi journalist" lives in Iraq, he does not serve it
        if relation != "born_in" and (self._locator(subj) or self._locator(obj)):
            return  # "to liberate Mosul, Iraq, from ISIS control": Iraq only says where Mosul is
        if not any(self.ontology.allows(relation, st, ot)
                   for st in self.types_of(subj) for ot in self.types_of(obj)):
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
                       for span in self.anaphors.get((mi, sentence.start), [])]
        evidence_end = max([sentence.end_char] + [self.item_end[mi][1] for mi in (subj, obj)
                                                  if self.item_end.get(mi, (-1,))[0] == sentence.start_char])
        self.claims[key] = Claim(
            subject=a, relation=relation, object=b,
            evidence_start=evidence_start, evidence_end=evidence_end,
            extractor=f"rule:{rule}", confidence=confidence, role=role, start=start, end=end,
            coreference=list({(c["start"], c["argument"]): c for c in coreference}.values()) or None,
        )

    def _facility(self, mi: int) -> bool:
        """A place that is a facility someone runs (an airport, a base, a prison), by its name."""
        words = self.ex.chains[self.ex.mentions[mi].chain].name.lower().split()
        return bool(set(words) & self.words["facility_words"])

    def _locator(self, mi: int) -> bool:
        """Whether the mention only locates the place named just before it: the 'Iraq' of 'Mosul, Iraq'."""
        if self.chain_type(mi) != "COUNTRY" or self._demonym(mi):
            return False  # (not "killed in Anbar, Iraqi Prime Minister X said": a demonym locates nothing)
        start, end = self._mention_span(mi)
        before = self.token_mention.get(start - 2) if start > 1 and self.doc[start - 1].text == "," else None
        listed = end < len(self.doc) and self.doc[end].lower_ in {"and", "or"}  # "Mosul, Iraq and Syria"
        return before is not None and before != mi and self.chain_type(before) == "PLACE" and not listed

    def _modifier_of_noun(self, mi: int) -> bool:
        """Whether the mention only modifies a common noun ("American forces", "Iran's army")."""
        start, end = self._mention_span(mi)
        root = self.doc[start:end].root
        return root.dep_ in {"amod", "compound", "nmod", "poss"} and root.head.pos_ == "NOUN" and \
            self.token_mention.get(root.head.i) is None

    def _paired(self, t: Token) -> bool:
        """Whether the token names one side of an 'X-Y' pair ('the Iran-Iraq war'): a side, no agent."""
        mi = self.mention_of(t)
        if mi is None:
            return False
        start, end = self._mention_span(mi)
        dashes = {"-", "–"}
        return (end + 1 < len(self.doc) and self.doc[end].text in dashes and
                self.token_mention.get(end + 1) is not None) or (
            start > 1 and self.doc[start - 1].text in dashes and
            self.token_mention.get(start - 2) is not None)

    def titled_man(self, mi: int, sent: Span, across: bool = False) -> int | None:
        """The man whose title a body's name opens ("Babylon Brigades leader X", "KH leader X"): the
        body says whose post, not who acts. `across` reads on past more titles to the name ("PMC Chief
        of Staff and U.S.-designated KH leader X"), up to a clause break."""
        end = self.mention_tokens[mi][1]
        role = self.role_in(end, min(end + 4, sent.end))
        if role is None or role[2] != end:
            return None
        for k in range(role[3], min(role[3] + (12 if across else 1), sent.end)):
            t = self.doc[k]
            if t.text in {",", ";", "."} or t.pos_ in {"VERB", "AUX"} and t.tag_ != "VBN":
                return None
            named = self.token_mention.get(k)
            if named is not None and self.chain_type(named) == "PERSON":
                return named
        return None

    def _described_by_hyphen(self, mi: int, sentence: Span) -> int:
        """The actor an "X-backed" or "pro-X" form's X describes ("ties to the pro-Iran KH": KH), or X
        itself where it starts no such form or no name follows it ("a pro-IRGC-QF official")."""
        start = self.mention_tokens[mi][0]
        if not sentence.start <= start < sentence.end or not (
                self._hyphen_modifier(mi) or self._prefixed(mi, self.stance_prefixes)):
            return mi  # (a name from elsewhere, standing for its chain, is no argument read here)
        described = self._past_hyphen_word(mi, sentence.end)
        return mi if described is None else described

    def _hyphen_modifier(self, mi: int) -> bool:
        """Whether the mention is the first half of 'Iran-backed', 'U.S.-designated' ..."""
        end = self._mention_span(mi)[1]
        if end + 1 < len(self.doc) and self.doc[end].text == "-":
            return self.doc[end + 1].lower_ in self.wording.hyphen_words
        return end < len(self.doc) and self.doc[end].text.startswith("-") and \
            self.doc[end].lower_[1:] in self.wording.hyphen_words

    def _contest(self, lemma: str, sent: Span) -> bool:
        """Whether a defeat or victory is one at the polls or on a playing field: "X defeated Y in
        the 2010 election", "a 0-7 defeat against Bayern Munich in the cup"."""
        return lemma in self.words["contest_verbs"] and any(
            t.lower_ in self.words["contest_words"] for t in self.tokens.of(sent))

    def _sentence_year(self, sentence: Span) -> str | None:
        """The date a sentence gives, or the date of the chronology entry it opens ("2003 - ...")."""
        for ent in self._dates_in(sentence):
            value = normalize_date(ent.text, self.published)
            if value:
                return value
        if sentence.start > 0:
            prefix = self.doc[sentence.start - 1].sent
            text = self.doc.text[prefix.start_char:sentence.start_char + 1]
            if chronology_end(text) == sentence.start_char - prefix.start_char:
                return normalize_date(prefix.text.rstrip(" :-–—"), self.published)
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
            first = words[0]
            if n == 1 and first.pos_ == "ADJ" and first.dep_ == "amod" and first.head.i > first.i and \
                    self.role_at(first.head.i + 1, first.head.i) is None and not (
                        (named := self.token_mention.get(first.head.i)) is not None and
                        self.chain_type(named) == "PERSON"):
                continue  # "al-Qaeda's official branch": an adjective, unless a role ("deputy chief") or a
                # name ("Revolutionary Guard operative Shaban Nasiri") follows
            for cand in (phrase, lemma):
                if cand in self.roles:
                    start = end - n
                    if self.roles[cand] == "leads" and start > floor and \
                            self.doc[start - 1].lower_ in self.words["deputy_words"]:
                        return "member_of", self.doc[start - 1:end].text, start - 1  # "Deputy Governor"
                    return self.roles[cand], words.text, start
        return None

    def role_in(self, start: int, end: int) -> tuple[str, str, int, int] | None:
        """The first role phrase inside tokens [start, end): relation, text, start, end. It is the
        longest role that starts there ("chief of staff"), and a role word right before another
        qualifies it: "the official spokesman" is a spokesman, "the lieutenant governor" one of
        the leaders (a member's word makes the whole a member's)."""
        for e in range(start + 1, end + 1):
            found = self.role_at(e, start)
            if found:
                s = found[2]
                relation, stop = self._role_from(s, end) or (found[0], e)
                while stop < end and (following := self._role_from(stop, end)) is not None:
                    relation = "member_of" if "member_of" in (relation, following[0]) else following[0]
                    stop = following[1]
                text = self.doc[s:stop].text
                if s > start and stop < end and self.doc[s - 1].text in QUOTES and \
                        self.doc[stop].text in QUOTES:
                    stop += 1  # 'the "deputy secretary general" of X': a title quoted as the group styles it
                return relation, text, s, stop
        return None

    def _role_from(self, s: int, end: int) -> tuple[str, int] | None:
        """The longest role that starts at token s and ends by `end`: its relation and end."""
        for stop in range(min(end, s + self.max_role_words), s, -1):
            found = self.role_at(stop, s)
            if found is not None and found[2] == s:
                return found[0], stop
        return None

    def _mention_span(self, mi: int) -> tuple[int, int]:
        return self.mention_tokens[mi]

    def _persons(self, sent: Span) -> list[int]:
        seen = []
        for t in self.tokens.of(sent):
            mi = self.token_mention.get(t.i)
            if mi is not None and self.chain_type(mi) == "PERSON" and mi not in seen:
                seen.append(mi)
        return seen

    @staticmethod
    def subject_tokens(verb: Token, deps: set[str] = frozenset({"nsubj", "nsubjpass"})) -> list[Token]:
        """A verb's subject words. Two subjects of one verb are a broken parse: a relative clause read
        into the main one leaves the clause's subject ("the PKK, which Turkey and the EU list as a
        terrorist group, controls Qandil": the PKK, through "which"; "AAH, whose wing Sadiqoun won
        seats, is a member of ...": AAH); a fronted description beside the name leaves the name ("A
        6'8 forward, Nostrand played ...")."""
        found = [c for c in verb.children if c.dep_ in deps and not cited_source(c)]
        if len(found) < 2:
            return found
        relative = [c for c in found if c.tag_ in {"WDT", "WP"}]
        if relative or any(w.tag_ == "WP$" for w in verb.doc[found[0].i:found[-1].i]):
            return relative[:1] or found[:1]
        named = [c for c in found if c.pos_ in {"PROPN", "PRON"}]
        # a fronted description beside the name; several names are a list the parse broke ("KH, AAH
        # and Nujaba attacked")
        return named if named and len(named) < len(found) else found

    def _subjects(self, verb: Token) -> list[int]:
        """Who does what a verb says: its subject, or the subject of the clause it completes
        ("working together to retake Mosul"), pronouns resolved."""
        head = verb
        shared = {"nsubj"}
        for _ in range(3):
            found = [m for c in head.children if c.dep_ in shared | {"agent"} and not cited_source(c)
                     for m in (self.actor_of(c) if c.dep_ in shared else
                               [x for g in c.children if g.dep_ == "pobj" for x in self.actor_of(g)])]
            if not found and (accused := self._accused_tokens(head)):
                return [m for t in accused if self.mention_of(t) is not None or t.pos_ == "PRON"
                        for m in self.actor_of(t)]  # "KH was accused of carrying out" (a man charged
                # unnamed, "a PUK officer", is not his party)
            if not found and (governor := self.gerund_governor(head)) is not None:
                # "the U.S. responded by hitting KH facilities": the U.S. hits (not "was condemned by
                # the US after fighting": the one condemned fought)
                return [m for c in governor.children if c.dep_ in {"nsubj", "nsubjpass"}
                        for m in self.actor_of(c) or self._pronoun(c)]
            if found or head.dep_ not in {"xcomp", "advcl", "conj", "acomp"} or head.head.i == head.i or \
                    any(c.dep_ in {"nsubj", "nsubjpass"} for c in head.children):
                return found  # "and a U.S.-led coalition began strikes": a subject of its own, if no actor
            purpose = head.dep_ in {"advcl", "xcomp"} and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in head.children)
            believed = head.dep_ == "xcomp" and head.head.lemma_.lower() in self.words["belief_verbs"]
            # "X was born in Y and rose through the ranks": coordinated verbs share the subject
            shared = {"nsubj", "nsubjpass"} if head.dep_ == "conj" else {"nsubj"}
            head = head.head
            if believed:  # "the group is alleged (believed, said) to receive Iranian support": the group
                return [m for c in head.children if c.dep_ == "nsubjpass"
                        for m in self.actor_of(c) or self._pronoun(c)]
            patients = [c for c in head.children if c.dep_ == "nsubjpass"]
            if purpose and patients:  # "It was established by X to support Y": it supports Y, not X
                return [m for c in patients for m in self.actor_of(c) or self._pronoun(c)]
            founded = [c for c in head.children if c.dep_ == "dobj"] \
                if self.wording.verbs.get(head.lemma_.lower()) == "founded" else []
            if purpose and founded:  # "Sadr founded Saraya al-Salam to defend the shrines": the new group
                return [m for c in founded for m in self.actor_of(c) if self.chain_type(m) in ORG_TYPES]
            relied = self._relied_on(head) if purpose else []
            if relied:
                return [m for g in relied for m in self.actor_of(g)]
        return []

    def _relied_on(self, verb: Token) -> list[Token]:
        """Whom "relied on X to lead the fight" says acts: X, not the one who relies on X (but
        "relied on drones to strike US bases" leaves the deed with the one who relies)."""
        if verb.lemma_.lower() not in self.words["relying_verbs"]:
            return []
        forces = self.words["people_nouns"] | self.words["fighter_nouns"] | self.state_heads
        return [g for c in verb.children if c.dep_ == "prep" and c.lower_ in {"on", "upon"}
                for g in c.children if g.dep_ == "pobj" and self.actor_of(g) and (
                    self.mention_of(g) is not None or g.lemma_.lower() in forces)]

    def _accused_tokens(self, verb: Token) -> list[Token]:
        """Who a charge or a designation says did what a gerund names: "KH was accused of killing
        X", "blamed KH for attacking", "designated X for providing support to Y" (the claim records
        what the source says); "designated for owning or controlling Y": both gerunds."""
        while verb.dep_ == "conj" and verb.head.i != verb.i:
            verb = verb.head
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in self.words["conspiring_verbs"]:
            verb = verb.head  # "charged with conspiring to provide support to KH": the plot is his
        if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > verb.head.i and any(
                c.dep_ == "prep" and c.lower_ in {"of", "for"} and any(g.dep_ == "pcomp" for g in c.children)
                for c in verb.head.children):
            return self._charged_with(verb.head)  # "accused the PMF of colluding with A, initiating war
            # against B": the charge goes on
        if verb.dep_ != "pcomp":
            return []
        charge = verb.head.head
        if verb.head.lower_ == "to" and charge.lower_ != "guilty" and \
                charge.lemma_.lower() in self.words["admitting_verbs"]:
            return [c for c in charge.children if c.dep_ == "nsubj"]  # "X admitted to providing"
        if verb.head.lower_ not in {"of", "for", "with", "to"}:
            return []  # ("charged with providing", "convicted of killing", "accused of attacking")
        return self._charged_with(charge)

    def _charged_with(self, charge: Token) -> list[Token]:
        """Who a charge, a conviction or a plea is about: "X was charged with", "convicted X of", "X
        pleaded guilty to", "X was found guilty of"."""
        guilty = charge.lower_ == "guilty" and charge.head.i != charge.i
        charge = charge.head if guilty else charge
        lemma = charge.lemma_.lower()
        if lemma in self.words["admitting_verbs"] and guilty:
            return [c for c in charge.children if c.dep_ == "nsubj"]
        if lemma not in self.words["accusing_verbs"] and not (guilty and lemma == "find"):
            return []
        accused = {"nsubjpass"} if any(c.dep_ == "auxpass" for c in charge.children) else {"dobj"}
        return [c for c in charge.children if c.dep_ in accused]

    @staticmethod
    def gerund_governor(verb: Token) -> Token | None:
        """The verb whose subject does what a gerund after by/after/while names."""
        return verb.head.head if verb.dep_ == "pcomp" and verb.head.lower_ in GERUND_PREPOSITIONS else None

    def sanction_word(self, word: Token) -> bool:
        """'terrorist', 'sanctions', 'sanctioned', 'proscribed': a word that says a list is a blacklist."""
        return "terror" in word.lower_ or word.lemma_.lower() in self.words["sanction_nouns"] or \
            word.lower_.removesuffix("ed") in self.words["sanction_nouns"] | {"proscrib"}

    def collective_noun(self, noun: Token) -> bool:
        """A word for a body made of others: "alliance", "coalition", "an umbrella group"."""
        return noun.lemma_.lower() in self.words["collective_nouns"] or \
            any(c.lower_ == "umbrella" for c in noun.children)

    def civil_pact(self, noun: Token) -> bool:
        """An agreement that makes no alliance: its own words, or what it is about, name trade, peace,
        a border or the like ("a free trade agreement", "a ceasefire agreement", "an agreement on
        water")."""
        about = [g for c in noun.children if c.dep_ == "prep" and c.lower_ in {"on", "over", "about"}
                 for g in c.subtree]
        return any(t.lower_ in self.words["civil_pact_words"]
                   for t in [*(c for c in noun.children if c.dep_ in {"amod", "compound"}), *about])

    def _aim_holders(self, verb: Token) -> list[int]:
        """Who sets out to do what an infinitive after a noun names: "Iraq's effort to combat IS",
        "the army's offensive to retake Ramadi", "an operation by Iraqi forces to recapture
        Fallujah", "Iraqi forces launched an offensive to retake Mosul"."""
        noun = verb.head  # (the parse may hang the infinitive as a relative clause)
        if verb.dep_ not in {"acl", "relcl"} or noun.pos_ != "NOUN" or not any(
                c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return []
        found = [m for c in noun.children if c.dep_ == "poss" for m in self.actor_of(c) or self._pronoun(c)]
        if noun.lemma_.lower() not in self.words["noun_hostile"]:
            return found
        found += [m for c in noun.children if c.dep_ == "compound" for m in self.actor_of(c)]
        found += [m for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"
                  for g in c.children if g.dep_ == "pobj" for m in self.actor_of(g)]
        launcher = noun.head if noun.dep_ == "dobj" else None
        if not found and launcher is not None and \
                launcher.lemma_.lower() in self.words["launch_verbs"] and self.asserted(launcher):
            found = self._subjects(launcher)
        return found

    def _previous_org_before(self, before: int, window: int = 120) -> int | None:
        """The last organisation named before a token, not one only cited as the source ("X is a
        member of Hezbollah, according to the Treasury, and has ties to its leaders")."""
        for i in range(before - 1, max(-1, before - window), -1):
            mi = self.token_mention.get(i)
            if mi is not None and self.chain_type(mi) in ORG_TYPES and not self._cited(mi):
                return mi
        return None

    def _cited(self, mi: int) -> bool:
        """Whether a mention only names a source: "according to X"."""
        start, _ = self.mention_tokens[mi]
        k = start - 1
        while k > 0 and self.doc[k].lower_ in {"the", "a", "an"}:
            k -= 1
        return k > 0 and self.doc[k].lower_ == "to" and self.doc[k - 1].lower_ == "according"

    def acts_between(self, mi: int, k: int) -> bool:
        """Whether an act said with a noun stands between a mention and token k: in "the Treasury's
        sanctioning of its leader" or "KH's attack on its rivals", "its" is not the actor's."""
        return any(w.pos_ == "NOUN" and w.lemma_.lower() in self.act_nouns
                   for w in self.doc[self.mention_tokens[mi][1]:k])

    def _previous_org(self, sent: Span, before: int) -> int | None:
        for i in range(before - 1, sent.start - 1, -1):
            mi = self.token_mention.get(i)
            if mi is not None and self.chain_type(mi) in ORG_TYPES:
                return mi
        return None

    def _prefixed(self, mi: int, prefixes: set[str]) -> bool:
        """Whether a mention is the X of 'pro-X' ('a pro-Iran official') or 'anti-X' ('anti-coalition
        forces'), for these prefixes, the hyphen a token of its own or not."""
        start, _ = self._mention_span(mi)
        words = [t.lower_ for t in self.doc[max(0, start - 2):start]]
        if len(words) == 2 and words[1] == "-":
            return words[0] in prefixes
        if words and words[-1] == "anti":  # "the anti Islamic State group coalition"
            return "anti" in prefixes
        return bool(words) and words[-1].endswith("-") and words[-1][:-1] in prefixes

    def _regional(self, org: int, stop: int) -> bool:
        """Whether the organisation is followed by the place its branch serves: 'KH in Basra'
        (not a unit, which is where it is stationed)."""
        _, end = self._mention_span(org)
        men = self.branch_men
        if self.doc[end - 1].lower_ in self.words["unit_words"] and not (
                self.doc[end - 1].is_lower and self.doc[end - 1].lemma_.lower() in men):
            return False  # "commander of the 10th Brigade in Tal Afar" leads the brigade where it is
        if end < stop and self.doc[end].is_lower and self.doc[end].lemma_.lower() in men:
            end += 1  # "commander of PKK forces in Kirkuk", "KH fighters in Basra": of some of its men
        place = self._scope_at(end, stop)
        return place is not None and self.chain_type(place) == "PLACE"

    def _scope_at(self, k: int, stop: int) -> int | None:
        """The place or country named by "in X" / "for X" at token k, before `stop`: where a
        branch serves ("KH in Basra", "its new emir in Iraq", "on the frontline in Kirkuk")."""
        fronts = {"front", "frontline", "frontlines", "front-line"}
        if k + 2 < stop and self.doc[k].lower_ == "on" and self.doc[k + 2].lower_ in fronts:
            k += 3 + (k + 3 < stop and self.doc[k + 3].lower_ in {"line", "lines"})
        place = self.token_mention.get(k + 1) if k + 1 < stop and self.doc[k].lower_ in {"in", "for"} \
            else None
        return place if place is not None and self.chain_type(place) in {"PLACE", "COUNTRY"} else None
