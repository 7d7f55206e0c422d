"""A long text gets the same claims as its parts: the position lookups that keep the claims
stage linear (mention spans, date entities by sentence) agree with spaCy's own answers."""

from __future__ import annotations

from collections import defaultdict

import pytest

# Written for the test: a role, an apposition, a birth and a killing with their years.
PARAGRAPH = (
    "Lt. Gen. Qais Khalaf Rahima was born in Maysan in July 1962. "
    "Hadi al-Amiri, the head of the Badr Organization, spoke to reporters in Baghdad. "
    "Quds Force commander Esmail Qaani arrived in Baghdad on Monday. "
    "A U.S. airstrike killed Qasem Soleimani in January 2020.\n\n"
)
COPIES = 40


@pytest.fixture(scope="module")
def long_doc(tmp_path_factory):
    """The paragraph repeated, annotated and extracted once: (Doc, Extraction, KnowledgeBase)."""
    from shabaka.annotate.sections import annotate
    from shabaka.config import Settings
    from shabaka.extract import Extractor
    from shabaka.kb import KnowledgeBase

    settings = Settings()
    settings.db = tmp_path_factory.mktemp("long") / "kb.db"
    kb = KnowledgeBase(settings)
    doc = next(annotate(kb.nlp, [PARAGRAPH * COPIES]))
    yield doc, Extractor(kb.pack, kb.ontology)(doc), kb
    kb.close()


def test_every_copy_of_a_paragraph_gets_the_same_claims(long_doc):
    doc, ex, _ = long_doc
    per_copy: dict[int, set] = defaultdict(set)
    for c in ex.claims:
        copy, offset = divmod(c.evidence_start, len(PARAGRAPH))
        per_copy[copy].add((ex.chains[c.subject].key or ex.chains[c.subject].name, c.relation,
                            ex.chains[c.object].key or ex.chains[c.object].name,
                            offset, c.evidence_end - c.evidence_start, c.role, c.start))
    # the first copy has nothing before it; every later one reads the same as the second
    assert sorted(per_copy) == list(range(COPIES))
    assert all(per_copy[k] == per_copy[1] for k in range(2, COPIES))
    found = {(s, r, o, start) for s, r, o, _, _, _, start in per_copy[COPIES - 1]}
    assert ("hadi_al_amiri", "leads", "badr_organization", None) in found
    assert ("ismail_qaani", "leads", "quds_force", None) in found
    assert ("Qais Khalaf Rahima", "born_in", "maysan_governorate", "1962-07") in found
    assert any(r == "killed" and o == "qasem_soleimani" and start == "2020-01"
               for _, r, o, start in found), found


def test_position_lookups_agree_with_spacy_everywhere_in_the_text(long_doc):
    from shabaka.extract.relations import ClaimBuilder

    doc, ex, kb = long_doc
    assert doc.tensor.size == 0  # annotate keeps no token vectors: nothing reads them
    builder = ClaimBuilder(doc, ex, kb.pack, kb.ontology, None)
    tokens: dict[int, list[int]] = defaultdict(list)
    for t, mi in builder.token_mention.items():
        tokens[mi].append(t)
    assert len(tokens) >= 6 * COPIES
    for mi, ts in tokens.items():
        assert builder._mention_span(mi) == (min(ts), max(ts) + 1)
    dated = 0
    for sent in doc.sents:
        expected = [ent for ent in sent.ents if ent.label_ == "DATE"]
        assert builder._dates_in(sent) == expected
        dated += bool(expected)
    assert dated >= 3 * COPIES


class _CountingDict(dict):
    """A dict that counts the entries it is asked for, a whole scan counting every entry."""

    reads = 0

    def get(self, key, default=None):
        self.reads += 1
        return super().get(key, default)

    def __getitem__(self, key):
        self.reads += 1
        return super().__getitem__(key)

    def items(self):
        self.reads += len(self)
        return super().items()


def test_the_claims_stage_reads_the_mention_index_in_proportion_to_the_text(long_doc):
    """Twice the text, twice the lookups: no rule scans every mention for each one it meets."""
    from shabaka.annotate.sections import annotate
    from shabaka.extract import Extractor
    from shabaka.extract.relations import ClaimBuilder

    doc, ex, kb = long_doc
    half = next(annotate(kb.nlp, [PARAGRAPH * (COPIES // 2)]))
    reads = []
    for part, part_ex in ((half, Extractor(kb.pack, kb.ontology)(half)), (doc, ex)):
        builder = ClaimBuilder(part, part_ex, kb.pack, kb.ontology, None)
        builder.token_mention = _CountingDict(builder.token_mention)
        assert builder.run()
        reads.append(builder.token_mention.reads)
    assert reads[1] <= 2.2 * reads[0], reads


@pytest.mark.parametrize("text", [
    "the 47th popular mobilization forces brigade",
    "the badr organization's ninth brigade",
    "kata'ib hezbollah 45th brigade",
    "multi-national force - iraq special unit",
    "u.s. army 1st brigade",
    "the iraqi army's 9th armoured division",
    "popular mobilization forces",
    "pmf_brigade 30",
])
def test_names_inside_a_unit_name_are_found_as_the_regex_finds_them(text):
    """The names inside a unit's name, found by looking up each stretch between word
    boundaries, are the ones a whole-word search for every name finds, in the same order."""
    import re

    from shabaka.extract.relations.parts import _names_within

    written = ["popular mobilization forces", "badr organization", "kata'ib hezbollah", "iraq",
               "multi-national force - iraq", "u.s. army", "u.s.", "army", "iraqi army", "forces brigade",
               "mobilization", "pmf", "ninth brigade", "the 47th popular mobilization forces brigade",
               "organization's ninth", "hezbollah 45th", "- iraq special", "brigade 30"]
    names = {name: 10 * k for k, name in enumerate(written)}
    rank = {name: k for k, name in enumerate(names)}
    expected = [mi for name, mi in names.items()
                if name != text and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text)]
    assert _names_within(text, names, rank) == expected
    assert expected or text == "pmf_brigade 30"  # only the underscore joins words in the cases above
