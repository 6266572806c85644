// Table tests, on sentences written for the tests, for who takes part in or travels to a
// happening when the sentence does not name it: a locative clitic standing for the event told
// just before (`vi hanno partecipato X e Y`), a fronted participle of motion sharing the main
// clause's subject (`Arrivato in X, Y è stato accolto…`); treaties named by a capitalized head
// (`il Trattato sulle acque del X`, `la Carta di X`) and the verbs only a party uses of a treaty.
// Each construction has sentences that must give nothing.
import { describe, expect, it } from "vitest";
import { extractText } from "./helpers.ts";

const DATE = " date 2026-03 Notizie.\n\n";
const read = async (text: string) => {
  const x = await extractText(DATE + text);
  return {
    rel: new Set(x.relations.filter((r) => r.modality === "asserted").map((r) => `${r.subject} ${r.predicate} ${r.object}`)),
    treaties: x.entities.filter((e) => e.type === "Treaty").map((e) => e.label),
  };
};

describe("taking part in the happening told just before", () => {
  it.each([
    ["a locative clitic stands for the exercises of the sentence before",
      "Le esercitazioni «Tempesta del Nord» sono state condotte nel Mar Baltico. Vi hanno partecipato la Marina indonesiana e l'Aeronautica bielorussa.",
      ["org/marina-indonesiana participatesIn event/operation-mar-baltico-2026", "org/aeronautica-bielorussa participatesIn event/operation-mar-baltico-2026"], []],
    ["a locative clitic stands for the summit; a foreign participant travelled to it",
      "Il vertice si è chiuso ieri a Lisbona. Vi ha partecipato anche il premier olandese Dirk Janssen.",
      ["person/dirk-janssen participatesIn event/summit-lisbon-2026", "person/dirk-janssen visits place/lisbon"], []],
    ["`ci` with a verb that is not of taking part gives nothing",
      "Il vertice si è chiuso ieri a Lisbona. Ci ha creduto anche il premier olandese Dirk Janssen.",
      [], ["person/dirk-janssen participatesIn event/summit-lisbon-2026", "person/dirk-janssen visits place/lisbon"]],
    ["with no happening told before, the clitic joins nothing",
      "Il premier olandese Dirk Janssen è tornato all'Aia. Vi ha partecipato anche il ministro Jan Vos.",
      [], ["person/jan-vos participatesIn event/summit-aia-2026"]],
  ])("%s", async (_name, text, expected, absent) => {
    const { rel } = await read(text);
    for (const f of expected) expect(rel).toContain(f);
    for (const f of absent) expect(rel).not.toContain(f);
  });
});

describe("a fronted participle of motion", () => {
  it.each([
    ["shares the subject of a passive main clause",
      "Arrivato a Santiago nel pomeriggio, il premier canadese Mark Carney è stato accolto dal presidente Gabriel Boric.",
      ["person/mark-carney visits place/santiago", "person/gabriel-boric meetsWith person/mark-carney"], ["person/gabriel-boric visits place/santiago"]],
    ["shares the subject of an active main clause",
      "Arrivato a Lima in mattinata, il ministro Antony Blinken ha incontrato il presidente peruviano.",
      ["person/antony-blinken visits place/lima"], []],
    ["a participle that is not of motion makes no visit",
      "Preoccupato per la crisi in Cile, il premier canadese Mark Carney ha telefonato a Gabriel Boric.",
      [], ["person/mark-carney visits country/chile"]],
  ])("%s", async (_name, text, expected, absent) => {
    const { rel } = await read(text);
    for (const f of expected) expect(rel).toContain(f);
    for (const f of absent) expect(rel).not.toContain(f);
  });
});

