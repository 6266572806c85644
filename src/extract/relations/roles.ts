// Offices read from how a person is introduced, over the dependency tree (roles-phrase.ts
// finds the role and its holder): `il presidente russo Vladimir Putin` (leaderOf Russia),
// `X, consigliere del ministero degli Esteri greco` (memberOf the ministry), `i vicepremier X e Y`
// (a plural role shared over coordinated names). The country or body comes only from the
// role's own phrase, the country it modifies, a verb of office, the country a guest was
// received in, or the holder's own country, never from a nearby other person's title. The
// role nouns and verbs are data (data/rules/roles.json); no path crosses a verb.
import { join } from "node:path";
import type { EntityType, RelationPredicate, Sentence } from "../../types.ts";
import type { ResolvedMention } from "../entities/index.ts";
import { LexiconError } from "../../errors.ts";
import { readJsonData } from "../../data/json.ts";
import { treeOf, type DependencyTree } from "../../syntax/tree.ts";
import { mentionAtWord, mentionWords } from "./args.ts";
import { patronOf, voicedBody } from "./roles-patron.ts";
import { coordinated, FORMER, phraseOf, POSSESSIVES, rolesOf, rolesOfPerson, type RoleAt } from "./roles-phrase.ts";

export interface RoleNoun {
  words: string[];
  /** `state`: leads the body named, else the country; `body`: leads a named body only; `none`: a member. */
  leads: "state" | "body" | "none";
  /** With nothing named, the holder's own country (lexicon) stands in. */
  home: boolean;
  /** With nothing named, the international body the passage is about stands in (`il segretario generale X`). */
  passageBody?: boolean;
  reason: string;
}

/** Where a passage is set (`A Lisbona …`): the cases that set it, the verbs whose place is a destination instead. */
export interface SettingRules {
  cases: string[];
  motionVerbs: string[];
  sentencesBack: number;
  /** How far back an international body is looked for, for an office that heads one with none named. */
  bodySentencesBack: number;
}

export interface RoleRules {
  /** By first word, longest first. */
  byFirst: Map<string, RoleNoun[]>;
  /** Off when the data file has none. */
  setting?: SettingRules;
  /** Nouns for a government named after its head (`il governo di X`, `l'amministrazione X`). */
  governments: string[];
  /** Verbs whose subject country owns the office of their object or agent (`il Paese era rappresentato dal ministro X`). */
  ownerVerbs: string[];
  /** Bodies one belongs to, named as someone's own (`con il suo partito, X`). */
  memberBodies: string[];
  /** Verbs of receiving a guest: their agent's office is of the country the guest came to (`arrivato in X, è stato accolto dal presidente Y`). */
  hostVerbs: string[];
  /** Participles of appointing: `l'inviato scelto dal presidente X` holds an office of X's country. */
  appointVerbs: string[];
  /** Nouns of speaking for (`per bocca del portavoce X`): the body spoken for is the office's. */
  voiceNouns: string[];
  /** Common nouns that name the state itself after a head-of-state title (`il leader del Paese`); any other (`dell'opposizione`) is led instead of the country. */
  stateNouns: string[];
}

const lowerStrings = (x: unknown): x is string[] => Array.isArray(x) && x.every((w) => typeof w === "string" && w.length > 0 && w === w.toLowerCase());

/** An optional section of lower-case words with its `reason` (`{ "nouns": [...], "reason": "..." }`); absent, no words. */
function wordList(section: Record<string, unknown> | undefined, field: "nouns" | "lemmas", file: string, name: string): string[] {
  if (section === undefined) return [];
  const words = section[field];
  if (!lowerStrings(words) || typeof section.reason !== "string" || !section.reason) throw new LexiconError(file, name, `needs lower-case \`${field}\` and a \`reason\``);
  return words;
}

