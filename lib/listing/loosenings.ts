import { matchesFilters, type Filterable, type FilterState } from "./filters";

/** A way out of an empty result: drop one filter, and see `count` items. */
export type Loosening = { label: string; next: FilterState; count: number };

/**
 * For a state that matches nothing: every way to drop one of its filters that
 * would show something, with how many items it would show. Criteria first,
 * then cohorts, provinces and the text, each in the order of the state.
 */
export function loosenings(
  items: readonly Filterable[],
  state: FilterState,
  criteria: readonly { id: string; label: string }[],
): Loosening[] {
  const criterionLabel = (id: string) => criteria.find((criterion) => criterion.id === id)?.label ?? id;
  const query = state.query.trim();
  return [
    ...state.criteria.map((id) => ({
      label: `zonder ‘${criterionLabel(id)}’`,
      next: { ...state, criteria: state.criteria.filter((c) => c !== id) },
    })),
    ...state.cohorts.map((year) => ({
      label: `zonder cohort ${year}`,
      next: { ...state, cohorts: state.cohorts.filter((c) => c !== year) },
    })),
    ...state.provinces.map((province) => ({
      label: `zonder ${province}`,
      next: { ...state, provinces: state.provinces.filter((p) => p !== province) },
    })),
    ...(query ? [{ label: `zonder de zoektekst ‘${query}’`, next: { ...state, query: "" } }] : []),
  ]
    .map((option) => ({ ...option, count: items.filter((item) => matchesFilters(item, option.next)).length }))
    .filter((option) => option.count > 0);
}
