import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { PROVINCES } from "@/lib/content/schema";
import { todaysMunicipalities } from "@/lib/maps/today";
import { nearbyAnswers } from "@/lib/nearby/answers";
import { answersIn, finderChoice, finderMunicipalities, isProvinceAnswers, type FinderMunicipality } from "@/lib/nearby/finder";
import { finderIndex, provinceAnswers, type ProvinceGroup } from "@/lib/nearby/finder-data";
import { nameIndex } from "@/lib/nearby/name-index";
import { provinceSlug } from "@/lib/pages/nearby-page";

/**
 * The finder's data as the browser gets it: the names on the page, the
 * answers in a file per province, and the choice read from the URL. The
 * content is a fixture; the municipalities of today are CBS data.
 */
const content = loadContent(path.resolve("tests/fixtures/content-basis"));
const { answers } = nearbyAnswers(content);
const groups: ProvinceGroup[] = PROVINCES.map((province) => ({
  slug: provinceSlug(province),
  municipalities: answers.filter((answer) => answer.province === province),
}));
const municipalities = finderMunicipalities(finderIndex(groups, nameIndex()));
const chosen = (search: string) => {
  const choice = finderChoice(search, municipalities);
  return choice.kind === "found" ? `${choice.match.entry.name} (${choice.match.via})` : choice.kind;
};

describe("the finder's index on the page", () => {
  it("gives back every municipality of today with its slug, its names and its province's file", () => {
    const names = new Map(nameIndex().map((entry) => [entry.slug, entry]));
    expect(municipalities.map((municipality) => municipality.slug).sort()).toEqual(
      todaysMunicipalities()
        .map((municipality) => municipality.slug)
        .sort(),
    );
    for (const municipality of municipalities) {
      const { province, ...entry } = municipality;
      expect(entry).toEqual(names.get(municipality.slug));
      const group = groups.find((candidate) => candidate.slug === province);
      expect(group?.municipalities.map((answer) => answer.slug)).toContain(municipality.slug);
    }
  });

  it("stops the build on a name with one of the index's marks, rather than split it in two", () => {
    for (const name of ["Nieuw|Dorp", "Nieuw=Dorp", "Nieuw<Dorp", "Nieuw\nDorp"]) {
      const names = [{ name, slug: "nieuw-dorp" }];
      const group = { slug: "utrecht", municipalities: answers.slice(0, 1).map((answer) => ({ ...answer, slug: "nieuw-dorp" })) };
      expect(() => finderIndex([group], names), JSON.stringify(name)).toThrow("bevat een teken van de index");
    }
  });
});

describe("a province's file of answers", () => {
  it("gives every municipality of the province the answers of the province pages, with each profile and its place", () => {
    for (const group of groups) {
      const file = provinceAnswers(content, group.municipalities);
      expect(isProvinceAnswers(JSON.parse(JSON.stringify(file)))).toBe(true);
      expect(file.municipalities).toHaveLength(group.municipalities.length);
      for (const today of group.municipalities) {
        const found = answersIn(file, today.slug);
        // The same answers, each profile with its place on the small map besides.
        expect(found?.answers, today.name).toMatchObject(today.answers);
        expect(found?.answers, today.name).toHaveLength(today.answers.length);
        for (const [x, y] of [found?.point ?? [-1, -1], ...file.profiles.map((profile) => profile.point)]) {
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThanOrEqual(file.map.width);
          expect(y).toBeGreaterThanOrEqual(0);
          expect(y).toBeLessThanOrEqual(file.map.height);
        }
      }
      // Each profile once, and only those the province's answers name.
      expect(new Set(file.profiles.map((profile) => profile.slug)).size).toBe(file.profiles.length);
    }
  });

  it("is not taken for a file of answers when it is cut off or of another kind", () => {
    for (const value of [
      null,
      "tekst",
      [],
      {},
      { municipalities: [], profiles: [], criteria: [] },
      { municipalities: {}, profiles: [], criteria: [], cohorts: [], map: {} },
    ]) {
      expect(isProvinceAnswers(value), JSON.stringify(value)).toBe(false);
    }
  });
});

describe("the choice in the URL", () => {
  it("finds a municipality by its slug, its name, an alias or a name of 2017", () => {
    expect(chosen("?gemeente=amersfoort")).toBe("Amersfoort (name)");
    expect(chosen("?gemeente=hengelo-o")).toBe("Hengelo (O.) (name)");
    expect(chosen("?gemeente=S%C3%BAdwest%20Frysl%C3%A2n")).toBe("Súdwest-Fryslân (name)");
    expect(chosen("?gemeente=den-haag")).toBe("'s-Gravenhage (alias)");
    expect(chosen("?gemeente=leerdam")).toBe("Vijfheerenlanden (former)");
    expect(chosen("?q=1&gemeente=+Utrecht+")).toBe("Utrecht (name)");
  });

  it("asks which one for a name of two, and offers close names for a misspelt one", () => {
    const bergen = finderChoice("?gemeente=bergen", municipalities);
    expect(bergen.kind === "ambiguous" && bergen.matches.map((match) => match.entry.name).sort()).toEqual(["Bergen (L.)", "Bergen (NH.)"]);
    const typo = finderChoice("?gemeente=Amersfort", municipalities);
    expect(typo).toMatchObject({ kind: "not-found", query: "Amersfort" });
    expect(typo.kind === "not-found" && typo.close.map((match) => match.entry.name)).toContain("Amersfoort");
  });

  it("chooses nothing without a name, and finds nothing for markup or a text too long to be a name", () => {
    for (const search of ["", "?", "?gemeente=", "?gemeente=%20%20", "?andere=amersfoort"]) expect(chosen(search), search).toBe("none");
    for (const hostile of ["<script>alert(1)</script>", "a".repeat(500), "%00", "amersfoort".repeat(20)]) {
      const choice = finderChoice(`?${new URLSearchParams({ gemeente: hostile })}`, municipalities);
      expect(choice.kind, hostile.slice(0, 20)).toBe("not-found");
      expect(choice.kind === "not-found" && choice.close, hostile.slice(0, 20)).toEqual([]);
    }
  });

  it("gives the entry of the index itself, with its province", () => {
    const choice = finderChoice("?gemeente=amersfoort", municipalities);
    const entry: FinderMunicipality | undefined = choice.kind === "found" ? choice.match.entry : undefined;
    expect(entry && municipalities.includes(entry)).toBe(true);
    expect(entry?.province).toBe(provinceSlug("Utrecht"));
  });
});
