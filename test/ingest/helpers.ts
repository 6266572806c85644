// Shared helpers for the ingest tests: run ingest on a string or bytes, get an
// IngestError's reason, and check that a text keeps every offset of its source.
import { expect } from "vitest";
import { IngestError } from "../../src/errors.ts";
import { ingest } from "../../src/ingest/index.ts";
import type { Article } from "../../src/types.ts";

export const enc = (s: string) => new TextEncoder().encode(s);

export function read(name: string, content: string | Uint8Array): Article {
  return ingest({ path: `in/${name}`, name, bytes: typeof content === "string" ? enc(content) : content });
}

/** The IngestError's reason, or a string saying what happened instead. */
export function reasonOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    return e instanceof IngestError ? e.reason : `not an IngestError: ${String(e)}`;
  }
  return "no error";
}

/** The same decoding ingest does (BOM dropped). */
export const decode = (bytes: Uint8Array) => new TextDecoder("utf-8", { fatal: true }).decode(bytes);

/**
 * `text` has the length of `source`, and every character of `text` that is not whitespace
 * is the character at the same offset of `source`, except (HTML) a decoded entity, which
 * sits where its `&` was. Outside HTML, every line break of the source is kept in place.
 */
export function expectOffsetsTrue(source: string, text: string, html = false): void {
  expect(text.length).toBe(source.length);
  const wrong: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const t = text[i]!;
    const s = source[i]!;
    if (!html && (s === "\n" || s === "\r") && t !== s) wrong.push(`line break lost at ${i}`);
    if (/\s/.test(t) || t === s) continue;
    if (html && s === "&") continue;
    wrong.push(`${i}: ${JSON.stringify(t)} where the source has ${JSON.stringify(s)}`);
  }
  expect(wrong.slice(0, 5)).toEqual([]);
}

/** The text's lines that still hold something to read, trimmed. */
export const readableLines = (text: string) => text.split(/\r\n|\r|\n/).map((l) => l.trim()).filter((l) => l !== "");
