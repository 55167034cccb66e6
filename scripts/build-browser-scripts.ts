/**
 * Bundles the scripts pages load (lib/hosting/browser-scripts.ts) into public/js/,
 * before `next build` and `next dev` copy public/ into the site:
 * - js/page-actions.js, the copy-link and share buttons (lib/site/page-actions.ts);
 * - js/list-flag.js, which hides a filtered list's full version on a deep link
 *   until the island shows the filtered one (islands/runtime/list-flag.ts);
 * - js/islands/<name>.js for each island in islands/<name>.ts: the island's
 *   component, hydrated with the props in its page (islands/runtime/hydrate.ts),
 *   against Preact with preact/compat standing in for react and react-dom, so
 *   that the server renders the same component with React.
 * Each is one classic script: measured on the listing, splitting the island
 * into modules with lazily loaded views cost more in lost compression across
 * files than the views weigh.
 * Usage: tsx scripts/build-browser-scripts.ts [--watch]   (--watch: rebuild on
 * every change, for npm run dev)
 */
import fs from "node:fs";
import path from "node:path";
import { context, type BuildOptions, type Plugin } from "esbuild";
import { minify } from "terser";
import { ISLANDS_FOLDER, islandScript, LIST_FLAG_SCRIPT, PAGE_ACTIONS_SCRIPT } from "../lib/hosting/browser-scripts";
import { scriptOptions } from "./command-line";

const { watch } = scriptOptions("build-browser-scripts", "[--watch]", { watch: { type: "boolean" } });

const root = process.cwd();
const islandNames = fs
  .readdirSync(ISLANDS_FOLDER)
  .filter((file) => file.endsWith(".ts"))
  .map((file) => file.slice(0, -".ts".length));

/**
 * Terser after esbuild: on the listing's island it takes another 5 % (about
 * 700 bytes gzip) off what a phone downloads before the filters respond.
 */
const squeeze: Plugin = {
  name: "terser",
  setup(build) {
    build.onEnd(async (result) => {
      for (const file of result.outputFiles ?? []) {
        const { code = file.text } = await minify(file.text, { compress: { passes: 2 }, mangle: true });
        fs.mkdirSync(path.dirname(file.path), { recursive: true });
        fs.writeFileSync(file.path, code);
      }
    });
  },
};

/** Modules that read files or run only at build time, by path from the project root; README.md in each folder of lib/ says which is which. */
const SERVER_ONLY =
  /^lib\/(pages|hosting|open-data|maps)\/|^lib\/content\/(load|site-content|read-collection|copy-check|create-content|field-guide|markdown)\.ts$|^lib\/nearby\/(answers|name-index|finder-data)\.ts$/;

/**
 * Stops a build whose island would pull in server-only code anywhere in its
 * import tree (ESLint sees only an island's own imports), naming the importer.
 */
const browserSafe: Plugin = {
  name: "browser-safe",
  setup(build) {
    build.onResolve({ filter: /^(\.|@\/)/ }, async (args) => {
      if (args.pluginData === "browser-safe") return undefined;
      const resolved = await build.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: "browser-safe",
      });
      const file = path.relative(root, resolved.path);
      if (!SERVER_ONLY.test(file)) return resolved;
      return {
        errors: [
          {
            text: `${path.relative(root, args.importer)} importeert ${file}, dat alleen bij het bouwen draait: een eiland draait in de browser.`,
          },
        ],
      };
    });
  },
};

/** What an island's bundle adds to a plain script: Preact for React, the base path from the page, and the second minifier. */
const island: BuildOptions = {
  jsx: "automatic",
  alias: { "@": root, react: "preact/compat", "react-dom": "preact/compat" },
  // The site's base path is known to the page, not to the bundle, which serves every build alike:
  // pages/_document.tsx writes it on <html> (lib/site/index.ts's basePath() reads process.env.BASE_PATH).
  define: { "process.env.BASE_PATH": "document.documentElement.dataset.basePath", "process.env.NODE_ENV": '"production"' },
  write: false,
  plugins: [browserSafe, squeeze],
};

/** A script from a few lines of code, resolved from the project root (where "@/" points). */
const bundle = (script: string, contents: string, options: BuildOptions = {}): BuildOptions => ({
  bundle: true,
  format: "iife",
  minify: true,
  target: "es2020",
  logLevel: "warning",
  alias: { "@": root },
  stdin: { contents, resolveDir: root, loader: "ts" },
  outfile: path.resolve("public", script),
  ...options,
});

const bundles = [
  bundle(PAGE_ACTIONS_SCRIPT, 'import { listenForPageActions } from "./lib/site/page-actions"; listenForPageActions(document);'),
  bundle(LIST_FLAG_SCRIPT, `import "./${ISLANDS_FOLDER}/runtime/list-flag";`),
  ...islandNames.map((name) =>
    bundle(
      islandScript(name),
      `import { island } from "./${ISLANDS_FOLDER}/${name}"; import { hydrateIsland } from "./${ISLANDS_FOLDER}/runtime/hydrate"; hydrateIsland(island);`,
      island,
    ),
  ),
];
const contexts = await Promise.all(bundles.map((options) => context(options)));
const written = `js/page-actions.js, js/list-flag.js en de eilanden ${islandNames.join(", ")}`;
if (watch) {
  await Promise.all(contexts.map((context) => context.watch()));
  console.log(`Scripts in public/js/ worden bij elke wijziging opnieuw gebundeld: ${written}`);
} else {
  await Promise.all(contexts.map((context) => context.rebuild()));
  await Promise.all(contexts.map((context) => context.dispose()));
  console.log(`Scripts klaar in public/: ${written}`);
}
