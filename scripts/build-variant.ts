/**
 * npm run build:variant — the second site the tests use, without touching
 * out/: content/ (not CONTENT_DIR) with the cohort 2019 fixture laid over it,
 * served from a subfolder. One build proves two promises: a cohort
 * added with Markdown alone reaches every page, and a site under
 * /gouden-gemeenten links only inside it (tests/site/variant.test.ts and
 * tests/e2e/variant.spec.ts).
 */
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { buildSite, reportBuildFailure } from "./build-site";

export const TEST_VARIANT = {
  /** Files laid over content/: a cohort of two municipalities, its page and its lessons. */
  overlay: "tests/fixtures/cohort-2019",
  basePath: "/gouden-gemeenten",
  /** The content the variant is built from: content/ with the overlay. */
  contentDir: path.join(".cache", "variant", "inhoud"),
  /** The folder served at the origin's root; the site is in its subfolder basePath. */
  root: path.join(".cache", "variant", "site"),
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { overlay, basePath, contentDir, root } = TEST_VARIANT;
  fs.rmSync(path.dirname(contentDir), { recursive: true, force: true });
  fs.cpSync("content", contentDir, { recursive: true });
  fs.cpSync(overlay, contentDir, { recursive: true });
  try {
    console.log(`Variant gebouwd in ${buildSite({ contentDir, outDir: root, basePath })}`);
  } catch (error) {
    reportBuildFailure(error);
  }
}
