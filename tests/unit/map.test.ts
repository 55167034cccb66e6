// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { nameKey } from "@/lib/nearby/names";
import {
  areaCodes,
  locatorMap,
  matchAreas,
  nationalBackgroundSvg,
  netherlandsMap,
  overrideOutsideArea,
  placeOf,
  positionOf,
} from "@/lib/maps/map";
import { BACKGROUND_SHAPES } from "@/lib/site/map-background";

const content = loadContent();
const ede = { cbs_code: "GM0228", provincie: "Gelderland" };
const unknown = { cbs_code: "GM9999", locatie: { lat: 52.1, lon: 5.1 }, provincie: "Utrecht" };
/** A made-up region of three Limburg municipalities of 2017. */
const region = {
  provincie: "Limburg",
  leden: [
    { naam: "Roermond", cbs_code: "GM0957" },
    { naam: "Leudal", cbs_code: "GM1640" },
    { naam: "Maasgouw", cbs_code: "GM1641" },
  ],
};
/** A municipality formed after 2017 (Leerdam, Zederik and Vianen in 2019), placed by its code of 2025. */
const formedLater = { cbs_code_2025: "GM1961", provincie: "Utrecht" };
/** Utrecht's Dom: in none of the areas above. */
const utrecht = { lat: 52.0907, lon: 5.1214 };
/** The site's municipalities that have an area in the 2017 data: all but one formed later, which has no code of 2017. */
const mapped = content.municipalities.filter((municipality) => municipality.cbs_code || municipality.leden?.length);

