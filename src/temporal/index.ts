// Time expressions resolved against the article's date, after HeidelTime's news mode:
// explicit dates as written; a month without a year is the most recent such month not
// after the article's (the next one when its clause looks ahead); deictic phrases
// (`lo scorso anno`, `la settimana scorsa`, `ieri`) shift from the article's date, anaphoric
// ones (`l'anno precedente`) from the year the sentence named before. Each expression has
// a kind: a point, the start of a period (`da agosto`), its end (`entro il 2019`) or a range.
//
// Conventions: a week or a day before an article dated only to the month is that month;
// `un anno fa` is the article's month a year earlier; a range's value is its start and
// `valueEnd` its end; `asOfDate` says which date a figure stated with the expression refers to.
import type { IsoDate, NumberMention, Sentence, Token } from "../types.ts";
import { defaultDataDir } from "../paths.ts";
import { loadTemporalData, type TemporalData } from "./data.ts";
import { findTimeExpressions as find } from "./find.ts";
import type { TimeExpression } from "./types.ts";

export type { Granularity, TemporalData, TimeExpression, TimeKind, TimeUnit } from "./types.ts";
export { loadTemporalData } from "./data.ts";
export { formatIso, granularityOf, parseIso, resolveMonth, resolveWeekday, shiftDate, truncate } from "./calendar.ts";

let cached: TemporalData | undefined;
/** The temporal lexicon of Trama's own data folder, read once. */
export function temporalData(): TemporalData {
  cached ??= loadTemporalData(defaultDataDir);
  return cached;
}

/** Every time expression of the sentence, in order, resolved against the anchor (the article's date). */
export function findTimeExpressions(s: Sentence, anchor: IsoDate | undefined, data: TemporalData = temporalData()): TimeExpression[] {
  return find(s, anchor, data);
}

/**
 * The date a figure stated with this expression refers to: a point or a deadline as such, a
 * range's end (`inviati tra gennaio e febbraio` counts what had arrived by February), and
 * none for a `since` (a total `da agosto` is as of when it is stated).
 */
export function asOfDate(t: TimeExpression): IsoDate | undefined {
  if (t.kind === "since") return undefined;
  return t.kind === "range" ? t.valueEnd ?? t.value : t.value;
}

/**
 * One expression alone: `resolveDate("a fine aprile", "2025-06")` = `2025-04`. A string is
 * split into words and digits only (number words need the NLP stage: pass an analyzed
 * Sentence instead). Returns the first expression's value (a range's start).
 */
export function resolveDate(expr: string | Sentence, anchor: IsoDate | undefined, data: TemporalData = temporalData()): IsoDate | undefined {
  return resolveTime(expr, anchor, data)?.value;
}

export function resolveTime(expr: string | Sentence, anchor: IsoDate | undefined, data: TemporalData = temporalData()): TimeExpression | undefined {
  return find(typeof expr === "string" ? sentenceOf(expr) : expr, anchor, data)[0];
}

/** A bare sentence from a short expression: words (elided ones keep their apostrophe), digits, punctuation. */
export function sentenceOf(text: string): Sentence {
  const norm = text.replace(/[\u2018\u2019]/g, "'");
  const tokens: Token[] = [];
  const numbers: NumberMention[] = [];
  for (const m of norm.matchAll(/\d+(?:[.,]\d+)*|[\p{L}\p{M}]+'?|\S/gu)) {
    const w = m[0];
    const kind = /^\d/.test(w) ? "number" : /\p{L}/u.test(w) ? "word" : "punct";
    const lower = w.toLowerCase();
    const start = m.index!;
    tokens.push({ start, end: start + w.length, text: w, norm: w, lower, lemma: lower, lemmas: [lower], kind, sentenceStart: tokens.length === 0 });
    if (kind === "number") {
      const value = Number(w.replace(/\./g, "").replace(",", "."));
      numbers.push({ start, end: start + w.length, value, firstToken: tokens.length - 1, lastToken: tokens.length - 1, percent: false });
    }
  }
  return { index: 0, start: 0, end: norm.length, text: norm, tokens, numbers };
}
