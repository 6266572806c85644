#!/usr/bin/env node
// The `trama` command. An installed package runs the compiled JavaScript in dist/ (built
// by `npm run build`, which `prepare` and `prepack` run): no TypeScript loader at run time.
// In a source checkout (src/ beside this file, tsx installed as a devDependency) it runs
// the TypeScript sources through tsx instead, so an edit is live without a rebuild and the
// CLI never runs a stale dist/.
import { existsSync } from "node:fs";

const sources = new URL("../src/cli/main.ts", import.meta.url);
let main;
if (existsSync(sources) && process.env.TRAMA_COMPILED !== "1") {
  let register;
  try {
    ({ register } = await import("tsx/esm/api"));
  } catch {
    // A checkout without devDependencies: fall back to the build.
  }
  if (register) {
    register();
    ({ main } = await import(sources.href));
  }
}
main ??= (await import("../dist/cli/main.js")).main;
process.exitCode = await main(process.argv.slice(2));
