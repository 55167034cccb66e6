/**
 * npm run bench — a benchmark, not a test: it measures and prints, and writes
 * the figures to .cache/bench/results.json. Targets are reported as met or
 * not, never asserted.
 *
 * 1. Page weight per page type (home, listing, profile, criterion) in Chromium,
 *    with the framework's JavaScript (from /_next/) apart.
 * 2. Build time with the real content and with 1,000 generated profiles.
 * 3. Time from a filter click to the updated list with 1,000 profiles.
 * 4. Lighthouse scores (mobile) for all four, three runs each: median and spread.
 * Run `npm run bench -- --skip-build` to measure the previous builds again.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, type Browser } from "@playwright/test";
import { buildSite } from "./build-site";
import { scriptOptions } from "./command-line";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium";
import { serveSite } from "./serve-site";

const GENERATED = 1000;
const PAGES = { home: "/", listing: "/gemeenten/", profile: "/gemeenten/zaanstad/", criterion: "/criteria/preventie-presentie/" };
/** The page types without framework JavaScript (pages/). */
const DOCUMENT_PAGES = ["home", "profile", "criterion"] as const;
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

/** The whole build of the site (scripts/build-site.ts), as npm run build makes it, timed. */
function buildSeconds(contentDir: string, outDir: string): number {
  const started = performance.now();
  buildSite({ contentDir, outDir, output: "ignore" });
  return (performance.now() - started) / 1000;
}

type Weight = {
  html: number;
  htmlGzip: number;
  js: number;
  jsGzip: number;
  frameworkJsGzip: number;
  css: number;
  fonts: number;
};

async function pageWeights(browser: Browser, origin: string) {
  const loaded: Record<string, Map<string, { type: string; bytes: Buffer }>> = {};
  for (const [name, pagePath] of Object.entries(PAGES)) {
    const page = await browser.newPage();
    // Count what the page loads for itself: Next's prefetching of linked
    // routes (their RSC payload, then their chunks) is blocked.
    await page.route(
      (url) => url.searchParams.has("_rsc"),
      (route) => route.abort(),
    );
    const resources = new Map<string, { type: string; bytes: Buffer }>();
    page.on("response", async (response) => {
      try {
        resources.set(response.url(), { type: response.request().resourceType(), bytes: await response.body() });
      } catch {
        // redirects have no body
      }
    });
    await page.goto(`${origin}${pagePath}`, { waitUntil: "networkidle" });
    loaded[name] = resources;
    await page.close();
  }
  const weights: Record<string, Weight> = {};
  for (const name of Object.keys(PAGES)) {
    const all = [...(loaded[name]?.entries() ?? [])];
    const sum = (entries: typeof all, zip = false) =>
      entries.reduce((total, [, resource]) => total + (zip ? gzipSync(resource.bytes).length : resource.bytes.length), 0);
    const documents = all.filter(([, resource]) => resource.type === "document");
    const scripts = all.filter(([, resource]) => resource.type === "script");
    const framework = scripts.filter(([url]) => new URL(url).pathname.startsWith("/_next/"));
    weights[name] = {
      html: sum(documents),
      htmlGzip: sum(documents, true),
      js: sum(scripts),
      jsGzip: sum(scripts, true),
      frameworkJsGzip: sum(framework, true),
      css: sum(all.filter(([, resource]) => resource.type === "stylesheet")),
      fonts: sum(all.filter(([, resource]) => resource.type === "font")),
    };
  }
  return weights;
}

