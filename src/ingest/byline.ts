// One line at a time: what a line says about the article. A ` date 2025-06` marker, a
// byline (`Chas Pravdy - 28 Ottobre 2025 11:48`, `Pubblicato il 10 febbraio 2025 alle
// 07:45`), an author line (`di Mario Rossi`), a `Fonte: France24` line, a dateline
// (`Seoul (AsiaNews/Agenzie) - …`, `Seoul, 29 novembre 2024 - …`). Each parser returns
// spans in the text's offsets, or undefined when the line is not of its kind.
import type { IsoDate, Span } from "../types.ts";
import type { BylineWords, IngestData } from "./data.ts";
import { findWrittenDate, parseIsoDate } from "./dates.ts";
import { trimLine, type Line } from "./mask.ts";

export interface LineFacts {
  date?: IsoDate;
  dateSpan?: Span;
  source?: string;
  sourceSpan?: Span;
  url?: string;
}

const span = (line: Line, index: number, length: number): Span => ({ start: line.start + index, end: line.start + index + length });

/** ` date 2025-06 Si rafforza…`: the marker (blanked) and the rest of the line (read). */
export function parseDateMarker(line: Line): { date?: IsoDate; span: Span; rest: Line } | undefined {
  const m = /^(\s*)(date\s+(\d{4}-\d{2}(?:-\d{2})?))(?=\s|$)/i.exec(line.text);
  if (!m) return undefined;
  const marker = span(line, m[1]!.length, m[2]!.length);
  const date = parseIsoDate(m[3]!, false);
  return { ...(date ? { date } : {}), span: marker, rest: { start: marker.end, end: line.end, text: line.text.slice(m[0].length) } };
}

// Times and their words after a byline's date: `11:48`, `alle 07:45`, `ore 9.12`.
const TIME = /(\b(ore|alle|h|at)\s*)?\b\d{1,2}[:.]\d{2}(\s*(am|pm))?\b/gi;

/** After the date a byline holds only times, a separator and a few words (`· Esteri`, `- Aggiornato alle 09:12`). */
function isBylineTail(after: string): boolean {
  const rest = after.replace(TIME, " ").replace(/[-–—|·•,]/g, " ").trim();
  return !/[.!?;:]/.test(rest) && (rest === "" || rest.split(/\s+/).length <= 4);
}

const startsWithWord = (text: string, words: readonly string[]) => words.find((w) => text === w || text.startsWith(`${w} `));

/**
 * What precedes a byline's date: nothing or a label (`Pubblicato il`) -> no name; a name
 * and a separator (`Chas Pravdy -`) -> that name, unless it is a desk or an author. Any other
 * text (`Il vertice del`) means the line is not a byline: undefined.
 */
function bylineName(before: string, words: BylineWords): { name?: { text: string; index: number } } | undefined {
  const label = before.trim().replace(/\s*:$/, "").toLowerCase();
  if (label === "" || words.publishedLabels.includes(label)) return {};
  const m = /^(\s*)(.*?)\s*([-–—|·•,])\s*$/u.exec(before);
  if (!m) return undefined;
  const name = m[2]!;
  if (name === "") return {};
  if (name.length > 50 || name.split(/\s+/).length > 5 || /[.!?;:]/.test(name)) return undefined;
  const lower = name.toLowerCase();
  // A desk or an author is not an outlet; `Mosca, 12 gennaio 2025` names a place.
  if (startsWithWord(lower, words.desks) || startsWithWord(lower, words.authorPrefixes)) return {};
  if (!/^[\p{Lu}\p{N}]/u.test(name)) return undefined;
  if (m[3] === ",") return {};
  return { name: { text: name, index: m[1]!.length } };
}

/** A short line with a full date and at most an outlet, a label, a time or a section. */
export function parseByline(line: Line, data: IngestData): LineFacts | undefined {
  const t = trimLine(line);
  if (t.text.length > 100 || /[.!?;]$/.test(t.text)) return undefined;
  const found = findWrittenDate(t.text, data.months);
  if (!found || !isBylineTail(t.text.slice(found.index + found.length))) return undefined;
  const before = bylineName(t.text.slice(0, found.index), data.bylines);
  if (!before) return undefined;
  const facts: LineFacts = { date: found.date, dateSpan: span(t, found.index, found.length) };
  if (before.name) {
    facts.source = before.name.text;
    facts.sourceSpan = span(t, before.name.index, before.name.text.length);
  }
  return facts;
}

