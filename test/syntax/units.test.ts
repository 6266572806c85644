// The pieces of the syntax stage that need no trained model: CoNLL-U in and out, the
// arc-eager system and its oracle, projectivization, the perceptron and its model file,
// multiword tokens and the passive pass.
import { describe, expect, it } from "vitest";
import { ConlluError, readConllu, writeConllu } from "../../src/syntax/conllu.ts";
import { decodeModel, encodeModel, MODEL_FORMAT_VERSION, type ModelHeader } from "../../src/syntax/model-file.ts";
import { splitTokenTagged, type ContractionTable } from "../../src/syntax/mwt.ts";
import { hashRange, hashString } from "../../src/syntax/hash.ts";
import { morphitLemmas } from "../../src/syntax/lemma.ts";
import { allowedClasses, bestAllowed } from "../../src/syntax/parser.ts";
import { AveragedPerceptron, prune, WeightTable } from "../../src/syntax/perceptron.ts";
import { projectivize } from "../../src/syntax/projectivize.ts";
import { LEFT, moveCosts, ParseState, REDUCE, RIGHT, SHIFT, type Move } from "../../src/syntax/transitions.ts";
import { DependencyTree } from "../../src/syntax/tree.ts";
import { markPassives, type VoiceWord } from "../../src/syntax/voice.ts";
import { LexiconError } from "../../src/errors.ts";

const SAMPLE = [
  "# sent_id = a1",
  "# text = Il sindaco della città parla.",
  "1\tIl\til\tDET\tRD\tDefinite=Def\t2\tdet\t_\t_",
  "2\tsindaco\tsindaco\tNOUN\tS\t_\t6\tnsubj\t_\t_",
  "3-4\tdella\t_\t_\t_\t_\t_\t_\t_\t_",
  "3\tdi\tdi\tADP\tE\t_\t5\tcase\t_\t_",
  "4\tla\til\tDET\tRD\t_\t5\tdet\t_\t_",
  "5\tcittà\tcittà\tNOUN\tS\t_\t2\tnmod\t_\t_",
  "5.1\tx\tx\tX\t_\t_\t_\t_\t2:dep\t_",
  "6\tparla\tparlare\tVERB\tV\t_\t0\troot\t_\tSpaceAfter=No",
  "7\t.\t.\tPUNCT\tFS\t_\t6\tpunct\t_\t_",
  "",
  "",
].join("\n");

describe("CoNLL-U", () => {
  it("round-trips comments, multiword lines and empty nodes exactly", () => {
    expect(writeConllu(readConllu(SAMPLE))).toBe(SAMPLE);
  });

  it("names the line of a row that is not CoNLL-U", () => {
    expect(() => readConllu("1\tonly\tthree")).toThrow(ConlluError);
    expect(() => readConllu("1\ta\ta\tX\t_\t_\t0\troot\t_\t_\n3\tb\tb\tX\t_\t_\t1\tdep\t_\t_\n")).toThrow(/line 2/);
  });

  it("reads nothing from blank lines", () => {
    expect(readConllu("\n\n  \n")).toEqual([]);
  });
});

// A small projective tree: 1 Il <-det- 2 sindaco <-nsubj- 3 parla -root-; 4 . -punct-> 3
const GOLD = { heads: [2, 3, 0, 3], labels: ["det", "nsubj", "root", "punct"] };
const LABELS = ["det", "nsubj", "punct", "root"];

function oracleParse(heads: number[], labels: string[]): { heads: number[]; labels: string[] } {
  const n = heads.length;
  const root = LABELS.indexOf("root");
  const gold = new Int32Array(n + 2);
  heads.forEach((h, i) => { gold[i + 1] = h === 0 ? n + 1 : h; });
  const state = new ParseState(n, root);
  for (let guard = 0; !state.done && guard < 4 * n; guard++) {
    const costs = moveCosts(state, gold);
    const moves: [Move, number][] = [[SHIFT, -1], [REDUCE, -1], [LEFT, state.b === n + 1 ? root : LABELS.indexOf(labels[state.s0() - 1]!)], [RIGHT, LABELS.indexOf(labels[state.b - 1] ?? "det")]];
    const ok = moves.filter(([m, l]) => costs[m] === 0 && (m === SHIFT ? state.canShift() : m === REDUCE ? state.canReduce() : m === LEFT ? state.canLeft(l) : state.canRight(l)));
    const [m, l] = ok[0]!;
    state.apply(m, l);
  }
  return { heads: [...state.heads.slice(1, n + 1)].map((h) => (h === n + 1 ? 0 : h)), labels: [...state.labels.slice(1, n + 1)].map((l) => LABELS[l - 1]!) };
}

