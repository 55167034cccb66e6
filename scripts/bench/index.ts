/**
 * npm run bench — a benchmark, not a test: it measures and prints, and writes
 * the figures to .cache/bench/results.json. Targets (targets.ts, listed in
 * docs/benchmark.md) are reported as met or not, never asserted.
 *
 * 1. Builds the site three times with buildSite (scripts/build-site.ts): with
 *    the real content, with 1,000 generated profiles of one practice example
 *    each added (generate.ts), and with the same profiles of two examples each.
 * 2. Weighs the document pages (home, and the profile, criterion, example
 *    and theme page with the most HTML) and every island page of the registry in Chromium, and
 *    every page's HTML as built (weigh.ts).
 * 3. Times a filter click on the listing with 1,000 profiles (click.ts).
 * 4. Runs Lighthouse (mobile) three times on each weighed page (lighthouse.ts).
 * 5. Prints the report and writes results.json (report.ts).
 * Usage: npm run bench [-- --skip-build] [--skip-lighthouse]
 *   --skip-build       measures the sites of the previous run again, with its build times
 *   --skip-lighthouse  leaves out Lighthouse, which takes most of the time
 */
import fs from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";
import { loadContent } from "../../lib/content/load";
import { nearbyProvinceRoute } from "../../lib/pages/nearby-page";
import { allPagePaths, islandPages } from "../../lib/pages/registry";
import { routes } from "../../lib/site";
import { buildSite } from "../build-site";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../chromium";
import { scriptOptions } from "../command-line";
import { serveSite } from "../serve-site";
import { median } from "./figures";
import { filterClickMs } from "./click";
import { generateContent, GENERATED_PROFILES } from "./generate";
import { lighthouseRuns, LIGHTHOUSE_RUNS } from "./lighthouse";
import { judgeTargets, printReport, writeResults } from "./report";
import type { BenchResults } from "./results";
import { headerScriptSources, htmlSizes, nearbyAnswerFiles, pageWeights, type MeasuredPage } from "./weigh";

const BENCH_DIR = ".cache/bench";
const CONTENT_DIR = path.resolve("content");
const REAL_SITE = path.join(BENCH_DIR, "echt");
const BIG_SITE = path.join(BENCH_DIR, "groot");
const BIG_CONTENT = path.resolve(BENCH_DIR, `inhoud-${GENERATED_PROFILES}`);
/** The big site with a second practice example in each generated profile: the cost of an example page. */
const EXAMPLES_SITE = path.join(BENCH_DIR, "groot-voorbeelden");
const EXAMPLES_CONTENT = path.resolve(BENCH_DIR, `inhoud-${GENERATED_PROFILES}-voorbeelden`);
const BUILD_TIMES = path.join(BENCH_DIR, "build-times.json");
const PORTS = { real: 4185, big: 4186 };

/** The whole build of the site (scripts/build-site.ts), as npm run build makes it, timed. */
function buildSeconds(contentDir: string, outDir: string): number {
  const started = performance.now();
  buildSite({ contentDir, outDir, output: "ignore" });
  return (performance.now() - started) / 1000;
}

type BuildTimes = { real: number; generated: number; moreExamples: number };

/** The build times of this run, or of the previous one with --skip-build. */
function buildTimes(skipBuild: boolean): BuildTimes {
  if (!skipBuild || !fs.existsSync(BUILD_TIMES)) {
    console.log("Bouwen met de echte inhoud…");
    const real = buildSeconds(CONTENT_DIR, REAL_SITE);
    console.log(`Bouwen met ${GENERATED_PROFILES} extra gegenereerde profielen…`);
    generateContent(CONTENT_DIR, BIG_CONTENT, GENERATED_PROFILES);
    const generated = buildSeconds(BIG_CONTENT, BIG_SITE);
    console.log(`Bouwen met dezelfde profielen, elk met een tweede praktijkvoorbeeld…`);
    generateContent(CONTENT_DIR, EXAMPLES_CONTENT, GENERATED_PROFILES, 2);
    const moreExamples = buildSeconds(EXAMPLES_CONTENT, EXAMPLES_SITE);
    fs.writeFileSync(BUILD_TIMES, JSON.stringify({ real, generated, moreExamples } satisfies BuildTimes));
  }
  return JSON.parse(fs.readFileSync(BUILD_TIMES, "utf8")) as BuildTimes;
}

