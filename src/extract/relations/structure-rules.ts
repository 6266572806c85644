// Which words say that a body belongs to another or sits in a place
// (data/rules/structure.json), validated at load.
import { join } from "node:path";
import { LexiconError } from "../../errors.ts";
import { readJsonData } from "../../data/json.ts";

export const STRUCTURE_RULE_IDS = ["body-demonym", "body-of", "unit-of", "seat-in", "seat-of", "place-in", "controlled-by", "possessed-place"] as const;
export type StructureRuleId = (typeof STRUCTURE_RULE_IDS)[number];

export interface StructureRules {
  /** Rules switched on, by id (each has a reason in the data file). */
  enabled: Set<StructureRuleId>;
  unitNouns: string[];
  seatNouns: string[];
  /** Heads of bodies no state owns (a foundation, a company, a university): a demonym says where they are, not whose. */
  privateHeads: string[];
  /** Prepositions of a locative phrase that places one place in another (`X, nella regione di Y`). */
  locativeCases: string[];
  /** Kinds of site named `il <noun> di X` (`il carcere di X`): placed like a place. */
  facilityNouns: string[];
  /** Nouns after `a` that place at sea near a place (`al largo di Y`). */
  offshoreNouns: string[];
  /** Participles whose agent owns the body they describe (`controllato da`, `diretto da`). */
  controlVerbs: string[];
  /** Kinds of territory a country holds (`la sua exclave di X`, `la sua provincia di X`): with a possessive, X lies in that country. */
  territoryNouns: string[];
  /** Words of nearness or direction (`vicino`, `pressi`): a locative phrase through them places nothing in its place. */
  proximityWords: string[];
  /** First words of elected assemblies' names: their members hold no office of the state (roles-tree.ts, organCountryMembers). */
  assemblyHeads: string[];
}

const strings = (x: unknown): x is string[] => Array.isArray(x) && x.length > 0 && x.every((s) => typeof s === "string" && s.length > 0);

export function validateStructureRules(raw: unknown, file: string): StructureRules {
  const r = raw as Record<string, unknown>;
  const fail = (where: string, why: string): never => { throw new LexiconError(file, where, why); };
  if (!Array.isArray(r?.rules)) fail("", "expected a `rules` list");
  const enabled = new Set<StructureRuleId>();
  (r.rules as Record<string, unknown>[]).forEach((x, i) => {
    const where = `rule ${i}`;
    if (!STRUCTURE_RULE_IDS.includes(x?.id as StructureRuleId)) fail(where, `unknown rule id ${JSON.stringify(x?.id)} (known: ${STRUCTURE_RULE_IDS.join(", ")})`);
    if (enabled.has(x.id as StructureRuleId)) fail(where, "duplicate id");
    if (typeof x.reason !== "string" || !x.reason) fail(where, "missing reason");
    enabled.add(x.id as StructureRuleId);
  });
  if (!strings(r.unitNouns)) fail("unitNouns", "must be a non-empty list of lemmas");
  if (!strings(r.seatNouns)) fail("seatNouns", "must be a non-empty list of lemmas");
  if (!strings(r.privateHeads)) fail("privateHeads", "must be a non-empty list of lower-case head words");
  if (!strings(r.locativeCases)) fail("locativeCases", "must be a non-empty list of prepositions");
  if (!strings(r.facilityNouns)) fail("facilityNouns", "must be a non-empty list of lemmas");
  if (!strings(r.offshoreNouns)) fail("offshoreNouns", "must be a non-empty list of lemmas");
  if (!strings(r.controlVerbs)) fail("controlVerbs", "must be a non-empty list of lemmas");
  if (r.territoryNouns !== undefined && !strings(r.territoryNouns)) fail("territoryNouns", "must be a non-empty list of lemmas");
  if (r.assemblyHeads !== undefined && !strings(r.assemblyHeads)) fail("assemblyHeads", "must be a non-empty list of lower-case words");
  if (r.proximityWords !== undefined && !strings(r.proximityWords)) fail("proximityWords", "must be a non-empty list of lemmas");
  return { proximityWords: (r.proximityWords as string[] | undefined) ?? [], assemblyHeads: (r.assemblyHeads as string[] | undefined) ?? [], controlVerbs: r.controlVerbs as string[], enabled, unitNouns: r.unitNouns as string[], seatNouns: r.seatNouns as string[], privateHeads: r.privateHeads as string[], locativeCases: r.locativeCases as string[], facilityNouns: r.facilityNouns as string[], offshoreNouns: r.offshoreNouns as string[], territoryNouns: (r.territoryNouns as string[] | undefined) ?? [] };
}

export async function loadStructureRules(dataDir: string): Promise<StructureRules> {
  const file = join(dataDir, "rules", "structure.json");
  return validateStructureRules(await readJsonData(file), file);
}
