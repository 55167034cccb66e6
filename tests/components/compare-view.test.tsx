import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { CompareView } from "@/components/compare/compare-view";
import type { CompareData, ComparedMunicipality } from "@/lib/pages/compare-data";

function municipality(naam: string, cohort: number, criteria: Record<string, string>): ComparedMunicipality {
  const slug = naam.toLowerCase();
  return {
    slug,
    naam,
    cohort,
    provincie: "Gelderland",
    criteria,
    voorbeelden: [{ id: `${slug}-voorbeeld`, naam: `Voorbeeld van ${naam}` }],
    personen: [{ naam: `Persoon in ${naam}`, rol: "wethouder", organisatie: null }],
    bronnen: ["verslag"],
  };
}

const data: CompareData = {
  municipalities: [
    municipality("Ede", 2015, { samen: "Ede werkt samen." }),
    municipality("Oss", 2017, { ontmoeten: "Oss heeft ontmoetingsplekken." }),
    municipality("Zeist", 2017, {}),
    municipality("Delft", 2017, {}),
  ],
  criteria: [
    { id: "samen", label: "Lerend en samenwerkend" },
    { id: "ontmoeten", label: "Ontmoetingsplekken" },
  ],
  sources: { verslag: "Verslag van de bijeenkomst" },
};

const open = (search: string) => {
  window.history.replaceState(null, "", `/vergelijk/${search}`);
  return render(<CompareView data={data} />);
};

beforeEach(() => window.history.replaceState(null, "", "/vergelijk/"));

describe("CompareView", () => {
  it("asks for a choice when the link names no municipality", () => {
    open("");
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
    expect(screen.getByText(/Kies hierboven/)).toBeInTheDocument();
  });

  it("sets the chosen municipalities side by side, a column each and a labelled row per subject", () => {
    open("?gemeenten=oss,ede");
    const table = screen.getByRole("table", { name: "Oss en Ede naast elkaar" });
    const columns = within(table).getAllByRole("columnheader");
    expect(columns.map((header) => header.textContent)).toEqual(["Onderdeel", "Oss", "Ede"]);
    expect(within(columns[1] ?? table).getByRole("link", { name: "Oss" })).toHaveAttribute("href", "/gemeenten/oss/");
    expect(
      within(table)
        .getAllByRole("rowheader")
        .map((header) => header.textContent),
    ).toEqual(["Cohort", "Provincie", "Lerend en samenwerkend", "Ontmoetingsplekken", "Voorbeelden", "Personen", "Bronnen"]);
    const samen = within(table).getByRole("row", { name: /^Lerend en samenwerkend/ });
    expect(samen).toHaveTextContent("Niet gekozen op dit criterium");
    expect(samen).toHaveTextContent("Ede werkt samen.");
    expect(within(table).getByRole("link", { name: "Voorbeeld van Ede" })).toHaveAttribute("href", "/voorbeelden/ede/ede-voorbeeld/");
    expect(within(table).getAllByText("Verslag van de bijeenkomst")).toHaveLength(2);
    expect(screen.getByRole("region", { name: "Oss en Ede naast elkaar" })).toHaveAttribute("tabindex", "0");
  });

  it("names what the link asked for but the page left out", () => {
    open("?gemeenten=ede,bestaat-niet,ede&gemeenten=oss,zeist,delft");
    expect(
      screen
        .getAllByRole("columnheader")
        .slice(1)
        .map((header) => header.textContent),
    ).toEqual(["Ede", "Oss", "Zeist"]);
    const status = screen.getByRole("status");
    expect(status).toHaveTextContent("‘bestaat-niet’");
    expect(status).toHaveTextContent("Ede stond meer dan eens in de link");
    expect(status).toHaveTextContent("Niet getoond: Delft.");
  });

  it("changes the comparison from its form and writes it to the URL", async () => {
    const user = userEvent.setup();
    open("?gemeenten=ede,oss");
    expect(screen.getByRole("combobox", { name: "Gemeente 1" })).toHaveValue("ede");
    await user.selectOptions(screen.getByRole("combobox", { name: "Gemeente 2" }), "Zeist");
    await user.selectOptions(screen.getByRole("combobox", { name: "Gemeente 3" }), "Delft");
    await user.click(screen.getByRole("button", { name: "Vergelijk" }));
    expect(window.location.search).toBe("?gemeenten=ede,zeist,delft");
    expect(screen.getByRole("table", { name: "Ede, Zeist en Delft naast elkaar" })).toBeInTheDocument();
  });
});
