// Table tests for who takes part in a gathering (summits, forums, ceremonies), on sentences
// written for the tests about other summits than the development articles: presence as a
// predicate (`era presente al vertice`) or a phrase (`si è tenuto alla presenza di X`), a
// verb-and-noun phrase with coordinated subjects (`hanno preso parte`), a post-verbal subject the
// parser read as an object (`al forum è intervenuto X`), a verb with its object noun (`ha aperto i
// lavori del vertice`, `ha preso la parola`), one counted among the attendees (`tra i partecipanti
// al vertice c'erano X e Y`), a relative clause (`a cui hanno
// partecipato X e Y`), a companion (`insieme a X`), a host apposition (`X, padrone di casa`), a
// fronted gathering (`Al vertice di X, Y ha…`), a host participle (`organizzato dal governo X
// insieme a quello di Y`); and sentences that must give nothing: negation, denial, future,
// modals, a country named only as the place, talking about a summit, a host of no gathering.
import { describe, expect, it } from "vitest";
import { extractText } from "./helpers.ts";

const DATE = " date 2026-03 Notizie.\n\n";
const facts = async (text: string) => {
  const x = await extractText(DATE + text);
  return new Set(x.relations.filter((r) => r.modality === "asserted").map((r) => `${r.subject} ${r.predicate} ${r.object}`));
};
const takesPart = (f: Set<string>) => [...f].filter((x) => x.includes(" participatesIn "));

describe("who takes part in a gathering, over the tree", () => {
  it.each([
    ["a predicate of presence",
      "Il premier giapponese Fumio Kishida era presente al vertice dell'Asean di Vientiane.",
      ["person/fumio-kishida participatesIn event/summit-vientiane-2026", "person/fumio-kishida visits country/laos"],
      []],
    ["a predicate of presence with two post-verbal subjects, who meet at the ceremony",
      "Erano presenti alla cerimonia di Nairobi il presidente keniano William Ruto e il premier etiope Abiy Ahmed.",
      ["person/william-ruto participatesIn event/ceremony-abiy-ahmed-william-ruto-nairobi-2026", "person/abiy-ahmed participatesIn event/ceremony-abiy-ahmed-william-ruto-nairobi-2026", "person/abiy-ahmed meetsWith person/william-ruto"],
      []],
    ["a happening held in someone's presence",
      "Il vertice dell'Asean si è tenuto a Vientiane alla presenza del premier giapponese Fumio Kishida.",
      ["person/fumio-kishida participatesIn event/summit-vientiane-2026"],
      []],
    ["presence on the event noun, outside its name",
      "La cerimonia, alla presenza del presidente keniano William Ruto, si è svolta a Mombasa.",
      ["person/william-ruto participatesIn event/ceremony-william-ruto-mombasa-2026"],
      []],
    ["`prendere parte` with coordinated subjects: each takes part",
      "Il presidente sudafricano Cyril Ramaphosa e il premier malese Anwar Ibrahim hanno preso parte al vertice dei Brics di Johannesburg.",
      ["person/cyril-ramaphosa participatesIn event/summit-johannesburg-2026", "person/anwar-ibrahim participatesIn event/summit-johannesburg-2026"],
      []],
    ["a post-verbal subject of an intransitive, read by the parser as its object",
      "Al forum di Davos è intervenuto il presidente argentino Javier Milei, che ha criticato il socialismo.",
      ["person/javier-milei participatesIn event/summit-davos-2026"],
      []],
    ["a relative clause of taking part on the event",
      "Il vertice del Mercosur, a cui hanno partecipato i presidenti Lula e Milei, si è chiuso a Montevideo.",
      ["person/lula participatesIn event/summit-mercosur-2026", "person/milei participatesIn event/summit-mercosur-2026"],
      []],
    ["one who took part together with the subject",
      "Il presidente cileno Gabriel Boric ha partecipato al vertice di Brasilia insieme al presidente uruguaiano Yamandú Orsi.",
      ["person/gabriel-boric participatesIn event/summit-brasilia-2026", "person/yamandu-orsi participatesIn event/summit-brasilia-2026"],
      []],
    ["the host set beside a name in the clause that tells the summit",
      "Il premier giapponese Fumio Kishida, padrone di casa, ha giudicato il vertice del G7 di Hiroshima «un successo».",
      ["person/fumio-kishida participatesIn event/summit-hiroshima-2026"],
      []],
    ["a gathering fronted with `a` sets the clause there",
      "Al vertice della Nato di Vilnius il presidente finlandese Alexander Stubb ha dato il via libera all'adesione della Svezia.",
      ["person/alexander-stubb participatesIn event/summit-vilnius-2026"],
      []],
    ["a fronted gathering puts the subject there, not the one criticized",
      "Al vertice della Nato di Vilnius il presidente finlandese Alexander Stubb ha criticato il presidente nicaraguense Daniel Ortega.",
      ["person/alexander-stubb participatesIn event/summit-vilnius-2026"],
      ["person/daniel-ortega participatesIn event/summit-vilnius-2026"]],
    ["a host participle the parser hung on the verb whose subject is the event, with a co-host",
      "Si è aperto ieri a Oslo il vertice nordico sull'energia, organizzato dal governo norvegese insieme a quello di Stoccolma.",
      ["country/norway participatesIn event/summit-oslo-2026", "country/sweden participatesIn event/summit-oslo-2026"],
      []],
    ["opening the proceedings of a summit",
      "Il presidente sudafricano Cyril Ramaphosa ha aperto i lavori del vertice del G20 di Johannesburg.",
      ["person/cyril-ramaphosa participatesIn event/summit-johannesburg-2026"],
      []],
    ["giving a speech at a summit",
      "Il presidente cileno Gabriel Boric ha tenuto un discorso al vertice di Brasilia.",
      ["person/gabriel-boric participatesIn event/summit-brasilia-2026"],
      []],
    ["taking the floor at a summit",
      "Il presidente cileno Gabriel Boric ha preso la parola al vertice di Brasilia.",
      ["person/gabriel-boric participatesIn event/summit-brasilia-2026"],
      []],
    ["counted among the participants, with coordinated subjects",
      "Tra i partecipanti al vertice di Brasilia c'erano il presidente cileno Gabriel Boric e il presidente uruguaiano Yamandú Orsi.",
      ["person/gabriel-boric participatesIn event/summit-brasilia-2026", "person/yamandu-orsi participatesIn event/summit-brasilia-2026"],
      []],
    ["counted among the guests",
      "Il presidente cileno Gabriel Boric è stato tra gli ospiti del vertice di Brasilia.",
      ["person/gabriel-boric participatesIn event/summit-brasilia-2026"],
      []],
    ["nominal taking part: the event's own place is not a participant",
      "La partecipazione del presidente indonesiano Prabowo Subianto al vertice del G20 di Brasilia è stata confermata.",
      ["person/prabowo-subianto participatesIn event/summit-brasilia-2026"],
      ["country/brazil participatesIn event/summit-brasilia-2026"]],
    ["a country named as the place of the summit takes no part",
      "Il vertice del G20 si è tenuto in Brasile alla presenza del presidente indonesiano Prabowo Subianto.",
      ["person/prabowo-subianto participatesIn event/summit-brazil-2026"],
      ["country/brazil participatesIn event/summit-brazil-2026"]],
  ])("%s", async (_name, sentence, expected, absent) => {
    const f = await facts(sentence);
    for (const e of expected) expect(f).toContain(e);
    for (const a of absent) expect(f).not.toContain(a);
  });
});

