// An averaged perceptron over hashed sparse features (Collins 2002; the model behind
// Honnibal's "Parsing English in 500 lines"). Training keeps, per feature, only the classes
// it was ever updated for, with lazy averaging by timestamps; `compile()` freezes the
// averaged weights into a WeightTable, an open-addressing hash table in typed arrays that
// prediction reads without allocating.

interface TrainEntry {
  classes: number[];
  weights: number[];
  totals: number[];
  stamps: number[];
}

/** Frozen weights: sorted feature keys, and per key a run of (class, weight) pairs. */
export interface CompiledWeights {
  nClasses: number;
  keys: Int32Array;
  counts: Uint16Array;
  classes: Uint16Array;
  weights: Float32Array;
}

/**
 * The weights as prediction reads them. Memory, not arithmetic, is what scoring costs (a
 * parse step looks up ~85 features in a table of a few hundred thousand), so the table is
 * laid out for cache misses: a (class, weight) pair is one int32 (class << 24 | weight in
 * 1/1024ths), and a slot of the open-addressing table is four int32s — the key, where its
 * pairs after the second start (<< 7 | how many it has in all), and its first two pairs.
 * Most features move weight between two classes only (the perceptron's update is +1 for
 * the truth, -1 for the guess), so a hit costs one cache line, not a slot and then a list.
 */
export class WeightTable {
  private readonly slots: Int32Array;
  /** Each key's pairs after its first two, in key order. */
  private readonly rest: Int32Array;
  private readonly mask: number;
  /** The slots score() found, between its two passes. */
  private found = new Int32Array(256);
  /** What touch() read, kept so the compiler keeps the loads. */
  touched = 0;

  /** How many classes a score vector has. */
  readonly nClasses: number;

  // The compiled weights are read into the table and not kept: they are as large again as
  // the table, in every worker.
  constructor(data: CompiledWeights) {
    this.nClasses = data.nClasses;
    // At most two thirds full: linear probing stays short, the table stays small.
    let capacity = 16;
    while (capacity * 2 < data.keys.length * 3) capacity *= 2;
    if (data.nClasses > 255 || data.classes.length >= 1 << 24 || data.counts.some((c) => c > 127)) throw new RangeError("weight table too large to pack");
    this.slots = new Int32Array(capacity * 4);
    let restLength = 0;
    for (const c of data.counts) restLength += Math.max(0, c - 2);
    this.rest = new Int32Array(restLength);
    this.mask = capacity - 1;
    const pair = (j: number): number => {
      const q = Math.max(-0x7fffff, Math.min(0x7fffff, Math.round(data.weights[j]! * WEIGHT_SCALE)));
      return (data.classes[j]! << 24) | (q & 0xffffff);
    };
    let at = 0, r = 0;
    for (let i = 0; i < data.keys.length; i++) {
      const key = data.keys[i]!, count = data.counts[i]!;
      let s = key & this.mask;
      while (this.slots[4 * s] !== 0) s = (s + 1) & this.mask;
      this.slots[4 * s] = key;
      this.slots[4 * s + 1] = (r << 7) | count;
      if (count > 0) this.slots[4 * s + 2] = pair(at);
      if (count > 1) this.slots[4 * s + 3] = pair(at + 1);
      for (let j = 2; j < count; j++) this.rest[r++] = pair(at + j);
      at += count;
    }
  }

  /**
   * Loads the home slot of each of the first `n` features, so that scoring them later finds
   * them in cache. The loads do not depend on each other or on a branch, so the processor
   * has many cache misses in flight at once, where probing waits for each miss in turn.
   */
  touch(features: Int32Array, n: number): void {
    const { slots, mask } = this;
    let touched = this.touched;
    for (let f = 0; f < n; f++) touched ^= slots[(features[f]! & mask) * 4]!;
    this.touched = touched;
  }

  /**
   * Adds the weights of the first `n` features into `scores`, in 1/1024ths: the stored
   * weights are whole 1/1024ths already, so integer sums rank the classes exactly as float
   * sums would. `touched`: the caller touched these features already, and did other work
   * while the loads were in flight.
   */
  score(features: Int32Array, n: number, scores: Int32Array, touched = false): void {
    if (this.found.length < n) this.found = new Int32Array(n);
    const { slots, rest, mask, found } = this;
    const wrap = mask * 4 + 3;
    if (!touched) this.touch(features, n);
    // Two passes. The first finds each key's slot and touches the cache lines of its pairs
    // after the second: frequent keys have dozens of pairs, and read key by key, each run's
    // cache misses waited for the previous run's adds. The second pass adds.
    let m = 0;
    let t = this.touched;
    for (let f = 0; f < n; f++) {
      const key = features[f]!;
      let s = (key & mask) * 4;
      let k: number;
      while ((k = slots[s]!) !== 0 && k !== key) s = (s + 4) & wrap;
      if (k === 0) continue;
      found[m++] = s;
      const meta = slots[s + 1]!;
      const count = meta & 127;
      if (count <= 2) continue;
      // Every cache line of the run (16 pairs to a line), the last one included.
      const start = meta >>> 7, end = start + count - 2;
      for (let j = start; j < end; j += 16) t ^= rest[j]!;
      t ^= rest[end - 1]!;
    }
    this.touched = t;
    for (let i = 0; i < m; i++) {
      const s = found[i]!;
      const meta = slots[s + 1]!;
      const count = meta & 127;
      if (count === 0) continue;
      let p = slots[s + 2]!;
      scores[p >>> 24]! += (p << 8) >> 8;
      if (count === 1) continue;
      p = slots[s + 3]!;
      scores[p >>> 24]! += (p << 8) >> 8;
      if (count === 2) continue;
      const start = meta >>> 7;
      const end = start + count - 2;
      for (let j = start; j < end; j++) {
        p = rest[j]!;
        scores[p >>> 24]! += (p << 8) >> 8;
      }
    }
  }
}

