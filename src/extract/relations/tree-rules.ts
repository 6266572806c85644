// Relation patterns over the dependency tree (data/rules/tree-patterns.json), validated at
// load. A pattern is a trigger lemma plus named arguments reached by labelled arcs, the way
// spaCy's DependencyMatcher or Semgrex read (`{lemma:visitare} >nsubj {}=a >obj {}=b`).
import { join } from "node:path";
import { LexiconError } from "../../errors.ts";
import { readJsonData } from "../../data/json.ts";
import { ENTITY_TYPES, RELATION_PREDICATES, type EntityType, type RelationPredicate } from "../../types.ts";

/**
 * An arc from the trigger to an argument. `nsubj`/`obj` hold for an active verb only,
 * `agent`/`nsubj:pass` for a passive one; `obl:a` is an oblique introduced by `a`;
 * `nmod:di` a modifier introduced by `di` anywhere in a noun's phrase; `amod` a demonym on the
 * event noun or on what is sent (`truppe bielorusse`); `appos` the one an agent noun or a
 * predicate describes (`X, alleato di Y`, `X è alleata di Y`), `appos>nmod:di` that one's owner;
 * `nsubj>amod` a demonym on the subject noun; `ccomp>nsubj` the subject of the verb of saying whose `che` clause holds the trigger; `speaker` a name before the colon that opens the quote holding it (`X: «…»`); `obj>nmod:di`, `nsubj:pass>nmod:di` the owner of the object (`le accuse di Y`); `obl:<prep>>nmod:di` an oblique's owner (`al fianco di Y`); `nmod:<prep>>nmod:di`, `nmod:<prep>>amod` the doer of the act a noun's phrase names (`preoccupazione per le manovre della Russia`, `per le manovre russe`).
 */
export type Arc = string;
const ARC = /^(nsubj|obj|iobj|xcomp|agent|amod|appos|nsubj:pass|obj>nmod:di|nsubj:pass>nmod:di|appos>nmod:di|nsubj>amod|ccomp>nsubj|speaker|obl:[a-zà-ù]+>nmod:di|nmod:[a-zà-ù]+>(nmod:di|amod)|(obl|nmod):[a-zà-ù]+)$/;

export interface ArgSpec {
  arcs: Arc[];
  types: EntityType[];
}

/** A dependent of the trigger that means the word is used in another sense (`sostenere che`). */
export interface SenseCondition {
  deprel: string;
  /** The dependent's lemma, or the preposition introducing it (`con favore`: lemma favore, case con). */
  lemmas?: string[];
  case?: string;
  /** Look for the dependent below the trigger's dependent of this relation instead (`obj`: on the object). */
  on?: string;
}

export interface TreePattern {
  id: string;
  reason: string;
  predicate: RelationPredicate;
  /** The CAMEO event code, for predicates that are events (a meeting, a visit); none for standing facts (who leads what). */
  cameo?: string;
  lemmas: string[];
  upos: string[];
  subject: ArgSpec;
  object: ArgSpec;
  /** What is sent or supplied: one of these lemmas must stand at one of these arcs (or, with `modifiers`, be an adjective on the word there: `una forza ostile`). */
  theme?: { arcs: Arc[]; lemmas: string[]; modifiers?: boolean };
  unless?: SenseCondition[];
  /** Dependents the trigger must have to be in this sense (`schierarsi con`: the reflexive `si`). */
  requires?: SenseCondition[];
  /** With a reflexive `si` and no object (`X e Y si sono incontrati`), coordinated subjects relate to each other. */
  reciprocal?: boolean;
  /** Who did it together with the subject (`insieme a X`) did it too: a second subject. */
  companions?: boolean;
}

/** A trigger word in another sense: no relation of these predicates there. */
export interface SenseVeto {
  id: string;
  reason: string;
  lemmas: string[];
  predicates: RelationPredicate[];
  when: SenseCondition[];
}

export interface TreeRules {
  patterns: TreePattern[];
  vetoes: SenseVeto[];
  /** Verbs whose object noun carries the event (`compiere una visita`): the verb's subject is the noun's. */
  lightVerbs: string[];
  /** Nouns that stand for a country's government when a demonym or `di` names it (`il governo ceco`). */
  governments: string[];
  /** Envoys stand for the state that sent them in these predicates only (`ha convocato l'ambasciatore cinese`), not when met. */
  envoys: { id: string; reason: string; lemmas: string[]; predicates: RelationPredicate[] };
  /** Hostile acts whose doer, named once, is who is criticized when the act is named again without one (act-owners.ts). */
  acts: { id: string; reason: string; lemmas: string[]; forces: string[]; /** Nouns that sum up the clause before them (`…, una decisione che…`); none when left out. */ summaries: string[]; /** Acts whose `di` phrase is who suffers them (`l'arresto di X`): never the doer criticized. */ patients: string[]; predicates: RelationPredicate[]; sides: { conflicts: string[]; nouns: string[]; quantifiers: string[] } };
  /** Role nouns that, with a demonym and no name (`il premier spagnolo`), describe a person named before. */
  descriptions: string[];
  /** Texts that act for whoever adopted them (`una risoluzione che condanna X`). */
  documents: string[];
  /** Nouns that count or bundle another (`un pacchetto di sanzioni`): the counted noun's subject is theirs. */
  containers: string[];
  /** Words of alliance whose members are the countries named around them (pairs.ts): each pair is allied. */
  alliances: { id: string; reason: string; cameo: string; lemmas: string[]; partners: string[]; breakVerbs: string[] };
  modality: { negators: string[]; modals: string[]; negatingVerbs: string[]; planNouns: string[]; negatingNouns: string[]; reportingVerbs: string[] };
}

