// The indexed cross-article resolution links exactly what the all-pairs comparison
// linked: same key map on random people (spelling variants, one-edit typos, surnames
// alone, lexicon entries) and organizations sharing names. The all-pairs linking is kept
// here, verbatim in behaviour, as the oracle.
import { describe, expect, it } from "vitest";
import { collectEntities, representativeOrder, resolveAcrossArticles } from "../../src/graph/resolve.ts";
import { oneEditCandidates } from "../../src/graph/neighbours.ts";
import { editDistance, foldName, sameNameKey, translitKey } from "../../src/names/fold.ts";
import type { ArticleExtraction, EntityDescription } from "../../src/types.ts";

function allPairsResolve(extractions: readonly ArticleExtraction[]): Map<string, string> {
  // The same entities and the same choice of representative; only the linking differs.
  const all = collectEntities(extractions);
  const info = (k: string) => all.get(k)!;
  const better = representativeOrder(all);
  const parent = new Map<string, string>();
  const find = (k: string): string => { const p = parent.get(k) ?? k; return p === k ? k : find(p); };
  const union = (a: string, b: string) => { const ra = find(a), rb = find(b); if (ra === rb) return; if (better(ra, rb)) parent.set(rb, ra); else parent.set(ra, rb); };
  const keys = [...all.keys()].sort();
  const people = keys.filter((k) => info(k).e.type === "Person");
  for (let i = 0; i < people.length; i++) for (let j = i + 1; j < people.length; j++) {
    const a = info(people[i]!), b = info(people[j]!);
    if (a.lexicon && b.lexicon) continue;
    if (sameNameKey(translitKey(a.e.label), translitKey(b.e.label))) union(people[i]!, people[j]!);
  }
  for (const s of people.filter((k) => !info(k).lexicon && !info(k).e.label.includes(" "))) {
    const key = translitKey(info(s).e.label);
    const owners = people.filter((k) => k !== s && info(k).e.label.includes(" ") && info(k).e.label.split(/\s+/).some((part) => translitKey(part) === key));
    if (owners.length === 1) union(s, owners[0]!);
  }
  const byName = new Map<string, string[]>();
  for (const k of keys) {
    const { e } = info(k);
    if (e.type === "Person" || e.type === "Country") continue;
    for (const n of info(k).names) { const f = `${e.type}|${foldName(n)}`; if (foldName(n).length < 3) continue; byName.set(f, [...(byName.get(f) ?? []), k]); }
  }
  for (const group of byName.values()) {
    if (group.filter((k) => info(k).lexicon).length > 1) continue;
    for (const k of group.filter((k) => !info(k).lexicon)) union(group[0]!, k);
  }
  const map = new Map<string, string>();
  for (const k of keys) { const r = find(k); if (r !== k) map.set(k, r); }
  return map;
}

function rng(seed: number) {
  return () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
}

const FIRST = ["Aleksandr", "Alexander", "Sergej", "Sergei", "Sergueï", "Mikhail", "Michail", "Viktor", "Wiktor", "Jurij", "Yuri", "Dmitrij", "Dmitry"];
const LAST = ["Macegora", "Matsegora", "Kozlov", "Kozlow", "Shoigu", "Šojgu", "Choïgou", "Belousov", "Belousow", "Pavlenko", "Pawlenko", "Tkachenko", "Tkacenko", "Kovalenko", "Kowalenko", "Bondarenko"];
const ORGS = ["Agenzia Atomica", "AIEA", "Consiglio di Sicurezza", "Alleanza Atlantica", "NATO", "Croce Rossa", "Unione Africana", "UA"];

function randomCorpus(seed: number, size: number): ArticleExtraction[] {
  const r = rng(seed);
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const typo = (s: string) => { const i = 1 + Math.floor(r() * (s.length - 2)); return r() < 0.5 ? s.slice(0, i) + s.slice(i + 1) : s.slice(0, i) + "a" + s.slice(i + 1); };
  const out: ArticleExtraction[] = [];
  for (let a = 0; a < size; a++) {
    const entities: EntityDescription[] = [];
    for (let n = 0; n < 4; n++) {
      const lexicon = r() < 0.2;
      let label = r() < 0.25 ? pick(LAST) : `${pick(FIRST)} ${pick(LAST)}`;
      if (r() < 0.2) label = typo(label);
      const key = `person/${foldName(label).replace(/ /g, "-")}${r() < 0.1 ? "-2" : ""}`;
      entities.push({ key, type: "Person", label, lang: "it", aliases: [], aliasRules: lexicon ? { [label]: "lexicon:people" } : {} });
    }
    for (let n = 0; n < 2; n++) {
      const label = pick(ORGS), alias = pick(ORGS), lexicon = r() < 0.3;
      entities.push({ key: `organization/${foldName(label).replace(/ /g, "-")}${Math.floor(r() * 3)}`, type: "Organization", label, lang: "it", aliases: [alias], aliasRules: lexicon ? { [alias]: "lexicon:orgs" } : { [alias]: "short-form" } });
    }
    out.push({ meta: { id: `a${String(a).padStart(4, "0")}`, file: `a${a}.txt`, contentHash: String(a) }, entities, mentions: [], relations: [], claims: [] });
  }
  return out;
}

describe("linear cross-article resolution", () => {
  it.each([1, 2, 3, 4, 5, 6])("gives the all-pairs key map on random corpus %i", (seed) => {
    const corpus = randomCorpus(seed, 60);
    const expected = allPairsResolve(corpus);
    expect(expected.size).toBeGreaterThan(5);
    expect([...resolveAcrossArticles(corpus)].sort()).toEqual([...expected].sort());
  });

  it("finds every pair of long keys one edit apart, and only candidates", () => {
    const r = rng(9);
    const word = () => Array.from({ length: 7 + Math.floor(r() * 4) }, () => "abcdef"[Math.floor(r() * 6)]).join("");
    const edit = (w: string) => { const i = Math.floor(r() * w.length), c = "abcdef"[Math.floor(r() * 6)]!, op = r(); return op < 0.33 ? w.slice(0, i) + w.slice(i + 1) : op < 0.66 ? w.slice(0, i) + c + w.slice(i + 1) : w.slice(0, i) + c + w.slice(i); };
    const keys = Array.from({ length: 150 }, word).flatMap((w) => [w, edit(w), edit(edit(w))]);
    const found = new Set([...oneEditCandidates(keys)].map(([a, b]) => `${a}|${b}`));
    const uniq = [...new Set(keys)].sort();
    let close = 0;
    for (let i = 0; i < uniq.length; i++) for (let j = i + 1; j < uniq.length; j++) {
      const [a, b] = [uniq[i]!, uniq[j]!];
      if (Math.min(a.length, b.length) >= 8 && editDistance(a, b, 1) <= 1) { close++; expect(found.has(`${a}|${b}`)).toBe(true); }
    }
    expect(close).toBeGreaterThan(10);
  });
});