export function validateRoleRules(raw: unknown, file: string): RoleRules {
  const r = raw as { roles?: unknown };
  if (!Array.isArray(r?.roles)) throw new LexiconError(file, "", "expected a `roles` list");
  const byFirst = new Map<string, RoleNoun[]>();
  r.roles.forEach((x: Record<string, unknown>, i) => {
    const ok = Array.isArray(x?.words) && x.words.length > 0 && x.words.every((w) => typeof w === "string" && w === w.toLowerCase() && w.length > 0)
      && ["state", "body", "none"].includes(x.leads as string) && typeof x.home === "boolean" && typeof x.reason === "string" && x.reason.length > 0;
    if (!ok) throw new LexiconError(file, `role ${i}`, "a role needs lower-case `words`, `leads` (state|body|none), `home` (boolean) and a `reason`");
    if (x.passageBody !== undefined && typeof x.passageBody !== "boolean") throw new LexiconError(file, `role ${i}`, "`passageBody` is a boolean");
    const role = x as unknown as RoleNoun;
    const list = byFirst.get(role.words[0]!) ?? [];
    if (list.some((y) => y.words.join(" ") === role.words.join(" "))) throw new LexiconError(file, `role ${i}`, `duplicate role ${role.words.join(" ")}`);
    byFirst.set(role.words[0]!, [...list, role].sort((a, b) => b.words.length - a.words.length));
  });
  const raw_ = raw as { setting?: Record<string, unknown>; governments?: Record<string, unknown>; ownerVerbs?: Record<string, unknown>; hostVerbs?: Record<string, unknown>; memberBodies?: Record<string, unknown>; appointVerbs?: Record<string, unknown>; voiceNouns?: Record<string, unknown>; stateNouns?: Record<string, unknown> };
  let setting: SettingRules | undefined;
  if (raw_.setting !== undefined) {
    const x = raw_.setting;
    const whole = (n: unknown) => Number.isInteger(n) && (n as number) >= 0;
    if (!lowerStrings(x.cases) || !lowerStrings(x.motionVerbs) || !whole(x.sentencesBack) || !whole(x.bodySentencesBack) || typeof x.reason !== "string" || !x.reason)
      throw new LexiconError(file, "setting", "needs lower-case `cases` and `motionVerbs`, whole `sentencesBack` and `bodySentencesBack` >= 0 and a `reason`");
    setting = { cases: x.cases, motionVerbs: x.motionVerbs, sentencesBack: x.sentencesBack as number, bodySentencesBack: x.bodySentencesBack as number };
  }
  const governments = wordList(raw_.governments, "nouns", file, "governments");
  const ownerVerbs = wordList(raw_.ownerVerbs, "lemmas", file, "ownerVerbs");
  const hostVerbs = wordList(raw_.hostVerbs, "lemmas", file, "hostVerbs");
  const memberBodies = wordList(raw_.memberBodies, "nouns", file, "memberBodies");
  const appointVerbs = wordList(raw_.appointVerbs, "lemmas", file, "appointVerbs");
  const voiceNouns = wordList(raw_.voiceNouns, "nouns", file, "voiceNouns");
  const stateNouns = wordList(raw_.stateNouns, "nouns", file, "stateNouns");
  return { byFirst, ...(setting ? { setting } : {}), governments, ownerVerbs, hostVerbs, memberBodies, appointVerbs, voiceNouns, stateNouns };
}

export async function loadRoleRules(dataDir: string): Promise<RoleRules> {
  const file = join(dataDir, "rules", "roles.json");
  return validateRoleRules(await readJsonData(file), file);
}

/** What a role ties its holder to: a mention's entity, or a country named by a demonym the entity stage folded into a name. */
export interface RoleTarget {
  key: string;
  type: EntityType;
}

/** Demonym form -> country key, for countries the article names. */
export type DemonymCountry = (form: string) => string | undefined;

/**
 * What a passage is about, for a holder whose office nothing else ties: `country`, the country
 * it is set in (setting.ts); `body`, the international body it last named.
 */
export type SettingCountry = (person: ResolvedMention, offset: number, kind?: "country" | "body") => RoleTarget | undefined;

export interface RoleFact {
  predicate: RelationPredicate;
  person: ResolvedMention;
  target: RoleTarget;
  roleToken: number;
  rule: string;
}

/** A body named earlier in the article by its head word alone (`il portavoce della Banca`): the body, if one fits. */
export type BodyByHead = (form: string, offset: number) => RoleTarget | undefined;

export interface RoleReaders {
  homeOf?: (person: string) => ResolvedMention | undefined;
  bodyByHead?: BodyByHead;
  /** The sentence's roles: one coordinated with this one (`il vicepremier e ministro della Difesa del Paese X`) shares its complement. */
  roles?: readonly RoleAt[];
  demonym?: DemonymCountry;
  setting?: SettingCountry;
}