describe("arc-eager and its dynamic oracle", () => {
  it("reaches the gold tree by zero-cost moves", () => {
    expect(oracleParse(GOLD.heads, GOLD.labels)).toEqual(GOLD);
  });

  it("charges a shift that strands a word's head on the stack", () => {
    const state = new ParseState(4, 3);
    state.apply(SHIFT, -1); // stack [Il], buffer sindaco…
    const gold = new Int32Array([0, 2, 3, 5, 3, 0]);
    const [shift, , left] = moveCosts(state, gold);
    expect(left).toBe(0); // Il <- sindaco is right
    expect(shift).toBe(1); // shifting sindaco loses Il <- sindaco
  });

  it("allows only a root arc once the buffer holds just ROOT", () => {
    const state = new ParseState(1, 3);
    state.apply(SHIFT, -1);
    expect(state.canLeft(0)).toBe(false);
    expect(state.canLeft(3)).toBe(true);
    expect(state.canShift()).toBe(false);
  });
});

describe("affix hashes", () => {
  it.each([["visita", -3], ["di", -4], ["è", -1], ["", -2], ["città", 0]])("hashRange equals hashing the slice (%s, %i)", (word, k) => {
    const w = word as string, from = k as number;
    const start = from < 0 ? w.length + from : from;
    expect(hashRange(w, start, w.length)).toBe(hashString(w.slice(from)));
    expect(hashRange(w, 0, 3)).toBe(hashString(w.slice(0, 3)));
  });
});

describe("choosing the parser's move", () => {
  it("picks what the allowed-class mask then a scan picks, ties to the first, in every kind of configuration", () => {
    const nClasses = 2 + 2 * 5, rootLabel = 3;
    // Empty stack; unattached top; attached top; buffer at ROOT with an unattached top.
    const states = [new ParseState(3, rootLabel), new ParseState(3, rootLabel), new ParseState(3, rootLabel), new ParseState(1, rootLabel)];
    states[1]!.apply(SHIFT, -1);
    states[2]!.apply(SHIFT, -1); states[2]!.apply(RIGHT, 0);
    states[3]!.apply(SHIFT, -1);
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) % 5;
    for (const state of states) for (let trial = 0; trial < 50; trial++) {
      const scores = Int32Array.from({ length: nClasses }, () => next());
      const allowed = new Uint8Array(nClasses);
      allowedClasses(state, allowed);
      let expected = -1;
      for (let c = 0; c < nClasses; c++) if (allowed[c] && (expected < 0 || scores[c]! > scores[expected]!)) expected = c;
      expect(bestAllowed(state, scores, nClasses)).toBe(expected);
    }
  });
});

describe("the morph-it lemma fallback", () => {
  it("answers by part of speech, the same when asked again in any order", () => {
    // An invented index: `corse` is a form of the verb `correre` and the plural of the noun `corsa`.
    const index = {
      forms: new Map([["corse", ["correre", "corsa"]], ["rossi", ["rosso"]]]),
      pos: new Map<string, "verb" | "noun" | "adj">([["correre", "verb"], ["corsa", "noun"], ["rosso", "adj"]]),
      classes: new Map([["correre", 1]]),
    };
    const lemma = morphitLemmas(index);
    const asked: [string, string, string][] = [
      ["corse", "NOUN", "corsa"], ["corse", "VERB", "correre"], ["corse", "NOUN", "corsa"], ["rossi", "ADJ", "rosso"],
      ["corse", "ADV", "corse"], ["corse", "VERB", "correre"], ["ignoto", "NOUN", "ignoto"], ["ignoto", "NOUN", "ignoto"],
    ];
    for (const [form, upos, expected] of asked) expect(lemma(form, upos)).toBe(expected);
  });
});

describe("projectivize", () => {
  it("leaves a projective tree alone", () => {
    expect(projectivize([0, 2, 3, 0, 3])).toEqual([0, 2, 3, 0, 3]);
  });

  it("lifts a crossing arc to the head's head", () => {
    // 1 -> 3 crosses 2 -> 4 (2's head is 4, 4's head is 0, 3's head is 4).
    const out = projectivize([0, 3, 4, 4, 0]);
    expect(out).toEqual([0, 4, 4, 4, 0]);
  });
});

