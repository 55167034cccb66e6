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
  relatedExamples,
  relatedMunicipalities,
  sourceById,
  sourcesById,
  themeExamples,
  themesWithCounts,
} from "@/lib/content/queries";
import type { Municipality } from "@/lib/content/schema";
import { fixtureSite } from "./fixture-site";

const content = fixtureSite();
const { municipalities } = content;

function municipality(name: string): Municipality {
  const found = municipalities.find((candidate) => candidate.naam === name);
  if (!found) throw new Error(`${name} ontbreekt in de fixture`);
  return found;
}
const names = (list: readonly Municipality[]) => list.map((own) => own.naam);

describe("related municipalities", () => {
  it("are the ones that share the most criteria, ties in Dutch alphabetical order, at most three", () => {
    // Aaldijk claims both criteria: Dommelen shares two, the rest one.
    expect(names(relatedMunicipalities(content, municipality("Aaldijk")))).toEqual(["Dommelen", "Bergum-Oost", "Cederveen"]);
    expect(names(relatedMunicipalities(content, municipality("Eelde")))).toEqual(["Aaldijk", "Bergum-Oost", "Dommelen"]);
    expect(names(relatedMunicipalities(content, municipality("Cederveen"), 5))).toEqual(["Aaldijk", "Dommelen"]);
  });

  it("never include the municipality itself", () => {
    for (const own of municipalities) {
      expect(relatedMunicipalities(content, own, municipalities.length).map((other) => other.slug)).not.toContain(own.slug);
    }
  });
});

describe("cohorts", () => {
  it("lists the years oldest first and the members of each by name", () => {
    expect(cohortYears(content)).toEqual([2017, 2019]);
    expect(names(cohortMembers(content, 2017))).toEqual(["Aaldijk", "Bergum-Oost", "Dommelen"]);
    expect(names(cohortMembers(content, 2019))).toEqual(["Cederveen", "Eelde"]);
    expect(cohortMembers(content, 2099)).toEqual([]);
  });

  it("walk the cohort in alphabetical order, with no neighbour past either end", () => {
    expect(cohortNeighbours(content, municipality("Aaldijk"))).toEqual({ previous: undefined, next: municipality("Bergum-Oost") });
    expect(cohortNeighbours(content, municipality("Bergum-Oost"))).toEqual({
      previous: municipality("Aaldijk"),
      next: municipality("Dommelen"),
    });
    expect(cohortNeighbours(content, municipality("Dommelen")).next).toBeUndefined();
    expect(cohortNeighbours(content, municipality("Cederveen")).next).toBe(municipality("Eelde"));
  });
});

describe("the lists of cohorts and criteria", () => {
  it("give each cohort its members' names and each criterion the number of municipalities that claim it", () => {
    expect(cohortsWithMembers(content).map(({ cohort, memberNames }) => [cohort.jaar, memberNames])).toEqual([
      [2017, ["Aaldijk", "Bergum-Oost", "Dommelen"]],
      [2019, ["Cederveen", "Eelde"]],
    ]);
    expect(criteriaWithCounts(content).map(({ criterion, municipalityCount }) => [criterion.id, municipalityCount])).toEqual([
      ["lerend-samenwerkend", 4],
      ["preventie-presentie", 3],
    ]);
  });
});

