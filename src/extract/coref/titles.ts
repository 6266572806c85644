// Titles as classes of office (`il premier`, `il primo ministro`, `la presidente del
// Consiglio` are one office): the title a person is introduced with, and the office a bare
// description (`la premier`, `il presidente`) names. The role-alone pass links such a
// description to the one person of that office the article has in focus.
import type { AnalyzedArticle } from "../../types.ts";
import type { ResolvedMention } from "../entities/index.ts";
import { NAME_ARCS, treeOf, type DependencyTree } from "../../syntax/tree.ts";
import type { TitleClass } from "./rules.ts";

export interface Office {
  office: string;
  /** From the title's article (`la premier`): undefined when nothing tells (`l'`, no article). */
  gender?: "Fem" | "Masc";
}

const genderOf = (tree: DependencyTree, id: number): Office["gender"] => {
  const feats = [...tree.children(id, "det").map((k) => tree.word(k).feats), tree.word(id).feats].join("|");
  return /Gender=Fem/.test(feats) ? "Fem" : /Gender=Masc/.test(feats) ? "Masc" : undefined;
};

/**
 * The office a noun names: its lemma with the adjectives and `di` complements a title of a
 * class asks for, and no others beyond the allowed ones (`l'ex premier`), so `il presidente
 * della Commissione` or `il presidente americano` is not `il presidente`. Longest title first.
 */
export function officeOf(tree: DependencyTree, id: number, classes: readonly TitleClass[], allowed: ReadonlySet<string>, bare: boolean): Office | undefined {
  const w = tree.word(id);
  if (w.upos !== "NOUN") return undefined;
  const lemma = w.lemma.toLowerCase();
  const amods = tree.children(id, "amod").map((k) => tree.word(k).lemma.toLowerCase());
  const ofs = tree.children(id, "nmod").filter((k) => tree.caseOf(k) === "di").map((k) => tree.word(k).lemma.toLowerCase());
  const fits: { office: string; size: number }[] = [];
  for (const c of classes) {
    for (const t of c.titles) {
      if (t.lemma !== lemma || !(t.amod ?? []).every((a) => amods.includes(a)) || (t.of !== undefined && !ofs.includes(t.of))) continue;
      // A bare description carries nothing the title does not name; a title over a name may (`il presidente cileno X`).
      const extra = amods.filter((a) => !(t.amod ?? []).includes(a) && !allowed.has(a)).length + ofs.filter((o) => o !== t.of).length;
      if (bare && extra > 0) continue;
      fits.push({ office: c.id, size: (t.amod ?? []).length + (t.of ? 1 : 0) });
    }
  }
  const best = fits.sort((a, b) => b.size - a.size)[0];
  return best && { office: best.office, gender: genderOf(tree, id) };
}

/**
 * Each person's office, from the title the name hangs from (`il premier X`, `la presidente
 * del Consiglio X`, where the parser hangs the name under `Consiglio`) or stands in
 * apposition to (`X, primo ministro,`). The first title given wins.
 */
export function personOffices(doc: AnalyzedArticle, mentions: readonly ResolvedMention[], classes: readonly TitleClass[], allowed: ReadonlySet<string>): Map<string, Office> {
  const out = new Map<string, Office>();
  for (const { tree, mention: m, head, inside } of personNameHeads(doc, mentions, (key) => out.has(key))) {
    const above: number[] = [];
    if (head.head > 0 && NAME_ARCS.has(head.deprel)) {
      above.push(head.head);
      // `presidente del Consiglio X`: the name under the title's complement.
      if (tree.deprel(head.head) === "nmod" && tree.head(head.head) > 0) above.push(tree.head(head.head));
    }
    above.push(...tree.children(head.id, "appos"));
    // The parser may tear the name from its title (`il presidente X è arrivato` read as a relative clause): the noun just before the name, past its adjectives.
    const first = tree.words.find((w) => inside(w.id));
    let k = (first?.id ?? 1) - 1;
    while (k > 0 && tree.word(k).upos === "ADJ") k--;
    if (k > 0 && tree.word(k).upos === "NOUN") above.push(k);
    const office = above.map((t) => officeOf(tree, t, classes, allowed, false)).find((o) => o);
    if (office) out.set(m.key, office);
  }
  return out;
}

/** A person's name in its sentence's tree: the name's word whose head lies outside the name, and what lies inside it. */
export interface PersonNameHead {
  tree: DependencyTree;
  mention: ResolvedMention;
  head: ReturnType<DependencyTree["word"]>;
  inside: (id: number) => boolean;
}

/** Every person mention with the word its name hangs from, sentence by sentence; `done` skips people already read. */
export function* personNameHeads(doc: AnalyzedArticle, mentions: readonly ResolvedMention[], done: (key: string) => boolean): Generator<PersonNameHead> {
  // The people by sentence, in mention order, read once: not every mention for every sentence.
  const people = new Map<number, ResolvedMention[]>();
  for (const m of mentions) {
    if (m.type !== "Person") continue;
    const list = people.get(m.sentence);
    if (list) list.push(m);
    else people.set(m.sentence, [m]);
  }
  for (const s of doc.sentences) {
    const here = people.get(s.index);
    if (!here || !s.syntax || s.syntax.words.length === 0) continue;
    const tree = treeOf(s.syntax);
    for (const m of here) {
      if (done(m.key)) continue;
      const found = nameHead(tree, m);
      if (found) yield found;
    }
  }
}

// Apart from the loop above: a closure over `m` there would make every mention of every
// sentence allocate its scope, where only a sentence's own person mentions need one.
function nameHead(tree: DependencyTree, m: ResolvedMention): PersonNameHead | undefined {
  const inside = (id: number) => { const w = id > 0 ? tree.word(id) : undefined; return w?.start !== undefined && m.start <= w.start && w.start < m.end; };
  const head = tree.words.find((w) => inside(w.id) && !inside(w.head));
  return head ? { tree, mention: m, head, inside } : undefined;
}
