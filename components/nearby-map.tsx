import type { FinderProfile, MapPosition } from "@/lib/nearby/finder";
import { cohortStyle } from "@/lib/site/cohort-style";
import { listInDutch } from "@/lib/site/format";
import { BACKGROUND_SHAPES, backgroundHref } from "@/lib/site/map-background";
import { MapAttribution } from "./map-attribution";
import { MapMarker } from "./map-marker";

type Props = {
  /** The national map's size: the shared background is drawn in it. */
  map: { width: number; height: number };
  /** The reader's municipality. */
  home: { name: string; point: MapPosition };
  profiles: readonly FinderProfile[];
  /** Whether the profiles are the nearest, each with its distance from home: then a line joins them. */
  nearest: boolean;
  cohorts: readonly number[];
};

/** Space around the points, and the smallest window, in the national map's units (400 wide): about 12 and 68 km. */
const MARGIN = 18;
const MIN_SIZE = 100;

/**
 * The square of the national map that holds all points with some margin, kept
 * within the map where it fits: a municipality and its nearest Gouden
 * Gemeenten often lie within 20 km, which the whole country would show as
 * one dot.
 */
function frame(points: readonly MapPosition[], map: Props["map"]) {
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  const [left, right, top, bottom] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const size = Math.min(Math.max(right - left, bottom - top, MIN_SIZE) + 2 * MARGIN, map.width, map.height);
  const place = (low: number, high: number, extent: number) => Math.max(0, Math.min((low + high) / 2 - size / 2, extent - size));
  return { x: place(left, right, map.width), y: place(top, bottom, map.height), size };
}

/**
 * The answer on a small map: the reader's municipality as a ring and each
 * Gouden Gemeente of the answer as its cohort's marker, joined by a dashed
 * line (the distance is as the crow flies). The words above the map say
 * the same; the map only shows where.
 */
export function NearbyMap({ map, home, profiles, nearest, cohorts }: Props) {
  const view = frame([home.point, ...profiles.map((profile) => profile.point)], map);
  // Lines and markers keep their size on screen whatever part of the country is shown.
  const unit = view.size / map.width;
  const label = `Kaart met ${listInDutch([home.name, ...profiles.map((profile) => profile.name).filter((name) => name !== home.name)])}`;
  return (
    <figure className="max-w-xs rounded-card border border-line bg-surface p-3">
      <svg viewBox={`${view.x} ${view.y} ${view.size} ${view.size}`} className="block h-auto w-full" role="img" aria-label={label}>
        <use href={backgroundHref(BACKGROUND_SHAPES.land)} fill="var(--color-gold-soft)" stroke="var(--color-control)" strokeWidth={unit} />
        <use href={backgroundHref(BACKGROUND_SHAPES.borders)} fill="none" stroke="var(--color-control)" strokeWidth={unit / 2} />
        {(nearest ? profiles : []).map((profile) => (
          <line
            key={profile.slug}
            x1={home.point[0]}
            y1={home.point[1]}
            x2={profile.point[0]}
            y2={profile.point[1]}
            stroke="var(--color-ink)"
            strokeWidth={unit * 1.5}
            strokeDasharray={`${unit * 4} ${unit * 3}`}
          />
        ))}
        {profiles.map((profile) => {
          const style = cohortStyle(profile.cohort, cohorts);
          return (
            <MapMarker
              key={profile.slug}
              shape={style.shape}
              color={style.color}
              x={profile.point[0]}
              y={profile.point[1]}
              size={9 * unit}
              outline={1.5 * unit}
            />
          );
        })}
        <circle cx={home.point[0]} cy={home.point[1]} r={5 * unit} fill="none" stroke="var(--color-ink)" strokeWidth={2.5 * unit} />
      </svg>
      <figcaption className="mt-2 text-sm">
        De ring is {home.name};{" "}
        {profiles.length > 1
          ? "de tekens zijn de Gouden Gemeenten uit de lijst, in de vorm van hun cohort"
          : "het teken is de Gouden Gemeente uit de lijst, in de vorm van haar cohort"}
        .
        <MapAttribution />
      </figcaption>
    </figure>
  );
}
