"""Ingest on a Ray cluster: the per-document work in a pool of actors, the writing here.

Each actor builds one `Pipeline` (spaCy, packs, relation model) and runs its
`process`, the code a local ingest runs, on batches of documents. The driver
reads the files (so it can skip content already stored before any NLP, and
the files need not be visible to the workers), sends batches out, and hands
the results back in input order, so resolution and storage see exactly what a
local run gives them. An actor that dies takes only its unfinished batches
with it: they go to the other actors (one document at a time, so a document
that kills every worker it meets fails alone) and a fresh actor takes its
place. Nothing is written by a worker, so nothing can be written twice.
"""

from __future__ import annotations

import logging
import os
import sys
from collections import deque
from collections.abc import Generator
from dataclasses import dataclass, field
from pathlib import Path

from shabaka.config import Settings
from shabaka.errors import ShabakaError, UsageError
from shabaka.model import Document

INSTALL_HINT = "pip install 'shabaka[scale]'"
IN_FLIGHT = 2  # batches queued on each actor: one running, one ready to start
MAX_ATTEMPTS = 3  # a document whose worker died this often fails alone


def import_ray(address: str | None = None):
    """The `ray` module, or a usage error (exit 2) saying how to install it.

    To join a cluster (`address`) that `ray start` began with its token (~/.ray/auth_token,
    or RAY_AUTH_TOKEN), Ray must send the token: it reads RAY_AUTH_MODE when first imported.
    """
    if address and "RAY_AUTH_MODE" not in os.environ and has_cluster_token() and "ray" not in sys.modules:
        os.environ["RAY_AUTH_MODE"] = "token"
    try:
        import ray
    except ImportError:
        raise UsageError(f"--engine ray needs Ray, which is not installed: {INSTALL_HINT}") from None
    return ray


class _Worker:
    """One Ray actor: a pipeline loaded once, then batch after batch."""

    def __init__(self, settings: Settings):
        from shabaka.pipeline import Pipeline

        logging.getLogger("spacy").setLevel(logging.ERROR)
        self.pipeline = Pipeline(settings)
        self.pipeline.nlp  # noqa: B018  load now: a missing model fails the start, not a batch
        self.version = self.pipeline.pipeline_version

    def ready(self) -> tuple[str, int]:
        return self.version, os.getpid()

    def process(self, documents: list[Document]) -> list:
        return [result for _, result in self.pipeline.process(documents)]


@dataclass
class _Batch:
    indices: list[int]
    attempts: int = 0


@dataclass
class _Slot:
    actor: object
    generation: int = 0
    load: int = 0


