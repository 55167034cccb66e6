import fs from "node:fs";
import path from "node:path";

/**
 * The paths of the App Router's pages (app/**\/page.tsx): the interactive
 * pages, the only ones that load Next's runtime and carry inline scripts.
 * Every other page is a document page (pages/).
 */
export function interactivePaths(): string[] {
  return fs
    .readdirSync("app", { recursive: true, encoding: "utf8" })
    .filter((file) => path.basename(file) === "page.tsx")
    .map((file) => `/${path.dirname(file)}/`.replace(/^\/\.\/$/, "/"))
    .toSorted();
}
