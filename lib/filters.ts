/**
 * The listing's filters as pure functions: parsing the URL, writing it back,
 * and matching. The URL is the single place the filter state lives, so a
 * copied link shows the same view. Anything unknown or hostile in the URL is
 * ignored, never shown or executed.
 */

import { pickKnown, toSearch } from "./search-params";

/**
 * The listing's URL parameters, named once: parsing, writing, the names of the
 * form controls and the inline script that hides a deep-linked list use these.
 */
export const LISTING_PARAMS = { cohort: "cohort", criterion: "criterium", province: "provincie", query: "q", view: "weergave" } as const;

export const VIEWS = ["kaarten", "matrix", "kaart"] as const;
export type View = (typeof VIEWS)[number];

export type FilterOptions = {
  cohorts: readonly number[];
  criteria: readonly string[];
  provinces: readonly string[];
};

export type FilterState = {
  cohorts: number[];
  criteria: string[];
  provinces: string[];
  query: string;
  view: View;
};

export type Filterable = {
  cohort: number;
  provincie: string;
  criteria: readonly string[];
  /** Name, title, summary and example names, already normalised with normaliseForSearch. */
  searchText: string;
};

export const MAX_QUERY_LENGTH = 100;

export const EMPTY_FILTERS: FilterState = { cohorts: [], criteria: [], provinces: [], query: "", view: "kaarten" };

/** Lower case without diacritics, so "Súdwest" finds "sudwest" and the other way round. */
export function normaliseForSearch(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLocaleLowerCase("nl").replace(/\s+/g, " ").trim();
}

export function parseFilters(search: string | URLSearchParams, options: FilterOptions): FilterState {
  const params = typeof search === "string" ? new URLSearchParams(search) : search;
  const view = params.get(LISTING_PARAMS.view);
  // Not trimmed: the text box shows this value while the visitor types spaces.
  const query = (params.get(LISTING_PARAMS.query) ?? "").replace(/[\p{Cc}\p{Cf}]/gu, " ").slice(0, MAX_QUERY_LENGTH);
  return {
    cohorts: pickKnown(params.getAll(LISTING_PARAMS.cohort), options.cohorts, (value) => (/^\d{4}$/.test(value) ? Number(value) : NaN)),
    criteria: pickKnown(params.getAll(LISTING_PARAMS.criterion), options.criteria, (value) => value),
    provinces: pickKnown(params.getAll(LISTING_PARAMS.province), options.provinces, (value) => value),
    query,
    view: VIEWS.find((candidate) => candidate === view) ?? "kaarten",
  };
}

/** The query string for a state: "" for no filters, else "?cohort=2017&criterium=…". */
export function serialiseFilters(state: FilterState): string {
  const params = new URLSearchParams();
  state.cohorts.forEach((cohort) => params.append(LISTING_PARAMS.cohort, String(cohort)));
  state.criteria.forEach((criterion) => params.append(LISTING_PARAMS.criterion, criterion));
  state.provinces.forEach((province) => params.append(LISTING_PARAMS.province, province));
  if (state.query.trim()) params.set(LISTING_PARAMS.query, state.query);
  if (state.view !== "kaarten") params.set(LISTING_PARAMS.view, state.view);
  return toSearch(params);
}

/**
 * Cohorts and provinces: any of the chosen ones. Criteria: all of the chosen
 * ones. Text: every word occurs in name, title, summary or an example name.
 */
export function matchesFilters(item: Filterable, state: FilterState): boolean {
  if (state.cohorts.length && !state.cohorts.includes(item.cohort)) return false;
  if (state.provinces.length && !state.provinces.includes(item.provincie)) return false;
  if (!state.criteria.every((criterion) => item.criteria.includes(criterion))) return false;
  const words = normaliseForSearch(state.query).split(" ").filter(Boolean);
  return words.every((word) => item.searchText.includes(word));
}

export function hasActiveFilters(state: FilterState): boolean {
  return Boolean(state.cohorts.length || state.criteria.length || state.provinces.length || state.query.trim());
}
