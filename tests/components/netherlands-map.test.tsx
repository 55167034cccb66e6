// @vitest-environment jsdom
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { LocatorMap } from "@/components/locator-map";
import { MunicipalityMap } from "@/components/municipality-map";
import { loadContent } from "@/lib/content/load";

const content = loadContent();
const cohorts = content.cohorts.map((cohort) => cohort.jaar);
const byName = (naam: string) => {
  const found = content.municipalities.find((municipality) => municipality.naam === naam);
  if (!found) throw new Error(`${naam} ontbreekt`);
  return found;
};

describe("MunicipalityMap", () => {
  it("links each area to its profile by name and cohort, with the source", () => {
    render(<MunicipalityMap label="Kaart van de Gouden Gemeenten" municipalities={content.municipalities} cohorts={cohorts} />);
    const map = screen.getByRole("group", { name: "Kaart van de Gouden Gemeenten" });
    expect(within(map).getAllByRole("link")).toHaveLength(content.municipalities.length);
    const ede = within(map).getByRole("link", { name: "Ede (cohort 2015)" });
    expect(ede).toHaveAttribute("href", "/gemeenten/ede/");
    // The area, hatched, and the marker on top of it.
    expect(ede.querySelector("path.map-area")?.getAttribute("fill")).toMatch(/^url\(#kaart-arcering-\d\)$/);
    expect(ede.querySelector(".map-symbol")).not.toBeNull();
    const region = within(map).getByRole("link", { name: "Regio Midden-Limburg (cohort 2017)" });
    expect(region.querySelectorAll("path.map-area")).toHaveLength(1);
    expect(screen.getByRole("list", { name: "Legenda" })).toHaveTextContent("Cohort 2015 (cirkel)");
    expect(screen.getByText("Bron: CBS, Kadaster")).toBeInTheDocument();
  });

  it("keeps a marker for a municipality outside the 2017 data", () => {
    const future = { ...byName("Ede"), slug: "nergenshuizen", naam: "Nergenshuizen", cbs_code: "GM9999", leden: undefined };
    render(<MunicipalityMap label="Kaart" municipalities={[future]} cohorts={cohorts} />);
    const link = within(screen.getByRole("group", { name: "Kaart" })).getByRole("link", { name: "Nergenshuizen (cohort 2015)" });
    expect(link.querySelector("path.map-area")).toBeNull();
    expect(link.querySelector(".map-symbol")).not.toBeNull();
  });
});

describe("LocatorMap", () => {
  it("shows the province as an image with a name and says it in words", () => {
    render(<LocatorMap municipality={byName("Ede")} cohorts={cohorts} />);
    const image = screen.getByRole("img", { name: "Ligging van Ede" });
    expect(image.querySelectorAll("path")).toHaveLength(2);
    expect(screen.getByText(/Ede ligt in de provincie Gelderland\./)).toBeInTheDocument();
    expect(screen.getByText("Bron: CBS, Kadaster")).toBeInTheDocument();
    expect(screen.queryByRole("link")).toBeNull();
  });
});
