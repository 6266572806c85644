// Shards built apart merge into the whole: the union of the shards' triples is the whole
// build's triples, except the two per-build counts (tr:mentionCount, tr:supportCount),
// which each shard gives for its own articles and which add up to the whole's.
import { PassThrough } from "node:stream";
import N3 from "n3";
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { buildCorpus } from "../../src/cli/build.ts";
import { parseShard, selectShard } from "../../src/build/shard.ts";
import { projectRoot } from "../../src/paths.ts";
import { TR, writeTurtle } from "../../src/rdf/index.ts";

const articles = join(projectRoot, "data", "articles");
const COUNTS = new Set([`${TR}mentionCount`, `${TR}supportCount`]);

async function triples(shard?: string): Promise<N3.Quad[]> {
  const { graph } = await buildCorpus(articles, { quiet: true, shard: shard ? parseShard(shard) : undefined });
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (c: Buffer) => chunks.push(c));
  await writeTurtle(graph, out);
  return new N3.Parser().parse(Buffer.concat(chunks).toString("utf8"));
}

const id = (q: N3.Quad) => `${q.subject.id} ${q.predicate.id} ${q.object.id}`;
function countsBySubject(qs: N3.Quad[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const q of qs) if (COUNTS.has(q.predicate.value)) m.set(`${q.subject.value} ${q.predicate.value}`, (m.get(`${q.subject.value} ${q.predicate.value}`) ?? 0) + Number(q.object.value));
  return m;
}

describe("--shard i/n", () => {
  it("puts every article in exactly one shard, the same one each time", () => {
    const names = Array.from({ length: 200 }, (_, i) => `art-${i}.txt`);
    const parts = [1, 2, 3].map((i) => selectShard(names, { index: i, count: 3 }));
    expect(parts.flat().sort()).toEqual([...names].sort());
    for (const p of parts) expect(p.length).toBeGreaterThan(30);
    expect(selectShard(names, { index: 2, count: 3 })).toEqual(parts[1]);
  });

  it("rejects malformed shards", () => {
    for (const bad of ["0/2", "3/2", "1", "a/b", "1/0"]) expect(() => parseShard(bad)).toThrow(/--shard/);
  });

  it("gives two shards whose triples, unioned, are the whole build's (counts add up)", async () => {
    const [whole, a, b] = await Promise.all([triples(), triples("1/2"), triples("2/2")]);
    expect(a.length).toBeGreaterThan(100);
    expect(b.length).toBeGreaterThan(100);
    const plain = (qs: N3.Quad[]) => new Set(qs.filter((q) => !COUNTS.has(q.predicate.value)).map(id));
    expect([...new Set([...plain(a), ...plain(b)])].sort()).toEqual([...plain(whole)].sort());
    const sum = countsBySubject([...a, ...b]);
    expect(sum).toEqual(countsBySubject(whole));
  }, 120000);
});
