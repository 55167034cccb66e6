import { describe, expect, it } from "vitest";
import { compareSearch, ignoredMessages, parseCompareSlugs } from "@/lib/listing/compare";

const known = ["ede", "zaanstad", "oss", "delft", "huizen"];
const names: Record<string, string> = { ede: "Ede", zaanstad: "Zaanstad", oss: "Oss", delft: "Delft", huizen: "Huizen" };
const nameOf = (slug: string) => names[slug] ?? slug;

describe("parseCompareSlugs", () => {
  it("reads a comma-separated list in its order", () => {
    expect(parseCompareSlugs("?gemeenten=oss,ede", known)).toEqual({ slugs: ["oss", "ede"], unknown: [], repeated: [], overLimit: [] });
  });

  it("reads repeated parameters, as a GET form sends them, and both forms mixed", () => {
    expect(parseCompareSlugs("?gemeenten=ede&gemeenten=zaanstad", known).slugs).toEqual(["ede", "zaanstad"]);
    expect(parseCompareSlugs("?gemeenten=ede,oss&gemeenten=delft", known).slugs).toEqual(["ede", "oss", "delft"]);
  });

  it("skips unknown slugs, shows a repeated one once and keeps the first three", () => {
    expect(parseCompareSlugs("?gemeenten=ede,zaanstad,bestaat-niet,ede,oss,delft", known)).toEqual({
      slugs: ["ede", "zaanstad", "oss"],
      unknown: ["bestaat-niet"],
      repeated: ["ede"],
      overLimit: ["delft"],
    });
  });

  it("accepts an encoded comma, capitals and stray spaces, and ignores empty values", () => {
    expect(parseCompareSlugs("?gemeenten=Ede%2C%20oss,,&gemeenten=", known).slugs).toEqual(["ede", "oss"]);
  });

  it("is empty without the parameter", () => {
    expect(parseCompareSlugs("", known)).toEqual({ slugs: [], unknown: [], repeated: [], overLimit: [] });
    expect(parseCompareSlugs("?view=matrix", known).slugs).toEqual([]);
  });
});

describe("compareSearch", () => {
  it("writes one readable comma list, without empties and repeats", () => {
    expect(compareSearch(["ede", "", "oss", "ede"])).toBe("?gemeenten=ede,oss");
    expect(compareSearch([])).toBe("");
  });
});

describe("ignoredMessages", () => {
  it("names what was left out, by kind, in Dutch", () => {
    const selection = parseCompareSlugs("?gemeenten=ede,zaanstad,bestaat-niet,ede,oss,delft,huizen", known);
    expect(ignoredMessages(selection, nameOf)).toEqual([
      "Geen Gouden Gemeente gevonden met de naam ‘bestaat-niet’; die is overgeslagen.",
      "Ede stond meer dan eens in de link en staat hier één keer.",
      "U kunt drie gemeenten tegelijk vergelijken. Niet getoond: Delft en Huizen.",
    ]);
  });

  it("says nothing when everything was shown", () => {
    expect(ignoredMessages(parseCompareSlugs("?gemeenten=ede,oss", known), nameOf)).toEqual([]);
  });
});
