// Exports of the whole graph (the build's files) and of the current filtered view
// (GEXF through graphology-gexf, Turtle through N3's writer, with the export's IRIs),
// and a PNG of what is on screen.
import type { MultiDirectedGraph } from "graphology";
import gexf from "graphology-gexf/browser";
import { Writer, DataFactory } from "n3";

const TR = "https://w3id.org/trama/ontology#";
const ID = "https://w3id.org/trama/id/";

export function download(name: string, data: Blob): void {
  const a = document.createElement("a");
  a.href = URL.createObjectURL(data);
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

export function viewGexf(view: MultiDirectedGraph): string {
  return (gexf as unknown as { write(g: unknown, o?: unknown): string }).write(view, {
    formatNode: (_k: string, a: Record<string, unknown>) => ({ label: String(a.label), attributes: { type: a.type }, viz: { color: String(a.color ?? "#777"), x: Number(a.x), y: Number(a.y), size: Number(a.size ?? 4) } }),
    formatEdge: (_k: string, a: Record<string, unknown>) => ({ label: String(a.predicate), weight: Number(a.count ?? 1), attributes: { predicate: a.predicate } }),
  });
}

export function viewTurtle(view: MultiDirectedGraph): Promise<string> {
  const { namedNode, literal, quad } = DataFactory;
  const w = new Writer({ prefixes: { tr: TR, rdfs: "http://www.w3.org/2000/01/rdf-schema#" } });
  view.forEachNode((k, a) => {
    w.addQuad(quad(namedNode(ID + k), namedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), namedNode(TR + a.type)));
    w.addQuad(quad(namedNode(ID + k), namedNode("http://www.w3.org/2000/01/rdf-schema#label"), literal(String(a.label))));
  });
  view.forEachEdge((_e, a, s, t) => w.addQuad(quad(namedNode(ID + s), namedNode(TR + a.predicate), namedNode(ID + t))));
  return new Promise((ok, fail) => w.end((err, out) => (err ? fail(err) : ok(out))));
}

/** Sigma draws on several stacked canvases; composite them into one PNG. */
export function viewPng(container: HTMLElement): Promise<Blob> {
  const layers = [...container.querySelectorAll("canvas")];
  const first = layers[0]!;
  const out = document.createElement("canvas");
  out.width = first.width;
  out.height = first.height;
  const ctx = out.getContext("2d")!;
  ctx.fillStyle = "#fbfbfa";
  ctx.fillRect(0, 0, out.width, out.height);
  for (const c of layers) ctx.drawImage(c, 0, 0);
  return new Promise((ok) => out.toBlob((b) => ok(b!), "image/png"));
}
