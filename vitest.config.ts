import { defineConfig } from "vitest/config";

// Tests that spawn the CLI or a browser take seconds on a 2-core machine; none is a timing test.
export default defineConfig({
  test: { testTimeout: 60000, hookTimeout: 120000, include: ["test/**/*.test.ts"], globalSetup: ["test/viewer-build.ts"] },
});