describe("sentences that make nobody a participant", () => {
  it.each([
    ["a denial of taking part", "Il premier malese Anwar Ibrahim ha escluso di partecipare al vertice dei Brics di Kazan.", "person/anwar-ibrahim"],
    ["a negated future", "Il presidente argentino Javier Milei non parteciperà al vertice del Mercosur di Asunción.", "person/javier-milei"],
    ["a negated presence", "Il presidente keniano William Ruto non era presente al vertice dell'Unione africana di Addis Abeba.", "person/william-ruto"],
    ["a presence to come", "Il presidente keniano William Ruto sarà presente al vertice di Addis Abeba.", "person/william-ruto"],
    ["presence in a country is no gathering", "Il presidente keniano William Ruto è presente in Etiopia da ieri.", "person/william-ruto"],
    ["a modal", "Il premier polacco Donald Tusk potrebbe partecipare al vertice di Vilnius.", "person/donald-tusk"],
    ["talking about a summit", "Il presidente cileno Gabriel Boric ha parlato del vertice di Brasilia con i giornalisti.", "person/gabriel-boric"],
    ["a speech about a summit", "Il presidente cileno Gabriel Boric ha tenuto un discorso sul vertice di Brasilia.", "person/gabriel-boric"],
    ["counted among the critics, not the guests", "Il presidente cileno Gabriel Boric è tra i critici del vertice di Brasilia.", "person/gabriel-boric"],
    ["not among the guests", "Il presidente cileno Gabriel Boric non era tra gli ospiti del vertice di Brasilia.", "person/gabriel-boric"],
    ["a verb with another object noun", "Il presidente cileno Gabriel Boric ha chiuso la porta al vertice di Brasilia.", "person/gabriel-boric"],
    ["a host apposition in a clause that tells a war", "Il cancelliere tedesco Olaf Scholz, padrone di casa, ha criticato la guerra in Ucraina.", "person/olaf-scholz"],
  ])("%s: %s", async (_name, sentence, who) => {
    expect(takesPart(await facts(sentence)).filter((x) => x.startsWith(`${who} `))).toEqual([]);
  });
});
