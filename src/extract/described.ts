// A treaty or an event that an article only describes (`un accordo di pace`, `la firma
// dell'accordo`, `il colloquio telefonico`) is keyed by its description, and the next article
// on another deal uses the same words. Resolution across articles already refuses to join
// descriptions by name (src/graph/resolve.ts), but equal keys are one node before resolution
// runs. This last step of the per-article work makes the keys differ: a described accord is
// keyed by the parties the article gives it, a described happening by who took part and its
// date, and either by its article when the article names no side.
import { createHash } from "node:crypto";
import type { ArticleExtraction, EntityDescription, RelationFact } from "../types.ts";

/** A capital letter in any of its names: the thing is named (`Accordi di Abramo`), not described. */
const NAMED = /\p{Lu}/u;

/** Which facts name the sides of a described thing, most telling first. */
const SIDES: Readonly<Record<string, readonly string[]>> = {
  Treaty: ["partyTo", "signs"],
  Event: ["participatesIn"],
};

export function isDescribedOnly(e: EntityDescription): boolean {
  return e.type in SIDES && !e.wikidata && ![e.label, ...e.aliases].some((n) => NAMED.test(n));
}

function sidesOf(e: EntityDescription, relations: readonly RelationFact[]): string[] {
  for (const predicate of SIDES[e.type]!) {
    const sides = new Set(relations.filter((r) => r.object === e.key && r.predicate === predicate && r.modality === "asserted").map((r) => r.subject));
    if (sides.size) return [...sides].sort();
  }
  return [];
}

/** The description's key and a short digest of what tells this one apart (sides, date, or the article). */
function scopedKey(e: EntityDescription, relations: readonly RelationFact[], articleId: string): string {
  const sides = sidesOf(e, relations);
  const parts = sides.length ? sides : [`article:${articleId}`];
  if (e.type === "Event" && e.date) parts.push(e.date);
  return `${e.key}--${createHash("sha256").update(parts.join("|")).digest("hex").slice(0, 8)}`;
}

export function scopeDescriptions(x: ArticleExtraction): ArticleExtraction {
  const renamed = new Map<string, string>();
  for (const e of x.entities) if (isDescribedOnly(e)) renamed.set(e.key, scopedKey(e, x.relations, x.meta.id));
  if (!renamed.size) return x;
  const to = (k: string) => renamed.get(k) ?? k;
  const toOpt = (k: string | undefined) => (k === undefined ? k : to(k));
  return {
    meta: x.meta,
    entities: x.entities.map((e) => (renamed.has(e.key) ? { ...e, key: to(e.key) } : e)).sort((a, b) => a.key.localeCompare(b.key)),
    mentions: x.mentions.map((m) => (renamed.has(m.key) ? { ...m, key: to(m.key) } : m)),
    relations: x.relations.map((r) => (renamed.has(r.subject) || renamed.has(r.object) ? { ...r, subject: to(r.subject), object: to(r.object) } : r)),
    claims: x.claims.map((c) => (renamed.has(c.about ?? "") || renamed.has(c.claimedBy ?? "") ? { ...c, about: toOpt(c.about), claimedBy: toOpt(c.claimedBy) } : c)),
  };
}
