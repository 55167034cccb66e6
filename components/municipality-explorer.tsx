"use client";

import { memo, useEffect, useMemo, useRef, useState } from "react";
import {
  EMPTY_FILTERS,
  hasActiveFilters,
  matchesFilters,
  parseFilters,
  serialiseFilters,
  VIEWS,
  type FilterState,
  type View,
} from "@/lib/filters";
import { batchLimit, batchProgress, firstBatch, nextBatch } from "@/lib/batches";
import { countLabel } from "@/lib/format";
import type { ListingItem, ListingOptions } from "@/lib/listing";
import { loosenings } from "@/lib/loosenings";
import type { MapGeometry } from "@/lib/map";
import { toggle } from "@/lib/search-params";
import { navigateToSearch, useHydrated, useShowFilteredList, useUrlSearch } from "@/lib/use-url-search";
import { CriteriaMatrix } from "./criteria-matrix";
import { CriterionIcon } from "./criterion-icon";
import { EmptyState } from "./empty-state";
import { MunicipalityCard } from "./municipality-card";
import { NetherlandsMap } from "./netherlands-map";

type Props = { items: ListingItem[]; options: ListingOptions; geometry: MapGeometry };

const VIEW_LABELS: Record<View, string> = { kaarten: "Kaarten", matrix: "Matrix", kaart: "Kaart" };

const municipalities = (count: number) => countLabel(count, "gemeente", "gemeenten");

/**
 * The listing with its filters. The URL holds the state (the static HTML,
 * rendered without a URL, lists every municipality); back and forward work
 * because every change is a history entry.
 */
