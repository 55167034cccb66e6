/**
 * What the filtered lists (the listing and the examples index) share about
 * keeping their state in the query string, as pure functions.
 */

/** The values of `values` that are among `allowed`, each once and in the order of `allowed`, so that equal filters give equal URLs. */
export function pickKnown<T>(values: readonly string[], allowed: readonly T[], toValue: (value: string) => T): T[] {
  const requested = values.map(toValue);
  return allowed.filter((option) => requested.includes(option));
}

/** The list with `value` added, or removed if it was there: one click on a checkbox. */
export function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((item) => item !== value) : [...list, value];
}

/** "" for no parameters, so that an unfiltered view has the plain address; else "?…". */
export function toSearch(params: URLSearchParams): string {
  const query = params.toString();
  return query ? `?${query}` : "";
}

/**
 * The attribute on <html> that hides the unfiltered list of a deep link
 * (html[data-filtering] in globals.css) until the explorer has applied the
 * filters.
 */
export const FILTERING_FLAG = "filtering";

/**
 * The parameter names whose presence in the URL changes the list, written
 * for the list flag script's data attribute (islands/runtime/list-flag.ts).
 * Only plain names: they become part of a regular expression there.
 */
export function listParamNames(params: Readonly<Record<string, string>>): string {
  const names = Object.values(params);
  const unfit = names.filter((name) => !/^[a-z][a-z0-9-]*$/.test(name));
  if (!names.length || unfit.length)
    throw new Error(`Ongeschikte parameternamen voor het lijstscript: ${unfit.join(", ") || "geen namen"}`);
  return names.join(" ");
}

/**
 * Whether a deep link should hide the unfiltered list until the explorer has
 * applied its filters: when the query holds one of `names` with a value.
 */
export function hidesUnfilteredList(search: string, names: string): boolean {
  // Names from the page's HTML; only plain ones count, so none can change the pattern.
  const pattern = names
    .split(/\s+/)
    .filter((name) => /^[a-z][a-z0-9-]*$/.test(name))
    .join("|");
  return pattern !== "" && new RegExp(`[?&](${pattern})=`).test(search);
}
