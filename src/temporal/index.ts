// Time expressions of a sentence resolved against the article's date, after HeidelTime's
// news mode: explicit dates as written; a month without a year is the most recent such
// month not after the article (the next one when the verb looks ahead); relative
// expressions (`lo scorso anno`, `la settimana scorsa`, `ieri`) shift from the article date.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { LexiconError } from "../errors.ts";
import { defaultDataDir } from "../paths.ts";
import type { IsoDate, Sentence, Span } from "../types.ts";

export interface TimeExpression extends Span {
  value: IsoDate;
  /** Token range. */
  firstToken: number;
  lastToken: number;
  rule: string;
}

interface RelativeRule { id: string; words: string[][]; unit: "year" | "month" | "week" | "day"; shift: number }

export interface TemporalData {
  months: Map<string, number>;
  relative: RelativeRule[];
  weekdays: Map<string, number>;
}

const pad = (n: number) => String(n).padStart(2, "0");

export function loadTemporalData(dataDir: string = defaultDataDir): TemporalData {
  const exprFile = join(dataDir, "temporal", "expressions.json");
  const monthFile = join(dataDir, "ingest", "months.json");
  let expr: { relative?: Array<{ id: string; words: string[]; unit: string; shift: number; reason: string }>; weekdays?: Record<string, number> };
  let months: Record<string, number>;
  try {
    expr = JSON.parse(readFileSync(exprFile, "utf8"));
    months = JSON.parse(readFileSync(monthFile, "utf8")).months;
  } catch (e) {
    throw new LexiconError(exprFile, "", `cannot read: ${(e as Error).message}`);
  }
  const relative = (expr.relative ?? []).map((r, i) => {
    if (!r.id || !r.reason || !["year", "month", "week", "day"].includes(r.unit) || !Number.isInteger(r.shift)) throw new LexiconError(exprFile, `relative ${i}`, "needs id, reason, unit and integer shift");
    return { id: r.id, unit: r.unit as RelativeRule["unit"], shift: r.shift, words: r.words.map((w) => w.replace(/'/g, "' ").split(/\s+/).filter(Boolean)) };
  });
  relative.sort((a, b) => Math.max(...b.words.map((w) => w.length)) - Math.max(...a.words.map((w) => w.length)));
  return { months: new Map(Object.entries(months)), relative, weekdays: new Map(Object.entries(expr.weekdays ?? {})) };
}

let cached: TemporalData | undefined;
export function temporalData(): TemporalData {
  cached ??= loadTemporalData();
  return cached;
}

export function parseIso(d: IsoDate): { y: number; m?: number; d?: number } {
  const [y, m, day] = d.split("-").map(Number);
  return { y: y!, ...(m ? { m } : {}), ...(day ? { d: day } : {}) };
}

export function shiftDate(anchor: IsoDate, unit: RelativeRule["unit"], shift: number): IsoDate {
  const a = parseIso(anchor);
  if (unit === "year") return String(a.y + shift);
  if (unit === "month" || !a.d) {
    if (!a.m) return String(a.y);
    const months = a.y * 12 + (a.m - 1) + (unit === "month" ? shift : 0);
    return `${Math.floor(months / 12)}-${pad((months % 12) + 1)}`;
  }
  const date = new Date(Date.UTC(a.y, a.m! - 1, a.d + (unit === "week" ? 7 * shift : shift)));
  return date.toISOString().slice(0, 10);
}

/** The most recent `month` not after the anchor (or the next one when `future`). */
export function resolveMonth(month: number, anchor: IsoDate | undefined, future = false): IsoDate | undefined {
  if (!anchor) return undefined;
  const a = parseIso(anchor);
  if (!a.m) return `${a.y}-${pad(month)}`;
  const year = future ? (month >= a.m ? a.y : a.y + 1) : (month <= a.m ? a.y : a.y - 1);
  return `${year}-${pad(month)}`;
}

const FUTURE_VERB = /(rà|ranno|rebbe|rebbero)$/;
const lower = (s: Sentence, i: number) => s.tokens[i]?.lower ?? "";

/** Every time expression of the sentence, resolved against the anchor (the article date). */
export function findTimeExpressions(s: Sentence, anchor: IsoDate | undefined, data: TemporalData = temporalData()): TimeExpression[] {
  const out: TimeExpression[] = [];
  const future = s.tokens.some((t) => FUTURE_VERB.test(t.lower) && t.kind === "word") || s.tokens.some((t) => t.lower === "previsto" || t.lower === "prevista");
  const push = (first: number, last: number, value: IsoDate | undefined, rule: string) => {
    if (value) out.push({ start: s.tokens[first]!.start, end: s.tokens[last]!.end, value, firstToken: first, lastToken: last, rule });
  };
  for (let i = 0; i < s.tokens.length; i++) {
    const t = s.tokens[i]!;
    const rel = data.relative.find((r) => r.words.some((w) => w.every((x, k) => lower(s, i + k) === x)));
    if (rel && anchor) {
      const len = rel.words.find((w) => w.every((x, k) => lower(s, i + k) === x))!.length;
      push(i, i + len - 1, shiftDate(anchor, rel.unit, rel.shift), rel.id);
      i += len - 1;
      continue;
    }
    const month = data.months.get(t.lower);
    if (month && t.kind === "word" && t.lower.length > 3) {
      // `21 novembre 2023`, `novembre 2023`, `giugno dell'anno scorso`, `aprile`.
      const day = s.tokens[i - 1]?.kind === "number" ? Number(s.tokens[i - 1]!.text) : undefined;
      const first = day && day <= 31 ? i - 1 : i;
      let yearTok = i + 1;
      if (["del", "di"].includes(lower(s, yearTok))) yearTok++;
      const year = /^(19|20)\d\d$/.test(s.tokens[yearTok]?.text ?? "") ? Number(s.tokens[yearTok]!.text) : undefined;
      if (year) {
        push(first, yearTok, day && day <= 31 ? `${year}-${pad(month)}-${pad(day)}` : `${year}-${pad(month)}`, "explicit-date");
        i = yearTok;
        continue;
      }
      const lastYear = ["dell'", "del"].includes(lower(s, i + 1)) && lower(s, i + 2) === "anno" && ["scorso", "precedente"].includes(lower(s, i + 3));
      if (lastYear && anchor) {
        push(first, i + 3, `${parseIso(anchor).y - 1}-${pad(month)}`, "month-of-last-year");
        i += 3;
        continue;
      }
      const m = resolveMonth(month, anchor, future);
      push(first, i, day && day <= 31 && m ? `${m}-${pad(day)}` : m, future ? "month-next" : "month-last");
      continue;
    }
    if (/^(19|20)\d\d$/.test(t.text) && ["nel", "del", "dal", "il", "al", "entro", "fine", "inizio", "metà", "anno", "'"].includes(lower(s, i - 1))) {
      // `a fine 2024`, `entro la fine del 2019`, `dall'inizio del 2023`.
      const lead = [lower(s, i - 1), lower(s, i - 2), lower(s, i - 3)];
      const part = lead.includes("fine") ? "-12" : lead.includes("inizio") ? "-01" : "";
      push(i, i, `${t.text}${part}`, "year");
    }
    const wd = data.weekdays.get(t.lower);
    if (wd !== undefined && anchor) {
      const a = parseIso(anchor);
      if (a.d) {
        const date = new Date(Date.UTC(a.y, a.m! - 1, a.d));
        const back = (date.getUTCDay() - wd + 7) % 7 || 7;
        push(i, i, new Date(date.getTime() - back * 86400000).toISOString().slice(0, 10), "weekday-last");
      } else push(i, i, anchor, "weekday-in-month");
    }
  }
  return out;
}

/** One expression alone, e.g. for tests: `a fine aprile` with anchor 2025-06 -> 2025-04. */
export function resolveExpression(tokens: string[], anchor: IsoDate | undefined): IsoDate | undefined {
  let pos = 0;
  const s: Sentence = {
    index: 0, start: 0, end: 0, text: tokens.join(" "), numbers: [],
    tokens: tokens.map((text) => {
      const t = { start: pos, end: pos + text.length, text, norm: text, lower: text.toLowerCase(), lemma: text.toLowerCase(), lemmas: [text.toLowerCase()], kind: /^\d+$/.test(text) ? "number" as const : "word" as const, sentenceStart: false };
      pos += text.length + 1;
      return t;
    }),
  };
  return findTimeExpressions(s, anchor)[0]?.value;
}
