// `npm run train`: trains the syntax model (tagger + parser) from the treebanks copied under
// data/treebanks/ and writes data/models/syntax-it.bin. Deterministic: run it again on the
// same files and the model is the same, byte for byte (the sha256 printed at the end).
//
//   npx tsx scripts/train-syntax.ts [--out FILE] [--tagger-epochs N] [--parser-epochs N] [--jackknife K] [--prune-at W]
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { loadLemmaIndex } from "../src/nlp/lemma.ts";
import { defaultDataDir, projectRoot } from "../src/paths.ts";
import { readConllu } from "../src/syntax/conllu.ts";
import { harmonize } from "../src/syntax/harmonize.ts";
import { prune } from "../src/syntax/perceptron.ts";
import { encodeModel, MODEL_FORMAT_VERSION, type ModelHeader } from "../src/syntax/model-file.ts";
import { CLOSED_CLASSES, MODEL_FILE } from "../src/syntax/model.ts";
import { DEFAULT_SETTINGS, jackknifeTags, tagDictionary, trainParser, trainTagger, type TrainSettings } from "../src/syntax/train.ts";
import type { SyntaxSentence } from "../src/syntax/types.ts";

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}

function treebankFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...treebankFiles(p));
    else if (entry.name.endsWith(".conllu")) out.push(p);
  }
  return out;
}

/** `lower\tUPOS` -> the lemma the treebanks give most often, only where it differs from the form. */
function lemmaTable(sentences: readonly SyntaxSentence[]): Record<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const s of sentences) for (const w of s.words) {
    if (w.upos === "PUNCT" || w.lemma === "_" || w.lemma.startsWith("[")) continue;
    const key = `${w.form.toLowerCase()}\t${w.upos}`;
    const m = counts.get(key) ?? new Map<string, number>();
    m.set(w.lemma, (m.get(w.lemma) ?? 0) + 1);
    counts.set(key, m);
  }
  const out: Record<string, string> = {};
  for (const key of [...counts.keys()].sort()) {
    const [lemma] = [...counts.get(key)!.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
    if (lemma !== key.split("\t")[0]) out[key] = lemma;
  }
  return out;
}

/** Participles whose `essere` auxiliary is labelled `aux` (active), never `aux:pass`, in the treebanks. */
function essereVerbs(sentences: readonly SyntaxSentence[]): string[] {
  const active = new Set<string>(), passive = new Set<string>();
  for (const s of sentences) for (const w of s.words) {
    if (w.upos !== "VERB" || !w.feats.includes("VerbForm=Part")) continue;
    const deps = s.words.filter((d) => d.head === w.id);
    if (deps.some((d) => d.deprel === "aux:pass")) passive.add(w.lemma);
    else if (deps.some((d) => d.deprel === "aux" && d.lemma === "essere") && !deps.some((d) => d.deprel.startsWith("expl") || d.deprel === "obj")) active.add(w.lemma);
  }
  return [...active].filter((l) => !passive.has(l)).sort();
}

/** Closed-class forms by tag, sorted. */
function functionWords(sentences: readonly SyntaxSentence[]): Record<string, string[]> {
  const out: Record<string, Set<string>> = {};
  for (const s of sentences) for (const w of s.words) if (CLOSED_CLASSES.has(w.upos)) (out[w.upos] ??= new Set()).add(w.form.toLowerCase());
  return Object.fromEntries(Object.keys(out).sort().map((k) => [k, [...out[k]!].sort()]));
}

function main(): void {
  const started = performance.now();
  const settings: TrainSettings = {
    ...DEFAULT_SETTINGS,
    taggerEpochs: Number(option("--tagger-epochs") ?? DEFAULT_SETTINGS.taggerEpochs),
    parserEpochs: Number(option("--parser-epochs") ?? DEFAULT_SETTINGS.parserEpochs),
    jackknife: Number(option("--jackknife") ?? DEFAULT_SETTINGS.jackknife),
    pruneAt: Number(option("--prune-at") ?? DEFAULT_SETTINGS.pruneAt),
  };
  const out = option("--out") ?? join(defaultDataDir, "models", MODEL_FILE);
  const files = treebankFiles(join(defaultDataDir, "treebanks"));
  const sentences: SyntaxSentence[] = [];
  const trainedOn: string[] = [];
  for (const f of files) {
    const s = readConllu(readFileSync(f, "utf8")).filter((x) => x.words.length > 0).map(harmonize);
    sentences.push(...s);
    trainedOn.push(`${relative(projectRoot, f)}: ${s.length} sentences, ${s.reduce((n, x) => n + x.words.length, 0)} words`);
  }
  const lexicon = loadLemmaIndex();
  const lexClass = (lower: string): number => lexicon.classes.get(lower) ?? 0;
  process.stderr.write(`train: ${sentences.length} sentences from ${files.length} files\n`);
  const tagger = trainTagger(sentences, lexClass, settings);
  process.stderr.write(`train: tagger done (${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
  const tags = settings.jackknife > 1
    ? jackknifeTags(sentences, lexClass, settings)
    : new Map(sentences.map((s) => [s, { upos: s.words.map((w) => w.upos), feats: s.words.map((w) => w.feats) }]));
  process.stderr.write(`train: jackknifed tags done (${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
  const parser = trainParser(sentences, tags, settings);
  const header: ModelHeader = {
    format: "trama-syntax",
    version: MODEL_FORMAT_VERSION,
    trainedOn,
    licence: "CC BY-SA 4.0 — trained on UD Italian-ParlaMint and UD Italian-Valico (CC BY-SA 4.0) and UD Italian-MarkIT (CC BY 4.0); see data/treebanks/*/LICENSE.txt",
    uposLabels: tagger.uposLabels,
    featsLabels: tagger.featsLabels,
    deprels: parser.labels,
    lemmas: lemmaTable(sentences),
    essereVerbs: essereVerbs(sentences),
    tagDict: tagDictionary(sentences),
    functionWords: functionWords(sentences),
    settings: { ...settings },
  };
  const bytes = encodeModel({ header, upos: tagger.upos, feats: tagger.feats, parser: prune(parser.weights, settings.pruneAt) });
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out + ".tmp", bytes);
  renameSync(out + ".tmp", out);
  const sha = createHash("sha256").update(bytes).digest("hex");
  process.stderr.write(`train: wrote ${relative(process.cwd(), out)} (${(bytes.length / 1e6).toFixed(1)} MB, sha256 ${sha}) in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
}

main();
