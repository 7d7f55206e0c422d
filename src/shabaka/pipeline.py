"""The per-document work of ingest: packs, spaCy pipeline and relation model, loaded once.

A `Pipeline` needs only the settings, no knowledge base: the local ingest runs its
`process`, and so does each Ray actor (`shabaka.ingest.ray_engine`), so both give
the same extractions for the same text.
"""

from __future__ import annotations

import hashlib
from collections.abc import Generator, Iterator
from pathlib import Path

from shabaka import __version__
from shabaka.config import Settings
from shabaka.model import Document, Extraction
from shabaka.ontology import Pack, load_ontology, load_packs
from shabaka.ontology.loader import pack_paths

NLP_MAX_CHARS = 5_000_000
Result = Extraction | str  # what extraction found in a document, or why it failed


def failure(exc: BaseException) -> str:
    """The reason a document failed, as the ingest report and stderr give it."""
    return f"extraction failed ({type(exc).__name__}: {exc})"


class Pipeline:
    """The packs, the spaCy pipeline and the relation model: the per-document work of ingest.

    It holds no knowledge base, so a Ray worker builds one from the settings alone and
    runs the same `process` as a local ingest.
    """

    def __init__(self, settings: Settings):
        self.settings = settings
        self.ontology = load_ontology()
        self._pack: Pack | None = None
        self._nlp = None

    @property
    def pack_files(self) -> list[Path]:
        return pack_paths(self.settings.packs, default_packs=self.settings.default_packs)

    @property
    def pack(self) -> Pack:
        if self._pack is None:
            self._pack = load_packs(self.pack_files, self.ontology)
        return self._pack

    @property
    def nlp(self):
        if self._nlp is None:
            from shabaka.annotate import build_pipeline

            self._nlp = build_pipeline(self.settings.model, self.pack_files)
            self._nlp.max_length = NLP_MAX_CHARS
        return self._nlp

    @property
    def relation_model(self):
        """The relation scorer the settings name (None where they say "none")."""
        from shabaka.extract.scoring import RelationModel

        name = self.settings.relation_model
        if name and name.lower() == "none":
            return None
        return RelationModel.load(name)

    @property
    def pipeline_version(self) -> str:
        """Identifies the extraction setup, so a changed pack or model can be detected."""
        digest = hashlib.sha256()
        for path in self.pack_files:
            digest.update(Path(path).read_bytes())
        model = self.relation_model
        digest.update(model.path.read_bytes() if model is not None else b"rules only")
        return f"{__version__}/{self.settings.model}/{digest.hexdigest()[:12]}"

    def extract_text(self, text: str, published: str | None = None):
        """What extraction finds in a text, without storing anything."""
        from shabaka.annotate.sections import annotate
        from shabaka.extract import Extractor  # spaCy loads only when text is processed

        extractor = Extractor(self.pack, self.ontology, self.relation_model)
        return extractor(next(annotate(self.nlp, [text])), published)

    def process(self, documents: list[Document], n_process: int = 1) -> Generator[tuple[Document, Result]]:
        """Each document, in order, with what extraction found in it or why that failed."""
        from shabaka.extract import Extractor  # spaCy loads only when there is text to process

        extractor = Extractor(self.pack, self.ontology, self.relation_model)
        for document, spacy_doc in self._annotated(documents, n_process):
            try:
                if isinstance(spacy_doc, Exception):
                    raise spacy_doc
                yield document, extractor(spacy_doc, document.published)
            except Exception as exc:  # one bad document must not stop the batch
                yield document, failure(exc)

    def _annotated(self, pending: list[Document], n_process: int) -> Iterator[tuple[Document, object]]:
        """Each document with its spaCy Doc, or the exception annotating it raised.

        A failure inside a batch ends spaCy's generator; the documents after the last one
        annotated are then annotated one by one, so only a document that fails alone is lost.
        """
        from shabaka.annotate.sections import annotate

        done = 0
        texts = (d.text for d in pending)
        try:
            batch = self.settings.batch_size
            for spacy_doc in annotate(self.nlp, texts, batch_size=batch, n_process=n_process):
                yield pending[done], spacy_doc
                done += 1
        except Exception:
            for document in pending[done:]:
                try:
                    yield document, next(annotate(self.nlp, [document.text]))
                except Exception as exc:
                    yield document, exc
