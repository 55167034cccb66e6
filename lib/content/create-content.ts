/**
 * The logic behind `npm run content:new`: creates a correctly named content
 * file from the template the schema makes, never overwriting one. Kept apart from the
 * command line so tests call it in-process instead of spawning a process per case.
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import slugify from "@sindresorhus/slugify";
import { ZodArray, ZodObject, type z } from "zod";
import { schemaOf } from "./field-guide";
import { writeContentFile, type HeaderFields } from "./file-form";
import { FOLDERS_WITHOUT_BODY, SLUG_PATTERN, type ContentFolder } from "./schema";
import { fieldsOf, objectWithin, unwrap } from "./schema-fields";

export const USAGE = [
  "Gebruik:",
  '  npm run content:new -- gemeente "Naam van de gemeente" --cohort 2019',
  "  npm run content:new -- cohort 2019",
  '  npm run content:new -- thema "Wonen"',
].join("\n");

/** A mistake of the editor, worded for them; anything else thrown is a bug. */
export class NewContentError extends Error {
  override name = "NewContentError";
}

export type CreatedContent = {
  /** Absolute path of the new file. */
  file: string;
  /** What to tell the editor, in Dutch, one line each. */
  messages: string[];
};

/**
 * Creates the file the arguments ask for ("gemeente <naam> --cohort <jaar>",
 * "cohort <jaar>" or "thema <naam>") in contentDir, or throws a NewContentError saying what to fix.
 */
export function createContent(args: string[], contentDir: string): CreatedContent {
  const { kind, rest, cohort } = parse(args);
  if (kind === "cohort") {
    const [year] = rest;
    if (!isYear(year)) throw new NewContentError(`'${year ?? ""}' is geen jaartal. Geef het jaar van het cohort, bijvoorbeeld 2019.`);
    return create(path.join(contentDir, "cohorten", `${year}.md`), contentTemplate("cohorten", { jaar: Number(year) }));
  }
  if (kind === "gemeente") {
    const name = rest.join(" ").trim();
    if (!name) throw new NewContentError("Geef de naam van de gemeente tussen aanhalingstekens.");
    if (/["#:{}[\]]/.test(name)) throw new NewContentError(`De naam '${name}' bevat een teken dat niet in een naam hoort (" # : { } [ ]).`);
    if (!isYear(cohort)) throw new NewContentError("Geef het cohort met --cohort gevolgd door het jaar, bijvoorbeeld --cohort 2019.");
    const slug = slugify(name);
    if (!SLUG_PATTERN.test(slug)) {
      throw new NewContentError(`Van de naam '${name}' is geen bestandsnaam te maken. Gebruik de naam zoals de bron hem schrijft.`);
    }
    const created = create(path.join(contentDir, "gemeenten", `${slug}.md`), contentTemplate("gemeenten", { naam: name, cohort: Number(cohort) }));
    if (!fs.existsSync(path.join(contentDir, "cohorten", `${cohort}.md`))) {
      created.messages.push(`Let op: het cohort ${cohort} bestaat nog niet. Maak het aan met: npm run content:new -- cohort ${cohort}`);
    }
    return created;
  }
  if (kind === "thema") {
    const name = rest.join(" ").trim();
    if (!name) throw new NewContentError("Geef de naam van het thema tussen aanhalingstekens.");
    const slug = slugify(name);
    if (!SLUG_PATTERN.test(slug)) throw new NewContentError(`Van de naam '${name}' is geen bestandsnaam te maken. Gebruik letters en cijfers.`);
    return create(path.join(contentDir, "themas", `${slug}.md`), contentTemplate("themas", { naam: name }));
  }
  throw new NewContentError(kind ? `Onbekende soort '${kind}'. Kies 'gemeente', 'cohort' of 'thema'.` : "Zeg wat u wilt aanmaken.");
}

function parse(args: string[]): { kind: string | undefined; rest: string[]; cohort: string | undefined } {
  try {
    const { positionals, values } = parseArgs({ args, allowPositionals: true, strict: true, options: { cohort: { type: "string" } } });
    const [kind, ...rest] = positionals;
    return { kind, rest, cohort: values.cohort };
  } catch (error) {
    // parseArgs explains in English; the editor gets the same advice as for any other wrong argument.
    if (!(error instanceof TypeError && "code" in error)) throw error;
    if (error.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
      throw new NewContentError("Geef het cohort met --cohort gevolgd door het jaar, bijvoorbeeld --cohort 2019.");
    }
    if (error.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
      throw new NewContentError(`Onbekende optie in '${args.join(" ")}'. Alleen --cohort is mogelijk.`);
    }
    throw error;
  }
}

/** The required fields of an object, empty: the check then says "dit veld is nog leeg" with an example until each is filled in. */
function emptyFields(schema: z.ZodType): HeaderFields {
  return Object.fromEntries(fieldsOf(schema).flatMap((field) => (field.required ? [[field.key, emptyValue(field.schema)]] : [])));
}

/** An object with its fields, a list of objects with one, any other list without items, a value as nothing. */
function emptyValue(schema: z.ZodType): unknown {
  const inner = unwrap(schema);
  if (inner instanceof ZodObject) return emptyFields(inner);
  if (inner instanceof ZodArray) {
    const element = objectWithin(inner);
    return element ? [emptyFields(element)] : [];
  }
  return null;
}

const TEMPLATE_BODIES: Partial<Record<ContentFolder, string>> = {
  gemeenten: "## Wat maakt {naam} goud\n\nSchrijf hier in eigen woorden, in korte alinea's.\n\n## Zo werkt het\n\n## De voorbeelden\n",
  cohorten: "## Wie koos de gemeenten\n\nSchrijf hier in eigen woorden het verhaal van dit cohort.\n",
};

/**
 * A new content file in the one form (lib/content/file-form.ts) with every
 * required field of the schema, empty unless given: what each field holds is
 * in docs/redactie.md and in the check's message for an empty field. Optional
 * fields are left out, so an untouched template is valid where they are concerned.
 */
export function contentTemplate(folder: ContentFolder, values: HeaderFields): string {
  const template = FOLDERS_WITHOUT_BODY.includes(folder) ? "" : (TEMPLATE_BODIES[folder] ?? "Schrijf hier de tekst in eigen woorden.\n");
  const body = template.replaceAll(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ""));
  return writeContentFile(folder, { ...emptyFields(schemaOf(folder)), ...values }, body);
}

function create(file: string, text: string): CreatedContent {
  const shown = path.relative(process.cwd(), file);
  if (fs.existsSync(file)) throw new NewContentError(`${shown} bestaat al. Er is niets overschreven.`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text, { flag: "wx" });
  return {
    file,
    messages: [`Aangemaakt: ${shown}`, "Vul de velden in (uitleg per veld: docs/redactie.md) en controleer met: npm run content:check"],
  };
}

function isYear(value: string | undefined): value is string {
  return value !== undefined && /^(19|20)\d{2}$/.test(value);
}
