// Table tests for bare descriptions of an office (the role-alone pass), seats standing for
// their government, and dropped subjects whose antecedent's name hangs under its title's
// complement. Sentences are invented; each fact names its pass in the evidence, and the
// sentences that must give nothing check that a description matching nobody, or two
// people, makes no fact and no entity.
import { describe, expect, it } from "vitest";
import { context, extractText, rel } from "./helpers.ts";
import { extract } from "../../src/extract/index.ts";
import { ingest } from "../../src/ingest/index.ts";
import { analyze } from "../../src/nlp/index.ts";
import { parseArticle } from "../../src/syntax/index.ts";
import { disableRules } from "../../src/extract/disable.ts";

const withRule = (x: Awaited<ReturnType<typeof extractText>>) => x.relations.filter((r) => r.modality === "asserted").map((r) => `${r.subject} ${r.predicate} ${r.object} @ ${r.evidence.rule}`);

describe("role-alone: a bare office to its one holder in focus", () => {
  it.each([
    ["`il presidente` after one president", "Il presidente cileno Jorge Rojas è arrivato a Lima. Il presidente ha poi incontrato Luis Arce.",
      "person/jorge-rojas meetsWith person/luis-arce @ tree:meet-verb nsubj(role-alone)+obj"],
    ["`la premier` for a `presidente del Consiglio`, as the agent of a participle", "La presidente del Consiglio Anna Ferri ha aperto il forum di Napoli. Il presidente cileno Jorge Rojas, ricevuto dalla premier nel pomeriggio, ha chiesto nuovi fondi.",
      "person/anna-ferri meetsWith person/jorge-rojas @ tree:meet-receive agent(role-alone)+advcl>nsubj"],
    ["a passive agent", "La premier danese Mette Holm ha aperto il vertice sul clima. Il vicepresidente americano Tom Reed è stato ricevuto dalla premier.",
      "person/mette-holm meetsWith person/tom-reed @ tree:meet-receive agent(role-alone)+nsubj:pass"],
    ["`il capo della diplomazia` for a foreign minister", "Il ministro degli Esteri portoghese Rui Campos è arrivato a Rabat. Il capo della diplomazia di Lisbona ha incontrato il re Hassan.",
      "person/hassan meetsWith person/rui-campos @ tree:meet-verb nsubj(role-alone)+obj"],
    ["`l'ex generale`", "Il generale sudanese Omar Haddad è stato arrestato. L'ex generale aveva criticato l'Egitto.",
      "person/omar-haddad criticizes country/egypt @ tree:criticize-verb nsubj(role-alone)+obj"],
    ["a title the parser tore from its name", "Il presidente Marco Bellini è arrivato a Vienna. Il presidente ha poi visitato Berlino.",
      "person/marco-bellini visits place/berlin @ tree:visit-verb nsubj(role-alone)+obj"],
    ["the other person of a meeting is not the president", "Il presidente Marco Bellini ha incontrato Anna Ferri. Il presidente ha poi criticato la Francia.",
      "person/marco-bellini criticizes country/france @ tree:criticize-verb nsubj(role-alone)+obj"],
  ])("%s", async (_name, text, fact) => {
    expect(withRule(await extractText(text))).toContain(fact);
  }, 30000);

  it.each([
    ["two presidents in focus", "Il presidente cileno Jorge Rojas ha incontrato il presidente peruviano Dina Soto. Il presidente ha poi criticato la Bolivia.", "criticizes country/bolivia"],
    ["nobody holds the office", "Il presidente ha criticato la Bolivia.", "criticizes country/bolivia"],
    ["the office has its own complement", "Il presidente cileno Jorge Rojas è arrivato a Lima. Il presidente della Commissione ha poi criticato la Bolivia.", "criticizes country/bolivia"],
    ["the article says the holder is a man", "Il premier ceco Petr Novak è arrivato a Vienna. La premier ha poi criticato la Slovacchia.", "criticizes country/slovakia"],
    ["an indefinite description points nowhere", "Il presidente cileno Jorge Rojas è arrivato a Lima. Un presidente ha criticato la Bolivia.", "criticizes country/bolivia"],
    ["another office", "Il cancelliere austriaco Karl Huber è arrivato a Praga. Il presidente ha poi criticato la Slovacchia.", "criticizes country/slovakia"],
  ])("nothing when %s", async (_name, text, absent) => {
    const x = await extractText(text);
    expect([...rel(x)].filter((f) => f.endsWith(absent))).toEqual([]);
    // A description that resolves to nobody makes no entity of its own.
    expect(x.entities.filter((e) => e.type === "Person" && /presidente|premier/i.test(e.label))).toEqual([]);
  }, 30000);

  it("is one pass: switched off, the bare description links nobody", async () => {
    const c = await context();
    const text = "Il presidente cileno Jorge Rojas è arrivato a Lima. Il presidente ha poi incontrato Luis Arce.";
    const doc = parseArticle(analyze(ingest({ path: "t.txt", name: "t.txt", bytes: new TextEncoder().encode(text) }), c.nlp), c.syntax);
    expect(rel(extract(doc, disableRules(c.extract, ["coref:role-alone"])))).not.toContain("person/jorge-rojas meetsWith person/luis-arce");
  }, 30000);
});

