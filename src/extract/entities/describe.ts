// One description per entity of the article: canonical label, every name met, the rule
// that attached each name, Wikidata id.
import type { EntityDescription } from "../../types.ts";
import type { RecognizerContext } from "./candidate.ts";
import type { ResolvedMention } from "./index.ts";

function bestSurface(ms: readonly ResolvedMention[]): string {
  const names = ms.map((m) => m.candidate.name);
  return [...names].sort((a, b) => b.length - a.length || a.localeCompare(b))[0]!;
}

export function describeEntities(mentions: readonly ResolvedMention[], ctx: RecognizerContext): EntityDescription[] {
  const byKey = new Map<string, ResolvedMention[]>();
  for (const m of mentions) byKey.set(m.key, [...(byKey.get(m.key) ?? []), m]);
  const out: EntityDescription[] = [];
  for (const [key, ms] of byKey) {
    const entry = ctx.entriesById.get(key);
    const full = ms.filter((m) => m.resolvedBy !== "short-form" && m.resolvedBy !== "demonym" && m.resolvedBy !== "acronym-defined");
    const label = entry?.label ?? bestSurface(full.length > 0 ? full : ms);
    const aliasRules: Record<string, string> = {};
    const addAlias = (name: string, rule: string) => {
      if (name && name !== label && !(name in aliasRules)) aliasRules[name] = rule;
    };
    for (const m of ms) {
      if (m.resolvedBy === "demonym") continue;
      addAlias(m.surface.replace(/\s+/g, " "), m.resolvedBy);
      for (const extra of m.candidate.extraNames ?? []) addAlias(extra, m.candidate.rule);
    }
    for (const n of entry?.names ?? []) addAlias(n, `lexicon:${entry!.id}`);
    out.push({
      key,
      type: entry?.type ?? ms[0]!.type,
      label,
      lang: entry?.lang ?? "it",
      aliases: Object.keys(aliasRules).sort(),
      aliasRules,
      ...(entry?.wikidata ? { wikidata: entry.wikidata } : {}),
    });
  }
  return out.sort((a, b) => a.key.localeCompare(b.key));
}
