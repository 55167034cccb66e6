import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { contentTemplate, fieldGuide, FOLDER_DESCRIPTIONS, flattenFields, schemaOf } from "@/lib/content/field-guide";
import { PROVINCES, SOURCE_KIND_IDS, THEME_IDS, type ContentFolder } from "@/lib/content/schema";

const folders = Object.keys(FOLDER_DESCRIPTIONS) as ContentFolder[];
const guide = fs.readFileSync(path.resolve("docs/redactie.md"), "utf8");
const fieldPaths = new Set(folders.flatMap((folder) => flattenFields(schemaOf(folder)).map((field) => field.path)));
const fieldKeys = new Set(folders.flatMap((folder) => flattenFields(schemaOf(folder)).map((field) => field.key)));
const pickListValues: readonly string[] = [...PROVINCES, ...THEME_IDS, ...SOURCE_KIND_IDS];

describe("the editors' guide", () => {
  it("holds the field tables as the schema makes them (run npm run content:docs after changing the schema)", () => {
    expect(guide).toContain(fieldGuide());
  });

  it("names no field, province, theme or source kind that the schema lacks", () => {
    // `naam`, `criteria[].id`, `titel: "…"`: a field, with or without a value after it.
    const fieldMentions = [...guide.matchAll(/`([a-z_]+(?:\[\])?(?:\.[a-z_]+)*)(?::(?: [^`]*)?)?`/g)].map((match) => match[1] ?? "");
    const unknown = fieldMentions.filter((name) => !fieldPaths.has(name) && !fieldKeys.has(name) && !pickListValues.includes(name));
    expect(unknown).toEqual([]);
    const capitalisedNames = [...guide.matchAll(/`([A-Z][a-z]+(?:-[A-Z][a-z]+)?)`/g)].map((match) => match[1] ?? "");
    expect(capitalisedNames.filter((name) => !pickListValues.includes(name))).toEqual([]);
  });

  it("misses no field, province, theme or source kind of the schema", () => {
    for (const name of [...fieldPaths, ...pickListValues]) expect(guide, name).toContain(`\`${name}\``);
  });
});

describe("the templates of content:new", () => {
  /** The keys a template writes, filled in or commented out, at the top level and within objects and lists. */
  function keysOf(template: string): string[] {
    const header = template.split("---")[1] ?? "";
    return [...header.matchAll(/^(?:# )?\s*(?:- )?([a-z_]+):(?: \S.*)?$/gm)]
      .filter((match) => !/^#\s{3}[a-z_]+: \S/.test(match[0]) && !/^# [a-z_]+: [A-Z(]/.test(match[0]))
      .map((match) => match[1] ?? "");
  }

  it.each(folders)("for %s has every field of the schema and no other", (folder) => {
    const template = contentTemplate(folder, {});
    const keys = keysOf(template);
    const schemaKeys = flattenFields(schemaOf(folder)).map((field) => field.key);
    expect([...new Set(keys)].sort()).toEqual([...new Set(schemaKeys)].sort());
  });

  it("lists exactly the provinces and themes of the schema", () => {
    const template = contentTemplate("gemeenten", {}).replaceAll(/\n#\s+/g, " ");
    const choiceLists = [...template.matchAll(/Kies uit: ([^.]+)\./g)].map((match) => (match[1] ?? "").split(", "));
    expect(choiceLists).toEqual([[...PROVINCES], [...THEME_IDS]]);
    expect(contentTemplate("bronnen", {}).replaceAll(/\n#\s+/g, " ")).toContain(`Kies uit: ${SOURCE_KIND_IDS.join(", ")}.`);
  });

  it("is valid YAML that leaves every required field empty and fills in what it was given", () => {
    const template = contentTemplate("gemeenten", { naam: "'s-Hertogenbosch", cohort: 2019 });
    const data: unknown = parse(template.split(/^---$/m)[1] ?? "");
    expect(data).toMatchObject({ naam: "'s-Hertogenbosch", cohort: 2019, provincie: null, locatie: { lat: null, lon: null }, bronnen: [] });
    expect(template).toContain("## Wat maakt 's-Hertogenbosch goud");
  });
});
