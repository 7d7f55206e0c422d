"""Events: one happening, one record, with the roles the sentence's structure gives.

A trigger word (from the packs) opens a candidate event. Its actors come only
from the dependency tree around the trigger: the subject or "by X" is the
agent, the object or "on/against X" the target (victim for persons killed,
wounded or arrested), attendees and appointees are participants; an actor
merely named in the sentence gets no role. Negated, planned, threatened and
generic mentions ("has conducted attacks since 2007") are not events. The date
and place are the ones nearest the trigger in the tree; the publication date
is used only for "today", "on Tuesday" and the like. Mentions of one happening
inside a document are then merged (same type family, compatible dates, a shared
target, victim or participant, or the same sentence), every sentence kept as
evidence. All work is per sentence or indexed, so it stays linear in the text.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from shabaka.annotate.dates import MONTHS, RELATIVE, WEEKDAYS, WORD_NUMBERS, normalize_date, relative_date
from shabaka.annotate.pipeline import dateline_date
from shabaka.annotate.tokens import token_table
from shabaka.model import Event, EventActor, Extraction, dates_agree
from shabaka.ontology import Pack

_NUMBER = r"(\d[\d,]*|" + "|".join(k for k in WORD_NUMBERS if len(k) > 2) + r"|dozens|scores|hundreds)"
_ABOUT = r"(?:at\s+least\s+|more\s+than\s+|over\s+|some\s+|about\s+)?"
_KILLED = [
    re.compile(rf"\b(?:kill(?:ing|ed)|shot\s+dead|shooting\s+dead|gunn(?:ed|ing)\s+down)\s+{_ABOUT}{_NUMBER}\b",
               re.I),
    re.compile(rf"\b{_NUMBER}\s+(?:\w+\s+){{0,3}}(?:were|was|have been|had been)?\s*"
               r"(?:killed|shot\s+dead|gunned\s+down)\b", re.I),
    re.compile(rf"\b{_NUMBER}\s+(?:people\s+)?dead\b", re.I),
]
_WOUNDED = [
    re.compile(rf"\bwound(?:ing|ed)\s+{_ABOUT}{_NUMBER}\b", re.I),
    re.compile(rf"\b{_NUMBER}\s+(?:\w+\s+){{0,3}}(?:were|was)?\s*(?:wounded|injured)\b", re.I),
]
_BARE_MONTH = re.compile(r"^(?:in\s+|early\s+|late\s+|mid-?)?(january|february|march|april|may|june|july|"
                         r"august|september|october|november|december|sept?\.?|oct\.?|nov\.?|dec\.?|jan\.?"
                         r"|feb\.?|aug\.?)$", re.I)
_NO_CASUALTIES = re.compile(r"\bno (?:casualties|deaths|fatalities)\b", re.I)
_DAY_MONTH = re.compile(r"^(?:on\s+)?(?:(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([a-z]+)\.?"
                        r"|([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?)$", re.I)

# Which types can be one happening: a strike that kills is an attack and a killing.
FAMILY = {"attack": "violence", "killing": "violence", "battle": "violence", "arrest": "arrest",
          "protest": "protest", "appointment": "appointment", "meeting": "meeting",
          "designation": "designation"}
VICTIM_TYPES = {"killing", "arrest"}
ACTOR_TYPES = {"PERSON", "ARMED_GROUP", "STATE_BODY", "ORGANIZATION", "COUNTRY"}
PLACE_TYPES = {"PLACE"}
# Words that make a mention something other than a happening that took place.
_MODALS = {"will", "would", "could", "may", "might", "should", "must", "can", "shall"}
_UNREAL = {"threaten", "plan", "vow", "warn", "seek", "intend", "aim", "fear", "call", "urge", "demand",
           "consider", "propose", "prepare", "deny", "prevent", "avoid", "attempt", "try",
           "continue", "keep"}  # "continued fighting": a state of affairs, not one happening
_SUBJECT_IS_PARTICIPANT = {"become", "take", "swear", "assume", "meet", "protest", "rally", "demonstrate",
                           "visit", "hold", "come", "march"}
_SUCCESSION = {"replace", "succeed", "replacement"}
_LOSING = {"lose"}
_PLACE_TAKEN = {"clear", "secure"}  # battle words only with a place taken
_CONVERSE = {"speak", "talk"}
# "captured the cities of Fallujah and Hit", "the Iraqi city of X": places, not who holds them
_PLACE_NOUNS = {"city", "cities", "town", "towns", "village", "villages", "province", "provinces", "district",
                "districts", "area", "areas", "region", "regions", "neighborhood", "territory"}
# Who can be arrested: "captured militants", "seized two of its leaders".
_CAPTIVES = {"member", "fighter", "leader", "official", "militant", "commander", "individual", "people",
             "person", "man", "woman", "associate", "operative", "suspect", "soldier", "officer", "one",
             "two", "three", "them"}
# Head nouns that stand for their owner: "KH sites", "members of KH", "the group's fighters".
_STAND_INS = {"member", "members", "site", "sites", "fighter", "fighters", "position", "positions", "base",
              "bases", "convoy", "headquarters", "force", "forces", "troops", "personnel", "official",
              "officials", "leader", "leaders", "militant", "militants", "unit", "units", "facility",
              "facilities", "commander", "commanders", "camp", "office", "offices", "individual",
              "individuals", "people", "persons", "men", "associates", "operatives", "affiliates",
              "soldiers", "cadets", "recruits", "guards", "policemen", "hundreds", "dozens", "scores",
              "thousands", "supporters", "followers", "loyalists", "gunmen", "militiamen", "attackers",
              "assailants", "snipers"}
_TIED = {"affiliate", "affiliated", "link", "linked", "tie", "tied", "associate", "associated", "connect",
         "connected", "belong"}  # "individuals affiliated with X"
# Verbs whose subject did what their object names: "KH launched an attack".
_SUPPORT = {"launch", "carry", "conduct", "stage", "mount", "claim", "execute", "perpetrate", "lead", "order",
            "hold", "organize", "organise", "make", "announce", "fire", "begin", "start", "wage", "commit",
            "attend", "join", "have", "amend", "impose", "issue", "renew", "expand"}
# "announced the imposition of sanctions": the verb over the noun tells who did it
_DOING = {"imposition", "announcement", "issuance", "launch", "launching"}
_ATTEMPTED = {"attempt", "attempted", "failed", "foiled", "thwarted", "botched", "aborted"}  # none killed
_SAYING = {"say", "announce", "state", "report", "claim", "confirm", "tell", "add", "note", "declare",
           "reveal", "acknowledge", "admit", "allege", "assert", "insist", "write", "disclose", "deny"}
_SPEAKERS = {"it", "they", "we"}
# Verbs that say who did what their "in", "of", "for" or "with" names: "took part in the attack",
# "accused of killing X", "assisted Y in firing drones", "arrested for the murder of X".
_CULPRIT = {**dict.fromkeys(("participate", "involve", "engage", "implicate", "assist", "help", "aid",
                             "succeed", "take", "fight"), "in"),
            **dict.fromkeys(("accuse", "suspect", "convict"), "of"), "charge": "with",
            **dict.fromkeys(("arrest", "detain", "sentence", "punish", "indict", "jail"), "for")}
_MEETING_NAMES = {"dialogue", "dialog", "talks", "conference", "summit", "forum", "meeting", "negotiations"}
_SUBJECTS = {"nsubj", "nsubjpass"}
_PRESENT = {"is", "are", "am"}
_SIDES = {"between", "among", "with"}
_DEFINITE = {"the", "this", "that", "these", "those"}
_ANAPHOR_REACH = 2  # sentences back a "the attack" may reach for its happening
_PERSONAL = {"he", "she", "him", "her", "his"}
_OBJECT_PRONOUNS = {"him", "her"}
_DEAD = {"late", "slain", "murdered", "assassinated", "killed", "deceased"}  # "the late X"
_BLAME = {"blame", "attribute"}
# "the designations support Obama's strategy": what a happening bears on, not its target
_BEARING = {"support", "mark", "follow", "reflect", "show", "demonstrate", "underscore", "highlight",
            "complement", "advance", "serve", "help", "signal", "prompt", "spark", "trigger", "raise"}
_TOPIC = {"about", "regarding", "concerning", "on"}
_RELATIVE = {"who", "which", "that", "whom"}
_STATES = {"COUNTRY", "STATE_BODY"}
_GROUPS = {"ARMED_GROUP", "ORGANIZATION", "STATE_BODY"}
# what reporting calls the armed group it told of last: "the insurgents", "the terrorists"
_GROUP_NOUNS = {"insurgents", "terrorists", "militants", "jihadists", "extremists", "militia", "militias"}
_MANY = {"numerous", "countless", "many", "multiple", "repeated", "frequent", "several", "various"}
_INDEFINITE = {"anyone", "anybody", "whoever", "everyone", "everybody", "someone", "somebody", "any", "some",
               "several", "many", "all", "few"}
_SUBORDINATORS = {"when", "while", "where", "once"}
_TOPICAL = {"nsubj", "nsubjpass", "attr"}  # what a sentence is about
_MAX_DATE_DISTANCE = 5
_HEAD_CHARS = 300  # where a document states its own date
_RECENT = 16  # happenings compared per index key when merging mentions
_DASHES = {"—", "–", "--", "-"}
_OTHER_TIME = {"before", "after", "since", "until", "till"}  # a clause of its own time
_AFTER = {"following", "after", "amid"}  # "a ceasefire following clashes": the clashes led to it
_NOT_WHEN = {"since", "until", "till", "through", "before", "between"}
_WRITTEN_DATE = re.compile(
    r"\b(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(?:\d{1,2},?\s+)?)?"
    r"(?:19|20)\d\d\b", re.I)
_WEEKDAYS = set(WEEKDAYS)
_MONTH_NAME = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY_RANGE = re.compile(
    r"\b(?:between\s+|from\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s*(?:[–—-]|to|and|until|through)\s*\d{1,2}"
    rf"(?:st|nd|rd|th)?\s+(?P<m1>{_MONTH_NAME})\.?|(?P<m2>{_MONTH_NAME})\.?\s+\d{{1,2}}\s*(?:[–—-]|to|and|until"
    r"|through)\s*\d{1,2}),?\s+(?P<year>(?:19|20)\d\d)\b", re.I)
_ITEM = re.compile(r"[ \t]*(?:[-–•*]|\d{1,2}[.)])(?:\s|$)")  # a list item's mark opening its line
_TODAY = re.compile(r"\b(?:today|yesterday|tonight|last night)\b", re.I)  # the model often leaves them
_YEAR = re.compile(r"(?:19|20)\d\d")  # in every written date and day range: a sentence without one has none


def _count(text: str, patterns: list[re.Pattern]) -> int | None:
    for p in patterns:
        m = p.search(text)
        if m:
            word = m.group(1).lower().replace(",", "")
            if word.isdigit():
                return int(word)
            if word in WORD_NUMBERS:
                return WORD_NUMBERS[word]
    return None


@dataclass(slots=True)
class _Lexicon:
    """The packs' trigger words, prepared for lookup by form, by lemma and as phrases."""

    words: dict[str, list[str]] = field(default_factory=dict)
    lemmas: dict[str, list[str]] = field(default_factory=dict)
    stems: dict[str, list[str]] = field(default_factory=dict)  # of a past tense: verbs only
    # phrases by their first word: (the words after it, types), longest first
    phrases: dict[str, list[tuple[tuple[str, ...], list[str]]]] = field(default_factory=dict)
    plurals: set[str] = field(default_factory=set)  # "clashes", "protests": nouns a parser may read as verbs
    # every form or lemma `types` looks up: a token with neither among them opens nothing
    openers: set[str] = field(default_factory=set)

    def may_open(self, lower: str, lemma: str) -> bool:
        """Whether `types` can find a trigger at a token of this form and lemma: a cheap test
        kept beside `types` so the two read the same words (a gerund by its base)."""
        return lower in self.openers or lemma in self.openers or lower.endswith("ing")

    def types(self, sent: Span, t: Token) -> tuple[list[str], int]:
        """The event types a token opens, and how many tokens its trigger spans. A phrase
        ("took office", "taken into custody") matches by its words, its first word also
        by lemma ("take over" matches "took over"); the longest wins, by form before lemma.
        A two-word phrase also matches a verb and its object with words between them. Only
        the phrases starting with the token's form or lemma are tried, so a token no phrase
        starts with costs two dictionary lookups."""
        lemma = t.lemma_.lower()
        by_form, by_lemma = self.phrases.get(t.lower_, ()), self.phrases.get(lemma, ())
        if by_form or by_lemma:
            doc, room = t.doc, sent.end - t.i - 1
            best: tuple[int, int, list[str]] | None = None
            for order, listed in ((0, by_form), (1, by_lemma)):
                for rest, found in listed:
                    n = len(rest)
                    if n <= room and (best is None or (-n, order) < (-best[0], best[1])) and all(
                            doc[t.i + 1 + k].lower_ == w for k, w in enumerate(rest)):
                        best = (n, order, found)
                        break  # longest first: the rest of this list is no longer
            if best is not None:
                return best[2], best[0] + 1
            # "fired two Katyusha rockets", "spoke today with X": a verb and its object or preposition,
            # words apart
            objects = {w for c in t.children if c.dep_ == "dobj" for w in (c.lower_, c.lemma_.lower() + "s")}
            objects |= {c.lower_ for c in t.children if c.dep_ == "prep"}
            for listed in (by_form, by_lemma):
                found = next((types for rest, types in listed if len(rest) == 1 and rest[0] in objects), None)
                if found is not None:
                    return found, 1
        found = self.words.get(t.lower_) or self.lemmas.get(lemma) or (
            self.stems.get(lemma) if t.pos_ == "VERB" else None)
        if not found and t.pos_ == "NOUN" and t.lower_.endswith("ing"):  # "the retaking of Mosul"
            base = t.lower_[:-3]
            found = self.words.get(base) or self.words.get(base + "e") or self.stems.get(base)
        return found or [], 1


