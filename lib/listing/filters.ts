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
export const LISTING_PARAMS = {
  cohort: "cohort",
  criterion: "criterium",
  match: "voldoet",
  province: "provincie",
  query: "q",
  view: "weergave",
  order: "volgorde",
} as const;

/**
 * The parameters that change the list the static HTML shows (filters, view,
 * order), for the inline script that hides it. The criteria match alone does
 * not: it changes nothing until criteria are chosen, and those are in the URL then.
 */
export const LIST_CHANGING_PARAMS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(LISTING_PARAMS).filter(([key]) => key !== "match"),
);

export const VIEWS = ["kaarten", "matrix", "kaart"] as const;
export type View = (typeof VIEWS)[number];

/** Whether a municipality meets all chosen criteria (the default) or at least one. */
export const CRITERIA_MATCHES = ["alle", "minstens-een"] as const;
export type CriteriaMatch = (typeof CRITERIA_MATCHES)[number];

export const ORDERS = ["naam", "cohort", "aantal-criteria"] as const;
export type Order = (typeof ORDERS)[number];

export type FilterOptions = {
  cohorts: readonly number[];
  criteria: readonly string[];
  provinces: readonly string[];
};

export type FilterState = {
  cohorts: number[];
  criteria: string[];
  match: CriteriaMatch;
  provinces: string[];
  query: string;
  view: View;
  order: Order;
};

export type Filterable = {
  cohort: number;
  provincie: string;
  criteria: readonly string[];
  /** Name, title, summary and example names, already normalised with normaliseForSearch. */
  searchText: string;
};

export const MAX_QUERY_LENGTH = 100;

export const EMPTY_FILTERS: FilterState = {
  cohorts: [],
  criteria: [],
  match: "alle",
  provinces: [],
  query: "",
  view: "kaarten",
  order: "naam",
};

/** Lower case without diacritics, so "Súdwest" finds "sudwest" and the other way round. */
export function normaliseForSearch(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLocaleLowerCase("nl").replace(/\s+/g, " ").trim();
}

export function parseFilters(search: string | URLSearchParams, options: FilterOptions): FilterState {
  const params = typeof search === "string" ? new URLSearchParams(search) : search;
  const view = params.get(LISTING_PARAMS.view);
  const match = params.get(LISTING_PARAMS.match);
  const order = params.get(LISTING_PARAMS.order);
  // Not trimmed: the text box shows this value while the visitor types spaces.
  const query = (params.get(LISTING_PARAMS.query) ?? "").replace(/[\p{Cc}\p{Cf}]/gu, " ").slice(0, MAX_QUERY_LENGTH);
  return {
    cohorts: pickKnown(params.getAll(LISTING_PARAMS.cohort), options.cohorts, (value) => (/^\d{4}$/.test(value) ? Number(value) : NaN)),
    criteria: pickKnown(params.getAll(LISTING_PARAMS.criterion), options.criteria, (value) => value),
    match: CRITERIA_MATCHES.find((candidate) => candidate === match) ?? EMPTY_FILTERS.match,
    provinces: pickKnown(params.getAll(LISTING_PARAMS.province), options.provinces, (value) => value),
    query,
    view: VIEWS.find((candidate) => candidate === view) ?? EMPTY_FILTERS.view,
    order: ORDERS.find((candidate) => candidate === order) ?? EMPTY_FILTERS.order,
  };
}

/** The query string for a state: "" for no filters, else "?cohort=2017&criterium=…". Defaults are left out, so a plain view keeps the plain address. */
export function serialiseFilters(state: FilterState): string {
  const params = new URLSearchParams();
  state.cohorts.forEach((cohort) => params.append(LISTING_PARAMS.cohort, String(cohort)));
  state.criteria.forEach((criterion) => params.append(LISTING_PARAMS.criterion, criterion));
  if (state.match !== EMPTY_FILTERS.match) params.set(LISTING_PARAMS.match, state.match);
  state.provinces.forEach((province) => params.append(LISTING_PARAMS.province, province));
  if (state.query.trim()) params.set(LISTING_PARAMS.query, state.query);
  if (state.view !== EMPTY_FILTERS.view) params.set(LISTING_PARAMS.view, state.view);
  if (state.order !== EMPTY_FILTERS.order) params.set(LISTING_PARAMS.order, state.order);
  return toSearch(params);
}

/**
 * Cohorts and provinces: any of the chosen ones. Criteria: all of the chosen
 * ones, or at least one for the match "minstens-een". Text: every word occurs
 * in name, title, summary or an example name.
 */
export function matchesFilters(item: Filterable, state: FilterState): boolean {
  if (state.cohorts.length && !state.cohorts.includes(item.cohort)) return false;
  if (state.provinces.length && !state.provinces.includes(item.provincie)) return false;
  if (!matchesCriteria(item, state)) return false;
  const words = normaliseForSearch(state.query).split(" ").filter(Boolean);
  return words.every((word) => item.searchText.includes(word));
}

function matchesCriteria(item: Filterable, { criteria, match }: FilterState): boolean {
  const has = (criterion: string) => item.criteria.includes(criterion);
  // No criteria chosen means no criteria filter, in either match.
  if (!criteria.length) return true;
  return match === "minstens-een" ? criteria.some(has) : criteria.every(has);
}

/** What ordering needs of a result. */
export type Orderable = Pick<Filterable, "cohort" | "criteria"> & { naam: string };

// The same collation the content loader sorts names with.
const byName = new Intl.Collator("nl").compare;

const ORDER_COMPARE: Record<Order, (a: Orderable, b: Orderable) => number> = {
  naam: () => 0,
  cohort: (a, b) => a.cohort - b.cohort,
  "aantal-criteria": (a, b) => b.criteria.length - a.criteria.length,
};

/** A new array in the chosen order: by name, by cohort (oldest first) or by number of criteria (most first); ties by name. */
export function orderResults<T extends Orderable>(items: readonly T[], order: Order): T[] {
  const compare = ORDER_COMPARE[order];
  return [...items].sort((a, b) => compare(a, b) || byName(a.naam, b.naam));
}

/** Only filters that narrow the list: not the view, the order or the criteria match. */
export function hasActiveFilters(state: FilterState): boolean {
  return Boolean(state.cohorts.length || state.criteria.length || state.provinces.length || state.query.trim());
}
