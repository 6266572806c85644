// Offices read from how a person is introduced: `il presidente russo Vladimir Putin`
// (leaderOf Russia), `X, segretario del Consiglio di Sicurezza russo` (memberOf the
// council), `la ministra degli Esteri nordcoreana X` (memberOf North Korea), `i vicepremier
// X e Y` (the role shared over coordinated names). The role nouns are data
// (data/rules/roles.json); a role is never read across a verb to the next person.
import { join } from "node:path";
import type { EntityType, RelationPredicate, Sentence } from "../../types.ts";
import type { ResolvedMention } from "../entities/index.ts";
import { LexiconError } from "../../errors.ts";
import { readJsonData } from "../../data/json.ts";
import { treeOf } from "../../syntax/tree.ts";

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
}

const lowerStrings = (x: unknown): x is string[] => Array.isArray(x) && x.every((w) => typeof w === "string" && w.length > 0 && w === w.toLowerCase());

/** `di` with an article: what joins an office to the body it serves (`il comandante dei X`). */
const ARTICLES_OF = new Set(["del", "dello", "della", "dell'", "dei", "degli", "delle"]);

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
  const raw_ = raw as { setting?: Record<string, unknown>; governments?: Record<string, unknown> };
  let setting: SettingRules | undefined;
  if (raw_.setting !== undefined) {
    const x = raw_.setting;
    const whole = (n: unknown) => Number.isInteger(n) && (n as number) >= 0;
    if (!lowerStrings(x.cases) || !lowerStrings(x.motionVerbs) || !whole(x.sentencesBack) || !whole(x.bodySentencesBack) || typeof x.reason !== "string" || !x.reason)
      throw new LexiconError(file, "setting", "needs lower-case `cases` and `motionVerbs`, whole `sentencesBack` and `bodySentencesBack` >= 0 and a `reason`");
    setting = { cases: x.cases, motionVerbs: x.motionVerbs, sentencesBack: x.sentencesBack as number, bodySentencesBack: x.bodySentencesBack as number };
  }
  let governments: string[] = [];
  if (raw_.governments !== undefined) {
    const x = raw_.governments;
    if (!lowerStrings(x.nouns) || typeof x.reason !== "string" || !x.reason) throw new LexiconError(file, "governments", "needs lower-case `nouns` and a `reason`");
    governments = x.nouns;
  }
  return { byFirst, ...(setting ? { setting } : {}), governments };
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

interface RoleAt {
  role: RoleNoun;
  first: number;
  last: number;
}

/** `l'ex premier`, `l'allora ministro`: an office held before, kept with the role and said in its rule. */
const FORMER = new Set(["ex", "allora", "già"]);
const OF = new Set(["di", "del", "della", "dello", "dei", "degli", "delle", "dell'", "d'"]);
const ARTICLES = new Set(["il", "la", "l'", "lo", "i", "gli", "le", "un", "una"]);

function tokenIndexAt(s: Sentence, offset: number): number {
  return s.tokens.findIndex((t) => t.start <= offset && offset < t.end);
}

/** The preposition the tree gives the word at a character offset (`per l'Ucraina`: `per`). */
function caseAt(s: Sentence, offset: number): string | undefined {
  if (!s.syntax || s.syntax.words.length === 0) return undefined;
  const tree = treeOf(s.syntax);
  const w = tree.words.find((x) => x.start !== undefined && x.end !== undefined && x.start <= offset && offset < x.end);
  return w ? tree.caseOf(w.id) : undefined;
}

/** The role nouns of a sentence, each at its first token; a compound's inner words start none (`primo ministro`). */
function rolesOf(s: Sentence, rules: RoleRules): Map<number, RoleAt> {
  const out = new Map<number, RoleAt>();
  // `ha inviato truppe`: a role word the parser reads as a verb is not a role here.
  const verbal = new Set((s.syntax?.words ?? []).filter((w) => w.upos === "VERB" || w.upos === "AUX").map((w) => w.tokenIndex));
  for (let i = 0; i < s.tokens.length; i++) {
    const role = rules.byFirst.get(s.tokens[i]!.lower)?.find((r) => r.words.every((w, k) => s.tokens[i + k]?.lower === w));
    if (!role || verbal.has(i)) continue;
    out.set(i, { role, first: i, last: i + role.words.length - 1 });
    i += role.words.length - 1;
  }
  return out;
}