describe("treaties named and their parties", () => {
  it.each([
    ["a capitalized treaty head with its modifiers is a treaty; suspending it is a party's act",
      "La Thailandia ha sospeso il Trattato sulle acque del Mekong, firmato nel 1995.",
      ["Trattato sulle acque del Mekong"], ["country/thailand partyTo treaty/trattato-sulle-acque-del-mekong"], []],
    ["a charter named with a place",
      "Uganda, Tanzania e Ruanda hanno aderito alla Carta di Arusha.",
      ["Carta di Arusha"], ["country/uganda partyTo treaty/carta-di-arusha", "country/united-republic-of-tanzania partyTo treaty/carta-di-arusha", "country/rwanda partyTo treaty/carta-di-arusha"], []],
    ["a lower-case `carta` with no content is no treaty",
      "Il ministro ha mostrato la carta di credito ai giornalisti.",
      [], [], []],
    ["condemning a treaty is not being a party to it",
      "La Russia ha condannato il Trattato sulle acque del Mekong.",
      ["Trattato sulle acque del Mekong"], [], ["country/russia partyTo treaty/trattato-sulle-acque-del-mekong"]],
    ["a capitalized alliance with a name is a body, not a treaty",
      "Il governo ha lasciato l'Alleanza per il Progresso Democratico.",
      [], [], []],
    ["a treaty head at the start of the sentence is not taken for a name",
      "Trattato di pace: la firma slitta a maggio.",
      [], [], []],
  ])("%s", async (_name, text, treaties, expected, absent) => {
    const r = await read(text);
    expect(r.treaties.filter((t) => !t.startsWith("patto") && !t.startsWith("accordo") && !t.startsWith("Trattato di pace"))).toEqual(treaties);
    for (const f of expected) expect(r.rel).toContain(f);
    for (const f of absent) expect(r.rel).not.toContain(f);
  });
});

describe("what names no happening to take part in", () => {
  it.each([
    ["words of backing in a sentence that names an attack make no side of it",
      "Il governo brasiliano ha criticato l'attacco americano ad Aleppo, mentre l'Iran ha ribadito il proprio sostegno alla Siria.",
      ["country/iran supports country/syria", "country/united-states participatesIn event/attack-united-states-2026"], ["country/iran participatesIn event/attack-united-states-2026"]],
  ])("%s", async (_name, text, expected, absent) => {
    const { rel } = await read(text);
    for (const f of expected) expect(rel).toContain(f);
    for (const f of absent) expect(rel).not.toContain(f);
  });

  it.each([
    ["plural attacks named by a demonym alone, once, are a series: no node even in the lead",
      "Il parlamento di Teheran ha accusato l'agenzia di aver dato il pretesto agli attacchi israeliani.", []],
    ["named twice, they are the happening the article is about",
      "Gli attacchi israeliani sono proseguiti per tutta la notte. Gli attacchi israeliani hanno colpito anche il porto.", ["attacchi israeliani"]],
    ["one attack with a place is one happening",
      "L'attacco israeliano a Hodeida ha colpito il porto.", ["attacco israeliano a Hodeida"]],
  ])("%s", async (_name, text, labels) => {
    const x = await extractText(DATE + text);
    expect(x.entities.filter((e) => e.type === "Event").map((e) => e.label)).toEqual(labels);
  });
});

describe("a past fight dated by a time noun with its year", () => {
  it.each([
    ["`la guerra dell'estate 2006` is one happening, named as written", "Il conflitto dell'estate 2006 ha lasciato il sud del Libano in macerie.", ["conflitto dell'estate 2006"]],
    ["a season with no year dates nothing", "Il conflitto dell'estate ha lasciato il sud del Libano in macerie.", []],
  ])("%s", async (_name, text, labels) => {
    const x = await extractText(DATE + text);
    expect(x.entities.filter((e) => e.type === "Event").map((e) => e.label)).toEqual(labels);
  });
});

describe("a meeting at a seat of government", () => {
  it.each([
    ["a guest received at a foreign seat of government visited its country",
      "Il premier giapponese Fumio Kishida è stato ricevuto al Pentagono dal segretario Lloyd Austin.",
      ["person/fumio-kishida visits country/united-states", "person/fumio-kishida meetsWith person/lloyd-austin"], ["person/lloyd-austin visits country/united-states"]],
    ["the host at his own seat visited nothing; his guest did",
      "Il segretario Lloyd Austin ha ricevuto al Pentagono il premier giapponese Fumio Kishida.",
      ["person/fumio-kishida visits country/united-states"], ["person/lloyd-austin visits country/united-states"]],
    ["a body that is no seat of a country's government places no visit",
      "Il premier giapponese Fumio Kishida ha incontrato Jens Stoltenberg alla NATO.",
      [], ["person/fumio-kishida visits country/belgium"]],
  ])("%s", async (_name, text, expected, absent) => {
    const { rel } = await read(text);
    for (const f of expected) expect(rel).toContain(f);
    for (const f of absent) expect(rel).not.toContain(f);
  });
});
