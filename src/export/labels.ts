// Display names in Italian and English for the viewer, added to graph.json at export:
// each node gets `labels: { it, en }` (countries from i18n-iso-countries' Italian names,
// other lexicon entries from their first name, which the lexicon lists in Italian; people
// keep their canonical romanization; events found in text are re-composed from their
// participants' and place's labels in each language), countries their Italian demonym,
// and the graph the Italian and English labels of the ontology's classes, relations and
// measures (data/ontology.ttl), so the viewer shows one language at a time.
import { readdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { Parser } from "n3";
import { evidenceAt } from "../graph/evidence-store.ts";
import type { TramaGraph } from "../graph/types.ts";
import { loadLexicon, type LexiconEntry } from "../lexicon/index.ts";
import { defaultDataDir } from "../paths.ts";

const require = createRequire(import.meta.url);
const TR = "https://w3id.org/trama/ontology#";
const RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label";

export type Lang = "it" | "en";
export type Bilingual = Record<Lang, string>;

export interface DisplayVocabulary {
  /** Class, relation and measure local names (`Country`, `meetsWith`, `killed`) → labels. */
  terms: Record<string, Bilingual>;
}

/** Italian and English `rdfs:label`s of every term of the ontology. */
export async function readVocabulary(dataDir: string = defaultDataDir): Promise<DisplayVocabulary> {
  const text = await readFile(join(dataDir, "ontology.ttl"), "utf8");
  const terms: Record<string, Partial<Bilingual>> = {};
  for (const q of new Parser().parse(text)) {
    if (q.predicate.value !== RDFS_LABEL || !q.subject.value.startsWith(TR) || q.object.termType !== "Literal") continue;
    const lang = q.object.language as Lang;
    if (lang !== "it" && lang !== "en") continue;
    (terms[q.subject.value.slice(TR.length)] ??= {})[lang] = q.object.value;
  }
  const complete = Object.entries(terms).filter(([, l]) => l.it && l.en) as Array<[string, Bilingual]>;
  return { terms: Object.fromEntries(complete.sort(([a], [b]) => a.localeCompare(b))) };
}

interface CountriesLib { registerLocale(l: unknown): void; getName(iso: string, lang: string): string | undefined }
let countries: CountriesLib | undefined;
function italianCountryName(iso: string): string | undefined {
  if (!countries) {
    countries = require("i18n-iso-countries") as CountriesLib;
    countries.registerLocale(require("i18n-iso-countries/langs/it.json"));
  }
  return countries.getName(iso, "it");
}

/**
 * The first name each entry of data/lexicon/*.jsonl lists: its Italian name by the
 * lexicon's convention (`Nazioni Unite`, `Mosca`, `Consiglio di Sicurezza russo`). Read from
 * the files because the loader puts the canonical label first.
 */
async function firstNames(dataDir: string): Promise<Map<string, string>> {
  const dir = join(dataDir, "lexicon");
  const out = new Map<string, string>();
  for (const f of (await readdir(dir)).filter((f) => f.endsWith(".jsonl")).sort()) {
    for (const line of (await readFile(join(dir, f), "utf8")).split("\n")) {
      if (!line.trim() || line.trim().startsWith("//")) continue;
      const e = JSON.parse(line) as { id?: string; names?: string[] };
      if (e.id && e.names?.[0] && !out.has(e.id)) out.set(e.id, e.names[0]);
    }
  }
  return out;
}

/** A lexicon entry's name in each language. */
export function entryLabels(e: LexiconEntry, italian: string | undefined): Bilingual {
  if (e.type === "Person" || e.lang === "it") return { it: e.label, en: e.label };
  if (e.type === "Country") return { it: (e.country && italianCountryName(e.country)) ?? e.label, en: e.label };
  // `Kursk Oblast`: the Italian press says `regione di Kursk`.
  const region = /\b(Oblast|Region|Krai)\b/.test(e.label) ? e.names.find((n) => /^(regione|territorio) di /.test(n)) : undefined;
  return { it: region ?? italian ?? e.label, en: e.label };
}

/** `in Corea del Nord`, `negli Stati Uniti`, `a Pyongyang`, `nella regione di Kursk`, `in Alaska`. */
export function italianPlacePhrase(label: string, type: string, wide: boolean): string {
  if (/^[a-zà-ù]/.test(label)) {
    const noun = label.split(/\s/)[0]!;
    return `${/^[aeiouàèéìòù]/.test(noun) ? "nell'" : noun.endsWith("o") ? "nel " : "nella "}${label}`;
  }
  if (type === "Country") return /^Stati\b/.test(label) ? `negli ${label}` : /^(Regno|Paesi)\b/.test(label) ? `${label.startsWith("Paesi") ? "nei" : "nel"} ${label}` : `in ${label}`;
  return wide ? `in ${label}` : `a ${label}`;
}

/** Areas take `in` (`in Crimea`), cities and sites take `a`: the lexicon says which a place is. */
function isWidePlace(e: LexiconEntry | undefined): boolean {
  return e?.type === "Place" && (e.placeKind === "region" || e.placeKind === "island" || e.placeKind === "continent");
}

/** What the labels are made from: the lexicon's and the ontology's, read once per data folder (a watch process labels the graph after every edit). */
interface DisplayData { entries: Map<string, LexiconEntry>; italian: Map<string, string>; vocabulary: DisplayVocabulary; demonyms: Map<string, string> }
const displayData = new Map<string, Promise<DisplayData>>();

async function readDisplayData(dataDir: string): Promise<DisplayData> {
  const lexicon = await loadLexicon(dataDir);
  // The first entry of an id wins: a capital generated from i18n data does not hide its lexicon entry.
  const entries = new Map<string, LexiconEntry>();
  for (const e of lexicon.entries) if (!entries.has(e.id)) entries.set(e.id, e);
  // The masculine plural demonym (`nordcoreani`), to name figures about a country's soldiers.
  const demonyms = new Map<string, string>();
  for (const d of lexicon.demonyms) if (d.gender === "m" && d.number === "p" && !demonyms.has(d.country)) demonyms.set(d.country, d.form);
  return { entries, italian: await firstNames(dataDir), vocabulary: await readVocabulary(dataDir), demonyms };
}

export async function addDisplayLabels(graph: TramaGraph, dataDir: string = defaultDataDir): Promise<void> {
  let data = displayData.get(dataDir);
  if (!data) {
    displayData.set(dataDir, (data = readDisplayData(dataDir)));
    data.catch(() => displayData.delete(dataDir));
  }
  const { entries, italian, vocabulary, demonyms } = await data;
  const labels = new Map<string, Bilingual>();
  graph.forEachNode((key, a) => {
    const e = entries.get(key);
    labels.set(key, e ? entryLabels(e, italian.get(key)) : { it: a.label, en: a.label });
  });
  // Events read from a sentence (`visita di Sergueï Choïgou a Pyongyang`): the same head, with the participants' and the place's names.
  graph.forEachNode((key, a) => {
    if (a.type !== "Event" || entries.has(key)) return;
    if (key.startsWith("event/signing-")) {
      const t = labels.get(`treaty/${key.slice("event/signing-".length)}`);
      if (t) labels.set(key, { it: `firma: ${t.it}`, en: `signing: ${t.en}` });
      return;
    }
    const participants = graph.inEdges(key).filter((e) => graph.getEdgeAttribute(e, "predicate") === "participatesIn" && graph.getEdgeAttribute(e, "modality") === "asserted").map((e) => graph.source(e)).sort();
    const placeEdge = graph.outEdges(key).find((e) => graph.getEdgeAttribute(e, "predicate") === "locatedIn");
    const head = / di /.exec(a.label) ? a.label.slice(0, a.label.indexOf(" di ")) : undefined;
    const rule = evidenceAt(a, 0)?.rule;
    if (!head || !placeEdge || participants.length === 0 || !rule?.startsWith("event.")) return;
    const place = graph.target(placeEdge);
    const who = (lang: Lang) => participants.map((p) => labels.get(p)![lang]);
    const placeLabels = labels.get(place)!;
    const it = `${head} di ${who("it").join(" e ")} ${italianPlacePhrase(placeLabels.it, graph.getNodeAttribute(place, "type"), isWidePlace(entries.get(place)))}`;
    const en = `${rule.slice("event.".length).replace(/-/g, " ")} of ${who("en").join(" and ")} in ${placeLabels.en}`;
    labels.set(key, { it, en });
  });
  // In place: a watch rebuild's unchanged nodes keep their attribute objects (src/graph/finish.ts), which is what lets the writers reuse their text.
  graph.forEachNode((key, a) => {
    a.labels = labels.get(key)!;
    if (demonyms.has(key)) a.demonym = demonyms.get(key)!;
  });
  graph.setAttribute("vocabulary", vocabulary.terms);
}
