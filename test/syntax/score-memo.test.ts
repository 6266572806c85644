// The parser's memo of unlexicalized feature sums (src/syntax/score-memo.ts) must give
// exactly what scoring the features from the table gives, whatever it remembers or forgets,
// and its groups must hold only features that read no word form.
import { describe, expect, it } from "vitest";
import { f1, f2, mix } from "../../src/syntax/hash.ts";
import { LEXICAL_POSITIONS, parserFeatures, parserWord, STEP_FEATURES, UNLEXICALIZED_GROUPS, type ParserWord } from "../../src/syntax/parser-features.ts";
import { WeightTable } from "../../src/syntax/perceptron.ts";
import { GroupMemo } from "../../src/syntax/score-memo.ts";
import { denseArena, DenseArena, lanes } from "../../src/syntax/dense.ts";
import { LEFT, ParseState, RIGHT, SHIFT } from "../../src/syntax/transitions.ts";

/** A table whose keys are the features f1(1..keys) with pseudo-random weights over `nClasses`. */
function table(nClasses: number, keys: number): WeightTable {
  const ks: number[] = [], counts: number[] = [], classes: number[] = [], weights: number[] = [];
  let seed = 7;
  const next = (): number => (seed = mix(seed, 17) >>> 0);
  const sorted = Array.from({ length: keys }, (_, i) => f1(1, i)).sort((a, b) => (a >>> 0) - (b >>> 0));
  for (const key of sorted) {
    const count = 1 + (next() % nClasses);
    const start = next() % nClasses;
    ks.push(key);
    counts.push(count);
    for (let c = 0; c < count; c++) { classes.push((start + c) % nClasses); weights.push(((next() % 4001) - 2000) / 512); }
  }
  // Classes sorted within a key, as compile() leaves them.
  let at = 0;
  for (const count of counts) {
    const run = classes.slice(at, at + count).map((c, j) => [c, weights[at + j]!] as const).sort((a, b) => a[0] - b[0]);
    run.forEach(([c, w], j) => { classes[at + j] = c; weights[at + j] = w; });
    at += count;
  }
  return new WeightTable({ nClasses, keys: Int32Array.from(ks), counts: Uint16Array.from(counts), classes: Uint16Array.from(classes), weights: Float32Array.from(weights) });
}

describe("GroupMemo", () => {
  const nClasses = 12;
  const weights = table(nClasses, 40);
  // Features at positions 1 and 3 form the group; the others are noise it must not read.
  const positions = [1, 3];
  const step = (a: number, b: number): Int32Array => Int32Array.from([f1(1, 99), f1(1, a), f2(5, a, b), f1(1, b)]);
  const direct = (features: Int32Array): number[] => {
    const s = new Int32Array(nClasses);
    weights.score(Int32Array.from(positions.map((p) => features[p]!)), positions.length, s);
    return [...s];
  };

  it.each([
    ["a combination seen for the first time", [[3, 8]]],
    ["the same combination again, from memory", [[3, 8], [3, 8]]],
    ["the same values in the other order, a different combination", [[3, 8], [8, 3]]],
    ["a value the table does not know", [[3, 500], [3, 500]]],
  ])("adds exactly the table's sum: %s", (_name, steps) => {
    const memo = new GroupMemo(positions, nClasses);
    const at = denseArena().alloc(lanes(nClasses));
    for (const [a, b] of steps as number[][]) {
      const features = step(a!, b!);
      denseArena().ints.fill(5, at, at + nClasses);
      memo.addInto(weights, features, at);
      expect([...denseArena().ints.subarray(at, at + nClasses)]).toEqual(direct(features).map((x) => x + 5));
    }
  });

  it("remembers each combination once and starts over when full, still exact", () => {
    const memo = new GroupMemo(positions, nClasses, 4);
    const at = denseArena().alloc(lanes(nClasses));
    for (let round = 0; round < 3; round++) for (let a = 0; a < 7; a++) {
      const features = step(a, a + 1);
      denseArena().ints.fill(0, at, at + nClasses);
      memo.addInto(weights, features, at);
      expect([...denseArena().ints.subarray(at, at + nClasses)]).toEqual(direct(features));
      expect(memo.entries).toBeLessThanOrEqual(4);
    }
    const fresh = new GroupMemo(positions, nClasses);
    for (let k = 0; k < 3; k++) for (let a = 0; a < 5; a++) fresh.addInto(weights, step(a, 0), at);
    expect(fresh.entries).toBe(5);
  });
});

