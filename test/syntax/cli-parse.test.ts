// `trama parse` as a user meets it: CoNLL-U for plain text, `--conllu` that fills in the
// analysis and keeps everything else exactly, and bad input that gets one line, not a crash.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../src/paths.ts";
import { readConllu } from "../../src/syntax/conllu.ts";

const bin = join(projectRoot, "bin", "trama.js");
const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", cwd: projectRoot, timeout: 120000, maxBuffer: 64 * 1024 * 1024 });
const file = (name: string, text: string) => { const p = join(mkdtempSync(join(tmpdir(), "trama-parse-")), name); writeFileSync(p, text); return p; };

const GIVEN = [
  "# newdoc id = mine",
  "# sent_id = s1",
  "# text = Nella notte la nave è entrata nel porto.",
  "1-2\tNella\t_\t_\t_\t_\t_\t_\t_\t_",
  "1\tIn\t_\t_\t_\t_\t_\t_\t_\t_",
  "2\tla\t_\t_\t_\t_\t_\t_\t_\t_",
  "3\tnotte\t_\t_\t_\t_\t_\t_\t_\t_",
  "4\tla\t_\t_\t_\t_\t_\t_\t_\t_",
  "5\tnave\t_\t_\t_\t_\t_\t_\t_\t_",
  "6\tè\t_\t_\t_\t_\t_\t_\t_\t_",
  "7\tentrata\t_\t_\t_\t_\t_\t_\t_\t_",
  "8-9\tnel\t_\t_\t_\t_\t_\t_\t_\t_",
  "8\tin\t_\t_\t_\t_\t_\t_\t_\t_",
  "9\til\t_\t_\t_\t_\t_\t_\t_\t_",
  "10\tporto\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No",
  "11\t.\t_\t_\t_\t_\t_\t_\t_\t_",
  "",
  "# sent_id = s2",
  "1\tPiove\t_\t_\t_\t_\t_\t_\t_\t_",
  "",
  "",
].join("\n");

function checkTree(words: { head: number; deprel: string }[]): void {
  expect(words.filter((w) => w.head === 0)).toHaveLength(1);
  for (const w of words) expect(w.head).toBeGreaterThanOrEqual(0), expect(w.head).toBeLessThanOrEqual(words.length);
}

describe("trama parse --conllu", () => {
  it("fills in the analysis and keeps comments, words and multiword lines exactly", () => {
    const r = run("parse", "--conllu", file("given.conllu", GIVEN));
    expect(r.status).toBe(0);
    const outLines = r.stdout.split("\n");
    const inLines = GIVEN.split("\n");
    expect(outLines).toHaveLength(inLines.length);
    outLines.forEach((line, i) => {
      const a = line.split("\t"), b = inLines[i]!.split("\t");
      if (b.length !== 10 || b[0]!.includes("-")) return expect(line).toBe(inLines[i]);
      expect([a[0], a[1], a[4], a[8], a[9]]).toEqual([b[0], b[1], b[4], b[8], b[9]]);
    });
    const [s1, s2] = readConllu(r.stdout);
    checkTree(s1!.words);
    checkTree(s2!.words);
    expect(s1!.words.find((w) => w.form === "nave")).toMatchObject({ upos: "NOUN", deprel: "nsubj", head: 7 });
  });

  it("parses a 5,000-word sentence without trouble", () => {
    const words = Array.from({ length: 5000 }, (_, i) => `${i + 1}\t${i % 2 ? "case" : "la"}\t_\t_\t_\t_\t_\t_\t_\t_`);
    const r = run("parse", "--conllu", file("long.conllu", words.join("\n") + "\n\n"));
    expect(r.status).toBe(0);
    const [s] = readConllu(r.stdout);
    expect(s!.words).toHaveLength(5000);
    checkTree(s!.words);
  });

  it("refuses a file that is not CoNLL-U with one line naming it", () => {
    const r = run("parse", "--conllu", file("notes.txt", "this is\tnot\tconllu\n"));
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/notes\.txt: not CoNLL-U \(line 1/);
  });

  it("says there are no sentences in a file of blank lines", () => {
    const r = run("parse", "--conllu", file("blank.conllu", "\n\n   \n"));
    expect(r.status).toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/no sentences/);
  });
});

describe("trama parse <text>", () => {
  it("prints CoNLL-U with multiword tokens, offsets kept per sentence", () => {
    const r = run("parse", file("t.txt", "Il ministro della Difesa è arrivato a Roma. Ha incontrato il sindaco."));
    expect(r.status).toBe(0);
    const sentences = readConllu(r.stdout);
    expect(sentences).toHaveLength(2);
    expect(sentences[0]!.multiwords).toEqual([{ first: 3, last: 4, form: "della", misc: "_" }]);
    expect(sentences[0]!.words.slice(2, 4).map((w) => w.form)).toEqual(["di", "la"]);
    expect(sentences[0]!.comments).toContain(" text = Il ministro della Difesa è arrivato a Roma.");
    for (const s of sentences) checkTree(s.words);
  });

  it("refuses a missing file as a usage error", () => {
    const r = run("parse", join(tmpdir(), "no-such-file-trama.txt"));
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });
});
