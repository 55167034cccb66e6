import { geoMercator, geoPath } from "d3-geo";
import type { Feature, MultiPolygon } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import countries from "world-atlas/countries-50m.json";
import type { Municipality } from "./content/schema";

/**
 * The map of the Netherlands, drawn once at build time: no tiles, no map
 * library in the browser, no network. Pages receive an SVG path and marker
 * positions in the SVG's own coordinates.
 */
export type MapGeometry = { width: number; height: number; outline: string };
export type MapPoint = { x: number; y: number };

const WIDTH = 400;
const HEIGHT = 470;
const NETHERLANDS_ID = "528";

function europeanNetherlands(): Feature<MultiPolygon> {
  const topology = countries as unknown as Topology<{ countries: GeometryCollection }>;
  const collection = feature(topology, topology.objects.countries);
  const netherlands = collection.features.find((candidate) => String(candidate.id) === NETHERLANDS_ID);
  if (!netherlands || netherlands.geometry.type !== "MultiPolygon") {
    throw new Error("world-atlas bevat geen vorm voor Nederland (id 528)");
  }
  // Only the European part: the Caribbean islands lie west of longitude 0.
  const polygons = netherlands.geometry.coordinates.filter((polygon) => (polygon[0]?.[0]?.[0] ?? -1) > 0);
  return { type: "Feature", properties: {}, geometry: { type: "MultiPolygon", coordinates: polygons } };
}

let cached: { geometry: MapGeometry; project: (lat: number, lon: number) => MapPoint } | undefined;

function build() {
  if (cached) return cached;
  const land = europeanNetherlands();
  const projection = geoMercator().fitExtent(
    [
      [8, 8],
      [WIDTH - 8, HEIGHT - 8],
    ],
    land,
  );
  const outline = geoPath(projection).digits(1)(land) ?? "";
  cached = {
    geometry: { width: WIDTH, height: HEIGHT, outline },
    project: (lat, lon) => {
      const [x, y] = projection([lon, lat]) ?? [0, 0];
      return { x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 };
    },
  };
  return cached;
}

export function netherlandsMap(): MapGeometry {
  return build().geometry;
}

/** Where a municipality's town hall (or a region's centre) lies on the map. */
export function pointOf(municipality: Pick<Municipality, "locatie">): MapPoint {
  return build().project(municipality.locatie.lat, municipality.locatie.lon);
}
