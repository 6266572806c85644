// Watch mode keeps the folded graph between builds and refolds only what changed: each
// rebuild after an edit, an addition, a deletion, an unreadable file and a rename that
// moves ids writes the outputs a plain cached build writes, byte for byte.
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { LiveFold } from "../../src/build/live.ts";
import { buildCorpus, outputMemo, writeOutputs } from "../../src/cli/build.ts";
import { projectRoot } from "../../src/paths.ts";

const articles = join(projectRoot, "data", "articles");
const outputs = (dir: string) => Object.fromEntries(["graph.json", "graph.ttl", "graph.gexf"].map((f) => [f, readFileSync(join(dir, f), "utf8")]));
const temp = (p: string) => mkdtempSync(join(tmpdir(), p));

it("rebuilds with the held fold give a plain build's outputs after every kind of change", async () => {
  const dir = temp("trama-live-articles-");
  for (const f of readdirSync(articles)) copyFileSync(join(articles, f), join(dir, f));
  const live = new LiveFold();
  // graph.ttl's unchanged units are copied from the file the last rebuild wrote (src/export/turtle-chunks.ts).
  const memo = outputMemo();
  const liveCache = join(temp("trama-live-cache-"), ".cache");
  const plainCache = join(temp("trama-plain-cache-"), ".cache");
  const both = async () => {
    const a = await buildCorpus(dir, { quiet: true, cacheDir: liveCache, live, warn: () => undefined });
    const b = await buildCorpus(dir, { quiet: true, cacheDir: plainCache, warn: () => undefined });
    const [oa, ob] = [temp("trama-live-out-"), temp("trama-plain-out-")];
    await writeOutputs(a.graph, oa, memo);
    await writeOutputs(b.graph, ob);
    expect(outputs(oa)).toEqual(outputs(ob));
    expect(a.read).toBe(b.read);
    return { live: a, plain: b, ttl: outputs(oa)["graph.ttl"]! };
  };
  const names = readdirSync(dir).sort();
  expect((await both()).live.extracted).toBe(5);

  // Unchanged: nothing extracted, nothing refolded.
  const same = await both();
  expect([same.live.extracted, same.live.held, same.plain.held]).toEqual([0, 5, 0]);

  // An edit with an invented sentence: only that article is refolded.
  writeFileSync(join(dir, names[0]!), `${readFileSync(join(dir, names[0]!), "utf8")}\nLa ministra degli Esteri cilena ha incontrato a Lima il presidente peruviano.\n`);
  const edited = await both();
  expect([edited.live.extracted, edited.live.held]).toEqual([1, 4]);
  // Most of graph.ttl was copied from the last one, and what the edit touched was encoded again.
  expect(memo.turtle.stats.copied).toBeGreaterThan(memo.turtle.stats.encoded);
  expect(memo.turtle.stats.encoded).toBeGreaterThan(5);
  expect(edited.ttl).toMatch(/Lima/);

  // An added article, a deleted one.
  writeFileSync(join(dir, "zzz_nuovo.txt"), "Oslo (Ansa) - Il premier norvegese ha incontrato a Bergen il ministro degli Esteri danese.\n");
  rmSync(join(dir, names[1]!));
  const changed = await both();
  expect(changed.ttl).toContain("zzz_nuovo");
  expect(changed.ttl).not.toContain(names[1]!.replace(/\.txt$/, ""));

  // An article that can no longer be read is taken out.
  writeFileSync(join(dir, names[2]!), Buffer.from([0x00, 0x01, 0x02, 0x00, 0x00, 0x00]));
  const unreadable = await both();
  expect(unreadable.live.skipped).toEqual([names[2]]);
  expect(unreadable.ttl).not.toContain(names[2]!.replace(/\.txt$/, ""));

  // A file whose name folds like another's: ids may move, the held fold starts afresh.
  renameSync(join(dir, "zzz_nuovo.txt"), join(dir, "ZZZ_nuovo.txt"));
  writeFileSync(join(dir, "zzz_nuovo.txt"), "Lima (Ansa) - Il governo peruviano ha convocato l'ambasciatore cileno.\n");
  const renamed = await both();
  expect(renamed.live.held).toBe(0);
}, 180000);
