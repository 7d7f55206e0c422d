"""Analysts' judgements: merge, split, rename, retype, distinct, accept, reject, undo; candidates."""

from __future__ import annotations

import os
from typing import Annotated

import typer

from shabaka.cli.app import app
from shabaka.cli.common import (
    DEFAULT_DB_PATH,
    DbOption,
    JsonOption,
    console,
    esc,
    open_kb,
    print_json,
    print_table,
)
from shabaka.resolve import judgements

Author = Annotated[str, typer.Option(envvar="SHABAKA_AUTHOR", help="Who makes the judgement.")]
DEFAULT_AUTHOR = os.environ.get("USER", "analyst")


def _done(message: str, data: dict, as_json: bool) -> None:
    if as_json:
        print_json(data)
    else:
        console.print(message)


@app.command()
def merge(a: Annotated[str, typer.Argument(help="Entity to merge away (id or name).")],
          b: Annotated[str, typer.Argument(help="Entity that absorbs it.")],
          force: Annotated[bool, typer.Option(help="Merge even entities of incompatible types.")] = False,
          db: DbOption = DEFAULT_DB_PATH, author: Author = DEFAULT_AUTHOR,
          as_json: JsonOption = False) -> None:
    """Merge entity A into entity B; recorded, re-applied after re-ingest, undoable.

    Each entity is named by its id or a name only it has; an ambiguous or inexact name is
    refused with the candidates (exit 2), and so is a merge across types without --force.
    Example: shabaka merge "Kataib Hizballah" "Kata'ib Hezbollah"
    """
    with open_kb(db) as kb, kb.store.write() as conn:
        jid = judgements.merge(conn, a, b, author=author, force=force)
    _done(f"judgement {jid}: merged {esc(a)} into {esc(b)}", {"judgement": jid}, as_json)


@app.command()
def split(entity: Annotated[str, typer.Argument(help="Entity to split (id or name).")],
          names: Annotated[list[str], typer.Option("--names", help="Names that belong elsewhere.")],
          db: DbOption = DEFAULT_DB_PATH, author: Author = DEFAULT_AUTHOR,
          as_json: JsonOption = False) -> None:
    """Move the mentions that use NAMES out of ENTITY into a new entity.

    Example: shabaka split mohammed_al_hashemi --names "Hisham al-Hashemi"
    """
    with open_kb(db) as kb, kb.store.write() as conn:
        jid, new_id = judgements.split(conn, entity, names, author=author)
    _done(f"judgement {jid}: split {esc(', '.join(names))} into {esc(new_id)}",
          {"judgement": jid, "entity": new_id}, as_json)


@app.command()
def rename(entity: Annotated[str, typer.Argument(help="Entity (id or name).")],
           name: Annotated[str, typer.Argument(help="Its new canonical name.")],
           db: DbOption = DEFAULT_DB_PATH, author: Author = DEFAULT_AUTHOR,
          as_json: JsonOption = False) -> None:
    """Give an entity a new canonical name.

    Example: shabaka rename abu_fadak_al_mohammadawi "Abu Fadak al-Mohammadawi"
    """
    with open_kb(db) as kb, kb.store.write() as conn:
        jid = judgements.rename(conn, entity, name, author=author)
    _done(f"judgement {jid}: renamed to {esc(name)}", {"judgement": jid}, as_json)


@app.command()
def retype(entity: Annotated[str, typer.Argument(help="Entity (id or name).")],
           type: Annotated[str, typer.Argument(help="PERSON, ARMED_GROUP, STATE_BODY, ...")],
           db: DbOption = DEFAULT_DB_PATH, author: Author = DEFAULT_AUTHOR,
          as_json: JsonOption = False) -> None:
    """Change an entity's type.

    Example: shabaka retype "Popular Mobilization Forces" STATE_BODY
    """
    with open_kb(db) as kb, kb.store.write() as conn:
        jid = judgements.retype(conn, entity, type, author=author)
    _done(f"judgement {jid}: retyped to {type}", {"judgement": jid}, as_json)


