import { z } from "zod";
import { CONTENT_FOLDERS, FOLDERS_WITHOUT_BODY, SLUG_PATTERN, type ContentFolder } from "../content/schema";
import { schemaOf } from "../content/field-guide";
import { fileFormatName } from "./file-format";

/**
 * The configuration of the browser editor (Decap CMS, /admin/), made from the
 * content schema: every field with its Dutch label and help, its rules where
 * the editor's form can check them, pick-lists for fixed values and relation
 * fields for references to other content files. The schema is read as JSON
 * Schema, which carries the patterns, bounds and choices zod knows of, and
 * the field metadata. Nothing here names a field of the content model.
 */

type JsonSchema = z.core.JSONSchema.BaseSchema;

/** A field of Decap's configuration; only the options this site uses. */
export type CmsField = {
  name: string;
  label: string;
  widget: "string" | "text" | "number" | "select" | "relation" | "list" | "object" | "markdown";
  hint?: string;
  required?: boolean;
  pattern?: [string, string];
  value_type?: "int" | "float";
  min?: number;
  max?: number;
  step?: number;
  options?: { label: string; value: string }[];
  multiple?: boolean;
  collection?: string;
  value_field?: string;
  search_fields?: string[];
  display_fields?: string[];
  options_length?: number;
  fields?: CmsField[];
  field?: CmsField;
  summary?: string;
  collapsed?: boolean;
  minimize_collapsed?: boolean;
  add_to_top?: boolean;
  buttons?: string[];
  editor_components?: string[];
  modes?: string[];
};

export type CmsCollection = {
  name: ContentFolder;
  label: string;
  label_singular: string;
  description: string;
  folder: string;
  extension: "md";
  /** lib/cms/file-format.ts: the one form of a content file. */
  format: string;
  create: true;
  delete: false;
  identifier_field: string;
  slug: string;
  summary: string;
  sortable_fields: string[];
  /** Ways to group the list of entries, such as by cohort. */
  view_groups?: { label: string; field: string }[];
  preview_path: string;
  fields: CmsField[];
};

/** How each folder appears in the editor: names, the file name of a new entry and a line per entry in the list. */
const COLLECTIONS: Record<
  ContentFolder,
  Omit<CmsCollection, "name" | "folder" | "extension" | "format" | "create" | "delete" | "fields">
> = {
  gemeenten: {
    label: "Gemeenten",
    label_singular: "Gemeente",
    description:
      "Een profiel per Gouden Gemeente of regio. De bestandsnaam volgt uit de naam: Wijk bij Duurstede wordt wijk-bij-duurstede.",
    identifier_field: "naam",
    slug: "{{naam}}",
    summary: "{{naam}} (cohort {{cohort}})",
    sortable_fields: ["naam", "cohort"],
    view_groups: [
      { label: "Cohort", field: "cohort" },
      { label: "Provincie", field: "provincie" },
    ],
    preview_path: "gemeenten/{{slug}}/",
  },
  cohorten: {
    label: "Cohorten",
    label_singular: "Cohort",
    description: "Een bestand per lichting Gouden Gemeenten. Maak een nieuw cohort aan vóór de gemeenten die erbij horen.",
    identifier_field: "jaar",
    slug: "{{jaar}}",
    summary: "{{jaar}}: {{titel}}",
    sortable_fields: ["jaar"],
    preview_path: "cohorten/{{slug}}/",
  },
  criteria: {
    label: "Criteria",
    label_singular: "Criterium",
    description: "De criteria waarop de gemeenten gekozen zijn. De bestandsnaam is de id waarmee een gemeente naar het criterium verwijst.",
    identifier_field: "kort",
    slug: "{{kort}}",
    summary: "{{volgorde}}. {{kort}}",
    sortable_fields: ["volgorde", "kort"],
    preview_path: "criteria/{{slug}}/",
  },
  bronnen: {
    label: "Bronnen",
    label_singular: "Bron",
    description: "De bronnen waar elk feit op de site uit komt. De bestandsnaam is jaar en soort, zoals 2017-publicatie.",
    identifier_field: "titel",
    slug: "{{jaar}}-{{soort}}",
    summary: "{{titel}} ({{uitgever}}, {{jaar}})",
    sortable_fields: ["jaar", "titel"],
    preview_path: "over/",
  },
  lessen: {
    label: "Lessen",
    label_singular: "Pagina met lessen",
    description: "Wat een cohort samen leerde, een pagina per bestand. De bestandsnaam is het jaar van het cohort.",
    identifier_field: "titel",
    slug: "{{cohort}}",
    summary: "{{titel}}",
    sortable_fields: ["cohort", "titel"],
    preview_path: "lessen/{{slug}}/",
  },
  themas: {
    label: "Thema's",
    label_singular: "Thema",
    description: "De thema's van de voorbeelden uit de praktijk. De bestandsnaam is de id waarmee een voorbeeld naar het thema verwijst.",
    identifier_field: "naam",
    slug: "{{naam}}",
    summary: "{{naam}}",
    sortable_fields: ["volgorde", "naam"],
    preview_path: "themas/{{slug}}/",
  },
};

