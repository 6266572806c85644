// Time expressions resolved against the article date, HeidelTime news-mode style, on
// sentences analyzed by the real NLP stage.
import { beforeAll, describe, expect, it } from "vitest";
import { analyze, loadNlpContext, type NlpContext } from "../../src/nlp/index.ts";
import { defaultDataDir } from "../../src/paths.ts";
import { asOfDate, findTimeExpressions, resolveDate, resolveTime, shiftDate } from "../../src/temporal/index.ts";
import type { Sentence } from "../../src/types.ts";

let nlp: NlpContext;
beforeAll(async () => { nlp = await loadNlpContext(defaultDataDir); });

function sentence(text: string): Sentence {
  const meta = { id: "t", file: "t.txt", contentHash: "" };
  return analyze({ meta, text, metaSpans: {} }, nlp).sentences[0]!;
}
const resolve = (expr: string, anchor: string | undefined) => resolveDate(sentence(expr), anchor);

describe("resolveDate", () => {
  it.each<[string, string | undefined, string | undefined]>([
    ["a fine aprile", "2025-06", "2025-04"],
    ["a metà gennaio", "2025-02", "2025-01"],
    ["a fine aprile", "2025-02", "2024-04"],
    ["ad aprile", "2025-06-15", "2025-04"],
    ["a settembre", "2025-10-28", "2025-09"],
    ["a giugno", "2024-11", "2024-06"],
    ["a giugno", "2024-06", "2024-06"],
    ["a inizio dicembre 2024", "2025-01", "2024-12"],
    ["lo scorso anno", "2025-06", "2024"],
    ["l'anno scorso", "2025-10-28", "2024"],
    ["l’anno precedente", "2025-03", "2024"],
    ["quest'anno", "2025-06", "2025"],
    ["l'anno prossimo", "2025-06", "2026"],
    ["il mese scorso", "2025-06", "2025-05"],
    ["il mese scorso", "2025-01", "2024-12"],
    ["la settimana scorsa", "2025-06", "2025-06"],
    ["settimana scorsa", "2025-06-10", "2025-06-03"],
    ["la settimana scorsa", "2025-03-03", "2025-02-24"],
    ["ieri", "2024-11-21", "2024-11-20"],
    ["ieri", "2025-01-01", "2024-12-31"],
    ["oggi", "2024-11-29", "2024-11-29"],
    ["ieri", "2024-11", "2024-11"],
    ["nel 2024", "2025-06", "2024"],
    ["a fine 2024", "2025-06", "2024-12"],
    ["a inizio 2023", "2025-06", "2023-01"],
    ["21 novembre 2023", "2025-06", "2023-11-21"],
    ["il 27 maggio 2024", "2025-06", "2024-05-27"],
    ["31 ottobre 2024", undefined, "2024-10-31"],
    ["il 18 dicembre", "2025-02", "2024-12-18"],
    ["il 18 dicembre", "2025-12-20", "2025-12-18"],
    ["il 28 dicembre", "2025-12-20", "2024-12-28"],
    ["nell'ottobre del 2023", "2024-10", "2023-10"],
    ["nel luglio 2024", "2025-10", "2024-07"],
    ["a ottobre 2024", "2025-02", "2024-10"],
    ["a giugno dell'anno scorso", "2025-10-28", "2024-06"],
    ["mercoledì", "2025-06-12", "2025-06-11"],
    ["domenica scorsa", "2025-07-14", "2025-07-13"],
    ["domenica", "2025-07-13", "2025-07-06"],
    ["venerdì", "2024-05", "2024-05"],
    ["entro la fine del 2019", "2025-02", "2019-12"],
    ["dall'inizio del 2023", "2023-11", "2023-01"],
    ["un anno fa", "2024-11-21", "2023-11"],
    ["un anno fa", "2024", "2023"],
    ["due anni fa", "2025-06", "2023"],
    ["tre mesi fa", "2025-02", "2024-11"],
    ["a metà giugno", "2025-07", "2025-06"],
    ["alla fine di aprile", "2025-07", "2025-04"],
    ["all'inizio di novembre", "2025-01", "2024-11"],
    ["settembre 2023", "2024-01", "2023-09"],
    ["lo scorso giugno", "2025-06-20", "2024-06"],
    ["lo scorso settembre", "2024-11-21", "2024-09"],
    ["valutazioni di settembre", "2025-10-28", "2025-09"],
    ["a fine anno", "2025-06", "2025-12"],
    ["a fine mese", "2025-06-20", "2025-06"],
    ["alla fine dell'anno scorso", "2025-06", "2024-12"],
    ["nel solo 2025", "2025-10", "2025"],
    ["il giorno in cui tutto è cambiato", "2025-06", undefined],
    ["l'ultimo anno prima della chiusura", "2025-02", undefined],
    ["porre fine alla guerra", "2025-02", undefined],
    ["a marzo", undefined, undefined],
  ])("%s (article %s) = %s", (expr, anchor, expected) => {
    expect(resolve(expr, anchor)).toBe(expected);
  });

  it("reads a plain string too (digits only)", () => {
    expect(resolveDate("a fine aprile", "2025-06")).toBe("2025-04");
    expect(resolveDate("nel luglio 2024", undefined)).toBe("2024-07");
  });
});