/** The organization or country a role ties its holder to, read from the role's own phrase, then fallbacks. */
function roleTarget(tree: DependencyTree, r: RoleAt, ms: readonly ResolvedMention[], person: ResolvedMention, rules: RoleRules, read: RoleReaders, skip: ReadonlySet<number>, demonymAt: (id: number) => boolean): RoleFact | undefined {
  const own = phraseOf(tree, r, skip, demonymAt);
  const bodiesIn = (ids: readonly number[]) => ids.map((k) => mentionAtWord(tree, k, ms)).filter((m): m is ResolvedMention => m !== undefined && m.key !== person.key && (m.type === "Organization" || m.type === "Country"));
  // A coordinated title with nothing of its own shares its conjunct's complement.
  const phrase = bodiesIn(own).length > 0 ? own : [...own, ...(read.roles ?? []).filter((y) => y !== r && coordinated(tree, r.head, y.head)).flatMap((c) => phraseOf(tree, c, skip, demonymAt))];
  const named: RoleTarget[] = bodiesIn(phrase);
  // `il ministero X, per bocca del portavoce Y`: the body the spokesperson speaks for.
  const voiced = named.length === 0 ? voicedBody(tree, r, ms, rules.voiceNouns) : undefined;
  if (voiced && voiced.key !== person.key) named.push(voiced);
  // `il portavoce della Banca`: a body named before in full, here by its head word.
  if (named.length === 0 && read.bodyByHead) {
    const heads = phrase.filter((k) => tree.caseOf(k) === "di" && /^\p{Lu}/u.test(tree.word(k).form) && !mentionAtWord(tree, k, ms));
    const body = heads.map((k) => read.bodyByHead!(tree.word(k).form, tree.word(k).start ?? 0)).find((b) => b);
    if (body) named.push(body);
  }
  const head = tree.word(r.head);
  // `… l'intelligence militare ucraina …, e il suo portavoce X`: a possessive points back to the body named before.
  const possessive = tree.children(r.head, "det").some((k) => POSSESSIVES.has(tree.word(k).form.toLowerCase()));
  const owner = possessive ? ms.filter((m) => m.type === "Organization" && m.end <= (head.start ?? 0)).at(-1) : undefined;
  // `il presidente della Fondazione X`, the body unread: the role names a body, so the home country is not it.
  const namesBody = r.role.leads !== "none" && phrase.some((k) => tree.caseOf(k) === "di" && /^\p{Lu}/u.test(tree.word(k).form) && !mentionAtWord(tree, k, ms));
  // `il premier ceco`, where the demonym went into a linked description rather than a country mention.
  const folded = read.demonym ? phrase.map((k) => read.demonym!(tree.word(k).form.toLowerCase())).find((c) => c) : undefined;
  // `il Portogallo era rappresentato dai vicepremier X e Y`: the subject of a verb that says whose the office is.
  const verb = tree.head(r.head);
  const clauseOwner = verb > 0 && rules.ownerVerbs.includes(tree.word(verb).lemma.toLowerCase())
    ? tree.children(verb, "nsubj").map((k) => mentionAtWord(tree, k, ms)).find((m) => m?.type === "Country")
    // `la Francia del presidente X`: a country whose `di` modifier is the office.
    : verb > 0 && tree.deprel(r.head).startsWith("nmod") && tree.caseOf(r.head) === "di" ? [mentionAtWord(tree, verb, ms)].find((m) => m?.type === "Country") : undefined;
  const home = r.role.home && !namesBody ? read.homeOf?.(person.key) : undefined;
  const target: RoleTarget | undefined = owner ?? named.find((m) => m.type === "Organization") ?? named.find((m) => m.type === "Country")
    ?? (folded ? { key: folded, type: "Country" } : undefined) ?? clauseOwner ?? home;
  // `l'inviato scelto dal presidente X`, `il negoziatore dell'amministrazione di X`: the office is of X's own country.
  const patron = !target && r.role.home && !namesBody ? patronOf(tree, r, phrase, ms, person.key, rules.appointVerbs, rules.governments) : undefined;
  const patronHome = patron ? read.homeOf?.(patron.person.key) : undefined;
  const served: RoleTarget | undefined = patronHome ? { key: patronHome.key, type: "Country" } : undefined;
  const host = !target && !served && r.role.home && !namesBody ? hostCountry(tree, r, rules, ms) : undefined;
  // `A Lisbona la proposta è caduta. Il ministro X`: a national office with nothing named takes the passage's setting.
  const set = !target && !served && !host && r.role.home && !namesBody ? read.setting?.(person, head.start ?? 0) : undefined;
  // `Il segretario generale X`, in a passage about an international body: that body.
  const body = !target && !served && !host && !set && r.role.passageBody ? read.setting?.(person, head.start ?? 0, "body") : undefined;
  const held = target ?? served ?? host ?? set ?? body;
  if (!held) return undefined;
  // `il direttore generale del Fondo, il cileno X`: an international office (it leads bodies, and the
  // holder's home does not stand in) is held in a body; a demonym near it is the holder's nationality.
  if (r.role.leads === "body" && !r.role.home && held.type === "Country") return undefined;
  // `il leader dell'opposizione polacca`, `il presidente della regione`: a head-of-state title whose own `di`
  // complement is an unnamed common noun heads that, not the country; the holder is one of the country's own.
  const ofOther = held.type === "Country" && own.some((k) => tree.caseOf(k) === "di" && tree.word(k).upos === "NOUN" && !mentionAtWord(tree, k, ms)
    && ![...rules.stateNouns, ...rules.governments].includes(tree.word(k).lemma.toLowerCase()));
  const leads = (r.role.leads === "state" && !ofOther) || (r.role.leads === "body" && held.type === "Organization");
  const former = tree.children(r.head).some((k) => FORMER.has(tree.word(k).form.toLowerCase()));
  const word = r.role.words.join(" ");
  return { predicate: leads ? "leaderOf" : "memberOf", person, target: held, roleToken: head.tokenIndex ?? 0, rule: `role.${leads ? "leader" : "member"}:${word}${former ? ":former" : ""}${ofOther && r.role.leads === "state" ? ":of-other" : ""}${voiced && held.key === voiced.key ? ":voice" : served ? `:${patron!.via}` : host ? ":host" : set ? ":setting" : body ? ":passage-body" : ""}` };
}

