// The graph as RDF, one subject at a time in a fixed order, as plain strings: the Turtle
// writer (turtle.ts) encodes these rows directly, and `graphQuads` (index.ts) turns the
// same rows into n3 quads for anything that wants RDF/JS terms. One source of triples,
// no Term objects on the writer's path (at 10,000 articles there are tens of millions).
//
// Evidence is attached by RDF reification with PROV-O: each asserted relation is one
// direct triple `<s> tr:<p> <o>`, plus an rdf:Statement node that names the triple and
// carries tr:supportCount, tr:cameo and one tr:evidence node per supporting sentence
// (article via prov:wasDerivedFrom, sentence text, offsets, date, rule). Reification was
// chosen over RDF-star and named graphs because every Turtle 1.1 tool (rapper, Protégé,
// triple stores) reads it. Hypothetical and negated statements get only the Statement
// node, with tr:modality, never the direct triple.
import type { ClaimRecord, EntityNodeAttributes, RelationEdgeAttributes, TramaGraph } from "../graph/types.ts";
import type { ArticleMeta, Evidence } from "../types.ts";
import { articleIri as iriOfArticle, claimIri, dateType, entityIri, hash16, PREFIXES, TR } from "./vocab.ts";

const P = PREFIXES;
const XSD_STRING = `${P.xsd}string`;
const XSD_INTEGER = `${P.xsd}integer`;
const XSD_DECIMAL = `${P.xsd}decimal`;
export const RDF_TYPE = `${P.rdf}type`;

/** An object: an IRI (`lang` and `datatype` empty) or a literal (a language, else a datatype). */
export interface Row {
  p: string;
  iri: boolean;
  value: string;
  lang: string;
  datatype: string;
}

/** The triples of one subject, sorted by predicate then object (n3's term order). */
export interface Block { s: string; rows: Row[] }

const iri = (p: string, o: string): Row => ({ p, iri: true, value: o, lang: "", datatype: "" });
const str = (p: string, v: string, lang?: string): Row => ({ p, iri: false, value: v, lang: lang ? lang.toLowerCase() : "", datatype: lang ? "" : XSD_STRING });
const typed = (p: string, v: string, datatype: string): Row => ({ p, iri: false, value: v, lang: "", datatype });
const int = (p: string, n: number) => typed(p, String(n), XSD_INTEGER);
const dec = (p: string, n: number) => typed(p, decimalString(n), XSD_DECIMAL);
const date = (p: string, d: string) => typed(p, d, dateType(d));

// Every IRI the rows use, built once: the same string objects on every row make the
// writer's lookups and comparisons cheap (a fresh template string is hashed and compared anew).
const terms = <K extends string>(ns: string, locals: readonly K[]) => Object.fromEntries(locals.map((l) => [l, ns + l])) as Record<K, string>;
const dcterms = terms(P.dcterms, ["date", "identifier", "source", "title"]);
const owl = terms(P.owl, ["sameAs"]);
const prov = terms(P.prov, ["Entity", "wasDerivedFrom"]);
const rdf = terms(P.rdf, ["Statement", "object", "predicate", "subject"]);
const rdfs = terms(P.rdfs, ["label"]);
const schema = terms(P.schema, ["NewsArticle", "url"]);
const skos = terms(P.skos, ["altLabel"]);
const tr = terms(TR, ["Article", "Claim", "Evidence", "about", "amount", "amountMax", "asOf", "cameo", "claimModality", "claimedBy", "endOffset", "evidence", "focusEnd", "focusStart", "measure", "mentionCount", "mentions", "modality", "qualifier", "rule", "sentenceIndex", "sentenceText", "startOffset", "supportCount", "unit"]);
const trTerms = new Map<string, string>();
/** A tr: term named by data (a predicate, a measure, a class): few distinct, each built once. */
const trTerm = (local: string) => { let v = trTerms.get(local); if (v === undefined) trTerms.set(local, (v = TR + local)); return v; };

/** Plain decimal notation, never an exponent: 7600000000000, 1.7. */
export function decimalString(n: number): string {
  if (Number.isInteger(n)) return BigInt(n).toString();
  return n.toFixed(6).replace(/0+$/, "").replace(/\.$/, "");
}

/**
 * Row order: the string `predicate \0 kind \0 value \0 language` (kind `Literal` before
 * `NamedNode`), compared field by field so no key is built. Field order equals the joined
 * key's order except when one field is a prefix of the other followed by U+0000 in it;
 * then the joined keys are compared.
 */
export function compareRows(a: Row, b: Row): number {
  if (a.p !== b.p) return field(a.p, b.p) ?? joined(a, b);
  if (a.iri !== b.iri) return a.iri ? 1 : -1;
  if (a.value !== b.value) return field(a.value, b.value) ?? joined(a, b);
  if (a.lang !== b.lang) return field(a.lang, b.lang) ?? joined(a, b);
  return 0;
}

