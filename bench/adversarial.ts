// `npm run bench` (and `npx tsx bench/adversarial.ts [MB]`): time of hostile articles through
// ingest -> nlp -> extract, by median of a few runs. Not a test: it measures, it asserts
// nothing. Each input is built here, from our own sentences, so it needs no fixture:
//   a 50 MB article (what `trama build` does with it: skip it, over the default
//   --max-bytes), the same text cut to just under --max-bytes (read in full), capitalized
//   tokens of 100,000 characters, a sentence of 5,000 words. Every input goes through the
//   build's own per-article path (readAndRun), from a temp file.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadContext } from "../src/pipeline.ts";
import { DEFAULT_MAX_BYTES, readAndRun } from "../src/cli/article-run.ts";

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const mb = Number(process.argv[2] ?? 50);
const ctx = await loadContext();

const PARAGRAPH = "Il presidente russo Vladimir Putin ha incontrato a Mosca il leader nordcoreano Kim Jong Un. "
  + "Secondo l'intelligence sudcoreana, la Corea del Nord ha inviato 10.000 soldati in Russia, e 600 sarebbero stati uccisi.\n\n";
const WORDS = ["il", "ministro", "della", "Difesa", "ha", "detto", "che", "la", "Russia", "e", "l'Ucraina", "trattano", "a", "Ginevra"];

const inputs: Array<[label: string, make: () => string, runs: number]> = [
  [`${mb} MB article`, () => PARAGRAPH.repeat(Math.ceil((mb * 1024 * 1024) / PARAGRAPH.length)), 3],
  [`${(DEFAULT_MAX_BYTES / 1024 / 1024).toFixed(0)} MB article (at --max-bytes)`, () => PARAGRAPH.repeat(Math.floor(DEFAULT_MAX_BYTES / PARAGRAPH.length)), 1],
  ["two 100k-character capitalized tokens", () => `Il ${"K".repeat(100000)} e ${"Ab".repeat(50000)} si sono incontrati.\n`, 3],
  ["one 100k-character token with dots", () => `Il gen. ${"A.".repeat(50000)} ha parlato.\n`, 3],
  ["a 5,000-word sentence", () => Array.from({ length: 5000 }, (_, i) => WORDS[i % WORDS.length]).join(" ") + ".\n", 3],
];

const dir = mkdtempSync(join(tmpdir(), "trama-bench-"));
console.log("adversarial input                        median time   outcome");
for (const [label, make, runs] of inputs) {
  const bytes = Buffer.from(make());
  const file = join(dir, "bench.txt");
  writeFileSync(file, bytes);
  const times: number[] = [];
  let outcome = "";
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    const out = await readAndRun(file, "bench.txt", "bench", ctx, DEFAULT_MAX_BYTES);
    times.push(performance.now() - t);
    outcome = out.ok ? `${out.extraction.mentions.length} mentions` : `skipped at ${out.stage}: ${out.reason}`;
  }
  console.log(`${label.padEnd(40)} ${(median(times) / 1000).toFixed(2).padStart(8)} s   ${outcome} (${(bytes.length / 1024 / 1024).toFixed(1)} MB, ${runs} run${runs === 1 ? "" : "s"})`);
}
rmSync(dir, { recursive: true, force: true });
