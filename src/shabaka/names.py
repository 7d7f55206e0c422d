"""Name normalisation shared by in-document chaining and cross-document resolution.

Arabic names reach English in many spellings. `fold` makes two spellings of
the same written form equal (script, case, apostrophes, hyphens); `name_parts`
separates the article and recognises kunya and nasab; `name_key` additionally
folds the usual transliteration variation so that Qassem/Qasem/Ghasem or
Hezbollah/Hizballah meet.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from anyascii import anyascii

# Marks for hamza and ayn, and every apostrophe-like character.
_MARKS = re.compile(r"['’‘`´ʼʻʿʾ′]")
_NON_WORD = re.compile(r"[^a-z0-9]+")
_ABUL = re.compile(r"\babul\b")  # Abu'l-Hasan, Abul-Hasan: the kunya with its article elided into it
ARTICLES = {"al", "el", "ad", "ash", "at", "as", "an", "ar", "az", "adh", "ath", "the"}
KUNYA = {"abu", "abou", "abo", "abw", "umm", "um", "om"}  # abw: Arabic-script abu, folded
NASAB = {"bin", "ibn", "ben", "bint", "ebn"}
TITLE_MODIFIERS = {"deputy", "acting", "former", "late", "then", "interim", "vice", "assistant"}

# Transliteration folds applied to each word of a key, in order. Each is a
# (pattern, replacement) pair; tests cover one example per rule.
KEY_RULES: list[tuple[str, str]] = [
    (r"^o", "u"),           # Osama / Usama, Omar / Umar
    (r"^e", "i"),           # Esmail / Ismail
    (r"(?<=...)at$", "a"),  # ta marbuta written -at or -a: Taliat / Talia
    (r"(?<=...[^aeiouy])ah$", "a"),  # or -ah: Fallujah / Falluja, Hamzah / Hamza (not Falah, Salah)
    (r"(?<=...[^aeiouy])e$", "a"),  # or -e, as Kurdish, Persian and Turkish write it: Peshmerge / Peshmerga
    (r"^gh", "q"),          # Ghasem / Qasem
    (r"^g(?=h?a)", "q"),    # Gasem (Iraqi q as g) at a word start before a
    (r"kh", "k"),           # Khazali / Kazali ... (kh and k rarely contrast in English spellings)
    (r"q", "k"),            # Qaani / Kaani, Iraq / Irak
    (r"ph", "f"),
    (r"[dt]h", "d"),        # Fayyadh / Fayyad, Kadhimi / Kathimi (dhal, tha and dha)
    (r"sh", "s"),
    (r"ou", "u"),           # Moustafa / Mustafa
    (r"(?<=[a-z])[aou]w(?=[^aeiouy])", "u"),  # waw after a vowel: Jawlani / Jolani / Julani
    (r"oo", "u"),
    (r"ee", "i"),           # Sheekh / Shikh
    (r"ei", "i"),           # Soleimani / Solimani
    (r"ai", "i"),           # Sulaimani / Sulimani
    (r"ay", "i"),           # Zaydi / Zidi
    (r"ey", "i"),
    (r"ie", "i"),
    (r"(?<=[^aeiouy])y+$", "i"),  # Saady / Saadi, Sabry / Sabri (Egyptian and Levantine -y)
    (r"ae", "a"),           # Kataeb / Katab
    (r"aa", "a"),
    (r"(?<=[a-z])[aeiouy](?=[a-z])", ""),  # inner vowels vary freely: keep the skeleton
    (r"([a-z])\1+", r"\1"),  # doubled letters: Qassem / Qasem
]
_KEY_RULES = [(re.compile(p), r) for p, r in KEY_RULES]


_ARABIC_ARTICLE = re.compile(r"(?<![\u0600-\u06FF])[اٱ]ل(?=[\u0600-\u06FF])")
ALLAH = {"allah", "ullah", "illah"}  # the second word of a compound name: Nasr Allah, Fadl Allah
ABD_PREFIXES = ("abdul", "abdel", "abdal", "abdol", "abdu", "abd", "bd")  # bd: Arabic-script abd, folded
# Harakat, superscript alef and tatweel: written or not, the name is the same.
HARAKAT = re.compile("[\u064B-\u065F\u0670\u0640]")
# Hamza seats and alef forms, alef maqsura, taa marbuta, Persian yeh and kaf,
# zero-width non-joiner: the spellings that vary for one Arabic-script name.
_ARABIC_FOLDS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و",
                               "ئ": "ي", "ء": "", "ی": "ي", "ک": "ك", "\u200c": " "})
_INITIAL_HAMZA_SEAT = re.compile("(?<![\u0600-\u06FF])\u0626")
ARABIC_LETTER = re.compile("[\u0621-\u064A\u066E-\u06D3\u06FA-\u06FF]")


def normalize_arabic(text: str) -> str:
    """One form for every vowelling and hamza spelling of Arabic-script text; other text unchanged.
    A word-initial ئ only carries a vowel (Kurdish ئاسایش, Asayish)."""
    return _INITIAL_HAMZA_SEAT.sub("", HARAKAT.sub("", text)).translate(_ARABIC_FOLDS)


@lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """Lowercase ASCII words separated by single spaces: script, marks and hyphens folded."""
    # the article is a plain alef and lam: read before hamza folds make آلاء or إلياس look like one
    text = _ARABIC_ARTICLE.sub("al-", HARAKAT.sub("", unicodedata.normalize("NFKC", text)))
    text = normalize_arabic(text).replace("ا", "a")  # anyascii drops a bare alef
    text = _MARKS.sub("", text)
    text = anyascii(text).lower()
    text = _MARKS.sub("", text)
    return _ABUL.sub("abu al", _NON_WORD.sub(" ", text).strip())


@dataclass(frozen=True, slots=True)
class NameParts:
    """A personal or organisational name split into its parts."""

    words: tuple[str, ...]          # folded words without articles
    kunya: str | None = None        # "abu mahdi"
    nasab: tuple[str, ...] = ()     # ("ibn salman",)


@lru_cache(maxsize=200_000)
def name_parts(text: str) -> NameParts:
    words = fold(text).split()
    kunya = None
    nasab: list[str] = []
    out: list[str] = []
    i = 0
    while i < len(words):
        word = words[i]
        if word in ARTICLES:
            i += 1
            continue
        nxt = next((w for w in words[i + 1:] if w not in ARTICLES), None)
        if word in KUNYA and nxt:
            kunya = kunya or f"abu {nxt}"
        elif word in NASAB and nxt:
            nasab.append(f"bin {nxt}")
        out.append(word)
        i += 1
    return NameParts(tuple(out), kunya, tuple(nasab))


def strip_titles(text: str, titles: set[str], keep: set[str] = frozenset()) -> str:
    """Drop leading titles and ranks ("Lt. Gen.", "Sheikh") from a name; an honorific in
    `keep` stays before a lone word, where it is part of a nom de guerre ("Hajj Radwan")."""
    words = text.split()
    changed = True
    while changed and len(words) > 1:
        changed = False
        if fold(words[0]) in TITLE_MODIFIERS and any(
                fold(" ".join(words[1:1 + n])) in titles for n in (3, 2, 1) if 1 + n < len(words)):
            words, changed = words[1:], True  # "Deputy Interior Minister", "former Prime Minister"
            continue
        for n in (3, 2, 1):
            head = fold(" ".join(words[:n]))
            if n < len(words) and head in titles and not (head in keep and n == len(words) - 1):
                words = words[n:]
                changed = True
                break
    return " ".join(words)


@lru_cache(maxsize=200_000)
def word_key(word: str) -> str:
    for pattern, replacement in _KEY_RULES:
        word = pattern.sub(replacement, word)
    return word


@lru_cache(maxsize=200_000)
def name_key(text: str) -> str:
    """A matching key: articles dropped, transliteration variation folded."""
    words = [w for w in fold(text).split() if w not in ARTICLES]
    if len(words) >= 3:  # a middle initial ("Kevin J. Bergner") is not part of the key
        words = [w for w in words if len(w) > 1]
    words = ["abu" if w in KUNYA else "bin" if w in NASAB else w for w in words]
    return " ".join(word_key(w) for w in _join_abd(words))


@lru_cache(maxsize=200_000)
def given_name_form(text: str) -> str:
    """A given name folded, article dropped and 'Abd al-X' compounds joined."""
    return " ".join(_join_abd([w for w in fold(text).split() if w not in ARTICLES]))


def _join_abd(words: list[str]) -> list[str]:
    """'Abdul Aziz', 'Abd al-Aziz', 'Abdel Aziz' and 'Abdulaziz' are one name: 'abd' + 'aziz';
    'Nasr Allah' and 'Nasrallah' are one word."""
    out: list[str] = []
    i = 0
    while i < len(words):
        word = words[i]
        if word in ALLAH and out:
            out[-1] += "allah"
            i += 1
            continue
        if word in ABD_PREFIXES and i + 1 < len(words):
            out.append("abd" + words[i + 1])
            i += 2
            continue
        prefix = next((p for p in ABD_PREFIXES if word.startswith(p) and len(word) > len(p) + 2), None)
        out.append("abd" + word[len(prefix):] if prefix else word)
        i += 1
    return out


# Consonant classes that Latin spellings of one Arabic letter fall into; vowels,
# w and y (long vowels in Arabic script) and ta marbuta's final h are dropped.
_SKELETON_RULES = [(re.compile(p), r) for p, r in [
    (r"^(\d+)(st|nd|rd|th)$", r"\1"), (r"sch|sh|ch", "s"), (r"kh|gh|[qgjc]", "k"), (r"ph|v", "f"),
    (r"p", "b"),  # Arabic script has no p: Peshmerga is البيشمركة
    (r"dh|th|[zt]", "d"),
    (r"(?<=.)h$", ""), (r"[aeiouwy]", ""), (r"([a-z])\1+", r"\1")]]


@lru_cache(maxsize=200_000)
def skeleton(word: str) -> str:
    """A folded word's consonant skeleton: what an Arabic-script spelling and every Latin one share."""
    for pattern, replacement in _SKELETON_RULES:
        word = pattern.sub(replacement, word)
    return word


