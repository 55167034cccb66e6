import fs from "node:fs";
import os from "node:os";
import path from "node:path";
// Decap CMS's own front-matter serialisation, the code that reads and writes a file when an editor opens and saves it.
import { FrontmatterFormatter } from "decap-cms-core/src/formats/frontmatter";
import { afterAll, describe, expect, it } from "vitest";
import { cmsCollections } from "@/lib/cms/config";
import { loadContent } from "@/lib/content/load";

const contentDir = path.resolve("content");
const savedDir = fs.mkdtempSync(path.join(os.tmpdir(), "gg-cms-opgeslagen-"));
afterAll(() => fs.rmSync(savedDir, { recursive: true, force: true }));

/** What the editor writes when a file is opened and saved unchanged: parsed and serialised by Decap, fields in the form's order. */
function openAndSave(raw: string, fieldOrder: string[]): string {
  const format = new FrontmatterFormatter("yaml");
  return format.toFile(format.fromFile(raw), fieldOrder);
}

describe("een bestand openen en ongewijzigd opslaan in de editor", () => {
  const collections = cmsCollections();
  const files = collections.flatMap((collection) =>
    fs.readdirSync(path.join(contentDir, collection.name)).map((file) => ({ collection, file: path.join(collection.name, file) })),
  );
  for (const { collection, file } of files) {
    const target = path.join(savedDir, file);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(
      target,
      openAndSave(
        fs.readFileSync(path.join(contentDir, file), "utf8"),
        collection.fields.map((field) => field.name),
      ),
    );
  }

  it("gaat over elk inhoudsbestand", () => {
    expect(files.length).toBeGreaterThan(30);
    expect(files.map(({ file }) => file)).toContain(path.join("gemeenten", "regio-midden-limburg.md"));
  });

  it("geeft bestanden die de inhoudscontrole doorstaan en precies dezelfde gegevens opleveren", () => {
    // loadContent throws a ContentError listing every problem if a saved file no longer passes the check.
    expect(loadContent(savedDir)).toEqual(loadContent(contentDir));
  });
});
