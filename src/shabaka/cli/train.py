"""`shabaka train-relations`: fit the relation scorer on gold-annotated documents."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from shabaka.cli.app import app
from shabaka.cli.common import JsonOption, console, print_json, settings_for
from shabaka.errors import UsageError


@app.command("train-relations")
def train_relations(
    gold: Annotated[list[Path], typer.Option(
        help="Gold file (JSON Lines); repeat with --docs for each set.")],
    docs: Annotated[list[Path], typer.Option(help="Folder of the gold file's documents, in the same order.")],
    out: Annotated[Path, typer.Option(help="Where to write the model (JSON).")],
    pairs: Annotated[bool, typer.Option(
        help="Also fit the pair model that proposes claims the rules miss (needs more annotated "
             "documents than the development sets to add anything).")] = False,
    c: Annotated[float, typer.Option(help="Inverse regularisation strength of the pair model.")] = 5.0,
    model: Annotated[str | None, typer.Option(envvar="SHABAKA_MODEL", help="spaCy model.")] = None,
    as_json: JsonOption = False,
) -> None:
    """Train the relation scorer on gold sets and write the model file.

    Figures reported for a set must come from a model not trained on it:
    train without that set, then run `shabaka eval` with SHABAKA_RELATION_MODEL=OUT.

    Example: shabaka train-relations --gold seeds.gold.jsonl --docs corpus/seeds
    --gold dev2.gold.jsonl --docs corpus/dev2 --out model.json
    """
    import tempfile

    from shabaka.evaluate.training import build_training_set, train, write_model
    from shabaka.kb import KnowledgeBase

    if len(gold) != len(docs):
        raise UsageError("give one --docs folder for each --gold file, in the same order")
    with tempfile.TemporaryDirectory(prefix="shabaka-train-") as tmp:
        settings = settings_for(Path(tmp) / "train.db", model=model)
        with KnowledgeBase(settings) as kb:
            training = build_training_set(zip(gold, docs, strict=True), kb)
    data = train(training, c, pairs)
    write_model(data, out)
    if as_json:
        print_json(data["info"] | {"threshold": data["threshold"], "out": str(out)})
    else:
        info = data["info"]
        console.print(f"trained on {info['documents']} documents, {info['examples']} pairs "
                      f"({info['positives']} related); threshold {data['threshold']}; wrote {out}")