@app.command()
def distinct(a: Annotated[str, typer.Argument(help="One entity.")],
             b: Annotated[str, typer.Argument(help="Another entity that is not the same.")],
             db: DbOption = DEFAULT_DB_PATH, author: Author = DEFAULT_AUTHOR,
             as_json: JsonOption = False) -> None:
    """Record that two entities are different people or groups: never merge or propose them.

    Example: shabaka distinct "Hisham al-Hashemi" "Mohammed al-Hashemi"
    """
    with open_kb(db) as kb, kb.store.write() as conn:
        jid = judgements.distinct(conn, a, b, author=author)
    _done(f"judgement {jid}: {esc(a)} and {esc(b)} are different", {"judgement": jid}, as_json)


ClaimId = Annotated[str, typer.Argument(
    help="Claim id, or the start of one only it has, as 'shabaka claims' shows.")]


def _judge_claim(claim: str, verdict: str, db, author: str, as_json: bool) -> None:
    with open_kb(db) as kb, kb.store.write() as conn:
        jid, key = judgements.judge_claim(conn, claim, verdict, author=author)
    _done(f"judgement {jid}: {verdict}ed claim {key['claim']} ({esc(key['subject'])} {key['relation']} "
          f"{esc(key['object'])})", {"judgement": jid, "claim": key["claim"]}, as_json)


@app.command()
def accept(claim: ClaimId, db: DbOption = DEFAULT_DB_PATH, author: Author = DEFAULT_AUTHOR,
           as_json: JsonOption = False) -> None:
    """Accept a claim: analysis takes it even under the assertion threshold; undoable.

    Example: shabaka accept 3f2a9c01
    """
    _judge_claim(claim, "accept", db, author, as_json)


@app.command()
def reject(claim: ClaimId, db: DbOption = DEFAULT_DB_PATH, author: Author = DEFAULT_AUTHOR,
           as_json: JsonOption = False) -> None:
    """Reject a claim: no graph, analysis, export or audit takes it, after re-ingest too; undoable.

    Example: shabaka reject 3f2a9c01
    """
    _judge_claim(claim, "reject", db, author, as_json)


@app.command()
def undo(judgement: Annotated[int | None, typer.Argument(help="Judgement id; the latest by default.")] = None,
         db: DbOption = DEFAULT_DB_PATH, as_json: JsonOption = False) -> None:
    """Undo a judgement and restore what it changed.

    Example: shabaka undo 3
    """
    with open_kb(db) as kb, kb.store.write() as conn:
        undone = judgements.undo(conn, judgement, together=kb.pack.killed_together)
    _done(f"undid judgement {undone['id']} ({undone['action']})", {"undone": undone["id"]}, as_json)


HIDDEN = {"chains", "doc_id", "origin", "subject_chain", "object_chain", "evidence_start", "evidence_end",
          "evidence"}  # bookkeeping for re-application; --json lists it all


@app.command("judgements")
def list_judgements(db: DbOption = DEFAULT_DB_PATH, as_json: JsonOption = False) -> None:
    """List every judgement with its author, time and whether it was undone.

    Example: shabaka judgements --json
    """
    with open_kb(db) as kb:
        rows = judgements.list_judgements(kb.store.conn)
    if as_json:
        print_json(rows)
        return
    print_table(("id", "action", "what", "author", "when", "undone"), (
        (r["id"], r["action"], esc({k: v for k, v in r["payload"].items() if k not in HIDDEN}),
         esc(r["author"]), r["created_at"], r["undone_at"]) for r in rows))


@app.command()
def candidates(db: DbOption = DEFAULT_DB_PATH, limit: int = 50, as_json: JsonOption = False) -> None:
    """Likely duplicates the resolver kept apart, ranked, for review.

    Example: shabaka candidates --limit 20
    """
    with open_kb(db) as kb:
        rows = judgements.candidates(kb.store.conn, kb.pack, limit=limit)
    if as_json:
        print_json(rows)
        return
    print_table(("score", "a", "b", "type", "why"), (
        (c["score"], esc(f"{c['a_name']} ({c['a']})"), esc(f"{c['b_name']} ({c['b']})"), c["type"],
         esc(c["reason"])) for c in rows))
