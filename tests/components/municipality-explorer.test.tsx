import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { MunicipalityExplorer } from "@/components/municipality-explorer";
import { RESULTS_PER_BATCH } from "@/lib/listing/batches";
import { LISTING_PARAMS, MAX_QUERY_LENGTH, normaliseForSearch } from "@/lib/listing/filters";
import type { ListingItem, ListingOptions } from "@/lib/pages/listing";

function item(naam: string, cohort: number, provincie: string, criteria: string[], extra = ""): ListingItem {
  const slug = naam.toLowerCase().replaceAll(" ", "-");
  return {
    slug,
    naam,
    titel: `Titel van ${naam}`,
    cohort,
    provincie,
    criteria,
    href: `/gemeenten/${slug}/`,
    point: { x: 1, y: 1 },
    searchText: normaliseForSearch(`${naam} ${extra}`),
  };
}

const items = [
  item("Ede", 2015, "Gelderland", ["lerend-samenwerkend"], "Inkooptafels"),
  item("Huizen", 2017, "Noord-Holland", ["lerend-samenwerkend", "preventie-presentie"], "GeheugenHuis"),
  item("Zeist", 2017, "Utrecht", ["preventie-presentie"]),
];
const options: ListingOptions = {
  cohorts: [2015, 2017],
  criteria: [
    { id: "lerend-samenwerkend", label: "Lerend en samenwerkend" },
    { id: "preventie-presentie", label: "Preventie en presentie" },
  ],
  provinces: ["Gelderland", "Noord-Holland", "Utrecht"],
};
const geometry = { width: 10, height: 10 };

function renderExplorer() {
  return render(<MunicipalityExplorer items={items} options={options} geometry={geometry} />);
}
const shownNames = () => screen.queryAllByRole("article").map((article) => within(article).getByRole("heading").textContent);

beforeEach(() => {
  window.history.replaceState(null, "", "/gemeenten/");
});

