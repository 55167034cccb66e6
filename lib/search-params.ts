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
