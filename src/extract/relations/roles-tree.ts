// Offices read over the dependency tree: a government named after a person
// (`il governo di X`) and a plural role shared by every name in its phrase (`i ministri
// spagnoli degli Esteri, X, e della Difesa, Y`). The role nouns are roles.ts's data.
import type { RelationFact, Sentence } from "../../types.ts";
import type { ResolvedMention } from "../entities/index.ts";
import { treeOf } from "../../syntax/tree.ts";
import { mentionAtWord } from "./args.ts";
import { commaBetween } from "./comma.ts";
import type { BodyByHead, DemonymCountry, RoleFact, RoleRules, RoleTarget, SettingCountry } from "./roles.ts";
import type { LexiconEntry } from "../../lexicon/types.ts";

/**
 * `il governo di X`, `l'amministrazione uscente di X`, `l'amministrazione X`: a government
 * named after a person has them at its head, so they lead its country: the demonym on the
 * government noun (`il governo israeliano di X`), else the holder's own country, else the
 * passage's setting. Read over the tree: the noun's `nmod` with `di`, or a name hanging on it
 * with no preposition.
 */
export function governmentHeads(s: Sentence, ms: readonly ResolvedMention[], rules: RoleRules, homeOf?: (person: string) => ResolvedMention | undefined, demonym?: DemonymCountry, setting?: SettingCountry): RoleFact[] {
  if (rules.governments.length === 0 || !s.syntax || s.syntax.words.length === 0) return [];
  const tree = treeOf(s.syntax);
  const out: RoleFact[] = [];
  const people = ms.filter((m) => m.type === "Person");
  const personAt = (id: number) => mentionAtWord(tree, id, people);
  for (const w of tree.words) {
    if (w.upos !== "NOUN" || !rules.governments.includes(w.lemma.toLowerCase()) || w.tokenIndex === undefined) continue;
    const named = tree.children(w.id).filter((k) => (tree.deprel(k).startsWith("nmod") && tree.caseOf(k) === "di") || (["flat:name", "flat", "appos"].includes(tree.deprel(k)) && tree.caseOf(k) === undefined));
    const person = named.map(personAt).find((m) => m);
    if (!person) continue;
    const folded = demonym ? tree.children(w.id, "amod").map((k) => demonym(tree.word(k).form.toLowerCase())).find((c) => c) : undefined;
    const home = homeOf?.(person.key);
    const set = folded || home ? undefined : setting?.(person, w.start ?? 0);
    const target: RoleTarget | undefined = folded ? { key: folded, type: "Country" } : home ?? set;
    if (!target) continue;
    out.push({ predicate: "leaderOf", person, target, roleToken: w.tokenIndex, rule: `role.government:${w.lemma.toLowerCase()}${set ? ":setting" : ""}` });
  }
  return out;
}

/** Arcs that open another clause: a plural role's names are not looked for below them. */
const CLAUSE_ARCS = new Set(["acl", "acl:relcl", "advcl", "ccomp", "csubj", "xcomp"]);

/**
 * `i ministri spagnoli degli Esteri, X, e della Difesa, Y`: a plural role noun is shared by
 * every name in its phrase, however the parser hung them (nmod, appos, conj, parataxis),
 * never below a clause of its own. The country is the demonym on the role noun or its `di`
 * country; without one nothing is said.
 */
export function pluralRoles(s: Sentence, ms: readonly ResolvedMention[], rules: RoleRules, demonym?: DemonymCountry): RoleFact[] {
  if (!s.syntax || s.syntax.words.length === 0) return [];
  const tree = treeOf(s.syntax);
  const out: RoleFact[] = [];
  const at = (id: number) => mentionAtWord(tree, id, ms);
  for (const w of tree.words) {
    if (w.upos !== "NOUN" || !w.feats.includes("Number=Plur") || w.tokenIndex === undefined) continue;
    const role = rules.byFirst.get(w.form.toLowerCase())?.find((r) => r.words.length === 1);
    if (!role) continue;
    const folded = demonym ? tree.children(w.id, "amod").map((k) => demonym(tree.word(k).form.toLowerCase())).find((c) => c) : undefined;
    const ofCountry = tree.children(w.id, "nmod").filter((k) => tree.caseOf(k) === "di").map(at).find((m) => m?.type === "Country");
    const target: RoleTarget | undefined = folded ? { key: folded, type: "Country" } : ofCountry;
    if (!target) continue;
    const names: ResolvedMention[] = [];
    const walk = (id: number) => {
      for (const k of tree.children(id)) {
        if (CLAUSE_ARCS.has(tree.deprel(k)) || tree.word(k).upos === "VERB") continue;
        const m = at(k);
        if (m?.type === "Person" && !names.includes(m)) names.push(m);
        walk(k);
      }
    };
    walk(w.id);
    const leads = role.leads === "state";
    for (const person of names) out.push({ predicate: leads ? "leaderOf" : "memberOf", person, target, roleToken: w.tokenIndex, rule: `role.${leads ? "leader" : "member"}:${w.form.toLowerCase()}:plural` });
  }
  return out;
}