def _triggers(pack: Pack) -> _Lexicon:
    """Trigger words by form, phrases by their words, and the base forms a past tense may
    come from ("designated": designate, designat); base forms are matched against the
    lemmas of verbs only, so a stem that is no word never matches, nor a noun ("the road
    bears his name" is no naming). A word listed under several types
    ("captured": an arrest or a battle) keeps them all, in the packs' order."""
    lex = _Lexicon()
    for event_type, listed in pack.event_triggers.items():
        for w in map(str.lower, listed):
            if " " in w:
                first, *rest = w.split()
                listed = lex.phrases.setdefault(first, [])
                entry = next((e for e in listed if e[0] == tuple(rest)), None)
                if entry is None:
                    listed.append(entry := (tuple(rest), []))
                    listed.sort(key=lambda e: -len(e[0]))
                entry[1].append(event_type)
                continue
            for table, form in ((lex.words, w), (lex.lemmas, w), *(
                    (lex.stems, w[:-k]) for k in (1, 2, 3) if w.endswith("ed"))):
                if event_type not in table.setdefault(form, []):
                    table[form].append(event_type)
    lex.plurals = {w for w in lex.words if w.endswith("s") and (w[:-1] in lex.words or w[:-2] in lex.words)}
    lex.openers = {*lex.words, *lex.lemmas, *lex.stems, *lex.phrases}
    return lex


_LEXICONS: dict[int, tuple[Pack, _Lexicon]] = {}


def _lexicon(pack: Pack) -> _Lexicon:
    """The pack's triggers, read once per pack rather than once per document."""
    held = _LEXICONS.get(id(pack))
    if held is None or held[0] is not pack:
        held = _LEXICONS[id(pack)] = (pack, _triggers(pack))
    return held[1]


@dataclass(slots=True)
class _Mention:
    """One trigger's event before merging."""

    types: list[str]
    sentence: int
    span: tuple[int, int]
    trigger: str
    token: Token
    date: str | None
    place: int | None
    actors: dict[int, str] = field(default_factory=dict)
    fatalities: int | None = None
    wounded: int | None = None
    anaphor: bool = False  # "the attack", "the strikes killed 25": a happening told of before
    official: bool = False  # a designation by a state or its body
    bodies: frozenset[int] = frozenset()  # the state bodies that made it ("State", "Treasury")


