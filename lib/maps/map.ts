import { geoArea, geoCentroid, geoContains, geoMercator, geoPath, type GeoProjection } from "d3-geo";
import type { Feature, MultiPolygon, Polygon } from "geojson";
import { feature, merge, mesh } from "topojson-client";
import type { GeometryCollection, MultiPolygon as TopoMultiPolygon, Polygon as TopoPolygon, Topology } from "topojson-specification";
import { nameKey } from "../nearby/names";
import type { Municipality } from "../content/schema";
import { BACKGROUND_SHAPES } from "../site/map-background";
import municipalitiesJson from "./map-data/cbs-gemeenten-2017.json" with { type: "json" };
import municipalities2025Json from "./map-data/cbs-gemeenten-2025.json" with { type: "json" };
import provincesJson from "./map-data/cbs-provincies-2017.json" with { type: "json" };

/**
 * The maps, drawn once at build time from the CBS 2017 boundaries, and those
 * of 2025 for a municipality formed later (lib/maps/map-data/README.md): no
 * tiles, no map library in the browser, no network. Pages receive SVG paths
 * and points in the SVG's own coordinates.
 */
export type MapPoint = { x: number; y: number };
/** The national map's frame: its background is one shared file (nationalBackgroundSvg), its entries are drawn on it. */
export type MapGeometry = { width: number; height: number };
/** Where a Gouden Gemeente lies: its area when the CBS data know it, and the point for its marker (positionOf). */
export type MapPlace = { point: MapPoint; area?: string; size?: number };
/** The compact map on a profile: one province with the municipality in it. */
export type LocatorMap = { width: number; height: number; province: string; provinceName: string; place: MapPlace };

/** The properties of a CBS area that the maps use: its code (`GM0228`, `PV25`) and its name. */
export type Area = { statnaam: string; statcode: string };
type AreaGeometry = TopoPolygon<Area> | TopoMultiPolygon<Area>;
/** A CBS TopoJSON file: one collection of areas under the key K (`gemeente_2017`). */
export type AreaTopology<K extends string> = Topology<Record<K, GeometryCollection<Area>>>;
/** An area as GeoJSON, for d3-geo. */
export type AreaFeature = Feature<Polygon | MultiPolygon, Area>;

// The one accepted cast: JSON imports have no TopoJSON type of their own.
export const municipalities2017 = municipalitiesJson as unknown as AreaTopology<"gemeente_2017">;
export const municipalities2025 = municipalities2025Json as unknown as AreaTopology<"gemeente_2025">;
const provinces = provincesJson as unknown as AreaTopology<"provincie_2017">;

const WIDTH = 400;
const HEIGHT = 470;
const LOCATOR_WIDTH = 200;
const PADDING = 6;

function areaGeometries<K extends string>(topology: AreaTopology<K>, key: K): AreaGeometry[] {
  return topology.objects[key].geometries.filter(
    (geometry): geometry is AreaGeometry => geometry.type === "Polygon" || geometry.type === "MultiPolygon",
  );
}

type MapEntry = Pick<Municipality, "cbs_code" | "leden" | "cbs_code_2025">;

/** The 2017 municipality codes an entry covers: a region's members, or the municipality itself. */
export function areaCodes(municipality: MapEntry): string[] {
  if (municipality.leden && municipality.leden.length > 0) return municipality.leden.map((member) => member.cbs_code);
  return municipality.cbs_code ? [municipality.cbs_code] : [];
}

/** The 2017 areas of an entry, by their CBS code (`statcode`); codes the data do not know are left out. */
export function matchAreas(municipality: MapEntry): AreaGeometry[] {
  const byCode = new Map(areaGeometries(municipalities2017, "gemeente_2017").map((geometry) => [geometry.properties?.statcode, geometry]));
  return areaCodes(municipality).flatMap((code) => byCode.get(code) ?? []);
}

function merged(topology: AreaTopology<string>, geometries: AreaGeometry[]): Feature<MultiPolygon> {
  return { type: "Feature", properties: {}, geometry: merge(topology, geometries) };
}

/**
 * An entry's area as one shape: of 2017 (a region's members merged), or of
 * 2025 for a municipality formed later (`cbs_code_2025`); undefined when the
 * data know none of its codes.
 */
export function areaOf(municipality: MapEntry): Feature<MultiPolygon> | undefined {
  const matched = matchAreas(municipality);
  if (matched.length > 0) return merged(municipalities2017, matched);
  const code2025 = municipality.cbs_code_2025;
  const today =
    code2025 && areaGeometries(municipalities2025, "gemeente_2025").find((geometry) => geometry.properties?.statcode === code2025);
  return today ? merged(municipalities2025, [today]) : undefined;
}

/** A point in degrees (WGS84). */
export type Position = { lat: number; lon: number };

/** Four decimals, some 10 m: as precise as the content writes coordinates, and the coarse boundaries allow no more. */
function degrees(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}

/**
 * Where a profile lies: where the editors put it (`locatie`, an override),
 * or else the centre of its area (areaOf). The one position of the markers,
 * the open data and the JSON-LD. The schema gives every valid profile a code
 * or a `locatie`, so a profile without either is a bug here.
 */
