import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { todaysMunicipalities } from "@/lib/maps/today";
import { EARTH_RADIUS_KM, nearbyAnswers, type NearbyProfileSource, type TodaysAnswer } from "@/lib/nearby/answers";
import type { Answer } from "@/lib/nearby/finder";

/**
 * The finder's answer for each municipality of today, from made-up profiles
 * that carry real CBS codes (CBS data are not content): Testgemeente Zeist
 * has Zeist's code, and so on.
 */
function profile(naam: string, codes: Pick<NearbyProfileSource, "cbs_code" | "leden" | "cbs_code_2025">): NearbyProfileSource {
  const slug = naam.toLowerCase().replaceAll(" ", "-");
  return {
    naam,
    slug,
    cohort: 2017,
    titel: `De titel van ${naam}`,
    provincie: "Utrecht",
    criteria: [{ id: "preventie-presentie" }, { id: "lerend-samenwerkend" }],
    ...codes,
  };
}

const ZEIST = profile("Testgemeente Zeist", { cbs_code: "GM0355" });
const HUIZEN = profile("Testgemeente Huizen", { cbs_code: "GM0406" });
const WIJK = profile("Testgemeente Wijk", { cbs_code: "GM0352" });
const ALMERE = profile("Testgemeente Almere", { cbs_code: "GM0034" });
/** Leerdam (GM0545) lies in Vijfheerenlanden (GM1961) since 2019. */
const LEERDAM = profile("Testgemeente Leerdam", { cbs_code: "GM0545" });
/** Haren (GM0017) lies in Groningen since 2019; Zeist is also a Gouden Gemeente of its own above. */
const REGION = profile("Testregio", {
  leden: [
    { naam: "Roermond", cbs_code: "GM0957" },
    { naam: "Haren", cbs_code: "GM0017" },
    { naam: "Zeist", cbs_code: "GM0355" },
  ],
});

const { answers, problems } = nearbyAnswers({ municipalities: [ZEIST, HUIZEN, WIJK, ALMERE, LEERDAM, REGION] });
const answerOf = (name: string): TodaysAnswer | undefined => answers.find((answer) => answer.name === name);
const kinds = (name: string) => answerOf(name)?.answers.map((answer) => answer.kind);

/** The Earth's mean radius in km, as the library states it. */
const RADIUS_KM = 6371.0088;

/** Haversine, written out on its own: the distance in km between two [lon, lat] points. */
function haversineKm([lon1, lat1]: [number, number], [lon2, lat2]: [number, number]): number {
  const radians = (degrees: number) => (degrees * Math.PI) / 180;
  const h =
    Math.sin(radians(lat2 - lat1) / 2) ** 2 + Math.cos(radians(lat1)) * Math.cos(radians(lat2)) * Math.sin(radians(lon2 - lon1) / 2) ** 2;
  return 2 * RADIUS_KM * Math.asin(Math.sqrt(h));
}

function nearestOf(name: string) {
  const [answer] = answerOf(name)?.answers ?? [];
  return answer?.kind === "dichtbij" ? answer.nearest.map(({ profile, km }) => [profile.name, km]) : [];
}

