import { describe, expect, it } from "vitest";
import { EXAMPLE_PARAMS } from "@/lib/listing/example-filters";
import { LIST_CHANGING_PARAMS, LISTING_PARAMS } from "@/lib/listing/filters";
import { hidesUnfilteredList, listParamNames } from "@/lib/listing/search-params";

describe("the list flag of a deep link", () => {
  const listing = listParamNames(LIST_CHANGING_PARAMS);

  it.each(Object.values(LIST_CHANGING_PARAMS).flatMap((name) => [`?${name}=x`, `?weergave=matrix&${name}=`]))(
    "hides the listing's full list for %s",
    (search) => {
      expect(hidesUnfilteredList(search, listing)).toBe(true);
    },
  );

  it.each(["", "?", "?thema=jeugd", "?utm_source=nieuwsbrief", "?xq=1", "?cohorten=2015", "?q", "#cohort=2015"])(
    "leaves the listing's full list for '%s'",
    (search) => {
      expect(hidesUnfilteredList(search, listing)).toBe(false);
    },
  );

  // The order rearranges the list the static HTML shows; the criteria match alone leaves it as it is.
  it.each([
    ["an order", `?${LISTING_PARAMS.order}=cohort`, true],
    ["a criteria match with criteria", `?${LISTING_PARAMS.criterion}=preventie-presentie&${LISTING_PARAMS.match}=minstens-een`, true],
    ["a criteria match alone", `?${LISTING_PARAMS.match}=minstens-een`, false],
  ])("for %s on the listing: %s hides the list: %s", (_, search, expected) => {
    expect(hidesUnfilteredList(search, listing)).toBe(expected);
  });

  it("hides the examples index's list for each of its own parameters, and for none of the listing's", () => {
    const examples = listParamNames(EXAMPLE_PARAMS);
    const own: string[] = Object.values(EXAMPLE_PARAMS);
    for (const name of own) expect(hidesUnfilteredList(`?${name}=x`, examples), name).toBe(true);
    const others = Object.values(LIST_CHANGING_PARAMS).filter((name) => !own.includes(name));
    expect(others.length).toBeGreaterThan(0);
    for (const name of others) expect(hidesUnfilteredList(`?${name}=x`, examples), name).toBe(false);
  });

  it("reads only plain names from the page, so none can widen the pattern", () => {
    expect(hidesUnfilteredList("?anything=1", ".* q")).toBe(false);
    expect(hidesUnfilteredList("?q=1", ".* q")).toBe(true);
    expect(hidesUnfilteredList("?q=1", "")).toBe(false);
  });

  it.each([[{}], [{ a: "q.*" }], [{ a: "q", b: "x)|(" }], [{ a: '"</script>' }]])("refuses names that do not fit: %j", (params) => {
    expect(() => listParamNames(params)).toThrow(/parameternamen/);
  });
});