export function positionOf(municipality: MapEntry & Pick<Municipality, "locatie">): Position {
  if (municipality.locatie) return municipality.locatie;
  const area = areaOf(municipality);
  if (!area)
    throw new Error("Een profiel zonder bekende CBS-code en zonder locatie heeft geen plaats; de inhoudscontrole had het moeten weigeren.");
  const [lon, lat] = geoCentroid(area);
  return { lat: degrees(lat), lon: degrees(lon) };
}

/**
 * Whether an override lies outside the profile's own area (a region's: any
 * member's), where it is more likely a typo or a copy from another profile
 * than a choice. False without an override or without a known area.
 */
export function overrideOutsideArea(municipality: MapEntry & Pick<Municipality, "locatie">): boolean {
  const area = areaOf(municipality);
  const override = municipality.locatie;
  return area !== undefined && override !== undefined && !geoContains(area, [override.lon, override.lat]);
}

/** The areas of a CBS TopoJSON file as GeoJSON features; `null` geometries (none in the CBS files) are left out. */
export function areaFeatures<K extends string>(topology: AreaTopology<K>, key: K): AreaFeature[] {
  return feature(topology, topology.objects[key]).features.filter(
    (candidate): candidate is AreaFeature => candidate.geometry.type === "Polygon" || candidate.geometry.type === "MultiPolygon",
  );
}

/** The twelve provinces of 2017. */
export function provinceAreas(): AreaFeature[] {
  return areaFeatures(provinces, "provincie_2017");
}

function rounded([x, y]: [number, number]): MapPoint {
  return { x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 };
}

type PlaceEntry = MapEntry & Pick<Municipality, "locatie">;

function placeIn(projection: GeoProjection, municipality: PlaceEntry): MapPlace {
  // A region's members become one area: the region is one entry with one link.
  const area = areaOf(municipality);
  const { lat, lon } = positionOf(municipality);
  const point = rounded(projection([lon, lat]) ?? [0, 0]);
  if (!area) return { point };
  return {
    point,
    area: geoPath(projection).digits(1)(area) ?? undefined,
    // Steradians are tiny numbers; only their order matters (small areas are drawn last, on top).
    size: Math.round(geoArea(area) * 1e9),
  };
}

let national: { projection: GeoProjection; land: string; borders: string } | undefined;

function nationalMap() {
  if (national) return national;
  const all = areaGeometries(provinces, "provincie_2017");
  const land = merged(provinces, all);
  const projection = geoMercator().fitExtent(
    [
      [PADDING, PADDING],
      [WIDTH - PADDING, HEIGHT - PADDING],
    ],
    land,
  );
  const path = geoPath(projection).digits(1);
  const borders = mesh(provinces, provinces.objects.provincie_2017, (a, b) => a !== b);
  national = { projection, land: path(land) ?? "", borders: path(borders) ?? "" };
  return national;
}

export function netherlandsMap(): MapGeometry {
  return { width: WIDTH, height: HEIGHT };
}

/**
 * The background of every national map as one SVG file
 * (app/kaart/nederland.svg): the land's outline and, apart, the borders
 * between provinces (each drawn once). Some 5 KB gzip that every page with a
 * map would otherwise carry in its HTML; as a file the browser fetches it
 * once. The shapes have no colours of their own: each <use> gives them the
 * page's, in light and dark mode alike.
 */
export function nationalBackgroundSvg(): string {
  const { land, borders } = nationalMap();
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}">`,
    `<path id="${BACKGROUND_SHAPES.land}" d="${land}"/>`,
    `<path id="${BACKGROUND_SHAPES.borders}" d="${borders}"/>`,
    "</svg>",
  ].join("\n");
}

/** Where a point [lon, lat] lies on the national map, in whole units: the finder's small map needs no more, and sends 342 of them. */
export function nationalPosition(lonLat: [number, number]): [x: number, y: number] {
  const [x = 0, y = 0] = nationalMap().projection(lonLat) ?? [];
  return [Math.round(x), Math.round(y)];
}

/** Where a municipality (or region) lies on the national map. */
export function placeOf(municipality: PlaceEntry): MapPlace {
  return placeIn(nationalMap().projection, municipality);
}

function provinceOf(municipality: PlaceEntry & { provincie: string }): AreaFeature | undefined {
  const all = provinceAreas();
  const byName = all.find((candidate) => nameKey(candidate.properties.statnaam) === nameKey(municipality.provincie));
  if (byName) return byName;
  // A province spelled otherwise (Fryslân) is still found by where the municipality lies.
  const { lat, lon } = positionOf(municipality);
  return all.find((candidate) => geoContains(candidate, [lon, lat]));
}

/** The profile's locator: the municipality's own province, or nothing when its location is outside every province. */
export function locatorMap(municipality: PlaceEntry & { provincie: string }): LocatorMap | undefined {
  const province = provinceOf(municipality);
  if (!province) return undefined;
  // The height follows the province's shape, so a tall province is not squeezed into a square.
  const probe = geoMercator().fitWidth(LOCATOR_WIDTH - 2 * PADDING, province);
  const [[, top], [, bottom]] = geoPath(probe).bounds(province);
  const height = Math.ceil(bottom - top) + 2 * PADDING;
  const projection = geoMercator().fitExtent(
    [
      [PADDING, PADDING],
      [LOCATOR_WIDTH - PADDING, height - PADDING],
    ],
    province,
  );
  return {
    width: LOCATOR_WIDTH,
    height,
    province: geoPath(projection).digits(1)(province) ?? "",
    provinceName: province.properties.statnaam,
    place: placeIn(projection, municipality),
  };
}