def unjoin(word: str) -> str:
    """A folded word without a joined article ("alsadr" -> "sadr")."""
    return word[2:] if word.startswith(("al", "el")) and len(word) >= 6 else word


def is_acronym(text: str) -> bool:
    """Upper-case letters, dots or hyphens, eight letters at most: "PMF", "IRGC-QF"."""
    letters = text.replace("-", "").replace(".", "")
    return letters.isupper() and letters.isalpha() and len(letters) <= 8


def is_arabic(text: str) -> bool:
    return ARABIC_LETTER.search(text) is not None


@lru_cache(maxsize=200_000)
def blocks(text: str) -> tuple[str, ...]:
    """Candidate keys of a name, so that every plausible spelling of it meets it: the
    skeleton of each word (with a joined article or without), of its first and last
    words together (still specific where one word is common: "hsm|hsm" for Hisham
    al-Hashimi among the Hashims), and its initials."""
    if is_acronym(text):
        return ("#" + acronym_letters(text),)  # meets only itself and its expansions
    words = [w for w in fold(text).split() if w not in ARTICLES]
    out: dict[str, None] = {}
    skeletons = [{skeleton(form) for form in (word, unjoin(word))} for word in words
                 if word not in KUNYA and word not in NASAB]
    for forms in skeletons:
        out.update((key, None) for key in sorted(forms) if len(key) >= 2 or key.isdigit())
    if len(skeletons) >= 2:
        out.update((f"{a}|{b}", None) for a in sorted(skeletons[0]) for b in sorted(skeletons[-1]))
        out[skeleton("".join(words))] = None  # the words run together: "Pesh Merga" meets "Peshmerga"
    if len(words) >= 2 and not is_arabic(text):
        out.update(("#" + letters, None) for letters in sorted(acronyms(text)))
    return tuple(out)


