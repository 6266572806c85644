// The person an office is held under, for a role whose phrase names no body or country:
// `l'inviato scelto dal presidente X` (a participle of appointing with its agent) and
// `il negoziatore dell'amministrazione di X` (a government named after its head). An
// envoy or a negotiator serves the government of the person who chose them, so the office
// is of that person's country. The verbs and the government nouns are data (roles.json).
import { NAME_ARCS, type DependencyTree } from "../../syntax/tree.ts";
import type { ResolvedMention } from "../entities/index.ts";
import { mentionAtWord } from "./args.ts";
import type { RoleAt } from "./roles-phrase.ts";

const lemma = (tree: DependencyTree, id: number) => tree.word(id).lemma.toLowerCase();

/** The person a word names: its own mention, else a name hanging on it (`dal presidente X`: X). */
function personAt(tree: DependencyTree, id: number, ms: readonly ResolvedMention[]): ResolvedMention | undefined {
  const own = mentionAtWord(tree, id, ms);
  if (own) return own.type === "Person" ? own : undefined;
  return tree.children(id).filter((k) => NAME_ARCS.has(tree.deprel(k)) && tree.caseOf(k) === undefined).map((k) => mentionAtWord(tree, k, ms)).find((m) => m?.type === "Person");
}

/**
 * The participles of appointing that describe the role: an `acl` on it (`l'inviato scelto
 * da X`), or, as the parser often reads an apposition, the participle the role is subject of.
 */
function appointing(tree: DependencyTree, r: RoleAt, verbs: readonly string[]): number[] {
  const part = (v: number) => v > 0 && verbs.includes(lemma(tree, v)) && tree.word(v).feats.includes("VerbForm=Part");
  const below = tree.children(r.head, "acl").filter(part);
  const above = tree.deprel(r.head).startsWith("nsubj") && part(tree.head(r.head)) ? [tree.head(r.head)] : [];
  return [...below, ...above];
}

/** Who the office is held under, and by which reading (`appointed`, `government`). */
export function patronOf(tree: DependencyTree, r: RoleAt, phrase: readonly number[], ms: readonly ResolvedMention[], holder: string, appointVerbs: readonly string[], governments: readonly string[]): { person: ResolvedMention; via: "appointed" | "government" } | undefined {
  for (const v of appointing(tree, r, appointVerbs)) {
    const agent = tree.agentOf(v) ?? tree.children(v, "obl").find((k) => tree.caseOf(k) === "da");
    const p = agent !== undefined ? personAt(tree, agent, ms) : undefined;
    if (p && p.key !== holder) return { person: p, via: "appointed" };
  }
  // `dell'amministrazione di X`: a government noun in the role's phrase with its head named after `di`.
  for (const g of [r.head, ...phrase].filter((k) => governments.includes(lemma(tree, k)))) {
    const p = tree.children(g).filter((k) => NAME_ARCS.has(tree.deprel(k)) && (tree.caseOf(k) ?? "di") === "di").map((k) => personAt(tree, k, ms)).find((m) => m && m.key !== holder);
    if (p) return { person: p, via: "government" };
  }
  return undefined;
}

/**
 * `il ministero X, per bocca del portavoce Y, ha respinto …`: a spokesperson introduced as the
 * voice (`per bocca di`, `per voce di`) of a body speaks for it. The body is the noun the
 * voice phrase hangs on, or the subject of the verb it hangs on.
 */
export function voicedBody(tree: DependencyTree, r: RoleAt, ms: readonly ResolvedMention[], voiceNouns: readonly string[]): ResolvedMention | undefined {
  const voice = tree.head(r.head);
  if (voice <= 0 || tree.caseOf(r.head) !== "di" || tree.caseOf(voice) !== "per" || !voiceNouns.includes(lemma(tree, voice))) return undefined;
  const up = tree.head(voice);
  if (up <= 0) return undefined;
  const at = tree.word(up).upos === "VERB" ? tree.children(up).find((k) => tree.deprel(k).startsWith("nsubj")) : up;
  const body = at !== undefined ? mentionAtWord(tree, at, ms) : undefined;
  return body && (body.type === "Organization" || body.type === "Country") ? body : undefined;
}
