"""Arabic-script name recognition scored on sentences written for the test (arabic_recognition.yaml).

Floors, not targets: the figures reached when the set was written, so a change that loses
names or invents them fails here.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import yaml

from shabaka.names import is_arabic

GOLD = Path(__file__).with_name("arabic_recognition.yaml")


@dataclass
class Score:
    true: int = 0
    predicted: int = 0
    gold: int = 0
    wrong: list[tuple[str, str]] = field(default_factory=list)   # (text, span) found but no name
    missed: list[tuple[str, str]] = field(default_factory=list)  # (text, name) not found

    @property
    def precision(self) -> float:
        return self.true / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.true / self.gold if self.gold else 1.0


def score(cases: list[dict], found: list[list[str]]) -> Score:
    """Each found Arabic-script span counts once against the gold names of its text; a gold
    name with alternatives is met by any of them."""
    result = Score()
    for case, spans in zip(cases, found, strict=True):
        gold = [tuple(n) if isinstance(n, list) else (n,) for n in case["names"]]
        left = Counter(spans)
        result.gold += len(gold)
        result.predicted += len(spans)
        for forms in gold:
            hit = next((f for f in forms if left[f] > 0), None)
            if hit is None:
                result.missed.append((case["text"], forms[0]))
            else:
                left[hit] -= 1
                result.true += 1
        result.wrong += [(case["text"], span) for span, n in left.items() for _ in range(n)]
    return result


def test_the_scorer_counts_alternatives_once_and_extra_spans_as_wrong():
    cases = [{"text": "t", "names": [["داعش", "تنظيم داعش"], "بغداد"]}, {"text": "u", "names": []}]
    s = score(cases, [["تنظيم داعش", "داعش"], ["جيش الاحتلال"]])
    assert (s.true, s.predicted, s.gold) == (1, 3, 2)
    assert s.missed == [("t", "بغداد")]
    assert s.wrong == [("t", "تنظيم داعش"), ("u", "جيش الاحتلال")]  # the first alternative met


@pytest.fixture(scope="module")
def gold() -> dict:
    return yaml.safe_load(GOLD.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def cases(gold) -> list[dict]:
    return gold["cases"] + gold["held_out"]


@pytest.fixture(scope="module")
def parts(gold) -> dict[str, slice]:
    """The cases the rules were fixed against, then the ones written after and not fixed on."""
    n = len(gold["cases"])
    return {"cases": slice(0, n), "held_out": slice(n, None)}


@pytest.fixture(scope="module")
def arabic_mentions(tmp_path_factory):
    """text -> the Arabic-script mentions the real pipeline finds in it."""
    from shabaka.config import Settings
    from shabaka.kb import KnowledgeBase

    settings = Settings()
    settings.db = tmp_path_factory.mktemp("arabic-recognition") / "kb.db"
    with KnowledgeBase(settings) as kb:
        yield lambda text: [m.text for m in kb.extract_text(text).mentions if is_arabic(m.text)]


@pytest.fixture(scope="module")
def found(cases, arabic_mentions) -> list[list[str]]:
    return [arabic_mentions(c["text"]) for c in cases]


@pytest.mark.parametrize(("text", "names"), [
    # a given name that is also a common word, before an adjective / a definite nisba
    ("وأشاد الوزير بما وصفه نصر تاريخي للقوات.", []),
    ("وقال نصر الشمري إن القوات تقدمت.", ["نصر الشمري"]),
    # a head word before a common noun / before a name
    ("وأكد أن جيش النظام قصف القرية.", []),
    ("وقاتل جيش المهدي في النجف عام 2004.", ["جيش المهدي", "النجف"]),
    # a laqab after a kunya with a known name, not after one with a word no list holds
    ("وقال ابو بكر البغدادي في تسجيل صوتي إن الحرب مستمرة.", ["ابو بكر البغدادي"]),
    ("وتقع ناحية أبو الخصيب الواقعة جنوب البصرة.", ["البصرة"]),
    # after an honorific, a given name no list holds, before an al- nisba / not before a noun
    ("وصرح العميد يحيى رسول الزبيدي بأن الهجوم فشل.", ["يحيى رسول الزبيدي"]),
    ("وقال العميد المتقاعد إن الهجوم فشل.", []),
    # a compound name is a name on its own
    ("وقال عبد الكريم إن التحقيق مستمر.", ["عبد الكريم"]),
])
def test_each_recognition_rule_on_sentences_written_here(arabic_mentions, text, names):
    assert arabic_mentions(text) == names


def test_the_set_tempts_with_non_names_and_holds_enough_names(cases):
    assert len(cases) >= 50
    assert sum(len(c["names"]) for c in cases) >= 60
    assert sum(not c["names"] for c in cases) >= 8


# (precision, recall) reached: fixed against "cases" (0.907 / 0.861 before, 1.000 / 0.924
# after); "held_out" scored once after (0.964 / 0.871)
FLOORS = {"cases": (0.98, 0.92), "held_out": (0.96, 0.87)}


@pytest.mark.parametrize("part", FLOORS)
def test_arabic_names_are_recognised_with_few_false_names(cases, found, parts, part):
    s = score(cases[parts[part]], found[parts[part]])
    precision, recall = FLOORS[part]
    assert s.precision >= precision, s.wrong
    assert s.recall >= recall, s.missed