describe("kinds, granularity and ranges", () => {
  it.each<[string, string, { kind: string; value: string; valueEnd?: string; granularity: string }]>([
    ["da agosto", "2024-11", { kind: "since", value: "2024-08", granularity: "month" }],
    ["a partire da agosto", "2024-11-05", { kind: "since", value: "2024-08", granularity: "month" }],
    ["dall'inizio del 2023", "2023-11", { kind: "since", value: "2023-01", granularity: "month" }],
    ["dal 2022", "2025-06", { kind: "since", value: "2022", granularity: "year" }],
    ["entro la fine del 2019", "2025-02", { kind: "until", value: "2019-12", granularity: "month" }],
    ["fino a dicembre", "2025-06", { kind: "until", value: "2024-12", granularity: "month" }],
    ["tra gennaio e febbraio", "2025-02", { kind: "range", value: "2025-01", valueEnd: "2025-02", granularity: "month" }],
    ["tra novembre e febbraio", "2025-03", { kind: "range", value: "2024-11", valueEnd: "2025-02", granularity: "month" }],
    ["tra luglio e settembre 2024", "2025-02", { kind: "range", value: "2024-07", valueEnd: "2024-09", granularity: "month" }],
    ["tra il 2017 e il 2023", "2025-02", { kind: "range", value: "2017", valueEnd: "2023", granularity: "year" }],
    ["dal 2017 al 2023", "2025-02", { kind: "range", value: "2017", valueEnd: "2023", granularity: "year" }],
    ["il 25 e 26 ottobre", "2024-11-29", { kind: "range", value: "2024-10-25", valueEnd: "2024-10-26", granularity: "day" }],
    ["il 27 maggio 2024", "2025-06", { kind: "point", value: "2024-05-27", granularity: "day" }],
    ["a fine aprile", "2025-06", { kind: "point", value: "2025-04", granularity: "month" }],
  ])("%s (article %s)", (expr, anchor, expected) => {
    expect(resolveTime(sentence(expr), anchor)).toEqual(expect.objectContaining(expected));
  });

  it("gives a figure's date: a range's end, none for a since", () => {
    expect(asOfDate(resolveTime(sentence("tra gennaio e febbraio"), "2025-02")!)).toBe("2025-02");
    expect(asOfDate(resolveTime(sentence("a partire da agosto"), "2024-11")!)).toBeUndefined();
  });
});

describe("findTimeExpressions in sentences", () => {
  it("looks ahead for a month when the clause's verb is future or planned", () => {
    expect(resolve("Il forum è previsto per settembre", "2025-06")).toBe("2025-09");
    expect(resolve("Pyongyang invierà altri operai a settembre", "2025-06")).toBe("2025-09");
    expect(resolve("Pyongyang avrebbe inviato altri operai a settembre", "2025-06")).toBe("2024-09");
  });

  it("counts `l'anno precedente` from the year the sentence named", () => {
    const found = findTimeExpressions(sentence("Nel 2024 sono entrati 9.000 lavoratori, il triplo dei 3.000 dell'anno precedente."), "2025-06");
    expect(found.map((t) => t.value)).toEqual(["2024", "2023"]);
  });

  it("finds every expression with its span and leaves ordinary numbers alone", () => {
    const s = sentence("A fine aprile, dopo 30 giorni di combattimenti, 1.200 soldati erano partiti; il 18 dicembre ne arrivarono altri.");
    const found = findTimeExpressions(s, "2025-06");
    expect(found.map((t) => [s.text.slice(t.start - s.start, t.end - s.start), t.value])).toEqual([["fine aprile", "2025-04"], ["18 dicembre", "2024-12-18"]]);
  });

  it("does not read `fine` or `inizio` as dates when no period follows", () => {
    expect(findTimeExpressions(sentence("Ha posto fine alla guerra all'inizio del conflitto."), "2025-06")).toEqual([]);
  });

  it("shifts days across month and year ends", () => {
    expect(shiftDate("2025-01-01", "day", -1)).toBe("2024-12-31");
    expect(shiftDate("2025-03-03", "week", -1)).toBe("2025-02-24");
    expect(shiftDate("2024-02-29", "year", -1, "day")).toBe("2023-02-28");
  });
});
