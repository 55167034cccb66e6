import { describe, expect, it } from "vitest";
import {
  EMPTY_FILTERS,
  hasActiveFilters,
  LISTING_PARAMS,
  LIST_CHANGING_PARAMS,
  matchesFilters,
  MAX_QUERY_LENGTH,
  normaliseForSearch,
  orderResults,
  parseFilters,
  serialiseFilters,
  type Filterable,
  type FilterState,
} from "@/lib/listing/filters";
import { resultStatus } from "@/lib/listing/listing-status";

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
  it("reads cohorts, criteria and their match, province, text, view and order from the URL", () => {
    expect(
      parseFilters(
        "?cohort=2017&criterium=preventie-presentie&criterium=lerend-samenwerkend&voldoet=minstens-een&provincie=Gelderland&q=dementie&weergave=matrix&volgorde=aantal-criteria",
        options,
      ),
    ).toEqual({
      cohorts: [2017],
      criteria: ["lerend-samenwerkend", "preventie-presentie"],
      match: "minstens-een",
      provinces: ["Gelderland"],
      query: "dementie",
      view: "matrix",
      order: "aantal-criteria",
    });
  });

  it("starts from no filters, all criteria, the card view and the order by name", () => {
    expect(parseFilters("", options)).toEqual(EMPTY_FILTERS);
    expect(EMPTY_FILTERS).toMatchObject({ match: "alle", view: "kaarten", order: "naam" });
  });

  it.each([
    ["cohort", "?volgorde=cohort", { order: "cohort" }],
    ["number of criteria", "?volgorde=aantal-criteria", { order: "aantal-criteria" }],
    ["name, written out", "?volgorde=naam", { order: "naam" }],
    ["at least one criterion", "?voldoet=minstens-een", { match: "minstens-een" }],
    ["all criteria, written out", "?voldoet=alle", { match: "alle" }],
  ])("reads the %s", (_, search, expected) => {
    expect(parseFilters(search, options)).toEqual({ ...EMPTY_FILTERS, ...expected });
  });

  it.each([
    ["unknown values", "?cohort=1999&criterium=preventie&provincie=Texas&weergave=tabel&voldoet=een&volgorde=grootte"],
    ["values in another case", "?voldoet=Minstens-een&volgorde=COHORT&weergave=Matrix"],
    ["empty parameters", "?cohort=&criterium=&provincie=&weergave=&voldoet=&volgorde="],
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
    expect(state.match).toBe("alle");
    expect(state.order).toBe("naam");
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
    const state: FilterState = {
      cohorts: [2017],
      criteria: ["lerend-samenwerkend", "preventie-presentie"],
      match: "alle",
      provinces: ["Noord-Holland"],
      query: "geheugen huis",
      view: "kaart",
      order: "naam",
    };
    const search = serialiseFilters(state);
    expect(search).toBe(
      "?cohort=2017&criterium=lerend-samenwerkend&criterium=preventie-presentie&provincie=Noord-Holland&q=geheugen+huis&weergave=kaart",
    );
    expect(parseFilters(search, options)).toEqual(state);
  });

  it("writes a match and an order other than the defaults, and reads them back", () => {
    const state: FilterState = { ...EMPTY_FILTERS, criteria: ["lerend-samenwerkend"], match: "minstens-een", order: "cohort" };
    const search = serialiseFilters(state);
    expect(search).toBe("?criterium=lerend-samenwerkend&voldoet=minstens-een&volgorde=cohort");
    expect(parseFilters(search, options)).toEqual(state);
    expect(serialiseFilters({ ...EMPTY_FILTERS, order: "aantal-criteria" })).toBe("?volgorde=aantal-criteria");
  });

  it("writes exactly the declared parameter names, and reads them back", () => {
    const state: FilterState = {
      cohorts: [2015],
      criteria: ["preventie-presentie"],
      match: "minstens-een",
      provinces: ["Gelderland"],
      query: "wijk",
      view: "matrix",
      order: "cohort",
    };
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

  it("requires at least one chosen criterion for the match 'minstens-een'", () => {
    const zeist: Filterable = { ...ede, cohort: 2017, criteria: ["preventie-presentie"] };
    const emptyHanded: Filterable = { ...ede, criteria: [] };
    const all = [ede, huizen, zeist, emptyHanded];
    const matchingOf = (search: string) => all.filter((item) => matchesFilters(item, parseFilters(search, options)));
    const both = "criterium=lerend-samenwerkend&criterium=ontmoetingsplekken";
    expect(matchingOf(`?${both}`)).toEqual([huizen]);
    expect(matchingOf(`?${both}&voldoet=minstens-een`)).toEqual([ede, huizen]);
    expect(matchingOf("?criterium=preventie-presentie&criterium=ontmoetingsplekken&voldoet=minstens-een")).toEqual([huizen, zeist]);
    // Other filters still all apply.
    expect(matchingOf(`?${both}&voldoet=minstens-een&cohort=2017`)).toEqual([huizen]);
  });

  it("does not filter on criteria when none are chosen, in either match", () => {
    const emptyHanded: Filterable = { ...ede, criteria: [] };
    expect(matchesFilters(emptyHanded, { ...EMPTY_FILTERS, match: "minstens-een" })).toBe(true);
    expect(matchesFilters(emptyHanded, EMPTY_FILTERS)).toBe(true);
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

describe("orderResults", () => {
  const item = (naam: string, cohort: number, criteria: number) => ({
    naam,
    cohort,
    criteria: options.criteria.slice(0, criteria),
  });
  // Given out of order, so that a test cannot pass by keeping the input order.
  const given = [
    item("Zeist", 2015, 1),
    item("Ede", 2017, 3),
    item("Álmere", 2017, 1),
    item("Huizen", 2015, 3),
    item("Barneveld", 2017, 2),
  ];
  const names = (order: Parameters<typeof orderResults>[1]) => orderResults(given, order).map((entry) => entry.naam);

  it("orders by name in Dutch, an accented letter with its plain one", () => {
    expect(names("naam")).toEqual(["Álmere", "Barneveld", "Ede", "Huizen", "Zeist"]);
  });

  it("orders by cohort, oldest first, and by name within a cohort", () => {
    expect(names("cohort")).toEqual(["Huizen", "Zeist", "Álmere", "Barneveld", "Ede"]);
  });

  it("orders by number of criteria, most first, and by name on a tie", () => {
    expect(names("aantal-criteria")).toEqual(["Ede", "Huizen", "Barneveld", "Álmere", "Zeist"]);
  });

  it("leaves the given list as it was", () => {
    const before = given.map((entry) => entry.naam);
    orderResults(given, "cohort");
    expect(given.map((entry) => entry.naam)).toEqual(before);
  });
});

describe("resultStatus", () => {
  const two = ["lerend-samenwerkend", "preventie-presentie"];

  it("is the plain count for the defaults", () => {
    expect(resultStatus(3, EMPTY_FILTERS)).toBe("3 gemeenten");
    expect(resultStatus(1, { ...EMPTY_FILTERS, criteria: two })).toBe("1 gemeente");
  });

  it("says when at least one of several criteria will do", () => {
    expect(resultStatus(5, { ...EMPTY_FILTERS, criteria: two, match: "minstens-een" })).toBe(
      "5 gemeenten die aan minstens één van de 2 gekozen criteria voldoen",
    );
    expect(resultStatus(1, { ...EMPTY_FILTERS, criteria: two, match: "minstens-een" })).toBe(
      "1 gemeente die aan minstens één van de 2 gekozen criteria voldoet",
    );
    // One criterion: the same list as for all, so nothing to add.
    expect(resultStatus(4, { ...EMPTY_FILTERS, criteria: ["preventie-presentie"], match: "minstens-een" })).toBe("4 gemeenten");
  });

  it("names an order other than by name", () => {
    expect(resultStatus(5, { ...EMPTY_FILTERS, order: "aantal-criteria" })).toBe("5 gemeenten, gesorteerd op aantal criteria");
    expect(resultStatus(2, { ...EMPTY_FILTERS, criteria: two, match: "minstens-een", order: "cohort" })).toBe(
      "2 gemeenten die aan minstens één van de 2 gekozen criteria voldoen, gesorteerd op cohort",
    );
    expect(resultStatus(1, { ...EMPTY_FILTERS, order: "cohort" })).toBe("1 gemeente");
  });
});

describe("hasActiveFilters", () => {
  it("ignores the view, the order, the criteria match and blank text", () => {
    expect(hasActiveFilters({ ...EMPTY_FILTERS, view: "matrix", query: " ", order: "cohort", match: "minstens-een" })).toBe(false);
    expect(hasActiveFilters({ ...EMPTY_FILTERS, cohorts: [2015] })).toBe(true);
  });
});

describe("LIST_CHANGING_PARAMS", () => {
  it("are the listing's parameters but the criteria match", () => {
    expect(Object.values(LIST_CHANGING_PARAMS)).toEqual(Object.values(LISTING_PARAMS).filter((name) => name !== LISTING_PARAMS.match));
  });
});