class _Reader:
    """Reads one document's triggers against its mentions, sentence by sentence."""

    def __init__(self, doc: Doc, ex: Extraction, pack: Pack, published: str | None):
        self.doc, self.ex = doc, ex
        # relative dates ("three days ago", "on Monday") resolve against the publication
        # date, else a full date the document's first line states (a briefing's date)
        self.tokens = token_table(doc)  # the Doc's Token objects, made once (annotate/tokens.py)
        self.published = published or _stated_date(self.tokens.doc_text[:_HEAD_CHARS])
        self.lexicon = _lexicon(pack)
        self.place_token: Token | None = None  # where `place` last found its place
        self.posts = {w for phrase in (*pack.roles, *map(str.lower, pack.titles)) for w in phrase.split()
                      if w not in {"of", "the", "for", "in", "and"}}  # "secretary of the treasury"
        self.token_chain: dict[int, int] = {}
        tokens = self.tokens.tokens
        self.armed: list[int] = []  # the first tokens of armed groups' mentions, in text order
        char_to_token = self.tokens.at_char
        for m in ex.mentions:
            t = char_to_token.get(m.start)
            if t is not None and ex.chains[m.chain].type == "ARMED_GROUP":
                self.armed.append(t)
            while t is not None and t < len(doc) and tokens[t].idx < m.end:
                self.token_chain[t] = m.chain
                t += 1
        self.armed.sort()
        self.year: str | None = self.published[:4] if self.published else None
        # the family and agents of the happenings a list's header sentence claims, while the list lasts
        self.header: tuple[str, list[int]] | None = None
        # "the following day", "two weeks later": counted from the date the text stated last
        self.stated: str | None = None
        self.values: dict[int, str | None] = {}  # a date expression's value, by its first token
        # the person a "he" or "she" its own sentence does not name stands for: the last one
        # named as a subject before that sentence, by the sentence's first token
        self.subject_before: dict[int, int | None] = {}
        # and the group an "it" stands for: the last one named as a subject before its sentence
        self.group_before: dict[int, int | None] = {}
        subject = group = None
        for sent in doc.sents:
            self.subject_before[sent.start] = subject
            self.group_before[sent.start] = group
            for t in self.tokens.of(sent):
                chain = self.token_chain.get(t.i)
                if chain is None:
                    continue
                kind = ex.chains[chain].type
                if kind == "PERSON" and (
                        t.dep_ in {"nsubj", "nsubjpass"} or (t.dep_ == "appos" and t.head.dep_ in _TOPICAL)):
                    subject = chain  # "One of the key players is Iraq's adviser, X": X
                elif kind in _GROUPS and t.dep_ in {"nsubj", "nsubjpass"}:
                    group = chain

    def chain_type(self, chain: int) -> str:
        return self.ex.chains[chain].type

    def is_place(self, token: Token) -> bool:
        chain = self.token_chain.get(token.i)
        return chain is not None and self.chain_type(chain) in PLACE_TYPES

    # ---- the pieces of one mention ------------------------------------------------
    def chains_at(self, token: Token, depth: int = 0) -> list[int]:
        """The actor chains a role-bearing token stands for, with its conjuncts and appositions."""
        out: list[int] = []
        chain = self.token_chain.get(token.i)
        if chain is None:  # "a leader of X, Abu Y", "Iran's envoy, the commander ..., Y": Y, not X
            chain = next((self.token_chain[a.i] for a in _appositions(token) if a.i in self.token_chain),
                         None)
        if chain is None and depth == 0 and token.lower_ in _PERSONAL:
            chain = self.antecedent(token)  # "he was killed": the person it stands for
        if chain is None and depth == 0 and token.lower_ == "it":
            chain = self.group_it(token)
        if chain is None and depth == 0 and token.lower_ in _GROUP_NOUNS and any(
                c.dep_ == "det" and c.lower_ == "the" for c in token.children) and not any(
                c.i in self.token_chain for c in token.subtree if c != token):
            chain = self.armed_before(token.i)  # "the insurgents", "the terrorists": the group told of
        up = token.head
        if chain is None and depth == 0 and token.lower_ in _SPEAKERS and token.dep_ in _SUBJECTS and (
                up.dep_ in {"advcl", "conj"} or (up.dep_ == "ccomp" and up.head.lemma_.lower() in _SAYING)):
            # "KH said it attacked the base", "forces advanced as they liberated X": the subject
            # of the clause above
            return [c for s in up.head.children if s.dep_ in _SUBJECTS for c in self.chains_at(s, 1)]
        if chain is None and token.pos_ == "NOUN":
            # "a prominent person from the militia, Ahmed X", "the commander of the Quds
            # Force, General Y", "former head of intelligence Z": the person the phrase names
            chain = self.named_person(token, token.lower_ in self.posts)
        if chain is None:  # "Iraq's adviser Qasim al-Araji (center)": the person before the country
            # ("the Karbala headquarters" is in Karbala: where, not who)
            # ("the Iraqi city of Fallujah" is in Iraq: where, not who)
            where = PLACE_TYPES | {"COUNTRY"} if token.lower_ in _PLACE_NOUNS else PLACE_TYPES
            modifiers = [self.token_chain[c.i] for c in token.children
                         if c.dep_ in {"compound", "poss", "amod", "nmod"} and c.i in self.token_chain
                         and self.chain_type(self.token_chain[c.i]) not in where]
            chain = next((c for c in modifiers if self.chain_type(c) == "PERSON"), None) or next(
                iter(modifiers), None)
        if chain is None and depth == 0 and token.lower_ in _STAND_INS:
            # "members of KH", "gunmen from KH", "six individuals affiliated with KH": the group
            preps = [c for c in token.children if c.dep_ == "prep" and c.lower_ in {"of", "from"}] + [
                p for a in token.children if a.dep_ == "acl" and a.lemma_.lower() in _TIED
                for p in a.children if p.dep_ == "prep" and p.lower_ in {"with", "to"}]
            out += [c for p in preps for g in p.children if g.dep_ == "pobj" for c in self.chains_at(g, 1)]
        if chain is not None:
            out.append(chain)
        place = chain is not None and self.chain_type(chain) in PLACE_TYPES
        if depth < 4:
            for c in token.children:
                if place and c.i == token.i + 2 and token.nbor(1).text == ",":
                    continue  # "Mosul, Iraq": where a place is, not another actor
                if c.dep_ == "appos" and chain is not None and c.i not in self.token_chain and \
                        self.chain_type(chain) == "PERSON":
                    # "X, a senior ISIL official": who X is, not another actor; a name listed after it counts
                    out += [x for k in c.children if k.dep_ == "conj" for x in self.chains_at(k, depth + 1)]
                elif c.dep_ in {"conj", "appos"}:
                    out += self.chains_at(c, depth + 1)
        return out

    def armed_before(self, i: int) -> int | None:
        """The armed group named last before token `i`."""
        k = bisect.bisect_left(self.armed, i)
        return self.token_chain[self.armed[k - 1]] if k else None

    def group_it(self, token: Token) -> int | None:
        """The group an "it" opening a sentence's main clause stands for: the last one named as a
        subject before that sentence ("KSS is active in Syria. It fought in ..."), where the
        sentence names no group before it."""
        verb = _verb_of(token)
        if token.dep_ not in _SUBJECTS or verb is None or verb.dep_ != "ROOT" or any(
                self.chain_type(self.token_chain[t.i]) in _GROUPS for t in token.sent
                if t.i < token.i and t.i in self.token_chain):
            return None
        return self.group_before.get(token.sent.start)

    def person_at(self, token: Token) -> int | None:
        """The person a subject or "by" phrase names, itself or in apposition ("KH's leader,
        X"); for "who" the person the clause describes."""
        if token.lower_ in _RELATIVE and token.head.dep_ == "relcl":
            token = token.head.head
        return next((c for c in self.chains_at(token, 1) if self.chain_type(c) == "PERSON"), None)

    def first_person(self, tokens: list[Token]) -> int | None:
        """The person the first of `tokens` that names one names (a pronoun, the one it stands for)."""
        return next((p for p in (self.antecedent(t) if t.lower_ in _PERSONAL else self.person_at(t)
                                 for t in tokens) if p is not None), None)

    def antecedent(self, pronoun: Token) -> int | None:
        """The person a "he", "him" or "his" stands for, by salience rather than nearness:
        in a clause under another, that clause's subject ("X met Y before he was killed": X)
        or its "by" ("was led by X until he was killed"), for a "him" that clause's object
        first ("arrested X before questioning him"), else the person the sentence names last
        before it ("police arrested X after he killed Y"); in a main clause, a person subject
        earlier in the sentence, else the last one before the sentence. Never a person of its
        own clause ("X praised him" is not X), except that a "his" is first its clause's
        subject's ("after his arrest, X fled"). Who "was killed" is first the one the
        sentence calls dead ("Y came, a successor to the late X, before he was killed")."""
        own = _verb_of(pronoun)
        if own is not None and "killing" in self.lexicon.types(pronoun.sent, own)[0]:
            chain = self.first_person([t.head for t in pronoun.sent if t.lower_ in _DEAD and t.dep_ == "amod"
                                       and t.i < pronoun.i])
            if chain is not None:
                return chain
        if pronoun.dep_ == "poss" and own is not None:
            chain = self.first_person([c for c in own.children
                                       if c.dep_ in _SUBJECTS and not c.is_ancestor(pronoun)])
            if chain is not None:
                return chain
        clause = own
        while clause is not None and clause.dep_ != "ROOT":
            clause = _verb_of(clause)
            if clause is None:
                break
            named = [c for c in clause.children if c.dep_ in _SUBJECTS] + [
                g for c in clause.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            if pronoun.lower_ in _OBJECT_PRONOUNS:
                named = [c for c in clause.children if c.dep_ == "dobj"] + named
            chain = self.first_person(named)
            if chain is not None:
                return chain
        before = [t for t in pronoun.sent if t.i < pronoun.i and t.i in self.token_chain
                  and self.chain_type(self.token_chain[t.i]) == "PERSON" and _verb_of(t) != own]
        subjects = [t for t in before
                    if t.dep_ in _SUBJECTS or (t.dep_ == "compound" and t.head.dep_ in _SUBJECTS)]
        if own is not None and own.dep_ != "ROOT" and before:
            return self.token_chain[before[-1].i]
        if subjects:
            return self.token_chain[subjects[-1].i]
        return self.subject_before.get(pronoun.sent.start)

    def named_person(self, token: Token, post: bool = False) -> int | None:
        """The person a noun phrase names in apposition, nearest first, through its "of"
        "from" and "in" phrases ("a leader of X, Y": Y); for a post word ("head of
        intelligence Z") also the person its "of" names. None where it names no person."""
        level = [token]
        for _ in range(4):
            level = [c for t in level for c in t.children if c.dep_ in {"appos", "prep", "pobj"}
                     and (c.dep_ != "prep" or c.lower_ in {"of", "from", "in"})]
            for c in level:
                chain = self.token_chain.get(c.i)
                if chain is not None and self.chain_type(chain) == "PERSON" and (
                        c.dep_ == "appos" or (post and c.dep_ == "pobj" and c.head.head == token)):
                    return chain
        return None

    def roles(self, trigger: Token, etype: str) -> dict[int, str]:
        """Actor chain -> role, from the dependency structure around the trigger only."""
        found: list[tuple[Token, str | None]] = []
        alone: set[int] = set()  # tokens standing for themselves, not the items listed with them
        lemma = trigger.lemma_.lower()
        subject_role = "participant" if (etype in {"meeting", "protest"} or (
            lemma in _SUBJECT_IS_PARTICIPANT and etype == "appointment")) else "agent"
        object_role = {"killing": "victim", "arrest": "victim", "appointment": "participant",
                       "meeting": "participant", "protest": "participant"}.get(etype, "target")
        passive_role = object_role
        by_role = "agent"
        if etype == "battle" and lemma in _LOSING:  # "ISIS lost control of Tikrit": ISIS was beaten
            subject_role = "target"
        if etype == "appointment" and lemma in _SUCCESSION:
            # "X replaced Y", "Y was replaced by X": X is appointed; Y takes no part
            subject_role, object_role, passive_role, by_role = "participant", None, None, "participant"
        if trigger.pos_ == "VERB" or trigger.pos_ == "AUX":
            # ("The Department of State is today designating X": the parse may hang it on the "is")
            subj = [c for t in (trigger, *(a for a in trigger.children if a.dep_ == "aux"))
                    for c in t.children if c.dep_ in {"nsubj", "csubj"}]
            own_subject = bool(subj) or any(c.dep_ == "nsubjpass" for c in trigger.children)
            if not own_subject and trigger.dep_ in {"advcl", "xcomp", "conj", "ccomp"}:
                # a clause sharing its head's subject: "X is dead, killed in ..." makes X the
                # one killed; "sites were hit by Y, killing 25" makes Y the killer
                head = trigger.head
                while head.dep_ == "conj" and not any(
                        c.dep_ in {"nsubj", "nsubjpass"} for c in head.children):
                    head = head.head  # "he joined X, was elected ... and was appointed ...": he
                own = {c.dep_ for c in trigger.children}  # "only to be detained", "arrested and later jailed"
                passive = "auxpass" in own or (trigger.tag_ == "VBN" and "aux" not in own) or (
                    trigger.dep_ == "conj" and not own & {"aux", "auxpass"}
                    and any(c.dep_ == "auxpass" for c in head.children))
                inherited = [c for c in head.children if c.dep_ == "nsubj" or (
                    c.dep_ == "nsubjpass" and passive)] or _fronted_subject(head)
                if passive:
                    found += [(c, passive_role) for c in inherited]
                else:
                    subj = inherited
                if trigger.tag_ == "VBG":
                    found += [(g, "agent") for c in trigger.head.children if c.dep_ == "agent"
                              for g in c.children if g.dep_ == "pobj"]
            if trigger.dep_ == "relcl" and any(c.lower_ in _RELATIVE for c in trigger.children
                                               if c.dep_ in {"nsubj", "nsubjpass"}):
                rel = next(c for c in trigger.children if c.dep_ in {"nsubj", "nsubjpass"})
                found.append((trigger.head, subject_role if rel.dep_ == "nsubj" else passive_role))
            if trigger.dep_ == "ROOT" and not own_subject:
                fronted = _fronted_subject(trigger)
                if any(c.dep_ == "auxpass" for c in trigger.children) or trigger.tag_ == "VBN":
                    found += [(c, passive_role) for c in fronted]
                else:
                    subj = fronted
            if trigger.dep_ == "acl" and trigger.tag_ == "VBN":  # "an official installed as chief", "a man
                found.append((trigger.head, passive_role))     # arrested in Basra": the noun it qualifies
                if any(c.dep_ == "acl" and c.lemma_ == trigger.lemma_ for k in trigger.head.conjuncts
                       for c in k.children):
                    alone.add(trigger.head.i)  # "X, designated in 2009; and Y, designated in 2019": X
            if subj and _headline_passive(trigger, etype):  # "Analyst X shot dead in Baghdad": X was killed
                found += [(s, passive_role) for s in subj]
                subj = []
            found += [(s, subject_role) for s in subj if s.lower_ not in _RELATIVE]
            visit = lemma == "visit"
            for c in trigger.children:
                if c.dep_ == "dobj" and visit and self.token_chain.get(c.i) is not None and \
                        self.chain_type(self.token_chain[c.i]) in {"COUNTRY", "PLACE"}:
                    continue  # "visited Iraq": where the visit was, not who met
                if c.dep_ == "dobj" or (c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"} and c.i > trigger.i):
                    # ("designated X, and his brother Y": the parse may join Y to the verb)
                    found.append((c, object_role))
                    found += [r for p in c.children if p.dep_ == "prep" and p.lower_ in _SIDES
                              for r in self._prep_roles(p, etype, object_role)]  # "held talks with X"
                elif c.dep_ == "nsubjpass" and c.lower_ not in _RELATIVE:
                    found.append((c, passive_role))
                elif c.dep_ == "agent":
                    found += [(g, by_role) for g in c.children if g.dep_ == "pobj"]
                elif c.dep_ == "prep" and c.lower_ == "with" and c.i and c.nbor(-1).lower_ == "along":
                    found += [(g, passive_role) for g in c.children if g.dep_ == "pobj"]  # "along with Y"
                elif c.dep_ == "prep":
                    found += self._prep_roles(c, etype, object_role)
        elif lemma == "successor":  # "X, a successor to Y", "his successor, X": X is appointed, not Y
            found += [(t, "participant") for t in (trigger.head, *trigger.children) if t.dep_ == "appos"
                      and (t == trigger.head) == (trigger.dep_ == "appos")]
            if trigger.dep_ in {"npadvmod", "attr", "oprd", "dep"}:  # "X came, a successor to Y"
                found += [(c, "participant") for c in trigger.head.children if c.dep_ == "nsubj"]
        else:  # a noun: "a U.S. airstrike", "the killing of X", "the meeting between A and B"
            noun_role = {"killing": "victim", "arrest": "victim", "protest": "participant",
                         "meeting": "participant", "appointment": "participant"}.get(etype, "agent")
            designated = etype == "designation" and not any(  # "ISIS's designation as an FTO": ISIS's
                c.dep_ == "prep" and c.lower_ in {"of", "on", "against"} for c in trigger.children)
            # "ISIL's northern Iraq offensive": with an owner named, a country before the noun is where
            owned = any(c.dep_ == "poss" and c.i in self.token_chain for c in trigger.children)
            blamed = trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in _BLAME  # "on X": X did it
            for c in trigger.children:
                if owned and c.dep_ == "compound" and c.i in self.token_chain and \
                        self.chain_type(self.token_chain[c.i]) in {"COUNTRY", "PLACE"}:
                    continue
                if c.dep_ in {"compound", "poss", "amod", "nmod"} and c.i in self.token_chain or (
                        c.dep_ == "poss" and c.lower_ in _PERSONAL):  # "his arrest"
                    chain = self.token_chain.get(c.i)
                    listed = designated and (chain is None or
                                             self.chain_type(chain) in {"PERSON", "ARMED_GROUP"})
                    found.append((c, "target" if listed else noun_role))
                elif c.dep_ == "prep" and etype == "appointment" and lemma in _SUCCESSION:
                    # "the replacement of X with Y": Y is appointed; X takes no part
                    found += [(g, "participant") for g in c.children
                              if g.dep_ == "pobj" and c.lower_ in {"with", "by"}]
                elif c.dep_ == "prep" and not (blamed and c.lower_ == "on"):
                    found += self._prep_roles(c, etype, object_role, noun=True)
            if trigger.dep_ == "conj" and trigger.head.pos_ == "NOUN" and not any(
                    c.dep_ == "prep" for c in trigger.children):  # "the shooting and killing of X"
                found += [r for c in trigger.head.children if c.dep_ == "prep" and c.i > trigger.i
                          for r in self._prep_roles(c, etype, object_role, noun=True)]
            for clause in (c for c in trigger.children if c.dep_ == "relcl"):  # "an attack that wounded X"
                found += [(o, object_role) for o in clause.children if o.dep_ == "dobj"]
            found += [(o, "agent") for c in trigger.children if c.dep_ == "acl" and c.lemma_ == "involve"
                      for o in c.children if o.dep_ == "dobj"]  # "a drone attack involving HAAA"
            position = trigger
            if trigger.dep_ == "pobj" and trigger.head.lower_ == "of" and \
                    trigger.head.head.lemma_.lower() in _DOING:  # "announced the imposition of sanctions"
                position = trigger.head.head
            head = position.head
            if position.dep_ == "dobj" and head.lemma_.lower() in _SUPPORT:  # "KH launched an attack"
                doer = head
                while doer.dep_ in {"xcomp", "conj"} and not any(c.dep_ == "nsubj" for c in doer.children):
                    doer = doer.head  # "the army then began conducting an offensive"
                found += [(s, subject_role) for s in doer.children if s.dep_ == "nsubj"]
            elif trigger.dep_ == "nsubjpass" and head.lemma_.lower() in _SUPPORT:  # "was carried out by KH"
                found += [(g, subject_role) for c in head.children if c.dep_ == "agent"
                          for g in c.children if g.dep_ == "pobj"]
            elif blamed:  # "blamed the attack on X"
                found += [(g, "agent") for p in (*head.children, *trigger.children)
                          if p.dep_ == "prep" and p.lower_ == "on" for g in p.children if g.dep_ == "pobj"]
            elif trigger.dep_ in {"nsubj"} and head.pos_ == "VERB" and \
                    head.lemma_.lower() not in _BEARING:  # "strikes hit KH sites"
                found += [(o, object_role) for o in head.children if o.dep_ == "dobj"]
            if trigger.dep_ in _SUBJECTS and head.pos_ == "VERB":
                # "drone attacks were launched on U.S. bases", "an attack occurred at the U.S. base"
                # ("killed three soldiers at Tower 22": where, not whom)
                found += [r for c in head.children if c.dep_ == "prep" and c.lower_ in {"on", "against", "at"}
                          for r in self._prep_roles(c, etype, object_role)
                          if not (c.lower_ == "at" and self.is_place(r[0]))]
            if trigger.dep_ in {"nsubj", "nsubjpass", "dobj"} and etype in {"battle", "meeting"}:
                # "the battle was fought between X and Y", "had a meeting with X"
                found += [r for c in head.children if c.dep_ == "prep" and c.lower_ in _SIDES
                          for r in self._prep_roles(c, etype, object_role)]
        found += self._aimed_at(trigger, etype) + self._culprit(trigger, subject_role)
        out: dict[int, str] = {}
        for token, role in found:
            if role is None:
                continue
            person = self.named_person(token) if role == "victim" and token.i in self.token_chain else None
            # "killed a senior al-Qaeda leader, Abu Y": the person, not the group naming his post
            chains = self.chains_at(token, 4 if token.i in alone else 0)
            for chain in [person] if person is not None else chains:
                ctype = self.chain_type(chain)
                if ctype not in ACTOR_TYPES and not (ctype in PLACE_TYPES and etype == "attack"
                                                     and role == "target"):
                    continue  # an embassy or a base can be attacked; a city is where a battle is
                if role == "victim" and ctype != "PERSON":
                    role = "target"  # victims are named persons; an organisation is a target
                if etype == "appointment" and role == "participant" and ctype != "PERSON":
                    continue  # a person is appointed; the post's body or country takes no part
                if etype == "meeting" and self.ex.chains[chain].name.split()[-1].lower() in _MEETING_NAMES:
                    continue  # "Joint Security Cooperation Dialogue talks": what met, not who
                _set_role(out, chain, role)
        return out

    def _culprit(self, trigger: Token, role: str) -> list[tuple[Token, str]]:
        """"X took part in the attack", "accused Y of killing Z", "assisted Y in firing drones",
        "claimed responsibility for the bombing", "retaliated by firing missiles":
        who the verb above says did it, its object where it has one, else its subject, else
        the one the verb above it names ("X is accused of participating in the killing")."""
        while trigger.dep_ == "conj":  # "participating in the shooting and killing of X"
            trigger = trigger.head
        prep = trigger.head
        if trigger.dep_ not in {"pobj", "pcomp"} or prep.dep_ != "prep":
            return []
        verb = prep.head
        claimed = verb.lemma_.lower() in {"responsibility", "responsible"} and prep.lower_ == "for"
        if claimed:  # "claimed responsibility for the bombing": who claimed it
            verb = verb.head
        elif _CULPRIT.get(verb.lemma_.lower()) != prep.lower_ and not (
                prep.lower_ == "by" and trigger.dep_ == "pcomp"):  # "retaliated by firing missiles"
            return []
        named = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ != "part" and not claimed] or [
            c for c in verb.children if c.dep_ in _SUBJECTS]
        named += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "alongside"
                  for g in c.children if g.dep_ == "pobj"]  # "took part in the battle alongside X"
        if not named and verb.dep_ == "conj":  # "it supports X, and engaged in the battle of Y"
            named = [c for c in verb.head.children if c.dep_ in _SUBJECTS]
        if not named and verb.dep_ == "pcomp":
            return self._culprit(verb, role)
        return [(t.head.head if t.lower_ in _RELATIVE and t.head.dep_ == "relcl" else t, role) for t in named]

    def _aimed_at(self, trigger: Token, etype: str) -> list[tuple[Token, str]]:
        """"strikes targeting KH", "an attack aimed at the base": what an attack is aimed at."""
        if etype not in {"attack", "designation"}:
            return []
        return [(o, "target") for c in trigger.children if c.lemma_ in {"target", "aim"}
                for o in (*c.children, *(g for p in c.children if p.dep_ == "prep" for g in p.children))
                if o.dep_ in {"dobj", "pobj"}]

    def _prep_roles(self, prep: Token, etype: str, object_role: str, noun: bool = False
                    ) -> list[tuple[Token, str]]:
        word = prep.lower_
        objs = [g for g in prep.children if g.dep_ == "pobj"]
        if word in {"on", "against"} and etype in {"attack", "battle", "designation"}:
            return [(g, "target") for g in objs]
        if word == "at" and etype == "attack" and prep.head.pos_ == "VERB":  # "fired rockets at the base"
            return [(g, "target") for g in objs]
        if word == "from" and etype == "battle" and not noun and (
                prep.head.dep_, prep.head.tag_) != ("acl", "VBN"):
            # "recaptured Tikrit from IS", "an offensive to retake X from IS": the defender; "the
            # territory retaken from IS" is a state
            return [(g, "target") for g in objs]
        if word in _SIDES and etype in {"meeting", "battle"}:
            if word == "between":  # "between ISIL and Iraqi forces", parsed as one noun phrase
                objs += [c for g in objs for c in g.children if c.dep_ == "nmod"]
            return [(g, "participant" if etype == "meeting" else "agent") for g in objs]
        if word == "alongside" and FAMILY[etype] == "violence":  # "fought alongside the army"
            return [(g, "agent") for g in objs]
        if word == "of" and noun and etype in {"killing", "arrest", "designation", "appointment"}:
            return [(g, object_role) for g in objs]
        if word == "by" and noun:
            return [(g, "agent") for g in objs]
        return []

    def definite(self, trigger: Token) -> bool:
        """"The attack", "these strikes", or a verb whose subject such a noun is ("the strikes
        killed 25"): a happening the text has told of already; not "the killing of X", which
        its own words name."""
        nouns = [trigger] if trigger.pos_ == "NOUN" else [
            s for s in trigger.children if s.dep_ in _SUBJECTS and self.lexicon.types(s.sent, s)[0]]
        return any(any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in n.children) and not any(
            c.dep_ == "prep" or c.i in self.token_chain for c in n.children) for n in nouns)

    def unreal(self, trigger: Token) -> bool:
        """Negated, modal, planned or generic: not a happening the text reports."""
        verb = trigger if trigger.pos_ in {"VERB", "AUX"} else trigger.head
        for t in {trigger, verb}:
            if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in _MODALS) for c in t.children):
                return True
        if trigger.dep_ in {"xcomp", "dobj", "pobj", "ccomp"} and verb.lemma_.lower() in _UNREAL:
            return True
        if trigger.head.lemma_.lower() in _UNREAL and trigger.dep_ in {"xcomp", "dobj", "pobj", "ccomp"}:
            return True
        if (trigger.tag_ == "VBZ" and trigger.lower_ not in self.lexicon.plurals) or (
                trigger.dep_ == "acl" and trigger.tag_ == "VBG" and not _result(trigger)):
            # "KH attacks", a caption's "X talks to Y", "facilities hosting U.S. troops" (not "a
            # strike hit a car, killing him": what came of it)
            return True
        if trigger.pos_ == "NOUN" and trigger.head.lemma_ == "be" and trigger.dep_ in {"attr", "nsubj"}:
            return True  # "our battle is an intelligence battle": a characterisation
        if any(t.lemma_ == "time" and (t.head.like_num or any(c.like_num for c in t.subtree))
               for t in verb.subtree if t.head == verb or t.head.head == verb):
            return True  # "attacked U.S. personnel more than 60 times": many happenings in one
        return trigger.dep_ in {"amod", "compound"}  # "a designated FTO", "attack helicopters"

    def named(self, t: Token) -> bool:
        """"the Battle of Al-Shaykh Maskin", "the Siege of Amirli": a happening named by its trigger
        word, capitalised before "of", alone or opening a place's name."""
        if not t.text[:1].isupper() or t.i + 1 >= len(t.doc) or t.nbor(1).lower_ != "of":
            return False
        chain = self.token_chain.get(t.i)
        if chain is None:
            return t.pos_ == "PROPN"
        return self.chain_type(chain) in PLACE_TYPES and (t.i == 0 or self.token_chain.get(t.i - 1) != chain)

    def takes_place(self, trigger: Token) -> bool:
        """What the verb takes is a place or country ("captured Mosul", "the towns of X and Y")."""
        taken = [c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"}]
        if trigger.dep_ == "relcl" and any(c.lower_ in _RELATIVE for c in taken):
            taken.append(trigger.head)  # "the city of Mosul, which had been captured by ISIL"
        taken += [g for c in taken if c.lower_ in _PLACE_NOUNS for p in c.children
                  if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
        return any(self.token_chain.get(c.i) is not None and self.chain_type(self.token_chain[c.i]) in
                   PLACE_TYPES | {"COUNTRY"} for c in taken)

    def by_object(self, trigger: Token, types: list[str]) -> str:
        """Of a word's types, a battle where what was taken is a place ("captured Mosul",
        "took over Mosul"), else the first other one ("captured Abu Bakr", "took over as
        director")."""
        if len(types) == 1:
            return types[0]
        if "battle" in types and self.takes_place(trigger):
            return "battle"
        if "battle" in types and "arrest" in types:
            # "ISIL captured both the town and parts of the refinery": a person is arrested, a thing is taken
            taken = [c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"}]
            if trigger.pos_ == "NOUN":  # "the capture of X"
                taken += [g for c in trigger.children if c.dep_ == "prep" and c.lower_ == "of"
                          for g in c.children if g.dep_ == "pobj"]
            # a name is a person, or a group's members
            people = [c for c in taken if c.lemma_.lower() in _CAPTIVES or c.lower_ in _PERSONAL
                      or c.lower_ in {"who", "whom"} or self.token_chain.get(c.i) is not None]
            if taken and not people:
                return "battle"
        return next(t for t in types if t != "battle")

    def later_posts(self, trigger: Token, dates: list[Span]) -> list[str]:
        """The dates of the posts listed after the first one, each with its own date
        ("as minister in 2017 and adviser in 2020": 2020)."""
        posts = [c for c in trigger.children if c.dep_ in {"attr", "oprd", "dobj"}] + [
            g for c in trigger.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children
            if g.dep_ == "pobj"]
        others = [o for post in posts for o in post.conjuncts if o.i > post.i]
        # "was appointed minister in 2017, and adviser in 2020", the post parsed as joined to the verb
        others += [c for c in trigger.conjuncts if c.i > trigger.i and c.pos_ in {"NOUN", "PROPN"}
                   and any(w.lower_ in self.posts for w in c.subtree)]
        out = []
        for other in others:
            own = [d for d in dates if other.is_ancestor(d.root) or 0 < d.start - other.right_edge.i <= 2]
            value = self.values[own[0].start] if own else None
            if value:
                out.append(value)
        return out

    def no_post(self, trigger: Token, etype: str) -> bool:
        """"became clearer", "became the embodiment of": becoming is an appointment only to a
        post, a noun the packs know as a role or title ("became prime minister")."""
        return etype == "appointment" and trigger.lemma_.lower() == "become" and not any(
            c.dep_ == "attr" and any(w.lower_ in self.posts for w in c.subtree if w.i <= c.i)
            for c in trigger.children)

    def generic(self, trigger: Token, date: str | None, place: int | None) -> bool:
        """A bare plural with no date or place in its clause ("conducted attacks against U.S.
        forces", not "conducted airstrikes near Amirli") or in the perfect ("has conducted
        attacks since 2007"); undated, what describes anyone or some people ("anyone who
        attacks Americans", "several sources who met him"), someone's record ("responsible
        for killing hundreds") or a war someone is fighting, with no place."""
        described = next((a.head for a in (trigger, *trigger.ancestors) if a.dep_ == "relcl"), None)
        if date is None and described is not None and (described.lower_ in _INDEFINITE or any(
                c.lower_ in _INDEFINITE for c in described.children if c.dep_ in {"det", "amod"})):
            return True
        record = (trigger.tag_, trigger.dep_, trigger.head.head.lower_) == ("VBG", "pcomp", "responsible")
        if date is None and record:
            return True  # "is responsible for killing hundreds of soldiers": its record, not one happening
        if place is None and trigger.lemma_ == "fight" and trigger.tag_ == "VBG":
            return True  # "the group is currently fighting against ISIL": a war it is in, not a battle
        if date is None and trigger.dep_ == "relcl" and any(
                c.dep_ == "aux" and c.lemma_ == "have" for c in trigger.children):
            return True  # "the Quds Force, which has been designated by the U.S.": a standing
        undated_day = date is None or len(date) < 10
        if undated_day and trigger.pos_ == "NOUN" and any(_many(c) for c in trigger.children):
            # "over 6,000 attacks", "numerous attacks": many happenings, none told; a day's "18 strikes
            # near Mosul" is that day's report
            return True
        if trigger.pos_ != "NOUN" or trigger.tag_ not in {"NNS", "NNPS"} or any(
                c.dep_ in {"det", "nummod", "poss"} for c in trigger.children):
            return False
        perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in trigger.head.children)
        return (date is None and place is None) or perfect

    def dates(self, sent: Span, found: list[Span]) -> list[Span]:
        """The sentence's date expressions: the model's (`found`, taken from an index, as
        `sent.ents` walks the whole document's entities), and the written dates and the
        ones counted from another date ("the following day") it missed or cut short
        ("Days" of "days beforehand"). Each is valued in text order into `values`."""
        taken = {t.i for ent in found for t in ent}
        text = self.tokens.text_of(sent)
        years = _YEAR.search(text) is not None
        for m in (*(_WRITTEN_DATE.finditer(text) if years else ()), *_TODAY.finditer(text)):
            span = self.doc.char_span(sent.start_char + m.start(), sent.start_char + m.end(),
                                      alignment_mode="expand")
            if span is not None and not any(t.i in taken for t in span):
                found.append(span)
        for m in RELATIVE.finditer(text):
            span = self.doc.char_span(sent.start_char + m.start(), sent.start_char + m.end(),
                                      alignment_mode="expand")
            if span is not None:
                found = [d for d in found if d.end <= span.start or span.end <= d.start
                         or normalize_date(d.text) is not None] + [span]
        ranges: dict[int, str] = {}  # "between 4–10 June 2014": days of one month, the month
        for m in _DAY_RANGE.finditer(text) if years else ():
            span = self.doc.char_span(sent.start_char + m.start(), sent.start_char + m.end(),
                                      alignment_mode="expand")
            name = (m["m1"] or m["m2"]).lower()
            month = MONTHS.get(name) or MONTHS.get(name[:3])
            if span is not None and month:
                found = [d for d in found if d.end <= span.start or span.end <= d.start] + [span]
                ranges[span.start] = f"{m['year']}-{month:02d}"
        found.sort(key=lambda d: d.start)
        for d in found:
            self.values[d.start] = value = ranges.get(d.start) or self.normalize(d.text)
            self.stated = value or self.stated
        # "since 2007", "until 2009", "between October 2023 and February 2024": a stretch
        # of time, not the happening's date; a dateline
        # ("WASHINGTON, Oct. 18, 2016 —") dates the report, not what it reports
        return [d for d in found if d.start in ranges or (
                not (d.start > sent.start and d.doc[d.start - 1].lower_ in _NOT_WHEN)
                and d[0].lower_ not in _NOT_WHEN
                and not any(a.lower_ in _NOT_WHEN for a in list(d.root.ancestors)[:2])
                and not (d.end < len(d.doc) and d.doc[d.end].text in _DASHES and d.start - sent.start < 8))]

    def date(self, trigger: Token, dates: list[Span]) -> str | None:
        """The date the clause gives, nearest the trigger in the tree; not one another
        verb coordinated with it states ("arrested in 2003 and later appointed"). A
        happening the sentence follows from, undated itself, takes the sentence's one date
        ("a ceasefire at the end of August 2007 following clashes in Karbala")."""
        best, best_key = None, None
        clause = trigger if trigger.pos_ in {"VERB", "AUX"} else _verb_of(trigger)
        conjuncts = set(clause.conjuncts) if clause is not None else set()
        for ent in dates:
            distance = _tree_distance(trigger, ent.root)
            if distance > _MAX_DATE_DISTANCE:
                continue
            other = _verb_of(ent.root)
            elsewhere = other != clause and (_own_time(other) or _own_time(clause)
                                             or _describes(other, trigger) or _reports(other, clause))
            if (conjuncts and other in conjuncts) or elsewhere:
                continue  # "came, a successor to Y, before he was killed in 2020": 2020 is the killing's
            value = self.values[ent.start]
            if value is None:
                continue
            key = (distance, abs(ent.start - trigger.i))
            if best_key is None or key < best_key:
                best, best_key = value, key
        if best is None and trigger.dep_ == "pobj" and trigger.head.lower_ in _AFTER:
            verb = _verb_of(trigger.head)
            own = [d for d in dates if verb in {_verb_of(d.root), _when_of(_verb_of(d.root))}
                   and not trigger.head.is_ancestor(d.root)]
            return self.values[own[0].start] if verb is not None and len(own) == 1 else None
        if best is None and self.published and _ongoing(clause):
            return self.published[:7]  # "forces are advancing to liberate Mosul": under way as it is written
        return best

    def normalize(self, text: str) -> str | None:
        """A date expression as ISO. A month, or a day and month, without a year is the
        latest such date on or before the publication date, else in the year the document
        last stated; a weekday or "today" is dated by the publication date; "the following
        day", "two weeks later" count from the date the text stated last."""
        value = normalize_date(text, self.published if _speaks_of_today(text) else None)
        if value is not None:
            return value
        if RELATIVE.search(text):
            return relative_date(text, self.stated)
        if self.published and len(self.published) >= 10:
            value = normalize_date(text, self.published)  # "last June", "three days ago"
            if value is not None:
                return value
        month, day = _month_day(text.strip())
        if month is None:
            return None
        if self.published and len(self.published) >= 7:
            year = int(self.published[:4])
            published_day = int(self.published[8:10]) if len(self.published) >= 10 else 31
            if (month, day or 1) > (int(self.published[5:7]), published_day):
                year -= 1  # "December 27" in a report of June 2020 is December 2019
        elif self.year:
            year = int(self.year)
        else:
            return None
        return normalize_date(f"{year}-{month:02d}-{day:02d}") if day else f"{year}-{month:02d}"

    def place(self, trigger: Token, etype: str) -> int | None:
        """The place the clause gives: a place mention in the trigger's subtree or hanging
        from its verb, nearest first (an attacked embassy is target and place). A place
        a talk is about is its topic; an appointment's place is only where it was made
        ("appointed in Baghdad"), not the post's ("director of Baghdad airport")."""
        verb = trigger if trigger.pos_ in {"VERB", "AUX"} else trigger.head
        best, best_distance = None, None
        # "Baghdad saw bloodshed in October, when protesters demanded ...": the clause it dates
        roots = {trigger, verb}
        if verb.dep_ == "advcl" and etype != "appointment":
            roots.add(_when_of(verb))
        for root in roots - {None}:
            for t in root.subtree:
                chain = self.token_chain.get(t.i)
                if chain is None or self.chain_type(chain) not in PLACE_TYPES:
                    continue
                made = t.head.head == trigger or (t.head.head == verb and trigger.pos_ != "NOUN")
                if etype == "appointment" and not (t.head.dep_ == "prep" and t.head.lower_ in {"in", "at"}
                                                   and made):
                    continue
                path = _up_to(t, root)
                if etype == "meeting" and any(a.dep_ == "prep" and a.lower_ in _TOPIC for a in path):
                    continue
                if any(a.dep_ == "relcl" and a.head != trigger for a in path):
                    continue  # "arrested fighters who had fled from Rutbah": where they were, not it
                distance = _tree_distance(trigger, t)
                if best_distance is None or distance < best_distance:
                    best, best_distance = chain, distance
                    self.place_token = t
        return best

    def listed_places(self, chain: int | None) -> list[int]:
        """The other places listed with the clause's place ("Amerli, Dhuluiya and Jurf
        al-Sakhr"): each a happening of its own."""
        if chain is None:
            return []
        return [self.token_chain[c.i] for c in self.place_token.conjuncts if c.i in self.token_chain
                and self.chain_type(self.token_chain[c.i]) in PLACE_TYPES and self.token_chain[c.i] != chain]

    def read(self) -> list[_Mention]:
        out = []
        dates = [ent for ent in self.tokens.ents if ent.label_ == "DATE"]
        first = 0  # the first date entity not before the sentence: one pass over both
        lexicon, lower, lemma = self.lexicon, self.tokens.lower, self.tokens.lemma
        for si, sent in enumerate(self.doc.sents):
            if self.header is not None and not _list_item(sent):
                self.header = None  # the list the header opened has ended
            while first < len(dates) and dates[first].start < sent.start:
                first += 1
            last = first
            while last < len(dates) and dates[last].end <= sent.end:
                last += 1
            found: dict[int, str] = {}
            skip = 0
            for t in self.tokens.of(sent):
                if t.i < skip:
                    continue  # inside a phrase already read
                if not lexicon.may_open(lower[t.i], lemma[t.i]):
                    continue  # no trigger starts with it
                types, length = self.lexicon.types(sent, t)
                if length > 1:  # a phrase stands at its head: "strike", "took" (over)
                    start, skip = t.i, t.i + length
                    t = next((x for x in self.doc[start:skip]
                              if not start <= x.head.i < skip or x.head == x), t)
                    # "shot and killed X": the last verb joined to it holds the object and date
                    t = next((x for x in reversed(self.doc[start:skip])
                              if x.dep_ == "conj" and x.head == t), t)
                if types and ((t.pos_ in {"VERB", "NOUN"} and t.i not in self.token_chain) or self.named(t)):
                    found[t.i] = self.by_object(t, types)
            years = re.findall(r"\b(?:19|20)\d\d\b", self.tokens.text_of(sent))
            if found:
                out += self._sentence(si, sent, found, dates[first:last])
            elif first < last or years:  # the date a later "the following day" counts from
                self.dates(sent, dates[first:last])
            if years:  # the year the document last stated, for "December 27"
                self.year = years[-1]
        return out

    def _sentence(self, si: int, sent: Span, found: dict[int, str], date_ents: list[Span]) -> list[_Mention]:
        out: list[_Mention] = []
        text = self.tokens.text_of(sent)
        dates = self.dates(sent, date_ents)  # before the question's return: it states a date too
        if text.rstrip(" ”\"'’»").endswith("?"):
            return out  # "why is he leading our battles?": a question reports no happening
        for ti, etype in found.items():
            trigger = self.doc[ti]
            date = self.date(trigger, dates)
            if self.unreal(trigger) or self.no_post(trigger, etype):
                continue
            if trigger.lemma_ in _PLACE_TAKEN and not self.takes_place(trigger):
                continue  # "cleared Karmah" is a battle, "cleared the way" or "secured funding" none
            place = self.place(trigger, etype)
            if self.generic(trigger, date, place):
                if text.rstrip().endswith(":"):  # "X has claimed several attacks:" opens a list of them
                    claimed = self.roles(trigger, etype)
                    self.header = (FAMILY[etype], [c for c, r in claimed.items() if r == "agent"])
                continue
            actors = self.roles(trigger, etype)
            if etype == "killing" and (any(c.lemma_.lower() in _ATTEMPTED for c in trigger.children) or (
                    trigger.dep_ == "compound" and trigger.head.lemma_.lower() == "attempt")):
                # "the attempted assassination of X", "an assassination attempt": an attack X lived through
                etype = "attack"
                actors = {c: "target" if r == "victim" else r for c, r in actors.items()}
            if self.header is not None and self.header[0] == FAMILY[etype] and _list_item(sent) and \
                    "agent" not in actors.values():
                actors.update(dict.fromkeys(self.header[1], "agent"))  # "- On January 20, an attack hit X"
            anaphor = self.definite(trigger)
            if not actors and place is None and not anaphor:
                continue  # no named participant and no place: nothing to tell apart
            if etype == "appointment" and "participant" not in actors.values():
                continue  # "I was nominated by the ministry": who was appointed is not named
            if etype == "meeting" and trigger.lemma_ in _CONVERSE and not any(
                    k.i in self.token_chain for p in trigger.children if p.lower_ == "with"
                    for g in p.children if g.dep_ == "pobj" for k in (g, *g.conjuncts)):
                continue  # "X spoke with Pentagon reporters": no one named met
            if etype == "appointment":  # "appointed minister in 2017 and adviser in 2020": two
                for later in self.later_posts(trigger, dates):
                    out.append(_Mention([etype], si, (sent.start_char, sent.end_char), trigger.lemma_.lower(),
                                        trigger, later, None, dict(actors)))
            violent = FAMILY[etype] == "violence"
            dead = _count(text, _KILLED) if violent else None
            if violent and dead is None and _NO_CASUALTIES.search(text):
                dead = 0
            agents = [c for c, r in actors.items() if r == "agent"]
            official = etype == "designation" and bool(agents) and all(self.chain_type(c) in _STATES
                                                                        for c in agents)
            bodies = frozenset(c for c in agents if self.chain_type(c) == "STATE_BODY")
            out.append(_Mention([etype], si, (sent.start_char, sent.end_char), trigger.lemma_.lower(),
                                trigger, date, place, actors, dead,
                                _count(text, _WOUNDED) if violent else None, anaphor, official, bodies))
            if etype in {"battle", "attack"}:  # "victories in Amerli, Dhuluiya and Jurf al-Sakhr": three
                out += [_Mention([etype], si, (sent.start_char, sent.end_char), trigger.lemma_.lower(),
                                 trigger, date, other, dict(actors)) for other in self.listed_places(place)]
        return out


def _list_item(sent: Span) -> bool:
    """A sentence on a bulleted or numbered line ("- On January 20, ...", "2. ...")."""
    text = sent.doc.text
    return _ITEM.match(text, text.rfind("\n", 0, sent.start_char) + 1) is not None


def _set_role(actors: dict[int, str], chain: int, role: str) -> None:
    """The first role given stands, except that a person killed or arrested is a victim
    though another mention of the happening calls them its target."""
    if chain not in actors or (role == "victim" and actors[chain] == "target"):
        actors[chain] = role


def _month_day(text: str) -> tuple[int | None, int | None]:
    """(month, day or None) of "September", "in early May", "December 27", "27 December"."""
    bare = _BARE_MONTH.match(text)
    if bare:
        name = bare.group(1).lower()
        return MONTHS.get(name[:3] if name[:4] != "sept" else "sept"), None
    m = _DAY_MONTH.match(text)
    if not m:
        return None, None
    day, name = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
    number = MONTHS.get(name.lower()[:3] if name.lower()[:4] != "sept" else "sept")
    return (number, int(day)) if number else (None, None)


def _stated_date(head: str) -> str | None:
    """The first full date (day, month and year) in the document's first line, when that
    line is a heading or dateline (short, with text after it), else the date of a wire
    dateline opening a line of the head ("WASHINGTON, Oct. 18, 2016 — ...")."""
    line, newline, _ = head.partition("\n")
    for m in _WRITTEN_DATE.finditer(line if newline else ""):
        value = normalize_date(m.group())
        if value is not None and len(value) == 10:
            return value
    return next(filter(None, map(dateline_date, head.splitlines())), None)


def _speaks_of_today(text: str) -> bool:
    t = text.strip().lower()
    return t in {"today", "this morning", "tonight", "this evening", "yesterday", "last night"} or any(
        w in _WEEKDAYS for w in t.replace(",", " ").split())


def _appositions(token: Token) -> list[Token]:
    """The token's appositions, and theirs, nearest first (three deep at most)."""
    out, level = [], [token]
    for _ in range(3):
        level = [c for t in level for c in t.children if c.dep_ == "appos"]
        out += level
    return out


def _verb_of(t: Token) -> Token | None:
    """The nearest verb above a token: the clause it belongs to."""
    return next((a for a in t.ancestors if a.pos_ in {"VERB", "AUX"}), None)


def _fronted_subject(verb: Token) -> list[Token]:
    """The subject a verb without one lost to a clause before it: "he joined X, was elected
    to Y", parsed with "he joined X" as a clause of "elected"."""
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return []
    return [s for c in verb.children if c.dep_ == "advcl" and c.i < verb.i
            and not any(m.dep_ == "mark" or m.lower_ in _SUBORDINATORS for m in c.children)
            for s in c.children if s.dep_ == "nsubj"]


def _headline_passive(verb: Token, etype: str) -> bool:
    """"X shot dead in Baghdad", "Two officers killed in Kirkuk": a headline's passive without
    its "was", parsed as X doing it; killing and arresting take an object, so a subject with
    none and no auxiliary is the one killed or arrested."""
    return etype in VICTIM_TYPES and verb.tag_ in {"VBD", "VBN"} and verb.dep_ != "relcl" and not any(
        c.dep_ in {"dobj", "aux", "auxpass", "ccomp", "xcomp", "dative"} or c.lower_ in _RELATIVE
        for c in verb.children)


def _many(t: Token) -> bool:
    """A count or quantifier that makes a plural many happenings ("6,000 attacks", "dozens of")."""
    if t.dep_ == "nummod":
        digits = t.text.replace(",", "")
        value = WORD_NUMBERS.get(t.lower_) or (int(digits) if digits.isdigit() else None)
        return value is not None and value > 10
    return t.dep_ == "amod" and t.lower_ in _MANY


def _own_time(verb: Token | None) -> bool:
    """A clause "before", "after", "since" or "until" another one: a time of its own."""
    return verb is not None and verb.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in _OTHER_TIME for m in verb.children)


def _ongoing(verb: Token | None) -> bool:
    """A happening in the present progressive, itself or the clause it serves ("are working
    together as they advance to liberate X"): under way when the report was written."""
    for _ in range(3):
        if verb is None or verb.pos_ not in {"VERB", "AUX"}:
            return False
        if verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in _PRESENT for c in verb.children):
            return True
        verb = verb.head if verb.dep_ in {"advcl", "xcomp", "conj"} else None
    return False


