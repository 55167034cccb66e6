/**
 * Lighthouse (mobile, its default) for each measured page, three runs each,
 * run by its own CLI against Debian's Chromium; offline, the site needs no
 * network. Scores vary from run to run on a busy machine, hence the median
 * and spread in the report. Each run's JSON report stays in .cache/bench/.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../chromium";
import type { MeasuredPage } from "./weigh";

export const LIGHTHOUSE_RUNS = 3;
export const LIGHTHOUSE_CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
export type LighthouseCategory = (typeof LIGHTHOUSE_CATEGORIES)[number];

/** One run: each category's score (0–100) and the total blocking time in ms (the audit's numericValue). */
export type LighthouseRun = { scores: Record<LighthouseCategory, number>; totalBlockingTimeMs: number };

type Report = {
  categories: Record<string, { score: number | null } | undefined>;
  audits: Record<string, { numericValue?: number } | undefined>;
};

/** The runs of every page, by path. `onRun` hears of each run as it ends (a run takes half a minute or more). */
export function lighthouseRuns(
  origin: string,
  pages: readonly MeasuredPage[],
  reportDir: string,
  onRun: (page: MeasuredPage, run: number) => void = () => undefined,
): Record<string, LighthouseRun[]> {
  const results: Record<string, LighthouseRun[]> = {};
  for (const page of pages) {
    const runs: LighthouseRun[] = [];
    for (let run = 1; run <= LIGHTHOUSE_RUNS; run++) {
      const reportFile = path.join(reportDir, `lighthouse-${page.name}-${run}.json`);
      execFileSync(
        process.execPath,
        [
          "node_modules/lighthouse/cli/index.js",
          `${origin}${page.path}`,
          "--quiet",
          "--output=json",
          `--output-path=${reportFile}`,
          `--chrome-flags=${CHROMIUM_ARGS.join(" ")}`,
        ],
        { env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", CHROME_PATH: CHROMIUM_PATH }, stdio: "ignore" },
      );
      const report = JSON.parse(fs.readFileSync(reportFile, "utf8")) as Report;
      // A category Lighthouse could not score (null) counts as 0: never as met.
      const score = (category: LighthouseCategory) => Math.round((report.categories[category]?.score ?? 0) * 100);
      runs.push({
        scores: Object.fromEntries(LIGHTHOUSE_CATEGORIES.map((category) => [category, score(category)])) as Record<
          LighthouseCategory,
          number
        >,
        totalBlockingTimeMs: report.audits["total-blocking-time"]?.numericValue ?? NaN,
      });
      onRun(page, run);
    }
    results[page.path] = runs;
  }
  return results;
}
