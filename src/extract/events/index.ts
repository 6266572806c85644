// Happenings named by a common noun (`la visita a Pyongyang di Sergueï Choïgou`, `una
// telefonata con Kim`, `incontri diplomatici con … Donald Trump in Alaska`) become Event
// nodes with their participants (participatesIn) and place (locatedIn). The key is built
// from the event type, participants and place, so every article telling the same
// happening meets in one node.
import { join } from "node:path";
import { LexiconError } from "../../errors.ts";
import { readJsonData } from "../../data/json.ts";
import { slugify } from "../../names/slug.ts";
import type { AnalyzedArticle, EntityDescription, RelationFact, Sentence } from "../../types.ts";
import { evidenceFor } from "../evidence.ts";
import type { ResolvedMention } from "../entities/index.ts";
import { isFiniteVerb, placeMentions, subjectsLeft, type ArgFit, type PlacedMention } from "../relations/args.ts";

export interface EventHead {
  id: string;
  words: string[];
  cameo: string;
  reason: string;
}

export interface EventContext {
  /** First word -> heads. */
  heads: Map<string, Array<{ head: EventHead; words: string[] }>>;
}

export async function loadEventContext(dataDir: string): Promise<EventContext> {
  const file = join(dataDir, "rules", "events.json");
  const raw = (await readJsonData(file)) as { heads?: EventHead[] };
  if (!Array.isArray(raw.heads)) throw new LexiconError(file, "", "expected `heads`");
  const heads = new Map<string, Array<{ head: EventHead; words: string[] }>>();
  raw.heads.forEach((h, i) => {
    if (!h.id || !h.reason || !/^\d{2,4}$/.test(h.cameo ?? "") || !Array.isArray(h.words)) throw new LexiconError(file, `head ${i}`, "needs id, reason, cameo and words");
    for (const w of h.words) {
      const words = w.split(" ");
      heads.set(words[0]!, [...(heads.get(words[0]!) ?? []), { head: h, words }]);
    }
  });
  return { heads };
}

export interface EventResult {
  entities: EntityDescription[];
  relations: RelationFact[];
  mentions: ResolvedMention[];
}

const WITH = new Set(["con", "tra", "fra"]);
const OF = new Set(["di", "del", "della", "dell'"]);
const AT = new Set(["a", "ad", "in", "al", "alla", "nella", "nel", "presso"]);

function headAt(ctx: EventContext, s: Sentence, i: number): { head: EventHead; words: string[] } | undefined {
  const t = s.tokens[i]!;
  if (t.text !== t.lower) return undefined;
  return (ctx.heads.get(t.lower) ?? ctx.heads.get(t.lemma) ?? []).find(({ words }) => words.every((w, k) => s.tokens[i + k]?.lower === w || s.tokens[i + k]?.lemma === w));
}

function argsOf(s: Sentence, i: number, placed: PlacedMention[], fit: ArgFit) {
  const participants: PlacedMention[] = [];
  let place: PlacedMention | undefined;
  for (const p of placed) {
    if (p.first <= i || p.first - i > 12) continue;
    // Stop at punctuation, at `per` (a purpose: `visita … per un vertice con Putin`) and at `sulla/sul` (a topic).
    if (s.tokens.slice(i + 1, p.first).some((t) => (t.kind === "punct" && t.text !== "'") || ["per", "sulla", "sul", "sugli", "sulle"].includes(t.lower) || isFiniteVerb(t))) break;
    const prev = s.tokens[p.first - 1]?.lower ?? "";
    // `con il presidente statunitense Donald Trump`: the preposition may stand a few words before the name.
    const before = s.tokens.slice(Math.max(i + 1, p.first - 5), p.first).map((t) => t.lower);
    // `il presidente statunitense Donald Trump`: the demonym only qualifies the person.
    const qualifier = p.m.resolvedBy === "demonym" && placed.some((q) => q.m.type === "Person" && q.first > p.last && q.first - p.last <= 2);
    if (!qualifier && (OF.has(prev) || before.some((w) => WITH.has(w))) && fit(p, ["Person", "Country"])) participants.push(p);
    else if (AT.has(prev) && (p.m.type === "Place" || p.m.type === "Country") && !place) place = p;
  }
  // Else the subject on the left, within the same clause.
  if (participants.length === 0) participants.push(...subjectsLeft(s, placed, i, ["Person"], fit).filter((p) => !s.tokens.slice(p.last + 1, i).some((t) => t.text === ",")));
  return { participants, place };
}

