import type { Municipality } from "@/lib/content/schema";
import { cohortStyle } from "@/lib/site/cohort-style";
import { locatorMap } from "@/lib/maps/map";
import { MapAttribution } from "./map-attribution";
import { hatchId, MapHatch } from "./map-hatch";
import { MapMarker } from "./map-marker";
import { MunicipalityMap } from "./municipality-map";

type Props = {
  municipality: Municipality;
  /** All cohorts in content, in order: they decide shape and colour. */
  cohorts: readonly number[];
};

/**
 * A profile's small locator: the municipality's own province with its area
 * hatched and marked. No links: it shows where, the page itself is the
 * destination. The caption says the same in words.
 */
export function LocatorMap({ municipality, cohorts }: Props) {
  const locator = locatorMap(municipality);
  const label = `Ligging van ${municipality.naam}`;
  if (!locator) return <MunicipalityMap label={label} municipalities={[municipality]} cohorts={cohorts} />;
  const style = cohortStyle(municipality.cohort, cohorts);
  const { point, area } = locator.place;
  return (
    <figure className="max-w-48 rounded-card border border-line bg-surface p-3">
      <svg viewBox={`0 0 ${locator.width} ${locator.height}`} className="block h-auto max-h-64 w-full" role="img" aria-label={label}>
        <defs>
          <MapHatch shape={style.shape} color={style.color} />
        </defs>
        <path d={locator.province} fill="var(--color-gold-soft)" stroke="var(--color-control)" strokeWidth={1} />
        {area ? <path d={area} fill={`url(#${hatchId(style.shape)})`} stroke={style.color} strokeWidth={1.5} /> : null}
        <MapMarker shape={style.shape} color={style.color} x={point.x} y={point.y} size={6} />
      </svg>
      <figcaption className="mt-2 text-sm">
        {municipality.naam} ligt in de provincie {locator.provinceName}.
        <MapAttribution />
      </figcaption>
    </figure>
  );
}
