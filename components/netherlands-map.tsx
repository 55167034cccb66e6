import { PageLink } from "@/components/page-link";
import { cohortStyle } from "@/lib/cohort-style";
import { countLabel } from "@/lib/format";
import type { MapGeometry, MapPoint } from "@/lib/map";
import { MapMarker } from "./map-marker";

export type MapEntry = { slug: string; name: string; cohort: number; href: string; point: MapPoint };

type Props = {
  /** Short accessible name of the map, e.g. "Kaart van de Gouden Gemeenten". */
  label: string;
  geometry: MapGeometry;
  entries: MapEntry[];
  /** All cohorts in content, in order: they decide shape and colour. */
  cohorts: readonly number[];
};

/**
 * An SVG map with a marker per municipality, each a link to its profile.
 * Markers can lie close together, so the list below offers every link as a
 * full-size target too (WCAG 2.5.8, equivalent control).
 */
export function NetherlandsMap({ label, geometry, entries, cohorts }: Props) {
  const shownCohorts = cohorts.filter((cohort) => entries.some((entry) => entry.cohort === cohort));
  return (
    <figure className="rounded-card border border-line bg-surface p-3 sm:p-4">
      <svg
        viewBox={`0 0 ${geometry.width} ${geometry.height}`}
        className="mx-auto block h-auto w-full max-w-md"
        role="group"
        aria-label={label}
      >
        <path d={geometry.outline} fill="var(--color-gold-soft)" stroke="var(--color-control)" strokeWidth={1} />
        {entries.map((entry) => {
          const style = cohortStyle(entry.cohort, cohorts);
          return (
            <PageLink
              key={entry.slug}

              href={entry.href}
              aria-label={`${entry.name} (cohort ${entry.cohort})`}
              className="map-marker"
            >
              <MapMarker shape={style.shape} color={style.color} x={entry.point.x} y={entry.point.y} />
            </PageLink>
          );
        })}
      </svg>
      <figcaption className="mt-3 text-sm">
        <ul className="flex flex-wrap justify-center gap-x-5 gap-y-1" aria-label="Legenda">
          {shownCohorts.map((cohort) => {
            const style = cohortStyle(cohort, cohorts);
            return (
              <li key={cohort} className="flex items-center gap-1.5">
                <svg viewBox="0 0 20 20" className="h-4 w-4" aria-hidden="true" focusable="false">
                  <MapMarker shape={style.shape} color={style.color} x={10} y={10} size={7} />
                </svg>
                Cohort {cohort} ({style.shape})
              </li>
            );
          })}
        </ul>
        <details className="mt-3">
          <summary className="inline-flex min-h-6 cursor-pointer items-center font-medium text-link">
            De {countLabel(entries.length, "gemeente", "gemeenten")} op de kaart als lijst
          </summary>
          <ul className="mt-2 columns-2 gap-6 sm:columns-3">
            {entries.map((entry) => (
              <li key={entry.slug} className="break-inside-avoid">
                <PageLink href={entry.href} className="inline-flex min-h-6 items-center">
                  {entry.name}
                </PageLink>{" "}
                <span className="text-muted">({entry.cohort})</span>
              </li>
            ))}
          </ul>
        </details>
      </figcaption>
    </figure>
  );
}
