"""Claims: relations between chains, each tied to the sentence that states it.

Rules read token sequences and the dependency parse of one sentence at a time.
Each claim names the rule that produced it and carries a confidence; the
ontology decides which subject and object types a relation accepts, so a rule
never needs to know them. The words each rule reads (trigger verbs and nouns,
hyphen forms, role qualifiers ...) are the packs' `relation_wording`, so
another language or conflict adds its phrasing without a code change.
Precision comes before recall: a rule fires only on
wording that states the relation outright.
"""

from __future__ import annotations

from spacy.tokens import Doc

from shabaka.extract.relations.base import QUOTES, BuilderBase
from shabaka.extract.relations.coreference import Coreference
from shabaka.extract.relations.fields import Fields
from shabaka.extract.relations.nouns import Nouns
from shabaka.extract.relations.parts import Parts
from shabaka.extract.relations.roles import Roles
from shabaka.extract.relations.verbs import Verbs
from shabaka.model import Claim, Extraction
from shabaka.ontology import Ontology, Pack


class ClaimBuilder(Roles, Verbs, Nouns, Parts, Fields, Coreference, BuilderBase):
    """Runs the rules over one document and collects ontology-valid claims."""

    def run(self) -> list[Claim]:
        self.nested_units()
        self.colon_lists()
        self.fact_boxes()
        for sent in self.doc.sents:
            mentions = sorted({mi for i in range(sent.start, sent.end)
                               if (mi := self.token_mention.get(i)) is not None})
            if not mentions:
                continue
            if self._question(sent):
                # a question asserts nothing ("Who founded Badr?", "Is Iran arming KH?") but the titles it
                # gives ("Sheikh Akram, as secretary-general of Nujaba, has ...?")
                self.title_before_name(sent)
                self.office_title(sent)
                self.apposition(sent)
                self.copula_role(sent)
                continue
            self.title_before_name(sent)
            self.ranked_of_body(sent)
            self.owner_before_name(sent)
            self.office_title(sent)
            self.role_of_before_name(sent)
            self.apposition(sent)
            self.copula_role(sent)
            self.answers(sent)
            self.role_subject(sent)
            self.named_to_post(sent)
            self.hyphen_compounds(sent)
            self.verbs(sent)
            self.verbs_taken_for_nouns(sent)
            self.participle_taken_for_noun(sent)
            self.killing_taken_for_adjective(sent)
            self.died_in(sent)
            self.hostile_nouns(sent)
            self.target_of(sent)
            self.blamed_death(sent)
            self.under_control(sent)
            self.stronghold(sent)
            self.on_terror_list(sent)
            self.designation_grounds(sent)
            self.against(sent)
            self.between(sent)
            self.hyphen_pairs(sent)
            self.under_command(sent)
            self.group_of_person(sent)
            self.person_from(sent)
            self.part_of(sent)
            self.parenthetical_unit(sent)
            self.as_unit(sent)
            self.hyphen_unit(sent)
            self.successor(sent)
            self.took_over_from(sent)
            self.whose_role_is(sent)
            self.partner_verbs(sent)
            self.close_to(sent)
            self.relation_nouns(sent)
            self.received_aid(sent)
            self.gave_aid(sent)
            self.with_aid(sent)
            self.in_support_of(sent)
            self.aid_of(sent)
            self.side_by_side(sent)
            self.role_lists(sent)
            self.leader_possessive(sent)
            self.active_in(sent)
            self.took_leadership(sent)
            self.part_phrase(sent)
            self.and_other_units(sent)
            self.belongs_to(sent)
            self.ranks_of(sent)
            self.served_in(sent)
            self.opposing_prefix(sent)
            self.born_in(sent)
            self.freed_from(sent)
            self.drove_out(sent)
            self.merged_into(sent)
            self.split_from(sent)
            self.founding_of(sent)
            self.composition(sent)
            self.groups_within_include(sent)
            self.acting_together(sent)
            self.exchanged_fire(sent)
            self.at_war(sent)
            self.fronted_role(sent)
            self.fellows(sent)
        self.contested_ground()
        return self._without_weaker_claims()

    def _question(self, sent) -> bool:
        """A yes-no question ("Is Iran arming KH?", "Did the army cooperate with the PMF?") or one
        asking who did it ("Who founded Badr?"): it asserts nothing. "Why did the US kill Soleimani?"
        takes the killing as given, and is read."""
        last = next((t for t in reversed(sent) if not t.is_space and t.text not in QUOTES), None)
        if last is None or last.text != "?":
            return False
        words = [t for t in sent if not t.is_space and t.i not in self.label_tokens and t.text != ":"]
        return not any(w.lower_ in {"why", "how", "when", "where"} for w in words[:2])

    def _without_weaker_claims(self) -> list[Claim]:
        """A sentence that says X leads Y ("served as adviser and chairman of Y") does not also
        make X a mere member of Y; one that says X backs, leads or holds Y ("Iran has supported KSS and
        other Iran-aligned groups") does not also make them mere allies; and a document that says X killed
        Y does not also make them enemies (the ontology annotates a killing alone)."""
        # (nor does a man acting with the militia he leads ally with it)
        tied = {(a, b, c.evidence_end) for c in self.claims.values()
                if c.relation in {"backs", "leads", "member_of", "part_of"}
                for a, b in ((c.subject, c.object), (c.object, c.subject))}
        # a killing is `killed` alone, as the ontology annotates it, wherever the document also tells of
        # the fight between the two ("a US strike targeted the convoy carrying Soleimani")
        killing = {(a, b) for c in self.claims.values() if c.relation == "killed"
                   for a, b in ((c.subject, c.object), (c.object, c.subject))}
        leading = {(c.subject, c.object, c.evidence_end)
                   for c in self.claims.values() if c.relation == "leads"}
        return [c for c in self.claims.values()
                if not (c.relation == "member_of" and (c.subject, c.object, c.evidence_end) in leading)
                and not (c.relation == "allied_with" and (c.subject, c.object, c.evidence_end) in tied)
                and not (c.relation == "hostile_to" and (c.subject, c.object) in killing)]


def extract_claims(doc: Doc, ex: Extraction, pack: Pack, ontology: Ontology,
                   published: str | None) -> list[Claim]:
    return ClaimBuilder(doc, ex, pack, ontology, published).run()
