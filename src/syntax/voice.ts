// Passive voice, decided from the tree and the auxiliaries rather than learned: the
// training treebanks hold fewer than a hundred passive subjects, too few for the parser to
// tell `è stato ucciso` from `è arrivato` by itself. The parser finds the arcs; this pass
// names them. A participle is passive when an auxiliary `venire` (`viene firmato`) or
// `stato` (`è stato firmato`) governs it, or an `essere` whose verb does not build its
// active perfect with `essere` (`è arrivata`, `si è dimesso` are active). Then its subject
// is `nsubj:pass` (a post-verbal `obj` too: a passive takes no object), its auxiliary
// `aux:pass`, and its `da` phrase `obl:agent`.

export interface VoiceWord {
  form: string;
  lemma: string;
  upos: string;
  feats: string;
  head: number;
  deprel: string;
}

/** Verbs whose active perfect takes `essere` and reflexive clitics, never passive markers. */
export interface VoiceLexicon {
  essereVerbs: ReadonlySet<string>;
}

const REFLEXIVE = new Set(["si", "mi", "ti", "ci", "vi"]);
const STATO = new Set(["stato", "stata", "stati", "state"]);

function isParticiple(w: VoiceWord): boolean {
  return w.upos === "VERB" && w.feats.includes("VerbForm=Part");
}

/** Whether the participle at index `v` (0-based) is passive, given its dependents. */
export function passiveParticiple(words: readonly VoiceWord[], v: number, deps: readonly number[], lex: VoiceLexicon): number | undefined {
  const verb = words[v]!;
  if (!isParticiple(verb)) return undefined;
  const auxes = deps.filter((d) => words[d]!.deprel === "aux" || words[d]!.deprel === "aux:pass");
  if (deps.some((d) => words[d]!.deprel.startsWith("expl") || (REFLEXIVE.has(words[d]!.form.toLowerCase()) && d < v))) return undefined;
  // The passive auxiliary is the one nearest the participle (`è stato firmato`: `stato`).
  const nearest = [...auxes].sort((a, b) => b - a)[0];
  if (nearest === undefined) return undefined;
  const aux = words[nearest]!;
  const lower = aux.form.toLowerCase();
  if (aux.lemma === "venire" || STATO.has(lower)) return nearest;
  if (aux.lemma === "essere" && !lex.essereVerbs.has(verb.lemma)) return nearest;
  return undefined;
}

/** Relabels the arcs of passive participles in place; returns how many verbs were passive. */
export function markPassives(words: VoiceWord[], lex: VoiceLexicon): number {
  const deps: number[][] = words.map(() => []);
  words.forEach((w, i) => { if (w.head > 0) deps[w.head - 1]!.push(i); });
  let count = 0;
  for (let v = 0; v < words.length; v++) {
    const aux = passiveParticiple(words, v, deps[v]!, lex);
    if (aux === undefined) continue;
    count++;
    words[aux]!.deprel = "aux:pass";
    const hasSubject = deps[v]!.some((d) => words[d]!.deprel.startsWith("nsubj"));
    for (const d of deps[v]!) {
      const w = words[d]!;
      if (w.deprel === "nsubj") w.deprel = "nsubj:pass";
      else if (w.deprel === "obj" && !hasSubject && d > v && w.upos !== "PRON") w.deprel = "nsubj:pass";
      else if (w.deprel === "obl" && deps[d]!.some((c) => words[c]!.deprel === "case" && words[c]!.lemma === "da")) w.deprel = "obl:agent";
    }
  }
  return count;
}
