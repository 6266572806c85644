// Where a passage is set: `Il clima politico in Polonia è cambiato. Il ministro X …`,
// `A Lisbona la proposta è caduta. Il presidente Y …`. News writing names the country
// (or its capital) with a locative preposition and then introduces its officials by their
// role alone; the role's country is the setting. Read over the tree: a country mention
// whose head word takes the case `in`, `a` or `per`. A demonym (`i missili iraniani`) is no
// setting, nor a country named as someone's own (`di Varsavia`), nor the destination of a
// journey (`è volato in X`). The cases and the verbs of motion are data (roles.json).
import type { AnalyzedArticle, Sentence } from "../../types.ts";
import type { LexiconEntry } from "../../lexicon/types.ts";
import type { ResolvedMention } from "../entities/index.ts";
import { titleNationalities } from "../coref/index.ts";
import { treeOf } from "../../syntax/tree.ts";
import { mentionOverWord, type ArgFit, type PlacedMention } from "./args.ts";
import type { RoleRules, SettingCountry, SettingRules } from "./roles.ts";

export interface Setting {
  /** The country key the passage is set in. */
  country: string;
  /** Character offset of the setting's mention. */
  start: number;
  sentence: number;
}

/** The settings a sentence names, in order. */
export function settingsOf(s: Sentence, placed: readonly PlacedMention[], fit: ArgFit, rules: SettingRules, governments: readonly string[] = []): Setting[] {
  if (!s.syntax || s.syntax.words.length === 0) return [];
  const tree = treeOf(s.syntax);
  const out: Setting[] = [];
  for (const w of tree.words) {
    // `Il governo polacco ha smentito …, e il ministro X`: a government named by its country sets the passage too.
    const ofGovernment = w.head > 0 && governments.includes(tree.word(w.head).lemma.toLowerCase()) && (w.deprel === "amod" || (w.deprel.startsWith("nmod") && tree.caseOf(w.id) === "di"));
    if (ofGovernment) {
      const p = mentionOverWord(tree, w.id, placed);
      const country = p && !p.source ? fit(p, ["Country"]) : undefined;
      if (p && country && !out.some((x) => x.start === p.m.start)) out.push({ country, start: p.m.start, sentence: s.index });
      continue;
    }
    if (w.upos !== "PROPN" && w.upos !== "NOUN") continue;
    if (!rules.cases.includes(tree.caseOf(w.id) ?? "")) continue;
    // `è arrivato in Polonia`: where someone travels to is not where the passage stands.
    if (w.head > 0 && rules.motionVerbs.includes(tree.word(w.head).lemma.toLowerCase())) continue;
    const p = mentionOverWord(tree, w.id, placed);
    if (!p || p.source || p.m.resolvedBy === "demonym") continue;
    const country = fit(p, ["Country"]);
    if (country && !out.some((x) => x.start === p.m.start)) out.push({ country, start: p.m.start, sentence: s.index });
  }
  return out;
}

/**
 * The setting that stands for a role's country at `offset` in sentence `k`: the latest one
 * before it in the same sentence, else the latest of the `back` sentences before.
 */
export function settingBefore(settings: readonly (readonly Setting[])[], k: number, offset: number, back: number, opensPassage: (k: number) => boolean = () => false): Setting | undefined {
  const here = (settings[k] ?? []).filter((x) => x.start < offset).at(-1);
  if (here) return here;
  // A new paragraph opens a new passage: `In X i missili hanno ucciso 28 persone.¶ La Guida suprema Y …` is not X's.
  for (let j = k - 1; j >= 0 && k - j <= back && !opensPassage(j + 1); j--) {
    const last = settings[j]?.at(-1);
    if (last) return last;
  }
  return undefined;
}

/** What the passage readers need from the relation step's context. */
export interface SettingContext {
  roles: RoleRules;
  demonyms: ReadonlyMap<string, string>;
  entriesById: ReadonlyMap<string, LexiconEntry>;
}

/**
 * For a role with nothing named (`il ministro della Difesa X`), the country the passage is
 * set in: only for people whose country neither the lexicon nor a title's demonym tells.
 */
export function roleSettings(doc: AnalyzedArticle, mentions: readonly ResolvedMention[], placed: readonly PlacedMention[][], fit: ArgFit, ctx: SettingContext): (k: number) => SettingCountry {
  const rules = ctx.roles.setting;
  if (!rules) return () => () => undefined;
  const settings = doc.sentences.map((s, k) => settingsOf(s, placed[k]!, fit, rules, ctx.roles.governments));
  // A sentence opens a paragraph when a line break parts it from the one before.
  const opensPassage = (k: number) => k > 0 && /\n/.test(doc.text.slice(doc.sentences[k - 1]!.end, doc.sentences[k]!.start));
  const titled = titleNationalities(doc, mentions, ctx.demonyms);
  const known = (person: string) => titled.has(person) || ctx.entriesById.get(person)?.country !== undefined;
  // International bodies (listed, of no country): what an unnamed `segretario generale` heads.
  const international = (key: string) => { const e = ctx.entriesById.get(key); return e?.type === "Organization" && !e.country && !e.partOf; };
  // A listed organ of one (`la Commissione`, part of the Union) names the body it belongs to: the top of its `partOf` chain.
  const topOf = (key: string): string => { let k = key; for (let i = 0; i < 3 && ctx.entriesById.get(k)?.partOf; i++) k = ctx.entriesById.get(k)!.partOf!; return k; };
  const bodies = mentions.filter((m) => m.type === "Organization" && international(topOf(m.key))).map((m) => ({ ...m, key: topOf(m.key) })).sort((a, b) => a.start - b.start);
  return (k) => (person, offset, kind = "country") => {
    if (kind === "body") {
      const m = bodies.filter((b) => b.sentence <= k && b.sentence >= k - rules.bodySentencesBack && b.start < offset).at(-1);
      return m ? { key: m.key, type: "Organization" } : undefined;
    }
    if (known(person.key)) return undefined;
    const at = settingBefore(settings, k, offset, rules.sentencesBack, opensPassage);
    // `parlano il sindaco X a Varsavia e il ministro Y`: with someone else named before in the sentence, the place may be theirs.
    const claimed = at?.sentence === k && mentions.some((m) => m.sentence === k && m.type === "Person" && m.key !== person.key && m.start < offset);
    if (!at || claimed) return undefined;
    // `A Caracas … Il presidente X … Il ministro Y`: an official who took the setting keeps the passage
    // there, so the next sentence's official is counted from this one. Sentences are read in order.
    // The carried setting keeps the sentence it was named in: no one named in this sentence claims it.
    if (!settings[k]!.includes(at)) settings[k] = [...settings[k]!, { ...at, start: offset }].sort((a, b) => a.start - b.start);
    return { key: at.country, type: "Country" };
  };
}
