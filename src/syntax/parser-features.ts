// The parser's view of a configuration: the rich non-local feature set of Zhang & Nivre
// (2011) — words and tags of the stack top, the buffer front and their neighbours, heads,
// leftmost and rightmost dependents, distance, valency and the label sets already
// attached — plus a little morphology (number and verb form), which tells subjects from
// objects where word order does not. Every feature is a hash (see hash.ts).
import { f1, f2, f3, hashString, mix } from "./hash.ts";
import type { ParseState } from "./transitions.ts";

/** What the parser reads of a word: hashes of its form, UPOS and agreement features. */
export interface ParserWord {
  w: number;
  p: number;
  /** Number + Gender + VerbForm + Mood (`Sing||Fin|Ind`). */
  m: number;
  /** Form + UPOS together. */
  wp: number;
}

export const NO_WORD: ParserWord = { w: 11, p: 12, m: 13, wp: 14 };

function leftmost(state: ParseState, i: number, nth = 0): number {
  return i > 0 ? state.left[i]![nth] ?? 0 : 0;
}

function rightmost(state: ParseState, i: number, nth = 0): number {
  if (i <= 0) return 0;
  const r = state.right[i]!;
  return r[r.length - 1 - nth] ?? 0;
}

const labelSet = (sets: Int32Array, i: number): number => (i > 0 ? mix(sets[2 * i]! + 1, sets[2 * i + 1]! + 7) : 3);

// Module-level helpers rather than closures: parserFeatures runs twice per word, and a
// closure per call is garbage.
function wordAt(words: readonly ParserWord[], i: number): ParserWord {
  return i > 0 ? words[i] ?? NO_WORD : NO_WORD;
}

function labelAt(state: ParseState, i: number): number {
  return (i > 0 ? state.labels[i]! : 0) + 1;
}

/**
 * The single-word templates, by role: [template id, which hash of the word]. They depend on
 * one word in one role only, so prediction sums each (role, word) once per sentence and
 * reuses it (parser.ts); training reads them as ordinary features.
 */
export const ROLE_TEMPLATES: readonly (readonly (readonly [number, "wp" | "w" | "p"])[])[] = [
  [[2, "wp"], [3, "w"], [4, "p"]], // s0
  [[5, "wp"], [6, "w"], [7, "p"]], // n0
  [[8, "wp"], [9, "w"], [10, "p"]], // n1
  [[11, "wp"], [12, "p"]], // n2
  [[13, "wp"], [14, "p"]], // s1
  [[60, "w"], [61, "p"]], // head of s0
  [[63, "w"], [64, "p"]], // leftmost dependent of s0
  [[66, "w"], [67, "p"]], // rightmost dependent of s0
  [[69, "w"], [70, "p"]], // leftmost dependent of n0
  [[80, "w"], [81, "p"]], // head of the head of s0
  [[83, "p"]], // second leftmost dependent of s0
  [[84, "p"]], // second rightmost dependent of s0
  [[85, "p"]], // second leftmost dependent of n0
];

/** Writes the features of one role filled by one word; returns the new count. */
export function roleFeatures(role: number, word: ParserWord, out: Int32Array, n: number): number {
  for (const [template, attr] of ROLE_TEMPLATES[role]!) out[n++] = f1(template, word[attr]);
  return n;
}

/** The word index (0 = none) filling each role of ROLE_TEMPLATES. */
export function roleWords(state: ParseState, out: Int32Array): void {
  const root = state.n + 1;
  const s0i = state.s0();
  const n0i = state.b;
  const s0hi = s0i > 0 ? state.heads[s0i]! : 0;
  out[0] = s0i;
  out[1] = n0i;
  out[2] = n0i + 1 <= root ? n0i + 1 : 0;
  out[3] = n0i + 2 <= root ? n0i + 2 : 0;
  out[4] = state.stack[state.stack.length - 2] ?? 0;
  out[5] = s0hi;
  out[6] = leftmost(state, s0i);
  out[7] = rightmost(state, s0i);
  out[8] = leftmost(state, n0i);
  out[9] = s0hi > 0 && s0hi < root ? state.heads[s0hi]! : 0;
  out[10] = leftmost(state, s0i, 1);
  out[11] = rightmost(state, s0i, 1);
  out[12] = leftmost(state, n0i, 1);
}

