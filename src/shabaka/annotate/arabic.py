"""Names no pack knows, in Arabic-script text, from how Arabic names are built.

The English model does not read Arabic script, and the packs know only their
own actors; so people are found from the parts of an Arabic name (an honorific,
a kunya, a known given name, a nasab, a nisba ending in -i) and organisations
from their head word (كتائب, عصائب, سرايا ...), with the data in
arabic_names.yaml. A name must show two of these parts, so a lone given name or
a head word followed by an adjective is not taken for a name.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import yaml
from spacy.tokens import Doc, Span

from shabaka.annotate.tokens import token_table
from shabaka.names import ARABIC_LETTER, HARAKAT, is_arabic

DATA_PATH = Path(__file__).with_name("arabic_names.yaml")
_ALEFS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا"})
MAX_NAME_WORDS = 5
_WORD = re.compile(f"(?:{ARABIC_LETTER.pattern}|{HARAKAT.pattern})+")


def _norm(word: str) -> str:
    """Harakat dropped and alef forms folded; alef maqsura kept (على is not علي)."""
    return HARAKAT.sub("", word).translate(_ALEFS)


@cache
def _data() -> dict:
    return yaml.safe_load(DATA_PATH.read_text(encoding="utf-8"))


@cache
def _cues() -> dict[str, object]:
    data = _data()
    lists = ("honorifics", "kunya", "nasab", "compound", "given_names", "stop_words", "ambiguous_given_names",
             "not_after_head")
    cues: dict[str, object] = {k: {_norm(w) for w in data[k]} for k in lists}
    cues["group_heads"] = {_norm(w): t for w, t in data["group_heads"].items()}
    return cues


def clitic_prefix() -> str:
    """A tokenizer prefix: the conjunction و or preposition ب / ل written onto a word that
    begins a name ("وأبو فدك", "لعصائب أهل الحق"), so the name is a token sequence of its own.
    Only before words of arabic_names.yaml, so وليد (Walid) stays whole."""
    data = _data()
    cues = {str(w) for k in ("honorifics", "kunya", "given_names") for w in data[k]}
    cues |= set(data["group_heads"])
    words = sorted(cues | {w.translate(_ALEFS) for w in cues}, key=len, reverse=True)
    return f"^[وبل](?=[بل]?(?:{'|'.join(map(re.escape, words))})(?![\u0621-\u064A]))"


class ArabicNames:
    """Finds person and organisation names in the Arabic-script stretches of a Doc."""

    def __init__(self):
        cues = _cues()
        self.honorifics, self.kunya, self.nasab = cues["honorifics"], cues["kunya"], cues["nasab"]
        self.compound, self.given, self.stop = cues["compound"], cues["given_names"], cues["stop_words"]
        self.heads = cues["group_heads"]
        self.ambiguous, self.not_after_head = cues["ambiguous_given_names"], cues["not_after_head"]

    def __call__(self, doc: Doc, taken: list[Span]) -> list[Span]:
        """Spans for names outside the `taken` ones."""
        if not is_arabic(token_table(doc).doc_text):
            return []
        busy = {i for span in taken for i in range(span.start, span.end)}
        # only whole Arabic words: "الله)—or" is a token the English tokenizer left unsplit
        words = [_norm(t.text) if _WORD.fullmatch(t.text) and t.i not in busy else "" for t in doc]
        found: list[Span] = []
        i = 0
        while i < len(doc):
            start = i + 1 if words[i] in self.honorifics else i
            span = self._person(doc, words, start, honoured=start > i) or self._group(doc, words, i)
            if span is None:
                i += 1
                continue
            found.append(span)
            i = span.end
        return found

    def _word(self, words: list[str], k: int) -> bool:
        return k < len(words) and bool(words[k]) and words[k] not in self.stop

    def _nisba(self, word: str) -> bool:
        """al-X ending in -i (العامري), or a family name ending in -i (سليماني)."""
        return word.endswith("ي") and (len(word) >= 5 if word.startswith("ال") else len(word) >= 4)

    def _person(self, doc: Doc, words: list[str], start: int, honoured: bool) -> Span | None:
        """[honorific] (kunya X | given name) then given names, nasab and nisba; two parts at least.
        A kunya with a known name takes an al- laqab (أبو مهدي المهندس); after an honorific
        a given name no list holds counts before a known name or al- nisba (اللواء تحسين
        الخفاجي); a given name that is also a common word needs one of those after it."""
        k, parts = start, 1 + honoured
        if not self._word(words, k):
            return None
        kunya = words[k] in self.kunya and self._word(words, k + 1)
        if kunya:
            parts += words[k + 1] in self.given  # أبو بكر, not أبو غريب
            k += 2
        elif words[k] in self.compound and self._word(words, k + 1) and words[k + 1].startswith("ال"):
            parts += 1  # عبد اللطيف is a name on its own
            k += 2
        elif words[k] in self.given or honoured and self._unlisted_given(words, k):
            k += 1
        else:
            return None
        first = k
        ambiguous = k == start + 1 and words[start] in self.ambiguous
        while k < len(words) and k - start < MAX_NAME_WORDS and self._word(words, k):
            word = words[k]
            if ambiguous and k == first and word not in self.given and word not in self.nasab \
                    and not word.startswith("ال"):
                break  # نصر عسكري: a common word and its adjective
            if word in self.nasab and self._word(words, k + 1):
                k += 2
            elif word in self.given or self._nisba(word):
                k += 1
            elif kunya and parts >= 2 and k == first and word.startswith("ال") and len(word) >= 4 \
                    and not word.endswith("ة"):
                k += 1  # a laqab after the kunya: أبو مهدي المهندس
            elif word in self.compound and self._word(words, k + 1) and words[k + 1].startswith("ال"):
                k += 2
            elif honoured and k == first and len(word) >= 4 and not word.endswith("ة"):
                k += 1  # السيد مقتدى الصدر: after an honorific any family name
            elif self._word(words, k + 1) and self._nisba(words[k + 1]) and not word.startswith("ال") \
                    and not word.endswith("ة"):
                k += 2  # محمد شياع السوداني: a father's name no list holds, then the nisba
            else:
                break
            parts += 1
        if parts < 2 or k - start < 2:
            return None
        return Span(doc, start, k, label="PERSON")

    def _unlisted_given(self, words: list[str], k: int) -> bool:
        """A word no list holds, taken for a given name when a known name or an al- nisba
        follows (تحسين الخفاجي), not an al- word or a feminine noun itself."""
        word = words[k]
        return len(word) >= 3 and not word.startswith("ال") and not word.endswith("ة") and \
            self._word(words, k + 1) and (words[k + 1] in self.given or
                                          words[k + 1].startswith("ال") and self._nisba(words[k + 1]))

    def _group(self, doc: Doc, words: list[str], i: int) -> Span | None:
        """A head word and the name it begins: up to its first al- word (كتائب حزب الله, عصائب
        أهل الحق) and an al- word after it (حركة حزب الله النجباء); or one proper name
        (منظمة بدر) that ends there, not an adjective agreeing with the head (حركة احتجاجية)."""
        label = self.heads.get(words[i])
        if label is None or i + 1 < len(words) and words[i + 1] in self.not_after_head:
            return None
        end = next((k + 1 for k in range(i + 1, min(i + 3, len(words)))
                    if self._word(words, k) and words[k].startswith("ال") and
                    all(self._word(words, m) for m in range(i + 1, k))), None)
        if end is not None:
            if self._word(words, end) and words[end].startswith("ال"):
                end += 1
        elif self._word(words, i + 1) and not words[i + 1].endswith("ة") and \
                (i + 2 >= len(doc) or not is_arabic(doc[i + 2].text) or words[i + 2] in self.stop):
            end = i + 2  # the name ends there: not the start of a longer one cut short
        else:
            return None
        return Span(doc, i, end, label=label)
