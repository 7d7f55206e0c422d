"""In-document name chains: which mentions of one document name the same actor.

Links, in order: the same pack actor; the same folded name; acronyms defined
in the text ("Kata'ib Hezbollah (KH)") or matching a name's initials; aliases
stated in the text ("also known as"); short forms of a longer name of the same
kind ("al-Muhandis" -> "Abu Mahdi al-Muhandis", "Ministry of Defense" ->
"Iraqi Ministry of Defense"). A short form that fits several longer names
goes to the nearest one before it, as a reader would read it.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from collections import Counter, defaultdict

from shabaka.annotate.entities import KIN_GROUPS
from shabaka.model import Chain, Mention
from shabaka.names import fold, initials, name_parts, strip_titles
from shabaka.resolve.matching import words_agree

ORG_TYPES = {"ARMED_GROUP", "STATE_BODY", "ORGANIZATION"}
# a repeat copies its type; what the text says a body is ("X is a militia") outweighs its name's guesses
SOURCE_WEIGHT = {"pack": 3.0, "definition": 10.0, "structure": 2.0, "model": 1.0, "repeat": 0.0}
_ALIAS_BRIDGE = re.compile(
    r"^\s*[,(]?\s*(?:also\s+|better\s+|commonly\s+|widely\s+)?"
    r"(?:known\s+as|called|dubbed|nicknamed|code-?\s*named|aka|a\.k\.a\.?|alias|or|"
    r"(?:whose\s+)?(?:real\s+name|nom\s+de\s+guerre)(?:\s+is)?)\s+(?:the\s+)?[\"“']?\s*$",
    re.IGNORECASE,
)
_ACRONYM_BRIDGE = re.compile(r"^\s*[(\[]\s*$")
_ACRONYM_CLOSE = re.compile(r"^\s*[)\]]")


class _UnionFind:
    """Union-find that never joins two groups known as different pack actors."""

    def __init__(self, n: int, keys: list[str | None]):
        self.parent = list(range(n))
        self.key = list(keys)

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if self.key[ra] and self.key[rb] and self.key[ra] != self.key[rb]:
            return False
        root, child = min(ra, rb), max(ra, rb)
        self.parent[child] = root
        self.key[root] = self.key[root] or self.key[child]
        return True


def _source(m: Mention) -> str:
    return m.extractor.split(":", 1)[0]


def _is_acronym(text: str) -> bool:
    letters = text.replace("-", "").replace(".", "").replace("&", "")
    return 2 <= len(letters) <= 8 and letters.isupper() and letters.isalpha()


def build_chains(text: str, mentions: list[Mention], titles: set[str]) -> list[Chain]:
    """Group mentions into chains; sets each mention's `chain` and returns the chains."""
    n = len(mentions)
    uf = _UnionFind(n, [m.key for m in mentions])
    folded = [fold(strip_titles(m.text, titles)) for m in mentions]
    # a lone family or given name may belong to different people in one text
    # ("Qais and Laith al-Khazali"): each such short form is linked on its own
    short = [m.type == "PERSON" and not m.key and len(name_parts(folded[i]).words) == 1
             for i, m in enumerate(mentions)]

    by_key: dict[str, int] = {}
    by_fold: dict[tuple[str, str], int] = {}
    for i, m in enumerate(mentions):
        if m.key:
            uf.union(i, by_key.setdefault(m.key, i))
        if not short[i]:
            group = "ORG" if m.type in ORG_TYPES else m.type
            uf.union(i, by_fold.setdefault((folded[i], group), i))
        if m.type in ORG_TYPES and not m.key and m.text.islower():
            # a name noun the document gives no named actor for: "coalition", "coalition forces"
            uf.union(i, by_fold.setdefault((folded[i].split()[0], "noun"), i))

    # acronyms defined in parentheses right after the full name, or before it
    for i in range(n - 1):
        a, b = mentions[i], mentions[i + 1]
        between = text[a.end:b.start]
        if _ACRONYM_BRIDGE.match(between) and _ACRONYM_CLOSE.match(text[b.end:b.end + 3]):
            if _is_acronym(b.text) != _is_acronym(a.text):
                uf.union(i, i + 1)
            elif a.type == b.type == "PERSON" and (name_parts(a.text).kunya or name_parts(b.text).kunya or
                                                   _spellings_agree(folded[i], folded[i + 1])):
                uf.union(i, i + 1)  # "Abdul Aziz al-Muhammadawi (Abu Fadak)", "Abu Jihad (Mohammed ...)",
                # "Qasem Soleimani [Qassem Sulaymani]"
        elif _ALIAS_BRIDGE.match(between) and a.type != "COUNTRY" and (
            a.type == b.type or (a.type in ORG_TYPES and b.type in ORG_TYPES)
        ):
            uf.union(i, i + 1)

    _link_initials(mentions, uf)
    _link_short_forms(mentions, folded, uf)
    sizes = Counter(uf.find(i) for i in range(n))
    lone: dict[str, int] = {}
    for i in range(n):
        if short[i] and sizes[uf.find(i)] == 1:  # linked to no full name: group by spelling
            uf.union(i, lone.setdefault(folded[i], i))
    return _make_chains(mentions, folded, uf)


