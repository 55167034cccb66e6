/**
 * Builds a variant of the site for the browser tests, without touching out/:
 *   tsx scripts/build-variant.ts --name cohort-2019 --overlay tests/fixtures/cohort-2019
 *   tsx scripts/build-variant.ts --name subfolder --base-path /gouden-gemeenten
 * The content is content/ with the overlay's files laid over it; the site is
 * written to .cache/<name>/site.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { scriptOptions } from "./command-line";

const {
  name,
  overlay,
  "base-path": basePath,
} = scriptOptions("build-variant", "--name <naam> [--overlay <map>] [--base-path </map>]", {
  name: { type: "string" },
  overlay: { type: "string" },
  "base-path": { type: "string" },
});
if (!name || !/^[a-z0-9-]+$/.test(name)) throw new Error("build-variant: --name met kleine letters, cijfers en koppeltekens is verplicht");
const root = path.resolve(".cache", name);
const contentDir = path.join(root, "inhoud");
if (basePath !== undefined && !/^(\/[a-z0-9-]+)+$/.test(basePath))
  throw new Error("build-variant: --base-path ziet eruit als /gouden-gemeenten");
/** Served from .cache/<name>/site; with a base path the site sits in that subfolder of it. */
const siteDir = path.join(".cache", name, "site", basePath ?? "");

fs.rmSync(root, { recursive: true, force: true });
fs.cpSync("content", contentDir, { recursive: true });
if (overlay) fs.cpSync(overlay, contentDir, { recursive: true });

const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  CONTENT_DIR: contentDir,
  NEXT_DIST_DIR: siteDir,
  ...(basePath ? { BASE_PATH: basePath } : {}),
};
execFileSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/check-content.ts"], { env, stdio: "inherit" });
execFileSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], { env, stdio: "inherit" });
execFileSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/finish-export.ts", siteDir], { env, stdio: "inherit" });
execFileSync(process.execPath, ["node_modules/pagefind/lib/runner/bin.cjs", "--site", siteDir, "--silent"], { env, stdio: "inherit" });
console.log(`Variant '${name}' gebouwd in ${siteDir}`);
