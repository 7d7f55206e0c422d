"""`shabaka train-relations`: fit the relation scorer on gold-annotated documents and Re-DocRED."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from shabaka.cli.app import app
from shabaka.cli.common import JsonOption, console, print_json, settings_for
from shabaka.errors import UsageError


@app.command("train-relations")
def train_relations(
    out: Annotated[Path, typer.Option(help="Where to write the model (JSON).")],
    gold: Annotated[list[Path], typer.Option(
        help="Gold file (JSON Lines); repeat with --docs for each set.")] = [],  # noqa: B006
    docs: Annotated[list[Path], typer.Option(
        help="Folder of the gold file's documents, in the same order.")] = [],  # noqa: B006
    redocred: Annotated[list[Path], typer.Option(
        help="Re-DocRED file or folder of them (dev_revised.json, test_revised.json): trains the "
             "pair model on the relations it maps (leads, member_of, part_of, founded, born_in).")
    ] = [],  # noqa: B006
    pairs: Annotated[bool, typer.Option(
        help="Fit the pair model (implied by --redocred or --rescore).")] = False,
    propose: Annotated[bool, typer.Option(
        help="Let the pair model propose claims the rules miss, above a threshold chosen by "
             "cross-validation on the training documents.")] = True,
    rescore: Annotated[list[str], typer.Option(
        help="A relation whose rule claims take the pair model's probability as confidence "
             "instead of their rule's precision; repeat for more.")] = [],  # noqa: B006
    unseen: Annotated[Path | None, typer.Option(
        help="Precision by relation on documents scored blind, weighed against the gold sets' own "
             "(the rules were written on those); default: the table shipped with Shabaka. "
             "--no-unseen calibrates on the gold sets alone.")] = None,
    no_unseen: Annotated[bool, typer.Option(
        "--no-unseen", help="Ignore any unseen-precision table.")] = False,
    c: Annotated[float, typer.Option(help="Inverse regularisation strength of the pair model.")] = 5.0,
    model: Annotated[str | None, typer.Option(envvar="SHABAKA_MODEL", help="spaCy model.")] = None,
    as_json: JsonOption = False,
) -> None:
    """Train the relation scorer and write the model file; no network, a few minutes on 2 cores.

    The rules' calibration comes from the gold sets; the pair model from every source.
    Figures reported for a set must come from a model not trained on it:
    train without that set, then run `shabaka eval` with SHABAKA_RELATION_MODEL=OUT.

    Example: shabaka train-relations --gold seeds.gold.jsonl --docs corpus/seeds
    --gold dev2.gold.jsonl --docs corpus/dev2 --out model.json

    Example: shabaka train-relations --redocred ../shared/train/redocred
    --gold seeds.gold.jsonl --docs corpus/seeds --out pairs.json
    """
    import tempfile

    from shabaka.evaluate.training import (
        UNSEEN_PRECISION,
        build_training_set,
        train,
        unseen_precision,
        write_model,
    )
    from shabaka.kb import KnowledgeBase

    if len(gold) != len(docs):
        raise UsageError("give one --docs folder for each --gold file, in the same order")
    if not gold and not redocred:
        raise UsageError("nothing to train on: give --gold FILE --docs DIR, or --redocred DIR")
    with tempfile.TemporaryDirectory(prefix="shabaka-train-") as tmp:
        settings = settings_for(Path(tmp) / "train.db", model=model)
        with KnowledgeBase(settings) as kb:
            unknown = sorted(set(rescore) - set(kb.ontology.relations))
            if unknown:
                raise UsageError(f"--rescore {', '.join(unknown)}: not a relation of the ontology")
            training = build_training_set(zip(gold, docs, strict=True), kb, redocred)
    table = None if no_unseen else unseen or UNSEEN_PRECISION
    data = train(training, c, pairs or bool(redocred), propose, rescore,
                 unseen=unseen_precision(table) if table else None)
    write_model(data, out)
    if as_json:
        print_json(data["info"] | {"threshold": data["threshold"], "out": str(out)})
    else:
        info = data["info"]
        console.print(f"trained on {info['documents']} documents, {info['examples']} pairs "
                      f"({info['positives']} related); threshold {data['threshold']}; wrote {out}")
