import { geoBounds, geoCentroid, geoContains, geoDistance } from "d3-geo";
import type { Position } from "geojson";
import { PROVINCES, type Municipality } from "../content/schema";
import { nameKey, nameSlug } from "../nearby/names";
import { areaFeatures, areaOf, municipalities2017, municipalities2025, provinceAreas, type AreaFeature } from "./map";

/**
 * The municipalities of today (CBS, 2025) for the finder "Bij u in de buurt"
 * (issue 23): a reader knows the municipality they live in now, while the
 * content names the municipalities of 2017. Build time only; everything is
 * computed on the first call, not on import.
 */

export type Province = (typeof PROVINCES)[number];

/** A point as d3-geo has it: [longitude, latitude] in degrees. */
export type LonLat = [number, number];

export type TodaysMunicipality = {
  /** The CBS code of 2025, e.g. GM1961. */
  code: string;
  /** The CBS name, e.g. Vijfheerenlanden, 's-Gravenhage, Hengelo (O.). */
  name: string;
  slug: string;
  province: Province;
  /** The centre of its area (d3-geo geoCentroid). */
  centroid: LonLat;
};

/**
 * Where a province is not the 2017 province that holds the centre, by CBS
 * code of 2025. Province borders changed once between 2017 and 2025:
 * Vijfheerenlanden, formed on 1 January 2019 from Leerdam and Zederik
 * (Zuid-Holland) and Vianen (Utrecht), belongs to Utrecht, while its centre
 * lies in the 2017 Zuid-Holland.
 */
const PROVINCE_CHANGES: Readonly<Record<string, Province>> = { GM1961: "Utrecht" };

/** An area with its bounding box, so that most areas are ruled out without the costlier spherical test. */
type Located = { area: AreaFeature; bounds: [[number, number], [number, number]] };

function located(areas: AreaFeature[]): Located[] {
  return areas.map((area) => ({ area, bounds: geoBounds(area) }));
}

function within([lon, lat]: LonLat, { bounds: [[west, south], [east, north]] }: Located): boolean {
  return lon >= west && lon <= east && lat >= south && lat <= north;
}

function vertices(area: AreaFeature): Position[] {
  return area.geometry.type === "Polygon" ? area.geometry.coordinates.flat() : area.geometry.coordinates.flat(2);
}

/**
 * The area that holds a point. The boundaries are generalised, so a centre
 * can fall just outside every area (Reimerswaal's lies in a notch of its own
 * coarse outline): then the area with the nearest corner. A point in two
 * areas would be an error in the data.
 */
function areaAt(point: LonLat, areas: Located[]): AreaFeature | undefined {
  const holding = areas.filter((candidate) => within(point, candidate) && geoContains(candidate.area, point));
  if (holding.length > 1) {
    throw new Error(`Het punt ${point.join(", ")} ligt in ${holding.map(({ area }) => area.properties.statnaam).join(" en ")}.`);
  }
  if (holding[0]) return holding[0].area;
  let nearest: { area: AreaFeature; radians: number } | undefined;
  for (const { area } of areas) {
    const radians = Math.min(...vertices(area).map(([lon = NaN, lat = NaN]) => geoDistance(point, [lon, lat])));
    if (!nearest || radians < nearest.radians) nearest = { area, radians };
  }
  return nearest?.area;
}

function provinceNamed(name: string): Province {
  const province = PROVINCES.find((candidate) => nameKey(candidate) === nameKey(name));
  if (!province) throw new Error(`De provincie '${name}' van het CBS staat niet in PROVINCES.`);
  return province;
}

const byName = new Intl.Collator("nl").compare;

type Today = {
  list: TodaysMunicipality[];
  byCode: Map<string, TodaysMunicipality>;
  areas: Located[];
  areas2017: Map<string, AreaFeature>;
  of2017: Map<string, TodaysMunicipality | undefined>;
};
let computed: Today | undefined;

function today(): Today {
  if (computed) return computed;
  const provinces = located(provinceAreas());
  const areas = located(areaFeatures(municipalities2025, "gemeente_2025"));
  const list = areas
    .map(({ area }): TodaysMunicipality => {
      const { statcode: code, statnaam: name } = area.properties;
      const centroid = geoCentroid(area);
      const province = PROVINCE_CHANGES[code] ?? provinceNamed(areaAt(centroid, provinces)?.properties.statnaam ?? "");
      return { code, name, slug: nameSlug(name), province, centroid };
    })
    .sort((a, b) => byName(a.name, b.name));
  const areas2017 = new Map(areaFeatures(municipalities2017, "gemeente_2017").map((area) => [area.properties.statcode, area]));
  computed = { list, byCode: new Map(list.map((municipality) => [municipality.code, municipality])), areas, areas2017, of2017: new Map() };
  return computed;
}

