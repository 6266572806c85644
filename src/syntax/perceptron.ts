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
 * parse step looks up ~85 features in a table of half a million), so the table is as small
 * as it can be: a slot is two int32s (key; start << 7 | length) and a (class, weight) pair
 * is one int32 (class << 24 | weight in 1/1024ths). Half the bytes of plain arrays, and
 * each feature costs two cache misses instead of five.
 */
export class WeightTable {
  private readonly slots: Int32Array;
  private readonly pairs: Int32Array;
  private readonly mask: number;

  constructor(readonly data: CompiledWeights) {
    let capacity = 16;
    while (capacity < data.keys.length * 2) capacity *= 2;
    if (data.nClasses > 255 || data.classes.length >= 1 << 24 || data.counts.some((c) => c > 127)) throw new RangeError("weight table too large to pack");
    this.slots = new Int32Array(capacity * 2);
    this.pairs = new Int32Array(data.classes.length);
    this.mask = capacity - 1;
    for (let j = 0; j < data.classes.length; j++) {
      const q = Math.max(-0x7fffff, Math.min(0x7fffff, Math.round(data.weights[j]! * WEIGHT_SCALE)));
      this.pairs[j] = (data.classes[j]! << 24) | (q & 0xffffff);
    }
    let at = 0;
    for (let i = 0; i < data.keys.length; i++) {
      const key = data.keys[i]!;
      let s = key & this.mask;
      while (this.slots[2 * s] !== 0) s = (s + 1) & this.mask;
      this.slots[2 * s] = key;
      this.slots[2 * s + 1] = (at << 7) | data.counts[i]!;
      at += data.counts[i]!;
    }
  }

  get nClasses(): number {
    return this.data.nClasses;
  }

  /**
   * Adds the weights of the first `n` features into `scores`, in 1/1024ths: the stored
   * weights are whole 1/1024ths already, so integer sums rank the classes exactly as float
   * sums would.
   */
  score(features: Int32Array, n: number, scores: Int32Array): void {
    const { slots, pairs, mask } = this;
    const last = mask * 2;
    for (let f = 0; f < n; f++) {
      const key = features[f]!;
      let s = (key & mask) * 2;
      let k: number;
      while ((k = slots[s]!) !== 0 && k !== key) s = s === last ? 0 : s + 2;
      if (k === 0) continue;
      const packed = slots[s + 1]!;
      const start = packed >>> 7;
      const end = start + (packed & 127);
      for (let j = start; j < end; j++) {
        const p = pairs[j]!;
        scores[p >>> 24]! += (p << 8) >> 8;
      }
    }
  }
}

const WEIGHT_SCALE = 1024;

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
