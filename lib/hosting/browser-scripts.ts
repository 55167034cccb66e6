import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { withBasePath } from "../site";

/**
 * The scripts pages load, each bundled by scripts/build-browser-scripts.ts
 * into public/ (generated, git-ignored) before `next build` or `next dev`
 * copies public/ into the site: the copy-link and share buttons of every page
 * (lib/site/page-actions.ts), the islands (islands/), and
 * the flag that hides a filtered list's full version on a deep link.
 */
export const SCRIPTS_FOLDER = "js";
export const PAGE_ACTIONS_SCRIPT = `${SCRIPTS_FOLDER}/page-actions.js`;
export const LIST_FLAG_SCRIPT = `${SCRIPTS_FOLDER}/list-flag.js`;

/** Where the islands are defined: islands/<name>.ts, with their runtime in islands/runtime/. */
export const ISLANDS_FOLDER = "islands";

/** Where an island's bundle is: the island islands/<name>.ts becomes js/islands/<name>.js. */
export function islandScript(name: string): string {
  return `${SCRIPTS_FOLDER}/islands/${name}.js`;
}

/**
 * The address of a bundled script with a version taken from its content, so
 * that browsers may cache it for good.
 */
export function versionedScriptUrl(script: string): string {
  const file = path.join("public", script);
  if (!fs.existsSync(file)) {
    throw new Error(`${file} ontbreekt: maak het met tsx scripts/build-browser-scripts.ts (npm run build en npm run dev doen dat zelf).`);
  }
  const version = createHash("sha256").update(fs.readFileSync(file)).digest("hex").slice(0, 12);
  return withBasePath(`/${script}?v=${version}`);
}
