// Finds the time expressions of one sentence and resolves them against the article's date:
// first the cores (a relative phrase, `N anni fa`, a part of a period, a month with its day
// and year, a year, a weekday), then the words around them that make a period of a point
// (`da agosto` since, `entro la fine del 2019` until, `tra gennaio e febbraio` range).
import type { IsoDate, Sentence } from "../types.ts";
import { formatIso, granularityOf, parseIso, resolveMonth, resolveWeekday, shiftDate, type MonthMode } from "./calendar.ts";
import type { RelativeRule, TemporalData } from "./data.ts";
import type { TimeExpression } from "./types.ts";

/** A resolved core before kinds and ranges are read; `month` is set when the text gave no year. */
interface Core { first: number; last: number; value: IsoDate; rule: string; explicitYear?: number; month?: number; day?: number; kind?: "range"; valueEnd?: IsoDate }

interface Scan { s: Sentence; anchor: IsoDate | undefined; data: TemporalData; cores: Core[] }

const low = (s: Sentence, i: number) => s.tokens[i]?.lower ?? "";
const seqAt = (s: Sentence, i: number, w: readonly string[]): boolean => {
  if (i < 0) return false;
  for (let k = 0; k < w.length; k++) if (low(s, i + k) !== w[k]) return false;
  return true;
};
const YEAR = /^(19|20)\d\d$/;
const yearAt = (s: Sentence, i: number) => (s.tokens[i]?.kind === "number" && YEAR.test(s.tokens[i]!.text) ? Number(s.tokens[i]!.text) : undefined);
const dayAt = (s: Sentence, i: number) => {
  const t = s.tokens[i];
  const d = t?.kind === "number" && /^\d{1,2}$/.test(t.text) ? Number(t.text) : 0;
  return d >= 1 && d <= 31 ? d : undefined;
};

/** The year the sentence last named explicitly, for `l'anno precedente` / `lo stesso anno`. */
const lastExplicitYear = (cores: readonly Core[]) => [...cores].reverse().find((c) => c.explicitYear)?.explicitYear;

/**
 * Each relative rule's word sequences by their first word, in rule order then word order:
 * every token is a candidate start, and few are the first word of any rule.
 */
const relativeIndexes = new WeakMap<readonly RelativeRule[], Map<string, [RelativeRule, readonly string[]][]>>();

function relativeIndex(rules: readonly RelativeRule[]): Map<string, [RelativeRule, readonly string[]][]> {
  let index = relativeIndexes.get(rules);
  if (index) return index;
  index = new Map();
  for (const rule of rules) for (const w of rule.words) {
    const list = index.get(w[0] ?? "") ?? [];
    list.push([rule, w]);
    index.set(w[0] ?? "", list);
  }
  relativeIndexes.set(rules, index);
  return index;
}

function relativeAt(x: Scan, i: number): { rule: RelativeRule; len: number; value?: IsoDate } | undefined {
  const candidates = relativeIndex(x.data.relative).get(low(x.s, i));
  if (!candidates) return undefined;
  for (const [rule, w] of candidates) {
    if (!seqAt(x.s, i, w)) continue;
    const antecedent = rule.anaphoric ? lastExplicitYear(x.cores) : undefined;
    const base = antecedent !== undefined ? String(antecedent) : x.anchor;
    return { rule, len: w.length, value: base ? shiftDate(base, rule.unit, rule.shift, rule.granularity) : undefined };
  }
  return undefined;
}

function relativeCore(x: Scan, i: number): Core | undefined {
  const r = relativeAt(x, i);
  return r?.value ? { first: i, last: i + r.len - 1, value: r.value, rule: r.rule.id } : undefined;
}

/** `due anni fa`, `tre mesi fa`. */
function agoCore(x: Scan, i: number): Core | undefined {
  const n = x.s.numbers.find((m) => m.firstToken === i);
  const unit = n && x.data.ago.units.get(low(x.s, n.lastToken + 1));
  if (!n || !unit || low(x.s, n.lastToken + 2) !== x.data.ago.marker || !x.anchor || !Number.isInteger(n.value)) return undefined;
  return { first: i, last: n.lastToken + 2, value: shiftDate(x.anchor, unit, -n.value), rule: x.data.ago.id };
}

