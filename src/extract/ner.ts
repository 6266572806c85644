// CoNLL-style BIO tags from Trama's recognizer, so it can be scored on standard Italian
// NER data (PER / LOC / ORG; countries and places are LOC). Works on Trama's own tokens,
// or on given tokens (one per line, a blank line between sentences) aligned by offsets.
import type { EntityType, Mention, Span } from "../types.ts";

export type NerTag = "PER" | "LOC" | "ORG";

const TAG_OF: Partial<Record<EntityType, NerTag>> = { Person: "PER", Country: "LOC", Place: "LOC", Organization: "ORG" };

export interface TaggedToken {
  text: string;
  tag: string;
}

/** Build an article text from given sentences of tokens: tokens joined by one space, one sentence per line. */
export function textFromTokens(sentences: string[][]): { text: string; spans: Span[][] } {
  let text = "";
  const spans: Span[][] = [];
  for (const tokens of sentences) {
    const row: Span[] = [];
    tokens.forEach((t, i) => {
      if (i > 0) text += " ";
      row.push({ start: text.length, end: text.length + t.length });
      text += t;
    });
    text += "\n";
    spans.push(row);
  }
  return { text, spans };
}

/** BIO tags for tokens given by their spans, from the mentions found in the same text. */
export function bioTags(tokens: ReadonlyArray<Span & { text: string }>, mentions: readonly Mention[]): TaggedToken[] {
  const tagged = mentions
    // A nationality adjective (`la diplomazia italiana`) gives a country to what it qualifies but is no name.
    .filter((m) => m.resolvedBy !== "demonym")
    .map((m) => ({ m, tag: TAG_OF[m.type] }))
    .filter((x): x is { m: Mention; tag: NerTag } => x.tag !== undefined)
    .sort((a, b) => a.m.start - b.m.start || (b.m.end - b.m.start) - (a.m.end - a.m.start));
  let prevMention: Mention | undefined;
  return tokens.map((t) => {
    const hit = tagged.find((x) => x.m.start < t.end && t.start < x.m.end);
    if (!hit) {
      prevMention = undefined;
      return { text: t.text, tag: "O" };
    }
    const inside = prevMention === hit.m;
    prevMention = hit.m;
    return { text: t.text, tag: `${inside ? "I" : "B"}-${hit.tag}` };
  });
}

/** Parse pre-tokenized input: one token per line, blank lines between sentences; extra columns ignored. */
export function parseTokenLines(input: string): string[][] {
  const sentences: string[][] = [];
  let cur: string[] = [];
  for (const line of input.split(/\r?\n/)) {
    const tok = line.split("\t")[0]!.trim();
    if (!tok || tok.startsWith("-DOCSTART-")) {
      if (cur.length) sentences.push(cur);
      cur = [];
    } else cur.push(tok);
  }
  if (cur.length) sentences.push(cur);
  return sentences;
}

export function formatConll(sentences: TaggedToken[][]): string {
  return sentences.map((s) => s.map((t) => `${t.text}\t${t.tag}`).join("\n")).join("\n\n") + "\n";
}
