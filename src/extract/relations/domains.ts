// Domains and ranges of the 16 relations (ONTOLOGY.md): a fact whose ends have the wrong
// classes is dropped, so the export always conforms to data/shapes.ttl.
import type { EntityType, RelationPredicate } from "../../types.ts";

const P: EntityType = "Person", C: EntityType = "Country", O: EntityType = "Organization", L: EntityType = "Place", T: EntityType = "Treaty", E: EntityType = "Event";
const ANY: EntityType[] = [C, P, O, L, T, E];

export const DOMAINS: Record<RelationPredicate, [EntityType[], EntityType[]]> = {
  leaderOf: [[P], [C, O]],
  memberOf: [[P], [O, C]],
  partOf: [[O], [O, C]],
  locatedIn: [[L, E, O], [L, C]],
  meetsWith: [[P, C], [P, C]],
  visits: [[P], [L, C]],
  signs: [[P], [T]],
  partyTo: [[C], [T]],
  alliedWith: [[C], [C]],
  supports: [[C, P, O], [C, P, O]],
  deploysTroopsTo: [[C, O], [C, L]],
  suppliesWeaponsTo: [[C, O], [C]],
  providesAidTo: [[C, O], [C]],
  atWarWith: [[C], [C]],
  criticizes: [ANY, ANY],
  participatesIn: [[P, C, O], [E]],
};

export function fitsDomain(predicate: RelationPredicate, subject: EntityType | undefined, object: EntityType | undefined): boolean {
  const [dom, rng] = DOMAINS[predicate];
  return subject !== undefined && object !== undefined && dom.includes(subject) && rng.includes(object);
}
