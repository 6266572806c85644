import { fileURLToPath } from "node:url";
import { dirname, resolve } from "node:path";

/** The project root (where package.json is), whatever the working directory. */
export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const defaultDataDir = resolve(projectRoot, "data");
/** Where `npm start` builds the graph; commands that read a graph default to it. */
export const defaultOutDir = resolve(projectRoot, "out");
export const viewerDistDir = resolve(projectRoot, "viewer", "dist");
