// Greedy arc-eager parsing with an averaged perceptron: one pass, at most 2n moves, each
// chosen as the best-scoring move the configuration allows. Classes are SHIFT, REDUCE and a
// LEFT and a RIGHT move per relation label.
import type { WeightTable } from "./perceptron.ts";
import { LEXICAL_POSITIONS, parserFeatures, parserWord, roleFeatures, roleWords, ROLE_TEMPLATES, ROOT_WORD, NO_WORD, STEP_FEATURES, UNLEXICALIZED_GROUPS, type ParserWord } from "./parser-features.ts";
import { GroupMemo } from "./score-memo.ts";
import { denseArena, lanes, type DenseArena } from "./dense.ts";
import { LEFT, ParseState, REDUCE, RIGHT, SHIFT, type Move } from "./transitions.ts";

export interface ParserModel {
  weights: WeightTable;
  labels: string[];
}

export function moveOf(cls: number): { move: Move; label: number } {
  if (cls === 0) return { move: SHIFT, label: -1 };
  if (cls === 1) return { move: REDUCE, label: -1 };
  return { move: (cls - 2) % 2 === 0 ? LEFT : RIGHT, label: (cls - 2) >> 1 };
}

/** Words 1..n as the parser reads them, with ROOT at n+1. */
export function parserWords(forms: readonly string[], upos: readonly string[], feats: readonly string[]): ParserWord[] {
  const words: ParserWord[] = [NO_WORD];
  for (let i = 0; i < forms.length; i++) words.push(parserWord(forms[i]!.toLowerCase(), upos[i]!, feats[i]!));
  words.push(ROOT_WORD);
  return words;
}

/** Which classes the configuration allows, written into `allowed` (1 = yes). */
export function allowedClasses(state: ParseState, allowed: Uint8Array): void {
  const s0 = state.s0();
  const atRoot = state.b === state.root;
  const left = s0 > 0 && state.heads[s0] === 0;
  const right = s0 > 0 && !atRoot;
  allowed[0] = atRoot ? 0 : 1;
  allowed[1] = s0 > 0 && state.heads[s0] !== 0 ? 1 : 0;
  for (let label = 0; 2 + 2 * label < allowed.length; label++) {
    const isRoot = label === state.rootLabel;
    allowed[2 + 2 * label] = left && atRoot === isRoot ? 1 : 0;
    allowed[3 + 2 * label] = right && !isRoot ? 1 : 0;
  }
}

/**
 * The best-scoring class the configuration allows (the first of equals), the same choice as
 * allowedClasses then a scan, without writing the mask: SHIFT unless the buffer is at ROOT,
 * REDUCE once the stack top has a head, LEFT with `root` only (and only then) at ROOT, RIGHT
 * never with `root`.
 */
export function bestAllowed(state: ParseState, scores: Int32Array, nClasses: number): number {
  const s0 = state.s0();
  const atRoot = state.b === state.root;
  const rootLeft = 2 + 2 * state.rootLabel;
  // No closure: this runs once per move, and a closure per call is garbage.
  let best = -1;
  if (!atRoot) best = 0;
  if (s0 > 0 && state.heads[s0] !== 0) best = better(scores, best, 1);
  if (s0 > 0 && state.heads[s0] === 0) {
    if (atRoot) best = better(scores, best, rootLeft);
    else for (let c = 2; c < nClasses; c += 2) if (c !== rootLeft) best = better(scores, best, c);
  }
  if (s0 > 0 && !atRoot) for (let c = 3; c < nClasses; c += 2) if (c !== rootLeft + 1) best = better(scores, best, c);
  return best;
}

/** `c` if it beats `best` (higher score, or equal and lower class), else `best`. */
function better(scores: Int32Array, best: number, c: number): number {
  return best < 0 || scores[c]! > scores[best]! || (scores[c] === scores[best] && c < best) ? c : best;
}

const features = new Int32Array(128);
const roleBuffer = new Int32Array(16);
const roles = new Int32Array(ROLE_TEMPLATES.length);

