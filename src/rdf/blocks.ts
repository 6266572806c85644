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
import type { TramaGraph } from "../graph/types.ts";
import type { Evidence } from "../types.ts";
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
  const [short, long, sign] = x < y ? [x, y, -1] : [y, x, 1];
  return long.startsWith(short) && long.charCodeAt(short.length) === 0 ? undefined : sign;
}

const key = (r: Row) => `${r.p}\u0000${r.iri ? "NamedNode" : "Literal"}\u0000${r.value}\u0000${r.lang}`;
const joined = (a: Row, b: Row) => { const [x, y] = [key(a), key(b)]; return x < y ? -1 : x > y ? 1 : 0; };

function sorted(s: string, rows: Row[]): Block {
  return { s, rows: rows.sort(compareRows) };
}

function evidenceBlock(s: string, e: Evidence, articleIri: (id: string) => string): Block {
  const rows = [
    iri(RDF_TYPE, `${TR}Evidence`),
    iri(RDF_TYPE, `${P.prov}Entity`),
    iri(`${P.prov}wasDerivedFrom`, articleIri(e.article)),
    str(`${TR}sentenceText`, e.text),
    int(`${TR}sentenceIndex`, e.sentence),
    int(`${TR}startOffset`, e.start),
    int(`${TR}endOffset`, e.end),
    str(`${TR}rule`, e.rule),
  ];
  if (e.focus) rows.push(int(`${TR}focusStart`, e.focus.start), int(`${TR}focusEnd`, e.focus.end));
  if (e.date) rows.push(date(`${P.dcterms}date`, e.date));
  return sorted(s, rows);
}

const evidenceIri = (owner: string, e: Evidence) => entityIri(`evidence/${hash16(`${owner}|${e.article}|${e.sentence}|${e.focus?.start ?? e.start}|${e.rule}`)}`);

/** Every block of the graph in the export's order: articles, entities, relations with their evidence, claims. */
export function* graphBlocks(graph: TramaGraph): Generator<Block> {
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
    const rows = [
      iri(RDF_TYPE, `${TR}Article`),
      iri(RDF_TYPE, `${P.schema}NewsArticle`),
      str(`${P.dcterms}identifier`, a.file),
      str(`${P.dcterms}source`, a.source ?? a.file),
    ];
    if (a.title) rows.push(str(`${P.dcterms}title`, a.title, "it"));
    if (a.date) rows.push(date(`${P.dcterms}date`, a.date));
    if (a.url) rows.push(str(`${P.schema}url`, a.url));
    for (const k of mentionedBy.get(a.id) ?? []) rows.push(iri(`${TR}mentions`, entityIri(k)));
    yield sorted(articleIri(a.id), rows);
  }
  for (const key of graph.nodes().sort()) {
    const a = graph.getNodeAttributes(key);
    const rows = [
      iri(RDF_TYPE, `${TR}${a.type}`),
      a.lang === "und" ? str(`${P.rdfs}label`, a.label) : str(`${P.rdfs}label`, a.label, a.lang),
      ...a.aliases.map((n) => str(`${P.skos}altLabel`, n)),
      int(`${TR}mentionCount`, a.mentions),
    ];
    if (a.wikidata) rows.push(iri(`${P.owl}sameAs`, `${P.wd}${a.wikidata}`));
    if (a.date) rows.push(date(`${P.dcterms}date`, a.date));
    if (a.cameo) rows.push(str(`${TR}cameo`, a.cameo));
    yield sorted(entityIri(key), rows);
  }
  for (const key of graph.edges().sort()) {
    const a = graph.getEdgeAttributes(key);
    const [src, tgt] = [entityIri(graph.source(key)), entityIri(graph.target(key))];
    const st = entityIri(`statement/${hash16(key)}`);
    const evidenceIris = a.evidence.map((e) => evidenceIri(key, e));
    if (a.modality === "asserted") yield { s: src, rows: [iri(`${TR}${a.predicate}`, tgt)] };
    const rows = [
      iri(RDF_TYPE, `${P.rdf}Statement`),
      iri(`${P.rdf}subject`, src),
      iri(`${P.rdf}predicate`, `${TR}${a.predicate}`),
      iri(`${P.rdf}object`, tgt),
      int(`${TR}supportCount`, a.count),
    ];
    if (a.modality !== "asserted") rows.push(str(`${TR}modality`, a.modality));
    if (a.cameo) rows.push(str(`${TR}cameo`, a.cameo));
    for (const e of evidenceIris) rows.push(iri(`${TR}evidence`, e));
    yield sorted(st, rows);
    for (let i = 0; i < a.evidence.length; i++) yield evidenceBlock(evidenceIris[i]!, a.evidence[i]!, articleIri);
  }
  for (const c of graph.getAttribute("claims")) {
    const ev = evidenceIri(c.id, c.evidence);
    const rows = [
      iri(RDF_TYPE, `${TR}Claim`),
      iri(`${TR}measure`, `${TR}${c.measure}`),
      dec(`${TR}amount`, c.amount),
      iri(`${P.prov}wasDerivedFrom`, articleIri(c.article)),
      iri(`${TR}evidence`, ev),
    ];
    if (c.amountMax !== undefined) rows.push(dec(`${TR}amountMax`, c.amountMax));
    if (c.qualifier) rows.push(str(`${TR}qualifier`, c.qualifier));
    if (c.unit) rows.push(str(`${TR}unit`, c.unit));
    if (c.about) rows.push(iri(`${TR}about`, entityIri(c.about)));
    if (c.claimedBy) rows.push(iri(`${TR}claimedBy`, entityIri(c.claimedBy)));
    if (c.asOf) rows.push(date(`${TR}asOf`, c.asOf));
    if (c.modality) rows.push(str(`${TR}claimModality`, c.modality));
    yield sorted(claimIri(c.id), rows);
    yield evidenceBlock(ev, c.evidence, articleIri);
  }
}
