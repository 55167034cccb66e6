/**
 * Bundles the scripts pages load (lib/browser-scripts.ts) into public/, before
 * `next build` and `next dev` copy public/ into the site:
 * - public/js/page-actions.js, the copy-link and share buttons (lib/page-actions.ts);
 * - public/js/islands/<name>.js for each island in islands/<name>.ts: the island's
 *   component, hydrated with the props in its page (islands/runtime/hydrate.ts),
 *   against Preact with preact/compat standing in for react and react-dom, so
 *   that the server renders the same component with React;
 * - public/js/list-flag.js, which hides a filtered list's full version
 *   on a deep link until the island shows the filtered one.
 * Usage: tsx scripts/build-browser-scripts.ts [--watch]   (--watch: rebuild on
 * every change, for npm run dev)
 */
import fs from "node:fs";
import path from "node:path";
import { context, type BuildOptions } from "esbuild";
import { islandScript, LIST_FLAG_SCRIPT, PAGE_ACTIONS_SCRIPT } from "../lib/browser-scripts";
import { scriptOptions } from "./command-line";

const { watch } = scriptOptions("build-browser-scripts", "[--watch]", { watch: { type: "boolean" } });

const ISLANDS = "islands";
const islandNames = fs
  .readdirSync(ISLANDS)
  .filter((file) => file.endsWith(".ts"))
  .map((file) => file.slice(0, -".ts".length));

/** An entry point from a few lines of code, resolved from the project root (where "@/" points). */
const entry = (contents: string) => ({ contents, resolveDir: process.cwd(), loader: "ts" as const });

const bundles: { script: string; stdin: ReturnType<typeof entry> }[] = [
  {
    script: PAGE_ACTIONS_SCRIPT,
    stdin: entry('import { listenForPageActions } from "./lib/page-actions"; listenForPageActions(document);'),
  },
  { script: LIST_FLAG_SCRIPT, stdin: entry('import "./islands/runtime/list-flag";') },
  ...islandNames.map((name) => ({
    script: islandScript(name),
    stdin: entry(
      `import { island } from "./${ISLANDS}/${name}"; import { hydrateIsland } from "./${ISLANDS}/runtime/hydrate"; hydrateIsland(island);`,
    ),
  })),
];

const shared: BuildOptions = {
  bundle: true,
  format: "iife",
  minify: true,
  target: "es2020",
  logLevel: "warning",
  jsx: "automatic",
  alias: { "@": process.cwd(), react: "preact/compat", "react-dom": "preact/compat" },
  // The site's base path is known to the page, not to the bundle, which serves every build alike:
  // pages/_document.tsx writes it on <html> (lib/site.ts's basePath() reads process.env.BASE_PATH).
  define: { "process.env.BASE_PATH": "GG_BASE_PATH", "process.env.NODE_ENV": '"production"' },
  banner: { js: 'var GG_BASE_PATH=document.documentElement.getAttribute("data-base-path")||"";' },
};

const contexts = await Promise.all(
  bundles.map(({ script, stdin }) => context({ ...shared, stdin, outfile: path.resolve("public", script) })),
);
if (watch) {
  await Promise.all(contexts.map((bundle) => bundle.watch()));
  console.log(`Scripts in public/js/ worden bij elke wijziging opnieuw gebundeld: ${bundles.map((bundle) => bundle.script).join(", ")}`);
} else {
  await Promise.all(contexts.map((bundle) => bundle.rebuild()));
  await Promise.all(contexts.map((bundle) => bundle.dispose()));
  console.log(`Scripts klaar in public/: ${bundles.map((bundle) => bundle.script).join(", ")}`);
}
