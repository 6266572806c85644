// Blanking: what is not to be read is replaced by spaces (line breaks kept), so the text
// keeps the length of the stored file and every offset stays true to it.
import type { Span } from "../types.ts";

/** Every character but `\n` and `\r` turned into a space. */
export function blank(text: string): string {
  return text.replace(/[^\r\n]/g, " ");
}

/** `text` with the given ranges blanked; ranges may overlap and come in any order. */
export function blankRanges(text: string, ranges: readonly Span[]): string {
  if (ranges.length === 0) return text;
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  let out = "";
  let pos = 0;
  for (const r of sorted) {
    const start = Math.max(r.start, pos);
    const end = Math.min(r.end, text.length);
    if (start >= end) continue;
    out += text.slice(pos, start) + blank(text.slice(start, end));
    pos = end;
  }
  return out + text.slice(pos);
}

/** Replace each match of `re` (global) by `replace(match)`, which must keep the match's length. */
export function replaceInPlace(text: string, re: RegExp, replace: (m: RegExpExecArray) => string): string {
  let out = "";
  let pos = 0;
  for (const m of text.matchAll(re)) {
    const by = replace(m as RegExpExecArray);
    if (by.length !== m[0].length) throw new Error(`replaceInPlace: ${re} changed a match's length`);
    out += text.slice(pos, m.index) + by;
    pos = m.index + m[0].length;
  }
  return out + text.slice(pos);
}

export interface Line extends Span {
  /** The line without its line break. */
  text: string;
}

/** Lines with their offsets; `\r\n`, `\n` and a lone `\r` all end a line. */
export function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = text[i];
    if (i < text.length && c !== "\n" && c !== "\r") continue;
    lines.push({ start, end: i, text: text.slice(start, i) });
    if (c === "\r" && text[i + 1] === "\n") i++;
    start = i + 1;
  }
  return lines;
}

/** The line's text without surrounding whitespace, with its offsets. */
export function trimLine(line: Line): Line {
  const lead = line.text.length - line.text.trimStart().length;
  const text = line.text.trim();
  return { start: line.start + lead, end: line.start + lead + text.length, text };
}
