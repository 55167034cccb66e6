import {
  CRITERIA_MATCHES,
  EMPTY_FILTERS,
  hasActiveFilters,
  LISTING_PARAMS,
  MAX_QUERY_LENGTH,
  type CriteriaMatch,
  type FilterState,
} from "@/lib/listing/filters";
import type { ListingOptions } from "@/lib/pages/listing";
import { toggle } from "@/lib/listing/search-params";
import type { HistoryMode } from "@/lib/listing/use-url-search";
import { CriterionIcon } from "../criterion-icon";

type Props = {
  state: FilterState;
  options: ListingOptions;
  /** Until scripts run the controls could do nothing, so they are disabled. */
  disabled: boolean;
  onChange: (next: FilterState, mode?: HistoryMode) => void;
};

const checkboxClass = "h-5 w-5 shrink-0 accent-[var(--color-link)]";
const optionClass = "flex min-h-8 cursor-pointer items-center gap-2";

const MATCH_LABELS: Record<CriteriaMatch, string> = { alle: "aan alle gekozen criteria", "minstens-een": "aan minstens één" };

/** The listing's filters: text, cohorts, criteria and how to combine them, province, and a reset that keeps view and order. */
export function FilterPanel({ state, options, disabled, onChange }: Props) {
  return (
    // Not a <form>: every change applies at once, there is nothing to submit.
    <div role="search" aria-label="Filter de gemeenten" className="self-start rounded-card border border-line bg-surface p-4">
      <fieldset disabled={disabled} className="space-y-5">
        <legend className="sr-only">Filters</legend>
        <div>
          <label htmlFor="zoektekst" className="block font-semibold">
            Zoek op naam of onderwerp
          </label>
          <input
            id="zoektekst"
            type="search"
            name={LISTING_PARAMS.query}
            autoComplete="off"
            maxLength={MAX_QUERY_LENGTH}
            value={state.query}
            // Replace, not push: one history entry per letter would make Back useless.
            onChange={(event) => onChange({ ...state, query: event.target.value }, "replace")}
            className="mt-1 min-h-11 w-full rounded border border-control bg-paper px-3 text-ink"
          />
        </div>

        <fieldset>
          <legend className="font-semibold">Cohort</legend>
          <ul className="mt-1">
            {options.cohorts.map((year) => (
              <li key={year}>
                <label className={optionClass}>
                  <input
                    type="checkbox"
                    name={LISTING_PARAMS.cohort}
                    value={year}
                    checked={state.cohorts.includes(year)}
                    onChange={() => onChange({ ...state, cohorts: toggle(state.cohorts, year) })}
                    className={checkboxClass}
                  />
                  {year}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>

        <fieldset>
          <legend className="font-semibold">Criteria</legend>
          <ul className="mt-1">
            {options.criteria.map((criterion) => (
              <li key={criterion.id}>
                <label className={optionClass}>
                  <input
                    type="checkbox"
                    name={LISTING_PARAMS.criterion}
                    value={criterion.id}
                    checked={state.criteria.includes(criterion.id)}
                    onChange={() => onChange({ ...state, criteria: toggle(state.criteria, criterion.id) })}
                    className={checkboxClass}
                  />
                  <CriterionIcon criterionId={criterion.id} className="h-4 w-4 shrink-0 text-gold-ink" />
                  {criterion.label}
                </label>
              </li>
            ))}
          </ul>
          <fieldset className="mt-2">
            <legend className="text-sm font-semibold">Gemeenten die voldoen</legend>
            {CRITERIA_MATCHES.map((match) => (
              <label key={match} className={`${optionClass} text-sm`}>
                <input
                  type="radio"
                  name={LISTING_PARAMS.match}
                  value={match}
                  checked={state.match === match}
                  onChange={() => onChange({ ...state, match })}
                  className={checkboxClass}
                />
                {MATCH_LABELS[match]}
              </label>
            ))}
          </fieldset>
        </fieldset>

        <div>
          <label htmlFor="provincie" className="block font-semibold">
            Provincie
          </label>
          <select
            id="provincie"
            name={LISTING_PARAMS.province}
            value={state.provinces[0] ?? ""}
            onChange={(event) => onChange({ ...state, provinces: event.target.value ? [event.target.value] : [] })}
            className="mt-1 min-h-11 w-full rounded border border-control bg-paper px-2 text-ink"
          >
            <option value="">Alle provincies</option>
            {options.provinces.map((province) => (
              <option key={province} value={province}>
                {province}
              </option>
            ))}
          </select>
        </div>

        <button
          type="button"
          onClick={() => onChange({ ...EMPTY_FILTERS, view: state.view, order: state.order })}
          disabled={!hasActiveFilters(state)}
          className="min-h-11 w-full rounded border border-control px-3 font-medium text-link hover:bg-gold-soft disabled:cursor-not-allowed disabled:text-muted"
        >
          Alle filters wissen
        </button>
      </fieldset>
    </div>
  );
}
