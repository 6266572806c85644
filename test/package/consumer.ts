// Setting up a project that depends on the packed tarball, offline: its lockfile is the
// runtime part of Trama's own lockfile (the tarballs are already in npm's cache, since
// `npm ci` fetched them for this checkout), so `npm ci --offline` never asks the registry.
import { readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";

interface LockEntry { version?: string; dev?: boolean; dependencies?: Record<string, string>; bin?: Record<string, string>; [k: string]: unknown }

export async function writeConsumerProject(dir: string, projectRoot: string, tarball: string): Promise<void> {
  const pkg = JSON.parse(readFileSync(join(projectRoot, "package.json"), "utf8")) as { name: string; version: string; dependencies: Record<string, string>; bin: Record<string, string>; engines: Record<string, string> };
  const lock = JSON.parse(readFileSync(join(projectRoot, "package-lock.json"), "utf8")) as { packages: Record<string, LockEntry> };
  const typesNode = lock.packages["node_modules/@types/node"]!.version!;
  const spec = `file:${tarball}`;
  const manifest = { name: "trama-consumer", version: "1.0.0", private: true, type: "module", dependencies: { trama: spec }, devDependencies: { "@types/node": typesNode } };
  const packages: Record<string, LockEntry> = {
    "": { name: manifest.name, version: manifest.version, dependencies: manifest.dependencies, devDependencies: manifest.devDependencies },
    "node_modules/trama": { version: pkg.version, resolved: spec, license: "MIT", dependencies: pkg.dependencies, bin: pkg.bin, engines: pkg.engines },
  };
  // Trama's runtime dependencies (and theirs): everything in its lockfile not marked dev-only.
  for (const [path, entry] of Object.entries(lock.packages)) if (path && !entry.dev) packages[path] = entry;
  packages["node_modules/@types/node"] = { ...lock.packages["node_modules/@types/node"]!, dev: false };
  await writeFile(join(dir, "package.json"), JSON.stringify(manifest, null, 2));
  await writeFile(join(dir, "package-lock.json"), JSON.stringify({ name: manifest.name, version: manifest.version, lockfileVersion: 3, requires: true, packages }, null, 2));
}
