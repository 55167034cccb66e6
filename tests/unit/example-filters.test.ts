import { describe, expect, it } from "vitest";
import { EXAMPLE_PARAMS, matchesThemes, parseThemes, serialiseThemes } from "@/lib/listing/example-filters";

const themeIds = ["jeugd", "ouderen-en-dementie", "wonen"];

describe("parseThemes", () => {
  it("reads the chosen themes in the order of the themes, each once", () => {
    expect(parseThemes("?thema=wonen&thema=jeugd&thema=wonen", themeIds)).toEqual(["jeugd", "wonen"]);
    expect(parseThemes(new URLSearchParams("thema=ouderen-en-dementie"), themeIds)).toEqual(["ouderen-en-dementie"]);
  });

  it.each([
    ["no parameters", ""],
    ["unknown and empty themes", "?thema=dementie&thema=&thema=JEUGD"],
    ["script in a value", "?thema=%3Cscript%3Ealert(1)%3C%2Fscript%3E"],
    ["another parameter", "?cohort=jeugd&q=wonen"],
  ])("chooses nothing for %s", (_, search) => {
    expect(parseThemes(search, themeIds)).toEqual([]);
  });
});

describe("serialiseThemes", () => {
  it("writes no query string for no themes", () => {
    expect(serialiseThemes([])).toBe("");
  });

  it("writes the declared parameter once per theme and round-trips through parseThemes", () => {
    const search = serialiseThemes(["jeugd", "wonen"]);
    expect(search).toBe("?thema=jeugd&thema=wonen");
    expect([...new URLSearchParams(search).keys()]).toEqual([EXAMPLE_PARAMS.theme, EXAMPLE_PARAMS.theme]);
    expect(parseThemes(search, themeIds)).toEqual(["jeugd", "wonen"]);
  });
});

describe("matchesThemes", () => {
  const youth = { themes: ["jeugd"] };
  const housingAndYouth = { themes: ["wonen", "jeugd"] };
  const untagged = { themes: [] };
  const matching = (chosen: string[]) => [youth, housingAndYouth, untagged].filter((item) => matchesThemes(item, chosen));

  it("matches every example when no theme is chosen", () => {
    expect(matching([])).toEqual([youth, housingAndYouth, untagged]);
  });

  it("matches examples with any of the chosen themes", () => {
    expect(matching(["wonen"])).toEqual([housingAndYouth]);
    expect(matching(["wonen", "jeugd"])).toEqual([youth, housingAndYouth]);
    expect(matching(["ouderen-en-dementie"])).toEqual([]);
  });
});
