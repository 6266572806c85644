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
  /** Number + VerbForm + Mood (`Sing|Fin|Ind`). */
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

/** Writes the features of the configuration into `out`; returns how many. `words[n+1]` is ROOT. */
export function parserFeatures(state: ParseState, words: readonly ParserWord[], out: Uint32Array): number {
  const word = (i: number): ParserWord => (i > 0 ? words[i] ?? NO_WORD : NO_WORD);
  const lab = (i: number): number => (i > 0 ? state.labels[i]! : 0) + 1;
  const root = state.n + 1;
  const s0i = state.s0();
  const s1i = state.stack[state.stack.length - 2] ?? 0;
  const n0i = state.b;
  const s0 = word(s0i), s1 = word(s1i), n0 = word(n0i), n1 = word(n0i + 1 <= root ? n0i + 1 : 0), n2 = word(n0i + 2 <= root ? n0i + 2 : 0);
  const s0hi = s0i > 0 ? state.heads[s0i]! : 0;
  const s0h = word(s0hi), s0h2 = word(s0hi > 0 && s0hi < root ? state.heads[s0hi]! : 0);
  const s0li = leftmost(state, s0i), s0ri = rightmost(state, s0i), n0li = leftmost(state, n0i);
  const s0l = word(s0li), s0r = word(s0ri), n0l = word(n0li);
  const s0l2 = word(leftmost(state, s0i, 1)), s0r2 = word(rightmost(state, s0i, 1)), n0l2 = word(leftmost(state, n0i, 1));
  const d = s0i > 0 ? Math.min(n0i - s0i, 6) : 0;
  const s0vl = s0i > 0 ? state.left[s0i]!.length : 0, s0vr = s0i > 0 ? state.right[s0i]!.length : 0, n0vl = n0i > 0 ? state.left[n0i]!.length : 0;
  const s0sl = labelSet(state.leftSets, s0i), s0sr = labelSet(state.rightSets, s0i), n0sl = labelSet(state.leftSets, n0i);
  let n = 0;
  out[n++] = 1;
  // single words
  out[n++] = f1(2, s0.wp); out[n++] = f1(3, s0.w); out[n++] = f1(4, s0.p);
  out[n++] = f1(5, n0.wp); out[n++] = f1(6, n0.w); out[n++] = f1(7, n0.p);
  out[n++] = f1(8, n1.wp); out[n++] = f1(9, n1.w); out[n++] = f1(10, n1.p);
  out[n++] = f1(11, n2.wp); out[n++] = f1(12, n2.p);
  out[n++] = f1(13, s1.wp); out[n++] = f1(14, s1.p);
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
  out[n++] = f1(60, s0h.w); out[n++] = f1(61, s0h.p); out[n++] = f1(62, lab(s0i));
  out[n++] = f1(63, s0l.w); out[n++] = f1(64, s0l.p); out[n++] = f1(65, lab(s0li));
  out[n++] = f1(66, s0r.w); out[n++] = f1(67, s0r.p); out[n++] = f1(68, lab(s0ri));
  out[n++] = f1(69, n0l.w); out[n++] = f1(70, n0l.p); out[n++] = f1(71, lab(n0li));
  // third order
  out[n++] = f1(80, s0h2.w); out[n++] = f1(81, s0h2.p); out[n++] = f1(82, lab(s0hi));
  out[n++] = f1(83, s0l2.p); out[n++] = f1(84, s0r2.p); out[n++] = f1(85, n0l2.p);
  out[n++] = f3(86, s0.p, s0l.p, s0l2.p); out[n++] = f3(87, s0.p, s0r.p, s0r2.p);
  out[n++] = f3(88, s0.p, s0h.p, s0h2.p); out[n++] = f3(89, n0.p, n0l.p, n0l2.p);
  // label sets
  out[n++] = f2(90, s0.w, s0sr); out[n++] = f2(91, s0.p, s0sr); out[n++] = f2(92, s0.w, s0sl); out[n++] = f2(93, s0.p, s0sl);
  out[n++] = f2(94, n0.w, n0sl); out[n++] = f2(95, n0.p, n0sl);
  // morphology: agreement between the stack top and the buffer front
  out[n++] = f3(100, s0.m, n0.m, mix(s0.p, n0.p)); out[n++] = f3(101, s0.m, n0.p, d); out[n++] = f2(102, n0.m, s0.p);
  out[n++] = f3(103, s0.p, n0.p, lab(n0li)); out[n++] = f2(104, lab(s0i), n0.p);
  return n;
}

const MORPH_KEYS = ["Number=", "VerbForm=", "Mood="];

/** The agreement string of a word's features (`Number=Sing|VerbForm=Fin` -> `Sing|Fin|`). */
export function morphKey(feats: string): string {
  if (feats === "_" || feats === "") return "";
  const parts = feats.split("|");
  return MORPH_KEYS.map((k) => parts.find((p) => p.startsWith(k))?.slice(k.length) ?? "").join("|");
}

export function parserWord(lower: string, upos: string, feats: string): ParserWord {
  const w = hashString(lower), p = hashString(upos);
  return { w, p, m: hashString(morphKey(feats)), wp: mix(w, p) };
}

export const ROOT_WORD: ParserWord = parserWord("<root>", "ROOT", "");
