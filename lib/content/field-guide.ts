import { ZodArray, type z } from "zod";
import { CONTENT_FOLDERS, contentSchemas, type ContentFolder } from "./schema";
import { fieldsOf, objectWithin, optionsOf, type FieldInfo } from "./schema-fields";

/**
 * What editors read about the fields, made from the schema's metadata: the
 * field reference in docs/redactie.md. Nothing here names a field itself, so
 * a field added to the schema appears in it, and a removed one disappears.
 */

/** The shapes of the files are the same whatever the references, so the guide uses none. */
const schemas = contentSchemas({ cohorts: [], criteria: [], sources: [], themes: [] });

/** What each folder holds, as the guide and the templates call it. */
export const FOLDER_DESCRIPTIONS: Record<ContentFolder, { title: string; fileName: string }> = {
  gemeenten: { title: "De velden van een gemeente", fileName: "content/gemeenten/<naam>.md" },
  cohorten: { title: "De velden van een cohort", fileName: "content/cohorten/<jaar>.md" },
  criteria: { title: "De velden van een criterium", fileName: "content/criteria/<id>.md" },
  bronnen: { title: "De velden van een bron", fileName: "content/bronnen/<id>.md" },
  lessen: { title: "De velden van een pagina met lessen", fileName: "content/lessen/<id>.md" },
  themas: { title: "De velden van een thema", fileName: "content/themas/<id>.md" },
};

export function schemaOf(folder: ContentFolder): z.ZodType {
  return schemas[folder];
}

/** A field and the fields inside it, flattened with their paths: locatie.lat, voorbeelden[].id. */
export function flattenFields(schema: z.ZodType, prefix = ""): (FieldInfo & { path: string })[] {
  return fieldsOf(schema).flatMap((field) => {
    const path = `${prefix}${field.key}`;
    const inner = objectWithin(field.schema);
    const childPrefix = field.schema instanceof ZodArray ? `${path}[].` : `${path}.`;
    return [{ ...field, path }, ...(inner ? flattenFields(inner, childPrefix) : [])];
  });
}

/** The field reference of one folder, as a Markdown table. */
export function fieldTable(folder: ContentFolder): string {
  const rows = flattenFields(schemaOf(folder)).map((field) => {
    const options = optionsOf(field.schema);
    const explanation = `${field.help}${options ? ` Kies uit: ${options.map((option) => `\`${option}\``).join(", ")}.` : ""}`;
    return `| \`${field.path}\` | ${field.label} | ${field.required ? "ja" : "nee"} | ${explanation} | ${field.example} |`;
  });
  return ["| veld | betekenis | verplicht | uitleg | zo vult u het in |", "|---|---|---|---|---|", ...rows].join("\n");
}

/** The generated tables sit between these lines; npm run content:docs rewrites what is between them. */
export const GUIDE_START = "<!-- velden: begin -->";
export const GUIDE_END = "<!-- velden: einde -->";

/** The generated part of docs/redactie.md: a table per folder. */
export function fieldGuide(): string {
  const sections = CONTENT_FOLDERS.map((folder) => {
    const { title, fileName } = FOLDER_DESCRIPTIONS[folder];
    return `### ${title} (\`${fileName}\`)\n\n${fieldTable(folder)}`;
  });
  const note = "<!-- Gemaakt uit het schema (lib/content/schema.ts) door npm run content:docs: wijzig het schema, niet deze tabellen. -->";
  return [GUIDE_START, note, "", ...sections.flatMap((section) => [section, ""]), GUIDE_END].join("\n");
}

/** Replaces the generated part of the guide; the rest of the guide is left as written. */
export function withFieldGuide(guide: string): string {
  const start = guide.indexOf(GUIDE_START);
  const end = guide.indexOf(GUIDE_END);
  if (start < 0 || end < start) {
    throw new Error(`De handleiding mist de markeringen ${GUIDE_START} en ${GUIDE_END}; zet ze waar de veldentabellen horen.`);
  }
  return `${guide.slice(0, start)}${fieldGuide()}${guide.slice(end + GUIDE_END.length)}`;
}
