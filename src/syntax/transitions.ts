// The arc-eager transition system (Nivre 2003) with the root at the end of the buffer
// (Ballesteros & Nivre 2013), and its dynamic oracle (Goldberg & Nivre 2012): for any
// configuration, how many gold arcs each transition makes unreachable. Training follows the
// model's own mistakes and learns the best way on from there.
//
// Words are 1..n; n+1 stands for ROOT. The buffer is always the suffix b..n+1, so it is kept
// as one index.

export const SHIFT = 0;
export const REDUCE = 1;
export const LEFT = 2;
export const RIGHT = 3;
export type Move = typeof SHIFT | typeof REDUCE | typeof LEFT | typeof RIGHT;

export class ParseState {
  readonly stack: number[] = [];
  b = 1;
  /** heads[i] for words 1..n (n+1 = ROOT, 0 = none yet). */
  readonly heads: Int32Array;
  /** Label index + 1 of each word's arc (0 = none yet). */
  readonly labels: Int32Array;
  /** Dependents, in order of position. */
  readonly left: number[][];
  readonly right: number[][];
  /** Sets of labels already attached on each side, as bit masks (two words: labels 0–29, 30–59). */
  readonly leftSets: Int32Array;
  readonly rightSets: Int32Array;

  /** `rootLabel`: index of `root`, the only label a move to ROOT may carry. */
  constructor(readonly n: number, readonly rootLabel: number) {
    this.heads = new Int32Array(n + 2);
    this.labels = new Int32Array(n + 2);
    this.left = Array.from({ length: n + 2 }, () => []);
    this.right = Array.from({ length: n + 2 }, () => []);
    this.leftSets = new Int32Array(2 * (n + 2));
    this.rightSets = new Int32Array(2 * (n + 2));
  }

  get root(): number {
    return this.n + 1;
  }

  get done(): boolean {
    return this.b === this.root && this.stack.length === 0;
  }

  s0(): number {
    return this.stack[this.stack.length - 1] ?? 0;
  }

  canShift(): boolean {
    return this.b < this.root;
  }

  canReduce(): boolean {
    const s0 = this.s0();
    return s0 > 0 && this.heads[s0] !== 0;
  }

  canLeft(label: number): boolean {
    const s0 = this.s0();
    return s0 > 0 && this.heads[s0] === 0 && (this.b === this.root) === (label === this.rootLabel);
  }

  canRight(label: number): boolean {
    return this.s0() > 0 && this.b < this.root && label !== this.rootLabel;
  }

  apply(move: Move, label: number): void {
    const s0 = this.s0();
    if (move === SHIFT) this.stack.push(this.b++);
    else if (move === REDUCE) this.stack.pop();
    else if (move === LEFT) { this.attach(this.b, s0, label); this.stack.pop(); }
    else { this.attach(s0, this.b, label); this.stack.push(this.b++); }
  }

  private attach(head: number, dep: number, label: number): void {
    this.heads[dep] = head;
    this.labels[dep] = label + 1;
    const sets = dep < head ? this.leftSets : this.rightSets;
    sets[2 * head + (label < 30 ? 0 : 1)]! |= 1 << (label % 30);
    // Keep dependents sorted by position (left ones arrive right to left, right ones left to right).
    const list = dep < head ? this.left[head]! : this.right[head]!;
    let i = list.length;
    while (i > 0 && list[i - 1]! > dep) i--;
    list.splice(i, 0, dep);
  }
}

/**
 * Cost of each move against the gold tree (`goldHeads[i]`, with ROOT as n+1); label costs
 * are added by the caller. Projective gold trees only (see projectivize.ts).
 */
export function moveCosts(state: ParseState, goldHeads: Int32Array): [number, number, number, number] {
  const s0 = state.s0();
  const b = state.b;
  const root = state.root;
  const stack = state.stack;
  let shift = 0, reduce = 0, left = 0, right = 0;
  if (b < root) {
    for (const k of stack) {
      if (goldHeads[b] === k) shift++;
      if (goldHeads[k] === b && state.heads[k] === 0) shift++;
    }
  }
  if (s0 > 0) {
    for (let k = b; k <= root; k++) if (goldHeads[k] === s0) { reduce++; left++; }
    if (goldHeads[s0]! >= b && goldHeads[s0] !== b) left++;
    if (b < root) {
      const h = goldHeads[b]!;
      if (h !== s0 && (h >= b || stack.includes(h))) right++;
      for (const k of stack) if (goldHeads[k] === b && state.heads[k] === 0) right++;
    }
  }
  return [shift, reduce, left, right];
}