def _describes(verb: Token | None, trigger: Token) -> bool:
    """A relative clause or past participle about someone other than the happening: "X, who
    joined KH in 2015, was arrested" (not "a strike that killed X on Monday", nor "a vehicle
    carrying X on Monday", which is as the happening was)."""
    return verb is not None and (verb.dep_ == "relcl" or (verb.dep_, verb.tag_) == ("acl", "VBN")) and (
        verb.head != trigger and not verb.is_ancestor(trigger))


def _reports(verb: Token | None, clause: Token | None) -> bool:
    """A verb of saying the happening's clause is the content of: "KH said on Monday that it
    attacked the base", "forces advance to liberate Mosul, Capt. X told reporters today" date the
    saying (the content reached through its clauses, one of them the saying's complement)."""
    said = False
    while clause is not None and clause.dep_ in {"ccomp", "conj", "xcomp", "advcl"} and clause != verb:
        said = said or clause.dep_ in {"ccomp", "conj"}
        clause = clause.head
        if clause == verb:
            return said and verb.lemma_.lower() in _SAYING
    return False


def _when_of(verb: Token | None) -> Token | None:
    """The clause a verb's clause dates: its head's for a "when" clause ("became clear when
    he called for a ceasefire in August"), else its own."""
    if verb is not None and verb.dep_ == "advcl" and any(c.lower_ == "when" for c in verb.children):
        return _verb_of(verb)
    return verb