export function MunicipalityExplorer({ items, options, geometry }: Props) {
  const search = useUrlSearch();
  const hydrated = useHydrated();
  const filterOptions = useMemo(
    () => ({ cohorts: options.cohorts, criteria: options.criteria.map((criterion) => criterion.id), provinces: options.provinces }),
    [options],
  );
  const state = useMemo(() => parseFilters(search, filterOptions), [search, filterOptions]);
  const results = useMemo(() => items.filter((item) => matchesFilters(item, state)), [items, state]);
  const criteriaByItem = useMemo(
    () => new Map(items.map((item) => [item.slug, options.criteria.filter((criterion) => item.criteria.includes(criterion.id))])),
    [items, options],
  );

  const [batches, setBatches] = useState(() => firstBatch(search));
  // The static HTML lists everything, for readers without scripts.
  const limit = hydrated ? batchLimit(batches, search) : Infinity;
  const shown = results.slice(0, limit);
  const progress = batchProgress(results.length, limit);
  const list = useRef<HTMLDivElement>(null);
  const firstNew = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (firstNew.current === undefined) return;
    // Keyboard and screen reader users continue at the first result just added.
    list.current?.querySelectorAll<HTMLAnchorElement>("h3 a, tbody th a")[firstNew.current]?.focus();
    firstNew.current = undefined;
  }, [limit]);
  const showMore = () => {
    firstNew.current = limit;
    setBatches(nextBatch(search, limit));
  };

  useShowFilteredList();

  const navigate = (next: FilterState, mode: "push" | "replace" = "push") => navigateToSearch(serialiseFilters(next), mode);

  // Only an empty result offers loosenings, so only then are they counted.
  const suggestions = results.length > 0 ? [] : loosenings(items, state, options.criteria);

  const checkboxClass = "h-5 w-5 shrink-0 accent-[var(--color-link)]";
  const optionClass = "flex min-h-8 cursor-pointer items-center gap-2";

  return (
    <div className="grid gap-8 lg:grid-cols-[17rem_1fr]">
      {/* Not a <form>: every change applies at once, there is nothing to submit. */}
      <div role="search" aria-label="Filter de gemeenten" className="self-start rounded-card border border-line bg-surface p-4">
        <fieldset disabled={!hydrated} className="space-y-5">
          <legend className="sr-only">Filters</legend>
          <div>
            <label htmlFor="zoektekst" className="block font-semibold">
              Zoek op naam of onderwerp
            </label>
            <input
              id="zoektekst"
              type="search"
              name="q"
              autoComplete="off"
              maxLength={100}
              value={state.query}
              onChange={(event) => navigate({ ...state, query: event.target.value }, "replace")}
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
                      name="cohort"
                      value={year}
                      checked={state.cohorts.includes(year)}
                      onChange={() => navigate({ ...state, cohorts: toggle(state.cohorts, year) })}
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
            <p className="text-sm text-muted" id="criteria-uitleg">
              Gemeenten die aan alle gekozen criteria voldoen.
            </p>
            <ul className="mt-1">
              {options.criteria.map((criterion) => (
                <li key={criterion.id}>
                  <label className={optionClass}>
                    <input
                      type="checkbox"
                      name="criterium"
                      value={criterion.id}
                      aria-describedby="criteria-uitleg"
                      checked={state.criteria.includes(criterion.id)}
                      onChange={() => navigate({ ...state, criteria: toggle(state.criteria, criterion.id) })}
                      className={checkboxClass}
                    />
                    <CriterionIcon criterionId={criterion.id} className="h-4 w-4 shrink-0 text-gold-ink" />
                    {criterion.label}
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>

          <div>
            <label htmlFor="provincie" className="block font-semibold">
              Provincie
            </label>
            <select
              id="provincie"
              name="provincie"
              value={state.provinces[0] ?? ""}
              onChange={(event) => navigate({ ...state, provinces: event.target.value ? [event.target.value] : [] })}
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
            onClick={() => navigate({ ...EMPTY_FILTERS, view: state.view })}
            disabled={!hasActiveFilters(state)}
            className="min-h-11 w-full rounded border border-control px-3 font-medium text-link hover:bg-gold-soft disabled:cursor-not-allowed disabled:text-muted"
          >
            Alle filters wissen
          </button>
        </fieldset>
      </div>

      <div>
        <h2 className="sr-only">Resultaten</h2>
        <div className="flex flex-wrap items-center justify-between gap-3">
          <p role="status" aria-live="polite" aria-atomic="true" className="text-lg font-semibold">
            {municipalities(results.length)}
          </p>
          <fieldset disabled={!hydrated} className="flex items-center gap-2">
            <legend className="sr-only">Weergave</legend>
            <span aria-hidden="true" className="text-sm text-muted">
              Weergave:
            </span>
            <div className="flex overflow-hidden rounded border border-control">
              {VIEWS.map((view) => (
                <label
                  key={view}
                  className="flex min-h-10 cursor-pointer items-center px-3 text-sm has-[:checked]:bg-link has-[:checked]:text-paper has-[:focus-visible]:outline has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-focus"
                >
                  <input
                    type="radio"
                    name="weergave"
                    value={view}
                    checked={state.view === view}
                    onChange={() => navigate({ ...state, view })}
                    className="sr-only"
                  />
                  {VIEW_LABELS[view]}
                </label>
              ))}
            </div>
          </fieldset>
        </div>

        <div data-results ref={list} className="mt-4">
          {results.length === 0 ? (
            <EmptyState title="Geen gemeente voldoet aan alle gekozen filters">
              {suggestions.length ? (
                <>
                  <p>Probeer het ruimer:</p>
                  <ul className="mt-2 flex flex-wrap justify-center gap-2">
                    {suggestions.map((option) => (
                      <li key={option.label}>
                        <button
                          type="button"
                          onClick={() => navigate(option.next)}
                          className="min-h-10 rounded-chip border border-control bg-paper px-3 text-ink hover:bg-gold-soft"
                        >
                          {option.label} ({municipalities(option.count)})
                        </button>
                      </li>
                    ))}
                  </ul>
                </>
              ) : (
                <p>Wis de filters om alle gemeenten te zien.</p>
              )}
            </EmptyState>
          ) : state.view === "matrix" ? (
            <CriteriaMatrix rows={shown} criteria={options.criteria} total={results.length} />
          ) : state.view === "kaart" ? (
            <NetherlandsMap
              label={`Kaart met ${municipalities(results.length)}`}
              geometry={geometry}
              entries={results.map((item) => ({ slug: item.slug, name: item.naam, cohort: item.cohort, href: item.href, point: item.point }))}
              cohorts={options.cohorts}
            />
          ) : (
            <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
              {shown.map((item) => (
                <CardItem key={item.slug} item={item} criteria={criteriaByItem.get(item.slug) ?? []} />
              ))}
            </ul>
          )}
          {state.view !== "kaart" && progress.more > 0 ? (
            <div className="mt-6 flex flex-wrap items-center gap-x-4 gap-y-2">
              <button
                type="button"
                onClick={showMore}
                className="min-h-11 rounded border border-control bg-surface px-4 font-medium text-link hover:bg-gold-soft"
              >
                Toon nog {municipalities(progress.more)}
              </button>
              <p className="text-muted">
                {progress.shown} van {results.length} getoond
              </p>
            </div>
          ) : null}
        </div>
      </div>
    </div>
  );
}

type CardItemProps = { item: ListingItem; criteria: { id: string; label: string }[] };

/** One card in the list; memoised, so a filter change renders only the cards that are new. */
const CardItem = memo(function CardItem({ item, criteria }: CardItemProps) {
  return (
    <li>
      <MunicipalityCard href={item.href} name={item.naam} cohort={item.cohort} title={item.titel} province={item.provincie} criteria={criteria} />
    </li>
  );
});
