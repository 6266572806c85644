// Sentences: Intl.Segmenter over each line (a line is a paragraph in these articles, and
// a headline has no final period, so a newline always ends a sentence), with splits
// after abbreviations and initials undone.
import type { Span } from "../types.ts";

const segmenter = new Intl.Segmenter("it", { granularity: "sentence" });

/** The chunk's last whitespace-delimited word, found from the end (a regex anchored at `$` retries from every start: quadratic on long tokens). */
export function lastWord(chunk: string): string | undefined {
  let end = chunk.length;
  while (end > 0 && /\s/.test(chunk[end - 1]!)) end--;
  let start = end;
  while (start > 0 && !/\s/.test(chunk[start - 1]!)) start--;
  return start < end ? chunk.slice(start, end) : undefined;
}

function endsWithAbbreviation(chunk: string, abbreviations: ReadonlySet<string>): boolean {
  const last = lastWord(chunk);
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
  const out: Span[] = [];
  for (const span of spans) for (const piece of capLength(text, span)) out.push(piece);
  return out.map((s) => trim(text, s)).filter((s) => s.end > s.start);
}

/**
 * No real sentence is longer than a few hundred words; a "sentence" of 100,000 words (a
 * file with no full stop) is cut at the last space before every MAX_SENTENCE_CHARS, so
 * that every later step, some of which compare each word with every other, stays bounded.
 */
export const MAX_SENTENCE_CHARS = 3000;

function capLength(text: string, s: Span): Span[] {
  if (s.end - s.start <= MAX_SENTENCE_CHARS) return [s];
  const pieces: Span[] = [];
  let start = s.start;
  while (s.end - start > MAX_SENTENCE_CHARS) {
    let cut = start + MAX_SENTENCE_CHARS;
    const floor = start + MAX_SENTENCE_CHARS / 2;
    while (cut > floor && !/\s/.test(text[cut - 1]!)) cut--;
    if (cut <= floor) cut = start + MAX_SENTENCE_CHARS; // one huge token: cut inside it
    // Never between the two halves of a surrogate pair.
    if (/[\uD800-\uDBFF]/.test(text[cut - 1]!)) cut--;
    pieces.push({ start, end: cut });
    start = cut;
  }
  pieces.push({ start, end: s.end });
  return pieces;
}

function trim(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}
