// Table tests for events as frames, on sentences written for the tests: what an event's
// phrase and clause give (participants, place), what taking part implies (met, visited, a
// call is no visit), what must give nothing (a possible visit, a press conference), and
// one identity per happening within and across articles.
import { describe, expect, it } from "vitest";
import { extractText } from "./helpers.ts";
import { compileEventRules } from "../../src/extract/events/index.ts";
import type { ArticleExtraction } from "../../src/types.ts";

const DATE = " date 2026-03 Notizie.\n\n";

/** `subject predicate object` for the facts the event stage made (evidence rule `event.*` or `verb:*`), event keys kept. */
const eventFacts = (x: ArticleExtraction) => new Set(x.relations.filter((r) => /^(event\.|verb:)/.test(r.evidence.rule) && r.modality === "asserted").map((r) => `${r.subject} ${r.predicate} ${r.object}`));
const eventKeys = (x: ArticleExtraction) => x.entities.filter((e) => e.type === "Event").map((e) => e.key);

describe("events as frames", () => {
  it.each([
    ["signing together: both met, the foreigner visited the place and its country",
      "Olaf Scholz e il presidente argentino Javier Milei hanno firmato a Berlino un accordo sull'energia.",
      ["person/javier-milei meetsWith person/olaf-scholz", "person/javier-milei visits place/berlin", "person/javier-milei visits country/germany"],
      ["person/olaf-scholz visits place/berlin"]],
    ["a visit: the traveller visits the city and its country",
      "La visita di Anthony Albanese a Pechino è durata tre giorni.",
      ["person/anthony-albanese participatesIn event/visit-anthony-albanese-beijing-2026", "event/visit-anthony-albanese-beijing-2026 locatedIn place/beijing", "person/anthony-albanese visits place/beijing", "person/anthony-albanese visits country/china"],
      []],
    ["a call: they talked, nobody travelled",
      "La telefonata tra il premier australiano Anthony Albanese e Fumio Kishida è durata un'ora.",
      ["person/anthony-albanese meetsWith person/fumio-kishida"],
      ["person/anthony-albanese visits country/japan", "person/fumio-kishida visits country/australia"]],
    ["a summit: who took part, where it was, who came from abroad; no meeting of each with each",
      "Al congresso dell'Ocse di Vilnius hanno partecipato Fumio Kishida e Anthony Albanese.",
      ["person/fumio-kishida participatesIn event/summit-vilnius-2026", "person/anthony-albanese participatesIn event/summit-vilnius-2026", "event/summit-vilnius-2026 locatedIn place/vilnius", "person/fumio-kishida visits place/vilnius"],
      ["person/anthony-albanese meetsWith person/fumio-kishida"]],
    ["a meeting named by its people and place",
      "L'incontro tra Fumio Kishida e Olaf Scholz si è svolto a Bali.",
      ["person/fumio-kishida meetsWith person/olaf-scholz", "person/fumio-kishida participatesIn event/meeting-fumio-kishida-olaf-scholz-bali-2026", "event/meeting-fumio-kishida-olaf-scholz-bali-2026 locatedIn place/bali"],
      []],
    ["a host participle names a participant",
      "Il cancelliere tedesco Karl Brandt ha partecipato alla conferenza di Lisbona, presieduta dal premier portoghese Rui Costa.",
      ["person/karl-brandt participatesIn event/summit-lisbon-2026", "event/summit-lisbon-2026 locatedIn place/lisbon", "person/karl-brandt visits country/portugal"],
      ["person/rui-costa visits place/lisbon"]],
    ["a relative clause set at the summit: its subject and object were there",
      "Il vertice di Lisbona si è aperto lunedì. Al vertice è arrivato Karl Brandt, che ha incontrato Jonas Vik in occasione del vertice.",
      ["person/karl-brandt participatesIn event/summit-lisbon-2026", "person/jonas-vik participatesIn event/summit-lisbon-2026"],
      []],
    ["who arrives where the summit is held comes to it",
      "Il vertice di Lisbona si è aperto lunedì. A Lisbona è arrivato anche il ministro Jonas Vik.",
      ["person/jonas-vik participatesIn event/summit-lisbon-2026"],
      []],
    ["a handshake told by a verb is the article's meeting",
      "L'incontro a Varsavia è durato un'ora. Il premier australiano Anthony Albanese e il cancelliere tedesco Olaf Scholz si stringono la mano.",
      ["person/anthony-albanese meetsWith person/olaf-scholz", "person/anthony-albanese participatesIn event/meeting-warsaw-2026", "person/olaf-scholz participatesIn event/meeting-warsaw-2026"],
      []],
    ["a government hosting a bare forum that is the conference named before",
      "La conferenza di Lisbona, un forum annuale organizzato dal governo portoghese, si è chiusa ieri.",
      ["country/portugal participatesIn event/summit-lisbon-2026"],
      []],
    ["a war between two countries: each is at war with the other",
      "La guerra tra Etiopia ed Eritrea è finita nel 2000.",
      ["country/eritrea atWarWith country/ethiopia"],
      []],
    ["a battle between two countries: each is at war with the other",
      "Gli scontri tra Etiopia ed Eritrea sono ripresi ieri.",
      ["country/eritrea atWarWith country/ethiopia"],
      []],
    ["a war in one country names no two sides",
      "La guerra in Etiopia è finita nel 2000.",
      [],
      ["country/eritrea atWarWith country/ethiopia"]],
    ["a bare mention refers back to the summit named before",
      "Il vertice si è aperto a Lisbona. Al vertice ha partecipato il premier Jonas Vik.",
      ["person/jonas-vik participatesIn event/summit-lisbon-2026"],
      []],
  ])("%s", async (_name, text, expected, absent) => {
    const facts = eventFacts(await extractText(DATE + text));
    for (const f of expected) expect(facts).toContain(f);
    for (const f of absent) expect(facts).not.toContain(f);
  });
  it("a truce between two countries: parties to it, and they were at war", async () => {
    const x = await extractText(DATE + "Il cessate il fuoco tra Etiopia ed Eritrea regge da una settimana.");
    const facts = x.relations.filter((r) => r.evidence.rule.startsWith("event.truce")).map((r) => `${r.subject} ${r.predicate} ${r.object}`);
    expect(facts).toContain("country/eritrea atWarWith country/ethiopia");
    expect(facts.filter((f) => f.includes("partyTo"))).toHaveLength(2);
  });

  it.each([
    ["an eventual visit", "Un'eventuale visita di Anthony Albanese a Pechino è stata discussa."],
    ["a visit that may happen", "Anthony Albanese potrebbe preparare una visita a Pechino."],
    ["a press conference is no summit", "Il ministro Karl Brandt ha tenuto una conferenza stampa a Lisbona."],
    ["a number is no date", "La guerra dei 300 chilometri di trincea ha sfiancato entrambi gli eserciti."],
  ])("nothing from %s", async (_name, text) => {
    const x = await extractText(DATE + text);
    expect([...eventFacts(x)]).toEqual([]);
    expect(eventKeys(x)).toEqual([]);
  });

  it.each([
    ["a truce between two sides", "Da ieri regge un cessate il fuoco fra Perù ed Ecuador.", ["country/ecuador", "country/peru"]],
    ["a truce, the other word", "Il ministro ha lodato la tregua fra Marocco e Algeria.", ["country/algeria", "country/morocco"]],
  ])("%s is an agreement its sides are party to", async (_name, text, sides) => {
    const x = await extractText(DATE + text);
    const truce = x.entities.filter((e) => e.type === "Treaty" && e.key.startsWith("treaty/truce-"));
    expect(truce).toHaveLength(1);
    const parties = x.relations.filter((r) => r.predicate === "partyTo" && r.object === truce[0]!.key).map((r) => r.subject).sort();
    expect(parties).toEqual(sides);
  });

  it("a truce with no sides and no place names no agreement", async () => {
    const x = await extractText(DATE + "Il ministro Karl Brandt ha chiesto un cessate il fuoco.");
    expect(x.entities.filter((e) => e.key.startsWith("treaty/truce-"))).toEqual([]);
  });

  it("a series of attacks named only by who makes them is no node of its own after the lead", async () => {
    const lead = "Il governo ha parlato a lungo. La situazione resta tesa. ";
    const series = await extractText(DATE + lead + "Da mesi gli attacchi della Turchia colpiscono i villaggi di confine.");
    expect(eventKeys(series)).toEqual([]);
    const one = await extractText(DATE + lead + "L'attacco della Turchia ha colpito un villaggio di confine.");
    expect(eventKeys(one)).toHaveLength(1);
  });

  it("a dated fight is one happening, named as written", async () => {
    const x = await extractText(DATE + "Il villaggio ricorda ancora la battaglia di Pietralba del marzo 2019, che durò tre giorni.");
    const battle = x.entities.filter((e) => e.type === "Event");
    expect(battle).toHaveLength(1);
    expect([battle[0]!.label, ...battle[0]!.aliases]).toContain("battaglia di Pietralba");
  });

  it("labels an event by its named mention, not a bare one met first", async () => {
    const x = await extractText(DATE + "Il vertice è stato definito storico. Al vertice di Lisbona hanno partecipato Fumio Kishida e Karl Brandt.");
    const summit = x.entities.find((e) => e.key === "event/summit-lisbon-2026")!;
    expect(summit.label).toBe("vertice di Lisbona");
  });

  it("one key for one summit however each article calls it", async () => {
    const a = await extractText(DATE + "Al vertice di Lisbona hanno partecipato Fumio Kishida e Karl Brandt.", "a.txt");
    const b = await extractText(DATE + "Il premier Jonas Vik è arrivato al vertice dell'Ocse di Lisbona, dove ha partecipato ai lavori.", "b.txt");
    expect(eventKeys(a)).toEqual(["event/summit-lisbon-2026"]);
    expect(eventKeys(b)).toEqual(["event/summit-lisbon-2026"]);
  });

  it("names an event the ways the press does", async () => {
    const x = await extractText(DATE + "L'incontro tra Fumio Kishida e Olaf Scholz si è svolto a Bali.");
    const e = x.entities.find((e) => e.key === "event/meeting-fumio-kishida-olaf-scholz-bali-2026")!;
    const names = [e.label, ...e.aliases];
    for (const n of ["incontro tra Kishida e Scholz", "incontro Kishida-Scholz", "incontro a Bali"]) expect(names).toContain(n);
    // A visit to a city is not named by the city alone: that would join every visit there.
    const v = await extractText(DATE + "La visita di Anthony Albanese a Pechino è durata tre giorni.");
    const visit = v.entities.find((e) => e.type === "Event")!;
    expect([visit.label, ...visit.aliases]).toContain("visita di Albanese a Pechino");
    expect([visit.label, ...visit.aliases]).not.toContain("visita a Pechino");
  });
});

