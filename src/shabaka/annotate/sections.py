"""Long texts annotated in sections and joined back into one Doc.

spaCy refuses texts over `nlp.max_length`, and the model's working memory grows with
the characters in a batch (440 MB for sixteen sections of 10,000 characters with
en_core_web_sm, 110 MB for four); a 45 MB report must neither
crash a batch nor take the machine. A text longer than `LONG_TEXT` is cut at
paragraph breaks (else line ends, sentence ends, spaces) into sections of at most
`SECTION_CHARS`, the sections go through `nlp.pipe` a few at a time,
and `Doc.from_docs` joins them: the joined Doc's text is the whole
text, so every character offset (evidence, highlights) stays right.
"""

from __future__ import annotations

import ctypes
import os
import re
import signal
import sys
from collections.abc import Iterable, Iterator
from functools import cache

import numpy
from spacy.language import Language
from spacy.tokens import Doc

from shabaka.annotate.headlines import headline_verbs, repair_headlines

# Articles and ordinary reports stay whole, so their annotation is what it always was.
LONG_TEXT = 100_000
SECTION_CHARS = 10_000
SECTION_BATCH = 4
# Where to cut, best first: a cut after one of these keeps sentences whole.
_BREAKS = ("\n\n", "\n", ". ", " ")
# A transliteration's hamza or ayn mark inside a word ("Kataʾib", "Asa`ib"): the model never
# saw one, and reads the word as another. A curly apostrophe it saw in training; straightened
# everywhere it cost more than it gave (an unknown "Ma’lak" split its sentence, a title's
# "Iran’s Foreign ..." became a name), so it is straightened only in the packs' names' words.
_MODIFIER_MARK = r"(?<=[^\W\d_])[ʾʿʼʻ`´](?=[^\W\d_])"
PARSER_WORDS = "shabaka_apostrophe_words"  # where the pipeline's meta lists those words


_MARK = re.compile("[’‘ʾʿʼʻ`´]")  # the marks straightened; a text with none reads as written
# "the Hashd [PMF]", "Qaani [also spelled Qa'ani]": a gloss in square brackets after a name, which the
# model and the rules read as they read one in parentheses (not a reference mark, "Baghdad.[3]",
# "[citation needed]", "[sic]", nor an editor's insertion, "the [KH] official", "They [the US] will")
_BRACKETED = re.compile(r"(?<=[\w.'’] )\[([^\[\]\n]{1,200})\]")
_PRONOUNS = {"i", "we", "you", "he", "she", "it", "they"}
_EDITORIAL = re.compile(r"(?i)^(?:\d+|[a-z]|citation[^\]]*|[\w ]*needed|sic|dubious|who\??|when\??|by whom\??"
                        r"|note \w+|clarification[^\]]*)$")


@cache
def _marks(words: tuple[str, ...]) -> re.Pattern[str]:
    named = "|".join(re.escape(w).replace("'", "[’‘]") for w in words)
    return re.compile(_MODIFIER_MARK + (rf"|\b(?:{named})\b" if named else ""), re.IGNORECASE)


def parser_text(text: str, words: tuple[str, ...] = ()) -> str:
    """The text as the model reads it: each transliteration mark inside a word, and the curly
    apostrophe of `words` (straight, lower case), made straight one character for one, so every
    offset into it is an offset into `text`."""
    if _MARK.search(text) is None:  # most texts: one pass over the characters, not the packs' words
        return text
    return _marks(words).sub(lambda m: _MARK.sub("'", m.group()), text)


