"""GraphML for yEd, igraph, networkx and most graph tools: a directed multigraph.

Node data: label (the entity's name), type, aliases, network metrics and the
start/end of its edges' validity; edge data: relation, symmetric, weight (the
number of source documents), corroboration, outlets, first/last reported,
start/end of validity, the best evidence sentence and its document. Unknown
values are left out rather than written empty.
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar
from xml.sax.saxutils import escape, quoteattr

from shabaka.export.base import Outputs, one_line, xml_text
from shabaka.export.gexf import INTEGER_METRICS

NODE_KEYS = (("label", "string"), ("type", "string"), ("aliases", "string"), ("start", "string"),
             ("end", "string"))
EDGE_KEYS = (("relation", "string"), ("symmetric", "boolean"), ("weight", "int"), ("corroboration", "double"),
             ("documents", "int"), ("outlets", "int"), ("first", "string"), ("last", "string"),
             ("start", "string"), ("end", "string"), ("evidence", "string"), ("doc_id", "string"),
             ("source_document", "string"))


def _data(prefix: str, pairs: list[tuple[str, object]]) -> str:
    out = []
    for key, value in pairs:
        if value is None or value == "":
            continue
        if isinstance(value, bool):
            value = "true" if value else "false"
        out.append(f'<data key="{prefix}_{key}">{escape(xml_text(value))}</data>')
    return "".join(out)


class GraphmlExporter:
    """Streams nodes then edges into one GraphML file."""

    kinds: ClassVar[frozenset[str]] = frozenset({"node", "edge"})
    complete: ClassVar[bool] = False
    metrics: ClassVar[bool] = True
    folder: ClassVar[bool] = False
    suffix: ClassVar[str] = ".graphml"

    def __init__(self, out: Path):
        self.outputs = Outputs(out, folder=False)
        self.file = self.outputs.open()
        self.metrics: list[str] = []

    def write(self, item: dict) -> None:
        kind = item["kind"]
        if kind == "meta":
            self._header(item)
        elif kind == "node":
            pairs = [("label", item["name"]), ("type", item["type"]), ("aliases", "; ".join(item["aliases"])),
                     ("start", item["start"]), ("end", item["end"])]
            pairs += [(m, item["metrics"].get(m)) for m in self.metrics]
            self.file.write(f'    <node id={quoteattr(xml_text(item["id"]))}>{_data("n", pairs)}</node>\n')
        elif kind == "edge":
            source_doc = ", ".join(x for x in (item["doc_title"], item["outlet"], item["published"]) if x)
            pairs = [("relation", item["relation"]), ("symmetric", item["symmetric"]),
                     ("weight", item["weight"]), ("corroboration", round(item["corroboration"], 6)),
                     ("documents", item["documents"]),
                     ("outlets", item["outlets"]), ("first", item["first"]), ("last", item["last"]),
                     ("start", item["start"]), ("end", item["end"]), ("evidence", one_line(item["evidence"])),
                     ("doc_id", item["doc_id"]), ("source_document", source_doc)]
            self.file.write(
                f'    <edge id={quoteattr(xml_text(item["id"]))} source={quoteattr(xml_text(item["source"]))}'
                f' target={quoteattr(xml_text(item["target"]))}>{_data("e", pairs)}</edge>\n')

    def _header(self, meta: dict) -> None:
        self.metrics = list(meta["metrics"])
        node_keys = [*NODE_KEYS, *((m, "int" if m in INTEGER_METRICS else "double") for m in self.metrics)]
        f = self.file
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        f.write('<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
                'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
                'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
                'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n')
        for prefix, target, keys in (("n", "node", node_keys), ("e", "edge", EDGE_KEYS)):
            for key, type_ in keys:
                f.write(f'  <key id="{prefix}_{key}" for="{target}" '
                        f'attr.name="{key}" attr.type="{type_}"/>\n')
        description = "Shabaka actor network" + (" (redacted)" if meta["redacted"] else "")
        f.write(f'  <graph id={quoteattr(xml_text(description))} edgedefault="directed">\n')

    def finish(self) -> list[Path]:
        self.file.write("  </graph>\n</graphml>\n")
        return self.outputs.commit()

    def abort(self) -> None:
        self.outputs.abort()


EXPORTER = GraphmlExporter
