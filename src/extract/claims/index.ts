// Attributed figures: every number that counts troops, workers, dead, wounded, prisoners,
// munitions, missiles or money becomes a claim with its measure, amount, qualifier, the
// country it is about, who states it and the date it refers to.
import { createHash } from "node:crypto";
import type { AnalyzedArticle, ClaimFact, Mention, NumberMention, RelationFact, Sentence, Token } from "../../types.ts";
import { asOfDate, findTimeExpressions, type TimeExpression } from "../../temporal/index.ts";
import { evidenceFor } from "../evidence.ts";
import { aboutOf, fallbackAbout } from "./about.ts";
import { harmAgents } from "./agents.ts";
import { countedBeforeNumber, measureOf } from "./classify.ts";
import { countsSomethingElse, isDateNumber, rangeWith, refersBack, sharedMultiplier } from "./figures.ts";
import { countedNoun, qualifierBefore, type Counted } from "./measure.ts";
import type { ClaimsContext } from "./rules.ts";
import { BARE_AUTHORITY, resolveBareAuthority } from "./descriptions.ts";
import { sourcesBySegment, type FigureSource } from "./segments.ts";
import { claimModality } from "./modality.ts";
import { treeOf } from "./tree.ts";
import { provenanceInSentence, refersToPrevious, reportAuthorsIn, sourceInSentence } from "./source.ts";

export { loadClaimsContext, type ClaimsContext } from "./rules.ts";

/** The date the figure refers to: the time expression nearest the number (a range's end; not a `since`), else the article's month. */
function asOfFor(n: NumberMention, times: readonly TimeExpression[], date: string | undefined): string | undefined {
  const usable = times.filter((t) => asOfDate(t));
  if (usable.length === 0) return date?.slice(0, 7);
  const nearest = [...usable].sort((a, b) => Math.abs(a.start - n.start) - Math.abs(b.start - n.start))[0]!;
  return asOfDate(nearest);
}

const HARM = new Set(["killed", "wounded", "casualties", "captured"]);

const claimId = (doc: AnalyzedArticle, s: Sentence, n: NumberMention) => `claim/${createHash("sha256").update(`${doc.meta.id}|${s.index}|${n.start}`).digest("hex").slice(0, 16)}`;
const round = (x: number) => Math.round(x * 1000) / 1000;

/** What the figures of one sentence are read against. */
interface Scope {
  doc: AnalyzedArticle;
  s: Sentence;
  mentions: readonly Mention[];
  ctx: ClaimsContext;
  times: readonly TimeExpression[];
  source?: { key: string; rule: string };
  /** The source of the part of the sentence a token stands in. */
  sourceAt: (token: number) => FigureSource;
  /** Figures whose part names an attribution it could not resolve: nothing carries over to them. */
  unresolved: Set<ClaimFact>;
  /** Figures whose owner the sentence names but we cannot resolve: the article's main country is no guess for them. */
  ownerKnown: Set<ClaimFact>;
  /** The country each national body belongs to. */
  countryOfBody: ReadonlyMap<string, string>;
  /** Who does the harm in the sentence (`un drone serbo ha ferito`). */
  agents: ReadonlySet<string>;
  isDemonym: (t: Token) => boolean;
  places: ReadonlySet<number>;
}

/** The country each national body belongs to (`il ministero della Salute somalo` partOf Somalia), from the structural relations. */
export function bodiesOf(relations: readonly RelationFact[]): ReadonlyMap<string, string> {
  return new Map(relations.filter((r) => r.predicate === "partOf" && r.object.startsWith("country/")).map((r) => [r.subject, r.object]));
}

