import { describe, expect, it } from "vitest";
import { cohortNeighbours, getContent, relatedMunicipalities } from "@/lib/content/site-content";

const { municipalities } = getContent();
const byName = new Intl.Collator("nl").compare;

describe("related municipalities", () => {
  it("are the three that share the most criteria, ties in Dutch alphabetical order", () => {
    for (const municipality of municipalities) {
      const own = new Set(municipality.criteria.map((criterion) => criterion.id));
      const shared = (other: (typeof municipalities)[number]) => other.criteria.filter((criterion) => own.has(criterion.id)).length;
      const expected = municipalities
        .filter((other) => other.slug !== municipality.slug && shared(other) > 0)
        .sort((a, b) => shared(b) - shared(a) || byName(a.naam, b.naam))
        .slice(0, 3)
        .map((other) => other.naam);
      expect(relatedMunicipalities(municipality).map((other) => other.naam), municipality.naam).toEqual(expected);
    }
  });

  it("never include the municipality itself", () => {
    for (const municipality of municipalities) {
      expect(relatedMunicipalities(municipality, municipalities.length).map((other) => other.slug)).not.toContain(municipality.slug);
    }
  });
});

describe("neighbours in the cohort", () => {
  it("walk the cohort in alphabetical order, with no neighbour past either end", () => {
    const members = municipalities.filter((municipality) => municipality.cohort === 2017).map((municipality) => municipality.naam);
    expect(members).toEqual([...members].sort(byName));
    const first = municipalities.find((municipality) => municipality.naam === members[0]);
    const second = municipalities.find((municipality) => municipality.naam === members[1]);
    if (!first || !second) throw new Error("cohort 2017 has fewer than two members");
    expect(cohortNeighbours(first)).toEqual({ previous: undefined, next: second });
    expect(cohortNeighbours(second).previous).toBe(first);
  });
});
