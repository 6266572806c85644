// Reading an article's text line by line: which lines are metadata (date marker, bylines,
// `Fonte:` lines, author lines, blanked), which are page furniture (blanked), which are the
// article (kept), and what the metadata lines and the first paragraphs say.
import type { IsoDate, Span } from "../types.ts";
import { isAuthorLine, parseByline, parseDateline, parseDateMarker, parseFonte, type LineFacts } from "./byline.ts";
import type { IngestData } from "./data.ts";
import { linesOf, trimLine, type Line } from "./mask.ts";
import { noiseRule } from "./noise.ts";

/** A value read from the text and where it was read (the span may lie in a blanked line). */
export interface Found<T> {
  value: T;
  span?: Span;
}

export interface TextMetadata {
  marker?: Found<IsoDate>;
  byline: { date?: Found<IsoDate>; source?: Found<string> };
  fonte: { source?: Found<string>; url?: string };
  dateline: { date?: Found<IsoDate>; source?: Found<string> };
  title?: Found<string>;
  /** Metadata and noise lines to blank. */
  blank: Span[];
  /** Lines left to read, in order. */
  body: Line[];
}

// Bylines and author lines are only looked for among the first lines of the article (after
// the title) and the last two: a short dated line in the middle is a subheading or a
// timeline entry, not when the article was published.
const HEAD_LINES = 5;
const TAIL_LINES = 2;

const found = <T>(value: T, span?: Span): Found<T> => (span ? { value, span } : { value });

type Kind = "body" | "byline" | "author";
interface Entry { line: Line; kind: Kind; facts?: LineFacts }

export function readTextMetadata(text: string, data: IngestData): TextMetadata {
  const meta: TextMetadata = { byline: {}, fonte: {}, dateline: {}, blank: [], body: [] };
  const entries: Entry[] = [];
  const lines = linesOf(text).filter((l) => l.text.trim() !== "");
  for (const [i, line] of lines.entries()) {
    // Exports put the marker on the first line, or under a title and a subtitle.
    const marker = i < HEAD_LINES && !meta.marker ? parseDateMarker(line) : undefined;
    if (marker) {
      meta.blank.push(marker.span);
      if (marker.date) meta.marker = { value: marker.date, span: marker.span };
      if (marker.rest.text.trim() !== "") entries.push({ line: marker.rest, kind: "body" });
      continue;
    }
    const fonte = parseFonte(line);
    if (fonte) {
      meta.blank.push(line);
      if (!meta.fonte.source && fonte.source) meta.fonte = { source: found(fonte.source, fonte.sourceSpan), ...(fonte.url ? { url: fonte.url } : {}) };
      continue;
    }
    const byline = parseByline(line, data);
    if (byline) entries.push({ line, kind: "byline", facts: byline });
    else if (isAuthorLine(line, data.bylines)) entries.push({ line, kind: "author" });
    else if (noiseRule(line.text, data.noise)) meta.blank.push(line);
    else entries.push({ line, kind: "body" });
  }
  for (const [i, entry] of entries.entries()) {
    const inHead = i < HEAD_LINES;
    const inTail = entry.kind === "byline" && i >= entries.length - TAIL_LINES && i > 0;
    if (entry.kind === "body" || !(inHead || inTail)) {
      // Out of place, a dated line is read as text, unless it is furniture anyway.
      if (entry.kind !== "body" && noiseRule(entry.line.text, data.noise)) meta.blank.push(entry.line);
      else meta.body.push(entry.line);
      continue;
    }
    meta.blank.push(entry.line);
    const f = entry.facts;
    if (f?.date && !meta.byline.date) meta.byline.date = found(f.date, f.dateSpan);
    if (f?.source && !meta.byline.source) meta.byline.source = found(f.source, f.sourceSpan);
  }
  const first = meta.body[0];
  if (first) {
    const title = titleOf(first);
    if (title) meta.title = title;
  }
  for (const line of meta.body.slice(0, 3)) {
    const d = parseDateline(line, data);
    if (!d) continue;
    if (d.date) meta.dateline.date = found(d.date, d.dateSpan);
    if (d.source) meta.dateline.source = found(d.source, d.sourceSpan);
    break;
  }
  return meta;
}

const MAX_TITLE = 200;

/**
 * The title a plain text gives: its first readable line, up to the first sentence end
 * (a lead paragraph after a ` date` marker is a title and a summary in one), at most
 * 200 characters, without a final period.
 */
export function titleOf(line: Line): Found<string> | undefined {
  const t = trimLine(line);
  if (t.text === "") return undefined;
  // A sentence end after at least 20 characters, so `Il gen. Gerasimov` is not cut.
  const sentence = /^(.{20,}?[.!?…])(?=\s|$)/u.exec(t.text.slice(0, MAX_TITLE + 1));
  let title = sentence ? sentence[1]! : t.text;
  if (title.length > MAX_TITLE) {
    const cut = title.slice(0, MAX_TITLE + 1).lastIndexOf(" ");
    title = title.slice(0, cut > 0 ? cut : MAX_TITLE);
  }
  title = title.replace(/(?<!\.)\.$/, "").trimEnd();
  return { value: title, span: { start: t.start, end: t.start + title.length } };
}
