// Dates as written in bylines and datelines (`28 Ottobre 2025`, `1° gen. 2024`,
// `October 28, 2025`, `28/10/2025`), turned into ISO-8601 prefixes.
import type { IsoDate } from "../types.ts";

const pad = (n: number) => String(n).padStart(2, "0");

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `2025`, `2025-06` or `2025-06-19`; undefined when a part is out of range (year 1900–2100). */
export function isoDate(year: number, month?: number, day?: number): IsoDate | undefined {
  if (!Number.isInteger(year) || year < 1900 || year > 2100) return undefined;
  if (month === undefined) return String(year);
  if (!Number.isInteger(month) || month < 1 || month > 12) return undefined;
  if (day === undefined) return `${year}-${pad(month)}`;
  if (!Number.isInteger(day) || day < 1 || day > daysIn(year, month)) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** `2024`, `2024-05`, `2024-05-03`, or a timestamp starting with one (`2024-05-03T10:00:00Z`). */
export function parseIsoDate(value: string, allowTime = true): IsoDate | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?([T ].*)?$/.exec(value.trim());
  if (!m || (m[4] && (!allowTime || !m[3]))) return undefined;
  return isoDate(Number(m[1]), m[2] ? Number(m[2]) : undefined, m[3] ? Number(m[3]) : undefined);
}

export interface FoundDate {
  date: IsoDate;
  /** Offset and length of the written date in the searched string. */
  index: number;
  length: number;
}

// Not inside a longer word or number.
const B = "(?<![\\p{L}\\p{N}])";
const E = "(?![\\p{L}\\p{N}])";
const DAY_MONTH_YEAR = new RegExp(`${B}(\\d{1,2})[°º]?\\s+(\\p{L}+)\\.?,?\\s+(\\d{4})${E}`, "gu");
const MONTH_DAY_YEAR = new RegExp(`${B}(\\p{L}+)\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})${E}`, "gu");
const NUMERIC = new RegExp(`${B}(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})${E}`, "gu");
const ISO = new RegExp(`${B}(\\d{4})-(\\d{2})-(\\d{2})${E}`, "gu");

/** The first written full date (day, month, year) in `text`. */
export function findWrittenDate(text: string, months: ReadonlyMap<string, number>): FoundDate | undefined {
  const found: FoundDate[] = [];
  const month = (name: string) => months.get(name.toLowerCase());
  const first = (re: RegExp, read: (m: RegExpExecArray) => IsoDate | undefined) => {
    for (const m of text.matchAll(re)) {
      const date = read(m as RegExpExecArray);
      if (date) return found.push({ date, index: m.index, length: m[0].length });
    }
  };
  first(DAY_MONTH_YEAR, (m) => { const mo = month(m[2]!); return mo ? isoDate(Number(m[3]), mo, Number(m[1])) : undefined; });
  first(MONTH_DAY_YEAR, (m) => { const mo = month(m[1]!); return mo ? isoDate(Number(m[3]), mo, Number(m[2])) : undefined; });
  first(NUMERIC, (m) => isoDate(Number(m[3]), Number(m[2]), Number(m[1])));
  first(ISO, (m) => isoDate(Number(m[1]), Number(m[2]), Number(m[3])));
  return found.sort((a, b) => a.index - b.index)[0];
}
