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
 * The inline script that runs before the list is painted: when the URL holds
 * any of `params`, it sets the flag, so a deep link does not flash the full
 * list. CSS shows the list anyway after two seconds should scripts fail. The
 * post-build script policy allows it by its hash, so the same names must give
 * the same text.
 */
export function hideUnfilteredListScript(params: Readonly<Record<string, string>>): string {
  const names = Object.values(params);
  // The names become part of a regular expression in a script: only plain names fit without escaping.
  const unfit = names.filter((name) => !/^[a-z][a-z0-9-]*$/.test(name));
  if (!names.length || unfit.length)
    throw new Error(`Ongeschikte parameternamen voor het inline script: ${unfit.join(", ") || "geen namen"}`);
  return `if(/[?&](${names.join("|")})=/.test(location.search))document.documentElement.dataset.${FILTERING_FLAG}=""`;
}
