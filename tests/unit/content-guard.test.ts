import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cbsCodeOf } from "@/lib/cbs-codes";
import { findCopiedRuns, proseOf } from "@/lib/content/copy-check";
import { loadContent } from "@/lib/content/load";
import { fixtureContent, removeFixtureContent } from "./fixture-content";

/** The real content, validated by the same loader as the build. */
const content = loadContent();

const COHORTS: Record<number, string[]> = {
  2015: [
    "Almere",
    "Alphen aan den Rijn",
    "Deventer",
    "Ede",
    "Heerenveen",
    "Heerlen",
    "Oss",
    "Vlaardingen",
    "Wijk bij Duurstede",
    "Zaanstad",
  ],
  2017: ["Aalten", "Almelo", "Delft", "Goirle", "Huizen", "Leerdam", "Meppel", "Regio Midden-Limburg", "Wageningen", "Zandvoort", "Zeist"],
};

describe("the content of the site", () => {
  it("holds exactly the 21 Gouden Gemeenten, 10 in 2015 and 11 in 2017", () => {
    for (const [year, names] of Object.entries(COHORTS)) {
      const members = content.municipalities.filter((municipality) => municipality.cohort === Number(year));
      expect(members.map((municipality) => municipality.naam).sort()).toEqual([...names].sort());
    }
    expect(content.municipalities).toHaveLength(21);
    expect(content.cohorts.map((cohort) => cohort.jaar)).toEqual([2015, 2017]);
  });

  it("gives every profile at least one justified criterion and one source", () => {
    for (const municipality of content.municipalities) {
      expect(municipality.criteria.length, municipality.naam).toBeGreaterThan(0);
      for (const criterion of municipality.criteria) expect(criterion.toelichting.length, municipality.naam).toBeGreaterThan(20);
      expect(municipality.bronnen.length, municipality.naam).toBeGreaterThan(0);
    }
  });

  it("has the five criteria, each exemplified by at least three municipalities", () => {
    expect(content.criteria.map((criterion) => criterion.id)).toEqual([
      "lerend-samenwerkend",
      "toegankelijke-samenleving",
      "preventie-presentie",
      "ontmoetingsplekken",
      "zichtbare-professionals",
    ]);
    for (const criterion of content.criteria) {
      const examples = content.municipalities.filter((municipality) => municipality.criteria.some((claim) => claim.id === criterion.id));
      expect(examples.length, criterion.id).toBeGreaterThanOrEqual(3);
    }
  });

  it("attributes every quotation to a named person and a known source", () => {
    const sourceIds = content.sources.map((source) => source.id);
    for (const municipality of content.municipalities) {
      for (const quotation of municipality.citaten) {
        expect(
          municipality.personen.map((person) => person.naam),
          municipality.naam,
        ).toContain(quotation.spreker);
        expect(sourceIds).toContain(quotation.bron);
      }
    }
  });

  it("lists the seven member municipalities of Regio Midden-Limburg with their 2017 codes", () => {
    const region = content.municipalities.find((municipality) => municipality.slug === "regio-midden-limburg");
    expect(region?.cbs_code).toBeUndefined();
    expect(region?.leden).toEqual([
      { naam: "Echt-Susteren", cbs_code: "GM1711" },
      { naam: "Leudal", cbs_code: "GM1640" },
      { naam: "Maasgouw", cbs_code: "GM1641" },
      { naam: "Nederweert", cbs_code: "GM0946" },
      { naam: "Roerdalen", cbs_code: "GM1669" },
      { naam: "Roermond", cbs_code: "GM0957" },
      { naam: "Weert", cbs_code: "GM0988" },
    ]);
  });

  it("gives every other municipality the 2017 CBS code of its name", () => {
    for (const municipality of content.municipalities.filter((candidate) => !candidate.leden)) {
      expect(municipality.cbs_code, municipality.naam).toBe(cbsCodeOf(municipality.naam));
    }
    expect(content.municipalities.find((municipality) => municipality.slug === "ede")?.cbs_code).toBe("GM0228");
  });

  it("gives each practice example an anchor of its own within its profile", () => {
    for (const municipality of content.municipalities) {
      const anchors = municipality.voorbeelden.map((example) => example.id);
      expect(new Set(anchors).size, municipality.naam).toBe(anchors.length);
    }
  });
});

describe("prose in our own words", () => {
  it("finds a sentence pasted from a source into a profile (fixture)", () => {
    const directory = fixtureContent("geplakte-zin");
    const clean = fixtureContent();
    try {
      const fragment = fs.readFileSync(path.resolve(import.meta.dirname, "../fixtures/bronfragment-2017-publicatie.txt"), "utf8");
      expect(findCopiedRuns(proseOf(loadContent(directory)), [fragment])).toEqual([
        { where: "gemeenten/delft.md tekst", words: "delft wil een beweging in gang zetten die zorg en" },
      ]);
      // The same set without the pasted sentence passes.
      expect(findCopiedRuns(proseOf(loadContent(clean)), [fragment])).toEqual([]);
    } finally {
      removeFixtureContent(directory);
      removeFixtureContent(clean);
    }
  });

  it("does not count quotations, which are marked and attributed", () => {
    const prose = proseOf(content)
      .map((text) => text.text)
      .join(" ");
    const quotation = content.municipalities.flatMap((municipality) => municipality.citaten)[0]?.tekst ?? "";
    expect(quotation.length).toBeGreaterThan(0);
    expect(prose).not.toContain(quotation);
  });

  const sourcesDirectory = path.resolve(process.cwd(), "../shared/sources");
  const sourcesPresent = fs.existsSync(sourcesDirectory);

  it.skipIf(!sourcesPresent && !process.env.CI)(
    `shares no run of 10 words with the source texts${sourcesPresent ? "" : " (overgeslagen: ../shared/sources ontbreekt naast het project)"}`,
    () => {
      expect(sourcesPresent, `../shared/sources ontbreekt in CI (${sourcesDirectory})`).toBe(true);
      const sources = fs
        .readdirSync(sourcesDirectory)
        .filter((name) => name.endsWith(".txt"))
        .map((name) => fs.readFileSync(path.join(sourcesDirectory, name), "utf8"));
      expect(sources).toHaveLength(5);
      expect(findCopiedRuns(proseOf(content), sources)).toEqual([]);
    },
  );
});
