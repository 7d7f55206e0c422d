"""Analysis scope: countries are context, not players, unless the analyst asks for every entity."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from shabaka.analyze.keyplayers import key_players, whatif
from shabaka.analyze.scope import scoped
from shabaka.cli.app import app
from shabaka.errors import UsageError
from tests.analyze.conftest import C


def _network(kb):
    """Two tight militia blocs joined by one commander who belongs to both; a country backs one
    group in each bloc and three groups nobody else is tied to, so it is the obvious hub."""
    kb.entities("COUNTRY", "patron")
    blocs = (("militia_a", "militia_b", "militia_x", "militia_w"),
             ("militia_c", "militia_d", "militia_y", "militia_z"))
    kb.entities("ARMED_GROUP", *blocs[0], *blocs[1], "client_e", "client_f", "client_g")
    kb.entities("PERSON", "commander")
    kb.doc(*(C(a, "allied_with", b) for bloc in blocs for i, a in enumerate(bloc) for b in bloc[i + 1:]),
           *(C("commander", "member_of", m) for m in ("militia_a", "militia_b", "militia_c", "militia_d")),
           *(C("patron", "backs", m) for m in ("militia_a", "militia_c", "client_e", "client_f", "client_g")),
           published="2020-01-01", outlet="Wire")


def test_by_default_the_country_is_context_and_the_commander_is_the_key_player(kb):
    _network(kb)
    graph = kb.graph()
    assert key_players(graph, 1)[0] == ["patron"]  # every entity: the country dominates
    found = scoped(graph)
    assert found.scope == "actors" and found.context == ["patron"]
    assert "patron" not in found.graph.nodes and "client_e" not in found.graph.nodes
    assert key_players(found.graph, 1)[0] == ["commander"]
    assert scoped(graph, "all").graph is graph


def test_a_country_named_as_anchor_stays_in_scope(kb):
    _network(kb)
    found = scoped(kb.graph(), anchors=["patron"])
    assert "patron" in found.graph.nodes and found.context == []
    result = whatif(found.graph, ["militia_a", "militia_c"], "patron")
    assert result.anchor == "patron"
    assert set(result.cut_from_anchor) == {"commander", "militia_b", "militia_x", "militia_w", "militia_d",
                                           "militia_y", "militia_z"}


def test_an_unknown_scope_is_refused(kb):
    _network(kb)
    with pytest.raises(UsageError, match="unknown scope"):
        scoped(kb.graph(), "states")


def test_the_cli_names_its_scope_and_changes_it_on_request(kb):
    _network(kb)
    db = str(kb.db)
    runner = CliRunner()
    actors = json.loads(runner.invoke(app, ["keyplayers", "--db", db, "--k", "1", "--json"]).stdout)
    assert actors["scope"]["name"] == "actors" and actors["scope"]["context_left_out"] == 1  # the patron
    assert [n["id"] for n in actors["fragment"]["set"]] == ["commander"]
    every = json.loads(runner.invoke(app, ["keyplayers", "--db", db, "--k", "1", "--scope", "all",
                                           "--json"]).stdout)
    assert every["scope"]["name"] == "all"
    assert [n["id"] for n in every["fragment"]["set"]] == ["patron"]
    text = runner.invoke(app, ["keyplayers", "--db", db, "--k", "1"]).stdout
    assert "scope actors" in text
    wrong = runner.invoke(app, ["keyplayers", "--db", db, "--scope", "states"])
    assert wrong.exit_code != 0


def test_a_country_anchor_is_a_point_to_reach_not_a_broker(kb):
    from shabaka.analyze.scope import scoped_whatif

    _network(kb)
    found, result = scoped_whatif(kb.graph(), ["militia_a", "militia_c"], "patron")
    assert "patron" not in found.graph.nodes  # fragmentation and brokers over the actors
    assert "patron" not in [n for n, _ in result.brokers_before + result.brokers_after]
    assert result.anchor == "patron"
    assert set(result.cut_from_anchor) == {"commander", "militia_b", "militia_x", "militia_w", "militia_d",
                                           "militia_y", "militia_z"}
