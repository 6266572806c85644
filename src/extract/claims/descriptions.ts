// Sources named by a description rather than a name, after `secondo`: `secondo le autorità
// finlandesi` (a nationality on a word of sources: that country), `secondo il Fondo` (a short
// form of a body named earlier in the article: the latest one it begins), `secondo il governo`.
import type { Mention, Sentence } from "../../types.ts";
import type { ClaimsContext } from "./rules.ts";
import type { Source } from "./source.ts";

const tokenAt = (s: Sentence, off: number) => s.tokens.findIndex((t) => t.start <= off && off < t.end);

/** `secondo le autorità finlandesi`, `secondo le stime lettoni`: the country of a body or of the figures, given by a demonym. */
export function demonymSource(s: Sentence, cueEnd: number, mentions: readonly Mention[], ctx: ClaimsContext): Source | undefined {
  let k = cueEnd;
  if (ctx.articles.has(s.tokens[k]?.lower ?? "")) k++;
  const head = s.tokens[k];
  if (!head || ![head.lower, head.lemma, ...head.lemmas].some((l) => ctx.sourceNouns.has(l) || ctx.about.qualified.has(l))) return undefined;
  const m = mentions.find((x) => x.sentence === s.index && x.type === "Country" && x.resolvedBy === "demonym" && tokenAt(s, x.start) === k + 1);
  return m ? { key: m.key, rule: "source.secondo-demonym" } : undefined;
}

/** `secondo il Fondo` after `il Fondo monetario internazionale` earlier: the latest body whose name begins with the word. */
export function shortFormSource(s: Sentence, cueEnd: number, mentions: readonly Mention[], ctx: ClaimsContext): Source | undefined {
  let k = cueEnd;
  if (!ctx.articles.has(s.tokens[k]?.lower ?? "")) return undefined;
  k++;
  const word = s.tokens[k];
  // A capitalised common word alone (`il Fondo`, `il Consiglio`), not a name the sentence already resolved.
  if (!word || word.kind !== "word" || word.text === word.lower || mentions.some((m) => m.sentence === s.index && tokenAt(s, m.start) === k)) return undefined;
  const next = s.tokens[k + 1];
  if (next && next.kind === "word" && next.text !== next.lower) return undefined;
  const earlier = mentions.filter((m) => m.sentence < s.index && m.type === "Organization" && m.surface.split(/\s+/)[0]!.toLowerCase() === word.lower && m.surface.includes(" "));
  const latest = earlier[earlier.length - 1];
  return latest ? { key: latest.key, rule: "source.short-form" } : undefined;
}

/** The rule of a source to be resolved against each figure: `secondo il governo` names no country itself. */
export const BARE_AUTHORITY = "source.bare-authority";

/** `secondo il governo`, `secondo le autorità`: no complement, no nationality; the key is left for the figure to give. */
export function bareAuthority(s: Sentence, cueEnd: number, ctx: ClaimsContext, mentions: readonly Mention[]): Source | undefined {
  let k = cueEnd;
  if (ctx.articles.has(s.tokens[k]?.lower ?? "")) k++;
  const t = s.tokens[k];
  if (!t || ![t.lower, t.lemma, ...t.lemmas].some((l) => ctx.bareAuthorities.has(l))) return undefined;
  // `le autorità sudanesi`: the nationality says whose.
  const own = mentions.find((m) => m.sentence === s.index && m.type === "Country" && m.resolvedBy === "demonym" && tokenAt(s, m.start) === k + 1);
  if (own) return { key: own.key, rule: "source.authority-demonym" };
  const next = s.tokens[k + 1];
  if (next && next.kind === "word" && (/^(di|del|della|dello|dell'|dei|degli|delle|d')$/.test(next.lower) || next.text !== next.lower)) return undefined;
  return { key: "", rule: BARE_AUTHORITY };
}

/** Whose authorities: the country the figure is about, else the sentence's subject country before the figure (`la Spagna investirà 20 miliardi, secondo il governo`). */
export function resolveBareAuthority(s: Sentence, number: number, about: string | undefined, mentions: readonly Mention[]): string | undefined {
  if (about?.startsWith("country/")) return about;
  const PREP = /^(in|nel|nella|nell'|a|al|alla|all'|da|dal|dalla|dall'|con|per|su|tra|fra|verso|contro|di|del|della|dell')$/;
  const word = (k: number) => s.tokens[k]?.lower ?? "";
  const subjectLike = (first: number) => !PREP.test(/^(il|lo|la|l'|i|gli|le)$/.test(word(first - 1)) ? word(first - 2) : word(first - 1));
  // `da parte greca le autorità …`: the side named by a demonym after `da parte`.
  const side = (first: number) => word(first - 1) === "parte" && word(first - 2) === "da";
  const before = mentions.filter((m) => m.sentence === s.index && m.type === "Country" && tokenAt(s, m.start) < number && (m.resolvedBy === "demonym" ? side(tokenAt(s, m.start)) : subjectLike(tokenAt(s, m.start))));
  return before[before.length - 1]?.key;
}