export function extractEvents(doc: AnalyzedArticle, mentions: readonly ResolvedMention[], ctx: EventContext, fit: ArgFit): EventResult {
  const out: EventResult = { entities: [], relations: [], mentions: [] };
  const seen = new Set<string>();
  for (const s of doc.sentences) {
    const placed = placeMentions(s, mentions);
    for (let i = 0; i < s.tokens.length; i++) {
      const h = headAt(ctx, s, i);
      if (!h || placed.some((p) => p.first <= i && i <= p.last)) continue;
      const { participants, place } = argsOf(s, i, placed, fit);
      if (participants.length === 0 || !place) continue;
      // The head with its adjectives: `incontri diplomatici`, `visita ufficiale`.
      let headEnd = i + h.words.length - 1;
      while (headEnd - i < 3 && /^[a-zà-ù]+[aeio]$/.test(s.tokens[headEnd + 1]?.text ?? "") && !["di", "a", "in", "con", "tra", "da", "per", "e", "che"].includes(s.tokens[headEnd + 1]!.lower) && (s.tokens[headEnd + 1]!.lemmas.length === 1 || /(ic|al|ar|on|fic)[aeio]$/.test(s.tokens[headEnd + 1]!.lower))) headEnd++;
      const headText = s.tokens.slice(i, headEnd + 1).map((t) => t.text).join(" ");
      const who = [...new Set(participants.map((p) => p.m.key))].sort();
      const key = `event/${slugify(h.head.id.replace("event.", ""))}-${who.map((k) => k.split("/")[1]).join("-")}-${place.m.key.split("/")[1]}`;
      const label = `${headText} di ${participants.map((p) => p.m.surface).join(" e ")} ${["Place"].includes(place.m.type) ? "a" : "in"} ${place.m.surface}`;
      const focus = { start: s.tokens[i]!.start, end: s.tokens[i + h.words.length - 1]!.end };
      const rule = h.head.id;
      out.mentions.push({ key, type: "Event", surface: headText, start: focus.start, end: focus.end, sentence: s.index, rule, resolvedBy: "event-key", evidence: evidenceFor(doc, s.index, focus, rule),
        candidate: { sentence: s.index, firstToken: i, lastToken: i, start: focus.start, end: focus.end, type: "Event", name: label, surface: headText, rule, priority: 0 } });
      if (!seen.has(key)) {
        seen.add(key);
        // The names the press gives such an event: by place, by participant (full name or surname), or both.
        const who = participants.flatMap((p) => [p.m.surface, p.m.surface.split(/\s+/).pop()!]);
        const aliases = [...new Set([
          `${headText} in ${place.m.surface}`, `${headText} a ${place.m.surface}`,
          ...who.map((w) => `${headText} di ${w}`), ...who.map((w) => `${headText} di ${w} a ${place.m.surface}`), ...who.map((w) => `${headText} a ${place.m.surface} di ${w}`),
        ])].filter((a) => a !== label).sort();
        out.entities.push({ key, type: "Event", label, lang: "it", aliases, aliasRules: Object.fromEntries(aliases.map((a) => [a, rule])), cameo: h.head.cameo });
      }
      for (const p of participants) out.relations.push({ predicate: "participatesIn", subject: p.m.key, object: key, modality: "asserted", evidence: evidenceFor(doc, s.index, focus, rule), cameo: h.head.cameo });
      out.relations.push({ predicate: "locatedIn", subject: key, object: place.m.key, modality: "asserted", evidence: evidenceFor(doc, s.index, focus, rule) });
    }
  }
  return out;
}
