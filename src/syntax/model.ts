// The loaded syntax model and the one function the rest of Trama calls: syntactic word
// forms in, a full UD analysis (lemma, UPOS, features, head, relation) out.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { LexiconError } from "../errors.ts";
import { CLASS_ADJ, CLASS_NOUN, CLASS_VERB } from "../nlp/lemma.ts";
import { decodeModel, type ModelHeader } from "./model-file.ts";
import { WeightTable } from "./perceptron.ts";
import { parse, parserWords, type ParserModel } from "./parser.ts";
import { tag, type TaggerInput, type TaggerModel } from "./tagger.ts";
import { capitalizedNounsAsNames, tagsFromRelations } from "./consistency.ts";
import { adaptToNews } from "./register.ts";
import { markPassives, type VoiceLexicon, type VoiceWord } from "./voice.ts";

export const MODEL_FILE = "syntax-it.bin";

export interface SyntaxModel {
  header: ModelHeader;
  tagger: TaggerModel;
  parser: ParserModel;
  lemmas: Map<string, string>;
  /** The same table by UPOS then form: look-ups build no `lower\tUPOS` string per word. */
  lemmasByTag: Map<string, Map<string, string>>;
  voice: VoiceLexicon;
  /** `lower\tUPOS` for every form the treebanks show in a closed class (ADV, ADP, CCONJ, SCONJ, DET, PRON). */
  functionWords: Set<string>;
}

/** Lemma for a word the treebank lemma table does not list (morph-it, by part of speech). */
export type LemmaFallback = (lower: string, upos: string) => string;

/** One analyzed word: the fields every post-parse pass (voice, register, consistency) reads. */
export type WordAnalysis = VoiceWord;

export function modelFromBytes(bytes: Uint8Array, file: string): SyntaxModel {
  const data = decodeModel(bytes, file);
  const { header } = data;
  return {
    header,
    tagger: { upos: new WeightTable(data.upos), uposLabels: header.uposLabels, feats: new WeightTable(data.feats), featsLabels: header.featsLabels, dict: tagDict(header) },
    parser: { weights: new WeightTable(data.parser), labels: header.deprels },
    lemmas: new Map(Object.entries(header.lemmas)),
    lemmasByTag: lemmasByTag(header.lemmas),
    voice: { essereVerbs: new Set(header.essereVerbs ?? []) },
    functionWords: new Set(Object.entries(header.functionWords ?? {}).flatMap(([upos, forms]) => forms.map((f) => `${f}\t${upos}`))),
  };
}

export function loadSyntaxModel(dataDir: string): SyntaxModel {
  const file = join(dataDir, "models", MODEL_FILE);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    throw new LexiconError(file, "", `cannot read the syntax model (${(e as NodeJS.ErrnoException).code ?? "error"}): run \`npm run train\``);
  }
  return modelFromBytes(bytes, file);
}

function tagDict(header: ModelHeader): Map<string, readonly [number, number]> {
  const upos = new Map(header.uposLabels.map((l, i) => [l, i]));
  const feats = new Map(header.featsLabels.map((l, i) => [l, i]));
  return new Map(Object.entries(header.tagDict ?? {}).map(([w, [u, f]]) => [w, [upos.get(u)!, feats.get(f)!] as const]));
}

function lemmasByTag(lemmas: Record<string, string>): Map<string, Map<string, string>> {
  const byTag = new Map<string, Map<string, string>>();
  for (const [key, lemma] of Object.entries(lemmas)) {
    const tab = key.lastIndexOf("\t");
    const upos = key.slice(tab + 1);
    let forms = byTag.get(upos);
    if (!forms) byTag.set(upos, (forms = new Map()));
    forms.set(key.slice(0, tab), lemma);
  }
  return byTag;
}

const knownLemma = (model: SyntaxModel, lower: string, upos: string): string | undefined => model.lemmasByTag.get(upos)?.get(lower);

function lemmaOf(model: SyntaxModel, form: string, lower: string, upos: string, fallback: LemmaFallback): string {
  const known = knownLemma(model, lower, upos);
  if (known !== undefined) return known;
  if (upos === "PROPN") return form;
  if (upos === "PUNCT" || upos === "NUM" || upos === "SYM") return form;
  return fallback(lower, upos);
}

/**
 * Adverbs (but for those in -mente), prepositions, conjunctions, determiners and pronouns are
 * closed classes the treebanks list whole: a capitalized word tagged with one of them that
 * the treebanks never gave it is a name the tagger guessed from its position (a surname
 * first in the sentence, where `Inoltre` and `Tuttavia` stand).
 */
function nameNotFunctionWord(model: SyntaxModel, w: TaggerInput, upos: string): boolean {
  if (!CLOSED_CLASSES.has(upos) || model.functionWords.size === 0 || w.form === w.lower || !/^\p{Lu}\p{Ll}/u.test(w.form)) return false;
  if (upos === "ADV" && w.lower.endsWith("mente")) return false;
  return !model.functionWords.has(`${w.lower}\t${upos}`);
}

export const CLOSED_CLASSES: ReadonlySet<string> = new Set(["ADV", "ADP", "CCONJ", "SCONJ", "DET", "PRON"]);

