// Table tests, on sentences written for them, for the stance constructions read over the tree
// beyond a single verb and its arguments: a judgement of blame held by whoever says the `che`
// clause or by a `secondo` phrase, warships as what is deployed, an aspectual light verb lending
// its subject to a deployment noun, and object pronouns that never stand for a name of their own
// clause (a spokesperson the body speaks through), a text named again acting for whoever issued it,
// and a noun summing up the clause before it standing for that clause's doer. Each has sentences
// that must give nothing.
import { describe, expect, it } from "vitest";
import { extractText } from "./helpers.ts";
import type { ArticleExtraction } from "../../src/types.ts";

const STANCE = new Set(["criticizes", "supports", "alliedWith", "atWarWith", "deploysTroopsTo", "suppliesWeaponsTo", "providesAidTo"]);

/** `subject predicate object @ pattern` for the stance facts of a modality. */
const facts = (x: ArticleExtraction, modality = "asserted") =>
  x.relations.filter((r) => STANCE.has(r.predicate) && r.modality === modality)
    .map((r) => `${r.subject} ${r.predicate} ${r.object} @ ${r.evidence.rule.split(" ")[0]}`).sort();

describe("a judgement of blame, held by its speaker", () => {
  it.each([
    ["held by who says the che clause", "Il ministro degli Esteri irlandese Simon Harris ha detto che la politica di Ankara è inaccettabile.",
      ["person/simon-harris criticizes country/turkey @ tree:criticize-judge"]],
    ["declared, the judgement quoted", "Il presidente cileno Gabriel Boric ha dichiarato che il comportamento del Perù è «irresponsabile».",
      ["person/gabriel-boric criticizes country/peru @ tree:criticize-judge"]],
    ["a verb of opinion, subjunctive", "Il premier Mark Carney ha ritenuto che le parole della Cina siano inaccettabili.",
      ["person/mark-carney criticizes country/china @ tree:criticize-judge"]],
    ["held by a secondo phrase", "Secondo il premier belga Alexander De Croo, le manovre della Russia sono una provocazione.",
      ["person/alexander-de-croo criticizes country/russia @ tree:criticize-judge"]],
    ["a word with its own preposition says where one is, not what", "Secondo il ministro della Difesa Boris Pistorius, la Germania è in pericolo.", []],
    ["a judgement about nobody named", "Il premier Mark Carney ha detto che la situazione è grave.", []],
    ["praise is no blame", "Secondo il presidente Cyril Ramaphosa, il Kenya è un partner affidabile.", []],
  ])("%s", async (_, text, expected) => {
    expect(facts(await extractText(text))).toEqual(expected);
  });

  it("a denied judgement is no plain fact", async () => {
    const x = await extractText("Il premier greco Kyriakos Mitsotakis ha negato che la condotta della Turchia sia una minaccia.");
    expect(facts(x)).toEqual([]);
  });
});

describe("deployments: warships, and a deployment begun", () => {
  it.each([
    ["frigates and a submarine", "La Gran Bretagna ha schierato due fregate e un sottomarino nel Mar Baltico.",
      ["country/united-kingdom deploysTroopsTo place/mar-baltico @ tree:deploy-verb"]],
    ["a deployment begun, under an aspectual light verb", "La Gran Bretagna ha avviato il dispiegamento di truppe in Lettonia.",
      ["country/united-kingdom deploysTroopsTo country/latvia @ tree:deploy-noun"]],
    ["warships built for someone are not deployed", "La Spagna ha costruito due fregate per la marina saudita.", []],
    ["a withdrawal begun is no deployment", "La Spagna ha avviato il ritiro delle truppe dal Libano.", []],
  ])("%s", async (_, text, expected) => {
    expect(facts(await extractText(text))).toEqual(expected);
  });
});

describe("object pronouns and the names of their own clause", () => {
  it.each([
    ["a spokesperson the body speaks through is not who `lo` stands for",
      "Il presidente Aleksandar Vučić ha visitato Mosca. Il governo croato, per bocca della portavoce Ana Brnabić, lo ha criticato.",
      ["country/croatia criticizes person/aleksandar-vucic @ tree:criticize-verb"]],
    ["a finite clause misread as the body's modifier still has the body as subject",
      "Il presidente Aleksandar Vučić ha visitato Mosca. Il ministero degli Esteri russo, per bocca del viceministro Sergej Rjabkov, lo ha difeso.",
      ["org/russia-mfa supports person/aleksandar-vucic @ tree:support-verb"]],
    ["a name in another clause on the verb can be meant", "Dopo aver incontrato Aleksandar Vučić, il cancelliere Olaf Scholz lo ha criticato.",
      ["person/olaf-scholz criticizes person/aleksandar-vucic @ tree:criticize-verb"]],
  ])("%s", async (_, text, expected) => {
    expect(facts(await extractText(text))).toEqual(expected);
  });
});