/**
 * `arrivato in X, è stato accolto dal presidente Y`, `in X è stato ricevuto dalla ministra Y`: a host
 * who receives a guest holds office in the country the guest came to, the country named with
 * `in`/`a` in the receiving verb's clause or in the clause it hangs on.
 */
function hostCountry(tree: DependencyTree, r: RoleAt, rules: RoleRules, ms: readonly ResolvedMention[]): RoleTarget | undefined {
  if (tree.caseOf(r.head) !== "da") return undefined;
  let v = tree.head(r.head);
  for (let steps = 0; v > 0 && steps < 2 && tree.word(v).upos !== "VERB"; steps++) v = tree.head(v);
  if (v <= 0 || !rules.hostVerbs.includes(tree.word(v).lemma.toLowerCase())) return undefined;
  const up = ["conj", "parataxis", "advcl", "acl:relcl"].includes(tree.deprel(v)) ? tree.head(v) : v;
  const own = new Set(tree.subtree(r.head));
  const places = tree.subtree(up > 0 ? up : v).filter((k) => !own.has(k) && k < r.head && ["in", "a"].includes(tree.caseOf(k) ?? ""));
  const country = places.map((k) => mentionAtWord(tree, k, ms)).filter((m) => m?.type === "Country" && m.resolvedBy !== "demonym").at(-1);
  return country ? { key: country.key, type: "Country" } : undefined;
}

/** A plural role (`i vicepremier`, `i ministri`): by its own number, or its article's for an invariable noun. */
function plural(tree: DependencyTree, r: RoleAt | undefined): boolean {
  if (!r) return false;
  return [r.head, ...tree.children(r.head, "det")].some((k) => tree.word(k).feats.includes("Number=Plur"));
}

/**
 * Offices of the people a sentence names. `demonym` gives the country of a nationality
 * adjective when the article names it; `nationality` tells any nationality adjective (to
 * mend a tagger that read one as a verb), named or not.
 */
