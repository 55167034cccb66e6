import { PageLink } from "@/components/page-link";
import { cohortStyle } from "@/lib/site/cohort-style";
import { countLabel } from "@/lib/site/format";
import type { MapGeometry } from "@/lib/maps/map";
import { BACKGROUND_SHAPES, backgroundHref } from "@/lib/site/map-background";
import { MapAttribution } from "./map-attribution";
import { MapEntryLink, type MapEntry } from "./map-entry-link";
import { hatchId, MapHatch } from "./map-hatch";
import { MapMarker } from "./map-marker";

export type { MapEntry } from "./map-entry-link";

type Props = {
  /** Short accessible name of the map, e.g. "Kaart van de Gouden Gemeenten". */
  label: string;
  geometry: MapGeometry;
  entries: MapEntry[];
  /** All cohorts in content, in order: they decide shape, colour and hatching. */
  cohorts: readonly number[];
};

/**
 * The Netherlands with its provinces (one shared file, lib/maps/map.ts), and each Gouden Gemeente's area as a
 * link to its profile. Areas and markers can lie close together, so the list
 * below offers every link as a full-size target too (WCAG 2.5.8, equivalent
 * control).
 */
export function NetherlandsMap({ label, geometry, entries, cohorts }: Props) {
  const shownCohorts = cohorts.filter((cohort) => entries.some((entry) => entry.cohort === cohort));
  // Large areas first, so a small neighbour and its marker are drawn on top of them.
  const drawn = [...entries].sort((a, b) => (b.size ?? 0) - (a.size ?? 0));
  return (
    <figure className="rounded-card border border-line bg-surface p-3 sm:p-4">
      <svg
        viewBox={`0 0 ${geometry.width} ${geometry.height}`}
        className="mx-auto block h-auto w-full max-w-md"
        role="group"
        aria-label={label}
      >
        <defs>
          {shownCohorts.map((cohort) => {
            const style = cohortStyle(cohort, cohorts);
            return <MapHatch key={cohort} shape={style.shape} color={style.color} />;
          })}
        </defs>
        <use href={backgroundHref(BACKGROUND_SHAPES.land)} fill="var(--color-gold-soft)" stroke="var(--color-control)" strokeWidth={1} />
        <use href={backgroundHref(BACKGROUND_SHAPES.borders)} fill="none" stroke="var(--color-control)" strokeWidth={0.5} />
        {drawn.map((entry) => (
          <MapEntryLink key={entry.slug} entry={entry} style={cohortStyle(entry.cohort, cohorts)} />
        ))}
      </svg>
      <figcaption className="mt-3 text-sm">
        <ul className="flex flex-wrap justify-center gap-x-5 gap-y-1" aria-label="Legenda">
          {shownCohorts.map((cohort) => {
            const style = cohortStyle(cohort, cohorts);
            return (
              <li key={cohort} className="flex items-center gap-1.5">
                <svg viewBox="0 0 20 20" className="h-4 w-4" aria-hidden="true" focusable="false">
                  <rect width={20} height={20} fill={`url(#${hatchId(style.shape)})`} stroke={style.color} />
                  <MapMarker shape={style.shape} color={style.color} x={10} y={10} size={6} />
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
        <MapAttribution />
      </figcaption>
    </figure>
  );
}
