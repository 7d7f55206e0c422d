"""Whether two names can name the same actor: the resolver's one test of sameness.

Keys fold transliteration variation (names.py); on top of that, evidence
against a match wins: given names from different variant groups
(Hisham/Hashim, Qais/Laith), different kunyas, different initials, family
names whose vowels differ beyond spelling habit (Khamenei/Khomeini), or
spellings too far apart (Kenya/Ghana).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from shabaka.names import (
    ARABIC_LETTER,
    ARTICLES,
    HARAKAT,
    KUNYA,
    acronym_letters,
    acronyms,
    fold,
    given_name_form,
    initials,
    is_acronym,
    is_arabic,
    name_key,
    name_parts,
    normalize_arabic,
    skeleton,
    unjoin,
)

if TYPE_CHECKING:
    from shabaka.ontology import Pack

MIN_SPELLING_SIMILARITY = 70
MIN_WORD_SIMILARITY = 85
_VOWEL_CLASSES = str.maketrans({"e": "i", "y": "i", "o": "u"})
_VOWELS = re.compile(r"[aeiouy]")


@lru_cache(maxsize=200_000)
def vowel_class_key(word: str) -> str:
    """A word with vowels folded by class (e/i/y, o/u), q/gh/k as one letter at the start
    (Qaani / Ghaani / Kaani), gh/q inside (Persian Araghchi / Araqchi) and doubled letters
    collapsed."""
    word = word.translate(_VOWEL_CLASSES).replace("dh", "d").replace("th", "d").replace("gh", "q")
    word = re.sub(r"(?<=.)[au]w(?=[^aeiuw])", "u", re.sub(r"^k(?!h)", "q", word))  # Jawlani / Julani
    return re.sub(r"(.)\1+", r"\1", word).replace("ii", "i").replace("ai", "i")


@lru_cache(maxsize=200_000)
def _long_a(word: str, long_only: bool) -> set[int]:
    """After how many consonants an a comes: Arabic script writes only the long a (alef)."""
    out, consonants = set(), 0
    # a doubled consonant is one Arabic letter (with shadda): عباس is Abbas
    for ch in re.sub(r"([^aeiouwy])\1+", r"\1", re.sub(r"sh|kh|gh|th|dh", "c", word)):
        if ch in "aeiouwy":
            if ch == "a" or not long_only and ch == "e":
                out.add(consonants)
        else:
            consonants += 1
    return out


@lru_cache(maxsize=200_000)
def arabic_latin_agree(arabic: str, latin: str) -> bool:
    """A folded Arabic-script word and a Latin one spell one name: the same consonants,
    and a Latin a or e wherever the Arabic writes an alef (Hisham هشام, not Hashim)."""
    # a word-initial alef only carries a short vowel, any of them: أسامة Osama, إبراهيم Ibrahim
    long_a = _long_a(arabic, True) - ({0} if arabic.startswith("a") else set())
    return skeleton(arabic) == skeleton(latin) and long_a <= _long_a(latin, False)


def _consonants(word: str) -> str:
    return re.sub(r"(.)\1+", r"\1", _VOWELS.sub("", word))


@lru_cache(maxsize=200_000)
def words_agree(a: str, b: str) -> bool:
    """Two spellings of one name word: same vowel classes, very alike, or the same
    consonants where one was written without vowels (from Arabic script)."""
    if a == b or vowel_class_key(a) == vowel_class_key(b):
        return True
    if unjoin(a) != a or unjoin(b) != b:  # "alsadr" / "sadr"
        return words_agree(unjoin(a), unjoin(b))
    if len(_VOWELS.findall(a[:-1])) == 0 or len(_VOWELS.findall(b[:-1])) == 0:
        return _consonants(a) == _consonants(b)
    if _nisba(a, b) or _nisba(b, a):
        return False
    return fuzz.ratio(a, b) >= MIN_WORD_SIMILARITY


def _qualifier_base(word: str) -> str:
    """A place word as a qualifier names it: "Iraqi", "Iraq's" (folded "iraqs") and "Iraq" are "iraq"."""
    return word[:-1] if len(word) >= 4 and word[-1] in "isy" else word


def _nisba(word: str, base: str) -> bool:
    """`word` is `base` with the nisba ending -i or -y: another word, the adjective of it
    (al-Islami / al-Islam, al-Hashimi / Hashim)."""
    return len(base) >= 3 and word[:-1] == base and word[-1] in "iy"


_NUMBER = re.compile(r"\d+")
_LINKS = {"of", "in", "and", "for", "fi", "fil", "li", "lil", "wa"}  # English and Arabic link words


@lru_cache(maxsize=200_000)
def numbers(text: str) -> frozenset[str]:
    """The numbers in a name ("45th Brigade" -> {"45"}): identifiers of numbered units."""
    return frozenset(n.lstrip("0") or "0" for n in _NUMBER.findall(text))


@lru_cache(maxsize=200_000)
def cross_script_key(text: str) -> str:
    """Consonant skeleton of the whole name, articles left out: equal for an Arabic-script
    name and its Latin spellings ("كتائب حزب الله", "Kata'ib Hezbollah")."""
    # words joined, doubled letters collapsed; no digraph read across a word break ("sd"+"hd" is no "dh")
    return re.sub(r"([a-z])\1+", r"\1", "".join(skeleton(unjoin(w)) for w in given_name_form(text).split()))


# The Arabic letters each Latin spelling can stand for. The skeleton folds t/d/z and
# k/q/g/j together so that every Latin spelling meets; against Arabic script the letters
# are known, so a cross-script match must also agree letter by letter (تركيا is Turkey,
# not Zarqa: ت is never written z).
_LATIN_TO_ARABIC = {
    "b": "بپ", "p": "پب", "t": "تطث", "th": "ثذظت", "d": "دضذظ", "dh": "ذضظد", "z": "زذظضژ",
    "zh": "ژجز", "s": "سصث", "sh": "شچ", "sch": "ش", "ch": "چشخك", "j": "جژ", "g": "قجغگك",
    "q": "قكغ", "k": "كقخگ", "kh": "خ", "gh": "غقگ", "c": "كقسچج", "h": "حهخ", "f": "ف",
    "ph": "ف", "v": "فو", "l": "ل", "m": "م", "n": "ن", "r": "ر", "x": "كس",
}
_LATIN_UNIT = re.compile(r"sch|sh|ch|kh|gh|ph|dh|th|zh|[a-z0-9]")
_ARABIC_WORD = re.compile(f"{ARABIC_LETTER.pattern}+")


_Unit = tuple[str, set[str], str]  # skeleton class, letters it may stand for, vowels written before it
# the Latin vowels that can spell each long vowel Arabic script writes
_LONG_VOWELS = {"ا": "aeo", "و": "uow", "ي": "iey"}
# the letters an Arabic word that a Latin spelling starts with a vowel can start with
_VOWEL_SEATS = frozenset("اعءؤئوي")


def _collapse(units: list[_Unit]) -> list[_Unit]:
    """A Latin doubled letter as one unit ("Abbas" for عباس, whose shadda goes unwritten); two
    letters of one skeleton class stay two (Muqtada's t and d, مقتدى)."""
    out: list[_Unit] = []
    for cls, letters, vowels in units:
        if out and out[-1][1] == letters and not vowels:
            continue
        out.append((cls, set(letters), vowels))
    return out


def _word_units(tokens: list[str], vowels: str, silent: str) -> list[_Unit]:
    """A word's consonants, each with the vowel letters between it and the one before; a
    final h is dropped as the skeleton does."""
    units: list[_Unit] = []
    between = ""
    for t in tokens:
        if t in vowels or t in silent:
            between += t if t in vowels else ""
            continue
        units.append((skeleton(fold(t)) or t, set(_LATIN_TO_ARABIC.get(t, t)), between if units else ""))
        between = ""
    if len(tokens) > 1 and units and units[-1][0] == "h" and tokens[-1] not in vowels + silent:
        units.pop()
    return units


def _vowels_agree(arabic: str, latin: str) -> bool:
    """A long vowel the Arabic writes is spelt in the Latin by a vowel of its kind."""
    return all(any(c in _LONG_VOWELS[a] for c in latin) for a in arabic)


@lru_cache(maxsize=200_000)
def letters_agree(arabic: str, latin: str, drop: frozenset[str] = frozenset()) -> bool:
    """Every consonant of a Latin name can spell the Arabic letter in its place, and a
    vowel of its kind stands wherever the Arabic writes a long one (بغديدا is not Bagdad);
    `drop` holds folded words left out of both (articles, place kinds). A Persian-style v may
    spell the و the Arabic reads as a vowel (Safavi, صفوي)."""
    folded = fold(latin)
    return _letters_agree(arabic, folded, drop) or "v" in folded and \
        _letters_agree(arabic, folded.replace("v", "w"), drop)


def _letters_agree(arabic: str, latin: str, drop: frozenset[str]) -> bool:
    left: list[list[_Unit]] = []
    arabic_starts: list[tuple[bool, bool]] = []  # (written with a hamza seat, starts on a vowel's seat)
    for raw in _ARABIC_WORD.findall(HARAKAT.sub("", arabic)):
        word = normalize_arabic(raw)
        if fold(word) in drop or fold(word) in ARTICLES:
            continue
        word = word[2:] if word.startswith("ال") and len(word) > 3 else word
        left.append(_word_units(list(word), "".join(_LONG_VOWELS), "ع"))  # a letter written twice is two
        arabic_starts.append((raw[0] in "أإآ", word[0] in _VOWEL_SEATS))
    right: list[list[_Unit]] = []
    latin_starts: list[tuple[bool, bool]] = []  # (spelt from a vowel, so without a joined article)
    for word in given_name_form(" ".join(w for w in fold(latin).split() if w not in drop)).split():
        bare = unjoin(word)
        right.append(_collapse(_word_units(_LATIN_UNIT.findall(bare), "aeiouwy", "")))
        latin_starts.append((word[0] in "aeiou", bare[0] in "aeiou"))
    # a word spelt from a vowel starts on a vowel's seat: Europe is not ربيعة, Kocho not ألقوش
    if len(left) == len(right) and any(
            bare and not seat or hamza and not spelt
            for (hamza, seat), (spelt, bare) in zip(arabic_starts, latin_starts, strict=True)):
        return False
    a, b = [u for units in left for u in units], [u for units in right for u in units]
    if [u[0] for u in a] != [u[0] for u in b]:
        # words that differ in number (a joined kunya, a generic word more) leave it to the
        # skeleton; word for word, the letters must line up
        return len(left) != len(right)
    return all(x[1] & y[1] and _vowels_agree(x[2], y[2]) for x, y in zip(a, b, strict=True))


class NameMatcher:
    """Decides name sameness with the pack's name data: given-name variant groups, generic
    words of organisation and place names, place kinds, and look-alike actors."""

    def __init__(self, given_name_groups: dict[str, int] | None = None, *,
                 generic_words: set[str] | None = None, place_kinds: dict[str, str] | None = None,
                 lookalikes: list[list[list[str]]] | None = None, exonyms: list[list[str]] | None = None,
                 translations: dict[str, frozenset[str]] | None = None):
        self.groups = given_name_groups or {}
        self.translations = translations or {}
        self.score = lru_cache(maxsize=100_000)(self._score)  # the same spellings recur in every batch
        self.generic = {fold(w) for w in generic_words or ()}
        self.place_kinds = {fold(w): kind for w, kind in (place_kinds or {}).items()}
        # name key -> (look-alike group, member): two members of one group never merge
        self.lookalikes: dict[str, set[tuple[int, int]]] = {}
        for g, group in enumerate(lookalikes or ()):
            for m, member in enumerate(group):
                for name in member:
                    self.lookalikes.setdefault(name_key(name), set()).add((g, m))
        # name key -> every name of its place: an exonym and a transliteration that no
        # spelling rule joins ("Mosul" / "al-Mawsil", "Erbil" / "Hawler")
        self.exonyms: dict[str, tuple[str, ...]] = {}
        for names in exonyms or ():
            group = tuple(names)  # one object per place: membership is compared by identity
            for name in group:
                self.exonyms[self._place_key(name)] = group

    @classmethod
    def from_pack(cls, pack: Pack) -> NameMatcher:
        return cls(pack.given_name_groups, generic_words=pack.generic_words, place_kinds=pack.place_kinds,
                   lookalikes=pack.lookalikes, exonyms=pack.exonyms, translations=pack.name_translations)

    def _known_apart(self, a: str, b: str) -> bool:
        """Two given names the variant table puts in different groups."""
        ga, gb = self.groups.get(a), self.groups.get(b)
        return ga is not None and gb is not None and ga != gb

    def given_names_agree(self, a: str, b: str) -> bool:
        ga, gb = self.groups.get(a), self.groups.get(b)
        if ga is not None and gb is not None:
            return ga == gb
        if ga is not None or gb is not None:
            known, other = (a, b) if ga is not None else (b, a)
            group = self.groups[known]
            variants = [v for v, g in self.groups.items() if g == group]
            return any(words_agree(other, v) for v in variants)
        return words_agree(a, b)

    def same(self, a: str, b: str, *, person: bool = True) -> bool:
        """Can `a` and `b` be two spellings of one actor's full name?"""
        if is_arabic(a) != is_arabic(b):
            return self._cross_same(a, b) and \
                not self.evidence_against(a, b, person=person, strict_family=False)
        if name_key(a) != name_key(b):
            return False
        if fuzz.ratio(fold(a), fold(b)) < MIN_SPELLING_SIMILARITY:
            return False
        return not self.evidence_against(a, b, person=person)

    def similarity(self, a: str, b: str, *, person: bool = True) -> float:
        """0-100: how alike two names are, or 0 where evidence says they differ."""
        return self.score(a, b, person=person)[0]

    def _score(self, a: str, b: str, *, person: bool = True) -> tuple[float, str]:
        """0-100 and the reason: the evidence for one actor, or 0 where evidence says two."""
        if self.evidence_against(a, b, person=person, strict_family=is_arabic(a) == is_arabic(b)):
            return 0.0, ""
        if not person and (acronym := _acronym_of(a, b) or _acronym_of(b, a, strict=True)):
            return 90.0, f"acronym {acronym}"
        if is_acronym(a) or is_acronym(b):
            return 0.0, ""  # acronyms match as written: "PAK" is not "PUK"
        if not person and (forms := self._exonym_group(a)) and forms is self._exonym_group(b):
            return 95.0, "names of one place"  # its kind ("Ninawa Governorate") was weighed above
        if is_arabic(a) != is_arabic(b):
            if self._cross_same(a, b):
                return 92.0, "same consonants in Arabic and Latin script"
            if person and self._cross_same(*_given_and_family(a, b)):
                return 90.0, "same given and family name in Arabic and Latin script"
            return 0.0, ""
        if person:
            if self._same_given_and_family(a, b):
                return 95.0, "same given and family name"
            if self._kunya_and_more(a, b):
                return 90.0, "same kunya and names, one more nisba"
        elif self._same_distinctive_words(a, b):
            return 92.0, "same distinctive words"
        elif _joined(a) == _joined(b) and len(self._org_words(a)) != len(self._org_words(b)):
            return 92.0, "same letters, one word or two"  # "Pesh Merga" / "Peshmerga"
        elif self._generic_tail(a, b):
            return 90.0, "same name, generic words around it"  # "Ansar Allah movement" / "Ansar Allah"
        elif self._same_words_translated(a, b):
            return 89.0, "same words, a head word translated or a qualifier moved"  # weaker than one spelling
        elif not self._words_pair_up(a, b):
            return 0.0, ""  # "Euphrates River" / "Tigris River": alike letters, different names
        close = max(fuzz.ratio(name_key(a), name_key(b)), fuzz.token_sort_ratio(fold(a), fold(b)))
        return close, "close spelling"

    def _cross_key(self, name: str) -> str:
        """The cross-script key without the place kind ("محافظة الأنبار" / "Anbar Governorate")."""
        return cross_script_key(" ".join(w for w in fold(name).split() if w not in self.place_kinds))

    def _cross_same(self, a: str, b: str) -> bool:
        """An Arabic-script name and a Latin one with the same skeleton, letter by letter; the
        Latin may write a ta marbuta as -at (Harakat, حركة)."""
        arabic, latin = (a, b) if is_arabic(a) else (b, a)
        key = self._cross_key(arabic)
        return any(self._cross_key(form) == key and letters_agree(arabic, form, frozenset(self.place_kinds))
                   for form in dict.fromkeys((latin, _TA_MARBUTA.sub("a", fold(latin)))))

    def _words(self, name: str) -> list[str]:
        """Significant words: no article, initial, or kunya when the other name lacks one."""
        return given_name_form(" ".join(w for w in name_parts(name).words if len(w) > 1)).split()

    def _same_given_and_family(self, a: str, b: str) -> bool:
        """Given and family names agree and the shorter name's other words appear, in order,
        in the longer ("Nouri al-Maliki" / "Nouri Kamil al-Maliki"; a kunya one side only)."""
        wa, wb = self._words(a), self._words(b)
        if bool(name_parts(a).kunya) != bool(name_parts(b).kunya):
            wa, wb = _without_kunya(wa), _without_kunya(wb)
        short, long_ = sorted((wa, wb), key=len)
        if len(short) < 2 or not self.given_names_agree(short[0], long_[0]) \
                or not self._family_names_agree(short, long_):
            return False
        return _middle_names_agree(short, long_)

    def _kunya_and_more(self, a: str, b: str) -> bool:
        """One nom de guerre with one more nisba: the same kunya and names, then one word
        more ("Abu Muhammad al-Adnani" / "Abu Muhammad al-Adnani al-Shami"). A kunya and a
        nisba already name one man; a given name and a nisba do not (Hamid al-Jazaeri)."""
        pa, pb = name_parts(a), name_parts(b)
        if not pa.kunya or not pb.kunya or name_key(pa.kunya) != name_key(pb.kunya):
            return False
        short, long_ = sorted((self._words(a), self._words(b)), key=len)
        return len(short) >= 3 and len(long_) == len(short) + 1 and \
            all(words_agree(x, y) for x, y in zip(short, long_, strict=False))

    def _family_names_agree(self, wa: list[str], wb: list[str]) -> bool:
        """The last words are spellings of one family name; where three words or more agree
        in every other place (the shorter name's middle names standing in the longer), the same
        consonants and one vowel apart are enough (al-Siraji / al-Saraji, not Khamenei /
        Khomeini), for a namesake rarely shares a father's name too."""
        if words_agree(wa[-1], wb[-1]):
            return True
        a, b = unjoin(wa[-1]), unjoin(wb[-1])
        short, long_ = sorted((wa, wb), key=len)
        return len(short) >= 3 and skeleton(a) == skeleton(b) and fuzz.ratio(a, b) >= 80 and \
            self.given_names_agree(wa[0], wb[0]) and _middle_names_agree(short, long_)

    def _org_words(self, name: str) -> list[str]:
        """Words that name the organisation or place: no article, link word or place kind
        (place kinds are compared on their own)."""
        return [w for w in fold(name).split() if w not in ARTICLES and w not in _LINKS
                and w not in self.place_kinds]

    def _same_distinctive_words(self, a: str, b: str) -> bool:
        """The same words but for one inserted inside the name ("Harakat al-Nujaba" /
        "Harakat Hezbollah al-Nujaba"; "Islamic State in Iraq" / "of Iraq") or a parent's
        acronym before it ("IRGC Quds Force" / "Quds Force"); or the same numbered unit with
        only generic words besides ("45th Brigade" / "Brigade 45")."""
        wa, wb = self._org_words(a), self._org_words(b)
        if numbers(a) and all(w in self.generic or w.isdigit() or _NUMBER.match(w) for w in (*wa, *wb)):
            return True
        short, long_ = sorted((wa, wb), key=len)
        # one word is enough when both say the same kind of place: "Anbar province" / "Al Anbar Governorate"
        if len(short) < (1 if self._place_kind(a) else 2) or len(long_) - len(short) > 1:
            return False
        if all(w in self.generic for w in short):
            return False  # "Supreme Council" describes many bodies: not "Supreme Judicial Council"
        first = 0 if _parent_acronym(a if len(wa) > len(wb) else b) else 1
        drops = [long_] if len(long_) == len(short) else \
            [long_[:i] + long_[i + 1:] for i in range(first, len(long_) - 1)]
        return any(all(self._org_words_agree(x, y) for x, y in zip(short, cut, strict=True)) for cut in drops)

    def _generic_tail(self, a: str, b: str) -> bool:
        """One name is the other with generic words before or after it ("Ansar Allah movement",
        "Islamic Revolutionary Guards Corps" / "Revolutionary Guards"), and two of its own words
        are not generic: "Counter Terrorism Service" and "... Command" say only generic words, so
        they may be two bodies. "Forces" after a name may name another actor, its armed wing."""
        short, long_ = sorted((self._org_words(a), self._org_words(b)), key=len)
        if len(long_) == len(short) or sum(w not in self.generic for w in short) < 2:
            return False
        extra = self.generic - _ARMED_WING
        return any(all(w in extra for w in (*long_[:i], *long_[i + len(short):])) and
                   all(self._org_words_agree(x, y) for x, y in zip(short, long_[i:], strict=False))
                   for i in range(len(long_) - len(short) + 1))

    def _org_words_agree(self, a: str, b: str) -> bool:
        """Two words of organisation or place names: spellings of one word, or names of one
        place in the exonym table ("Shingal Resistance Units" / "Sinjar Resistance Units")."""
        if words_agree(a, b):
            return True
        group = self._exonym_group(a)
        return group is not None and group is self._exonym_group(b)

    def _same_words_translated(self, a: str, b: str) -> bool:
        """The same words in any order, but for an Arabic head word one name has where the
        other has its English translation ("Jaysh al-Mahdi" / "Mahdi Army", "Kata'ib al-Imam
        Ali" / "Imam Ali Brigades"), or a qualifier moved ("National Intelligence Service of
        Iraq" / "Iraqi National Intelligence Service" / "Iraq's ..."); two Arabic heads
        ("Kata'ib" / "Saraya") are not one, and a word other than a generic one must be shared."""
        left, right = self._org_words(a), self._org_words(b)
        if len(left) != len(right):
            return False
        translated = distinctive = False
        for word in left:
            hit = next((x for x in right if self._org_words_agree(word, x)), None)
            if hit is None:
                hit = next((x for x in right if x in self.translations.get(word, ())
                            or word in self.translations.get(x, ())
                            or _qualifier_base(x) == _qualifier_base(word)), None)
                translated = translated or hit is not None
            if hit is None:
                return False
            right.remove(hit)
            distinctive = distinctive or (word not in self.generic and hit not in self.generic)
        return translated and distinctive

    def _words_pair_up(self, a: str, b: str) -> bool:
        """Each word of one organisation or place name is a spelling of a word of the other,
        but for generic ones ("Naqshbandi Army" / "Naqshbandia") other than "forces", which may
        name an armed wing ("Kurdistan Regional Government Forces"); and a word they share is
        not generic where the two differ ("Counter Terrorism Command" / "Counter-Terrorism
        Forces" are two bodies)."""
        left, right = self._org_words(a), self._org_words(b)
        shared = False
        for word in list(left):
            hit = next((x for x in right if self._org_words_agree(word, x)), None)
            if hit is not None:
                left.remove(word)
                right.remove(hit)
                shared = shared or word not in self.generic
        return (shared or not left + right) and not (_ARMED_WING & {*left, *right}) and \
            all(w in self.generic or w in self.place_kinds for w in (*left, *right))

    def evidence_against(self, a: str, b: str, *, person: bool, strict_family: bool = True) -> bool:
        """Different numbers, look-alikes, place kinds, kunyas, initials, given names or
        family names: not one actor."""
        if numbers(a) != numbers(b):
            return True  # "12th Brigade" is not "14th Brigade", nor "Brigade"
        if self._lookalikes(a, b):
            return True
        if self.place_kinds and self._place_kind(a) != self._place_kind(b):
            return True  # "Baghdad" the city is not "Baghdad province"
        pa, pb = name_parts(a), name_parts(b)
        kunya_key = cross_script_key if is_arabic(a) != is_arabic(b) else name_key
        if pa.kunya and pb.kunya and (kunya_key(pa.kunya) != kunya_key(pb.kunya)
                                      or self._known_apart(pa.kunya.split()[1], pb.kunya.split()[1])):
            return True  # Abu al-Hasan is not Abu al-Husayn, though their keys meet
        if not person:
            return False
        initials_a = {w for w in fold(a).split() if len(w) == 1}
        initials_b = {w for w in fold(b).split() if len(w) == 1}
        if initials_a and initials_b and initials_a != initials_b:
            return True  # George W. Bush is not George H. W. Bush
        wa = given_name_form(" ".join(w for w in pa.words if len(w) > 1)).split()
        wb = given_name_form(" ".join(w for w in pb.words if len(w) > 1)).split()
        if strict_family and wa and wb and not self._family_names_agree(wa, wb) \
                and not self._kunya_and_more(a, b):
            return True
        if len(wa) >= 2 and len(wb) >= 2 and not pa.kunya and not pb.kunya:
            if is_arabic(a) != is_arabic(b):
                arabic, latin = (wa[0], wb[0]) if is_arabic(a) else (wb[0], wa[0])
                return not arabic_latin_agree(arabic, latin)
            return not self.given_names_agree(wa[0], wb[0])
        return False

    def other_names(self, name: str) -> tuple[str, ...]:
        """The other names of the place `name` names in the exonym table, if any."""
        return tuple(n for n in self._exonym_group(name) or () if n != name)

    def _exonym_group(self, name: str) -> tuple[str, ...] | None:
        """The exonym table's names of the place `name` spells: its key finds them, and its
        words must be theirs but for vowels and doubled letters (the key alone would make
        Senegal a name of Sinjar, for Shengal)."""
        group = self.exonyms.get(self._place_key(name))
        if not group:
            return None
        if is_arabic(name):
            spelt = any(normalize_arabic(name) == normalize_arabic(n)
                        or not is_arabic(n) and self._cross_same(name, n) for n in group)
        else:
            words = [vowel_class_key(unjoin(w)) for w in self._org_words(name)]
            spelt = any(words == [vowel_class_key(unjoin(w)) for w in self._org_words(n)] for n in group)
        return group if spelt else None

    def _place_key(self, name: str) -> str:
        """The key of a place's name without its kind: "Nineveh" for "Nineveh Governorate"."""
        return name_key(" ".join(w for w in fold(name).split() if w not in self.place_kinds))

    def _lookalikes(self, a: str, b: str) -> bool:
        ma, mb = self.lookalikes.get(name_key(a)), self.lookalikes.get(name_key(b))
        return bool(ma and mb and any(g == h and m != n for g, m in ma for h, n in mb))

    def _place_kind(self, name: str) -> str | None:
        return next((self.place_kinds[w] for w in fold(name).split() if w in self.place_kinds), None)


_TA_MARBUTA = re.compile(r"(?<=\w{3})at\b")


# "Kurdistan Regional Government Forces" are its armed wing, not the government
_ARMED_WING = {"force", "forces"}


def _joined(name: str) -> str:
    """A name's key with its words run together."""
    return name_key(name).replace(" ", "")


def _given_and_family(a: str, b: str) -> tuple[str, str]:
    """A two-word Arabic-script name and the first and last words of a longer Latin one
    ("هادي العامري", "Hadi Farhan al-Amiri" -> "hadi amiri"): a middle name one side only."""
    arabic, latin = (a, b) if is_arabic(a) else (b, a)
    words = given_name_form(latin).split()
    if len(given_name_form(arabic).split()) != 2 or len(words) < 3 or name_parts(latin).kunya:
        return arabic, latin
    return arabic, f"{words[0]} {words[-1]}"


def _parent_acronym(name: str) -> bool:
    """The name begins with an acronym before words of its own ("IRGC Quds Force", "PMF
    Security Directorate"): a parent body's, naming which one the rest belongs to."""
    words = re.split(r"[\s\-]+", name.strip())
    return len(words) >= 3 and is_acronym(words[0]) and not any(is_acronym(w) for w in words[1:])


def _acronym_of(short: str, full: str, *, strict: bool = False) -> str | None:
    """`short` when it is the acronym of `full` ("PMF", "Popular Mobilization Forces"). An
    acronym known already stands only for the full name's strict initials: "Jaysh al-Mukhtar"
    is not the "JAM" of Jaysh al-Mahdi, though "JAM" on its own may read as either."""
    if strict:
        return short if is_acronym(short) and " " in full.strip() and \
            acronym_letters(short) == initials(full) else None
    if is_acronym(short) and " " in full.strip() and acronym_letters(short) in acronyms(full):
        return short
    return None


def _middle_names_agree(short: list[str], long_: list[str]) -> bool:
    """The shorter name's middle names stand, in order, among the longer one's."""
    rest = iter(long_[1:-1])
    return all(any(words_agree(w, x) for x in rest) for w in short[1:-1])


def _without_kunya(words: list[str]) -> list[str]:
    """Words with "Abu X" left out."""
    out, skip = [], False
    for w in words:
        if skip:
            skip = False
        elif w in KUNYA:
            skip = True
        else:
            out.append(w)
    return out
