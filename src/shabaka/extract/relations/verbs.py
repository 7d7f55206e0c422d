"""Trigger verbs, active and passive, and the verb-led constructions: partners, aid received,
liberation, founding, acting together."""

from __future__ import annotations

from spacy.tokens import Span, Token

from shabaka.extract.relations.base import LINEAR_RELATIONS, ORG_TYPES


class Verbs:
    """Rules led by a verb."""

    def verbs(self, sent: Span) -> None:
        """Subject-verb-object statements, active and passive, for trigger verbs (and a relative
        clause's verb the tagger took for another word: "the Guards, which back KH")."""
        misread = [t for t in self.tokens.where(sent, dep={"relcl"}, lower=self.wording.verbs)
                   if t.pos_ not in {"VERB", "AUX", "NOUN"}]
        for verb in [*self.tokens.where(sent, pos={"VERB", "AUX"}), *misread]:
            lemma = verb.lemma_.lower()
            relation = self.wording.verbs.get(lemma)
            hyphened = verb.i - 2 >= sent.start and self.token_mention.get(verb.i - 2) is not None and \
                self._hyphen_word(verb.i - 1, sent.end) is not None
            if hyphened or self._spaced_participle(verb.i, sent):
                continue  # "the IRGC- backed AAH", "the American supported Sons of Iraq": hyphen forms
            if verb.dep_ == "conj" and verb.tag_ in {"VBD", "VBN"} and verb.i > sent.start and \
                    self.doc[verb.i - 1].pos_ in {"PROPN", "NOUN"} and \
                    not any(c.dep_ in {"aux", "auxpass", "nsubj"} for c in verb.children):
                continue  # "a proxy of the Shia Arab dominated Badr Organization": a participle the parse
                # took for a second verb; coordinated verbs follow "and", "or" or a comma
            # a phrasal verb is its own entry: "set up" (founded), "take over", "take on"
            phrasal = sorted(f"{lemma} {c.lower_}" for c in verb.children if c.dep_ == "prt")
            relation = next((self.wording.verbs[p] for p in phrasal if p in self.wording.verbs), relation)
            if lemma == "elect" and any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children):
                self._elected_to(verb, sent)  # "was elected to Parliament"
                continue
            elif lemma == "shoot" and (any(c.lower_ == "dead" for c in verb.children) or
                                       verb.i + 1 < sent.end and self.doc[verb.i + 1].lower_ == "dead") or \
                    lemma in self.words["violent_verbs"] and any(
                        c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "death" for g in c.children)
                        for c in verb.children):
                relation = "killed"  # "was shot dead by gunmen from KH", "hacked to death by militiamen"
            elif lemma in self.words["banning_verbs"] and not self._proscribed(verb):
                continue
            elif lemma in self.words["listing_verbs"] and any(
                    self.sanction_word(t) for t in verb.subtree):
                relation = "sanctioned"  # "listed as a terrorist group by", "under its sanctions regime"
            elif lemma in {"declare", "name"} and self._listed_as_terrorist(verb):
                relation = "sanctioned"  # "declared X a Specially Designated Global Terrorist"
            elif lemma in self.words["firing_verbs"] and self._fired_on(verb):
                relation = "hostile_to"  # "fired on US warships", "shot at the convoy" (not "fired X")
            elif lemma == "freeze" and any(c.dep_ == "dobj" and c.lemma_.lower() == "asset"
                                           for c in verb.children):
                relation = "sanctioned"  # "froze the assets of X": whose assets, read below
            elif lemma in self.words["territory_verbs"] and any(
                    self.chain_type(m) == "PLACE" or c.lower_ in self.words["land_nouns"] |
                    self.words["quantity_words"]
                    for c in self._held(verb) for m in self._held_actors(c, verb)):
                # "KH holds the crossing at al-Qaim", "secured the towns of A and B", "the city held by IS"
                relation = "controls"
            present = verb.tag_ in {"VBZ", "VBP"}
            if relation == "founded" and present and lemma in self.words["unit_verbs"] and \
                    not any(self.chain_type(m) == "PERSON" for c in verb.children if c.dep_ == "nsubj"
                            for m in self.actor_of(c)):
                continue  # "KIA forms the 40th Brigade of the PMF": it is that brigade, it founded nothing
                # (but "2014 - Sadr forms Saraya al-Salam", "Kaabi founds Nujaba": a chronology's present)
            if relation == "founded" and lemma == "form" and verb.dep_ == "relcl" and \
                    verb.head.tag_ == "NNS" and verb.head.lemma_.lower() in self.words["group_nouns"]:
                relation = "part_of"  # "one of the militias that formed the PMF": it is one of its parts
            # "KH attempted to assassinate X": an attack X lived through, not a killing
            attempt = relation == "killed" and verb.dep_ == "xcomp" and \
                verb.head.lemma_.lower() in self.words["attempting_verbs"] and self.asserted(verb.head)
            relation = "hostile_to" if attempt else relation
            if relation is None or not (attempt or self.asserted(verb)) or \
                    relation in {"hostile_to", "killed", "controls"} and self.threatened(verb):
                continue
            # "an offensive to capture Mosul", "a plot to kill X": aimed at, not done (read below)
            aimed = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and \
                verb.head.lemma_.lower() not in self.words["achieving_verbs"]
            if relation == "hostile_to" and any(  # "targeted the Quds Force with sanctions"
                    c.dep_ == "prep" and c.lower_ == "with" and any(
                        g.lemma_.lower() in self.words["sanction_nouns"] for g in c.children)
                    for c in verb.children):
                relation = "sanctioned"
            if relation == "hostile_to" and lemma in self.words["leaving_verbs"] and any(
                    c.dep_ == "prep" and c.lower_ == "from" and any(
                        (m := self.mention_of(g)) is not None and self.chain_type(m) in ORG_TYPES
                        for g in c.children) for c in verb.children):
                continue  # "Sadr expelled X from the Mahdi Army": a purge, not a fight (split_from reads it)
            if relation == "hostile_to" and self._contest(lemma, sent):
                continue  # "X defeated Y in the 2010 election"
            if relation == "sanctioned" and any(  # "designated by Congress as the national memorial"
                    c.dep_ == "prep" and c.lower_ == "as" and not any(
                        "terror" in g.lower_ or "sanction" in g.lower_ or
                        g.lower_ in {"fto", "sdgt", "threat"}
                        for g in c.subtree) for c in verb.children):
                continue
            children = list(verb.children)
            passive = self._passive(verb)
            # "KH was founded in 2007 and funded by the Quds Force": "funded" is passive too
            if passive:
                agents = [g for c in children if c.dep_ == "agent" and self.doc[c.i - 1].lower_ != "not"
                          for g in c.children if g.dep_ == "pobj"]  # (not "by IS, not by Turkish strikes")
                agents = agents or [
                    g for c in children if c.dep_ == "prep" and c.lower_ == "as" for p in c.children
                    if p.dep_ == "pobj" for b in p.children if b.dep_ == "prep" and b.lower_ == "by"
                    for g in b.children if g.dep_ == "pobj"] or [  # "was succeeded as speaker by Y"
                    g for c in children if c.dep_ == "prep" and c.lower_ == "at" for h in c.children
                    if h.lower_ == "hands" for b in h.children if b.dep_ == "prep" and b.lower_ == "of"
                    for g in b.children if g.dep_ == "pobj"]  # "killed at the hands of the FSA"
                # "created by a decree of Prime Minister X": whose decree
                agents = [x for g in agents for x in (
                    [o for c in g.children if c.dep_ == "prep" and c.lower_ == "of"
                     for o in c.children if o.dep_ == "pobj"]
                    if g.lemma_.lower() in self.words["decree_nouns"] else [g])]
                if not agents and relation == "sanctioned":  # "considered a terrorist by the US": on the noun
                    agents = [g for c in children if c.dep_ in {"oprd", "dobj"} for p in c.children
                              if p.dep_ == "prep" and p.lower_ == "by"
                              for g in p.children if g.dep_ == "pobj"]
                if not agents and relation == "sanctioned":
                    # "the PKK is listed as a terror group in Turkey, the US and the EU": where it is listed
                    # (on the verb or the kind it is listed as, not in a clause after: "by Ankara, who
                    # targets it in Syria")
                    kinds = [g for c in children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children]
                    agents = [self.doc[self.mention_tokens[m][0]] for h in [verb, *kinds] for c in h.children
                              if c.dep_ == "prep" and c.lower_ == "in" and c.i > verb.i
                              for m in self._names_listed_after(c.i + 1, sent)
                              if self.chain_type(m) in {"COUNTRY", "STATE_BODY", "ORGANIZATION"}]
                if not agents and not any(c.dep_ == "prep" for c in children):
                    # "funded, trained, and armed by the Quds Force": the last verb's agent, unless
                    # this verb has its own complements ("founded in 2007 and funded by ...")
                    agents = [g for v in verb.conjuncts for c in v.children if c.dep_ == "agent"
                              for g in c.children if g.dep_ == "pobj"]
                if relation == "killed":  # "killed in a U.S. strike", "during a U.S. raid" (not "during the
                    # U.S. invasion": a war names no killer)
                    agents += [g for c in children if c.dep_ == "prep" and c.lower_ in {"in", "by", "during"}
                               for g in c.children
                               if g.dep_ == "pobj" and g.lemma_.lower() in self.words["noun_hostile"] and
                               (c.lower_ != "during" or g.lemma_.lower() in self.words["strike_nouns"])]
                    # "killed in an airstrike by Israel", "in a raid (carried out) by US special forces", "in
                    # a drone attack attributed to KH": who struck
                    agents = [x for g in agents for x in [
                        o for h in [g, *(v for v in g.children if v.dep_ == "acl" and
                                         v.lemma_.lower() in self.words["launch_verbs"])]
                        for c in h.children if c.dep_ in {"prep", "agent"} and c.lower_ == "by"
                        for o in c.children if o.dep_ == "pobj" and self.actor_of(o)] or [
                        self.doc[self.mention_tokens[m][0]] for m in self._responsible_for(g)] or [g]]
                if relation == "killed" and not agents:  # "were killed when a U.S. drone struck their car"
                    agents += [s for c in children if c.dep_ == "advcl" and self.asserted(c, climb=False) and
                               any(m.dep_ == "advmod" and m.lower_ == "when" for m in c.children) and
                               self.wording.verbs.get(c.lemma_.lower()) in {"hostile_to", "killed"} and
                               any(o.dep_ == "dobj" for o in c.children)  # struck something, not "clashed"
                               for s in c.children if s.dep_ == "nsubj"]
                patients = [c for c in children if c.dep_ == "nsubjpass"] or [
                    t for t in [self._set_off_subject(verb)] if t is not None] or (
                    [verb] if verb.i in self.list_fill else [])  # "Killed in the U.S. strike: - X - Y"
                if not patients and verb.dep_ == "conj":
                    # "AAH split from the Mahdi Army and is led by X": the verbs share the subject
                    head = verb.head
                    patients = [c for c in head.children if c.dep_ in {"nsubjpass", "nsubj"}] or [
                        c for c in head.children  # the parse took "split" for a noun
                        if head.pos_ == "NOUN" and c.dep_ == "compound" and self.mention_of(c) is not None]
                if verb.dep_ == "acl" and self._where(verb.head):
                    pass  # "sessions at Air Studios, in Montserrat, assisted by X": the place says where
                elif verb.dep_ == "acl" and verb.head.dep_ == "pobj" and verb.head.head.lower_ == "from" and \
                        verb.head.head.head.lemma_.lower() in self.words["delegation_nouns"]:
                    pass  # "a delegation from the Framework headed by X": X heads the delegation
                elif verb.dep_ == "acl" and verb.head.lower_ in {"those", "people", "victims", "dead"} and \
                        verb.head.dep_ == "pobj" and verb.head.head.lower_ == "among":
                    # "X was among those killed in the U.S. strike": X
                    patients += [c for c in verb.head.head.head.children if c.dep_ == "nsubj"]
                elif verb.dep_ == "acl":
                    patients.append(verb.head)
                elif verb.dep_ == "conj" and verb.head.dep_ == "acl" and not patients:
                    patients.append(verb.head.head)
                if not patients and verb.dep_ == "advcl":  # "Backed by Iran, KH attacked ...": its subject
                    named = self._named_before(verb) if verb.i > verb.head.i else None
                    if named is not None and self._where(self.doc[self.mention_tokens[named][1] - 1]):
                        named = None  # "recorded at a studio in Jordan, assisted by X": not Jordan
                    named_at = self.doc[self.mention_tokens[named][1] - 1] if named is not None else None
                    if named_at is not None and named_at.dep_ == "pobj" and named_at.head.dep_ == "agent":
                        named = None  # "Badr, considered terrorist by the US, sponsored by Iran": not the US
                    if verb.tag_ == "VBD":  # "AAH split from the Mahdi Army, backed by the Quds Force": a
                        named = None  # participle the parse took for a verb describes the clause's subject
                    # "reaches the Badr Organization, led by X, ...": the name the participle follows
                    patients = [self.doc[self.mention_tokens[named][0]]] if named is not None else [
                        c for c in verb.head.children if c.dep_ == "nsubj"] or (
                        [verb.head.head] if verb.head.dep_ == "acl" else [])  # (what that one describes)
                subjects, objects = agents, patients
            else:
                subjects = self.subject_tokens(verb, {"nsubj"})
                if not subjects and verb.dep_ == "xcomp":  # "appointed Qaani to succeed him": Qaani (not
                    # "spent billions training the army": the spender)
                    subjects = [c for c in verb.head.children if c.dep_ == "dobj" and self.actor_of(c)]
                infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in children)
                if not subjects and verb.dep_ == "advcl" and infinitive and \
                        verb.head.lemma_.lower() in self.words["appointing_verbs"]:
                    # "Iran named Ismail Qaani to lead the Quds Force": the man named
                    subjects = [c for c in verb.head.children
                                if c.dep_ in {"dobj", "oprd"} and self.actor_of(c)]
                if not subjects and verb.dep_ == "advcl" and verb.tag_ == "VBG" and relation == "succeeded":
                    # "X is sworn in as prime minister, succeeding Y", "Iran named X to lead the Quds
                    # Force, replacing Y": the one who takes the post
                    head = verb.head
                    while head.dep_ in {"xcomp", "advcl"} and any(c.dep_ == "aux" and c.lower_ == "to"
                                                                 for c in head.children):
                        head = head.head  # "named X to lead Y, replacing Z": the naming
                    appointed = head.lemma_.lower() in self.words["appointing_verbs"]
                    taker = {"nsubjpass", "dobj", "oprd"} if appointed else {"nsubjpass", "nsubj"}
                    subjects = [c for c in head.children if c.dep_ in taker]
                served = self._purpose_served(verb)
                if not subjects and served is not None:
                    found = self._purpose_subjects(verb, served)
                    if found is None:
                        continue
                    subjects = found
                if not subjects and verb.dep_ in {"conj", "xcomp", "advcl"}:
                    # ("X was born in Y and joined the IRGC": coordinated verbs share a passive's subject)
                    # ("X was killed while fighting IS": the one killed fought)
                    shared = verb.dep_ == "conj" and not passive or \
                        verb.dep_ == "advcl" and verb.tag_ == "VBG"
                    subjects = self.subject_tokens(verb.head, {"nsubj", "nsubjpass"} if shared else {"nsubj"})
                    if infinitive and (relied := self._relied_on(verb.head)):
                        subjects = relied  # "relied on the PMF to fight IS": the PMF fights
                    sending = verb.head.lemma_.lower() in self.words["sending_verbs"]
                    arming = self.wording.verbs.get(verb.head.lemma_.lower()) == "backs"
                    dispatched = [c for c in verb.head.children if c.dep_ == "dobj"] if infinitive and (
                        sending or arming) else []
                    named = any(self.actor_of(c) for c in dispatched)
                    if dispatched and arming and not named:
                        continue  # "Iran trained militias to fight IS": unnamed men fight, not Iran
                    if named:  # "Maliki sent the army into Basra to crush the Mahdi Army": the army, and the
                        # one who sent it (or, unnamed, the sender's men: "deployed advisers to train the
                        # PMF"); "the US trained the Peshmerga to battle IS": the Peshmerga
                        subjects = dispatched + (subjects if sending else [])
                    if not subjects and infinitive:
                        # "It was established by X to support Y": what was established supports Y
                        subjects = [c for c in verb.head.children if c.dep_ == "nsubjpass"]
                    if not subjects and infinitive and verb.head.dep_ == "acl" and verb.head.tag_ == "VBN":
                        subjects = [verb.head.head]  # "the PMF, formed in 2014 to fight IS": what was formed
                        of = verb.head.head.head
                        if verb.head.head.dep_ == "pobj" and of.lower_ == "of" and of.head.dep_ == "appos" \
                                and of.head.lemma_.lower() in self.words["kind_nouns"]:
                            subjects = [of.head]  # "the Hashd, an alliance of groups formed to fight IS"
                    # "X is working with Y to reshape ..., to instead support Z", "the coalition
                    # continued to advise and assist Iraqi forces", "the Quds Force has armed, trained
                    # and funded KH": the subject further up
                    if not subjects and (infinitive and verb.head.dep_ in {"xcomp", "conj", "advcl"} or
                                         verb.dep_ == "conj" and verb.head.dep_ in {"xcomp", "conj"}):
                        subjects = self._subjects_up(verb.head.head)
                if not subjects and (governor := self.gerund_governor(verb)) is not None:
                    # "the U.S. responded by hitting KH facilities": the U.S.
                    subjects = [c for c in governor.children if c.dep_ in {"nsubj", "nsubjpass"}]
                if not subjects and verb.dep_ in {"acl", "relcl"} and self.mention_of(verb.head) is not None \
                        and any(c.dep_ == "aux" and c.lower_ == "to" for c in children):
                    subjects = [verb.head]  # "the coalition to defeat ISIS"
                if not subjects:
                    subjects = self._accused_tokens(verb)
                if not subjects and verb.dep_ == "acl" and verb.tag_ == "VBG" and self.actor_of(verb.head):
                    subjects = [verb.head]  # "Iraqi government forces battling Daesh entered the town"
                elif not subjects and verb.dep_ == "acl" and verb.tag_ == "VBG":
                    # "the United States carried out strikes targeting KH": the strikes' agent
                    # "KH continued to maintain a presence targeting U.S. forces"
                    subjects = self._subjects_up(verb.head.head) if verb.head.dep_ in {"dobj", "pobj"} else []
                # "the invasion by the US and the UK overthrew the regime", "the strike, carried out by
                # the United States, killed X": the invaders, the strikers did
                # "the U.S. strike that killed X": the striker, whatever the parse hangs on "strike"
                subjects = [t.head.head if t.tag_ == "WDT" and t.head.dep_ == "relcl" and
                            t.head.head.lemma_.lower() in self.words["noun_hostile"] else t for t in subjects]
                subjects = [g for t in subjects for g in (
                    [g for c in t.children if c.dep_ == "prep" and c.lower_ == "by"
                     for g in c.children if g.dep_ == "pobj"] +
                    [g for v in t.children if v.dep_ == "acl" and
                     v.lemma_.lower() in self.words["launch_verbs"]
                     for c in v.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"] or
                    # "the strike attributed to Israel killed ..."
                    [self.doc[self.mention_tokens[m][0]] for m in self._responsible_for(t)] or
                    [x for c in t.children if c.dep_ in {"compound", "poss", "amod", "nmod"} and
                     self.mention_of(c) is not None and self.chain_type(self.mention_of(c)) != "PLACE"
                     for x in [c, *(self.doc[self.mention_tokens[p][0]]  # "a joint Iraqi-US raid killed"
                                    for p in self.hyphen_partners(self.mention_of(c)))]] or
                    # "the US-led invasion that toppled Saddam": the one who led it
                    [g for c in t.children if c.dep_ == "amod" and c.lemma_.lower() == "lead"
                     for g in c.children if g.dep_ in {"npadvmod", "compound"}
                     and self.mention_of(g) is not None] or
                    # "a US drone strike on Friday killed X": the parse may hang the US on the drone
                    [c for c in t.children if c.dep_ == "compound" and
                     c.lemma_.lower() in self.words["weapon_nouns"] and self.actor_of(c)]
                    if t.lemma_.lower() in self.words["noun_hostile"] else []) or [t]]
                objects = [c for c in children if c.dep_ in {"dobj", "obj"}]
                if relation == "sanctioned" and not objects:
                    # "Turkey considers the PKK a terrorist organization": the parse makes the PKK the
                    # subject of the kind it is listed as (not a deed weighed: "is considering adding
                    # Badr to its list")
                    objects = [g for c in children if c.dep_ in {"ccomp", "xcomp", "oprd"}
                               and c.pos_ != "VERB" for g in c.children if g.dep_ in {"nsubj", "dobj"}]
                objects = objects or self._shared_object(verb) or [
                    c for c in children if c.dep_ in {"advmod", "npadvmod"} and c.i == verb.i + 1
                    and self.mention_of(c) is not None] or (  # "ISIS seizes Mosul": Mosul parsed as an adverb
                    [verb] if verb.i in self.list_fill else [])  # "The Treasury sanctioned: - X - Y"
                if relation == "hostile_to":
                    # "strikes targeted a command node used by KH": whose the site is
                    sites = [o for d in objects for o in [d, *d.conjuncts] if self.mention_of(o) is None]
                    used = {o.i: users for o in sites if (users := self.site_users(o))}
                    # "struck Iraqi bases housing US troops": the troops, not the host
                    objects = [o for o in objects if o.i not in used] + [
                        g for users in used.values() for g in users]
                    preps = {"against", "on"} | ({"at"} if lemma in self.words["firing_verbs"] else set())
                    if lemma in self.words["hostile_with_verbs"]:
                        preps.add("with")  # "clashed with"
                    objects += [g for c in children if c.dep_ == "prep" and c.lower_ in preps
                                for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() != "side"]
            # "KH is responsible for killing hundreds of U.S. soldiers", "KH played a role in fighting IS"
            responsible = [] if subjects or passive else \
                self._responsible_for(verb) or self._took_part(verb) or self._aim_holders(verb)
            if verb.tag_ == "VBG" and verb.dep_ in {"pcomp", "advcl", "acl"} and \
                    not (subjects or responsible):
                continue
            subj = [m for s in subjects if not (  # "formed by former members of the Iraqi military":
                relation == "founded" and s.lemma_.lower() in self.words["people_nouns"]  # they, not it
                and self.mention_of(s) is None and not any(  # (but "its leader X started the group": X)
                    c.dep_ == "appos" and self.mention_of(c) is not None for c in s.children))
                for m in self.actor_of(s)] + responsible
            if passive and any(self.chain_type(m) == "PERSON" for m in subj):
                # "controlled by PMC Chief of Staff and KH leader X": the bodies only qualify his titles
                subj = [m for m in subj if self.chain_type(m) == "PERSON" or
                        self.titled_man(m, sent, across=True) is None]
            if relation == "backs" and not passive:
                # "Iran, through the IRGC and its Qods Force, has supported KH": the means back too
                subj += [m for c in children if c.dep_ == "prep" and c.lower_ == "through"
                         for g in c.children if g.dep_ == "pobj" for m in self.actor_of(g)]
            # "killed members of KH" fights KH; "trained KH fighters" backs KH (actor_of reads them)
            fighting = relation in {"killed", "hostile_to"}
            if relation == "killed":  # "a senior KH commander, X, was killed": X, not KH's men (a named
                # man's killing is `killed` alone, as the ontology annotates it)
                objects = [next((c for c in o.children if c.dep_ == "appos" and
                                 (m := self.mention_of(c)) is not None and self.chain_type(m) == "PERSON"
                                 and not self._names_the_source(m)), o)
                           for o in objects]
            # "killed the commander of the Quds Force": one man killed, not a fight with his force (the
            # ontology annotates a killing alone); "killed two KH commanders" fights KH
            people = {o.i: self.people_of(o) for o in objects} if fighting else {}
            # (nor is "the commander of the Quds Force" the last man named before: a title to match)
            objects = [o for o in objects if not (
                relation == "killed" and people.get(o.i) and o.tag_ == "NN" and
                o.lemma_.lower() in self.words["person_nouns"] and self.mention_of(o) is None)]
            if lemma in {"organize", "organise"} and relation == "founded":  # a force organised, not a
                objects = [o for o in objects if any(  # festival
                    self.chain_type(m) in {"ARMED_GROUP", "STATE_BODY"} for m in self.actor_of(o))]
            if lemma == "start":  # "started KH (the group)", not "started the training of KH fighters"
                objects = [o for o in objects if self.mention_of(o) is not None or
                           o.lemma_.lower() in self.words["kind_nouns"] | self.words["group_nouns"]]
            if lemma == "threaten":  # "threatens Iraq by planning Special Groups attacks": the attackers'
                objects = [o for o in objects if o.lemma_.lower() not in self.words["noun_hostile"]]  # deed
            if lemma in self.words["arrest_verbs"] and any(
                    w.lower_ in self.words["judicial_words"] for w in self.tokens.of(sent)) or any(
                    w.lower_ in self.words["follower_nouns"] for o in objects for w in o.subtree):
                continue  # an arrest on charges, of a journalist or of a group's supporters, is no fight
            if lemma == "target" and any(c.dep_ == "prep" and c.lower_ == "for" and any(
                    g.tag_ == "VBG" for g in c.children) for c in children) and self._of_sanctions(sent):
                continue  # "the US targets the Qods Force for backing militias": with sanctions, not arms
            groups = [m for o in objects for m in people.get(o.i, [])
                      if lemma not in self.words["arrest_verbs"] or self.chain_type(m) == "ARMED_GROUP"]
            obj = [m for o in objects if not people.get(o.i) for m in (
                self._object_actors(o, relation) or
                (self._land_held_in(o, verb) if relation == "controls" and not passive else []))]
            if verb.dep_ == "acl" and passive and objects == [verb.head] and \
                    (named := self.mention_of(verb.head)) is not None:
                obj = [named]  # "A's coalition, the Fatah Alliance led by X, and the bloc": the alliance
            elif verb.dep_ == "acl" and passive and objects == [verb.head]:
                # "the KDP, headed by A, and its rival the PUK, led by B": B leads the rival alone
                others = {self.mention_of(w) for c in verb.head.conjuncts for w in [c, *c.children]
                          if w is c or w.dep_ == "appos"}
                obj = [m for m in obj if m not in others]
            if relation == "killed":  # "killed another AQI leader, X": the parse hangs X on the group's name
                obj = [p for m in obj
                       for p in (self._person_apposed(m) if self.chain_type(m) != "PERSON" else [m])]
            if relation in {"killed", "sanctioned"} and obj:
                # "X was killed by the U.S. alongside Y", "the strike killed X along with Y", "designated
                # AAH along with its leader Y": Y too (the parse may hang "alongside" on the killer's
                # weapon, the date or the one killed, but not on anything else: "after years of fighting
                # alongside Y", "X, Y's commander alongside Z")
                along = [c for c in verb.subtree if c.dep_ == "prep" and (
                    c.lower_ == "alongside" or c.lower_ == "with" and c.head.lower_ == "along") and
                    (c.head.i in {o.i for o in objects} or self._said_of_the_deed(c.head, verb))]
                obj += [m for c in along for g in c.children if g.dep_ == "pobj" for m in self.actor_of(g)
                        if relation == "sanctioned" or self.chain_type(m) == "PERSON"]
            # "a militia that Washington designated a terrorist organization": the kind it was listed as
            # is no object of its own
            listed_as = relation == "sanctioned" and objects and all(
                self.mention_of(o) is None and o.lemma_.lower() in self.words["kind_nouns"] for o in objects)
            relative = [c for c in subjects[:1] if c.tag_ in {"WP", "WDT"} or any(  # (nor "KH, whose
                g.lower_ == "whose" for g in c.children)]  # brigade fought": the group is not fought)
            if (not objects or listed_as) and not passive and verb.dep_ == "relcl" and subjects and \
                    not relative and not any(c.tag_ == "WRB" for c in verb.children):
                # (not "Syria, where they fought alongside Hezbollah": the place is where, not whom)
                obj = self._relative_head(verb)  # "the movement he formed, KH": the noun is the object
            listed = relation == "sanctioned" and not passive  # "designating KSS and its leader X as SDGTs"
            # (not where a relative pronoun stood for no actor: "KH's leader, who was sanctioned by the US")
            # (nor "factions, some of which the U.S. maintains are trained by Iran")
            lost = any(w.tag_ in {"WP", "WDT"} and not self.actor_of(t) for t in [*subjects, *objects]
                       for w in [t, *(g for c in t.children if c.lower_ == "of" for g in c.children)])
            if relation in LINEAR_RELATIONS and (not subj or not obj or listed) and \
                    self._clause_verb(verb) and not lost:
                # the parse often breaks on long lists of names: read the clause in order
                linear_subj, linear_obj = self._linear_arguments(verb, sent, passive, listed)
                if any(o.pos_ == "NOUN" for o in objects):
                    linear_obj = []  # "designated two leaders of KH": the parse found the object, not KH
                person_words = self.words["people_nouns"] | self.words["person_nouns"]
                if subjects and not passive and all(
                        s.lemma_.lower() in person_words and self.mention_of(s) is None and not any(
                            c.dep_ in {"compound", "amod", "poss", "nmod"} and self.mention_of(c) is not None
                            for c in s.children) for s in subjects):
                    linear_subj = []  # "seven defendants ... sold oil to buyers in Syria in order to
                    # finance the IRGC-QF": the parse found the doers, unnamed, not the last name before
                if verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
                    linear_subj = []  # "transferring fighters to Syria to support Assad": not Syria
                national = {t.i for t in [*subjects, *objects] if (m := self.mention_of(t)) is not None and
                            self._one_national(m, t)}  # "The Iranian, an adviser to KH, was sanctioned"
                linear_subj = [] if national & {t.i for t in subjects} else linear_subj
                linear_obj = [] if national & {t.i for t in objects} else linear_obj
                subj = subj or linear_subj
                obj = list(dict.fromkeys(obj + linear_obj)) if listed else obj or linear_obj
            if lemma in self.words["arrest_verbs"]:  # forces arrest; a man who does orders it
                subj = [m for m in subj if self.chain_type(m) != "PERSON"]
            if lemma in self.words["arrest_verbs"] | self.words["countering_verbs"]:
                # an armed group's men held ("arrested IS members", "detained a KH commander") are a fight
                # with the group; one man held may be a criminal's or a dissident's arrest; a state is
                # countered by policy
                obj = [m for m in obj if self.chain_type(m) == "ARMED_GROUP"]
            if relation == "sanctioned" and passive and not subj and obj:
                subj = self._designator(verb)  # "X and Y were both sanctioned": by whom the text says
            # "took over the al-Abbas Brigade's headquarters": what is seized is the group's, not the group
            owners = {self.mention_of(c) for o in objects if relation == "controls" and
                      self.mention_of(o) is None for c in o.children if c.dep_ in {"poss", "compound"}}
            # "heads the Badr bloc in parliament", "runs KH's security office": a part of the body, so
            # he is one of its members
            parts = {m for o in objects if relation == "leads" and self.mention_of(o) is None and
                     o.lemma_.lower() in self.words["sub_body_nouns"] for c in o.children
                     if c.dep_ in {"poss", "compound"} and (m := self.mention_of(c)) is not None}
            # "commands the Houthi forces in the Hodeidah region", "KH fighters in Jurf al-Sakhar": some of
            # its men, so he is one of its commanders; "leading PMF operations against ISIS" leads no body
            men = self.words["people_nouns"] | self.words["fighter_nouns"] | self.words["generic_heads"]
            # (but "commanded PMF forces in Iraq": all of them)
            parts |= {m for o in objects if relation == "leads" and o.is_lower and o.lemma_.lower() in men
                      and any(c.dep_ == "prep" and c.lower_ == "in" and not any(
                          (w := self.mention_of(g)) is not None and self.chain_type(w) == "COUNTRY"
                          for g in c.children)
                          for c in [*o.children, *(c for c in verb.children if c.i == o.right_edge.i + 1)])
                      for m in self.actor_of(o)}
            acts = self.words["noun_hostile"]
            if relation == "leads" and objects and all(
                    self.mention_of(o) is None and o.lemma_.lower() in acts for o in objects):
                continue
            # "A and B lead X and Y", "X and Y, led by A and B, respectively": one each, in order
            respective = relation == "leads" and len(subj) == len(obj) > 1 and \
                all(self.chain_type(m) == "PERSON" for m in subj) and \
                any(t.lower_ == "respectively" for t in self.tokens.of(sent))
            order = {m: self.mention_tokens[m][0] for m in subj + obj}
            unseated = relation == "hostile_to" and self._unseated(verb)
            pairs = list(zip(sorted(subj, key=order.get), sorted(obj, key=order.get), strict=True)) \
                if respective else [(s, o) for s in subj for o in obj]
            for s, o in pairs:
                # "IS captured the garrison" fought its holders ("took over" a body is read below)
                # (not "X, who runs Maliki's media office": a man who runs another's office serves him)
                seized = lemma in self.words["capture_verbs"] or "take over" in phrasal
                fought = relation == "controls" and self.chain_type(o) not in {"PLACE", "COUNTRY"} and (
                    o in owners and seized or lemma in self.words["capture_verbs"] and lemma != "take")
                # "Qaani took over the Quds Force": a man who takes over a body takes its lead
                # (and "AAH was run by Kaabi", "Jabr ran the Interior Ministry": he led it; a man who runs
                # a company or a town controls it)
                took_lead = relation == "controls" and self.chain_type(s) == "PERSON" and (
                    "take over" in phrasal and self.chain_type(o) in ORG_TYPES or
                    lemma == "run" and self.chain_type(o) in {"ARMED_GROUP", "STATE_BODY"})
                politics = unseated or lemma in self.words["political_verbs"] and \
                    {self.chain_type(s), self.chain_type(o)} <= {"ORGANIZATION", "PERSON"}
                if relation == "hostile_to" and politics:
                    continue  # "a party opposing the ruling party", "expelled him from the party": politics
                if lemma in {"manage", "operate"} and self.chain_type(o) == "COUNTRY":
                    continue  # "managed the Romania national team": a coach, not a ruler
                if relation == "backs" and lemma == "train" and \
                        self.chain_type(s) == self.chain_type(o) == "PERSON":
                    continue  # a teacher trains a pupil; a force or a state that trains a man backs him
                # "Nujaba joined the Islamic Resistance in Iraq": a group joining a front becomes its part
                joined = relation == "member_of" and self.chain_type(s) in ORG_TYPES
                # "led by X and his deputy Y": Y's own title makes him a member
                title = self.role_at(self.mention_tokens[s][0], sent.start) if relation == "leads" \
                    else None
                deputy = title is not None and title[0] == "member_of" or o in parts
                if aimed and relation in {"controls", "killed"} and not fought:
                    continue
                if relation == "killed" and self.chain_type(o) != "PERSON" and self.doc[
                        self.mention_tokens[o][1] - 1].lemma_.lower() in self.words["people_nouns"]:
                    # "killing two Iraqi soldiers", a name for the army's men: the killer fights the army
                    self.emit(s, "hostile_to", o, f"verb_{lemma}_members", 0.7, sent)
                    continue
                if relation == "hostile_to" and self.chain_type(o) == "PLACE":
                    self.assailed.append((s, o, sent))  # "KH shelled Jurf al-Sakhar": whose ground?
                relation_said = "hostile_to" if fought else "part_of" if joined else \
                    "leads" if took_lead else "member_of" if deputy else relation
                self.emit(s, relation_said, o, f"verb_{lemma}", 0.75, sent)
            for s in subj:
                for g in groups:  # "IS killed dozens of Iraqi Army soldiers": IS fights the army
                    self.emit(s, "hostile_to", g, f"verb_{verb.lemma_.lower()}_members", 0.7, sent)

    def _unseated(self, verb: Token) -> bool:
        """Whether the verb puts someone out of a standing, not a place ("drove Maliki from office")."""
        return any(g.lemma_.lower() in self.words["standing_nouns"] for c in verb.children
                   if c.dep_ in {"prep", "prt"} and c.lower_ in {"from", "out"}
                   for g in c.subtree if g.dep_ == "pobj")

    def _where(self, token: Token) -> bool:
        """A place or country named only as where something is ("in Montserrat", "at Baghdad")."""
        mi = self.mention_of(token)
        return mi is not None and token.dep_ == "pobj" and token.head.lower_ in {"in", "at", "near"} and \
            self.chain_type(mi) in {"PLACE", "COUNTRY"}

    def _held(self, verb: Token) -> list[Token]:
        """The place a verb of holding holds, named or a word for a place: its object, or, passive
        with an agent ("the last city held by IS"), its subject or the noun it describes (not "a
        Hong Kong team held by the association")."""
        if not any(c.dep_ == "agent" for c in verb.children):
            held = [c for c in verb.children if c.dep_ == "dobj"]
        else:
            described = [verb.head] if verb.dep_ == "acl" else []
            held = [c for c in verb.children if c.dep_ == "nsubjpass"] + described
        places = self.words["place_nouns"] | self.words["land_nouns"] | self.words["quantity_words"]
        # "a town that KH has held since 2014": the relative stands for the town ("the town KH has held
        # since 2014", with no relative word, too)
        held = [verb.head if c.lower_ in {"that", "which"} and verb.dep_ == "relcl" else c for c in held]
        if not held and verb.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.tag_ not in {"WDT", "WP"}
                                                      for c in verb.children):
            held = [verb.head]
        return [c for c in held if self.mention_of(c) is not None or c.lemma_.lower() in places]

    def _proscribed(self, verb: Token) -> bool:
        """'banned the PKK (from operating in the country)': a ban that lists an armed group (not
        "banned Al Jazeera", a channel closed, nor "banned the PMF from entering Kirkuk", an order)."""
        armed = any((m := self.mention_of(c)) is not None and self.chain_type(m) == "ARMED_GROUP"
                    for c in verb.children if c.dep_ in {"dobj", "nsubjpass"})  # (not "banned KH's channel")
        ordered = any(c.dep_ == "prep" and c.lower_ == "from" and any(
            g.lemma_.lower() not in self.words["banned_activities"] for g in c.children)
            for c in verb.children)
        return armed and not ordered

    def _fired_on(self, verb: Token) -> bool:
        """'fired on US warships', 'fired rockets at the convoy': a target after "on" or "at" (not a day
        or a meeting: "fired the commander on Monday"), and munitions or nothing as what is fired."""
        fired = [c for c in verb.children if c.dep_ == "dobj"]
        munitions = self.words["munition_nouns"] | self.words["weapon_nouns"]
        if any(c.lemma_.lower() not in munitions for c in fired) or any(
                c.dep_ in {"prt", "advmod"} and c.lower_ == "back" for c in verb.children):
            return False  # "fired the commander", "fired a broadside at", "fired back at X on Twitter"
        return any(
            c.dep_ == "prep" and c.lower_ in {"on", "at"} and any(
                g.dep_ == "pobj" and g.ent_type_ not in {"DATE", "TIME"} and
                (self.actor_of(g) or self.site_users(g)) for g in c.children)
            for c in verb.children)

    @staticmethod
    def _shared_object(verb: Token) -> list[Token]:
        """The object a verb shares with the verbs coordinated after it: "Tehran has armed and
        advised the PMF", "the Quds Force trained, armed and funded KH" (not where a later verb has a
        subject of its own: "KH attacked and the US struck the base", nor to a verb with its own
        preposition: "fought for and defended the Assad government")."""
        if any(c.dep_ == "prep" for c in verb.children):
            return []
        later = verb
        while True:
            nxt = next((c for c in later.children if c.dep_ == "conj" and c.pos_ == "VERB"), None)
            if nxt is None or any(c.dep_ in {"nsubj", "nsubjpass"} for c in nxt.children):
                return []
            found = [c for c in nxt.children if c.dep_ in {"dobj", "obj"}]
            if found:
                return found
            later = nxt

    def _held_actors(self, token: Token, verb: Token) -> list[int]:
        """What a held object stands for, and land held somewhere where the verb puts it."""
        return self.actor_of(token) or self._land_held_in(token, verb)

    def _object_actors(self, token: Token, relation: str) -> list[int]:
        """The actors an object phrase stands for. A word for people ("sanctioned Islamic State
        officials", "designated two KH leaders, A and B") is sanctioned for the people it lists,
        not for the group that qualifies it; a word for a part ("created ISIL branches",
        "designated ISIL's branches in Libya") is not the group it is a part of."""
        found = self.actor_of(token)
        if self.mention_of(token) is not None:
            return found
        lemma = token.lemma_.lower()
        if relation == "hostile_to" and not found and lemma in self.words["noun_hostile"]:
            # "repelled an attack (launched) by IS cells": the attackers
            found = [m for h in [token, *(v for v in token.children if v.dep_ == "acl" and
                                         v.lemma_.lower() in self.words["launch_verbs"])]
                     for c in h.children if c.dep_ in {"prep", "agent"} and c.lower_ == "by"
                     for g in c.children if g.dep_ == "pobj" for m in self.actor_of(g)]
        if relation == "sanctioned" and lemma == "asset":  # "froze the assets of X" (or "X's assets")
            return found + [m for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                            for g in c.children if g.dep_ == "pobj" and self.mention_of(g) is not None
                            for m in self.actor_of(g)]  # not "the assets of the PMF's leaders": whose?
        people = self.words["person_nouns"] | self.words["people_nouns"]
        people |= self.words["follower_nouns"]
        if relation == "sanctioned" and ({lemma, token.lower_} & people or any(
                self.role_at(h.i + 1, h.i) for h in [token, *token.conjuncts])):  # "the owner and head of"
            found = [m for m in found if self.chain_type(m) == "PERSON"] or self._person_after_role(token)
        if relation == "controls" and not found and lemma in self.words["place_nouns"]:
            # "captured ISIL territory", "seized KH's areas": a force's ground, so the force is fought
            return self.holders_of_ground(token)
        if relation == "controls" and not {lemma, token.lower_} & (
                self.state_heads | self.words["military_sites"] | self.words["quantity_words"] |
                self.words["place_nouns"]):
            # "the coalition that dominated Iraq's elections" holds no Iraq ("a company owned by" is held)
            owners = {self.mention_of(c) for c in token.children
                      if c.dep_ in {"poss", "compound", "nmod", "amod"}}
            found = [m for m in found if m not in owners]
        if relation in {"founded", "succeeded"} and lemma not in self.words["kind_nouns"]:
            # "establishes Badr's dominance", "replacing Soleimani's strategy": not Badr, not Soleimani
            # (a compound names it: "the Sonic Images label")
            owners = {self.mention_of(c) for c in token.children if c.dep_ == "poss"}
            found = [m for m in found if m not in owners]
        if relation in {"founded", "sanctioned", "controls"} and lemma in self.words["part_nouns"]:
            modifiers = {"compound", "poss", "nmod", "amod"}
            whole = {self.mention_of(c) for c in token.children if c.dep_ in modifiers}
            found = [m for m in found if m not in whole]
        return found

    def _person_after_role(self, token: Token) -> list[int]:
        """The person named after a role: in "designating the owner and head of Al-Huda Bank, X"
        the parse hangs X on the bank."""
        heads = [token, *token.conjuncts]
        heads += [g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "of"
                  for g in c.children if g.dep_ == "pobj"]
        return [m for h in heads for c in h.children if c.dep_ == "appos"
                if (m := self.mention_of(c)) is not None and self.chain_type(m) == "PERSON"]

    @staticmethod
    def _subjects_up(governor: Token, hops: int = 3) -> list[Token]:
        """The nearest subject on the way up a chain of clauses, each one the complement, the
        conjunct or the adverbial clause of the next."""
        for _ in range(hops):
            subjects = [c for c in governor.children if c.dep_ == "nsubj"]
            if subjects or governor.dep_ not in {"xcomp", "conj", "advcl"} or governor.head.i == governor.i:
                return subjects
            governor = governor.head
        return []

    def _passive(self, verb: Token) -> bool:
        """Whether a verb is read as a passive: its own passive subject or auxiliary, or a participle
        describing a noun or a clause, even one tagged as a past tense ("Badr, considered a
        terrorist by ...", "KH existed for years, backed and funded by Iran"), or the next of a list
        of such participles ("founded in 2007 and funded by the Quds Force"; not "while the
        coalition has trained and equipped Iraqi forces", where the first verb has its subject)."""
        children = list(verb.children)
        subject = any(c.dep_ == "nsubj" for c in children)
        listed = verb.i in self.list_fill and verb.tag_ == "VBN" and not subject
        if self._set_off_subject(verb) is not None or listed:
            return True  # (and "Killed in the U.S. strike:" before a list of the dead)
        if any(c.dep_ in {"nsubjpass", "auxpass"} for c in children) or \
                verb.dep_ in {"acl", "advcl"} and verb.tag_ == "VBN" or \
                verb.dep_ == "acl" and verb.tag_ == "VBD" and not subject:
            return True
        if verb.dep_ == "advcl" and verb.tag_ == "VBD" and not subject:
            return any(c.dep_ == "agent" for v in [verb, *verb.conjuncts] for c in v.children) and \
                any(c.dep_ == "nsubj" for c in verb.head.children)
        return verb.dep_ == "conj" and verb.tag_ == "VBN" and verb.head.i != verb.i and \
            not any(c.dep_ == "nsubj" for c in verb.head.children) and self._passive(verb.head)

    @staticmethod
    def _set_off_subject(verb: Token) -> Token | None:
        """The name a participle set off by a comma describes, where the parse made it the subject
        of an active verb: "The PKK, considered a terrorist group by Ankara, denied it"; None where
        there is no such misreading (not "The PKK considered the offer")."""
        if verb.tag_ not in {"VBD", "VBN"} or verb.i < 2 or verb.nbor(-1).text != ",":
            return None
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i == verb.i - 2), None)
        by = any(p.dep_ in {"prep", "agent"} and p.lower_ == "by" and p.i > verb.i
                 for h in [verb, *(c for c in verb.children if c.dep_ in {"oprd", "dobj"})]
                 for p in h.children)
        return subject if by else None

    @staticmethod
    def _listed_as_terrorist(verb: Token) -> bool:
        """Whether what the verb makes its object is a terrorist listing: "named X a Specially
        Designated Global Terrorist", "declared X an SDGT" (not "named X the designated envoy", nor
        "declared that KH, an FTO, had attacked")."""
        labels = [c for c in verb.children if c.dep_ in {"oprd", "xcomp", "attr", "ccomp"} and
                  c.pos_ in {"NOUN", "PROPN"}]
        labels += [a for c in verb.children if c.dep_ == "dobj" for a in c.children if a.dep_ == "appos"]
        for label in labels:
            words = [w.lower_ for w in label.subtree]
            if label.lower_ in {"sdgt", "fto"} or "designated" in words and "terror" in label.lower_:
                return True
        return False

    def _purpose_subjects(self, verb: Token, served: Token) -> list[Token] | None:
        """Who does what a bare purpose infinitive says, None where the text names no one: "formed
        in 2014 to help fight IS", "revived in order to fight IS" (what was formed or revived);
        "helped the Peshmerga fight IS", "formed a militia in order to fight IS", "trained KH in order
        to fight US forces", "pressured Baghdad to help fight the PKK" (the object); "the Mahdi Army
        was revived as Saraya al-Salam in order to fight IS" (the new name); but "Turkey trained
        tribal fighters to help fight IS" names no fighter."""
        relation = self.wording.verbs.get(served.lemma_.lower())
        arming = relation == "backs" or served.lemma_.lower() in self.words["sending_verbs"]
        objects = [c for c in served.children if c.dep_ == "dobj"]
        if arming and served is not verb.head and not any(self.actor_of(c) for c in objects):
            return None
        renamed = [g for c in served.children if c.dep_ == "prep" and c.lower_ == "as"
                   for g in c.children if g.dep_ == "pobj" and
                   (m := self.mention_of(g)) is not None and self.chain_type(m) in ORG_TYPES]
        # "pressured Baghdad to help fight the PKK": the one urged, right before the infinitive (not "served
        # as the commander of X's bodyguard, before being assigned to help kill US troops")
        urged = [c for c in served.head.children if c.dep_ == "dobj" and c.i < served.i and not any(
            t.text in {",", ";"} or t.pos_ == "ADP" for t in self.doc[c.right_edge.i + 1:served.i])
            and self.actor_of(c)]
        if not urged and self.wording.verbs.get(served.head.lemma_.lower()) == "backs" and any(
                c.dep_ == "dobj" for c in served.head.children):
            return None
        infinitive = served.dep_ in {"advcl", "xcomp"} and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in served.children)
        return renamed or [c for c in objects if served is verb.head or relation == "founded" or arming] or \
            self.subject_tokens(served) or ((urged or self.subject_tokens(served.head)) if infinitive else [])

    def _purpose_served(self, verb: Token) -> Token | None:
        """The verb a bare purpose infinitive serves: "to help fight" (help), "in order to fight"
        (the verb "in order" hangs on)."""
        head = verb.head
        if verb.dep_ == "xcomp" and head.lemma_.lower() in self.words["helping_verbs"] and \
                not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return head
        if verb.dep_ == "acl" and head.lower_ == "order" and head.dep_ == "pobj" and head.head.lower_ == "in":
            return head.head.head
        return None

    def verbs_taken_for_nouns(self, sent: Span) -> None:
        """'The Quds Force trains and funds Iraqi militias': the small model often tags a present
        tense after a name as a plural noun and parses the clause as one noun phrase. A bare
        plural of a backing, sanctioning, attacking or leading verb ("The IRGC-QF targets US interests",
        "Qais al-Khazali heads AAH"),
        right after a name (or after such a verb and "and"), heading the clause, is read as the
        verb, its arguments in word order."""
        read = LINEAR_RELATIONS | {"hostile_to", "leads"}
        for word in self.tokens.where(sent, dep={"ROOT", "conj"}, pos={"NOUN"}):
            relation = self.wording.verbs.get(word.lemma_.lower())
            if relation not in read or word.tag_ != "NNS" or word.dep_ not in {"ROOT", "conj"} \
                    or any(c.dep_ in {"det", "amod", "poss", "nummod", "prep"} and c.i < word.i
                           and self.token_mention.get(c.i + 1) is None  # "The | IRGC-QF targets"
                           and self.token_mention.get(c.i) is None  # "Qais al-Khazali heads": the name's end
                           for c in word.children):
                continue
            before = self.doc[word.i - 1] if word.i > sent.start else None
            if before is not None and before.lower_ == "and" and word.dep_ == "conj":
                before = self.doc[word.head.i - 1] if word.head.tag_ == "NNS" and \
                    self.wording.verbs.get(word.head.lemma_.lower()) in read else None
            if before is None or self.token_mention.get(before.i) is None:
                continue
            subj, obj = self._linear_arguments(word, sent, passive=False)
            for s in subj:
                for o in obj:
                    self.emit(s, relation, o, f"verb_{word.lemma_.lower()}", 0.7, sent)

    def participle_taken_for_noun(self, sent: Span) -> None:
        """'The US-led coalition fighting ISIS announced ...': the small model may tag a participle
        between two names as a noun compounded with the second. One of a backing or attacking verb,
        right after a name and right before the name it modifies, is read as the participle: the first
        does it to the second."""
        for word in self.tokens.where(sent, dep={"compound", "amod", "acl"}, pos={"NOUN"}):
            stem = word.lower_[:-3] if word.lower_.endswith("ing") and word.tag_ == "NN" else ""
            lemmas = (stem, stem + "e", stem[:-1]) if len(stem) > 2 else ()
            read = LINEAR_RELATIONS | {"hostile_to"}
            verb = next((w for w in lemmas if self.wording.verbs.get(w) in read), None)
            relation = self.wording.verbs.get(verb) if verb is not None else None
            subject = self.token_mention.get(word.i - 1) if word.i > sent.start else None
            obj = self.token_mention.get(word.i + 1)
            if relation is None or subject is None or obj is None or \
                    self.mention_tokens[obj][0] != word.i + 1:
                continue
            if word.dep_ == "acl" and (self.token_mention.get(word.head.i) != subject or not any(
                    c.dep_ == "dobj" and self.token_mention.get(c.i) == obj for c in word.children)):
                continue  # "the coalition fighting ISIS", the participle read as a noun heading a clause
            if word.dep_ != "acl" and self.token_mention.get(word.head.i) != obj:
                continue
            self.emit(subject, relation, obj, f"verb_{verb}", 0.62, sent)

    def killing_taken_for_adjective(self, sent: Span) -> None:
        """'The IRGC fired missiles at a house in Erbil, killing businessman X': the parse may read the
        participle after the comma as an adjective of the victim's title; the subject of the clause
        before the comma killed him (not "officials said militants fired rockets, killing X": none named)."""
        for t in self.tokens.where(sent, dep={"amod", "compound"}):
            if t.tag_ != "VBG" or self.wording.verbs.get(t.lemma_.lower()) != "killed" or \
                    self.doc[t.i - 1].text != ",":
                continue
            clause = next((w for w in reversed(self.doc[sent.start:t.i]) if w.pos_ == "VERB"), None)
            if clause is None or not self.asserted(clause):
                continue
            victim = next((m for k in range(t.i + 1, min(t.i + 5, sent.end))
                           if (m := self.token_mention.get(k)) is not None), None)
            if victim is None or self.chain_type(victim) != "PERSON":
                continue
            for killer in self._subjects(clause):
                self.emit(killer, "killed", victim, "verb_kill", 0.7, sent)

    def _said_of_the_deed(self, t: Token, verb: Token) -> bool:
        """Whether a word is the verb or the killer, weapon, place or date its prepositions name ("killed
        by a U.S. drone at Baghdad airport in 2020"), not "after years of fighting" or a man's title."""
        settings = self.words["noun_hostile"] | self.words["weapon_nouns"] | self.words["facility_words"]
        while t.i != verb.i:
            if t.dep_ not in {"pobj", "prep", "agent"} or t.head.i == t.i:
                return False
            if t.dep_ == "pobj" and not (self.mention_of(t) is not None or t.like_num or
                                         t.head.lower_ in {"on", "in", "at", "near"} or
                                         t.lemma_.lower() in settings):
                return False
            t = t.head
        return True

    def _person_apposed(self, mi: int) -> list[int]:
        """The person in apposition to a group's name, else the group: "another al Qaeda in Iraq
        leader, X" is parsed with X hung on "Qaeda"."""
        start, end = self._mention_span(mi)
        root = self.doc[start:end].root
        apposed = [m for c in root.subtree if c.dep_ == "appos"
                   for m in self.actor_of(c) if self.chain_type(m) == "PERSON"]
        k = end  # "killed IRGC – Quds Force Commander X": the man the run of names and titles ends in
        while not apposed and k < min(end + 8, root.sent.end):
            named = self.token_mention.get(k)
            if named is not None and self.chain_type(named) == "PERSON":
                return [named]
            if named is None and not (self.doc[k].text in {"-", "–"} or self.doc[k].pos_ == "PROPN"):
                break
            k = self._mention_span(named)[1] if named is not None else k + 1
        return apposed or [mi]

    def died_in(self, sent: Span) -> None:
        """'X died in a U.S. drone strike', 'X died during a U.S. raid': the strike's owner killed X."""
        for verb in self.tokens.where(sent, lemma={"die"}, pos={"VERB"}):
            if verb.lemma_.lower() != "die" or verb.pos_ != "VERB" or not self.asserted(verb):
                continue
            dead = [m for c in verb.children if c.dep_ == "nsubj" for m in self.actor_of(c)]
            strikes = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in {"in", "during"}
                       for g in c.children
                       if g.dep_ == "pobj" and g.lemma_.lower() in self.words["noun_hostile"]]
            killers = [m for g in strikes for m in self.actor_of(g)]
            for k in killers:
                for d in dead:
                    self.emit(k, "killed", d, "died_in", 0.7, sent)

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

    def _linear_arguments(self, verb: Token, sent: Span, passive: bool,
                          listed: bool = False) -> tuple[list[int], list[int]]:
        """Arguments read in word order: the actor named last before the verb in its
        clause, and the actors listed after it up to the clause's end ('by' ones for
        a passive verb). In a `listed` designation an apposition is passed over to the
        next ', and' ("designated A, leader of X, and his brother B": A and B, not X)."""
        before = []
        for k in range(verb.i - 1, sent.start - 1, -1):
            t = self.doc[k]
            if t.text in {";", ":"} or (t.pos_ == "VERB" and t.i != verb.i and t.dep_ != "amod"):
                break
            mi = self.token_mention.get(k)
            if mi is not None and t.dep_ == "dobj" and t.head.pos_ == "VERB" and t.head.i != verb.i:
                break  # "away from fighting ISIS, to instead support Iran's activities": ISIS is fought
            if mi is not None and self._where(self.doc[self.mention_tokens[mi][1] - 1]):
                break  # "recorded at a studio in Jordan, assisted by X": where, not who
            if mi is not None:
                before = [mi]
                break
        after: list[int] = []
        seen_by = not passive
        resume = 0  # where a designation's list goes on after an apposition
        for k in range(verb.i + 1, sent.end):
            t = self.doc[k]
            if k < resume:
                continue
            if t.text in {";", ":", "."} or t.lower_ in {"which", "who", "that", "because", "after", "while"}:
                break
            if t.text == "," and after and k + 1 < sent.end and self.token_mention.get(k + 1) is None \
                    and self.doc[k + 1].lower_ not in {"and", "or"} and not (
                        self.doc[k + 1].lower_ == "the" and self.token_mention.get(k + 2) is not None):
                more = next((j + 2 for j in range(k + 2, min(sent.end - 1, k + 16))
                             if self.doc[j].text == "," and self.doc[j + 1].lower_ == "and"), None) \
                    if listed else None
                if more is None:
                    break  # "by the Quds Force, part of the IRGC": an apposition, not the list ("A, the B")
                resume = more
                continue
            if passive and t.lower_ == "by":
                seen_by = True
                continue
            if t.pos_ in {"VERB", "AUX"} and (t not in verb.conjuncts or t.tag_ != "VBN") and \
                    t.dep_ not in {"amod", "compound", "prep"}:
                # "forces, supported by coalition airstrikes, fought ISIL": ISIL backs nobody; "designated
                # by the United States and is an ally of Iran": Iran designates nobody
                break
            if not passive and (t.lower_ in {"as", "for", "by", "in", "on", "to"} or
                                (t.pos_ == "ADP" and t.lower_ not in {"of", "-"})):  # "under the X Act"
                break
            if not passive and t.pos_ == "NOUN" and k + 1 < sent.end and self.doc[k + 1].lower_ == "of" and \
                    t.lemma_.lower() in self.words["person_nouns"] | self.words["people_nouns"]:
                break  # "sanctioned one of the leaders of the PMF": the leader, not the PMF
            mi = self.token_mention.get(k)
            if mi is not None and t.dep_ in {"nsubj", "nsubjpass"} and t.head.i != verb.i:
                break  # "... to train and equip partner forces, Warren said": the next clause's subject
            if mi is not None and t.dep_ in {"amod", "compound"} and \
                    self.token_mention.get(t.head.i) not in {None, mi}:
                continue  # "the Iranian Quds Force": the demonym modifies the actor named
            if mi is not None and t.dep_ == "amod" and self.token_mention.get(t.head.i) is None and \
                    self.demonym_only(mi, t.head):
                continue  # "funds Iraqi militias including KH": not Iraq
            if mi is not None and (self.leads_what_follows(mi) or self._possessed(mi) != mi):
                continue  # "backed by a U.S.-led military coalition": by the coalition; "the PMF
                # fighting force KSS", "Iran's Quds Force": the force
            end = self.mention_tokens[mi][1] if mi is not None else 0
            if mi is not None and self.titled_man(mi, sent) is not None:
                continue  # "blacklisted Babylon Brigades leader X": X, whose title names the group
            if mi is not None and after and self._title_of_apposed(self.doc[end - 1]):
                continue  # "sanctioned Abu Fadak, the PMF chief of staff": his post, not a second target
            if mi is not None and seen_by and mi not in after:
                after.append(mi)
        return (after, before) if passive else (before, after)

    def _title_of_apposed(self, t: Token) -> bool:
        """Whether a name only qualifies the title of someone named before ("X, the PMF chief of
        staff", "X, a senior KH commander")."""
        head = t
        while head.dep_ in {"compound", "poss", "amod", "nmod"} and head.head.i != head.i:
            head = head.head
        return head.i != t.i and head.dep_ == "appos" and self.mention_of(head) is None and \
            (head.lemma_.lower() in self.words["person_nouns"] or head.lower_ in self.roles)

    def close_to(self, sent: Span) -> None:
        """'Kildani is close to Soleimani', 'a politician close to Iran': near in allegiance (not
        'a village close to the border', 'sources close to the premier'); and 'these groups remain
        hostile towards the US'."""
        close, hostile = {"close", "closer", "closest"}, self.words["hostile_adjectives"]
        for word in self.tokens.where(sent, lower=close | hostile):
            if word.lower_ not in close | hostile or word.pos_ not in {"ADJ", "ADV"}:
                continue
            relation, rule = ("allied_with", "close_to") if word.lower_ in close else \
                ("hostile_to", "hostile_towards")
            # "close to Iran", not "close to Morris's esthetic"
            others = [m for c in word.children if c.dep_ == "prep" and c.lower_ in {"to", "towards", "toward"}
                      for g in c.children if g.dep_ == "pobj" and self.mention_of(g) is not None
                      for m in self.actor_of(g) if self.chain_type(m) != "PLACE"]
            if not others or any(c.dep_ == "prep" and c.lower_ in {"in", "on"} for c in word.children):
                continue  # "close to Iran in the FIFA rankings": a measure, not an allegiance
            governor = word.head.head if word.head.lower_ == "as" else word.head  # "seen as close to"
            if any(c.dep_ in {"advcl", "prep"} and (c.lower_ in {"in", "on"} or any(
                    g.dep_ == "advmod" and g.lower_ == "when" for g in c.children))
                   for c in governor.children):
                continue  # "were close to IS when the airstrike hit", "close to the US in output"
            if governor.pos_ in {"VERB", "AUX"} and governor.lemma_.lower() in \
                    self.words["post_verbs"] | self.words["naming_verbs"] | self.words["being_verbs"]:
                holders = [m for c in governor.children if c.dep_ in {"nsubj", "nsubjpass"}
                           for m in self.actor_of(c)] if self.asserted(governor) else []
            elif word.dep_ in {"amod", "advmod"} and word.head.pos_ == "NOUN":
                holders = self.actor_of(word.head)  # "a politician close to Iran": the one described
            else:
                continue
            self.emit_pairs([h for h in holders if self.chain_type(h) != "PLACE"], relation, others,
                            rule, 0.65, sent)

    def partner_verbs(self, sent: Span) -> None:
        """'X cooperated with Y', 'X fought alongside Y', 'X worked with Y' (not 'fought with')."""
        for verb in self.tokens.where(sent, pos={"VERB", "ADJ"}, lemma=self.words["partner_verbs"]):
            lemma = verb.lemma_.lower()
            if verb.pos_ not in {"VERB", "ADJ"} or lemma not in self.words["partner_verbs"] or \
                    not self.asserted(verb):
                continue  # "pledged to continue to work with X": a promise
            # "joined forces with X" (not "joined with X", "fought with X": into X, against X)
            joined = lemma == "join" and any(c.dep_ == "dobj" and c.lower_ in self.words["joining_objects"]
                                             for c in verb.children)
            # "fought with Iran against Saddam": beside Iran (not "fought with the PKK": against it)
            against = lemma == "fight" and any(c.dep_ == "prep" and c.lower_ == "against"
                                               for c in verb.children)
            preps = [c for c in verb.children if c.dep_ == "prep" and (
                c.lower_ == "alongside" or
                (c.lower_ == "with" and (lemma not in {"fight", "join", "serve"} or joined or against))
                or (c.lower_ == "to" and lemma in {"loyal", "link", "tie", "align", "ally"}))]
            # "loyal to Sadr", "tied to", "closely aligned to Iran", "allied to the KDP"
            if not preps:
                continue
            subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]  # "is affiliated with"
            head = verb
            while not subjects and head.dep_ in {"conj", "xcomp", "advcl", "acomp"} and head.head.i != head.i:
                head = head.head  # "These groups are separate from but allied with X"
                subjects = [c for c in head.children if c.dep_ == "nsubj"]
            if not subjects and verb.dep_ in {"acl", "amod"} and verb.head.i not in self.list_fill:
                # (not "sanctioned the following individuals linked to the Houthis: ...": the tie
                # only says why each was listed)
                subjects = [verb.head]  # "KSS, working with ...", "militias loyal to Iran such as KH"
            subj = [m for c in subjects for m in self.actor_of(c) or self._pronoun(c)
                    if not self._platform_of(c, m)]
            partners = [m for p in preps for g in p.children  # "operates with Iranian backing": with_aid
                        if g.dep_ == "pobj" and g.lemma_.lower() not in self.words["aid_nouns"]
                        for m in self.actor_of(g)]
            for a in subj:
                for b in partners:
                    self.emit(a, "allied_with", b, f"partner_{lemma}", 0.7, sent)
            if lemma in self.words["hostile_with_verbs"] | {"fight"}:
                # "the army fought alongside the PMF against IS": the partner fought IS too
                foes = [m for c in verb.children if c.dep_ == "prep" and c.lower_ == "against"
                        for g in c.children if g.dep_ == "pobj" for m in self.actor_of(g)]
                self.emit_pairs(partners, "hostile_to", foes, "fought_alongside", 0.65, sent)
        for side in self.tokens.where(sent, lemma={"side"}, dep={"pobj"}):
            # "KSS fought in the Syrian civil war on the side of the Assad government" (the same side,
            # not the other, the wrong or the opposing one)
            if side.lemma_.lower() != "side" or side.dep_ != "pobj" or side.head.lower_ != "on" or any(
                    c.dep_ in {"amod", "compound"} and c.lower_ != "same" for c in side.children):
                continue
            verb = self._clause_verb_of(side)
            if verb.pos_ not in {"VERB", "AUX"} or not self.asserted(verb):
                continue
            partners = [m for c in side.children if c.dep_ == "prep" and c.lower_ == "of"
                        for g in c.children if g.dep_ == "pobj" for m in self.actor_of(g)]
            for a in self._subjects(verb):
                for b in partners:
                    self.emit(a, "allied_with", b, "on_the_side_of", 0.7, sent)

    def _platform_of(self, outlet: Token, actor: int) -> bool:
        """Whether the actor is only the platform a media noun names ("a Telegram channel affiliated
        with Nujaba"), not the outlet itself ("Al-Ahd, a TV channel affiliated with AAH")."""
        return outlet.lemma_.lower() in self.words["media_nouns"] and any(
            c.dep_ in {"compound", "amod", "nmod"} and self.mention_of(c) == actor for c in outlet.children)

    def gave_aid(self, sent: Span) -> None:
        """'X provided material support to Y', 'X supplied Y with weapons': X backs Y."""
        giving = self.words["giving_verbs"]
        for verb in self.tokens.where(sent, lemma=giving):
            if verb.lemma_.lower() not in giving or not self.asserted(verb):
                continue
            if verb.dep_ != "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
                continue  # "make it a crime to provide support to the militia": no one gives it here
            objects = [o for c in verb.children if c.dep_ == "dobj" for o in [c, *c.conjuncts]]
            # "provided more than $1 billion in equipment and training to the CTS"
            objects += [g for o in objects for p in o.children if p.dep_ == "prep" and p.lower_ == "in"
                        for c in p.children if c.dep_ == "pobj" for g in [c, *c.conjuncts]]
            if any(o.lemma_.lower() in self.words["aid_nouns"] for o in objects):
                takers = [m for c in [verb, *objects] for p in c.children
                          if p.dep_ in {"dative", "prep"} and p.lower_ == "to"
                          for g in p.children if g.dep_ == "pobj" for m in self.actor_of(g)]
                # "Iran gave KH drones", "gave us weapons": the one given to, before what is given
                takers += [m for c in verb.children if c.dep_ == "dative" and c.lower_ != "to"
                           for m in self.actor_of(c)]
            elif any(p.dep_ == "prep" and p.lower_ == "with" and any(
                    g.lemma_.lower() in self.words["aid_nouns"] for g in p.children) for p in verb.children):
                takers = [m for o in objects for m in self.actor_of(o)]
            else:
                continue
            if verb.lemma_.lower() in self.words["shipping_verbs"]:  # "smuggled rockets to Syria": where to
                takers = [m for m in takers if self.chain_type(m) not in {"COUNTRY", "PLACE"}]
            accused = [c for c in self._accused_tokens(verb) if self.mention_of(c) is not None]
            givers = self._subjects(verb) or [m for c in accused for m in self.actor_of(c)]
            for giver in givers:
                for taker in takers:
                    self.emit(giver, "backs", taker, "gave_aid", 0.75, sent)

    def received_aid(self, sent: Span) -> None:
        """'X received training and weapons from Y', 'X rallied the support of Y', 'X has Iranian
        backing': Y backs X."""
        receiving = self.words["receiving_verbs"]
        for verb in self.tokens.where(sent, lemma=receiving):
            if verb.lemma_.lower() not in receiving or not self.asserted(verb):
                continue
            aid = [o for c in verb.children if c.dep_ == "dobj" for o in [c, *c.conjuncts]]
            if not any(o.lemma_.lower() in self.words["aid_nouns"] for o in aid) or \
                    any(map(self.none_of, aid)) or any(c.lower_ in {"against", "little"} for o in aid
                                                       for c in o.children):
                continue  # (not "has no (little) Iranian support", "has US air support against it")
            sources = [m for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"
                       for g in c.children if g.dep_ == "pobj" for m in self.actor_of(g)]
            # (not "has the support of Sadr but not of Badr")
            sources += [m for o in aid for c in o.children if c.dep_ == "prep" and c.lower_ in {"from", "of"}
                        and self.doc[c.i - 1].lower_ != "not"
                        for g in c.children if g.dep_ == "pobj" for m in self.actor_of(g)]
            # "receives Iranian support", "enjoys US backing": the giver named before the aid
            sources += [m for o in aid for c in o.children if c.dep_ in {"amod", "compound", "poss"}
                        for m in self.actor_of(c) if self.chain_type(m) != "PLACE"]
            receivers = self._subjects(verb)  # "has links to al-Qaeda and receives funding from it"
            for giver in sources:
                for taker in receivers:
                    self.emit(giver, "backs", taker, "received_aid", 0.75, sent)

    def _of_sanctions(self, sent: Span) -> bool:
        """Whether the sentence or the one before speaks of sanctions: there "target" is a designation's."""
        start = self.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        sanctioning = self.words["sanction_nouns"] | self.sanctioning_verbs
        return any(t.lemma_.lower() in sanctioning for t in self.doc[start:sent.end])

    def _designator(self, verb: Token) -> list[int]:
        """Who sanctioned, where a passive names no one: the state or state body that says so ("the
        Treasury said X and Y were designated"), else the one that imposed sanctions in the sentence
        before ("The US imposed sanctions on four Iraqis. Two militia leaders were sanctioned for ...")."""
        states = {"COUNTRY", "STATE_BODY"}
        if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in self.words["reporting_verbs"]:
            return [m for c in verb.head.children if c.dep_ == "nsubj" for m in self.actor_of(c)
                    if self.chain_type(m) in states][:1]
        if verb.sent.start == 0:
            return []
        before = self.doc[verb.sent.start - 1].sent
        # (not "Iraq condemned the sanctions", "the KRG welcomed the sanctions": those did not impose them)
        return [m for t in self.tokens.of(before) if t.dep_ == "nsubj" and t.head.pos_ == "VERB" and (
                    t.head.lemma_.lower() in self.sanctioning_verbs or
                    t.head.lemma_.lower() in self.words["imposing_verbs"] and any(
                        c.dep_ == "dobj" and c.lemma_.lower() in self.words["sanction_nouns"]
                        for c in t.head.children))
                for m in self.actor_of(t) if self.chain_type(m) in states][:1]

    def with_aid(self, sent: Span) -> None:
        """'was created in 2013 with the support of Iran', 'retook Ramadi with coalition backing':
        whoever gives the help backs whoever acts with it."""
        for prep in self.tokens.where(sent, lower={"with"}, dep={"prep"}):
            verb, doer = prep.head, None
            if verb.pos_ in {"NOUN", "PROPN"} and verb.dep_ in {"nsubj", "dobj"}:
                # "Iraqi forces with the support of the coalition began": the forces; "started the
                # offensive with the support of US airstrikes": whoever started it
                doer, verb = verb, verb.head
            if verb.pos_ not in {"VERB", "AUX"} or not self.asserted(verb):
                continue
            for aid in (g for g in prep.children if g.dep_ == "pobj"):
                if aid.lemma_.lower() not in self.words["aid_nouns"]:
                    continue
                givers = [m for c in aid.children if c.dep_ in {"poss", "compound", "nmod", "amod"}
                          for m in self.actor_of(c) or self._pronoun(c)]
                givers += [m for c in aid.children if c.dep_ == "prep" and c.lower_ in {"of", "from"}
                           for g in c.children if g.dep_ == "pobj" for m in self.actor_of(g)]
                takers = self.actor_of(doer) if doer is not None and doer.dep_ == "nsubj" else []
                if not takers and self.wording.verbs.get(verb.lemma_.lower()) == "founded":
                    # "Hakim founded SCIRI in Tehran with Iranian backing": what was founded is backed
                    takers = [m for c in verb.children if c.dep_ == "dobj" for m in self.actor_of(c)
                              if self.chain_type(m) in ORG_TYPES]
                if not takers and verb.tag_ == "VBN" and not any(c.dep_ in {"aux", "auxpass"} for c in
                                                                  verb.children):
                    # "YBS, established with the support of the PKK, ...": a participle describes the
                    # name before it, whatever subject the parse gives it
                    named = self.token_mention.get(verb.i - 2) if self.doc[verb.i - 1].text == "," else None
                    takers = [named] if named is not None else []
                    if not takers:
                        continue
                takers = takers or [m for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}
                                    for m in self.actor_of(c) or self._pronoun(c)] or self._subjects(verb)
                for giver in givers:
                    for taker in takers:
                        self.emit(giver, "backs", taker, "with_aid", 0.75, sent)

    def aid_of(self, sent: Span) -> None:
        """"Iran's sponsorship of the Houthis", "American support for the ISF", "Iran's backing
        of KH": the giver named before the noun backs the one it is of, for or to (not "its support
        for the ceasefire", nor a support denied)."""
        aids = self.words["aid_nouns"] - {"adviser", "advisor", "intelligence"}
        for noun in self.tokens.where(sent, lemma=aids, pos={"NOUN"}):
            if noun.pos_ != "NOUN" or noun.lemma_.lower() not in aids or self.mention_of(noun) is not None:
                continue
            governor = noun.head if noun.dep_ in {"dobj", "nsubj", "nsubjpass"} else \
                noun.head.head if noun.dep_ == "pobj" else None
            denied = governor is not None and governor.lemma_.lower() in self.words["denying_verbs"]
            if governor is not None and governor.pos_ in {"VERB", "AUX"} and \
                    (not self.asserted(governor) or denied):
                continue  # "Iran denied its support for KH"
            if governor is not None and governor.pos_ in {"NOUN", "PROPN"} and noun.head.lower_ == "of":
                continue  # "no evidence of Iran's support for KH", "claims of Iranian funding for AAH"
            givers = [m for c in noun.children if c.dep_ in {"poss", "amod", "compound"}
                      for m in self.actor_of(c) or (self._pronoun(c) if c.dep_ == "poss" else [])]
            backed = [m for c in noun.children if c.dep_ == "prep" and c.lower_ in {"of", "for", "to"}
                      for g in c.children if g.dep_ == "pobj" and self.mention_of(g) is not None
                      for m in self.actor_of(g)]
            self.emit_pairs(givers, "backs", [b for b in backed if self.chain_type(b) != "PLACE"],
                            "aid_of", 0.7, sent)

    def in_support_of(self, sent: Span) -> None:
        """'KSS fought in Syria in support of the Syrian army': the subject backs what it supports."""
        for aid in self.tokens.where(sent, lemma={"support"}, dep={"pobj"}):
            if aid.lemma_.lower() != "support" or aid.dep_ != "pobj" or aid.head.lower_ != "in":
                continue
            verb = aid.head.head
            if verb.pos_ not in {"VERB", "AUX"} or not self.asserted(verb):
                continue
            backed = [m for c in aid.children if c.dep_ == "prep" and c.lower_ == "of"
                      for g in c.children if g.dep_ == "pobj" for m in self.actor_of(g)
                      if self.chain_type(m) != "PLACE"]
            crowd = any(c.dep_ == "nsubj" and c.tag_ in {"NNS", "NNPS"} for c in verb.children)
            backers = [] if crowd else self._subjects(verb)  # not "thousands of Iraqis marched in support of"
            self.emit_pairs(backers, "backs", backed, "in_support_of", 0.7, sent)

    def side_by_side(self, sent: Span) -> None:
        """'the NPU, alongside Iraqi Army forces, liberated Bartella', 'X took part in the fighting
        along with the Peshmerga': fighting on the same side (not 'was killed alongside X')."""
        fighting = {verb for verb, relation in self.wording.verbs.items() if relation == "hostile_to"}
        acting = self.words["freeing_verbs"] | self.words["taking_part_verbs"] | self.words["defending_verbs"]
        acting |= fighting
        for prep in self.tokens.where(sent, lower={"alongside", "along"}, dep={"prep"}):
            if prep.dep_ != "prep" or prep.lower_ not in {"alongside", "along"}:
                continue
            objects = [g for c in ([prep] if prep.lower_ == "alongside" else
                                   [c for c in prep.children if c.dep_ == "prep" and c.lower_ == "with"])
                       for g in c.children if g.dep_ == "pobj"]
            # "alongside Iraqi Army forces", not "alongside the Peshmerga withdrawal"
            partners = [m for g in objects
                        if self.mention_of(g) is not None or g.lemma_.lower() in self.state_heads
                        for m in self.actor_of(g) if self.chain_type(m) != "PLACE"]
            head = prep.head
            struck = [c for c in head.children if c.dep_ == "dobj" and c.right_edge.i + 1 == prep.i]
            if struck and prep.lower_ == "along" and head.lemma_.lower() in fighting:
                continue  # "the US struck KH along with AAH": both struck ("fought IS alongside X": X's side)
            verb = head.head if head.pos_ in {"NOUN", "PROPN"} and head.dep_ == "nsubj" else head
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in acting or not self.asserted(verb):
                continue  # "A, along with B, co-founded a school", "was killed alongside X": no fight
            # "the NPU, alongside Iraqi Army forces, liberated ...", "liberated Bartella alongside X"
            sides = self.actor_of(head) if verb is not head else self._subjects(verb)
            self.emit_pairs(sides, "allied_with", partners, "side_by_side", 0.7, sent)

    def split_from(self, sent: Span) -> None:
        """'Qais al-Khazali split from the Mahdi Army', 'was expelled from the Mahdi Army', 'Hakim left
        ISCI in 2017': who leaves a group was one of its members (not "left Iraq")."""
        leaving = self.words["leaving_verbs"] | self.words["quitting_verbs"]
        for verb in self.tokens.where(sent, lemma=leaving):
            if verb.lemma_.lower() not in leaving or not self.asserted(verb):
                continue
            if verb.pos_ == "VERB" and any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children):
                people = [m for c in verb.children if c.dep_ == "nsubjpass" for m in self.actor_of(c)]
            elif verb.pos_ == "VERB":  # "Y expelled X from Z" says nothing of Y
                people = self._subjects(verb) if verb.lemma_.lower() not in {"expel", "dismiss"} else []
            elif verb.dep_ == "ROOT":  # "Qais al-Khazali split from": the parse took "split" for a noun
                people = [m for c in verb.children if c.dep_ in {"compound", "amod"} and c.i < verb.i
                          if (m := self.mention_of(c)) is not None]
            else:
                continue
            groups = [m for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"
                      for g in c.children if g.dep_ == "pobj" for m in self.actor_of(g)]
            if verb.lemma_.lower() in self.words["quitting_verbs"]:
                # "left the Dawa Party for the Badr Corps": a man named as the subject, a body named as the
                # object (not "left the PMF untouched", "left the Badr Organization's headquarters")
                # ("left ISCI in 2017 to found Hikma" says when and why)
                complemented = any(c.dep_ in {"oprd", "acomp", "ccomp"} or
                                   c.dep_ == "xcomp" and not any(a.lower_ == "to" for a in c.children) or
                                   c.dep_ == "prep" and c.lower_ == "in" and not any(
                                       g.ent_type_ == "DATE" or g.like_num for g in c.children)
                                   for c in verb.children)
                named = all(self.mention_of(c) is not None or c.lower_ in {"he", "she"}
                            for c in verb.children if c.dep_ == "nsubj")
                groups = [] if complemented or not named else [
                    m for c in verb.children if c.dep_ == "dobj" and (m := self.mention_of(c)) is not None
                    and self.chain_type(m) in ORG_TYPES
                    and not any(g.dep_ in {"case", "poss"} for g in c.subtree)]
            for p in people:
                for g in groups:
                    if self.chain_type(p) == "PERSON" and self.chain_type(g) not in {"COUNTRY", "PLACE"}:
                        self.emit(p, "member_of", g, "split_from", 0.65, sent)

    def freed_from(self, sent: Span) -> None:
        """'Y liberated Mosul from IS (control)': IS held Mosul, and Y fights IS; 'Y cleared Mosul
        of IS', 'Y defended the Nineveh Plains from IS' or 'Y seized Ramadi from the army': Y
        fights the other (and holds nothing by this rule)."""
        clearing, defending = self.words["clearing_verbs"], self.words["defending_verbs"]
        freeing = self.words["freeing_verbs"] | clearing
        verbs_from = freeing | defending | self.words["capture_verbs"]
        heads = {w.split()[0] for w in verbs_from if " " in w}  # "won back": a phrasal verb
        for verb in self.tokens.where(sent, pos={"VERB"}, lemma=verbs_from | heads):
            lemma = verb.lemma_.lower()
            if lemma in heads:
                lemma = next((f"{lemma} {c.lower_}" for c in verb.children
                              if c.dep_ in {"prt", "advmod"} and c.i == verb.i + 1), lemma)
            if verb.pos_ != "VERB" or lemma not in verbs_from or not self.asserted(verb):
                continue
            # "the army will retake Mosul from IS": IS holds it; the army fights no one yet
            threat = self.threatened(verb)
            held = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}] or [
                c for c in verb.children if c.dep_ in {"advmod", "npadvmod", "oprd", "attr"} and c.i > verb.i
                and (m := self.mention_of(c)) is not None and self.chain_type(m) == "PLACE"]  # "recaptured
            # Tal Afar from IS": the parse may take the town's name for an adverb
            control = any(c.lemma_.lower() in self.words["control_nouns"] for c in held)
            held += [g for c in held + ([verb] if control else []) for p in c.children
                     if (c is verb or c.lemma_.lower() in self.words["control_nouns"]) and p.dep_ == "prep"
                     and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
            # "took (wrested) control of Kirkuk from the Peshmerga": the place controlled was taken (the
            # parse may hang "of Kirkuk" on the verb)
            places = [m for c in held for m in self.actor_of(c)]
            if lemma in {"take", "win back"} and not any(
                    (m := self.mention_of(c)) is not None and self.chain_type(m) == "PLACE" for c in held):
                continue  # "took Tikrit from IS", not "took power from X" nor "took Kirkuk's oil revenues";
                # "won back Sinjar", not "won back the Gulf Cup" nor "won back Kirkuk seats"
            # "tore Hit from ISIL's grasp": the parse may hang "from" on the place
            away = {"from", "against"} if lemma in defending else {"from"}
            preps = [*verb.children, *(g for h in held for g in h.children)]
            if lemma in clearing:  # "cleared the city of Baghdadi of ISIL": not the city's own "of"
                away = {"of"}
                # the verb's and its object's words, not an apposition's ("clearing Tikrit, General
                # X, head of US Central Command, said")
                preps = [c for c in [*verb.children, *(t for h in held for t in _without_appositions(h))]
                         if c.head.lemma_.lower() not in self.words["place_nouns"]]
            holders = [m for c in preps if c.dep_ == "prep" and c.lower_ in away
                       for g in c.children if g.dep_ == "pobj" for m in self.actor_of(g)]
            fighters = self._subjects(verb)
            if not fighters and verb.dep_ == "pcomp":  # "was involved in defending the plains from IS"
                fighters = [m for c in verb.head.head.children if c.dep_ in {"nsubj", "nsubjpass"}
                            for m in self.actor_of(c) or self._pronoun(c)]
            fighters = fighters or self._aim_holders(verb)
            for h in holders:
                # "liberated Mosul from IS", "seized Ramadi from the army": the other held it
                taken = lemma in freeing | self.words["capture_verbs"] and lemma not in clearing
                for p in places if taken else []:
                    if self.chain_type(p) == "PLACE":
                        self.emit(h, "controls", p, "freed_from", 0.65, sent)
                for f in fighters if not threat else []:
                    self.emit(f, "hostile_to", h, "freed_from", 0.7, sent)
            if threat:
                continue
            if not holders and lemma in freeing:  # "Iraqi forces retook Tikrit": the text may say from whom
                self.assailed += [(f, p, sent) for f in fighters for p in places
                                  if self.chain_type(p) == "PLACE"]
            # "Iraqi forces recaptured Samarra", not "began an offensive to recapture Mosul"
            if lemma in self.words["retaking_verbs"] and not any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
                for f in self._subjects(verb):
                    for p in places:
                        if self.chain_type(p) == "PLACE":
                            self.emit(f, "controls", p, "retook", 0.65, sent)

    def merged_into(self, sent: Span) -> None:
        """'KH fighters are integrated into the PMF', 'the militias were incorporated into the army',
        'the group merged into ISI': what is brought into a body becomes its part."""
        for verb in self.tokens.where(sent, pos={"VERB"}, lemma=self.words["merging_verbs"]):
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in self.words["merging_verbs"] or \
                    not self.asserted(verb):
                continue
            into = [m for c in verb.children if c.dep_ == "prep" and c.lower_ == "into"
                    for g in c.children if g.dep_ == "pobj" for m in self.actor_of(g)]
            if not into:
                continue
            moved = [c for c in verb.children if c.dep_ in {"nsubjpass", "dobj"}] or [
                c for c in verb.children if c.dep_ == "nsubj"]  # "the group merged into ISI"
            parts = [m for c in moved for h in [c, *c.conjuncts] if not (  # "the militias": which?
                h.tag_ == "NNS" and h.lemma_.lower() in self.words["group_nouns"] and
                self.mention_of(h) is None) for m in self.people_of(h) or self.actor_of(h)]
            for part in dict.fromkeys(parts):
                for whole in into:
                    if self.chain_type(part) in ORG_TYPES:
                        self.emit(part, "part_of", whole, "merged_into", 0.7, sent)

    def contested_ground(self) -> None:
        """'IS seized Tikrit in June ... Iraqi forces retook Tikrit', '... the offensive on Tikrit':
        whoever attacks, retakes or sets out to liberate a place fights the armed group the
        document said, before, held it (not one that attacked or retook it too); the holder is
        read where it was last named before."""
        chain_of = [m.chain for m in self.ex.mentions]
        retakers = {(chain_of[f], chain_of[p]) for f, p, _ in self.assailed}
        held = [(a, b, told, claim.extractor == "rule:hyphen_held")
                for (a, relation, b, told), claim in list(self.claims.items())
                if relation == "controls" and self.ex.chains[a].type == "ARMED_GROUP"]
        for f, p, sent in self.assailed:
            for holder, place, told, prefixed in held:
                # (or said on the place itself: "the offensive against IS-held Fallujah")
                here = prefixed and told == sent.start_char
                if place != chain_of[p] or told >= sent.start_char and not here or \
                        (holder, place) in retakers or holder == chain_of[f]:
                    continue
                starts = {mi: self.ex.mentions[mi].start for mi in self.ex.chains[holder].mentions}
                named = [mi for mi, at in starts.items()
                         if at < sent.start_char and not self._hyphen_modifier(mi)] or [
                    mi for mi, at in starts.items() if here and sent.start_char <= at < sent.end_char]
                if named:  # (a claim read off the hyphen form where the holder is named only there)
                    prefix = here and self._hyphen_modifier(named[-1])
                    rule = "hyphen_held_ground" if prefix else "contested_ground"
                    self.emit(f, "hostile_to", named[-1], rule, 0.65, sent)

    def drove_out(self, sent: Span) -> None:
        """'the Peshmerga drove ISIS out of Sinjar', 'pushing ISIL from seven villages', 'ISIS was
        forced out of Fallujah by Iraqi forces': whoever drives an actor from a place fights it
        (not 'pushed the government to act')."""
        for verb in self.tokens.where(sent, pos={"VERB"}, lemma=self.words["driving_verbs"]):
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in self.words["driving_verbs"] or \
                    not self.asserted(verb):
                continue
            out = [c for c in verb.children if c.dep_ == "prt" and c.lower_ == "out" or
                   c.dep_ == "prep" and c.lower_ in {"from", "out"}]
            if not out or self._unseated(verb):
                continue  # "drove Maliki from office", "ousted his cousin from the party": politics
            driven = [m for c in verb.children if c.dep_ in {"dobj", "nsubjpass"} for m in self.actor_of(c)
                      if self.chain_type(m) != "PLACE"]
            for f in self._subjects(verb) or self._aim_holders(verb):
                for d in driven:
                    self.emit(f, "hostile_to", d, "drove_out", 0.7, sent)

    def founding_of(self, sent: Span) -> None:
        """'X took part in the founding of Y', 'X led the formation of Y'."""
        for noun in self.tokens.where(sent, pos={"NOUN"}, lemma=self.words["founding_nouns"]):
            if noun.pos_ != "NOUN" or noun.lemma_.lower() not in self.words["founding_nouns"]:
                continue
            founded = [m for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                       for g in c.children if g.dep_ == "pobj" for m in self.actor_of(g)]
            # "the 2014 creation of Saraya al-Salam by Muqtada al-Sadr"
            by = [m for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"
                  for g in c.children if g.dep_ == "pobj" for m in self.actor_of(g)]
            self.emit_pairs(by, "founded", founded, "founding_of", 0.7, sent)
            governor = noun.head.head if noun.dep_ == "pobj" else noun.head if noun.dep_ == "dobj" else None
            if governor is None or governor.lemma_.lower() not in self.words["founding_governors"] or \
                    not self.asserted(governor):
                continue
            founders = [m for c in governor.children if c.dep_ in {"nsubj", "nsubjpass"}
                        for m in self.actor_of(c) or self._pronoun(c)]
            for f in founders:
                for y in founded:
                    self.emit(f, "founded", y, "founding_of", 0.7, sent)

    def acting_together(self, sent: Span) -> None:
        """'X and Y continued their partnership', 'X and Y launched a joint operation',
        'X and Y fought together', 'X and Y attacked Z': coordinated actors stated to act as one."""
        for verb in self.tokens.where(sent, pos={"VERB", "AUX"}):
            if verb.pos_ not in {"VERB", "AUX"} or not self.asserted(verb):
                continue
            # "Baghdad and Washington agreed to cooperate": the subjects of the verb the clause completes
            own_subject = any(c.dep_ == "nsubj" for c in verb.children)
            governor = verb.head if verb.dep_ == "xcomp" and not own_subject else verb
            # (or "US and Iraqi forces conducted a joint operation": the forces of both)
            subjects = [c for c in governor.children if c.dep_ == "nsubj" and (c.conjuncts or any(
                m.dep_ in {"amod", "compound", "nmod"} and m.conjuncts for m in c.children))]
            relative = not subjects and verb.dep_ == "relcl" and verb.head.conjuncts and any(
                c.dep_ == "nsubj" and c.tag_ in {"WDT", "WP"} for c in verb.children)
            if relative:
                subjects = [verb.head]  # "the KDP and the PUK, which fought a civil war" (each other)
            if any(c.dep_ == "preconj" for s in subjects for c in s.children) or \
                    verb.lemma_.lower() in self.words["commenting_verbs"] or \
                    self.wording.verbs.get(verb.lemma_.lower()) == "sanctioned" or \
                    verb.lemma_.lower() in self.words["listing_verbs"]:
                # "both the US and Iran oppose IS", "X and Y condemned ...", "Turkey and the US list the
                # PKK as a terrorist group": each on its own
                continue
            sides = [m for c in subjects for m in self.actor_of(c)]
            if len(sides) < 2:
                continue
            objects = [c for c in verb.children if c.dep_ == "dobj"]
            relation = None
            for o in objects:
                pair = self.wording.pair_nouns.get(o.lemma_.lower())
                if pair and any(c.dep_ == "poss" and c.lower_ == "their" for c in o.children):
                    relation = pair  # "continued their partnership", "ended their rivalry"
                elif pair == "allied_with" and not self.civil_pact(o) and \
                        verb.lemma_.lower() in self.words["pact_verbs"] | self.words["holding_verbs"]:
                    relation = pair  # "Iraq and the US signed a security agreement" (not a trade agreement)
                elif any(c.lower_ in self.words["together_words"] for c in o.children):
                    relation = "allied_with"  # "a joint operation"
                elif o.lemma_.lower() in self.words["noun_hostile"] and self.mention_of(o) is None:
                    # "the army and the coalition continue operations against IS", "the US and Britain
                    # fought a war in Iraq", but "Iran and Iraq fought a war (in the 1980s)": a war
                    # told with nothing but its time is between them
                    placed = any(g.ent_type_ != "DATE" and not any(t.like_num for t in g.subtree)
                                 for c in [*o.children, *verb.children]
                                 if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj") and not any(
                        c.lower_ == "civil" for c in o.children)  # "KDP and PUK fought a civil war in 1995"
                    between = self.wording.pair_nouns.get(o.lemma_.lower()) == "hostile_to" and not placed
                    relation = "hostile_to" if between else "allied_with"
            if relation is None and self.wording.verbs.get(verb.lemma_.lower()) == "hostile_to" and any(
                    self.actor_of(o) for o in objects):
                relation = "allied_with"  # "the US and the UK invaded Iraq": on one side
            elif relation is None and self.wording.verbs.get(verb.lemma_.lower()) == "hostile_to" and (
                    verb.lemma_.lower() in self.words["hostile_with_verbs"] and not objects and not any(
                        c.dep_ == "prep" and c.lower_ in {"with", "against"} for c in verb.children) or any(
                    o.lower_ in {"other", "another"} for o in objects)):
                relation = "hostile_to"  # "KH and AAH clashed", "... fought each other"
            together = any(c.dep_ == "advmod" and c.lower_ in self.words["together_words"]
                           for c in verb.children)
            if together or verb.lemma_.lower() in self.words["reciprocal_verbs"] and not any(
                    c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
                relation = "allied_with"  # "fought together", "X and Y cooperated" (with each other)
            if relation is None or relative and relation != "hostile_to":
                continue  # (not "AAH and KH, which waged war on U.S. troops": told of each, not of a pact)
            joint = any(c.lower_ in self.words["together_words"] for o in objects for c in o.children
                        if o.lemma_.lower() in self.words["noun_hostile"] | {"patrol", "exercise", "mission"})
            if not any(c.conjuncts for c in subjects) and not joint:
                continue  # "U.S. and Coalition forces seek ...": one body's forces, unless in a joint act
            for x, y in zip(sides, sides[1:], strict=False):
                self.emit(x, relation, y, "acting_together", 0.7, sent)

    def at_war(self, sent: Span) -> None:
        """'Hezbollah, at war with Israel since 2023', 'the PKK, which has been at war with Turkey',
        'Israel went to war with Hamas', 'Hamas and Israel are at war': a state of war between them."""
        for war in self.tokens.where(sent, lemma=self.words["war_states"], dep={"pobj"}):
            at = war.head
            holder = at.head
            if at.lower_ != "at" and not (at.lower_ == "to" and holder.lemma_ == "go"):
                continue
            verbal = holder.pos_ in {"VERB", "AUX"}
            withs = [c for w in ([war, holder] if verbal else [war]) for c in w.children
                     if c.dep_ == "prep" and c.lower_ == "with"]
            foes = [m for c in withs if not (c.i > 0 and self.doc[c.i - 1].lower_ == "not")  # "not with Y"
                    for g in c.children if g.dep_ == "pobj" for m in self.actor_of(g)]
            if verbal and not self.asserted(holder):
                continue
            sides = [m for c in self.subject_tokens(holder, {"nsubj"}) for m in self.actor_of(c)] if verbal \
                else self.actor_of(holder)
            if not foes and verbal and len(sides) > 1:
                sides, foes = sides[:1], sides[1:]  # "Hamas and Israel went to war": with each other
            self.emit_pairs(sides, "hostile_to", foes, "at_war", 0.75, sent)

    def exchanged_fire(self, sent: Span) -> None:
        """'The army and KH exchanged fire', 'the Peshmerga traded fire with the PKK': each side
        fights the other."""
        for verb in self.tokens.where(sent, pos={"VERB"}, lemma=self.words["exchanging_verbs"]):
            fire = [c for c in verb.children
                    if c.dep_ == "dobj" and c.lemma_.lower() in self.words["fire_nouns"]]
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in self.words["exchanging_verbs"] or \
                    not self.asserted(verb) or not fire:
                continue
            sides = [m for c in verb.children if c.dep_ == "nsubj" for m in self.actor_of(c)]
            others = [m for c in [*verb.children, *fire[0].children]
                      if c.dep_ == "prep" and c.lower_ == "with"
                      for g in c.children if g.dep_ == "pobj" for m in self.actor_of(g)]
            pairs = [(x, y) for x in sides for y in others] if others else \
                list(zip(sides, sides[1:], strict=False))
            for x, y in pairs:
                self.emit(x, "hostile_to", y, "exchanged_fire", 0.7, sent)


def _without_appositions(token: Token):
    """A phrase's words, less the appositions inside it."""
    yield token
    for c in token.children:
        if c.dep_ != "appos":
            yield from _without_appositions(c)
