// editDistance reuses two typed rows and translitKey remembers its answers: both must answer
// exactly as the plain definitions do, whatever was asked before.
import { describe, expect, it } from "vitest";
import { editDistance, translitKey } from "../../src/names/fold.ts";

/** editDistance as it was written before its rows were reused: arrays per row, the same early exit. */
function reference(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

describe("editDistance", () => {
  it.each([
    ["", "", 0],
    ["abc", "", 3],
    ["marcovaldi", "marcovaldi", 0],
    ["marcovaldi", "marcovaldo", 1],
    ["marcovaldi", "marcoaldi", 1],
    ["marcovaldi", "amrcovaldi", 2],
    ["ortensia", "ortensiabb", 2],
    ["ortensia", "ortensiabbb", 3], // lengths three apart: past max at once
  ])("%s / %s: %i (max 2)", (a, b, expected) => {
    expect(editDistance(a, b, 2)).toBe(expected);
  });

  it("agrees with the plain version on many pairs, long after short and short after long", () => {
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const word = () => Array.from({ length: Math.floor(rand() * 14) }, () => "abcdeš"[Math.floor(rand() * 6)]).join("");
    for (let k = 0; k < 2000; k++) {
      const a = word(), b = rand() < 0.5 ? word() : a.slice(0, Math.floor(rand() * a.length)) + "x" + a.slice(Math.floor(rand() * a.length));
      const max = 1 + Math.floor(rand() * 3);
      expect(editDistance(a, b, max)).toBe(reference(a, b, max));
    }
  });
});

describe("translitKey memo", () => {
  it("gives the same key on a second call and after the memo starts over", () => {
    const first = translitKey("Sergueï Choïgou");
    for (let k = 0; k < 60_000; k++) translitKey(`Nome${k}`);
    expect(translitKey("Sergueï Choïgou")).toBe(first);
    expect(translitKey("Sergej Šojgu")).toBe(first);
    expect(translitKey("Nome59123")).toBe("nome59123");
  });
});