describe("averaged perceptron and the model file", () => {
  const learn = (): AveragedPerceptron => {
    const p = new AveragedPerceptron(2);
    const scores = new Float64Array(2);
    const data: [number[], number][] = [[[11, 21], 0], [[12, 21], 1], [[11, 22], 0], [[12, 22], 1]];
    for (let epoch = 0; epoch < 5; epoch++) for (const [f, y] of data) {
      const feats = Int32Array.from(f);
      p.score(feats, feats.length, scores);
      p.update(y, scores[1]! > scores[0]! ? 1 : 0, feats, feats.length);
      p.tick();
    }
    return p;
  };

  it("learns a separable problem and predicts it from the compiled table", () => {
    const table = new WeightTable(learn().compile());
    const scores = new Int32Array(2);
    table.score(Int32Array.from([12, 22]), 2, scores);
    expect(scores[1]).toBeGreaterThan(scores[0]!);
    scores.fill(0);
    table.score(Int32Array.from([11, 21]), 2, scores);
    expect(scores[0]).toBeGreaterThan(scores[1]!);
  });

  it("sums every pair of a key, whether it has one, two or more classes, and skips unknown keys", () => {
    // Keys with 1, 2 and 5 (class, weight) pairs: the first two live in the slot, the rest apart.
    const data = {
      nClasses: 6, keys: Int32Array.from([7, 9, 40]), counts: Uint16Array.from([1, 2, 5]),
      classes: Uint16Array.from([3, 0, 5, 0, 1, 2, 4, 5]), weights: Float32Array.from([1.5, -2, 0.25, 1, 2, 3, 4, 5]),
    };
    const scores = new Int32Array(6);
    new WeightTable(data).score(Int32Array.from([7, 9, 40, 12345]), 4, scores);
    expect([...scores].map((x) => x / 1024)).toEqual([-1, 2, 3, 1.5, 4, 5.25]);
  });

  it("sums a key's long run of pairs across cache lines, touched beforehand or not, and ties the same under probing", () => {
    // Key 5 has 40 classes (a run of 38 pairs after the slot's two, over three cache lines);
    // keys 3 and 67 share a home slot in the 16-slot table, so one is found by probing.
    const nClasses = 40;
    const classes = Array.from({ length: nClasses }, (_, c) => c);
    const data = {
      nClasses, keys: Int32Array.from([3, 5, 67]), counts: Uint16Array.from([2, nClasses, 3]),
      classes: Uint16Array.from([1, 39, ...classes, 0, 2, 38]),
      weights: Float32Array.from([10, 20, ...classes.map((c) => c / 8), -1, -2, -3]),
    };
    const table = new WeightTable(data);
    const features = Int32Array.from([67, 5, 999, 3, 5]);
    const expected = classes.map((c) => 2 * c * 128 + (c === 1 ? 10 * 1024 : 0) + (c === 39 ? 20 * 1024 : 0) + (c === 0 ? -1024 : 0) + (c === 2 ? -2048 : 0) + (c === 38 ? -3072 : 0));
    const plain = new Int32Array(nClasses);
    table.score(features, features.length, plain);
    expect([...plain]).toEqual(expected);
    const touched = new Int32Array(nClasses);
    table.touch(features, features.length);
    table.score(features, features.length, touched, true);
    expect([...touched]).toEqual(expected);
  });

  it("prunes small weights and the keys left with none", () => {
    const data = {
      nClasses: 3, keys: Int32Array.from([7, 9]), counts: Uint16Array.from([2, 1]),
      classes: Uint16Array.from([0, 2, 1]), weights: Float32Array.from([0.5, -3, 0.8]),
    };
    const pruned = prune(data, 0.85);
    expect([...pruned.keys]).toEqual([7]);
    expect([...pruned.counts]).toEqual([1]);
    expect([...pruned.classes]).toEqual([2]);
    expect([...pruned.weights]).toEqual([-3]);
  });

  const header: ModelHeader = {
    format: "trama-syntax", version: MODEL_FORMAT_VERSION, trainedOn: ["test"], licence: "test", uposLabels: ["A", "B"],
    featsLabels: ["_"], deprels: ["root"], lemmas: {}, essereVerbs: [], settings: {},
  };

  it("encodes deterministically and decodes to the same weights", () => {
    const w = learn().compile();
    const empty = new AveragedPerceptron(1).compile();
    const parser = new AveragedPerceptron(4).compile();
    const a = encodeModel({ header, upos: w, feats: empty, parser });
    const b = encodeModel({ header, upos: learn().compile(), feats: empty, parser });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const back = decodeModel(a, "m.bin");
    expect([...back.upos.keys]).toEqual([...w.keys]);
    expect([...back.upos.weights]).toEqual([...w.weights]);
  });

  it("refuses a truncated or foreign file with a LexiconError", () => {
    const bytes = encodeModel({ header, upos: learn().compile(), feats: new AveragedPerceptron(1).compile(), parser: new AveragedPerceptron(4).compile() });
    expect(() => decodeModel(bytes.subarray(0, bytes.length - 7), "m.bin")).toThrow(LexiconError);
    expect(() => decodeModel(new TextEncoder().encode("{}"), "m.bin")).toThrow(LexiconError);
  });
});

