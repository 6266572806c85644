// Table tests for who takes part, on sentences written for the tests: a conjunct verb whose
// object the parser read as its post-verbal subject (`è volato a X e ha incontrato Y`), a
// phrase hung on a noun of means or manner (`ha parlato al telefono con X`, `ha partecipato in
// presenza al vertice`), a chair's participle the parser hung on the main verb (`…, copresieduta
// da X e da Y`) with a lemma the lemmatizer does not know, or on the event's apposition, with
// those it was done together with (`assieme a quello di X`), a gathering named by a quoted common
// noun (`la riunione del «gruppo di contatto»`), a videoconference nobody travels to;
// a fronted time phrase that swallowed the subject (`Il giorno dopo X ha incontrato il
// presidente Y`, Y read as the subject), a visit named with a possessive (`durante la sua visita`,
// once tagged a verb); who takes part in a fight (`sono caduti in un'imboscata`, `le truppe
// etiopi`, `una controffensiva lampo`); a talk told after a verb of saying, with a companion (`ha
// riferito di aver discusso, insieme a X, con Y`), phrases hung on the final stop, a guest told by
// a predicate noun (`è stata la prima ospite accolta alla Casa Bianca`); and sentences
// that must give none of these facts.
import { describe, expect, it } from "vitest";
import { extractText } from "./helpers.ts";

const DATE = " date 2026-03 Notizie.\n\n";
const facts = async (text: string) => {
  const x = await extractText(DATE + text);
  return { x, facts: new Set(x.relations.filter((r) => r.modality === "asserted").map((r) => `${r.subject} ${r.predicate} ${r.object}`)) };
};

