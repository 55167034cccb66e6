import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH, missingChromium } from "./scripts/chromium";
import { TEST_VARIANT } from "./scripts/build-variant";
import { EDITOR_BACKEND_PORT } from "./tests/e2e/editor-repo";

/**
 * Browser tests run in Debian's Chromium (never a downloaded browser) against
 * the built site in out/, served by the same static server as `npm start`.
 */
/** Stops with one clear line, not a stack trace of the config. */
function stop(problem: string): never {
  console.error(problem);
  process.exit(1);
}

const chromiumProblem = missingChromium();
if (chromiumProblem) stop(chromiumProblem);

/**
 * Whether a project is selected by the run: `--project` on the command line
 * (Playwright's own option: several names, wildcards, case-insensitive), all
 * projects when it is absent. Playwright starts every webServer whatever the
 * selection, so the editor's backend and the variant's server are listed only
 * when their project runs: `--project chromium` starts neither.
 */
function projectRequested(name: string): boolean {
  const patterns: string[] = [];
  const args = process.argv.slice(2);
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] ?? "";
    if (arg.startsWith("--project=")) patterns.push(arg.slice("--project=".length));
    else if (arg === "--project") {
      // Like Playwright's parser, the option takes every following argument up to the next option.
      while (index + 1 < args.length && !(args[index + 1] ?? "").startsWith("-")) patterns.push(args[++index] ?? "");
    }
  }
  if (patterns.length === 0) return true;
  return patterns.some((pattern) => new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replaceAll("*", ".*")}$`, "i").test(name));
}

const port = Number(process.env.TEST_PORT ?? 4173);
/**
 * A built site served as `npm start` serves it, by the Node.js that runs the tests: through npx, which looks the
 * command up anew, the three servers took 2 s longer to start.
 */
const serveCommand = (root: string, listenPort: number) =>
  `"${process.execPath}" node_modules/serve/build/main.js ${root} --listen ${listenPort} --no-clipboard --no-port-switching`;
/** The variant site (npm run build:variant), on the next port. */
const variantPort = port + 1;
if (projectRequested("variant") && !fs.existsSync(TEST_VARIANT.root)) {
  stop(`De variant ontbreekt in ${TEST_VARIANT.root}: bouw die eerst met 'npm run build:variant' (npm test doet dat zelf).`);
}

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results",
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  reporter: [
    ["list"],
    ["./tests/e2e/project-times.ts"],
    ...(process.env.CI ? [] : [["html", { open: "never", outputFolder: "playwright-report" }] as const]),
  ],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    // No trace of passing tests: recording one costs a quarter of the browser tests' time, on every test. A failure
    // still leaves its page's state (error-context.md in test-results/); to trace, add --trace retain-on-failure.
    trace: "off",
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    /**
     * The browser editor at /admin/ of the main build, with decap-server on a copy of the content. First: its
     * tests run one after the other, a minute on one worker, while the other worker starts on the rest.
     */
    {
      name: "redactie",
      testMatch: /editor\.spec\.ts/,
      // Except the editor's flows: Decap under load is where a trace has told what a failure could not.
      use: {
        ...devices["Desktop Chrome"],
        viewport: { width: 1280, height: 900 },
        trace: { mode: "retain-on-failure", screenshots: false },
      },
      // Decap CMS is a 5 MB application that loads and renders each form anew: seconds, not milliseconds.
      expect: { timeout: 20_000 },
    },
    /**
     * The variant's site (its context reused, as the chromium project's below) before the main site's: its tests are
     * few and long, and the many short page checks of the chromium project then come last, so that the two workers
     * finish together (the browser tests took 149 and 154 s instead of 158 and 167 s).
     */
    {
      name: "variant",
      use: { ...devices["Desktop Chrome"], baseURL: `http://127.0.0.1:${variantPort}`, reuseContext: true },
      testMatch: /variant\.spec\.ts/,
    },
    /**
     * The site's projects reuse one browser context per worker, which Playwright resets between tests (storage, cache,
     * pages, routes, emulation; the permissions a test grants are taken back in tests/e2e/fixtures.ts): a new context
     * and its renderer cost about 0.3 s a test, a sixth of these projects' time. The site is static and keeps no
     * state of a reader's, so a test has nothing to inherit; a test that needs another kind of context (JavaScript
     * off) makes its own.
     */
    { name: "chromium", use: { ...devices["Desktop Chrome"], reuseContext: true }, testIgnore: /(variant|editor)\.spec\.ts/ },
  ],
  webServer: [
    {
      // SITE_DIR: another build of the site (the per-page cost, npm run bench:tests), as tests/site reads it.
      command: serveCommand(process.env.SITE_DIR ?? "out", port),
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    ...(projectRequested("redactie")
      ? [
          {
            command: `"${process.execPath}" node_modules/tsx/dist/cli.mjs tests/e2e/editor-backend.ts`,
            port: EDITOR_BACKEND_PORT,
            reuseExistingServer: false,
            timeout: 30_000,
          },
        ]
      : []),
    ...(projectRequested("variant")
      ? [
          {
            command: serveCommand(TEST_VARIANT.root, variantPort),
            url: `http://127.0.0.1:${variantPort}${TEST_VARIANT.basePath}/`,
            reuseExistingServer: false,
            timeout: 30_000,
          },
        ]
      : []),
  ],
});
