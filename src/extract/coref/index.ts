// Coreference for relation arguments, as ordered passes (Stanford's sieve, most precise
// first): a role and a nationality (`il premier spagnolo`) to the latest person of that
// country; an object clitic (`lo ha accolto`) to the latest person before it; a verb with
// no subject (`Ha poi incontrato X`) to the previous main clause's subject. Each link
// names its pass, which the fact's evidence shows. A description that matches nobody
// makes nothing.
import type { AnalyzedArticle } from "../../types.ts";
import type { ResolvedMention } from "../entities/index.ts";
import type { PlacedMention } from "../relations/args.ts";
import { NAME_ARCS, treeOf, type DependencyTree } from "../../syntax/tree.ts";
import type { CorefPass, CorefRules } from "./rules.ts";
import { officeOf, personNameHeads, personOffices } from "./titles.ts";

export interface Link {
  mention: PlacedMention;
  pass: CorefPass;
}

/** What the relation patterns ask about one sentence. */
/** A description resolved by the role-nationality pass: its role word says what the person is of that country. */
export interface DescribedRole {
  person: string;
  country: string;
  role: string;
  sentence: number;
  at: { start: number; end: number };
}

export interface SentenceCoref {
  /** Object clitics that may stand for a person. */
  clitics: readonly string[];
  describe(country: string, at: { start: number; end: number }, role: string): Link | undefined;
  /** `la premier`, `il presidente`: a bare description of an office, to the one holder in focus. */
  alone(tree: DependencyTree, id: number): Link | undefined;
  pronoun(offset: number, exclude: readonly string[]): Link | undefined;
  droppedSubject(): Link | undefined;
}

const placedOf = (m: ResolvedMention): PlacedMention => ({ m, first: -1, last: -1, type: m.type, source: false });

/**
 * The subject of each sentence's main clause as a Person or Country mention: the root's
 * subject, or a name in apposition under it (`il premier X`); a sentence with no subject
 * keeps the one before it (a run of dropped subjects shares one).
 */
function mainSubjects(doc: AnalyzedArticle, mentions: readonly ResolvedMention[]): (ResolvedMention | undefined)[] {
  const out: (ResolvedMention | undefined)[] = [];
  for (const s of doc.sentences) {
    let found: ResolvedMention | undefined;
    let hasSubject = false;
    if (s.syntax && s.syntax.words.length > 0) {
      const tree = treeOf(s.syntax);
      const root = tree.root();
      const subj = [...tree.children(root, "nsubj"), ...tree.children(root, "nsubj:pass")][0];
      hasSubject = subj !== undefined;
      if (subj !== undefined) {
        const named = (x: number) => tree.children(x).filter((k) => NAME_ARCS.has(tree.deprel(k)) && tree.caseOf(k) === undefined);
        const at = (x: number) => { const w = tree.word(x); return mentions.filter((m) => m.sentence === s.index && w.start !== undefined && m.start <= w.start && w.start < m.end); };
        found = [subj, ...named(subj)].flatMap(at).find((m) => m.type === "Person" || m.type === "Country")
          // `la ministra degli Esteri X`: the parser hangs the name under the title's complement; only a person counts there.
          ?? tree.children(subj, "nmod").filter((k) => tree.caseOf(k) !== undefined).flatMap(named).flatMap(at).find((m) => m.type === "Person");
      }
    }
    out.push(hasSubject ? found : out[out.length - 1]);
  }
  return out;
}

/**
 * `il premier portoghese X`: a person's country read from the demonym on the title the
 * name hangs from, whether or not the entity stage kept the demonym as a mention.
 */
export function titleNationalities(doc: AnalyzedArticle, mentions: readonly ResolvedMention[], demonyms: ReadonlyMap<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const { tree, mention: m, head } of personNameHeads(doc, mentions, (key) => out.has(key))) {
    if (head.head === 0) continue;
    // The title above the name; or, when the parser made them two subjects of one verb, the title just before it.
    const title = NAME_ARCS.has(head.deprel) ? head.head
      : tree.children(head.head, head.deprel).filter((k) => k < head.id && tree.word(k).upos === "NOUN").at(-1);
    if (title === undefined) continue;
    const demonym = tree.children(title, "amod").map((k) => demonyms.get(tree.word(k).form.toLowerCase())).find((c) => c);
    if (demonym) out.set(m.key, demonym);
  }
  return out;
}

/**
 * @param nationality person key -> country key, from the lexicon and the roles the article gives.
 */