const roles = new Int32Array(ROLE_TEMPLATES.length);

/**
 * Writes the features of the configuration into `out`; returns how many. `words[n+1]` is
 * ROOT. Without `withRoles`, the single-word templates are left to the caller.
 */
export function parserFeatures(state: ParseState, words: readonly ParserWord[], out: Int32Array, withRoles = true): number {
  const root = state.n + 1;
  const s0i = state.s0();
  const s1i = state.stack[state.stack.length - 2] ?? 0;
  const n0i = state.b;
  const s0 = wordAt(words, s0i), s1 = wordAt(words, s1i), n0 = wordAt(words, n0i), n1 = wordAt(words, n0i + 1 <= root ? n0i + 1 : 0), n2 = wordAt(words, n0i + 2 <= root ? n0i + 2 : 0);
  const s0hi = s0i > 0 ? state.heads[s0i]! : 0;
  const s0h = wordAt(words, s0hi), s0h2 = wordAt(words, s0hi > 0 && s0hi < root ? state.heads[s0hi]! : 0);
  const s0li = leftmost(state, s0i), s0ri = rightmost(state, s0i), n0li = leftmost(state, n0i);
  const s0l = wordAt(words, s0li), s0r = wordAt(words, s0ri), n0l = wordAt(words, n0li);
  const s0l2 = wordAt(words, leftmost(state, s0i, 1)), s0r2 = wordAt(words, rightmost(state, s0i, 1)), n0l2 = wordAt(words, leftmost(state, n0i, 1));
  const d = s0i > 0 ? Math.min(n0i - s0i, 6) : 0;
  const s0vl = s0i > 0 ? state.left[s0i]!.length : 0, s0vr = s0i > 0 ? state.right[s0i]!.length : 0, n0vl = n0i > 0 ? state.left[n0i]!.length : 0;
  const s0sl = labelSet(state.leftSets, s0i), s0sr = labelSet(state.rightSets, s0i), n0sl = labelSet(state.leftSets, n0i);
  let n = 0;
  out[n++] = 1;
  // pairs
  out[n++] = f2(20, s0.wp, n0.wp); out[n++] = f2(21, s0.wp, n0.w); out[n++] = f2(22, s0.w, n0.wp);
  out[n++] = f2(23, s0.wp, n0.p); out[n++] = f2(24, s0.p, n0.wp); out[n++] = f2(25, s0.w, n0.w);
  out[n++] = f2(26, s0.p, n0.p); out[n++] = f2(27, n0.p, n1.p);
  // triples of tags
  out[n++] = f3(30, n0.p, n1.p, n2.p); out[n++] = f3(31, s0.p, n0.p, n1.p);
  out[n++] = f3(32, s0h.p, s0.p, n0.p); out[n++] = f3(33, s0.p, s0l.p, n0.p);
  out[n++] = f3(34, s0.p, s0r.p, n0.p); out[n++] = f3(35, s0.p, n0.p, n0l.p);
  out[n++] = f3(36, s1.p, s0.p, n0.p); out[n++] = f2(37, s1.wp, s0.p);
  // distance
  out[n++] = f2(40, s0.w, d); out[n++] = f2(41, s0.p, d); out[n++] = f2(42, n0.w, d); out[n++] = f2(43, n0.p, d);
  out[n++] = f3(44, s0.w, n0.w, d); out[n++] = f3(45, s0.p, n0.p, d);
  // valency
  out[n++] = f2(50, s0.w, s0vr); out[n++] = f2(51, s0.p, s0vr); out[n++] = f2(52, s0.w, s0vl); out[n++] = f2(53, s0.p, s0vl);
  out[n++] = f2(54, n0.w, n0vl); out[n++] = f2(55, n0.p, n0vl);
  // second order: heads and outer dependents
  out[n++] = f1(62, labelAt(state, s0i)); out[n++] = f1(65, labelAt(state, s0li));
  out[n++] = f1(68, labelAt(state, s0ri)); out[n++] = f1(71, labelAt(state, n0li));
  // third order
  out[n++] = f1(82, labelAt(state, s0hi));
  out[n++] = f3(86, s0.p, s0l.p, s0l2.p); out[n++] = f3(87, s0.p, s0r.p, s0r2.p);
  out[n++] = f3(88, s0.p, s0h.p, s0h2.p); out[n++] = f3(89, n0.p, n0l.p, n0l2.p);
  // label sets
  out[n++] = f2(90, s0.w, s0sr); out[n++] = f2(91, s0.p, s0sr); out[n++] = f2(92, s0.w, s0sl); out[n++] = f2(93, s0.p, s0sl);
  out[n++] = f2(94, n0.w, n0sl); out[n++] = f2(95, n0.p, n0sl);
  // morphology: agreement between the stack top and the buffer front
  out[n++] = f3(100, s0.m, n0.m, mix(s0.p, n0.p)); out[n++] = f3(101, s0.m, n0.p, d); out[n++] = f2(102, n0.m, s0.p);
  out[n++] = f3(103, s0.p, n0.p, labelAt(state, n0li)); out[n++] = f2(104, labelAt(state, s0i), n0.p);
  if (withRoles) {
    roleWords(state, roles);
    for (let r = 0; r < roles.length; r++) n = roleFeatures(r, wordAt(words, roles[r]!), out, n);
  }
  return n;
}

