// GEXF for Gephi: classes, colours, positions and weights. Only asserted relations are
// written (hypothetical and negated statements are not edges in Gephi).
//
// The bytes are graphology-gexf 0.13's writer's (GEXF 1.3, pretty-printed by xml-writer),
// but written straight from the graph in pieces: that writer copies the graph, collects
// every element's data, and builds the whole file as one string (at 10,000 articles
// about 60 MB, and most of this stage's time). test/export/gexf.test.ts holds the two to
// the same output, so they cannot drift apart.
import type { Writable } from "node:stream";
import type { EntityNodeAttributes, RelationEdgeAttributes, TramaGraph } from "../graph/types.ts";

/** Okabe–Ito colours per class, the viewer's palette. */
export const CLASS_COLORS: Record<string, string> = {
  Country: "#0072B2", Person: "#D55E00", Organization: "#009E73", Place: "#E69F00", Treaty: "#CC79A7", Event: "#56B4E9",
};

type Value = string | number;
const nodeValues = (a: EntityNodeAttributes): [string, Value][] => [["type", a.type], ["mentions", a.mentions], ["wikidata", a.wikidata ?? ""], ["aliases", a.aliases.join(" | ")]];
const edgeValues = (a: RelationEdgeAttributes): [string, Value][] => [["predicate", a.predicate], ["count", a.count], ["cameo", a.cameo ?? ""]];

// graphology-gexf's type inference for scalars, and its priorities (lower wins).
const PRIORITY: Record<string, number> = { string: 5, double: 6, long: 7, integer: 8, empty: 10 };
const isEmpty = (v: Value) => v === "" || v !== v;
function valueType(v: Value): string {
  if (isEmpty(v)) return "empty";
  if (typeof v !== "number") return "string";
  if (v === (v | 0)) return v <= 0x7fffffff && v >= -0x7fffffff ? "integer" : "long";
  return "double";
}

/** Each value's name and type (valueType). */
type Typed = ReadonlyArray<readonly [name: string, type: string]>;
const typed = (row: [string, Value][]): Typed => row.map(([name, v]) => [name, valueType(v)] as const);

/** The attribute model: each name with a non-empty value, in order of first appearance, typed by the widest type seen. */
function inferModel(rows: Iterable<Typed>): Map<string, string> {
  const model = new Map<string, string>();
  for (const row of rows) {
    for (const [name, t] of row) {
      if (t === "empty") continue;
      const cur = model.get(name);
      if (cur === undefined || (t !== cur && PRIORITY[t]! < PRIORITY[cur]!)) model.set(name, t);
    }
  }
  return model;
}

