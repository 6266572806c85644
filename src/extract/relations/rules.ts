// Relation trigger rules (data/rules/relations.json), validated at load, indexed by lemma.
import { join } from "node:path";
import { LexiconError } from "../../errors.ts";
import { readJsonData } from "../../data/json.ts";
import { ENTITY_TYPES, RELATION_PREDICATES, type EntityType, type RelationPredicate } from "../../types.ts";

export interface RelationRule {
  id: string;
  reason: string;
  predicate: RelationPredicate;
  cameo: string;
  kind: "verb" | "noun";
  lemmas: string[];
  subject: EntityType[];
  object: EntityType[];
  objectPreps: string[];
  sameType?: boolean;
  /** When false, a nominalization never takes the clause subject on its left as its agent. */
  leftSubject?: boolean;
}

export interface RelationRules {
  rules: RelationRule[];
  /** First word of a trigger lemma -> rules and the full trigger words. */
  byLemma: Map<string, Array<{ rule: RelationRule; words: string[] }>>;
}

function check(cond: unknown, file: string, where: string, reason: string): asserts cond {
  if (!cond) throw new LexiconError(file, where, reason);
}

export function validateRelationRules(raw: unknown, file: string): RelationRule[] {
  const rules = (raw as { rules?: unknown })?.rules;
  check(Array.isArray(rules), file, "", "expected an object with a `rules` array");
  const ids = new Set<string>();
  return rules.map((r: Record<string, unknown>, i: number) => {
    const where = `rule ${i}${typeof r?.id === "string" ? ` "${r.id}"` : ""}`;
    check(typeof r?.id === "string" && r.id && !ids.has(r.id), file, where, "missing or duplicate id");
    ids.add(r.id as string);
    check(typeof r.reason === "string" && r.reason, file, where, "missing reason");
    check(RELATION_PREDICATES.includes(r.predicate as RelationPredicate), file, where, `unknown predicate ${JSON.stringify(r.predicate)}`);
    check(typeof r.cameo === "string" && /^\d{2,4}$/.test(r.cameo), file, where, "cameo must be a CAMEO code like \"057\"");
    check(r.kind === "verb" || r.kind === "noun", file, where, "kind must be verb or noun");
    for (const f of ["lemmas", "subject", "object", "objectPreps"]) check(Array.isArray(r[f]), file, where, `${f} must be a list`);
    check((r.lemmas as unknown[]).length > 0, file, where, "lemmas must not be empty");
    for (const f of ["subject", "object"]) {
      check((r[f] as unknown[]).every((t) => ENTITY_TYPES.includes(t as EntityType)), file, where, `${f} lists an unknown class`);
    }
    return r as unknown as RelationRule;
  });
}

export async function loadRelationRules(dataDir: string): Promise<RelationRules> {
  const file = join(dataDir, "rules", "relations.json");
  const raw = await readJsonData(file);
  const rules = validateRelationRules(raw, file);
  const byLemma = new Map<string, Array<{ rule: RelationRule; words: string[] }>>();
  for (const rule of rules) {
    for (const l of rule.lemmas) {
      const words = l.split(/\s+/);
      byLemma.set(words[0]!, [...(byLemma.get(words[0]!) ?? []), { rule, words }]);
    }
  }
  return { rules, byLemma };
}