/** Tokens of finite verbs and auxiliaries (from the parse): a role before one belongs to another clause. */
function verbTokens(s: Sentence): Set<number> {
  const out = new Set<number>();
  for (const w of s.syntax?.words ?? []) {
    if (w.tokenIndex === undefined) continue;
    // Finite forms only: a tagger may read an adjective as an infinitive (`militare`), never as a finite verb.
    if (w.upos === "AUX" || (w.upos === "VERB" && w.feats.includes("VerbForm=Fin"))) out.add(w.tokenIndex);
  }
  return out;
}

/** The organization or country a role is tied to, looked for in (role, to]. */
function roleTarget(s: Sentence, r: RoleAt, to: number, ms: readonly ResolvedMention[], person: ResolvedMention, homeOf?: (person: string) => ResolvedMention | undefined, demonym?: DemonymCountry, setting?: SettingCountry): RoleFact | undefined {
  const inWindow = ms.filter((m) => m.key !== person.key && (m.type === "Organization" || m.type === "Country"))
    .filter((m) => { const k = tokenIndexAt(s, m.start); return k > r.last && k <= to; })
    // `l'inviato speciale per l'Ucraina`: a country introduced by `per` is the office's brief, not its owner.
    .filter((m) => caseAt(s, m.start) !== "per");
  // `… l'intelligence militare ucraina …, e il suo portavoce X`: a possessive points back to the body named before.
  const possessive = ["suo", "sua", "suoi", "sue", "loro"].includes(s.tokens[r.first - 1]?.lower ?? "");
  const owner = possessive ? ms.filter((m) => m.type === "Organization" && tokenIndexAt(s, m.start) < r.first).pop() : undefined;
  // `la Corea del Sud ha insediato un nuovo presidente, X`: the country stands before the role.
  const before = ms.filter((m) => m.type === "Country" && tokenIndexAt(s, m.start) < r.first && r.first - tokenIndexAt(s, m.start) <= 8);
  // `il presidente della Fondazione X` with the body unread: the role names a body, so the home country is not it.
  const namesBody = OF.has(s.tokens[r.last + 1]?.lower ?? "") && /^\p{Lu}/u.test(s.tokens[r.last + 2]?.text ?? "") && r.role.leads !== "none";
  const home = r.role.home && !namesBody ? homeOf?.(person.key) : undefined;
  // `il premier ceco`, where the demonym went into a linked description rather than a country mention.
  const folded = demonym ? s.tokens.slice(r.last + 1, to + 1).map((t) => demonym(t.lower)).find((k) => k) : undefined;
  const target: RoleTarget | undefined = owner ?? inWindow.find((m) => m.type === "Organization") ?? inWindow.find((m) => m.type === "Country")
    ?? (folded ? { key: folded, type: "Country" } : undefined) ?? before[before.length - 1] ?? home;
  // `A Lisbona la proposta è caduta. Il ministro X`: a national office with nothing named takes the passage's setting.
  const set = !target && r.role.home && !namesBody ? setting?.(person, s.tokens[r.first]!.start) : undefined;
  // `Il segretario generale X`, in a passage about an international body: that body.
  const body = !target && !set && r.role.passageBody ? setting?.(person, s.tokens[r.first]!.start, "body") : undefined;
  const held = target ?? set ?? body;
  if (!held) return undefined;
  // `il direttore generale del Fondo, il cileno X`: an international office (it leads bodies, and the
  // holder's home does not stand in) is held in a body; a demonym near it is the holder's nationality.
  if (r.role.leads === "body" && !r.role.home && held.type === "Country") return undefined;
  const leads = r.role.leads === "state" || (r.role.leads === "body" && held.type === "Organization");
  const word = r.role.words.join(" ");
  return { predicate: leads ? "leaderOf" : "memberOf", person, target: held, roleToken: r.first, rule: `role.${leads ? "leader" : "member"}:${word}${FORMER.has(s.tokens[r.first - 1]?.lower ?? "") ? ":former" : ""}${set ? ":setting" : body ? ":passage-body" : ""}` };
}

