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
  keys: Uint32Array;
  counts: Uint16Array;
  classes: Uint16Array;
  weights: Float32Array;
}

export class WeightTable {
  private readonly slots: Uint32Array;
  private readonly starts: Int32Array;
  private readonly lengths: Uint16Array;
  private readonly mask: number;

  constructor(readonly data: CompiledWeights) {
    let capacity = 16;
    while (capacity < data.keys.length * 2) capacity *= 2;
    this.slots = new Uint32Array(capacity);
    this.starts = new Int32Array(capacity);
    this.lengths = new Uint16Array(capacity);
    this.mask = capacity - 1;
    let at = 0;
    for (let i = 0; i < data.keys.length; i++) {
      const key = data.keys[i]!;
      let s = key & this.mask;
      while (this.slots[s] !== 0) s = (s + 1) & this.mask;
      this.slots[s] = key;
      this.starts[s] = at;
      this.lengths[s] = data.counts[i]!;
      at += data.counts[i]!;
    }
  }

  get nClasses(): number {
    return this.data.nClasses;
  }

  /** Adds the weights of the first `n` features into `scores` (zeroed by the caller). */
  score(features: Uint32Array, n: number, scores: Float64Array): void {
    const { slots, starts, lengths, mask } = this;
    const { classes, weights } = this.data;
    for (let f = 0; f < n; f++) {
      const key = features[f]!;
      let s = key & mask;
      let k: number;
      while ((k = slots[s]!) !== 0 && k !== key) s = (s + 1) & mask;
      if (k === 0) continue;
      const start = starts[s]!;
      const end = start + lengths[s]!;
      for (let j = start; j < end; j++) scores[classes[j]!]! += weights[j]!;
    }
  }
}

export class AveragedPerceptron {
  private readonly entries = new Map<number, TrainEntry>();
  private instances = 0;

  constructor(readonly nClasses: number) {}

  score(features: Uint32Array, n: number, scores: Float64Array): void {
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
  update(truth: number, guess: number, features: Uint32Array, n: number): void {
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
    const keys = [...this.entries.keys()].sort((a, b) => a - b);
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
      keys: Uint32Array.from(outKeys),
      counts: Uint16Array.from(counts),
      classes: Uint16Array.from(classes),
      weights: Float32Array.from(weights),
    };
  }
}
