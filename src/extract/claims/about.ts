// The country a figure is about: the one whose soldiers, workers, munitions or money are
// counted. Read, in order, from the counted noun's own phrase (`soldati nordcoreani`,
// `vittime della Corea del Nord`), from the sender of a supply or deployment (`Pyongyang
// ha inviato`, `spediti dalla Corea del Nord`), from a demonym on a casualty noun of the
// clause (`le perdite nordcoreane`), and last from the article's dominant country. The
// source of the figure and the bodies that qualify it (`l'intelligence sudcoreana`) are
// never what it is about.
import type { ClaimFact, ClaimMeasure, Mention, Sentence, Token } from "../../types.ts";
import type { ClaimsContext } from "./rules.ts";

interface Placed { m: Mention; first: number }

const lemmasOf = (t: Token | undefined) => (t ? [t.lower, t.lemma, ...t.lemmas] : []);
const low = (s: Sentence, i: number) => s.tokens[i]?.lower ?? "";
const tokenAt = (s: Sentence, off: number) => s.tokens.findIndex((t) => t.start <= off && off < t.end);
const OF = /^(di|del|della|dell'|dello|dei|degli|delle|d')$/;
const FROM = /^(da|dal|dalla|dall'|dallo|dai|dagli|dalle)$/;
/** Prepositions that make a country a destination or a place, not a sender (`in Russia`, `alla Russia`). */
const TO = /^(in|nel|nella|nell'|a|al|alla|all'|ai|verso|per|contro|con|tra|fra|su|sul|sulla)$/;
const SUPPLY_FIRST: ReadonlySet<ClaimMeasure> = new Set(["munitionsShare", "munitionsCount", "missilesCount", "value"]);
const CASUALTIES: ReadonlySet<ClaimMeasure> = new Set(["killed", "wounded", "casualties", "captured"]);
const LAUNCHED: ReadonlySet<ClaimMeasure> = new Set(["munitionsCount", "missilesCount"]);
const DEPLOY: ReadonlySet<ClaimMeasure> = new Set(["troopsDeployed", "personnelDeployed", ...SUPPLY_FIRST]);

/** Countries of the sentence that can be what a figure is about: not its source, not a qualifier of a body or a person. */
export function candidateCountries(s: Sentence, mentions: readonly Mention[], ctx: ClaimsContext, claimedBy: string | undefined): Placed[] {
  const here = mentions.filter((m) => m.sentence === s.index);
  const bodies = here.filter((m) => m.type === "Organization" || m.type === "Person").map((m) => ({ first: tokenAt(s, m.start), last: tokenAt(s, m.end - 1) }));
  return here
    .filter((m) => m.type === "Country" && m.key !== claimedBy)
    .map((m) => ({ m, first: tokenAt(s, m.start) }))
    .filter(({ m, first }) => {
      // `il National Intelligence Service sudcoreano`, `il presidente russo`, `l'intelligence di Seoul`.
      const of = OF.test(low(s, first - 1));
      const head = skipParenthesis(s, of ? first - 2 : first - 1);
      const qualifies = (m.resolvedBy === "demonym" || of) && (bodies.some((b) => b.last === head) || lemmasOf(s.tokens[head]).some((l) => ctx.about.qualified.has(l)));
      const afterSourceCue = [1, 2, 3].some((k) => ctx.sourceBefore.some((w) => w.length === 1 && low(s, first - k) === w[0]) && (k === 1 || ctx.articles.has(low(s, first - 1))));
      return !qualifies && !afterSourceCue;
    });
}

/** `l'Institute for National Security Strategy (INSS) di Seoul`: the word before an acronym in parentheses. */
function skipParenthesis(s: Sentence, k: number): number {
  if (s.tokens[k]?.text !== ")") return k;
  let open = k;
  while (open > 0 && s.tokens[open]!.text !== "(") open--;
  return open > 0 ? open - 1 : k;
}

/** A complement that is not part of the counted noun's phrase (`a ogni soldato nordcoreano`, `in un attacco russo`); plain `a` stays (`a corto raggio`). */
const COMPLEMENT = /^(in|nel|nella|nell'|nei|negli|nelle|al|alla|all'|ai|agli|alle|allo|per|con|su|sul|sulla|sull'|tra|fra|verso|contro|ogni)$/;

const stops = (t: Token, ctx: ClaimsContext) =>
  t.kind === "punct" || t.kind === "number" || t.lower === "che" || FROM.test(t.lower) || COMPLEMENT.test(t.lower) ||
  lemmasOf(t).some((l) => ctx.about.verbs.has(l) || ctx.about.launchers.has(l) || ctx.about.arrivals.has(l) || ctx.states.has(l) || ctx.about.auxiliaries.has(l));

/** `6.000 nordcoreani`, `soldati nordcoreani`, `soldati delle forze speciali nordcoreane`, `vittime della Corea del Nord`. */
function inPhrase(s: Sentence, noun: number, cs: readonly Placed[], ctx: ClaimsContext): Placed | undefined {
  // `6.000 nordcoreani`, and `nordcoreani uccisi` where the participle is the counted word.
  const at = cs.find((c) => c.first === noun || (c.first === noun - 1 && c.m.resolvedBy === "demonym" && lemmasOf(s.tokens[noun]).some((l) => ctx.states.has(l))));
  if (at) return at;
  for (let k = noun + 1; k < s.tokens.length && k <= noun + 7; k++) {
    const c = cs.find((x) => x.first === k);
    if (c) return c.m.resolvedBy === "demonym" || OF.test(low(s, k - 1)) ? c : undefined;
    if (stops(s.tokens[k]!, ctx)) return undefined;
  }
  return undefined;
}

/** The sender of the supply or deployment nearest the number: `da X` after the verb, else the verb's subject. */
function sender(s: Sentence, number: number, cs: readonly Placed[], ctx: ClaimsContext, senders: ReadonlySet<string> = ctx.about.verbs): Placed | undefined {
  const isSender = (t: Token) => lemmasOf(t).some((l) => senders.has(l));
  const arrivals = senders === ctx.about.verbs ? ctx.about.arrivals : new Set<string>();
  const verbs = s.tokens.map((t, k) => (isSender(t) || lemmasOf(t).some((l) => arrivals.has(l)) ? k : -1)).filter((k) => k >= 0);
  verbs.sort((a, b) => Math.abs(a - number) - Math.abs(b - number));
  for (const v of verbs.slice(0, 2)) {
    for (let k = v + 1; k <= v + 5 && k < s.tokens.length; k++) {
      // `spediti dalla Corea del Nord`, `consegnati da parte di Pyongyang`.
      const byPart = low(s, k + 1) === "parte" && OF.test(low(s, k + 2)) ? k + 3 : k + 1;
      const c = cs.find((x) => x.first === byPart);
      if (FROM.test(low(s, k)) && c) return c;
      if (s.tokens[k]!.kind === "punct") break;
    }
    // `sono arrivati in Russia 3.000 operai`: an arrival's subject is the people themselves.
    if (!isSender(s.tokens[v]!)) continue;
    for (let k = v - 1; k >= 0 && v - k <= 12; k--) {
      // Not across `che`: `X stima che le esportazioni …` has no subject before `che`.
      if (/^[;:]$/.test(s.tokens[k]!.text) || low(s, k) === "che" || (s.tokens[k]!.kind === "number" && k !== number)) break;
      const c = cs.find((x) => x.first === k);
      if (c && !TO.test(low(s, k - 1)) && !(ctx.articles.has(low(s, k - 1)) && TO.test(low(s, k - 2)))) {
        // `il Giappone e la Corea del Sud verseranno`: a subject of several is no one country's.
        const joined = low(s, ctx.articles.has(low(s, k - 1)) ? k - 2 : k - 1) === "e";
        return joined ? undefined : c;
      }
    }
  }
  return undefined;
}

/**
 * `le perdite nordcoreane`, `tra le fila russe`, `il contingente nordcoreano conta …`: a
 * demonym on a noun of people or losses in the number's clause, not the agent (`dalle forze
 * ucraine`) nor a place (`in territorio russo`). For deployments only the clause's subject
 * counts (`… al fianco delle forze russe` is someone else).
 */
function onHeadNoun(s: Sentence, number: number, cs: readonly Placed[], ctx: ClaimsContext, subjectOnly: boolean): Placed | undefined {
  const clause = clauseOf(s, number);
  return cs.find(({ m, first }) => {
    if (m.resolvedBy !== "demonym" || first < clause.start || first > clause.end || (subjectOnly && first > number)) return false;
    const head = OF.test(low(s, first - 1)) ? first - 2 : first - 1;
    const before = low(s, ctx.articles.has(low(s, head - 1)) ? head - 2 : head - 1);
    const blocked = subjectOnly ? before !== "" && !/^[,;:]$/.test(before) && (FROM.test(before) || TO.test(before) || OF.test(before)) : FROM.test(before) || (TO.test(before) && !/^(tra|fra)$/.test(before));
    return lemmasOf(s.tokens[head]).some((l) => ctx.about.heads.has(l) || ctx.counted.has(l)) && !blocked;
  });
}

/** The tokens between the clause breaks (`,` `;` `:`) around token `i`. */
function clauseOf(s: Sentence, i: number): { start: number; end: number } {
  const isBreak = (k: number) => /^[,;:()]$/.test(s.tokens[k]?.text ?? "");
  let start = i;
  while (start > 0 && !isBreak(start - 1)) start--;
  let end = i;
  while (end < s.tokens.length - 1 && !isBreak(end + 1)) end++;
  return { start, end };
}

/** `di provenienza nordcoreana`, `di fabbricazione russa`: where the counted things come from. */
function origin(s: Sentence, cs: readonly Placed[], ctx: ClaimsContext): Placed | undefined {
  return cs.find(({ first }) => {
    const head = OF.test(low(s, first - 1)) ? first - 2 : first - 1;
    return lemmasOf(s.tokens[head]).some((l) => ctx.about.origins.has(l));
  });
}

/** `200 persone in Nepal`: a country the number's clause places the dead in. */
function placeOf(s: Sentence, number: number, cs: readonly Placed[], ctx: ClaimsContext): Placed | undefined {
  const clause = clauseOf(s, number);
  return cs.find(({ m, first }) => m.resolvedBy !== "demonym" && first >= clause.start && first <= clause.end && ctx.about.places.has(low(s, ctx.articles.has(low(s, first - 1)) ? first - 2 : first - 1)));
}

/**
 * `40 miliziani del Fronte`, `i combattenti di un gruppo armato`: the group the people counted belong to.
 * `null` when the complement names someone that is no group of ours (a group's name read as a place):
 * the owner is given, so no other word of the sentence says whose they are.
 */
function groupOf(s: Sentence, noun: number, mentions: readonly Mention[], ctx: ClaimsContext, claimedBy: string | undefined): string | null | undefined {
  if (!OF.test(low(s, noun + 1))) return undefined;
  const at = ctx.articles.has(low(s, noun + 2)) ? noun + 3 : noun + 2;
  const m = mentions.find((x) => x.sentence === s.index && x.key !== claimedBy && tokenAt(s, x.start) === at);
  if (m?.type === "Organization") return m.key;
  if (m?.type === "Country") return undefined;
  const t = s.tokens[at];
  return m || (t && t.kind === "word" && t.text !== t.lower && at > 0) ? null : undefined;
}

export interface AboutQuery {
  s: Sentence;
  noun: number;
  number: number;
  measure: ClaimMeasure;
  claimedBy?: string;
  /** Who did the harm in the sentence (`un drone serbo ha ferito …`): never what the dead are about. */
  agents?: ReadonlySet<string>;
  /** The country each national body belongs to (`il ministero della Salute somalo`). */
  countryOfBody?: ReadonlyMap<string, string>;
}

/** The key the figure is about; `null` when the sentence says whose it is but that is none of our countries or groups (no fallback then). */
export function aboutOf(q: AboutQuery, mentions: readonly Mention[], ctx: ClaimsContext): string | null | undefined {
  const harm = CASUALTIES.has(q.measure);
  const cs = candidateCountries(q.s, mentions, ctx, q.claimedBy).filter(({ m }) => !harm || !q.agents?.has(m.key));
  if (harm || q.measure === "troopsDeployed") {
    const group = groupOf(q.s, q.noun, mentions, ctx, q.claimedBy);
    if (group !== undefined) return group;
  }
  const phrase = inPhrase(q.s, q.noun, cs, ctx) ?? (harm ? placeOf(q.s, q.number, cs, ctx) : undefined);
  // A supplier named in the sentence wins over whoever fires the munitions (`razzi lanciati dall'esercito`).
  const from = DEPLOY.has(q.measure) ? sender(q.s, q.number, cs, ctx) ?? (LAUNCHED.has(q.measure) ? sender(q.s, q.number, cs, ctx, ctx.about.launchers) : undefined) : undefined;
  // Munitions and money are about who supplies or earns them (`il 40% delle munizioni russe` fornito dalla Corea del Nord).
  const losses = onHeadNoun(q.s, q.number, cs, ctx, !CASUALTIES.has(q.measure));
  const found = SUPPLY_FIRST.has(q.measure) ? from ?? origin(q.s, cs, ctx) ?? phrase : phrase ?? from ?? losses;
  return found?.m.key ?? (harm ? healthBodyCountry(q, mentions, ctx) : undefined);
}

/** `il ministero della Salute somalo ha contato 45 morti`: the country of the health body that counts the dead. */
function healthBodyCountry(q: AboutQuery, mentions: readonly Mention[], ctx: ClaimsContext): string | undefined {
  const source = mentions.find((m) => m.sentence === q.s.index && m.key === q.claimedBy && m.type === "Organization");
  if (!source || !ctx.about.ownCount.some((w) => source.surface.toLowerCase().includes(w))) return undefined;
  return q.countryOfBody?.get(source.key);
}

/** Families of measures whose figures are about the same side: those who send, those who die, those who supply. */
const FAMILY: Record<ClaimMeasure, string> = {
  troopsDeployed: "deploy", personnelDeployed: "deploy",
  killed: "harm", wounded: "harm", casualties: "harm", captured: "harm",
  munitionsShare: "supply", munitionsCount: "supply", missilesCount: "supply", value: "value",
};

/**
 * Which families inform a figure's owner: the soldiers sent may be the dead counted later (`Di
 * questi, 4.000 sono stati uccisi`), and senders supply; but the dead of a war article are no
 * guide to whose troops it counts.
 */
const INFORMS: Record<string, string[]> = { deploy: ["deploy", "supply"], harm: ["harm", "deploy"], supply: ["supply", "deploy"], value: [] };

/**
 * For the figures the sentences leave open: the country the article's other figures of the
 * families that inform it are mostly about, else its dominant country. Money is left open (`il commercio vale …` is about two countries at once).
 */
export function fallbackAbout(claims: readonly ClaimFact[], mentions: readonly Mention[], ctx: ClaimsContext, measure: ClaimMeasure): string | undefined {
  const counts = new Map<string, number>();
  for (const c of claims) if (c.about && c.measure !== "value" && INFORMS[FAMILY[measure]]!.includes(FAMILY[c.measure])) counts.set(c.about, (counts.get(c.about) ?? 0) + 1);
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  if (first && (!second || first[1] > second[1])) return first[0];
  return salientCountry(mentions, ctx);
}

/** The article's dominant country: clearly the most mentioned one. */
export function salientCountry(mentions: readonly Mention[], ctx: ClaimsContext): string | undefined {
  const counts = new Map<string, number>();
  for (const m of mentions) if (m.type === "Country") counts.set(m.key, (counts.get(m.key) ?? 0) + 1);
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  if (!first || first[1] < ctx.about.salience.minMentions) return undefined;
  return !second || first[1] >= second[1] * ctx.about.salience.ratio ? first[0] : undefined;
}