def _spellings_agree(a: str, b: str) -> bool:
    """Whether two folded names are one name spelt two ways, word for word ("qasim al-araji",
    "qassem al-aaraji")."""
    wa, wb = name_parts(a).words, name_parts(b).words
    return len(wa) == len(wb) > 1 and all(words_agree(x, y) for x, y in zip(wa, wb, strict=True))


def _link_initials(mentions: list[Mention], uf: _UnionFind) -> None:
    """An undefined acronym joins the one organisation whose initials it spells."""
    by_initials: dict[str, set[int]] = defaultdict(set)
    for i, m in enumerate(mentions):
        if m.type in ORG_TYPES and not _is_acronym(m.text):
            by_initials[initials(m.text)].add(uf.find(i))
    for i, m in enumerate(mentions):
        if _is_acronym(m.text) and not m.key:
            roots = by_initials.get(m.text.replace("-", "").replace(".", ""), set())
            if len(roots) == 1:
                uf.union(i, next(iter(roots)))


def _link_short_forms(mentions: list[Mention], folded: list[str], uf: _UnionFind) -> None:
    """Join a shorter name to the nearest earlier longer name it is part of.

    Longer names are indexed by their first and last words, and each index entry keeps one
    mention per chain as it stands, so a short form looks only at the chains it can be part
    of, and only a short form that fits several is placed by position: near-linear.
    """
    words = [tuple(name_parts(f).words) for f in folded]
    people: dict[tuple[str, ...], list[int]] = defaultdict(list)  # first or last words -> mentions
    orgs: dict[tuple[str, ...], list[int]] = defaultdict(list)  # last words -> mentions
    kin: dict[tuple[str, ...], list[int]] = defaultdict(list)  # "the Shammar" -> "the Shammar tribe"
    for j, other in enumerate(mentions):
        if other.type in ORG_TYPES and len(words[j]) > 1 and words[j][-1] in KIN_GROUPS:
            kin[words[j][:-1]].append(j)
        for k in range(1, len(words[j])):
            if other.type == "PERSON":
                people[words[j][:k]].append(j)
                if words[j][-k:] != words[j][:k]:
                    people[words[j][-k:]].append(j)
            elif other.type in ORG_TYPES:
                orgs[words[j][-k:]].append(j)
    longer_people = {key: _Longer(found, mentions, uf) for key, found in people.items()}
    longer_orgs = {key: _Longer(found, mentions, uf) for key, found in orgs.items()}
    longer_kin = {key: _Longer(found, mentions, uf) for key, found in kin.items()}
    for i, m in enumerate(mentions):
        if not words[i] or _is_acronym(m.text):
            continue
        if not m.key and words[i] in longer_kin and (m.type in ORG_TYPES or m.type == "PERSON"):
            longer = longer_kin[words[i]]  # a tribe by its name alone (which the model may take for a man)
        elif m.type in ORG_TYPES and not m.key and m.text.islower():
            longer = longer_orgs.get(words[i][:1])  # a name noun: "the coalition" -> "Sahel Coalition"
        elif m.type == "PERSON" or (not m.key and len(words[i]) == 1):
            # a kunya or nasab alone ("Abu", "bin") is not a short form of anyone
            longer = None if words[i][0] in {"abu", "bin", "ibn"} else longer_people.get(words[i])
        elif m.type in ORG_TYPES and not m.key and len(words[i]) >= 2:
            longer = longer_orgs.get(words[i])
        else:
            continue
        if longer is None:
            continue
        own = uf.find(i)
        roots = {uf.find(j) for j in longer.one_per_chain} - {own}
        if len(roots) == 1:
            uf.union(i, roots.pop())
        elif roots:
            uf.union(i, longer.nearest(m.start, own, uf))


