import { describe, expect, it } from "vitest";
import { EMPTY_FILTERS, normaliseForSearch, type Filterable, type FilterState } from "@/lib/listing/filters";
import { loosenings } from "@/lib/listing/loosenings";

const municipality = (cohort: number, provincie: string, criteria: string[], text: string): Filterable => ({
  cohort,
  provincie,
  criteria,
  searchText: normaliseForSearch(text),
});
const items = [
  municipality(2015, "Gelderland", ["lerend-samenwerkend"], "Ede Inkooptafels"),
  municipality(2017, "Noord-Holland", ["lerend-samenwerkend", "preventie-presentie"], "Huizen GeheugenHuis"),
  municipality(2017, "Utrecht", ["preventie-presentie"], "Zeist"),
];
const criteria = [
  { id: "lerend-samenwerkend", label: "Lerend en samenwerkend" },
  { id: "preventie-presentie", label: "Preventie en presentie" },
];
const state = (filters: Partial<FilterState>): FilterState => ({ ...EMPTY_FILTERS, ...filters });
const offered = (filters: Partial<FilterState>) =>
  loosenings(items, state(filters), criteria).map(({ label, count }) => `${label}: ${count}`);

describe("loosenings", () => {
  it("offers to drop each filter that would show something, with the count, in the order criteria, cohorts, provinces, text", () => {
    expect(offered({ criteria: ["lerend-samenwerkend"], provinces: ["Utrecht"] })).toEqual([
      "zonder ‘Lerend en samenwerkend’: 1",
      "zonder Utrecht: 2",
    ]);
    expect(offered({ cohorts: [2015], provinces: ["Utrecht"] })).toEqual(["zonder cohort 2015: 1", "zonder Utrecht: 1"]);
    expect(offered({ criteria: ["lerend-samenwerkend"], query: " zeist " })).toEqual([
      "zonder ‘Lerend en samenwerkend’: 1",
      "zonder de zoektekst ‘zeist’: 2",
    ]);
    expect(offered({ cohorts: [2015], criteria: ["preventie-presentie"], provinces: ["Utrecht"], query: "zeist" })).toEqual([
      "zonder cohort 2015: 1",
    ]);
  });

  it("keeps the other filters, the view and the order in the loosened state", () => {
    const options = loosenings(
      items,
      state({
        cohorts: [2015],
        criteria: ["preventie-presentie"],
        provinces: ["Noord-Holland"],
        query: " huizen ",
        view: "matrix",
        order: "cohort",
      }),
      criteria,
    );
    expect(options).toEqual([
      {
        label: "zonder cohort 2015",
        count: 1,
        next: state({
          criteria: ["preventie-presentie"],
          provinces: ["Noord-Holland"],
          query: " huizen ",
          view: "matrix",
          order: "cohort",
        }),
      },
    ]);
    // Criteria must all match, so dropping one keeps the others.
    expect(
      loosenings(items, state({ criteria: ["lerend-samenwerkend", "preventie-presentie"], provinces: ["Utrecht"] }), criteria),
    ).toEqual([
      { label: "zonder ‘Lerend en samenwerkend’", count: 1, next: state({ criteria: ["preventie-presentie"], provinces: ["Utrecht"] }) },
      { label: "zonder Utrecht", count: 1, next: state({ criteria: ["lerend-samenwerkend", "preventie-presentie"] }) },
    ]);
  });

  it("offers nothing when no single filter is in the way, or there are no filters", () => {
    expect(offered({ cohorts: [2015], provinces: ["Utrecht"], query: "huizen" })).toEqual([]);
    expect(offered({})).toEqual([]);
  });
});
