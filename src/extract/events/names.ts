// The names the press gives an event, so that every way an article calls it meets the same
// node: the phrase as written, the noun with each of its modifiers, and the usual patterns
// built from its participants and place (`visita di <surname> a <place>`, `vertice <A>-<B>`,
// `telefonata tra <A> e <B>`).
import type { AnalyzedArticle, Span } from "../../types.ts";
import type { EventMention } from "./mentions.ts";

export function slice(doc: AnalyzedArticle, sp: Span): string {
  return doc.text.slice(sp.start, sp.end).replace(/\s+/g, " ").trim();
}

const QUOTES = /^[«"“]+|[»"”]+$/g;

/** A person goes by the full name and the surname; a country or organization by its name. */
function callings(surface: string, type: string): string[] {
  const full = surface.replace(/\s+/g, " ").trim();
  return type === "Person" ? [...new Set([full, full.split(" ").pop()!])] : [full];
}

/** Stems: the noun as written, and with the adjectives that follow it (`colloqui bilaterali`). */
function stems(doc: AnalyzedArticle, f: EventMention): string[] {
  const trigger = slice(doc, f.span);
  const adjectives = f.modifiers.filter((m) => m.start >= f.span.end && m.adjective);
  const touching = adjectives.length > 0 && /^\s*$/.test(doc.text.slice(f.span.end, adjectives[0]!.start));
  return touching ? [trigger, slice(doc, { start: f.span.start, end: adjectives[0]!.end })] : [trigger];
}

/**
 * Every name is an identity claim across articles (the graph joins nodes sharing a name), so a
 * personal event (visit, meeting, call) is named with its people, and with its place when it has one.
 */
export function eventNames(doc: AnalyzedArticle, f: EventMention & { text: string }): string[] {
  const personal = ["visit", "meeting", "call"].includes(f.kind.frame);
  const seen = new Set<string>();
  // A host met during a visit (`ricevuto da X durante la visita`) is not whose visit it is.
  const who = f.participants.filter((r) => !r.via.startsWith("occasion-host") && !seen.has(r.p.m.key) && seen.add(r.p.m.key)).map((r) => callings(r.p.m.surface, r.p.type));
  const where = f.place ? [f.place.p.m.surface.replace(/\s+/g, " ")] : [];
  // A personal event with its people and place is labelled the usual way (`visita di X a Y`); the phrase as written is an alias.
  const canonical = personal && who.length > 0 && where.length > 0 ? [`${slice(doc, f.span)} di ${who.map((n) => n[0]!).join(" e ")} a ${where[0]!}`] : [];
  const out = [...canonical, f.text];
  for (const stem of stems(doc, f)) {
    // A meeting is named by its place too (`incontri in X`); a visit to a city is not one visit.
    if (f.kind.frame === "meeting" || f.kind.frame === "call") for (const w of where) out.push(`${stem} a ${w}`, `${stem} in ${w}`);
    if (!personal || who.length === 0) {
      const mods = f.modifiers.filter((m) => m.start >= f.span.end && !m.adjective);
      // The noun with each modifier, and the contiguous prefixes: `vertice G20`, `vertice G20 di X`.
      out.push(...mods.map((m) => `${stem} ${slice(doc, m)}`));
      for (const m of mods) out.push(slice(doc, { start: f.span.start, end: m.end }));
      for (const w of where) out.push(`${stem} a ${w}`, `${stem} in ${w}`, `${stem} di ${w}`);
    }
    for (const names of who) {
      for (const n of names) {
        if (where.length === 0) out.push(`${stem} di ${n}`);
        if (f.kind.frame === "meeting" || f.kind.frame === "call") out.push(`${stem} con ${n}`);
        for (const w of where) out.push(`${stem} di ${n} a ${w}`, `${stem} di ${n} in ${w}`, `${stem} a ${w} di ${n}`);
      }
    }
    if (who.length === 2) {
      for (const a of who[0]!) {
        for (const b of who[1]!) out.push(`${stem} tra ${a} e ${b}`, `${stem} tra ${b} e ${a}`, `${stem} ${a}-${b}`, `${stem} ${b}-${a}`);
      }
    }
  }
  return [...new Set(out.map((n) => n.replace(QUOTES, "")).filter((n) => n.length > 0 && n.length <= 100))];
}
