// Part-of-speech and morphology: two averaged perceptrons read left to right. The first
// gives UPOS from the word, its affixes, its neighbours, the two previous tags and its
// morph-it ambiguity class (which lists a form appears in: verb, noun, adjective) — the
// class is what lets the tagger read words the treebanks never showed it. The second gives
// the UD features (`Gender=Fem|Number=Sing`, `Mood=Ind|…|VerbForm=Fin`) as one label.
import { f1, f2, f3, hashRange, hashString } from "./hash.ts";
import type { WeightTable } from "./perceptron.ts";

/** What the tagger reads of a word. */
export interface TaggerInput {
  form: string;
  lower: string;
  /** morph-it ambiguity class (bit set), 0 when the form is not listed. */
  lexClass: number;
  /** A tag known before tagging: the parts of a split multiword token (`di`+`la`: ADP, DET; `far`+`lo`: -, PRON). */
  fixedUpos?: string;
}

export interface TaggerModel {
  upos: WeightTable;
  uposLabels: string[];
  feats: WeightTable;
  featsLabels: string[];
  /**
   * Frequent words the treebanks always tag one way (`di`, `il`, `,`), as indices into the
   * label lists: they take that analysis without scoring, as in Honnibal's tagger.
   */
  dict?: ReadonlyMap<string, readonly [number, number]>;
}

/** A word's shape: case pattern and digits, with runs collapsed (`Kim-Jong` -> `Xx-Xx`). */
export function wordShape(form: string): string {
  let out = "";
  let last = "";
  for (let i = 0; i < form.length && i < 12; i++) {
    const ch = form[i]!;
    const code = ch.charCodeAt(0);
    // ASCII fast path; other letters (accents, Cyrillic) by case mapping.
    const c = code >= 48 && code <= 57 ? "d"
      : code >= 65 && code <= 90 ? "X"
      : code >= 97 && code <= 122 ? "x"
      : ch !== ch.toLowerCase() ? "X" : ch !== ch.toUpperCase() ? "x" : ch;
    if (c !== last) { out += c; last = c; }
  }
  return out;
}

/** Hashes of what the features read of one word, computed once per sentence. */
export interface WordHashes {
  w: number; s1: number; s2: number; s3: number; s4: number; p1: number; p3: number; shape: number; lex: number;
}

const BOUNDARY: WordHashes = { w: hashString("<s>"), s1: 1, s2: 2, s3: 3, s4: 4, p1: 5, p3: 6, shape: 7, lex: 8 };
export const BOS_TAG = hashString("<BOS>");

export function wordHashes(words: readonly TaggerInput[]): WordHashes[] {
  return words.map((x) => {
    const l = x.lower, n = l.length;
    // Affixes hashed in place (hashRange), as hashString(l.slice(-k)) would: no strings built.
    return {
      w: hashString(l), s1: hashRange(l, n - 1, n), s2: hashRange(l, n - 2, n), s3: hashRange(l, n - 3, n), s4: hashRange(l, n - 4, n),
      p1: hashRange(l, 0, 1), p3: hashRange(l, 0, 3), shape: hashString(wordShape(x.form)), lex: x.lexClass + 1,
    };
  });
}

/** Writes the UPOS features of word i into `out`; returns how many. `t1`/`t2` hash the previous tags. */
export function uposFeatures(h: readonly WordHashes[], i: number, t1: number, t2: number, out: Int32Array): number {
  const w = h[i]!;
  const prev = h[i - 1] ?? BOUNDARY, prev2 = h[i - 2] ?? BOUNDARY, next = h[i + 1] ?? BOUNDARY, next2 = h[i + 2] ?? BOUNDARY;
  let n = 0;
  out[n++] = f1(1, 0);
  out[n++] = f1(2, w.w);
  out[n++] = f1(3, w.s1);
  out[n++] = f1(4, w.s2);
  out[n++] = f1(5, w.s3);
  out[n++] = f1(6, w.s4);
  out[n++] = f1(7, w.p1);
  out[n++] = f1(8, w.p3);
  out[n++] = f1(9, w.shape);
  out[n++] = f2(10, i === 0 ? 1 : 0, w.shape);
  out[n++] = f1(11, w.lex);
  out[n++] = f2(12, w.lex, w.s2);
  out[n++] = f1(13, t1);
  out[n++] = f2(14, t1, t2);
  out[n++] = f2(15, t1, w.w);
  out[n++] = f2(16, t1, w.lex);
  out[n++] = f1(17, prev.w);
  out[n++] = f2(18, prev.w, w.w);
  out[n++] = f1(19, prev2.w);
  out[n++] = f1(20, next.w);
  out[n++] = f2(21, w.w, next.w);
  out[n++] = f1(22, next2.w);
  out[n++] = f1(23, prev.s3);
  out[n++] = f1(24, next.s3);
  out[n++] = f1(25, next.lex);
  out[n++] = f3(26, t1, w.lex, next.lex);
  out[n++] = f2(27, w.shape, next.shape);
  out[n++] = f2(28, t1, w.s3);
  // Names run over several capitalized words (`Mar Nero`, `Partito popolare`): shapes around the word.
  out[n++] = f2(29, prev.shape, w.shape);
  out[n++] = f3(30, t1, w.shape, next.shape);
  out[n++] = f3(31, w.lex, prev.shape, w.shape);
  out[n++] = f2(32, w.w, next.shape);
  out[n++] = f2(33, t1, next.w);
  return n;
}

