"""`shabaka export` and `shabaka import`, in-process as the analysis commands are tested."""

from __future__ import annotations

import json

import networkx as nx

from shabaka.export import FORMATS
from tests.conftest import invoke


def test_both_commands_have_help_with_an_example():
    for command in ("export", "import"):
        result = invoke(command, "--help")
        assert result.exit_code == 0, result.output
        assert "Example: shabaka " + command in " ".join(result.output.split())
    assert all(fmt in " ".join(invoke("export", "--help").output.split()) for fmt in FORMATS)


def test_export_with_filters_and_redaction_reports_what_it_wrote(kb, tmp_path):
    out = tmp_path / "net.gexf"
    result = invoke("export", "--db", kb.settings.db, "--format", "gexf", "--out", out, "--as-of", "2019-07",
                    "--relation", "leads", "--redact", "--json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["files"] == [str(out)] and report["redacted"] is True
    g = nx.read_gexf(out)
    assert report["counts"]["edge"] == g.number_of_edges() == 1


def test_export_then_import_merges_without_duplicates(kb, tmp_path):
    out = tmp_path / "a.jsonl"
    assert invoke("export", "--db", kb.settings.db, "-f", "jsonl", "-o", out).exit_code == 0
    target = tmp_path / "b.db"
    first = invoke("import", out, "--db", target)
    assert first.exit_code == 0, first.output
    assert "imported 3 documents" in " ".join(first.output.split())
    again = json.loads(invoke("import", out, "--db", target, "--json").output)
    assert again["documents"] == 0 and again["unchanged"] == 3


def test_usage_errors_exit_2_with_a_message(kb, tmp_path):
    unknown = invoke("export", "--db", kb.settings.db, "-f", "pajek", "-o", tmp_path / "x")
    assert unknown.exit_code == 2 and "unknown export format" in unknown.stderr
    filtered = invoke("export", "--db", kb.settings.db, "-f", "jsonl", "--relation", "leads",
                      "-o", tmp_path / "x")
    assert filtered.exit_code == 2 and "cannot be filtered" in filtered.stderr
    bad_type = invoke("export", "--db", kb.settings.db, "-f", "csv", "--type", "ROBOT", "-o", tmp_path / "x")
    assert bad_type.exit_code == 2 and "unknown entity type" in bad_type.stderr
    (tmp_path / "junk.json").write_text('{"hello": 1}\n')
    junk = invoke("import", tmp_path / "junk.json", "--db", tmp_path / "c.db")
    assert junk.exit_code == 2 and "cannot tell the format" in junk.stderr


def _graphml_edges(out) -> set[tuple[str, str, str, int]]:
    g = nx.read_graphml(out)
    return {(u, v, d["relation"], int(d["weight"])) for u, v, d in g.edges(data=True)}


def test_graph_filters_from_the_command_line(kb, tmp_path):
    """--min-sources, --exclude-relation and --focus/--hops, as the README lists them."""
    db = kb.settings.db

    def export(name, *filters):
        result = invoke("export", "--db", db, "-f", "graphml", "-o", tmp_path / name, *filters)
        assert result.exit_code == 0, result.stderr
        return _graphml_edges(tmp_path / name)

    every = export("all.graphml")
    assert {r for *_, r, _ in every} >= {"backs", "leads"}
    strong = export("strong.graphml", "--min-sources", "2")
    assert ("iran", "kataib_hezbollah", "backs") in {e[:3] for e in strong}
    assert strong and all(w >= 2 for *_, w in strong) and strong < every
    no_backing = export("no-backs.graphml", "--exclude-relation", "backs")
    assert no_backing and not any(r == "backs" for *_, r, _ in no_backing)
    around = export("hadi.graphml", "--focus", "Hadi al-Amiri", "--hops", "1")
    assert around == {("hadi_al_amiri", "badr_organization", "leads", 1)}