const POSSESSIVE = new Set(["suo", "sua", "suoi", "sue", "loro"]);

/**
 * `X è tornato in Parlamento con il suo partito, Y`: a party noun with a possessive names a body
 * the clause's subject belongs to. The body is the name in apposition to the noun (or the
 * parser's asyndetic conjunct right after its comma); the member is the person the clause's
 * subject names.
 */
export function possessedBodies(s: Sentence, ms: readonly ResolvedMention[], rules: RoleRules): RoleFact[] {
  if (rules.memberBodies.length === 0 || !s.syntax || s.syntax.words.length === 0) return [];
  const tree = treeOf(s.syntax);
  const out: RoleFact[] = [];
  const at = (id: number) => mentionAtWord(tree, id, ms);
  for (const w of tree.words) {
    if (w.upos !== "NOUN" || w.tokenIndex === undefined || !rules.memberBodies.includes(w.lemma.toLowerCase())) continue;
    if (!tree.children(w.id, "det").some((k) => POSSESSIVE.has(tree.word(k).form.toLowerCase()))) continue;
    const apposed = tree.children(w.id).filter((k) => ["appos", "flat:name", "nmod"].includes(tree.deprel(k)) && tree.caseOf(k) === undefined);
    const next = tree.words.filter((k) => k.id > w.id && k.deprel === "conj" && commaBetween(tree, w.id, k.id) !== undefined).map((k) => k.id);
    const body = [...apposed, ...next].map(at).find((m) => m?.type === "Organization");
    if (!body) continue;
    const clause = tree.clauseOf(w.id);
    const subject = tree.children(clause, "nsubj").flatMap((k) => tree.subtree(k)).map(at).find((m) => m?.type === "Person");
    if (subject) out.push({ predicate: "memberOf", person: subject, target: { key: body.key, type: "Organization" }, roleToken: w.tokenIndex, rule: `role.member:${w.lemma.toLowerCase()}:possessive nsubj<${tree.deprel(w.id)}>det:poss` });
  }
  return out;
}

/**
 * `il Comando alpino … il portavoce del Comando`: a body named before in full is
 * named again by its head word. The latest organization before the offset whose name, as
 * written or as the lexicon lists it, starts with that word (and has more words) is the one.
 */
export function bodiesByHead(mentions: readonly ResolvedMention[], entriesById: ReadonlyMap<string, LexiconEntry>): BodyByHead {
  const bodies = mentions.filter((m) => m.type === "Organization").sort((a, b) => a.start - b.start);
  const headOf = (name: string) => { const ws = name.toLowerCase().split(/\s+/); return ws.length > 1 ? ws[0] : undefined; };
  return (form, offset) => {
    const word = form.toLowerCase();
    const m = bodies.filter((b) => b.end <= offset && [b.surface, ...(entriesById.get(b.key)?.names ?? [])].some((n) => headOf(n) === word)).at(-1);
    return m ? { key: m.key, type: "Organization" } : undefined;
  };
}

/**
 * `il capo dell'esercito di X, il generale Y`, `il ministro della Difesa Z` (leader of the
 * ministry): who heads a state organ holds an office of that organ's country (the ontology's
 * memberOf: "holds an office in"). The organ is one the article's facts make part of a country,
 * and both facts are asserted. Only heads: a spokesman, an analyst or a deputy works for a body
 * without holding the state's office, and an elected assembly's or a council's chair is left
 * out too (a council may be an international one a country sits in).
 */
export function organCountryMembers(facts: readonly RelationFact[], isCountry: (key: string) => boolean, isAssembly: (key: string) => boolean): RelationFact[] {
  const countryOf = new Map<string, string>();
  for (const f of facts) if (f.predicate === "partOf" && f.modality === "asserted" && isCountry(f.object) && !countryOf.has(f.subject)) countryOf.set(f.subject, f.object);
  const out: RelationFact[] = [];
  const seen = new Set(facts.filter((f) => f.predicate === "memberOf" || f.predicate === "leaderOf").map((f) => `${f.subject}|${f.object}`));
  for (const f of facts) {
    if (f.predicate !== "leaderOf" || f.modality !== "asserted" || !f.subject.startsWith("person/")) continue;
    const country = countryOf.get(f.object);
    if (!country || isAssembly(f.object) || seen.has(`${f.subject}|${country}`)) continue;
    seen.add(`${f.subject}|${country}`);
    out.push({ predicate: "memberOf", subject: f.subject, object: country, modality: "asserted", evidence: { ...f.evidence, rule: `role.organ-country:leaderOf+partOf ${f.evidence.rule}` } });
  }
  return out;
}
