// Date arithmetic on ISO prefixes (`2025`, `2025-06`, `2025-06-19`). A result is never more
// precise than its anchor: a week before an article dated only `2025-06` is still `2025-06`.
import type { IsoDate } from "../types.ts";
import type { Granularity, TimeUnit } from "./data.ts";

export interface DateParts { y: number; m?: number; d?: number }

const pad = (n: number) => String(n).padStart(2, "0");
const RANK: Record<Granularity, number> = { year: 0, month: 1, day: 2 };

export function parseIso(d: IsoDate): DateParts {
  const [y, m, day] = d.split("-").map(Number);
  return { y: y!, ...(m ? { m } : {}), ...(day ? { d: day } : {}) };
}

export function formatIso(p: DateParts): IsoDate {
  return `${String(p.y).padStart(4, "0")}${p.m ? `-${pad(p.m)}` : ""}${p.m && p.d ? `-${pad(p.d)}` : ""}`;
}

export function granularityOf(d: IsoDate): Granularity {
  return d.length >= 10 ? "day" : d.length >= 7 ? "month" : "year";
}

export function truncate(d: IsoDate, g: Granularity): IsoDate {
  return RANK[granularityOf(d)] <= RANK[g] ? d : d.slice(0, g === "year" ? 4 : 7);
}

const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const utc = (p: DateParts) => new Date(Date.UTC(p.y, (p.m ?? 1) - 1, p.d ?? 1));
const fromUtc = (x: Date): DateParts => ({ y: x.getUTCFullYear(), m: x.getUTCMonth() + 1, d: x.getUTCDate() });

/**
 * `shift` units from the anchor, at `granularity` (default: the unit's own; weeks and days
 * are days). Units finer than the anchor leave it as it is.
 */
export function shiftDate(anchor: IsoDate, unit: TimeUnit, shift: number, granularity?: Granularity): IsoDate {
  const a = parseIso(anchor);
  let r: DateParts = a;
  if (unit === "year") {
    r = { ...a, y: a.y + shift };
    if (r.m && r.d) r.d = Math.min(r.d, daysIn(r.y, r.m));
  } else if (unit === "month" && a.m) {
    const months = a.y * 12 + (a.m - 1) + shift;
    r = { y: Math.floor(months / 12), m: (months % 12) + 1, ...(a.d ? { d: Math.min(a.d, daysIn(Math.floor(months / 12), (months % 12) + 1)) } : {}) };
  } else if ((unit === "week" || unit === "day") && a.d) {
    const x = utc(a);
    x.setUTCDate(x.getUTCDate() + (unit === "week" ? 7 * shift : shift));
    r = fromUtc(x);
  }
  const natural: Granularity = unit === "year" ? "year" : unit === "month" ? "month" : "day";
  return truncate(formatIso(r), granularity ?? natural);
}

export type MonthMode = "last" | "next" | "strictPast" | "strictNext";

const before = (m: number, d: number | undefined, a: DateParts) => m < a.m! || (m === a.m && d !== undefined && a.d !== undefined && d < a.d);
const after = (m: number, d: number | undefined, a: DateParts) => m > a.m! || (m === a.m && d !== undefined && a.d !== undefined && d > a.d);

/**
 * A month (and day) without a year, placed relative to the anchor: `last` is the most recent
 * one not after it (news mode's default for the past), `next` the first one not before it;
 * the strict modes exclude the anchor's own month (`lo scorso giugno` in June is last year's).
 */
export function resolveMonth(month: number, anchor: IsoDate | undefined, mode: MonthMode = "last", day?: number): IsoDate | undefined {
  if (!anchor) return undefined;
  const a = parseIso(anchor);
  let y = a.y;
  if (a.m) {
    if (mode === "last" && after(month, day, a)) y--;
    if (mode === "strictPast" && !before(month, day, a)) y--;
    if (mode === "next" && before(month, day, a)) y++;
    if (mode === "strictNext" && !after(month, day, a)) y++;
  }
  return formatIso({ y, m: month, ...(day ? { d: Math.min(day, daysIn(y, month)) } : {}) });
}

/** The weekday before the anchor's date (or after it when `forward`); the anchor's month when it has no day. */
export function resolveWeekday(weekday: number, anchor: IsoDate, forward = false): IsoDate {
  const a = parseIso(anchor);
  if (!a.d) return anchor;
  const x = utc(a);
  const diff = forward ? (weekday - x.getUTCDay() + 7) % 7 || 7 : -((x.getUTCDay() - weekday + 7) % 7 || 7);
  x.setUTCDate(x.getUTCDate() + diff);
  return formatIso(fromUtc(x));
}
