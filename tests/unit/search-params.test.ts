import { describe, expect, it } from "vitest";
import { pickKnown, toggle, toSearch } from "@/lib/listing/search-params";

describe("pickKnown", () => {
  const allowed = ["a", "b", "c"];

  it("keeps only allowed values, each once, in the order of the options", () => {
    expect(pickKnown(["c", "x", "a", "c", ""], allowed, (value) => value)).toEqual(["a", "c"]);
  });

  it("compares the converted values", () => {
    expect(pickKnown(["2017", "2015", "20x"], [2015, 2017], (value) => Number(value))).toEqual([2015, 2017]);
    expect(pickKnown(["A"], allowed, (value) => value.toLowerCase())).toEqual(["a"]);
  });
});

describe("toggle", () => {
  it("adds a missing value at the end and removes a present one", () => {
    expect(toggle(["a", "b"], "c")).toEqual(["a", "b", "c"]);
    expect(toggle(["a", "b", "c"], "b")).toEqual(["a", "c"]);
  });

  it("leaves the given list as it was", () => {
    const list = ["a"];
    toggle(list, "a");
    toggle(list, "b");
    expect(list).toEqual(["a"]);
  });
});

describe("toSearch", () => {
  it("gives the plain address for no parameters and a query string otherwise", () => {
    expect(toSearch(new URLSearchParams())).toBe("");
    expect(
      toSearch(
        new URLSearchParams([
          ["thema", "jeugd"],
          ["thema", "wonen en zorg"],
        ]),
      ),
    ).toBe("?thema=jeugd&thema=wonen+en+zorg");
  });
});
