// A fold's graph keeps each node's and edge's evidence as rows of the evidence store and
// makes the objects only when `evidence` is read; the writers count and sample the rows.
import { describe, expect, it } from "vitest";
import { EvidenceStore, evidenceAt, evidenceLength, evidenceSample, setEvidenceRows, withFields } from "../../src/graph/evidence-store.ts";
import type { Evidence } from "../../src/types.ts";

const ev = (article: string, start: number, extra: Partial<Evidence> = {}): Evidence =>
  ({ article, sentence: start, start, end: start + 20, text: `Frase ${start} di ${article}.`, rule: "role-leader", ...extra });

function stored(list: Evidence[]): { store: EvidenceStore; rows: Int32Array } {
  const store = new EvidenceStore();
  const texts = new Map<string, Map<string, number>>();
  const ids = list.map((e) => {
    let t = texts.get(e.article);
    if (!t) texts.set(e.article, (t = store.sentences()));
    return store.add(structuredClone(e), t);
  });
  return { store, rows: Int32Array.from(ids) };
}

describe("evidence kept as rows", () => {
  const list = [ev("a", 0, { date: "2024-05" }), ev("a", 40, { focus: { start: 45, end: 50 } }), ev("b", 3), ev("c", 9, { date: "2025" })];

  it("reads back as the evidence it was made from, in place among the attributes", () => {
    const { store, rows } = stored(list);
    const attrs = { label: "Ucraina", evidence: [] as Evidence[], mentions: 4 };
    setEvidenceRows(attrs, store, rows);
    expect(attrs.evidence).toEqual(list);
    expect(Object.keys(attrs)).toEqual(["label", "evidence", "mentions"]);
    expect(JSON.parse(JSON.stringify(attrs))).toEqual({ label: "Ucraina", evidence: list, mentions: 4 });
  });

  it("counts, samples and picks rows like the list they stand for", () => {
    const { store, rows } = stored(list);
    const attrs = { evidence: [] as Evidence[] };
    setEvidenceRows(attrs, store, rows);
    const plain = { evidence: list };
    expect(evidenceLength(attrs)).toBe(4);
    expect(evidenceAt(attrs, 1)).toEqual(list[1]);
    expect(evidenceAt(attrs, 4)).toBeUndefined();
    for (const cap of [1, 2, 3, 4, 10]) expect(evidenceSample(attrs, cap)).toEqual(evidenceSample(plain, cap));
    expect(evidenceSample(plain, 2)).toEqual([list[0], list[2]]);
  });

  it("becomes a plain list again when assigned", () => {
    const { store, rows } = stored(list);
    const attrs = { evidence: [] as Evidence[], count: 4 };
    setEvidenceRows(attrs, store, rows);
    attrs.evidence = [list[2]!];
    expect(attrs.evidence).toEqual([list[2]]);
    expect(evidenceLength(attrs)).toBe(1);
    expect(Object.keys(attrs)).toEqual(["evidence", "count"]);
  });

  it("replaces fields in key order without reading the ones replaced", () => {
    let reads = 0;
    const a = { x: 1, get evidence() { reads++; return [] as Evidence[]; }, y: 2 };
    const out = withFields(a, { evidence: "refs", z: 3 } as never);
    expect(Object.entries(out)).toEqual([["x", 1], ["evidence", "refs"], ["y", 2], ["z", 3]]);
    expect(reads).toBe(0);
  });
});
