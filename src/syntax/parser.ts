// Greedy arc-eager parsing with an averaged perceptron: one pass, at most 2n moves, each
// chosen as the best-scoring move the configuration allows. Classes are SHIFT, REDUCE and a
// LEFT and a RIGHT move per relation label.
import type { WeightTable } from "./perceptron.ts";
import { parserFeatures, parserWord, ROOT_WORD, NO_WORD, type ParserWord } from "./parser-features.ts";
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
  allowed[0] = state.canShift() ? 1 : 0;
  allowed[1] = state.canReduce() ? 1 : 0;
  for (let label = 0; 2 + 2 * label < allowed.length; label++) {
    allowed[2 + 2 * label] = state.canLeft(label) ? 1 : 0;
    allowed[3 + 2 * label] = state.canRight(label) ? 1 : 0;
  }
}

const features = new Uint32Array(128);

/** Heads (0 = root) and relations for words 1..n; exactly one root. */
export function parse(model: ParserModel, words: readonly ParserWord[]): { heads: number[]; deprels: string[] } {
  const n = words.length - 2;
  const state = new ParseState(n, model.labels.indexOf("root"));
  const nClasses = 2 + 2 * model.labels.length;
  const scores = new Float64Array(nClasses);
  const allowed = new Uint8Array(nClasses);
  while (!state.done) {
    scores.fill(0);
    model.weights.score(features, parserFeatures(state, words, features), scores);
    allowedClasses(state, allowed);
    let best = -1;
    for (let c = 0; c < nClasses; c++) if (allowed[c] && (best < 0 || scores[c]! > scores[best]!)) best = c;
    const { move, label } = moveOf(best);
    state.apply(move, label);
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
  return { heads, deprels };
}

const ROOT_VERB_HASH = parserWord("", "VERB", "").p;
const PUNCT_HASH = parserWord("", "PUNCT", "").p;
