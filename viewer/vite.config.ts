import { defineConfig } from "vite";
import { fileURLToPath } from "node:url";

// The viewer is its own app: it reads only /graph.json (served next to it) at run time.
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "./",
  build: { outDir: "dist", emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  logLevel: "warn",
});
