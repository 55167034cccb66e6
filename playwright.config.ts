import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./scripts/chromium";
import { EDITOR_BACKEND_PORT } from "./tests/e2e/editor-repo";

/**
 * Browser tests run in Debian's Chromium (never a downloaded browser) against
 * the built site in out/, served by the same static server as `npm start`.
 */
if (!fs.existsSync(CHROMIUM_PATH)) {
  throw new Error(
    `Geen Chromium gevonden op ${CHROMIUM_PATH}. Installeer het met 'sudo apt-get update && sudo apt-get install -y chromium', of wijs met CHROMIUM_PATH=/pad/naar/chromium een andere Chromium aan.`,
  );
}

/**
 * Whether a project is selected by the run: `--project` on the command line
 * (Playwright's own option: several names, wildcards, case-insensitive), all
 * projects when it is absent. Playwright starts every webServer whatever the
 * selection, so a variant's build and server are listed only when its project
 * runs: `--project chromium` then skips two full `next build`s.
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
/** A second build of the site with an extra cohort from a fixture (tests/fixtures/cohort-2019). */
const cohortVariantPort = port + 1;
/** A third build, for hosting under a subfolder: BASE_PATH=/gouden-gemeenten. */
const basePathVariantPort = port + 2;
/**
 * A variant is a full `next build` before its server answers: about 3 minutes
 * on a 2-core machine shared with other work, and one took over 5 minutes
 * (the old 300 s limit) under load. The limit only stops a hung build.
 */
const VARIANT_BUILD_TIMEOUT = 600_000;

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results",
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never", outputFolder: "playwright-report" }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    { name: "chromium", use: { ...devices["Desktop Chrome"] }, testIgnore: /(variant-.*|editor)\.spec\.ts/ },
    /** The browser editor at /admin/ of the main build, with decap-server on a copy of the content. */
    {
      name: "redactie",
      use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 900 } },
      testMatch: /editor\.spec\.ts/,
      // Decap CMS is a 5 MB application that loads and renders each form anew: seconds, not milliseconds.
      expect: { timeout: 20_000 },
    },
    {
      name: "nieuw-cohort",
      use: { ...devices["Desktop Chrome"], baseURL: `http://127.0.0.1:${cohortVariantPort}` },
      testMatch: /variant-new-cohort\.spec\.ts/,
    },
    {
      name: "submap",
      use: { ...devices["Desktop Chrome"], baseURL: `http://127.0.0.1:${basePathVariantPort}` },
      testMatch: /variant-base-path\.spec\.ts/,
    },
  ],
  webServer: [
    {
      command: `npx serve out --listen ${port} --no-clipboard --no-port-switching`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    ...(projectRequested("redactie")
      ? [
          {
            command: "npx tsx tests/e2e/editor-backend.ts",
            port: EDITOR_BACKEND_PORT,
            reuseExistingServer: false,
            timeout: 30_000,
          },
        ]
      : []),
    ...(projectRequested("nieuw-cohort")
      ? [
          {
            command: `npx tsx scripts/build-variant.ts --name cohort-2019 --overlay tests/fixtures/cohort-2019 && npx serve .cache/cohort-2019/site --listen ${cohortVariantPort} --no-clipboard --no-port-switching`,
            url: `http://127.0.0.1:${cohortVariantPort}/`,
            reuseExistingServer: false,
            timeout: VARIANT_BUILD_TIMEOUT,
          },
        ]
      : []),
    ...(projectRequested("submap")
      ? [
          {
            command: `npx tsx scripts/build-variant.ts --name submap --base-path /gouden-gemeenten && npx serve .cache/submap/site --listen ${basePathVariantPort} --no-clipboard --no-port-switching`,
            url: `http://127.0.0.1:${basePathVariantPort}/gouden-gemeenten/`,
            reuseExistingServer: false,
            timeout: VARIANT_BUILD_TIMEOUT,
          },
        ]
      : []),
  ],
});
