// The event rules of data/rules/events.json, validated at load: event kinds (trigger
// lemmas, frame, CAMEO code), the verbs whose subject takes part in an event, the
// participles that name a host, the nouns and prepositions that set a clause at an event.
import { join } from "node:path";
import { LexiconError } from "../../errors.ts";
import { readJsonData } from "../../data/json.ts";
import type { TreeRules } from "../relations/tree-rules.ts";

/** What taking part in an event implies (see events.json `about`). */
export type Frame = "meeting" | "visit" | "call" | "gathering" | "conflict" | "truce";
const FRAMES: readonly Frame[] = ["meeting", "visit", "call", "gathering", "conflict", "truce"];

export interface EventKind {
  id: string;
  lemmas: string[];
  frame: Frame;
  cameo: string;
  reason: string;
  demonymActor?: boolean;
  /** The countries it names by `tra` (`la guerra tra X e Y`) are on opposite sides: at war with each other. */
  sides?: boolean;
  /** Held at a distance (`la videoconferenza`): those who take part do not travel to where it is chaired. */
  remote?: boolean;
}

export interface EventContext {
  kinds: EventKind[];
  /** First lemma -> (kind, the whole lemma split in words), longest first. */
  triggers: Map<string, Array<{ kind: EventKind; words: string[] }>>;
  participationVerbs: Set<string>;
  arrivalVerbs: Set<string>;
  hostVerbs: Set<string>;
  /** Nouns of presence (`sotto lo sguardo di X`, `alla presenza di X`) on a joint act's verb: their owner took part. */
  presence: Set<string>;
  /** Participles whose agent carried the happening out (`il viaggio effettuato da X`). */
  doerVerbs: Set<string>;
  occasionNouns: Set<string>;
  occasionCases: Set<string>;
  generic: Set<string>;
  hypothetical: Set<string>;
  /** Phrases (`conferenza stampa`) whose head is a trigger but that name no happening. */
  notEvents: string[][];
  /** Verbs (or `verb object`) that tell a happening of a kind: `firmare` -> signing. */
  verbs: Map<string, EventKind>;
  /** Nouns for a country's government (`il governo italiano`): they act for the country. */
  governments: Set<string>;
  /** Month names, from the temporal calendar: a number before one is a date. */
  months: Set<string>;
  /** Verbs of taking part that, with a locative clitic (`vi hanno preso parte`), take part in the happening just told. */
  cliticParticipation: { clitics: Set<string>; verbs: Set<string> };
  /** Invariable nouns set after a noun as its modifier (`una controffensiva lampo`): the tagger may make them the head. */
  modifierNouns: Set<string>;
  /** Negation, modal and denial words of the tree patterns (tree-patterns.json `modality`), set when the extract context is built. */
  modality?: TreeRules["modality"];
  /** Verbs and nouns that tell an accord as made (`firmare`, `ratificare`, `la firma di`): its sides are its parties. */
  accords: { verbs: Set<string>; nouns: Set<string>; documents: Set<string> };
  /** Predicate adjectives of presence (`era presente al vertice`): their subject took part in the event they take. */
  presentAt: Set<string>;
  /** Nouns set beside a name to call it the host (`X, padrone di casa, …`): the host of the gathering its clause tells. */
  hostNouns: Set<string>;
  /** Nouns for those who attend (`tra i partecipanti al vertice c'era X`): one counted among them took part. */
  attendees: Set<string>;
}

interface LemmaList {
  reason?: string;
  lemmas?: string[];
}

function lemmaSet(file: string, name: string, list: LemmaList | undefined): Set<string> {
  if (!list?.reason || !Array.isArray(list.lemmas) || list.lemmas.some((l) => typeof l !== "string" || l !== l.toLowerCase())) {
    throw new LexiconError(file, name, "needs a reason and lower-case lemmas");
  }
  return new Set(list.lemmas);
}

