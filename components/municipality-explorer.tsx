import { useCallback, useMemo, useState } from "react";
import { MAX_COMPARED } from "@/lib/listing/compare";
import { matchesFilters, orderResults, parseFilters, serialiseFilters, type FilterState } from "@/lib/listing/filters";
import type { ListingItem, ListingOptions } from "@/lib/pages/listing";
import { resultStatus } from "@/lib/listing/listing-status";
import { loosenings } from "@/lib/listing/loosenings";
import type { MapGeometry } from "@/lib/maps/map";
import { navigateToSearch, useHydrated, useShowFilteredList, useUrlSearch, type HistoryMode } from "@/lib/listing/use-url-search";
import { CompareTray } from "./listing/compare-tray";
import { FilterPanel } from "./listing/filter-panel";
import { ListingResults } from "./listing/listing-results";
import { OrderSelect } from "./listing/order-select";
import { ViewSwitch } from "./listing/view-switch";

type Props = { items: ListingItem[]; options: ListingOptions; geometry: MapGeometry };

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
  // One filtered, ordered list for cards, matrix and map alike.
  const results = useMemo(
    () =>
      orderResults(
        items.filter((item) => matchesFilters(item, state)),
        state.order,
      ),
    [items, state],
  );

  useShowFilteredList();

  // Ticked cards stay ticked when the filters change, so a reader can pick across searches.
  const [picked, setPicked] = useState<string[]>([]);
  const toggle = useCallback(
    (slug: string) =>
      setPicked((current) =>
        current.includes(slug) ? current.filter((other) => other !== slug) : current.length < MAX_COMPARED ? [...current, slug] : current,
      ),
    [],
  );
  const compare = useMemo(() => ({ picked, full: picked.length >= MAX_COMPARED, onToggle: toggle }), [picked, toggle]);
  const pickedItems = picked.flatMap((slug) => items.filter((item) => item.slug === slug));

  const navigate = (next: FilterState, mode: HistoryMode = "push") => navigateToSearch(serialiseFilters(next), mode);

  // Only an empty result offers loosenings, so only then are they counted.
  const suggestions = results.length > 0 ? [] : loosenings(items, state, options.criteria);

  return (
    <div className="grid gap-8 lg:grid-cols-[17rem_1fr]">
      <FilterPanel state={state} options={options} disabled={!hydrated} onChange={navigate} />

      <div>
        <h2 className="sr-only">Resultaten</h2>
        <div className="flex flex-wrap items-center justify-between gap-3">
          <p role="status" aria-live="polite" aria-atomic="true" className="text-lg font-semibold">
            {resultStatus(results.length, state)}
          </p>
          <div className="flex flex-wrap items-center gap-3">
            <OrderSelect order={state.order} disabled={!hydrated} onChange={(order) => navigate({ ...state, order })} />
            <ViewSwitch view={state.view} disabled={!hydrated} onChange={(view) => navigate({ ...state, view })} />
          </div>
        </div>

        {hydrated && state.view !== "kaart" ? <CompareTray picked={pickedItems} onClear={() => setPicked([])} /> : null}

        <ListingResults
          items={items}
          results={results}
          view={state.view}
          options={options}
          geometry={geometry}
          search={search}
          hydrated={hydrated}
          loosenings={suggestions}
          onLoosen={navigate}
          compare={compare}
        />
      </div>
    </div>
  );
}
