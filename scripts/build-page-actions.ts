/**
 * Bundles the one script of the document pages (lib/page-actions.ts) into
 * public/page-actions.js, before `next build` and `next dev` copy public/ into
 * the site. Generated and git-ignored; lib/site-frame.ts links it with a
 * version taken from its content, so browsers may cache it for good.
 * Usage: tsx scripts/build-page-actions.ts
 */
import path from "node:path";
import { build } from "esbuild";
import { PAGE_ACTIONS_FILE } from "../lib/site-frame";

await build({
  stdin: {
    contents: 'import { listenForPageActions } from "./lib/page-actions"; listenForPageActions(document);',
    resolveDir: process.cwd(),
    loader: "ts",
  },
  outfile: path.resolve(PAGE_ACTIONS_FILE),
  bundle: true,
  format: "iife",
  minify: true,
  target: "es2020",
  logLevel: "warning",
});
console.log(`Script van de documentpagina's klaar: ${PAGE_ACTIONS_FILE}`);
