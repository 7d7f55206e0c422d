"""Who "he", "it", "the group", "the general" and "the city" are: the actor the text is
about, in the sentence and then in the main clauses of the sentences before."""

from __future__ import annotations

import bisect

from spacy.tokens import Span, Token

from shabaka.extract.relations.base import (
    DOUBLE_QUOTES,
    EXPLETIVE_HEADS,
    FIRST_PERSON,
    GROUP_TYPES,
    ORG_TYPES,
    POSSESSIVE_MARKS,
    QUOTES,
)

BRIGADE_WORDS = {"brigade", "brigades", "kataib", "liwa"}  # what "the brigade" can name


class Coreference:
    """Antecedents of pronouns and definite descriptions, remembered for the claim."""

    def _resolved(self, anaphor: Span | Token, found: list[int]) -> list[int]:
        """Remember that `anaphor` ("he", "the group") was read as these mentions, so a claim
        can show 'he → Qasem Soleimani'."""
        span = anaphor if isinstance(anaphor, Span) else self.doc[anaphor.i:anaphor.i + 1]
        for mi in found:
            self.anaphors.setdefault((mi, span.sent.start), []).append(span)
        return found

    def _pronoun(self, t: Token) -> list[int]:
        """What a personal or possessive pronoun stands for: the nearest fitting actor before it;
        no one where finding it comes back to the pronoun itself ('"X was founded by me," Y said')."""
        if t.i in self.resolving:
            return []
        self.resolving.add(t.i)
        try:
            return self._resolved(t, self._antecedent(t))
        finally:
            self.resolving.discard(t.i)

    def _antecedent(self, t: Token) -> list[int]:
        word = t.lower_
        # an object pronoun is never its own clause's subject: "X succeeded him", "AAS has links
        # to al-Qaeda and receives funding from it"
        bound = self._clause_subjects(t) if t.dep_ in {"dobj", "dative", "pobj"} else set()
        if word in {"he", "him", "his", "she", "her"}:
            return self._person_before(t.i, skip=bound, anywhere=False)  # (never a man named after it)
        if word == "it" and (t.dep_ == "expl" or t.dep_ == "nsubj" and t.head.lemma_ in EXPLETIVE_HEADS
                             and not self._says_what_it_is(t.head)):
            return []  # "it will take time for ...", "it is likely that ...": no one
        if word == "it" and bound:
            found = self._salient_before(t.i, ORG_TYPES, skip=bound)
            return found or [m for k in range(t.i - 1, max(-1, t.i - 60), -1)
                             if (m := self.token_mention.get(k)) is not None and m not in bound
                             and self.chain_type(m) in ORG_TYPES][:1]
        if word == "it" and (explained := self._explained_object(t)):
            return explained
        if word == "it":
            # "the Quds Force is the IRGC branch ..., and Soleimani has led it"; "In July the
            # Treasury sanctioned X, the leader of Y. In December it sanctioned Z": the subject;
            # "Turkey said it had neutralised 12 PKK militants": who says it, a country too
            return self._first_speaker(t) or self._salient_before(t.i, ORG_TYPES) or \
                self._org_list(self._previous_org_before(t.i))
        if word == "its":
            # "Hamas thanked the IRI for its attacks", "the US sanctioned KH for its role": the one
            # thanked or punished
            owned = t.head
            if owned.dep_ == "pobj" and owned.head.lower_ == "for" and owned.head.head.pos_ == "VERB":
                done_to = [m for c in owned.head.head.children if c.dep_ == "dobj" and c.i < t.i
                           for m in self.actor_of(c) if self.chain_type(m) in ORG_TYPES | {"COUNTRY"}]
                if done_to:
                    return done_to[:1]
            deed = self._clause_verb_of(t)
            charge = deed.head.head if deed.dep_ == "pcomp" and deed.head.lower_ in {"of", "for"} else None
            if charge is not None and charge.lemma_.lower() in self.words["accusing_verbs"] and \
                    self.wording.verbs.get(deed.lemma_.lower()) in {"hostile_to", "killed"} and \
                    owned.lemma_.lower() in self.state_heads and owned.dep_ != "conj" and \
                    not any(c.lower_ == "own" for c in owned.children):
                # "the US accused KH of attacking its forces": the accuser's own men
                accuser = [m for c in charge.children if c.dep_ == "nsubj" for m in self.actor_of(c)]
                if accuser:
                    return accuser[:1]
            conjoined = self.mention_of(owned.head) if owned.dep_ == "conj" and t.i > 0 and \
                self.doc[t.i - 1].lower_ in {"and", "or", "nor"} else None
            if conjoined is not None and self.chain_type(conjoined) in ORG_TYPES:
                return [conjoined]  # "designated AAA, a KH-aligned faction, and its leader X": AAA's
            if conjoined is None and owned.dep_ == "conj" and self.doc[t.i - 1].lower_ in {"and", "or"} and \
                    owned.head.lemma_.lower() in self.words["group_nouns"] and \
                    any(c.lower_ == "the" for c in owned.head.children):
                return self._group_before(owned.head.i)  # "called the militia and its leaders proxies"
            previous = self._previous_org_before(t.i)
            joined = previous is not None and self.mention_tokens[previous][1] == t.i - 1 and \
                self.doc[t.i - 1].lower_ in {"and", "or", "nor"}
            listed = False
            if previous is not None and self.mention_tokens[previous][1] == t.i - 1 and \
                    self.doc[t.i - 1].text == "," and t.i + 1 < len(self.doc):
                role = self.role_in(t.i + 1, min(t.i + 5, len(self.doc)))
                titled = self.token_mention.get(role[3]) if role is not None and role[2] == t.i + 1 else None
                listed = titled is not None and self.chain_type(titled) == "PERSON"
            if joined or listed:
                # "the US designated Nujaba and its leader X", "blacklisted AAH, its chief X and ...": the
                # body joined to it (but "struck the PKK, its old foe": the striker's)
                return [previous]
            # "it gained fame for its raids", "KH said its fighters ...": the clause's subject first
            subject = self._clause_subject(t)
            verb = self._clause_verb_of(t)
            if subject is None and verb.dep_ == "conj":  # "X models itself on Y and has its own links to Z"
                subject = next((c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if subject is not None and subject.i < t.i:
                if subject.lower_ == "it":
                    return self._antecedent(subject)
                named = self.mention_of(subject)
                if named is None and subject.tag_ in {"WDT", "WP"}:
                    # "Ahrar al-Sham, a group that models itself on the Taliban and has its own links to
                    # al-Qaeda": what the relative pronoun stands for
                    named = next(iter(self.actor_of(subject)), None)
                if named is not None and (self.chain_type(named) in ORG_TYPES or self._own_act(named, t)):
                    return [named]
            # "KH and its leader", "the Northern Alliance in its battles": the body just named; but one
            # named only inside a description is not what the text is about ("It split from the Mahdi
            # Army of Sadr, and its fighters serve in the PMF": its is it, not the Mahdi Army)
            between = self.doc[self.mention_tokens[previous][1]:t.i] if previous is not None else None
            if between is not None and len(between) <= 3 and not any(
                    w.pos_ in {"VERB", "AUX", "SCONJ", "PRON"} or w.text in {";", ":", "."} for w in
                    between) and not self.acts_between(previous, t.i):
                return [previous]
            last = self.doc[self.mention_tokens[previous][1] - 1] if previous is not None else None
            described = last is not None and last.dep_ == "pobj" and last.head.lower_ in {"of", "from"}
            kind = last.head if last is not None and last.dep_ == "compound" else None
            if kind is not None and kind.dep_ == "appos" and \
                    kind.lemma_.lower() in self.words["group_nouns"] | self.words["kind_nouns"] and \
                    (named := self.mention_of(kind.head)) is not None and self.chain_type(named) in ORG_TYPES:
                return [named]  # "Saraya al-Khorasani, a PMF faction known for its ties": the faction's
            if previous is not None and self.acts_between(previous, t.i):
                # "the Treasury's sanctioning of its leader": the body the text is about, not the actor
                actor = self.ex.mentions[previous].chain
                return [m for m in self._salient_before(t.i, ORG_TYPES, same_sentence=False)
                        if self.ex.mentions[m].chain != actor][:1]
            salient = self._salient_before(t.i, ORG_TYPES) if described else []
            return self._speaker(t) or salient or self._modified_by(last) or self._org_list(previous)
        if word in FIRST_PERSON:
            return self._first_person(t)
        if word in {"they", "their"} and (speaker := self._speaker(t)):
            return speaker  # "US forces identified that they had captured Daqduq"
        if word in {"they", "them", "their"}:  # a group's members acting together
            verb = self._clause_verb_of(t)
            for v in [verb, verb.head] if verb.dep_ in {"advcl", "ccomp", "conj"} else [verb]:
                people = next((c for c in v.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < t.i
                               and c.tag_ == "NNS" and self.mention_of(c) is None), None)
                if people is not None:  # "the commanders are influential, since they are backed by Iran"
                    return self.actor_of(people)
            org = self._previous_org_before(t.i, window=60)
            return [org] if org is not None and self.chain_type(org) in {"ARMED_GROUP"} else []
        return []

    def _first_person(self, t: Token) -> list[int]:
        """Who "I" or "we" is in a quotation: "We in KH fought Daesh" (the body named with it);
        '"I founded Saraya al-Salam," Sadr said' or '..., he said' (the one quoted); "our" in a group's
        statement is the group, in a man's the body his title names. In an interview's answer ("Amiri:
        I founded Badr") the man it is labelled with. Otherwise (an author's own "I") no one named."""
        named = [m for c in t.children if c.dep_ == "appos" or c.dep_ == "prep" and c.lower_ == "in"
                 for g in ([c] if c.dep_ == "appos" else [g for g in c.children if g.dep_ == "pobj"])
                 for m in self.actor_of(g) if self.chain_type(m) in ORG_TYPES]
        if named:
            return named[:1]  # "We, the Islamic Resistance in Iraq, ...", "we in AAH"
        if t.lower_ in {"my", "our"} and t.head.lemma_.lower() in self.state_heads:
            return []  # '"My government supports the Peshmerga," Sudani said': his state's, not his
        start = self._paragraph_start(t)
        quoted = sum(self.doc[k].text in DOUBLE_QUOTES for k in range(start, t.i)) % 2 == 1
        if not quoted:
            answerer = self._interview_answer(start)
            if t.lower_ in {"i", "me", "my"} or not answerer:
                return answerer
            return self._body_speaking(answerer[0], t.sent)  # "Khazali: I lead AAH, and we are ..."
        opening = next(k for k in range(t.i, start - 1, -1) if self.doc[k].text in DOUBLE_QUOTES)
        outside = self._around_quotation(t, self.doc[opening])
        verbs = [w for w in outside if w.lemma_.lower() in self.words["quoting_verbs"] and w.pos_ == "VERB"]
        if len(verbs) != 1:
            return []  # (not 'X recalled that Sadr told him: "I founded ..."': whose words?)
        subjects = [c for c in verbs[0].children if c.dep_ == "nsubj" and not c.conjuncts]  # (one speaker)
        if t.lower_ in {"i", "me", "my"}:  # a man named as the speaker (not "Sistani's representative said")
            return [m for c in subjects for m in self._named_speaker(c, opening)]
        speakers = [m for c in subjects for m in self.actor_of(c)]
        if speakers and self.chain_type(speakers[0]) == "PERSON":
            return self._body_speaking(speakers[0], verbs[0].sent)
        # "we" of a body the packs know ("Our ally Iran," KH said)
        return [m for m in speakers[:1] if self.chain_type(m) in {"ARMED_GROUP", "STATE_BODY", "COUNTRY"} and
                self.ex.chains[self.ex.mentions[m].chain].key is not None]

    def _body_speaking(self, speaker: int, sent: Span) -> list[int]:
        """The body a man speaks for when he says "we": the one his title in the attribution, or his
        own words in the sentence, name ('"We are part of the PMF," AAH leader Qais al-Khazali said';
        "Khazali: I lead AAH, and we are part of the PMF"); none where the text gives him no such
        title ('"We fought," Amiri said': his men, his party or his country)."""
        chain = self.ex.mentions[speaker].chain
        bodies = {c.object for c in self.claims.values() if c.subject == chain and c.relation in
                  {"leads", "member_of"} and c.evidence_end == sent.end_char and
                  self.ex.chains[c.object].type in ORG_TYPES}
        if len(bodies) != 1:
            return []
        body = bodies.pop()
        return [m for k in range(sent.start, sent.end) if (m := self.token_mention.get(k)) is not None
                and self.ex.mentions[m].chain == body][:1]

    def _paragraph_start(self, t: Token) -> int:
        """The first token of the line (paragraph) that holds `t`: quotations and interview answers
        are read within it."""
        start = t.i
        while start > 0 and "\n" not in self.doc[start - 1].whitespace_ + self.doc[start - 1].text:
            start -= 1
        return start

    def _interview_answer(self, start: int) -> list[int]:
        """The man whose answer a paragraph is, where it opens with his name and a colon as an
        interview's transcript does ("Al-Araji: I asked the coalition ...")."""
        colon = next((k for k in range(start, min(start + 6, len(self.doc))) if self.doc[k].text == ":"),
                     None)
        if colon is None or colon == start:
            return []
        m = self.token_mention.get(colon - 1)
        return [m] if m is not None and self.chain_type(m) == "PERSON" and \
            self.mention_tokens[m][0] == start else []

    def _around_quotation(self, t: Token, opening: Token) -> list[Token]:
        """The words of the sentences that open (at `opening`) and close the quotation holding `t`,
        outside it, where the speaker is named: '"I was a commander. I founded Badr," Amiri said' (a
        quotation may run over several sentences of its paragraph)."""
        close = next((k for k in range(t.i + 1, min(len(self.doc), t.sent.end + 200))
                      if self.doc[k].text in DOUBLE_QUOTES or "\n" in self.doc[k].text), None)
        closing = self.doc[close] if close is not None and self.doc[close].text in DOUBLE_QUOTES else None
        return [w for w in self.tokens.of(opening.sent) if w.i < opening.i] + \
            ([w for w in self.tokens.of(closing.sent) if w.i > closing.i] if closing is not None else [])

    def _named_speaker(self, subject: Token, opening: int) -> list[int]:
        """The man a quoting verb's subject names, or "he" stands for: the man the text is about
        before the quotation opens at `opening` ('Amiri spoke on Monday. "After Saddam killed
        Baqir al-Sadr, I founded Badr," he said': Amiri, not a man named inside it)."""
        if subject.lower_ in {"he", "she"}:
            found = self._person_before(opening, anywhere=False)
            # (not 'Sadr and Amiri met. "I support the Peshmerga," he said': either man)
            paired = any(c.pos_ == "PROPN" or (other := self.mention_of(c)) is not None and
                         self.chain_type(other) == "PERSON"
                         for m in found for c in self.doc[slice(*self.mention_tokens[m])].root.conjuncts)
            if len(found) != 1 or paired or self.chain_type(found[0]) != "PERSON":
                return []
            return self._resolved(subject, found)
        m = self.mention_of(subject)
        return [m] if m is not None and self.chain_type(m) == "PERSON" else []

    def _speaker(self, t: Token) -> list[int]:
        """The body whose words or findings hold the pronoun: "ISIS said in a statement on
        Telegram that its fighters attacked" (its: ISIS, not Telegram)."""
        verb = self._clause_verb_of(t)
        if verb.dep_ != "ccomp":
            return []
        return [m for c in verb.head.children if c.dep_ == "nsubj" and c.i < t.i
                for m in self.actor_of(c) if self.chain_type(m) in ORG_TYPES | {"COUNTRY"}]

    def _own_act(self, state: int, its: Token) -> bool:
        """Whether "its" after a state's name is the state's own act: "Israel escalated its campaign",
        "Iran stepped up its support" (not "Turkey criticised Washington for its backing of the YPG",
        "Iran praised its attack": another actor between, or a verb that judges what others did)."""
        if self.chain_type(state) != "COUNTRY" or its.head.lemma_.lower() not in \
                self.words["noun_hostile"] | self.words["aid_nouns"] | self.wording.pair_nouns.keys():
            return False  # (and "Iraq expanded its cooperation with the US")
        between = any((m := self.token_mention.get(k)) is not None and m != state
                      for k in range(self.mention_tokens[state][1], its.i))
        governor = its.head.head
        return not between and governor.lemma_.lower() not in self.words["commenting_verbs"] and \
            not (its.head.dep_ == "pobj" and governor.head.lemma_.lower() in self.words["commenting_verbs"])

    def _explained_object(self, t: Token) -> list[int]:
        """ "The Treasury sanctioned the bank, saying it had funded KH": "it" in what a participle of
        speech explains is the body acted on, not the actor."""
        verb = self._clause_verb_of(t)
        saying = verb.head if verb.dep_ == "ccomp" else None
        if saying is None or saying.dep_ not in {"advcl", "xcomp"} or saying.tag_ != "VBG" or \
                saying.lemma_.lower() not in self.words["commenting_verbs"] | {"say"}:
            return []
        return [m for c in saying.head.children if c.dep_ == "dobj" and c.i < t.i
                if (m := self.mention_of(c)) is not None and self.chain_type(m) in ORG_TYPES][:1]

    def _first_speaker(self, t: Token) -> list[int]:
        """The speaker "it" stands for when no other body is named before it in the sentence ("Turkey
        said it had neutralised 12 militants"; not "Iran denied arming KH, but the US said it had")."""
        speaker = self._speaker(t)
        if not speaker or self._clause_verb_of(t).head.dep_ not in {"ROOT", "conj"}:
            return []  # (not "the Treasury cut the bank off, saying it had helped fund KH": the bank)
        start = self.mention_tokens[speaker[0]][0]
        others = {m for k in range(t.sent.start, start) if (m := self.token_mention.get(k)) is not None
                  and self.chain_type(m) in ORG_TYPES | {"COUNTRY"}}
        return [] if others else speaker

    @staticmethod
    def _clause_verb_of(t: Token) -> Token:
        """The nearest verb above a word: the clause it stands in."""
        head, steps = t.head, 0
        while head.pos_ not in {"VERB", "AUX"} and head.head.i != head.i and steps < 6:
            head, steps = head.head, steps + 1
        return head

    def _clause_subject(self, t: Token) -> Token | None:
        """The subject of the clause a word stands in (its nearest verb's), None where it has none."""
        return next((c for c in self._clause_verb_of(t).children if c.dep_ in {"nsubj", "nsubjpass"}), None)

    def _clause_subjects(self, t: Token) -> set[int]:
        """The subjects of the clause a token is an object in ("receives funding from it": up
        to the verb)."""
        verb = t.head
        for _ in range(3):
            if verb.pos_ in {"VERB", "AUX"} or verb.head.i == verb.i:
                break
            verb = verb.head
        return set(self._subjects(verb)) if verb.pos_ in {"VERB", "AUX"} else set()

    def _says_what_it_is(self, copula: Token) -> bool:
        """"It is a part of the PMF", "it became an ally of Iran", "it is pro-Iran": a predicate
        noun with a complement, or a stance, and no clause after it, so "it" is the thing named before."""
        stances = self.stance_prefixes
        return not any(c.dep_ in {"ccomp", "xcomp", "advcl"} for c in copula.children) and any(
            c.dep_ == "attr" and c.pos_ == "NOUN" and any(g.dep_ == "prep" for g in c.children)
            or c.dep_ in {"acomp", "attr"} and c.lower_ in stances for c in copula.children)

    def _previous_person(self, sent: Span) -> list[int]:
        """The person a sentence without a named subject is about: the last one named."""
        return self._person_before(sent.start)

    def _group_before(self, i: int) -> list[int]:
        """What "the group" is: the last armed group or organisation (not a state body: "the
        group" is never the Treasury) named as a subject, else the one the document names most;
        never one its own verb names beside it ("the militia fought alongside the army against
        IS" is neither). "The militia" the document is about is an armed group, never a council;
        "the brigade" is the last one named a brigade ("the 30th Brigade", "Kata'ib al-Imam Ali")."""
        if self.doc[i].lemma_.lower() == "brigade":
            return next(([mi] for k in range(i - 1, max(-1, i - 150), -1)
                         if (mi := self.token_mention.get(k)) is not None and
                         set(self.ex.chains[self.ex.mentions[mi].chain].name.lower().replace("'", "").split())
                         & BRIGADE_WORDS), [])
        beside = self._coarguments(self.doc[i])
        armed = self.doc[i].lemma_.lower() in self.words["armed_kinds"]
        other = None  # for "the militia", a body not known to be armed, if no armed group comes first
        for k in range(i - 1, max(-1, i - 150), -1):
            mi = self.token_mention.get(k)
            subject = self.doc[k]
            if subject.dep_ in {"compound", "poss"} and subject.head.dep_ in {"nsubj", "nsubjpass"} and \
                    subject.head.lemma_.lower() in self.words["people_nouns"] | self.words["group_nouns"]:
                subject = subject.head  # "ISIS militants attacked", "KH militia described": the group is
            elif subject.dep_ == "pobj" and subject.head.lower_ in {"of", "within", "from", "in"} and \
                    subject.head.head.dep_ in {"nsubj", "nsubjpass"} and \
                    subject.head.head.lemma_.lower() in self.words["people_nouns"]:
                subject = subject.head.head  # "Several leaders within AAH are listed": AAH is talked of
            elif subject.dep_ == "pobj" and subject.head.lower_ == "in" and subject.head.head.lower_ == "we":
                subject = subject.head.head  # '"We in Badr fought IS," said X, the group's leader'
            if mi is not None and self.chain_type(mi) in GROUP_TYPES and \
                    subject.dep_ in {"nsubj", "nsubjpass"} and \
                    subject.head.lemma_.lower() not in self.words["reporting_verbs"] and \
                    self.ex.mentions[mi].chain not in beside:
                # "Reuters reported that ...": the agency is not what "the group" is; and "AQI and IS
                # competed" names two, so "the jihadist group" is neither
                listed = [c for c in self.doc[slice(*self._mention_span(mi))].root.conjuncts
                          if self.mention_of(c) is not None]
                if listed:
                    return []
                if not armed or self.chain_type(mi) == "ARMED_GROUP":
                    return [mi]
                other = mi if other is None else other
        if other is not None:
            return [other]
        main = self.main_armed_group if armed else self.main_group
        return [main] if main is not None and self.ex.mentions[main].chain not in beside else []

    def _groups_before(self, t: Token) -> list[int]:
        """What "these groups" or "the militias" are: the groups the phrase is one of ("KSS is one of
        the militias that formed the PMF"), else a list of two or more groups the text introduces in
        this sentence or the one before ("groups such as KH, AAH and KSS ... These groups are part of
        the PMF"), else a group whose own name is that plural ("the Special Groups"), else, for a bare
        plural, the armed group the text is about; a kind ("the Iranian-backed militias") is none."""
        if t.head.lower_ == "of" and t.head.head.lower_ == "one":
            one = t.head.head
            if one.dep_ == "attr" and one.head.lemma_ == "be":
                verb = one.head  # "KSS was described as a proxy, and is one of the militias that"
                subjects = [c for v in [verb, verb.head] if v is verb or verb.dep_ == "conj"
                            for c in v.children if c.dep_ in {"nsubj", "nsubjpass"}]
                return [m for c in subjects[:1] for m in self.actor_of(c)]
            return self.actor_of(one.head) if one.dep_ == "appos" else []
        sent = t.sent
        k = bisect.bisect_left(self.sentence_starts, sent.start_char) - 1
        start = self.doc.char_span(self.sentence_starts[k], sent.start_char, alignment_mode="expand").start \
            if k >= 0 else sent.start
        for i in range(t.i - 1, start - 1, -1):
            mi = self.token_mention.get(i)
            if mi is None or self.chain_type(mi) != "ARMED_GROUP" or self.mention_tokens[mi][0] != i:
                continue
            head = self.doc[self.mention_tokens[mi][1] - 1]
            first = head.head if head.dep_ == "conj" else head
            heads = [first]
            if first.dep_ == "appos" and (h := self.mention_of(first.head)) is not None and \
                    self.chain_type(h) == "ARMED_GROUP":
                first = first.head  # "including A, B (BB), C": the parse hung the list on A
                heads.insert(0, first)
            listed = [m for f in heads for h in [f, *f.conjuncts]
                      if (m := self.mention_of(h)) is not None and self.chain_type(m) == "ARMED_GROUP"]
            # the groups a text lists as such ("groups such as A, B and C", "A, B and C attacked"),
            # not the ones it names as their foes ("KH fought al-Nusra and IS. Iran funded the militias")
            introduced = first.dep_ in {"nsubj", "nsubjpass", "appos"} or first.dep_ == "pobj" and (
                first.head.lower_ in self.words["list_prepositions"] or first.head.lower_ == "as")
            # the parse may hang a long list's last names elsewhere (even all but the first after
            # "including")
            opened = first.dep_ == "pobj" and first.head.lower_ in self.words["list_prepositions"]
            if (len(set(listed)) > 1 or opened) and introduced:
                opening = min(self.mention_tokens[m][0] for m in listed)
                listed += [m for m in self._names_listed_after(opening, self.doc[opening].sent)
                           if self.chain_type(m) == "ARMED_GROUP"]
                listed = list(dict.fromkeys(listed))
                if len(listed) > 1:
                    return listed
            if head.tag_ == "NNPS" and head.lower_ == t.lower_:  # "the Special Groups ... these groups"
                return [mi]
        # a bare "the militias" (no "Iranian-backed", no "in Iraq": those are a kind, any number of
        # them) after an armed group the text is about
        if any(c.dep_ in {"amod", "compound", "nmod", "prep", "acl", "relcl"} for c in t.children):
            return []
        return [m for m in self._group_before(t.i) if self.chain_type(m) == "ARMED_GROUP"]

    def _bare_fighters(self, t: Token) -> bool:
        """"the militants", "these jihadists": a plural word for an armed group's men with nothing
        to say whose ("the Kurdish fighters", "the fighters of the PMF" say it)."""
        return t.tag_ == "NNS" and t.lemma_.lower() in self.words["fighter_nouns"] and \
            any(c.dep_ == "det" and c.lower_ in {"the", "these"} for c in t.children) and \
            not any(c.dep_ in {"compound", "poss", "amod", "nmod", "prep"} for c in t.children)

    def _fighters_before(self, i: int) -> list[int]:
        """Whose "the militants" are: the armed group "the group" would be, named in this sentence
        or the one before; nothing where that is an organisation or a state body, further back, or
        where this sentence moves to a place that one did not name ("Hezbollah fought in Syria.
        Saudi forces killed the militants in Yemen")."""
        sent = self.doc[i].sent
        since = self.doc[sent.start - 1].sent.start if sent.start > 0 else 0
        found = [m for m in self._group_before(i)
                 if self.chain_type(m) == "ARMED_GROUP" and self.mention_tokens.get(m, (-1, -1))[0] >= since]
        if not found:
            return []
        before = self.doc[self.mention_tokens[found[0]][0]].sent

        def where(span: Span) -> set[int]:  # the places a sentence is set in: "in Yemen", "near Mosul"
            return {self.ex.mentions[m].chain for t in span if t.dep_ == "pobj" and t.head.lower_ in
                    {"in", "near", "inside", "across"} and (m := self.mention_of(t)) is not None
                    and self.chain_type(m) in {"PLACE", "COUNTRY"}}

        return [] if where(sent) - where(before) else found

    def _coarguments(self, t: Token) -> set[int]:
        """The chains named in the other phrases of the verb a word is the subject or object of
        (directly or through a preposition); none for a word inside a noun phrase."""
        verb = t.head.head if t.dep_ == "pobj" and t.head.dep_ == "prep" else t.head
        if verb.pos_ not in {"VERB", "AUX"} or t.dep_ not in {"nsubj", "nsubjpass", "dobj", "pobj"}:
            return set()
        own = {k.i for k in t.subtree}
        # (not a clause of its own: "When ISIS attacked Sinjar, X fought the group": ISIS is the group)
        phrases = [c for c in verb.children if not (
            c.dep_ == "advcl" and any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children))]
        return {self.ex.mentions[mi].chain for c in phrases for k in c.subtree
                if k.i not in own and (mi := self.token_mention.get(k.i)) is not None}

    @staticmethod
    def _fronted_adjuncts(pronoun: Token) -> set[int]:
        """Tokens of the phrases before a subject pronoun that have no subject of their own:
        in "Backed by X, he ...", "Born in Basra, the son of X, he ..." or "In the Maliki
        government he ..." the pronoun is what the phrase is about, so it is not X."""
        if pronoun.dep_ not in {"nsubj", "nsubjpass"}:
            return set()
        subjects = {"nsubj", "nsubjpass"}
        after_comma = pronoun.i > 0 and pronoun.doc[pronoun.i - 1].text == ","
        # "A former follower of Sadr, he ...": the parse makes the fronted noun a second subject
        return {t.i for c in pronoun.head.children if c.i < pronoun.i and (
                    c.dep_ not in subjects or after_comma and c.pos_ == "NOUN")
                and not any(g.dep_ in subjects for g in c.children) for t in c.subtree}

    @staticmethod
    def _main_subject(t: Token) -> bool:
        """A subject of the sentence's main clause (or of a clause joined to it by 'and')."""
        head = t.head
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head
        return t.dep_ in {"nsubj", "nsubjpass"} and head.dep_ == "ROOT"

    def _spoken_subject(self, t: Token) -> bool:
        """A main subject, or the subject of what the sentence quotes ('"We in Badr fought IS," said
        X, the group's leader': Badr)."""
        if t.dep_ == "pobj" and t.head.lower_ == "in" and t.head.head.lower_ == "we":
            t = t.head.head
        head = t.head
        return self._main_subject(t) or t.dep_ in {"nsubj", "nsubjpass"} and head.dep_ == "ccomp" and \
            head.head.dep_ == "ROOT" and head.head.lemma_.lower() in self.words["quoting_verbs"]

    def _person_before(self, i: int, skip: set[int] = frozenset(), anywhere: bool = True) -> list[int]:
        """Who "he" is: the last person named earlier in the same sentence (not one of `skip`, nor
        an interview's label), else the most salient person of the sentence before, else the one
        man that sentence names in passing, else the most salient person of the sentences before,
        else the person the document names most (named before token i, unless `anywhere`)."""
        sent = self.doc[i].sent
        barred = self._fronted_adjuncts(self.doc[i])
        speaker = self._quoted_by(self.doc[i])  # '"He was leading a Baath cell," X said': not X
        main = self._main_clause_person(self.doc[i], skip)
        if main is not None and self.ex.mentions[main].chain != speaker and \
                self.mention_tokens[main][0] not in self.label_tokens:
            return [main]
        for k in range(i - 1, sent.start - 1, -1):
            mi = self.token_mention.get(k)
            if mi is not None and self.chain_type(mi) == "PERSON" and k not in barred and mi not in skip \
                    and self.ex.mentions[mi].chain != speaker and k not in self.label_tokens:
                return [mi]  # (not the man whose answer it is: "Khazali: The Americans killed him")
        main = self.main_person  # (its first mention)
        if main is not None and not anywhere and self.mention_tokens[main][0] > i:
            main = None
        found = self._salient_before(i, {"PERSON"}, same_sentence=False, depth=1) or \
            self._one_person_just_before(sent) or self._salient_before(i, {"PERSON"}, same_sentence=False) \
            or ([main] if main is not None else [])
        barred_chains = {self.ex.mentions[m].chain for k in barred
                         if (m := self.token_mention.get(k)) is not None} | {speaker}
        return [mi for mi in found if self.ex.mentions[mi].chain not in barred_chains]

    def _one_person_just_before(self, sent: Span) -> list[int]:
        """The one man the sentence before names, where he holds none of its subject or object slots
        ("the Mahdi Army, led by Moqtada al-Sadr. The cleric ..."): nearer than the man the
        document names most."""
        if sent.start == 0:
            return []
        before = self.doc[sent.start - 1].sent
        people = list(dict.fromkeys(m for k in range(before.start, before.end)
                                    if (m := self.token_mention.get(k)) is not None and
                                    self.chain_type(m) == "PERSON" and k not in self.label_tokens))
        if len({self.ex.mentions[m].chain for m in people}) != 1 or any(
                t.lower_ in {"he", "him", "his", "she", "her"} for t in before):
            return []  # ("when he attacked Representative Grow": the text is about another man)
        end = self.mention_tokens[people[-1]][1]  # (not "served in Maliki's government": a modifier)
        return [] if end < len(self.doc) and self.doc[end].text in POSSESSIVE_MARKS else people[-1:]

    def _introduced_unnamed(self, t: Token) -> bool:
        """Whether "the commander" is one the text brought in unnamed just before ("the U.S. killed a
        commander of Nujaba. The commander also served in the PMF"): then no one named is meant."""
        return any(w.lemma_ == t.lemma_ and w.tag_ == t.tag_ and self.mention_of(w) is None and
                   any(c.dep_ == "det" and c.lower_ in self.words["indefinite"] for c in w.children) and
                   # (not "X, a KH commander, was killed", "X was a KH commander": one named)
                   w.dep_ not in {"appos", "attr", "oprd"} and not any(c.dep_ == "appos" for c in w.children)
                   for w in self.doc[self._window_start(t.sent):t.i])

    def _quoted_by(self, t: Token) -> int | None:
        """The chain of the person whose quoted words hold this token ('"He ...," Dabbagh said'):
        a third person there is someone else."""
        for verb in t.ancestors:
            if verb.lemma_.lower() not in self.words["reporting_verbs"]:
                continue
            low, high = sorted((t.i, verb.i))
            if not any(w.text in QUOTES for w in self.doc[low:high]):
                return None
            speakers = [m for c in verb.children if c.dep_ == "nsubj"
                        if (m := self.mention_of(c)) is not None and self.chain_type(m) == "PERSON"]
            return self.ex.mentions[speakers[0]].chain if speakers else None
        return None

    def _main_clause_person(self, pronoun: Token, skip: set[int]) -> int | None:
        """'X was a spokesman for Y before he broke away to form Z': the subject of a clause
        hung on the main verb ("before", "after", "when" ...) is the main clause's subject
        where that is a person named before it, not the last person named."""
        clause = pronoun.head
        if pronoun.dep_ not in {"nsubj", "nsubjpass"} or clause.dep_ != "advcl" or \
                not any(c.dep_ == "mark" for c in clause.children):
            return None
        if any(t.dep_ == "relcl" and t.head.i in self.token_mention and t.i < pronoun.i
               for t in self.doc[clause.head.i:pronoun.i]):
            return None  # "..., the late General Soleimani, who ruled Iraq, before he was killed"
        for c in clause.head.children:
            mi = self.token_mention.get(c.i)
            if c.dep_ in {"nsubj", "nsubjpass"} and c.i < pronoun.i and mi is not None and \
                    self.chain_type(mi) == "PERSON" and mi not in skip:
                return mi
        return None

    def _modified_by(self, last: Token | None) -> list[int]:
        """The body a clause describes where a name stands inside it: "the Islamic State of Iraq, then
        affiliated with al-Qaeda, ... its first emir" is the ISI's, not al-Qaeda's."""
        for up in last.ancestors if last is not None else ():
            if up.dep_ in {"acl", "relcl"}:
                described = [up.head]
            elif up.dep_ == "advcl" and up.tag_ == "VBN" and \
                    not any(c.dep_.startswith("nsubj") for c in up.children):
                # a participle the parse hung on the verb describes its subject ("the creation of X"),
                # or, where the parse found none, the name before it
                described = [g for c in up.head.children if c.dep_ in {"nsubj", "nsubjpass"}
                             for g in [c, *(o for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                                            for o in p.children if o.dep_ == "pobj")]]
                before = self._named_before(up)
                if not described and before is not None:
                    described = [self.doc[self.mention_tokens[before][0]]]
            else:
                continue
            named = [m for g in described if (m := self.mention_of(g)) is not None]
            return [m for m in named if self.chain_type(m) in ORG_TYPES][:1]
        return []

    def _salient_before(self, i: int, types: set[str], same_sentence: bool = True,
                        skip: set[int] = frozenset(), depth: int = 3) -> list[int]:
        """The actor of these types the text before token i is most about: in its own sentence
        (if asked) then each of the `depth` sentences before, the main clause's subject, then its
        object, then any subject; a pronoun there is read in turn ("He was born in Basra. He
        led ...")."""
        sent = self.doc[i].sent
        sentences = [sent] if same_sentence else []
        end = sent.start
        while len(sentences) < depth + same_sentence and end > 0:
            sentences.append(self.doc[end - 1].sent)
            end = sentences[-1].start

        def rank(t: Token) -> int:
            if self._main_subject(t):
                return 0
            return 1 if t.dep_ == "dobj" and t.head.dep_ == "ROOT" else 2

        for before in sentences:
            slots = [t for t in before if t.i < i and t.dep_ in {"nsubj", "nsubjpass", "dobj"} and
                     t.i not in self.label_tokens]  # (not an interview's "Al-Mayadeen:" or "Amiri:")
            for t in sorted(slots, key=lambda t: (rank(t), -t.i)):
                if t.dep_ == "dobj" and rank(t) != 1:
                    continue
                mi = self.token_mention.get(t.i)
                if mi in skip:  # "X designated it": not X
                    continue
                if mi is not None and self.chain_type(mi) in types:
                    return [mi]
                if mi is None and rank(t) < 2 and types == ORG_TYPES and t.lemma_.lower() in \
                        self.words["group_nouns"] and any(c.lower_ == "the" for c in t.children):
                    return self.actor_of(t)[:1]  # "The group receives funding ... designated it"
                if mi is None and rank(t) < 2 and types == {"PERSON"} and t.lemma_.lower() in \
                        self.words["person_nouns"] and any(c.lower_ == "the" for c in t.children):
                    return self.actor_of(t)[:1]  # "The Iranian general was its architect. He led ..."
                if mi is None and t.pos_ == "PRON" and rank(t) < 2 and (
                        (t.lower_ in {"he", "him", "she", "her"} and types == {"PERSON"}) or
                        (t.lower_ == "it" and types == ORG_TYPES)):
                    return self._antecedent(t)
        return []

    def _place_before(self, i: int) -> list[int]:
        """What "the city" is: the last place named in this sentence or the two before, not one
        that only modifies another name ("the Iraqi Kurdistan Peshmerga freed the area")."""
        sent = self.doc[i].sent
        for k in range(i - 1, self._window_start(sent) - 1, -1):
            mi = self.token_mention.get(k)
            if mi is not None and self.chain_type(mi) == "PLACE":
                start, end = self._mention_span(mi)
                root = self.doc[start:end].root
                if root.dep_ in {"compound", "amod", "nmod"} and root.head.lemma_.lower() not in \
                        self.words["place_nouns"] | self.pack.place_kinds.keys():
                    continue  # but "Tal Afar district" is the place
                if start > 1 and self.doc[start - 1].lower_ == "of" and \
                        self.doc[start - 2].lower_ in self.words["direction_words"]:
                    continue  # "Jalawla, 115 kilometers northeast of Baghdad": a bearing, not the place
                return [mi]
        return []

    def _window_start(self, sent: Span) -> int:
        """Where the sentence two before `sent` starts: how far back "the city", "the country" look."""
        floor = self.doc[sent.start - 1].sent.start if sent.start > 0 else 0
        return self.doc[floor - 1].sent.start if floor > 0 else floor

    def _country_before(self, i: int) -> list[int]:
        """What "the country" is: the one country named in this sentence or the two before (a
        demonym counts, an "Iranian-backed" does not); none where two are."""
        sent = self.doc[i].sent
        floor = self._window_start(sent)
        found: dict[int, int] = {}
        said = set()  # the countries named, in a name or a demonym ("the Iraqi army")
        for k in range(i - 1, floor - 1, -1):
            country = self.pack.country_words.get(self.doc[k].lower_)
            mi = self.token_mention.get(k)
            if mi is not None and self._hyphen_word(self.mention_tokens[mi][1], sent.end) is not None:
                continue  # "Iranian-backed militias": no country the text is about
            said |= {country} if country else set()
            if mi is None or self.chain_type(mi) != "COUNTRY" or self.mention_tokens[mi][0] != k:
                continue
            chain = self.ex.mentions[mi].chain
            said.add(self.ex.chains[chain].key or str(chain))
            found.setdefault(chain, mi)
        return list(found.values()) if len(found) == 1 and len(said) <= 1 else []

    def _org_list(self, mi: int | None) -> list[int]:
        return [mi] if mi is not None else []
