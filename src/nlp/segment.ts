// Sentences: Intl.Segmenter over each line (a line is a paragraph in these articles, and
// a headline has no final period, so a newline always ends a sentence), with splits
// after abbreviations and initials undone.
import type { Span } from "../types.ts";

const segmenter = new Intl.Segmenter("it", { granularity: "sentence" });

function endsWithAbbreviation(chunk: string, abbreviations: ReadonlySet<string>): boolean {
  const last = /(\S+)\s*$/.exec(chunk)?.[1];
  if (!last) return false;
  if (/^\p{Lu}\.$/u.test(last)) return true; // initial: `Donald J. Trump`
  return abbreviations.has(last.toLowerCase().replace(/^[("'«]+/, ""));
}

export function segmentSentences(text: string, abbreviations: ReadonlySet<string>): Span[] {
  const spans: Span[] = [];
  const lineRe = /[^\r\n]+/g;
  for (let line = lineRe.exec(text); line; line = lineRe.exec(text)) {
    let pending: Span | undefined;
    for (const seg of segmenter.segment(line[0])) {
      const start = line.index + seg.index;
      const end = start + seg.segment.length;
      pending = pending ? { start: pending.start, end } : { start, end };
      if (!endsWithAbbreviation(seg.segment, abbreviations)) {
        spans.push(pending);
        pending = undefined;
      }
    }
    if (pending) spans.push(pending);
  }
  return spans.map((s) => trim(text, s)).filter((s) => s.end > s.start);
}

function trim(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}
