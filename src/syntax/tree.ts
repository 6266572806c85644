// The typed view extraction reads a parse through (after spaCy's Token: head, dep,
// children, subtree). Words are addressed by their 1-based CoNLL-U id; 0 is the root.
import type { SyntaxWord } from "./types.ts";

/** Relations that open a clause of their own below their head. */
const CLAUSE_RELATIONS = new Set(["root", "ccomp", "xcomp", "advcl", "acl", "acl:relcl", "csubj", "csubj:pass", "parataxis"]);

const base = (deprel: string): string => deprel.split(":")[0]!;

/** Arcs by which a name hangs on the noun that titles it (`il presidente X`, `la ministra degli Esteri, X,`, `del partito X`). */
export const NAME_ARCS: ReadonlySet<string> = new Set(["flat", "flat:name", "nmod", "appos"]);

export class DependencyTree {
  private readonly kids: number[][];
  /** Each word's relation without its subtype (`nsubj` for `nsubj:pass`), split once, not at every children() call. */
  private readonly bases: string[];

  constructor(readonly words: readonly SyntaxWord[]) {
    this.kids = Array.from({ length: words.length + 1 }, () => []);
    for (const w of words) if (w.head >= 0 && w.head <= words.length) this.kids[w.head]!.push(w.id);
    this.bases = words.map((w) => base(w.deprel));
  }

  get size(): number {
    return this.words.length;
  }

  word(id: number): SyntaxWord {
    const w = this.words[id - 1];
    if (!w) throw new RangeError(`no word ${id} in a sentence of ${this.words.length}`);
    return w;
  }

  /** Id of the head (0 for the root). */
  head(id: number): number {
    return this.word(id).head;
  }

  deprel(id: number): string {
    return this.word(id).deprel;
  }

  /** The root word's id. */
  root(): number {
    return this.kids[0]![0] ?? 0;
  }

  /** Dependents in order; with `relation`, only those whose relation is it or a subtype of it (`nsubj` matches `nsubj:pass`). */
  children(id: number, relation?: string): number[] {
    const all = this.kids[id] ?? [];
    if (!relation) return [...all];
    const subtypes = !relation.includes(":");
    const out: number[] = [];
    for (const c of all) if (this.deprel(c) === relation || (subtypes && this.bases[c - 1] === relation)) out.push(c);
    return out;
  }

  /** The word and everything below it, in sentence order. */
  subtree(id: number): number[] {
    const out: number[] = [];
    const stack = [id];
    const seen = new Set<number>();
    while (stack.length > 0) {
      const x = stack.pop()!;
      if (seen.has(x)) continue;
      seen.add(x);
      out.push(x);
      for (const k of this.kids[x] ?? []) stack.push(k);
    }
    return out.sort((a, b) => a - b);
  }

  /** The predicate heading the clause the word belongs to (a coordinated verb heads its own clause). */
  clauseOf(id: number): number {
    // The step guard stops on a cyclic tree read from a malformed CoNLL-U file.
    for (let x = id, steps = 0; x > 0 && steps <= this.words.length; x = this.head(x), steps++) {
      const w = this.word(x);
      if (CLAUSE_RELATIONS.has(w.deprel)) return x;
      if (w.deprel === "conj" && (w.upos === "VERB" || this.children(x, "nsubj").length > 0 || this.children(x, "cop").length > 0)) return x;
    }
    return this.root();
  }

  /** True for a passive predicate: a passive auxiliary, subject or agent below it. */
  isPassive(id: number): boolean {
    return this.children(id).some((c) => ["aux:pass", "nsubj:pass", "csubj:pass", "obl:agent"].includes(this.deprel(c)));
  }

  /** The agent of a passive predicate: its `obl:agent`, or an `obl` introduced by `da` (`firmato dal ministro`). */
  agentOf(id: number): number | undefined {
    const explicit = this.children(id, "obl:agent")[0];
    if (explicit !== undefined) return explicit;
    if (!this.isPassive(id)) return undefined;
    return this.children(id, "obl").find((c) => this.deprel(c) === "obl" && this.caseOf(c) === "da");
  }

  /** The preposition (`case` dependent) introducing a nominal: `di`, `a`, `da`, `in`, … */
  caseOf(id: number): string | undefined {
    const c = this.children(id, "case")[0];
    return c === undefined ? undefined : this.word(c).lemma;
  }

  /** Words coordinated with this one (`Russia e Corea del Nord`): its `conj` dependents, transitively. */
  conjuncts(id: number): number[] {
    const out: number[] = [];
    const todo = this.children(id, "conj");
    while (todo.length > 0) {
      const c = todo.shift()!;
      if (out.includes(c)) continue;
      out.push(c);
      todo.push(...this.children(c, "conj"));
    }
    return out;
  }

  /** Character span of the word's subtree, when the words carry offsets. */
  span(id: number): { start: number; end: number } | undefined {
    let start = Infinity, end = -Infinity;
    for (const x of this.subtree(id)) {
      const w = this.word(x);
      if (w.start === undefined || w.end === undefined) continue;
      start = Math.min(start, w.start);
      end = Math.max(end, w.end);
    }
    return start === Infinity ? undefined : { start, end };
  }
}

// One tree per parsed sentence, however many readers ask (tree patterns, vetoes, modality,
// coreference, structure, events, claims); keyed by the sentence's syntax object, so nothing
// outlives it.
const trees = new WeakMap<object, DependencyTree>();

/** The dependency tree of a parsed sentence, built on first use and shared after. */
export function treeOf(syntax: { words: readonly SyntaxWord[] }): DependencyTree {
  let tree = trees.get(syntax);
  if (!tree) trees.set(syntax, (tree = new DependencyTree(syntax.words)));
  return tree;
}