def _up_to(t: Token, root: Token) -> list[Token]:
    """The tokens from `t` up to, not including, `root` (one of its ancestors)."""
    out = []
    while t != root and t.head != t:
        out.append(t)
        t = t.head
    return out


def _tree_distance(a: Token, b: Token) -> int:
    """Edges between two tokens of one sentence's dependency tree."""
    up = {}
    t, n = a, 0
    while True:
        up[t.i] = n
        if t.head.i == t.i:
            break
        t, n = t.head, n + 1
    t, n = b, 0
    while t.i not in up:
        if t.head.i == t.i:
            return 99
        t, n = t.head, n + 1
    return n + up[t.i]


# ---- merging the mentions of one happening -------------------------------------------


def _joined(a: Token, b: Token) -> bool:
    """Two triggers of one clause: one governs the other, or they hang from one word, but
    not as coordinated items ("the bombing of X and the bombing of Y" are two)."""
    if a.dep_ == "conj" or b.dep_ == "conj":
        return False
    return a.head == b or b.head == a or a.head.head == b or b.head.head == a or (a.head == b.head)


def _result(t: Token) -> bool:
    """", killing 25", ", wounding two": what came of the sentence's happening, wherever the
    parse hangs it."""
    return t.tag_ == "VBG" and t.i > 0 and t.nbor(-1).text == ","


