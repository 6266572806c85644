// The outlet an article names (`Chas Pravdy - 28 Ottobre 2025`, `Fonte: France24`,
// `Seoul (AsiaNews/Agenzie)`) is an Organization the article mentions.
import type { AnalyzedArticle, EntityDescription } from "../types.ts";
import type { EntityContext, ResolvedMention } from "./entities/index.ts";
import { keyFor, lookupName } from "./entities/resolve.ts";

export function sourceMention(doc: AnalyzedArticle, ctx: EntityContext): { mention: ResolvedMention; entity: EntityDescription } | undefined {
  const name = doc.meta.source?.trim();
  const span = doc.metaSpans.source;
  if (!name || !span) return undefined;
  const entry = lookupName(ctx.names, name, "Organization");
  const key = entry?.id ?? keyFor("Organization", name);
  const sentence = doc.sentences.find((s) => s.start <= span.start && span.end <= s.end);
  const lineStart = doc.text.lastIndexOf("\n", span.start) + 1;
  const lineEnd = doc.text.indexOf("\n", span.end);
  // A byline or `Fonte:` line is blanked from the text; its evidence is the outlet's name.
  const text = sentence?.text ?? name;
  const rule = "article-source";
  const mention = {
    key, type: "Organization" as const, surface: name, start: span.start, end: span.end,
    sentence: sentence?.index ?? -1, rule, resolvedBy: entry ? "lexicon" : "new-name",
    evidence: {
      article: doc.meta.id, sentence: sentence?.index ?? -1, start: sentence?.start ?? lineStart, end: sentence?.end ?? (lineEnd < 0 ? doc.text.length : lineEnd),
      text, focus: { start: span.start, end: span.end }, ...(doc.meta.date ? { date: doc.meta.date } : {}), rule,
    },
    candidate: { sentence: -1, firstToken: -1, lastToken: -1, start: span.start, end: span.end, type: "Organization" as const, name, surface: name, rule, priority: 0 },
  };
  const entity: EntityDescription = entry
    ? { key, type: "Organization", label: entry.label, lang: entry.lang, aliases: entry.names.filter((n) => n !== entry.label).sort(), aliasRules: Object.fromEntries(entry.names.filter((n) => n !== entry.label).map((n) => [n, `lexicon:${entry.id}`])), ...(entry.wikidata ? { wikidata: entry.wikidata } : {}) }
    : { key, type: "Organization", label: name, lang: "und", aliases: [], aliasRules: {} };
  return { mention, entity };
}