/**
 * Per-sentence sums of the single-word templates: a (role, word) pair is scored once, then
 * added as one vector wherever that word fills that role again. A third of the table look-ups
 * of a step, replaced by a short sequential add. Many roles are empty at any step (no
 * leftmost dependent yet, no grandparent): what an empty role adds is folded into one
 * starting vector, and a filled role stores only its difference from empty, so an empty
 * role costs nothing. Integer sums, so the result is exactly the plain sum.
 */
class RoleScores {
  /** The sums, in the thread's dense arena (dense.ts): `sumsAt` its first int, room for `sumsRoom`. */
  private sumsAt = 0;
  private sumsRoom = 0;
  private lanes = 0;
  private done = new Uint8Array(0);
  private width = 0;
  private nClasses = 0;
  /** Per role, what it adds when empty; and their total, where every step starts. Fixed by the model. */
  private none = new Int32Array(0);
  readonly start = new Int32Array(256);
  private noneOf: ParserModel | undefined;
  /** The features of every (role, word) pair of the sentence. */
  private pending = new Int32Array(0);
  /** One (role, word) pair's own sum, before its difference from empty is stored. */
  private readonly own = new Int32Array(256);

  reset(model: ParserModel, sentence: readonly ParserWord[], nClasses: number): void {
    const words = sentence.length;
    const size = ROLE_TEMPLATES.length * words;
    if (this.done.length < size) this.done = new Uint8Array(size);
    else this.done.fill(0, 0, size);
    this.lanes = lanes(nClasses);
    // A bigger sentence takes a new region, twice the size: the arena never frees, so regions double.
    if (this.sumsRoom < size * this.lanes) {
      this.sumsRoom = Math.max(size * this.lanes, 2 * this.sumsRoom);
      this.sumsAt = denseArena().alloc(this.sumsRoom);
    }
    this.width = words;
    this.nClasses = nClasses;
    // Every (role, word) pair the sentence may need, touched at once (perceptron.ts touch):
    // the pairs are scored one by one as the parse first needs them, from cache.
    if (this.pending.length < size * 4) this.pending = new Int32Array(size * 4);
    let m = 0;
    for (let r = 0; r < ROLE_TEMPLATES.length; r++) for (let w = 1; w < words; w++) m = roleFeatures(r, sentence[w]!, this.pending, m);
    model.weights.touch(this.pending, m);
    if (this.noneOf === model) return;
    this.noneOf = model;
    this.none = new Int32Array(ROLE_TEMPLATES.length * nClasses);
    this.start.fill(0);
    for (let r = 0; r < ROLE_TEMPLATES.length; r++) {
      const none = this.none.subarray(r * nClasses, (r + 1) * nClasses);
      model.weights.score(roleBuffer, roleFeatures(r, NO_WORD, roleBuffer, 0), none);
      for (let c = 0; c < nClasses; c++) this.start[c]! += none[c]!;
    }
  }

  /** Adds what role `role` filled by word `word` (> 0) adds beyond the empty role, into the arena's vector at `scores`. */
  addInto(model: ParserModel, words: readonly ParserWord[], role: number, word: number, scores: number, arena: DenseArena): void {
    const nClasses = this.nClasses;
    const slot = role * this.width + word;
    const base = this.sumsAt + slot * this.lanes;
    if (!this.done[slot]) {
      const sums = arena.ints;
      const own = this.own;
      own.fill(0);
      model.weights.score(roleBuffer, roleFeatures(role, words[word] ?? NO_WORD, roleBuffer, 0), own);
      const none = role * nClasses;
      for (let c = 0; c < nClasses; c++) sums[base + c] = own[c]! - this.none[none + c]!;
      this.done[slot] = 1;
    }
    arena.add(scores, base, this.lanes);
  }
}

const roleScores = new RoleScores();
const lexical = new Int32Array(LEXICAL_POSITIONS.length);
const lexicalPositions = Int32Array.from(LEXICAL_POSITIONS);

/** One set of memos per weight table: a memo's vectors are that table's sums. */
const memos = new WeakMap<WeightTable, GroupMemo[]>();

function memosOf(weights: WeightTable, nClasses: number): GroupMemo[] {
  let m = memos.get(weights);
  if (!m) memos.set(weights, (m = UNLEXICALIZED_GROUPS.map((g) => new GroupMemo(g, nClasses))));
  return m;
}

