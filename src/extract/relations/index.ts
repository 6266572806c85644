// The relation step: tree patterns with their arguments, offices read from how people
// are introduced, alliances between pairs of countries. Each fact keeps its sentence as
// evidence and the rule that fired.
import type { AnalyzedArticle, EntityType, RelationFact, RelationPredicate, Sentence } from "../../types.ts";
import { SYMMETRIC_PREDICATES } from "../../types.ts";
import type { LexiconEntry } from "../../lexicon/types.ts";
import { evidenceFor } from "../evidence.ts";
import type { ResolvedMention } from "../entities/index.ts";
import { placeMentions, type ArgFit } from "./args.ts";
import { modalityOf } from "./modality.ts";
import { roleFacts, type RoleFact, type RoleRules } from "./roles.ts";
import { bodiesByHead, governmentHeads, pluralRoles, possessedBodies } from "./roles-tree.ts";
import { roleSettings } from "./setting.ts";
import { pairFacts } from "./pairs.ts";
import { fitsDomain } from "./domains.ts";
import { treeFacts } from "./tree-patterns.ts";
import { actMemory } from "./act-owners.ts";
import { makeCoref, titleNationalities, type DescribedRole } from "../coref/index.ts";
import type { CorefRules } from "../coref/rules.ts";
import type { TreeRules } from "./tree-rules.ts";
import type { StructureRules } from "./structure-rules.ts";
import { structureFacts } from "./structure.ts";
import { visitDestination, visitsByMeeting } from "./meeting-places.ts";
import { pairAnaphora } from "../coref/pairs.ts";

export interface RelationContext {
  /** Patterns over the dependency tree: every relation trigger is read there. */
  tree: TreeRules;
  /** Belonging and location words (`X, con sede a Y`, `X, dipartimento di Y`), read over the tree. */
  structure: StructureRules;
  /** Role nouns (`il presidente`, `segretario generale`) and what they make their holder. */
  roles: RoleRules;
  /** Coreference passes for arguments the tree reaches as a description, a clitic or a dropped subject. */
  coref: CorefRules;
  /** Demonym form -> country key (`greca` -> Greece). */
  demonyms: Map<string, string>;
  entriesById: Map<string, LexiconEntry>;
  /** ISO alpha-2 -> country key. */
  countryByIso: Map<string, string>;
  /** Event rules (kind ids, events.json) whose happenings are no fight: a summit, a visit, a ceremony. */
  peacefulEvents?: ReadonlySet<string>;
}

export function makeFit(ctx: RelationContext): ArgFit {
  return (p, types) => {
    if (types.includes(p.m.type)) return p.m.key;
    const entry = ctx.entriesById.get(p.m.key);
    // A capital or seat of power stands for its country; a head of state for the state he leads.
    if (types.includes("Country") && entry?.actsFor?.startsWith("country/")) return entry.actsFor;
    if (types.includes("Country") && !types.includes("Person") && p.m.type === "Person" && entry?.country) return ctx.countryByIso.get(entry.country);
    return undefined;
  };
}