export function roleFacts(s: Sentence, ms: readonly ResolvedMention[], rules: RoleRules, homeOf?: (person: string) => ResolvedMention | undefined, demonym?: DemonymCountry, setting?: SettingCountry, nationality?: (form: string) => boolean, bodyByHead?: BodyByHead): RoleFact[] {
  if (!s.syntax || s.syntax.words.length === 0) return [];
  const tree = treeOf(s.syntax);
  const roles = rolesOf(s, tree, rules);
  if (roles.length === 0) return [];
  const out: RoleFact[] = [];
  const people = ms.filter((m) => m.type === "Person");
  const own = new Map<string, RoleFact[]>();
  const demonymAt = (id: number) => mentionAtWord(tree, id, ms)?.resolvedBy === "demonym" || (nationality ?? demonym)?.(tree.word(id).form.toLowerCase()) ? true : false;
  const othersOf = (p: ResolvedMention) => new Set(people.filter((q) => q.key !== p.key).flatMap((q) => mentionWords(tree, q).inside));
  const skipOf = (p: ResolvedMention) => new Set([...othersOf(p), ...mentionWords(tree, p).inside]);
  // Who each role introduces: a coordinated title shares its holder only when it has none of its own
  // (`il premier ceco X e il presidente slovacco Y` are two offices for two people).
  const bodies = ms.filter((m) => m.type === "Organization" || m.type === "Country");
  const holders = new Map(people.filter((p) => !p.resolvedBy.startsWith("coreference")).map((p) => [p.key, rolesOfPerson(tree, p, roles, othersOf(p), skipOf(p), demonymAt, bodies)]));
  const free = (r: RoleAt, p: ResolvedMention) => ![...holders].some(([k, f]) => k !== p.key && f.includes(r));
  for (const p of people) {
    const others = othersOf(p);
    const skip = skipOf(p);
    // A description the entity stage linked to a name (`il premier spagnolo` for X): its own words are the title.
    if (p.resolvedBy.startsWith("coreference")) {
      const { inside } = mentionWords(tree, p);
      const at = roles.find((r) => inside.includes(r.head));
      const inner = ms.filter((m) => m.start >= p.start && m.end <= p.end);
      const f = at && roleTarget(tree, at, inner, p, rules, { demonym }, new Set(others), demonymAt);
      if (f) out.push({ ...f, rule: `${f.rule}:description` });
      continue;
    }
    const found = holders.get(p.key) ?? [];
    const mine = roles.filter((r) => free(r, p));
    const read = { homeOf, demonym, setting, roles: mine, bodyByHead };
    // Two roles (`il capo della Banca X, il generale Y`): the one tied to a body says enough; no setting is guessed beside it.
    const tied = found.map((r) => roleTarget(tree, r, ms, p, rules, { roles: mine, bodyByHead }, skip, demonymAt)).find((f) => f?.target.type === "Organization");
    // The nearest role that ties the person to something: a bare rank (`…, il generale X`) may stand before the office it is apposed to.
    // Read one at a time: a role that takes the passage's setting carries it on (setting.ts), so none is read in vain.
    let at = 0;
    let near: RoleFact | undefined;
    for (; at < found.length && !near; at++) near = roleTarget(tree, found[at]!, ms, p, rules, read, skip, demonymAt);
    const anchor = near ? found[at - 1] : found[0];
    const nearest = tied && near?.rule.endsWith(":setting") ? undefined : near;
    const facts = [...(tied ? [tied] : []), ...(nearest && nearest.target.key !== tied?.target.key ? [nearest] : [])];
    // `il vicepremier e ministro della Difesa del Paese X, Y`: Y holds every coordinated title.
    for (const c of mine.filter((y) => anchor && y !== anchor && coordinated(tree, anchor.head, y.head))) {
      const f = roleTarget(tree, c, ms, p, rules, read, skip, demonymAt);
      if (f && !f.rule.endsWith(":setting") && !facts.some((x) => x.predicate === f.predicate && x.target.key === f.target.key)) facts.push({ ...f, rule: `${f.rule}:coordinated` });
    }
    own.set(p.key, facts);
    out.push(...facts);
  }
  // `i vicepremier X e Y`: a name coordinated with another shares the plural role read for the first.
  for (const p of people) {
    if ((own.get(p.key) ?? []).length > 0 || p.resolvedBy.startsWith("coreference")) continue;
    // `X e Y`: the conjunct's own `e`; `X, e della Difesa, Y` has its own portfolio (pluralRoles reads it).
    const h = mentionWords(tree, p).heads.find((x) => tree.deprel(x) === "conj" && tree.children(x, "cc").length > 0);
    const prev = h !== undefined ? people.find((q) => q.key !== p.key && mentionWords(tree, q).inside.includes(tree.head(h))) : undefined;
    const shared = (own.get(prev?.key ?? "") ?? []).filter((f) => plural(tree, roles.find((r) => tree.word(r.head).tokenIndex === f.roleToken)));
    out.push(...shared.map((f) => ({ ...f, person: p, rule: `${f.rule}:shared` })));
  }
  return out;
}
