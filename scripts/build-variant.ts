/**
 * Builds a variant of the site for the browser tests, without touching out/:
 *   tsx scripts/build-variant.ts --name cohort-2019 --overlay tests/fixtures/cohort-2019
 *   tsx scripts/build-variant.ts --name subfolder --base-path /gouden-gemeenten
 * The content is content/ with the overlay's files laid over it; the site is
 * written to .cache/<name>/site by the same build as npm run build.
 */
import fs from "node:fs";
import path from "node:path";
import { buildSite } from "./build-site";
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

fs.rmSync(root, { recursive: true, force: true });
fs.cpSync("content", contentDir, { recursive: true });
if (overlay) fs.cpSync(overlay, contentDir, { recursive: true });

const siteDir = buildSite({ contentDir, outDir: path.join(".cache", name, "site"), basePath });
console.log(`Variant '${name}' gebouwd in ${siteDir}`);