def _undergoers(m: _Mention) -> set[int]:
    return {c for c, r in m.actors.items() if r != "agent"}


def _same(a: _Mention, b: _Mention) -> bool:
    if not dates_agree(a.date, b.date):
        return False
    one_issuer = bool(a.bodies & b.bodies) or not (a.bodies and b.bodies)
    if a.official and b.official and a.date == b.date and one_issuer:
        # "the U.S. designated AAH ... the State Department also designated its leaders": one action;
        # State's and Treasury's designations of one day are two
        return True
    families = {FAMILY[a.types[0]], FAMILY[b.types[0]]}
    if len(families) > 1:  # "protesters stormed the embassy": a protest that turned violent
        return families == {"protest", "violence"} and a.sentence == b.sentence and _joined(a.token, b.token)
    if a.sentence == b.sentence and a.place != b.place and (a.token == b.token or (
            a.place is not None and b.place is not None and b.token in a.token.conjuncts)):
        return False  # one trigger, places listed apart, or "recaptured X and shelled Y": a happening in each
    if a.sentence == b.sentence and _anterior(a.token) != _anterior(b.token):
        return False  # "the battle to retake Mosul, which had been captured by ISIL in 2014": two
    if a.sentence == b.sentence and (_joined(a.token, b.token) or _result(a.token) or _result(b.token)):
        return True
    if _undergoers(a) & _undergoers(b):
        return True
    if a.date is None or b.date is None:
        # an undated mention adds to one reported in the document when it names the same
        # actor in the same role, or only the same place, and no other target or victim
        clash = bool(_undergoers(a)) and bool(_undergoers(b))
        same_role = any(b.actors.get(c) == r for c, r in a.actors.items())
        place_only = a.place is not None and a.place == b.place and not (a.actors and b.actors)
        return not clash and (same_role or place_only)
    # on one date with a shared actor or place; or in one place in one month, the dates agreeing
    # (checked above): "October 2016" and "October 18, 2016" in Mosul are one battle, but a year
    # alone ("in 2016") is too wide to join two happenings by their place
    same_place = a.place is not None and a.place == b.place
    same_date = a.date is not None and a.date == b.date
    same_month = a.date is not None and b.date is not None and min(len(a.date), len(b.date)) >= len("2016-10")
    return (same_date and bool(set(a.actors) & set(b.actors))) or (same_place and (same_date or same_month))