export function roleFacts(s: Sentence, ms: readonly ResolvedMention[], rules: RoleRules, homeOf?: (person: string) => ResolvedMention | undefined, demonym?: DemonymCountry, setting?: SettingCountry): RoleFact[] {
  const out: RoleFact[] = [];
  const roles = rolesOf(s, rules);
  const verbs = verbTokens(s);
  const people = ms.filter((m) => m.type === "Person").sort((a, b) => a.start - b.start);
  const owns = (p: ResolvedMention, i: number) => tokenIndexAt(s, p.start) <= i && i <= tokenIndexAt(s, p.end - 1);
  const before = new Map<ResolvedMention, RoleFact[]>();
  for (const p of people) {
    // A description the entity stage linked to a name (`il premier spagnolo` for X): its own words are the title.
    if (p.resolvedBy.startsWith("coreference")) {
      const [lo, hi] = [tokenIndexAt(s, p.start), tokenIndexAt(s, p.end - 1)];
      const at = [...roles.values()].find((r) => r.first >= lo && r.first <= hi);
      const f = at && roleTarget(s, at, hi, ms.filter((m) => m.start >= p.start && m.end <= p.end), p, undefined, demonym);
      if (f) out.push({ ...f, rule: `${f.rule}:description` });
      continue;
    }
    const first = tokenIndexAt(s, p.start);
    const last = tokenIndexAt(s, p.end - 1);
    // Before the name: `il ministro degli Esteri russo X`. The nearest role, and one more across a comma
    // (`il capo dei servizi militari lettoni, il colonnello X`): the one tied to a body wins.
    const found: RoleAt[] = [];
    let commas = 0;
    for (let i = first - 1; i >= 0 && first - i <= 14 && found.length < 2; i--) {
      // Another person's name, or a verb, ends the search: the roles before them are someone else's.
      if (people.some((q) => q.key !== p.key && owns(q, i)) || verbs.has(i)) break;
      const t = s.tokens[i]!;
      if (t.text === "," && ++commas > 1) break;
      if (t.kind === "punct" && t.text !== "," && t.text !== "'") break;
      const r = roles.get(i);
      if (!r) continue;
      // A second role only across an apposition's comma (`il capo di X, il colonnello Y`), not across `, con il premier Y`.
      if (found.length === 1) {
        const comma = s.tokens.findIndex((t, k) => k > r.last && k < found[0]!.first && t.text === ",");
        const between = s.tokens.slice(comma + 1, found[0]!.first);
        if (comma < 0 || !between.every((t) => ARTICLES.has(t.lower) || ["ex", "allora"].includes(t.lower))) break;
      }
      // `X, segretario del Consiglio …, collaboratore di Y`: a role in apposition to someone else is theirs.
      const lead = i - 1 - (ARTICLES.has(s.tokens[i - 1]?.lower ?? "") ? 1 : 0);
      if (s.tokens[lead]?.text === "," && people.some((q) => q !== p && tokenIndexAt(s, q.end - 1) === lead - 1)) break;
      found.push(r);
    }
    const tied = found.map((r, k) => roleTarget(s, r, k === 0 ? first - 1 : found[0]!.first - 1, ms, p)).find((f) => f?.target.type === "Organization");
    const near = found[0] ? roleTarget(s, found[0], first - 1, ms, p, homeOf, demonym, setting) : undefined;
    // `il capo della Banca X, il generale Y`: a role tied to a body says enough; no setting is guessed beside it.
    const nearest = tied && near?.rule.endsWith(":setting") ? undefined : near;
    const own = [...(tied ? [tied] : []), ...(nearest && nearest.target !== tied?.target ? [nearest] : [])];
    // `i vicepremier X e Y`: a name coordinated right after another shares the role read before the first.
    const prev = people.filter((q) => tokenIndexAt(s, q.end - 1) === first - 2 && s.tokens[first - 1]?.lower === "e")[0];
    const shared = own.length === 0 && prev ? (before.get(prev) ?? []).map((f) => ({ ...f, person: p, rule: `${f.rule}:shared` })) : [];
    before.set(p, [...own, ...shared]);
    out.push(...own, ...shared);
    // After the name, in apposition: `X, segretario del Consiglio di Sicurezza russo,`.
    if (s.tokens[last + 1]?.text === ",") {
      let at = last + 2;
      if (["il", "la", "l'", "lo", "un", "una", "ex", "allora"].includes(s.tokens[at]?.lower ?? "")) at++;
      const r = roles.get(at);
      if (!r) continue;
      let end = r.last + 1;
      while (end < s.tokens.length && end - r.first < 12 && s.tokens[end]!.kind !== "punct") end++;
      // `X, il comandante dei Y Karim Z`: a role that another name follows is that name's title, not X's apposition.
      // (Only a name right after the role's body: `consulente per la sicurezza del Consiglio supremo Y` is still X's.)
      const titled = people.some((q) => {
        const at = tokenIndexAt(s, q.start);
        const between = s.tokens.slice(r.last + 1, at);
        return q !== p && at > r.last && at < end && between.length >= 2 && ARTICLES_OF.has(between[0]!.lower) && between.slice(1).every((t) => /^\p{Lu}/u.test(t.text));
      });
      if (titled) continue;
      const f = roleTarget(s, r, end - 1, ms, p, homeOf, undefined, setting);
      if (f) out.push(f);
    }
  }
  return out;
}
