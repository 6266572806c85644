// `trama build --watch` rebuilds when an article is added, taking the others from the
// cache, and stops cleanly on Ctrl-C.
import { spawn } from "node:child_process";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { projectRoot } from "../../src/paths.ts";

it("rebuilds on a new article with the others from the cache, and exits 0 on SIGINT", async () => {
  const articles = join(projectRoot, "data", "articles");
  const dir = mkdtempSync(join(tmpdir(), "trama-watch-"));
  const files = readdirSync(articles).sort();
  for (const f of files.slice(0, 2)) copyFileSync(join(articles, f), join(dir, f));
  const out = join(dir, ".out");
  const child = spawn(process.execPath, [join(projectRoot, "bin", "trama.js"), "build", dir, "--out", out, "--quiet", "--watch"], { cwd: projectRoot });
  let stdout = "";
  const lines: ((s: string) => void)[] = [];
  child.stdout.on("data", (c: Buffer) => { stdout += c; for (const l of lines.splice(0)) l(stdout); });
  const waitFor = (re: RegExp) => new Promise<void>((resolve) => {
    const check = (s: string) => (re.test(s) ? resolve() : lines.push(check));
    check(stdout);
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  try {
    await waitFor(/built 2 articles/);
    copyFileSync(join(articles, files[2]!), join(dir, files[2]!));
    await waitFor(/built 3 articles .*\(2 from cache\)/);
    expect(readFileSync(join(out, "graph.ttl"), "utf8")).toContain(files[2]!.replace(/\.txt$/, ""));
  } finally {
    child.kill("SIGINT");
  }
  expect(await exited).toBe(0);
}, 120000);