@dataclass
class RayEngine:
    """A pool of Ray actors running the per-document work; `kb.ingest(..., engine=RayEngine(...))`.

    `address` is a cluster to join ("auto", "ray://head:10001"); None starts a local one (or
    uses the one this process already started). `workers` is the number of actors (default:
    one per CPU of the cluster).
    """

    settings: Settings
    address: str | None = None
    workers: int | None = None
    in_flight: int = IN_FLIGHT
    resubmitted: int = 0  # documents sent again because their worker died
    replaced: int = 0  # actors started in place of dead ones
    _slots: list[_Slot] = field(default_factory=list)
    _actor_class: object = None
    _started_ray: bool = False

    def start(self, version: str) -> None:
        """Join or start the cluster and the actors; refuse workers whose pipeline differs."""
        ray = import_ray(self.address)
        if not ray.is_initialized():
            try:
                ray.init(address=self.address, include_dashboard=False, log_to_driver=False,
                         logging_level=logging.WARNING)
            except (ConnectionError, ValueError, RuntimeError) as exc:
                raise UsageError(f"cannot reach the Ray cluster at {self.address or 'a new local one'}: "
                                 f"{exc}") from None
            self._started_ray = True
        cpus = int(ray.cluster_resources().get("CPU", 0))
        if cpus < 1 or (self.workers or 0) > cpus:  # an actor without a CPU would wait for ever
            self.close()
            raise UsageError(f"the Ray cluster has {cpus} CPUs: ask for at most that many workers "
                             "(--processes), or add machines with 'ray start --address'")
        count = self.workers or cpus
        self._slots = [_Slot(self._new_actor()) for _ in range(count)]
        try:
            versions = ray.get([slot.actor.ready.remote() for slot in self._slots])
        except ray.exceptions.RayActorError as exc:
            self.close()
            raise UsageError(f"a Ray worker could not load the pipeline: {_cause(exc)}") from None
        for found, _ in versions:
            if found != version:
                self.close()
                raise UsageError(
                    f"a Ray worker runs pipeline {found}, this machine {version}: install the same "
                    "Shabaka, spaCy model and packs (--pack files at the same path) on every machine")

    def pids(self) -> list[int]:
        """The process id of each live actor (the tests kill one)."""
        ray = import_ray()
        return [pid for _, pid in ray.get([slot.actor.ready.remote() for slot in self._slots])]

    def process(self, documents: list[Document], version: str) -> Generator[tuple[Document, object]]:
        """Each document with its result, in the order given, whatever order the actors finish in."""
        ray = import_ray()
        if not self._slots:
            self.start(version)
        size = max(1, self.settings.batch_size)
        todo = deque(_Batch(list(range(i, min(i + size, len(documents)))))
                     for i in range(0, len(documents), size))
        running: dict[object, tuple[int, int, _Batch]] = {}  # ref -> slot, generation, batch
        results: dict[int, object] = {}
        emitted = 0
        try:
            while emitted < len(documents):
                while todo:
                    index = min(range(len(self._slots)), key=lambda i: self._slots[i].load)
                    slot = self._slots[index]
                    if slot.load >= self.in_flight:
                        break
                    batch = todo.popleft()
                    ref = slot.actor.process.remote([documents[i] for i in batch.indices])
                    running[ref] = (index, slot.generation, batch)
                    slot.load += 1
                [ref], _ = ray.wait(list(running), num_returns=1)
                index, generation, batch = running.pop(ref)
                if self._slots[index].generation == generation:  # not a batch of an actor since replaced
                    self._slots[index].load -= 1
                try:
                    out = ray.get(ref)
                except (ray.exceptions.RayActorError, ray.exceptions.WorkerCrashedError,
                        ray.exceptions.ObjectLostError) as exc:
                    self._lost(index, generation, batch, todo, results, exc)
                except ray.exceptions.RayTaskError as exc:  # the batch itself could not be run
                    for i in batch.indices:
                        results.setdefault(i, f"extraction failed on a Ray worker ({_cause(exc)})")
                else:
                    for i, result in zip(batch.indices, out, strict=True):
                        results.setdefault(i, result)
                while emitted in results:
                    yield documents[emitted], results.pop(emitted)
                    emitted += 1
        finally:  # stopped early (interrupted): the actors drop what is queued, for the next run
            for ref in running:
                ray.cancel(ref)
            for slot in self._slots:
                slot.load = 0

    def _lost(self, index: int, generation: int, batch: _Batch, todo: deque, results: dict,
              exc: BaseException) -> None:
        """A batch whose actor died: a new actor in its place, the documents sent again."""
        slot = self._slots[index]
        if slot.generation == generation:  # the first of its batches to report the death
            if self.replaced >= MAX_ATTEMPTS * len(self._slots):
                raise ShabakaError(f"Ray workers keep dying ({self.replaced} replaced): {_cause(exc)}")
            import_ray().kill(slot.actor, no_restart=True)
            self._slots[index] = _Slot(self._new_actor(), generation + 1)
            self.replaced += 1
        attempts = batch.attempts + 1
        if attempts >= MAX_ATTEMPTS:
            for i in batch.indices:
                results.setdefault(i, f"extraction failed (its Ray worker died {attempts} times: "
                                      f"{_cause(exc)})")
            return
        self.resubmitted += len(batch.indices)
        # one document at a time, first in line: the run's order waits on them
        todo.extendleft(_Batch([i], attempts) for i in reversed(batch.indices))

    def _new_actor(self):
        if self._actor_class is None:
            self._actor_class = import_ray().remote(num_cpus=1, max_restarts=0)(_Worker)
        return self._actor_class.remote(self.settings)

    def close(self) -> None:
        """Stop the actors, and the cluster if this engine started it."""
        ray = import_ray()
        for slot in self._slots:
            ray.kill(slot.actor, no_restart=True)
        self._slots = []
        if self._started_ray:
            ray.shutdown()
            self._started_ray = False

    def __enter__(self) -> RayEngine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def has_cluster_token() -> bool:
    """Whether this machine holds a Ray cluster token (as `ray start --head` writes it)."""
    return bool(os.environ.get("RAY_AUTH_TOKEN")) or (Path.home() / ".ray" / "auth_token").is_file()


def _cause(exc: BaseException) -> str:
    """The first line of what a Ray error says, without its traceback."""
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__