const WEIGHT_SCALE = 1024;

/**
 * The weights without those at most `threshold` in magnitude, and without the keys left
 * with none. Averaging leaves a long tail of small weights, each the trace of a few updates
 * early in training: dropping them barely changes a decision, while the table prediction
 * reads gets a third smaller, and smaller means fewer cache misses per feature.
 */
export function prune(w: CompiledWeights, threshold: number): CompiledWeights {
  const keys: number[] = [], counts: number[] = [], classes: number[] = [], weights: number[] = [];
  let at = 0;
  for (let i = 0; i < w.keys.length; i++) {
    let kept = 0;
    for (let j = at; j < at + w.counts[i]!; j++) {
      if (Math.abs(w.weights[j]!) <= threshold) continue;
      classes.push(w.classes[j]!);
      weights.push(w.weights[j]!);
      kept++;
    }
    at += w.counts[i]!;
    if (kept === 0) continue;
    keys.push(w.keys[i]!);
    counts.push(kept);
  }
  return { nClasses: w.nClasses, keys: Int32Array.from(keys), counts: Uint16Array.from(counts), classes: Uint16Array.from(classes), weights: Float32Array.from(weights) };
}


export class AveragedPerceptron {
  private readonly entries = new Map<number, TrainEntry>();
  private instances = 0;

  constructor(readonly nClasses: number) {}

  score(features: Int32Array, n: number, scores: Float64Array): void {
    scores.fill(0);
    for (let f = 0; f < n; f++) {
      const e = this.entries.get(features[f]!);
      if (!e) continue;
      for (let k = 0; k < e.classes.length; k++) scores[e.classes[k]!]! += e.weights[k]!;
    }
  }

  /** Counts one training instance (the clock lazy averaging runs on). */
  tick(): void {
    this.instances++;
  }

  /** Moves weight from `guess` to `truth` for every feature; nothing when they agree. */
  update(truth: number, guess: number, features: Int32Array, n: number): void {
    if (truth === guess) return;
    for (let f = 0; f < n; f++) {
      const key = features[f]!;
      let e = this.entries.get(key);
      if (!e) {
        e = { classes: [], weights: [], totals: [], stamps: [] };
        this.entries.set(key, e);
      }
      this.bump(e, truth, 1);
      this.bump(e, guess, -1);
    }
  }

  private bump(e: TrainEntry, cls: number, delta: number): void {
    let k = e.classes.indexOf(cls);
    if (k < 0) {
      k = e.classes.length;
      e.classes.push(cls);
      e.weights.push(0);
      e.totals.push(0);
      e.stamps.push(this.instances);
    }
    e.totals[k]! += (this.instances - e.stamps[k]!) * e.weights[k]!;
    e.stamps[k] = this.instances;
    e.weights[k]! += delta;
  }

  /**
   * Averaged weights, keys sorted so the result does not depend on training order. Weights
   * whose magnitude is at most `minWeight` are dropped: they change almost no decision and
   * only make the model file larger.
   */
  compile(minWeight = 0): CompiledWeights {
    // Sorted as unsigned 32-bit numbers: the file's order, whatever the sign bit.
    const keys = [...this.entries.keys()].sort((a, b) => (a >>> 0) - (b >>> 0));
    const now = Math.max(1, this.instances);
    const outKeys: number[] = [], counts: number[] = [], classes: number[] = [], weights: number[] = [];
    for (const key of keys) {
      const e = this.entries.get(key)!;
      const kept: [number, number][] = [];
      for (let k = 0; k < e.classes.length; k++) {
        const avg = Math.fround((e.totals[k]! + (now - e.stamps[k]!) * e.weights[k]!) / now);
        if (Math.abs(avg) > minWeight) kept.push([e.classes[k]!, avg]);
      }
      if (kept.length === 0) continue;
      kept.sort((a, b) => a[0] - b[0]);
      outKeys.push(key);
      counts.push(kept.length);
      for (const [c, w] of kept) { classes.push(c); weights.push(w); }
    }
    return {
      nClasses: this.nClasses,
      keys: Int32Array.from(outKeys),
      counts: Uint16Array.from(counts),
      classes: Uint16Array.from(classes),
      weights: Float32Array.from(weights),
    };
  }
}