/** What a relation field stores and shows, per folder it refers to. */
const RELATIONS: Record<NonNullable<z.core.GlobalMeta["reference"]>, Pick<CmsField, "value_field" | "search_fields" | "display_fields">> = {
  cohorten: { value_field: "jaar", search_fields: ["jaar", "titel"], display_fields: ["{{jaar}}: {{titel}}"] },
  criteria: { value_field: "{{slug}}", search_fields: ["kort", "omschrijving"], display_fields: ["{{kort}}"] },
  bronnen: {
    value_field: "{{slug}}",
    search_fields: ["titel", "uitgever", "jaar"],
    display_fields: ["{{titel}} ({{uitgever}}, {{jaar}})"],
  },
  themas: { value_field: "{{slug}}", search_fields: ["naam", "omschrijving"], display_fields: ["{{naam}}"] },
};

/** Dutch messages for the patterns the form checks, by what the pattern is for. */
const SLUG_MESSAGE = "Alleen kleine letters, cijfers en koppeltekens, zoals hemelse-modder.";
const URL_PATTERN: [string, string] = ["^https?://[^\\s/$.?#][^\\s]*$", "Een volledig webadres, beginnend met https:// of http://."];
const DATE_MESSAGE = "Schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2015-06-02.";
const KEY_DATE_MESSAGE = "Schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2015-06-02 (of JJJJ-MM als de bron alleen een maand noemt).";

/** The Markdown body of every file. Images and embeds are left out: the site shows none. */
export const BODY_FIELD: CmsField = {
  name: "body",
  label: "Tekst",
  widget: "markdown",
  hint: "De lopende tekst van de pagina, in eigen woorden (verplicht). Tussenkopjes als kop 2; alle feiten komen uit de bronnen.",
  buttons: ["bold", "italic", "link", "heading-two", "heading-three", "quote", "bulleted-list", "numbered-list"],
  editor_components: [],
  modes: ["rich_text", "raw"],
};

function stringMeta(node: JsonSchema, key: "label" | "help" | "reference" | "example"): string | undefined {
  const value = node[key];
  return typeof value === "string" ? value : undefined;
}

function choices(node: JsonSchema): CmsField["options"] {
  const values = (node.enum ?? []).map(String);
  const labels = node.choiceLabels && typeof node.choiceLabels === "object" ? (node.choiceLabels as Record<string, string>) : {};
  return values.map((value) => ({ label: labels[value] ?? value, value }));
}

function isReference(reference: string | undefined): reference is keyof typeof RELATIONS {
  return reference !== undefined && reference in RELATIONS;
}

function patternOf(node: JsonSchema, example: string | undefined): [string, string] | undefined {
  if (node.format === "uri") return URL_PATTERN;
  if (!node.pattern) return undefined;
  if (node.pattern === SLUG_PATTERN.source) return [node.pattern, SLUG_MESSAGE];
  if (node.format === "date") return [node.pattern, DATE_MESSAGE];
  if (example?.includes("datum")) return [node.pattern, KEY_DATE_MESSAGE];
  return [node.pattern, `Vul het in zoals in het voorbeeld: ${example ?? ""}`];
}

/**
 * The widget and its options for a value of this JSON Schema. `optional`: an
 * optional object's own fields are optional in the form too. Decap demands a
 * required field of an object even when the object itself may be left out
 * (decaporg/decap-cms#2103), so an untouched `locatie` could not be saved; the
 * check before saving (lib/cms/draft.ts) still demands both once one is filled in.
 */
