"""Parts and wholes: units, wings, branches, alliances and the groups they comprise."""

from __future__ import annotations

import bisect

from spacy.tokens import Span, Token

from shabaka.extract.relations.base import ORG_TYPES, POSSESSIVE_MARKS


class Parts:
    """Rules that put one organisation inside another."""

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
                    relative = k <= 2 and (w in {"which", "that"} or nxt[k].lemma_ == "be" and
                                           words[k - 1] in {"which", "that"})  # "X, which is a branch of Y"
                    participle = nxt[k].tag_ == "VBN" or w == "as"  # "KAIA, formed as a brigade of the PMF"
                    clause = nxt[k].pos_ in {"VERB", "AUX", "SCONJ", "ADP", "PUNCT"}
                    if clause and not (relative or participle):
                        break  # "AAH, stating that the formation of HHN ...": a clause, no apposition
                    numbered = k + 2 < len(words) and nxt[k + 1].like_num  # "X, Brigade 40 of the PMF"
                    of = k + 1 + numbered
                    if w in self.words["part_nouns"] and of < len(words) and words[of] == "of":
                        y = self._next_actor(xe + of + 1, sent)
                        if y is not None:
                            self.emit(x, "part_of", y, "part_apposition", 0.8, sent)
                        break
            # "KH, a PMF militia, ...", "Iraqi PMF unit KH": one of the body's units
            kinds = self.words["part_nouns"] | {"militia"}
            k = xe + 1
            while words[:1] == [","] and k < sent.end and (self.doc[k].lower_ in self.words["indefinite"] or
                                                          self.doc[k].pos_ == "ADJ"):
                k += 1
            apposed = self.token_mention.get(k) if words[:1] == [","] and k < sent.end else None
            if apposed is not None and self.mention_tokens[apposed][0] != k:
                apposed = None
            kind_before = xs - 1  # "Iraqi PMF unit KH"
            prefixed = self.token_mention.get(kind_before - 1) if kind_before > sent.start else None
            modifier = self.doc[kind_before - 1] if kind_before - 1 > sent.start else None
            if prefixed is None and modifier is not None and self.doc[kind_before].lower_ == "force" and \
                    modifier.lower_ in {"fighting", "paramilitary", "militia", "armed", "combat"} and \
                    modifier.head.i == kind_before:
                # "the PMF fighting force KSS": a force of the body named before it
                prefixed = self.token_mention.get(kind_before - 2)
                if prefixed is not None and self.mention_tokens[prefixed][1] == kind_before - 1:
                    self.emit(x, "part_of", prefixed, "part_kind", 0.7, sent)
                prefixed = None
            for y, kind in ((apposed, self.mention_tokens[apposed][1] if apposed is not None else None),
                            (prefixed, kind_before)):
                if y is None or y == x or self.chain_type(y) not in ORG_TYPES or \
                        self.mention_tokens[y][1] != kind and y == prefixed:
                    continue
                closed = kind + 1 >= sent.end or self.doc[kind + 1].text in {",", ".", ";", ")", "("} or \
                    y == prefixed
                if kind < sent.end and self.doc[kind].lemma_.lower() in kinds and \
                        self.doc[kind].tag_ == "NN" and closed and self.token_mention.get(kind) is None:
                    # "Brigade 45 of the PMF, a KH unit": the apposition is the brigade's, not the PMF's
                    root = self.doc[xs:xe].root
                    owned = y == apposed and root.dep_ == "pobj" and root.head.lower_ == "of"
                    part = self.mention_of(root.head.head) if owned else x
                    if part is not None:
                        self.emit(part, "part_of", y, "part_kind", 0.7, sent)
            # "Quds Force of Iran's Revolutionary Guard", "the Ministry of X (MoX) of the KRG"
            of_at = xe
            if words[:1] == ["("]:
                close = next((k for k, w in enumerate(words) if w == ")"), None)
                if close is not None:
                    of_at = xe + close + 1
            unit = {self.doc[xe - 1].lower_, self.doc[xs].lower_} & self.words["unit_words"]
            if of_at < sent.end and self.doc[of_at].lower_ == "of" and unit:
                y = self._next_actor(of_at + 1, sent)
                if y is not None and self.chain_type(y) in ORG_TYPES and \
                        not self._number_apposed(xs, xe, y, sent):
                    self.emit(x, "part_of", y, "part_of_genitive", 0.7, sent)
            # "the AAH faction of the PMF", "the Badr wing of the Hashd": the named part of the whole
            named_part = len(words) > 2 and nxt[0].lemma_.lower() in self.words["named_part_nouns"]
            if named_part and words[1] == "of" and xs > sent.start and self.doc[xs - 1].lower_ == "the":
                y = self._next_actor(xe + 2, sent)
                if y is not None and y != x and self.chain_type(y) in ORG_TYPES:
                    self.emit(x, "part_of", y, "part_named_in", 0.7, sent)
            # "the IRGC and its elite Quds Force", "the IRGC (IRGC), and its Qods Force": its own unit
            k = of_at if of_at > xe else xe
            k += self.doc[k].text == "," if k < sent.end else 0
            if k + 2 < sent.end and self.doc[k].lower_ == "and" and self.doc[k + 1].lower_ == "its" and \
                    self.chain_type(x) in {"ARMED_GROUP", "STATE_BODY"}:
                k += 2
                peers = self.wording.relation_nouns.keys() | self.words["peer_nouns"]
                while k < sent.end and self.doc[k].pos_ == "ADJ" and self.token_mention.get(k) is None and \
                        self.doc[k].lemma_.lower() not in peers:
                    k += 1  # (not "its rival Saraya al-Salam", "its Iraqi army counterparts")
                y = self.token_mention.get(k)
                y_end = self.mention_tokens[y][1] if y is not None else k
                related = y_end < sent.end and self.doc[y_end].lemma_.lower() in peers
                if y is not None and y != x and self.mention_tokens[y][0] == k and not related and \
                        self.chain_type(y) in {"ARMED_GROUP", "STATE_BODY"}:
                    self.emit(y, "part_of", x, "part_its", 0.7, sent)
            # "the IRGC's Quds Force"
            if words[:1] and words[0] in POSSESSIVE_MARKS:  # "the Revolutionary Guard Corps’ Quds Force"
                k = xe + 1
                while k < min(xe + 3, sent.end) and self.token_mention.get(k) is None and \
                        self.doc[k].lower_ in self.words["role_qualifiers"] - {"its", "their", "his", "her"}:
                    k += 1  # "the IRGC's elite Quds Force"
                y = self.token_mention.get(k)
                if y is not None and self.chain_type(y) in ORG_TYPES:
                    ys, ye = self._mention_span(y)
                    # "the Treasury's Office of Foreign Assets Control"
                    if {self.doc[ye - 1].lower_, self.doc[ys].lower_} & self.words["unit_words"]:
                        self.emit(y, "part_of", x, "part_possessive", 0.7, sent)
                    elif self.chain_type(y) in {"ARMED_GROUP", "STATE_BODY"}:
                        # "the Kurdistan Regional Government's peshmerga", "the PMF's Kata'ib Hezbollah"
                        self.emit(y, "part_of", x, "part_possessive", 0.65, sent)

    def and_other_units(self, sent: Span) -> None:
        """'KH and other PMF militias', 'Badr, AAH and other factions of the PMF': each one named
        is one of the body's units."""
        kinds = self.words["group_nouns"] | self.words["part_nouns"]
        for noun in self.tokens.where(sent, lemma=kinds, dep={"conj"}):
            if noun.lemma_.lower() not in kinds or noun.dep_ != "conj" or \
                    not any(c.dep_ == "amod" and c.lower_ == "other" for c in noun.children):
                continue
            wholes = [m for c in noun.children if c.dep_ in {"compound", "nmod", "poss"}
                      if (m := self.mention_of(c)) is not None]
            wholes += [m for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                       for g in c.children if g.dep_ == "pobj" if (m := self.mention_of(g)) is not None]
            named = []  # the names listed before, read in word order (the parse may misread the list),
            # within the first name's phrase ("According to the Pentagon, KH and other ..." lists no Pentagon)
            k, first = noun.left_edge.i - 1, noun.head.left_edge.i
            while k >= max(sent.start, first) and (self.doc[k].text in {",", "and"} or
                                                   self.token_mention.get(k) is not None):
                m = self.token_mention.get(k)
                if m is not None and m not in named:
                    named.append(m)
                k -= 1
            self.emit_pairs([m for m in named if self.chain_type(m) in ORG_TYPES], "part_of",
                            [w for w in wholes if self.chain_type(w) in ORG_TYPES], "and_other_units", 0.7,
                            sent)

    def part_phrase(self, sent: Span) -> None:
        """'X is (a) part of Y', 'X, which used to be part of Y', 'X acts as part of Y', 'X is
        the IRGC's external arm', 'X, a faction within Y', 'X is a member of the Fatah Alliance';
        'Y and its external operations force known as X'."""
        for t in self.tokens.of(sent):
            # a movement's or party's own "militia" is its armed wing ("the Sadrist movement and its
            # militia, the Mahdi Army"); a state's or a man's is not a part of it
            wing = t.lower_ == "militia" and not any(c.dep_ == "amod" for c in t.children)  # ("affiliated")
            # "A, B and C, all members of the Islamic Resistance in Iraq": each is part of it
            members = t.lower_ == "members" and t.dep_ == "appos" and \
                any(c.lower_ in {"all", "both"} for c in t.children)
            if t.pos_ == "NOUN" and self.mention_of(t) is None and (
                    t.lower_ in {"part", "member"} or t.lemma_.lower() in self.words["part_nouns"] or wing or
                    members):
                # "a member of" a body named ("a member of Angola's Olympic team" is no member of Angola)
                named_only = t.lower_ in {"member", "members"}
                wholes = [m for c in t.children if c.dep_ == "prep" and c.lower_ in {"of", "within"}
                          for g in c.children if g.dep_ == "pobj"
                          if not named_only or self.mention_of(g) is not None for m in self.actor_of(g)]
                # "the most powerful faction in the Islamic Resistance in Iraq" (a force or movement, not
                # "the largest faction in parliament")
                wholes += [m for c in t.children if c.dep_ == "prep" and c.lower_ == "in" and
                           t.lemma_.lower() in {"faction", "component", "element"}
                           for g in c.children if g.dep_ == "pobj" and (m := self.mention_of(g)) is not None
                           and self.chain_type(m) in {"ARMED_GROUP", "ORGANIZATION"}]
                wholes += [m for c in t.children if c.dep_ == "poss" for m in self.actor_of(c)]
                if not wholes and t.dep_ == "dobj" and t.head.lemma_ == "have" and self.asserted(t.head):
                    wholes = [m for c in self.subject_tokens(t.head) for m in self.actor_of(c)]  # "AAH has a
                    # political wing, the Sadiqoun bloc"
                if wing:
                    wholes = [m for m in wholes if self.chain_type(m) in {"ORGANIZATION", "ARMED_GROUP"}]
                # the part named beside the noun: "the Sadrist movement's armed wing, Saraya al-Salam";
                # "the Rapid Response brigades, the elite Interior Ministry units" (a body's name
                # before the noun is then the whole)
                named_part, owners = [], []
                if members:
                    left = t.left_edge.i
                    named_part = (self._names_listed_before(left - 1, sent) if self.doc[left - 1].text == ","
                                  else []) or self.actor_of(t.head)
                    self.emit_pairs([x for x in named_part if self.chain_type(x) == "PERSON"], "member_of",
                                    wholes, "part_phrase", 0.75, sent)
                elif t.dep_ != "appos":
                    named_part = [m for c in t.children if c.dep_ == "appos" for m in self.actor_of(c)]
                elif t.lower_ != "member":
                    # "A, B and Huquq (KH's political wing)": a bracket describes the name just before it
                    left = t.left_edge.i
                    bracketed = self.token_mention.get(left - 2) \
                        if left >= 2 and self.doc[left - 1].text == "(" else None
                    # (a singular part is the name it is apposed to, not that name's conjuncts: "the Quds
                    # Force, a unit of the IRGC, and Hezbollah"; "A and B, the elite ministry units": both)
                    each = any(w.lower_ == "each" for w in t.subtree)  # "A and B, a PMF faction each"
                    head = self.mention_of(t.head) if t.tag_ == "NN" and not each else None
                    named_part = [bracketed] if bracketed is not None else [head] if head is not None else \
                        self.actor_of(t.head)
                    owners = [m for c in t.children if c.dep_ == "compound" and
                              (m := self.mention_of(c)) is not None and self.chain_type(m) in ORG_TYPES]
                bodies = [x for x in named_part if self.chain_type(x) in ORG_TYPES]
                self.emit_pairs(bodies, "part_of", wholes + owners, "part_phrase", 0.75, sent)
                # "KH and Badr are among the PMF's core factions"
                among = t.dep_ == "pobj" and t.head.lower_ == "among" and t.head.head.lemma_ == "be"
                if t.dep_ == "attr" or (t.dep_ == "pobj" and t.head.lower_ == "as") or among:
                    verb = t.head if t.dep_ == "attr" else t.head.head
                    if not self.asserted(verb, climb=False):
                        continue  # "KH is not part of the PMF"
                    parts = [m for c in self.subject_tokens(verb)
                             for m in self.actor_of(c) or self._pronoun(c)]
                    if not parts and verb.dep_ == "conj":  # "is supported by X and acts as part of Y"
                        parts = [m for c in self.subject_tokens(verb.head)
                                 for m in self.actor_of(c) or self._pronoun(c)]
                    if not parts and verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.lemma_ == "be":
                        # "Being a founding member of the Sinjar Alliance, the YBS works ...": the subject's
                        parts = [m for c in self.subject_tokens(verb.head) for m in self.actor_of(c)]
                    if not parts and verb.dep_ in {"xcomp", "relcl"}:  # "which used to be part of"
                        head = verb.head if verb.dep_ == "relcl" else verb.head
                        parts = [m for c in head.children if c.dep_ == "nsubj" for m in self.actor_of(c)]
                        parts = parts or (self.actor_of(head.head) if head.dep_ == "relcl" else [])
                    founding = t.lower_ == "member" and any(c.lower_ == "founding" for c in t.children)
                    for x in parts:
                        relation = "member_of" if self.chain_type(x) == "PERSON" else "part_of"
                        if relation == "part_of" and t.lower_ == "member" and t.dep_ != "attr":
                            continue  # "played as a member of the Huskies": only a person is one
                        for y in wholes:
                            self.emit(x, relation, y, "part_phrase", 0.75, sent)
                            if founding:  # "X is a founding member of Y"
                                self.emit(x, "founded", y, "part_phrase", 0.7, sent)
            elif t.lower_ == "one" and t.dep_ in {"attr", "appos"}:
                self._one_of(t, sent)
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

    def _one_of(self, one: Token, sent: Span) -> None:
        """'X is one of the factions of Y', 'X, one of the strongest militias within Y': a part
        of Y, named by a plural of a group or unit word."""
        kinds = self.words["part_nouns"] | self.words["group_nouns"] | self.words["unit_words"] | {"member"}
        counts = self.words["count_nouns"]  # "one of dozens of units"
        counted = [one] + [g for c in one.children if c.dep_ == "prep" and c.lower_ == "of"
                           for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in counts]
        groups = [g for n in counted for c in n.children if c.dep_ == "prep" and c.lower_ == "of"
                  for g in c.children if g.dep_ == "pobj" and g.tag_ == "NNS" and g.lemma_.lower() in kinds
                  and self.mention_of(g) is None]
        wholes = [m for g in groups for c in g.children
                  if c.dep_ == "prep" and c.lower_ in {"of", "within", "in"}
                  for w in c.children if w.dep_ == "pobj" for m in self.actor_of(w)]
        # "one of the CTS's elite formations", "one of the factions that make up the IRI"
        wholes += [m for g in groups for c in g.children if c.dep_ == "poss" for m in self.actor_of(c)]
        wholes += [m for g in groups for v in g.children if v.dep_ == "relcl" and
                   v.lemma_.lower() in self.words["composition_verbs"] | {"make", "form"}
                   for o in v.children if o.dep_ == "dobj" for m in self.actor_of(o)]
        if not wholes:
            return
        parts = self.actor_of(one.head) if one.dep_ == "appos" else [
            m for c in one.head.children if c.dep_ == "nsubj" for m in self.actor_of(c) or self._pronoun(c)]
        # "one of the founding members of Y": a part of Y that founded it
        founding = any(c.dep_ == "amod" and c.lower_ == "founding" for g in groups for c in g.children)
        for x in parts:
            for y in wholes:
                if x != y and self.chain_type(x) in ORG_TYPES:
                    self.emit(x, "part_of", y, "one_of_parts", 0.75, sent)
                    if founding:
                        self.emit(x, "founded", y, "one_of_parts", 0.7, sent)

    def ranks_of(self, sent: Span) -> None:
        """'X rose through the ranks of the IRGC', 'joined the ranks of Badr': X is one of its men."""
        for noun in self.tokens.where(sent, lower={"ranks"}):
            if noun.lower_ != "ranks":
                continue
            bodies = [m for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                      for g in c.children if g.dep_ == "pobj" for m in self.actor_of(g)
                      if self.chain_type(m) in ORG_TYPES]
            verb = noun.head if noun.dep_ == "dobj" else \
                noun.head.head if noun.dep_ == "pobj" and \
                noun.head.lower_ in {"through", "into", "in", "within"} else None
            if verb is None or verb.lemma_.lower() not in self.words["ranks_verbs"] or \
                    not self.asserted(verb):
                continue  # (not "praised the ranks of the PMF", "closed the ranks of the movement")
            people = [m for m in self._subjects(verb) if self.chain_type(m) == "PERSON"]
            self.emit_pairs(people, "member_of", bodies, "ranks_of", 0.7, sent)

    def served_in(self, sent: Span) -> None:
        """'X served in the Iraqi army', 'he served for decades in the IRGC': one of its men (a
        person in a body; not 'served in Iraq', 'served in his post', 'served with the coalition',
        nor 'X's brother served in')."""
        for verb in self.tokens.where(sent, lemma={"serve"}):
            if verb.lemma_.lower() != "serve" or verb.pos_ != "VERB" or not self.asserted(verb):
                continue
            if any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children):
                continue  # "served in the ministry as minister": the post says more (copula_role)
            bodies = [m for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"
                      for g in c.children if g.dep_ == "pobj" for m in self.actor_of(g)
                      if self.chain_type(m) in ORG_TYPES]
            people = [m for c in verb.children if c.dep_ == "nsubj" and (
                self.mention_of(c) is not None or c.pos_ == "PRON" or
                c.lemma_.lower() in self.words["person_nouns"])
                for m in self.actor_of(c) if self.chain_type(m) == "PERSON"]
            self.emit_pairs(people, "member_of", bodies, "served_in", 0.7, sent)

    def belongs_to(self, sent: Span) -> None:
        """'The Babylon Brigades belong to the PMF', 'AAH, a militia belonging to the PMU', 'KH,
        operating under the umbrella of the PMF': a part, or a member where a person belongs."""
        verbs = self.words["belonging_verbs"]
        for verb in self.tokens.where(sent, lemma=verbs):
            lemma = verb.lemma_.lower()
            if lemma not in verbs or not self.asserted(verb):
                continue
            # "the Army, which falls under the Ministry of Defense": a body under another is its part
            linked = "to" if lemma == "belong" else "under"
            wholes = [m for c in verb.children if c.dep_ == "prep" and c.lower_ == linked
                      for g in c.children
                      if g.dep_ == "pobj" and (lemma == "belong" or self.mention_of(g) is not None)
                      for m in self.actor_of(g)]
            # "under the umbrella of the PMF", "under the PMF banner" (not "under the command of")
            covers = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "under"
                      for g in c.children if g.dep_ == "pobj" and
                      g.lemma_.lower() in self.words["cover_nouns"]]
            wholes += [m for g in covers
                       for w in [*g.children, *(p for c in g.children if c.dep_ == "prep" and c.lower_ == "of"
                                                for p in c.children if p.dep_ == "pobj")]
                       if w.dep_ in {"compound", "poss", "pobj"} and (m := self.mention_of(w)) is not None]
            if lemma == "operate" and not wholes:
                continue  # "KH operates under the PMF" is a part; "operates in Syria" says nothing of it
            if lemma != "belong":
                wholes = [m for m in wholes if self.chain_type(m) in ORG_TYPES]
            parts = self._subjects(verb) or [m for c in verb.children if c.dep_ == "nsubjpass"
                                             for m in self.actor_of(c)] or (  # "is registered under the PMF"
                self.actor_of(verb.head) if verb.dep_ == "acl" else [])
            if lemma != "belong":
                parts = [m for m in parts if self.chain_type(m) in ORG_TYPES]
            for x in parts:
                for y in wholes:
                    relation = "member_of" if self.chain_type(x) == "PERSON" else "part_of"
                    self.emit(x, relation, y, "belongs_to", 0.75, sent)

    def as_unit(self, sent: Span) -> None:
        """'KIA, which operates as PMF Brigade 40', 'KH operates as Brigades 45, 46 and 47 of the PMF',
        'KH's fighters are enrolled in the PMF as Brigades 45 and 46', 'KSS forms the PMF's 14th
        Brigade': a group serving as a body's numbered units is part of it."""
        units = self.words["unit_words"] & self.words["part_nouns"]
        found = [(prep.head, next((g for g in prep.children if g.dep_ == "pobj" and
                                   {g.lemma_.lower(), g.lower_.removesuffix("s")} & units), None))
                 for prep in self.tokens.where(sent, lower={"as"}, dep={"prep"})]
        # "KSS forms the PMF's 14th Brigade", "KH, which constitutes the 45th brigade of the PMF": it is
        # that unit ("formed the brigade" founded it; "make up" needs its particle)
        found += [(verb, next((o for o in verb.children if o.dep_ in {"dobj", "attr"} and
                               {o.lemma_.lower(), o.lower_.removesuffix("s")} & units), None))
                  for verb in self.tokens.where(sent, lemma=self.words["unit_verbs"])
                  if (verb.lemma_.lower() != "form" or verb.tag_ in {"VBZ", "VBP"}) and
                  (verb.lemma_.lower() != "make" or
                   any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children))]
        for verb, unit in found:
            if unit is None or verb.pos_ not in {"VERB", "AUX"} or not self.asserted(verb):
                continue
            wholes = [m for c in unit.children if c.dep_ in {"compound", "nmod", "poss"}
                      if (m := self.mention_of(c)) is not None and m != self.mention_of(unit)]
            numbers = [g for n in unit.children if n.dep_ == "nummod" for g in n.children]  # "Brigade 14 of"
            wholes += [m for c in [*unit.children, *numbers, *verb.children]
                       if c.dep_ == "prep" and c.lower_ in {"of", "in"}
                       for g in c.children if g.dep_ == "pobj" and (m := self.mention_of(g)) is not None
                       and self.chain_type(m) in ORG_TYPES]
            parts = [m for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} for m in self.actor_of(c)]
            if not parts and verb.dep_ in {"relcl", "acl"}:  # "KIA, listed in the PMF as Brigade 40"
                parts = self.actor_of(verb.head)
            self.emit_pairs([p for p in parts if self.chain_type(p) in ORG_TYPES], "part_of",
                            [w for w in wholes if self.chain_type(w) in ORG_TYPES], "as_unit", 0.75, sent)

    def parenthetical_unit(self, sent: Span) -> None:
        """'Kata'ib al-Imam Ali (Popular Mobilization Forces brigade 40)', 'Kata'ib al-Imam Ali, PMF
        brigade 40, fought': X is a unit of Y."""
        for i in range(sent.start, sent.end - 3):
            x = self.token_mention.get(i)
            if x is None or self.doc[i + 1].text not in {"(", ","} or self.token_mention.get(i + 1) == x:
                continue
            y = self.token_mention.get(i + 2)
            if y is None or y == x:
                continue
            _, y_end = self._mention_span(y)
            rest = [t.lower_ for t in self.doc[y_end:min(y_end + 4, sent.end)]]
            close = ")" if self.doc[i + 1].text == "(" else ","
            numbered = len(rest) > 1 and self.doc[y_end + 1].like_num  # (", PMF brigades, and": a list)
            if rest and rest[0] in self.words["part_nouns"] | {"brigades"} and close in rest and \
                    (close == ")" or numbered):
                self.emit(x, "part_of", y, "parenthetical_unit", 0.75, sent)

    def hyphen_unit(self, sent: Span) -> None:
        """'Islamic Revolutionary Guard Corps-Quds Force', 'IRGC-QF' written as two names: a unit
        joined to its parent by a hyphen is part of it."""
        for i in range(sent.start + 1, sent.end - 1):
            # "IRGC-QF", or a spaced dash "Islamic Revolutionary Guard Corps – Quds Force"
            spaced = self.doc[i].text == "–" or self.doc[i - 1].whitespace_ or self.doc[i].whitespace_
            if self.doc[i].text not in {"-", "–"} or spaced and self.doc[i].text != "–":
                continue
            parent, unit = self.token_mention.get(i - 1), self.token_mention.get(i + 1)
            if parent is None or unit is None or parent == unit or \
                    not {self.chain_type(parent), self.chain_type(unit)} <= ORG_TYPES:
                continue
            if self._unit_named(unit):
                self.emit(unit, "part_of", parent, "hyphen_unit", 0.75, sent)

    def _members_before(self, start: int, end: int) -> bool:
        """Whether 'members of' (or 'fighters from') stands between two tokens: "consists of
        members of KH" makes no part of KH, however the parse hangs it."""
        lemmas, lower = self.tokens.lemma, self.tokens.lower
        return any(lemmas[k] in self.words["people_nouns"] and lower[k + 1] in {"of", "from"}
                   for k in range(start + 1, min(end + 1, len(lower) - 1)))

    def _listed_of_kinds(self, noun: Token) -> list[int]:
        """'a variety of insurgency groups, including A and B': the list hangs on the noun after 'of'."""
        return [m for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children if g.dep_ == "pobj" for m in self._listed(g)]

    def _bracketed(self, start: int, mi: int) -> bool:
        """Whether a bracket opened after `start` is still open at the mention: "such as Bafarawa
        (birthplace of X)" lists no X."""
        lower = self.tokens.lower[start:self._mention_span(mi)[0]]
        return lower.count("(") > lower.count(")")

    def _of_people(self, noun: Token) -> bool:
        """Whether a noun phrase names people: "its members", "the majority of its fighters"."""
        words = self.words["people_nouns"]
        return noun.lemma_.lower() in words or any(
            c.dep_ == "prep" and c.lower_ == "of" and any(g.lemma_.lower() in words for g in c.children)
            for c in noun.children)

    def composition(self, sent: Span) -> None:
        """'the Fatah Alliance, comprising Badr and AAH', 'the bloc encompasses A and B', 'an umbrella
        group that includes KH and Nujaba';
        'X, an umbrella group of militias including A and B'."""
        for noun in self.tokens.where(sent, pos={"NOUN"}, dep={"appos", "attr"}):
            if noun.pos_ != "NOUN" or self.mention_of(noun) is not None or not self.collective_noun(noun) or \
                    noun.dep_ not in {"appos", "attr"}:
                continue
            parts = self._listed(noun)
            if not parts:  # "an umbrella of militias such as A and B", "a coalition of A and B", "for A"
                members = [h for c in noun.children if c.dep_ == "prep" and c.lower_ in {"of", "for"}
                           for g in c.children if g.dep_ == "pobj" for h in [g, *g.conjuncts]]
                parts = [m for h in members for m in self._listed(h) or self.actor_of(h)]
            for whole in self.actor_of(noun):
                for part in parts:
                    relation = "member_of" if self.chain_type(part) == "PERSON" else "part_of"
                    self.emit(part, relation, whole, "collective", 0.7, sent)
        for verb in self.tokens.where(sent, pos={"VERB"}, lemma=self.words["composition_verbs"]):
            lemma = verb.lemma_.lower()
            if verb.pos_ != "VERB" or lemma not in self.words["composition_verbs"] or \
                    lemma == "make" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
                continue
            # "comprises A and B"; "consists of A and B", "is made up of A and B"
            of = lemma in {"consist", "compose", "make"}
            parts = [m for c in verb.children
                     if c.dep_ == ("prep" if of else "dobj") and (not of or c.lower_ == "of")
                     for g in ([g for g in c.children if g.dep_ == "pobj"] if of else [c])
                     for h in [g, *g.conjuncts] if not self._members_before(c.i, h.i)
                     for m in self._listed(h) or self._listed_of_kinds(h) or self.actor_of(h)
                     if not self._bracketed(c.i, m)]
            # (not "the majority of its members consist of men from other groups, including AAH": where
            # the men come from)
            wholes = self.actor_of(verb.head) if verb.dep_ == "acl" else [
                m for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and not self._of_people(c)
                for m in self.actor_of(c)]
            if not wholes and verb.tag_ == "VBG" and verb.i - 2 >= sent.start and \
                    self.doc[verb.i - 1].text == ",":
                # "Iran formed a bloc, the UIA, encompassing A and B": the name before the comma
                wholes = [m] if (m := self.token_mention.get(verb.i - 2)) is not None else []
            if lemma == "include":
                # "KH includes ...", "a group that includes ...", not "its shareholders include ..."
                kinds = self.words["collective_nouns"] | self.words["kind_nouns"]
                said = [verb.head] if verb.dep_ == "acl" else [c for c in verb.children if c.dep_ == "nsubj"]
                said = [s.head.head if s.tag_ in {"WDT", "WP"} and s.head.dep_ == "relcl" else s
                        for s in said]
                if not any(self.mention_of(s) is not None or s.lemma_.lower() in kinds for s in said):
                    wholes = []
            for w in wholes:
                if (of or lemma == "include") and self.chain_type(w) not in ORG_TYPES:
                    continue  # "the town consists of Old and New Bohumín": places, not bodies
                for part in parts:
                    relation = "member_of" if self.chain_type(part) == "PERSON" else "part_of"
                    self.emit(part, relation, w, "composition", 0.7, sent)

    def groups_within_include(self, sent: Span) -> None:
        """'Organizations in the PMF which pledge allegiance to Iran include Badr, AAH and KH',
        'some of the militias under the PMF include ...': the groups listed are parts of the body
        the subject's groups are in."""
        for verb in self.tokens.where(sent, lemma={"include"}):
            if verb.lemma_.lower() != "include" or not self.asserted(verb):
                continue
            subjects = [c for c in verb.children if c.dep_ == "nsubj"]
            # "some of the most important militias under the PMF include ...": the militias
            shares = self.words["partial_words"] | self.words["quantity_words"]
            subjects += [g for c in subjects if c.lower_ in shares
                         for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                         for g in p.children if g.dep_ == "pobj"]
            groups = [c for c in subjects if c.tag_ == "NNS" and c.lemma_.lower() in self.words["group_nouns"]
                      and self.mention_of(c) is None]
            wholes = [m for g in groups for c in g.children
                      if c.dep_ == "prep" and c.lower_ in {"in", "within", "under", "of"}
                      for w in c.children if w.dep_ == "pobj" for m in self.actor_of(w)
                      if self.chain_type(m) in ORG_TYPES]
            if not wholes:
                continue
            parts = [m for c in verb.children if c.dep_ == "dobj" for m in self.actor_of(c)]
            parts += self._names_listed_after(verb.i + 1, sent)  # long lists break the parse
            for whole in wholes:
                for part in dict.fromkeys(parts):
                    if part != whole and self.chain_type(part) in ORG_TYPES:
                        self.emit(part, "part_of", whole, "groups_within", 0.7, sent)

    def _number_apposed(self, xs: int, xe: int, whole: int, sent: Span) -> bool:
        """Whether a numbered unit is set off after a group's name, the number the group has in the
        whole: "KIA, the 40th Brigade of the PMF," (the group is the part; not the list "KH, the
        46th Brigade of the PMF and the 47th")."""
        k = xs - 1 - (xs - 1 > sent.start and self.doc[xs - 1].lower_ == "the")
        if k <= sent.start or self.doc[k].text != "," or not any(ch.isdigit() for ch in self.doc[xs:xe].text):
            return False
        group, end = self.token_mention.get(k - 1), self.mention_tokens[whole][1]
        return group is not None and self.chain_type(group) in ORG_TYPES and (
            end >= sent.end or self.doc[end].text in {",", ".", ";", ")"})

    def nested_units(self) -> None:
        """'the 47th Popular Mobilization Forces brigade', 'the Badr Organization's Ninth
        Brigade' as one name: a unit whose name holds another organisation's is part of it."""
        names: dict[str, int] = {}
        for mi, m in enumerate(self.ex.mentions):
            if m.chain >= 0 and self.chain_type(mi) in ORG_TYPES and len(m.text) >= 3:  # "PMF" too
                names.setdefault(m.text.lower(), mi)
        rank = {name: k for k, name in enumerate(names)}
        for mi, m in enumerate(self.ex.mentions):
            words = m.text.lower().split()
            if m.chain < 0 or len(words) < 3 or words[-1] not in self.words["unit_words"] or \
                    self.chain_type(mi) not in ORG_TYPES:
                continue
            for other in _names_within(m.text.lower(), names, rank):
                rest = m.text.lower().replace(self.ex.mentions[other].text.lower(), " ").split()
                if set(rest) <= self.words["unit_words"]:
                    continue  # "Popular Mobilization Forces" holds "Popular Mobilization": one body
                if len(rest) == 1 and rest[0] in self.pack.country_words:
                    continue  # "the Turkish Interior Ministry" is Turkey's, no part of Iraq's
                word, chain = self.ex.mentions[other].text, self.ex.chains[self.ex.mentions[other].chain]
                if " " not in word and not word.isupper() and not chain.key:
                    continue  # "Kurdistan" the model took for a body: a region's word in a unit's name
                start = bisect.bisect_right(self.sentence_starts, m.start) - 1
                token = self.doc.char_span(self.ex.sentences[start][0], self.ex.sentences[start][1],
                                           alignment_mode="expand")
                if token is not None:
                    self.emit(mi, "part_of", other, "nested_unit", 0.75, token)


def _names_within(text: str, names: dict[str, int], rank: dict[str, int]) -> list[int]:
    """The mentions of the names that stand whole-word inside `text` (not `text` itself), in
    `rank`'s order: each stretch of `text` between word boundaries is looked up, so the
    cost is the text's, not the number of names the document holds."""
    def word(k: int) -> bool:  # what the regex \w matches
        return k < len(text) and (text[k].isalnum() or text[k] == "_")

    starts = [i for i in range(len(text)) if i == 0 or not word(i - 1)]
    ends = [j for j in range(1, len(text) + 1) if not word(j)]
    found = {text[i:j] for i in starts for j in ends if i < j} & names.keys() - {text}
    return [names[name] for name in sorted(found, key=rank.__getitem__)]
