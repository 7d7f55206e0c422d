"""Layout that states relations: fact boxes, who's-who lists and lists after a colon.

Reports and explainers print an actor's profile as a name line followed by fields
("Leader: Qais al-Khazali", "Backers: IRGC-Quds Force", "PMF designation: Brigade 12"),
and a who's-who as one line per man ("Laith al-Khazali - a senior commander"). No
sentence states these relations, so the parse cannot; the label does, and which label
states what is pack wording (`field_labels`). A box runs from its heading to the next
blank line; a label the pack does not know states nothing. A list after a colon ("The
Treasury sanctioned: - X - Y", "The following groups belong to the IRI: KH; Nujaba")
fills what its lead-in leaves open, and the sentence rules read the lead-in with it.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from shabaka.extract.relations.base import ORG_TYPES

MAX_LABEL_WORDS = 5
MAX_VALUE_TOKENS = 40
MAX_HEADING_TOKENS = 14
ENTRY_MARKS = {"-", "–", "—", ":", ","}
LIST_MARKS = {",", ";", "/", "and", "or", "&"}
HEADING_LABELS = {"profile", "fact box", "factbox", "fact file", "factfile", "fact sheet", "factsheet",
                  "at a glance"}
UNIT_LABELS = {"designation", "units", "unit", "number"}
NEGATIONS = {"not", "no", "none", "never", "nor", "denies", "denied", "unconfirmed", "unknown", "disputed"}
WHO_IS_WHO = ("who's who", "who’s who", "who is who", "key figures", "key people", "leadership of")
BULLETS = {"-", "*", "•", "–", "—", "·", "▪", "◦", "‣", "+"}
ENUMERATOR = re.compile(r"\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]")  # "1.", "a)", "(ii)"
MAX_ITEM_LEAD = 4  # an item's name opens it, past at most a rank or "the"
YEAR = r"(?:1[89]|20)\d\d"
# the years an item gives for a post: "(1998-2020)", "1982 to 2003", "(2020-present)", "since 2003"
TENURE = re.compile(rf"\b{YEAR}\s*(?:-|–|—|to)\s*(?:{YEAR}|\d\d|present|now)\b|\bsince {YEAR}\b", re.I)


class Fields:
    """Relations stated by a fact box's labels and a who's-who list's lines."""

    def fact_boxes(self) -> None:
        """Read the document line by line: a heading opens a box (or a who's-who), its fields and
        entries state relations, and a blank line or a line of prose closes it."""
        box: int | None = None  # the actor the box is about
        group: int | None = None  # the body a who's-who lists the men of
        heading: Span | None = None
        for start, end in dict.fromkeys(self.tokens.lines):
            line = self.doc[start:end]
            words = [t for t in line if not t.is_space]
            if not words:  # a blank line ends the box
                box = group = heading = None
                continue
            words = self.unmarked(words) or words  # "1. Chairman: X", "- Qais al-Khazali - AAH leader"
            field = self._field(words)
            listed = self._who_is_who(words, labelled=field is not None)
            if listed is not None:  # (a body's list of its men may give their posts as fields)
                box = group = None if listed < 0 else listed
                heading = line
                continue
            named = self._heading(field[2]) if field is not None and field[0] in HEADING_LABELS else None
            if named is not None:  # "Profile: Abu Hussein al-Hamidawi"
                box, group, heading = self._box(named, line)
                continue
            if field is not None:
                label, named, value = field
                own = label.lstrip("-–—, ")  # "- Badr Organization — head: Hadi al-Amiri": the body's field
                if named is not None and own != label and self.chain_type(named) in ORG_TYPES:
                    self._read_field(named, own, None, value, self.doc[(heading or line).start:end])
                elif box is not None and heading is not None:
                    self._read_field(box, *field, self.doc[heading.start:end])
                continue
            entry = self._entry(words)
            if entry is not None and heading is not None:
                self._read_post(*entry, group, self.doc[heading.start:end], "who_is_who")
                continue
            headed = self._heading(words)
            if headed is None and words[-1].text == ":" and len(words) <= MAX_HEADING_TOKENS and \
                    not any(t.tag_ in {"VBD", "VBZ", "VBP", "MD"} for t in words) and \
                    any(t.lemma_.lower() in self.words["chart_nouns"] for t in words):
                # "Organisation chart, Iraqi Ministry of Defense:", "PMF - Leadership (2024):": its box
                bodies = {m for t in words if (m := self.token_mention.get(t.i)) is not None}
                one = next(iter(bodies)) if len(bodies) == 1 else None
                headed = one if one is not None and self.chain_type(one) in ORG_TYPES else None
            box, group, heading = self._box(headed, line) if headed is not None else (None, None, None)
            # (prose: no box goes on past it)

    def _box(self, actor: int, heading: Span) -> tuple[int, int | None, Span]:
        """A box about an actor: a body's box may list its men as a who's-who does."""
        return actor, actor if self.chain_type(actor) in ORG_TYPES else None, heading

    def _heading(self, words: list[Token]) -> int | None:
        """The actor a line names alone ("Asa'ib Ahl al-Haq (AAH)", "Qais al-Khazali"): a box's heading."""
        if len(words) > MAX_HEADING_TOKENS:
            return None
        k = 1 if words[0].lower_ == "the" else 0
        mi = self.token_mention.get(words[k].i) if k < len(words) else None
        if mi is None:
            return None
        mi = self._possessed(mi)  # "Yemen's Houthis": the Houthis
        end = self.mention_tokens[mi][1]
        rest = [t for t in words if t.i >= end]
        if rest and rest[-1].text == ":" and (len(rest) == 1 or rest[0].text == ",") and \
                not any(t.tag_ in {"VBD", "VBZ", "VBP"} for t in rest):
            return mi  # "Kata'ib Sayyid al-Shuhada, per the designation notice:" before its fields
        if rest and not (rest[0].text in {"(", "/", "–", "-", "—"} and
                         all(t.text in {"(", ")", "/", "–", "-", "—", "'", "’"} or t.is_alpha or t.like_num or
                             self.token_mention.get(t.i) is not None for t in rest)):
            return None  # a sentence that opens on a name, not a heading
        return mi

    def _who_is_who(self, words: list[Token], labelled: bool) -> int | None:
        """The body a who's-who heading names ("Who's who in Asa'ib Ahl al-Haq", "Key figures:
        Kata'ib Hezbollah", "Islamic State's caliphs"); -1 for one that names none ("Who's who:
        Kurdish security actors"); None for any other line ("Enemies: AAH, say Sadrist officials"
        is a field, `labelled`)."""
        if words and words[-1].text == ":":
            words = words[:-1]  # "Kata'ib Hezbollah's known leadership:", "PMF leadership as of 2024:"
        if len(words) > MAX_HEADING_TOKENS or not words:
            return None
        text = " ".join(t.lower_ for t in words).replace(" 's", "'s").replace(" ’s", "’s")
        posts = any(t.tag_ in {"NNS", "NNPS"} and (t.lemma_.lower() in self.roles or t.lower_ in {
            "leaders", "figures", "commanders", "officials"}) or t.lower_ == "leadership" for t in words)
        cued = any(cue in text for cue in WHO_IS_WHO)
        if not cued and (labelled or not posts or any(t.tag_ in {"VBD", "VBZ", "VBP"} for t in words)):
            return None  # ("Who's who" has a verb of its own)
        named = next((m for t in words if (m := self.token_mention.get(t.i)) is not None
                      and self.chain_type(m) in ORG_TYPES), None)
        return named if named is not None else (-1 if not posts else None)

    def _field(self, words: list[Token]) -> tuple[str, int | None, list[Token]] | None:
        """A line "Label: value": the label (lower case, qualifiers dropped), an actor named in the
        label ("PMF designation: Brigade 12"), and the value's tokens."""
        opening = self.token_mention.get(words[0].i)  # "Asa'ib Ahl al-Haq — head: X": a name opens the label
        dash = next((k for k, t in enumerate(words[:MAX_LABEL_WORDS + 1]) if t.text in {"-", "–", "—"}
                     and t.whitespace_ and k > 0 and words[k - 1].whitespace_), None)
        post = " ".join(t.lower_ for t in words[:dash]) if dash and opening is None else None
        if post in self.roles:
            return post, None, words[dash + 1:]  # "Chairman - X"
        named_words = self.mention_tokens[opening][1] - words[0].i if opening is not None else 0
        colon = next((k for k, t in enumerate(words[:named_words + MAX_LABEL_WORDS + 1]) if t.text == ":"),
                     None)
        if not colon or len(words) - colon - 1 > MAX_VALUE_TOKENS or colon + 1 >= len(words):
            return None
        label = words[:colon]
        named = next((m for t in label if (m := self.token_mention.get(t.i)) is not None), None)
        if named is not None and self._demonym(named) and len(label) > 1:
            named = None  # "Iraqi branch: Wilayat al-Iraq": the branch, wherever it is
            label = label[1:]
        if named is not None:
            start, end = self.mention_tokens[named]
            label = [t for t in label if not start <= t.i < end]
        text = " ".join(t.lower_ for t in label).replace(" - ", "-").replace(" ’s", "'s")
        qualifiers = self.words["field_qualifiers"]
        while " " in text and text.split()[0] in qualifiers:
            text = text.split(" ", 1)[1]  # "Main adversaries", "Historic backer"
        return text, named, words[colon + 1:]

    def _read_field(self, box: int, label: str, named: int | None, value: list[Token],
                    evidence: Span) -> None:
        if any(t.lower_ in NEGATIONS for t in value):
            return  # "Backers: none confirmed", "Status: not designated by the US"
        if named is not None and label in self.words["unit_words"] | UNIT_LABELS:
            # "PMF designation: Brigade 12", "PMF units: Brigades 41, 42 and 43": a brigade of the PMF
            self.emit(box, "part_of", named, "fact_box", 0.8, evidence)
            return
        if named is not None and label in self.words["status_labels"] and self._listing(value):
            self.emit(named, "sanctioned", box, "fact_box", 0.8, evidence)  # "US status: SDGT (2019)"
            return
        if named is not None:
            return
        if label in self.words["status_labels"]:
            self._listed_by(box, value, evidence)
            return
        if label in self.words["post_labels"] and self.chain_type(box) == "PERSON":
            # "Role: founder and secretary-general of Nujaba", "Posts: deputy chairman of the PMF
            # Commission; founder of Kata'ib Hezbollah": each post the value gives
            k = 0
            for j, t in enumerate([*value, None]):
                if t is None or t.text == ";":
                    if value[k:j]:
                        self._read_post(box, value[k:j], None, evidence, "fact_box")
                    k = j + 1
            return
        labels = self.wording.field_labels
        spec = labels.get(label) or labels.get(label.removesuffix("(s)"))
        if spec is None and label in self.roles:
            spec = (self.roles[label], "value")  # "Chief of staff: X", "Commander-in-chief: Y": the post's
        if spec is None:
            return
        relation, subject = spec
        for mi in self._value_actors(value):
            kind = relation
            member = mi if subject == "value" else box
            if kind in {"member_of", "part_of"}:
                kind = "member_of" if self.chain_type(member) == "PERSON" else "part_of"
            subj, obj = (mi, box) if subject == "value" else (box, mi)
            self.emit(subj, kind, obj, "fact_box", 0.8, evidence)

    def _value_actors(self, value: list[Token]) -> list[int]:
        """The actors a field's value lists: each item's own name ("IRGC-QF, Hezbollah"), not one
        that only says where or when ("US forces in Iraq and Syria", "(killed 2020)")."""
        out: list[int] = []
        if value and value[0].lower_ == "by":
            value = value[1:]  # "Sanctioned: by the US Treasury in 2023"
        depth = 0
        taken_last = False  # whether the item before an "and" was itself a name taken
        previous: Token | None = None
        k = 0
        while k < len(value):
            t = value[k]
            if t.text == "(":
                depth += 1
            elif t.text == ")":
                depth = max(0, depth - 1)
            mi = self.token_mention.get(t.i)
            transparent = t.lower_ == "the" or t.lower_.rstrip(".") in self.rank_words or t.text == "."
            if depth or mi is None:
                if not depth and not t.is_punct and t.lower_ not in LIST_MARKS and not transparent:
                    taken_last = taken_last and t.pos_ in {"NOUN", "PROPN"}  # "US forces" stays taken
                if not depth and not transparent:  # ("the armed wing of the Supreme Council", "Lt. Gen. X")
                    previous = t
                k += 1
                continue
            end = self.mention_tokens[mi][1]
            opens = previous is None or previous.lower_ in {",", ";", "/"} or \
                previous.lower_ in {"and", "or", "&"} and taken_last
            after = self.doc[end] if end < len(self.doc) else None
            if after is not None and (after.text in {"-", "–"} and not self.doc[end - 1].whitespace_ or
                                      after.pos_ == "NOUN" and after.is_lower and
                                      after.lemma_.lower() not in self.words["people_nouns"] |
                                      self.words["fighter_nouns"] | self.words["generic_heads"]):
                opens = False  # "Saudi-led coalition", "FARC dissidents": another actor than the one named
            if after is not None and self.chain_type(mi) == "COUNTRY" and after.is_title and \
                    after.is_alpha and self.token_mention.get(after.i) is None:
                opens = False  # "Ukrainian Armed Forces", "US Commerce Department": a body it only begins
            owned = self._possessed(mi)  # "Britain's MI6": the service, not Britain
            if owned == mi and end < len(self.doc) and self.doc[end].text in {"'s", "’s"}:
                opens = False
            if opens and owned not in out:
                out.append(owned)
            taken_last = opens
            while k < len(value) and value[k].i < end:
                k += 1
            previous = value[k - 1]
        return out

    def _listed_by(self, box: int, value: list[Token], evidence: Span) -> None:
        """"Status: designated FTO by the US State Department (2020)": the body that listed the box's
        actor, or the body a "Sanctions:" field names alone ("U.S. Treasury (2019)"); not where the
        field speaks of a man ("its leader was designated by the Treasury")."""
        said = any(t.pos_ in {"VERB", "AUX"} or t.lemma_.lower() in self.words["person_nouns"] for t in value)
        if not self._listing(value) and (said or not all(
                self.chain_type(m) in {"STATE_BODY", "COUNTRY"} for m in self._value_actors(value) or [-1])):
            return
        by = next((k for k, t in enumerate(value) if t.lower_ == "by"), None)
        listers = self._value_actors(value[by + 1:]) if by is not None else [
            m for m in self._value_actors(value) if self.chain_type(m) in {"STATE_BODY", "COUNTRY"}]
        for mi in listers:
            self.emit(mi, "sanctioned", box, "fact_box", 0.8, evidence)

    def _listing(self, value: list[Token]) -> bool:
        """Whether a field's value says its actor was listed (designated, sanctioned), and of no man."""
        words = {t.lemma_.lower() for t in value} | {t.lower_ for t in value}
        named = [m for t in value if (m := self.token_mention.get(t.i)) is not None]
        return bool(words & (self.words["sanction_nouns"] | self.sanctioning_verbs | {"list"})) and not (
            words & self.words["person_nouns"] or any(self.chain_type(m) == "PERSON" for m in named))

    def _entry(self, words: list[Token]) -> tuple[int, list[Token]] | None:
        """A who's-who line: a man's name, a dash or colon, and what he is ("Qais al-Khazali -
        secretary-general"); no finite verb, so no sentence."""
        mi = self.token_mention.get(words[0].i)
        if mi is None or self.chain_type(mi) != "PERSON":
            return None
        end = self.mention_tokens[mi][1]
        rest = [t for t in words if t.i >= end]
        if len(rest) < 2 or rest[0].text not in ENTRY_MARKS or len(rest) > MAX_VALUE_TOKENS or \
                any(t.tag_ in {"VBD", "VBZ", "VBP"} for t in rest):
            return None
        return mi, rest[1:]

    def _read_post(self, person: int, description: list[Token], group: int | None, evidence: Span,
                   rule: str) -> None:
        """The man's post: in the body his description names ("spokesman for AAH's political
        bureau"), or else in the body the who's-who lists."""
        stop = description[-1].i + 1
        roles = []
        at = description[0].i
        while at < stop and (role := self.role_in(at, stop)) is not None:
            roles.append(role)
            at = role[3]
        shared = None  # "founder and secretary-general of Nujaba": both posts in the body named last
        for relation, text, start, end in reversed(roles):
            body = self._body_of_post(start, end, stop) or (
                shared if end < stop and self.doc[end].lower_ in {"and", ","} else None) or group
            shared = body if body != group else shared
            if body is None:
                continue
            # "Commander in KH", "military commander", and under the PMF "commander of Anbar operations" (a
            # post over something named that is not the PMF): one of its commanders
            qualified = self.one_of_several(text, range(max(description[0].i, start - 3), end - 1))
            regional = body == group and any(self.token_mention.get(i) is not None
                                             for i in range(end, min(end + 4, stop)))
            if relation == "leads" and (end < stop and self.doc[end].lower_ == "in" or qualified or regional):
                relation = "member_of"
            self.emit(person, relation, body, rule, 0.75, evidence, role=text)

    def _body_of_post(self, start: int, end: int, stop: int) -> int | None:
        """The body named with a post: "AAH's spokesman", "KH commander", "spokesman for AAH's
        bureau", "Senior commander, Asa'ib Ahl al-Haq" (not "point man for Iraq": his brief)."""
        k = end + (end < stop and self.doc[end].lower_ in {"of", "for", "in", "at", "to", ","})
        k += k > end and k < stop and self.doc[k].lower_ == "the"
        # "Hezbollah's Iraq envoy": the possessor, past the place the post is for
        marks = {"'s", "’s"}
        owner = next((j - 1 for j in range(start - 1, max(start - 4, 0), -1) if self.doc[j].text in marks),
                     start - 1)
        brief = end < stop and self.doc[end].lower_ in {"for", "to"}
        for i in (k, owner):
            m = self.token_mention.get(i) if (i > end or i < start) and i < stop else None
            kind = self.chain_type(m) if m is not None else None
            if kind is None or i == k and brief and kind == "COUNTRY":
                continue
            m_end = self.mention_tokens[m][1]
            if m_end < len(self.doc) and self.doc[m_end].text in {"-", "–"} and \
                    not self.doc[m_end - 1].whitespace_ or self.doc[m_end - 1].is_lower:
                continue  # "commander of the Gwer-Makhmour front", "of Anbar operations": no body named
            # a body named before the post is one the pack or a possessive names ("Anbar operations
            # commander" is no post in a body called "Anbar operations")
            if i == owner and kind == "ORGANIZATION" and self.doc[i + 1].text not in {"'s", "’s"}:
                continue
            if kind in ORG_TYPES | {"COUNTRY"}:
                return m
        return None

    @staticmethod
    def unmarked(words: list[Token]) -> list[Token] | None:
        """A list item's words after its marker ("- ", "•", "1.", "a)", "(ii)"); None for a line that
        has no marker."""
        if len(words) > 1 and words[0].text in BULLETS:
            return words[1:]
        for n in (1, 2, 3):  # the tokenizer may split "1." or "(a)"
            if len(words) > n and ENUMERATOR.fullmatch("".join(t.text for t in words[:n])) and \
                    all(not t.whitespace_ for t in words[:n - 1]):
                return words[n:]
        return None

    def colon_lists(self) -> None:
        """Fill each lead-in that ends in a colon with the names its list gives, one per item
        (bulleted or numbered lines after it, or items after the colon on its own line)."""
        lines = list(dict.fromkeys(self.tokens.lines))
        for k, (start, end) in enumerate(lines):
            words = [t for t in self.doc[start:end] if not t.is_space]
            # the last colon where the line ends in one ("Al-Sumaria TV: The following groups were ...:")
            colon = len(words) - 1 if words and words[-1].text == ":" else \
                next((j for j, t in enumerate(words) if t.text == ":"), None)
            if colon is None or self.unmarked(words) is not None:
                continue
            # the lead-in is the colon's own sentence, and a list on its line ends with it (a paragraph
            # may run on: "... at the zenith of their power. Iran's allies: A, B and C. They ...")
            mark = words[colon]
            words = [t for t in words if t.i >= mark.sent.start]
            colon = words.index(mark)
            if colon < 2:
                continue
            items = self._items_below(lines[k + 1:]) if colon == len(words) - 1 else \
                self._items_after([t for t in words[colon + 1:] if t.i < mark.sent.end])
            names = [(m, stop, TENURE.search(self.doc.text[item[0].idx:stop]))
                     for item, stop in items if (m := self._item_name(item)) is not None]
            if (len(names) < 2 or 2 * len(names) < len(items)) and not len(items) == 1 == len(names):
                continue  # not a list of names ("Note: figures are estimates")
            slot = self._open_slot(words[:colon])
            if slot is None:
                continue
            self.list_fill[slot.i] = [m for m, _, _ in names]
            lead = self.doc[words[0].i].sent
            for m, stop, _ in names:
                self.item_end[m] = (lead.start_char, stop)
            self._listed_as_parts(slot, names, lead)

    def _items_below(self, lines: list[tuple[int, int]]) -> list[tuple[list[Token], int]]:
        """The marked lines after a lead-in (blank lines between them allowed), each with where it ends."""
        items = []
        for start, end in lines:
            item = [t for t in self.doc[start:end] if not t.is_space]
            if not item:
                continue
            rest = self.unmarked(item)
            if rest is None:
                break
            items.append((rest, item[-1].idx + len(item[-1].text)))
        return items

    def _items_after(self, after: list[Token]) -> list[tuple[list[Token], int]]:
        """The items after a colon on its own line: "a) X; b) Y", "KH, Nujaba and KSS"."""
        cut = ";" if any(t.text == ";" for t in after) else ","
        items, part = [], []
        for t in [*after, None]:
            if t is None or t.text == cut or t.lower_ in {"and", "or"} and cut == ",":
                if part:
                    items.append((self.unmarked(part) or part, part[-1].idx + len(part[-1].text)))
                part = []
            else:
                part.append(t)
        return items

    def _listed_as_parts(self, slot: Token, items: list[tuple[int, int, re.Match | None]],
                         lead: Span) -> None:
        """Items a lead-in calls a body's parts or men are its parts or members: "three PMF brigades:
        - Brigade 313", "Subsidiaries of the IRGC: - Quds Force", "Members of the PUK politburo: - X";
        its heads where the post passed from one to the next ("Past leaders of Badr:", "Quds Force
        commanders: 1. X (1998-2020)"), each for the years his item gives."""
        parts = self.words["unit_words"] | self.words["part_nouns"] | self.words["group_nouns"]
        men = self.words["people_nouns"] | self.words["person_nouns"]
        if slot.lemma_.lower() not in parts | men:
            return
        owners = [o for c in slot.children if c.dep_ in {"compound", "poss", "nmod"}
                  and (o := self.mention_of(c)) is not None and self.chain_type(o) in ORG_TYPES]
        owners += [o for c in slot.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                   if g.dep_ == "pobj" for o in self.actor_of(g) if self.chain_type(o) in ORG_TYPES]
        if len(set(owners)) != 1:
            return
        held_in_turn = all(tenure for _, _, tenure in items)
        for m, _, tenure in items:
            if self.chain_type(m) in {"ARMED_GROUP", "STATE_BODY"} and slot.lemma_.lower() in parts:
                self.emit(m, "part_of", owners[0], "list_of_parts", 0.75, lead)
            elif self.chain_type(m) == "PERSON" and self.line_of_heads(slot, held_in_turn):
                years = re.findall(YEAR, tenure.group()) if tenure else []
                self.emit(m, "leads", owners[0], "list_of_heads", 0.75, lead, role=slot.lemma_.lower(),
                          start=years[0] if years else None, end=years[1] if len(years) > 1 else None)
            elif self.chain_type(m) == "PERSON" and slot.lemma_.lower() in men:
                self.emit(m, "member_of", owners[0], "list_of_parts", 0.75, lead)

    def _item_name(self, item: list[Token]) -> int | None:
        """The actor a list item names first, past a rank or "the" (not a name deep in a phrase)."""
        for t in item[:MAX_ITEM_LEAD]:
            mi = self.token_mention.get(t.i)
            if mi is not None:
                return self._possessed(mi)
            if not (t.lower_ == "the" or t.lower_.rstrip(".") in self.rank_words or t.text == "." or
                    t.is_title and t.is_alpha):  # ("Fawaz | Muhammad al-Rawi": a name the model cut short)
                return None
        return None

    def _open_slot(self, lead: list[Token]) -> Token | None:
        """The word of a lead-in its list spells out: a plural noun for what is listed ("The
        following groups belong to ...", "designated four groups as ...", "Brigades belonging to
        ..."), "the following", or a verb left without its object or subject ("The Treasury
        sanctioned:", "Killed in the U.S. strike:")."""
        listed = self.words["group_nouns"] | self.words["kind_nouns"] | self.words["people_nouns"] | \
            self.words["person_nouns"] | self.words["unit_words"] | self.words["list_nouns"] | \
            self.words["sanction_nouns"] | self.words["part_nouns"]  # "Designations announced by ...:"
        for t in lead:
            if t.lower_ == "following" and t.head.pos_ in {"NOUN", "PROPN"} and t.head.i > t.i:
                return t.head  # "the following groups"
            if t.lower_ == "following":
                return t  # "sanctioned the following"
        for t in lead:
            if t.tag_ in {"NNS", "NNPS"} and self.token_mention.get(t.i) is None and \
                    t.lemma_.lower() in listed:
                return t
        root = lead[-1].sent.root
        if root.pos_ != "VERB" or not lead[0].i <= root.i <= lead[-1].i:
            return None
        deps = {c.dep_ for c in root.children}
        active = "nsubj" in deps and root.tag_ != "VBN"
        return root if not deps & {"dobj", "nsubjpass", "attr"} and (active or root.tag_ == "VBN") else None
