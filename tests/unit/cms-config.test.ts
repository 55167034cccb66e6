import { describe, expect, it } from "vitest";
import { BODY_FIELD, cmsCollections, cmsConfig, type CmsField } from "@/lib/cms/config";
import { flattenFields, schemaOf } from "@/lib/content/field-guide";
import { FOLDERS_WITHOUT_BODY, NETHERLANDS_BOUNDS, SLUG_PATTERN, type ContentFolder } from "@/lib/content/schema";
import { optionsOf } from "@/lib/content/schema-fields";

const FOLDERS: ContentFolder[] = ["gemeenten", "cohorten", "criteria", "bronnen", "lessen", "themas"];

/** The editor's fields with their paths written as the field guide writes them: locatie.lat, voorbeelden[].id. */
function flattenCmsFields(fields: readonly CmsField[], prefix = ""): (CmsField & { path: string })[] {
  return fields.flatMap((field) => {
    const path = `${prefix}${field.name}`;
    const inner = field.fields ? flattenCmsFields(field.fields, field.widget === "list" ? `${path}[].` : `${path}.`) : [];
    return [{ ...field, path }, ...inner];
  });
}

function editorFields(folder: ContentFolder) {
  const collection = cmsCollections().find((candidate) => candidate.name === folder);
  if (!collection) throw new Error(`geen collectie ${folder}`);
  return flattenCmsFields(collection.fields.filter((field) => field !== BODY_FIELD));
}

