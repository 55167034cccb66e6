import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fieldGuide, flattenFields, schemaOf } from "@/lib/content/field-guide";
import { CONTENT_FOLDERS, PROVINCES, SOURCE_KIND_IDS } from "@/lib/content/schema";

const guide = fs.readFileSync(path.resolve("docs/redactie.md"), "utf8");
const fieldPaths = new Set(CONTENT_FOLDERS.flatMap((folder) => flattenFields(schemaOf(folder)).map((field) => field.path)));
const fieldKeys = new Set(CONTENT_FOLDERS.flatMap((folder) => flattenFields(schemaOf(folder)).map((field) => field.key)));
const pickListValues: readonly string[] = [...PROVINCES, ...SOURCE_KIND_IDS];

describe("the editors' guide", () => {
  it("holds the field tables as the schema makes them (run npm run content:docs after changing the schema)", () => {
    expect(guide).toContain(fieldGuide());
  });

  it("names no field, province or source kind that the schema lacks", () => {
    // `naam`, `criteria[].id`, `titel: "…"`: a field, with or without a value after it.
    const fieldMentions = [...guide.matchAll(/`([a-z_]+(?:\[\])?(?:\.[a-z_]+)*)(?::(?: [^`]*)?)?`/g)].map((match) => match[1] ?? "");
    const unknown = fieldMentions.filter((name) => !fieldPaths.has(name) && !fieldKeys.has(name) && !pickListValues.includes(name));
    expect(unknown).toEqual([]);
    const capitalisedNames = [...guide.matchAll(/`([A-Z][a-z]+(?:-[A-Z][a-z]+)?)`/g)].map((match) => match[1] ?? "");
    expect(capitalisedNames.filter((name) => !pickListValues.includes(name))).toEqual([]);
  });

  it("misses no field, province or source kind of the schema", () => {
    for (const name of [...fieldPaths, ...pickListValues]) expect(guide, name).toContain(`\`${name}\``);
  });
});
