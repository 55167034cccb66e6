/**
 * The one build of the site, for npm run build, the browser tests' variants
 * (scripts/build-variant.ts) and the benchmark: every step in order, so that
 * a step added here reaches them all. Usage as a command (npm run build):
 *   tsx scripts/build-site.ts [--content <map>] [--out <map>] [--base-path </map>]
 */
import { execFileSync } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { scriptOptions } from "./command-line";

export type SiteBuild = {
  /** The content folder (default: content/, or CONTENT_DIR). */
  contentDir?: string;
  /** Where the site is written (default: out/). With a base path, the site sits in that subfolder of it. */
  outDir?: string;
  /** A subfolder to serve the site from, such as /gouden-gemeenten. */
  basePath?: string;
  /** "inherit" shows every step's output; "ignore" keeps a benchmark's output clean. */
  output?: "inherit" | "ignore";
};

const tool = {
  tsx: "node_modules/tsx/dist/cli.mjs",
  next: "node_modules/next/dist/bin/next",
  pagefind: "node_modules/pagefind/lib/runner/bin.cjs",
};

/** Builds the site and returns the folder it was written to. */
export function buildSite({ contentDir, outDir = "out", basePath, output = "inherit" }: SiteBuild = {}): string {
  if (basePath !== undefined && !/^(\/[a-z0-9-]+)+$/.test(basePath))
    throw new Error("buildSite: de base path ziet eruit als /gouden-gemeenten");
  const siteDir = path.join(outDir, basePath ?? "");
  const env = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    ...(contentDir ? { CONTENT_DIR: path.resolve(contentDir) } : {}),
    ...(siteDir !== "out" ? { NEXT_DIST_DIR: siteDir } : {}),
    ...(basePath ? { BASE_PATH: basePath } : {}),
  };
  const run = (script: string, ...args: string[]) => execFileSync(process.execPath, [script, ...args], { env, stdio: output });
  run(tool.tsx, "scripts/check-content.ts");
  run(tool.tsx, "scripts/check-settings.ts");
  run(tool.tsx, "scripts/build-browser-scripts.ts");
  run(tool.tsx, "scripts/build-admin.ts");
  run(tool.tsx, "scripts/write-headers.ts");
  run(tool.next, "build");
  run(tool.tsx, "scripts/finish-export.ts", siteDir);
  run(tool.pagefind, "--site", siteDir, "--silent");
  return siteDir;
}

/**
 * For a command around buildSite: a step that failed has said why (its exit status is set), so a
 * stack trace would add nothing; any other failure (a wrong base path, a tool that did not start) is printed.
 */
export function reportBuildFailure(error: unknown): void {
  const stepFailed = error instanceof Error && "status" in error && typeof error.status === "number";
  if (!stepFailed) console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const options = scriptOptions("build-site", "[--content <map>] [--out <map>] [--base-path </map>]", {
    content: { type: "string" },
    out: { type: "string" },
    "base-path": { type: "string" },
  });
  try {
    buildSite({ contentDir: options.content, outDir: options.out, basePath: options["base-path"] });
  } catch (error) {
    reportBuildFailure(error);
  }
}
