"""Roles around names: titles, appositions, copulas, fronted roles and role lists."""

from __future__ import annotations

import itertools

from spacy.tokens import Span, Token

from shabaka.extract.relations.base import ORG_TYPES, POSSESSIVE_MARKS, QUOTES
from shabaka.resolve.matching import NameMatcher

# words that may stand before a bare head-of-state title: "the former President X"
OFFICE_QUALIFIERS = {"the", "a", "former", "late", "then", "-", "then-", "acting", "interim", "caretaker",
                     "current", "new", "outgoing", "incoming", "sitting"}

LEADING_POSTS = {"leadership", "command", "helm", "chairmanship"}  # "took command of the Quds Force"


class Roles:
    """Rules that read a role word next to a person and an organisation."""

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
            # "Joint Chiefs Chairman Marine Gen. X": the service named before his rank is his own
            for service in {m for t in range(k, p_start) if (m := self.token_mention.get(t)) is not None and
                            self.doc[t].lower_ in self.words["service_words"] and
                            self.chain_type(m) in {"STATE_BODY", "ARMED_GROUP"}}:
                self.emit(p, "member_of", service, "title_before_name", 0.85, sent)
            if role is not None and k < p_start and \
                    self.doc[role[2]:p_start].text.lower() in self.rank_titles:
                k = role[2]  # "Lieutenant Colonel X": a rank; the role may come before a comma
                role = None
            if role is None and k - 2 > sent.start and self.doc[k - 2].text == "," and \
                    self.doc[k - 1].pos_ == "NOUN" and self.token_mention.get(k - 1) is None:
                k -= 1  # "The Sadrist movement's leader, cleric Muqtada al-Sadr": what the man is
            name = self.doc[p_start:self._mention_span(p)[1]].root
            ranked_apposition = k < p_start and (name.dep_ == "appos" or any(
                c.dep_ == "appos" and c.i == name.i for c in self.doc[k - 2].children))
            if role is None and k - 1 > sent.start and self.doc[k - 1].text == "," and (
                    k == p_start or ranked_apposition):
                # "another al Qaeda in Iraq leader, X", "another CTS officer, Lt. Col. X"; not "X is a
                # Badr leader, Lt. Col. Y said": a rank before the name only where the name is apposed
                role = self.role_at(k - 1, sent.start)
                k = k - 1 if role is not None else k
            if role is None and k == p_start and (posted := self._posted_before(k, sent)) is not None:
                role, k = posted  # "US Ambassador to Iraq Zalmay Khalilzad" serves the US
            if role is not None:
                relation, role_text, r_start = role
                if relation == "leads" and self.doc[k - 1].tag_ in {"NNS", "NNPS"}:
                    relation = "member_of"  # "two KH commanders, A and B": each one of several
            elif k < p_start:
                relation, role_text, r_start = "member_of", self.doc[k:p_start].text, k
            else:
                continue
            inside = self._body_in_role(r_start, k)  # "Defence Minister X": the ministry his title names
            i = r_start - 1 if inside is None else -1
            kind = False  # "AAH militia spokesman X", "Dawa party leader X": what kind of body it is
            while (i >= sent.start and self.token_mention.get(i) is None and (  # "KH's Staff Lt. Gen. X"
                    self.doc[i].lower_ in self.words["role_qualifiers"] - {"its", "their"} or
                    self.doc[i].lower_.rstrip(".") in self.rank_words or
                    self.doc[i].lower_ in self.words["kind_nouns"] and
                    self.token_mention.get(i - 1) is not None)):
                if self.doc[i].lower_ in self.words["member_qualifiers"] and relation == "leads" and \
                        role_text.lower().split()[-1] not in self.words["state_office_roles"]:
                    relation = "member_of"  # "Dawa senior leader X": one leader among several (but
                    # "Nineveh provincial governor X" rules the province)
                kind = kind or self.doc[i].lower_ in self.words["kind_nouns"]
                i -= 1
            if i >= sent.start and self.doc[i].text in POSSESSIVE_MARKS:
                i -= 1
            if i > sent.start and self.doc[i].text == ")":  # "Kata'ib Hezbollah (KH) commander X"
                opened = next((k for k in range(i - 1, max(sent.start, i - 12) - 1, -1)
                               if self.doc[k].text == "("), None)
                i = opened - 1 if opened is not None else i
            org = self.token_mention.get(i) if i >= sent.start else inside
            if org is None and i >= sent.start and self.doc[i].lower_ in {"its", "their"}:
                # "The Fatah Alliance, which includes Badr, said its leader X": what the pronoun stands for,
                # if named in this sentence (else no one: "AAH was sanctioned. Washington says its leader")
                meant = self._pronoun(self.doc[i])
                here = bool(meant) and self.mention_tokens[meant[0]][0] >= sent.start
                org = (meant[0] if here and self.chain_type(meant[0]) in ORG_TYPES else None) \
                    if meant else self._previous_org(sent, i)
                if org is not None and self.acts_between(org, i):
                    org = None  # (not "the Treasury's sanctioning of its leader X")
                statesman = any(w in role_text.lower() for w in (
                    *self.words["state_office_roles"], "president", "supreme", "king", "secretary of"))
                if org is None and not here and not statesman and not any(
                        self.token_mention.get(t) is not None or self.doc[t].pos_ in {"PROPN", "NOUN"}
                        for t in range(sent.start, i)):
                    # "AAH split from the Mahdi Army. Its leader X was arrested": the one body the
                    # sentence before is about, where nothing is named in this one before the pronoun
                    org = self._previous_subject(sent)
            if org is None and i - 1 > sent.start and self.doc[i].lower_ == "whose" and \
                    self.doc[i - 1].text == ",":  # "Badr, whose leader X sits in parliament"
                org = self.token_mention.get(i - 2)
                org = org if org is not None and self.chain_type(org) in ORG_TYPES else None
            if org is None and i > sent.start and self.doc[i - 1].lower_ == "the" and \
                    self.doc[i].lemma_.lower() in self.words["group_nouns"]:
                org = next(iter(self._group_before(i)), None)  # "the group's spokesman X"
            if org is None or kind and self.chain_type(org) == "COUNTRY":
                continue  # "Iraq militia chief X" leads a militia of Iraq's, not Iraq
            o_start, _ = self._mention_span(org)
            # "another significant al Qaeda leader, X": one of several; not "an opponent of Iraqi
            # Prime Minister X", where the article is the opponent's
            before = itertools.takewhile(lambda t: t.pos_ in {"DET", "ADJ", "ADV", "NUM"},
                                         reversed(self.doc[max(sent.start, o_start - 3):o_start]))
            several = self.words["indefinite"] | self.words["member_qualifiers"]
            seconded = o_start > sent.start and self.doc[o_start - 1].lower_ in self.words["deputy_words"]
            if relation == "leads" and (seconded or any(t.lower_ in several for t in before)):
                relation = "member_of"  # (and "senior KH commander X": one of its senior commanders;
                # "Deputy PMF chief X": the chief's second)
            if relation == "leads" and self.chain_type(org) in {"ORGANIZATION", "ARMED_GROUP"} and \
                    role_text.lower() in self.words["state_office_roles"]:
                relation = "member_of"  # "Labor Chief Minister X": the party's member holds a state office
            if self._prefixed(org, {"pro"}):  # "a pro-IRGC-QF official, X": sympathy, not membership
                relation, role_text = "allied_with", None
            self.emit(p, relation, org, "title_before_name", 0.85, sent, role=role_text)
            state = self.token_mention.get(r_start - 1) if inside is not None and r_start > sent.start \
                else None
            if state is not None and self.chain_type(state) == "COUNTRY":
                # "Iraqi Foreign Minister X" leads the ministry and serves the state
                self.emit(p, "member_of", state, "title_before_name", 0.8, sent, role=role_text)
            # "PMF deputy chief and KH leader X": the title before "and" is his too
            joined = o_start - 1
            other = self.role_at(joined, sent.start) if joined > sent.start and \
                self.doc[joined].lower_ == "and" else None
            first = self.token_mention.get(other[2] - 1) if other is not None and other[2] > sent.start \
                else None
            # not "IRGC commanders and KH leader X": the plural title is other men's
            plural = other is not None and self.doc[joined - 1].tag_ in {"NNS", "NNPS"}
            if first is not None and first != org and self.chain_type(first) in ORG_TYPES and not plural:
                self.emit(p, other[0], first, "title_before_name", 0.85, sent, role=other[1])

    def _body_in_role(self, start: int, end: int) -> int | None:
        """A state body named inside a role's words: "Interior Minister", "Minister of Defence"."""
        return next((mi for t in range(start, end) if (mi := self.token_mention.get(t)) is not None
                     and self.chain_type(mi) == "STATE_BODY"), None)

    def _armed_owner_before(self, k: int, sent: Span) -> int | None:
        """The armed group whose post a title before token k names: "the ISIS governor", "the IS
        appointed governor", "the Islamic State's governor", "the ISIS-appointed governor"."""
        between = {"appointed", "-", "'s", "’s", "so", "called", "the"}
        while k > sent.start and self.doc[k - 1].lower_ in between and self.token_mention.get(k - 1) is None:
            k -= 1
        owner = self.token_mention.get(k - 1) if k > sent.start else None
        return owner if owner is not None and self.chain_type(owner) == "ARMED_GROUP" else None

    def _posted_before(self, k: int, sent: Span) -> tuple[tuple[str, str, int], int] | None:
        """A posted role and the country it is posted to just before token k ("Ambassador to
        Iraq X", "envoy to Syria X"): the role, and where it ends."""
        host = self.token_mention.get(k - 1) if k > sent.start else None
        if host is None:
            return None
        h_start, _ = self._mention_span(host)
        if h_start - 2 < sent.start or self.doc[h_start - 1].lower_ not in {"to", "for"}:
            return None  # "Ambassador to Iraq X", "Special Envoy for Syria X"
        role = self.role_at(h_start - 1, sent.start)
        if role is None or role[1].lower().split()[-1] not in self.words["posted_roles"]:
            return None
        return role, h_start - 1

    def office_title(self, sent: Span) -> None:
        """'Prime Minister Nouri al-Maliki', 'former President Saddam Hussein's regime', 'X was
        selected as prime minister': a bare head-of-state title before or after a person the
        pack's `offices` know leads that state, here named nowhere in the sentence. A title
        with anything else before it ("Iraqi", "KDP", "Deputy", "Vice") is not bare."""
        for p in self._persons(sent):
            p_start, p_end = self._mention_span(p)
            titled = {}  # title -> the words that give it: read first, so most people cost nothing more
            national = set()  # titles after a country's name: "U.S. Secretary of State X"
            # "Supreme Leader Ayatollah Ali Khamenei", "then-prime minister, Adel Abdul Mahdi": past the
            # honorific or the comma between the title and the name
            opening = p_start
            while opening > sent.start and (self.doc[opening - 1].lower_.rstrip(".") in self.rank_words or
                                            opening == p_start and self.doc[opening - 1].text == ","):
                opening -= 1
            for n in self.office_title_lengths:
                before = self.doc[max(sent.start, opening - n):opening]
                words = " ".join(t.lower_ for t in before)
                country = self.token_mention.get(before.start - 1)
                if country is not None and self.chain_type(country) == "COUNTRY":
                    national.add(words)
                if words in national or self._bare_title(before.start, sent):
                    titled[words] = before
                after = self._after_as(p, p_end, n, sent)
                if after is not None:
                    titled[" ".join(t.lower_ for t in after)] = after
            if not titled.keys() & self.office_titles:
                continue
            chain = self.ex.chains[self.ex.mentions[p].chain]
            holder = self._office_holder(chain) or self._titled_surname(chain, titled.keys())
            for title, state, relation in self.pack.offices.get(holder, []):
                target = self._mention_of_actor(state) if title in titled else None
                if target is not None and title in national and self.chain_type(target) == "COUNTRY":
                    continue  # "Iraqi Prime Minister X" is read as a title before a name
                if target is not None:
                    self.emit(p, relation, target, "office_title", 0.8, sent, role=titled[title].text)

    def _office_holder(self, chain) -> str:
        """The pack id of an office holder this chain names, by its key or, for a spelling the
        pack lacks ("Adel Abd'al-Mahdi"), by a name match against the holders."""
        if chain.key or chain.type != "PERSON":
            return chain.key or ""
        if chain.id not in self.office_holders:
            self.matcher = self.matcher or NameMatcher.from_pack(self.pack)
            self.office_holders[chain.id] = next(
                (holder for holder in self.pack.offices
                 if any(self.matcher.same(chain.name, n) for n in self.pack.actors[holder].names)), "")
        return self.office_holders[chain.id]

    def _titled_surname(self, chain, titles) -> str:
        """'President Obama': a surname alone, after the title, names the one holder of that
        title with that surname."""
        if chain.key or chain.type != "PERSON" or len(chain.name.split()) != 1:
            return ""
        surname = chain.name.lower()
        found = {holder for holder, held in self.pack.offices.items() if any(t in titles for t, _, _ in held)
                 and any(n.split()[-1].lower() == surname for n in self.pack.actors[holder].names)}
        return found.pop() if len(found) == 1 else ""

    def _bare_title(self, start: int, sent: Span) -> bool:
        k = start - 1
        while k >= sent.start and self.doc[k].lower_ in OFFICE_QUALIFIERS:
            k -= 1
        return k < sent.start or (self.token_mention.get(k) is None and (  # "Today Secretary of Defense X"
            self.doc[k].pos_ not in {"NOUN", "PROPN", "ADJ"} or self.doc[k].is_punct or
            self.doc[k].ent_type_ in {"DATE", "TIME"} or self.doc[k].lower_ in self.words["time_adverbs"]))

    def _after_as(self, p: int, p_end: int, n: int, sent: Span) -> Span | None:
        """The n words after 'as' in 'X was selected as prime minister', when nothing
        ('of Iraq', "'s") follows them and X is the clause's subject."""
        head = self.doc[p_end - 1]
        while head.dep_ == "compound":
            head = head.head
        if head.dep_ not in {"nsubj", "nsubjpass"}:
            return None
        verb = head.head
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ == "as" or c.dep_ == "attr" and verb.lemma_ == "become":
                k = c.i + 1 if c.dep_ == "prep" else c.i
                while k < sent.end and self.doc[k].lower_ in OFFICE_QUALIFIERS:
                    k += 1
                span = self.doc[k:min(k + n, sent.end)]
                nxt = self.doc[span.end] if span.end < sent.end else None
                if nxt is None or nxt.lower_ not in {"of", "'s", "’s", "for"}:
                    return span
        return None

    def _mention_of_actor(self, actor_id: str) -> int | None:
        """A mention of the pack actor in this document (the first that names it as an actor, not
        as where a place is: "BAGHDAD, IRAQ:"), if the document names it."""
        return next((mi for mi, m in enumerate(self.ex.mentions)
                     if m.chain >= 0 and self.ex.chains[m.chain].key == actor_id and not self._locator(mi)),
                    None)

    def role_of_before_name(self, sent: Span) -> None:
        """'the chairman of the PMF (PMF) Falih al-Fayyadh', 'The commander of the
        Popular Mobilization Forces, Faleh al-Fayyad'."""
        for p in self._persons(sent):
            k, _ = self._mention_span(p)
            while k > sent.start and (self.doc[k - 1].lower_.rstrip(".") in self.rank_words
                                      or self.doc[k - 1].text == "."):
                k -= 1
            # "The founder of AQI, Jordanian militant Abu Musab al-Zarqawi", "its leader, cleric X":
            # a few words that say what the man is, between the comma and his name
            d = k
            while d > sent.start and k - d < 3 and self.doc[d - 1].pos_ in {"NOUN", "ADJ", "PROPN"} and (
                    self.token_mention.get(d - 1) is None or
                    self.chain_type(self.token_mention[d - 1]) == "COUNTRY"):
                d -= 1
            if sent.start < d < self._mention_span(p)[0] and self.doc[d - 1].lower_ == "the":
                d -= 1  # "its secretary-general, the Hajj Hadi al-Amiri", "the cleric X"
            if d < k and d > sent.start and self.doc[d - 1].text == "," and self.doc[d].text[:1].isalpha():
                k = d
            if k > sent.start and self.doc[k - 1].text == ",":
                k -= 1
            if k > sent.start:
                k = self.before_parenthesis(k - 1, sent.start) + 1  # past a defined acronym
            if k - 2 > sent.start and self.doc[k - 1].lemma_.lower() in self.words["group_nouns"]:
                q = k - 2 if self.doc[k - 2].text in QUOTES and k - 3 > sent.start else k - 1
                if self.token_mention.get(q - 1) is not None:
                    k = q  # 'a person from the "Hezbollah Brigades" militia, X': the militia is the name
            org = self.token_mention.get(k - 1) if k > sent.start else None
            role = self.role_at(k, sent.start) if org is None else None
            if role is not None and role[2] > sent.start and self.doc[k].text == "," and \
                    self.doc[role[2] - 1].lower_ in {"its", "their"}:
                # "The Quds Force is the IRGC's foreign arm. Its commander, Esmail Qaani, ...": the body the
                # sentence before is about (its subject), not the last one it names
                before = self.doc[sent.start - 1].sent.root if sent.start > 0 else None
                owners = [m for c in (before.children if before is not None else ()) if c.dep_ == "nsubj"
                          for m in self.actor_of(c) if self.chain_type(m) in ORG_TYPES]
                for owner in owners[:1] if role[2] == sent.start + 1 else ():
                    self.emit(p, role[0], owner, "role_of_before_name", 0.75, sent, role=role[1])
                continue
            if org is None or self.chain_type(org) == "PERSON":
                continue
            scoped = self._body_before_scope(org, sent)  # "the top official of the PUK in Mosul, X"
            org = org if scoped is None else scoped
            o_start, _ = self._mention_span(org)
            j = o_start
            if j - 3 >= sent.start and self.doc[j - 1].is_lower and self.doc[j - 1].is_alpha and \
                    self.doc[j - 2].text in POSSESSIVE_MARKS:
                j -= 1  # "the IRGC's elite Quds Force": past the qualifier to the possessor
            # "the Revolutionary Guards' Quds Force", "Iran's IRGC's Quds Force": step over the possessors
            for _ in range(2):
                if j - 2 >= sent.start and self.doc[j - 1].text in POSSESSIVE_MARKS and \
                        self.token_mention.get(j - 2) is not None:
                    j = self._mention_span(self.token_mention[j - 2])[0]
            while j > sent.start and \
                    self.doc[j - 1].lower_ in {"the", "its"} | QUOTES | self.words["role_qualifiers"] - {"-"}:
                j -= 1
                if self.doc[j].lower_ in {"of", "for"}:
                    break
            # "a leading member of the pro-Iran Coordination Framework X": past the "pro-X" before the name
            pro = self.token_mention.get(j - 1) if j > sent.start else None
            prefixes = self.stance_prefixes
            if pro is not None and self._prefixed(pro, prefixes):
                j = self.mention_tokens[pro][0] - 2
                while j > sent.start and self.doc[j - 1].lower_ in {"the", "a", "an"}:
                    j -= 1
            preposition = self.doc[j - 1].lower_ if j > sent.start else ""
            if preposition == "to" and (posted := self.role_at(j - 1, sent.start)) is not None and \
                    posted[1].lower().split()[-1] in self.words["posted_roles"]:
                # "Iraq's ambassador to Washington, X": he serves the state whose envoy he is
                k = posted[2] - 1
                k -= k > sent.start and self.doc[k].text in POSSESSIVE_MARKS
                sender = self.token_mention.get(k) if k >= sent.start else None
                if sender is not None and sender != org and \
                        self.chain_type(sender) in ORG_TYPES | {"COUNTRY"}:
                    self.emit(p, "member_of", sender, "role_of_before_name", 0.8, sent, role=posted[1])
                continue
            if preposition not in {"of", "for", "from", "in"}:
                continue
            role = self.role_at(j - 1, sent.start)
            if role is None:
                continue
            relation, role_text, r_start = role
            _, p_end = self._mention_span(p)
            plural = self.doc[j - 2]
            counted = any(c.dep_ == "nummod" or c.lower_ in {"several", "some", "many", "dozens"}
                          for c in plural.children)
            if plural.tag_ in {"NNS", "NNPS"} and counted and not self._in_pair(p, sent):
                continue  # "killing two members of the PKK, mayor X told Rudaw": the men killed, not X
            named, o_end = self.doc[p_end - 1], self._mention_span(org)[1]
            if preposition == "in" and named.dep_ == "appos" and o_start <= named.head.i < o_end:
                continue  # "a lieutenant in the 2/5th Battalion, Lancashire Fusiliers": the unit's name
            the = r_start > sent.start and self.doc[r_start - 1].lower_ == "the"
            opener = r_start - 2 if the else r_start - 1
            before = self.token_mention.get(opener - 1) if opener - 1 >= sent.start else None
            title = self.role_in(p_end + 1, min(p_end + 6, sent.end)) if p_end + 1 < sent.end and \
                self.doc[p_end].text == "," else None
            own = title is not None and title[2] <= p_end + 2  # "B, secretary-general of X", not "B, and the"
            if own and self.doc[opener].text == "," and before is not None and \
                    self.chain_type(before) == "PERSON":
                continue  # "A, head of Badr, B, secretary-general of AAH": the role is A's, apposed to him
                # (not "Sudani, the head of the PMF, Falih al-Fayyadh, and ...": B has no title after him)
            if preposition == "in" and self._role_qualified(r_start, sent):
                continue  # "al-Qaeda's leader in Iraq, X", "the top US commander in Iraq, X": a scope
            if relation == "leads" and (scoped is not None or r_start > sent.start and
                                        self.doc[r_start - 1].lower_ in self.words["indefinite"]):
                relation = "member_of"  # (and "the PUK's leader in Mosul" is one of its leaders)
            if relation == "leads" and opener > sent.start and self.doc[opener].lower_ in {"for", "to"} and \
                    self.role_at(opener, sent.start) is not None:
                relation = "member_of"  # "spokesman for the Commander-in-Chief of the Armed Forces, X"
            if preposition == "in" and self.chain_type(org) != "COUNTRY":
                relation = "member_of"  # "the adviser in the IRGC, X", "a commander in Nujaba, X"
            if preposition == "for" and self.chain_type(org) in {"COUNTRY", "PLACE"} and \
                    role_text.lower().split()[-1] in self.words["posted_roles"]:
                continue  # "Special Envoy for Syria X": the post's brief, not whom he serves
            owner = self._armed_owner_before(r_start, sent)
            if owner is not None and self.chain_type(org) in {"COUNTRY", "PLACE"}:
                # "the IS appointed governor of Kirkuk, X": a militant group's man, who rules nothing
                self.emit(p, "member_of", owner, "role_of_before_name", 0.8, sent, role=role_text)
                continue
            self.emit(p, relation, org, "role_of_before_name", 0.8, sent, role=role_text)

    def _in_pair(self, p: int, sent: Span) -> bool:
        """Whether a man is listed with another ("A and B", "A, B"), so that a plural title may be his."""
        start, end = self._mention_span(p)
        joined = end + 1 < sent.end and self.doc[end].lower_ in {"and", ","}
        after = self.token_mention.get(end + 1) if joined else None
        before = self.token_mention.get(start - 2) if start - 2 >= sent.start and \
            self.doc[start - 1].lower_ in {"and", ","} else None
        return any(m is not None and m != p and self.chain_type(m) == "PERSON" for m in (after, before))

    def _body_before_scope(self, place: int, sent: Span) -> int | None:
        """The body a place names the scope of: the PUK in "the top official of the PUK (PUK) in
        Mosul"; None where the place follows no body's name."""
        if self.chain_type(place) not in {"PLACE", "COUNTRY"}:
            return None
        i = self._mention_span(place)[0] - 1
        i -= i > sent.start and self.doc[i].lower_ == "the"
        if i <= sent.start or self.doc[i].lower_ != "in":
            return None
        i = self.before_parenthesis(i - 1, sent.start)  # past a defined acronym
        body = self.token_mention.get(i) if i >= sent.start else None
        return body if body is not None and self.chain_type(body) in ORG_TYPES else None

    def _past_hyphen_word(self, mi: int, stop: int) -> int | None:
        """The actor an 'X-backed' (or 'X-aligned' ...) phrase starting at mention mi describes, or
        mi itself where no such word follows it; None where no name follows before `stop`."""
        _, end = self._mention_span(mi)
        joined = self._hyphen_word(end, stop)
        stance = self._prefixed(mi, self.stance_prefixes)
        if (joined is None or joined[0] not in self.wording.hyphen_words) and not stance:
            return mi
        k = end if stance else joined[1]  # "a member of the pro-Iran Coordination Framework": of the CF
        while k < stop and k - end < 5 and (self.token_mention.get(k) is None or (
                self.doc[k].pos_ == "ADJ" and self._demonym(self.token_mention[k]))) and (
                self.doc[k].pos_ == "ADJ" or self.doc[k].lemma_.lower() in self.words["group_nouns"]):
            # "the Iran-backed Shiite Mahdi Army", "the Iran-backed militia Asa'ib Ahl al-Haq", "the
            # Iran-backed Iraqi armed group Kataib Hezbollah"
            k += 1
        return self.token_mention.get(k) if k < stop else None

    def _role_qualified(self, r_start: int, sent: Span) -> bool:
        """Whether another actor qualifies a role just before it ("al-Qaeda's leader", "the top US
        commander"), so that the country after it is where the role is held, not whose it is."""
        k = r_start - 1
        while k >= sent.start and k >= r_start - 3:
            if self.token_mention.get(k) is not None or self.doc[k].text in POSSESSIVE_MARKS:
                return True
            if self.doc[k].pos_ not in {"ADJ", "ADV"} and \
                    self.doc[k].lower_ not in self.words["role_qualifiers"]:
                return False
            k -= 1
        return False

    def apposition(self, sent: Span) -> None:
        """'X, the commander of Y' / 'X, Y's deputy chief' / 'X, a Y official'."""
        for p in self._persons(sent):
            _, p_end = self._mention_span(p)
            shared = False  # "A and B, senior Qods Force commanders": the plural title is A's too
            partner = self.token_mention.get(p_end + 1) if p_end + 1 < sent.end and \
                self.doc[p_end].lower_ == "and" else None
            if partner is not None and self.chain_type(partner) == "PERSON":
                p_end, shared = self._mention_span(partner)[1], True
            if p_end < sent.end and self.doc[p_end].text == "(":  # "X (Abu Fadak), the new leader of Y"
                close = next((i for i in range(p_end, min(p_end + 10, sent.end))
                              if self.doc[i].text == ")"), None)
                p_end = close + 1 if close is not None else p_end
            # "Hadi al-Amiri - Secretary-General, Badr Organization": a spaced hyphen, then a post and its
            # body after a comma (a who's-who's "Name - post" lines are the box reader's)
            spaced = p_end < sent.end and self.doc[p_end].text == "-" and self.doc[p_end - 1].whitespace_ \
                and bool(self.doc[p_end].whitespace_) and "," in {t.text for t in self.doc[p_end:p_end + 8]}
            if p_end >= sent.end or self.doc[p_end].text not in {",", "■", "|", "–", "—"} and not spaced:
                continue
            after = self.doc[p_end + 1] if p_end + 1 < sent.end else None
            if after is not None and after.pos_ == "ADP" and after.lower_ != "as":
                continue  # "X, with a pro-Iran official, ...": no apposition of X
            if after is not None and after.lower_ in {"and", "or"}:
                continue  # "A, B, and KH founder C": the list goes on, B is no founder
            if after is not None and after.text in QUOTES:
                continue  # '"I met with Qaani," one Iraqi official said': the quotation ends there
            if after is not None and after.lower_ in {"whom", "who", "which", "that"}:
                continue  # "X, whom Iraqi military officials described as ...": a clause, no apposition
            stop = p_end + 1
            while (stop < sent.end and stop - p_end < 25
                   and (self.doc[stop].text not in {",", ";", "(", ")", "."} or self._past_gloss(stop) > stop)
                   and self.doc[stop].lower_ not in {"who", "which", "that", "said", "says", "told"}):
                if self._past_gloss(stop) > stop:  # "commander of the Hashd (PMF)'s 42nd Brigade"
                    stop = self._past_gloss(stop)
                    continue
                if self.doc[stop].pos_ in {"VERB", "AUX"} and self.doc[stop].tag_ not in {"VBN", "VBG"} and \
                        not self._participle_after_name(stop):
                    break
                if self.doc[stop].pos_ == "VERB" and self.doc[stop].lemma_.lower() not in \
                        self.words["appointing_verbs"] | self.words["naming_verbs"] and (
                        self.doc[stop].dep_ == "ROOT" or any(
                        c.dep_ in {"nsubj", "nsubjpass", "dobj"} for c in self.doc[stop].children)):
                    break  # "X, received in Erbil the commander of Y": the clause's own verb (tagged VBN)
                stop += 1
            bodies = {m for k in range(p_end + 1, stop) if (m := self.token_mention.get(k)) is not None}
            if shared and (len(bodies) > 1 or not any(  # (not "A and B, leaders of X and Y": which whose?)
                    self.doc[k].tag_ in {"NNS", "NNPS"} and self.role_at(k + 1, k) is not None
                    for k in range(p_end + 1, stop))):
                continue
            # "Kevin Bergner, spokesman, Multi-National Force - Iraq": the body after a comma
            trailing = None
            if stop + 1 < sent.end and self.doc[stop].text == ",":
                trailing = self.token_mention.get(stop + 1)
            self._role_segment(p, p_end + 1, stop, sent, "apposition", fallback=trailing)

    def _participle_after_name(self, k: int) -> bool:
        """Whether a verb the parse reads as a past tense is an 'X designated' modifier ("the leader
        of U.S. designated Harakat al-Nujaba")."""
        return self.token_mention.get(k - 1) is not None and self.doc[k].lower_ in self.wording.hyphen_words

    def answers(self, sent: Span) -> None:
        """An explainer's answer to "who": "Who is X? The founder and secretary-general of Y." (a bare
        noun phrase says what X is, as "X is the founder ..." would); "Who heads Y? X, a general who
        ..." (the one the answer opens with did what was asked)."""
        if sent.start == 0:
            return
        words = [t for t in self.doc[sent.start - 1].sent if not t.is_space]
        if len(words) < 4 or words[-1].text != "?" or words[0].lower_ != "who":
            return
        asked = list(dict.fromkeys(m for t in words[2:-1] if (m := self.token_mention.get(t.i)) is not None))
        if len(asked) > 1:  # "Who heads the Iraqi Counter-Terrorism Service?": not its demonym
            asked = [m for m in asked if not self._demonym(m)]
        root = sent.root
        opening = next((t for t in sent if not t.is_space), root)
        if opening.lower_ in {"not", "no", "neither", "nor"}:
            return  # "Not the leader of KH, but its security official": what he is not
        if words[1].lemma_ == "be":
            people = {m for m in asked if self.chain_type(m) == "PERSON"}
            if len(people) == 1 and root.pos_ == "NOUN" and self.mention_of(root) is None and \
                    not any(t.pos_ in {"VERB", "AUX"} and t.dep_ != "amod" and t.i < root.i for t in sent):
                self._role_segment(people.pop(), root.left_edge.i, root.right_edge.i + 1, sent,
                                   "answer_fragment")
            return
        relation = self.wording.verbs.get(words[1].lemma_.lower())
        first = next((t for t in sent if not t.is_space and t.lower_ not in {"the", "."} and
                      t.lower_.rstrip(".") not in self.rank_words), None)  # (past "Lt. Gen.")
        if first is not None and first.i in self.label_tokens:
            return  # "Who funds it? X: The movement pays ...": the one who answers, no answer
        named = self.token_mention.get(first.i) if first is not None else None
        if relation is None or named is None or self.mention_tokens[named][0] != first.i or len(asked) != 1 \
                or root.pos_ not in {"NOUN", "PROPN"} or self._demonym(named):
            return  # a name the answer gives alone, not one its own verb takes ("Iraqi authorities arrested
            # X", "The Houthis claimed it")
        self.emit(named, relation, asked[0], "answer_named", 0.7, sent)

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
        last = None  # the role just read with its organisation after it: "spokesman for A and B"
        for a, b in parts:
            role = self.role_in(a, b) or self._rank_in(a, b)
            if role is None:
                org = self._only_actor(a, b) if last is not None else None
                if org is not None and self.chain_type(org) in ORG_TYPES:
                    self.emit(p, last[0], org, rule, 0.75, sent, role=last[1])
                last = None
                continue
            last = None
            relation, role_text, r_start, r_end = role
            if any(w.lower_ == "by" and start <= w.i < r_start or w.dep_ == "relcl" and start <= w.i
                   for w in self.doc[r_end - 1].ancestors):
                # "X, described by US officials as ...", "a trip by the Quds Force chief", "an expert whom
                # its fighters had abducted": another's
                continue
            titled = self.token_mention.get(r_end)
            if titled is not None and titled != p and self.chain_type(titled) == "PERSON":
                continue  # "X, an opponent of Iraqi Prime Minister Y": the title is Y's
            if relation == "leads" and (
                    any(self.doc[k].lower_ in self.words["indefinite"] for k in range(a, min(r_start, a + 2)))
                    or self.one_of_several(role_text, range(a, r_start))):
                relation = "member_of"
            inside = self._body_in_role(r_start, r_end)
            if inside is not None:  # "X, Iraq's interior minister": the ministry his title names
                self.emit_pairs([p], relation, [inside], rule, 0.8, sent)
                continue
            before = None  # "the Y commander" / "Y's commander": nearest mention before the role
            field = False  # "an American film director": the role is in a field, not in the state's service
            non_state = False  # "an Iraqi paramilitary commander": in no state's service, whatever the role
            adjacent = True  # the words right before the role, up to a comma, qualify it
            named_kind = False  # a capitalised word before the role: of a kind, unless "of Y" says whose
            for k in range(r_start - 1, a - 1, -1):
                if self.token_mention.get(k) is not None:
                    before = self.token_mention[k]
                    break
                word = self.doc[k]
                if word.lower_ in {"its", "their"} and word.dep_ == "poss":
                    before = self._previous_org(sent, k)  # "named X as its new emir"
                    if before is not None and self.acts_between(before, k):
                        before = None  # (not "the Treasury's sanctioning of its leader X")
                    if before is None:  # "KSS fought in Syria. X is its secretary-general."
                        before = next(iter(self._pronoun(word)), None)
                    break
                if word.lemma_.lower() in self.words["group_nouns"] and k + 1 < r_start and k > a and \
                        self.doc[k + 1].text in POSSESSIVE_MARKS and self.doc[k - 1].lower_ == "the":
                    # "KH rejected the plan. X, the group's security official, ...": the armed group the
                    # sentence before is about, alone (not one named in a clause, nor one of two)
                    found = [m for m in self._group_before(k) if self.chain_type(m) == "ARMED_GROUP" and
                             self._spoken_subject(root := self.doc[slice(*self._mention_span(m))].root) and
                             not root.conjuncts]
                    before = next(iter(self._resolved(self.doc[k - 1:k + 1], found)), None)
                    break
                adjacent = adjacent and word.text not in {",", ";", "(", ")"}
                field = field or word.lower_ in self.words["civilian_roles"]  # "a singer, actor and director"
                non_state = non_state or word.lower_ in self.words["non_state_fields"]
                hyphened = k - 2 >= a and self.doc[k - 1].text == "-"  # "the KDP's long-time president"
                joined = f"{self.doc[k - 2].lower_}-{word.lower_}" if hyphened else word.lower_
                if not adjacent or {word.lower_, joined} & self.words["role_qualifiers"] or not word.is_alpha:
                    continue
                if word.pos_ == "NOUN":
                    # "the emergencies director": the role belongs to a sub-unit
                    relation = "member_of" if relation == "leads" else relation
                    field = field or word.lemma_.lower() not in self.state_heads
                elif word.pos_ in {"PROPN", "ADJ"} and word.text[:1].isupper() and relation == "leads":
                    named_kind = True  # "a South Korean Presbyterian leader" leads no country
            if before is not None and self.chain_type(before) == "COUNTRY" and (non_state or (
                    field and role_text.lower().split()[-1] not in self.words["service_roles"])):
                before = None
            after = None  # "commander of Y" / "head of the Shiite Y"
            group_end = None
            k = r_end
            if k < b and self.doc[k].lower_ in {"of", "for", "at", "in", "to", "with", "from"}:
                k += 1
                skipped = 0
                described = self._named_after_kind(k, b)  # "leader of the Iraqi political party Badr"
                while described is None and k < b and self.token_mention.get(k) is None and skipped < 3 and (
                        self.doc[k].lower_ in {"the", "its", "'s", "elite"} | self.pack.not_names or
                        self.doc[k].pos_ == "ADJ"):  # "head of the Shiite Popular Mobilization Forces"
                    k += 1
                    skipped += 1
                    if k + 2 < b and self.doc[k].pos_ != "ADJ" and self.doc[k + 1].text == "-" and \
                            self.doc[k + 2].tag_ == "VBN" and self.token_mention.get(k) is None:
                        k += 3  # "leader of the Christian-branded Babylon Brigades"
                after = described if described is not None else self.token_mention.get(k) if k < b else None
                # "the leader of the Iranian-backed Mahdi Army": not of Iran; "commander of the IRGC
                # (IRGC) Quds Force": of the unit
                after = self._past_hyphen_word(after, b) if after is not None else None
                after = self._possessed(after) if after is not None else None
                if after is None and k < b and self.doc[r_end + 1].lower_ == "the" and \
                        self.doc[k].lemma_.lower() in self.words["group_nouns"]:
                    # "acting commander of the (jihadist) organization", not "a member of the group
                    # Masters of Groove"
                    named = self.token_mention.get(k + 1) if k + 1 < b else None
                    after = named if named is not None else next(iter(self._group_before(k)), None)
                    group_end = k + 1 if named is None else None  # where "the group" ends in the text
                    place = self._scope_at(k + 1, b)
                    if named is None and place is not None and self.chain_type(place) == "PLACE" and \
                            relation == "leads":
                        relation = "member_of"  # "the emir of the jihadist group in Anbar": of one branch
                if after is None and (whole := self._whole_of_unnamed_unit(k, b)) is not None:
                    after, relation = whole, "member_of"  # "commander of a brigade within the Mahdi Army"
                if after is not None and self.doc[r_end].lower_ in {"in", "at"} and \
                        self.chain_type(after) in {"PLACE", "COUNTRY"}:
                    after = None  # "the Allied commander in North Africa": where, not whose
                elif after is not None and self.doc[r_end].lower_ in {"in", "within"} and relation == "leads":
                    relation = "member_of"  # "the most powerful leader in the PMF": one of its leaders
                if after is not None and role_text.lower().split()[-1] in self.words["posted_roles"] and (
                        self.doc[r_end].lower_ == "to" or self.doc[r_end].lower_ == "for" and
                        self.chain_type(after) in {"COUNTRY", "PLACE"}):
                    # "Iran's ambassador to Iraq" serves Iran, not the state he is posted to; "the U.S.
                    # special envoy for Iran" serves the U.S.
                    after = None
            # the words after the name read here (or after "the group" that stands for it), not after
            # the name far away
            local = after is not None and r_end <= self._mention_span(after)[0] < b
            if after is not None and (local or group_end is not None):
                a_end = self._mention_span(after)[1] if local else group_end
                a_end = self._past_gloss(a_end)  # "of the Hashd (PMF)'s 42nd Brigade"
                follower = self.doc[a_end] if a_end < len(self.doc) else None
                if follower is not None and follower.text in POSSESSIVE_MARKS:
                    # "commander of Iran's Quds Force" serves the force; "a member of Panama's
                    # National Assembly" (a body not recognised) serves no one named here; "head of
                    # KDPI's public affairs" heads a part of the party, so is one of its members
                    # past the qualifiers: "the group's self-proclaimed Islamic State of Iraq"
                    owned = a_end + 1
                    while owned < b and self.token_mention.get(owned) is None and \
                            self.doc[owned].lower_ in self.words["role_qualifiers"] | {"self", "proclaimed"}:
                        owned += 1
                    possessor, after = after, self.token_mention.get(owned) if owned < b else None
                    if after is not None and after != possessor and self.chain_type(after) in ORG_TYPES and \
                            self.chain_type(possessor) in {"ARMED_GROUP", "STATE_BODY"}:
                        # "the leader of the PMF's 30th Brigade": one of the larger body's men too
                        self.emit(p, "member_of", possessor, rule, 0.75, sent)
                    parts = self.words["part_nouns"] | self.words["sub_body_nouns"] | self.words["unit_words"]
                    part = a_end + 1 < b and self.doc[a_end + 1].pos_ in {"ADJ", "NOUN", "ADV"} and any(
                        {self.doc[k].lemma_.lower(), self.doc[k].lower_} & parts
                        for k in range(a_end + 1, min(b, a_end + 6)))
                    if after is None and part and self.chain_type(possessor) in ORG_TYPES:
                        after, relation = possessor, "member_of"
                    follower = None
                joined = self._mention_span(after)[1] if after is not None else len(self.doc)
                if joined + 1 < len(self.doc) and self.doc[joined].text in {"-", "–"} and \
                        self.token_mention.get(joined + 1) not in {None, after}:
                    # "commander of the Islamic Revolutionary Guard Corps-Quds Force": of the unit
                    after, follower = self.token_mention.get(joined + 1), None
                k = a_end
                while k < b and self.doc[k].pos_ == "ADJ":
                    k += 1
                named = self.token_mention.get(k + 1) if k + 1 < b else None
                if k > a_end and self.doc[k].lemma_.lower() in self.words["kind_nouns"] and \
                        named is not None and named != after:
                    # "head of KH political party Harakat Hoquq": of the party it names, not KH
                    after, follower = named, None
                while follower is not None and follower.lower_ in self.words["community_words"] and \
                        follower.i + 1 < b:
                    follower = self.doc[follower.i + 1]  # "commander of the Al-Abbas Division Shia militia"
                described = follower  # "a member of the Argentine national team": the noun the words qualify
                while described is not None and described.dep_ in {"amod", "compound"} and \
                        described.i < described.head.i < b and self.chain_type(after) == "COUNTRY":
                    described = described.head
                bodies = self.words["generic_heads"] | self.words["unit_words"] | \
                    self.words["sub_body_nouns"] | self.words["state_bodies"]
                if described is not follower and described.lemma_.lower() not in bodies:
                    follower = described  # (not "the Iraqi interim government", "the Iranian armed forces")
                if follower is not None and follower.pos_ in {"NOUN", "PROPN"} and \
                        self.token_mention.get(a_end) is None:
                    if self.chain_type(after) == "COUNTRY":
                        after = None  # "commander of Iraqi forces", "point man for Iraqi factions": a demonym
                    elif relation == "leads" and follower.lemma_.lower() not in self.words["group_nouns"]:
                        # "director of Pentagon press operations" (not "leader of the 50th Brigade militia")
                        relation = "member_of"
            if named_kind and (after is None or self.chain_type(after) in {"COUNTRY", "PLACE"}):
                relation = "member_of"  # (but "the Shabak commander of the 30th Brigade" leads it)
            if after is not None and before is not None and \
                    self.chain_type(after) in {"COUNTRY", "PLACE"} and self.chain_type(before) in ORG_TYPES:
                # "the al Qaeda leader of Iraq", "the AQI emir of Mosul": the place is the scope, and
                # a leader of one region of a group is one of its members
                after, relation = None, "member_of" if relation == "leads" else relation
            org = after if after is not None else before
            if after is None and relation == "leads" and self._scope_at(r_end, b) is not None:
                relation = "member_of"  # "named X as its new emir in Iraq": the leader of one branch
            if org is not None and self.chain_type(org) in {"PLACE", "COUNTRY"} and any(
                    self.doc[k].lower_ in {"called", "styled", "proclaimed"} for k in range(a, r_start)):
                continue  # "the group's so-called wali of Anbar" rules no province
            if org is not None and relation == "leads" and self._regional(org, b):
                relation = "member_of"  # "emir of Ansar al-Sunna in Mosul"
            if after is not None and before is not None and relation == "leads" and \
                    self.chain_type(before) == "PLACE" and self.chain_type(after) in ORG_TYPES:
                relation = "member_of"  # "Anbar head of the PMF": the head of one region of it
            if org is None:
                if r_end >= b or self.doc[r_end].lower_ not in {"of", "for"}:
                    pending.append((relation, role_text))  # (not "head of its political office": of a part)
                continue
            for earlier_relation, earlier_role in pending:
                self.emit(p, earlier_relation, org, rule, 0.75, sent, role=earlier_role)
            pending = []
            if self._prefixed(org, {"pro"}):
                relation, role_text = "allied_with", None
            elif after is not None:
                last = (relation, role_text)
            self.emit(p, relation, org, rule, 0.8, sent, role=role_text)
        if fallback is not None:
            for relation, role_text in pending:
                self.emit(p, relation, fallback, rule, 0.75, sent, role=role_text)

    def _named_after_kind(self, start: int, stop: int) -> int | None:
        """The body named right after words that say its kind or who designated it ("the Shia
        militia Kata'ib Hezbollah", "the Iraqi political party Badr Organization", "U.S.
        designated Harakat al-Nujaba"), so that a country among those words is not taken for
        it; else None."""
        country = False
        for k in range(start, min(stop - 1, start + 7)):
            word, mi = self.doc[k], self.token_mention.get(k)
            if mi is not None and self.chain_type(mi) == "COUNTRY":
                country = True
                continue
            if mi is not None:
                return mi if country and self.chain_type(mi) in ORG_TYPES else None
            if word.lemma_.lower() in self.words["kind_nouns"] and word.pos_ == "NOUN":
                named = self.token_mention.get(k + 1)
                return named if named is not None and self.chain_type(named) in ORG_TYPES else None
            if not (word.dep_ in {"det", "amod", "compound", "nmod"} or word.tag_ in {"VBN", "VBD"} or
                    word.text in {"-", "–"}):
                return None
        return None

    def _rank_in(self, start: int, stop: int) -> tuple[str, str, int, int] | None:
        """A rank standing as the role ("a senior IRGC-QF general", "an Iraqi colonel"): its
        holder serves the body named before it."""
        k = next((k for k in range(start, stop) if self.doc[k].lower_.rstrip(".") in self.rank_words
                  and self.doc[k].pos_ == "NOUN" and self.token_mention.get(k) is None), None)
        return ("member_of", self.doc[k].text, k, k + 1) if k is not None else None

    def _only_actor(self, start: int, stop: int) -> int | None:
        """The actor tokens [start, stop) name and nothing else ("the Interior Ministry",
        "Iraq's Interior Ministry": the last one named; "the Saraya al-Salam militia": a word of
        its kind after it), or None."""
        found = None
        for k in range(start, stop):
            mi = self.token_mention.get(k)
            if mi is not None:
                found = mi
            elif found is not None and k == stop - 1 and self.doc[k].lower_ in self.words["kind_nouns"]:
                continue
            elif self.doc[k].lower_ not in {"the", "its", "their"} and \
                    self.doc[k].text not in POSSESSIVE_MARKS:
                return None
        return found

    def _previous_subject(self, sent: Span) -> int | None:
        """The body the sentence before is about: its main clause's subject, one armed group, state
        body or organisation (not a list, a man, a place or a state), where it names no other actor
        but a place where things happened ("AAH was formed in Baghdad in 2006"; not "KH fought IS",
        "KH struck Ain al-Asad air base", "the ministry is run by Badr": whose is "its"?)."""
        if sent.start == 0:
            return None
        before = self.doc[sent.start - 1].sent
        subjects = [c for c in before.root.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if not subjects or any(s.conjuncts for s in subjects):
            return None
        # (one chain, though the parse may split a long name into several subjects)
        found = list({self.ex.mentions[m].chain: m for s in subjects if self.mention_of(s) is not None
                      for m in self.actor_of(s)}.values())  # (not "IS's Amaq agency claimed": Amaq's)
        known = len(found) == 1 and (self.chain_type(found[0]) in {"ARMED_GROUP", "STATE_BODY"} or
                                     self.ex.chains[self.ex.mentions[found[0]].chain].key is not None)
        if not known or self.chain_type(found[0]) not in ORG_TYPES:
            return None
        chain = self.ex.mentions[found[0]].chain
        for k in range(before.start, before.end):
            m = self.token_mention.get(k)
            if m is None or self.ex.mentions[m].chain == chain:
                continue
            word = self.doc[self.mention_tokens[m][1] - 1]
            where = self.chain_type(m) in {"PLACE", "COUNTRY"} and word.dep_ == "pobj" and \
                word.head.lower_ in {"in", "near", "inside", "across", "around", "throughout"}  # (not "at")
            if not where:
                return None
        return found[0]

    def named_to_post(self, sent: Span) -> None:
        """'Kadhimi named X head of the CTS', 'appointed X commander of the Quds Force': the post
        given, which the parse often reads as a noun the name modifies."""
        for verb in self.tokens.where(sent, lemma=self.words["appointing_verbs"]):
            if verb.lemma_.lower() not in self.words["appointing_verbs"] or not self.asserted(verb):
                continue
            for obj in [c for c in verb.children if c.dep_ in {"dobj", "oprd", "ccomp", "xcomp"}]:
                for p in self._persons(self.doc[obj.left_edge.i:obj.right_edge.i + 1]):
                    _, end = self._mention_span(p)
                    role = self.role_in(end, min(end + self.max_role_words, sent.end))
                    if role is None or role[2] != end or role[3] >= sent.end or \
                            self.doc[role[3]].lower_ not in {"of", "for"}:
                        continue
                    k = role[3] + 1 + (self.doc[role[3] + 1].lower_ == "the")
                    body = self.token_mention.get(k) if k < sent.end else None
                    if body is not None and self.chain_type(body) != "PERSON":
                        self.emit(p, role[0], body, "named_to_post", 0.8, sent, role=role[1])

    def role_subject(self, sent: Span) -> None:
        """'Its secretary-general is X', "KH's commander is X": the role is the subject."""
        for verb in self.tokens.where(sent, lemma={"be"}):
            if verb.lemma_ != "be":
                continue
            roles = [c for c in verb.children if c.dep_ == "nsubj" and self.mention_of(c) is None]
            people = [m for c in verb.children if c.dep_ == "attr" for m in self.actor_of(c)
                      if self.chain_type(m) == "PERSON"]
            for noun in roles:
                if any(c.dep_ in {"appos", "compound"} and self.mention_of(c) is not None and
                       self.chain_type(self.mention_of(c)) == "PERSON" for c in noun.children):
                    continue  # "its leader X is a terrorist": the name is in the subject; the rest describes
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
        self._appointed_in_misparse(sent)
        # "acomp": the parse may read "is its secretary-general" as an adjective
        for token in self.tokens.where(sent, dep={"attr", "pobj", "oprd", "acomp"}):
            if token.dep_ not in {"attr", "pobj", "oprd", "acomp"} or self.mention_of(token) is not None:
                continue
            verb = token.head
            if token.dep_ == "pobj":  # "served as commander of Y", "is among the best-known commanders in Y"
                # "succeeded X at the head of Y"
                if token.head.lower_ not in {"as", "among"} and not (
                        token.head.lower_ == "at" and token.lemma_.lower() == "head"):
                    continue
                verb = token.head.head
            if token.dep_ == "pobj" and verb.pos_ == "NOUN" and \
                    verb.lemma_.lower() in self.words["post_nouns"]:
                self._post_named(verb, token, sent)  # "the appointment of X as chairman of Y"
                continue
            capacity = None  # "in his role as head of the armed forces": his role
            if token.dep_ == "pobj" and verb.lemma_.lower() in self.words["capacity_nouns"]:
                capacity = next((c for c in verb.children if c.dep_ == "poss" and c.lower_ in {"his", "her"}),
                                None)
            if verb.lemma_ not in self.words["post_verbs"] | self.words["appointing_verbs"] and \
                    capacity is None and not (verb.lemma_ in self.words["naming_verbs"] and any(
                        c.dep_ == "nsubjpass" for c in verb.children)):
                # "took over as director", "succeeded X as leader of Y", "X was seen as the real leader of Y"
                continue
            subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
            if not subjects and verb.dep_ == "conj":  # "X founded Nujaba and became its secretary-general"
                subjects = [c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
            if not subjects and verb.dep_ == "xcomp" and \
                    verb.head.lemma_.lower() in self.words["belief_verbs"]:
                # "X is believed (said, thought) to be the leader of Y"
                subjects = [c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
            objects = [c for c in verb.children if c.dep_ == "dobj"] or [  # "named X head of Y", read as
                c for c in verb.children if c.dep_ == "oprd" and c.i != token.i and  # two predicates
                self.mention_of(c) is not None]
            if not objects and token.dep_ == "oprd" and verb.lemma_ in self.words["appointing_verbs"] and \
                    any(c.dep_ == "nsubj" for c in verb.children):
                continue  # (and the one who names holds nothing: "Khamenei named ... head of")
            appointer = None
            if objects and verb.lemma_ in self.words["appointing_verbs"]:
                # "the Council named X as its new emir": X holds the post; "the PMF appointed X as
                # chief of staff": a post in the body that appoints, where the role names no other
                appointer = next((m for s in subjects for m in self.actor_of(s)
                                  if self.chain_type(m) in ORG_TYPES), None)
                subjects = objects
            elif objects and verb.lemma_ in {"succeed", "replace"}:
                subjects += objects  # "A succeeded B as leader of Y": both led Y
            persons = [m for s in subjects for m in self.actor_of(s) if self.chain_type(m) == "PERSON"]
            if capacity is not None:  # (the man named in this sentence: "X, in his role as ...")
                persons = [m for m in self._pronoun(capacity) if self.chain_type(m) == "PERSON" and
                           self.mention_tokens[m][0] >= sent.start]
                verb = self._clause_verb_of(verb)
            if not persons or not self.asserted(verb, climb=False):  # "is not the leader of", "could become"
                continue
            start = token.left_edge.i
            stop = min(token.right_edge.i + 1, sent.end)
            for p in persons:
                self._role_segment(p, start, stop, sent, "copula_role", fallback=appointer)

    def _post_named(self, post: Token, role: Token, sent: Span) -> None:
        """'The appointment of Falih al-Fayyadh as chairman of the PMC', "Maliki's tenure as prime
        minister of Iraq": the man the post noun is of holds the role (not a post only planned,
        proposed or rumoured)."""
        if any(c.lower_ in self.words["prospective_words"] for c in post.children) or \
                post.dep_ in {"nsubj", "nsubjpass"} and not self.asserted(post.head):
            return
        # "Khamenei's appointment of Qaani as commander": the one appointed, not the one appointing
        holders = [m for c in post.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj" for m in self.actor_of(g)] or [
            m for c in post.children if c.dep_ == "poss" for m in self.actor_of(c)]
        for p in holders:
            if self.chain_type(p) == "PERSON":
                self._role_segment(p, role.left_edge.i, min(role.right_edge.i + 1, sent.end), sent,
                                   "copula_role")

    def _whole_of_unnamed_unit(self, k: int, b: int) -> int | None:
        """The body named after an unnamed unit of it, from token k: "(commander of) a military brigade
        within Sadr's Mahdi Army", "(head of) one battalion of KH": he serves that body."""
        while k < b and (self.doc[k].lower_ in {"a", "an", "one"} or self.doc[k].pos_ == "ADJ"):
            k += 1
        units = self.words["unit_words"] | self.words["part_nouns"]
        if k + 2 >= b or self.token_mention.get(k) is not None or self.doc[k].lemma_.lower() not in units or \
                self.doc[k + 1].lower_ not in {"of", "within", "in"}:
            return None
        k += 3 if self.doc[k + 2].lower_ == "the" else 2
        whole = self.token_mention.get(k) if k < b else None
        whole = self._possessed(whole) if whole is not None else None
        end = self.mention_tokens[whole][1] if whole is not None else 0
        if end < len(self.doc) and self.doc[end].pos_ in {"NOUN", "PROPN"}:
            return None  # ("a unit of the Ryazan dvoryane": the name only qualifies the whole)
        return whole if whole is not None and self.chain_type(whole) in ORG_TYPES else None

    def _appointed_in_misparse(self, sent: Span) -> None:
        """'The Council named X as its new emir', which the parse may read as a noun phrase ("the
        Council [that was] named X"): a past-tense appointing verb hung on a verbless root is the
        clause's verb, read in word order."""
        for verb in self.tokens.where(sent, lemma=self.words["appointing_verbs"], dep={"acl"}):
            root = verb.head
            if verb.dep_ != "acl" or verb.tag_ not in {"VBD", "VBN"} or root.dep_ != "ROOT" or \
                    root.pos_ == "VERB" or verb.lemma_ not in self.words["appointing_verbs"]:
                continue
            appointer = self.token_mention.get(verb.i - 1)
            person = self.token_mention.get(verb.i + 1)
            if person is None or self.chain_type(person) != "PERSON":
                continue
            start = self._mention_span(person)[1]
            start += 1 if start < sent.end and self.doc[start].lower_ == "as" else 0
            stop = next((k for k in range(start, sent.end) if self.doc[k].is_punct), sent.end)
            if start < stop and not any(t.tag_ in {"WP", "WDT"} for t in self.doc[start:stop]):
                # (not "the US named X as the commander who directed attacks": identified, not appointed)
                self._role_segment(person, start, stop, sent, "copula_role", fallback=appointer)

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

    def fellows(self, sent: Span) -> None:
        """'Soleimani sits with fellow Revolutionary Guard commanders': he is one of them."""
        for word in self.tokens.where(sent, lower={"fellow"}, dep={"amod"}):
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

    def took_leadership(self, sent: Span) -> None:
        """'X assumed leadership of al-Qaeda in Iraq', 'took command of the Quds Force', 'command of the
        Quds Force passed to X'."""
        for noun in self.tokens.where(sent, lemma=LEADING_POSTS, dep={"dobj", "nsubj"}):
            taker = noun.head
            passed = noun.dep_ == "nsubj" and taker.lemma_.lower() in self.words["passing_verbs"]
            taken = noun.dep_ == "dobj" and taker.lemma_.lower() in self.words["taking_verbs"]
            if noun.lemma_.lower() not in LEADING_POSTS or not (passed or taken) or not self.asserted(taker):
                continue
            orgs = [m for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children if g.dep_ == "pobj" for m in self.actor_of(g)]
            takers = [m for c in taker.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
                      if g.dep_ == "pobj" for m in self.actor_of(g)] if passed else self._subjects(taker)
            for p in takers:
                for org in orgs:
                    if self.chain_type(p) == "PERSON":
                        self.emit(p, "leads", org, "took_leadership", 0.75, sent)

    def active_in(self, sent: Span) -> None:
        """'Al-Mawla was active in al-Qaeda in Iraq': a person active in a group is its member; so is
        one who 'won a seat in the Council of Representatives'."""
        for seat in self.tokens.where(sent, lemma={"seat"}, dep={"dobj"}):
            holder = seat.head
            if seat.lemma_.lower() != "seat" or seat.dep_ != "dobj" or not self.asserted(holder) or \
                    holder.lemma_.lower() not in self.words["seat_verbs"]:
                continue
            bodies = [m for c in [*seat.children, *holder.children]
                      if c.dep_ == "prep" and c.lower_ in {"in", "on"}
                      for g in c.children if g.dep_ == "pobj"
                      for m in self.actor_of(g) if self.chain_type(m) in ORG_TYPES]
            for p in self._subjects(holder):
                if self.chain_type(p) == "PERSON":
                    for b in bodies:
                        self.emit(p, "member_of", b, "active_in", 0.65, sent)
        for word in self.tokens.where(sent, lower={"active"}):
            if word.lower_ != "active" or word.dep_ != "acomp" or not self.asserted(word.head):
                continue
            groups = [m for c in [*word.children, *word.head.children]  # the parse may hang "in" on "was"
                      if c.dep_ == "prep" and c.lower_ in {"in", "within"}
                      for g in c.children if g.dep_ == "pobj" for m in self.actor_of(g)]
            for p in self._subjects(word.head):
                for g in groups:
                    if self.chain_type(p) == "PERSON" and self.chain_type(g) in ORG_TYPES:
                        self.emit(p, "member_of", g, "active_in", 0.65, sent)

    def leader_possessive(self, sent: Span) -> None:
        """"Muqtada al-Sadr's Mahdi Army", "Hadi al-Amiri's Badr Organization": a person's named
        armed group or party is the one he leads."""
        owners = []  # (person, the token after the possessive)
        for p in self._persons(sent):
            _, p_end = self._mention_span(p)
            if p_end + 1 < sent.end and self.doc[p_end].text in POSSESSIVE_MARKS:
                owners.append((p, p_end + 1))
        for t in self.tokens.where(sent, lower={"his", "whose"}):  # "his Iran-aligned AAH movement"
            if t.lower_ == "his" and t.dep_ == "poss":
                owners += [(p, t.i + 1) for p in self._pronoun(t) if self.chain_type(p) == "PERSON"]
            elif t.lower_ == "whose" and t.dep_ == "poss":  # "Sadr, the cleric whose Mahdi Army ..."
                clause = next((a for a in t.ancestors if a.dep_ == "relcl"), None)
                owners += [(p, t.i + 1) for p in (self.actor_of(clause.head) if clause is not None else [])
                           if self.chain_type(p) == "PERSON"]
        for p, k in owners:
            # "his militia (group), Saraya al-Salam", "Sadr's own militia the Mahdi Army": the kind first
            j = k
            while j < min(k + 4, sent.end) and self.token_mention.get(j) is None and (
                    self.doc[j].lemma_.lower() in self.words["group_nouns"] or
                    j == k and self.doc[j].lower_ in {"own", "armed", "powerful"}):
                j += 1
            if j > k and j < sent.end and self.doc[j].text == ",":
                j += 1
            if j > k and j < sent.end and self.doc[j].lower_ == "the":
                j += 1
            if j > k and any(self.doc[i].lemma_.lower() in self.words["group_nouns"] for i in range(k, j)):
                named = self.token_mention.get(j)
                after = self._mention_span(named)[1] if named is not None else j
                comma = self.doc[j - 1].text == "," or self.doc[j - 2].text == ","
                if not comma or after >= sent.end or self.doc[after].text in {",", "(", ".", ";", ")"}:
                    k = j  # "his militia, Saraya al-Salam, ...", not "Sadr's militia, Badr and AAH clashed"
            group = self.token_mention.get(k)
            if group is not None and self._mention_span(group)[0] == k:
                group = self._past_hyphen_word(group, sent.end)  # not "his Iran-aligned X": Iran
            if group is None or self._mention_span(group)[0] < k:
                continue
            g_end = self._mention_span(group)[1]
            root = self.doc[self._mention_span(group)[0]:g_end].root
            g_end = self.past_parenthesis(g_end)  # "his Saraya al-Salam (Peace Brigades) militia"
            kinds = self.words["group_nouns"] | self.words["sub_body_nouns"] | (
                self.words["unit_words"] & self.words["part_nouns"])  # "Sadr's Saraya al-Salam brigades"
            if root.dep_ in {"compound", "amod", "nmod"} and not (
                    g_end < sent.end and self.doc[g_end].lemma_.lower() in kinds):
                continue  # "his Badr Organization colleagues": others of his group, not his group
            if g_end < sent.end and self.doc[g_end].tag_ == "NN" and \
                    self.doc[g_end].lemma_.lower() in self.words["part_nouns"]:
                continue  # "his PMF brigade": one brigade of the PMF (but "Sadr's Saraya al-Salam brigades")
            # an organisation the model found may be a book or a film ("Vonnegut's Slaughterhouse-Five")
            if self.chain_type(group) == "ARMED_GROUP" or self.chain_type(group) == "ORGANIZATION" and \
                    self.ex.chains[self.ex.mentions[group].chain].key:
                self.emit(p, "leads", group, "leader_possessive", 0.7, sent)

    def role_lists(self, sent: Span) -> None:
        """"ISCI's leaders, including X", "KH commanders A and B", "its leaders include A and B":
        several holders of a plural role are members, whatever the role."""
        for noun in self.tokens.of(sent):
            if noun.tag_ != "NNS" or self.mention_of(noun) is not None or \
                    (self.roles.get(noun.lower_) or self.roles.get(noun.lemma_.lower())) is None:
                continue
            orgs = [m for c in noun.children if c.dep_ in {"poss", "compound", "nmod"}
                    if (m := self.mention_of(c)) is not None]  # named, not "its leaders"
            orgs += [m for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj" and g.tag_ != "NNS"  # not "members of
                     for m in self.actor_of(g)]  # militia groups, including A and B": A and B are the groups
            including = noun.dep_ == "nsubj" and noun.head.lemma_ == "include"
            described = {"det", "prep", "compound", "nmod", "acl", "relcl"}
            if not orgs and including and not any(c.dep_ in described or
                                                  c.lower_ == "other" or
                                                  self.mention_of(c) is not None for c in noun.children):
                # "(Their / Suspected) leaders include A and B": the group the text is about; "the
                # leaders", "Iraqi leaders", "the group's leaders", "other officials" or "officials
                # blamed for the fall of Mosul" name others
                owner = [c for c in noun.children if c.dep_ == "poss"]
                topic = [self.main_group] if self.main_group is not None else []
                whose = owner and owner[0].lower_ == "whose" and noun.head.dep_ == "relcl"
                # "an umbrella whose members include A and B": what the clause describes
                orgs = self.actor_of(noun.head.head) if whose else self._pronoun(owner[0]) if owner else \
                    self._resolved(self.doc[noun.left_edge.i:noun.i + 1], topic)
            members = self._listed(noun)
            if noun.dep_ == "nsubj" and noun.head.lemma_ in {"include", "be"}:
                members += [m for c in noun.head.children if c.dep_ in {"dobj", "attr"}
                            for m in self.actor_of(c)]
            if including:
                members += self._names_listed_after(noun.head.i + 1, sent)  # long lists break the parse
            for org in orgs:
                if self.chain_type(org) not in ORG_TYPES:
                    continue
                for member in members:
                    if self.chain_type(member) == "PERSON" and self.line_of_heads(noun, False):
                        self.emit(member, "leads", org, "role_list", 0.7, sent, role=noun.lemma_.lower())
                    elif self.chain_type(member) == "PERSON":
                        self.emit(member, "member_of", org, "role_list", 0.7, sent)
                    elif noun.lemma_.lower() == "member" and self.chain_type(member) in ORG_TYPES:
                        self.emit(member, "part_of", org, "role_list", 0.7, sent)  # "its members include KH"

    def line_of_heads(self, noun: Token, held_in_turn: bool) -> bool:
        """Whether a plural head's post names those who held it in turn ("past leaders of Badr",
        "successive commanders", a list of commanders each with his years), so each led the body."""
        deputy = any(c.lower_ in self.words["deputy_words"] for c in noun.children) or \
            noun.i > 0 and self.doc[noun.i - 1].lower_ in self.words["deputy_words"]
        if deputy or noun.conjuncts:
            return False  # "Deputy commanders of the PMF:", "leaders, fighters and clerics:"
        return self.roles.get(noun.lemma_.lower()) == "leads" and (held_in_turn or any(
            c.lower_ in self.words["succession_words"] for c in noun.children if c.dep_ == "amod"))

    def successor(self, sent: Span) -> None:
        """'X, (a) successor to Y', 'Y's successor X'."""
        for t in self.tokens.where(sent, lower=self.words["successor_nouns"]):
            if t.lower_ not in self.words["successor_nouns"]:
                continue
            after = [c for c in t.children if c.dep_ == "prep" and c.lower_ in {"to", "of", "for"}]
            predecessors = [m for c in after for g in c.children if g.dep_ == "pobj"
                            for m in self.actor_of(g)]
            holders = []
            # "X was named (as) successor to Y", "the PMF named X as the replacement for Y"
            named = t.head.head if t.dep_ == "pobj" and t.head.lower_ == "as" else \
                t.head if t.dep_ == "oprd" else None
            if any(c.lower_ in self.words["prospective_words"] for c in t.children):
                continue  # "named as a possible successor to Sistani"
            if named is not None and self.asserted(named) and named.lemma_.lower() in \
                    self.words["appointing_verbs"] | self.words["post_verbs"]:
                appointing = named.lemma_.lower() in self.words["appointing_verbs"]
                subject = {"nsubjpass"} if appointing else {"nsubj", "nsubjpass"}
                chosen = [c for c in named.children if c.dep_ in {"dobj", "oprd"}] or \
                    [c for c in named.children if c.dep_ in subject] or \
                    ([named.head] if named.dep_ == "acl" else [])  # "X, named as Y's successor, ..."
                holders = [m for c in chosen for m in self.actor_of(c) if self.chain_type(m) == "PERSON"]
                if not holders and appointing:  # "Baghdadi named Abdullah Qardash as his successor": the
                    # man between the verb and "as" (the parse may miss the object), not the one who names
                    between = [self.token_mention.get(k) for k in range(named.i + 1, t.i)]
                    holders = [m for k, m in enumerate(between, start=named.i + 1) if m is not None and
                               self.mention_tokens[m][0] == k and self.chain_type(m) == "PERSON"][:1]
            elif t.dep_ == "appos" or t.dep_ == "attr":
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
            # "X was appointed as his successor": "his" is someone before X, never X, nor the one who
            # appoints ("Khamenei named Qaani as his successor" after Soleimani's death)
            appointers = set(self._subjects(named)) if named is not None and named.lemma_.lower() in \
                self.words["appointing_verbs"] else set()
            predecessors += [m for c in t.children if c.dep_ == "poss" for m in (
                self._resolved(c, self._person_before(c.i, skip=set(holders) | appointers))
                if c.pos_ == "PRON" else self.actor_of(c))]
            for h in holders:
                for p in predecessors:
                    self.emit(h, "succeeded", p, "successor_noun", 0.75, sent)

    def owner_before_name(self, sent: Span) -> None:
        """"Kata'ib Hezbollah's Abu Ali al-Askari", "Hezbollah's Naim Qassem": a man an armed group
        or a state body owns by name is one of its men (not "Iraq's Sudani", who may rule it, nor
        "Rudaw's X", a reporter, nor "the KRG's Zanyari service", a name before a noun)."""
        for p in self._persons(sent):
            start, end = self._mention_span(p)
            if start - 2 < sent.start or self.doc[start - 1].text not in POSSESSIVE_MARKS or \
                    self.doc[start:end].root.dep_ in {"compound", "amod", "nmod"}:
                continue
            owner = self.token_mention.get(start - 2)
            if owner is not None and owner != p and self.chain_type(owner) in {"ARMED_GROUP", "STATE_BODY"}:
                self.emit(p, "member_of", owner, "owner_before_name", 0.7, sent)

    def ranked_of_body(self, sent: Span) -> None:
        """'Lieutenant Colonel X of the Peshmerga (intelligence unit)', 'the fighter known as X, of
        Kata'ib al-Imam Ali,': a man named with the force he serves in is one of its men."""
        ranks = {w.rstrip(".") for t in self.rank_titles for w in t.split()} - set(self.roles)
        for p in self._persons(sent):
            start, end = self._mention_span(p)
            # (not "Secretary-General X of Y", "Attorney General X": a title, not a rank)
            before = self.doc[start - 2] if start - 2 >= sent.start else None
            titled = before is not None and (before.text in {"-", "–"} or
                                             before.lower_ in self.words["compound_title_heads"])
            ranked = start > sent.start and self.doc[start - 1].lower_.rstrip(".") in ranks and not titled
            if end + 2 < sent.end and self.doc[end].text == "," and self.doc[end + 1].lower_ == "of":
                end += 1  # (set off by commas, a rank is not needed)
            elif not ranked or end + 1 >= sent.end or self.doc[end].lower_ != "of":
                continue
            k = end + 1 + (self.doc[end + 1].pos_ == "DET")
            body = self.token_mention.get(k)
            if body is not None and self.chain_type(body) in {"ARMED_GROUP", "STATE_BODY"}:
                self.emit(p, "member_of", body, "ranked_of_body", 0.75, sent)

    def whose_role_is(self, sent: Span) -> None:
        """'Nujaba, whose secretary-general is Akram al-Kaabi, said ...', 'Badr, of which Hadi al-Amiri
        is the leader': the body's role holder."""
        for whose in self.tokens.where(sent, lower={"whose"}):
            noun = whose.head
            verb = noun.head
            if whose.lower_ != "whose" or verb.dep_ != "relcl" or verb.lemma_ != "be" or \
                    not self.asserted(verb):
                continue
            role = self.role_in(noun.i, noun.right_edge.i + 1)
            holders = [m for c in verb.children if c.dep_ == "attr" for m in self.actor_of(c)
                       if self.chain_type(m) == "PERSON"]
            bodies = [m for m in self.actor_of(verb.head) if self.chain_type(m) in ORG_TYPES]
            if role is not None:
                self.emit_pairs(holders, role[0], bodies, "whose_role_is", 0.75, sent)
        for which in self.tokens.where(sent, lower={"which"}, dep={"pobj"}):
            # "Badr, of which Hadi al-Amiri is the leader", "the NPU, of which Benham is a part"
            verb = which.head.head
            if which.dep_ != "pobj" or which.head.lower_ != "of" or verb.dep_ != "relcl" or \
                    verb.lemma_ != "be" or not self.asserted(verb) or \
                    verb.head.dep_ == "pobj" and verb.head.head.lower_ == "of":
                continue  # (not "a cell of IS, of which X was the leader": the cell's)
            holders = [m for c in verb.children if c.dep_ == "nsubj" for m in self.actor_of(c)
                       if self.chain_type(m) == "PERSON"]
            comma = which.head.i - 1  # (the last of "the KDP and the PUK, of which ...")
            body = self.token_mention.get(comma - 1) if self.doc[comma].text == "," else \
                self.mention_of(verb.head)
            bodies = [body] if body is not None and self.chain_type(body) in ORG_TYPES else []
            for attr in (c for c in verb.children if c.dep_ == "attr"):
                role = self.role_in(attr.left_edge.i, attr.right_edge.i + 1)  # "the chief of staff"
                relation = role[0] if role is not None else \
                    "member_of" if attr.lemma_.lower() in {"part", "member"} else None
                if relation == "leads" and any(c.lower_ in self.words["indefinite"] for c in attr.children):
                    relation = "member_of"  # "of which he is a leader": one of them
                if relation is not None:
                    self.emit_pairs(holders, relation, bodies, "whose_role_is", 0.75, sent)

    def took_over_from(self, sent: Span) -> None:
        """'X took over from Y as prime minister', 'X took over ISI from Y', 'X took Y's place',
        'X's succession of Y', 'parliament elected X as president, replacing Y'."""
        for t in self.tokens.where(sent, lemma={"take", "replace", "succession"}):
            lemma = t.lemma_.lower()
            successors, predecessors = [], []
            if t.pos_ == "VERB" and lemma == "take" and self.asserted(t):
                over = any(c.dep_ == "prt" and c.lower_ == "over" for c in t.children)
                successors = self._subjects(t)
                predecessors = [m for c in t.children if over and c.dep_ == "prep" and c.lower_ == "from"
                                for g in c.children if g.dep_ == "pobj" and self.mention_of(g) is not None
                                for m in self.actor_of(g)]
                places = [c for c in t.children if c.dep_ == "dobj" and c.lower_ == "place"]
                # "took Y's place as adviser" (the parse may hang "as" on "place"), not "at the table"
                as_post = any(c.dep_ == "prep" and c.lower_ == "as" for h in [t, *places] for c in h.children)
                predecessors += [m for c in places if as_post
                                 for p in c.children if p.dep_ == "poss" for m in self.actor_of(p)]
            elif t.pos_ == "VERB" and lemma == "replace" and t.tag_ == "VBG" and \
                    t.dep_ in {"advcl", "acl"} and \
                    self.asserted(t.head):
                chosen = [c for c in t.head.children if c.dep_ == "dobj"] or \
                    [c for c in t.head.children if c.dep_ == "nsubj"]
                successors = [m for c in chosen for m in self.actor_of(c)]
                predecessors = [m for c in t.children if c.dep_ == "dobj" for m in self.actor_of(c)]
            elif t.pos_ == "NOUN" and lemma == "succession":
                successors = [m for c in t.children if c.dep_ == "poss" for m in self.actor_of(c)]
                predecessors = [m for c in t.children if c.dep_ == "prep" and c.lower_ in {"of", "to"}
                                for g in c.children if g.dep_ == "pobj" for m in self.actor_of(g)]
            persons = [m for m in successors if self.chain_type(m) == "PERSON"]
            self.emit_pairs(persons, "succeeded", [m for m in predecessors if self.chain_type(m) == "PERSON"],
                            "took_over_from", 0.7, sent)

    def person_from(self, sent: Span) -> None:
        """'Colonel Steve Warren from Operation Inherent Resolve', 'a cleric from the Badr
        Organization': a person from a body is one of its members (from a place, nothing)."""
        for p in self._persons(sent):
            start, end = self._mention_span(p)
            prep = self.doc[end] if end < sent.end else None
            if prep is None or prep.lower_ != "from" or prep.dep_ != "prep" or end - start < 2 or (
                    prep.head.i not in range(start, end) and prep.head.pos_ != "AUX" and (
                        prep.head.pos_ != "VERB" or prep.head.lemma_.lower() in self.words["moving_verbs"])):
                continue  # "freed X from ISIS", "the impeachment of X from the Company": no membership said
            for g in prep.children:
                org = self.mention_of(g) if g.dep_ == "pobj" else None
                if org is not None and self.chain_type(org) in ORG_TYPES:
                    self.emit(p, "member_of", org, "person_from", 0.65, sent)
        # "Araji, a prominent figure from the Badr Organization": the apposed noun says where he is from
        for noun in self.tokens.where(sent, lemma=self.words["person_nouns"], dep={"appos"}):
            if noun.lemma_.lower() not in self.words["person_nouns"] or noun.dep_ != "appos":
                continue
            orgs = [m for c in noun.children if c.dep_ == "prep" and c.lower_ == "from"
                    for g in c.children if g.dep_ == "pobj" and (m := self.mention_of(g)) is not None
                    and self.chain_type(m) in ORG_TYPES]
            persons = [m for m in self.actor_of(noun.head) if self.chain_type(m) == "PERSON"]
            self.emit_pairs(persons, "member_of", orgs, "person_from", 0.65, sent)

    def group_of_person(self, sent: Span) -> None:
        """'the Mahdi Army of Muqtada al-Sadr': an armed group named after its leader; 'Saraya
        al-Salam, the militia of (cleric) Muqtada al-Sadr': a group a man's own is his."""
        for noun in self.tokens.where(sent, dep={"appos"}, lemma=self.words["kind_nouns"]):
            named = self.mention_of(noun.head)
            if noun.dep_ != "appos" or noun.lemma_.lower() not in self.words["kind_nouns"] or \
                    named is None or self.chain_type(named) != "ARMED_GROUP" or \
                    not any(c.lower_ == "the" for c in noun.children):
                continue
            for g in (g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                      if g.dep_ == "pobj"):
                person = self.mention_of(g)
                if person is not None and self.chain_type(person) == "PERSON" and \
                        self._possessed(person) == person:
                    self.emit(person, "leads", named, "group_of_person", 0.65, sent)
        for i in range(sent.start, sent.end - 2):
            x = self.token_mention.get(i)
            if x is None or self.chain_type(x) != "ARMED_GROUP":
                continue
            _, x_end = self._mention_span(x)
            if i != x_end - 1 or self.doc[x_end].lower_ != "of":
                continue
            y = self.token_mention.get(x_end + 1)
            # "al-Qa'ida of Jihad": one word after "of" is no one's name
            if y is not None and self.chain_type(y) == "PERSON" and self.token_mention.get(x_end + 2) == y:
                self.emit(y, "leads", x, "group_of_person", 0.65, sent)
