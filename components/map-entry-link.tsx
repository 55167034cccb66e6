import { PageLink } from "@/components/page-link";
import type { CohortStyle } from "@/lib/site/cohort-style";
import type { MapPlace } from "@/lib/maps/map";
import { hatchId } from "./map-hatch";
import { MapMarker } from "./map-marker";

export type MapEntry = MapPlace & { slug: string; name: string; cohort: number; href: string };

/** Half the side of a marker's invisible hit area, in SVG units: at least 24 px on a 360 px screen. */
const TARGET_RADIUS = 15;

type Props = { entry: MapEntry; style: CohortStyle };

/**
 * One municipality on the map as one link: its area, hatched by cohort, and
 * a marker at its centre, so that a small area is still easy to find and hit.
 */
export function MapEntryLink({ entry, style }: Props) {
  const { x, y } = entry.point;
  return (
    <PageLink href={entry.href} aria-label={`${entry.name} (cohort ${entry.cohort})`} className="map-link">
      {entry.area ? (
        <path className="map-area" d={entry.area} fill={`url(#${hatchId(style.shape)})`} stroke={style.color} strokeWidth={1} />
      ) : null}
      <g className="map-symbol">
        <circle cx={x} cy={y} r={TARGET_RADIUS} fill="transparent" />
        <MapMarker shape={style.shape} color={style.color} x={x} y={y} />
      </g>
    </PageLink>
  );
}
