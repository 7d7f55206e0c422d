"""Headline verbs the small model reads as nouns.

Headline grammar puts a verb in the present tense right after its subject and drops the
articles: "IS seizes Mosul", "Sadr forms Saraya al-Salam", "Khamenei names Qaani". The
small English model, trained on prose, tags such a verb as a plural noun ("seizes" NNS)
and builds a parse in which no one does anything. Where a line reads so, the line is parsed
again with that one word in the past tense ("IS seized Mosul"), which the model reads well,
and the new tags and tree replace the old ones for that line; the text, its tokens and its
names stay as written.
"""

from __future__ import annotations

from spacy.attrs import DEP, HEAD, LEMMA, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

HEADLINE_VERBS = "shabaka_headline_verbs"  # where the pipeline's meta lists the verbs read here
MAX_HEADLINE_TOKENS = 30
PARSE_ATTRS = [TAG, POS, DEP, HEAD, LEMMA]
PARSING = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer")
# verbs only before "with" ("Sadr allies with KDP"; "Sadr allies Hakim, Abadi" names his allies)
WITH_VERBS = {"ally", "side", "cooperate", "collaborate", "partner", "team", "align"}
FINITE = {"VBD", "VBZ", "VBP", "MD"}
CLAUSE_DEPS = {"ROOT", "ccomp", "conj", "advcl", "relcl", "xcomp", "acl", "pcomp"}  # a verb heading a clause
# the past tenses no rule makes
IRREGULAR = {"lead": "led", "run": "ran", "hit": "hit", "take": "took", "hold": "held", "fight": "fought",
             "strike": "struck", "win": "won", "set": "set", "choose": "chose", "swear": "swore",
             "overrun": "overran", "overcome": "overcame", "shoot": "shot", "slay": "slew"}
# an acronym the model reads as an English word, read as a name when the line is parsed again
AS_NAMES = {"IS": "ISIS"}


def past_tense(verb: str) -> str:
    """The simple past of a regular or listed verb ("seize" -> "seized", "ally" -> "allied")."""
    if verb in IRREGULAR:
        return IRREGULAR[verb]
    if verb.endswith("e"):
        return verb + "d"
    if verb.endswith("y") and len(verb) > 2 and verb[-2] not in "aeiou":
        return verb[:-1] + "ied"
    if len(verb) <= 4 and verb[-1] in "bdgmnprt" and verb[-2] in "aeiou" and verb[-3:-2] not in set("aeiou"):
        return verb + verb[-1] + "ed"  # "ban" -> "banned"
    return verb + "ed"


def _stem(word: str, verbs: frozenset[str]) -> str | None:
    """The verb a third-person present is of ("seizes" -> "seize", "launches" -> "launch", "allies"
    -> "ally"), None where it is none of `verbs`."""
    forms = (word[:-1], word[:-2], word[:-3] + "y") if word.endswith("s") else ()
    return next((f for f in forms if f in verbs), None)


def _misread_verb(sent: Span, verbs: frozenset[str]) -> Token | None:
    """In a line whose root is no verb, the present-tense verb the model read as a noun (or as a
    verb with no clause of its own): the first word after a name ("IS seizes Mosul"), where no
    verb of its own follows it in the clause ("IS attacks kill ten": a noun)."""
    if len(sent) > MAX_HEADLINE_TOKENS:
        return None
    doc, last = sent.doc, sent.end - 1
    while last > sent.start and doc[last].is_space:
        last -= 1
    if doc[last].text in {".", "!", "?"} or sent.root.tag_ in FINITE and sent.root.ent_iob_ == "O":
        return None  # prose, or a line with a verb of its own ("Turkey pounds PKK targets": not "targets")
    for t in sent:
        if t.i == sent.start or t.ent_iob_ != "O" or doc[t.i - 1].ent_iob_ == "O":
            continue
        if t.pos_ in {"VERB", "AUX"} and t.dep_ in CLAUSE_DEPS:
            continue  # a verb read as one ("Washington says ..."): a later name may head a misread one
        stem = _stem(t.text, verbs) if t.is_alpha and t.is_lower else None
        if stem is None:
            return None
        following = next((w for w in doc[t.i + 1:sent.end] if not w.is_space), None)
        if following is None or following.is_punct or \
                (following.lower_ == "with") != (stem in WITH_VERBS) or \
                following.pos_ == "ADP" and following.lower_ != "with":
            return None  # "US sanctions against KH", "US strikes, KH retaliation": nouns
        for after in doc[t.i + 1:sent.end]:
            if after.is_punct or after.pos_ in {"ADP", "SCONJ", "CCONJ"} or after.lower_ == "to":
                break  # ("IS seizes Mosul as army units flee": another clause)
            if after.ent_iob_ == "O" and (after.tag_ in FINITE or after.pos_ == "VERB"):
                return None  # "IS attacks kill ten", "KH targets hit by US jets"
        return t
    return None


def headline_verbs(nlp: Language) -> frozenset[str]:
    """The verbs a headline line is read for, as the pipeline's meta lists them."""
    return frozenset(nlp.meta.get(HEADLINE_VERBS, ()))


def repair_headlines(nlp: Language, doc: Doc, verbs: frozenset[str]) -> Doc:
    """The Doc with each headline-style line (no full stop at its end) whose verb the model misread
    parsed again."""
    if not verbs or not doc.has_annotation("DEP"):
        return doc
    found = [(sent, verb) for sent in doc.sents if (verb := _misread_verb(sent, verbs)) is not None]
    if not found:
        return doc
    arr, changed = doc.to_array(PARSE_ATTRS), False
    for sent, verb in found:
        words = [past_tense(_stem(t.text, verbs)) if t.i == verb.i else AS_NAMES.get(t.text, t.text)
                 for t in sent]
        spaces = [bool(t.whitespace_) for t in sent]
        again = Doc(doc.vocab, words=words, spaces=spaces)
        for name, proc in nlp.pipeline:
            if name in PARSING:
                again = proc(again)
        read = again[verb.i - sent.start]
        if read.pos_ == "VERB" and read.dep_ in CLAUSE_DEPS:  # (else the line reads no better)
            arr[sent.start:sent.end] = again.to_array(PARSE_ATTRS)
            changed = True
    if changed:
        doc.from_array(PARSE_ATTRS, arr)
    return doc