describe("participants read through the parser's usual slips", () => {
  it.each([
    ["a conjunct verb takes its first verb's subject when its object was read as a post-verbal subject",
      "Il presidente keniano William Ruto è volato in Giappone e ha incontrato Fumio Kishida.",
      ["person/fumio-kishida meetsWith person/william-ruto", "person/william-ruto visits country/japan"],
      []],
    ["the same with another verb of meeting and a title before the name",
      "La premier Mette Frederiksen è arrivata a Berlino e ha visto il cancelliere Olaf Scholz.",
      ["person/mette-frederiksen meetsWith person/olaf-scholz", "person/mette-frederiksen visits place/berlin"],
      []],
    ["a host receiving a guest after leaving home: the guest is the object, not the subject",
      "Il ministro Lars Berg ha lasciato Oslo e ha ricevuto il collega Kofi Mensah.",
      ["person/kofi-mensah meetsWith person/lars-berg"],
      ["person/kofi-mensah visits place/oslo"]],
    ["a talk on the phone: the partner hangs on `telefono`, but is the verb's",
      "La ministra Mélanie Joly ha parlato al telefono con il premier giapponese Fumio Kishida.",
      ["person/fumio-kishida meetsWith person/melanie-joly"],
      []],
    ["talking about someone is no talk with him",
      "La ministra Mélanie Joly ha parlato al telefono di Fumio Kishida.",
      [],
      ["person/fumio-kishida meetsWith person/melanie-joly"]],
    ["taking part in person: the event hangs on `presenza`, but is the verb's, and `in presenza` is nobody's presence",
      "Il premier polacco Donald Tusk è intervenuto in presenza alla conferenza di Varsavia.",
      ["person/donald-tusk participatesIn event/summit-warsaw-2026", "event/summit-warsaw-2026 locatedIn place/warsaw"],
      ["country/poland participatesIn event/summit-warsaw-2026"]],
    ["taking part by video link",
      "La ministra Annalena Baerbock è intervenuta in videocollegamento al vertice di Vilnius.",
      ["person/annalena-baerbock participatesIn event/summit-vilnius-2026"],
      []],
    ["a chair's participle hung on the main verb, and its second agent hung there too",
      "Il premier polacco Donald Tusk ha partecipato alla conferenza di Varsavia, copresieduta dal cancelliere Olaf Scholz e dal premier Rishi Sunak.",
      ["person/donald-tusk participatesIn event/summit-warsaw-2026", "person/olaf-scholz participatesIn event/summit-warsaw-2026", "person/rishi-sunak participatesIn event/summit-warsaw-2026"],
      []],
    ["a host participle on the event's apposition (`la Conferenza X, il maggiore appuntamento del settore, organizzata da Y`), and one who organized it together with the host",
      "A Oslo ha aperto i lavori la Conferenza sul clima, il maggiore appuntamento nordico sull'energia, organizzata dal governo norvegese assieme a quello di Stoccolma.",
      ["country/norway participatesIn event/conferenza-sul-clima", "country/sweden participatesIn event/conferenza-sul-clima"],
      []],
    ["`insieme a quello svedese`: the pronoun repeats the host's noun, the demonym names the other host",
      "La conferenza di Oslo, organizzata dal governo norvegese insieme a quello svedese, ha chiuso ieri i lavori.",
      ["country/norway participatesIn event/summit-oslo-2026", "country/sweden participatesIn event/summit-oslo-2026"],
      []],
    ["`insieme a` a person: he organized it too",
      "La conferenza di Oslo, organizzata dal governo norvegese insieme al premier Ulf Kristersson, ha chiuso ieri i lavori.",
      ["person/ulf-kristersson participatesIn event/summit-oslo-2026"],
      []],
    ["one who only followed the conference did not take part in it",
      "La conferenza sul clima, seguita dal governo svedese insieme a quello danese, si è chiusa a Oslo.",
      [],
      ["country/sweden participatesIn event/summit-oslo-2026", "country/denmark participatesIn event/summit-oslo-2026"]],
    ["a participle agreeing with the verb's subject, not the event, is no chair of it",
      "Il premier polacco Donald Tusk ha partecipato alla conferenza di Varsavia, accolto dal cancelliere Olaf Scholz.",
      ["person/donald-tusk participatesIn event/summit-warsaw-2026"],
      ["person/olaf-scholz participatesIn event/summit-warsaw-2026"]],
    ["a meeting named by a quoted common noun, chaired by two, is one happening all three took part in",
      "Il cancelliere tedesco Karl Brandt ha partecipato alla riunione del «gruppo di contatto», presieduta dal ministro Jean Dupont e dal ministro Ola Nordmann.",
      ["person/karl-brandt participatesIn event/meeting-jean-dupont-karl-brandt-ola-nordmann-gruppo-2026", "person/ola-nordmann participatesIn event/meeting-jean-dupont-karl-brandt-ola-nordmann-gruppo-2026", "person/jean-dupont meetsWith person/karl-brandt"],
      []],
    ["a videoconference: its participants are named, nobody travels to where it is chaired",
      "Il cancelliere tedesco Karl Brandt è intervenuto alla videoconferenza di Varsavia, organizzata dal presidente francese Jean Dupont.",
      ["person/karl-brandt participatesIn event/videoconference-warsaw-2026", "person/jean-dupont participatesIn event/videoconference-warsaw-2026"],
      ["person/karl-brandt visits place/warsaw", "person/karl-brandt visits country/poland", "person/jean-dupont visits country/poland"]],
    ["a fronted time phrase that swallowed the subject (`Il giorno dopo X`), the object read as a post-verbal subject",
      "Il giorno dopo William Ruto ha incontrato il presidente Gabriel Boric.",
      ["person/gabriel-boric meetsWith person/william-ruto"],
      []],
    ["the same with `prima`, a pluperfect and another verb of meeting",
      "Il giorno prima Antony Blinken aveva ricevuto il ministro Kofi Mensah.",
      ["person/antony-blinken meetsWith person/kofi-mensah"],
      []],
    ["a time phrase with its own subject after it keeps that subject",
      "Il giorno prima il ministro Lars Berg aveva incontrato il collega Kofi Mensah.",
      ["person/kofi-mensah meetsWith person/lars-berg"],
      []],
    ["a verb of motion after the time phrase has no object to mistake, and meets nobody",
      "Il giorno prima il ministro Kofi Mensah era arrivato a Vienna.",
      ["person/kofi-mensah visits place/vienna"],
      ["person/kofi-mensah meetsWith person/kofi-mensah"]],
    ["a visit named by a possessive (`durante la sua visita`) is the clause subject's, and the host of the relative clause of place met him",
      "Il cancelliere Olaf Scholz ha parlato di clima durante la sua visita in Brasile, dove è stato ricevuto dal presidente Lula.",
      ["person/olaf-scholz visits country/brazil", "person/lula meetsWith person/olaf-scholz"],
      ["person/lula visits country/brazil"]],
    ["the same with `loro`, fronted, and two travellers",
      "Durante la loro visita a Hanoi, i ministri Lars Berg e Ola Nordmann hanno incontrato il premier Pham Minh Chinh.",
      ["person/lars-berg visits place/hanoi", "person/ola-nordmann visits country/vietnam", "person/lars-berg meetsWith person/pham-minh-chinh"],
      ["person/pham-minh-chinh visits place/hanoi"]],
  ])("%s", async (_name, text, expected, absent) => {
    const { facts: got } = await facts(text);
    for (const f of expected) expect(got).toContain(f);
    for (const f of absent) expect(got).not.toContain(f);
  });

  it("a gathering named by an unquoted common noun, with one chair, stays a passing mention after the lead", async () => {
    const { x } = await facts("Notizie del giorno. Altre notizie. Altro ancora.\n\nIl cancelliere tedesco Karl Brandt ha partecipato alla riunione della coalizione, presieduta dal ministro Jean Dupont.");
    expect(x.entities.filter((e) => e.type === "Event")).toEqual([]);
  });
});