class _Longer:
    """The longer names one short form may be part of, by position."""

    def __init__(self, found: list[int], mentions: list[Mention], uf: _UnionFind):
        self.found = sorted(found, key=lambda j: mentions[j].start)
        self.starts = [mentions[j].start for j in self.found]
        # chains only ever join, so one mention per chain now still covers every chain later
        self.one_per_chain = list({uf.find(j): j for j in reversed(found)}.values())

    def nearest(self, start: int, own: int, uf: _UnionFind) -> int:
        """The nearest mention before `start` not in chain `own`, else the first after it."""
        at = bisect_left(self.starts, start)
        for k in itertools.chain(range(at - 1, -1, -1), range(at, len(self.found))):
            if uf.find(self.found[k]) != own:
                return self.found[k]
        raise AssertionError("called only when another chain is among the longer names")


def _contiguous(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """A short name is a first-name or family-name part of a longer one."""
    k = len(short)
    return long[:k] == short or long[-k:] == short


def _surnames_of_a_person(mentions: list[Mention], members: list[int]) -> bool:
    """Whether the chain is a full name typed a person and, besides, only one-word parts of it."""
    full = [name_parts(mentions[i].text).words for i in members if mentions[i].type == "PERSON"]
    full = [words for words in full if len(words) > 1]
    return bool(full) and all(
        mentions[i].type == "PERSON" or len(words := name_parts(mentions[i].text).words) == 1
        and any(words[0] in person for person in full) for i in members)


def _make_chains(mentions: list[Mention], folded: list[str], uf: _UnionFind) -> list[Chain]:
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(mentions)):
        groups[uf.find(i)].append(i)
    chains = []
    for root in sorted(groups, key=lambda r: mentions[groups[r][0]].start):
        members = groups[root]
        votes: Counter[str] = Counter()
        for i in members:
            # longer names are less ambiguous, so their type counts for more
            length = len(name_parts(mentions[i].text).words)
            votes[mentions[i].type] += SOURCE_WEIGHT[_source(mentions[i])] * (1 + 0.5 * (length - 1))
        first: dict[str, int] = {}  # where each type first stands among the members
        for k, i in enumerate(members):
            first.setdefault(mentions[i].type, k)
        ctype = max(votes, key=lambda t: (votes[t], -first[t]))
        if ctype != "PERSON" and _surnames_of_a_person(mentions, members):
            ctype = "PERSON"  # "Army Col. Ryan Dillon ... Dillon said": the model's "Dillon" (ORG) is his
        packed = Counter(mentions[i].type for i in members if _source(mentions[i]) == "pack")
        if packed:  # a pack actor's type is known: ten model guesses of "Qaani" as a place do not outvote it
            ctype = packed.most_common(1)[0][0]
        keys = Counter(mentions[i].key for i in members if mentions[i].key)
        names = list(dict.fromkeys(mentions[i].text for i in members))
        full = [n for n in names if not _is_acronym(n)] or names
        name = max(full, key=lambda n: (not n.islower(), len(name_parts(n).words), len(n)))
        chain = Chain(id=len(chains), name=name, type=ctype, names=names,
                      key=keys.most_common(1)[0][0] if keys else None, mentions=members)
        for i in members:
            mentions[i].chain = chain.id
        chains.append(chain)
    return chains
