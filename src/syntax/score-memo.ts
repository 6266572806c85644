// Most of a parse step's weight comes from features that read only tags, labels, distance
// and valency (`s0.p + n0.p`, the labels of s0's dependents): they hit frequent keys that
// carry a weight for most of the 92 classes, so a step adds ~1,300 sparse pairs, nine
// tenths of them from these. The same few thousand combinations of them recur all through
// news prose (on the development articles 80–90% of steps repeat a combination already
// seen). A GroupMemo keeps, for one group of such features, the summed class vector of
// each combination of their values: a step that repeats one adds one dense vector instead
// of probing the table once per feature. The key is the features' own hashes, compared in
// full, and the sums are integers, so a remembered vector is exactly the sum it replaces.
import { mix } from "./hash.ts";
import type { WeightTable } from "./perceptron.ts";

export class GroupMemo {
  /** Entry e's feature values: keys[e * width .. e * width + width). */
  private readonly keys: Int32Array;
  /** Entry e's summed class vector: rows[e * nClasses ..). */
  private readonly rows: Int32Array;
  /** Open addressing over entries: slot -> entry + 1 (0 = empty). */
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly value: Int32Array;
  private readonly own: Int32Array;
  private size = 0;

  /**
   * `positions`: where in a step's feature list the group's features stand. `capacity`:
   * entries kept; when full the memo starts over, so memory stays bounded and the
   * combinations of the text at hand come back first.
   */
  constructor(readonly positions: readonly number[], readonly nClasses: number, readonly capacity = 4096) {
    const width = positions.length;
    this.keys = new Int32Array(capacity * width);
    this.rows = new Int32Array(capacity * nClasses);
    let n = 16;
    while (n < capacity * 2) n *= 2;
    this.slots = new Int32Array(n);
    this.mask = n - 1;
    this.value = new Int32Array(width);
    this.own = new Int32Array(nClasses);
  }

  /** How many combinations are remembered (for tests). */
  get entries(): number {
    return this.size;
  }

  /** Adds into `scores` the weights of the group's features among `features`, exactly as `table.score` would. */
  addInto(table: WeightTable, features: Int32Array, scores: Int32Array): void {
    const { positions, value, keys, slots, mask, nClasses } = this;
    const width = positions.length;
    let h = 0x2545f491;
    for (let j = 0; j < width; j++) h = mix(h, (value[j] = features[positions[j]!]!));
    let s = h & mask;
    for (let e: number; (e = slots[s]!) !== 0; s = (s + 1) & mask) {
      const at = (e - 1) * width;
      let j = 0;
      while (j < width && keys[at + j] === value[j]) j++;
      if (j === width) return addRow(this.rows, (e - 1) * nClasses, nClasses, scores);
    }
    const own = this.own;
    own.fill(0);
    table.score(value, width, own);
    for (let c = 0; c < nClasses; c++) scores[c]! += own[c]!;
    if (this.size === this.capacity) {
      this.slots.fill(0);
      this.size = 0;
      s = h & mask;
    }
    const e = this.size++;
    keys.set(value, e * width);
    this.rows.set(own, e * nClasses);
    slots[s] = e + 1;
  }
}

function addRow(rows: Int32Array, base: number, nClasses: number, scores: Int32Array): void {
  for (let c = 0; c < nClasses; c++) scores[c]! += rows[base + c]!;
}
