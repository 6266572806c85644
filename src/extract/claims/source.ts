// Who states a figure: `secondo X`, `stando a X`, `stime di X`, `X ha riferito/stimato/
// confermato`, and a bare `il ministero` / `il panel` standing for the body named before.
import type { Mention, Sentence } from "../../types.ts";
import { treeOf } from "./tree.ts";
import { bareAuthority, demonymSource, shortFormSource } from "./descriptions.ts";
import type { ClaimsContext } from "./rules.ts";

export interface Source { key: string; rule: string }

const PREPOSITION = /^(in|nel|nella|nell'|nei|negli|nelle|a|al|alla|all'|ai|agli|alle|da|dal|dalla|dall'|dai|dagli|dalle|con|per|su|sul|sulla|tra|fra|verso|contro)$/;
const ACTORS = new Set(["Organization", "Person", "Country"]);
const tokenAt = (s: Sentence, off: number) => s.tokens.findIndex((t) => t.start <= off && off < t.end);

/** The attributed source of the figures of one sentence, if the sentence names one. */
export function sourceInSentence(s: Sentence, mentions: readonly Mention[], ctx: ClaimsContext, reportAuthors: readonly string[]): Source | undefined {
  // A demonym (`il National Intelligence Service sudcoreano`) qualifies the source; it is not one.
  const ms = mentions.filter((m) => m.sentence === s.index && ACTORS.has(m.type) && m.resolvedBy !== "demonym").map((m) => ({ m, first: tokenAt(s, m.start) }));
  // `Zelensky: «almeno 3.000 nordcoreani uccisi»`: a name and a colon open the sentence.
  const head = ms.find((x) => x.first <= 1 && s.tokens[tokenAt(s, x.m.end - 1) + 1]?.text === ":");
  if (head) return { key: head.m.key, rule: "source.name-colon" };
  for (let i = 0; i < s.tokens.length; i++) {
    const cue = sourceCueAt(s, i, ctx);
    if (cue) {
      // `secondo alcuni rapporti, … in Ucraina`: the source is named before any comma, or not at all.
      const comma = s.tokens.findIndex((t, k) => k > i && t.text === ",");
      const after = ms.find((x) => x.first > i && x.first - i <= 9 && (comma < 0 || x.first < comma));
      if (after) return { key: after.m.key, rule: `source.${cue.join("-")}` };
      const coref = corefAfter(s, i, ctx, reportAuthors);
      if (coref) return coref;
      const described = demonymSource(s, i + cue.length, mentions, ctx) ?? shortFormSource(s, i + cue.length, mentions, ctx) ?? bareAuthority(s, i + cue.length, ctx, mentions);
      if (described) return described;
    }
  }
  // A reporting verb's subject first (`Mediazona, elaborando i dati …, aveva contato`), then `stime/dati di X`.
  for (let i = 0; i < s.tokens.length; i++) {
    if (!isReporting(s, i, ctx)) continue;
    const subject = subjectOverTree(s, i, ms) ?? subjectBefore(s, i, ms);
    if (subject) return { key: subject.m.key, rule: "source.reporting-verb" };
    const coref = corefBefore(s, i, ctx, reportAuthors);
    if (coref) return coref;
    // `lo ha stimato Lim Soo-ho`: a subject after the verb, but not across `che` nor after an impersonal `si stima`.
    const impersonal = s.tokens[i - 1]?.lower === "si";
    const after = ms.find((x) => x.first > i && x.first - i <= 3 && !s.tokens.slice(i + 1, x.first).some((t) => t.lower === "che"));
    if (after && !impersonal) return { key: after.m.key, rule: "source.reporting-verb-after" };
    // `le autorità stimano`: a bare authority as the subject, resolved against the figure.
    const bare = bareAuthority(s, Math.max(0, i - 3), ctx, mentions) ?? bareAuthority(s, Math.max(0, i - 2), ctx, mentions);
    if (bare) return bare;
  }
  for (let i = 0; i < s.tokens.length; i++) {
    const t = s.tokens[i]!;
    if (!ctx.sourceNouns.has(t.lower) && !ctx.sourceNouns.has(t.lemma)) continue;
    // `il report dell'organizzazione`, `le stime del ministero`: a bare body named before.
    if (/^(di|del|della|dell'|dello)$/.test(s.tokens[i + 1]?.lower ?? "")) {
      const coref = corefAt(s, i + 2, ctx, reportAuthors);
      if (coref && !ms.some((x) => x.first === i + 2)) return coref;
    }
    const of = ms.find((x) => x.first > i && x.first - i <= 6 && /^(di|del|della|dell'|dei|degli|dal|dalla|dall')$/.test(s.tokens[x.first - 1]?.lower ?? ""));
    if (of) return { key: of.m.key, rule: "source.noun-of" };
  }
  return undefined;
}

/** Does the sentence attribute something, whether or not it names who (`secondo le autorità`, `si stima`)? */
export function hasAttributionCue(s: Sentence, ctx: ClaimsContext): boolean {
  return s.tokens.some((_, i) => isReporting(s, i, ctx) || sourceCueAt(s, i, ctx) !== undefined);
}

/** A `secondo X` / `stando a X` cue starting at token i; `per` only opening the sentence, and not the ordinal `un secondo attacco`. */
function sourceCueAt(s: Sentence, i: number, ctx: ClaimsContext): string[] | undefined {
  // Checked on the first word before the rest: this runs for every token of every sentence.
  const first = s.tokens[i]?.lower;
  const cue = ctx.sourceBefore.find((w) => (w.length === 0 || w[0] === first) && w.every((x, k) => s.tokens[i + k]?.lower === x));
  if (!cue || (cue.length === 1 && cue[0] === "per" && i > 1)) return undefined;
  if (cue.length === 1 && cue[0] === "secondo" && ctx.articles.has(s.tokens[i - 1]?.lower ?? "")) return undefined;
  return cue;
}

/** A reporting verb, unless the word after it gives it another sense (`contare su` is to rely on). */
function isReporting(s: Sentence, i: number, ctx: ClaimsContext): boolean {
  const t = s.tokens[i];
  if (!t || t.kind !== "word") return false;
  const lemma = t.lemmas.find((l) => ctx.sourceVerbs.has(l));
  return lemma !== undefined && !(ctx.notReporting.get(lemma)?.has(s.tokens[i + 1]?.lower ?? "") ?? false) && !negated(s, i);
}

/** `X non riconosce …`, `non ha confermato`: a denied saying attributes nothing to its subject. */
function negated(s: Sentence, verb: number): boolean {
  let k = verb - 1;
  while (k >= 0 && /^(ha|hanno|aveva|avevano|ha|lo|la|li|le|ne|l'|mai|ancora)$/.test(s.tokens[k]!.lower)) k--;
  return s.tokens[k]?.lower === "non";
}

/**
 * The verb's subject in the tree, or the subject it shares as the second of two coordinated
 * verbs or as an infinitive (`Il generale X ha lodato i reparti e ha dichiarato di …`).
 */
function subjectOverTree(s: Sentence, verb: number, ms: ReadonlyArray<{ m: Mention; first: number }>): { m: Mention; first: number } | undefined {
  const start = s.tokens[verb]?.start;
  const tree = treeOf(s);
  if (!tree || start === undefined) return undefined;
  let id = tree.words.find((w) => w.start === start)?.id;
  for (let steps = 0; id !== undefined && id > 0 && steps < 4; steps++) {
    const subjects = tree.children(id, "nsubj");
    if (subjects.length > 0) {
      // The subject's own words, not a clause inside it (`il rapporto, che cita un'agenzia dell'Unione africana, osserva`).
      const words = subjects.flatMap((x) => tree.subtree(x));
      const clauses = words.filter((w) => !subjects.includes(w) && /^(acl|advcl|parataxis|ccomp)/.test(tree.deprel(w))).flatMap((w) => tree.subtree(w));
      const starts = new Set(words.filter((w) => !clauses.includes(w)).map((w) => tree.word(w).start));
      // `il segretario generale dell'Alleanza Mario Bianchi`, `l'osservatorio … (OSV)`: the name that closes the subject.
      return [...ms].reverse().find((x) => starts.has(x.m.start));
    }
    if (!["conj", "xcomp"].includes(tree.deprel(id))) return undefined;
    id = tree.head(id);
  }
  return undefined;
}

/** The nearest mention before a verb, skipping a parenthetical between commas (`X, in visita in Corea del Sud, ha riferito`). */
function subjectBefore(s: Sentence, verb: number, ms: ReadonlyArray<{ m: Mention; first: number }>): { m: Mention; first: number } | undefined {
  let end = verb;
  // Auxiliaries and adverbs between the subject and the verb: `ha`, `aveva`, `già`.
  while (end > 0 && ["ha", "hanno", "aveva", "avevano", "è", "era", "già", "anche", "lo", "ne"].includes(s.tokens[end - 1]!.lower)) end--;
  if (s.tokens[end - 1]?.text === ",") {
    let open = end - 2;
    while (open >= 0 && s.tokens[open]!.text !== ",") open--;
    if (open >= 0) end = open;
  }
  // Not a place or a complement (`in Ciad conta …`): a subject has no preposition.
  return [...ms].reverse().find((x) => x.first < end && end - x.first <= 10 && !PREPOSITION.test(s.tokens[x.first - 1]?.lower ?? ""));
}

function corefAt(s: Sentence, k: number, ctx: ClaimsContext, authors: readonly string[]): { key: string; rule: string } | undefined {
  const t = s.tokens[k];
  if (!t || !ctx.coreferent.has(t.lower) || authors.length === 0) return undefined;
  return { key: authors[authors.length - 1]!, rule: `source.coreferent-${t.lower}` };
}

function corefAfter(s: Sentence, i: number, ctx: ClaimsContext, authors: readonly string[]) {
  for (let k = i + 1; k <= i + 4; k++) { const c = corefAt(s, k, ctx, authors); if (c) return c; }
  return undefined;
}

function corefBefore(s: Sentence, i: number, ctx: ClaimsContext, authors: readonly string[]) {
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) { const c = corefAt(s, k, ctx, authors); if (c) return c; }
  return undefined;
}

/** `Il dato proviene dalle statistiche … dell'agenzia federale Rosstat`: where the previous sentence's figures come from. */
export function provenanceInSentence(s: Sentence, mentions: readonly Mention[], ctx: ClaimsContext): { key: string; rule: string } | undefined {
  const ms = mentions.filter((m) => m.sentence === s.index && ACTORS.has(m.type) && m.resolvedBy !== "demonym").map((m) => ({ m, first: tokenAt(s, m.start) }));
  for (let i = 0; i < s.tokens.length; i++) {
    const t = s.tokens[i]!;
    if (!ctx.sourceNouns.has(t.lower) && !ctx.sourceNouns.has(t.lemma)) continue;
    const of = ms.find((x) => x.first > i && x.first - i <= 6 && /^(di|del|della|dell'|dei|degli|dal|dalla|dall')$/.test(s.tokens[x.first - 1]?.lower ?? ""));
    if (of) return { key: of.m.key, rule: "source.provenance" };
  }
  return undefined;
}

/** `Lo ha riferito l'agenzia Yonhap.`, `È quanto riporta il Guardian.`: a sentence that attributes what was just said. */
export function refersToPrevious(s: Sentence, ctx: ClaimsContext): boolean {
  for (let i = 0; i < Math.min(s.tokens.length, 4); i++) {
    if (!["lo", "l'", "ne", "quanto"].includes(s.tokens[i]!.lower)) continue;
    for (let k = i + 1; k <= i + 3; k++) if (isReporting(s, k, ctx)) return true;
  }
  return false;
}

/** Bodies introduced as authors of figures or reports, in order (`un rapporto del Multilateral Sanctions Monitoring Team`). */
export function reportAuthorsIn(s: Sentence, mentions: readonly Mention[], ctx: ClaimsContext): string[] {
  const out: string[] = [];
  for (const m of mentions) {
    if (m.sentence !== s.index || m.type !== "Organization") continue;
    const first = tokenAt(s, m.start);
    const window = s.tokens.slice(Math.max(0, first - 4), first).map((t) => t.lower);
    const last = s.tokens.findIndex((t) => t.start < m.end && m.end <= t.end);
    const next = s.tokens.slice(last + 1, last + 3).filter((t) => t.text !== ",");
    const cue = window.some((w) => ctx.sourceNouns.has(w) || w === "secondo") || (s.tokens[last + 1]?.text !== "," && next.some((t) => isReporting(s, s.tokens.indexOf(t), ctx)));
    if (cue) out.push(m.key);
  }
  return out;
}
