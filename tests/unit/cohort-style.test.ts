import { describe, expect, it } from "vitest";
import { cohortStyle } from "@/lib/site/cohort-style";

describe("cohortStyle", () => {
  it("gives each cohort its own shape and colour by its order", () => {
    const cohorts = [2015, 2017, 2019];
    const styles = cohorts.map((cohort) => cohortStyle(cohort, cohorts));
    expect(styles).toEqual([
      { shape: "cirkel", color: "var(--color-cohort-1)" },
      { shape: "vierkant", color: "var(--color-cohort-2)" },
      { shape: "driehoek", color: "var(--color-cohort-3)" },
    ]);
  });
});
