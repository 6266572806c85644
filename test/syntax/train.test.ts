// Training is deterministic (same data, same bytes) and the committed model is what the
// training script writes: its header names the treebanks, their licence and the settings.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadLemmaIndex } from "../../src/nlp/lemma.ts";
import { defaultDataDir } from "../../src/paths.ts";
import { readConllu } from "../../src/syntax/conllu.ts";
import { harmonize } from "../../src/syntax/harmonize.ts";
import { decodeModel, encodeModel, MODEL_FORMAT_VERSION } from "../../src/syntax/model-file.ts";
import { loadSyntaxModel } from "../../src/syntax/model.ts";
import { DEFAULT_SETTINGS, jackknifeTags, tagDictionary, trainParser, trainTagger } from "../../src/syntax/train.ts";

const sample = readConllu(readFileSync(join(defaultDataDir, "treebanks", "ParlaMint", "it_parlamint-ud-train.conllu"), "utf8")).slice(0, 60).map(harmonize);
const lexicon = loadLemmaIndex();
const lexClass = (l: string) => lexicon.classes.get(l) ?? 0;
const settings = { ...DEFAULT_SETTINGS, taggerEpochs: 2, parserEpochs: 2, jackknife: 2 };

function trainSmall(): Uint8Array {
  const tagger = trainTagger(sample, lexClass, settings);
  const parser = trainParser(sample, jackknifeTags(sample, lexClass, settings), settings);
  return encodeModel({
    header: { format: "trama-syntax", version: MODEL_FORMAT_VERSION, trainedOn: ["sample"], licence: "CC BY-SA 4.0", uposLabels: tagger.uposLabels, featsLabels: tagger.featsLabels, deprels: parser.labels, lemmas: {}, essereVerbs: [], settings: {} },
    upos: tagger.upos, feats: tagger.feats, parser: parser.weights,
  });
}

describe("training", () => {
  it("gives the same bytes twice", () => {
    const a = trainSmall(), b = trainSmall();
    expect(a.length).toBeGreaterThan(1000);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  }, 60000);

  const sentence = (rows: [string, string, string][]) =>
    readConllu(rows.map(([form, upos, rel], i) => `${i + 1}\t${form}\t${form.toLowerCase()}\t${upos}\t_\t_\t${i === 0 ? 0 : 1}\t${i === 0 ? "root" : rel}\t_\t_`).join("\n") + "\n\n")[0]!;

  it("lists as a tag dictionary only frequent words with one analysis", () => {
    const rows = (n: number, form: string, upos: string) => Array.from({ length: n }, () => sentence([[form, upos, ""]]));
    const dict = tagDictionary([...rows(30, "di", "ADP"), ...rows(30, "la", "DET"), ...rows(5, "la", "PRON"), ...rows(5, "raro", "ADJ")]);
    expect(dict).toEqual({ di: ["ADP", "_"] });
  });

  it("harmonizes possessives to PRON det:poss", () => {
    const [s] = readConllu("1\tsuo\tsuo\tDET\t_\tPoss=Yes\t2\tdet\t_\t_\n2\tpadre\tpadre\tNOUN\t_\t_\t0\troot\t_\t_\n\n");
    expect(harmonize(s!).words[0]).toMatchObject({ upos: "PRON", deprel: "det:poss" });
  });
});

describe("the committed model", () => {
  const model = loadSyntaxModel(defaultDataDir);

  it("names the treebanks it was trained on and the ShareAlike licence", () => {
    expect(model.header.licence).toMatch(/CC BY-SA 4\.0/);
    expect(model.header.trainedOn.join("\n")).toMatch(/ParlaMint/);
    expect(model.header.trainedOn.join("\n")).toMatch(/MarkIT/);
    expect(model.header.trainedOn.join("\n")).not.toMatch(/pud|kind|eval/i);
  });

  it("has every UD relation the extractors read", () => {
    for (const rel of ["nsubj", "obj", "iobj", "obl", "nmod", "appos", "acl", "acl:relcl", "advcl", "xcomp", "ccomp", "conj", "cc", "case", "det", "amod", "flat:name", "aux", "aux:pass", "cop", "mark", "punct", "nsubj:pass", "obl:agent"]) {
      expect(model.header.deprels).toContain(rel);
    }
  });

  it("decodes from its own bytes", () => {
    const bytes = readFileSync(join(defaultDataDir, "models", "syntax-it.bin"));
    expect(decodeModel(bytes, "syntax-it.bin").parser.keys.length).toBeGreaterThan(10000);
  });
});
