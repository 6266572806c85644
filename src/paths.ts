import { fileURLToPath } from "node:url";
import { dirname, resolve, sep } from "node:path";

/** The project root (where package.json is), whatever the working directory. */
export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const defaultDataDir = resolve(projectRoot, "data");
/**
 * Where `npm start` builds the graph; commands that read a graph default to it: out/ in the
 * project, or in the working directory when Trama is an installed dependency (never inside
 * node_modules).
 */
export const defaultOutDir = projectRoot.split(sep).includes("node_modules") ? resolve("out") : resolve(projectRoot, "out");
export const viewerDistDir = resolve(projectRoot, "viewer", "dist");
