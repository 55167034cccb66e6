import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { EXAMPLE_PARAMS } from "@/lib/example-filters";
import { LIST_CHANGING_PARAMS, LISTING_PARAMS } from "@/lib/filters";
import { FILTERING_FLAG, hideUnfilteredListScript } from "@/lib/search-params";

/** Runs the script as a browser would, against a fake location, and says whether it set the flag. */
function setsFlag(script: string, search: string): boolean {
  const dataset: Record<string, string> = {};
  vm.runInNewContext(script, { location: { search }, document: { documentElement: { dataset } } });
  return FILTERING_FLAG in dataset;
}

describe("hideUnfilteredListScript", () => {
  const listing = hideUnfilteredListScript(LIST_CHANGING_PARAMS);

  it.each(Object.values(LIST_CHANGING_PARAMS).flatMap((name) => [`?${name}=x`, `?weergave=matrix&${name}=`]))(
    "sets the flag for %s",
    (search) => {
      expect(setsFlag(listing, search)).toBe(true);
    },
  );

  it.each(["", "?", "?thema=jeugd", "?utm_source=nieuwsbrief", "?xq=1", "?cohorten=2015", "?q", "#cohort=2015"])(
    "leaves the flag unset for '%s'",
    (search) => {
      expect(setsFlag(listing, search)).toBe(false);
    },
  );

  // The order rearranges the list the static HTML shows; the criteria match alone leaves it as it is.
  it.each([
    ["an order", `?${LISTING_PARAMS.order}=cohort`, true],
    ["a criteria match with criteria", `?${LISTING_PARAMS.criterion}=preventie-presentie&${LISTING_PARAMS.match}=minstens-een`, true],
    ["a criteria match alone", `?${LISTING_PARAMS.match}=minstens-een`, false],
  ])("for %s on the listing: %s sets the flag: %s", (_, search, expected) => {
    expect(setsFlag(listing, search)).toBe(expected);
  });

  it("sets the flag on the examples index for each of its own parameters, and for none of the listing's", () => {
    const examples = hideUnfilteredListScript(EXAMPLE_PARAMS);
    const own: string[] = Object.values(EXAMPLE_PARAMS);
    for (const name of own) expect(setsFlag(examples, `?${name}=x`), name).toBe(true);
    const others = Object.values(LIST_CHANGING_PARAMS).filter((name) => !own.includes(name));
    expect(others.length).toBeGreaterThan(0);
    for (const name of others) expect(setsFlag(examples, `?${name}=x`), name).toBe(false);
  });

  it.each([[{}], [{ a: "q.*" }], [{ a: "q", b: "x)|(" }], [{ a: '"</script>' }]])(
    "refuses names that do not fit in the script: %j",
    (params) => {
      expect(() => hideUnfilteredListScript(params)).toThrow(/parameternamen/);
    },
  );
});
