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
import { denseArena, lanes, type DenseArena } from "./dense.ts";

export class GroupMemo {
  /** Entry e's feature values: keys[e * width .. e * width + width). */
  private readonly keys: Int32Array;
  /** Entry e's summed class vector: the arena's ints from rowsAt + e * lanes (dense.ts). */
  private readonly rowsAt: number;
  private readonly lanes: number;
  private readonly arena: DenseArena;
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
    this.arena = denseArena();
    this.lanes = lanes(nClasses);
    this.rowsAt = this.arena.alloc(capacity * this.lanes);
    let n = 16;
    while (n < capacity * 2) n *= 2;
    this.slots = new Int32Array(n);
    this.mask = n - 1;
    this.value = new Int32Array(width);
    this.own = new Int32Array(this.lanes);
  }

  /** How many combinations are remembered (for tests). */
  get entries(): number {
    return this.size;
  }

  /**
   * Adds into the arena's vector at `scores` the weights of the group's features among
   * `features`, exactly as `table.score` would.
   */
  addInto(table: WeightTable, features: Int32Array, scores: number): void {
    const { positions, value, keys, slots, mask, arena } = this;
    const width = positions.length;
    let h = 0x2545f491;
    for (let j = 0; j < width; j++) h = mix(h, (value[j] = features[positions[j]!]!));
    let s = h & mask;
    for (let e: number; (e = slots[s]!) !== 0; s = (s + 1) & mask) {
      const at = (e - 1) * width;
      let j = 0;
      while (j < width && keys[at + j] === value[j]) j++;
      if (j === width) return arena.add(scores, this.rowsAt + (e - 1) * this.lanes, this.lanes);
    }
    const own = this.own;
    own.fill(0);
    table.score(value, width, own);
    if (this.size === this.capacity) {
      this.slots.fill(0);
      this.size = 0;
      s = h & mask;
    }
    const e = this.size++;
    keys.set(value, e * width);
    const row = this.rowsAt + e * this.lanes;
    arena.ints.set(own, row);
    slots[s] = e + 1;
    arena.add(scores, row, this.lanes);
  }
}