/** People received in the article (`ha ricevuto X`, `X è stato accolto`), in text order: who `l'ospite` may be. */
function receivedPeople(doc: AnalyzedArticle, mentions: readonly ResolvedMention[], hostVerbs: readonly string[]): ResolvedMention[] {
  const out: ResolvedMention[] = [];
  for (const s of doc.sentences) {
    if (!s.syntax || s.syntax.words.length === 0) continue;
    const tree = treeOf(s.syntax);
    for (const v of tree.words) {
      if (v.upos !== "VERB" || !hostVerbs.includes(v.lemma.toLowerCase())) continue;
      const guests = tree.isPassive(v.id) ? tree.children(v.id, "nsubj:pass") : tree.children(v.id, "obj");
      const words = guests.flatMap((g) => [g, ...tree.children(g).filter((k) => NAME_ARCS.has(tree.deprel(k)) && tree.caseOf(k) === undefined)]);
      for (const x of words) {
        const w = tree.word(x);
        const m = mentions.find((m) => m.type === "Person" && m.sentence === s.index && w.start !== undefined && m.start <= w.start && w.start < m.end);
        if (m && !out.includes(m)) out.push(m);
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * @param hostVerbs receiving verbs (roles.json `hostVerbs`), whose object the guest pass takes for `l'ospite`.
 */
export function makeCoref(doc: AnalyzedArticle, mentions: readonly ResolvedMention[], nationality: ReadonlyMap<string, string>, rules: CorefRules, described: DescribedRole[] = [], hostVerbs: readonly string[] = []): (sentence: number) => SentenceCoref {
  const people = mentions.filter((m) => m.type === "Person").sort((a, b) => a.start - b.start);
  const subjects = rules.passes.has("dropped-subject") ? mainSubjects(doc, mentions) : [];
  const offices = rules.passes.has("role-alone") ? personOffices(doc, mentions, rules.titleClasses, rules.titleModifiers) : new Map();
  const received = rules.passes.has("guest") ? receivedPeople(doc, mentions, hostVerbs) : [];
  return (sentence) => ({
    clitics: rules.clitics,
    describe(country, at, role) {
      if (!rules.passes.has("role-nationality")) return undefined;
      const offset = at.start;
      // The latest person of that country; else the latest whose country nothing tells, never one of another country.
      const before = people.filter((x) => x.end <= offset && x.sentence >= sentence - rules.sentencesBack);
      const m = people.filter((x) => x.end <= offset && nationality.get(x.key) === country).at(-1) ?? before.filter((x) => !nationality.has(x.key)).at(-1);
      if (m) described.push({ person: m.key, country, role, sentence, at });
      return m && { mention: placedOf(m), pass: "role-nationality" };
    },
    alone(tree, id) {
      const w = tree.word(id);
      if (w.start === undefined || !(rules.passes.has("role-alone") || rules.passes.has("guest"))) return undefined;
      // `il presidente`, not `un presidente`: only a definite description points back.
      if (!tree.children(id, "det").some((k) => tree.word(k).feats.includes("Definite=Def") || tree.word(k).lemma.toLowerCase() === "il")) return undefined;
      if (rules.guestNouns.has(w.lemma.toLowerCase())) {
        const guest = received.filter((x) => x.end <= w.start! && x.sentence >= sentence - rules.sentencesBack).at(-1);
        return guest && { mention: placedOf(guest), pass: "guest" };
      }
      const o = rules.passes.has("role-alone") ? officeOf(tree, id, rules.titleClasses, rules.titleModifiers, true) : undefined;
      if (!o) return undefined;
      const fits = (key: string) => { const h = offices.get(key); return h?.office === o.office && (!h.gender || !o.gender || h.gender === o.gender); };
      const before = people.filter((x) => x.end <= w.start! && fits(x.key));
      const near = before.filter((x) => x.sentence >= sentence - rules.titleSentencesBack);
      // One holder in focus (else, with none near, the only one the article has named): two presidents leave `il presidente` unresolved.
      const holders = near.length > 0 ? near : before;
      return new Set(holders.map((x) => x.key)).size === 1 ? { mention: placedOf(holders.at(-1)!), pass: "role-alone" } : undefined;
    },
    pronoun(offset, exclude) {
      if (!rules.passes.has("clitic-pronoun")) return undefined;
      const m = people.filter((x) => x.end <= offset && x.sentence >= sentence - rules.sentencesBack && !exclude.includes(x.key)).at(-1);
      return m && { mention: placedOf(m), pass: "clitic-pronoun" };
    },
    droppedSubject() {
      if (!rules.passes.has("dropped-subject") || sentence === 0) return undefined;
      const m = subjects[sentence - 1];
      return m && sentence - m.sentence <= rules.sentencesBack ? { mention: placedOf(m), pass: "dropped-subject" } : undefined;
    },
  });
}