def _anterior(t: Token) -> bool:
    """Whether the trigger is a past perfect ("had been captured"): told as before the rest."""
    return t.pos_ in {"VERB", "AUX"} and any(c.dep_ == "aux" and c.lower_ == "had" for c in t.children)


def _absorb(into: _Mention, other: _Mention, spans: list[tuple[int, int]]) -> None:
    for t in other.types:
        if t not in into.types:
            into.types.append(t)
    if other.date and (into.date is None or len(other.date) > len(into.date)):
        into.date = other.date
    into.place = into.place if into.place is not None else other.place
    into.bodies |= other.bodies
    for chain, role in other.actors.items():
        _set_role(into.actors, chain, role)
    for attr in ("fatalities", "wounded"):
        theirs = getattr(other, attr)
        if theirs is not None:
            setattr(into, attr, max(getattr(into, attr) or 0, theirs))
    if spans[-1] != other.span:  # mentions come in text order: a repeated span is the last one
        spans.append(other.span)


def _antecedent_event(clusters: list[tuple[_Mention, list[tuple[int, int]]]], m: _Mention) -> int | None:
    """The happening a "the attack" is about: the last one of its family told of in the
    sentences just before its own, if its date agrees and no other agent is named."""
    family = FAMILY[m.types[0]]
    for ci in range(len(clusters) - 1, max(-1, len(clusters) - 1 - _RECENT), -1):
        c = clusters[ci][0]
        if not 0 < m.sentence - c.sentence <= _ANAPHOR_REACH:
            continue
        agents = [{a for a, r in x.actors.items() if r == "agent"} for x in (c, m)]
        if FAMILY[c.types[0]] == family and dates_agree(c.date, m.date) and not (
                agents[0] and agents[1] and not agents[0] & agents[1]):
            return ci
    return None