describe("the parser's feature groups", () => {
  it("split the step's features: every position once, in a group or scored from the table", () => {
    const all = [...UNLEXICALIZED_GROUPS.flat(), ...LEXICAL_POSITIONS].sort((a, b) => a - b);
    expect(all).toEqual(Array.from({ length: STEP_FEATURES }, (_, i) => i));
  });

  // Two sentences with the same tags and features but other words: a grouped feature that
  // read a word would differ between them, and its memo would give one word's weights to another.
  const sentence = (forms: string[]): ParserWord[] => {
    const upos = ["DET", "NOUN", "VERB", "ADP", "PROPN", "PUNCT"], feats = ["Number=Sing", "Gender=Fem|Number=Sing", "Mood=Ind|VerbForm=Fin", "_", "_", "_"];
    return [parserWord("", "", ""), ...forms.map((f, i) => parserWord(f, upos[i]!, feats[i]!)), parserWord("<root>", "ROOT", "")];
  };
  const a = sentence(["la", "ministra", "parte", "per", "Lima", "."]);
  const b = sentence(["una", "delegazione", "arriva", "da", "Quito", "!"]);
  const moves: [number, number][] = [[SHIFT, -1], [LEFT, 3], [SHIFT, -1], [LEFT, 5], [SHIFT, -1], [RIGHT, 1], [RIGHT, 7]];

  it("read no word form: the same configuration over other words gives the same grouped features", () => {
    const sa = new ParseState(6, 0), sb = new ParseState(6, 0);
    const fa = new Int32Array(128), fb = new Int32Array(128);
    let lexicalDiffer = 0;
    for (const [move, label] of moves) {
      expect(parserFeatures(sa, a, fa, false)).toBe(STEP_FEATURES);
      parserFeatures(sb, b, fb, false);
      for (const p of UNLEXICALIZED_GROUPS.flat()) expect(fb[p], `position ${p}`).toBe(fa[p]);
      lexicalDiffer += LEXICAL_POSITIONS.filter((p) => fa[p] !== fb[p]).length;
      sa.apply(move as 0, label);
      sb.apply(move as 0, label);
    }
    // The check has teeth: the word-reading features do change.
    expect(lexicalDiffer).toBeGreaterThan(moves.length * 5);
  });
});

describe("DenseArena", () => {
  // Sums that overflow int32 wrap, in WebAssembly as in an Int32Array: both paths must agree.
  const values = [0, 1, -1, 7, 2 ** 31 - 1, -(2 ** 31), 123456789, -987654321, 42, -42, 5, 6];
  it.each([["WebAssembly SIMD", true], ["the plain loop", false]])("adds vectors lane by lane with %s, and keeps them across growth", (_name, simd) => {
    const arena = new DenseArena(simd as boolean);
    if (simd) expect(arena.simd).toBe(WebAssembly.validate !== undefined);
    const width = lanes(values.length);
    expect(width).toBe(12);
    const a = arena.alloc(width), b = arena.alloc(width);
    arena.ints.set(values, a);
    arena.ints.set(values.map((v, i) => v * 3 + i), b);
    arena.add(a, b, width);
    arena.add(a, b, width);
    const expected = Int32Array.from(values.map((v, i) => v + 2 * (v * 3 + i)));
    expect([...arena.ints.subarray(a, a + width)]).toEqual([...expected]);
    // Past the first megabyte: the buffer is replaced, the vectors stay.
    const far = arena.alloc(1 << 20);
    expect(far % 4).toBe(0);
    expect([...arena.ints.subarray(a, a + width)]).toEqual([...expected]);
    arena.add(far, a, width);
    expect([...arena.ints.subarray(far, far + width)]).toEqual([...expected]);
  });
});
