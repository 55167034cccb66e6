import { ZodArray, ZodObject, type z } from "zod";
import { contentSchemas, type ContentFolder } from "./schema";
import { fieldsOf, objectWithin, optionsOf, unwrap, type FieldInfo } from "./schema-fields";

/**
 * What editors read about the fields, made from the schema's metadata: the
 * commented templates of `npm run content:new` and the field reference in
 * docs/redactie.md. Nothing here names a field itself, so a field added to
 * the schema appears in both, and a removed one disappears from both.
 */

/** The shapes of the files are the same whatever the references, so the guide uses none. */
const schemas = contentSchemas({ cohorts: [], criteria: [], sources: [] });

/** What each folder holds, as the guide and the templates call it. */
export const FOLDER_DESCRIPTIONS: Record<ContentFolder, { title: string; fileName: string }> = {
  gemeenten: { title: "De velden van een gemeente", fileName: "content/gemeenten/<naam>.md" },
  cohorten: { title: "De velden van een cohort", fileName: "content/cohorten/<jaar>.md" },
  criteria: { title: "De velden van een criterium", fileName: "content/criteria/<id>.md" },
  bronnen: { title: "De velden van een bron", fileName: "content/bronnen/<id>.md" },
  lessen: { title: "De velden van een pagina met lessen", fileName: "content/lessen/<id>.md" },
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

function choices(field: FieldInfo): string {
  const options = optionsOf(field.schema);
  return options ? ` Kies uit: ${options.join(", ")}.` : "";
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
  const sections = (Object.keys(FOLDER_DESCRIPTIONS) as ContentFolder[]).map((folder) => {
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

const COMMENT_WIDTH = 78;

/**
 * A comment wrapped to the width of a terminal. `lead` indents the first
 * line after the "#", `hanging` the lines that continue it.
 */
function comment(text: string, lead = "", hanging = lead): string[] {
  const lines: string[] = [];
  let line = "";
  const prefix = () => `# ${lines.length ? hanging : lead}`;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && `${prefix()}${line} ${word}`.length > COMMENT_WIDTH) {
      lines.push(`${prefix()}${line}`);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(`${prefix()}${line}`);
  return lines;
}

/** An empty value: the check says "dit veld is nog leeg" with an example until it is filled in. */
function emptyValue(field: FieldInfo): string {
  return field.schema instanceof ZodArray ? " []" : "";
}

/** The keys of an object as YAML lines, empty, the first one after "- " for a list item. */
function skeleton(schema: z.ZodType, indent: string, asListItem: boolean): string[] {
  return fieldsOf(schema).flatMap((field, index) => {
    const lead = asListItem ? (index === 0 ? `${indent}- ` : `${indent}  `) : indent;
    const inner = unwrap(field.schema);
    if (inner instanceof ZodObject) return [`${lead}${field.key}:`, ...skeleton(inner, `${lead.replace("- ", "  ")}  `, false)];
    return [`${lead}${field.key}:${emptyValue(field)}`];
  });
}

/** Values filled in from the command line, such as the name and the cohort, written as YAML. */
export type TemplateValues = Record<string, string | number>;

function yamlValue(value: string | number): string {
  return typeof value === "number" ? String(value) : JSON.stringify(value);
}

function templateField(field: FieldInfo, values: TemplateValues): string[] {
  const explanation = comment(`${field.required ? "" : "(Niet verplicht.) "}${field.help}${choices(field)}`);
  const given = values[field.key];
  if (given !== undefined) return [...explanation, `${field.key}: ${yamlValue(given)}`];

  const inner = objectWithin(field.schema);
  const subfieldHelp = inner
    ? fieldsOf(inner).flatMap((subfield) =>
        comment(`${subfield.key}: ${subfield.required ? "" : "(niet verplicht) "}${subfield.help}${choices(subfield)}`, "  ", "     "),
      )
    : [];
  const lines = inner ? [`${field.key}:`, ...skeleton(inner, "  ", field.schema instanceof ZodArray)] : [`${field.key}:${emptyValue(field)}`];
  // Optional fields stay commented out, so an untouched template is valid where they are concerned.
  return [...explanation, ...subfieldHelp, ...(field.required ? lines : lines.map((line) => `# ${line}`))];
}

const TEMPLATE_BODIES: Partial<Record<ContentFolder, string>> = {
  gemeenten: "## Wat maakt {naam} goud\n\nSchrijf hier in eigen woorden, in korte alinea's.\n\n## Zo werkt het\n\n## De voorbeelden\n",
  cohorten: "## Wie koos de gemeenten\n\nSchrijf hier in eigen woorden het verhaal van dit cohort.\n",
};

/**
 * A new content file with every field of the schema, each explained by a
 * comment and left empty (or commented out when optional), so that the
 * check names what is still to fill in.
 */
export function contentTemplate(folder: ContentFolder, values: TemplateValues): string {
  const intro = comment(
    `${FOLDER_DESCRIPTIONS[folder].title}. Vul elk veld in; regels die met # beginnen zijn uitleg en mogen blijven staan. Alle feiten komen uit de bronnen. Uitleg per veld met voorbeelden: docs/redactie.md`,
  );
  const fields = fieldsOf(schemaOf(folder)).map((field) => templateField(field, values).join("\n"));
  const body = (TEMPLATE_BODIES[folder] ?? "Schrijf hier de tekst in eigen woorden.\n").replaceAll(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ""));
  return ["---", ...intro, "", fields.join("\n\n"), "---", "", body].join("\n");
}