/** Every number in a path, as [x, y] pairs. */
function coordinates(path: string): [number, number][] {
  const numbers = (path.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
  return numbers.flatMap((value, index) => (index % 2 === 0 ? [[value, numbers[index + 1] ?? NaN] as [number, number]] : []));
}

function inside(path: string, width: number, height: number) {
  return coordinates(path).every(([x, y]) => x >= 0 && x <= width && y >= 0 && y <= height);
}

describe("matching CBS codes to the 2017 boundaries", () => {
  it("finds an area by its code", () => {
    expect(matchAreas({ cbs_code: "GM0796" }).map((area) => area.properties?.statnaam)).toEqual(["'s-Hertogenbosch"]);
    expect(nameKey("’s-Hertogenbosch")).toBe(nameKey("'S-HERTOGENBOSCH"));
  });

  it("finds an area for every Gouden Gemeente of the site with a code", () => {
    for (const municipality of mapped) expect(matchAreas(municipality), municipality.naam).not.toHaveLength(0);
  });

  it("gives a region the areas of its members", () => {
    expect(areaCodes(region)).toEqual(["GM0957", "GM1640", "GM1641"]);
    expect(
      matchAreas(region)
        .map((area) => area.properties?.statnaam)
        .sort(),
    ).toEqual(["Leudal", "Maasgouw", "Roermond"]);
    expect(placeOf(region).area).toBeTruthy();
  });

  it("falls back to a marker at the location for a code the data do not know", () => {
    expect(matchAreas(unknown)).toEqual([]);
    const place = placeOf(unknown);
    expect(place.area).toBeUndefined();
    expect(place.point.x).toBeGreaterThan(0);
  });
});

describe("the position of a profile", () => {
  it("is the centre of its area, to four decimals, without an override", () => {
    // Leerdam, as the shared data README gives its centre.
    expect(positionOf({ cbs_code: "GM0545" })).toEqual({ lat: 51.9049, lon: 5.0876 });
    const { lat, lon } = positionOf(ede);
    expect([lat, lon].every((degrees) => Number.isInteger(degrees * 1e4))).toBe(true);
  });

  it("is the centre of a region's members together, and of the area of 2025 for a municipality formed later", () => {
    const members = region.leden.map((member) => positionOf({ cbs_code: member.cbs_code }));
    const { lat, lon } = positionOf(region);
    expect(lat).toBeGreaterThan(Math.min(...members.map((member) => member.lat)));
    expect(lat).toBeLessThan(Math.max(...members.map((member) => member.lat)));
    expect(lon).toBeGreaterThan(Math.min(...members.map((member) => member.lon)));
    expect(lon).toBeLessThan(Math.max(...members.map((member) => member.lon)));
    // Vijfheerenlanden, worked out once with d3-geo's geoCentroid on the 2025 data; its area of 2025 is drawn too.
    expect(positionOf(formedLater)).toEqual({ lat: 51.936, lon: 5.0571 });
    expect(placeOf(formedLater).area).toMatch(/^M/);
    expect(locatorMap(formedLater)?.place.area).toMatch(/^M/);
  });

  it("is the override where there is one, on the national map and the locator alike", () => {
    const moved = { ...ede, locatie: { lat: 52.1, lon: 5.8 } };
    expect(positionOf(moved)).toEqual(moved.locatie);
    expect(placeOf(moved).point).not.toEqual(placeOf(ede).point);
    expect(placeOf(moved).area).toEqual(placeOf(ede).area);
    expect(locatorMap(moved)?.place.point).not.toEqual(locatorMap(ede)?.place.point);
  });

  it("knows an override outside the own area: the municipality's, any member's of a region, the area of 2025", () => {
    expect(overrideOutsideArea({ ...ede, locatie: { lat: 52.044, lon: 5.664 } })).toBe(false);
    expect(overrideOutsideArea({ ...ede, locatie: utrecht })).toBe(true);
    // Roermond's town hall lies in one member of the region.
    expect(overrideOutsideArea({ ...region, locatie: { lat: 51.1942, lon: 5.9875 } })).toBe(false);
    expect(overrideOutsideArea({ ...region, locatie: utrecht })).toBe(true);
    // Leerdam lies in Vijfheerenlanden.
    expect(overrideOutsideArea({ ...formedLater, locatie: { lat: 51.8933, lon: 5.0917 } })).toBe(false);
    expect(overrideOutsideArea({ ...formedLater, locatie: utrecht })).toBe(true);
    // Without an override, or without an area to compare with, there is nothing to say.
    expect(overrideOutsideArea(ede)).toBe(false);
    expect(overrideOutsideArea(unknown)).toBe(false);
  });

  it("cannot be found without a code or an override, which the schema rejects", () => {
    expect(() => positionOf({})).toThrow(/zonder bekende CBS-code en zonder locatie/);
  });
});

describe("the national map", () => {
  const map = netherlandsMap();
  const background = new DOMParser().parseFromString(nationalBackgroundSvg(), "image/svg+xml");
  const shape = (id: string) => background.getElementById(id)?.getAttribute("d") ?? "";

  it("draws the land and the province borders inside its view box, in one file of the same frame, without colours of their own", () => {
    expect(background.querySelector("parsererror")).toBeNull();
    expect(background.documentElement.getAttribute("viewBox")).toBe(`0 0 ${map.width} ${map.height}`);
    for (const id of Object.values(BACKGROUND_SHAPES)) {
      expect(shape(id).length, id).toBeGreaterThan(100);
      expect(inside(shape(id), map.width, map.height), id).toBe(true);
    }
    // <use> passes the page's colours (light and dark) to shapes that set none themselves.
    expect(background.querySelectorAll("[fill], [stroke], [style]")).toHaveLength(0);
  });

  it("draws each area inside the view box with its marker on it", () => {
    for (const municipality of mapped) {
      const { area, point } = placeOf(municipality);
      expect(area, municipality.naam).toMatch(/^M/);
      expect(inside(area ?? "", map.width, map.height), municipality.naam).toBe(true);
      const xs = coordinates(area ?? "").map(([x]) => x);
      expect(point.x).toBeGreaterThanOrEqual(Math.min(...xs));
      expect(point.x).toBeLessThanOrEqual(Math.max(...xs));
    }
  });

  it("rounds paths to one decimal", () => {
    expect(shape(BACKGROUND_SHAPES.land)).not.toMatch(/\.\d\d/);
    expect(placeOf(ede).area).not.toMatch(/\.\d\d/);
  });
});

describe("the locator", () => {
  it("shows the municipality's own province with its area in it", () => {
    const locator = locatorMap(ede);
    expect(locator?.provinceName).toBe("Gelderland");
    expect(locator?.place.area).toBeTruthy();
    expect(inside(locator?.province ?? "", locator?.width ?? 0, locator?.height ?? 0)).toBe(true);
    expect(inside(locator?.place.area ?? "", locator?.width ?? 0, locator?.height ?? 0)).toBe(true);
  });

  it("finds the province by location when its name is spelled otherwise", () => {
    expect(locatorMap({ ...ede, provincie: "Gelre" })?.provinceName).toBe("Gelderland");
  });

  it("gives an unknown municipality a marker in its province", () => {
    const locator = locatorMap(unknown);
    expect(locator?.provinceName).toBe("Utrecht");
    expect(locator?.place.area).toBeUndefined();
  });
});