export function extractClaims(doc: AnalyzedArticle, mentions: readonly Mention[], ctx: ClaimsContext, countryOfBody: ReadonlyMap<string, string> = new Map()): ClaimFact[] {
  const out: ClaimFact[] = [];
  const authors: string[] = [];
  const demonymTokens = new Set(mentions.filter((m) => m.resolvedBy === "demonym").map((m) => m.start));
  const isDemonym = (t: Token) => demonymTokens.has(t.start);
  const places = new Set(mentions.filter((m) => (m.type === "Place" || m.type === "Country") && m.resolvedBy !== "demonym").map((m) => m.start));
  let pendingWithoutSource: ClaimFact[] = [];
  const ownerKnown = new Set<ClaimFact>();
  const agents = new Map<number, ReadonlySet<string>>();
  const agentsOf = (s: Sentence) => agents.get(s.index) ?? agents.set(s.index, harmAgents(s, mentions, ctx)).get(s.index)!;
  for (const s of doc.sentences) {
    authors.push(...reportAuthorsIn(s, mentions, ctx));
    const source = sourceInSentence(s, mentions, ctx, authors);
    // Figures left without a source take the one the next sentence gives for them (`Il dato proviene da …`, `Lo ha riferito X`).
    const provenance = pendingWithoutSource.length && !s.numbers.length ? provenanceInSentence(s, mentions, ctx) ?? (refersToPrevious(s, ctx) ? source : undefined) : undefined;
    if (provenance) for (const c of pendingWithoutSource) c.claimedBy = provenance.key;
    const unresolved = new Set<ClaimFact>();
    const sourceAt = sourcesBySegment(s, mentions, ctx, authors);
    const here = claimsInSentence({ doc, s, mentions, ctx, times: findTimeExpressions(s, doc.meta.date, ctx.temporal), source, sourceAt, unresolved, ownerKnown, countryOfBody, agents: agentsOf(s), isDemonym, places });
    for (const c of here) if (!c.claimedBy && !unresolved.has(c)) continueSource(c, out, s, ctx);
    pendingWithoutSource = here.filter((c) => !c.claimedBy);
    out.push(...here);
  }
  return out.map((c) => {
    if (c.about || c.measure === "value" || ownerKnown.has(c)) return c;
    const fallback = fallbackAbout(out, mentions, ctx, c.measure);
    // Not to the dead of a sentence where the main country is the one doing the killing.
    const harmedBy = HARM.has(c.measure) && fallback !== undefined && agentsOf(doc.sentences[c.evidence.sentence]!).has(fallback);
    return fallback && !harmedBy ? { ...c, about: fallback } : c;
  });
}

/** `ne stima invece almeno 520`: a partitive `ne` before the verb the number is the object of. */
function partitiveBefore(s: Sentence, n: NumberMention): boolean {
  for (let k = n.firstToken - 2; k >= 0 && n.firstToken - k <= 4; k--) {
    const t = s.tokens[k]!;
    if (t.kind === "punct" || t.kind === "number") return false;
    if (t.lower === "ne") return true;
  }
  return false;
}

/** `di cui 20`: the number opens a part of the figure before. */
const ofWhich = (s: Sentence, n: NumberMention) => s.tokens[n.firstToken - 1]?.lower === "cui" && s.tokens[n.firstToken - 2]?.lower === "di";

/** `… e più di 200`: the number follows `e` or a comma, past its qualifier. */
function joinedToPrevious(s: Sentence, n: NumberMention, ctx: ClaimsContext): boolean {
  let k = n.firstToken - 1;
  while (k > 0 && ctx.qualifiers.some((q) => q.words.includes(s.tokens[k]!.lower))) k--;
  return ["e", ","].includes(s.tokens[k]?.lower ?? "");
}