describe("multiword tokens", () => {
  const table: ContractionTable = {
    prepositions: new Map([["della", ["di", "la"]], ["dell'", ["di", "l'"]], ["nei", ["in", "i"]]]),
    clitics: ["lo", "la", "si", "gli", "mi"],
    compoundClitics: new Map([["glielo", ["glie", "lo"]]]),
    cliticRelations: new Map([["lo", "obj"], ["la", "obj"], ["si", "expl"], ["gli", "iobj"], ["mi", "obj"], ["glie", "iobj"]]),
  };
  const verbs = new Set(["fare", "mettere", "dando", "lascia", "consegnare", "firmata"]);
  const known = new Set(["scuola", "angela", "consegnare"]);
  const lex = { isVerbForm: (l: string) => verbs.has(l), isKnownForm: (l: string) => known.has(l) || verbs.has(l) };

  it.each([
    ["della", ["di", "la"]],
    ["Della", ["Di", "la"]],
    ["dell'", ["di", "l'"]],
    ["farlo", ["far", "lo"]],
    ["mettersi", ["metter", "si"]],
    ["dandogli", ["dando", "gli"]],
    ["lasciami", ["lascia", "mi"]],
    ["consegnarglielo", ["consegnar", "glie", "lo"]],
    ["firmatasi", ["firmata", "si"]],
    ["scuola", ["scuola"]],
    ["Angela", ["Angela"]],
    ["Carla", ["Carla"]],
    ["perla", ["perla"]],
  ])("%s -> %j", (form, words) => {
    expect(splitTokenTagged(form, table, lex).map((p) => p.form)).toEqual(words);
  });
});

describe("passive voice over the tree", () => {
  const w = (form: string, lemma: string, upos: string, feats: string, head: number, deprel: string): VoiceWord => ({ form, lemma, upos, feats, head, deprel });

  it("names subject and auxiliary of `è stato firmato da`, and the tree finds the agent", () => {
    const words = [
      w("L'", "il", "DET", "_", 2, "det"), w("accordo", "accordo", "NOUN", "_", 5, "nsubj"), w("è", "essere", "AUX", "_", 5, "aux"),
      w("stato", "essere", "AUX", "VerbForm=Part", 5, "aux"), w("firmato", "firmare", "VERB", "Gender=Masc|VerbForm=Part", 0, "root"),
      w("da", "da", "ADP", "_", 7, "case"), w("Oslo", "Oslo", "PROPN", "_", 5, "obl"),
    ];
    expect(markPassives(words, { essereVerbs: new Set() })).toBe(1);
    expect(words.map((x) => x.deprel)).toEqual(["det", "nsubj:pass", "aux", "aux:pass", "root", "case", "obl"]);
    const tree = new DependencyTree(words.map((x, i) => ({ ...x, id: i + 1, xpos: "_", deps: "_", misc: "_" })));
    expect(tree.isPassive(5)).toBe(true);
    expect(tree.agentOf(5)).toBe(7);
  });

  it("leaves `è arrivato` and `si è dimesso` active", () => {
    const arrived = [w("Marco", "Marco", "PROPN", "_", 3, "nsubj"), w("è", "essere", "AUX", "_", 3, "aux"), w("arrivato", "arrivare", "VERB", "VerbForm=Part", 0, "root")];
    expect(markPassives(arrived, { essereVerbs: new Set(["arrivare"]) })).toBe(0);
    expect(arrived[0]!.deprel).toBe("nsubj");
    const resigned = [w("si", "si", "PRON", "_", 3, "expl"), w("è", "essere", "AUX", "_", 3, "aux"), w("dimesso", "dimettere", "VERB", "VerbForm=Part", 0, "root")];
    expect(markPassives(resigned, { essereVerbs: new Set() })).toBe(0);
  });

  it("makes a post-verbal object of a passive its subject (`sono stati uccisi tre soldati`)", () => {
    const words = [w("sono", "essere", "AUX", "_", 3, "aux"), w("stati", "essere", "AUX", "VerbForm=Part", 3, "aux"), w("uccisi", "uccidere", "VERB", "VerbForm=Part", 0, "root"), w("tre", "tre", "NUM", "_", 5, "nummod"), w("soldati", "soldato", "NOUN", "_", 3, "obj")];
    markPassives(words, { essereVerbs: new Set() });
    expect(words[4]!.deprel).toBe("nsubj:pass");
  });
});

