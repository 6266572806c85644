// Mentions that only make sense after the article has named the entity in full:
// a surname alone (`Kozlov`, `Lee` — Korean names are short-formed by the family name,
// which comes first), an acronym defined in parentheses, and demonyms as country mentions
// (`truppe nordcoreane` mentions North Korea).
import { translitKey } from "../../names/fold.ts";
import type { AnalyzedArticle, EntityType, Token } from "../../types.ts";
import type { RecognizerContext } from "./candidate.ts";
import { makeCandidate } from "./candidate.ts";
import { evidenceFor } from "../evidence.ts";
import type { ResolvedMention } from "./index.ts";
import { isActorVerb, isCap, isNameLike, isWord } from "./names.ts";
import { cueAt } from "./cues.ts";
import type { ArticlePerson } from "./resolve.ts";

/** A part of a full name that may stand for the person alone: not an initial, a particle or an ordinary word (`I`, `Il`, `Di`, `De`). */
function canStandAlone(part: string, ctx: RecognizerContext): boolean {
  const lower = part.toLowerCase();
  return /^\p{Lu}/u.test(part) && part.replace(/[^\p{L}]/gu, "").length >= 3 && !ctx.isCommonWord(lower) && !/\.$/.test(part);
}

/**
 * A family name that is also an ordinary word (`Rossi`, `Cavallo`, `Sarto`) stands for the person only where its
 * capital cannot come from the sentence's start, or where it opens a sentence as the subject of a verb (`Rossi ha detto`).
 */
function ordinarySurnameStands(tokens: readonly Token[], i: number, ctx: RecognizerContext): boolean {
  const t = tokens[i]!;
  if (!isCap(t) || t.text.length < 3 || t.text.endsWith(".") || !ctx.isCommonWord(t.lower)) return false;
  return !t.sentenceStart || isActorVerb(tokens as Token[], i + 1, ctx);
}

function shortFormIndex(people: readonly ArticlePerson[], ctx: RecognizerContext): Map<string, string | null> {
  const index = new Map<string, string | null>();
  const add = (part: string, key: string, ordinary = false) => {
    if (!canStandAlone(part, ctx) && !(ordinary && /^\p{Lu}\p{Ll}{2,}$/u.test(part))) return;
    const k = translitKey(part);
    index.set(k, index.has(k) && index.get(k) !== key ? null : key);
  };
  for (const p of people) {
    const parts = p.name.split(/\s+/);
    // Only the family name of a full name may be an ordinary word (`Paolo Cavallo` is `Cavallo`, never `Paolo`).
    add(parts[parts.length - 1]!, p.key, parts.length >= 2);
    if (parts.length >= 2) add(parts[0]!, p.key);
  }
  return index;
}

/** `il leader nordcoreano Kim Jong-un`: role and demonym introduce a person; later `il leader nordcoreano` alone is that person. */
function roleDemonymIndex(doc: AnalyzedArticle, mentions: readonly ResolvedMention[], ctx: RecognizerContext): Map<string, string | null> {
  const index = new Map<string, string | null>();
  for (const m of mentions) {
    if (m.type !== "Person" || m.resolvedBy === "short-form") continue;
    const s = doc.sentences[m.sentence];
    if (!s) continue;
    const first = s.tokens.findIndex((t) => t.start === m.start);
    const [role, dem] = [s.tokens[first - 2], s.tokens[first - 1]];
    const country = dem && ctx.demonyms.get(dem.lower);
    if (!role || !country || !cueAt(ctx.cues, "personRole", s.tokens, first - 2)) continue;
    const k = `${role.lower}|${country}`;
    index.set(k, index.has(k) && index.get(k) !== m.key ? null : m.key);
  }
  return index;
}

/** The last of the capitalized words that run on from token `i` (`Livia Sorrentino`). */
function capitalizedRunEnd(tokens: readonly Token[], i: number): number {
  let last = i;
  while (isCap(tokens[last + 1])) last++;
  return last;
}

export function findBackReferences(
  doc: AnalyzedArticle, mentions: readonly ResolvedMention[], people: readonly ArticlePerson[],
  acronyms: ReadonlyMap<string, { key: string; type: EntityType }>, ctx: RecognizerContext,
): ResolvedMention[] {
  const inside = new Set<number>();
  for (const m of mentions) for (let i = m.start; i < m.end; i++) inside.add(i);
  const shorts = shortFormIndex(people, ctx);
  const roles = roleDemonymIndex(doc, mentions, ctx);
  const out: ResolvedMention[] = [];
  for (const s of doc.sentences) {
    s.tokens.forEach((t, i) => {
      const next = s.tokens[i + 1];
      const key = next && roles.get(`${t.lower}|${ctx.demonyms.get(next.lower)}`);
      if (!key || inside.has(t.start) || isNameLike(s.tokens[i + 2], ctx)) return;
      const c = makeCandidate(s, i, i + 1, "Person", "coreference:role-demonym", 0);
      const rule = "coreference:role-demonym";
      out.push({ key, type: "Person", surface: c.surface, start: c.start, end: c.end, sentence: s.index, rule, resolvedBy: rule, evidence: evidenceFor(doc, s.index, c, rule), candidate: c });
      inside.add(next.start);
    });
    s.tokens.forEach((t, i) => {
      if (!isWord(t) || inside.has(t.start)) return;
      const add = (key: string, type: EntityType, rule: string) => {
        const c = makeCandidate(s, i, i, type, rule, 0);
        out.push({ key, type, surface: t.text, start: t.start, end: t.end, sentence: s.index, rule, resolvedBy: rule, evidence: evidenceFor(doc, s.index, t, rule), candidate: c });
      };
      const acr = acronyms.get(t.text);
      if (acr) return add(acr.key, acr.type, "acronym-defined");
      const demonym = ctx.demonyms.get(t.lower);
      if (demonym && t.text === t.lower) return add(demonym, "Country", "demonym");
      if ((isNameLike(t, ctx) && canStandAlone(t.text, ctx)) || ordinarySurnameStands(s.tokens, i, ctx)) {
        const key = shorts.get(translitKey(t.text));
        if (!key) return;
        // A part of a person's name among other capitalized words belongs to the name they make:
        // the full name again (`Livia Sorrentino` after `Sorrentino`) is one mention, while another
        // name sharing the surname, or a name of something else (`Sorrentino Festival`), is not the person.
        const last = capitalizedRunEnd(s.tokens, i);
        if (i > 0 && isCap(s.tokens[i - 1]) && !s.tokens[i - 1]!.sentenceStart && !inside.has(s.tokens[i - 1]!.start)) return;
        const run = s.tokens.slice(i, last + 1);
        if (run.some((w) => inside.has(w.start) || shorts.get(translitKey(w.text)) !== key)) return;
        if (last === i) return add(key, "Person", "short-form");
        const c = makeCandidate(s, i, last, "Person", "short-form", 0);
        out.push({ key, type: "Person", surface: c.surface, start: c.start, end: c.end, sentence: s.index, rule: "short-form", resolvedBy: "short-form", evidence: evidenceFor(doc, s.index, c, "short-form"), candidate: c });
        for (const w of run) inside.add(w.start);
      }
    });
  }
  return out;
}
