// Table tests for who is party to an accord, on sentences written for the tests about other
// accords than the development articles: the signer's country through the signer's office
// (`il presidente ruandese X ha firmato`), the sides an accord told as made names (`l'accordo tra
// X e Y è stato firmato`, `la firma dell'accordo tra X e Y`, `un accordo con Y`), a signed document
// no lexicon knows (`una dichiarazione comune`), `i due leader` as the pair told together
// before (not a witness named last), and where an accord's name stops (`alla presenza di`,
// `davanti a`, `da parte di`); and sentences that must give no party: a plan, a negotiation, a
// negation, a statement that is no accord, one of a series, several accords, a mediator.
import { describe, expect, it } from "vitest";
import { extractText } from "./helpers.ts";

const DATE = " date 2026-03 Notizie.\n\n";
const run = async (text: string) => {
  const x = await extractText(DATE + text);
  return {
    facts: new Set(x.relations.filter((r) => r.modality === "asserted").map((r) => `${r.subject} ${r.predicate} ${r.object}`)),
    treaties: x.mentions.filter((m) => m.type === "Treaty").map((m) => m.key),
  };
};
const PAIR = "Il presidente ruandese Paul Kagame e il presidente congolese Félix Tshisekedi si sono incontrati a Luanda";

describe("parties to an accord, over the tree", () => {
  it.each([
    ["each signer's country, through the signer's office; a mediator is no party",
      "Il presidente ruandese Paul Kagame e il presidente congolese Félix Tshisekedi hanno firmato un accordo di pace con la mediazione dell'Angola.",
      ["country/rwanda partyTo treaty/accordo-di-pace", "country/democratic-republic-of-the-congo partyTo treaty/accordo-di-pace", "person/paul-kagame signs treaty/accordo-di-pace"],
      ["country/angola partyTo treaty/accordo-di-pace"]],
    ["the sides of a signing noun's accord",
      "La firma dell'accordo di pace tra Etiopia ed Eritrea è avvenuta a Gedda.",
      ["country/ethiopia partyTo treaty/accordo-di-pace", "country/eritrea partyTo treaty/accordo-di-pace"],
      []],
    ["the sides of an accord told as signed, in the passive",
      "L'accordo sul grano tra Kenya e Tanzania è stato firmato a Mombasa.",
      ["country/kenya partyTo treaty/accordo-sul-grano", "country/united-republic-of-tanzania partyTo treaty/accordo-sul-grano"],
      []],
    ["another verb of signing and another document",
      "Il memorandum sul gas tra Marocco e Portogallo è stato siglato ieri.",
      ["country/morocco partyTo treaty/memorandum-sul-gas", "country/portugal partyTo treaty/memorandum-sul-gas"],
      []],
    ["the one an accord is made with",
      "La Finlandia ha firmato un accordo di difesa con gli Stati Uniti.",
      ["country/finland partyTo treaty/accordo-di-difesa", "country/united-states partyTo treaty/accordo-di-difesa"],
      []],
    ["a signed document no lexicon knows, and the one it was made with",
      "Il presidente ivoriano Alassane Ouattara ha firmato un accordo sugli investimenti con la Nigeria.",
      ["country/cote-d-ivoire partyTo treaty/accordo-sugli-investimenti", "country/nigeria partyTo treaty/accordo-sugli-investimenti"],
      []],
    ["an accord renewed with another country: both are parties",
      "Il Gabon ha rinnovato l'accordo di assistenza per la sicurezza con il Portogallo.",
      ["country/gabon partyTo treaty/accordo-di-assistenza-per-la-sicurezza", "country/portugal partyTo treaty/accordo-di-assistenza-per-la-sicurezza"],
      []],
    ["a minister signs for the country of the office",
      "Il ministro degli Esteri brasiliano Mauro Vieira ha firmato un memorandum d'intesa sull'energia.",
      ["country/brazil partyTo treaty/memorandum-d-intesa-sull-energia"],
      []],
    ["one it was signed with signs too, for the country of the office",
      "Il ministro degli Esteri brasiliano Mauro Vieira ha firmato un memorandum d'intesa sull'energia con il collega cileno Alberto van Klaveren.",
      ["person/alberto-van-klaveren signs treaty/memorandum-d-intesa-sull-energia", "country/chile partyTo treaty/memorandum-d-intesa-sull-energia", "country/brazil partyTo treaty/memorandum-d-intesa-sull-energia"],
      []],
    ["`i due leader` sign: the pair told together before",
      `${PAIR}. I due leader hanno poi firmato una dichiarazione comune sulla sicurezza.`,
      ["person/paul-kagame signs treaty/dichiarazione-comune-sulla-sicurezza", "person/felix-tshisekedi signs treaty/dichiarazione-comune-sulla-sicurezza",
        "country/rwanda partyTo treaty/dichiarazione-comune-sulla-sicurezza", "country/democratic-republic-of-the-congo partyTo treaty/dichiarazione-comune-sulla-sicurezza"],
      []],
    ["`i due leader` is the pair, not a witness named after them",
      `${PAIR}, sotto lo sguardo del presidente angolano João Lourenço. I due leader hanno poi firmato una dichiarazione comune.`,
      ["person/paul-kagame signs treaty/dichiarazione-comune", "person/felix-tshisekedi signs treaty/dichiarazione-comune"],
      ["person/joao-lourenco signs treaty/dichiarazione-comune"]],
  ])("%s", async (_name, sentence, expected, absent) => {
    const { facts } = await run(sentence);
    for (const e of expected) expect(facts).toContain(e);
    for (const a of absent) expect(facts).not.toContain(a);
  });
});