describe("DependencyTree", () => {
  const tree = new DependencyTree(readConllu(SAMPLE)[0]!.words);

  it("walks heads, children and subtrees", () => {
    expect(tree.root()).toBe(6);
    expect(tree.children(6, "nsubj")).toEqual([2]);
    expect(tree.subtree(2)).toEqual([1, 2, 3, 4, 5]);
    expect(tree.caseOf(5)).toBe("di");
    expect(tree.clauseOf(5)).toBe(6);
    expect(tree.isPassive(6)).toBe(false);
  });
});

describe("tags the relation decides", () => {
  it("`che` introducing a clause is SCONJ, `che` as a relative subject is PRON", async () => {
    const { tagsFromRelations } = await import("../../src/syntax/consistency.ts");
    const words = [{ form: "che", upos: "PRON", deprel: "mark" }, { form: "Che", upos: "SCONJ", deprel: "nsubj" }, { form: "casa", upos: "NOUN", deprel: "mark" }];
    tagsFromRelations(words);
    expect(words.map((w) => w.upos)).toEqual(["SCONJ", "PRON", "NOUN"]);
  });

  it.each([
    // [form, tagger's UPOS, relation, UPOS after the relation decides]
    ["è", "VERB", "cop", "AUX"],
    ["stata", "VERB", "aux:pass", "AUX"],
    ["può", "VERB", "aux", "AUX"],
    ["è", "VERB", "root", "VERB"],
    ["ha", "AUX", "root", "AUX"],
    ["quella", "DET", "nsubj", "PRON"],
    ["lo", "DET", "obj", "PRON"],
    ["quella", "DET", "det", "DET"],
    ["questi", "PRON", "nsubj", "PRON"],
  ])("`%s` tagged %s as %s is %s", async (form, upos, deprel, expected) => {
    const { tagsFromRelations } = await import("../../src/syntax/consistency.ts");
    const words = [{ form, upos, deprel }];
    tagsFromRelations(words);
    expect(words[0]!.upos).toBe(expected);
  });
});

describe("the tagger's hard constraints", () => {
  it.each([
    // [form, UPOS when the weights all say PUNCT]
    ["Al-Mansur", "PROPN"],
    ["anti-aereo", "NOUN"],
    [",", "PUNCT"],
    ["--", "PUNCT"],
  ])("never tags a word with letters PUNCT: %s is %s", async (form, expected) => {
    const { tag } = await import("../../src/syntax/tagger.ts");
    const { f1 } = await import("../../src/syntax/hash.ts");
    const empty = { nClasses: 1, keys: new Int32Array(0), counts: new Uint16Array(0), classes: new Uint16Array(0), weights: new Float32Array(0) };
    // The bias feature gives PUNCT (class 2) the only weight.
    const upos = new WeightTable({ nClasses: 3, keys: Int32Array.from([f1(1, 0)]), counts: Uint16Array.from([1]), classes: Uint16Array.from([2]), weights: Float32Array.from([5]) });
    const model = { upos, uposLabels: ["NOUN", "PROPN", "PUNCT"], feats: new WeightTable(empty), featsLabels: ["_"] };
    expect(tag(model, [{ form, lower: form.toLowerCase(), lexClass: 0 }]).upos).toEqual([expected]);
  });

  it("takes a dictionary word's analysis without scoring", async () => {
    const { tag } = await import("../../src/syntax/tagger.ts");
    const empty = { nClasses: 2, keys: new Int32Array(0), counts: new Uint16Array(0), classes: new Uint16Array(0), weights: new Float32Array(0) };
    // With no weights every scored word gets the first labels (NOUN, Number=Sing); `di` comes from the dictionary.
    const model = { upos: new WeightTable(empty), uposLabels: ["NOUN", "ADP"], feats: new WeightTable(empty), featsLabels: ["Number=Sing", "_"], dict: new Map([["di", [1, 1] as const]]) };
    const out = tag(model, [{ form: "Di", lower: "di", lexClass: 0 }, { form: "casa", lower: "casa", lexClass: 0 }]);
    expect(out.upos).toEqual(["ADP", "NOUN"]);
    expect(out.feats).toEqual(["_", "Number=Sing"]);
  });
});
