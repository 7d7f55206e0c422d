"""Long texts annotated in sections and joined back into one Doc.

spaCy refuses texts over `nlp.max_length`, and its parser's memory grows with the
text (about 1 GB per 100,000 characters in a batch); a 45 MB report must neither
crash a batch nor take the machine. A text longer than `LONG_TEXT` is cut at
paragraph breaks (else line ends, sentence ends, spaces) into sections of at most
`SECTION_CHARS`, the sections go through `nlp.pipe` like any
other text, and `Doc.from_docs` joins them: the joined Doc's text is the whole
text, so every character offset (evidence, highlights) stays right.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys
from collections.abc import Iterable, Iterator
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

# Articles and ordinary reports stay whole, so their annotation is what it always was.
LONG_TEXT = 100_000
SECTION_CHARS = 10_000
# Where to cut, best first: a cut after one of these keeps sentences whole.
_BREAKS = ("\n\n", "\n", ". ", " ")


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


def annotate(nlp: Language, texts: Iterable[str], *, batch_size: int = 16,
             n_process: int = 1) -> Iterator[Doc]:
    """One annotated Doc per text, in order, however long the text."""
    counts: list[int] = []

    def pieces() -> Iterator[str]:
        for text in texts:
            parts = sections(text)
            counts.append(len(parts))
            yield from parts

    if n_process > 1:
        _workers_die_with_parent()
    docs = nlp.pipe(pieces(), batch_size=batch_size, n_process=n_process)
    index = 0
    while True:
        first = next(docs, None)
        if first is None:
            return
        parts = [first]
        parts.extend(next(docs) for _ in range(counts[index] - 1))
        index += 1
        # no whitespace added between sections: they already join into the text
        doc = parts[0] if len(parts) == 1 else Doc.from_docs(parts, ensure_whitespace=False)
        del first, parts  # the sections are not kept alive while the caller works on the whole
        yield doc


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