/** `subject predicate object` of the event stage's asserted facts, and the event nodes' labels. */
const eventView = async (text: string) => {
  const { x, facts: got } = await facts(text);
  return { got, labels: x.entities.filter((e) => e.type === "Event").map((e) => e.label) };
};

describe("who takes part in a fight", () => {
  it.each([
    ["those who fell into an ambush were in it; the place set off by commas after a fronted date is the clause's",
      "Nell'inverno del 2023, a Goma, le truppe congolesi sono cadute in un'imboscata dei ribelli.",
      ["country/democratic-republic-of-the-congo participatesIn event/attack-goma-2026", "event/attack-goma-2026 locatedIn place/goma"],
      []],
    ["troops named with a demonym take part for their country; `subire` names the side attacked",
      "Le truppe etiopi hanno subito un attacco a Macallè.",
      ["country/ethiopia participatesIn event/attack-macalle-2026"],
      []],
    ["one who fell at a place after an attack was not said to be in it",
      "Il soldato è caduto a Goma dopo l'attacco.",
      [],
      ["country/democratic-republic-of-the-congo participatesIn event/attack-goma-2026"]],
    ["a counteroffensive qualified by an invariable noun (`controffensiva lampo`), read as an adjective of it, is still the counteroffensive",
      "Una controffensiva lampo dell'esercito etiope ha ripreso Macallè.",
      ["org/ethiopia-forze-armate participatesIn event/battle-ethiopia-forze-armate-2026"],
      []],
  ])("%s", async (_name, text, expected, absent) => {
    const { got } = await eventView(text);
    for (const f of expected) expect(got).toContain(f);
    for (const f of absent) expect(got).not.toContain(f);
  });

  it("the invariable noun stays in the name (`controffensiva lampo di X`)", async () => {
    const { labels } = await eventView("Una controffensiva lampo dell'esercito etiope ha ripreso Macallè.");
    expect(labels).toEqual(["controffensiva lampo dell'esercito etiope"]);
  });

  it("a quoted manner phrase (`«con grande attenzione»`) names no exercise", async () => {
    const { labels } = await eventView("Notizie del giorno. Altre notizie. Altro ancora.\n\nLe manovre sono seguite «con grande attenzione» dal governo di Tokyo.");
    expect(labels).toEqual([]);
  });

  it("a common noun quoted under `di` names a gathering (`la riunione del «gruppo di contatto»`), not one with another preposition", async () => {
    const named = await eventView("Il cancelliere tedesco Karl Brandt ha partecipato alla riunione del «gruppo di contatto», presieduta dal ministro Jean Dupont e dal ministro Ola Nordmann.");
    expect(named.labels).toHaveLength(1);
    const manner = await eventView("Notizie del giorno. Altre notizie. Altro ancora.\n\nIl cancelliere tedesco Karl Brandt ha seguito la riunione «con attenzione», accanto al ministro Jean Dupont e al ministro Ola Nordmann.");
    expect(manner.labels).toEqual([]);
  });
});

