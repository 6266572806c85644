// The temporal lexicon (data/temporal/calendar.json and expressions.json), validated and
// compiled once: multi-word patterns become token sequences (`l'anno scorso` -> [l', anno, scorso]).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { LexiconError } from "../errors.ts";

export type TimeUnit = "year" | "month" | "week" | "day";
export type Granularity = "year" | "month" | "day";
export type TimeKind = "point" | "since" | "until" | "range";

export interface RelativeRule {
  id: string;
  words: string[][];
  unit: TimeUnit;
  shift: number;
  granularity?: Granularity;
  /** Counted from the year named earlier in the sentence rather than from the article's date. */
  anaphoric: boolean;
}

export interface KindRule { id: string; kind: Exclude<TimeKind, "point">; words: string[][]; connector?: string[][] }

export interface TemporalData {
  months: Map<string, number>;
  weekdays: Map<string, number>;
  /** Part-of-period word -> rule id and the month it picks in a bare year (`fine` -> 12). */
  parts: Map<string, { id: string; monthOfYear: number }>;
  relative: RelativeRule[];
  ago: { id: string; marker: string; units: Map<string, TimeUnit> };
  kinds: KindRule[];
  articles: Set<string>;
  monthLinks: Set<string>;
  yearLeads: Set<string>;
  past: Set<string>;
  next: Set<string>;
  future: { suffixes: string[]; words: Set<string> };
}

const UNITS = ["year", "month", "week", "day"];
const GRANULARITIES = ["year", "month", "day"];

/** `l'anno scorso` -> [`l'`, `anno`, `scorso`]: the tokens the NLP stage makes of it. */
export const wordsOf = (w: string) => w.toLowerCase().replace(/'/g, "' ").split(/\s+/).filter(Boolean);
const byLength = (a: string[], b: string[]) => b.length - a.length;

function read(file: string): Record<string, any> {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new LexiconError(file, "", `cannot read: ${(e as Error).message}`);
  }
}

function strings(v: unknown): v is string[] {
  return Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === "string" && x.length > 0);
}

export function loadTemporalData(dataDir: string): TemporalData {
  const calFile = join(dataDir, "temporal", "calendar.json");
  const exprFile = join(dataDir, "temporal", "expressions.json");
  const cal = read(calFile);
  const ex = read(exprFile);
  const need = (file: string) => (cond: unknown, where: string, reason: string) => { if (!cond) throw new LexiconError(file, where, reason); };
  const needCal = need(calFile);
  const needEx = need(exprFile);

  const months = new Map<string, number>();
  for (const [w, m] of Object.entries(cal.months ?? {})) {
    needCal(Number.isInteger(m) && (m as number) >= 1 && (m as number) <= 12, `months.${w}`, "month must be 1..12");
    months.set(w, m as number);
  }
  needCal(months.size >= 12, "months", "needs at least the twelve Italian months");
  const weekdays = new Map<string, number>();
  for (const [w, d] of Object.entries(cal.weekdays ?? {})) {
    needCal(Number.isInteger(d) && (d as number) >= 0 && (d as number) <= 6, `weekdays.${w}`, "weekday must be 0 (Sunday)..6");
    weekdays.set(w, d as number);
  }
  const parts = new Map<string, { id: string; monthOfYear: number }>();
  (cal.partOfPeriod ?? []).forEach((p: any, i: number) => {
    needCal(p?.id && p.reason && strings(p.words) && Number.isInteger(p.monthOfYear), `partOfPeriod ${i}`, "needs id, reason, words and monthOfYear");
    for (const w of p.words) parts.set(w, { id: p.id, monthOfYear: p.monthOfYear });
  });

  const relative: RelativeRule[] = (ex.relative ?? []).map((r: any, i: number) => {
    needEx(r?.id && r.reason && strings(r.words), `relative ${i}`, "needs id, reason and words");
    needEx(UNITS.includes(r.unit) && Number.isInteger(r.shift), `relative ${r.id}`, "needs a unit (year, month, week, day) and an integer shift");
    needEx(r.granularity === undefined || GRANULARITIES.includes(r.granularity), `relative ${r.id}`, "granularity must be year, month or day");
    return { id: r.id, words: r.words.map(wordsOf).sort(byLength), unit: r.unit, shift: r.shift, granularity: r.granularity, anaphoric: r.anaphoric === true };
  });
  // Longest patterns first, so `dell'anno scorso` wins over `anno scorso`.
  relative.sort((a, b) => b.words[0]!.length - a.words[0]!.length);

  const ago = ex.ago ?? {};
  needEx(ago.id && ago.reason && ago.marker, "ago", "needs id, reason and marker");
  const agoUnits = new Map<string, TimeUnit>();
  for (const [w, u] of Object.entries(ago.units ?? {})) {
    needEx(UNITS.includes(u as string), `ago.units.${w}`, "unit must be year, month, week or day");
    agoUnits.set(w, u as TimeUnit);
  }

  const kinds: KindRule[] = (ex.kinds ?? []).map((k: any, i: number) => {
    needEx(k?.id && k.reason && ["since", "until", "range"].includes(k.kind) && strings(k.words), `kinds ${i}`, "needs id, reason, kind (since, until, range) and words");
    needEx(k.kind !== "range" || strings(k.connector), `kinds ${k.id}`, "a range needs its connector words");
    return { id: k.id, kind: k.kind, words: k.words.map(wordsOf).sort(byLength), ...(k.connector ? { connector: k.connector.map(wordsOf).sort(byLength) } : {}) };
  });
  // A range's start word (`dal` in `dal 2017 al 2023`) is tried before the same word alone (`dal 2017`).
  kinds.sort((a, b) => Number(b.kind === "range") - Number(a.kind === "range"));

  for (const key of ["articles", "monthLinks", "yearLeads"]) needEx(strings(ex[key]), key, "needs a list of words");
  needEx(strings(ex.past?.words) && strings(ex.next?.words) && ex.past.reason && ex.next.reason, "past/next", "need words and a reason");
  needEx(strings(ex.future?.suffixes) && strings(ex.future?.words) && ex.future.reason, "future", "needs suffixes, words and a reason");
  return {
    months, weekdays, parts, relative, kinds,
    ago: { id: ago.id, marker: ago.marker, units: agoUnits },
    articles: new Set(ex.articles), monthLinks: new Set(ex.monthLinks), yearLeads: new Set(ex.yearLeads),
    past: new Set(ex.past.words), next: new Set(ex.next.words),
    future: { suffixes: ex.future.suffixes, words: new Set(ex.future.words) },
  };
}
