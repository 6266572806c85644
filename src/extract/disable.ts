// Turning rules off (spaCy's `exclude`): every rule that makes facts has one id, the word
// its facts' evidence starts with, so what a fact shows is what can be switched off:
//   tree:<pattern>        relation patterns, tree-patterns.json (`tree:criticize-verb`),
//                         and its argument rules (`tree:envoy-acts-for-state`, `tree:act-owner`, `tree:ally-pair`)
//   veto:<id>             sense vetoes of tree-patterns.json (`veto:sostenere-che`)
//   structure:<rule>      structure.json (`structure:body-of`)
//   coref:<pass>          coref.json (`coref:dropped-subject`)
//   event.<kind>          events.json kinds (`event.visit`)
//   role.leader:<words>, role.member:<words>, role.government, role.setting, role.host,
//   role.owner, role.member-body   roles.json
//   count.<class>, state.<class>   claims.json counted nouns and states
// A spec switches off every id it is a prefix of, written with or without its namespace
// (`criticize-` is `tree:criticize-`). The gate runs once, on the loaded context: the
// filtered copy is what extraction reads, so nothing is checked per token.
import { TramaError } from "../errors.ts";
import type { ExtractContext } from "./context.ts";
import { loadCorefRules, type CorefPass, type CorefRules } from "./coref/rules.ts";
import { loadStructureRules, type StructureRuleId, type StructureRules } from "./relations/structure-rules.ts";
import { loadRoleRules, type RoleNoun, type RoleRules } from "./relations/roles.ts";
import { loadTreeRules, type TreeRules } from "./relations/tree-rules.ts";
import { loadEventContext, type EventContext } from "./events/index.ts";
import { loadClaimsContext, type ClaimsContext } from "./claims/index.ts";

/** A `--disable` spec that names no rule. */
export class UnknownRuleError extends TramaError {
  override name = "UnknownRuleError";
  override readonly exitCode = 2;
  constructor(readonly spec: string) {
    super(`--disable: no rule id starts with ${JSON.stringify(spec)} (ids look like tree:meet-verb, veto:sostenere-che, structure:body-of, coref:dropped-subject, event.visit, role.leader, count.troops)`);
  }
}

const ROLE_SWITCHES = ["role.government", "role.setting", "role.host", "role.owner", "role.member-body"] as const;

const roleId = (r: RoleNoun): string => `role.${r.leads === "none" ? "member" : "leader"}:${r.words.join(" ")}`;

/** The loaded rule files whose rules have ids. */
export interface RuleSources {
  tree: TreeRules;
  structure: StructureRules;
  coref: CorefRules;
  roles: RoleRules;
  events: Pick<EventContext, "kinds">;
  claims: Pick<ClaimsContext, "counted" | "states">;
}

const sourcesOf = (ctx: ExtractContext): RuleSources => ({ ...ctx.relations, events: ctx.events, claims: ctx.claims });

/** Only the rule files, not the lexicons: enough to check specs before a build starts. */
export async function loadRuleSources(dataDir: string): Promise<RuleSources> {
  const [tree, structure, coref, roles, events, claims] = await Promise.all([loadTreeRules(dataDir), loadStructureRules(dataDir), loadCorefRules(dataDir), loadRoleRules(dataDir), loadEventContext(dataDir), loadClaimsContext(dataDir)]);
  return { tree, structure, coref, roles, events, claims };
}

/** Every id that can be switched off, sorted. */
export function ruleIds(ctx: ExtractContext | RuleSources): string[] {
  const src = "relations" in ctx ? sourcesOf(ctx) : ctx;
  const { tree, structure, coref, roles } = src;
  const ids = [
    ...tree.patterns.map((p) => `tree:${p.id}`),
    `tree:${tree.envoys.id}`, `tree:${tree.acts.id}`, `tree:${tree.alliances.id}`,
    ...tree.vetoes.map((v) => `veto:${v.id}`),
    ...[...structure.enabled].map((r) => `structure:${r}`),
    ...[...coref.passes].map((p) => `coref:${p}`),
    ...src.events.kinds.map((k) => k.id),
    ...[...roles.byFirst.values()].flat().map(roleId),
    ...ROLE_SWITCHES,
    ...[...src.claims.counted.values(), ...src.claims.states.values()].map((c) => c.rule),
  ];
  return [...new Set(ids)].sort();
}

/** Does `spec` switch `id` off: a prefix of it, with or without the id's namespace. */
export function specMatches(spec: string, id: string): boolean {
  if (id.startsWith(spec)) return true;
  const colon = id.indexOf(":");
  return colon > 0 && !id.slice(0, colon).includes(".") && id.slice(colon + 1).startsWith(spec);
}

