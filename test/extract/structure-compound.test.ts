// Table tests for a body named by an acronym after a compound title (structure.ts, body-of):
// `l'ufficio comunicazione della marina X (UCM)` makes UCM part of the body the compound's
// `di` modifier names. Invented sentences.
import { describe, expect, it } from "vitest";
import { extractText } from "./helpers.ts";

const partOf = async (text: string) =>
  (await extractText(text)).relations.filter((r) => r.predicate === "partOf" && r.evidence.rule.startsWith("structure:body-of")).map((r) => `${r.subject} partOf ${r.object} @ ${r.evidence.rule}`).sort();

describe("a body named after a compound title", () => {
  it.each([
    ["an acronym after `ufficio stampa` and a ministry", "L'ufficio stampa del ministero della Difesa ceco (OTK) ha smentito la notizia.",
      ["org/otk partOf org/czech-republic-ministero-della-difesa @ structure:body-of nmod:di"]],
    ["an acronym after `centro stampa` and an army named by its demonym", "Il centro stampa dell'esercito egiziano (CSE) ha diffuso un video.",
      ["org/cse partOf org/egypt-forze-armate @ structure:body-of nmod:di"]],
  ])("%s", async (_name, text, expected) => {
    expect(await partOf(text)).toEqual(expected);
  }, 30000);

  it.each([
    ["a compound with no body after it", "L'ufficio stampa (OTK) ha smentito la notizia."],
    ["a person's compound title names no body", "Il portavoce stampa Jan Novak ha smentito la notizia."],
  ])("nothing: %s", async (_name, text) => {
    expect(await partOf(text)).toEqual([]);
  }, 30000);
});