function check(cond: unknown, file: string, where: string, reason: string): asserts cond {
  if (!cond) throw new LexiconError(file, where, reason);
}

const strings = (x: unknown): x is string[] => Array.isArray(x) && x.every((s) => typeof s === "string" && s.length > 0);

function checkCondition(c: Record<string, unknown>, file: string, where: string): void {
  check(typeof c?.deprel === "string" && c.deprel, file, where, "a sense condition needs a deprel");
  check(c.lemmas === undefined || strings(c.lemmas), file, where, "condition lemmas must be a list of words");
  check(c.case === undefined || typeof c.case === "string", file, where, "condition case must be a word");
  check(c.on === undefined || (typeof c.on === "string" && c.on.length > 0), file, where, "condition on must be a relation");
}

function checkArgs(a: Record<string, unknown>, file: string, where: string): void {
  check(strings(a?.arcs) && a.arcs.length > 0, file, where, "arguments need a non-empty list of arcs");
  for (const arc of a.arcs as string[]) check(ARC.test(arc), file, where, `unknown arc ${JSON.stringify(arc)}`);
  check(strings(a.types) && a.types.every((t) => ENTITY_TYPES.includes(t as EntityType)), file, where, "argument types must be entity classes");
}

export function validateTreeRules(raw: unknown, file: string): TreeRules {
  const r = raw as Record<string, unknown>;
  check(Array.isArray(r?.patterns) && Array.isArray(r.vetoes), file, "", "expected `patterns` and `vetoes` lists");
  check(strings(r.lightVerbs), file, "", "`lightVerbs` must be a list of lemmas");
  check(strings(r.governments), file, "", "`governments` must be a list of lemmas");
  check(strings(r.descriptions), file, "", "`descriptions` must be a list of lemmas");
  const env = r.envoys as Record<string, unknown>;
  check(typeof env?.id === "string" && env.id && typeof env.reason === "string" && env.reason && strings(env.lemmas) && Array.isArray(env.predicates)
    && env.predicates.every((x) => RELATION_PREDICATES.includes(x as RelationPredicate)), file, "envoys", "needs an id, a reason, lemmas and relation predicates");
  const acts = r.acts as Record<string, unknown>;
  check(typeof acts?.id === "string" && acts.id && typeof acts.reason === "string" && acts.reason && strings(acts.lemmas) && strings(acts.forces) && (acts.summaries === undefined || strings(acts.summaries)) && (acts.patients === undefined || strings(acts.patients)) && Array.isArray(acts.predicates)
    && acts.predicates.every((x) => RELATION_PREDICATES.includes(x as RelationPredicate)), file, "acts", "needs an id, a reason, act lemmas, force lemmas, relation predicates and (optionally) summary and patient lemmas");
  const sides = acts.sides as Record<string, unknown>;
  check(strings(sides?.conflicts) && strings(sides.nouns) && strings(sides.quantifiers), file, "acts.sides", "needs conflicts, nouns and quantifiers lists");
  check(strings(r.documents), file, "", "`documents` must be a list of lemmas");
  check(strings(r.containers), file, "", "`containers` must be a list of lemmas");
  const al = r.alliances as Record<string, unknown>;
  check(typeof al?.id === "string" && al.id && typeof al.reason === "string" && al.reason && typeof al.cameo === "string" && /^\d{2,4}$/.test(al.cameo) && strings(al.lemmas) && al.lemmas.length > 0, file, "alliances", "needs an id, a reason, a CAMEO code and a non-empty list of lemmas");
  check(strings(al.partners) && strings(al.breakVerbs), file, "alliances", "needs `partners` and `breakVerbs` lists of lemmas");
  const mod = r.modality as Record<string, unknown>;
  check(strings(mod?.negators) && strings(mod.modals), file, "", "`modality` needs `negators` and `modals` lists");
  for (const k of ["negatingVerbs", "planNouns", "negatingNouns", "reportingVerbs"]) check(strings(mod[k]), file, "modality", `\`${k}\` must be a list of lemmas`);
  // Named word lists a theme may use by `@name` (`@harms`: the harms one is blamed for), spelled once.
  const named: Record<string, unknown> = { harms: r.harms };
  for (const [name, list] of Object.entries(named)) check(list === undefined || strings(list), file, name, `\`${name}\` must be a list of lemmas`);
  const expand = (lemmas: string[]) => lemmas.flatMap((l) => (l.startsWith("@") ? (named[l.slice(1)] as string[] | undefined) ?? [] : [l]));
  const ids = new Set<string>();
  const patterns = (r.patterns as Record<string, unknown>[]).map((p, i) => {
    const where = `pattern ${i}${typeof p?.id === "string" ? ` "${p.id}"` : ""}`;
    check(typeof p?.id === "string" && p.id && !ids.has(p.id), file, where, "missing or duplicate id");
    ids.add(p.id as string);
    check(typeof p.reason === "string" && p.reason, file, where, "missing reason");
    check(RELATION_PREDICATES.includes(p.predicate as RelationPredicate), file, where, `unknown predicate ${JSON.stringify(p.predicate)}`);
    check(p.cameo === undefined || (typeof p.cameo === "string" && /^\d{2,4}$/.test(p.cameo)), file, where, "cameo must be a CAMEO code like \"057\"");
    check(strings(p.lemmas) && p.lemmas.length > 0, file, where, "lemmas must be a non-empty list");
    check(strings(p.upos) && p.upos.every((u) => ["VERB", "NOUN", "ADJ"].includes(u)), file, where, "upos must list VERB, NOUN or ADJ");
    checkArgs(p.subject as Record<string, unknown>, file, `${where} subject`);
    checkArgs(p.object as Record<string, unknown>, file, `${where} object`);
    if (p.theme !== undefined) {
      const t = p.theme as Record<string, unknown>;
      check(strings(t.arcs) && t.arcs.every((a) => ARC.test(a)) && strings(t.lemmas), file, `${where} theme`, "theme needs arcs and lemmas");
      check(t.modifiers === undefined || typeof t.modifiers === "boolean", file, `${where} theme`, "theme modifiers must be true or false");
      check((t.lemmas as string[]).every((l) => !l.startsWith("@") || Array.isArray(named[l.slice(1)])), file, `${where} theme`, "theme names an unknown word list");
    }
    check(p.unless === undefined || Array.isArray(p.unless), file, where, "unless must be a list");
    check(p.reciprocal === undefined || typeof p.reciprocal === "boolean", file, where, "reciprocal must be true or false");
    check(p.companions === undefined || typeof p.companions === "boolean", file, where, "companions must be true or false");
    for (const c of (p.unless as Record<string, unknown>[] | undefined) ?? []) checkCondition(c, file, `${where} unless`);
    check(p.requires === undefined || Array.isArray(p.requires), file, where, "requires must be a list");
    for (const c of (p.requires as Record<string, unknown>[] | undefined) ?? []) checkCondition(c, file, `${where} requires`);
    const theme = p.theme as { lemmas: string[] } | undefined;
    return (theme ? { ...p, theme: { ...theme, lemmas: expand(theme.lemmas) } } : p) as unknown as TreePattern;
  });
  const vetoes = (r.vetoes as Record<string, unknown>[]).map((v, i) => {
    const where = `veto ${i}${typeof v?.id === "string" ? ` "${v.id}"` : ""}`;
    check(typeof v?.id === "string" && v.id && !ids.has(v.id), file, where, "missing or duplicate id");
    ids.add(v.id as string);
    check(typeof v.reason === "string" && v.reason, file, where, "missing reason");
    check(strings(v.lemmas) && v.lemmas.length > 0, file, where, "lemmas must be a non-empty list");
    check(Array.isArray(v.predicates) && v.predicates.every((x) => RELATION_PREDICATES.includes(x as RelationPredicate)), file, where, "predicates must be relation names");
    check(Array.isArray(v.when) && v.when.length > 0, file, where, "when must list at least one condition");
    for (const c of v.when as Record<string, unknown>[]) checkCondition(c, file, `${where} when`);
    return v as unknown as SenseVeto;
  });
  return { patterns, vetoes, lightVerbs: r.lightVerbs as string[], governments: r.governments as string[], envoys: env as unknown as TreeRules["envoys"], acts: { ...acts, summaries: acts.summaries ?? [], patients: acts.patients ?? [] } as unknown as TreeRules["acts"], descriptions: r.descriptions as string[], documents: r.documents as string[], alliances: al as unknown as TreeRules["alliances"], containers: r.containers as string[], modality: mod as TreeRules["modality"] };
}

export async function loadTreeRules(dataDir: string): Promise<TreeRules> {
  const file = join(dataDir, "rules", "tree-patterns.json");
  return validateTreeRules(await readJsonData(file), file);
}
