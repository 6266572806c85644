// Sentence splitting stays linear on hostile input: the last word of a chunk is found from
// the end (the old `/(\S+)\s*$/` retried from every position of a long token: two
// 100,000-character tokens took 89 s), and no sentence grows past MAX_SENTENCE_CHARS.
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { analyze, loadNlpContext, segmentSentences, type NlpContext } from "../../src/nlp/index.ts";
import { lastWord, MAX_SENTENCE_CHARS } from "../../src/nlp/segment.ts";
import { projectRoot } from "../../src/paths.ts";

let ctx: NlpContext;
beforeAll(async () => { ctx = await loadNlpContext(join(projectRoot, "data")); });

describe("lastWord", () => {
  it.each([
    ["Il sig. ", "sig."],
    ["Donald J.", "J."],
    ["  ", undefined],
    ["", undefined],
    ["parola\n\t ", "parola"],
    ["(gen. ", "(gen."],
  ])("%j -> %j", (chunk, word) => {
    expect(lastWord(chunk)).toBe(word);
  });
});

describe("hostile input", () => {
  it("splits two 100,000-character capitalized tokens in well under a second per token", () => {
    const text = `Il ${"K".repeat(100_000)} ha incontrato ${"Ab".repeat(50_000)} ieri.`;
    const t0 = performance.now();
    const spans = segmentSentences(text, ctx.abbreviations);
    // Generous bound for a shared machine; the quadratic version took over a minute.
    expect(performance.now() - t0).toBeLessThan(10_000);
    expect(spans.at(-1)!.end).toBe(text.length);
  });

  it("cuts a sentence with no full stop into pieces of at most MAX_SENTENCE_CHARS, at spaces, covering every word", () => {
    const words = Array.from({ length: 5000 }, (_, i) => `parola${i}`);
    const text = words.join(" ");
    const d = analyze({ meta: { id: "t", file: "t.txt", contentHash: "" }, text, metaSpans: {} }, ctx);
    expect(d.sentences.length).toBeGreaterThan(1);
    for (const s of d.sentences) {
      expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
      expect(text[s.start - 1] ?? " ").toMatch(/\s/);
    }
    expect(d.sentences.flatMap((s) => s.tokens.map((t) => t.text))).toEqual(words);
  });

  it("cuts a single token longer than the cap without splitting a surrogate pair", () => {
    const text = "😀".repeat(MAX_SENTENCE_CHARS);
    const spans = segmentSentences(text, ctx.abbreviations);
    expect(spans.length).toBeGreaterThan(1);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(text.slice(s.start, s.end).normalize());
    for (const s of spans) expect(/^[\uDC00-\uDFFF]/.test(text.slice(s.start, s.end))).toBe(false);
  });
});
