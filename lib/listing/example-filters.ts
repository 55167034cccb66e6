/**
 * The examples index's filter as pure functions: the chosen themes live in
 * the URL (?thema=…, any number of times), so a copied link shows the same
 * selection. Unknown themes in the URL are ignored.
 */

import { pickKnown, toSearch } from "./search-params";

/** The examples index's URL parameters, named once (see LISTING_PARAMS). */
export const EXAMPLE_PARAMS = { theme: "thema" } as const;

/** The chosen themes among `themeIds`, in their order. */
export function parseThemes(search: string | URLSearchParams, themeIds: readonly string[]): string[] {
  const params = typeof search === "string" ? new URLSearchParams(search) : search;
  return pickKnown(params.getAll(EXAMPLE_PARAMS.theme), themeIds, (value) => value);
}

/** The query string for the chosen themes: "" for none. */
export function serialiseThemes(themes: readonly string[]): string {
  const params = new URLSearchParams();
  themes.forEach((theme) => params.append(EXAMPLE_PARAMS.theme, theme));
  return toSearch(params);
}

/** An example matches when it has any of the chosen themes; with none chosen, every example does. */
export function matchesThemes(item: { themes: readonly string[] }, chosen: readonly string[]): boolean {
  return !chosen.length || item.themes.some((theme) => chosen.includes(theme));
}