describe("event rules", () => {
  const kinds = [{ id: "event.x", lemmas: ["x"], frame: "meeting", cameo: "040", reason: "r" }];
  const rest = {
    participationVerbs: { reason: "r", lemmas: ["partecipare"] }, arrivalVerbs: { reason: "r", lemmas: ["arrivare"] }, hostVerbs: { reason: "r", lemmas: ["ospitare"] }, doerVerbs: { reason: "r", lemmas: ["compiere"] }, presence: { reason: "r", lemmas: ["presenza"] },
    occasions: { reason: "r", nouns: ["margine"], cases: ["durante"] }, generic: { reason: "r", lemmas: [] }, hypothetical: { reason: "r", lemmas: [] }, governments: { reason: "r", lemmas: ["governo"] },
    notEvents: { reason: "r", phrases: [] }, verbs: { reason: "r", frames: { firmare: "event.x" } },
    cliticParticipation: { reason: "r", clitics: ["vi"], lemmas: ["partecipare"] }, modifierNouns: { reason: "r", lemmas: ["lampo"] },
    presentAt: { reason: "r", lemmas: ["presente"] }, hostNouns: { reason: "r", lemmas: ["anfitrione"] }, attendees: { reason: "r", lemmas: ["ospite"] },
    accords: { reason: "r", verbs: ["firmare"], nouns: ["firma"], documents: ["accordo"] },
  };
  it("accepts a well-formed file", () => {
    expect(compileEventRules({ kinds, ...rest }, ["marzo"]).verbs.get("firmare")?.id).toBe("event.x");
  });
  it.each([
    ["a kind without reason", { kinds: [{ ...kinds[0], reason: "" }], ...rest }],
    ["an unknown frame", { kinds: [{ ...kinds[0], frame: "party" }], ...rest }],
    ["a verb pointing at no kind", { kinds, ...rest, verbs: { reason: "r", frames: { firmare: "event.y" } } }],
    ["upper-case lemmas", { kinds, ...rest, participationVerbs: { reason: "r", lemmas: ["Partecipare"] } }],
    ["modifier nouns without a reason", { kinds, ...rest, modifierNouns: { lemmas: ["lampo"] } }],
    ["accords without documents", { kinds, ...rest, accords: { reason: "r", verbs: ["firmare"], nouns: ["firma"] } }],
    ["presence adjectives without a reason", { kinds, ...rest, presentAt: { lemmas: ["presente"] } }],
    ["clitic participation without clitics", { kinds, ...rest, cliticParticipation: { reason: "r", clitics: [], lemmas: ["partecipare"] } }],
  ])("rejects %s", (_name, raw) => {
    expect(() => compileEventRules(raw, [])).toThrow();
  });
});
