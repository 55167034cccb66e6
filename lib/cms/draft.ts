import { z } from "zod";
import { checkFile } from "../content/check-file";
import { formatPath, formatProblem } from "../content/problems";
import { contentSchemas, FOLDERS_WITHOUT_BODY, type ContentFolder, type Municipality } from "../content/schema";

/**
 * What the browser editor does with an entry before it is saved: the same
 * check as `npm run content:check` for one file, and a lenient reading of an
 * unfinished profile for the preview.
 */

type Data = Record<string, unknown>;

export function isData(value: unknown): value is Data {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Every text and number in the entry: the values its pick-lists chose. */
function leaves(value: unknown): (string | number)[] {
  if (typeof value === "string" || typeof value === "number") return [value];
  if (Array.isArray(value)) return value.flatMap(leaves);
  if (isData(value)) return Object.values(value).flatMap(leaves);
  return [];
}

/**
 * The problems of one entry in the wording of the content check. References
 * are taken as valid here: the editor's pick-lists only offer existing
 * cohorts, criteria and sources, and the check on the pull request tests them
 * against the repository. Rules across files (a unique name, say) are for
 * that check too.
 */
export function draftProblems(folder: ContentFolder, entry: unknown, file: string): string[] {
  const { body, ...frontMatter } = isData(entry) ? entry : {};
  const values = leaves(frontMatter);
  const schema = contentSchemas({
    cohorts: values.filter((value) => typeof value === "number"),
    criteria: values.filter((value) => typeof value === "string"),
    sources: values.filter((value) => typeof value === "string"),
    themes: values.filter((value) => typeof value === "string"),
  })[folder];
  return checkFile(schema, frontMatter, typeof body === "string" ? body : "", !FOLDERS_WITHOUT_BODY.includes(folder)).problems.map(
    ({ path, message, aboutBody }) => formatProblem({ file, ...(aboutBody ? {} : { field: formatPath(path) || undefined }), message }),
  );
}

/** A text of only spaces, or an object that holds nothing else: a `locatie` left untouched, or cleared. */
function isEmpty(value: unknown): boolean {
  if (typeof value === "string") return !value.trim();
  return isData(value) && Object.values(value).every(isEmpty);
}

/**
 * Where the entry holds an empty value: a field that was filled in and then
 * cleared, or an optional group of fields (`locatie`) left empty. Decap saves
 * a cleared text as "" and an empty group as an object, which the check would
 * call an empty field, while the editor meant to leave it out. Fields of the
 * items of a list count too; a text in a list of texts does not: an empty
 * item is worth a message.
 */
export function emptyValuePaths(data: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (!isData(data)) return [];
  return Object.entries(data).flatMap(([key, value]) => {
    if (isEmpty(value)) return [[...path, key]];
    if (Array.isArray(value)) return value.flatMap((item, index) => emptyValuePaths(item, [...path, key, index]));
    return emptyValuePaths(value, [...path, key]);
  });
}

const text = (value: unknown): string => (typeof value === "string" ? value : typeof value === "number" ? String(value) : "");
const list = (value: unknown): Data[] => (Array.isArray(value) ? value.filter(isData) : []);

/** A profile in progress, read as far as it is filled in: missing texts are empty, missing lists are empty. */
export type DraftMunicipality = Pick<
  Municipality,
  "naam" | "titel" | "samenvatting" | "voorbeelden" | "citaten" | "personen" | "partners" | "leden" | "bronnen" | "controles"
> & { cohort?: number; provincie: string; criteria: { id: string; toelichting: string }[] };

export function draftMunicipality(data: unknown): DraftMunicipality {
  const entry = isData(data) ? data : {};
  return {
    naam: text(entry.naam),
    cohort: typeof entry.cohort === "number" ? entry.cohort : undefined,
    provincie: text(entry.provincie),
    titel: text(entry.titel),
    samenvatting: text(entry.samenvatting),
    criteria: list(entry.criteria).map((claim) => ({ id: text(claim.id), toelichting: text(claim.toelichting) })),
    voorbeelden: list(entry.voorbeelden).map((example) => ({
      id: text(example.id),
      naam: text(example.naam),
      beschrijving: text(example.beschrijving),
      themas: Array.isArray(example.themas)
        ? example.themas.filter((theme): theme is string => typeof theme === "string" && theme !== "")
        : [],
    })),
    citaten: list(entry.citaten).map((quotation) => ({
      tekst: text(quotation.tekst),
      spreker: text(quotation.spreker),
      bron: text(quotation.bron),
    })),
    personen: list(entry.personen).map((person) => ({
      naam: text(person.naam),
      rol: text(person.rol) || undefined,
      organisatie: text(person.organisatie) || undefined,
    })),
    partners: list(entry.partners).map((partner) => ({ naam: text(partner.naam), url: text(partner.url) || undefined })),
    leden: Array.isArray(entry.leden)
      ? list(entry.leden)
          .map((member) => ({ naam: text(member.naam), cbs_code: text(member.cbs_code) }))
          .filter((member) => member.naam)
      : undefined,
    bronnen: Array.isArray(entry.bronnen) ? entry.bronnen.map(text).filter(Boolean) : [],
    // A check shows once its date is a real day: the preview cannot place or write out a date still being typed.
    controles: list(entry.controles)
      .map((check) => ({ datum: text(check.datum), wijziging: text(check.wijziging), bron: text(check.bron) }))
      .filter((check) => z.iso.date().safeParse(check.datum).success),
  };
}
