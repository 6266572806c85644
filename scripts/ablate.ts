// What each rule family adds: build once with every rule on, then once per family with
// that family switched off (src/extract/disable.ts), score each build with the scorer
// given, and print the change. Families come from the loaded rule data, not a list kept here.
//
//   npm run ablate -- --scorer <score.mjs> <articles-dir> <gold.json> [<articles-dir> <gold.json> ...]
//                     [--only tree:meet-,coref:] [--markdown]
//
// Each article is read, analyzed and parsed once; only the extract stage runs per family.
// The scorer is any program taking `--gold <file> --ttl <file> --json` and printing
// `{ relations: { f1 }, claims: { f1, sourceAccuracy } }`.
import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { createWriteStream } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { parseArgs, promisify } from "node:util";
import { loadContext } from "../src/pipeline.ts";
import { ingest, assignArticleIds } from "../src/ingest/index.ts";
import { analyze } from "../src/nlp/index.ts";
import { parseArticle } from "../src/syntax/index.ts";
import { extractInWindows } from "../src/cli/article-windows.ts";
import { listArticles } from "../src/cli/list-articles.ts";
import { readArticleBytes, DEFAULT_MAX_BYTES } from "../src/cli/article-run.ts";
import { GraphFold } from "../src/graph/fold.ts";
import { addDisplayLabels } from "../src/export/labels.ts";
import { writeTurtle } from "../src/rdf/index.ts";
import { disableRules, parseDisable, ruleFamilies } from "../src/extract/disable.ts";
import type { ExtractContext } from "../src/extract/context.ts";
import type { AnalyzedArticle } from "../src/types.ts";

interface EvalSet { name: string; gold: string; docs: AnalyzedArticle[] }
interface Score { relation: number; claim: number; source: number; facts: Set<string> }

const run = promisify(execFile);

/** `.../dev3/articles` is `dev3`; any other folder is its own name. */
const setName = (dir: string) => (basename(dir) === "articles" ? basename(dirname(dir)) : basename(dir));

async function readSet(dir: string, gold: string, ctx: Awaited<ReturnType<typeof loadContext>>): Promise<EvalSet> {
  const warn = (m: string) => process.stderr.write(`warning: ${m}\n`);
  const names = await listArticles(dir, false, warn);
  const ids = assignArticleIds(names);
  const docs: AnalyzedArticle[] = [];
  for (const name of names) {
    const path = join(dir, name);
    const bytes = await readArticleBytes(path, DEFAULT_MAX_BYTES);
    if (!Buffer.isBuffer(bytes)) { warn(`${path}: ${bytes.reason}`); continue; }
    docs.push(parseArticle(analyze(ingest({ path, name, id: ids.get(name)!, bytes }), ctx.nlp), ctx.syntax));
  }
  return { name: setName(dir), gold, docs };
}

async function score(set: EvalSet, ctx: ExtractContext, scorer: string, tmp: string): Promise<Score> {
  const fold = new GraphFold();
  const facts = new Set<string>();
  for (const doc of set.docs) {
    const x = extractInWindows(doc, ctx);
    for (const r of x.relations) if (r.modality === "asserted") facts.add(`${r.subject} ${r.predicate} ${r.object}`);
    fold.add(x);
  }
  const graph = fold.finish();
  await addDisplayLabels(graph);
  const ttl = join(tmp, `${set.name}.ttl`);
  const out = createWriteStream(ttl);
  await writeTurtle(graph, out);
  await new Promise<void>((res, rej) => out.end((e?: Error | null) => (e ? rej(e) : res())));
  const { stdout } = await run(process.execPath, [scorer, "--gold", set.gold, "--ttl", ttl, "--json"], { maxBuffer: 64 << 20 });
  const j = JSON.parse(stdout) as { relations: { f1: number }; claims: { f1: number; sourceAccuracy: number } };
  return { relation: 100 * j.relations.f1, claim: 100 * j.claims.f1, source: 100 * j.claims.sourceAccuracy, facts };
}

const f1 = (x: number) => x.toFixed(1);
const delta = (x: number) => (Math.abs(x) < 0.05 ? "0" : `${x > 0 ? "+" : ""}${x.toFixed(1)}`);

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ options: { scorer: { type: "string" }, only: { type: "string", multiple: true }, markdown: { type: "boolean" } }, allowPositionals: true });
  if (!values.scorer || positionals.length === 0 || positionals.length % 2 !== 0) {
    process.stderr.write("usage: npm run ablate -- --scorer <score.mjs> <articles-dir> <gold.json> [<articles-dir> <gold.json> ...] [--only <family>,...] [--markdown]\n");
    process.exitCode = 2;
    return;
  }
  const ctx = await loadContext();
  const sets: EvalSet[] = [];
  for (let i = 0; i < positionals.length; i += 2) sets.push(await readSet(positionals[i]!, positionals[i + 1]!, ctx));
  const families = values.only ? parseDisable(values.only) : ruleFamilies(ctx.extract);
  const tmp = await mkdtemp(join(tmpdir(), "trama-ablate-"));
  try {
    const base = await Promise.all(sets.map((s) => score(s, ctx.extract, values.scorer!, tmp)));
    const head = ["family", ...sets.flatMap((s) => [`${s.name} rel`, `${s.name} claim`]), "relation facts lost/gained"];
    const rows: string[][] = [["(all on)", ...base.flatMap((b) => [f1(b.relation), `${f1(b.claim)}/${f1(b.source)}`]), ""]];
    for (const family of families) {
      const off = disableRules(ctx.extract, [family]);
      const got: Score[] = [];
      for (const s of sets) got.push(await score(s, off, values.scorer, tmp));
      const lost = got.reduce((n, g, i) => n + [...base[i]!.facts].filter((f) => !g.facts.has(f)).length, 0);
      const gained = got.reduce((n, g, i) => n + [...g.facts].filter((f) => !base[i]!.facts.has(f)).length, 0);
      rows.push([family, ...got.flatMap((g, i) => [delta(g.relation - base[i]!.relation), `${delta(g.claim - base[i]!.claim)}/${delta(g.source - base[i]!.source)}`]), `-${lost} +${gained}`]);
      process.stderr.write(`.`);
    }
    process.stderr.write("\n");
    print(head, rows, values.markdown ?? false);
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

/** Columns after the first are relation F1 and claim F1/source: absolute for all-on, Δ for each family off. */
function print(head: string[], rows: string[][], markdown: boolean): void {
  if (markdown) {
    process.stdout.write(`| ${head.join(" | ")} |\n|${head.map(() => " --- ").join("|")}|\n`);
    for (const r of rows) process.stdout.write(`| ${r.join(" | ")} |\n`);
    return;
  }
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  process.stdout.write(`${line(head)}\n`);
  for (const r of rows) process.stdout.write(`${line(r)}\n`);
}

await main();