def merge_mentions(mentions: list[_Mention]) -> list[tuple[_Mention, list[tuple[int, int]]]]:
    """One entry per happening: each mention joins the first earlier happening it matches,
    found through an index on sentence, (family, actor) and (family, place).
    Only the last `_RECENT` happenings under a key are compared, so an actor named on
    every page of a long text costs each mention a bounded number of comparisons."""
    clusters: list[tuple[_Mention, list[tuple[int, int]]]] = []
    index: dict[tuple, list[int]] = {}
    for m in mentions:
        family = FAMILY[m.types[0]]
        keys = [("s", m.sentence)] + [(family, "a", c) for c in m.actors] + [(family, "p", m.place)] + (
            [(family, "d", m.date or "")] if m.official else [])
        target = None
        for key in keys:
            for ci in index.get(key, ())[-_RECENT:]:
                if _same(clusters[ci][0], m):
                    target = ci
                    break
            if target is not None:
                break
        if target is None and m.anaphor:
            target = _antecedent_event(clusters, m)
        if target is None and m.anaphor and not m.actors and m.place is None:
            continue  # "the strikes killed 25" with nothing told before it to be about
        if target is None:
            target = len(clusters)
            clusters.append((_Mention(list(m.types), m.sentence, m.span, m.trigger, m.token, m.date, m.place,
                                      dict(m.actors), m.fatalities, m.wounded, False, m.official, m.bodies),
                             [m.span]))
        else:
            _absorb(clusters[target][0], m, clusters[target][1])
            # later mentions meet it in their sentence, by their trigger
            clusters[target][0].sentence, clusters[target][0].token = m.sentence, m.token
        for key in keys:
            listed = index.setdefault(key, []) if key[-1] is not None else None
            if listed is not None and target not in listed[-_RECENT:]:
                listed.append(target)
    return clusters


def extract_events(doc: Doc, ex: Extraction, pack: Pack, published: str | None) -> list[Event]:
    """One Event per happening the document reports (see the module docstring)."""
    events = []
    for m, spans in merge_mentions(_Reader(doc, ex, pack, published).read()):
        main = _main_type(m.types)
        events.append(Event(
            type=main, evidence_start=spans[0][0], evidence_end=spans[0][1],
            extractor=f"trigger:{m.trigger}", confidence=min(0.9, 0.5 + 0.1 * len(spans)), date=m.date,
            place=m.place, fatalities=m.fatalities, wounded=m.wounded,
            actors=[EventActor(chain=c, role=r) for c, r in m.actors.items()],
            types=[main] + [t for t in m.types if t != main], spans=spans,
        ))
    return events


def _main_type(types: list[str]) -> str:
    """The type a reader names the happening by: a battle or attack that kills stays one."""
    for t in ("battle", "attack"):
        if t in types:
            return t
    return types[0]