export function compileEventRules(raw: unknown, months: readonly string[], file = "events.json"): EventContext {
  const r = raw as { kinds?: EventKind[]; participationVerbs?: LemmaList; arrivalVerbs?: LemmaList; hostVerbs?: LemmaList; doerVerbs?: LemmaList; presence?: LemmaList; occasions?: { reason?: string; nouns?: string[]; cases?: string[] }; generic?: LemmaList; hypothetical?: LemmaList; governments?: LemmaList; cliticParticipation?: LemmaList & { clitics?: string[] }; verbs?: { reason?: string; frames?: Record<string, string> }; notEvents?: { reason?: string; phrases?: string[] }; modifierNouns?: LemmaList; accords?: { reason?: string; verbs?: string[]; nouns?: string[]; documents?: string[] }; presentAt?: LemmaList; hostNouns?: LemmaList; attendees?: LemmaList };
  if (!Array.isArray(r.kinds)) throw new LexiconError(file, "", "expected `kinds`");
  const triggers = new Map<string, Array<{ kind: EventKind; words: string[] }>>();
  const ids = new Set<string>();
  r.kinds.forEach((k, i) => {
    if (!k.id || !k.reason || ids.has(k.id) || !/^\d{3,4}$/.test(k.cameo ?? "") || !FRAMES.includes(k.frame) || !Array.isArray(k.lemmas) || k.lemmas.length === 0) {
      throw new LexiconError(file, `kind ${i}`, "needs a unique id, reason, cameo, frame and lemmas");
    }
    if (k.sides !== undefined && typeof k.sides !== "boolean") throw new LexiconError(file, `kind ${i}`, "`sides` must be true or false");
    ids.add(k.id);
    for (const l of k.lemmas) {
      const words = l.split(" ");
      triggers.set(words[0]!, [...(triggers.get(words[0]!) ?? []), { kind: k, words }].sort((a, b) => b.words.length - a.words.length));
    }
  });
  const occ = r.occasions;
  if (!occ?.reason || !Array.isArray(occ.nouns) || !Array.isArray(occ.cases)) throw new LexiconError(file, "occasions", "needs reason, nouns and cases");
  if (!r.verbs?.reason || typeof r.verbs.frames !== "object") throw new LexiconError(file, "verbs", "needs reason and frames");
  const verbs = new Map<string, EventKind>();
  for (const [verb, id] of Object.entries(r.verbs.frames ?? {})) {
    const kind = r.kinds.find((k) => k.id === id);
    if (!kind) throw new LexiconError(file, `verbs.${verb}`, `unknown kind ${id}`);
    verbs.set(verb, kind);
  }
  if (!r.notEvents?.reason || !Array.isArray(r.notEvents.phrases)) throw new LexiconError(file, "notEvents", "needs reason and phrases");
  if (!Array.isArray(r.cliticParticipation?.clitics) || r.cliticParticipation.clitics.length === 0) throw new LexiconError(file, "cliticParticipation", "needs clitics");
  const acc = r.accords;
  if (!acc?.reason || !Array.isArray(acc.verbs) || !Array.isArray(acc.nouns) || !Array.isArray(acc.documents)) throw new LexiconError(file, "accords", "needs reason, verbs, nouns and documents");
  return {
    accords: { verbs: new Set(acc.verbs), nouns: new Set(acc.nouns), documents: new Set(acc.documents) },
    presentAt: lemmaSet(file, "presentAt", r.presentAt),
    hostNouns: lemmaSet(file, "hostNouns", r.hostNouns),
    attendees: lemmaSet(file, "attendees", r.attendees),
    notEvents: r.notEvents.phrases.map((p) => p.split(" ")),
    verbs,
    kinds: r.kinds,
    triggers,
    participationVerbs: lemmaSet(file, "participationVerbs", r.participationVerbs),
    arrivalVerbs: lemmaSet(file, "arrivalVerbs", r.arrivalVerbs),
    hostVerbs: lemmaSet(file, "hostVerbs", r.hostVerbs),
    doerVerbs: lemmaSet(file, "doerVerbs", r.doerVerbs),
    presence: lemmaSet(file, "presence", r.presence),
    occasionNouns: new Set(occ.nouns),
    occasionCases: new Set(occ.cases),
    generic: lemmaSet(file, "generic", r.generic),
    hypothetical: lemmaSet(file, "hypothetical", r.hypothetical),
    governments: lemmaSet(file, "governments", r.governments),
    modifierNouns: lemmaSet(file, "modifierNouns", r.modifierNouns),
    months: new Set(months),
    cliticParticipation: { verbs: lemmaSet(file, "cliticParticipation", r.cliticParticipation), clitics: new Set(r.cliticParticipation?.clitics ?? []) },
  };
}

export async function loadEventContext(dataDir: string): Promise<EventContext> {
  const file = join(dataDir, "rules", "events.json");
  const calendar = join(dataDir, "temporal", "calendar.json");
  const months = (await readJsonData(calendar)) as { months?: Record<string, number> };
  if (!months.months) throw new LexiconError(calendar, "", "expected `months`");
  return compileEventRules(await readJsonData(file), Object.keys(months.months), file);
}