function claimsInSentence(x: Scope): ClaimFact[] {
  const { s, ctx } = x;
  const here: ClaimFact[] = [];
  const skip = new Set<NumberMention>();
  for (const n of s.numbers) {
    if (skip.has(n) || isDateNumber(s, n, x.times)) continue;
    const upper = rangeWith(s, n, ctx);
    let counted = countedNoun(s, upper ?? n, ctx, x.isDemonym);
    // `una ventina dei quali`, `di cui circa 260mila`, `…, circa 3 milioni l'anno`: the figure counts what the previous one did.
    const prev = here[here.length - 1];
    // A share (`un quarto dei quali`) goes on only from a share: a quarter of 50 hostages is no count of its own.
    if (!counted && prev && refersBack(s, n, ctx) && (!n.percent || prev.measure === "munitionsShare")) {
      here.push(inherit(prev, n, x));
      continue;
    }
    // `X conta 300 morti e 900 feriti; Y ne stima 520`: the partitive `ne` takes up the sentence's first figure.
    if (!counted && here[0] && !n.percent && partitiveBefore(s, n)) {
      here.push(inherit(here[0], n, x, "partitive"));
      continue;
    }
    // `1,75 miliardi di dollari … su un totale di 6,29 miliardi`: the same currency.
    if (!counted && !n.percent && prev?.measure === "value" && s.tokens[n.lastToken]!.lower.startsWith("miliard")) counted = { cls: "money", numberStart: n.firstToken, noun: n.lastToken, unit: prev.unit!, rule: "count.money-same-unit" };
    counted ??= countedBeforeNumber(s, n, ctx, x.isDemonym);
    if (!counted || countsSomethingElse(s, n, ctx)) continue;
    const claim = newClaim(x, n, upper, counted);
    // `…, di cui 20 bambini`: part of the figure before, in its measure, even when the noun alone says nothing.
    if (!claim && prev && ofWhich(s, n)) {
      here.push(inherit(prev, n, x));
      continue;
    }
    if (!claim) continue;
    // `sono morti 80 civili e più di 200 sono rimasti feriti`: a figure joined to the one before, with no owner of its own, shares its owner.
    if (!claim.about && prev?.about && HARM.has(claim.measure) && HARM.has(prev.measure) && joinedToPrevious(s, n, ctx)) claim.about = prev.about;
    if (upper) skip.add(upper);
    here.push(claim);
  }
  return here;
}

function newClaim(x: Scope, n: NumberMention, upper: NumberMention | undefined, counted: Counted): ClaimFact | undefined {
  const { doc, s, ctx } = x;
  const measure = measureOf(counted, s, ctx, x.places);
  if (!measure) return undefined;
  const given = x.sourceAt(n.firstToken);
  const amount = upper ? n.value * sharedMultiplier(s, n, upper) : n.value;
  const qualifier = qualifierBefore(s, n, ctx);
  const bare = given.source?.rule === BARE_AUTHORITY;
  const about = aboutOf({ s, noun: counted.noun, number: n.firstToken, measure, claimedBy: bare ? undefined : given.source?.key, agents: x.agents, countryOfBody: x.countryOfBody }, x.mentions, ctx);
  // `secondo le autorità`: the authorities of the country the figure is about.
  const authority = bare ? resolveBareAuthority(s, n.firstToken, about ?? undefined, x.mentions) : undefined;
  const source = bare ? (authority ? { key: authority, rule: BARE_AUTHORITY } : undefined) : given.source;
  const unresolved = given.unresolved || (bare && !authority);
  const asOf = asOfFor(n, x.times, doc.meta.date);
  const claim: ClaimFact = {
    id: claimId(doc, s, n),
    measure, amount: round(amount),
    ...(upper ? { amountMax: round(upper.value) } : {}),
    ...(qualifier ? { qualifier } : {}),
    ...(counted.unit ? { unit: counted.unit } : {}),
    ...(about ? { about } : {}),
    ...(source ? { claimedBy: source.key } : {}),
    ...(asOf ? { asOf } : {}),
    evidence: evidenceFor(doc, s.index, { start: n.start, end: (upper ?? n).end }, source ? `${counted.rule}+${source.rule}` : counted.rule),
  };
  if (unresolved) x.unresolved.add(claim);
  if (about === null) x.ownerKnown.add(claim);
  return withModality(claim, n, x);
}

const ACCUSERS: readonly string[] = ["Person", "Organization", "Country"];

/**
 * The accuser named by the accusing verb's subject: a mention over its head word, else one in its phrase
 * (not in a clause of its own), a person before a body before a country: `il ministro degli Esteri X`
 * is X, `il governo moldavo` is Moldova.
 */