/** Writes the FEATS features of word i (its UPOS hash `t`, neighbours' `tPrev`/`tNext`). */
export function featsFeatures(h: readonly WordHashes[], i: number, t: number, tPrev: number, tNext: number, out: Int32Array): number {
  const w = h[i]!;
  const prev = h[i - 1] ?? BOUNDARY, next = h[i + 1] ?? BOUNDARY;
  let n = 0;
  out[n++] = f1(101, t);
  out[n++] = f2(102, t, w.w);
  out[n++] = f2(103, t, w.s1);
  out[n++] = f2(104, t, w.s2);
  out[n++] = f2(105, t, w.s3);
  out[n++] = f2(106, t, w.s4);
  out[n++] = f2(107, t, w.lex);
  out[n++] = f2(108, t, tPrev);
  out[n++] = f2(109, t, prev.w);
  out[n++] = f2(110, t, tNext);
  out[n++] = f2(111, t, next.w);
  out[n++] = f2(112, t, next.s2);
  return n;
}

function best(scores: Int32Array, skip = -1): number {
  let b = skip === 0 ? 1 : 0;
  for (let c = b + 1; c < scores.length; c++) if (c !== skip && scores[c]! > scores[b]!) b = c;
  return b;
}

const LETTER = /\p{L}/u;
const CAPITALIZED = /^\p{Lu}/u;

const buffer = new Int32Array(64);

/**
 * UPOS then FEATS for every word, greedily. `constrained: false` leaves out the check that a
 * word with letters is not PUNCT: the parser is trained on the plain jackknifed tagger's tags,
 * and the committed parser was trained before the check existed (retraining it on the
 * checked tags moved relation extraction's scores, which are tuned on its arcs).
 */
export function tag(model: TaggerModel, words: readonly TaggerInput[], constrained = true): { upos: string[]; feats: string[] } {
  const h = wordHashes(words);
  const uposHash = model.uposLabels.map(hashString);
  const chosen: number[] = [];
  const punct = model.uposLabels.indexOf("PUNCT"), propn = model.uposLabels.indexOf("PROPN");
  const scores = new Int32Array(model.uposLabels.length);
  const known = words.map((w) => (w.fixedUpos === undefined ? model.dict?.get(w.lower) : undefined));
  for (let i = 0; i < words.length; i++) {
    const fixed = words[i]!.fixedUpos === undefined ? known[i]?.[0] ?? -1 : model.uposLabels.indexOf(words[i]!.fixedUpos!);
    if (fixed >= 0) { chosen.push(fixed); continue; }
    scores.fill(0);
    const t1 = i > 0 ? uposHash[chosen[i - 1]!]! : BOS_TAG, t2 = i > 1 ? uposHash[chosen[i - 2]!]! : BOS_TAG;
    const n = uposFeatures(h, i, t1, t2, buffer);
    model.upos.score(buffer, n, scores);
    // Punctuation has no letters: a word that has one is never PUNCT, whatever its hyphens
    // suggest; capitalized, it is a name (`Al-Mansur`, `Saint-Denis`).
    let b = best(scores);
    if (constrained && b === punct && LETTER.test(words[i]!.form)) b = CAPITALIZED.test(words[i]!.form) && propn >= 0 ? propn : best(scores, punct);
    chosen.push(b);
  }
  const tagHash = chosen.map((c) => uposHash[c]!);
  const feats: string[] = [];
  const fscores = new Int32Array(model.featsLabels.length);
  for (let i = 0; i < words.length; i++) {
    const k = known[i];
    if (k) { feats.push(model.featsLabels[k[1]]!); continue; }
    fscores.fill(0);
    const n = featsFeatures(h, i, tagHash[i]!, tagHash[i - 1] ?? BOS_TAG, tagHash[i + 1] ?? BOS_TAG, buffer);
    model.feats.score(buffer, n, fscores);
    feats.push(model.featsLabels[best(fscores)]!);
  }
  return { upos: chosen.map((c) => model.uposLabels[c]!), feats };
}
