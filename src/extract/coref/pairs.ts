// `X ha ricevuto Y. … i due hanno firmato un accordo`: a joint act whose subject is `i due`
// (`entrambi`, `i due leader`) is done by the two people named last, so they met. The pass
// names itself in the evidence (`coref:pair-anaphora:firmare`). Two people must be found
// within the sentences the passes may look back; otherwise nothing is said. The act's
// modality is the relation patterns' (`non hanno firmato` is a negated meeting, not a plain one).
import type { AnalyzedArticle, RelationFact } from "../../types.ts";
import type { ResolvedMention } from "../entities/index.ts";
import { evidenceFor } from "../evidence.ts";
import { treeOf, type DependencyTree } from "../../syntax/tree.ts";
import type { CorefRules } from "./rules.ts";
import { treeModality } from "../relations/tree-modality.ts";
import type { TreeRules } from "../relations/tree-rules.ts";

const SUBJECT_ARCS = new Set(["nsubj", "nsubj:pass", "obl", "nummod", "expl"]);
const ARTICLES = new Set(["i", "gli", "le"]);

/** The verb's subject is `i due`, `entrambi` or `i due <noun>` (the parser may hang `due` as an oblique or split it from its article). */
function pairSubject(tree: DependencyTree, verb: number, pairWords: ReadonlySet<string>, pairNouns: ReadonlySet<string>): boolean {
  const isPair = (k: number) => pairWords.has(tree.word(k).lemma.toLowerCase()) || pairWords.has(tree.word(k).form.toLowerCase());
  for (const k of tree.children(verb)) {
    const rel = tree.deprel(k);
    if (!SUBJECT_ARCS.has(rel)) continue;
    if (rel === "obl" && tree.caseOf(k) !== undefined) continue;
    if (isPair(k)) return true;
    // `i due leader`, never `i due Paesi`.
    if (rel.startsWith("nsubj") && tree.children(k, "nummod").some(isPair)) return pairNouns.has(tree.word(k).lemma.toLowerCase());
    if (rel.startsWith("nsubj") && ARTICLES.has(tree.word(k).form.toLowerCase()) && k + 1 <= tree.words.length && isPair(k + 1)) return true;
  }
  return false;
}

/** The last two distinct people among `before` whose names are conjuncts of one subject (`X e Y hanno…`, `il premier X e il presidente Y`). */
function lastCoordinatedPair(doc: AnalyzedArticle, before: readonly ResolvedMention[]): string[] | undefined {
  for (let i = before.length - 1; i > 0; i--) {
    const a = before[i - 1]!, b = before[i]!;
    if (a.sentence !== b.sentence || a.key === b.key) continue;
    const syntax = doc.sentences[a.sentence]?.syntax;
    if (!syntax || syntax.words.length === 0) continue;
    const dep = treeOf(syntax);
    const wordOf = (m: ResolvedMention) => dep.words.find((x) => x.start !== undefined && m.start <= x.start && x.start < m.end)?.id;
    // The word each name hangs from as a subject: the name itself, or the title it is set under.
    const anchor = (id: number | undefined) => {
      for (let x = id, hops = 0; x !== undefined && x > 0 && hops < 3; x = dep.head(x), hops++) if (/^(nsubj|conj)/.test(dep.deprel(x))) return x;
      return undefined;
    };
    const [x, y] = [anchor(wordOf(a)), anchor(wordOf(b))];
    if (x === undefined || y === undefined) continue;
    const joined = dep.conjuncts(x).includes(y) || dep.conjuncts(y).includes(x);
    if (joined && [x, y].some((k) => dep.deprel(k).startsWith("nsubj"))) return [b.key, a.key];
  }
  return undefined;
}

/** @param tree the relation patterns' rules, whose modality words (negation, modals, plans) the joint act is read with. */
export function pairAnaphora(doc: AnalyzedArticle, mentions: readonly ResolvedMention[], rules: CorefRules, tree: TreeRules): RelationFact[] {
  if (!rules.passes.has("pair-anaphora")) return [];
  const people = mentions.filter((m) => m.type === "Person").sort((a, b) => a.start - b.start);
  const treaties = mentions.filter((m) => m.type === "Treaty");
  const out: RelationFact[] = [];
  for (const s of doc.sentences) {
    if (!s.syntax || s.syntax.words.length === 0) continue;
    const dep = treeOf(s.syntax);
    for (const w of dep.words) {
      if (w.upos !== "VERB" || !rules.pairVerbs.has(w.lemma) || w.start === undefined) continue;
      if (!pairSubject(dep, w.id, rules.pairWords, rules.pairNouns)) continue;
      const before = people.filter((m) => m.end <= w.start! && m.sentence >= s.index - rules.sentencesBack);
      // `X e Y si sono stretti la mano sotto lo sguardo di Z. I due leader…`: the pair told together as one subject, else the last two named.
      const two: string[] = lastCoordinatedPair(doc, before) ?? [];
      for (let i = before.length - 1; i >= 0 && two.length < 2; i--) if (!two.includes(before[i]!.key)) two.push(before[i]!.key);
      if (two.length < 2) continue;
      const [a, b] = two[0]! < two[1]! ? [two[0]!, two[1]!] : [two[1]!, two[0]!];
      const modality = treeModality(dep, w.id, tree);
      const evidence = evidenceFor(doc, s.index, { start: w.start, end: w.end ?? w.start }, `coref:pair-anaphora:${w.lemma}`);
      out.push({ predicate: "meetsWith", subject: a, object: b, modality, evidence, cameo: "040" });
      // `i due leader hanno poi firmato una dichiarazione`: each of the two signed the accord that is the object.
      const accords = dep.children(w.id, "obj").flatMap((k) => [k, ...dep.conjuncts(k)])
        .flatMap((k) => treaties.filter((m) => m.sentence === s.index && m.start <= (dep.word(k).start ?? -1) && (dep.word(k).start ?? -1) < m.end));
      for (const t of new Set(accords.map((m) => m.key))) for (const p of [a, b]) out.push({ predicate: "signs", subject: p, object: t, modality, evidence, cameo: "057" });
    }
  }
  return out;
}
