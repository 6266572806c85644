#!/usr/bin/env node
// The `trama` command. Trama is written in TypeScript and run through tsx's loader,
// so the installed command always runs the current sources with no build step.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/cli/main.ts");
process.exitCode = await main(process.argv.slice(2));