/**
 * The families an ablation turns off one at a time, as specs: relation patterns by the
 * word before their first `-` (`tree:meet-`), vetoes together, each structure rule,
 * coreference pass and event kind alone, role words by leader/member, claims by kind.
 */
export function ruleFamilies(ctx: ExtractContext | RuleSources): string[] {
  const family = (id: string): string => {
    if (id.startsWith("tree:")) { const dash = id.indexOf("-"); return dash > 0 ? id.slice(0, dash + 1) : id; }
    if (id.startsWith("veto:")) return "veto:";
    if (id.startsWith("role.leader:") || id.startsWith("role.member:")) return id.slice(0, id.indexOf(":"));
    if (id.startsWith("count.") || id.startsWith("state.")) return id.slice(0, id.indexOf(".") + 1);
    return id;
  };
  return [...new Set(ruleIds(ctx).map(family))].sort();
}

/** Split `a,b` lists (repeated flags allowed) into trimmed specs. */
export function parseDisable(values: readonly string[] | string | undefined): string[] {
  const list = values === undefined ? [] : typeof values === "string" ? [values] : values;
  return [...new Set(list.flatMap((v) => v.split(",")).map((s) => s.trim()).filter(Boolean))].sort();
}

/** Throws UnknownRuleError for the first spec that names no rule. */
export function checkSpecs(src: ExtractContext | RuleSources, specs: readonly string[]): void {
  if (specs.length === 0) return;
  const ids = ruleIds(src);
  for (const s of specs) if (!ids.some((id) => specMatches(s, id))) throw new UnknownRuleError(s);
}

/**
 * The context with the rules the specs name switched off; the same context when there are
 * none. Throws UnknownRuleError for a spec that names no rule, so a typo is never a silent no-op.
 */
export function disableRules(ctx: ExtractContext, specs: readonly string[]): ExtractContext {
  if (specs.length === 0) return ctx;
  checkSpecs(ctx, specs);
  const off = (id: string) => specs.some((s) => specMatches(s, id));
  const { tree, structure, coref, roles } = ctx.relations;
  const noLemmas = <T extends { id: string; lemmas: string[] }>(r: T): T => (off(`tree:${r.id}`) ? { ...r, lemmas: [] } : r);
  const keptKinds = ctx.events.kinds.filter((k) => !off(k.id));
  const kindOn = (k: { id: string }) => !off(k.id);
  const byFirst = new Map([...roles.byFirst].map(([w, rs]) => [w, rs.filter((r) => !off(roleId(r)))] as const).filter(([, rs]) => rs.length > 0));
  const keepClaims = <V extends { rule: string }>(m: ReadonlyMap<string, V>) => new Map([...m].filter(([, v]) => !off(v.rule)));
  const { setting, ...rolesRest } = roles;
  return {
    ...ctx,
    relations: {
      ...ctx.relations,
      tree: { ...tree, patterns: tree.patterns.filter((p) => !off(`tree:${p.id}`)), vetoes: tree.vetoes.filter((v) => !off(`veto:${v.id}`)), envoys: noLemmas(tree.envoys), acts: noLemmas(tree.acts), alliances: noLemmas(tree.alliances) },
      structure: { ...structure, enabled: new Set([...structure.enabled].filter((r: StructureRuleId) => !off(`structure:${r}`))) },
      coref: { ...coref, passes: new Set([...coref.passes].filter((p: CorefPass) => !off(`coref:${p}`))) },
      roles: {
        ...rolesRest,
        byFirst,
        ...(setting && !off("role.setting") ? { setting } : {}),
        governments: off("role.government") ? [] : roles.governments,
        hostVerbs: off("role.host") ? [] : roles.hostVerbs,
        ownerVerbs: off("role.owner") ? [] : roles.ownerVerbs,
        memberBodies: off("role.member-body") ? [] : roles.memberBodies,
      },
    },
    events: {
      ...ctx.events,
      kinds: keptKinds,
      triggers: new Map([...ctx.events.triggers].map(([w, ts]) => [w, ts.filter((t) => kindOn(t.kind))] as const).filter(([, ts]) => ts.length > 0)),
      verbs: new Map([...ctx.events.verbs].filter(([, k]) => kindOn(k))),
    },
    claims: { ...ctx.claims, counted: keepClaims(ctx.claims.counted), states: keepClaims(ctx.claims.states) },
  };
}
