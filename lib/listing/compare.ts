import { listInDutch, numberInWords } from "../site/format";

/** The query parameter of /vergelijk/: ?gemeenten=ede,zaanstad (or repeated, as a GET form sends it). */
export const COMPARE_PARAM = "gemeenten";

/** More columns than this no longer fit side by side, not even on a wide screen. */
export const MAX_COMPARED = 3;

export type CompareSelection = {
  /** The known, unique slugs to show, at most MAX_COMPARED, in the order asked. */
  slugs: string[];
  unknown: string[];
  repeated: string[];
  /** Known, unique slugs beyond the limit. */
  overLimit: string[];
};

/**
 * Reads the municipalities to compare from a query string. Both forms count:
 * one comma-separated value and repeated parameters; the first occurrence of
 * a slug wins, so a shared link shows its columns in the order it was made.
 */
export function parseCompareSlugs(search: string, known: readonly string[]): CompareSelection {
  const asked = new URLSearchParams(search)
    .getAll(COMPARE_PARAM)
    .flatMap((value) => value.split(","))
    .map((slug) => slug.trim().toLowerCase())
    .filter(Boolean);
  const selection: CompareSelection = { slugs: [], unknown: [], repeated: [], overLimit: [] };
  const seen = new Set<string>();
  for (const slug of asked) {
    if (!known.includes(slug)) {
      if (!selection.unknown.includes(slug)) selection.unknown.push(slug);
    } else if (seen.has(slug)) {
      if (!selection.repeated.includes(slug)) selection.repeated.push(slug);
    } else if (selection.slugs.length >= MAX_COMPARED) {
      seen.add(slug);
      selection.overLimit.push(slug);
    } else {
      seen.add(slug);
      selection.slugs.push(slug);
    }
  }
  return selection;
}

/** The query string for a set of slugs, with readable commas: ?gemeenten=ede,zaanstad. */
export function compareSearch(slugs: readonly string[]): string {
  const unique = [...new Set(slugs.filter(Boolean))];
  return unique.length ? `?${COMPARE_PARAM}=${unique.map(encodeURIComponent).join(",")}` : "";
}

/** One sentence per kind of slug that was left out, in plain Dutch; empty when nothing was. */
export function ignoredMessages(selection: CompareSelection, nameOf: (slug: string) => string): string[] {
  const messages: string[] = [];
  const quoted = (slugs: string[]) => listInDutch(slugs.map((slug) => `‘${slug}’`));
  if (selection.unknown.length) {
    messages.push(
      selection.unknown.length === 1
        ? `Geen Gouden Gemeente gevonden met de naam ${quoted(selection.unknown)}; die is overgeslagen.`
        : `Geen Gouden Gemeenten gevonden met de namen ${quoted(selection.unknown)}; die zijn overgeslagen.`,
    );
  }
  if (selection.repeated.length) {
    messages.push(`${listInDutch(selection.repeated.map(nameOf))} stond meer dan eens in de link en staat hier één keer.`);
  }
  if (selection.overLimit.length) {
    messages.push(
      `U kunt ${numberInWords(MAX_COMPARED)} gemeenten tegelijk vergelijken. Niet getoond: ${listInDutch(selection.overLimit.map(nameOf))}.`,
    );
  }
  return messages;
}