function generateProfiles(contentDir: string) {
  fs.rmSync(contentDir, { recursive: true, force: true });
  fs.cpSync("content", contentDir, { recursive: true });
  const criteria = [
    "lerend-samenwerkend",
    "toegankelijke-samenleving",
    "preventie-presentie",
    "ontmoetingsplekken",
    "zichtbare-professionals",
  ];
  for (let index = 1; index <= GENERATED; index++) {
    const chosen = criteria.filter((_, criterion) => (index + criterion) % 3 !== 0);
    const text = [
      "---",
      `naam: "Benchmarkgemeente ${index}"`,
      `cohort: ${index % 2 ? 2015 : 2017}`,
      "provincie: Utrecht",
      "locatie:",
      `  lat: ${(51 + (index % 200) / 100).toFixed(4)}`,
      `  lon: ${(4 + (index % 250) / 100).toFixed(4)}`,
      `titel: "Gegenereerd profiel ${index}"`,
      `samenvatting: Een gegenereerd profiel voor de benchmark, nummer ${index}.`,
      "criteria:",
      ...chosen.map((id) => `  - id: ${id}\n    toelichting: Een gegenereerde toelichting voor de benchmark.`),
      "voorbeelden:",
      `  - id: voorbeeld-${index}`,
      `    naam: Voorbeeld ${index}`,
      "    beschrijving: Een gegenereerd voorbeeld.",
      "    themas: [ontmoeting]",
      "bronnen: [2017-publicatie]",
      "---",
      "",
      "## Over dit profiel",
      "",
      "Gegenereerde tekst voor de benchmark.",
      "",
    ].join("\n");
    fs.writeFileSync(path.join(contentDir, "gemeenten", `benchmarkgemeente-${index}.md`), text);
  }
}

/**
 * A real (trusted) click on the cohort filter, ten times, alternating on and
 * off. Measured with the Event Timing API: from the input to the frame that
 * shows the updated list, as INP measures it. The API reports only events of
 * 16 ms or more, so a shorter click counts as 16.
 */
async function filterClickMs(browser: Browser, origin: string): Promise<number[]> {
  const page = await browser.newPage();
  await page.goto(`${origin}/gemeenten/`, { waitUntil: "networkidle" });
  // Wait for hydration: until then the filter fieldset is disabled.
  await page.waitForFunction(() => document.querySelector<HTMLFieldSetElement>('[role="search"] fieldset')?.disabled === false);
  await page.evaluate(() => {
    const events: { name: string; duration: number }[] = [];
    Object.assign(window, { benchEvents: events });
    const observing: PerformanceObserverInit & { durationThreshold: number } = { type: "event", durationThreshold: 16 };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) events.push({ name: entry.name, duration: entry.duration });
    }).observe(observing);
  });
  const checkbox = page.getByRole("checkbox", { name: "2017" });
  const timings: number[] = [];
  for (let run = 0; run < 10; run++) {
    const before = await page.getByRole("status").first().textContent();
    await page.evaluate(() => {
      (window as unknown as { benchEvents: unknown[] }).benchEvents.length = 0;
    });
    await checkbox.click();
    await page.waitForFunction((text) => document.querySelector('[role="status"]')?.textContent !== text, before);
    await page.waitForTimeout(300);
    timings.push(
      await page.evaluate(() => {
        const events = (window as unknown as { benchEvents: { name: string; duration: number }[] }).benchEvents;
        return Math.max(
          16,
          ...events.filter((event) => ["pointerdown", "pointerup", "click"].includes(event.name)).map((event) => event.duration),
        );
      }),
    );
  }
  await page.close();
  return timings;
}

const LIGHTHOUSE_RUNS = 3;

type LighthouseResult = { median: Record<string, number>; runs: Record<string, number>[] };

/**
 * Lighthouse (mobile, its default) for every page type, three runs each, run
 * by its own CLI against Debian's Chromium; offline, the site needs no network.
 * Scores vary from run to run on a busy machine, hence the median and spread.
 */