describe("de configuratie van de editor, gemaakt uit het schema", () => {
  it("heeft precies een collectie per inhoudsmap, in content/<map>", () => {
    expect(cmsCollections().map((collection) => [collection.name, collection.folder])).toEqual(
      FOLDERS.map((folder) => [folder, `content/${folder}`]),
    );
  });

  it.each(FOLDERS)(
    "%s: elk veld van het schema staat erin, met label, uitleg en verplicht zoals in het schema, en niets anders",
    (folder) => {
      const schemaFields = flattenFields(schemaOf(folder));
      const fields = editorFields(folder);
      // In a group that may be left out (locatie), Decap would demand the group's fields even when it is left empty.
      const inOptionalGroup = (path: string) => schemaFields.some((group) => !group.required && path.startsWith(`${group.path}.`));
      expect(fields.map((field) => field.path)).toEqual(schemaFields.map((field) => field.path));
      for (const schemaField of schemaFields) {
        const field = fields.find((candidate) => candidate.path === schemaField.path);
        expect(field, schemaField.path).toMatchObject({ label: schemaField.label, hint: schemaField.help });
        expect(field?.required !== false, `${schemaField.path} verplicht`).toBe(schemaField.required && !inOptionalGroup(schemaField.path));
      }
    },
  );

  it.each(FOLDERS)("%s: elke keuzelijst biedt precies de waarden van het schema", (folder) => {
    const fields = editorFields(folder);
    for (const schemaField of flattenFields(schemaOf(folder))) {
      const options = optionsOf(schemaField.schema);
      const field = fields.find((candidate) => candidate.path === schemaField.path);
      if (options) {
        expect(field?.widget, schemaField.path).toBe("select");
        expect(
          field?.options?.map((option) => option.value),
          schemaField.path,
        ).toEqual(options);
      } else {
        expect(field?.widget, schemaField.path).not.toBe("select");
      }
    }
  });

  it("verwijzingen naar cohorten, criteria, bronnen en thema's zijn keuzes uit die collecties", () => {
    const relations = FOLDERS.flatMap((folder) =>
      editorFields(folder)
        .filter((field) => field.widget === "relation")
        .map((field) => `${folder}: ${field.path} → ${field.collection}${field.multiple ? " (meer)" : ""}`),
    );
    expect(relations).toEqual([
      "gemeenten: cohort → cohorten",
      "gemeenten: criteria[].id → criteria",
      "gemeenten: voorbeelden[].themas → themas (meer)",
      "gemeenten: citaten[].bron → bronnen",
      "gemeenten: bronnen → bronnen (meer)",
      "cohorten: bronnen → bronnen (meer)",
      "criteria: citaat.bron → bronnen",
      "lessen: cohort → cohorten",
      "lessen: bronnen → bronnen (meer)",
    ]);
  });

  it("controleert in het formulier ids, webadressen, datums en coördinaten", () => {
    const municipality = editorFields("gemeenten");
    const field = (path: string) => municipality.find((candidate) => candidate.path === path);
    expect(field("voorbeelden[].id")?.pattern?.[0]).toBe(SLUG_PATTERN.source);
    expect(new RegExp(field("partners[].url")?.pattern?.[0] ?? "").test("https://www.figulus-welzijn.nl/")).toBe(true);
    expect(new RegExp(field("partners[].url")?.pattern?.[0] ?? "").test("www.figulus-welzijn.nl")).toBe(false);
    expect(field("locatie.lat")).toMatchObject({
      widget: "number",
      value_type: "float",
      min: NETHERLANDS_BOUNDS.minLat,
      max: NETHERLANDS_BOUNDS.maxLat,
    });
    expect(field("locatie.lon")).toMatchObject({ min: NETHERLANDS_BOUNDS.minLon, max: NETHERLANDS_BOUNDS.maxLon });
    // The override may be left empty, and says so; the codes that place a profile are optional fields of their own.
    expect(field("locatie")).toMatchObject({
      required: false,
      hint: expect.stringMatching(/^Alleen invullen als de marker niet op het midden/),
    });
    expect(field("locatie.lat")?.required).toBe(false);
    expect(field("cbs_code_2025")).toMatchObject({ label: "CBS-gemeentecode (2025)", widget: "string", required: false });
    const date = editorFields("cohorten").find((candidate) => candidate.path === "data[].datum");
    expect(new RegExp(date?.pattern?.[0] ?? "").test("2016-12")).toBe(true);
    expect(new RegExp(date?.pattern?.[0] ?? "").test("december 2016")).toBe(false);
    expect(date?.pattern?.[1]).toMatch(/JJJJ-MM-DD/);
  });

  it("toont de latere controles als een lijst van datum, wijziging en bron, met een dag als datum", () => {
    const municipality = editorFields("gemeenten");
    const field = (path: string) => municipality.find((candidate) => candidate.path === path);
    expect(field("controles")).toMatchObject({ widget: "list", label: "Latere controles", required: false, summary: "{{fields.datum}}" });
    expect(field("controles")?.fields?.map((inner) => [inner.name, inner.widget, inner.required])).toEqual([
      ["datum", "string", undefined],
      ["wijziging", "text", undefined],
      ["bron", "string", undefined],
    ]);
    const date = new RegExp(field("controles[].datum")?.pattern?.[0] ?? "");
    expect([date.test("2025-03-14"), date.test("2025-03"), date.test("14-03-2025")]).toEqual([true, false, false]);
    expect(field("controles[].datum")?.pattern?.[1]).toBe("Schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2015-06-02.");
  });

  it("elke collectie heeft de tekst als Markdown-veld, als laatste, behalve waar de bestanden geen tekst hebben", () => {
    for (const collection of cmsCollections()) {
      if (FOLDERS_WITHOUT_BODY.includes(collection.name)) {
        expect(collection.fields.map((field) => field.name)).not.toContain("body");
        continue;
      }
      const body = collection.fields.at(-1);
      expect(body).toMatchObject({ name: "body", widget: "markdown" });
      // Decap takes a field without `required` as required; the content check rejects an empty body.
      expect(body?.required).not.toBe(false);
    }
  });

  it("werkt in het Nederlands via de redactiestroom, met de repository uit de instellingen", () => {
    const config = cmsConfig({ repo: "sociaalwerk/gouden-gemeenten", branch: "main", siteUrl: "https://www.example.nl/" });
    expect(config).toMatchObject({ locale: "nl", publish_mode: "editorial_workflow", local_backend: true });
    expect(config.backend).toMatchObject({ name: "github", repo: "sociaalwerk/gouden-gemeenten", branch: "main" });
    expect(cmsConfig({ branch: "main", siteUrl: "https://www.example.nl/" }).backend).not.toHaveProperty("repo");
  });
});
