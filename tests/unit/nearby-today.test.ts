import { geoContains } from "d3-geo";
import { describe, expect, it, vi } from "vitest";
import { PROVINCES, SLUG_PATTERN } from "@/lib/content/schema";
import { municipalities2017 } from "@/lib/maps/cbs-codes";
import { provinceAreas } from "@/lib/maps/map";
import { profileCentroid, todayOf2017Code, todaysCodeOf, todaysMunicipalities, todaysMunicipality } from "@/lib/maps/today";

/**
 * The municipalities of today (CBS 2025) and where the 2017 codes lie now.
 * CBS names and codes are data, not content: the tests may name them.
 */

/** /work/shared/data/README.md, "Municipalities of 2017 in 2025": every 2017 code of the content and its municipality of 2025. */
const README_TABLE: readonly [code2017: string, code2025: string, name2025: string][] = [
  ["GM0197", "GM0197", "Aalten"],
  ["GM0141", "GM0141", "Almelo"],
  ["GM0034", "GM0034", "Almere"],
  ["GM0484", "GM0484", "Alphen aan den Rijn"],
  ["GM0503", "GM0503", "Delft"],
  ["GM0150", "GM0150", "Deventer"],
  ["GM1711", "GM1711", "Echt-Susteren"],
  ["GM0228", "GM0228", "Ede"],
  ["GM0785", "GM0785", "Goirle"],
  ["GM0074", "GM0074", "Heerenveen"],
  ["GM0917", "GM0917", "Heerlen"],
  ["GM0406", "GM0406", "Huizen"],
  ["GM0545", "GM1961", "Vijfheerenlanden"],
  ["GM1640", "GM1640", "Leudal"],
  ["GM1641", "GM1641", "Maasgouw"],
  ["GM0119", "GM0119", "Meppel"],
  ["GM0946", "GM0946", "Nederweert"],
  ["GM0828", "GM0828", "Oss"],
  ["GM1669", "GM1669", "Roerdalen"],
  ["GM0957", "GM0957", "Roermond"],
  ["GM0622", "GM0622", "Vlaardingen"],
  ["GM0289", "GM0289", "Wageningen"],
  ["GM0988", "GM0988", "Weert"],
  ["GM0352", "GM0352", "Wijk bij Duurstede"],
  ["GM0479", "GM0479", "Zaanstad"],
  ["GM0473", "GM0473", "Zandvoort"],
  ["GM0355", "GM0355", "Zeist"],
];

describe("the municipalities of 2025", () => {
  const today = todaysMunicipalities();

  it("are the 342 of CBS, each once, by name in Dutch order", () => {
    expect(today).toHaveLength(342);
    expect(new Set(today.map((municipality) => municipality.code)).size).toBe(342);
    const names = today.map((municipality) => municipality.name);
    expect(names).toEqual([...names].sort(new Intl.Collator("nl").compare));
  });

  it("have a usable slug each, also 's-Gravenhage, the names with a province and those with IJ", () => {
    expect(new Set(today.map((municipality) => municipality.slug)).size).toBe(342);
    for (const { slug, name } of today) expect(slug, name).toMatch(SLUG_PATTERN);
    expect(todaysMunicipality("GM0518")).toMatchObject({ name: "'s-Gravenhage", slug: "s-gravenhage" });
    expect(todaysMunicipality("GM0373")?.slug).toBe("bergen-nh");
    expect(todaysMunicipality("GM0353")).toMatchObject({ name: "IJsselstein", slug: "ijsselstein" });
  });

  it("each lie in one of the twelve provinces, each province with municipalities", () => {
    for (const { province, name } of today) expect(PROVINCES, name).toContain(province);
    expect(new Set(today.map((municipality) => municipality.province)).size).toBe(PROVINCES.length);
  });

  it("place Vijfheerenlanden in Utrecht, where it belongs since 2019, though its centre lies in the Zuid-Holland of 2017", () => {
    const vijfheerenlanden = todaysMunicipality("GM1961");
    expect(vijfheerenlanden).toMatchObject({ name: "Vijfheerenlanden", province: "Utrecht" });
    const zuidHolland = provinceAreas().find((province) => province.properties.statnaam === "Zuid-Holland");
    expect(zuidHolland && vijfheerenlanden && geoContains(zuidHolland, vijfheerenlanden.centroid)).toBe(true);
    // Its neighbours on either side of the border are placed by their centres.
    expect(todaysMunicipality("GM1978")).toMatchObject({ name: "Molenlanden", province: "Zuid-Holland" });
    expect(todaysMunicipality("GM0321")).toMatchObject({ name: "Houten", province: "Utrecht" });
  });

  it("place a municipality whose centre falls outside the coarse boundaries by the nearest one", () => {
    expect(todaysMunicipality("GM0703")).toMatchObject({ name: "Reimerswaal", province: "Zeeland" });
  });

  it("have their centre inside the Netherlands", () => {
    for (const { centroid, name } of today) {
      expect(centroid[0], name).toBeGreaterThan(3.3);
      expect(centroid[0], name).toBeLessThan(7.3);
      expect(centroid[1], name).toBeGreaterThan(50.7);
      expect(centroid[1], name).toBeLessThan(53.6);
    }
    // Amersfoort, worked out once with d3-geo's geoCentroid on the 2025 data.
    const [lon, lat] = todaysMunicipality("GM0307")?.centroid ?? [];
    expect(lon).toBeCloseTo(5.3845, 4);
    expect(lat).toBeCloseTo(52.1746, 4);
    expect(todaysMunicipality("GM9999")).toBeUndefined();
  });

  it("print nothing when the module is loaded and first used", async () => {
    const spies = (["log", "info", "warn", "error"] as const).map((method) => vi.spyOn(console, method).mockImplementation(() => {}));
    vi.resetModules();
    const fresh = await import("@/lib/maps/today");
    fresh.todaysMunicipalities();
    fresh.todayOf2017Code("GM0545");
    for (const spy of spies) {
      expect(spy).not.toHaveBeenCalled();
      spy.mockRestore();
    }
  });
});