/** Does the clause around token `i` look ahead (a future verb, `previsto`)? */
function looksAhead(x: Scan, i: number): boolean {
  const { s, data } = x;
  const stop = (k: number) => s.tokens[k]!.kind === "punct" && /^[,;:.!?()]$/.test(s.tokens[k]!.text);
  let a = i;
  while (a > 0 && !stop(a - 1)) a--;
  let b = i;
  while (b < s.tokens.length - 1 && !stop(b + 1)) b++;
  return s.tokens.slice(a, b + 1).some((t) => t.kind === "word" && (data.future.words.has(t.lower) || data.future.suffixes.some((x) => t.lower.length > x.length + 2 && t.lower.endsWith(x))));
}

/** `21 novembre 2023`, `nell'ottobre del 2023`, `a giugno dell'anno scorso`, `lo scorso settembre`, `il 25 e 26 ottobre`. */
function monthCore(x: Scan, i: number): Core | undefined {
  const { s, data } = x;
  const month = data.months.get(low(s, i));
  if (!month || s.tokens[i]!.kind !== "word") return undefined;
  const day = dayAt(s, i - 1);
  let first = day ? i - 1 : i;
  const firstDay = day && ["e", "-", "al", "o"].includes(low(s, i - 2)) ? dayAt(s, i - 3) : undefined;
  if (firstDay) first = i - 3;
  let j = i + 1;
  if (data.monthLinks.has(low(s, j)) && yearAt(s, j + 1)) j++;
  const year = yearAt(s, j);
  let value: IsoDate | undefined;
  let last = i;
  let explicitYear: number | undefined;
  let rule = "date.month";
  if (year) {
    value = formatIso({ y: year, m: month, ...(day ? { d: day } : {}) });
    last = j;
    explicitYear = year;
    rule = "date.explicit";
  } else {
    const linked = data.monthLinks.has(low(s, i + 1)) ? i + 2 : i + 1;
    const rel = relativeAt(x, i + 1) ?? (linked > i + 1 ? relativeAt(x, linked) : undefined);
    if (rel?.rule.unit === "year" && rel.value) {
      // `a giugno dell'anno scorso`: the relative phrase gives the year.
      const relStart = relativeAt(x, i + 1) ? i + 1 : linked;
      value = formatIso({ y: parseIso(rel.value).y, m: month, ...(day ? { d: day } : {}) });
      last = relStart + rel.len - 1;
      rule = `date.month+${rel.rule.id}`;
    } else {
      const before = low(s, first - 1);
      const after = low(s, i + 1);
      const mode: MonthMode = data.past.has(before) || data.past.has(after) ? "strictPast"
        : data.next.has(before) || data.next.has(after) ? "strictNext"
        : looksAhead(x, i) ? "next" : "last";
      if (data.past.has(after) || data.next.has(after)) last = i + 1;
      if (data.past.has(before) || data.next.has(before)) first--;
      value = resolveMonth(month, x.anchor, mode, day);
      rule = `date.month-${mode}`;
    }
  }
  if (!value) return undefined;
  const core: Core = { first, last, value, rule, ...(explicitYear ? { explicitYear } : { month, ...(day ? { day } : {}) }) };
  if (firstDay && day && firstDay < day) return { ...core, value: `${value.slice(0, 8)}${String(firstDay).padStart(2, "0")}`, kind: "range", valueEnd: value };
  return core;
}

/** `a fine 2024`, `alla fine di aprile`, `dall'inizio del 2023`, `a fine anno`. */
function partCore(x: Scan, i: number): Core | undefined {
  const { s, data } = x;
  const part = data.parts.get(low(s, i));
  if (!part) return undefined;
  const j = data.monthLinks.has(low(s, i + 1)) ? i + 2 : i + 1;
  const month = monthCore(x, j);
  if (month) return { ...month, first: i, rule: `${part.id}+${month.rule}` };
  const year = yearAt(s, j);
  if (year) return { first: i, last: j, value: formatIso({ y: year, m: part.monthOfYear }), rule: part.id, explicitYear: year };
  const rel = relativeAt(x, j) ?? relativeAt(x, i + 1);
  if (rel?.value && rel.rule.unit === "year") {
    const start = relativeAt(x, j) ? j : i + 1;
    return { first: i, last: start + rel.len - 1, value: formatIso({ y: parseIso(rel.value).y, m: part.monthOfYear }), rule: `${part.id}+${rel.rule.id}` };
  }
  if (low(s, j) === "anno" && x.anchor) return { first: i, last: j, value: formatIso({ y: parseIso(x.anchor).y, m: part.monthOfYear }), rule: `${part.id}+this-year` };
  // `a fine mese`: the article's month.
  if (low(s, j) === "mese" && x.anchor && parseIso(x.anchor).m) return { first: i, last: j, value: x.anchor.slice(0, 7), rule: `${part.id}+this-month` };
  return undefined;
}