// xml-writer's escaping of attribute values (`>` is left as is).
const ATTR_SPECIAL = /[&<"\t\n\r]/;
const ATTR_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", '"': "&quot;", "\t": "&#x9;", "\n": "&#xA;", "\r": "&#xD;" };
const attr = (v: Value): string => { const s = String(v); return ATTR_SPECIAL.test(s) ? s.replace(/[&<"\t\n\r]/g, (c) => ATTR_ESCAPES[c]!) : s; };

function modelXml(model: Map<string, string>, cls: string): string {
  if (model.size === 0) return "";
  let s = `\n    <attributes class="${cls}">`;
  for (const [name, type] of model) s += `\n      <attribute id="${attr(name)}" title="${attr(name)}" type="${type}"/>`;
  return s + "\n    </attributes>";
}

function attvaluesXml(model: Map<string, string>, values: [string, Value][]): string {
  if (model.size === 0) return "";
  let s = "";
  for (const name of model.keys()) {
    const v = values.find(([n]) => n === name)![1];
    if (!isEmpty(v)) s += `\n          <attvalue for="${attr(name)}" value="${attr(v)}"/>`;
  }
  return s ? `\n        <attvalues>${s}\n        </attvalues>` : "\n        <attvalues/>";
}

function nodeXml(key: string, a: EntityNodeAttributes, model: Map<string, string>): string {
  const label = String(a.label);
  return `\n      <node id="${attr(key)}"${label ? ` label="${attr(label)}"` : ""}>${attvaluesXml(model, nodeValues(a))}`
    + `\n        <viz:color hex="${attr(CLASS_COLORS[a.type] ?? "#777777")}"/>`
    + `\n        <viz:size value="${attr(Number(a.size))}"/>`
    + `\n        <viz:position x="${attr(Number(a.x))}" y="${attr(Number(a.y))}"/>`
    + "\n      </node>";
}

function edgeXml(key: string, a: RelationEdgeAttributes, source: string, target: string, model: Map<string, string>): string {
  const weight = Number(a.count);
  const label = String(a.predicate);
  const values = attvaluesXml(model, edgeValues(a));
  const open = `\n      <edge id="${attr(key)}" source="${attr(source)}" target="${attr(target)}"${Number.isNaN(weight) ? "" : ` weight="${weight}"`}${label ? ` label="${attr(label)}"` : ""}`;
  return values ? `${open}>${values}\n      </edge>` : `${open}/>`;
}

const asserted = (graph: TramaGraph) => graph.filterEdges((_k, a) => a.modality === "asserted");

/**
 * What a watch process keeps between two writes of graph.gexf: each node's and edge's XML
 * with its attribute object (which a removable fold keeps while it is unchanged), checked
 * against what layout changes in place and against the attribute model.
 */
export class GexfReuse {
  // One entry per owner: its values' types (for the model, which every write infers over all
  // rows) and its XML; the XML only while `check` is the same.
  private kept = new WeakMap<object, { types?: Typed; check?: string; xml?: string }>();

  /** The owner's values' types, made once: what the values are made from does not change in place. */
  types(owner: object, values: () => [string, Value][]): Typed {
    let k = this.kept.get(owner);
    if (!k) this.kept.set(owner, (k = {}));
    return (k.types ??= typed(values()));
  }

  get(owner: object, check: string, make: () => string): string {
    let k = this.kept.get(owner);
    if (k && k.check === check) return k.xml!;
    const xml = make();
    if (!k) this.kept.set(owner, (k = {}));
    k.check = check; k.xml = xml;
    return xml;
  }
}

const modelKey = (m: Map<string, string>) => [...m].join(";");

/** The file in pieces of a node or an edge each, in the graph's order. */
export function* gexfPieces(graph: TramaGraph, reuse?: GexfReuse): Generator<string> {
  const edges = asserted(graph);
  const nodeModel = inferModel(graph.mapNodes((_k, a) => (reuse ? reuse.types(a, () => nodeValues(a)) : typed(nodeValues(a)))));
  const edgeModel = inferModel(edges.map((e) => { const a = graph.getEdgeAttributes(e); return reuse ? reuse.types(a, () => edgeValues(a)) : typed(edgeValues(a)); }));
  const [nodeKey, edgeKey] = [modelKey(nodeModel), modelKey(edgeModel)];
  yield '<?xml version="1.0" encoding="UTF-8"?>\n<gexf version="1.3" xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd">'
    + '\n  <meta/>\n  <graph defaultedgetype="directed">' + modelXml(nodeModel, "node") + modelXml(edgeModel, "edge");
  if (graph.order === 0) yield "\n    <nodes/>";
  else {
    yield "\n    <nodes>";
    for (const { node, attributes: a } of graph.nodeEntries()) {
      yield reuse ? reuse.get(a, `${nodeKey}|${a.x}|${a.y}|${a.size}`, () => nodeXml(node, a, nodeModel)) : nodeXml(node, a, nodeModel);
    }
    yield "\n    </nodes>";
  }
  if (edges.length === 0) yield "\n    <edges/>";
  else {
    yield "\n    <edges>";
    for (const e of edges) {
      const a = graph.getEdgeAttributes(e);
      yield reuse ? reuse.get(a, edgeKey, () => edgeXml(e, a, graph.source(e), graph.target(e), edgeModel)) : edgeXml(e, a, graph.source(e), graph.target(e), edgeModel);
    }
    yield "\n    </edges>";
  }
  yield "\n  </graph>\n</gexf>";
}

/** Output is handed to the stream in pieces of about this many characters. */
const CHUNK = 1 << 16;

/** Stream the graph as GEXF to `out`; resolves when everything is handed to it. */
export async function writeGexf(graph: TramaGraph, out: Writable, reuse?: GexfReuse): Promise<void> {
  let buf = "";
  for (const piece of gexfPieces(graph, reuse)) {
    buf += piece;
    if (buf.length >= CHUNK) { const s = buf; buf = ""; if (!out.write(s)) await drained(out); }
  }
  if (buf) out.write(buf);
}

function drained(out: Writable): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const onError = (e: Error) => { out.off("drain", onDrain); reject(e); };
    const onDrain = () => { out.off("error", onError); resolve(); };
    out.once("drain", onDrain);
    out.once("error", onError);
  });
}

/** The whole file as one string (tests, small graphs). */
export function toGexf(graph: TramaGraph): string {
  let s = "";
  for (const piece of gexfPieces(graph)) s += piece;
  return s;
}
