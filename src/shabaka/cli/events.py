"""`shabaka events`: happenings, one per cross-document event; `event-merge`/`event-split`
to overrule how reports were linked."""

from __future__ import annotations

from typing import Annotated

import typer

from shabaka.cli.analyze import DateFrom, DateTo, Limit, Redact
from shabaka.cli.app import app
from shabaka.cli.common import DEFAULT_DB_PATH, DbOption, JsonOption, console, esc, open_kb, print_json
from shabaka.cli.judge import DEFAULT_AUTHOR, Author, _done


@app.command()
def events(
    db: DbOption = DEFAULT_DB_PATH,
    type: Annotated[str | None, typer.Option("--type", help="Only this type: attack, killing, arrest, "
                                             "protest, battle, appointment, meeting, designation.",
                                             show_default=False)] = None,
    entity: Annotated[str | None, typer.Option(help="Only those this actor or place takes part in.",
                                               show_default=False)] = None,
    place: Annotated[str | None, typer.Option(help="Only those at this place.", show_default=False)] = None,
    date_from: DateFrom = None, date_to: DateTo = None, redact: Redact = False, limit: Limit = 1000,
    as_json: JsonOption = False,
) -> None:
    """Happenings in date order, each once however many documents report it, with its
    roles, place, fatalities and evidence.

    Example: shabaka events --type attack --entity "Kataib Hezbollah" --from 2019 --to 2020
    """
    with open_kb(db) as kb:
        found = kb.events(type=type, entity=entity, place=place, date_from=date_from, date_to=date_to,
                          redact=redact)
    if as_json:
        print_json(found[:limit])
        return
    if not found:
        console.print("no events found")
    for e in found[:limit]:
        actors = ", ".join(f"{esc(a['name'])} ({a['role']})" for a in e["actors"])
        where = f" in {esc(e['place']['name'])}" if e["place"] else ""
        dead = f", {e['fatalities']} killed" if e["fatalities"] else ""
        console.print(f"[bold]{esc(e['date'] or 'undated')}[/bold] {esc('+'.join(e['types']))}{where}{dead}"
                      + (f": {actors}" if actors else "")
                      + f" [dim]— reported by {e['reported_by']} document{'s' * (e['reported_by'] > 1)}"
                      f" · {esc(e['id'])}[/dim]")
        for ev in e["evidence"][:3]:  # the report's event id is what event-split takes
            source = esc(ev["doc_title"] or ev["doc_id"])
            console.print(f"    [dim]“{esc(ev['text'][:240])}” — {source} · {esc(ev['event'])}[/dim]")


@app.command("event-merge")
def event_merge(report: Annotated[str, typer.Argument(help="Event id of the report to move.")],
                into: Annotated[str, typer.Argument(help="Event id (or happening id) it reports.")],
                db: DbOption = DEFAULT_DB_PATH, author: Author = DEFAULT_AUTHOR,
                as_json: JsonOption = False) -> None:
    """Judge that REPORT tells of the same happening as INTO; recorded, kept across ingests.

    Example: shabaka event-merge 3f2a... 9c1b...
    """
    from shabaka.analyze.happenings import merge_events

    with open_kb(db) as kb, kb.store.write() as conn:
        jid = merge_events(conn, report, into, author=author, together=kb.pack.killed_together)
    _done(f"judgement {jid}: {esc(report)} joins {esc(into)}", {"judgement": jid}, as_json)


@app.command("event-split")
def event_split(report: Annotated[str, typer.Argument(help="Event id of the report to take out.")],
                sentence: Annotated[int | None, typer.Option(
                    "--sentence", metavar="N",
                    help="Take only the report's Nth evidence sentence out, as a report of its own.")] = None,
                db: DbOption = DEFAULT_DB_PATH, author: Author = DEFAULT_AUTHOR,
                as_json: JsonOption = False) -> None:
    """Judge that REPORT is a happening of its own, linked to no other report; with
    --sentence, that one of its sentences tells of another happening than the rest.

    Example: shabaka event-split 3f2a... --sentence 2
    """
    from shabaka.analyze.happenings import detach_sentence, split_event

    with open_kb(db) as kb, kb.store.write() as conn:
        if sentence is None:
            jid, new = split_event(conn, report, author=author, together=kb.pack.killed_together), None
        else:
            jid, new = detach_sentence(conn, report, sentence, author=author,
                                           together=kb.pack.killed_together)
    if new is None:
        _done(f"judgement {jid}: {esc(report)} is a happening of its own", {"judgement": jid}, as_json)
    else:
        _done(f"judgement {jid}: sentence {sentence} of {esc(report)} is report {new}, "
              "a happening of its own", {"judgement": jid, "event": new}, as_json)
