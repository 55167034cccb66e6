import { describe, expect, it } from "vitest";
import {
  EMPTY_FILTERS,
  hasActiveFilters,
  LISTING_PARAMS,
  matchesFilters,
  MAX_QUERY_LENGTH,
  normaliseForSearch,
  parseFilters,
  serialiseFilters,
  type Filterable,
} from "@/lib/filters";

const options = {
  cohorts: [2015, 2017],
  criteria: ["lerend-samenwerkend", "preventie-presentie", "ontmoetingsplekken"],
  provinces: ["Gelderland", "Noord-Holland"],
};

const ede: Filterable = {
  cohort: 2015,
  provincie: "Gelderland",
  criteria: ["lerend-samenwerkend"],
  searchText: normaliseForSearch("Ede Partnerschap is leidend Inkooptafels"),
};
const huizen: Filterable = {
  cohort: 2017,
  provincie: "Noord-Holland",
  criteria: ["lerend-samenwerkend", "preventie-presentie", "ontmoetingsplekken"],
  searchText: normaliseForSearch("Huizen Je scherpt je aan elkaar GeheugenHuis Meentamorfose"),
};

describe("parseFilters", () => {
  it("reads cohorts, criteria, province, text and view from the URL", () => {
    expect(
      parseFilters(
        "?cohort=2017&criterium=preventie-presentie&criterium=lerend-samenwerkend&provincie=Gelderland&q=dementie&weergave=matrix",
        options,
      ),
    ).toEqual({
      cohorts: [2017],
      criteria: ["lerend-samenwerkend", "preventie-presentie"],
      provinces: ["Gelderland"],
      query: "dementie",
      view: "matrix",
    });
  });

  it("starts from no filters and the card view", () => {
    expect(parseFilters("", options)).toEqual(EMPTY_FILTERS);
  });

  it.each([
    ["unknown values", "?cohort=1999&criterium=preventie&provincie=Texas&weergave=tabel"],
    ["empty parameters", "?cohort=&criterium=&provincie=&weergave="],
    ["script in a value", "?criterium=%3Cscript%3Ealert(1)%3C%2Fscript%3E&cohort=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E"],
    ["encoded quotes", "?cohort=2017%22%20onmouseover%3D%22alert(1)&criterium=%27%3B--"],
    ["numbers that look like a cohort", "?cohort=2017.0&cohort=02017&cohort=%202017"],
    ["prototype keys", "?__proto__=1&constructor=x&cohort=__proto__"],
  ])("ignores %s", (_, search) => {
    const state = parseFilters(search, options);
    expect(state.cohorts).toEqual([]);
    expect(state.criteria).toEqual([]);
    expect(state.provinces).toEqual([]);
    expect(state.view).toBe("kaarten");
  });

  it("keeps each value once and in the order of the options", () => {
    const state = parseFilters(
      "?criterium=ontmoetingsplekken&criterium=lerend-samenwerkend&criterium=ontmoetingsplekken&cohort=2017&cohort=2015&cohort=2017",
      options,
    );
    expect(state.criteria).toEqual(["lerend-samenwerkend", "ontmoetingsplekken"]);
    expect(state.cohorts).toEqual([2015, 2017]);
  });

  it("cuts very long text and removes control characters", () => {
    const state = parseFilters(`?q=${"a".repeat(5000)}`, options);
    expect(state.query).toHaveLength(MAX_QUERY_LENGTH);
    expect(parseFilters("?q=de%00men%0Atie", options).query).toBe("de men tie");
  });

  it("keeps the text as typed, spaces included, so the text box does not jump", () => {
    expect(parseFilters("?q=wijk%20", options).query).toBe("wijk ");
  });
});

describe("serialiseFilters", () => {
  it("writes no query string for no filters", () => {
    expect(serialiseFilters(EMPTY_FILTERS)).toBe("");
  });

  it("round-trips through parseFilters", () => {
    const state = {
      cohorts: [2017],
      criteria: ["lerend-samenwerkend", "preventie-presentie"],
      provinces: ["Noord-Holland"],
      query: "geheugen huis",
      view: "kaart" as const,
    };
    const search = serialiseFilters(state);
    expect(search).toBe(
      "?cohort=2017&criterium=lerend-samenwerkend&criterium=preventie-presentie&provincie=Noord-Holland&q=geheugen+huis&weergave=kaart",
    );
    expect(parseFilters(search, options)).toEqual(state);
  });

  it("writes exactly the declared parameter names, and reads them back", () => {
    const state = { cohorts: [2015], criteria: ["preventie-presentie"], provinces: ["Gelderland"], query: "wijk", view: "matrix" as const };
    const params = new URLSearchParams(serialiseFilters(state));
    expect([...new Set(params.keys())].sort()).toEqual(Object.values(LISTING_PARAMS).sort());
    const renamed = new URLSearchParams([...params].map(([name, value]) => [`x${name}`, value]));
    expect(parseFilters(renamed, options)).toEqual(EMPTY_FILTERS);
  });

  it("leaves out blank text", () => {
    expect(serialiseFilters({ ...EMPTY_FILTERS, query: "   " })).toBe("");
  });
});

describe("matchesFilters", () => {
  const matching = (search: string) => [ede, huizen].filter((item) => matchesFilters(item, parseFilters(search, options)));

  it("matches everything without filters", () => {
    expect(matching("")).toEqual([ede, huizen]);
  });

  it("matches any of the chosen cohorts and provinces", () => {
    expect(matching("?cohort=2015")).toEqual([ede]);
    expect(matching("?cohort=2015&cohort=2017")).toEqual([ede, huizen]);
    expect(matching("?provincie=Noord-Holland")).toEqual([huizen]);
  });

  it("requires all chosen criteria", () => {
    expect(matching("?criterium=lerend-samenwerkend")).toEqual([ede, huizen]);
    expect(matching("?criterium=lerend-samenwerkend&criterium=preventie-presentie")).toEqual([huizen]);
    expect(matching("?cohort=2015&criterium=preventie-presentie")).toEqual([]);
  });

  it("finds every word of the text, ignoring case and diacritics", () => {
    expect(matching("?q=GEHEUGENHUIS")).toEqual([huizen]);
    expect(matching("?q=inkoop%20ede")).toEqual([ede]);
    expect(matching("?q=inkoop%20huizen")).toEqual([]);
    expect(normaliseForSearch("Súdwest-Fryslân")).toBe("sudwest-fryslan");
  });

  it("treats script-like text as plain text that matches nothing", () => {
    expect(matching("?q=%3Cscript%3E")).toEqual([]);
  });
});

describe("hasActiveFilters", () => {
  it("ignores the view and blank text", () => {
    expect(hasActiveFilters({ ...EMPTY_FILTERS, view: "matrix", query: " " })).toBe(false);
    expect(hasActiveFilters({ ...EMPTY_FILTERS, cohorts: [2015] })).toBe(true);
  });
});