/** How many features parserFeatures writes without the single-word templates. */
export const STEP_FEATURES = 49;

/**
 * Positions in parserFeatures' list (without roles) of the features that read no word form,
 * in groups whose values recur together (score-memo.ts): the stack top's side (its tag, its
 * dependents' and head's tags and labels, valency, label sets), the buffer front's side
 * (with the constant feature at 0), tags and distance across the two, the second-order tags
 * across the two, and their agreement.
 */
export const UNLEXICALIZED_GROUPS: readonly (readonly number[])[] = [
  [24, 26, 29, 30, 31, 33, 34, 35, 36, 39, 41],
  [0, 8, 9, 28, 32, 37, 43],
  [7, 10, 18, 20, 22],
  [11, 12, 13, 14, 47, 48],
  [44, 45, 46],
];

/** The other positions: features that read a word form, scored from the table at every step. */
export const LEXICAL_POSITIONS: readonly number[] = Array.from({ length: STEP_FEATURES }, (_, i) => i).filter((i) => !UNLEXICALIZED_GROUPS.some((g) => g.includes(i)));

// Number and gender: a subject agrees with its verb, and with the participle after `essere`
// (`la base è tornata`, never `è tornato`); verb form and mood tell clauses apart.
const MORPH_KEYS = ["Number=", "Gender=", "VerbForm=", "Mood="];

/** The agreement string of a word's features (`Gender=Fem|Number=Sing` -> `Sing|Fem||`). */
export function morphKey(feats: string): string {
  if (feats === "_" || feats === "") return "";
  const parts = feats.split("|");
  return MORPH_KEYS.map((k) => parts.find((p) => p.startsWith(k))?.slice(k.length) ?? "").join("|");
}

// Feature strings come from a small closed set (a few hundred), so their hashes are memoized.
const morphHashes = new Map<string, number>();
const tagHashes = new Map<string, number>();

export function parserWord(lower: string, upos: string, feats: string): ParserWord {
  let m = morphHashes.get(feats);
  if (m === undefined) morphHashes.set(feats, (m = hashString(morphKey(feats))));
  let p = tagHashes.get(upos);
  if (p === undefined) tagHashes.set(upos, (p = hashString(upos)));
  const w = hashString(lower);
  return { w, p, m, wp: mix(w, p) };
}

export const ROOT_WORD: ParserWord = parserWord("<root>", "ROOT", "");