function accuserMention(s: Sentence, subject: number, mentions: readonly Mention[]): Mention | undefined {
  const tree = treeOf(s);
  if (!tree) return undefined;
  const clausal = new Set(["acl", "acl:relcl", "advcl", "ccomp", "xcomp", "parataxis"]);
  const phrase: number[] = [];
  const todo = [subject];
  while (todo.length > 0) { const k = todo.pop()!; phrase.push(k); todo.push(...tree.children(k).filter((c) => !clausal.has(tree.deprel(c)))); }
  const over = (id: number) => { const w = tree.word(id); return w.start === undefined ? [] : mentions.filter((m) => m.sentence === s.index && m.start <= w.start! && w.start! < m.end && ACCUSERS.includes(m.type)); };
  const head = over(subject)[0];
  if (head) return head;
  const found = phrase.flatMap(over);
  return ACCUSERS.map((t) => found.find((m) => m.type === t)).find((m) => m !== undefined);
}

/** A planned, denied or alleged figure says so (modality.ts); an allegation with no source is its accuser's. */
function withModality(c: ClaimFact, n: NumberMention, x: Scope): ClaimFact {
  const read = claimModality(x.s, n.firstToken, x.ctx.modality);
  if (!read) return c;
  c.modality = read.modality;
  c.evidence = { ...c.evidence, rule: `${c.evidence.rule}+${read.rule}` };
  if (read.accuser !== undefined && !c.claimedBy) {
    const by = accuserMention(x.s, read.accuser, x.mentions);
    if (by) {
      c.claimedBy = by.key;
      c.evidence = { ...c.evidence, rule: `${c.evidence.rule}+source.accuser` };
    }
  }
  return c;
}

/**
 * A figure with no source of its own that goes on with the same measure as a sourced one a
 * sentence or two before (`Il dato proviene da Rosstat. … quella degli ingressi per studio:
 * 7.887`) continues that source.
 */
function continueSource(c: ClaimFact, before: readonly ClaimFact[], s: Sentence, ctx: ClaimsContext): void {
  const last = before[before.length - 1];
  // `Altri 200 sono stati catturati`: `altri` goes on with the figures before, whatever they counted.
  const first = s.tokens.findIndex((t) => t.start === c.evidence.focus?.start);
  const others = /^(altri|altre)$/.test(s.tokens[first - 1]?.lower ?? "");
  if (!last?.claimedBy || (last.measure !== c.measure && !others) || c.evidence.sentence - last.evidence.sentence > ctx.continuation.sentences) return;
  c.claimedBy = last.claimedBy;
  c.evidence = { ...c.evidence, rule: `${c.evidence.rule}+source.continued` };
}

/** A figure that counts what the one before it counted, with its own amount, qualifier and date. */
function inherit(prev: ClaimFact, n: NumberMention, x: Scope, how = "inherited"): ClaimFact {
  const { qualifier: _q, amountMax: _m, asOf: _a, ...rest } = prev;
  // A count given next to a share counts the same things (`la metà dei proiettili, circa 3 milioni`).
  const measure = prev.measure === "munitionsShare" && !n.percent ? "munitionsCount" : prev.measure;
  const asOf = asOfFor(n, x.times, x.doc.meta.date);
  const qualifier = qualifierBefore(x.s, n, x.ctx);
  // Its own part of the sentence may name another source (`…; Amnesty ne stima 520`).
  const own = x.sourceAt(n.firstToken).source;
  const { modality: _mod, ...kept } = rest;
  return withModality({
    ...kept,
    ...(qualifier ? { qualifier } : {}),
    ...(own && own.rule !== BARE_AUTHORITY ? { claimedBy: own.key } : {}),
    measure,
    id: claimId(x.doc, x.s, n),
    amount: round(n.value),
    ...(asOf ? { asOf } : {}),
    // The evidence names the counting rule it took over and, when it has one, its own source's rule.
    evidence: evidenceFor(x.doc, x.s.index, n, own && own.rule !== BARE_AUTHORITY ? `${prev.evidence.rule.split("+")[0]}+${own.rule}+${how}` : `${prev.evidence.rule.replace(/\+modality\.[a-z-]+/g, "")}+${how}`),
  }, n, x);
}