function lighthouseScores(origin: string): Record<string, LighthouseResult> {
  const results: Record<string, LighthouseResult> = {};
  for (const [name, pagePath] of Object.entries(PAGES)) {
    const runs: Record<string, number>[] = [];
    for (let run = 1; run <= LIGHTHOUSE_RUNS; run++) {
      const report = `.cache/bench/lighthouse-${name}-${run}.json`;
      execFileSync(
        process.execPath,
        [
          "node_modules/lighthouse/cli/index.js",
          `${origin}${pagePath}`,
          "--quiet",
          "--output=json",
          `--output-path=${report}`,
          `--chrome-flags=${CHROMIUM_ARGS.join(" ")}`,
        ],
        { env: { ...env, CHROME_PATH: CHROMIUM_PATH }, stdio: "ignore" },
      );
      const categories: Record<string, { score: number }> = JSON.parse(fs.readFileSync(report, "utf8")).categories;
      runs.push(Object.fromEntries(Object.entries(categories).map(([category, { score }]) => [category, Math.round(score * 100)])));
    }
    const median = Object.fromEntries(
      Object.keys(runs[0] ?? {}).map((category) => {
        const scores = runs.map((scoresOfRun) => scoresOfRun[category] ?? 0).toSorted((a, b) => a - b);
        return [category, scores[Math.floor(scores.length / 2)] ?? 0];
      }),
    );
    results[name] = { median, runs };
  }
  return results;
}

/** "100 (98–100)": the median with the spread of the runs. */
function scoreWithSpread({ median, runs }: LighthouseResult, category: string): string {
  const scores = runs.map((run) => run[category] ?? 0);
  const [low, high] = [Math.min(...scores), Math.max(...scores)];
  return low === high ? String(median[category]) : `${median[category]} (${low}–${high})`;
}

