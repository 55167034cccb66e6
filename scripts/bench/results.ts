/** What one run of the benchmark measured: the report prints it, the targets judge it, and it is written to .cache/bench/results.json. */
import type { LighthouseRun } from "./lighthouse";
import type { HtmlSize, LoadedFile, MeasuredPage, PageWeight } from "./weigh";

export type BenchResults = {
  date: string;
  /** The pages loaded in Chromium and Lighthouse: the document pages and every island page of the registry. */
  pages: MeasuredPage[];
  weights: PageWeight[];
  /** Every page of the registry (allPagePaths()), as built with the real content. */
  html: HtmlSize[];
  /** The finder's answer files, one per province (routes.nearbyAnswers). */
  nearbyAnswerFiles: LoadedFile[];
  /** The script-src of each rule of the built _headers that sets a policy. */
  headerPolicies: { rule: string; scriptSrc: string }[];
  /** Seconds of the three builds, and the cost of one more profile (with its example) and of one more example. */
  build: {
    realSeconds: number;
    generatedSeconds: number;
    generated: number;
    perProfileMs: number;
    moreExamplesSeconds: number;
    perExampleMs: number;
  };
  filterClick: { profiles: number; cohort: string; medianMs: number; runs: number[] };
  /** The runs of each measured page by path; null with --skip-lighthouse. */
  lighthouse: Record<string, LighthouseRun[]> | null;
};
