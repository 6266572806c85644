// A place, or a site named after its kind (`il carcere di X`, `la raffineria di X`), said to
// lie in another: `X, nella regione di Y`, `X, in Y`, `la base di X a Y`, `X, al largo di Y`.
// Read over the dependency tree: the locative phrase hangs on the mention's phrase (nmod),
// or the parser put it on the verb right after the mention, set off by a comma (the
// apposition Italian writes: comma.ts reads the comma's `punct` arc). The container
// is the named place, else the one its `di` modifier names (`nella regione russa di Y`: Y).
import type { DependencyTree } from "../../syntax/tree.ts";
import { mentionOverWord, type ArgFit, type PlacedMention } from "./args.ts";
import { nominalModifiers } from "./tree-patterns.ts";
import type { StructureRules } from "./structure-rules.ts";
import type { StructureFact } from "./structure.ts";
import { commaBetween } from "./comma.ts";

const lemma = (tree: DependencyTree, id: number) => tree.word(id).lemma.toLowerCase();
/**
 * The place a locative phrase names: its own mention, else its `di` modifier's (`nella regione di Y`,
 * `al largo di Y`). Not through a word of direction or nearness: `a nord di Y`, `nei pressi di Y`
 * say where a site lies from Y, not in it.
 */
function container(tree: DependencyTree, y: number, placed: readonly PlacedMention[], fit: ArgFit, self: string, rules: StructureRules): string | undefined {
  const direct = tree.caseOf(y) === "a" && !rules.offshoreNouns.includes(lemma(tree, y));
  const throughOf = !direct && !rules.proximityWords.includes(lemma(tree, y));
  const candidates = [y, ...(throughOf ? nominalModifiers(tree, y, "di") : [])].map((k) => mentionOverWord(tree, k, placed)).filter((p): p is PlacedMention => p !== undefined && p.m.key !== self && p.m.resolvedBy !== "demonym");
  // `nella provincia di Ankara`: a capital the entity stage read as its government is, here, the place itself.
  const literal = candidates.find((p) => p.m.resolvedBy.startsWith("metonymy") && p.m.candidate.entry?.type === "Place");
  if (literal) return literal.m.candidate.entry!.id;
  const place = candidates.find((p) => fit(p, ["Place"]));
  if (place) return fit(place, ["Place"]);
  const country = candidates.find((p) => fit(p, ["Country"]));
  return country ? fit(country, ["Country"]) : undefined;
}

export function placeInFacts(tree: DependencyTree, placed: readonly PlacedMention[], rules: StructureRules, fit: ArgFit): StructureFact[] {
  const out: StructureFact[] = [];
  const { locativeCases, facilityNouns, offshoreNouns } = rules;
  // `vicino a Y`, `accanto a Y`: a word of nearness on the phrase or on the site makes `a` no container.
  const near = (k: number, site: number) => [k, site].some((h) => tree.children(h).some((c) => rules.proximityWords.includes(lemma(tree, c)) && c < k));
  const locative = (k: number, facility: boolean, site: number) => {
    const c = tree.caseOf(k) ?? "";
    return locativeCases.includes(c) || (c === "a" && (facility || offshoreNouns.includes(lemma(tree, k))) && !near(k, site));
  };
  for (const x of placed) {
    if (x.type !== "Place" && x.type !== "Organization") continue;
    const inside = tree.words.filter((w) => w.start !== undefined && x.m.start <= w.start && w.start < x.m.end).map((w) => w.id);
    const top = inside.find((id) => !inside.includes(tree.head(id)));
    if (top === undefined) continue;
    // `il carcere di X`: the kind of site the name hangs from heads the phrase.
    const title = tree.deprel(top).startsWith("nmod") && tree.caseOf(top) === "di" && tree.head(top) > 0 && tree.word(tree.head(top)).upos === "NOUN" ? tree.head(top) : undefined;
    const facility = title !== undefined && facilityNouns.includes(lemma(tree, title));
    const phrase = facility ? title! : top;
    // A body is placed only by the comma's apposition (`Clearstream, in Lussemburgo`), or as a site: `l'ufficio dell'Onu in Iraq` is no seat.
    const hung = x.type === "Place" || facility ? [phrase, top].flatMap((h) => tree.children(h)).filter((k) => !inside.includes(k) && /^(nmod|appos)/.test(tree.deprel(k)) && locative(k, facility, phrase)) : [];
    let arcs = "nmod";
    let ys = hung;
    if (ys.length === 0) {
      ys = tree.words.filter((w) => w.id > phrase && !inside.includes(w.id) && locative(w.id, facility, phrase) && commaBetween(tree, phrase, w.id) !== undefined).map((w) => w.id);
      arcs = "comma";
    }
    for (const y of ys.slice(0, 1)) {
      const where = container(tree, y, placed, fit, x.m.key, rules);
      const w = tree.word(y);
      if (!where || w.start === undefined || w.end === undefined) continue;
      out.push({ predicate: "locatedIn", subject: x.m.key, object: where, rule: `structure:place-in ${arcs}:${tree.caseOf(y)}`, focus: { start: x.m.start, end: w.end } });
    }
  }
  return out;
}

const POSSESSIVE = new Set(["suo", "sua", "suoi", "sue", "loro"]);

/**
 * `il Paese X difende la sua exclave di Y`: a territory noun with a possessive and a `di`
 * place puts the place in the country that owns it, the one country among the subject, object
 * and obliques of the clause the noun hangs on (outside the noun's own phrase).
 */
export function possessedPlaceFacts(tree: DependencyTree, placed: readonly PlacedMention[], rules: StructureRules, fit: ArgFit): StructureFact[] {
  const out: StructureFact[] = [];
  for (const w of tree.words) {
    if (w.upos !== "NOUN" || !rules.territoryNouns.includes(w.lemma.toLowerCase())) continue;
    if (!tree.children(w.id, "det:poss").some((k) => POSSESSIVE.has(tree.word(k).form.toLowerCase()))) continue;
    const place = nominalModifiers(tree, w.id, "di").map((k) => mentionOverWord(tree, k, placed)).find((p) => p && p.m.resolvedBy !== "demonym" && fit(p, ["Place"]));
    if (!place || w.head <= 0 || w.end === undefined) continue;
    const own = new Set(tree.subtree(w.id));
    const owners = new Set(tree.children(w.head).filter((k) => !own.has(k) && /^(nsubj|obj|obl)/.test(tree.deprel(k)))
      .map((k) => mentionOverWord(tree, k, placed)).filter((p) => p && p.m.resolvedBy !== "demonym").map((p) => fit(p!, ["Country"])).filter((c): c is string => c !== undefined));
    if (owners.size !== 1) continue;
    out.push({ predicate: "locatedIn", subject: fit(place, ["Place"])!, object: [...owners][0]!, rule: `structure:possessed-place ${tree.deprel(w.id)}>det:poss+nmod:di`, focus: { start: place.m.start, end: place.m.end } });
  }
  return out;
}
