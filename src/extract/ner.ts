// CoNLL-style BIO tags from Trama's recognizer, so it can be scored on standard Italian
// NER data (PER / LOC / ORG; countries and places are LOC). Works on Trama's own tokens,
// or on given tokens (one per line, a blank line between sentences) aligned by offsets.
import type { AnalyzedArticle, EntityType, Mention, Span } from "../types.ts";
import type { ResolvedMention } from "./entities/index.ts";

export type NerTag = "PER" | "LOC" | "ORG";

const TAG_OF: Partial<Record<EntityType, NerTag>> = { Person: "PER", Country: "LOC", Place: "LOC", Organization: "ORG" };

export interface TaggedToken {
  text: string;
  tag: string;
}

/** Geographic feature nouns that annotators keep inside a place's name (`golfo del Messico`, `fiume Volturno`). */
const FEATURES = new Set(["golfo", "isola", "isole", "fiume", "lago", "mare", "monte", "monti", "provincia", "distretto", "stretto", "canale", "valle",
  "deserto", "penisola", "arcipelago", "via", "viale", "piazza", "corso", "baia", "capo", "oceano"]);
const OF = new Set(["di", "del", "della", "dello", "dell'", "dei", "degli", "delle", "d'"]);
const COMPASS = new Set(["Nord", "Sud", "Est", "Ovest"]);
/** Capitalized compass words that open a region's name before a place (`Nord Italia`, `Centro America`). */
const COMPASS_BEFORE = new Set(["Nord", "Sud", "Centro", "Est", "Ovest", "Medio", "Estremo"]);
/** Adjectives of position that annotators keep with the place they narrow (`Asia centrale`, `Italia meridionale`). */
const POSITION_AFTER = new Set(["centrale", "meridionale", "settentrionale", "orientale", "occidentale", "nordorientale", "nordoccidentale", "sudorientale", "sudoccidentale", "insulare", "continentale"]);
/**
 * Territorial units whose name is the territory's own (`comune di X` is X's municipality, not an
 * office sitting in X as `Tribunale di X` is): one span with the place. Capitalized, `Comune` and
 * `Regione` name the local government (ORG); a province, or a lower-case unit, is the territory (LOC).
 */
const TERRITORIAL = new Set(["comune", "provincia", "regione", "contea", "prefettura"]);
const GOVERNING_WHEN_CAPITALIZED = new Set(["Comune", "Regione"]);
/** Offices of a local government: `il presidente della regione X` names the government (ORG), not the land. */
const LOCAL_OFFICES = new Set(["presidente", "presidentessa", "governatore", "governatrice", "sindaco", "sindaca", "assessore", "assessora", "giunta"]);
/** Capitalized units that take their place as one name (a capitalized `Prefettura` is an office, named apart from its town). */
const CAPITALIZED_UNITS = new Set(["Comune", "Regione", "Provincia"]);

/** Token index of `start` in a sentence. */
const tokenAt = (s: AnalyzedArticle["sentences"][number], start: number) => s.tokens.findIndex((t) => t.start <= start && start < t.end);

/** A place's span as annotators mark it: with its feature noun before it and a compass word after (`Germania Est`). */
function placeSpan(m: Mention, s: AnalyzedArticle["sentences"][number]): Mention {
  let first = tokenAt(s, m.start);
  let last = tokenAt(s, m.end - 1);
  if (first < 0 || last < 0) return m;
  const isFeature = (t: string | undefined) => t !== undefined && (FEATURES.has(t) || TERRITORIAL.has(t));
  if (isFeature(s.tokens[first - 1]?.text)) first -= 1;
  else if (OF.has(s.tokens[first - 1]?.lower ?? "") && isFeature(s.tokens[first - 2]?.text)) first -= 2;
  else if (CAPITALIZED_UNITS.has(s.tokens[first - 1]?.text ?? "")) first -= 1;
  else if (OF.has(s.tokens[first - 1]?.lower ?? "") && CAPITALIZED_UNITS.has(s.tokens[first - 2]?.text ?? "")) first -= 2;
  else if (COMPASS_BEFORE.has(s.tokens[first - 1]?.text ?? "") && m.type === "Country") first -= 1;
  if (COMPASS.has(s.tokens[last + 1]?.text ?? "") || POSITION_AFTER.has(s.tokens[last + 1]?.text ?? "")) last += 1;
  const unit = s.tokens[first]!;
  const governed = GOVERNING_WHEN_CAPITALIZED.has(unit.text)
    || (TERRITORIAL.has(unit.lower) && OF.has(s.tokens[first - 1]?.lower ?? "") && LOCAL_OFFICES.has(s.tokens[first - 2]?.lower ?? ""));
  const type = governed ? "Organization" as const : m.type;
  return { ...m, type, start: s.tokens[first]!.start, end: s.tokens[last]!.end };
}