describe("claims on criteria", () => {
  it("give a municipality's justification for a criterion it claims, and nothing for one it does not", () => {
    expect(claimOn(municipality("Cederveen"), "preventie-presentie")).toBe("Waarom Cederveen voldoet aan preventie-presentie.");
    expect(claimOn(municipality("Cederveen"), "lerend-samenwerkend")).toBeUndefined();
  });

  it("label a municipality's criteria in the order of the criteria, not of its file", () => {
    // Aaldijk's file names preventie-presentie first; the criteria put lerend-samenwerkend (1) before it (2).
    const labelled = criteriaOf(content.criteria, municipality("Aaldijk"));
    expect(labelled.map((claim) => claim.id)).toEqual(["lerend-samenwerkend", "preventie-presentie"]);
    expect(labelled.map((claim) => claim.label)).toEqual(content.criteria.map((criterion) => criterion.kort));
    expect(labelled[0]?.toelichting).toBe("Waarom Aaldijk voldoet aan lerend-samenwerkend.");
  });

  it("find every municipality that claims a criterion, with its own justification", () => {
    const claims = claimsOnCriterion(content, "preventie-presentie");
    expect(claims.map((claim) => [claim.municipality.naam, claim.toelichting])).toEqual([
      ["Aaldijk", "Waarom Aaldijk voldoet aan preventie-presentie."],
      ["Cederveen", "Waarom Cederveen voldoet aan preventie-presentie."],
      ["Dommelen", "Waarom Dommelen voldoet aan preventie-presentie."],
    ]);
  });
});

describe("sources", () => {
  it("are found by id in the order asked, and a missing one is a loud bug", () => {
    const second = { ...content.sources[0], id: "tweede-bron" };
    const withTwo = { ...content, sources: [...content.sources, second] as typeof content.sources };
    expect(sourcesById(withTwo, ["tweede-bron", "2017-publicatie"]).map((source) => source.id)).toEqual(["tweede-bron", "2017-publicatie"]);
    expect(() => sourceById(content, "bestaat-niet")).toThrow("Bron 'bestaat-niet' ontbreekt");
  });
});

describe("the examples index", () => {
  it("holds every example of every profile once, by municipality, linked to it", () => {
    const { items } = examplesIndex(content);
    expect(items.map((item) => [item.municipality, item.name, item.key])).toEqual([
      ["Bergum-Oost", "Buurtkamer", "bergum-oost-buurtkamer"],
      ["Bergum-Oost", "Het Loket", "bergum-oost-het-loket"],
      ["Cederveen", "De Kas", "cederveen-de-kas"],
    ]);
    expect(items[2]).toMatchObject({ municipalitySlug: "cederveen", exampleId: "de-kas", description: "Over De Kas." });
  });

  it("offers only the themes that some example uses, in the themes' order, by their names", () => {
    expect(examplesIndex(content).themes).toEqual([
      { id: "wijkteams-en-toegang", label: "Wijkteams en toegang" },
      { id: "ontmoeting", label: "Ontmoeting" },
    ]);
  });
});

describe("the themes", () => {
  it("give each theme its examples, in the index's order, and the municipalities they come from", () => {
    const { examples, municipalities: involved } = themeExamples(content, "ontmoeting");
    expect(examples.map((example) => example.key)).toEqual(["bergum-oost-buurtkamer", "cederveen-de-kas"]);
    expect(involved.map((municipality) => municipality.naam)).toEqual(["Bergum-Oost", "Cederveen"]);
    expect(themeExamples(content, "wonen")).toEqual({ examples: [], municipalities: [] });
  });

  it("count the examples of every theme, in the themes' order, a theme without examples too", () => {
    expect(themesWithCounts(content).map(({ theme, exampleCount }) => [theme.id, exampleCount])).toEqual([
      ["wijkteams-en-toegang", 1],
      ["ontmoeting", 2],
      ["wonen", 0],
      ["burgerinitiatief", 0],
    ]);
  });
});

describe("the examples like an example", () => {
  it("come from other municipalities, share a theme, and put the ones sharing more themes first", () => {
    // Bergum-Oost's Buurtkamer shares 'ontmoeting' with Cederveen's De Kas only; its own Het Loket does not count.
    expect(relatedExamples(content, "bergum-oost", "buurtkamer").map((item) => item.key)).toEqual(["cederveen-de-kas"]);
    expect(relatedExamples(content, "bergum-oost", "het-loket")).toEqual([]);
    expect(relatedExamples(content, "cederveen", "de-kas", 0)).toEqual([]);
    expect(relatedExamples(content, "bestaat-niet", "de-kas")).toEqual([]);
  });
});