def block_key(text: str) -> str:
    """The blocking key for fuzzy matching: the key of the last name word (the
    family name, or an organisation's last word), so candidates stay few."""
    words = name_key(text).split()
    return words[-1] if words else ""


_LINK_WORDS = frozenset({"of", "and", "for"})


def initials(text: str, *, articles: bool = False, links: frozenset[str] = _LINK_WORDS) -> str:
    """Upper-case initials of the significant words: "Kata'ib Hezbollah" -> "KH"; with
    `articles`, an Arabic article counts ("Jaysh al-Mahdi" -> "JAM")."""
    words = [w for w in re.split(r"[\s\-]+", text) if w]
    return "".join(w[0].upper() for w in words if w[:1].isalpha() and w.lower() not in links and (
        w.lower() not in ARTICLES or articles and w.lower() in ("al", "el")))


@lru_cache(maxsize=200_000)
def acronyms(text: str) -> frozenset[str]:
    """Every acronym a name is written as: with its Arabic articles or without ("JAM" for
    Jaysh al-Mahdi, "AAH" for Asa'ib Ahl al-Haq), with "in" or without ("AQI" for al-Qaeda
    in Iraq)."""
    return frozenset(initials(text, articles=articles, links=links) for articles in (False, True)
                     for links in (_LINK_WORDS, _LINK_WORDS | {"in"}))


def acronym_letters(text: str) -> str:
    """An acronym's letters as written, dots and hyphens left out, diacritics folded ("YBŞ" is "YBS")."""
    return anyascii(text.replace("-", "").replace(".", ""))
