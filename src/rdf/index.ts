// The RDF stage: the graph as Turtle in the vocabulary of ONTOLOGY.md, streamed subject
// by subject in a fixed order (same graph, same bytes).
//
// Evidence is attached by RDF reification with PROV-O: each asserted relation is one
// direct triple `<s> tr:<p> <o>`, plus an rdf:Statement node that names the triple and
// carries tr:supportCount, tr:cameo and one tr:evidence node per supporting sentence
// (article via prov:wasDerivedFrom, sentence text, offsets, date, rule). Reification was
// chosen over RDF-star and named graphs because every Turtle 1.1 tool (rapper, Protégé,
// triple stores) reads it. Hypothetical and negated statements get only the Statement
// node, with tr:modality, never the direct triple.
import type { Writable } from "node:stream";
import N3 from "n3";
import type { TramaGraph } from "../graph/types.ts";
import type { Evidence } from "../types.ts";
import { articleIri, claimIri, dateType, entityIri, hash16, ID_FOLDER_PREFIXES, PREFIXES, TR } from "./vocab.ts";

export { entityIri, articleIri, claimIri, TR, PREFIXES, ID_FOLDER_PREFIXES } from "./vocab.ts";

const { namedNode: nn, literal: lit, quad } = N3.DataFactory;
type Quad = N3.Quad;
const P = PREFIXES;
const RDF_TYPE = nn(`${P.rdf}type`);
const int = (n: number) => lit(String(n), nn(`${P.xsd}integer`));
const dec = (n: number) => lit(decimalString(n), nn(`${P.xsd}decimal`));
const date = (d: string) => lit(d, nn(dateType(d)));

/** Plain decimal notation, never an exponent: 7600000000000, 1.7. */
export function decimalString(n: number): string {
  if (Number.isInteger(n)) return BigInt(n).toString();
  return n.toFixed(6).replace(/0+$/, "").replace(/\.$/, "");
}

/** Quads of one subject by predicate, then object: each sort key computed once. */
function sortQuads(qs: Quad[]): Quad[] {
  const keyed = qs.map((q) => ({ q, k: `${q.predicate.value}\u0000${q.object.termType}\u0000${q.object.value}\u0000${(q.object as N3.Literal).language ?? ""}` }));
  keyed.sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0));
  for (let i = 0; i < qs.length; i++) qs[i] = keyed[i]!.q;
  return qs;
}

function evidenceQuads(iri: string, e: Evidence): Quad[] {
  const s = nn(iri);
  return [
    quad(s, RDF_TYPE, nn(`${TR}Evidence`)),
    quad(s, RDF_TYPE, nn(`${P.prov}Entity`)),
    quad(s, nn(`${P.prov}wasDerivedFrom`), nn(articleIri(e.article))),
    quad(s, nn(`${TR}sentenceText`), lit(e.text)),
    quad(s, nn(`${TR}sentenceIndex`), int(e.sentence)),
    quad(s, nn(`${TR}startOffset`), int(e.start)),
    quad(s, nn(`${TR}endOffset`), int(e.end)),
    ...(e.focus ? [quad(s, nn(`${TR}focusStart`), int(e.focus.start)), quad(s, nn(`${TR}focusEnd`), int(e.focus.end))] : []),
    ...(e.date ? [quad(s, nn(`${P.dcterms}date`), date(e.date))] : []),
    quad(s, nn(`${TR}rule`), lit(e.rule)),
  ];
}

const evidenceIri = (owner: string, e: Evidence) => entityIri(`evidence/${hash16(`${owner}|${e.article}|${e.sentence}|${e.focus?.start ?? e.start}|${e.rule}`)}`);