/**
 * Religious titles that annotators keep inside a person's name (`suor Maria`, `san Francesco`, `don Luigi`),
 * unlike offices and other titles (`papa`, `padre`, `cardinale`, `dott.`), which stay outside.
 */
const NAME_TITLES = new Set(["suor", "suora", "don", "san", "santa", "sant'", "santo"]);

/** A person's span as annotators mark it: with a religious title right before it. */
function personSpan(m: Mention, s: AnalyzedArticle["sentences"][number]): Mention {
  const first = tokenAt(s, m.start);
  const title = s.tokens[first - 1];
  return first > 0 && title && NAME_TITLES.has(title.lower) ? { ...m, start: title.start } : m;
}

const LOCATIVE_BEFORE = new Set(["in", "a", "ad", "nel", "nella", "nell'", "dal", "dalla", "dall'", "da", "per", "verso", "sulla", "sul", "negli", "nei"]);
const AUX_ACT = new Set(["ha", "hanno", "aveva", "avevano", "avrebbe", "avrebbero", "avrà", "avranno"]);
const CLITIC = new Set(["non", "si", "ne", "ci", "lo", "la", "li", "le", "gli", "già", "ora", "anche"]);

/** The name is the subject of a finite verb right after it (`X accusa`, `X ha firmato`, `X si è ritirata`); a copula (`X è un paese`) is not acting. */
function actsAsBody(tokens: ReadonlyArray<AnalyzedArticle["sentences"][number]["tokens"][number]>, last: number): boolean {
  let k = last + 1;
  while (CLITIC.has(tokens[k]?.lower ?? "")) k++;
  const t = tokens[k];
  if (!t || t.kind !== "word" || t.text !== t.lower) return false;
  // `ha firmato`, not `ha una minoranza`: the auxiliary needs its participle.
  if (AUX_ACT.has(t.lower)) {
    let p = k + 1;
    while (CLITIC.has(tokens[p]?.lower ?? "") || /mente$/.test(tokens[p]?.lower ?? "")) p++;
    const part = tokens[p];
    return part !== undefined && part.text === part.lower && /[aeiou]$/.test(part.lower) && part.lemmas.some((l) => /(are|ere|ire|rre)$/.test(l) && l !== part.lower);
  }
  if (tokens[k - 1]?.lower === "si" && (t.lower === "è" || t.lower === "sono")) return true;
  // A present or past finite form of a verb (`accusa`, `ritenta`, `dichiarò`), not a participle or a noun-only word.
  return /(a|ano|e|ono|ò|à)$/.test(t.lower) && !/(at|ut|it)[oaie]$/.test(t.lower) && t.lemmas.some((l) => /(are|ere|ire)$/.test(l) && l !== t.lower)
    && !["è", "e", "a", "sono", "era"].includes(t.lower);
}

/**
 * `Brenvox! ha comprato`, `comprare Brenvox!.`: an exclamation mark that the sentence runs on after (a
 * lower-case word, or more punctuation) belongs to the name before it (the sentence splitter
 * took it for a sentence's end).
 */
function withBang<M extends Mention>(text: string, m: M): M {
  const after = /^ ?!(?= ?([.,:;]|\p{Ll}))/u.exec(text.slice(m.end, m.end + 4));
  return after && (m.type === "Organization" || m.type === "Person") ? { ...m, end: m.end + after[0].length } : m;
}

/**
 * Mentions as NER annotators mark them: a body named after its place (`Tribunale di
 * Brenzone`) is two names, the body (ORG) up to `di` and the place (LOC); a place keeps its
 * feature noun (`provincia di X`, `fiume Y`).
 */
export function nerMentions(doc: AnalyzedArticle, resolved: readonly ResolvedMention[]): Mention[] {
  return resolved.map((r) => withBang(doc.text, r)).flatMap(({ candidate: c, ...m }): Mention[] => {
    const s = doc.sentences[m.sentence];
    if (!s) return [m];
    // `la Moldavia accusa la Bulgaria`: a country that acts is a political body to annotators (ORG), where it lies is a place.
    if (m.type === "Country" && m.resolvedBy !== "demonym" && !LOCATIVE_BEFORE.has(s.tokens[tokenAt(s, m.start) - 1]?.lower ?? "") && actsAsBody(s.tokens, tokenAt(s, m.end - 1))) return [{ ...m, type: "Organization" }];
    if ((m.type === "Place" || m.type === "Country") && m.resolvedBy !== "demonym") return [placeSpan(m, s)];
    if (m.type === "Person") return [personSpan(m, s)];
    if (!c.placeTail) return [m];
    const [a, b] = c.placeTail;
    const unit = s.tokens[tokenAt(s, m.start)];
    // (A capitalized `Prefettura` is an office, named apart from its town; a lower-case one is a territory.)
    if (unit && (TERRITORIAL.has(unit.text) || CAPITALIZED_UNITS.has(unit.text))) return [{ ...m, end: s.tokens[b]!.end, type: GOVERNING_WHEN_CAPITALIZED.has(unit.text) ? "Organization" : "Place" }];
    const head = { ...m, end: s.tokens[a - 2]!.end };
    const place = { ...m, type: "Place" as const, start: s.tokens[a]!.start, end: s.tokens[b]!.end, key: `${m.key}#place` };
    return [head, place];
  });
}