function widgetFor(node: JsonSchema, example: string | undefined, optional = false): Omit<CmsField, "name" | "label"> {
  const reference = stringMeta(node, "reference");
  if (isReference(reference)) return { widget: "relation", collection: reference, ...RELATIONS[reference], options_length: 100 };
  if (node.enum) return { widget: "select", options: choices(node) };
  if (node.type === "integer") return { widget: "number", value_type: "int", min: node.minimum, max: node.maximum, step: 1 };
  if (node.type === "number") return { widget: "number", value_type: "float", min: node.minimum, max: node.maximum, step: 0.0001 };
  if (node.type === "object") return { widget: "object", fields: fieldsOfObject(node, optional), collapsed: false };
  if (node.type === "array") {
    const items = (node.items ?? {}) as JsonSchema;
    const min = node.minItems;
    if (items.type === "object") {
      const fields = fieldsOfObject(items);
      return { widget: "list", fields, summary: `{{fields.${fields[0]?.name ?? ""}}}`, collapsed: true, minimize_collapsed: false, min };
    }
    const itemWidget = widgetFor(items, example);
    // A pick-list or relation that takes several values stores them as a list itself.
    if (itemWidget.widget === "select" || itemWidget.widget === "relation") return { ...itemWidget, multiple: true, min };
    return { widget: "list", field: { name: "waarde", label: "Waarde", ...itemWidget }, min };
  }
  const pattern = patternOf(node, example);
  return { widget: node.multiline === true ? "text" : "string", ...(pattern ? { pattern } : {}) };
}

function fieldsOfObject(node: JsonSchema, optional = false): CmsField[] {
  const required = new Set(optional ? [] : (node.required ?? []));
  return Object.entries(node.properties ?? {}).map(([name, property]) => {
    const schema = property as JsonSchema;
    const hint = stringMeta(schema, "help");
    const field: CmsField = {
      name,
      label: stringMeta(schema, "label") ?? name,
      ...widgetFor(schema, stringMeta(schema, "example"), !required.has(name)),
      ...(hint ? { hint } : {}),
    };
    return required.has(name) ? field : { ...field, required: false };
  });
}

/** The fields of one folder's files as the editor shows them, the body last where the files have one. */
export function cmsFields(folder: ContentFolder): CmsField[] {
  const jsonSchema = z.toJSONSchema(schemaOf(folder), { io: "input", unrepresentable: "any" });
  return [...fieldsOfObject(jsonSchema), ...(FOLDERS_WITHOUT_BODY.includes(folder) ? [] : [BODY_FIELD])];
}

export function cmsCollections(): CmsCollection[] {
  return CONTENT_FOLDERS.map((folder) => ({
    name: folder,
    ...COLLECTIONS[folder],
    folder: `content/${folder}`,
    extension: "md",
    format: fileFormatName(folder),
    create: true,
    delete: false,
    fields: cmsFields(folder),
  }));
}

/** Where the editor saves: the repository on the Git host, from the environment (see docs/hosting.md). */
export type CmsSettings = {
  /** owner/name of the repository on GitHub; without it only the local editor works. */
  repo?: string;
  branch: string;
  /** An OAuth proxy for GitHub logins, where the host offers none (see docs/hosting.md). */
  baseUrl?: string;
  authEndpoint?: string;
  /** The address of the site, for "view live" links. */
  siteUrl: string;
};

export function cmsSettingsFromEnv(env: NodeJS.ProcessEnv, siteUrl: string): CmsSettings {
  return {
    repo: env.CMS_REPO || undefined,
    branch: env.CMS_BRANCH || "main",
    baseUrl: env.CMS_BASE_URL || undefined,
    authEndpoint: env.CMS_AUTH_ENDPOINT || undefined,
    siteUrl,
  };
}

/**
 * The whole configuration. Every change goes through the editorial workflow:
 * a branch and pull request per entry, which the Git host's checks must pass
 * before it can be merged. `local_backend` makes the editor on localhost use
 * decap-server (npm run cms), which writes to the working copy instead.
 */
export function cmsConfig(settings: CmsSettings) {
  return {
    locale: "nl",
    local_backend: true,
    backend: {
      name: "github",
      ...(settings.repo ? { repo: settings.repo } : {}),
      branch: settings.branch,
      ...(settings.baseUrl ? { base_url: settings.baseUrl } : {}),
      ...(settings.authEndpoint ? { auth_endpoint: settings.authEndpoint } : {}),
      squash_merges: true,
      commit_messages: {
        create: "Nieuw in {{collection}}: {{slug}}",
        update: "Bijgewerkt in {{collection}}: {{slug}}",
        delete: "Verwijderd uit {{collection}}: {{slug}}",
        uploadMedia: "Bestand toegevoegd: {{path}}",
        deleteMedia: "Bestand verwijderd: {{path}}",
      },
    },
    publish_mode: "editorial_workflow",
    site_url: settings.siteUrl,
    display_url: settings.siteUrl,
    // Decap requires a media folder; the site shows no uploaded images, so the Markdown editor offers none.
    media_folder: "public/media",
    public_folder: "/media",
    slug: { encoding: "ascii", clean_accents: true, sanitize_replacement: "-" },
    collections: cmsCollections(),
  };
}
