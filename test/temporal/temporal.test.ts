// Time expressions resolved against the article date, HeidelTime news-mode style.
import { describe, expect, it } from "vitest";
import { resolveExpression, shiftDate } from "../../src/temporal/index.ts";

describe("resolveExpression", () => {
  it.each([
    ["a fine aprile", "2025-06", "2025-04"],
    ["a metà gennaio", "2025-02", "2025-01"],
    ["a fine aprile", "2025-02", "2024-04"],
    ["ad aprile", "2025-06-15", "2025-04"],
    ["a settembre", "2025-10-28", "2025-09"],
    ["a giugno", "2024-11", "2024-06"],
    ["lo scorso anno", "2025-06", "2024"],
    ["l'anno scorso", "2025-10-28", "2024"],
    ["quest'anno", "2025-06", "2025"],
    ["l'anno prossimo", "2025-06", "2026"],
    ["il mese scorso", "2025-06", "2025-05"],
    ["il mese scorso", "2025-01", "2024-12"],
    ["la settimana scorsa", "2025-06", "2025-06"],
    ["la settimana scorsa", "2025-06-10", "2025-06-03"],
    ["ieri", "2024-11-21", "2024-11-20"],
    ["oggi", "2024-11-29", "2024-11-29"],
    ["nel 2024", "2025-06", "2024"],
    ["a fine 2024", "2025-06", "2024-12"],
    ["a inizio 2023", "2025-06", "2023-01"],
    ["21 novembre 2023", "2025-06", "2023-11-21"],
    ["il 27 maggio 2024", "2025-06", "2024-05-27"],
    ["31 ottobre 2024", undefined, "2024-10-31"],
    ["nell'ottobre del 2023", "2024-10", "2023-10"],
    ["nel luglio 2024", "2025-10", "2024-07"],
    ["a ottobre 2024", "2025-02", "2024-10"],
    ["a giugno dell'anno scorso", "2025-10-28", "2024-06"],
    ["il 18 dicembre", "2025-02", "2024-12-18"],
    ["mercoledì", "2025-06-12", "2025-06-11"],
    ["domenica", "2025-07-14", "2025-07-13"],
    ["venerdì", "2024-05", "2024-05"],
    ["nel febbraio 2024", "2025-07", "2024-02"],
    ["entro la fine del 2019", "2025-02", "2019-12"],
    ["dall'inizio del 2023", "2023-11", "2023-01"],
    ["un anno fa", "2024-11-21", "2023"],
    ["a metà giugno", "2025-07", "2025-06"],
    ["a marzo", "2025-07", "2025-03"],
    ["tra luglio e settembre 2024", "2025-02", "2024-07"],
    ["alla fine di aprile", "2025-07", "2025-04"],
    ["a inizio dicembre 2024", "2025-01", "2024-12"],
    ["settembre 2023", "2024-01", "2023-09"],
  ])("%s (article %s) = %s", (expr, anchor, expected) => {
    expect(resolveExpression(expr.replace(/'/g, "' ").split(/\s+/).filter(Boolean), anchor)).toBe(expected);
  });

  it("looks ahead for a month when the verb is future", () => {
    expect(resolveExpression(["il", "forum", "previsto", "per", "settembre"], "2025-06")).toBe("2025-09");
  });

  it("shifts days across month and year ends", () => {
    expect(shiftDate("2025-01-01", "day", -1)).toBe("2024-12-31");
    expect(shiftDate("2025-03-03", "week", -1)).toBe("2025-02-24");
  });
});