/** Build an article text from given sentences of tokens: tokens joined by one space, one sentence per line. */
export function textFromTokens(sentences: string[][]): { text: string; spans: Span[][] } {
  let text = "";
  const spans: Span[][] = [];
  for (const tokens of sentences) {
    const row: Span[] = [];
    tokens.forEach((t, i) => {
      if (i > 0) text += " ";
      row.push({ start: text.length, end: text.length + t.length });
      text += t;
    });
    text += "\n";
    spans.push(row);
  }
  return { text, spans };
}

/** BIO tags for tokens given by their spans, from the mentions found in the same text. */
export function bioTags(tokens: ReadonlyArray<Span & { text: string }>, mentions: readonly Mention[]): TaggedToken[] {
  const tagged = mentions
    // A nationality adjective (`la diplomazia italiana`) gives a country to what it qualifies but is no name.
    .filter((m) => m.resolvedBy !== "demonym")
    .map((m) => ({ m, tag: TAG_OF[m.type] }))
    .filter((x): x is { m: Mention; tag: NerTag } => x.tag !== undefined)
    .sort((a, b) => a.m.start - b.m.start || (b.m.end - b.m.start) - (a.m.end - a.m.start));
  let prevMention: Mention | undefined;
  return tokens.map((t) => {
    const hit = tagged.find((x) => x.m.start < t.end && t.start < x.m.end);
    if (!hit) {
      prevMention = undefined;
      return { text: t.text, tag: "O" };
    }
    const inside = prevMention === hit.m;
    prevMention = hit.m;
    return { text: t.text, tag: `${inside ? "I" : "B"}-${hit.tag}` };
  });
}

/** One document of pre-tokenized input: the line that opened it (`-DOCSTART-`, `# newdoc`), if any, and its sentences. */
export interface TokenDocument {
  /** The opening line as given; a `-DOCSTART-` line is itself a token of the file and is echoed with tag O. */
  marker?: string;
  sentences: string[][];
}

const isDocStart = (line: string) => line.startsWith("-DOCSTART-") || /^#\s*newdoc\b/.test(line);

/**
 * Parse pre-tokenized input: one token per line (first column), blank lines between
 * sentences, `-DOCSTART-` or `# newdoc` lines between documents, other `# ` comment lines
 * ignored. A token that is only whitespace (a line of spaces, or a first column of spaces) stays a token.
 */
export function parseTokenDocuments(input: string): TokenDocument[] {
  const docs: TokenDocument[] = [{ sentences: [] }];
  let cur: string[] = [];
  const flush = () => {
    if (cur.length) docs[docs.length - 1]!.sentences.push(cur);
    cur = [];
  };
  const lines = input.split(/\r?\n/);
  if (lines[lines.length - 1] === "") lines.pop();
  for (const line of lines) {
    if (isDocStart(line)) {
      flush();
      docs.push({ marker: line, sentences: [] });
      continue;
    }
    if (/^#\s/.test(line) && !line.includes("\t")) continue;
    if (line === "") { flush(); continue; }
    // With columns, the first is the token (an empty one reads as a sentence break, as CoNLL scorers read it);
    // without, the line is the token, and a line of only spaces is a whitespace token.
    const tok = line.includes("\t") ? line.split("\t")[0]! : (line.trim() === "" ? line : line.trim());
    if (tok === "") flush();
    else cur.push(tok);
  }
  flush();
  return docs.filter((d, i) => i > 0 || d.sentences.length > 0);
}

/** Parse pre-tokenized input as one list of sentences (documents run together). */
export function parseTokenLines(input: string): string[][] {
  return parseTokenDocuments(input).flatMap((d) => d.sentences);
}

/** CoNLL text for tagged documents: each opening line as given (a `-DOCSTART-` token tagged O), then its sentences. */
export function formatConllDocuments(docs: ReadonlyArray<{ marker?: string; sentences: TaggedToken[][] }>): string {
  const blocks: string[] = [];
  for (const d of docs) {
    if (d.marker !== undefined) blocks.push(d.marker.startsWith("-DOCSTART-") ? `${d.marker.split("\t")[0]}\tO` : d.marker);
    if (d.sentences.length) blocks.push(formatConll(d.sentences).trimEnd());
  }
  return blocks.join("\n\n") + "\n";
}

export function formatConll(sentences: TaggedToken[][]): string {
  return sentences.map((s) => s.map((t) => `${t.text}\t${t.tag}`).join("\n")).join("\n\n") + "\n";
}