function yearCore(x: Scan, i: number): Core | undefined {
  const year = yearAt(x.s, i);
  if (!year || !x.data.yearLeads.has(low(x.s, i - 1))) return undefined;
  return { first: i, last: i, value: String(year), rule: "date.year", explicitYear: year };
}

function weekdayCore(x: Scan, i: number): Core | undefined {
  const wd = x.data.weekdays.get(low(x.s, i));
  if (wd === undefined || !x.anchor) return undefined;
  const forward = x.data.next.has(low(x.s, i + 1));
  const marked = forward || x.data.past.has(low(x.s, i + 1));
  return { first: i, last: marked ? i + 1 : i, value: resolveWeekday(wd, x.anchor, forward), rule: forward ? "date.weekday-next" : "date.weekday-last" };
}

const MATCHERS = [relativeCore, agoCore, partCore, monthCore, yearCore, weekdayCore];

export function findCores(s: Sentence, anchor: IsoDate | undefined, data: TemporalData): Core[] {
  const x: Scan = { s, anchor, data, cores: [] };
  for (let i = 0; i < s.tokens.length; i++) {
    for (const match of MATCHERS) {
      const c = match(x, i);
      if (!c) continue;
      x.cores.push(c);
      i = c.last;
      break;
    }
  }
  return x.cores;
}

/** Start of a word sequence from `list` that ends at token `end`, skipping one article before `end`. */
function signalBefore(s: Sentence, end: number, list: readonly string[][], articles: ReadonlySet<string>): number | undefined {
  for (const e of articles.has(low(s, end)) ? [end - 1, end] : [end]) {
    for (const w of list) if (seqAt(s, e - w.length + 1, w)) return e - w.length + 1;
  }
  return undefined;
}

/** A range's open start takes its year from the end: `tra luglio e settembre 2024`, `tra novembre e febbraio`. */
function rangeStart(a: Core, b: Core): IsoDate {
  if (a.explicitYear || !a.month) return a.value;
  if (b.explicitYear !== undefined && parseIso(b.value).m === undefined) return a.value;
  return resolveMonth(a.month, b.value.slice(0, 7), "last", a.day) ?? a.value;
}

export function findTimeExpressions(s: Sentence, anchor: IsoDate | undefined, data: TemporalData): TimeExpression[] {
  const cores = findCores(s, anchor, data);
  const out: TimeExpression[] = [];
  const make = (first: number, last: number, c: Core, kind: TimeExpression["kind"], rule: string, valueEnd?: IsoDate): TimeExpression => ({
    start: s.tokens[first]!.start, end: s.tokens[last]!.end, firstToken: first, lastToken: last,
    value: c.value, ...(valueEnd ? { valueEnd } : {}), granularity: granularityOf(valueEnd ?? c.value), kind, rule,
  });
  for (let k = 0; k < cores.length; k++) {
    const c = cores[k]!;
    const next = cores[k + 1];
    let done = false;
    for (const rule of data.kinds) {
      const at = signalBefore(s, c.first - 1, rule.words, data.articles);
      if (at === undefined) continue;
      if (rule.kind === "range") {
        const conn = next && signalBefore(s, next.first - 1, rule.connector!, data.articles);
        if (!next || conn !== c.last + 1) continue;
        out.push(make(at, next.last, { ...c, value: rangeStart(c, next) }, "range", `${rule.id}+${c.rule}`, next.valueEnd ?? next.value));
        k++;
      } else out.push(make(at, c.last, c, rule.kind, `${rule.id}+${c.rule}`));
      done = true;
      break;
    }
    if (!done) out.push(make(c.first, c.last, c, c.kind ?? "point", c.rule, c.valueEnd));
  }
  return out;
}