describe("meetings told with a companion or after a verb of saying", () => {
  it.each([
    ["the partners of a talk told after `ha riferito di aver discusso`, hung on the verb above; the companion talked with them too",
      "In serata il ministro Lars Berg ha riferito di aver discusso, insieme al collega Ola Nordmann, con il premier Rui Costa, con il presidente Gabriel Boric e con la ministra Annalena Baerbock.",
      ["person/lars-berg meetsWith person/rui-costa", "person/gabriel-boric meetsWith person/lars-berg", "person/ola-nordmann meetsWith person/rui-costa"],
      ["person/lars-berg meetsWith person/ola-nordmann"]],
    ["a companion and an object the parser hung on the final stop",
      "Il ministro Lars Berg ha incontrato, insieme al collega Ola Nordmann, il premier Rui Costa.",
      ["person/lars-berg meetsWith person/rui-costa", "person/ola-nordmann meetsWith person/rui-costa"],
      ["person/lars-berg meetsWith person/ola-nordmann"]],
    ["the companion after the object",
      "Il ministro Lars Berg ha incontrato il premier Rui Costa insieme al collega Ola Nordmann.",
      ["person/lars-berg meetsWith person/rui-costa", "person/ola-nordmann meetsWith person/rui-costa"],
      []],
    ["a guest described by a predicate noun (`è stato il primo leader ricevuto a X`) went there",
      "Il cancelliere Olaf Scholz è stato il primo leader europeo ricevuto a Pechino dopo la pandemia.",
      ["person/olaf-scholz visits place/beijing"],
      []],
    ["the same with the copula read as the verb, a seat of government standing for its country, and the host met",
      "Il mese scorso la premier danese Mette Frederiksen era stata la prima ospite straniera accolta alla Casa Bianca dal presidente Barack Obama.",
      ["person/mette-frederiksen visits country/united-states", "person/barack-obama meetsWith person/mette-frederiksen"],
      ["person/mette-frederiksen visits org/white-house"]],
    ["arriving at a seat of government is visiting its country; at another body's seat, nowhere the graph can say",
      "Il ministro Lars Berg è arrivato alla Casa Bianca. Il ministro Ola Nordmann è arrivato alla sede della Nato.",
      ["person/lars-berg visits country/united-states"],
      ["person/ola-nordmann visits org/nato"]],
    ["a body that is no destination lets the place phrase after it say where the visitor went",
      "Il ministro Ola Nordmann è arrivato all'Organizzazione mondiale del commercio, in Svizzera, per i negoziati.",
      ["person/ola-nordmann visits country/switzerland"],
      []],
    ["the best-voted leader of a region visited nothing",
      "Il cancelliere Olaf Scholz è il leader più votato in Baviera.",
      [],
      ["person/olaf-scholz visits place/bavaria"]],
    ["a talk that is only promised to someone is no talk with him",
      "Il ministro Lars Berg ha promesso al premier Rui Costa di parlare della crisi.",
      [],
      ["person/lars-berg meetsWith person/rui-costa"]],
    ["talking about a crisis together with a colleague is no meeting with anyone",
      "Il ministro Lars Berg ha parlato della crisi insieme al collega Ola Nordmann.",
      [],
      ["person/lars-berg meetsWith person/ola-nordmann"]],
  ])("%s", async (_name, text, expected, absent) => {
    const { facts: got } = await facts(text);
    for (const f of expected) expect(got).toContain(f);
    for (const f of absent) expect(got).not.toContain(f);
  });
});

describe("a role at an event set beside a name", () => {
  it.each([
    ["`ospite del vertice`: the one described took part",
      "Il vertice di Lisbona si è aperto lunedì. Il premier portoghese Luís Montenegro, ospite del vertice, ha accolto i leader.",
      ["person/luis-montenegro participatesIn event/summit-lisbon-2026"]],
    ["`tra i partecipanti al vertice`",
      "Il vertice di Lisbona si è aperto lunedì. Il cancelliere Karl Brandt, tra i partecipanti al vertice, ha chiesto più fondi.",
      ["person/karl-brandt participatesIn event/summit-lisbon-2026"]],
  ])("%s", async (_name, text, expected) => {
    const { facts: got } = await facts(text);
    for (const f of expected) expect(got).toContain(f);
  });

  it("a guest of something else who only criticizes the summit did not take part in it", async () => {
    const { facts: got } = await facts("Il vertice di Lisbona si è aperto lunedì. Il cancelliere Karl Brandt, ospite della trasmissione, ha criticato il vertice.");
    expect([...got].filter((f) => f.includes("participatesIn"))).toEqual([]);
  });
});
