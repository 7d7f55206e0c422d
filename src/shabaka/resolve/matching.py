"""Whether two names can name the same actor: the resolver's one test of sameness.

Keys fold transliteration variation (names.py); on top of that, evidence
against a match wins: given names from different variant groups
(Hisham/Hashim, Qais/Laith), different kunyas, different initials, family
names whose vowels differ beyond spelling habit (Khamenei/Khomeini), or
spellings too far apart (Kenya/Ghana).
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from shabaka.names import fold, given_name_form, name_key, name_parts

MIN_SPELLING_SIMILARITY = 70
MIN_WORD_SIMILARITY = 85
_VOWEL_CLASSES = str.maketrans({"e": "i", "y": "i", "o": "u"})
_VOWELS = re.compile(r"[aeiouy]")


def vowel_class_key(word: str) -> str:
    """A word with vowels folded by class (e/i/y, o/u) and doubled letters collapsed."""
    word = word.translate(_VOWEL_CLASSES).replace("dh", "d").replace("th", "d")
    return re.sub(r"(.)\1+", r"\1", word).replace("ii", "i").replace("ai", "i")


def _consonants(word: str) -> str:
    return re.sub(r"(.)\1+", r"\1", _VOWELS.sub("", word))


def words_agree(a: str, b: str) -> bool:
    """Two spellings of one name word: same vowel classes, very alike, or the same
    consonants where one was written without vowels (from Arabic script)."""
    if a == b or vowel_class_key(a) == vowel_class_key(b):
        return True
    if len(_VOWELS.findall(a[:-1])) == 0 or len(_VOWELS.findall(b[:-1])) == 0:
        return _consonants(a) == _consonants(b)
    return fuzz.ratio(a, b) >= MIN_WORD_SIMILARITY


class NameMatcher:
    """Decides name sameness with the given-name variant groups of the loaded packs."""

    def __init__(self, given_name_groups: dict[str, int] | None = None):
        self.groups = given_name_groups or {}

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
        if name_key(a) != name_key(b):
            return False
        if fuzz.ratio(fold(a), fold(b)) < MIN_SPELLING_SIMILARITY:
            return False
        return not self.evidence_against(a, b, person=person)

    def similarity(self, a: str, b: str, *, person: bool = True) -> float:
        """0-100: how alike two names are, or 0 where evidence says they differ."""
        if self.evidence_against(a, b, person=person, strict_family=False):
            return 0.0
        return max(fuzz.ratio(name_key(a), name_key(b)), fuzz.token_sort_ratio(fold(a), fold(b)))

    def evidence_against(self, a: str, b: str, *, person: bool, strict_family: bool = True) -> bool:
        """Different kunyas, initials, given names or family names: not one person."""
        pa, pb = name_parts(a), name_parts(b)
        if pa.kunya and pb.kunya and name_key(pa.kunya) != name_key(pb.kunya):
            return True
        if not person:
            return False
        initials_a = {w for w in fold(a).split() if len(w) == 1}
        initials_b = {w for w in fold(b).split() if len(w) == 1}
        if initials_a and initials_b and initials_a != initials_b:
            return True  # George W. Bush is not George H. W. Bush
        wa = given_name_form(" ".join(w for w in pa.words if len(w) > 1)).split()
        wb = given_name_form(" ".join(w for w in pb.words if len(w) > 1)).split()
        if strict_family and wa and wb and not words_agree(wa[-1], wb[-1]):
            return True
        if len(wa) >= 2 and len(wb) >= 2 and not pa.kunya and not pb.kunya:
            return not self.given_names_agree(wa[0], wb[0])
        return False
