// Two corrections for edited prose, applied after parsing. The largest training treebank
// (MarkIT) collects marked constructions from student essays, so the parser learned that a
// noun before a clitic and a verb is dislocated (`Il ministro lo ha ricevuto`) and that a
// noun between commas may be a vocative. News writes a dislocation with a comma and
// addresses nobody: a `dislocated` nominal right before its verb, with no comma between and
// no other subject, is the subject; a `vocative` right after a nominal and a comma is that
// nominal's apposition (`Marco Bianchi, ministro della Difesa,`).
// Clitics split off a verb (`incontrar-lo`) belong to that verb whatever the parser says.

export interface RegisterWord {
  form: string;
  upos: string;
  head: number;
  deprel: string;
}

const NOMINAL = new Set(["NOUN", "PROPN", "PRON"]);

function hasSubject(words: readonly RegisterWord[], head: number): boolean {
  return words.some((w) => w.head === head && w.deprel.startsWith("nsubj"));
}

/**
 * A clause has one subject. When the greedy parser gave a predicate two, the extra one is
 * an object it attached too high: a post-verbal one is the predicate's own object
 * (`… preoccupa Varsavia`), a pre-verbal one right after a verb with no object is that
 * verb's (`che ha visitato la base è tornato`). Coordinated subjects hang from each other
 * by `conj`, so they never count twice.
 */
function oneSubjectPerPredicate(words: RegisterWord[]): void {
  // One pass to gather each head's subjects (a sentence can be long; no per-predicate scan).
  const subjectsOf = new Map<number, number[]>();
  words.forEach((w, i) => {
    if (w.deprel !== "nsubj" || w.head === 0) return;
    const list = subjectsOf.get(w.head - 1);
    if (list) list.push(i);
    else subjectsOf.set(w.head - 1, [i]);
  });
  for (const [p, subjects] of subjectsOf) {
    if (subjects.length < 2 || words[p]!.upos !== "VERB") continue;
    for (const i of subjects.slice(1)) {
      if (i > p) { words[i]!.deprel = "obj"; continue; }
      let v = i - 1;
      while (v >= 0 && ["DET", "ADJ", "NUM"].includes(words[v]!.upos)) v--;
      const verb = words[v];
      if (verb && verb.upos === "VERB" && verb.head !== i + 1 && !words.some((w) => w.head === v + 1 && w.deprel === "obj")) {
        words[i]!.head = v + 1;
        words[i]!.deprel = "obj";
      }
    }
  }
}

/** Relabels in place; `clitics` lists (0-based) [clitic, host verb, relation] from split tokens (data/syntax/contractions.json). */
export function adaptToNews(words: RegisterWord[], clitics: readonly [number, number, string][] = []): void {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.deprel === "dislocated" && NOMINAL.has(w.upos) && w.head - 1 > i) {
      const between = words.slice(i + 1, w.head - 1);
      if (!between.some((x) => x.form === ",") && !hasSubject(words, w.head)) w.deprel = "nsubj";
    } else if (w.deprel === "vocative" && i >= 2 && words[i - 1]!.form === "," && NOMINAL.has(words[i - 2]!.upos)) {
      // The nominal before the comma may be the last word of a name (`Marco Bianchi`): attach to its head word.
      let anchor = i - 2;
      while (words[anchor]!.deprel.startsWith("flat") && words[anchor]!.head > 0) anchor = words[anchor]!.head - 1;
      w.head = anchor + 1;
      w.deprel = "appos";
    }
  }
  oneSubjectPerPredicate(words);
  for (const [clitic, host, relation] of clitics) {
    const w = words[clitic]!;
    // A host that hangs from its own clitic would make a cycle: leave that parse alone.
    if (w.head === host + 1 || words[host]!.head === clitic + 1) continue;
    w.head = host + 1;
    w.deprel = relation;
  }
}
