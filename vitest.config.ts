import os from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    environment: "node",
    globals: true,
    setupFiles: ["tests/setup.ts"],
    // A budget, not a speed check: rendering in jsdom on a busy two-core machine can take several seconds.
    testTimeout: 20_000,
    // Every core: Vitest's default keeps one free, which on two cores halves the speed of the run.
    maxWorkers: os.availableParallelism(),
    projects: [
      // The code, on fixtures: no build needed (npm run test:unit).
      // Not isolated: each worker keeps its modules and environment from file to file instead of starting them anew, which
      // took most of this project's time (35 s → 20 s). The tests share no state: each renders its own component, and a
      // test that needs an address sets it first; tests/setup.ts unmounts after each. Passes in shuffled order too.
      {
        extends: true,
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], isolate: false },
      },
      // The components in jsdom, a project of their own (npm run test:unit runs both): beside the Node tests in one project,
      // where each file chose jsdom for itself, the two took 25 s instead of 18.
      {
        extends: true,
        test: { name: "components", include: ["tests/components/**/*.test.tsx"], isolate: false, environment: "jsdom" },
      },
      // The built files of out/ and of the variant, read from disk (npm run test:site, after both builds).
      // jsdom for its DOMParser: the pages are parsed, never run.
      { extends: true, test: { name: "site", include: ["tests/site/**/*.test.ts"], environment: "jsdom" } },
    ],
  },
  cacheDir: ".cache/vite",
});
