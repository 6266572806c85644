// Table tests for relations, one per sentence form, on sentences written for the tests.
import { describe, expect, it } from "vitest";
import { extractText, rel } from "./helpers.ts";

describe("relations in every common form", () => {
  it.each([
    ["active verb", "La Bielorussia ha inviato truppe in Ucraina.", "country/belarus", "deploysTroopsTo", "country/ukraine"],
    ["passive with agent", "Nuovi soldati sono stati inviati in Siria dalla Russia.", "country/russia", "deploysTroopsTo", "country/syria"],
    ["nominalized supply", "La fornitura di missili dall'Iran alla Russia preoccupa Kiev.", "country/iran", "suppliesWeaponsTo", "country/russia"],
    ["meeting", "Il presidente Vladimir Putin ha incontrato Xi Jinping a Pechino.", "person/vladimir-putin", "meetsWith", "person/xi-jinping"],
    ["visit noun", "La visita di Sergei Lavrov a Pyongyang è durata due giorni.", "person/sergei-lavrov", "visits", "place/pyongyang"],
    ["criticism", "La Francia ha condannato la Corea del Nord per i lanci.", "country/france", "criticizes", "country/north-korea"],
    ["role before name", "Il presidente ucraino Volodymyr Zelensky ha parlato ieri.", "person/volodymyr-zelensky", "leaderOf", "country/ukraine"],
    ["role in apposition", "Sergei Lavrov, ministro degli Esteri russo, ha parlato ieri.", "person/sergei-lavrov", "memberOf", ""],
    ["passive, agent after a title", "Il trattato di mutua difesa tra Russia e Bielorussia è stato firmato dal presidente russo Vladimir Putin.", "person/vladimir-putin", "signs", "treaty/"],
    ["passive, nationality of what was sent", "Circa 800 soldati bielorussi sono stati trasferiti nella regione di Belgorod.", "country/belarus", "deploysTroopsTo", "place/belgorod-oblast"],
    ["place in apposition", "Un deposito a Zarubino, nella regione russa di Primorje, è stato colpito.", "place/zarubino", "locatedIn", "place/primorsky-krai"],
    ["head of government", "La Corea del Nord ha un nuovo governo: ha parlato il primo ministro Kim Tok Hun.", "person/kim-tok-hun", "leaderOf", "country/north-korea"],
    ["role before a comma", "Secondo il capo dell'intelligence militare lituana, il colonnello Darius Jurgelevicius, la minaccia cresce.", "person/darius-jurgelevicius", "leaderOf", "org/lithuania-intelligence-militare"],
    ["direct object of a visit verb", "Il ministro Sergei Lavrov ha lasciato ieri Minsk dopo tre giorni.", "person/sergei-lavrov", "visits", "place/minsk"],
    ["coordinated subjects", "Russia e Bielorussia hanno firmato un trattato di mutua difesa.", "country/belarus", "partyTo", "treaty/"],
    ["relative clause", "Il ministro Sergei Lavrov, che ha incontrato ieri Wang Yi, è tornato a Mosca.", "person/sergei-lavrov", "meetsWith", "person/wang-yi"],
    ["participial clause", "Le truppe nordcoreane, inviate dalla Corea del Nord nella regione di Kursk, combattono.", "country/north-korea", "deploysTroopsTo", "place/kursk-region"],
    ["possessive role", "L'agenzia Baltic Wire ha pubblicato le foto, e il suo direttore Jonas Petraitis le ha commentate.", "person/jonas-petraitis", "leaderOf", "org/baltic-wire"],
  ])("%s: %s", async (_form, sentence, subject, predicate, object) => {
    const x = await extractText(sentence);
    const facts = [...rel(x)];
    const hit = facts.some((f) => {
      const [fs, fp, fo] = f.split(" ");
      return fs === subject && fp === predicate && fo!.startsWith(object);
    });
    expect(hit, `${subject} ${predicate} ${object} in ${JSON.stringify(facts)}`).toBe(true);
  });

  it.each([
    ["hypothetical", "Il leader nordcoreano potrebbe visitare la Russia a settembre."],
    ["negated", "La Cina non ha inviato armi alla Russia."],
    ["denied", "Mosca e Pyongyang negano qualsiasi trasferimento di armi."],
  ])("%s statements stay out of the plain relations: %s", async (_kind, sentence) => {
    const x = await extractText(sentence);
    const plain = x.relations.filter((r) => r.modality === "asserted" && ["visits", "suppliesWeaponsTo", "deploysTroopsTo"].includes(r.predicate));
    expect(plain).toEqual([]);
  });

  it("a reported source is not the actor", async () => {
    const x = await extractText("Secondo il Giappone, la Corea del Nord ha inviato truppe in Russia.");
    const facts = rel(x);
    expect(facts).toContain("country/north-korea deploysTroopsTo country/russia");
    expect([...facts].some((f) => f.startsWith("country/japan deploysTroopsTo"))).toBe(false);
  });

  it("ten sentences saying one relation give ten pieces of evidence", async () => {
    const text = Array.from({ length: 10 }, (_, i) => `Il giorno ${i + 1} la Corea del Nord ha inviato truppe in Russia.`).join("\n");
    const x = await extractText(text);
    const ev = x.relations.filter((r) => r.subject === "country/north-korea" && r.predicate === "deploysTroopsTo" && r.object === "country/russia");
    expect(ev.length).toBe(10);
    expect(new Set(ev.map((r) => r.evidence.sentence)).size).toBe(10);
  });
});

describe("events", () => {
  it("one signing event per treaty, whatever article tells it", async () => {
    const a = await extractText(" date 2025-03 Russia e Corea del Nord hanno firmato il trattato di reciproca difesa.", "a.txt");
    const b = await extractText(" date 2025-06 A un anno dalla firma, il presidente Vladimir Putin ha firmato il trattato di partenariato strategico globale con la Corea del Nord e la Russia.", "b.txt");
    const keys = (x: typeof a) => x.entities.filter((e) => e.key.startsWith("event/signing-")).map((e) => e.key);
    expect(keys(a)).toHaveLength(1);
    expect(keys(a)).toEqual(keys(b));
    expect(a.entities.find((e) => e.key === keys(a)[0])!.date).toBe("2024-06-19");
    expect(a.entities.find((e) => e.key === keys(a)[0])!.cameo).toBe("057");
  });
});