describe("where an accord's name stops", () => {
  it.each([
    ["Il presidente ruandese Paul Kagame ha firmato un accordo di cooperazione alla presenza del premier malese Anwar Ibrahim.", "treaty/accordo-di-cooperazione"],
    ["Il presidente ruandese Paul Kagame ha firmato l'accordo di pace davanti al presidente americano.", "treaty/accordo-di-pace"],
    ["La firma del trattato di pace da parte del governo sudanese è prevista per lunedì.", "treaty/trattato-di-pace"],
    ["Il Gabon ha rinnovato l'accordo di assistenza per la sicurezza con il Portogallo.", "treaty/accordo-di-assistenza-per-la-sicurezza"],
    ["Il parlamento cileno ha ratificato la convenzione sulle armi a grappolo.", "treaty/convenzione-sulle-armi-a-grappolo"],
  ])("%s", async (sentence, key) => {
    expect((await run(sentence)).treaties).toEqual([key]);
  });
});

describe("sentences that make no party", () => {
  it.each([
    ["a modal", "Il presidente filippino Ferdinand Marcos potrebbe firmare l'accordo di pace con i ribelli del Mindanao."],
    ["a negotiation for an accord", "I negoziati per un accordo di pace tra Serbia e Kosovo sono in stallo."],
    ["a negation", "L'Honduras non ha firmato l'accordo di pace con il Nicaragua."],
    ["a negated joint signing", `${PAIR}. I due leader non hanno firmato la dichiarazione comune.`],
    ["a joint statement that is no accord", "In una dichiarazione comune, i ministri del Commonwealth hanno condannato il lancio del missile."],
    ["one of a series", "Il presidente ruandese Paul Kagame e il presidente congolese Félix Tshisekedi hanno firmato un nuovo memorandum sulla pesca."],
    ["several accords told together", "Il presidente ruandese Paul Kagame e il presidente congolese Félix Tshisekedi hanno firmato intese settoriali sui trasporti."],
  ])("%s: %s", async (_name, sentence) => {
    const { facts } = await run(sentence);
    expect([...facts].filter((f) => f.includes(" partyTo ") || f.includes(" signs "))).toEqual([]);
  });
});