/** All quads of the graph, one subject at a time, in a fixed order. */
export function* graphQuads(graph: TramaGraph): Generator<Quad[]> {
  const articles = graph.getAttribute("articles");
  const mentionedBy = new Map<string, string[]>();
  graph.forEachNode((key, a) => {
    for (const art of a.articles) {
      const list = mentionedBy.get(art);
      if (list) list.push(key);
      else mentionedBy.set(art, [key]);
    }
  });
  for (const a of [...articles].sort((x, y) => x.id.localeCompare(y.id))) {
    const s = nn(articleIri(a.id));
    yield sortQuads([
      quad(s, RDF_TYPE, nn(`${TR}Article`)),
      quad(s, RDF_TYPE, nn(`${P.schema}NewsArticle`)),
      quad(s, nn(`${P.dcterms}identifier`), lit(a.file)),
      quad(s, nn(`${P.dcterms}source`), lit(a.source ?? a.file)),
      ...(a.title ? [quad(s, nn(`${P.dcterms}title`), lit(a.title, "it"))] : []),
      ...(a.date ? [quad(s, nn(`${P.dcterms}date`), date(a.date))] : []),
      ...(a.url ? [quad(s, nn(`${P.schema}url`), lit(a.url))] : []),
      ...(mentionedBy.get(a.id) ?? []).map((k) => quad(s, nn(`${TR}mentions`), nn(entityIri(k)))),
    ]);
  }
  for (const key of graph.nodes().sort()) {
    const a = graph.getNodeAttributes(key);
    const s = nn(entityIri(key));
    yield sortQuads([
      quad(s, RDF_TYPE, nn(`${TR}${a.type}`)),
      quad(s, nn(`${P.rdfs}label`), a.lang === "und" ? lit(a.label) : lit(a.label, a.lang)),
      ...a.aliases.map((n) => quad(s, nn(`${P.skos}altLabel`), lit(n))),
      ...(a.wikidata ? [quad(s, nn(`${P.owl}sameAs`), nn(`${P.wd}${a.wikidata}`))] : []),
      quad(s, nn(`${TR}mentionCount`), int(a.mentions)),
      ...(a.date ? [quad(s, nn(`${P.dcterms}date`), date(a.date))] : []),
      ...(a.cameo ? [quad(s, nn(`${TR}cameo`), lit(a.cameo))] : []),
    ]);
  }
  for (const key of graph.edges().sort()) {
    const a = graph.getEdgeAttributes(key);
    const [src, tgt] = [entityIri(graph.source(key)), entityIri(graph.target(key))];
    const st = nn(entityIri(`statement/${hash16(key)}`));
    const evidenceIris = a.evidence.map((e) => evidenceIri(key, e));
    if (a.modality === "asserted") yield [quad(nn(src), nn(`${TR}${a.predicate}`), nn(tgt))];
    yield sortQuads([
      quad(st, RDF_TYPE, nn(`${P.rdf}Statement`)),
      quad(st, nn(`${P.rdf}subject`), nn(src)),
      quad(st, nn(`${P.rdf}predicate`), nn(`${TR}${a.predicate}`)),
      quad(st, nn(`${P.rdf}object`), nn(tgt)),
      quad(st, nn(`${TR}supportCount`), int(a.count)),
      ...(a.modality !== "asserted" ? [quad(st, nn(`${TR}modality`), lit(a.modality))] : []),
      ...(a.cameo ? [quad(st, nn(`${TR}cameo`), lit(a.cameo))] : []),
      ...evidenceIris.map((iri) => quad(st, nn(`${TR}evidence`), nn(iri))),
    ]);
    for (let i = 0; i < a.evidence.length; i++) yield sortQuads(evidenceQuads(evidenceIris[i]!, a.evidence[i]!));
  }
  for (const c of graph.getAttribute("claims")) {
    const s = nn(claimIri(c.id));
    const ev = evidenceIri(c.id, c.evidence);
    yield sortQuads([
      quad(s, RDF_TYPE, nn(`${TR}Claim`)),
      quad(s, nn(`${TR}measure`), nn(`${TR}${c.measure}`)),
      quad(s, nn(`${TR}amount`), dec(c.amount)),
      ...(c.amountMax !== undefined ? [quad(s, nn(`${TR}amountMax`), dec(c.amountMax))] : []),
      ...(c.qualifier ? [quad(s, nn(`${TR}qualifier`), lit(c.qualifier))] : []),
      ...(c.unit ? [quad(s, nn(`${TR}unit`), lit(c.unit))] : []),
      ...(c.about ? [quad(s, nn(`${TR}about`), nn(entityIri(c.about)))] : []),
      ...(c.claimedBy ? [quad(s, nn(`${TR}claimedBy`), nn(entityIri(c.claimedBy)))] : []),
      ...(c.asOf ? [quad(s, nn(`${TR}asOf`), date(c.asOf))] : []),
      ...(c.modality ? [quad(s, nn(`${TR}claimModality`), lit(c.modality))] : []),
      quad(s, nn(`${P.prov}wasDerivedFrom`), nn(articleIri(c.article))),
      quad(s, nn(`${TR}evidence`), nn(ev)),
    ]);
    yield sortQuads(evidenceQuads(ev, c.evidence));
  }
}

/**
 * `tr:mentionCount 1.` is valid Turtle, but Virtuoso's loader reads `1.` as a decimal and
 * fails; a space before the final dot (`1 .`) reads the same everywhere. The writer emits
 * a statement's final dot at the start of the next piece it writes, so a piece that
 * starts with `.` right after one that ends in a bare integer (` 12`, ` -3`) gets a space.
 */
function endsWithBareInteger(s: string): boolean {
  let i = s.length - 1;
  if (i < 0 || s.charCodeAt(i) < 48 || s.charCodeAt(i) > 57) return false;
  while (i >= 0 && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i--;
  if (i >= 0 && s[i] === "-") i--;
  return i >= 0 && /\s/.test(s[i]!);
}

/** Output is handed to the stream in pieces of about this many characters. */
const CHUNK = 1 << 16;

/** Stream the graph as Turtle to `out`; resolves when everything is written. */
export async function writeTurtle(graph: TramaGraph, out: Writable): Promise<void> {
  let buf = "";
  let afterInteger = false;
  const sink = {
    write(piece: string, _enc?: unknown, done?: () => void) {
      if (afterInteger && piece.charCodeAt(0) === 46) buf += " ";
      buf += piece;
      afterInteger = endsWithBareInteger(piece);
      done?.();
    },
    end(done?: () => void) { done?.(); },
  };
  const writer = new N3.Writer(sink as unknown as Writable, { prefixes: { ...PREFIXES, ...ID_FOLDER_PREFIXES } });
  const flush = async () => {
    const s = buf;
    buf = "";
    if (out.write(s)) return;
    await new Promise<void>((resolve, reject) => {
      const onError = (e: Error) => { out.off("drain", onDrain); reject(e); };
      const onDrain = () => { out.off("error", onError); resolve(); };
      out.once("drain", onDrain);
      out.once("error", onError);
    });
  };
  for (const quads of graphQuads(graph)) {
    for (const q of quads) writer.addQuad(q);
    if (buf.length >= CHUNK) await flush();
  }
  await new Promise<void>((resolve, reject) => writer.end((e) => (e ? reject(e) : resolve())));
  if (buf) await flush();
}
