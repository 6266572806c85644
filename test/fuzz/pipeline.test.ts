// Fuzz: generated articles through ingest -> nlp -> extract (whole, and in the windows
// the build uses for long articles) -> graph -> Turtle never crash. Each stage may refuse an article only with an IngestError (empty, binary, no
// readable text); anything else is a bug, and each one found becomes a regression test in
// test/fuzz/regressions.test.ts. `npm test` runs a fixed number of runs with a fixed seed
// (reproducible in CI); `npm run fuzz` runs many more with a random seed
// (FUZZ_RUNS, FUZZ_SEED override both).
import { PassThrough } from "node:stream";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { IngestError } from "../../src/errors.ts";
import { buildGraph } from "../../src/graph/index.ts";
import { loadContext, processArticle } from "../../src/pipeline.ts";
import { writeTurtle } from "../../src/rdf/index.ts";
import type { ArticleExtraction } from "../../src/types.ts";
import { extractInWindows } from "../../src/cli/article-windows.ts";
import { ingest } from "../../src/ingest/index.ts";
import { analyze } from "../../src/nlp/index.ts";

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const SEED = process.env.FUZZ_SEED !== undefined ? Number(process.env.FUZZ_SEED) : process.env.FUZZ_RUNS ? undefined : 20261130;

// Pieces of news prose (names the lexicons know, triggers, numbers, dates) and of markup,
// so generated articles reach deep into extraction instead of stopping at `no entity`.
const PIECES = [
  "Vladimir Putin", "Putin", "Zelensky", "Kim Jong Un", "Scholz", "Macron", "Xi Jinping", "il segretario generale", "il presidente russo",
  "la Russia", "l'Ucraina", "Ucraina", "Corea del Nord", "Mosca", "Kiev", "Oslo", "Pyongyang", "la Nato", "l'Onu", "il Cremlino", "Seul",
  "ha visitato", "incontra", "ha incontrato", "arrivando al vertice", "ha inviato", "soldati", "truppe", "l'invasione", "in guerra con",
  "ha firmato", "il trattato", "sostiene", "critica", "secondo l'intelligence sudcoreana", "sarebbero stati uccisi", "feriti",
  "10.000", "600", "1,5 miliardi", "3 marzo 2025", "25 giugno 2025", "2024", "1° gen. 2024", "il", "la", "di", "e", "che", "non", "potrebbe",
  "dell'", "all'", "«", "»", "(", ")", "–", "-", ",", ".", ";", ":", "?", "!", "…", "'", "\"", "’", "/", "gen.", "dott.", "J.",
  "\n", "\n\n", "\r\n", "\t", " date 2025-06", "Roma, 3 marzo 2025 –", "Fonte: Agenzia", "di Mario Rossi", "---\ntitle: x\n---\n",
  "# ", "**", "*", "_", "[link](http://x)", "<b>", "</b>", "<p>", "<script>x</script>", "&amp;", "\u00a0", "\u200b", "🇺🇦", "ß", "Ё",
];

const piece = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...PIECES) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12, unit: "grapheme" }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6, unit: "binary" }) },
);
const separator = fc.constantFrom(" ", " ", " ", "", "\n", ". ", ".", ", ");
const article = fc.array(fc.tuple(piece, separator), { minLength: 1, maxLength: 80 }).map((parts) => parts.map(([p, s]) => p + s).join(""));
const extension = fc.constantFrom(".txt", ".md", ".html");

const ctx = await loadContext();

function sink(): PassThrough {
  const s = new PassThrough();
  s.resume();
  return s;
}

describe("fuzz: generated articles never crash the pipeline", () => {
  it(`ingest -> nlp -> extract -> graph -> Turtle (${RUNS} runs${SEED !== undefined ? `, seed ${SEED}` : ""})`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(article, extension), { minLength: 1, maxLength: 3 }), async (docs) => {
        const extractions: ArticleExtraction[] = [];
        for (const [i, [text, ext]] of docs.entries()) {
          const file = { path: `f${i}${ext}`, name: `f${i}${ext}`, bytes: Buffer.from(text) };
          try {
            extractions.push(processArticle(file, ctx));
            // The build's path for long articles, with tiny windows so that every case crosses some.
            extractions.push(extractInWindows(analyze(ingest({ ...file, id: `w${i}` }), ctx.nlp), ctx.extract, 2, 120));
          } catch (e) {
            if (!(e instanceof IngestError)) throw e;
          }
        }
        for (const x of extractions) {
          for (const m of x.mentions) expect(m.end).toBeGreaterThanOrEqual(m.start);
          for (const r of x.relations) expect(r.evidence.end).toBeGreaterThanOrEqual(r.evidence.start);
        }
        if (extractions.length === 0) return;
        const graph = buildGraph(extractions);
        await writeTurtle(graph, sink());
      }),
      { numRuns: RUNS, ...(SEED !== undefined ? { seed: SEED } : {}), endOnFailure: true },
    );
  });
});