describe("the finder's answers", () => {
  it("give every municipality of today one answer, by name", () => {
    expect(answers.map((answer) => answer.code)).toEqual(todaysMunicipalities().map((municipality) => municipality.code));
    expect(problems).toEqual([]);
  });

  it("name a Gouden Gemeente under its own code, with only what the finder shows of the profile", () => {
    expect(answerOf("Huizen")?.answers).toEqual([
      {
        kind: "gouden-gemeente",
        profile: {
          slug: "testgemeente-huizen",
          name: "Testgemeente Huizen",
          title: "De titel van Testgemeente Huizen",
          cohort: 2017,
          province: "Utrecht",
          criteria: ["preventie-presentie", "lerend-samenwerkend"],
        },
      },
    ]);
  });

  it("name the Gouden Gemeente of 2017 that a municipality of today holds", () => {
    expect(answerOf("Vijfheerenlanden")?.answers).toMatchObject([
      { kind: "bevat", profile: { slug: "testgemeente-leerdam" }, former: "Leerdam" },
    ]);
  });

  it("name the region of a member, and the member of 2017 a municipality of today holds", () => {
    expect(answerOf("Roermond")?.answers).toMatchObject([{ kind: "lid", profile: { slug: "testregio" }, region: "Testregio" }]);
    expect(answerOf("Roermond")?.answers[0]).not.toHaveProperty("former");
    expect(answerOf("Groningen")?.answers).toMatchObject([{ kind: "lid", region: "Testregio", former: "Haren" }]);
  });

  it("give a municipality that is a Gouden Gemeente and a member of a region both answers, its own first", () => {
    expect(kinds("Zeist")).toEqual(["gouden-gemeente", "lid"]);
  });

  it("give every other municipality its three nearest Gouden Gemeenten, nearest first", () => {
    for (const answer of answers) {
      const [first, ...others] = answer.answers;
      if (first?.kind !== "dichtbij") {
        expect(
          answer.answers.every((other: Answer) => other.kind !== "dichtbij"),
          answer.name,
        ).toBe(true);
        continue;
      }
      expect(others, answer.name).toEqual([]);
      expect(first.nearest, answer.name).toHaveLength(3);
      const km = first.nearest.map((entry) => entry.km);
      expect(km, answer.name).toEqual([...km].sort((a, b) => a - b));
    }
  });

  it("measure as the crow flies between the centres, in whole km, as worked out by hand", () => {
    expect(EARTH_RADIUS_KM).toBe(RADIUS_KM);
    // The centres of Amersfoort and Utrecht (2025), worked out once with d3-geo's geoCentroid on the 2025 data; those of the
    // Gouden Gemeenten from the shared README's table of 2017 centres. A region's centre is its merged members' (not nearby here).
    const amersfoort: [number, number] = [5.3845, 52.1746];
    const utrecht: [number, number] = [5.0757, 52.091];
    const zeist: [number, number] = [5.2569, 52.102];
    const huizen: [number, number] = [5.2314, 52.2919];
    const wijk: [number, number] = [5.3164, 51.99];
    const leerdam: [number, number] = [5.0876, 51.9049];
    // By hand: Amersfoort–Zeist 11.88 km, –Huizen 16.70 km, –Wijk bij Duurstede 21.05 km (Almere, 23.3 km, is fourth).
    expect(nearestOf("Amersfoort")).toEqual([
      ["Testgemeente Zeist", Math.round(haversineKm(amersfoort, zeist))],
      ["Testgemeente Huizen", Math.round(haversineKm(amersfoort, huizen))],
      ["Testgemeente Wijk", Math.round(haversineKm(amersfoort, wijk))],
    ]);
    expect(nearestOf("Amersfoort")).toEqual([
      ["Testgemeente Zeist", 12],
      ["Testgemeente Huizen", 17],
      ["Testgemeente Wijk", 21],
    ]);
    // By hand: Utrecht–Zeist 12.44 km, –Wijk bij Duurstede 19.93 km, –Leerdam 20.71 km (Huizen, 24.7 km, is fourth).
    expect(nearestOf("Utrecht")).toEqual([
      ["Testgemeente Zeist", Math.round(haversineKm(utrecht, zeist))],
      ["Testgemeente Wijk", Math.round(haversineKm(utrecht, wijk))],
      ["Testgemeente Leerdam", Math.round(haversineKm(utrecht, leerdam))],
    ]);
    expect(nearestOf("Utrecht")).toEqual([
      ["Testgemeente Zeist", 12],
      ["Testgemeente Wijk", 20],
      ["Testgemeente Leerdam", 21],
    ]);
  });
});

describe("profiles the finder cannot place", () => {
  it("are listed as problems in plain Dutch, naming the file and the code, instead of stopping the build", () => {
    const lost = profile("Verloren", { cbs_code: "GM9999" });
    const region = profile("Regio Zoek", {
      leden: [
        { naam: "Roermond", cbs_code: "GM0957" },
        { naam: "Nergens", cbs_code: "GM9998" },
      ],
    });
    const result = nearbyAnswers({ municipalities: [ZEIST, lost, region] });
    expect(result.problems).toEqual([
      { file: "gemeenten/verloren.md", field: "cbs_code", message: expect.stringContaining("GM9999") },
      { file: "gemeenten/regio-zoek.md", field: "leden[1].cbs_code", message: expect.stringContaining("GM9998 (Nergens)") },
    ]);
    for (const { message } of result.problems) expect(message).toContain("Bij u in de buurt");
    // The region's other member still has its answer; the lost profile is nobody's nearest.
    expect(result.answers.find((answer) => answer.name === "Roermond")?.answers).toMatchObject([{ kind: "lid" }]);
    const nearest = result.answers.flatMap((answer) => answer.answers.flatMap((one) => (one.kind === "dichtbij" ? one.nearest : [])));
    expect(nearest.map((entry) => entry.profile.slug)).not.toContain("verloren");
  });

  it("place a municipality formed after 2017 by its code of 2025, and leave one without any code out of every answer", () => {
    const formed = profile("Nieuwgevormd", { cbs_code_2025: "GM1961" });
    const without = profile("Zonder Code", {});
    const result = nearbyAnswers({ municipalities: [ZEIST, formed, without] });
    expect(result.answers.find((answer) => answer.code === "GM1961")?.answers).toMatchObject([
      { kind: "gouden-gemeente", profile: { slug: "nieuwgevormd" } },
    ]);
    expect(result.problems).toEqual([]);
    const named = result.answers.flatMap((answer) =>
      answer.answers.flatMap((one) => (one.kind === "dichtbij" ? one.nearest.map((entry) => entry.profile.slug) : [one.profile.slug])),
    );
    expect(named).not.toContain("zonder-code");
  });
});

describe("the finder on content", () => {
  it("takes a content set as it is loaded (the base fixture)", () => {
    const basis = loadContent(path.resolve(import.meta.dirname, "../fixtures/content-basis"));
    const result = nearbyAnswers(basis);
    expect(result.problems).toEqual([]);
    expect(result.answers.find((answer) => answer.code === "GM0503")?.answers).toMatchObject([
      { kind: "gouden-gemeente", profile: { slug: "delft" } },
    ]);
  });

  it("places every profile of the site's content", () => {
    expect(nearbyAnswers(loadContent()).problems).toEqual([]);
  });
});
