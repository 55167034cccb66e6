import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { todayOf2017Code, todaysMunicipality } from "@/lib/maps/today";
import { nameIndex } from "@/lib/nearby/name-index";
import {
  ALIASES,
  closeNames,
  findMunicipality,
  nameSearchKey,
  nameSlug,
  suggestions,
  type NameIndex,
  type NameMatch,
} from "@/lib/nearby/names";

/**
 * The finder's name matching. The index of today's municipalities is CBS
 * data, not content, so the tests name its municipalities; the rules of
 * matching itself are also shown on a small made-up index.
 */
const index = nameIndex();
const found = (query: string, names: NameIndex = index) => findMunicipality(query, names).map((match) => match.entry.name);
const shown = (matches: NameMatch[]) => matches.map((match) => `${match.matched} → ${match.entry.name}`);

const HOSTILE = [
  "",
  "   \t\n ",
  "Amersfoort".repeat(50),
  "x".repeat(500),
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "\u0000\u0007\u001b[31m\u007f",
  "Ede\u0000".repeat(200),
  "%00%27;--",
  "\u202e\u200b",
];

describe("the slug", () => {
  it("is the name in plain letters with hyphens, the province suffix kept, as the URLs have it", () => {
    expect(nameSlug("'s-Gravenhage")).toBe("s-gravenhage");
    expect(nameSlug("Hengelo (O.)")).toBe("hengelo-o");
    expect(nameSlug("Bergen (NH.)")).not.toBe(nameSlug("Bergen (L.)"));
    expect(nameSlug("Súdwest-Fryslân")).toBe("sudwest-fryslan");
    expect(nameSlug("Nuenen, Gerwen en Nederwetten")).toBe("nuenen-gerwen-en-nederwetten");
    expect(nameSlug("IJsselstein")).toBe("ijsselstein");
  });

  it("is unique among the municipalities of today", () => {
    const slugs = index.map((entry) => entry.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(index.every((entry) => entry.slug === nameSlug(entry.name))).toBe(true);
  });
});

describe("the search key", () => {
  it("ignores case, accents, apostrophes, the province suffix and the marks between words", () => {
    expect(nameSearchKey("Súdwest-Fryslân")).toBe("sudwest-fryslan");
    expect(nameSearchKey("  SUDWEST   fryslan ")).toBe("sudwest-fryslan");
    expect(nameSearchKey("Hengelo (O.)")).toBe("hengelo");
    expect(nameSearchKey("Bergen (NH.)")).toBe("bergen");
    expect(nameSearchKey("’s-Hertogenbosch")).toBe(nameSearchKey("s Hertogenbosch"));
    expect(nameSearchKey("`s-Gravenhage")).toBe(nameSearchKey("'s-Gravenhage"));
    expect(nameSearchKey("Nuenen, Gerwen en Nederwetten")).toBe("nuenen-gerwen-en-nederwetten");
    // The Dutch ĳ as one character, as some keyboards type it.
    expect(nameSearchKey("ĳsselstein")).toBe(nameSearchKey("IJsselstein"));
  });

  it("is empty for text that cannot be a name", () => {
    for (const text of ["", "  ", "()", "---", "\u0000\u0007", "x".repeat(500)]) expect(nameSearchKey(text), JSON.stringify(text)).toBe("");
  });
});

describe("finding a municipality of today by name", () => {
  it("finds each by its CBS name, without accents, case or apostrophe", () => {
    expect(found("Súdwest-Fryslân")).toEqual(["Súdwest-Fryslân"]);
    expect(found("sudwest fryslan")).toEqual(["Súdwest-Fryslân"]);
    expect(found("NOARDEAST-FRYSLAN")).toEqual(["Noardeast-Fryslân"]);
    expect(found("s-Gravenhage")).toEqual(["'s-Gravenhage"]);
    expect(found("s Hertogenbosch")).toEqual(["'s-Hertogenbosch"]);
    expect(found("’s-Hertogenbosch")).toEqual(["'s-Hertogenbosch"]);
    expect(found("Capelle aan den IJssel")).toEqual(["Capelle aan den IJssel"]);
  });

  it("finds every alias, each leading to its own municipality", () => {
    expect(found("Den Haag")).toEqual(["'s-Gravenhage"]);
    expect(found("den bosch")).toEqual(["'s-Hertogenbosch"]);
    expect(found("Nuenen")).toEqual(["Nuenen, Gerwen en Nederwetten"]);
    for (const [code, aliases] of Object.entries(ALIASES)) {
      for (const alias of aliases) {
        const [match, ...more] = findMunicipality(alias, index);
        expect(more, alias).toEqual([]);
        expect(match, alias).toMatchObject({ via: "alias", matched: alias, entry: { name: todaysMunicipality(code)?.name } });
      }
    }
  });

  it("finds a name with or without the province CBS adds, and asks which where a name fits two", () => {
    expect(found("Hengelo")).toEqual(["Hengelo (O.)"]);
    expect(found("hengelo (o)")).toEqual(["Hengelo (O.)"]);
    expect(found("Laren")).toEqual(["Laren (NH.)"]);
    expect(found("Bergen")).toEqual(["Bergen (L.)", "Bergen (NH.)"]);
    expect(found("Bergen (NH.)")).toEqual(["Bergen (NH.)"]);
    expect(found("bergen (l)")).toEqual(["Bergen (L.)"]);
    // Hengelo in Gelderland is a village, not a municipality.
    expect(found("Hengelo (Gld.)")).toEqual([]);
  });

  it("leads a name of 2017 that no longer exists to the municipality that holds it now", () => {
    expect(findMunicipality("Leerdam", index)).toMatchObject([{ via: "former", matched: "Leerdam", entry: { name: "Vijfheerenlanden" } }]);
    expect(found("Haaren")).toEqual([todayOf2017Code("GM0788")?.name]);
    expect(found("weesp")).toEqual(["Amsterdam"]);
  });

  it("leads a name of 2017 that is also a name of 2025 to the municipality of 2025", () => {
    expect(findMunicipality("Groningen", index)).toMatchObject([{ via: "name", entry: { name: "Groningen" } }]);
    const todaysKeys = new Set(index.map((entry) => nameSearchKey(entry.name)));
    for (const entry of index) for (const former of entry.former ?? []) expect(todaysKeys.has(nameSearchKey(former)), former).toBe(false);
  });

  it("prefers a name of today to an alias, and an alias to a name of 2017 (a made-up index)", () => {
    const made: NameIndex = [
      { name: "Oostwoud", slug: "oostwoud", former: ["Westwoud"] },
      { name: "Westwoud", slug: "westwoud" },
      { name: "Noordwoud", slug: "noordwoud", aliases: ["Het Woud"] },
      { name: "Zuidwoud", slug: "zuidwoud", former: ["Het Woud"] },
    ];
    expect(found("Westwoud", made)).toEqual(["Westwoud"]);
    expect(found("het woud", made)).toEqual(["Noordwoud"]);
  });

  it("matches nothing, and does not throw, on input that is no name", () => {
    for (const query of HOSTILE) {
      expect(findMunicipality(query, index), JSON.stringify(query.slice(0, 20))).toEqual([]);
      expect(closeNames(query, index, 3), JSON.stringify(query.slice(0, 20))).toEqual([]);
      expect(suggestions(query, index, 8), JSON.stringify(query.slice(0, 20))).toEqual([]);
    }
  });
});

describe("close names and suggestions", () => {
  it("suggests up to three names close to a misspelt one, nearest first, and nothing for a word that is no name", () => {
    expect(closeNames("Amersfort", index, 3)[0]?.entry.name).toBe("Amersfoort");
    expect(closeNames("Zwole", index, 3)[0]?.entry.name).toBe("Zwolle");
    expect(shown(closeNames("Den Hag", index, 3))[0]).toBe("Den Haag → 's-Gravenhage");
    expect(closeNames("Bergen op Zom", index, 1).map((match) => match.entry.name)).toEqual(["Bergen op Zoom"]);
    expect(closeNames("Bemmel", index, 3).length).toBeLessThanOrEqual(3);
    expect(closeNames("xyz", index, 3)).toEqual([]);
    expect(closeNames("Parijs", index, 3)).toEqual([]);
  });

  it("lists the municipalities whose name, or a word in it, starts with what was typed, accents aside", () => {
    expect(shown(suggestions("sud", index, 8))).toEqual(["Súdwest-Fryslân → Súdwest-Fryslân"]);
    expect(shown(suggestions("den", index, 3))).toEqual([
      "Den Bosch → 's-Hertogenbosch",
      "Den Haag → 's-Gravenhage",
      "Den Helder → Den Helder",
    ]);
    expect(shown(suggestions("gravenh", index, 8))).toEqual(["'s-Gravenhage → 's-Gravenhage"]);
    expect(shown(suggestions("leerd", index, 8))).toEqual(["Leerdam → Vijfheerenlanden"]);
    expect(suggestions("a", index, 5)).toHaveLength(5);
    expect(shown(suggestions("zoom", index, 8))).toEqual(["Bergen op Zoom → Bergen op Zoom"]);
    // Names that start with the text come before names with a word that does.
    expect(shown(suggestions("gra", index, 8))).toEqual(["Grave → Land van Cuijk", "'s-Gravenhage → 's-Gravenhage"]);
  });

  it("keep up with a reader who types the province too, or the slug, letter by letter", () => {
    expect(shown(suggestions("Bergen", index, 8))).toEqual([
      "Bergen (L.) → Bergen (L.)",
      "Bergen (NH.) → Bergen (NH.)",
      "Bergen op Zoom → Bergen op Zoom",
    ]);
    for (const typed of ["Bergen (N", "Bergen (NH", "Bergen (NH.", "Bergen (NH.)", "bergen-nh"]) {
      expect(shown(suggestions(typed, index, 8)), typed).toEqual(["Bergen (NH.) → Bergen (NH.)"]);
    }
    expect(shown(suggestions("Hengelo (O", index, 8))).toEqual(["Hengelo (O.) → Hengelo (O.)"]);
    expect(shown(suggestions("hengelo-o", index, 8))).toEqual(["Hengelo (O.) → Hengelo (O.)"]);
  });
});

describe("the matching in the browser", () => {
  it("works the same on an index that has made a trip through JSON", () => {
    const copy: NameIndex = JSON.parse(JSON.stringify(index));
    for (const query of ["Den Haag", "Leerdam", "Bergen", "Amersfort"]) {
      expect(shown(findMunicipality(query, copy))).toEqual(shown(findMunicipality(query, index)));
      expect(shown(closeNames(query, copy, 3))).toEqual(shown(closeNames(query, index, 3)));
    }
  });

  it("comes with matching code that imports nothing server-only, so that it can run in the browser", () => {
    const source = fs.readFileSync(path.resolve(import.meta.dirname, "../../lib/nearby/names.ts"), "utf8");
    const imports = [...source.matchAll(/^import .* from "([^"]+)";$/gm)].map(([, module]) => module);
    expect(imports).toEqual(["fastest-levenshtein"]);
  });
});
