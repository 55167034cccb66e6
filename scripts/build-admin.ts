/**
 * Prepares the browser editor at /admin/ (issue 13), before `next build` and
 * `next dev` copy public/ into the site:
 *   - public/admin/config.yml: Decap CMS's configuration, generated from the
 *     content schema (lib/cms/config.ts), with the backend from CMS_* variables;
 *   - public/admin/decap/: Decap CMS itself, from node_modules (never a CDN);
 *   - public/admin/preview.js: the profile preview and the content check
 *     before saving (components/cms/admin.tsx), bundled with esbuild.
 * These files are generated and git-ignored; public/admin/index.html is not.
 * Usage: tsx scripts/build-admin.ts
 */
import fs from "node:fs";
import path from "node:path";
import { build, type Plugin } from "esbuild";
import YAML from "yaml";
import { cmsConfig, cmsSettingsFromEnv } from "../lib/cms/config";
import { siteUrl } from "../lib/site";

const adminDir = path.resolve("public", "admin");
const decapDir = path.join(adminDir, "decap");
const decapDist = path.resolve("node_modules", "decap-cms", "dist");

const settings = cmsSettingsFromEnv(process.env, siteUrl().toString());
const header = "# Gemaakt door scripts/build-admin.ts uit lib/content/schema.ts: wijzig het schema, niet dit bestand.\n";
// Written out in full, without YAML anchors, so that it reads like Decap's own examples.
fs.writeFileSync(
  path.join(adminDir, "config.yml"),
  header + YAML.stringify(cmsConfig(settings), { aliasDuplicateObjects: false, lineWidth: 0 }),
);

// Decap's bundle loads its chunks and WebAssembly from its own folder; the source maps stay behind.
fs.rmSync(decapDir, { recursive: true, force: true });
fs.mkdirSync(decapDir, { recursive: true });
for (const file of fs.readdirSync(decapDist)) {
  if (/^(\d+\.)?decap-cms\.js$|\.wasm$|^decap-cms\.js\.LICENSE\.txt$/.test(file))
    fs.copyFileSync(path.join(decapDist, file), path.join(decapDir, file));
}

/** A CBS boundary file as far as the editor reads it: each area's code and name. */
type AreaNames = { objects: Record<string, { geometries: { properties: { statcode: string; statnaam: string } }[] }> };

/**
 * The editor's check reads only the codes and names of the CBS boundary files
 * (lib/maps/cbs-codes.ts), never their shapes: it gets the files with only
 * those: 220 KB less for editors to load (65 KB gzip).
 */
const boundaryNamesOnly: Plugin = {
  name: "cbs-names-only",
  setup(build) {
    build.onLoad({ filter: /[\\/]map-data[\\/]cbs-gemeenten-\d{4}\.json$/ }, async ({ path: file }) => {
      const topology: AreaNames = JSON.parse(await fs.promises.readFile(file, "utf8"));
      const objects = Object.fromEntries(
        Object.entries(topology.objects).map(([key, { geometries }]) => [
          key,
          { geometries: geometries.map(({ properties: { statcode, statnaam } }) => ({ properties: { statcode, statnaam } })) },
        ]),
      );
      return { contents: JSON.stringify({ objects }), loader: "json" };
    });
  },
};

await build({
  entryPoints: ["components/cms/admin.tsx"],
  outfile: path.join(adminDir, "preview.js"),
  bundle: true,
  format: "iife",
  minify: true,
  target: "es2022",
  jsx: "automatic",
  // The site's helpers read settings from the environment; the browser has none. The preview's
  // links are not followed, so it needs no base path, and every build writes the same file.
  define: { "process.env": JSON.stringify({ NODE_ENV: "production" }) },
  plugins: [boundaryNamesOnly],
  logLevel: "warning",
});

if (!settings.repo) {
  console.warn("Let op: CMS_REPO is niet gezet. De editor op /admin/ werkt dan alleen lokaal (npm run cms); zie docs/hosting.md.");
}
console.log(`Editor klaar in ${path.relative(process.cwd(), adminDir)}/ (config.yml, decap/, preview.js)`);