/**
 * Every Italian verb form is in morph-it or the treebanks, so a capitalized word tagged as a verb
 * that neither knows as a verb is a name the tagger read from its suffix (`Ruto`, `Kabore`): it
 * would take the sentence's root and leave the real verb without its subject.
 */
function namesNotVerbs(model: SyntaxModel, words: readonly TaggerInput[], upos: string[], feats: string[]): void {
  words.forEach((w, i) => {
    if (nameNotFunctionWord(model, w, upos[i]!)) {
      upos[i] = "PROPN";
      feats[i] = "_";
      return;
    }
    if ((upos[i] !== "VERB" && upos[i] !== "AUX") || w.form === w.lower || !/^\p{Lu}/u.test(w.form)) return;
    const isVerbForm = (w.lexClass & CLASS_VERB) !== 0 || knownLemma(model, w.lower, "VERB") !== undefined || knownLemma(model, w.lower, "AUX") !== undefined;
    if (!isVerbForm) {
      upos[i] = "PROPN";
      feats[i] = "_";
    }
  });
}

/**
 * A form that is both an adjective and a first-person verb (`russo`: Russian, and "I snore"),
 * right after a noun, is the adjective: news prose does not put a first-person verb straight
 * after a noun, while a nationality or a quality there is the commonest thing (`l'ambasciatore
 * russo X`). The tagger reads such a form as that verb, or as a participle it cannot be (the
 * participle of `russare` is `russato`). Read as a verb, it took the name after it as its
 * subject and hid the title's holder.
 */
function adjectivesNotFirstPersonVerbs(words: readonly TaggerInput[], upos: string[], feats: string[], verbLemma: (w: TaggerInput) => string): void {
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    if (upos[i] !== "VERB" || (w.lexClass & CLASS_ADJ) === 0 || w.form !== w.lower || !w.lower.endsWith("o")) continue;
    if (upos[i - 1] !== "NOUN" && upos[i - 1] !== "PROPN") continue;
    // Taken for a participle, it must be one: a verb in `-are` (but `fare`: `fatto`) has its participle in `-ato`.
    const lemma = verbLemma(w);
    const noParticiple = lemma.endsWith("are") && !lemma.endsWith("fare") && !w.lower.endsWith("ato");
    if (!feats[i]!.includes("Person=1") && !(feats[i]!.includes("VerbForm=Part") && noParticiple)) continue;
    upos[i] = "ADJ";
    feats[i] = "Gender=Masc|Number=Sing";
  }
}

/** Possessives that stand before their noun (`la sua visita`, `il loro viaggio`). */
const POSSESSIVES: ReadonlySet<string> = new Set(["mio", "mia", "miei", "mie", "tuo", "tua", "tuoi", "tue", "suo", "sua", "suoi", "sue",
  "nostro", "nostra", "nostri", "nostre", "vostro", "vostra", "vostri", "vostre", "loro"]);

/**
 * A form that is both a noun and a verb (`visita`, `firma`, `viaggio`), after an article and a
 * possessive (`la sua visita`, `il loro arrivo`), is the noun: a possessive with its article
 * stands before a noun, never before a finite verb. Read as a verb, `durante la sua visita a X`
 * lost the visit, and the preposition and article hung on the possessive as an oblique.
 */
function nounsAfterPossessives(words: readonly TaggerInput[], upos: string[], feats: string[]): void {
  for (let i = 2; i < words.length; i++) {
    if (upos[i] !== "VERB" || (words[i]!.lexClass & CLASS_NOUN) === 0 || words[i]!.form !== words[i]!.lower) continue;
    if (!POSSESSIVES.has(words[i - 1]!.lower) || upos[i - 2] !== "DET") continue;
    upos[i] = "NOUN";
    // The possessive agrees with its noun: its gender and number are the noun's.
    feats[i] = feats[i - 1]!.split("|").filter((f) => /^(Gender|Number)=/.test(f)).join("|") || "_";
  }
}

/**
 * Tags, lemmatizes and parses one sentence of syntactic words, then applies the
 * corrections for news prose (register.ts) and names passives (voice.ts). `clitics`:
 * (0-based) [clitic, host verb, relation] of split tokens.
 */
export function analyzeWords(model: SyntaxModel, words: readonly TaggerInput[], fallback: LemmaFallback, clitics: readonly [number, number, string][] = []): WordAnalysis[] {
  if (words.length === 0) return [];
  const { upos, feats } = tag(model.tagger, words);
  namesNotVerbs(model, words, upos, feats);
  adjectivesNotFirstPersonVerbs(words, upos, feats, (w) => lemmaOf(model, w.form, w.lower, "VERB", fallback));
  nounsAfterPossessives(words, upos, feats);
  const { heads, deprels } = parse(model.parser, parserWords(words.map((w) => w.form), upos, feats));
  const out = words.map((w, i) => ({
    form: w.form,
    lemma: lemmaOf(model, w.form, w.lower, upos[i]!, fallback),
    upos: upos[i]!,
    feats: feats[i]!,
    head: heads[i]!,
    deprel: deprels[i]!,
  }));
  adaptToNews(out, clitics);
  tagsFromRelations(out);
  markPassives(out, model.voice);
  capitalizedNounsAsNames(out);
  return out;
}
