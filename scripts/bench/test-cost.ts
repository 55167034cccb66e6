/**
 * npm run bench:tests — what one more page costs the test suite, measured, not
 * asserted: the build, the checks of the files (npm run test:site's page and
 * profile checks) and the site-wide browser check, each run on the real
 * content and on the content with 70 generated profiles (generate.ts), each
 * with its practice example's page. The difference divided by the pages added
 * (counted in the two sitemaps) is the cost of a page. Each is measured twice,
 * the two sites in turn, and the faster run counts: the first build of a
 * session is slower for reasons of its own. Profiles are the site's largest
 * pages, so a smaller page costs less. Best on an otherwise idle machine.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { buildSite } from "../build-site";
import { generateContent } from "./generate";

const GENERATED_PROFILES = 70;
/** Issue 24's measure: seventy more pages should add under a minute to npm test. */
const PRICED_PAGES = 70;
const ROOT = path.join(".cache", "bench-tests");

type Step = { name: string; seconds: (contentDir: string, siteDir: string) => number };

function timed(run: () => void): number {
  const started = performance.now();
  run();
  return (performance.now() - started) / 1000;
}

/** A test command on the given site and content; the tests read both from these variables. */
const testRun = (command: string[]) => (contentDir: string, siteDir: string) =>
  timed(() =>
    execFileSync("npx", command, {
      env: { ...process.env, CONTENT_DIR: contentDir, SITE_DIR: siteDir, TEST_PORT: "4573", CI: "true", NEXT_TELEMETRY_DISABLED: "1" },
      stdio: "ignore",
    }),
  );

const STEPS: Step[] = [
  { name: "build", seconds: (contentDir, siteDir) => timed(() => buildSite({ contentDir, outDir: siteDir, output: "ignore" })) },
  {
    name: "test:site (pages, profiles)",
    seconds: testRun(["vitest", "run", "--project", "site", "tests/site/pages.test.ts", "tests/site/profiles-and-data.test.ts"]),
  },
  {
    name: "browser: site-wide check",
    seconds: testRun([
      "playwright",
      "test",
      "tests/e2e/site-quality.spec.ts",
      "--project",
      "chromium",
      "--grep",
      "accessibility, scripts and reflow",
    ]),
  },
];

const sites = [
  { label: "inhoud", contentDir: path.resolve("content"), siteDir: path.join(ROOT, "echt") },
  { label: `inhoud + ${GENERATED_PROFILES}`, contentDir: path.resolve(ROOT, "inhoud"), siteDir: path.join(ROOT, "groot") },
];
generateContent("content", sites[1]?.contentDir ?? "", GENERATED_PROFILES);

const times = STEPS.map((step) => {
  const runs = [...sites, ...sites].map(({ contentDir, siteDir }) => step.seconds(contentDir, siteDir));
  const [real = 0, bigger = 0] = sites.map((_, index) => Math.min(runs[index] ?? 0, runs[index + sites.length] ?? 0));
  return { name: step.name, real, bigger };
});
/** The pages a built site has: the addresses in its sitemap. A generated profile brings its practice example's page too. */
const pageCount = (siteDir: string) => (fs.readFileSync(path.join(siteDir, "sitemap.xml"), "utf8").match(/<loc>/g) ?? []).length;
const [realSite, biggerSite] = sites.map(({ siteDir }) => pageCount(siteDir));
const addedPages = (biggerSite ?? 0) - (realSite ?? 0);
const rows = times.map((time) => ({ ...time, perPage: ((time.bigger - time.real) / addedPages) * 1000 }));
const total = rows.reduce((sum, row) => sum + row.perPage, 0);
console.log(
  `Kosten van een pagina voor de tests (${GENERATED_PROFILES} profielen erbij, ${addedPages} pagina's: ${realSite} → ${biggerSite}; in seconden, per pagina in ms):`,
);
for (const { name, real, bigger, perPage } of rows) {
  console.log(
    `  ${name.padEnd(30)} ${real.toFixed(1).padStart(6)} → ${bigger.toFixed(1).padStart(6)}  ${Math.round(perPage).toString().padStart(5)} ms`,
  );
}
console.log(
  `  ${"samen".padEnd(30)} ${"".padStart(16)} ${Math.round(total).toString().padStart(5)} ms per pagina, ${Math.round((total * PRICED_PAGES) / 1000)} s voor ${PRICED_PAGES} pagina's`,
);
