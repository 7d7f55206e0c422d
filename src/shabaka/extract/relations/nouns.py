"""Nouns and hyphen forms that state relations: "Iran-backed", "attacks on", "the war
between", "his sponsor", "counter-IS", "born in"."""

from __future__ import annotations

import re
from itertools import combinations

from spacy.tokens import Span, Token

from shabaka.annotate.dates import normalize_date
from shabaka.extract.relations.base import GROUP_TYPES, MAX_GAP_TOKENS, ORG_TYPES, POSSESSIVE_MARKS

# the verbs of a designation's grounds: "for having materially assisted, sponsored, or provided
# ... support for Y", "for owning or controlling Y"
GROUND_VERBS = {"own", "control", "assist", "sponsor", "support", "provide"}
# a war named after these is when something happened ("served in the Iran–Iraq War")
TIME_PREPOSITIONS = {"during", "after", "since", "before", "throughout", "following", "until"}
# and "in" one after these: "served in the Iran–Iraq war" (but "were killed in the Iran–Iraq war")
SERVING_WORDS = {"serve", "fight", "battle", "participate", "veteran", "career"}


class Nouns:
    """Rules led by a noun, a preposition or a hyphen form."""

    def hyphen_compounds(self, sent: Span) -> None:
        """'Iran-backed Y', 'U.S.-designated Y', 'Iran-aligned Y', 'a PKK affiliated Y'."""
        for i in range(sent.start, sent.end - 2):
            x = self.token_mention.get(i)
            if x is None or self.token_mention.get(i + 1) == x:
                continue
            joined = self._hyphen_word(i + 1, sent.end) or self._spaced_participle(i + 1, sent)
            if joined is None:
                continue
            word, after = joined
            relation = self.wording.hyphen_words.get(word)
            if relation is None:
                continue
            noun = self.doc[after - 1]
            plural = False  # "Iran-aligned militia groups A, B and C": the plural lists the named
            while noun.dep_ in {"amod", "compound"} and noun.head.i != noun.i:
                noun = noun.head  # the noun the "X-backed" phrase describes
                plural = plural or noun.tag_ == "NNS" and noun.lemma_.lower() in self.words["group_nouns"]
            targets = []
            if plural and self.mention_of(noun) is not None:
                targets = self.actor_of(noun)
            if noun.pos_ == "NOUN" and noun.lemma_.lower() in self.words["group_nouns"] | \
                    self.words["generic_heads"] | self.words["people_nouns"] | self.words["kind_nouns"]:
                # "U.S.-designated groups, including KH"; "KH is a U.S.-designated terrorist organization";
                # "Iran-aligned militants and politicians such as Faleh Fayyadh"; not "KH, an Iran-backed
                # militia, and its leader X": what the conjunct names is not described
                conjoined = {m for h in noun.conjuncts for w in h.subtree
                             if (m := self.mention_of(w)) is not None}
                targets = self._listed(noun) or [m for h in noun.conjuncts
                                                 for m in self._listed(h, appositions=False)] or (
                    [m for m in self.actor_of(noun) if m not in conjoined] if noun.dep_ in {"attr", "appos"}
                    else [])
            if not targets and (whole := self._collective_of(noun)) is not None:
                # "the PMF, an umbrella of Iran-backed militias": Iran backs the PMF
                targets = self.actor_of(whole)
            whole = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
            if not targets and whole is not None and whole.like_num and whole.dep_ == "appos" and \
                    whole.i > sent.start and self.doc[whole.i - 1].text == ",":
                # "AAH, KH and the Badr Corps, three of the larger Iranian-backed militias"
                listed = self._names_listed_before(whole.i - 1, sent)
                targets = listed if len(listed) > 1 else []
            label = relation == "sanctioned" and noun.pos_ == "PROPN" and self.mention_of(noun) is None
            if not targets and label and noun.dep_ == "attr" and self.asserted(noun.head):
                # "KH is (remains) a U.S.-designated Foreign Terrorist Organization": the label names no one
                targets = [m for c in noun.head.children if c.dep_ == "nsubj" for m in self.actor_of(c)]
            elif not targets and label and noun.dep_ == "appos":
                targets = self.actor_of(noun.head)
            x_start = self.mention_tokens[x][0]
            if relation == "controls" and any(self._past(self.doc[k])
                                              for k in range(max(sent.start, x_start - 2), x_start)):
                continue  # "the formerly ISIS-held city", "once ISIS-controlled areas": a hold that is over
            ground = self.words["quantity_words"] | self.words["place_nouns"] | self.words["land_nouns"]
            if not targets and relation == "controls" and {noun.lemma_.lower(), noun.lower_} & ground:
                # "ISIS-held areas of Syria", "the Islamic State controlled parts of Iraq": the land named
                targets = [m for m in self.actor_of(noun) if self.chain_type(m) in {"PLACE", "COUNTRY"}] or [
                    m for c in noun.children if c.dep_ == "prep" and c.lower_ in {"of", "in"}
                    for g in c.children if g.dep_ == "pobj" for m in self.actor_of(g)
                    if self.chain_type(m) in {"PLACE", "COUNTRY"}]
            if not targets and (target := self._next_actor(after, sent)) is not None:
                titled = self.titled_man(target, sent) if relation == "sanctioned" else None
                targets = [target if titled is None else titled]  # "U.S.-designated KH leader X": the man
            of = noun.head
            if not targets and noun.dep_ == "pobj" and of.lower_ == "of" and of.head.lower_ == "one" and \
                    of.head.dep_ == "appos":
                targets = self.actor_of(of.head.head)  # "KH, one of the most powerful Iran-backed militias"
            if not targets and noun.dep_ == "conj" and any(c.lower_ == "other" for c in noun.children):
                targets = self.actor_of(noun.head)  # "KH and other Iran-backed groups"
                if noun.lemma_.lower() in self.words["group_nouns"]:  # "the Syrian army, Hezbollah and
                    targets = [m for m in targets  # other Iran-backed militias": the army is none
                               if self.chain_type(m) in {"ARMED_GROUP", "ORGANIZATION"}]
            if not targets and noun.tag_ == "NN" and noun.lemma_.lower() in self.words["group_nouns"] and any(
                    c.dep_ == "det" and c.lower_ in {"the", "this"} for c in noun.children):
                # "KH denied it. The Iran-backed group said ...": the group the text is about (not "the
                # Iran-backed militias", any number of them)
                targets = [m for m in self._resolved(self.doc[noun.left_edge.i:noun.i + 1],
                                                     self._group_before(noun.i)) if m != x]
            for y in targets:
                # "the Iranian-controlled Kata'ib al-Imam Ali": a state directs the militia from outside
                directed = relation == "controls" and self.chain_type(y) == "ARMED_GROUP" and \
                    self.chain_type(x) in {"COUNTRY", "STATE_BODY"}
                self.emit(x, "backs" if directed else relation, y, f"hyphen_{word}", 0.85, sent)

    def _collective_of(self, noun: Token) -> Token | None:
        """The named body a plural is said to be made of: "the PMF, an umbrella of Iran-backed
        militias", "KH is a group of pro-Iran militias" (the apposition or the predicate noun)."""
        whole = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
        if whole is None or noun.tag_ != "NNS" or whole.dep_ not in {"appos", "attr"} or whole.pos_ != "NOUN":
            return None
        return whole if self.collective_noun(whole) or whole.lemma_.lower() == "group" else None

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
                if m_end < sent.end and self.doc[m_end].text in POSSESSIVE_MARKS and \
                        self.token_mention.get(m_end + 1) is not None:
                    k = m_end + 1  # "of Iran's Revolutionary Guard": the possessed is the head,
                    continue  # but "the Iran-backed Badr Organization's fighters" are Badr's
                follower = self.doc[m_end] if m_end < sent.end else None
                common = follower is not None and self.token_mention.get(m_end) is None and (
                    follower.pos_ in {"NOUN", "ADJ"} or  # a headline's "Iraqi Militants" is tagged a name
                    follower.lower_ in self.words["community_words"] or
                    follower.lower_.removesuffix("s") in self.words["non_state_heads"])
                sect = follower is not None and follower.lower_ in self.words["community_words"]
                if self.chain_type(mi) == "COUNTRY" and common and self._demonym(mi) and (
                        self.doc[m_end - 1].pos_ == "ADJ" or sect):
                    k = m_end  # "the Iran-backed Iraqi armed group Kataib Hezbollah", "an Iranian-backed
                    continue  # Iraqi Shia militia, X" (the parse may take "Iraqi Shia" for a name): X
                if self.chain_type(mi) == "COUNTRY" and common:
                    return None  # "Iran-allied Iraqi politicians": the head is a common noun
                return None if self._elliptic_possessive(mi) else mi  # "groups such as Khazali's"
            t = self.doc[k]
            if t.pos_ in {"VERB", "AUX"} and t.tag_ not in {"VBN", "VBG"} or t.text in {";", ":", "("} \
                    or t.tag_ in {"''", "``"} and self.doc[k - 1].text in {",", "."} \
                    or t.pos_ == "SCONJ" or t.pos_ == "ADP" and t.lower_ != "as" \
                    or t.lower_ in {"who", "which", "that", "and", "or", "by", "of", "against", "with",
                                    "in", "on", "at", "to", "from", "for", "well"}:  # "as well as"
                return None  # "Iranian-backed terror activity since the British withdrew", "... by
                # Iranian-sponsored militias," Secretary X said' (a quote closed after the phrase)
            k += 1
        return None

    def hostile_nouns(self, sent: Span) -> None:
        """'X's attacks on Y', 'U.S. strikes against Y', 'the killing of Y by X', 'ISIS poses a
        threat to Y', 'X is locked in a battle with Y', 'X, who is under U.S. sanctions'."""
        triggers = self.words["noun_hostile"] | self.words["killing_nouns"] | \
            self.words["control_nouns"] | self.words["sanction_nouns"] | self.words["threat_nouns"]
        for noun in self.tokens.where(sent, pos={"NOUN"}, lemma=triggers):
            lemma = noun.lemma_.lower()
            if noun.pos_ != "NOUN" or lemma not in triggers or self.none_of(noun):  # "has no control over"
                continue
            if self._contest(lemma, sent):
                continue  # "the bloc's victory over Maliki's list in the election"
            if noun.dep_ in {"nsubj", "nsubjpass"} and not self.asserted(noun.head):
                continue  # "a U.S. strike on Iranian soil could prompt ...": no strike happened
            # "the Iran-Iraq war against X" is neither's; "the Raqqa campaign" is where, not whose
            # (a weapon's demonym names its maker, not who fires it: "Russia used Iranian drones")
            agents = [] if lemma in self.words["weapon_nouns"] else [
                m for c in noun.children if c.dep_ in {"compound", "poss", "amod", "nmod"}
                and not self._paired(c) for m in self.actor_of(c) if self.chain_type(m) != "PLACE"]
            victims: list[int] = []
            if lemma in self.words["killing_nouns"] and not any(c.dep_ == "prep" and c.lower_ == "of"
                                                                 for c in noun.children):
                # "Soleimani's killing by the United States": the one killed (not "X's killing of Y")
                victims = [m for m in agents if self.chain_type(m) == "PERSON"]
                agents = [m for m in agents if m not in victims]
            if any(c.dep_ == "compound" and self.mention_of(c) is None and c.lemma_.lower() in
                   self.words["group_nouns"] | self.words["people_nouns"] for c in noun.children):
                # "Iraqi group attacks against Israel": the demonym says whose group, not who attacks
                agents = [m for m in agents if self.chain_type(m) != "COUNTRY"]
            # "the victory of the Iraqi army over IS": the one named after "of" won (the parse may hang
            # "over" on it)
            won = lemma in self.words["victory_nouns"]
            winners = [g for c in noun.children if won and c.dep_ == "prep" and c.lower_ == "of"
                       for g in c.children if g.dep_ == "pobj"]
            overs = [c for h in [noun, *winners] for c in h.children
                     if won and c.dep_ == "prep" and c.lower_ == "over"]
            over_whom = bool(overs)
            if over_whom:
                agents += [m for g in winners for m in self.actor_of(g)]
            launched = self._first_of_parallel(noun)
            count_head = self._counted(noun)  # "dozens of rocket attacks": the count stands for the noun
            # "Trump announced the killing of X": he reported it
            announced = lemma in self.words["killing_nouns"] and launched.head.lemma_.lower() in \
                self.words["reporting_verbs"] | self.words["quoting_verbs"]
            if launched.dep_ == "dobj" and launched.head.lemma_.lower() in self.words["launch_verbs"] and \
                    not announced:
                # "KH launched a rocket attack on ...", "he helped coordinate an attack on ...", but
                # not "did not launch", "may launch" or "is planning an operation" ("planned the attack" did)
                if not self.asserted(launched.head) or launched.head.lemma_.lower() in \
                        self.words["non_assertive_verbs"] and launched.head.tag_ not in {"VBD", "VBN"}:
                    continue
                agents += self._subjects(launched.head)
            # "the U.S.-led invasion of Iraq"
            agents += self._responsible_for(count_head) + self._led_by(noun)
            answered = noun.dep_ == "pobj" and noun.head.lower_ == "with" and \
                noun.head.head.lemma_.lower() in self.words["answering_verbs"]
            if answered and self.asserted(noun.head.head):
                # "the US responded with airstrikes on ISIL units": the parse hangs "on" on the verb
                agents += self._subjects(noun.head.head)
            convicted = noun.dep_ == "pobj" and noun.head.lower_ in {"of", "for"}
            if lemma in self.words["killing_nouns"] and convicted:
                # "convicted X of the murder of Y", "sentenced X to death for the killing of Y": the one
                # convicted (the claim records what the court or the charge says)
                charge = noun.head.head
                charge = charge.head if charge.dep_ in {"dobj", "nsubjpass"} else charge  # (the parse may
                # hang "of the murder" on the man convicted)
                agents += [m for c in self._charged_with(charge) if self.mention_of(c) is not None
                           for m in self.actor_of(c)]
            threat = lemma in self.words["threat_nouns"]
            if threat and noun.dep_ in {"dobj", "attr"} and self.asserted(noun.head) and \
                    noun.head.lemma_.lower() in self.words["posing_verbs"]:
                agents += self._subjects(noun.head)  # "ISIS continued to pose a threat to Iraqi forces"
            engaging = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in {"in", "at"} else None
            engaged = engaging is not None and self.asserted(engaging) and engaging.lemma_.lower() in \
                self.words["engaging_verbs"] | self.words["being_verbs"]
            after_clash = noun.dep_ == "pobj" and noun.head.lower_ in {"after", "following", "during"}
            if not engaged and after_clash and lemma in self.words["hostile_with_verbs"] and \
                    noun.head.head.pos_ == "VERB" and self.asserted(noun.head.head):
                # "the army seized Kirkuk after brief clashes with the Peshmerga": the army clashed
                engaging, engaged = noun.head.head, True
            if engaged:
                # "the army is locked in a battle with IS", "KH was engaged in clashes with the army",
                # "IS has been at war with the Peshmerga", "KH is in conflict with the US"; "the army seized
                # Kirkuk after clashes with the Peshmerga" (not "the premier called for calm after clashes")
                agents += [m for c in engaging.children if c.dep_ in {"nsubj", "nsubjpass"}
                           for m in self.actor_of(c) or self._pronoun(c)
                           if not after_clash or self.chain_type(m) != "PERSON"]
            # "the offensive was launched by the Iraqi Army against ISIL", "the campaign conducted by
            # the SDF against ISIL's capital": the agent and, where the parse puts it, the target
            # hang on the verb
            conducting = [v for v in ([launched.head] if launched.dep_ == "nsubjpass" else []) +
                          [c for c in noun.children if c.dep_ == "acl" and c.tag_ in {"VBN", "VBD"}]
                          if v.lemma_.lower() in self.words["launch_verbs"] and self.asserted(v)]
            named_by = [m for v in conducting for c in v.children if c.dep_ == "agent"
                        for g in c.children if g.dep_ == "pobj" for m in self.actor_of(g)]
            if named_by and not over_whom:  # "the Raqqa campaign conducted by the SDF": the agent named,
                agents = named_by  # not a modifier (but "the victory of X over Y announced by Z" is X's)
            targets: list[int] = []
            preps = {c.lower_: c for c in noun.children if c.dep_ == "prep"}
            controlling = lemma in self.words["control_nouns"]
            taken = controlling and noun.dep_ == "dobj" and \
                noun.head.lemma_.lower() in self.words["taking_verbs"]
            if controlling and "on" in preps and "over" not in preps:  # "the Brigades' grip on the Plains"
                preps["over"] = preps["on"]
            if taken and "in" in preps and not {"over", "of"} & set(preps):  # "Badr holds sway in Diyala"
                preps["over"] = preps["in"]
            if taken and not {"over", "of"} & set(preps):  # "established full control over 19 villages":
                # the parse may hang "over" on the verb
                preps.update({c.lower_: c for c in noun.head.children
                              if c.dep_ == "prep" and c.lower_ == "over"})
            if controlling and "over" in preps:  # "the control of al-Qaida over the city"
                agents += [m for g in preps["of"].children if g.dep_ == "pobj"
                           for m in self.actor_of(g)] if "of" in preps else []
                if taken and not agents:  # "ISI possessed de facto control over Anbar and Diyala"
                    agents += [m for c in noun.head.children if c.dep_ == "nsubj" for m in self.actor_of(c)]
                targets += [m for g in preps["over"].children if g.dep_ == "pobj"
                            for h in [g, *g.conjuncts] for m in self.actor_of(h)]
            elif taken:
                # "IS took control of Mosul": the taker holds what follows "of"
                agents += [m for c in noun.head.children if c.dep_ == "nsubj" for m in self.actor_of(c)]
                held = [g for g in preps["of"].children if g.dep_ == "pobj"] if "of" in preps else []
                # (or where "of swaths of territory in Iraq" lies)
                targets += [m for g in held for m in self.actor_of(g)] or \
                    [m for g in held for m in self._land_held_in(g, noun.head)]
            else:
                # "the threat of ISIS" is ISIS's: a threat is to someone
                preps_on = {"to", "against"} if threat else {"on", "against", "of", "targeting", "over"} | (
                    # "clashes with", "at war with"
                    # (not "in the battle with the army against IS": the army is on its side)
                    {"with"} if (lemma in self.words["hostile_with_verbs"] or engaged) and
                    not self.tokens.where(sent, lower={"against"}) else set()) | (
                    {"at"} if lemma in self.words["noun_hostile"] else set())  # "rocket attacks at US bases"
                # "the US responded with airstrikes on", "fired rockets at U.S. troops": the parse hangs
                # the target on the verb
                fired = [launched.head] if launched.dep_ == "dobj" and \
                    launched.head.lemma_.lower() in self.words["launch_verbs"] else []
                aimed_at = {"on", "against"} | ({"at"} if fired else set())
                verb_preps = [c for v in ([noun.head.head] if answered else []) + conducting + fired
                              for c in v.children if c.lower_ in aimed_at]
                # "thousands of airstrikes against IS": the parse hangs the target on the count
                count_preps = [c for c in count_head.children if count_head is not noun and c.lower_ != "of"]
                # "a campaign, dubbed the Claw-Sword Operation, against the PKK": the parse hangs the
                # target on the naming participle
                naming_preps = [c for v in noun.children if v.dep_ == "acl" and v.lemma_.lower() in
                                self.words["naming_verbs"] for c in v.children]
                for c in dict.fromkeys([*noun.children, *verb_preps, *count_preps, *overs, *naming_preps]):
                    if c.dep_ == "prep" and c.lower_ in preps_on and not (over_whom and c.lower_ == "of"):
                        for g in c.children:
                            if g.dep_ != "pobj":
                                continue
                            if lemma in self.words["sanction_nouns"]:
                                targets += self._named_in(g)
                            else:  # "strikes on bases housing US troops": on the troops
                                users = self.site_users(g)
                                targets += [m for u in users for m in self.actor_of(u)] or \
                                    self.actor_of(g) or self.holders_of_ground(g)
                targets += [m for c in noun.children if c.dep_ == "acl" and c.lower_ == "targeting"
                            for g in c.children if g.dep_ == "dobj" for m in self.actor_of(g)
                            if self.chain_type(m) != "PLACE"]  # "an attack
                # targeting US forces" (the parse reads the participle as a clause, not as "on")
            targets += victims
            if noun.head.lower_ == "by" and noun.head.head.lemma_.lower() in {"killing", "assassination"}:
                # "the killing by U.S. airstrike of X": the victims hang off the killing
                for c in noun.head.head.children:
                    if c.dep_ == "prep" and c.lower_ == "of":
                        targets += [m for g in c.children if g.dep_ == "pobj" for m in self.actor_of(g)]
            joint: list[int] = []  # "the invasion of Iraq by the US and the UK": acting as one
            after = noun.right_edge.i + 1  # the parse may hang that "by" on an earlier noun
            by = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"] or [
                t for t in self.doc[after:after + 1]
                if t.lower_ == "by" and t.dep_ == "prep" and "of" in preps and not over_whom] or [
                # "the designation of AAH as an FTO by the State Department": "by" hung on the label
                b for g in (preps["as"].children if "as" in preps and lemma in self.words["sanction_nouns"]
                            else ()) if g.dep_ == "pobj"
                for b in g.children if b.dep_ == "prep" and b.lower_ == "by"]
            # (not "the victory of the PMF over Daesh was announced by X": who announced it)
            for c in by:
                joint = [m for g in c.children if g.dep_ == "pobj" for m in self.actor_of(g)]
                agents += joint
            killing = noun.head.lower_ == "by" and noun.head.head.lemma_.lower() in {
                "killing", "kill", "assassination", "assassinate"}
            if lemma in {"killing", "assassination", "murder"} or killing:
                # "the attempted assassination of X by Y": an attack X lived through, not a killing
                attempted = any(c.lower_ in self.words["attempt_words"] for c in noun.children)
                relation = "hostile_to" if attempted else "killed"
            elif lemma in self.words["control_nouns"]:
                relation = "controls"
            elif lemma in self.words["sanction_nouns"]:
                relation = "sanctioned"  # "U.S. sanctions on Fayyadh", "the Treasury's designation of KH"
                targets += self.list_fill.get(noun.i, [])  # "Designations announced by the State Dept.: - X"
                if noun.dep_ == "pobj" and noun.head.lower_ == "under" and self.asserted(noun.head.head):
                    targets += self._subjects(noun.head.head)  # "Fayyadh, who is under U.S. sanctions"
                if launched.dep_ == "dobj" and launched.head.lemma_.lower() in self.words["launch_verbs"]:
                    # "amended the designation of ISIS to include Amaq and Al Hayat": those are added
                    targets += [m for c in launched.head.children if c.dep_ in {"advcl", "xcomp"}
                                and c.lemma_.lower() in self.words["adding_verbs"]
                                for o in c.children if o.dep_ == "dobj" for h in [o, *o.conjuncts]
                                for m in self.actor_of(h)]
                after = noun.right_edge.i + 1
                if lemma == "designation" and any(  # "the designation of the Dawa Party to form a government"
                        self.doc[k].lower_ == "to" and self.doc[k + 1].pos_ in {"VERB", "AUX"} and
                        self.doc[k + 1].lemma_.lower() not in self.words["adding_verbs"]
                        for k in range(noun.i + 1, min(after + 1, sent.end - 1))):
                    continue
            else:
                relation = "hostile_to"
            if relation == "killed":  # the one named after "of", not whose he was: "the murder of X's
                # bodyguard", "of two guards of Y" kill neither X nor Y
                named = {m for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                         for g in c.children if g.dep_ == "pobj" for h in [g, *g.conjuncts]
                         for m in self._victims_named_in(h)}
                targets = [t for t in targets if t in named or t in victims]
            for a in agents:
                for t in targets:
                    self.emit(a, relation, t, f"noun_{lemma}", 0.7, sent)
            if relation == "hostile_to":  # "the Iraqi offensive on Fallujah": whose ground is it?
                self.assailed += [(a, t, sent) for a in agents for t in targets
                                  if self.chain_type(t) == "PLACE"]
            if relation == "hostile_to" and targets:
                for x, y in zip(joint, joint[1:], strict=False):
                    self.emit(x, "allied_with", y, "joint_agents", 0.65, sent)

    def blamed_death(self, sent: Span) -> None:
        """'Hashemi's death was blamed on KH', 'KH was responsible for the death of X': whoever the
        text holds responsible for a man's death killed him (a death alone names no killer)."""
        for noun in self.tokens.where(sent, lemma={"death"}, pos={"NOUN"}):
            if noun.lemma_.lower() != "death" or noun.pos_ != "NOUN":
                continue
            victims = [m for c in noun.children if c.dep_ == "poss"
                       for m in self.actor_of(c) or self._pronoun(c)]
            victims += [m for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                        for g in c.children if g.dep_ == "pobj" for m in self.actor_of(g)]
            killers = self._responsible_for(noun)
            self.emit_pairs(killers, "killed", [v for v in victims if self.chain_type(v) == "PERSON"],
                            "blamed_death", 0.65, sent)

    def target_of(self, sent: Span) -> None:
        """'The Sons of Iraq checkpoints were frequent targets of AQI', 'X became a target of Y':
        whoever takes it as a target fights the one the subject names."""
        for noun in self.tokens.where(sent, lemma={"target"}, dep={"attr"}):
            if noun.lemma_.lower() != "target" or noun.dep_ != "attr" or \
                    not self.asserted(noun.head, climb=False):
                continue
            attackers = [m for c in noun.children if c.dep_ == "prep" and c.lower_ in {"of", "for"}
                         for g in c.children if g.dep_ == "pobj" and self.mention_of(g) is not None
                         for m in self.actor_of(g)]
            targets = [m for c in noun.head.children if c.dep_ == "nsubj" for m in self.actor_of(c)]
            self.emit_pairs(attackers, "hostile_to", [t for t in targets if self.chain_type(t) != "PLACE"],
                            "target_of", 0.65, sent)

    def _named_in(self, token: Token) -> list[int]:
        """The actors a phrase names itself: "sanctions against 15 Islamic State figures" fall on
        the figures, not on the Islamic State."""
        return [m for t in [token, *token.conjuncts] for m in (
            [self.mention_of(t)] if self.mention_of(t) is not None else self._listed(t))]

    def under_control(self, sent: Span) -> None:
        """'Mosul fell under ISIL's control', 'brought Anbar under their control', 'the areas
        under the control of X', 'Mosul fell to ISIL', 'X is in control of Mosul': X holds the place."""
        for noun in self.tokens.where(sent, lemma=self.words["control_nouns"], dep={"pobj"}):
            if noun.lemma_.lower() not in self.words["control_nouns"] or noun.dep_ != "pobj" or \
                    not self.asserted(noun.head.head):
                continue
            governor = noun.head.head
            of = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                  for g in c.children if g.dep_ == "pobj"]
            if noun.head.lower_ == "in" and governor.lemma_ in self.words["being_verbs"]:
                # "the peshmerga are in control of Sinjar": the subject holds what follows "of"
                holders = [m for c in governor.children if c.dep_ == "nsubj"
                           for m in self.actor_of(c) or self._pronoun(c)]
                held = of
            elif noun.head.lower_ == "under":
                holders = [m for c in noun.children if c.dep_ in {"poss", "compound", "amod", "nmod"}
                           for m in self.actor_of(c) or self._pronoun(c)]
                holders += [m for g in of for m in self.actor_of(g)]
                if governor.pos_ in {"VERB", "AUX"}:  # "brought Anbar under", else "Mosul fell under"
                    held = [c for c in governor.children if c.dep_ == "dobj"] or \
                        [c for c in governor.children if c.dep_ in {"nsubj", "nsubjpass"}]
                else:
                    held = [governor]  # "the areas under ISIL control"
            else:
                continue
            places = [m for c in held for m in self.actor_of(c) if self.chain_type(m) in {"PLACE", "COUNTRY"}]
            self.emit_pairs(holders, "controls", places, "under_control", 0.7, sent)
        for verb in self.tokens.where(sent, pos={"VERB"}, lemma=self.words["falling_verbs"]):
            # "Mosul fell to the Islamic State", "the town fell into the hands of ISIL"
            if verb.lemma_.lower() not in self.words["falling_verbs"] or not self.asserted(verb):
                continue
            taken = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in {"to", "into"}
                     for g in c.children if g.dep_ == "pobj"]
            taken += [g for t in taken if t.lemma_.lower() == "hand" for c in t.children
                      if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
            holders = [m for t in taken for m in self.actor_of(t) or self.people_of(t)
                       if self.chain_type(m) not in {"PLACE"}]
            places = [m for c in verb.children if c.dep_ == "nsubj"
                      for m in self.actor_of(c) if self.chain_type(m) == "PLACE"]
            self.emit_pairs(holders, "controls", places, "fell_to", 0.7, sent)
        for noun in self.tokens.where(sent, pos={"NOUN"}, lemma=self.words["falling_verbs"]):
            # "days after the fall of Mosul to Islamic State", "Mosul's fall to ISIS"
            if noun.pos_ != "NOUN" or noun.lemma_.lower() not in self.words["falling_verbs"]:
                continue
            places = [m for c in noun.children if c.dep_ == "poss" for m in self.actor_of(c)]
            places += [m for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                       for g in c.children if g.dep_ == "pobj" for m in self.actor_of(g)]
            holders = [m for c in noun.children if c.dep_ == "prep" and c.lower_ == "to"
                       for g in c.children if g.dep_ == "pobj" for m in self.actor_of(g)]
            self.emit_pairs([h for h in holders if self.chain_type(h) != "PLACE"], "controls",
                            [p for p in places if self.chain_type(p) == "PLACE"], "fell_to", 0.7, sent)
        self._taking_nouns(sent)

    def _taking_nouns(self, sent: Span) -> None:
        """"IS's seizure of Mosul", "the recapture of Fallujah by Iraqi forces", "its takeover of
        Baiji": the taker holds the place (not "an offensive for the capture of Mosul", "the failed
        seizure of the base": taken by no one)."""
        taking = self.words["taking_nouns"]
        nouns = [t for t in self.tokens.where(sent, pos={"NOUN"}, lemma=taking)
                 if t.pos_ == "NOUN" and t.lemma_.lower() in taking]
        if not nouns:
            return
        undone = self.words["attempt_words"] | self.words["prospective_words"] | {
            "near", "threatened", "feared", "imminent", "rumoured", "rumored", "alleged", "reported",
            "supposed", "expected"}
        # "the capture of Baghdad was a rumour (a myth, false, likely, ruled out, denied)"
        doubted = self.words["false_words"] | self.words["denying_verbs"] | {
            "rumour", "rumor", "myth", "fantasy", "inevitable", "likely", "unlikely", "possible",
            "impossible", "rule", "dismiss", "refute", "fear", "expect", "imminent", "news"}
        hearsay = {"report", "claim", "rumour", "rumor", "allegation", "story", "news"}  # "reports of"
        # "halted (planned, doubted) the capture of"
        stopping = self.words["fearing_verbs"] | self.words["attempting_verbs"] | \
            self.words["non_assertive_verbs"] | {"halt", "stop", "repel", "thwart", "block", "resist", "foil",
                                                 "forestall", "delay", "doubt", "question", "dispute"}
        for noun in nouns:
            if self._feared(noun) or any(c.lower_ in undone for c in noun.children):
                continue  # "the threatened (near-, possible) capture of Erbil", "fears of a takeover"
            if noun.dep_ == "pobj" and noun.head.lower_ == "of" and \
                    noun.head.head.lemma_.lower() in hearsay:
                continue  # "reports (claims) of the PMF's capture of Tal Afar": said, not shown
            said = noun.head if noun.dep_ in {"nsubj", "nsubjpass"} else None
            if said is not None and (said.lemma_.lower() in doubted or any(
                    c.dep_ in {"attr", "acomp", "oprd"} and (c.lemma_.lower() in doubted or any(
                        g.lower_ in self.words["false_words"] for g in c.children))
                    for c in said.children)):
                continue  # "was a rumour", "is imminent", "was false news"
            governor = noun.head.head if noun.dep_ == "pobj" else noun.head
            if noun.dep_ == "pobj" and noun.head.lower_ in {"for", "toward", "towards", "to"} or \
                    governor.pos_ in {"VERB", "AUX"} and (
                        not self.asserted(governor) or governor.lemma_.lower() in stopping or
                        any(c.dep_ == "aux" and c.lower_ in {"would", "could"} for c in governor.children)):
                continue  # "prepared for the capture", "planned (halted, would mean) the seizure of"
            places = [m for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                      for g in c.children if g.dep_ == "pobj" and (  # (not "of much of northern Iraq")
                          self.mention_of(g) is not None or g.lemma_.lower() in self.words["place_nouns"])
                      for m in self.actor_of(g) if self.chain_type(m) in {"PLACE", "COUNTRY"}]
            takers = [m for c in noun.children if c.dep_ in {"poss", "compound", "amod", "nmod"}
                      for m in self.actor_of(c) or (self._pronoun(c) if c.dep_ == "poss" else [])]
            takers += [m for c in noun.children if c.dep_ in {"prep", "agent"} and c.lower_ == "by"
                       for g in c.children if g.dep_ == "pobj" for m in self.actor_of(g)]
            self.emit_pairs([t for t in takers if self.chain_type(t) not in {"PLACE"} and t not in places],
                            "controls", places, "taking_noun", 0.7, sent)

    def _victims_named_in(self, phrase: Token) -> list[int]:
        """The people a phrase names: its own name, or the man a title in it names ("the commander
        of the Quds Force Qassim Soleimani"), not whose he is ("X's neighbour", "two guards of Y")."""
        if (named := self.mention_of(phrase)) is not None:
            return [named]
        titled = self.role_at(phrase.i + 1, phrase.i) is not None
        out = []
        for k in range(phrase.left_edge.i, phrase.right_edge.i + 1):
            m = self.token_mention.get(k)
            if m is None or self.chain_type(m) != "PERSON" or self.mention_tokens[m][0] != k:
                continue
            t, owned = self.doc[self.mention_tokens[m][1] - 1], False
            while t.i != phrase.i and t.head.i != t.i:
                whose = t.dep_ == "pobj" and t.head.head.i == phrase.i and not titled  # "guards of Y"
                owned = owned or t.dep_ == "poss" or whose
                t = t.head
            if not owned and t.i == phrase.i:
                out.append(m)
        return out

    def _past(self, word: Token) -> bool:
        """A word that says a hold is over: "the formerly ISIS-held city", "the recaptured ISIS
        stronghold" (not the clause's verb: "the army recaptured ISIS-held Ramadi")."""
        return word.lower_ in self.words["past_words"] and word.dep_ not in {"ROOT", "conj", "relcl", "advcl",
                                                                          "ccomp", "xcomp", "acl"}

    def stronghold(self, sent: Span) -> None:
        """'Mosul, Islamic State's last major stronghold in Iraq', 'Raqqa was ISIL's de facto
        capital': a group holds the place named as its stronghold."""
        grounds = self.words["held_ground_nouns"]
        for noun in self.tokens.where(sent, lemma=grounds):
            if noun.lemma_.lower() not in grounds:
                continue
            # "one of ISIS's strongholds", "Iraq's main city and one of ISIS's strongholds": what it describes
            node = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" and \
                noun.head.head.lower_ == "one" else noun
            # (a conjunct joined by "and"; "Mosul, ISIS's last stronghold" parsed as a conjunct is apposed)
            while node.dep_ == "conj" and node.head.i != node.i and \
                    any(c.dep_ == "cc" for c in node.head.children):
                node = node.head
            left = node.left_edge.i
            while left < node.i and self.doc[left].is_punct:
                left += 1  # the parse may give the phrase the comma before it
            after_place = left > 1 and self.doc[left - 1].text == "," and \
                (named := self.token_mention.get(left - 2)) is not None and self.chain_type(named) == "PLACE"
            # "the ISIS stronghold of Mosul": the place the "of" names, with the group named before the
            # noun (not "its capital of Mosul": the province's)
            named_holder = any(c.dep_ in {"compound", "nmod"} and self.mention_of(c) is not None
                               for c in noun.children)
            if any(self._past(w) for w in self.doc[noun.left_edge.i:noun.i]):
                continue  # "Fallujah, a former stronghold of al-Qaeda": a hold that is over
            of_place = [m for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                        for g in c.children if g.dep_ == "pobj" and (m := self.mention_of(g)) is not None
                        and self.chain_type(m) == "PLACE"] if named_holder else []
            if node.dep_ not in {"appos", "attr"} and not after_place and not of_place:
                continue  # "Mosul, its last bastion": an apposition, whatever the parse made of it
            # "ISIS's stronghold", "its last bastion", "the jihadists' bastion"
            holders = [m for c in noun.children if c.dep_ == "poss" for m in self.actor_of(c)
                       if self.chain_type(m) in GROUP_TYPES] or [
                m for c in noun.children if c.dep_ in {"compound", "nmod"}
                if (m := self.mention_of(c)) is not None
                and self.chain_type(m) in GROUP_TYPES] or [  # "Sulaymaniyah, a PUK stronghold"
                m for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                if g.dep_ == "pobj" for m in self.actor_of(g)
                if self.chain_type(m) == "ARMED_GROUP" and "ORGANIZATION" not in self.types_of(m)]
            # ("Tal Afar, long a stronghold of Islamic State"; a party's is its voters': "the historic
            # stronghold of the PUK")
            if of_place:
                places = of_place
            elif node.dep_ != "attr":  # the name just before the comma (the parse may hang it elsewhere)
                after_comma = left > 1 and self.doc[left - 1].text == ","
                named = self.token_mention.get(left - 2) if after_comma else None
                places = [named] if named is not None else []
            else:
                places = [m for c in node.head.children if c.dep_ == "nsubj" and self.asserted(node.head)
                          for m in self.actor_of(c)]
            places = [m for m in places if self.chain_type(m) == "PLACE"]
            for holder in holders:
                for place in places:
                    self.emit(holder, "controls", place, "stronghold", 0.7, sent)

    def on_terror_list(self, sent: Span) -> None:
        """'Muhandis was on the United States list of designated terrorists', 'the Treasury added
        KH to its sanctions list': whoever keeps the list sanctioned whoever is on it."""
        for noun in self.tokens.where(sent, lemma={"list", "blacklist"}):
            if noun.dep_ != "pobj" or noun.head.lower_ not in {"on", "to"} or not any(
                    self.sanction_word(w) for w in noun.subtree):
                continue
            keepers = [m for c in noun.children if c.dep_ in {"poss", "compound", "nmod"}
                       if (m := self.mention_of(c)) is not None]  # "its list": the verb's subject keeps it
            verb = noun.head.head
            if not keepers:
                keepers = [m for c in verb.children if c.dep_ == "nsubj" for m in self.actor_of(c)]
                listed = [m for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}
                          for m in self.actor_of(c)]
            else:
                listed = [m for c in verb.children if c.dep_ in {"dobj", "nsubjpass", "nsubj"}
                          for m in self.actor_of(c)]
            if not self.asserted(verb):
                continue
            for keeper in keepers:
                for target in listed:
                    self.emit(keeper, "sanctioned", target, "on_list", 0.7, sent)

    def designation_grounds(self, sent: Span) -> None:
        """The grounds of a sanctions notice the verb rules cannot read (they read "designated for
        owning or controlling Y" as any charge's gerund): "for being owned or controlled by Y" (Y
        controls X), "for having materially assisted, sponsored, or provided ... support for ... Y"
        (X backs Y), whose long coordinations the parse breaks."""
        for grounds in self.tokens.where(sent, lower={"for"}, dep={"prep"}):
            verb = grounds.head
            if self.wording.verbs.get(verb.lemma_.lower()) != "sanctioned" or verb.pos_ != "VERB" or \
                    not any(g.dep_ == "pcomp" and g.pos_ in {"VERB", "AUX"} for g in grounds.children) or \
                    not self.asserted(verb):
                continue
            passive = any(c.dep_ == "nsubjpass" for c in verb.children)
            designees = [m for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")
                         for m in self.actor_of(c)]
            clause = self.doc[grounds.i + 1:grounds.right_edge.i + 1]
            aid = self.words["aid_nouns"] | {"good", "service", "material"}
            lemmas = [t.lemma_.lower() for t in clause]
            named = [(k, m) for k in range(clause.start, clause.end)
                     if (m := self.token_mention.get(k)) is not None and self.mention_tokens[m][0] == k]
            trigger = next((k for k, w in enumerate(lemmas) if w in GROUND_VERBS - {"provide"}), None)
            if not designees or trigger is None or not named or named[0][0] < clause.start + trigger:
                continue  # a name before the ground's verb: some other wording
            between = self.doc[clause.start + trigger + 1:named[0][0]]
            if any(w.pos_ in {"NOUN", "PROPN"} and w.lemma_.lower() not in aid or
                   w.pos_ == "VERB" and w.lemma_.lower() not in GROUND_VERBS for w in between):
                continue  # "for supporting human rights abuse in Iraq", "controlling companies owned by KH"
            target = named[0][1]
            if lemmas[trigger] not in {"own", "control"}:
                self.emit_pairs(designees, "backs", [target], "designation_grounds", 0.75, sent)
            elif "by" in lemmas[trigger:named[0][0] - clause.start]:  # "owned or controlled by Y"
                self.emit_pairs([target], "controls", designees, "designation_grounds", 0.75, sent)

    def _first_of_parallel(self, noun: Token) -> Token:
        """The first of parallel hostile nouns: in "conducted drone attacks against Saudi Arabia and
        rocket attacks against U.S. bases" the parse hangs the second on "Saudi Arabia"."""
        hostile = self.words["noun_hostile"]
        first = noun
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
            while first.dep_ == "pobj" and first.head.dep_ == "prep" and first.lemma_.lower() not in hostile:
                first = first.head.head  # "against Saudi Arabia" belongs to the first "attacks"
        return self._counted(first if first.lemma_.lower() in hostile else noun)

    def _counted(self, noun: Token) -> Token:
        """The count a noun is given by, standing where the noun would: "carried out dozens of
        rocket attacks on", "was responsible for a series of attacks against"."""
        while noun.dep_ == "pobj" and noun.head.lower_ == "of" and \
                noun.head.head.lemma_.lower() in self.words["count_nouns"]:
            noun = noun.head.head
        return noun

    def _led_by(self, noun: Token) -> list[int]:
        """Who leads what a noun names, in an 'X-led' modifier: 'Iraqi-led efforts against IS'."""
        return [m for c in noun.children if c.dep_ == "amod" and c.lemma_.lower() == "lead" and c.i > 1
                and self.doc[c.i - 1].text in {"-", "–"}
                and (m := self.token_mention.get(c.i - 2)) is not None]

    def _took_part(self, token: Token) -> list[int]:
        """Who takes part in what a word names, by a noun of taking part: "the role of the
        Peshmerga in the fight", "Badr played a key role in the campaign", "KH played a role in
        fighting IS"."""
        part = token.head.head if token.dep_ in {"pobj", "pcomp"} and token.head.dep_ == "prep" else None
        if part is not None and part.pos_ == "VERB":  # "played a role in defeating IS": the parse may
            part = next((c for c in part.children if c.dep_ == "dobj" and  # hang "in" on the verb
                         c.lemma_.lower() in self.words["taking_part_nouns"]), part)
        if part is None or part.lemma_.lower() not in self.words["taking_part_nouns"] or self.none_of(part):
            return []  # (not "played no role in")
        found = [m for c in part.children if c.dep_ == "poss" for m in self.actor_of(c)]
        found += [m for c in part.children if c.dep_ == "prep" and c.lower_ == "of"
                  for g in c.children if g.dep_ == "pobj" for m in self.actor_of(g)]
        if not found and part.dep_ == "dobj" and self.asserted(part.head):
            found = self._subjects(part.head)
        return found

    def _responsible_for(self, noun: Token) -> list[int]:
        """Who 'claimed responsibility for' or 'was responsible for' the attack (or 'for
        killing hundreds of U.S. soldiers'), who 'was behind' it, who 'was blamed for' it (or it
        'on'), and by whom 'the bombings were claimed'."""
        if noun.dep_ == "nsubjpass" and noun.head.lemma_.lower() == "claim" and self.asserted(noun.head):
            return [m for c in noun.head.children if c.dep_ == "agent"
                    for g in c.children if g.dep_ == "pobj" for m in self.actor_of(g)]
        if noun.dep_ == "nsubjpass" and noun.head.lemma_.lower() in self.words["accusing_verbs"] and \
                self.asserted(noun.head):  # "the attack was blamed on KH", "was attributed to KH"
            return [m for c in noun.head.children if c.dep_ == "prep" and c.lower_ in {"on", "to"}
                    for g in c.children if g.dep_ == "pobj" for m in self.actor_of(g)]
        blamed = [m for v in noun.children
                  if v.dep_ == "acl" and v.lemma_.lower() in self.words["accusing_verbs"]
                  for c in v.children if c.dep_ == "prep" and c.lower_ in {"on", "to"}
                  for g in c.children if g.dep_ == "pobj" for m in self.actor_of(g)]
        if blamed:  # "a drone attack in Jordan attributed to KH"
            return blamed
        if noun.dep_ not in {"pobj", "pcomp"}:
            return []
        holder = noun.head.head
        if noun.head.lower_ == "behind" and holder.lemma_.lower() in self.words["being_verbs"] and \
                self.asserted(holder):  # "KH was (allegedly) behind the attack on ..."
            return [m for c in holder.children if c.dep_ == "nsubj"
                    for m in self.actor_of(c) or self._pronoun(c)]
        if noun.head.lower_ in {"for", "of"} and holder.lemma_.lower() in self.words["accusing_verbs"]:
            # "Israel was blamed for the explosions at PMF depots", "accused KH of the attack"
            accused = {"nsubjpass"} if any(c.dep_ == "auxpass" for c in holder.children) else {"dobj"}
            return [m for c in holder.children if c.dep_ in accused
                    for m in self.actor_of(c) or self._pronoun(c)]
        if noun.head.lower_ != "for":
            return []
        if holder.lemma_.lower() == "responsibility" and holder.dep_ == "dobj":
            holder = holder.head  # "KH claimed responsibility for the attack"
            if holder.lemma_.lower() in self.words["non_assertive_verbs"] or not self.asserted(holder):
                return []  # "KH denied responsibility for ..."
        elif holder.lemma_.lower() != "responsible":
            return []
        while holder.dep_ in {"acomp", "attr"}:
            holder = holder.head  # "KH was responsible for"
        # "KSS receives weapons from the IRGC-QF and has claimed responsibility for attacks": its subject
        return [m for c in holder.children if c.dep_ in {"nsubj", "nsubjpass"}
                for m in self.actor_of(c) or self._pronoun(c)] or self._subjects(holder)

    def against(self, sent: Span) -> None:
        """'the coalition against IS', 'Iran's fight against the Islamic State'."""
        for prep in self.tokens.where(sent, lower={"against"}, dep={"prep"}):
            if prep.lower_ != "against" or prep.dep_ != "prep":
                continue
            targets = [m for g in prep.children if g.dep_ == "pobj" for m in self.actor_of(g)]
            head = prep.head
            # "on the front lines against IS": the front is a fight
            front = head.lemma_.lower() in {"front", "frontline"} or head.lemma_.lower() == "line" and any(
                c.lower_ in {"front", "frontline"} for c in head.children)
            hostile = front or head.lemma_.lower() in self.words["noun_hostile"] | {
                "coalition", "battle", "war", "effort", "campaign", "struggle"}
            # an attack is no actor, nor its parse's conjuncts ("attacks against A and attacks against B")
            agents = self.actor_of(head) if head.pos_ in {"PROPN", "NOUN"} and not (
                hostile and self.mention_of(head) is None) else []
            if hostile and self._contest(head.lemma_.lower(), sent):
                continue  # "a 0-7 defeat against Bayern Munich in the cup"
            if hostile:
                agents = agents or [m for c in head.children if c.dep_ in {"poss", "compound"}
                                    and not self._paired(c) for m in self.actor_of(c)] or self._led_by(head)
                owned = any(c.dep_ == "poss" for c in head.children)  # "its strikes": its owner's
                # "attacks against X by Y": hostile_nouns reads the agent
                by = any(c.dep_ == "prep" and c.lower_ == "by" for c in head.children)
                if not agents and not owned and not by and head.dep_ in {"dobj", "pobj"}:
                    # "he has been active in the operations against ISIL": who is in them
                    governor = head.head if head.dep_ == "dobj" else head.head.head
                    verb = governor.lemma_.lower()
                    # "CENTCOM condemned the attacks against U.S. forces", "is planning an operation"
                    if verb in self.words["commenting_verbs"] or \
                            verb in self.words["non_assertive_verbs"] and governor.tag_ not in {"VBD", "VBN"}:
                        continue
                    if governor.pos_ in {"NOUN", "PROPN"}:  # "their roles in attacks against X": theirs
                        agents = [m for c in governor.children if c.dep_ == "poss"
                                  for m in self.actor_of(c)] or self._took_part(head)
                        ahead = governor.lemma_.lower() in {"forefront", "vanguard", "frontline", "front"}
                        if not agents and ahead and governor.dep_ == "pobj" and \
                                self.asserted(governor.head.head):
                            # "X has been at the forefront of the fight against IS": X fights
                            agents = self._subjects(governor.head.head)
                    else:
                        while governor.dep_ in {"acomp", "prep", "pobj"} and governor.head.i != governor.i:
                            governor = governor.head
                        agents = [m for m in self._subjects(governor) if self.asserted(governor)]
            elif head.pos_ == "VERB" and (head.lemma_.lower() in self.words["against_verbs"] or any(
                    c.dep_ == "dobj" and c.lemma_.lower() in self.words["noun_hostile"]
                    for c in head.children)):
                # "the US was late to intervene against IS"; "the Peshmerga joined the offensive against
                # ISIS", where the parse hangs "against" on the verb (not "condemned the attack against")
                if not self.asserted(head) or head.lemma_.lower() in self.words["commenting_verbs"] | \
                        self.words["non_assertive_verbs"]:
                    continue
                agents = self._subjects(head)
            elif self.mention_of(head) is None:
                continue
            for a in agents:
                for t in targets:
                    self.emit(a, "hostile_to", t, "against", 0.7, sent)

    def between(self, sent: Span) -> None:
        """'the hostility between the United States and Iran', 'an alliance between X and Y',
        'coordination among A, B and C' (every two of them); 'Iraq has a bilateral agreement
        with the Americans', "Iran's war with Iraq"."""
        for prep in self.tokens.where(sent, lower={"between", "with", "among", "amongst"}):
            noun = prep.head
            among = prep.lower_ in {"between", "among", "amongst"}
            # "the battle was fought between X and Y"
            hostile_verb = noun.pos_ == "VERB" and self.wording.verbs.get(noun.lemma_.lower()) == "hostile_to"
            hostile_noun = noun.pos_ == "NOUN" and prep.lower_ == "between" and \
                noun.lemma_.lower() in self.words["noun_hostile"] and not any(  # "strikes between X and Y",
                    c.lower_ in self.words["together_words"] for c in noun.children)  # not "joint operations"
            fought = among and (hostile_verb or hostile_noun)
            clause = noun  # "if a war broke out between X and Y": the verb's clause is hypothetical
            if among and noun.pos_ == "VERB" and not fought:
                noun = next((c for c in noun.children if c.dep_ == "nsubj"), noun)  # "clashes occurred"
            # "a joint operation with the Houthis": partners in the fight
            joint = prep.lower_ == "with" and noun.pos_ == "NOUN" and \
                noun.lemma_.lower() in self.words["noun_hostile"] and \
                any(c.lower_ in self.words["together_words"] for c in noun.children)
            if prep.lower_ not in {"between", "with", "among", "amongst"} or not fought and not joint and \
                    noun.lemma_.lower() not in self.wording.pair_nouns:
                continue
            relation = "hostile_to" if fought else "allied_with" if joint else \
                self.wording.pair_nouns[noun.lemma_.lower()]
            if self.none_of(noun):
                continue  # "the United States has no alliance with the PMF"
            if self.civil_pact(noun):
                continue  # "a free trade agreement between X and Y"
            if not self.asserted(noun) or not self.asserted(clause) or self._feared(noun):
                continue  # "called for cooperation between X and Y", "a lack of coordination between"
            verb = noun.head
            refused = verb.lemma_.lower() in self.words["severing_verbs"] | self.words["denying_verbs"] | {
                "reject", "refuse"} or verb.lemma_ == "rule" and any(c.lower_ == "out" for c in verb.children)
            if relation == "allied_with" and noun.dep_ == "dobj" and refused:
                continue  # "Turkey suspended its cooperation with Iraq", "Sadr ruled out any alliance with
                # X" (but "ended the war between X and Y")
            sides = [m for g in prep.children if g.dep_ == "pobj" for m in self.actor_of(g)]
            pairs = list(zip(sides, sides[1:], strict=False))  # "between X and Y"
            if among and relation == "allied_with":
                # partners in a list are partners two by two; read in word order, as the parse
                # often hangs a long list's later names elsewhere
                listed = self._names_listed_after(prep.i + 1, sent)
                sides = listed if len(listed) > len(sides) else sides
                pairs = list(combinations(dict.fromkeys(sides), 2))
            if prep.lower_ == "with":
                holders = [m for c in noun.children if c.dep_ == "poss" for m in self.actor_of(c)]
                if not holders and noun.dep_ == "dobj" and self.asserted(noun.head):
                    holders = self._subjects(noun.head)
                if not holders and noun.dep_ == "pobj" and noun.head.lower_ in {"in", "into"} and \
                        self.asserted(noun.head.head):  # "operated in close coordination with the army"
                    holders = self._subjects(noun.head.head)
                pairs = [(holders[0], y) for y in sides] if holders else []  # "its cooperation with A and B"
            for x, y in pairs:
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
            if any(t.lower_ in self.words["civil_pact_words"] for t in self.doc[y_end:k]):
                continue  # "the Iraq-Turkey trade agreement"
            if k < sent.end and self.doc[k].lemma_.lower() in self.wording.pair_nouns:
                relation = self.wording.pair_nouns[self.doc[k].lemma_.lower()]
                noun = self.doc[k]
                # (the parse may hang "the 1980-1988 Iran-Iraq War" on its first name: the pair's own word)
                first = self.token_mention.get(noun.head.i) == x
                phrase = noun.head if noun.dep_ == "appos" and first else noun
                frame = phrase.dep_ == "pobj" and (phrase.head.lower_ in TIME_PREPOSITIONS or (
                    phrase.head.lower_ == "in" and phrase.head.head.lemma_.lower() in SERVING_WORDS))
                if relation == "hostile_to" and frame and noun.tag_ != "NNS":
                    continue  # "during the Iran–Iraq War, he led a brigade": when, not who fought (but
                    # "fired during Peshmerga-PMF clashes" says they clashed)
                self.emit(x, relation, y, f"pair_{self.doc[k].lemma_.lower()}", 0.75, sent)

    def _feared(self, noun: Token) -> bool:
        """Whether a noun is what someone fears, warns of or finds wanting ("fear an escalation between
        X and Y", "warned of the dangers of escalation between", "a lack of coordination between"): up
        its object and preposition links."""
        if any(c.lower_ in {"the", "these", "further", "more", "renewed", "continued"}
               for c in noun.children):  # "feared the clashes between X and Y, which killed dozens",
            return False  # "prevent further clashes"
        t = noun
        for _ in range(4):
            if t.dep_ not in {"dobj", "pobj", "prep"} or t.head.i == t.i:
                return False
            t = t.head
            if t.lemma_.lower() in self.words["fearing_verbs"] | self.words["wanting_nouns"]:
                return True
        return False

    def under_command(self, sent: Span) -> None:
        """'the Peshmerga are under the command of the Ministry of Peshmerga Affairs'."""
        for prep in self.tokens.where(sent, lower={"under"}):
            if prep.lower_ != "under":
                continue
            nouns = [g for g in prep.children
                     if g.dep_ == "pobj" and g.lemma_.lower() in self.words["command_nouns"]]
            # the first "of" only: "the command of the MoPA of the KRG" is the ministry's
            firsts = [next((c for c in n.children if c.dep_ == "prep" and c.lower_ == "of"), None)
                      for n in nouns]
            controllers = [m for c in firsts if c is not None
                           for g in c.children if g.dep_ == "pobj" for m in self.actor_of(g)]
            # "federal police under Gharawi's command": a man who commands them
            controllers += [m for n in nouns if n.lemma_.lower() == "command" for c in n.children
                            if c.dep_ == "poss" and (m := self.mention_of(c)) is not None
                            and self.chain_type(m) == "PERSON"]
            if not controllers:
                continue
            head = prep.head
            controlled = [m for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}
                          for m in self.actor_of(c)]
            if head.pos_ in {"NOUN", "PROPN"}:
                controlled += self.actor_of(head)
            for ctl in controllers:
                for x in controlled:
                    # "Under the command of Abu Alaa al-Walai, KSS sent fighters": a man commands a force
                    if self.chain_type(ctl) == "PERSON" and self.chain_type(x) == "COUNTRY":
                        continue  # "Israeli forces under Netanyahu's command": he rules no country by it
                    commands = self.chain_type(ctl) == "PERSON" and self.chain_type(x) in ORG_TYPES
                    self.emit(ctl, "leads" if commands else "controls", x, "under_command", 0.75, sent)
        for verb in self.tokens.where(sent, lemma={"answer", "report"}, pos={"VERB"}):
            # "Saraya al-Salam answers directly to Muqtada al-Sadr": the one it answers to commands it
            if verb.lemma_.lower() not in {"answer", "report"} or not self.asserted(verb) or \
                    any(c.dep_ in {"ccomp", "dobj"} for c in verb.children):
                continue  # not "reported to X that the attack had failed"
            commanders = [m for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
                          for g in c.children if g.dep_ == "pobj"
                          for m in self.actor_of(g) if self.chain_type(m) == "PERSON"]
            commanded = [m for m in self._subjects(verb) if self.chain_type(m) in ORG_TYPES]
            self.emit_pairs(commanders, "leads", commanded, "answers_to", 0.7, sent)
        for noun in self.tokens.where(sent, lower={"behest"}):
            # "AAH operated at the behest of Soleimani": the one who bids backs the one who acts
            if noun.lower_ != "behest" or noun.dep_ != "pobj" or not self.asserted(noun.head.head):
                continue
            bidders = [m for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                       for g in c.children if g.dep_ == "pobj" for m in self.actor_of(g)]
            self.emit_pairs(bidders, "backs", self._subjects(noun.head.head), "at_the_behest_of", 0.7, sent)

    def relation_nouns(self, sent: Span) -> None:
        """'X's allies A and B', 'A, an ally of X', 'his sponsor Y', 'Iran's proxies, such as KH'."""
        for noun in self.tokens.where(sent, pos={"NOUN", "PROPN"}, lemma=self.wording.relation_nouns):
            lemma = noun.lemma_.lower()
            if noun.pos_ not in {"NOUN", "PROPN"} or lemma not in self.wording.relation_nouns or \
                    self.mention_of(noun) is not None:
                continue
            relation, holder = self.wording.relation_nouns[lemma]
            if self._contest(lemma, sent) or self.civil_pact(noun):  # "trading partners", "a tie in the vote"
                continue  # "a three-way tie between him, A and B" in an election
            if self.none_of(noun) or any(c.lower_ in self.words["prospective_words"] for c in noun.children):
                continue  # "Nujaba has no organisational link to Hezbollah", "seen as his eventual successor"
            governor = noun.head if noun.dep_ in {"dobj", "nsubjpass"} else None
            if governor is not None and (governor.lemma_.lower() in self.words["severing_verbs"] or
                                         not self.asserted(governor)):
                continue  # "KH cut its ties to Hezbollah", "denied having ties to Iran"
            # "a proxy for Iran", "close ties with Hezbollah" (a tie is with someone; a proxy is not)
            symmetric = self.ontology.relations[relation].symmetric
            owning = {"of", "to", "for"} | ({"with"} if symmetric else set())
            owners: list[int] = []
            affiliations: list[int] = []  # "his IRGC-QF sponsor Y": Y serves the IRGC-QF
            # "his predecessor Maliki": the parse hangs "his" on the name the noun modifies
            possessors = [*noun.children, *(noun.head.children if noun.dep_ == "compound" else ())]
            owners += [m for c in possessors if c.dep_ == "poss"
                       for m in self.actor_of(c) or self._pronoun(c)]
            owned = bool(owners)
            for c in noun.children:
                if c.dep_ == "amod" and owned and (m := self.mention_of(c)) is not None and self._demonym(m):
                    continue  # "Soleimani's closest Iraqi partner": the partner's state, not a partner
                if c.dep_ in {"compound", "amod", "nmod"} and self.mention_of(c) is not None:
                    (affiliations if holder == "member" else owners).append(self.mention_of(c))
                elif c.dep_ == "prep" and c.lower_ in owning:
                    owners += [m for g in c.children if g.dep_ == "pobj" for m in self.actor_of(g)]
            if noun.dep_ == "dobj" and not owners:
                # "maintained close links to X": the parse may hang the noun's "to" on the verb
                owners += [m for c in noun.head.children if c.dep_ == "prep" and c.lower_ in owning and
                           c.i == noun.right_edge.i + 1 for g in c.children if g.dep_ == "pobj"
                           for m in self.actor_of(g)]
            members = self._listed(noun)
            # "an Iranian proxy group", "one of Iran's proxies": the phrase that says who it is
            predicate = noun
            if noun.dep_ == "compound" and self.mention_of(noun.head) is None:
                predicate = noun.head
                if holder == "owner":  # "an Iranian proxy group"
                    owners += [m for c in predicate.children if c.dep_ in {"amod", "compound", "poss"}
                               and c is not noun and (m := self.mention_of(c)) is not None]
            of = predicate.head
            if predicate.dep_ == "pobj" and of.lower_ == "of" and of.head.lower_ == "one":
                predicate = of.head
            holding = noun.dep_ == "dobj" and noun.head.lemma_.lower() in self.words["holding_verbs"]
            if holding and any(h.lemma_.lower() in self.words["people_nouns"] and any(
                    c.dep_ == "nummod" or c.lower_ in self.words["quantity_words"] for c in h.children)
                    for h in noun.head.children if h.dep_ == "nsubj"):
                continue  # "several hundred members of Ansar al-Islam pledged allegiance to IS": not it
            if holding:
                # "Amiri has close ties to Iran"; "Iran has proxies such as KH"
                (members if owners else owners).extend(self._subjects(noun.head))
            elif noun.dep_ in {"compound", "appos"} and self.mention_of(noun.head) is not None:
                members.append(self.mention_of(noun.head))  # "his sponsor Qassem Soleimani"
            elif (named := self.token_mention.get(noun.i + 1)) is not None and \
                    self.mention_tokens[named][0] == noun.i + 1:
                members.append(named)  # "KH and its ally Nujaba warned": the parse split the phrase
            elif noun.dep_ == "pobj" and noun.head.lower_ == "with" and (
                    (described := noun.head.head).lemma_.lower() in self.words["group_nouns"] |
                    self.words["kind_nouns"] or described.dep_ == "appos" or
                    self.mention_of(described) is not None):
                # "KH, a group with close ties to Iran", "X, a Chaldean Catholic with close ties to the
                # IRGC", "X, with ties to Y"; not "IS's war with the allies of Iran"
                if described.dep_ == "appos" and self.mention_of(described) is None:
                    # the name it describes (not "X's Brigade 50, a brigade with ties to Y": no name)
                    members += [m] if (m := self.mention_of(described.head)) is not None else []
                else:
                    members += self.actor_of(described)
            elif predicate.dep_ == "attr":  # "A is an ally of X" (not "is not" or "may become")
                if not self.asserted(predicate.head, climb=False):
                    continue
                members += [m for c in predicate.head.children if c.dep_ == "nsubj" for m in self.actor_of(c)]
            elif predicate.dep_ == "appos":  # "A, an ally of X"
                members += self.actor_of(predicate.head)
            elif (naming := predicate.head.head if predicate.dep_ == "pobj" and predicate.head.lower_ == "as"
                  else predicate.head if predicate.dep_ == "oprd" else None) is not None and \
                    naming.lemma_.lower() in self.words["naming_verbs"]:
                # "seen as a proxy", "KSS is considered a proxy of Iran"; "Pompeo called the militia
                # proxies of Iran": the one named, not the one naming
                named = [c for c in naming.children if c.dep_ == "dobj"] or \
                    [c for c in naming.children if c.dep_ in {"nsubj", "nsubjpass"}]
                members += [m for c in named for m in self.actor_of(c)]
            elif noun.dep_ == "nsubj" and noun.head.lemma_ == "be":  # "Iran's allies are A, B and C"
                members += [m for c in noun.head.children if c.dep_ == "attr" for m in self.actor_of(c)]
            elif predicate is not noun and predicate.dep_ in {"nsubj", "nsubjpass"}:
                members += self._apposed_to_phrase(predicate)  # "The U.S. partner force in Syria, the SDF,"
            k = noun.i + 1
            if k < sent.end and self.doc[k].text == ":":  # "Iran's allies: Badr, KH and AAH"
                members += [m for i in range(k + 1, sent.end) if (m := self.token_mention.get(i)) is not None]
            if not members and self.ontology.relations[relation].symmetric and self.asserted(noun.head):
                # "Kildani's ties to the PMF": the possessor holds the tie, what follows "to" the other side
                holders = [m for c in noun.children if c.dep_ == "poss"
                           for m in self.actor_of(c) or self._pronoun(c)]
                members = [m for c in noun.children if c.dep_ == "prep" and c.lower_ in {"to", "with"}
                           for g in c.children if g.dep_ == "pobj" for h in [g, *g.conjuncts]
                           for m in self.actor_of(h)] if holders else []
                owners = holders
            possessed = [m for c in possessors if c.dep_ == "poss"
                         for m in self.actor_of(c) or self._pronoun(c)]
            demonyms = [m for c in noun.children if c.dep_ == "amod" and (m := self.mention_of(c)) is not None
                        and self._demonym(m)]
            if not members and possessed and demonyms:
                # "Musleh and his Iranian sponsors", "KH's Iranian allies": the state the demonym names
                members = demonyms
                owners = [m for m in owners if m not in demonyms]
                affiliations = [m for m in affiliations if m not in demonyms]
            members = list(dict.fromkeys(members))
            if symmetric and not owners and len(members) > 1 and predicate.dep_ == "attr" and \
                    self.asserted(predicate.head, climb=False):
                # "IRI and Hamas are partners in ...", not "could become partners" or "are not allies"
                self.emit_pairs(members[:1], relation, members[1:], f"noun_{lemma}", 0.7, sent)
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

    def _apposed_to_phrase(self, head: Token) -> list[int]:
        """The name set off by commas right after a noun phrase ("the U.S. partner force in Syria,
        the SDF, said"), which the parse may hang on the phrase's last word instead of its head."""
        comma = next((t for t in self.doc[head.i + 1:min(head.right_edge.i + 1, head.i + 8)]
                      if t.text == ","), None)
        if comma is None or any(t.pos_ == "VERB" for t in self.doc[head.i + 1:comma.i]):
            return []
        k = comma.i + 1 + (self.doc[comma.i + 1].lower_ == "the")
        named = self.token_mention.get(k)
        if named is None or self.mention_tokens[named][0] != k or \
                not head.left_edge.i <= k <= head.right_edge.i:
            return []
        end = self.mention_tokens[named][1]
        closes = end < len(self.doc) and self.doc[end].text in {",", "("}
        return [named] if closes and self.chain_type(named) in ORG_TYPES else []

    def opposing_prefix(self, sent: Span) -> None:
        """'the counter-ISIS coalition', "Iraq's counter-ISIL fight", 'anti-IS forces of X';
        'a pro-Iran militia': allied with Iran."""
        opposing, aligning = self.words["opposing_prefixes"], self.words["aligning_prefixes"]
        for i in range(sent.start, sent.end - 2):
            if self.doc[i].lower_ not in opposing | aligning or self.doc[i + 1].text != "-":
                continue
            relation = "hostile_to" if self.doc[i].lower_ in opposing else "allied_with"
            target = self.token_mention.get(i + 2)
            if target is None or self.mention_tokens[target][0] != i + 2:
                continue  # (not "Pro-Sadr" read as a name of its own)
            _, t_end = self._mention_span(target)
            if t_end >= sent.end:
                continue
            head = self.doc[t_end]
            if head.is_punct and self.doc[t_end - 1].dep_ == "amod":  # "a pro-Iranian, mostly Shiite militia"
                head = self.doc[t_end - 1].head
            owner = self.token_mention.get(head.i)
            o_end = self.mention_tokens[owner][1] if owner is not None else 0
            faction = owner is not None and self.chain_type(owner) != "COUNTRY" and o_end < sent.end and \
                self.token_mention.get(o_end) is None and \
                self.doc[o_end].lemma_.lower() in self.words["group_nouns"] | self.words["kind_nouns"]
            if faction:  # "X, a pro-Iran Hashd faction": the faction (X), not the body that names its kind
                head, owner = self.doc[o_end], None
            k = t_end  # "anti-U.S. Iraqi cleric Moqtada al-Sadr": the man, past his demonym and title
            while k < sent.end - 1 and (self.doc[k].pos_ == "ADJ" and owner is not None and k == head.i and
                                        self.chain_type(owner) == "COUNTRY" or
                                        self.doc[k].lemma_.lower() in self.words["person_nouns"] or
                                        self.role_at(k + 1, k) is not None):
                k += 1
            man = self.token_mention.get(k) if k > t_end else None
            if man is not None and self.chain_type(man) == "PERSON":
                owner = man
            elif owner is not None and self.chain_type(owner) == "COUNTRY" and head.pos_ == "ADJ":
                continue  # "anti-US Iraqi fighters": the demonym holds no stance
            # "Iraq's pro-Iran groups": the groups, not Iraq, are pro-Iran
            collective = head.lemma_.lower() in self.words["group_nouns"] | self.words["people_nouns"]
            holders = {"poss", "compound", "nmod"} - ({"poss"} if collective else set())
            owners = [owner] if owner is not None else [
                m for c in head.children if c.dep_ in holders and not faction for m in self.actor_of(c)]
            if owner is None and head.dep_ == "compound" and \
                    head.head.lemma_.lower() in self.words["generic_heads"] | self.words["noun_hostile"]:
                owners += [m for c in head.head.children if c.dep_ == "poss" for m in self.actor_of(c)]
            # "SAD is a pro-Iran militia", not "the pro-Iran factions of X"
            predicate = head.dep_ in {"attr", "appos"}
            if not owners and predicate and head.lemma_.lower() in self.words["group_nouns"]:
                # "KH militia, another pro-Iran group": the name before the generic noun it describes
                owners = self.actor_of(head) or (self.actor_of(head.head) if head.dep_ == "appos" else [])
            named = self.token_mention.get(head.i + 1)
            if not owners and named is not None and self.mention_tokens[named][0] == head.i + 1 and \
                    head.lemma_.lower() in self.words["kind_nouns"] and self.chain_type(named) in ORG_TYPES:
                owners = [named]  # "the pro-Iranian militia Kataib Hezbollah"
            prefix = self.doc[i]
            if not owners and prefix.dep_ in {"acomp", "attr"} and prefix.head.lemma_ == "be":
                # "It is pro-Iran", "Badr is pro-Iranian": the subject is
                owners = [m for c in prefix.head.children if c.dep_ == "nsubj"
                          for m in self.actor_of(c) or self._pronoun(c)]
            plural = head.tag_ == "NNS" and head.lemma_.lower() in self.words["group_nouns"]
            if not owners and plural:  # "pro-Iran militias such as Badr", "a group of pro-Iran militias"
                owners = self._listed(head) or (
                    self.actor_of(whole) if (whole := self._collective_of(head)) is not None else [])
            waged = head.dep_ == "dobj" and head.head.lemma_.lower() in self.words["launch_verbs"] and \
                head.lemma_.lower() in self.words["noun_hostile"] | {"mission"}
            if not owners and relation == "hostile_to" and waged and self.asserted(head.head):
                owners = self._subjects(head.head)  # "Iraqi forces resumed counter-ISIS operations"
            for o in owners:
                if relation == "hostile_to" and self.chain_type(o) == "PERSON":
                    continue  # "the anti-American cleric Sadr": a stance, not a fight ("pro-Iran": allied)
                self.emit(o, relation, target, "opposing_prefix", 0.7, sent)

    def born_in(self, sent: Span) -> None:
        """'X was born in P', 'Born in P in 1962, he ...'."""
        for t in self.tokens.where(sent, lower={"born", "native", "birthplace"}):
            if t.lower_ == "birthplace":  # "Maliki's birthplace is Janaja", "his birthplace, the town of X"
                people = [m for c in t.children if c.dep_ == "poss"
                          for m in self.actor_of(c) or self._pronoun(c)]
                places = [m for c in t.children if c.dep_ == "appos" for m in self.actor_of(c)] + \
                    [m for c in t.head.children if t.dep_ == "nsubj" and c.dep_ == "attr"
                     for m in self.actor_of(c)]
                self.emit_pairs([p for p in people if self.chain_type(p) == "PERSON"], "born_in",
                                [p for p in places if self.chain_type(p) == "PLACE"], "born_in", 0.8, sent)
                continue
            if t.lower_ == "native" and t.pos_ == "NOUN":  # "X, a native of Diyala", "X is a native of P"
                places = [m for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                          for g in c.children if g.dep_ == "pobj" for m in self.actor_of(g)]
                people = self.actor_of(t.head) if t.dep_ == "appos" else [
                    m for c in t.head.children if c.dep_ == "nsubj" for m in self.actor_of(c)
                ] if t.dep_ == "attr" and self.asserted(t.head) else []
                if not people and t.i <= sent.start + 1:  # "A native of Amarah, X fought ...": the next man
                    comma = next((k for k in range(t.i, min(t.i + 12, sent.end))
                                  if self.doc[k].text == ","), None)
                    named = self.token_mention.get(comma + 1) if comma is not None else None
                    people = [named] if named is not None else []
                self.emit_pairs([p for p in people if self.chain_type(p) == "PERSON"], "born_in",
                                [p for p in places if self.chain_type(p) == "PLACE"], "born_in", 0.8, sent)
                continue
            if t.lower_ != "born":
                continue
            if t.i >= sent.start + 2 and self.doc[t.i - 1].text == "-" and \
                    (place := self.token_mention.get(t.i - 2)) is not None and \
                    self.chain_type(place) == "PLACE":
                # "Najaf-born cleric Muqtada al-Sadr", "Mashhad-born Ismail Qaani": the name it modifies
                head = t.head.head if t.head.dep_ == "compound" else t.head  # "Najaf-born cleric Sadr"
                named = self.mention_of(t.head)
                named = self.mention_of(head) if named is None else named
                if named is not None and self.chain_type(named) == "PERSON":
                    self.emit(named, "born_in", place, "born_in", 0.8, sent)
                continue
            places = []
            for c in t.children:
                if c.dep_ == "prep" and c.lower_ == "in":
                    places += [m for g in c.children if g.dep_ == "pobj" for m in self.actor_of(g)]
            if not places and t.i > sent.start and self.doc[t.i - 1].text == "(":  # "X (born 1974, Najaf)"
                close = next((k for k in range(t.i, min(t.i + 10, sent.end)) if self.doc[k].text == ")"), t.i)
                places = [m for k in range(t.i + 1, close) if (m := self.token_mention.get(k)) is not None
                          and self.chain_type(m) == "PLACE"][:1]
            subjects = [c for c in t.children if c.dep_ in {"nsubjpass", "nsubj"}]
            people = [m for c in subjects for m in self.actor_of(c)]
            if subjects and not people:
                # "Orlov was born in Kherson" (a surname not read): the man named before, never one
                # named after ("Sudani was born in Baghdad; his father was executed by Saddam")
                people = [m for m in self._persons(sent) if self.mention_tokens[m][0] < t.i][-1:] or \
                    self._salient_before(sent.start, {"PERSON"}, same_sentence=False)
            elif not people and t.dep_ == "advcl":  # "Born in Basra, the son of X, he joined ...": he
                people = [m for c in t.head.children if c.dep_ in {"nsubj", "nsubjpass"}
                          for m in self.actor_of(c)] or self._previous_person(sent)
            elif not people and t.dep_ == "acl" and (described := self.actor_of(t.head)):
                # "Khazali, born in Sadr City in 1974, studied": the one described, if a person; "Zarqawi,
                # a Jordanian born in Zarqa": the man the demonym is apposed to
                people = [m for m in described if self.chain_type(m) == "PERSON"] or [
                    m for m in (self.actor_of(t.head.head) if t.head.dep_ == "appos" else [])
                    if self.chain_type(m) == "PERSON"]
            elif not people:  # "Schneider (born 13 March 1963 in Medias) is ..."
                people = [m for m in self._persons(sent) if self.mention_tokens[m][0] < t.i][-1:] or \
                    self._previous_person(sent)
            year = None
            for ent in self._dates_in(sent):
                if re.search(r"\b(19|20)\d\d\b", ent.text):
                    year = normalize_date(ent.text, self.published)
                    break
            for p in people:
                for place in places:
                    self.emit(p, "born_in", place, "born_in", 0.85, sent, start=year)