/**
 * The pages weighed in Chromium and by Lighthouse: the home page, the profile,
 * criterion, practice example and theme page with the most HTML (gzip) as
 * built, and every page with islands from the registry.
 */
function measuredPages(content: ReturnType<typeof loadContent>, html: ReturnType<typeof htmlSizes>): MeasuredPage[] {
  const largest = (paths: readonly string[]) => {
    const page = html.filter((size) => paths.includes(size.path)).toSorted((a, b) => b.gzip - a.gzip)[0];
    if (!page) throw new Error(`bench: geen van ${paths.join(", ")} is gebouwd`);
    return page.path;
  };
  return [
    { name: "home", path: routes.home, kind: "document" },
    {
      name: "profiel",
      path: largest(content.municipalities.map((municipality) => routes.municipality(municipality.slug))),
      kind: "document",
    },
    { name: "criterium", path: largest(content.criteria.map((criterion) => routes.criterion(criterion.id))), kind: "document" },
    {
      name: "voorbeeld",
      path: largest(
        content.municipalities.flatMap((municipality) =>
          municipality.voorbeelden.map((example) => routes.example(municipality.slug, example.id)),
        ),
      ),
      kind: "document",
    },
    { name: "thema", path: largest(content.themes.map((theme) => routes.theme(theme.id))), kind: "document" },
    ...islandPages().map((page): MeasuredPage => ({ name: page.islands.join("+"), path: page.path, kind: "eiland" })),
  ];
}

async function main() {
  const options = scriptOptions("bench", "npm run bench [-- --skip-build] [--skip-lighthouse]", {
    "skip-build": { type: "boolean", default: false },
    "skip-lighthouse": { type: "boolean", default: false },
  });
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  fs.mkdirSync(BENCH_DIR, { recursive: true });
  const times = buildTimes(options["skip-build"]);

  const content = loadContent(CONTENT_DIR);
  const lists = islandPages()
    .filter((page) => page.listFlag)
    .map((page) => page.path);
  const html = htmlSizes(REAL_SITE, allPagePaths(), lists);
  const pages = measuredPages(content, html);
  // The generated profiles take the cohorts in turn: a filter on the last one halves the list.
  const cohort = String(content.cohorts.at(-1)?.jaar ?? "");

  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const realServer = await serveSite(REAL_SITE, PORTS.real);
  const bigServer = await serveSite(BIG_SITE, PORTS.big);
  try {
    const realOrigin = `http://127.0.0.1:${PORTS.real}`;
    console.log(`Pagina's wegen: ${pages.map((page) => page.path).join(", ")}…`);
    const weights = await pageWeights(browser, realOrigin, pages);
    console.log("Filterklikken timen…");
    const clicks = await filterClickMs(browser, `http://127.0.0.1:${PORTS.big}`, cohort);
    let lighthouse: BenchResults["lighthouse"] = null;
    if (!options["skip-lighthouse"]) {
      console.log(`Lighthouse: ${pages.length} pagina's, elk ${LIGHTHOUSE_RUNS} runs…`);
      lighthouse = lighthouseRuns(realOrigin, pages, BENCH_DIR, (page, run) => console.log(`  ${page.path} run ${run} klaar`));
    }

    const results: BenchResults = {
      date: new Date().toISOString(),
      pages,
      weights,
      html,
      nearbyAnswerFiles: nearbyAnswerFiles(
        REAL_SITE,
        nearbyProvinceRoute.params().map(({ provincie }) => routes.nearbyAnswers(provincie)),
      ),
      headerPolicies: headerScriptSources(REAL_SITE),
      build: {
        realSeconds: times.real,
        generatedSeconds: times.generated,
        generated: GENERATED_PROFILES,
        perProfileMs: ((times.generated - times.real) * 1000) / GENERATED_PROFILES,
        moreExamplesSeconds: times.moreExamples,
        perExampleMs: ((times.moreExamples - times.generated) * 1000) / GENERATED_PROFILES,
      },
      filterClick: { profiles: content.municipalities.length + GENERATED_PROFILES, cohort, medianMs: median(clicks), runs: clicks },
      lighthouse,
    };
    const judged = judgeTargets(results);
    printReport(results, judged);
    writeResults(path.join(BENCH_DIR, "results.json"), results, judged);
  } finally {
    realServer.kill();
    bigServer.kill();
    await browser.close();
  }
}

await main();
