import type { ComponentProps } from "react";
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { TodaysAnswer } from "@/lib/nearby/answers";
import type { ProfileSummary } from "@/lib/nearby/finder";
import NearbyProvincePage from "@/pages/in-de-buurt/[provincie]";
import NearbyPage from "@/pages/in-de-buurt/index";

const profile = (name: string, cohort: number): ProfileSummary => ({
  slug: name.toLowerCase().replaceAll(" ", "-"),
  name,
  title: `Titel van ${name}`,
  cohort,
  province: "Utrecht",
  criteria: [],
});
const ZEIST = profile("Zeist", 2017);
const HUIZEN = profile("Huizen", 2017);
const REGION = profile("Regio Midden-Limburg", 2015);

/** Made-up answers of four municipalities, one of each kind. */
const municipalities: TodaysAnswer[] = [
  { code: "GM0355", name: "Zeist", slug: "zeist", province: "Utrecht", answers: [{ kind: "gouden-gemeente", profile: ZEIST }] },
  {
    code: "GM1961",
    name: "Vijfheerenlanden",
    slug: "vijfheerenlanden",
    province: "Utrecht",
    answers: [{ kind: "bevat", profile: profile("Leerdam", 2017), former: "Leerdam" }],
  },
  {
    code: "GM0957",
    name: "Roermond",
    slug: "roermond",
    province: "Utrecht",
    answers: [{ kind: "lid", profile: REGION, region: REGION.name }],
  },
  {
    code: "GM0307",
    name: "Amersfoort",
    slug: "amersfoort",
    province: "Utrecht",
    answers: [
      {
        kind: "dichtbij",
        nearest: [
          { profile: ZEIST, km: 12 },
          { profile: HUIZEN, km: 17 },
          { profile: REGION, km: 150 },
        ],
      },
    ],
  },
];

function provincePage() {
  const page = { province: "Utrecht", municipalities };
  return render(<NearbyProvincePage {...({ page } as ComponentProps<typeof NearbyProvincePage>)} />);
}

/** The answer cell of a municipality's row, found by its row header. */
function answerOf(name: string) {
  const row = screen.getByRole("rowheader", { name }).closest("tr");
  if (!row) throw new Error(`geen rij voor ${name}`);
  return within(row);
}

describe("a province page of 'Bij u in de buurt'", () => {
  it("lists every municipality in a table, each with its answer in words and links to the profiles", () => {
    provincePage();
    expect(screen.getByRole("heading", { level: 1, name: "Bij u in de buurt: Utrecht" })).toBeVisible();
    const table = screen.getByRole("table", { name: "De gemeenten van Utrecht en hun Gouden Gemeente" });
    expect(
      within(table)
        .getAllByRole("columnheader")
        .map((header) => header.textContent),
    ).toEqual(["Gemeente", "Gouden Gemeente"]);
    expect(
      within(table)
        .getAllByRole("rowheader")
        .map((header) => header.textContent),
    ).toEqual(municipalities.map((m) => m.name));

    expect(answerOf("Zeist").getByText(/^Zelf een Gouden Gemeente/)).toHaveTextContent("Zelf een Gouden Gemeente: Zeist (cohort 2017)");
    expect(answerOf("Zeist").getByRole("link", { name: "Zeist" })).toHaveAttribute("href", "/gemeenten/zeist/");
    expect(answerOf("Vijfheerenlanden").getByText(/^Omvat/)).toHaveTextContent("Omvat Gouden Gemeente Leerdam (cohort 2017)");
    expect(answerOf("Vijfheerenlanden").getByRole("link", { name: "Leerdam" })).toHaveAttribute("href", "/gemeenten/leerdam/");
    expect(answerOf("Roermond").getByText(/^Lid van/)).toHaveTextContent("Lid van Gouden Gemeente Regio Midden-Limburg (cohort 2015)");
  });

  it("gives a municipality without a Gouden Gemeente the nearest three, nearest first, with whole kilometres", () => {
    provincePage();
    const nearest = within(answerOf("Amersfoort").getByRole("list", { name: "Dichtstbij" }));
    expect(nearest.getAllByRole("listitem").map((item) => item.textContent)).toEqual([
      "Zeist, 12 km",
      "Huizen, 17 km",
      "Regio Midden-Limburg, 150 km",
    ]);
    expect(nearest.getByRole("link", { name: "Huizen" })).toHaveAttribute("href", "/gemeenten/huizen/");
  });
});

describe("the page 'Bij u in de buurt'", () => {
  it("links a page per province with its number of municipalities", () => {
    const page = {
      provinces: [
        { name: "Utrecht", slug: "utrecht", municipalityCount: 26 },
        { name: "Noord-Brabant", slug: "noord-brabant", municipalityCount: 1 },
      ],
      municipalityCount: 27,
      finder: "utrecht|Amersfoort",
      islandScript: "/js/islands/in-de-buurt.js",
    };
    render(<NearbyPage {...({ page } as ComponentProps<typeof NearbyPage>)} />);
    expect(screen.getByRole("heading", { level: 1, name: "Bij u in de buurt" })).toBeVisible();
    expect(screen.getByRole("link", { name: "Noord-Brabant" })).toHaveAttribute("href", "/in-de-buurt/noord-brabant/");
    expect(screen.getByRole("link", { name: "Utrecht" }).closest("li")).toHaveTextContent("26 gemeenten");
    expect(screen.getByRole("link", { name: "Noord-Brabant" }).closest("li")).toHaveTextContent("1 gemeente");
    expect(screen.getByText(/alle 27 gemeenten van nu/)).toBeVisible();
  });
});