describe("a text named again acts for whoever issued it", () => {
  it.each([
    ["the subject of the verb that adopted it", "Il G20 ha approvato una dichiarazione comune. Il documento definisce il Myanmar una minaccia per la pace.",
      ["org/g20 criticizes country/myanmar @ tree:criticize-define"]],
    ["the owner of the meeting that closed with it", "Il summit del G20 si è concluso con una dichiarazione finale. Il testo definisce il Myanmar una minaccia per la pace.",
      ["org/g20 criticizes country/myanmar @ tree:criticize-define"]],
    ["a text nobody issued", "È circolata una bozza. Il documento definisce il Myanmar una minaccia.", []],
    ["a text with an owner of its own is not the last one issued", "Il G20 ha approvato una dichiarazione comune. Un rapporto del Pentagono definisce il Myanmar una minaccia.", []],
  ])("%s", async (_, text, expected) => {
    expect(facts(await extractText(text))).toEqual(expected);
  });
});

describe("a noun summing up the clause before it stands for that clause's doer", () => {
  it.each([
    ["a decision, judged by a government", "La Serbia ha chiuso il confine con il Kosovo, una decisione che il governo albanese ha definito «inaccettabile».",
      ["country/albania criticizes country/serbia @ tree:criticize-define"]],
    ["a gesture by a government named with di, `che` read as a conjunction", "Il governo del Nicaragua ha espulso le suore, un gesto che il Vaticano ha definito «grave».",
      ["country/vatican-city criticizes country/nicaragua @ tree:criticize-define"]],
    ["a doer named by the demonym on its aircraft", "Due caccia russi hanno sorvolato una fregata olandese, un gesto che l'Olanda ha definito «pericoloso».",
      ["country/netherlands criticizes country/russia @ tree:criticize-define"]],
    ["a judgement of approval is no criticism", "La Serbia ha chiuso il confine con il Kosovo, una decisione che il governo albanese ha definito «necessaria».", []],
  ])("%s", async (_, text, expected) => {
    expect(facts(await extractText(text))).toEqual(expected);
  });
});

describe("experts, observers and inspectors speak for the body that sends them", () => {
  it.each([
    ["a group of observers of a body", "Un gruppo di osservatori dell'Unione africana ha criticato il Sudan.",
      ["org/unione-africana criticizes country/sudan @ tree:criticize-verb"]],
    ["a team of experts of a body", "Una squadra di esperti della Lega araba ha condannato il Sudan.",
      ["org/lega-araba criticizes country/sudan @ tree:criticize-verb"]],
    ["inspectors of a body", "Gli ispettori dell'Organizzazione mondiale della sanità hanno criticato la Birmania.",
      ["org/organizzazione-mondiale-della-sanita criticizes country/myanmar @ tree:criticize-verb"]],
    ["a group of nobody's envoys speaks for no one", "Un gruppo di giornalisti ha criticato il Sudan.", []],
  ])("%s", async (_, text, expected) => {
    expect(facts(await extractText(text))).toEqual(expected);
  });

  it("meeting the experts is no meeting with their body", async () => {
    const x = await extractText("Un gruppo di esperti dell'Unione africana ha incontrato il ministro Ahmed Attaf.");
    expect(x.relations.filter((r) => r.predicate === "meetsWith").map((r) => `${r.subject} ${r.object}`)).toEqual([]);
  });
});

describe("fighting alongside someone is taking their side, not war with them", () => {
  it.each([
    ["accanto a, an army named by its demonym", "I consiglieri iraniani hanno combattuto accanto all'esercito siriano.",
      ["country/iran supports org/syria-forze-armate @ tree:support-fight-alongside"]],
    ["al fianco di", "Le truppe cubane combattevano al fianco dell'Angola.",
      ["country/cuba supports country/angola @ tree:support-fight-flank"]],
    ["accanto a, the country read as the object", "I volontari georgiani combattono accanto all'Ucraina.",
      ["country/georgia supports country/ukraine @ tree:support-fight-alongside"]],
    ["contro is still war", "Le truppe cubane combattevano contro l'Angola.",
      ["country/angola atWarWith country/cuba @ tree:war-verb"]],
  ])("%s", async (_, text, expected) => {
    expect(facts(await extractText(text))).toEqual(expected);
  });
});
