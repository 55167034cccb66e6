import path from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { getContent } from "@/lib/content/site-content";
import { openDataCsv, openDataJson } from "@/lib/open-data";
import { absoluteUrl, routes } from "@/lib/site";

const content = getContent();

/**
 * Parsed strictly as RFC 4180: CRLF between records (a bare LF outside quotes
 * would end up inside a field), every row as long as the header.
 */
function parseCsv(csv: string): { header: string[]; rows: Record<string, string>[] } {
  const [header = [], ...rows] = parse(csv, { bom: true, record_delimiter: "\r\n" }) as string[][];
  return { header, rows: rows.map((row) => Object.fromEntries(header.map((column, index) => [column, row[index] ?? ""]))) };
}

describe("the CSV download", () => {
  it("starts with a byte-order mark and ends with a line break", () => {
    const csv = openDataCsv(content);
    expect(csv.startsWith("\uFEFFslug,")).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
  });

  it("has the documented columns, one per criterion between the summary and the examples", () => {
    expect(parseCsv(openDataCsv(content)).header).toEqual([
      "slug",
      "naam",
      "cohort",
      "provincie",
      "lat",
      "lon",
      "titel",
      "samenvatting",
      ...content.criteria.map((criterion) => criterion.id),
      "voorbeelden",
      "leden",
      "bronnen",
      "url",
      "laatste_controle",
      "controles",
    ]);
  });

  it("has one row per municipality, in the loader's order, with the values of the content", () => {
    const { rows } = parseCsv(openDataCsv(content));
    expect(rows.map((row) => row.slug)).toEqual(content.municipalities.map((municipality) => municipality.slug));
    for (const [index, municipality] of content.municipalities.entries()) {
      const row = rows[index];
      expect(row, municipality.slug).toMatchObject({
        naam: municipality.naam,
        cohort: String(municipality.cohort),
        provincie: municipality.provincie,
        titel: municipality.titel,
        samenvatting: municipality.samenvatting,
        voorbeelden: municipality.voorbeelden.map((example) => example.naam).join("; "),
        leden: (municipality.leden ?? []).join("; "),
        bronnen: municipality.bronnen.join("; "),
        url: absoluteUrl(routes.municipality(municipality.slug)),
        laatste_controle: [...municipality.controles.map((check) => check.datum)].sort().at(-1) ?? "",
      });
      expect([Number(row?.lat), Number(row?.lon)]).toEqual([municipality.locatie.lat, municipality.locatie.lon]);
      for (const criterion of content.criteria) {
        const claimed = municipality.criteria.some((claim) => claim.id === criterion.id);
        expect(row?.[criterion.id], `${municipality.slug} ${criterion.id}`).toBe(claimed ? "ja" : "nee");
      }
    }
  });

  it("keeps commas, quotes and line breaks inside a field, and quotes only such fields", () => {
    const [first, ...others] = content.municipalities;
    if (!first) throw new Error("no municipalities in the content");
    const awkward = {
      ...first,
      naam: 'Gemeente "De Brug", Noord',
      titel: "Eerste regel\nTweede regel",
      samenvatting: "Windows-regel\r\nmet \"aanhalingstekens\", komma's en ;puntkomma's;",
    };
    const awkwardContent = { ...content, municipalities: [awkward, ...others] };
    const csv = openDataCsv(awkwardContent);
    const { rows } = parseCsv(csv);
    expect(rows).toHaveLength(content.municipalities.length);
    expect(rows[0]).toMatchObject({ slug: first.slug, naam: awkward.naam, titel: awkward.titel, samenvatting: awkward.samenvatting });
    expect(csv).toContain(`\r\n${first.slug},"Gemeente ""De Brug"", Noord",${first.cohort},`);
    // Plain fields stay unquoted, as before the CSV library: other tools match on them.
    const second = others[0];
    if (second) expect(csv).toContain(`\r\n${second.slug},${second.naam},${second.cohort},`);
  });
});

describe("the later checks in the open data", () => {
  // The base fixture's Delft has two checks, the newer one second in the file; no real profile has any yet.
  const fixture = loadContent(path.resolve("tests/fixtures/content-basis"));

  it("gives the JSON every check, newest first, and the date of the latest", () => {
    const [delft] = openDataJson(fixture).gemeenten;
    expect(delft?.laatste_controle).toBe("2025-03-14");
    expect(delft?.controles).toEqual([
      { datum: "2025-03-14", wijziging: "Een testwijziging.", bron: "https://www.voorbeeld.nl/nieuws/" },
      { datum: "2024-11-05", wijziging: "Een eerdere testcontrole zonder wijziging.", bron: "Testverslag" },
    ]);
  });

  it("gives the CSV the latest date and one line per check, newest first", () => {
    const [delft] = parseCsv(openDataCsv(fixture)).rows;
    expect(delft?.laatste_controle).toBe("2025-03-14");
    expect(delft?.controles).toBe(
      "2025-03-14: Een testwijziging. (Bron: https://www.voorbeeld.nl/nieuws/)\n2024-11-05: Een eerdere testcontrole zonder wijziging. (Bron: Testverslag)",
    );
  });

  it("leaves both empty for a profile without checks", () => {
    const withoutChecks = {
      ...fixture,
      municipalities: fixture.municipalities.map((municipality) => ({ ...municipality, controles: [] })),
    };
    expect(openDataJson(withoutChecks).gemeenten[0]).toMatchObject({ laatste_controle: null, controles: [] });
    expect(parseCsv(openDataCsv(withoutChecks)).rows[0]).toMatchObject({ laatste_controle: "", controles: "" });
  });
});