describe("guest: `l'ospite` is the person last received", () => {
  it.each([
    ["the object of `ricevere`", "Il presidente keniano Peter Mwangi ha ricevuto il premier etiope Abiy Tesfaye. L'ospite ha poi visitato Kisumu.",
      "person/abiy-tesfaye visits place/kisumu @ tree:visit-verb nsubj(guest)+obj"],
    ["the subject of a passive `accogliere`", "Il premier etiope Abiy Tesfaye è stato accolto a Nakuru dal presidente Peter Mwangi. L'ospite ha poi incontrato Ruth Wanjiku.",
      "person/abiy-tesfaye meetsWith person/ruth-wanjiku @ tree:meet-verb nsubj(guest)+obj"],
  ])("%s", async (_name, text, fact) => {
    expect(withRule(await extractText(text))).toContain(fact);
  }, 30000);

  it.each([
    ["nobody was received", "L'ospite ha poi visitato Kisumu."],
    ["a meeting is not a reception", "Il presidente keniano Peter Mwangi ha incontrato il premier etiope Abiy Tesfaye. L'ospite ha poi visitato Kisumu."],
  ])("nothing when %s", async (_name, text) => {
    expect([...rel(await extractText(text))].filter((f) => f.endsWith("visits place/kisumu"))).toEqual([]);
  }, 30000);
});

describe("seats and dropped subjects", () => {
  it.each([
    ["a seat of power acts for its country", "Il Cremlino ha criticato duramente la Finlandia.", "country/russia criticizes country/finland"],
    ["a palace acts for its country", "L'Eliseo ha condannato l'attacco della Russia.", "country/france criticizes country/russia"],
    ["a dropped subject after `la ministra degli Esteri X`", "La ministra degli Esteri finlandese Aino Virtanen è arrivata a Tallinn. Ha poi incontrato il presidente estone Kaarel Tamm.",
      "person/aino-virtanen meetsWith person/kaarel-tamm"],
    ["a role and a nationality, across a sentence", "Sean Walsh è atterrato a Oslo. Il premier irlandese ha poi incontrato Jonas Berg.", "person/jonas-berg meetsWith person/sean-walsh"],
  ])("%s", async (_name, text, fact) => {
    expect(rel(await extractText(text))).toContain(fact);
  }, 30000);

  it("a dropped subject with nobody named before gives nothing", async () => {
    const x = await extractText("Ha poi incontrato il presidente estone Kaarel Tamm.");
    expect([...rel(x)].filter((f) => f.includes("meetsWith"))).toEqual([]);
  }, 30000);
});
