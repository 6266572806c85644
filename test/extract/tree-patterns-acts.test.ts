// Table tests for criticism of an act named again without its doer (act-owners.ts), on
// sentences written for the tests: the doer the article gave the act before is the one
// criticized; `entrambe le parti` are the two sides of the conflict named last; an act whose
// doer was never named, or named ambiguously, gives nothing.
import { describe, expect, it } from "vitest";
import { extractText } from "./helpers.ts";
import type { ArticleExtraction } from "../../src/types.ts";

const criticism = (x: ArticleExtraction) =>
  x.relations.filter((r) => r.predicate === "criticizes" && r.modality === "asserted")
    .map((r) => `${r.subject} criticizes ${r.object} @ ${r.evidence.rule.split(" ")[0]}${/\((act-owner|both-sides)\)/.exec(r.evidence.rule)?.[1]?.replace(/^/, " ") ?? ""}`).sort();

describe("criticism of an act whose doer was named before", () => {
  it.each([
    ["a force's demonym, the act aimed at a target", "Tre operai sono rimasti feriti durante un attacco delle truppe indiane contro un cantiere. Il premier Ram Thapa ha condannato gli attacchi.",
      ["person/ram-thapa criticizes country/india @ tree:criticize-verb act-owner"]],
    ["a demonym on the act, blamed with definire", "Il raid turco ha colpito un villaggio. Il governo siriano ha definito il raid «un crimine».",
      ["country/syria criticizes country/turkey @ tree:criticize-define act-owner"]],
    ["a force named by di", "Le esercitazioni delle forze cinesi sono durate due giorni. Il Giappone ha criticato le esercitazioni.",
      ["country/japan criticizes country/china @ tree:criticize-verb act-owner"]],
    ["the subject of a light verb", "La Cina ha lanciato un attacco informatico. Il Giappone ha condannato l'attacco.",
      ["country/japan criticizes country/china @ tree:criticize-verb act-owner"]],
    ["the most recent doer of that act", "Il raid turco ha colpito un villaggio. Il giorno dopo un raid iracheno ha colpito un ponte. Il Libano ha condannato il raid.",
      ["country/lebanon criticizes country/iraq @ tree:criticize-verb act-owner"]],
    ["both sides of the war named last", "La guerra tra Perù e Cile continua. Il presidente Emmanuel Macron ha rimproverato entrambe le parti.",
      ["person/emmanuel-macron criticizes country/chile @ tree:criticize-verb both-sides", "person/emmanuel-macron criticizes country/peru @ tree:criticize-verb both-sides"]],
    ["the two countries of a truce", "La tregua fra Perù e Cile non regge. La Francia ha criticato i due Paesi.",
      ["country/france criticizes country/chile @ tree:criticize-verb both-sides", "country/france criticizes country/peru @ tree:criticize-verb both-sides"]],
  ])("%s: %s", async (_form, text, expected) => {
    expect(criticism(await extractText(text))).toEqual(expected);
  });

  it.each([
    ["an act whose doer was never named", "Il raid ha colpito un villaggio. La Francia ha condannato il raid."],
    ["a di phrase with no target may be the victim", "L'attacco di Kiev è durato ore. La Francia ha condannato l'attacco."],
    ["an act named only after the criticism", "La Francia ha condannato il raid. Il raid turco aveva colpito un villaggio."],
    ["both sides of no conflict named", "La Bolivia ha criticato entrambe le parti."],
    ["both sides asked for calm is no criticism", "La guerra tra Perù e Cile continua. La Francia ha chiesto calma a entrambe le parti."],
    ["another act's doer", "Il raid turco ha colpito un villaggio. La Francia ha condannato le esercitazioni."],
  ])("%s gives nothing: %s", async (_what, text) => {
    expect(criticism(await extractText(text))).toEqual([]);
  });
});
