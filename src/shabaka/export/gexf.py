"""GEXF 1.2 for Gephi: a dynamic, directed multigraph.

Nodes carry the entity's type, aliases, the cross-document event ids it takes
part in (`events`) and network metrics (computed on the exported graph), and
places their latitude, longitude and precision (for Gephi's Geo Layout); edges
their relation (also the label), weight = the number of source documents,
corroboration, outlets, the dates first and last
reported, the best evidence sentence and its document. Edges and nodes have
start/end dates (the hull of their claims' validity, `timeformat="date"`) where
the dates are known, so Gephi's timeline shows the network at any date; an
edge with an open end has no end attribute. Symmetric relations
(allied_with, hostile_to ...) are directed edges flagged `symmetric`, since
GEXF readers disagree on mixed graphs.
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar
from xml.sax.saxutils import escape, quoteattr

from shabaka.export.base import Outputs, one_line, xml_text

NS = "http://www.gexf.net/1.2draft"
INTEGER_METRICS = {"degree", "coreness", "community"}
NODE_ATTRIBUTES = (("type", "string"), ("aliases", "string"), ("events", "string"), ("latitude", "double"),
                   ("longitude", "double"), ("precision", "string"))  # the names Gephi's Geo Layout looks for
EDGE_ATTRIBUTES = (("relation", "string"), ("symmetric", "boolean"), ("corroboration", "double"),
                   ("documents", "integer"), ("outlets", "integer"), ("first", "string"), ("last", "string"),
                   ("evidence", "string"), ("doc_id", "string"), ("source_document", "string"))


def _attr(value: object) -> str:
    return quoteattr(xml_text(value))


def _value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return xml_text(value)


def _attvalues(pairs: list[tuple[str, object]]) -> str:
    cells = "".join(f'<attvalue for={_attr(key)} value={_attr(_value(v))}/>'
                    for key, v in pairs if v is not None and v != "")
    return f"<attvalues>{cells}</attvalues>" if cells else ""


def _span(item: dict) -> str:
    out = ""
    if item.get("start"):
        out += f' start="{item["start"]}"'
    if item.get("end"):
        out += f' end="{item["end"]}"'
    return out


class GexfExporter:
    """Streams nodes then edges into one GEXF file."""

    kinds: ClassVar[frozenset[str]] = frozenset({"node", "edge"})
    complete: ClassVar[bool] = False
    metrics: ClassVar[bool] = True
    places: ClassVar[bool] = True
    folder: ClassVar[bool] = False
    suffix: ClassVar[str] = ".gexf"

    def __init__(self, out: Path):
        self.outputs = Outputs(out, folder=False)
        self.file = self.outputs.open()
        self.metrics: list[str] = []
        self.section: str | None = None

    def write(self, item: dict) -> None:
        kind = item["kind"]
        if kind == "meta":
            self._header(item)
        elif kind == "node":
            self._enter("nodes")
            attrs = [("type", item["type"]), ("aliases", "; ".join(item["aliases"])),
                     ("events", "; ".join(item["events"])),
                     ("latitude", item.get("latitude")), ("longitude", item.get("longitude")),
                     ("precision", item.get("precision"))]
            attrs += [(m, item["metrics"].get(m)) for m in self.metrics]
            self.file.write(f'      <node id={_attr(item["id"])} label={_attr(item["name"])}{_span(item)}>'
                            f'{_attvalues(attrs)}</node>\n')
        elif kind == "edge":
            self._enter("edges")
            source_doc = ", ".join(x for x in (item["doc_title"], item["outlet"], item["published"]) if x)
            attrs = [("relation", item["relation"]), ("symmetric", item["symmetric"]),
                     ("corroboration", round(item["corroboration"], 6)), ("documents", item["documents"]),
                     ("outlets", item["outlets"]), ("first", item["first"]), ("last", item["last"]),
                     ("evidence", one_line(item["evidence"])), ("doc_id", item["doc_id"]),
                     ("source_document", source_doc)]
            self.file.write(
                f'      <edge id={_attr(item["id"])} source={_attr(item["source"])} '
                f'target={_attr(item["target"])} label={_attr(item["relation"])} '
                f'weight="{item["weight"]}"{_span(item)}>{_attvalues(attrs)}</edge>\n')

    def _header(self, meta: dict) -> None:
        self.metrics = list(meta["metrics"])
        node_attrs = [*NODE_ATTRIBUTES, *((m, "integer" if m in INTEGER_METRICS else "double")
                                          for m in self.metrics)]
        description = "Shabaka actor network" + (" (redacted)" if meta["redacted"] else "")
        if meta["filter"]:
            description += "; filter: " + ", ".join(f"{k}={v}" for k, v in meta["filter"].items())
        f = self.file
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        f.write(f'<gexf xmlns="{NS}" version="1.2">\n')
        f.write(f'  <meta><creator>Shabaka {escape(meta["shabaka"])}</creator>'
                f'<description>{escape(xml_text(description))}</description></meta>\n')
        f.write('  <graph mode="dynamic" defaultedgetype="directed" timeformat="date">\n')
        for cls, attrs in (("node", node_attrs), ("edge", EDGE_ATTRIBUTES)):
            f.write(f'    <attributes class="{cls}" mode="static">\n')
            for key, type_ in attrs:
                f.write(f'      <attribute id="{key}" title="{key}" type="{type_}"/>\n')
            f.write("    </attributes>\n")

    def _enter(self, section: str) -> None:
        if self.section == section:
            return
        if self.section is not None:
            self.file.write(f"    </{self.section}>\n")
        self.file.write(f"    <{section}>\n")
        self.section = section

    def finish(self) -> list[Path]:
        for section in ("nodes", "edges"):
            if self.section is None or (section == "edges" and self.section == "nodes"):
                self._enter(section)
        self.file.write(f"    </{self.section}>\n  </graph>\n</gexf>\n")
        return self.outputs.commit()

    def abort(self) -> None:
        self.outputs.abort()


EXPORTER = GexfExporter