describe("where a 2017 code lies today", () => {
  it("reproduces the shared README's table, row by row", () => {
    for (const [code2017, code2025, name2025] of README_TABLE) {
      expect(todayOf2017Code(code2017), code2017).toMatchObject({ code: code2025, name: name2025 });
    }
  });

  it("finds a municipality of today for every municipality of 2017, and keeps a code that still exists", () => {
    const codes2025 = new Set(todaysMunicipalities().map((municipality) => municipality.code));
    for (const { code, name } of municipalities2017()) {
      const today = todayOf2017Code(code);
      expect(today, name).toBeDefined();
      if (codes2025.has(code)) expect(today?.code, name).toBe(code);
    }
    // Rotterdam's centre of 2017 lies in Vlaardingen (the port draws it west): the code decides.
    expect(todayOf2017Code("GM0599")?.name).toBe("Rotterdam");
  });

  it("gives nothing for a code the 2017 data do not know", () => {
    expect(todayOf2017Code("GM9999")).toBeUndefined();
    expect(todayOf2017Code("")).toBeUndefined();
  });
});

describe("a profile's codes and place today", () => {
  it("maps a municipality's own 2017 code, a region's members (each 2025 code once), and the seam for a code of 2025", () => {
    expect(todaysCodeOf({ cbs_code: "GM0355" })).toEqual(["GM0355"]);
    expect(todaysCodeOf({ cbs_code: "GM0545" })).toEqual(["GM1961"]);
    const members = [
      { naam: "Leerdam", cbs_code: "GM0545" },
      { naam: "Vianen", cbs_code: "GM0620" },
      { naam: "Roermond", cbs_code: "GM0957" },
    ];
    expect(todaysCodeOf({ leden: members })).toEqual(["GM1961", "GM0957"]);
    // A municipality formed after 2017 has no 2017 code; a later field gives its code of 2025.
    expect(todaysCodeOf({ cbs_code_2025: "GM1961" })).toEqual(["GM1961"]);
    expect(todaysCodeOf({ cbs_code_2025: "GM9999" })).toEqual([]);
    expect(todaysCodeOf({})).toEqual([]);
  });

  it("places a municipality at the centre of its 2017 area, as in the shared README", () => {
    const [lon, lat] = profileCentroid({ cbs_code: "GM0545" }) ?? [];
    expect(lon).toBeCloseTo(5.0876, 4);
    expect(lat).toBeCloseTo(51.9049, 4);
  });

  it("places a region at the centre of its members' merged areas, among its members", () => {
    const members = [
      { naam: "Roermond", cbs_code: "GM0957" },
      { naam: "Leudal", cbs_code: "GM1640" },
      { naam: "Weert", cbs_code: "GM0988" },
    ];
    const centres: [number, number][] = members.map((member) => profileCentroid({ cbs_code: member.cbs_code }) ?? [NaN, NaN]);
    const [lon = NaN, lat = NaN] = profileCentroid({ leden: members }) ?? [];
    expect(lon).toBeGreaterThan(Math.min(...centres.map(([x]) => x)));
    expect(lon).toBeLessThan(Math.max(...centres.map(([x]) => x)));
    expect(lat).toBeGreaterThan(Math.min(...centres.map(([, y]) => y)));
    expect(lat).toBeLessThan(Math.max(...centres.map(([, y]) => y)));
  });

  it("places a municipality formed after 2017 by its code of 2025, and nothing without a code", () => {
    const [lon, lat] = profileCentroid({ cbs_code_2025: "GM1961" }) ?? [];
    const [todayLon, todayLat] = todaysMunicipality("GM1961")?.centroid ?? [];
    expect(lon).toBeCloseTo(todayLon ?? NaN, 6);
    expect(lat).toBeCloseTo(todayLat ?? NaN, 6);
    expect(profileCentroid({ cbs_code_2025: "GM9999" })).toBeUndefined();
    expect(profileCentroid({})).toBeUndefined();
  });
});
