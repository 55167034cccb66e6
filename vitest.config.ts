import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/components/**/*.test.tsx"],
    environment: "node",
    globals: true,
    setupFiles: ["tests/setup.ts"],
    // A budget, not a speed check: rendering in jsdom on a busy two-core machine can take several seconds.
    testTimeout: 20_000,
  },
  cacheDir: ".cache/vite",
});