/** Where this thread's step scores live in its dense arena, for a model of `scoresLanes` lanes. */
let scoresAt = -1;
let scoresLanes = 0;

/** Heads (0 = root) and relations for words 1..n; exactly one root. */
export function parse(model: ParserModel, words: readonly ParserWord[]): { heads: number[]; deprels: string[] } {
  const state = new ParseState(words.length - 2, model.labels.indexOf("root"));
  const nClasses = 2 + 2 * model.labels.length;
  const arena = denseArena();
  roleScores.reset(model, words, nClasses);
  const groupMemos = memosOf(model.weights, nClasses);
  if (scoresLanes !== lanes(nClasses)) {
    scoresLanes = lanes(nClasses);
    scoresAt = arena.alloc(scoresLanes);
  }
  // Fetched after the last alloc of this parse: growing the arena replaces its buffer.
  const scores = arena.ints.subarray(scoresAt, scoresAt + nClasses);
  const start = roleScores.start.subarray(0, nClasses);
  while (!state.done) {
    scores.set(start);
    // The step's features are touched first and scored last: the role sums, added in between,
    // read memory already in cache, so the table's cache misses are resolved meanwhile.
    // The features that read a word form are scored from the table, the others from the memos.
    if (parserFeatures(state, words, features, false) !== STEP_FEATURES) throw new Error("parser feature count changed: update STEP_FEATURES and its groups");
    for (let i = 0; i < lexical.length; i++) lexical[i] = features[lexicalPositions[i]!]!;
    model.weights.touch(lexical, lexical.length);
    roleWords(state, roles);
    for (let r = 0; r < roles.length; r++) if (roles[r]! > 0) roleScores.addInto(model, words, r, roles[r]!, scoresAt, arena);
    for (const memo of groupMemos) memo.addInto(model.weights, features, scoresAt);
    model.weights.score(lexical, lexical.length, scores, true);
    // moveOf without its object: one move per step.
    const cls = bestAllowed(state, scores, nClasses);
    if (cls < 2) state.apply(cls === 0 ? SHIFT : REDUCE, -1);
    else state.apply((cls & 1) === 0 ? LEFT : RIGHT, (cls - 2) >> 1);
  }
  return singleRoot(state, model.labels, words);
}

/** UD wants one root: the first predicate attached to ROOT stays, other roots hang from it. */
function singleRoot(state: ParseState, labels: readonly string[], words: readonly ParserWord[]): { heads: number[]; deprels: string[] } {
  const n = state.n;
  const verb = ROOT_VERB_HASH;
  const roots: number[] = [];
  for (let i = 1; i <= n; i++) if (state.heads[i] === n + 1 || state.heads[i] === 0) roots.push(i);
  const main = roots.find((r) => words[r]!.p === verb) ?? roots[0] ?? 1;
  const heads: number[] = [];
  const deprels: string[] = [];
  for (let i = 1; i <= n; i++) {
    const h = state.heads[i]!;
    if (i === main) { heads.push(0); deprels.push("root"); }
    else if (h === n + 1 || h === 0) { heads.push(main); deprels.push(words[i]!.p === PUNCT_HASH ? "punct" : "parataxis"); }
    else { heads.push(h); deprels.push(labels[state.labels[i]! - 1]!); }
  }
  // A noun left stranded before the main verb, which has no subject, is that subject
  // (`La visita del presidente durerà due giorni`).
  const hasSubject = deprels.some((d, i) => heads[i] === main && d.startsWith("nsubj"));
  for (const r of roots) {
    if (r !== main && r < main && !hasSubject && (words[r]!.p === NOUN_HASH || words[r]!.p === PROPN_HASH)) { deprels[r - 1] = "nsubj"; break; }
  }
  return { heads, deprels };
}

const ROOT_VERB_HASH = parserWord("", "VERB", "").p;
const PUNCT_HASH = parserWord("", "PUNCT", "").p;
const NOUN_HASH = parserWord("", "NOUN", "").p;
const PROPN_HASH = parserWord("", "PROPN", "").p;