async function main() {
  const { "skip-build": skipBuild } = scriptOptions("bench", "npm run bench [-- --skip-build]", {
    "skip-build": { type: "boolean", default: false },
  });
  fs.mkdirSync(".cache/bench", { recursive: true });
  const buildTimesFile = ".cache/bench/build-times.json";
  // --skip-build measures the sites of the previous run again, with its build times.
  if (!skipBuild || !fs.existsSync(buildTimesFile)) {
    console.log("Bouwen met de echte inhoud…");
    const real = buildSeconds(path.resolve("content"), ".cache/bench/echt");
    console.log(`Bouwen met ${GENERATED} extra gegenereerde profielen…`);
    generateProfiles(path.resolve(".cache/bench/inhoud-1000"));
    const generated = buildSeconds(path.resolve(".cache/bench/inhoud-1000"), ".cache/bench/groot");
    fs.writeFileSync(buildTimesFile, JSON.stringify({ real, generated }));
  }
  const { real: realBuild, generated: bigBuild } = JSON.parse(fs.readFileSync(buildTimesFile, "utf8")) as {
    real: number;
    generated: number;
  };

  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const realServer = await serveSite(".cache/bench/echt", 4185);
  const bigServer = await serveSite(".cache/bench/groot", 4186);
  try {
    const weights = await pageWeights(browser, "http://127.0.0.1:4185");
    const clicks = await filterClickMs(browser, "http://127.0.0.1:4186");
    const lighthouse = lighthouseScores("http://127.0.0.1:4185");
    const perProfileMs = ((bigBuild - realBuild) * 1000) / GENERATED;
    const toPaint = clicks.toSorted((a, b) => a - b)[Math.floor(clicks.length / 2)] ?? NaN;

    console.log("\nPaginagewicht (KB; gz = gzip)");
    console.table(
      Object.fromEntries(
        Object.entries(weights).map(([name, w]) => [
          name,
          {
            HTML: kb(w.html),
            "HTML gz": kb(w.htmlGzip),
            JS: kb(w.js),
            "JS gz": kb(w.jsGzip),
            "framework-JS gz": kb(w.frameworkJsGzip),
            CSS: kb(w.css),
            fonts: kb(w.fonts),
          },
        ]),
      ),
    );
    console.log(
      `Bouwtijd: echte inhoud ${realBuild.toFixed(1)} s; met ${GENERATED} extra profielen ${bigBuild.toFixed(1)} s; ${perProfileMs.toFixed(1)} ms per extra profiel`,
    );
    console.log(
      `Filterklik tot het beeld met de bijgewerkte lijst (${GENERATED + 21} profielen): mediaan ${toPaint.toFixed(0)} ms (klikken: ${clicks.map((ms) => ms.toFixed(0)).join(", ")})`,
    );

    console.log(`\nLighthouse (mobiel), mediaan van ${LIGHTHOUSE_RUNS} runs (spreiding)`);
    console.table(
      Object.fromEntries(
        Object.entries(lighthouse).map(([name, result]) => [
          name,
          Object.fromEntries(Object.keys(result.median).map((category) => [category, scoreWithSpread(result, category)])),
        ]),
      ),
    );

    const maxHtmlGzip = Math.max(...Object.values(weights).map((w) => w.htmlGzip));
    const targets = [
      ...DOCUMENT_PAGES.map((name) => ({
        target: `${name}: 0 B framework-JS, alleen page-actions.js`,
        figure: `${kb(weights[name]?.frameworkJsGzip ?? NaN)} KB gz framework, ${kb(weights[name]?.jsGzip ?? NaN)} KB gz JS in totaal`,
        met: weights[name]?.frameworkJsGzip === 0 && (weights[name]?.jsGzip ?? Infinity) <= 2 * 1024,
      })),
      {
        target: "profiel-HTML hoogstens 8 KB gz",
        figure: `${kb(weights.profile?.htmlGzip ?? NaN)} KB gz`,
        met: (weights.profile?.htmlGzip ?? Infinity) <= 8 * 1024,
      },
      { target: "HTML van elke pagina hoogstens 25 KB gz", figure: `${kb(maxHtmlGzip)} KB gz`, met: maxHtmlGzip <= 25 * 1024 },
      {
        target: "fonts hoogstens 60 KB",
        figure: `${kb(Math.max(...Object.values(weights).map((w) => w.fonts)))} KB`,
        met: Object.values(weights).every((w) => w.fonts <= 60 * 1024),
      },
      { target: "bouwkosten hoogstens 15 ms per extra profiel", figure: `${perProfileMs.toFixed(1)} ms`, met: perProfileMs <= 15 },
      {
        target: "filterklik tot bijgewerkte lijst hoogstens 50 ms met 1.000 profielen",
        figure: `${toPaint.toFixed(0)} ms`,
        met: toPaint <= 50,
      },
      ...DOCUMENT_PAGES.map((name) => {
        const result = lighthouse[name];
        return {
          target: `Lighthouse 100 in alle vier categorieën, mediaan (${name})`,
          figure: result
            ? Object.keys(result.median)
                .map((category) => scoreWithSpread(result, category))
                .join(" / ")
            : "-",
          met: Object.values(result?.median ?? {}).every((score) => score === 100),
        };
      }),
      {
        target: "Lighthouse-performance van de lijst minstens 98, mediaan",
        figure: lighthouse.listing ? scoreWithSpread(lighthouse.listing, "performance") : "-",
        met: (lighthouse.listing?.median.performance ?? 0) >= 98,
      },
    ];
    console.log("\nDoelen");
    console.table(targets.map((t) => ({ doel: t.target, meting: t.figure, gehaald: t.met ? "ja" : "nee" })));

    const results = {
      date: new Date().toISOString(),
      weights,
      build: { realSeconds: realBuild, generatedSeconds: bigBuild, generated: GENERATED, perProfileMs },
      filterClick: { medianMs: toPaint, runs: clicks },
      lighthouse,
      targets,
    };
    fs.writeFileSync(".cache/bench/results.json", `${JSON.stringify(results, null, 2)}\n`);
    console.log("\nGeschreven: .cache/bench/results.json");
  } finally {
    realServer.kill();
    bigServer.kill();
    await browser.close();
  }
}

await main();
