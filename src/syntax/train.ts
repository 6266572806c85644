// Training the tagger and the parser from CoNLL-U treebanks. Deterministic: a seeded
// shuffle, a fixed number of epochs, weights compiled in sorted order — the same data gives
// the same model file, byte for byte.
import { hashString } from "./hash.ts";
import { AveragedPerceptron, WeightTable, type CompiledWeights } from "./perceptron.ts";
import { parserFeatures } from "./parser-features.ts";
import { allowedClasses, moveOf, parserWords } from "./parser.ts";
import { projectivize } from "./projectivize.ts";
import { BOS_TAG, featsFeatures, tag, uposFeatures, wordHashes, type TaggerInput, type TaggerModel } from "./tagger.ts";
import { LEFT, moveCosts, ParseState, REDUCE, RIGHT, SHIFT } from "./transitions.ts";
import type { SyntaxSentence } from "./types.ts";

export interface TrainSettings {
  taggerEpochs: number;
  parserEpochs: number;
  /** Probability of following the model's own (wrong) move once exploration starts. */
  explore: number;
  /** Epoch from which the parser explores its own mistakes. */
  exploreFrom: number;
  seed: number;
  /** Averaged weights smaller than this are dropped from the model file. */
  minWeight: number;
  /**
   * The saved parser's weights at most this in magnitude are dropped (perceptron.ts `prune`):
   * its table (a few hundred thousand features) is what parsing speed depends on. The
   * tagger's tables are a tenth of that and keep every weight: pruning them buys no speed.
   */
  pruneAt: number;
  /** Folds for jackknifed tags: the parser trains on tags predicted by a tagger that did not see the sentence. */
  jackknife: number;
}

export const DEFAULT_SETTINGS: TrainSettings = {
  taggerEpochs: 10, parserEpochs: 12, explore: 0.9, exploreFrom: 1, seed: 20261130, minWeight: 0.001, pruneAt: 0, jackknife: 4,
};

/** mulberry32: small, fast, and the same on every platform. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export type LexClassOf = (lower: string) => number;

export function taggerInputs(s: SyntaxSentence, lexClass: LexClassOf): TaggerInput[] {
  return s.words.map((w) => ({ form: w.form, lower: w.form.toLowerCase(), lexClass: lexClass(w.form.toLowerCase()) }));
}

const indexOf = (labels: string[]): Map<string, number> => new Map(labels.map((l, i) => [l, i]));

export function trainTagger(sentences: readonly SyntaxSentence[], lexClass: LexClassOf, settings: TrainSettings): { upos: CompiledWeights; uposLabels: string[]; feats: CompiledWeights; featsLabels: string[] } {
  const uposLabels = [...new Set(sentences.flatMap((s) => s.words.map((w) => w.upos)))].sort();
  const featsLabels = [...new Set(sentences.flatMap((s) => s.words.map((w) => w.feats)))].sort();
  const uIndex = indexOf(uposLabels), fIndex = indexOf(featsLabels);
  const uposHash = uposLabels.map(hashString);
  const upos = new AveragedPerceptron(uposLabels.length);
  const feats = new AveragedPerceptron(featsLabels.length);
  const random = seededRandom(settings.seed);
  const hashes = new Map(sentences.map((s) => [s, wordHashes(taggerInputs(s, lexClass))]));
  const uScores = new Float64Array(uposLabels.length), fScores = new Float64Array(featsLabels.length);
  const buf = new Int32Array(64);
  for (let epoch = 0; epoch < settings.taggerEpochs; epoch++) {
    for (const s of shuffled(sentences, random)) {
      const h = hashes.get(s)!;
      const predicted: number[] = [];
      const gold = s.words.map((w) => uIndex.get(w.upos)!);
      for (let i = 0; i < h.length; i++) {
        const t1 = i > 0 ? uposHash[predicted[i - 1]!]! : BOS_TAG, t2 = i > 1 ? uposHash[predicted[i - 2]!]! : BOS_TAG;
        const n = uposFeatures(h, i, t1, t2, buf);
        upos.score(buf, n, uScores);
        const guess = best(uScores);
        upos.update(gold[i]!, guess, buf, n);
        upos.tick();
        predicted.push(guess);
      }
      for (let i = 0; i < h.length; i++) {
        const t = uposHash[gold[i]!]!, tPrev = i > 0 ? uposHash[gold[i - 1]!]! : BOS_TAG, tNext = i + 1 < h.length ? uposHash[gold[i + 1]!]! : BOS_TAG;
        const n = featsFeatures(h, i, t, tPrev, tNext, buf);
        feats.score(buf, n, fScores);
        feats.update(fIndex.get(s.words[i]!.feats)!, best(fScores), buf, n);
        feats.tick();
      }
    }
  }
  return { upos: upos.compile(settings.minWeight), uposLabels, feats: feats.compile(settings.minWeight), featsLabels };
}

/**
 * Words seen at least `minCount` times with one (UPOS, FEATS) analysis in all but 1% of them:
 * the tagger gives them that analysis without scoring. Sorted, for a deterministic file.
 */
