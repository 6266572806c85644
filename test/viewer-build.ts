// Vitest global setup: build viewer/dist once, before any test file runs, when it is
// missing or older than the viewer's sources. Browser and CLI tests run in parallel and
// each would otherwise start its own Vite build into the same folder.
import { ensureViewerBuilt } from "../src/cli/serve.ts";

export default async function setup(): Promise<void> {
  await ensureViewerBuilt();
}
