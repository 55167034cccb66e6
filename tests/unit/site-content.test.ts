import { describe, expect, it } from "vitest";
import {
  claimOn,
  claimsOnCriterion,
  cohortMembers,
  cohortNeighbours,
  cohortsWithMembers,
  cohortYears,
  criteriaOf,
  criteriaWithCounts,
  examplesIndex,
  relatedMunicipalities,
  sourceById,
  sourcesById,
} from "@/lib/content/queries";
import type { Municipality } from "@/lib/content/schema";
import { getContent } from "@/lib/content/site-content";

const content = getContent();
const { municipalities } = content;
const byName = new Intl.Collator("nl").compare;

function municipality(name: string): Municipality {
  const found = municipalities.find((candidate) => candidate.naam === name);
  if (!found) throw new Error(`${name} ontbreekt in de inhoud`);
  return found;
}

describe("related municipalities", () => {
  it("are the three that share the most criteria, ties in Dutch alphabetical order", () => {
    for (const own of municipalities) {
      const ownCriteria = new Set(own.criteria.map((criterion) => criterion.id));
      const shared = (other: Municipality) => other.criteria.filter((criterion) => ownCriteria.has(criterion.id)).length;
      const expected = municipalities
        .filter((other) => other.slug !== own.slug && shared(other) > 0)
        .sort((a, b) => shared(b) - shared(a) || byName(a.naam, b.naam))
        .slice(0, 3)
        .map((other) => other.naam);
      expect(
        relatedMunicipalities(content, own).map((other) => other.naam),
        own.naam,
      ).toEqual(expected);
    }
  });

  it("never include the municipality itself", () => {
    for (const own of municipalities) {
      expect(relatedMunicipalities(content, own, municipalities.length).map((other) => other.slug)).not.toContain(own.slug);
    }
  });
});

describe("cohorts", () => {
  it("lists the years oldest first and the members of each by name", () => {
    expect(cohortYears(content)).toEqual([2015, 2017]);
    const members2015 = cohortMembers(content, 2015).map((member) => member.naam);
    expect(members2015).toHaveLength(10);
    expect(members2015).toEqual([...members2015].sort(byName));
    expect(members2015).toContain("Zaanstad");
    expect(members2015).not.toContain("Delft");
    expect(cohortMembers(content, 2017)).toHaveLength(11);
    expect(cohortMembers(content, 2099)).toEqual([]);
  });

  it("walk the cohort in alphabetical order, with no neighbour past either end", () => {
    const members = cohortMembers(content, 2017);
    const [first, second] = members;
    const last = members.at(-1);
    if (!first || !second || !last) throw new Error("cohort 2017 has fewer than two members");
    expect(cohortNeighbours(content, first)).toEqual({ previous: undefined, next: second });
    expect(cohortNeighbours(content, second).previous).toBe(first);
    expect(cohortNeighbours(content, last).next).toBeUndefined();
  });
});

describe("the lists of cohorts and criteria", () => {
  it("give each cohort its members' names and each criterion the number of municipalities that claim it", () => {
    expect(cohortsWithMembers(content).map(({ cohort, memberNames }) => [cohort.jaar, memberNames.length])).toEqual([
      [2015, 10],
      [2017, 11],
    ]);
    const counts = criteriaWithCounts(content);
    expect(counts.map(({ criterion }) => criterion.id)).toEqual(content.criteria.map((criterion) => criterion.id));
    const zichtbare = counts.find(({ criterion }) => criterion.id === "zichtbare-professionals");
    expect(zichtbare?.municipalityCount).toBe(municipalities.filter((own) => claimOn(own, "zichtbare-professionals") !== undefined).length);
    expect(counts.reduce((sum, { municipalityCount }) => sum + municipalityCount, 0)).toBe(
      municipalities.reduce((sum, own) => sum + own.criteria.length, 0),
    );
  });
});

describe("claims on criteria", () => {
  it("give a municipality's justification for a criterion it claims, and nothing for one it does not", () => {
    const zaanstad = municipality("Zaanstad");
    expect(claimOn(zaanstad, "preventie-presentie")).toMatch(/\S/);
    expect(claimOn(zaanstad, "lerend-samenwerkend")).toBeUndefined();
  });

  it("label a municipality's criteria in the order of the criteria, not of its file", () => {
    const labelled = criteriaOf(content.criteria, municipality("Zaanstad"));
    // Zaanstad's file names zichtbare-professionals first; the criteria put preventie-presentie (3) before it (5).
    expect(labelled.map((claim) => claim.id)).toEqual(["preventie-presentie", "zichtbare-professionals"]);
    expect(labelled.every((claim) => claim.label.length > 0 && claim.toelichting.length > 0)).toBe(true);
  });

  it("find every municipality that claims a criterion, with its own justification", () => {
    const claims = claimsOnCriterion(content, "zichtbare-professionals");
    expect(claims.map((claim) => claim.municipality.naam)).toContain("Zaanstad");
    expect(claims.map((claim) => claim.municipality.naam)).not.toContain("Ede");
    for (const claim of claims) expect(claim.toelichting).toBe(claimOn(claim.municipality, "zichtbare-professionals"));
  });
});

describe("sources", () => {
  it("are found by id in the order asked, and a missing one is a loud bug", () => {
    expect(sourcesById(content, ["2017-publicatie", "2015-verslag"]).map((source) => source.id)).toEqual([
      "2017-publicatie",
      "2015-verslag",
    ]);
    expect(() => sourceById(content, "bestaat-niet")).toThrow("Bron 'bestaat-niet' ontbreekt");
  });
});

describe("the examples index", () => {
  it("holds every example of every profile once, linked to its municipality", () => {
    const { items } = examplesIndex(content);
    expect(items).toHaveLength(municipalities.reduce((sum, own) => sum + own.voorbeelden.length, 0));
    expect(new Set(items.map((item) => item.key)).size).toBe(items.length);
    expect(items).toContainEqual(
      expect.objectContaining({
        name: "Hemelse Modder",
        municipality: "Zaanstad",
        municipalitySlug: "zaanstad",
        exampleId: "hemelse-modder",
      }),
    );
  });

  it("offers only the themes that some example uses", () => {
    const { items, themes } = examplesIndex(content);
    expect(themes.length).toBeGreaterThan(0);
    for (const theme of themes) expect(items.some((item) => item.themes.includes(theme.id))).toBe(true);
  });
});