function field(x: string, y: string): number | undefined {
  // No destructuring: this runs millions of times at 10,000 articles, and an array per call is garbage.
  if (x < y) return y.startsWith(x) && y.charCodeAt(x.length) === 0 ? undefined : -1;
  return x.startsWith(y) && x.charCodeAt(y.length) === 0 ? undefined : 1;
}

const key = (r: Row) => `${r.p}\u0000${r.iri ? "NamedNode" : "Literal"}\u0000${r.value}\u0000${r.lang}`;
const joined = (a: Row, b: Row) => { const [x, y] = [key(a), key(b)]; return x < y ? -1 : x > y ? 1 : 0; };

/** Rows in compareRows order. Most blocks are built already in order (see evidenceBlock): one pass checks, and only the rest are sorted. */
function sorted(s: string, rows: Row[]): Block {
  for (let i = 1; i < rows.length; i++) {
    if (compareRows(rows[i - 1]!, rows[i]!) > 0) return { s, rows: rows.sort(compareRows) };
  }
  return { s, rows };
}

/**
 * An evidence node's block. Its rows are made only when asked (for RDF/JS quads); the
 * Turtle writer reads the evidence itself (TurtleState.evidence), because there is one of
 * these per piece of evidence — most of the graph's lines — and a row object per triple
 * was most of the writer's garbage.
 */
export class EvidenceBlock implements Block {
  /** `s` is EVIDENCE_NS + `hash`. */
  constructor(readonly s: string, readonly hash: string, readonly evidence: Evidence, readonly article: string) {}

  get rows(): Row[] {
    const e = this.evidence;
    // Built in the order the rows sort to (by predicate IRI: dcterms, rdf, prov, then tr's
    // local names); TurtleState.evidence writes the same order.
    const rows: Row[] = [];
    if (e.date) rows.push(date(dcterms.date, e.date));
    rows.push(
      iri(RDF_TYPE, prov.Entity),
      iri(RDF_TYPE, tr.Evidence),
      iri(prov.wasDerivedFrom, this.article),
      int(tr.endOffset, e.end),
    );
    if (e.focus) rows.push(int(tr.focusEnd, e.focus.end), int(tr.focusStart, e.focus.start));
    rows.push(
      str(tr.rule, e.rule),
      int(tr.sentenceIndex, e.sentence),
      str(tr.sentenceText, e.text),
      int(tr.startOffset, e.start),
    );
    return rows;
  }
}

/** The IRIs an evidence block's rows use, for writers that encode them directly. */
export const EVIDENCE_TERMS = {
  date: dcterms.date, entity: prov.Entity, evidence: tr.Evidence, derivedFrom: prov.wasDerivedFrom, endOffset: tr.endOffset,
  focusEnd: tr.focusEnd, focusStart: tr.focusStart, rule: tr.rule, sentenceIndex: tr.sentenceIndex, sentenceText: tr.sentenceText, startOffset: tr.startOffset,
} as const;

function evidenceBlock(s: string, hash: string, e: Evidence, articleIri: (id: string) => string): EvidenceBlock {
  return new EvidenceBlock(s, hash, e, articleIri(e.article));
}

/** Evidence IRIs' folder: `entityIri("evidence/" + hash)` without checking a key that is always hex. */
export const EVIDENCE_NS = entityIri("evidence/");
const evidenceHash = (owner: string, e: Evidence) => hash16(`${owner}|${e.article}|${e.sentence}|${e.focus?.start ?? e.start}|${e.rule}`);

/**
 * The graph's blocks in units: an article, an entity, a relation (its direct triple, its
 * statement and its evidence), a claim (with its evidence). `owner` is the attribute
 * object (or claim record) a unit's blocks are made from, alone: a writer that kept the
 * text of a unit can reuse it while the owner is the same object (src/export/turtle-chunks.ts).
 * An article's unit also lists the entities naming it: its owner is the article's metadata
 * and `also` those entities' keys, which a reused text must have been made with too.
 */
export interface BlockUnit { owner: object | undefined; also?: readonly string[]; blocks: () => Iterable<Block> }

/** Every block of the graph in the export's order: articles, entities, relations with their evidence, claims. */
export function* graphBlocks(graph: TramaGraph): Generator<Block> {
  for (const u of graphUnits(graph)) yield* u.blocks();
}

