import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { CohortBadge } from "@/components/cohort-badge";
import { CriterionChip } from "@/components/criterion-chip";

describe("CohortBadge", () => {
  it("names the cohort in text, not by colour alone", () => {
    render(<CohortBadge year={2017} />);
    expect(screen.getByText("Cohort 2017")).toBeVisible();
  });
});

describe("CriterionChip", () => {
  it("shows its label with a decorative icon hidden from screen readers", () => {
    const { container } = render(<CriterionChip criterionId="preventie-presentie" label="Preventie en presentie" />);
    expect(screen.getByText("Preventie en presentie")).toBeVisible();
    expect(screen.queryByRole("link")).toBeNull();
    expect(container.querySelector("svg")).toHaveAttribute("aria-hidden", "true");
  });

  it("becomes a link named by its label when it has a target", () => {
    render(<CriterionChip criterionId="ontmoetingsplekken" label="Plekken om te ontmoeten" href="/criteria/ontmoetingsplekken/" />);
    expect(screen.getByRole("link", { name: "Plekken om te ontmoeten" })).toHaveAttribute("href", "/criteria/ontmoetingsplekken/");
  });

  it("draws a different icon for each criterion and a fallback for a new one", () => {
    const ids = [
      "lerend-samenwerkend",
      "toegankelijke-samenleving",
      "preventie-presentie",
      "ontmoetingsplekken",
      "zichtbare-professionals",
      "nieuw-criterium",
    ];
    const paths = ids.map((id) => {
      const { container, unmount } = render(<CriterionChip criterionId={id} label={id} />);
      const d = container.querySelector("path")?.getAttribute("d");
      unmount();
      return d;
    });
    expect(new Set(paths).size).toBe(ids.length);
  });
});