def sections(text: str, size: int = SECTION_CHARS, long: int = LONG_TEXT) -> list[str]:
    """A text over `long` characters cut into pieces of at most `size` characters that join
    back into it exactly; a shorter text whole."""
    if len(text) <= long:
        return [text]
    pieces = []
    start = 0
    while len(text) - start > size:
        end = start + size
        for mark in _BREAKS:
            cut = text.rfind(mark, start + size // 2, end)
            if cut != -1:
                end = cut + len(mark)
                break
        pieces.append(text[start:end])
        start = end
    pieces.append(text[start:])
    return pieces


def glosses_in_parentheses(text: str) -> str:
    """The text with each bracketed gloss in parentheses, one character for one: monitoring
    digests gloss names in square brackets ("Kata'ib Hizballah [Hezbollah Brigades] secretary-
    general X"), where the model and the rules know parentheses. The stored text keeps the
    brackets; only the annotation reads them so."""
    if "[" not in text:
        return text
    def gloss(m: re.Match) -> str:
        before = text[:m.start()].split()[-1] if text[:m.start()].split() else ""
        named = before.split("-")[-1][:1].isupper() and before.lower() not in _PRONOUNS  # ("al-Amiri")
        inner = m.group(1).strip()
        # (not one word completing the name before it: "Saddam [Hussein]", "Uday [Hussein]")
        glossed = " " in inner or inner.isupper() and len(inner) > 1
        return f"({m.group(1)})" if named and glossed and not _EDITORIAL.match(inner) else m.group()
    return _BRACKETED.sub(gloss, text)


def annotate(nlp: Language, texts: Iterable[str], *, batch_size: int = 16,
             n_process: int = 1) -> Iterator[Doc]:
    """One annotated Doc per text, in order, however long the text.

    A long text takes an empty place in the stream and is annotated on its own when its
    turn comes, its sections `SECTION_BATCH` at a time, so a batch of its sections holds no
    more characters than an ordinary batch.
    """
    long: dict[int, str] = {}
    marked: dict[int, str] = {}  # texts the model reads with straightened marks, as written
    words = tuple(nlp.meta.get(PARSER_WORDS, ()))
    verbs = headline_verbs(nlp)

    def wholes() -> Iterator[str]:
        for i, text in enumerate(texts):
            text = glosses_in_parentheses(text)
            read = parser_text(text, words)
            if read != text:
                marked[i] = text
            if len(read) > LONG_TEXT:
                long[i] = read
                read = ""
            yield read

    if n_process > 1:
        _workers_die_with_parent()
    docs = nlp.pipe(wholes(), batch_size=batch_size, n_process=n_process)
    for i, doc in enumerate(docs):
        doc = _without_tensor(doc) if i not in long else _annotate_long(nlp, long.pop(i))
        yield repair_headlines(nlp, doc if i not in marked else _as_written(doc, marked.pop(i)), verbs)


def _annotate_long(nlp: Language, text: str) -> Doc:
    parts = [_without_tensor(d) for d in nlp.pipe(sections(text), batch_size=SECTION_BATCH)]
    # no whitespace added between sections: they already join into the text
    return Doc.from_docs(parts, ensure_whitespace=False, exclude=["tensor"])


def _as_written(doc: Doc, text: str) -> Doc:
    """The annotated Doc over the text as written (same tokens, tags, parse and names), so a
    name, an evidence quote and what is shown keep the writer's marks."""
    data = doc.to_dict(exclude=["tensor", "user_data"])
    data["text"] = text
    return Doc(doc.vocab).from_dict(data)


def _without_tensor(doc: Doc) -> Doc:
    """The Doc without the model's token vectors (96 floats a token in en_core_web_sm): nothing
    after the pipeline reads them, and they were most of the memory a long text's Doc held."""
    doc.tensor = numpy.zeros((0,), dtype="float32")
    return doc


_PR_SET_PDEATHSIG = 1


@cache
def _workers_die_with_parent() -> None:
    """spaCy's worker processes end when this process ends, even killed with SIGKILL.

    A killed parent never tells its workers to stop, and they would wait on their
    queues for ever. On Linux each forked child asks the kernel for SIGTERM when its
    parent dies; elsewhere nothing is changed.
    """
    if sys.platform.startswith("linux"):
        parent = os.getpid()
        os.register_at_fork(after_in_child=lambda: _die_with(parent))


def _die_with(parent: int) -> None:
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
    if os.getppid() != parent:  # the parent died before the request was made
        os._exit(1)