export function tagDictionary(sentences: readonly SyntaxSentence[], minCount = 20, purity = 0.99): Record<string, [string, string]> {
  const seen = new Map<string, Map<string, number>>();
  for (const s of sentences) for (const w of s.words) {
    const lower = w.form.toLowerCase();
    const m = seen.get(lower) ?? new Map<string, number>();
    const key = `${w.upos}\t${w.feats}`;
    m.set(key, (m.get(key) ?? 0) + 1);
    seen.set(lower, m);
  }
  const out: Record<string, [string, string]> = {};
  for (const lower of [...seen.keys()].sort()) {
    const m = seen.get(lower)!;
    let total = 0, top = 0, analysis = "";
    for (const [a, c] of m) { total += c; if (c > top || (c === top && a < analysis)) { top = c; analysis = a; } }
    if (total >= minCount && top / total >= purity) out[lower] = analysis.split("\t") as [string, string];
  }
  return out;
}

function best(scores: Float64Array): number {
  let b = 0;
  for (let c = 1; c < scores.length; c++) if (scores[c]! > scores[b]!) b = c;
  return b;
}

/** Each sentence's tags as a tagger trained on the other folds predicts them. */
export function jackknifeTags(sentences: readonly SyntaxSentence[], lexClass: LexClassOf, settings: TrainSettings): Map<SyntaxSentence, { upos: string[]; feats: string[] }> {
  const out = new Map<SyntaxSentence, { upos: string[]; feats: string[] }>();
  const k = settings.jackknife;
  for (let fold = 0; fold < k; fold++) {
    const train = sentences.filter((_, i) => i % k !== fold);
    const m = trainTagger(train, lexClass, settings);
    const model: TaggerModel = { upos: new WeightTable(m.upos), uposLabels: m.uposLabels, feats: new WeightTable(m.feats), featsLabels: m.featsLabels };
    sentences.forEach((s, i) => { if (i % k === fold) out.set(s, tag(model, taggerInputs(s, lexClass), false)); });
  }
  return out;
}

interface GoldTree {
  heads: Int32Array;
  /** Label index of each word's gold arc. */
  labels: Int32Array;
}

function goldTree(s: SyntaxSentence, labelIndex: Map<string, number>): GoldTree {
  const n = s.words.length;
  const projective = projectivize([0, ...s.words.map((w) => w.head)]);
  const heads = new Int32Array(n + 2);
  const labels = new Int32Array(n + 2);
  for (let i = 1; i <= n; i++) {
    heads[i] = projective[i] === 0 ? n + 1 : projective[i]!;
    labels[i] = labelIndex.get(s.words[i - 1]!.deprel)!;
  }
  return { heads, labels };
}

/** Cost of one class: the arcs it loses, plus one when it makes a gold arc with the wrong label. */
function classCost(cls: number, costs: number[], state: ParseState, gold: GoldTree): number {
  const { move, label } = moveOf(cls);
  const base = costs[move]!;
  if (move === LEFT) {
    const s0 = state.s0();
    return base + (gold.heads[s0] === state.b && gold.labels[s0] !== label ? 1 : 0);
  }
  if (move === RIGHT) {
    const b = state.b;
    return base + (gold.heads[b] === state.s0() && gold.labels[b] !== label ? 1 : 0);
  }
  return base;
}

export function trainParser(
  sentences: readonly SyntaxSentence[],
  tags: Map<SyntaxSentence, { upos: string[]; feats: string[] }>,
  settings: TrainSettings,
): { weights: CompiledWeights; labels: string[] } {
  const labels = [...new Set(sentences.flatMap((s) => s.words.map((w) => w.deprel)))].sort();
  const labelIndex = indexOf(labels);
  const rootLabel = labelIndex.get("root")!;
  const nClasses = 2 + 2 * labels.length;
  const model = new AveragedPerceptron(nClasses);
  const random = seededRandom(settings.seed + 1);
  const scores = new Float64Array(nClasses);
  const allowed = new Uint8Array(nClasses);
  const buf = new Int32Array(128);
  const costs = [0, 0, 0, 0];
  const prepared = sentences.map((s) => {
    const t = tags.get(s)!;
    return { s, words: parserWords(s.words.map((w) => w.form), t.upos, t.feats), gold: goldTree(s, labelIndex) };
  });
  for (let epoch = 0; epoch < settings.parserEpochs; epoch++) {
    for (const { s, words, gold } of shuffled(prepared, random)) {
      const state = new ParseState(s.words.length, rootLabel);
      while (!state.done) {
        const n = parserFeatures(state, words, buf);
        model.score(buf, n, scores);
        allowedClasses(state, allowed);
        const [c0, c1, c2, c3] = moveCosts(state, gold.heads);
        costs[SHIFT] = c0; costs[REDUCE] = c1; costs[LEFT] = c2; costs[RIGHT] = c3;
        let guess = -1, truth = -1, cheapest = Infinity;
        for (let c = 0; c < nClasses; c++) {
          if (!allowed[c]) continue;
          if (guess < 0 || scores[c]! > scores[guess]!) guess = c;
          const cost = classCost(c, costs, state, gold);
          if (cost < cheapest || (cost === cheapest && scores[c]! > scores[truth]!)) { cheapest = cost; truth = c; }
        }
        const guessCost = classCost(guess, costs, state, gold);
        if (guessCost > cheapest) model.update(truth, guess, buf, n);
        model.tick();
        const follow = guessCost === cheapest || (epoch >= settings.exploreFrom && random() < settings.explore) ? guess : truth;
        const { move, label } = moveOf(follow);
        state.apply(move, label);
      }
    }
  }
  return { weights: model.compile(settings.minWeight), labels };
}
