// Article metadata found without a sidecar: a ` date YYYY-MM` first line, bylines with
// Italian dates (`Chas Pravdy - 28 Ottobre 2025 11:48`, `Pubblicato il 10 febbraio 2025`),
// `Fonte: X` lines, datelines (`Seoul (AsiaNews/Agenzie) -`), and an optional front
// matter block that overrides all of them.
import { IngestError } from "../errors.ts";
import type { IsoDate, Span } from "../types.ts";
import type { IngestData } from "./data.ts";
import type { Line } from "./mask.ts";

export interface FoundMeta {
  title?: string;
  date?: IsoDate;
  source?: string;
  url?: string;
  spans: { source?: Span; date?: Span; title?: Span };
  /** Ranges to blank (markers, bylines, front matter). */
  blank: Span[];
}

const pad = (n: number) => String(n).padStart(2, "0");

export function isoDate(year: number, month?: number, day?: number): IsoDate | undefined {
  if (year < 1900 || year > 2100) return undefined;
  if (month === undefined) return String(year);
  if (month < 1 || month > 12) return undefined;
  if (day === undefined) return `${year}-${pad(month)}`;
  if (day < 1 || day > 31) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** `28 Ottobre 2025`, `10 febbraio 2025`, `1 gen. 2024` anywhere in a string. */
export function findItalianDate(text: string, data: IngestData): { date: IsoDate; index: number; length: number } | undefined {
  const re = /\b(\d{1,2})\s+(\p{L}+)\.?\s+(\d{4})\b/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const month = data.months.get(m[2]!.toLowerCase());
    const date = month ? isoDate(Number(m[3]), month, Number(m[1])) : undefined;
    if (date) return { date, index: m.index, length: m[0].length };
  }
  return undefined;
}

const DATE_MARKER = /^(\s*)date\s+(\d{4})-(\d{2})(?:-(\d{2}))?\b/;
const NEWSROOM_DESK = /^(redazione|desk|staff|a cura)\b/i;
const GENERIC_SOURCES = new Set(["agenzie", "agenzia", "redazione", "ansa/agenzie"]);

function frontMatter(text: string, path: string, found: FoundMeta): number {
  const m = /^---\r?\n([\s\S]*?)\r?\n---(\r?\n|$)/.exec(text);
  if (!m) return 0;
  for (const line of m[1]!.split(/\r?\n/)) {
    const kv = /^\s*(title|date|source|url)\s*:\s*(.*?)\s*$/.exec(line);
    if (!kv) continue;
    const value = kv[2]!.replace(/^["']|["']$/g, "");
    if (kv[1] === "date") {
      const d = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(value);
      const iso = d ? isoDate(Number(d[1]), d[2] ? Number(d[2]) : undefined, d[3] ? Number(d[3]) : undefined) : undefined;
      if (!iso) throw new IngestError(path, `front matter: invalid date "${value}"`);
      found.date = iso;
    } else found[kv[1] as "title" | "source" | "url"] = value;
  }
  found.blank.push({ start: 0, end: m[0].length });
  return m[0].length;
}

/** A byline: short line with a date, optionally `Source - ` before it. */
function byline(line: Line, data: IngestData): { date: IsoDate; source?: string; sourceSpan?: Span } | undefined {
  const t = line.text.trim();
  if (t.length > 90 || /[.!?]$/.test(t)) return undefined;
  const d = findItalianDate(t, data);
  if (!d) return undefined;
  const before = t.slice(0, d.index).replace(/\s*[-–|·,]\s*$/, "").replace(/^pubblicato( il)?\s*/i, "").trim();
  const lead = line.text.length - line.text.trimStart().length;
  if (!before || NEWSROOM_DESK.test(before) || before.split(/\s+/).length > 5) return { date: d.date };
  return { date: d.date, source: before, sourceSpan: { start: line.start + lead, end: line.start + lead + before.length } };
}

export function findMetadata(text: string, lines: readonly Line[], path: string, data: IngestData): FoundMeta {
  const found: FoundMeta = { spans: {}, blank: [] };
  const fmEnd = frontMatter(text, path, found);
  const overridden = { date: found.date !== undefined, source: found.source !== undefined, title: found.title !== undefined };
  let firstBody: Line | undefined;
  for (const line of lines) {
    if (line.end <= fmEnd || line.text.trim() === "") continue;
    const marker = DATE_MARKER.exec(line.text);
    if (marker && !found.spans.date) {
      const iso = isoDate(Number(marker[2]), Number(marker[3]), marker[4] ? Number(marker[4]) : undefined);
      const span = { start: line.start + marker[1]!.length, end: line.start + marker[0].length };
      found.blank.push(span);
      found.spans.date = span;
      if (iso && !overridden.date) found.date = iso;
      firstBody ??= { start: span.end, end: line.end, text: line.text.slice(marker[0].length) };
      continue;
    }
    const fonte = /^(\s*)fonte\s*:\s*(\S.*?)\s*$/i.exec(line.text);
    if (fonte) {
      const start = line.start + line.text.toLowerCase().indexOf(fonte[2]!.toLowerCase(), fonte[1]!.length + 5);
      found.blank.push({ start: line.start, end: line.end });
      if (!found.source && !overridden.source) {
        found.source = fonte[2]!;
        found.spans.source = { start, end: start + fonte[2]!.length };
      }
      continue;
    }
    const by = byline(line, data);
    if (by) {
      found.blank.push({ start: line.start, end: line.end });
      if (!overridden.date && !found.spans.date) { found.date = by.date; found.spans.date = { start: line.start, end: line.end }; }
      if (by.source && !found.source && !overridden.source) { found.source = by.source; found.spans.source = by.sourceSpan!; }
      continue;
    }
    firstBody ??= line;
  }
  return found;
}

/** The dateline of a body paragraph: `Seoul (AsiaNews/Agenzie) -` or `Seoul, 29 novembre 2024 -`. */
export function findDateline(line: Line, data: IngestData): { source?: string; sourceSpan?: Span; date?: IsoDate } | undefined {
  const paren = /^(\s*\p{Lu}[\p{L}\s'-]{1,30}?)\s*\(([^)]{2,40})\)\s*[-–]/u.exec(line.text);
  if (paren) {
    const name = paren[2]!.split("/")[0]!.trim();
    if (GENERIC_SOURCES.has(name.toLowerCase())) return undefined;
    const start = line.start + line.text.indexOf(name, paren[1]!.length);
    return { source: name, sourceSpan: { start, end: start + name.length } };
  }
  const dated = /^\s*\p{Lu}[\p{L}\s'-]{1,30},\s*([^-–]{6,30})\s*[-–]/u.exec(line.text);
  if (dated) {
    const d = findItalianDate(dated[1]!, data);
    if (d) return { date: d.date };
  }
  return undefined;
}
