// Resolution time against corpus size, without the per-article stages: each synthetic
// article names 6 people (generated names, transliteration variants, surnames alone; a
// popular few and a long tail) and 2 organizations, as extraction would describe them.
//   npx tsx bench/resolve-scaling.ts [1000,10000,100000]
import { resolveAcrossArticles } from "../src/graph/resolve.ts";
import { foldName } from "../src/names/fold.ts";
import type { ArticleExtraction, EntityDescription } from "../src/types.ts";
import { CorpusGenerator, rng } from "./generate.ts";

const sizes = (process.argv[2] ?? "1000,10000,100000").split(",").map(Number);
const slug = (s: string) => foldName(s).replace(/ /g, "-");
const ORGS = ["Agenzia Nova", "Consiglio di Sicurezza", "Croce Rossa", "Unione Africana", "Alleanza Atlantica"];

export function syntheticExtractions(n: number, seed = 7): ArticleExtraction[] {
  const gen = new CorpusGenerator(seed, Math.max(200, Math.round(n / 2)));
  const r = rng(seed + 1);
  const out: ArticleExtraction[] = [];
  for (let a = 0; a < n; a++) {
    const entities: EntityDescription[] = [];
    for (let k = 0; k < 6; k++) {
      const u = r();
      const p = gen.people[Math.floor(u * u * u * gen.people.length)]!;
      let label = r() < 0.2 ? p.last : `${p.first} ${p.last}`;
      if (r() < 0.15) label = label.replace(/ksan/g, "xan").replace(/v$/, "w").replace(/Yu/, "Ju");
      entities.push({ key: `person/${slug(label)}`, type: "Person", label, lang: "und", aliases: [], aliasRules: {} });
    }
    for (let k = 0; k < 2; k++) {
      const label = `${ORGS[Math.floor(r() * ORGS.length)]} ${Math.floor(r() * n / 10)}`;
      entities.push({ key: `organization/${slug(label)}`, type: "Organization", label, lang: "it", aliases: [], aliasRules: {} });
    }
    out.push({ meta: { id: `a${a}`, file: `a${a}.txt`, contentHash: String(a) }, entities, mentions: [], relations: [], claims: [] });
  }
  return out;
}

if (process.argv[1]?.endsWith("resolve-scaling.ts")) {
  for (const n of sizes) {
    const xs = syntheticExtractions(n);
    const ts: number[] = [];
    let merged = 0;
    for (let i = 0; i < 3; i++) { const t = performance.now(); merged = resolveAcrossArticles(xs).size; ts.push(performance.now() - t); }
    ts.sort((a, b) => a - b);
    console.log(`${String(n).padStart(7)} articles: resolution median ${(ts[1]! / 1000).toFixed(3)} s (${(ts[1]! / n * 1000).toFixed(1)} µs/article), ${merged} keys merged`);
  }
}