/** `di Mario Rossi`, `By Jane Doe`: an author's name alone on its line (two to four capitalized words). */
export function isAuthorLine(line: Line, words: BylineWords): boolean {
  const t = line.text.trim();
  const prefix = startsWithWord(t.toLowerCase(), words.authorPrefixes);
  if (!prefix) return false;
  return /^(\p{Lu}[\p{L}'’.-]*)(\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u.test(t.slice(prefix.length).trim());
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return "";
  }
}

/** `Fonte: Kyodo News`, `Fonti: Reuters, AP`, `Fonte: https://www.france24.com/…`. */
export function parseFonte(line: Line): LineFacts | undefined {
  const m = /^(\s*(?:fonte|fonti|source|sources)\s*:\s*)(.*?)\s*$/iu.exec(line.text);
  if (!m || m[2] === "") return undefined;
  const value = m[2]!;
  if (/^https?:\/\/\S+$/.test(value)) {
    const host = hostOf(value);
    const at = value.toLowerCase().indexOf(host);
    return host && at >= 0 ? { source: host, sourceSpan: span(line, m[1]!.length + at, host.length), url: value } : undefined;
  }
  // The first named source of a list, without a final period.
  const name = value.split(/\s*[,;]\s*|\s+(?:e|and)\s+/)[0]!.replace(/\.$/, "");
  if (!/^[\p{Lu}\p{N}]/u.test(name) || name.length > 60 || name.split(/\s+/).length > 6) return undefined;
  return { source: name, sourceSpan: span(line, m[1]!.length, name.length) };
}

// `Seoul (AsiaNews/Agenzie) -`, `Città del Vaticano, 29 novembre 2024 -`, `MOSCA, 3 marzo 2025 (ANSA) –`,
// `L'Aja (Olanda), 25 giugno 2025 –`: a place, then in either order a parenthesis and a date.
const PLACE = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|del|della|di|de|da|e|el|al|upon|on))*`;
const PAREN = String.raw`\(([^()]{2,60})\)`;
const DATELINE = new RegExp(String.raw`^\s*(${PLACE})(?:\s*${PAREN})?(?:\s*,\s*([^()]{3,40}?))?(?:\s*${PAREN})?\s*$`, "u");
// A dateline ends at the first spaced dash, early in the paragraph; only that prefix is
// matched, which also keeps the pattern's cost bounded on long lines.
const DATELINE_END = /\s[-–—]\s+\S/;
const DATELINE_MAX = 160;

/**
 * A parenthesis between the place and the date names the place's country or region
 * (`L'Aja (Olanda), 25 giugno…`), unless it reads like agencies: several names
 * (`AsiaNews/Agenzie`), an acronym (`ANSA`) or a generic word.
 */
function isAgencyParen(text: string, data: IngestData): boolean {
  return /[/,;]/.test(text) || /^\p{Lu}{2,}$/u.test(text.trim()) || data.bylines.genericSources.has(text.trim().toLowerCase());
}

/** The outlet named in a dateline's parenthesis (the first name that is not generic), with its span. */
function parenSource(line: Line, paren: string, from: number, data: IngestData): Pick<LineFacts, "source" | "sourceSpan"> {
  const parenAt = line.text.indexOf(`(${paren})`, from) + 1;
  let offset = 0;
  for (const part of paren.split(/([/,;])/)) {
    const name = part.trim();
    if (name && !/^[/,;]$/.test(name) && /^[\p{L}\p{N}]/u.test(name) && !data.bylines.genericSources.has(name.toLowerCase())) {
      return { source: name, sourceSpan: span(line, parenAt + offset + part.indexOf(name), name.length) };
    }
    offset += part.length;
  }
  return {};
}

/** The dateline opening a paragraph: the outlet in parentheses and/or the date after the place. */
export function parseDateline(line: Line, data: IngestData): LineFacts | undefined {
  const end = DATELINE_END.exec(line.text.slice(0, DATELINE_MAX));
  const m = end ? DATELINE.exec(line.text.slice(0, end.index)) : null;
  if (!m) return undefined;
  const [, place, before, written, after] = m;
  if (before === undefined && written === undefined && after === undefined) return undefined;
  const facts: LineFacts = {};
  if (written !== undefined) {
    const found = findWrittenDate(written, data.months);
    if (found) {
      const at = line.text.indexOf(written, place!.length);
      facts.date = found.date;
      facts.dateSpan = span(line, at + found.index, found.length);
    }
    // Text after a comma that is no date is not a dateline (`Kim, il leader –`).
    if (!found && after === undefined && before === undefined) return undefined;
  }
  const source = after ?? (before !== undefined && (written === undefined || isAgencyParen(before, data)) ? before : undefined);
  if (source !== undefined) Object.assign(facts, parenSource(line, source, source === after && before !== undefined ? line.text.indexOf(`(${before})`) + before.length + 2 : 0, data));
  return facts.date || facts.source ? facts : undefined;
}