export function extractRelations(doc: AnalyzedArticle, mentions: readonly ResolvedMention[], ctx: RelationContext): RelationFact[] {
  const fit = makeFit(ctx);
  const facts: RelationFact[] = [];
  const push = (predicate: RelationPredicate, subject: string, object: string, s: Sentence, focus: { start: number; end: number }, rule: string, modality: RelationFact["modality"], cameo?: string) => {
    if (subject === object) return;
    const [a, b] = SYMMETRIC_PREDICATES.has(predicate) && object < subject ? [object, subject] : [subject, object];
    facts.push({ predicate, subject: a, object: b, modality, evidence: evidenceFor(doc, s.index, focus, rule), ...(cameo ? { cameo } : {}) });
  };
  // A person's own country (lexicon), as a mention of the article when it names that country.
  const homeOf = (person: string): ResolvedMention | undefined => {
    const iso = ctx.entriesById.get(person)?.country;
    const key = iso ? ctx.countryByIso.get(iso) : undefined;
    return key ? mentions.find((m) => m.key === key) : undefined;
  };
  const placedBySentence = doc.sentences.map((s) => placeMentions(s, mentions));
  // A title's nationality names its country even where the article names it no other way (`il presidente cileno X`).
  const demonym = (form: string) => ctx.demonyms.get(form);
  const setting = roleSettings(doc, mentions, placedBySentence, fit, { roles: ctx.roles, demonyms: ctx.demonyms, entriesById: ctx.entriesById });
  const byHead = bodiesByHead(mentions, ctx.entriesById);
  const namedInArticle = new Map(mentions.filter((m) => m.type === "Organization" || m.type === "Country").map((m) => [m.surface, m.key]));
  const rolesBySentence = doc.sentences.map((s, k) => {
    const ms = placedBySentence[k]!.map((p) => p.m);
    const own = roleFacts(s, ms, ctx.roles, homeOf, demonym, setting(k), (form) => ctx.demonyms.has(form), byHead);
    // A name the plural role reaches that the linear reading gave nothing (`… e della Difesa, Y`).
    const plural = pluralRoles(s, ms, ctx.roles, demonym).filter((f) => !own.some((o) => o.person.key === f.person.key && o.target.key === f.target.key));
    return [...own, ...plural, ...governmentHeads(s, ms, ctx.roles, homeOf, demonym, setting(k)), ...possessedBodies(s, ms, ctx.roles)];
  });
  const described: DescribedRole[] = [];
  const nationality = nationalities(doc, mentions, rolesBySentence.flat(), ctx);
  const coref = makeCoref(doc, mentions, nationality, ctx.coref, described, ctx.roles.hostVerbs);
  const acts = actMemory(ctx.tree);
  for (const s of doc.sentences) {
    const placed = placedBySentence[s.index]!;
    if (placed.length < 1) continue;
    for (const f of treeFacts(s, placed, ctx.tree, fit, coref(s.index), acts, (key) => visitDestination(key, ctx.entriesById))) {
      // The tree reads negation and modals on the trigger's own arcs; the token cues add `negano`, `ipotesi`.
      const i = s.tokens.findIndex((t) => t.start <= f.focus.start && f.focus.start < t.end);
      const modality = f.modality !== "asserted" || i < 0 || f.ownNegation ? f.modality : modalityOf(s, i);
      push(f.predicate, f.subject, f.object, s, f.focus, f.rule, modality, f.cameo);
    }
    acts.learn(s, placed, fit);
    for (const f of structureFacts(s, placed, { rules: ctx.structure, demonyms: ctx.demonyms, entriesById: ctx.entriesById, namedInArticle }, fit)) {
      push(f.predicate, f.subject, f.object, s, f.focus, f.rule, "asserted");
    }
    for (const r of rolesBySentence[s.index]!) {
      push(r.predicate, r.person.key, r.target.key, s, s.tokens[r.roleToken]!, r.rule, "asserted");
      // Who leads a body is also one of its members (`la cofondatrice dell'ICUV`).
      if (r.predicate === "leaderOf" && r.target.type === "Organization") push("memberOf", r.person.key, r.target.key, s, s.tokens[r.roleToken]!, r.rule, "asserted");
    }
  }
  // `il premier spagnolo`, resolved to a person: the role says what they are of that country.
  for (const d of described) {
    const role = ctx.roles.byFirst.get(d.role)?.find((r) => r.words.length === 1);
    if (!role) continue;
    const leads = role.leads === "state";
    push(leads ? "leaderOf" : "memberOf", d.person, d.country, doc.sentences[d.sentence]!, d.at, `role.${leads ? "leader" : "member"}:${d.role}:role-nationality`, "asserted");
  }
  facts.push(...pairFacts(doc, mentions, fit, ctx.tree));
  facts.push(...participation(doc, mentions, facts, ctx));
  facts.push(...pairAnaphora(doc, mentions, ctx.coref, ctx.tree));
  facts.push(...visitsByMeeting(doc, mentions, facts, ctx, nationality));
  // Keep only facts whose ends have the classes the ontology allows (a country that signs is a party).
  const typeOf = new Map<string, EntityType>(mentions.map((m) => [m.key, m.type]));
  for (const [k, e] of ctx.entriesById) if (!typeOf.has(k)) typeOf.set(k, e.type);
  const typed = facts.map((f) => (f.predicate === "signs" && typeOf.get(f.subject) === "Country" ? { ...f, predicate: "partyTo" as const } : f))
    // A listed treaty's parties are known: no other country is party to it.
    .filter((f) => {
      const parties = (ctx.entriesById.get(f.object) as { parties?: string[] } | undefined)?.parties ?? [];
      return f.predicate !== "partyTo" || parties.length === 0 || parties.includes(f.subject);
    });
  return dedupe(typed.filter((f) => fitsDomain(f.predicate, typeOf.get(f.subject), typeOf.get(f.object))));
}

const MILITARY: ReadonlySet<RelationPredicate> = new Set(["deploysTroopsTo", "suppliesWeaponsTo", "atWarWith", "supports", "participatesIn"]);