/** The 342 municipalities of 2025, by name in Dutch order. */
export function todaysMunicipalities(): readonly TodaysMunicipality[] {
  return today().list;
}

/** A municipality of 2025 by its CBS code of 2025. */
export function todaysMunicipality(code2025: string): TodaysMunicipality | undefined {
  return today().byCode.get(code2025);
}

/**
 * Where a municipality of 2017 lies today: itself where its code still
 * exists (CBS never gives a code to another municipality; it may have grown),
 * otherwise the municipality of 2025 that holds its centre (Leerdam, GM0545,
 * → Vijfheerenlanden, GM1961). The code comes first because a centre can lie
 * outside its own area: Rotterdam's of 2017, drawn west by the port, lies in
 * Vlaardingen. Undefined for a code the 2017 data do not know.
 */
export function todayOf2017Code(code2017: string): TodaysMunicipality | undefined {
  const { areas, areas2017, of2017, byCode } = today();
  if (of2017.has(code2017)) return of2017.get(code2017);
  const area2017 = areas2017.get(code2017);
  const holding = (area: AreaFeature) => byCode.get(areaAt(geoCentroid(area), areas)?.properties.statcode ?? "");
  const found = area2017 && (byCode.get(code2017) ?? holding(area2017));
  of2017.set(code2017, found);
  return found;
}

/**
 * What a profile needs to be placed today: its 2017 code, its region's
 * members' codes, or, for a municipality formed after 2017, its code of 2025
 * (`cbs_code_2025`; the schema allows only one of the three).
 */
export type TodayEntry = Pick<Municipality, "cbs_code" | "leden" | "cbs_code_2025">;

/**
 * The CBS codes of 2025 of a profile: where its own 2017 code lies today,
 * for a region where its members lie (each once), or its own code of 2025.
 * Empty when none is known.
 */
export function todaysCodeOf(municipality: TodayEntry): string[] {
  const codes2017 = municipality.leden?.length ? municipality.leden.map((member) => member.cbs_code) : [municipality.cbs_code];
  const codes = codes2017.flatMap((code) => (code ? (todayOf2017Code(code)?.code ?? []) : []));
  if (codes.length === 0 && municipality.cbs_code_2025 && todaysMunicipality(municipality.cbs_code_2025))
    codes.push(municipality.cbs_code_2025);
  return [...new Set(codes)];
}

/**
 * The centre of a profile's area, [lon, lat]: of its 2017 municipality, or
 * of its region's members merged (as the maps draw them); for a municipality
 * formed after 2017, of its area of 2025 (map.ts areaOf). Undefined when no
 * code is known. The finder measures between centres, whatever a profile's
 * override `locatie` says: the issue asks for the distance between areas.
 */
export function profileCentroid(municipality: TodayEntry): LonLat | undefined {
  const area = areaOf(municipality);
  return area ? geoCentroid(area) : undefined;
}

/**
 * What changed since a profile's selection, in words, derived from the CBS
 * data and never typed: each municipality of 2017 (the profile's own, or a
 * region's member) that now lies in another municipality, with the province
 * where that differs from the one at the selection. Undefined when nothing
 * changed.
 */
export function sinceSelection(municipality: TodayEntry & Pick<Municipality, "naam" | "provincie">): string | undefined {
  const formers = municipality.leden?.length
    ? municipality.leden
    : municipality.cbs_code
      ? [{ naam: municipality.naam, cbs_code: municipality.cbs_code }]
      : [];
  const sentences = formers.flatMap(({ naam, cbs_code }) => {
    const today = todayOf2017Code(cbs_code);
    if (!today || today.code === cbs_code) return [];
    const province =
      today.province === municipality.provincie
        ? ""
        : `, in de provincie ${today.province}; bij de selectie lag ${naam} in ${municipality.provincie}`;
    return [`${naam} is sinds de selectie opgegaan in de gemeente ${today.name}${province}.`];
  });
  return sentences.length ? sentences.join(" ") : undefined;
}
