import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { LocatorMap } from "@/components/locator-map";
import { MunicipalityMap } from "@/components/municipality-map";
import { fixtureSite } from "../unit/fixture-site";

const content = fixtureSite();
const cohorts = content.cohorts.map((cohort) => cohort.jaar);
const byName = (naam: string) => {
  const found = content.municipalities.find((municipality) => municipality.naam === naam);
  if (!found) throw new Error(`${naam} ontbreekt`);
  return found;
};
/** A made-up region of three Limburg municipalities of 2017: one area drawn for all three. */
const region = {
  ...byName("Eelde"),
  naam: "Regio Maasvallei",
  slug: "regio-maasvallei",
  provincie: "Limburg" as const,
  cbs_code: undefined,
  leden: [
    { naam: "Roermond", cbs_code: "GM0957" },
    { naam: "Leudal", cbs_code: "GM1640" },
    { naam: "Maasgouw", cbs_code: "GM1641" },
  ],
};
const municipalities = [...content.municipalities, region];

describe("MunicipalityMap", () => {
  it("links each area to its profile by name and cohort, with the source", () => {
    render(<MunicipalityMap label="Kaart van de Gouden Gemeenten" municipalities={municipalities} cohorts={cohorts} />);
    const map = screen.getByRole("group", { name: "Kaart van de Gouden Gemeenten" });
    expect(within(map).getAllByRole("link")).toHaveLength(municipalities.length);
    const aaldijk = within(map).getByRole("link", { name: "Aaldijk (cohort 2017)" });
    expect(aaldijk).toHaveAttribute("href", "/gemeenten/aaldijk/");
    // The area, hatched, and the marker on top of it.
    expect(aaldijk.querySelector("path.map-area")?.getAttribute("fill")).toMatch(/^url\(#kaart-arcering-\d\)$/);
    expect(aaldijk.querySelector(".map-symbol")).not.toBeNull();
    const regionLink = within(map).getByRole("link", { name: "Regio Maasvallei (cohort 2019)" });
    expect(regionLink.querySelectorAll("path.map-area")).toHaveLength(1);
    expect(screen.getByRole("list", { name: "Legenda" })).toHaveTextContent("Cohort 2017 (cirkel)");
    expect(screen.getByText("Bron: CBS, Kadaster")).toBeInTheDocument();
  });

  it("keeps a marker for a municipality outside the 2017 data", () => {
    const future = { ...byName("Aaldijk"), slug: "nergenshuizen", naam: "Nergenshuizen", cbs_code: "GM9999" };
    render(<MunicipalityMap label="Kaart" municipalities={[future]} cohorts={cohorts} />);
    const link = within(screen.getByRole("group", { name: "Kaart" })).getByRole("link", { name: "Nergenshuizen (cohort 2017)" });
    expect(link.querySelector("path.map-area")).toBeNull();
    expect(link.querySelector(".map-symbol")).not.toBeNull();
  });
});

describe("LocatorMap", () => {
  it("shows the province as an image with a name and says it in words", () => {
    // The fixture's profiles are all in Delft's place, in Zuid-Holland.
    render(<LocatorMap municipality={byName("Aaldijk")} cohorts={cohorts} />);
    const image = screen.getByRole("img", { name: "Ligging van Aaldijk" });
    expect(image.querySelectorAll("path")).toHaveLength(2);
    expect(screen.getByText(/Aaldijk ligt in de provincie Zuid-Holland\./)).toBeInTheDocument();
    expect(screen.getByText("Bron: CBS, Kadaster")).toBeInTheDocument();
    expect(screen.queryByRole("link")).toBeNull();
  });
});
