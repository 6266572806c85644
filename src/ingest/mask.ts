// Blanking: what is not to be read is replaced by spaces (newlines kept), so the text
// keeps the length of the stored file and every offset stays true to it.
import type { Span } from "../types.ts";

export function blank(text: string): string {
  return text.replace(/[^\r\n]/g, " ");
}

export function blankRanges(text: string, ranges: readonly Span[]): string {
  if (ranges.length === 0) return text;
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  let out = "";
  let pos = 0;
  for (const r of sorted) {
    const start = Math.max(r.start, pos);
    if (start >= r.end) continue;
    out += text.slice(pos, start) + blank(text.slice(start, r.end));
    pos = r.end;
  }
  return out + text.slice(pos);
}

export interface Line extends Span {
  text: string;
}

/** Lines with their offsets (without the line break). */
export function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  const re = /[^\r\n]*(\r\n|\r|\n|$)/g;
  for (let m = re.exec(text); m && m[0] !== ""; m = re.exec(text)) {
    const body = m[0].replace(/[\r\n]+$/, "");
    lines.push({ start: m.index, end: m.index + body.length, text: body });
    if (re.lastIndex >= text.length) break;
  }
  return lines;
}