describe("MunicipalityExplorer", () => {
  it("groups its controls in labelled fieldsets and announces the count politely", () => {
    renderExplorer();
    expect(screen.getByRole("group", { name: "Cohort" })).toBeInTheDocument();
    expect(screen.getByRole("group", { name: "Criteria" })).toBeInTheDocument();
    expect(screen.getByRole("searchbox", { name: "Zoek op naam of onderwerp" })).toBeInTheDocument();
    expect(screen.getByRole("combobox", { name: "Provincie" })).toBeInTheDocument();
    const status = screen.getByRole("status");
    expect(status).toHaveAttribute("aria-live", "polite");
    expect(status).toHaveTextContent("3 gemeenten");
    expect(shownNames()).toEqual(["Ede", "Huizen", "Zeist"]);
  });

  it("names its controls after the URL parameters and limits the text as the URL does", () => {
    renderExplorer();
    const searchbox = screen.getByRole("searchbox", { name: "Zoek op naam of onderwerp" });
    expect(searchbox).toHaveAttribute("name", LISTING_PARAMS.query);
    expect(searchbox).toHaveAttribute("maxlength", String(MAX_QUERY_LENGTH));
    expect(screen.getByRole("checkbox", { name: "2015" })).toHaveAttribute("name", LISTING_PARAMS.cohort);
    expect(screen.getByRole("checkbox", { name: "Lerend en samenwerkend" })).toHaveAttribute("name", LISTING_PARAMS.criterion);
    expect(screen.getByRole("combobox", { name: "Provincie" })).toHaveAttribute("name", LISTING_PARAMS.province);
    expect(screen.getByRole("radio", { name: "Matrix" })).toHaveAttribute("name", LISTING_PARAMS.view);
    const match = screen.getByRole("group", { name: "Gemeenten die voldoen" });
    expect(within(match).getByRole("radio", { name: "aan alle gekozen criteria" })).toHaveAttribute("name", LISTING_PARAMS.match);
    expect(within(match).getByRole("radio", { name: "aan minstens één" })).toHaveAttribute("name", LISTING_PARAMS.match);
    expect(screen.getByRole("combobox", { name: "Sorteer op" })).toHaveAttribute("name", LISTING_PARAMS.order);
  });

  it("puts the criteria match inside the criteria group, all criteria chosen by default", () => {
    renderExplorer();
    const criteria = screen.getByRole("group", { name: "Criteria" });
    const match = within(criteria).getByRole("group", { name: "Gemeenten die voldoen" });
    expect(within(match).getByRole("radio", { name: "aan alle gekozen criteria" })).toBeChecked();
    expect(within(match).getByRole("radio", { name: "aan minstens één" })).not.toBeChecked();
    expect(screen.getByRole("combobox", { name: "Sorteer op" })).toHaveValue("naam");
  });

  it("switches between all and at least one of the chosen criteria, in the list, the URL and the status", async () => {
    const user = userEvent.setup();
    renderExplorer();
    await user.click(screen.getByRole("checkbox", { name: "Lerend en samenwerkend" }));
    await user.click(screen.getByRole("checkbox", { name: "Preventie en presentie" }));
    expect(shownNames()).toEqual(["Huizen"]);
    expect(screen.getByRole("status")).toHaveTextContent(/^1 gemeente$/);

    await user.click(screen.getByRole("radio", { name: "aan minstens één" }));
    expect(window.location.search).toBe("?criterium=lerend-samenwerkend&criterium=preventie-presentie&voldoet=minstens-een");
    expect(shownNames()).toEqual(["Ede", "Huizen", "Zeist"]);
    expect(screen.getByRole("status")).toHaveTextContent("3 gemeenten die aan minstens één van de 2 gekozen criteria voldoen");

    await user.click(screen.getByRole("radio", { name: "aan alle gekozen criteria" }));
    expect(window.location.search).toBe("?criterium=lerend-samenwerkend&criterium=preventie-presentie");
    expect(shownNames()).toEqual(["Huizen"]);
  });

  it("orders the cards and the matrix, writes the URL and says so in the status", async () => {
    const user = userEvent.setup();
    renderExplorer();
    const order = screen.getByRole("combobox", { name: "Sorteer op" });
    await user.selectOptions(order, "Aantal criteria, meeste eerst");
    expect(window.location.search).toBe("?volgorde=aantal-criteria");
    // Huizen has two criteria; Ede and Zeist one each, by name.
    expect(shownNames()).toEqual(["Huizen", "Ede", "Zeist"]);
    expect(screen.getByRole("status")).toHaveTextContent("3 gemeenten, gesorteerd op aantal criteria");

    await user.selectOptions(order, "Cohort, oudste eerst");
    expect(window.location.search).toBe("?volgorde=cohort");
    expect(shownNames()).toEqual(["Ede", "Huizen", "Zeist"]);

    await user.click(screen.getByRole("radio", { name: "Matrix" }));
    await user.selectOptions(order, "Aantal criteria, meeste eerst");
    const table = screen.getByRole("table", { name: /Criteria per gemeente/ });
    const rowNames = within(table)
      .getAllByRole("rowheader")
      .map((header) => header.textContent);
    expect(rowNames).toEqual(["Huizen", "Ede", "Zeist"]);

    await user.click(screen.getByRole("radio", { name: "Kaarten" }));
    await user.selectOptions(order, "Naam");
    expect(window.location.search).toBe("");
    expect(shownNames()).toEqual(["Ede", "Huizen", "Zeist"]);
    expect(screen.getByRole("status")).toHaveTextContent(/^3 gemeenten$/);
  });

  it("shows on the map the same set as the cards, for all and for at least one criterion", () => {
    const both = "criterium=lerend-samenwerkend&criterium=preventie-presentie";
    window.history.replaceState(null, "", `/gemeenten/?${both}&weergave=kaart`);
    renderExplorer();
    const strict = screen.getByRole("group", { name: "Kaart met 1 gemeente" });
    expect(within(strict).queryByRole("link", { name: "Zeist (cohort 2017)" })).not.toBeInTheDocument();
    act(() => {
      window.history.replaceState(null, "", `/gemeenten/?${both}&voldoet=minstens-een&weergave=kaart`);
      window.dispatchEvent(new PopStateEvent("popstate"));
    });
    const loose = screen.getByRole("group", { name: "Kaart met 3 gemeenten" });
    expect(within(loose).getByRole("link", { name: "Zeist (cohort 2017)" })).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent("3 gemeenten die aan minstens één van de 2 gekozen criteria voldoen");
  });

  it("filters by cohort and criteria, writes the URL and updates the count", async () => {
    const user = userEvent.setup();
    renderExplorer();
    await user.click(screen.getByRole("checkbox", { name: "2017" }));
    expect(window.location.search).toBe("?cohort=2017");
    expect(shownNames()).toEqual(["Huizen", "Zeist"]);
    await user.click(screen.getByRole("checkbox", { name: "Lerend en samenwerkend" }));
    expect(window.location.search).toBe("?cohort=2017&criterium=lerend-samenwerkend");
    expect(shownNames()).toEqual(["Huizen"]);
    expect(screen.getByRole("status")).toHaveTextContent("1 gemeente");
  });

  it("shows the filtered view of a deep link and follows the back button", async () => {
    window.history.replaceState(null, "", "/gemeenten/?criterium=preventie-presentie");
    // As the page's inline script does for a deep link: hidden until filtered.
    document.documentElement.dataset.filtering = "";
    renderExplorer();
    expect(document.documentElement).not.toHaveAttribute("data-filtering");
    expect(shownNames()).toEqual(["Huizen", "Zeist"]);
    expect(screen.getByRole("checkbox", { name: "Preventie en presentie" })).toBeChecked();

    await userEvent.setup().click(screen.getByRole("checkbox", { name: "2017" }));
    act(() => {
      window.history.replaceState(null, "", "/gemeenten/?provincie=Gelderland");
      window.dispatchEvent(new PopStateEvent("popstate"));
    });
    expect(shownNames()).toEqual(["Ede"]);
    expect(screen.getByRole("combobox", { name: "Provincie" })).toHaveValue("Gelderland");
  });

  it("searches name and example names as the visitor types", async () => {
    const user = userEvent.setup();
    renderExplorer();
    await user.type(screen.getByRole("searchbox", { name: "Zoek op naam of onderwerp" }), "geheugen");
    expect(shownNames()).toEqual(["Huizen"]);
    expect(window.location.search).toBe("?q=geheugen");
  });

  it("offers ways to loosen the filters when nothing matches, and a reset", async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, "", "/gemeenten/?cohort=2015&criterium=preventie-presentie");
    renderExplorer();
    expect(screen.getByText("Geen gemeente voldoet aan alle gekozen filters")).toBeVisible();
    expect(screen.getByRole("status")).toHaveTextContent("0 gemeenten");
    await user.click(screen.getByRole("button", { name: "zonder cohort 2015 (2 gemeenten)" }));
    expect(shownNames()).toEqual(["Huizen", "Zeist"]);
    await user.selectOptions(screen.getByRole("combobox", { name: "Sorteer op" }), "Cohort, oudste eerst");
    await user.click(screen.getByRole("button", { name: "Alle filters wissen" }));
    // The order is how to show the list, not a filter: the reset keeps it.
    expect(window.location.search).toBe("?volgorde=cohort");
    expect(shownNames()).toEqual(["Ede", "Huizen", "Zeist"]);
    expect(screen.getByRole("button", { name: "Alle filters wissen" })).toBeDisabled();
  });

  it("switches to the matrix and the map view", async () => {
    const user = userEvent.setup();
    renderExplorer();
    await user.click(screen.getByRole("radio", { name: "Matrix" }));
    expect(window.location.search).toBe("?weergave=matrix");
    const table = screen.getByRole("table", { name: /Criteria per gemeente \(3\)/ });
    expect(within(table).getByRole("link", { name: "Huizen: Preventie en presentie, lees de toelichting" })).toHaveAttribute(
      "href",
      "/gemeenten/huizen/#criterium-preventie-presentie",
    );
    await user.click(screen.getByRole("radio", { name: "Kaart" }));
    const map = screen.getByRole("group", { name: "Kaart met 3 gemeenten" });
    expect(within(map).getByRole("link", { name: "Zeist (cohort 2017)" })).toHaveAttribute("href", "/gemeenten/zeist/");
  });

  it("shows a long result in batches, continues at the first new result and starts again after a filter change", async () => {
    const user = userEvent.setup();
    const many = Array.from({ length: RESULTS_PER_BATCH + 12 }, (_, index) =>
      item(`Gemeente ${String(index + 1).padStart(3, "0")}`, index % 2 ? 2017 : 2015, "Utrecht", ["lerend-samenwerkend"]),
    );
    render(<MunicipalityExplorer items={many} options={options} geometry={geometry} />);
    expect(screen.getByRole("status")).toHaveTextContent(`${many.length} gemeenten`);
    expect(shownNames()).toHaveLength(RESULTS_PER_BATCH);
    expect(screen.getByText(`${RESULTS_PER_BATCH} van ${many.length} getoond`)).toBeVisible();

    await user.click(screen.getByRole("button", { name: "Toon nog 12 gemeenten" }));
    expect(shownNames()).toHaveLength(many.length);
    expect(screen.queryByRole("button", { name: /Toon nog/ })).not.toBeInTheDocument();
    expect(screen.getByRole("link", { name: `Gemeente ${String(RESULTS_PER_BATCH + 1).padStart(3, "0")}` })).toHaveFocus();

    await user.click(screen.getByRole("radio", { name: "Matrix" }));
    expect(
      screen.getByRole("table", { name: new RegExp(`Criteria per gemeente \\(${RESULTS_PER_BATCH} van ${many.length}\\)`) }),
    ).toBeVisible();
    await user.click(screen.getByRole("radio", { name: "Kaarten" }));
    await user.click(screen.getByRole("checkbox", { name: "2015" }));
    expect(shownNames()).toHaveLength(many.length / 2);
    expect(screen.queryByRole("button", { name: /Toon nog/ })).not.toBeInTheDocument();
  });

  it("lets a reader tick up to three cards and links to their comparison", async () => {
    const user = userEvent.setup();
    renderExplorer();
    expect(screen.queryByRole("link", { name: /^Vergelijk \d gemeenten$/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole("checkbox", { name: "Vergelijk Zeist" }));
    await user.click(screen.getByRole("checkbox", { name: "Vergelijk Ede" }));
    expect(screen.getByRole("link", { name: "Vergelijk 2 gemeenten" })).toHaveAttribute("href", "/vergelijk/?gemeenten=zeist,ede");
    await user.click(screen.getByRole("checkbox", { name: "Vergelijk Ede" }));
    expect(screen.getByText(/Gekozen om te vergelijken \(1 van 3\): Zeist/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Wis keuze" }));
    expect(screen.getByRole("checkbox", { name: "Vergelijk Zeist" })).not.toBeChecked();
  });

  it("keeps the choice when the reader ticks in the matrix too", async () => {
    const user = userEvent.setup();
    renderExplorer();
    await user.click(screen.getByRole("checkbox", { name: "Vergelijk Zeist" }));
    await user.click(screen.getByRole("radio", { name: "Matrix" }));
    const table = screen.getByRole("table", { name: /Criteria per gemeente/ });
    expect(within(table).getByRole("columnheader", { name: "Vergelijk" })).toBeInTheDocument();
    expect(within(table).getByRole("checkbox", { name: "Vergelijk Zeist" })).toBeChecked();
    await user.click(within(table).getByRole("checkbox", { name: "Vergelijk Ede" }));
    expect(screen.getByRole("link", { name: "Vergelijk 2 gemeenten" })).toHaveAttribute("href", "/vergelijk/?gemeenten=zeist,ede");
  });
});
