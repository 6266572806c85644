// Offices read from how a person is introduced: `il presidente russo Vladimir Putin`
// (leaderOf Russia), `Sergei Shoigu, segretario del Consiglio di Sicurezza russo`
// (memberOf the council), `la ministra degli Esteri nordcoreana Choe Son Hui` (memberOf
// North Korea), `Lim Eul-chul, professore all'Istituto…` (memberOf the institute).
import type { RelationPredicate, Sentence } from "../../types.ts";
import type { ResolvedMention } from "../entities/index.ts";

/** Role words that make a person the head of what follows; every other role makes a member. */
const LEADER_ROLES = new Set(["presidente", "leader", "premier", "capo", "re", "regina", "primo", "cancelliere", "direttore", "direttrice", "fondatore", "fondatrice", "cofondatore", "cofondatrice", "dittatore", "governatore", "governatrice", "sindaco", "sindaca", "emiro", "sultano", "segretario generale"]);
const ROLE_WORDS = new Set([...LEADER_ROLES, "ministro", "ministra", "viceministro", "viceministra", "segretario", "segretaria", "portavoce", "ambasciatore", "ambasciatrice", "deputato", "deputata", "senatore", "senatrice", "generale", "colonnello", "ammiraglio", "comandante", "consigliere", "consigliera", "professore", "professoressa", "ricercatore", "ricercatrice", "analista", "capogruppo", "collega", "omologo", "omologa", "membro", "funzionario", "funzionaria", "delegato", "inviato", "rappresentante", "parlamentare", "vicepresidente", "esperto", "docente"]);
/** Roles whose bearer leads a country only when no organization is named (`il presidente francese`). */
const STATE_LEADERS = new Set(["presidente", "leader", "premier", "re", "regina", "cancelliere", "dittatore", "emiro", "sultano"]);

export interface RoleFact {
  predicate: RelationPredicate;
  person: ResolvedMention;
  target: ResolvedMention;
  roleToken: number;
  rule: string;
}

function tokenIndexAt(s: Sentence, offset: number): number {
  return s.tokens.findIndex((t) => t.start <= offset && offset < t.end);
}

/** The organization or country a role word at `role` is tied to, looked for in (role, to]. */
function roleTarget(s: Sentence, role: number, to: number, ms: readonly ResolvedMention[], person: ResolvedMention, homeOf?: (person: string) => ResolvedMention | undefined): RoleFact | undefined {
  const roleWord = s.tokens[role]!.lower;
  const inWindow = ms.filter((m) => m.key !== person.key && (m.type === "Organization" || m.type === "Country"))
    .filter((m) => { const k = tokenIndexAt(s, m.start); return k > role && k <= to; });
  // `… l'intelligence militare ucraina …, e il suo portavoce X`: a possessive points back to the body named before.
  const possessive = ["suo", "sua", "suoi", "sue", "loro"].includes(s.tokens[role - 1]?.lower ?? "");
  const owner = possessive ? ms.filter((m) => m.type === "Organization" && tokenIndexAt(s, m.start) < role).pop() : undefined;
  // `la Corea del Sud ha insediato un nuovo presidente, Lee Jae-myung`: the country stands before the role.
  const before = ms.filter((m) => m.type === "Country" && tokenIndexAt(s, m.start) < role && role - tokenIndexAt(s, m.start) <= 8);
  // Last, a national office held by someone whose country the lexicon knows (`il primo ministro Kim Tok Hun`).
  const target = owner ?? inWindow.find((m) => m.type === "Organization") ?? inWindow.find((m) => m.type === "Country") ?? before[before.length - 1] ?? homeOf?.(person.key);
  if (!target) return undefined;
  // `primo ministro` leads a government: a country's leader.
  const primo = roleWord === "primo" && s.tokens[role + 1]?.lower === "ministro";
  if (roleWord === "primo" && !primo) return undefined;
  const leads = primo || (LEADER_ROLES.has(roleWord) && (target.type === "Organization" || STATE_LEADERS.has(roleWord)));
  return { predicate: leads ? "leaderOf" : "memberOf", person, target, roleToken: role, rule: `role.${leads ? "leader" : "member"}:${roleWord}` };
}

const isRole = (s: Sentence, i: number) => ROLE_WORDS.has(s.tokens[i]?.lower ?? "");

export function roleFacts(s: Sentence, ms: readonly ResolvedMention[], homeOf?: (person: string) => ResolvedMention | undefined): RoleFact[] {
  const out: RoleFact[] = [];
  const people = ms.filter((m) => m.type === "Person");
  for (const p of people) {
    const first = tokenIndexAt(s, p.start);
    const last = tokenIndexAt(s, p.end - 1);
    // Before the name: `il ministro degli Esteri russo Sergej Lavrov`. The nearest role word, and one more across a
    // comma (`il capo dell'intelligence militare estone, il colonnello Ants Kiviselg`): the one tied to a body wins.
    const roles: number[] = [];
    let commas = 0;
    for (let i = first - 1; i >= 0 && first - i <= 14 && roles.length < 2; i--) {
      // Another person's name ends the search: the roles before it are theirs.
      if (people.some((q) => q !== p && tokenIndexAt(s, q.start) <= i && i <= tokenIndexAt(s, q.end - 1))) break;
      const t = s.tokens[i]!;
      if (t.text === "," && ++commas > 1) break;
      if (t.kind === "punct" && t.text !== "," && t.text !== "'") break;
      // `Choïgou, segretario del Consiglio …, collaboratore di Putin`: a role in apposition to someone else is theirs.
      const article = ["il", "la", "l'", "lo"].includes(s.tokens[i - 1]?.lower ?? "") ? 1 : 0;
      const before = i - 1 - article;
      if (isRole(s, i) && s.tokens[before]?.text === "," && people.some((q) => q !== p && tokenIndexAt(s, q.end - 1) === before - 1)) break;
      // `primo ministro`: the role is `primo` (head of government).
      if (isRole(s, i) && !(t.lower === "ministro" && s.tokens[i - 1]?.lower === "primo")) roles.push(i);
    }
    const tied = roles.map((r) => roleTarget(s, r, r === roles[0] ? first - 1 : roles[0]! - 1, ms, p, undefined)).find((f) => f?.target.type === "Organization");
    const nearest = roles[0] !== undefined ? roleTarget(s, roles[0], first - 1, ms, p, homeOf) : undefined;
    if (tied) out.push(tied);
    if (nearest && nearest.target !== tied?.target) out.push(nearest);
    // After the name, in apposition: `Sergei Shoigu, segretario del Consiglio di Sicurezza russo,`.
    if (s.tokens[last + 1]?.text === ",") {
      let role = last + 2;
      if (["il", "la", "l'", "lo", "un", "una", "ex", "allora"].includes(s.tokens[role]?.lower ?? "")) role++;
      if (!isRole(s, role)) continue;
      let end = role + 1;
      while (end < s.tokens.length && end - role < 12 && s.tokens[end]!.kind !== "punct") end++;
      const f = roleTarget(s, role, end - 1, ms, p, homeOf);
      if (f) out.push(f);
    }
  }
  return out;
}
