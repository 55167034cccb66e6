import { memo, useEffect, useMemo, useRef, useState } from "react";
import { batchLimit, batchProgress, firstBatch, nextBatch } from "@/lib/listing/batches";
import type { FilterState, View } from "@/lib/listing/filters";
import type { ListingItem, ListingOptions } from "@/lib/pages/listing";
import { municipalityCount } from "@/lib/listing/listing-status";
import type { Loosening } from "@/lib/listing/loosenings";
import type { MapGeometry } from "@/lib/maps/map";
import { CriteriaMatrix } from "../criteria-matrix";
import { EmptyState } from "../empty-state";
import { MunicipalityCard } from "../municipality-card";
import { NetherlandsMap } from "../netherlands-map";
import { CompareCheckbox, compareStateOf, type CompareChoice, type CompareState } from "./compare-checkbox";

type Props = {
  /** Every municipality: the cards' criteria are worked out once for all of them. */
  items: ListingItem[];
  /** The municipalities that match the filters, in the chosen order. */
  results: ListingItem[];
  view: View;
  options: ListingOptions;
  geometry: MapGeometry;
  /** The URL's query string: the batches shown belong to one query. */
  search: string;
  /** False in the static HTML, which lists every result for readers without scripts. */
  hydrated: boolean;
  /** For an empty result: the filters the visitor could drop. */
  loosenings: Loosening[];
  onLoosen: (next: FilterState) => void;
  /** The municipalities ticked for comparison; the checkboxes appear once scripts run. */
  compare: CompareChoice;
};

/** The results in the chosen view, in batches for cards and matrix, or ways out of an empty result. */
export function ListingResults({ items, results, view, options, geometry, search, hydrated, loosenings, onLoosen, compare }: Props) {
  const criteriaByItem = useMemo(
    () => new Map(items.map((item) => [item.slug, options.criteria.filter((criterion) => item.criteria.includes(criterion.id))])),
    [items, options],
  );

  const [batches, setBatches] = useState(() => firstBatch(search));
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

  return (
    <div data-results ref={list} className="mt-4">
      {results.length === 0 ? (
        <NoResults loosenings={loosenings} onLoosen={onLoosen} />
      ) : view === "matrix" ? (
        <CriteriaMatrix
          rows={shown}
          criteria={options.criteria}
          total={results.length}
          compare={
            hydrated
              ? (row) => (
                  <CompareCheckbox
                    name={row.naam}
                    state={compareStateOf(compare, row.slug)}
                    onToggle={() => compare.onToggle(row.slug)}
                    visibleLabel={false}
                  />
                )
              : undefined
          }
        />
      ) : view === "kaart" ? (
        <NetherlandsMap
          label={`Kaart met ${municipalityCount(results.length)}`}
          geometry={geometry}
          entries={results.map((item) => ({
            slug: item.slug,
            name: item.naam,
            cohort: item.cohort,
            href: item.href,
            point: item.point,
            area: item.area,
            size: item.size,
          }))}
          cohorts={options.cohorts}
        />
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
          {shown.map((item) => (
            <CardItem
              key={item.slug}
              item={item}
              criteria={criteriaByItem.get(item.slug) ?? []}
              compare={hydrated ? compareStateOf(compare, item.slug) : undefined}
              onToggle={compare.onToggle}
            />
          ))}
        </ul>
      )}
      {view !== "kaart" && progress.more > 0 ? (
        <div className="mt-6 flex flex-wrap items-center gap-x-4 gap-y-2">
          <button
            type="button"
            onClick={showMore}
            className="min-h-11 rounded border border-control bg-surface px-4 font-medium text-link hover:bg-gold-soft"
          >
            Toon nog {municipalityCount(progress.more)}
          </button>
          <p className="text-muted">
            {progress.shown} van {results.length} getoond
          </p>
        </div>
      ) : null}
    </div>
  );
}

type NoResultsProps = Pick<Props, "loosenings" | "onLoosen">;

/** An empty result, with the single filters whose removal would show something. */
function NoResults({ loosenings, onLoosen }: NoResultsProps) {
  return (
    <EmptyState title="Geen gemeente voldoet aan alle gekozen filters">
      {loosenings.length ? (
        <>
          <p>Probeer het ruimer:</p>
          <ul className="mt-2 flex flex-wrap justify-center gap-2">
            {loosenings.map((option) => (
              <li key={option.label}>
                <button
                  type="button"
                  onClick={() => onLoosen(option.next)}
                  className="min-h-10 rounded-chip border border-control bg-paper px-3 text-ink hover:bg-gold-soft"
                >
                  {option.label} ({municipalityCount(option.count)})
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>Wis de filters om alle gemeenten te zien.</p>
      )}
    </EmptyState>
  );
}

type CardItemProps = {
  item: ListingItem;
  criteria: { id: string; label: string }[];
  compare: CompareState | undefined;
  onToggle: (slug: string) => void;
};

/** One card in the list; memoised, so a filter change renders only the cards that are new. */
const CardItem = memo(function CardItem({ item, criteria, compare, onToggle }: CardItemProps) {
  return (
    <li>
      <MunicipalityCard
        href={item.href}
        name={item.naam}
        cohort={item.cohort}
        title={item.titel}
        province={item.provincie}
        criteria={criteria}
        action={compare ? <CompareCheckbox name={item.naam} state={compare} onToggle={() => onToggle(item.slug)} /> : undefined}
      />
    </li>
  );
});