/** graphBlocks in units (see BlockUnit). */
export function* graphUnits(graph: TramaGraph): Generator<BlockUnit> {
  const articles = graph.getAttribute("articles");
  // Every piece of evidence names its article: each article's IRI is built once.
  const articleIris = new Map<string, string>();
  const articleIri = (id: string) => { let v = articleIris.get(id); if (v === undefined) articleIris.set(id, (v = iriOfArticle(id))); return v; };
  const mentionedBy = new Map<string, string[]>();
  graph.forEachNode((key, a) => {
    for (const art of a.articles) {
      const list = mentionedBy.get(art);
      if (list) list.push(key);
      else mentionedBy.set(art, [key]);
    }
  });
  for (const a of [...articles].sort((x, y) => x.id.localeCompare(y.id))) {
    const mentioned = mentionedBy.get(a.id) ?? [];
    yield { owner: a, also: mentioned, blocks: () => [articleBlock(a, mentioned, articleIri)] };
  }
  for (const key of graph.nodes().sort()) {
    const a = graph.getNodeAttributes(key);
    yield { owner: a, blocks: () => [nodeBlock(key, a)] };
  }
  for (const key of graph.edges().sort()) {
    const a = graph.getEdgeAttributes(key);
    yield { owner: a, blocks: () => edgeBlocks(key, graph.source(key), graph.target(key), a, articleIri) };
  }
  for (const c of graph.getAttribute("claims")) yield { owner: c, blocks: () => claimBlocks(c, articleIri) };
}

function articleBlock(a: ArticleMeta, mentioned: readonly string[], articleIri: (id: string) => string): Block {
  const rows = [
    iri(RDF_TYPE, tr.Article),
    iri(RDF_TYPE, schema.NewsArticle),
    str(dcterms.identifier, a.file),
    str(dcterms.source, a.source ?? a.file),
  ];
  if (a.title) rows.push(str(dcterms.title, a.title, "it"));
  if (a.date) rows.push(date(dcterms.date, a.date));
  if (a.url) rows.push(str(schema.url, a.url));
  for (const k of mentioned) rows.push(iri(tr.mentions, entityIri(k)));
  return sorted(articleIri(a.id), rows);
}

function nodeBlock(key: string, a: EntityNodeAttributes): Block {
  const rows = [
    iri(RDF_TYPE, trTerm(a.type)),
    a.lang === "und" ? str(rdfs.label, a.label) : str(rdfs.label, a.label, a.lang),
    ...a.aliases.map((n) => str(skos.altLabel, n)),
    int(tr.mentionCount, a.mentions),
  ];
  if (a.wikidata) rows.push(iri(owl.sameAs, `${P.wd}${a.wikidata}`));
  if (a.date) rows.push(date(dcterms.date, a.date));
  if (a.cameo) rows.push(str(tr.cameo, a.cameo));
  return sorted(entityIri(key), rows);
}

function* edgeBlocks(key: string, source: string, target: string, a: RelationEdgeAttributes, articleIri: (id: string) => string): Generator<Block> {
  const [src, tgt] = [entityIri(source), entityIri(target)];
  const st = entityIri(`statement/${hash16(key)}`);
  // Read once: a graph built by a fold makes its evidence anew at each read (src/graph/evidence-store.ts).
  const evidence = a.evidence;
  const hashes = evidence.map((e) => evidenceHash(key, e));
  const evidenceIris = hashes.map((h) => EVIDENCE_NS + h);
  if (a.modality === "asserted") yield { s: src, rows: [iri(trTerm(a.predicate), tgt)] };
  // In the order the rows sort to (rdf's object, predicate, subject, type, then tr's local
  // names; evidence IRIs by code unit, which is how compareRows orders IRIs of one predicate).
  const rows = [
    iri(rdf.object, tgt),
    iri(rdf.predicate, trTerm(a.predicate)),
    iri(rdf.subject, src),
    iri(RDF_TYPE, rdf.Statement),
  ];
  if (a.cameo) rows.push(str(tr.cameo, a.cameo));
  for (const e of [...evidenceIris].sort()) rows.push(iri(tr.evidence, e));
  if (a.modality !== "asserted") rows.push(str(tr.modality, a.modality));
  rows.push(int(tr.supportCount, a.count));
  yield sorted(st, rows);
  for (let i = 0; i < evidence.length; i++) yield evidenceBlock(evidenceIris[i]!, hashes[i]!, evidence[i]!, articleIri);
}

function* claimBlocks(c: ClaimRecord, articleIri: (id: string) => string): Generator<Block> {
  const hash = evidenceHash(c.id, c.evidence), ev = EVIDENCE_NS + hash;
  // In the order the rows sort to: rdf, prov, then tr's local names.
  const rows = [iri(RDF_TYPE, tr.Claim), iri(prov.wasDerivedFrom, articleIri(c.article))];
  if (c.about) rows.push(iri(tr.about, entityIri(c.about)));
  rows.push(dec(tr.amount, c.amount));
  if (c.amountMax !== undefined) rows.push(dec(tr.amountMax, c.amountMax));
  if (c.asOf) rows.push(date(tr.asOf, c.asOf));
  if (c.modality) rows.push(str(tr.claimModality, c.modality));
  if (c.claimedBy) rows.push(iri(tr.claimedBy, entityIri(c.claimedBy)));
  rows.push(iri(tr.evidence, ev), iri(tr.measure, trTerm(c.measure)));
  if (c.qualifier) rows.push(str(tr.qualifier, c.qualifier));
  if (c.unit) rows.push(str(tr.unit, c.unit));
  yield sorted(claimIri(c.id), rows);
  yield evidenceBlock(ev, hash, c.evidence, articleIri);
}