/**
 * A country that sends troops, arms or backing in a sentence naming an event (the war)
 * takes part in it; when that event is a war fought in a country (its lexicon entry says
 * where), the one who wages it there is at war with that country.
 */
function participation(doc: AnalyzedArticle, mentions: readonly ResolvedMention[], facts: readonly RelationFact[], ctx: RelationContext): RelationFact[] {
  const out: RelationFact[] = [];
  for (const f of facts) {
    if (f.modality !== "asserted" || !MILITARY.has(f.predicate) || !f.subject.startsWith("country/")) continue;
    for (const m of mentions) {
      if (m.sentence !== f.evidence.sentence || m.type !== "Event") continue;
      if (f.predicate === "participatesIn" && f.object !== m.key) continue;
      // Troops or arms make a side of a fight, not of a ceremony or summit the sentence also names (`la cerimonia … ha chiuso la presenza militare di X`).
      if (f.predicate !== "participatesIn" && ctx.peacefulEvents?.has(m.rule)) continue;
      // Words of backing (`ha espresso sostegno a X`) make a side only of a war, not of any attack the sentence names.
      if (f.predicate === "supports" && !m.key.includes("war")) continue;
      if (f.predicate !== "participatesIn") out.push({ predicate: "participatesIn", subject: f.subject, object: m.key, modality: "asserted", evidence: evidenceFor(doc, m.sentence, m, `participation:${f.evidence.rule}`), cameo: "190" });
      const where = ctx.entriesById.get(m.key);
      // `il sostegno armato a X nella guerra contro Y`: the side backed or armed in a war fights it.
      const backed = (f.predicate === "supports" || f.predicate === "suppliesWeaponsTo") && f.object.startsWith("country/") && where?.id.includes("war") === true;
      if (backed) out.push({ predicate: "participatesIn", subject: f.object, object: m.key, modality: "asserted", evidence: evidenceFor(doc, m.sentence, m, `backed-side:${f.evidence.rule}`), cameo: "190" });
      if (backed && where?.locatedIn?.startsWith("country/") && where.locatedIn !== f.object && f.subject !== where.locatedIn) {
        const [a, b] = [f.object, where.locatedIn].sort();
        out.push({ predicate: "atWarWith", subject: a!, object: b!, modality: "asserted", evidence: evidenceFor(doc, m.sentence, m, `war-participation:backed-side:${f.evidence.rule}`), cameo: "190" });
      }
      const wages = f.predicate === "deploysTroopsTo" || f.predicate === "atWarWith" || f.predicate === "participatesIn" || (f.predicate === "suppliesWeaponsTo" && f.object !== where?.locatedIn);
      if (where?.id.includes("war") && where.locatedIn?.startsWith("country/") && where.locatedIn !== f.subject && wages && f.object !== where.locatedIn) {
        out.push({ predicate: "atWarWith", subject: f.subject < where.locatedIn ? f.subject : where.locatedIn, object: f.subject < where.locatedIn ? where.locatedIn : f.subject, modality: "asserted", evidence: evidenceFor(doc, m.sentence, m, `war-participation:${f.evidence.rule}`), cameo: "190" });
      }
    }
  }
  return out;
}

/** Each person's country: the lexicon's, else the one a role or a title's demonym in the article ties them to (`il premier ceco X`). */
function nationalities(doc: AnalyzedArticle, mentions: readonly ResolvedMention[], roles: readonly RoleFact[], ctx: RelationContext): Map<string, string> {
  const out = titleNationalities(doc, mentions, ctx.demonyms);
  for (const r of roles) if (r.target.type === "Country" && !out.has(r.person.key)) out.set(r.person.key, r.target.key);
  // `il direttore dell'FSB X`: an office in a body that is part of a country (the lexicon says so) makes its holder of that country.
  for (const r of roles) {
    const owner = ctx.entriesById.get(r.target.key)?.partOf;
    if (r.target.type === "Organization" && owner?.startsWith("country/") && !out.has(r.person.key)) out.set(r.person.key, owner);
  }
  for (const m of mentions) {
    const home = ctx.countryByIso.get(ctx.entriesById.get(m.key)?.country ?? "");
    if (m.type === "Person" && home) out.set(m.key, home);
  }
  return out;
}

function dedupe(facts: RelationFact[]): RelationFact[] {
  const seen = new Set<string>();
  return facts.filter((f) => {
    const k = `${f.predicate}|${f.subject}|${f.object}|${f.evidence.sentence}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export type { EntityType };
