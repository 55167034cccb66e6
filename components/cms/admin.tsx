/**
 * The editor's own script (/admin/preview.js), bundled by scripts/build-admin.ts
 * and loaded after Decap CMS: the file format of the content, the profile
 * preview in the site's style, and the content check of an entry before it is saved.
 */
import { draftProblems, emptyValuePaths } from "@/lib/cms/draft";
import { decapFileFormat, fileFormatName } from "@/lib/cms/file-format";
import { CONTENT_FOLDERS, isContentFolder } from "@/lib/content/schema";
import { entryFields, type DecapCms } from "./decap";
import { MunicipalityPreview } from "./municipality-preview";

/** The preview pane uses the stylesheets of the site itself, as linked from its home page. */
async function registerSiteStyles(cms: DecapCms) {
  const home = new URL("../", window.location.href);
  const html = await (await fetch(home)).text();
  const page = new DOMParser().parseFromString(html, "text/html");
  for (const link of page.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')) {
    cms.registerPreviewStyle(new URL(link.getAttribute("href") ?? "", home).href);
  }
}

function fileOf(folder: string, entry: { get(key: string): unknown }): string {
  const path = entry.get("path");
  return typeof path === "string" && path ? path : `content/${folder}/(nieuw bestand)`;
}

function setUp(cms: DecapCms) {
  // Before Decap reads config.yml, which names these formats.
  for (const folder of CONTENT_FOLDERS) cms.registerCustomFormat(fileFormatName(folder), "md", decapFileFormat(folder));
  cms.registerPreviewTemplate("gemeenten", MunicipalityPreview);
  // Decap shows an error thrown here as "Kan item niet opslaan: …" and saves nothing.
  cms.registerEventListener({
    name: "preSave",
    handler: ({ entry }) => {
      const folder = entry.get("collection");
      const fields = entryFields(entry);
      if (typeof folder !== "string" || !isContentFolder(folder) || !fields) return undefined;
      const cleaned = emptyValuePaths(fields.toJS()).reduce((data, path) => data.deleteIn(path), fields);
      const problems = draftProblems(folder, cleaned.toJS(), fileOf(folder, entry));
      if (problems.length) {
        const refusal = new Error(`de inhoud is nog niet in orde:\n${problems.join("\n")}`);
        // Decap prints the error as a string; without a name that is the message alone, not "Error: …".
        refusal.name = "";
        throw refusal;
      }
      // Saved without the fields that were cleared, so the file holds no empty values.
      return cleaned;
    },
  });
  void registerSiteStyles(cms);
}

if (window.CMS) setUp(window.CMS);
else console.error("Decap CMS is niet geladen: /admin/decap/decap-cms.js ontbreekt.");
