import os from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { contentRevision } from "@/lib/open-data/build-info";
import { CSV_DIALECTS, openDataCsv, openDataJson, openDataJsonSchema, openDataRecords } from "@/lib/open-data/open-data";
import { siteOwner } from "@/lib/hosting/site-owner";
import { positionOf } from "@/lib/maps/map";
import { absoluteUrl, routes } from "@/lib/site";
import { fixtureRegion, fixtureSite } from "./fixture-site";

const plainContent = fixtureSite();
const [firstProfile] = plainContent.municipalities;
if (!firstProfile) throw new Error("de fixture heeft geen gemeenten");
const region = fixtureRegion(firstProfile);
const content = { ...plainContent, municipalities: [...plainContent.municipalities, region] };
const build = { builtAt: "2026-12-02T10:15:00.000Z", contentRevision: "0123456789abcdef0123456789abcdef01234567" };

/**
 * Parsed strictly as RFC 4180: CRLF between records (a bare LF outside quotes
 * would end up inside a field), every row as long as the header.
 */
function parseCsv(csv: string, delimiter = ","): { header: string[]; rows: Record<string, string>[] } {
  const [header = [], ...rows] = parse(csv, { bom: true, record_delimiter: "\r\n", delimiter }) as string[][];
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
      "cbs_code",
      "cbs_code_2025",
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
      "gebouwd_op",
      "inhoudsversie",
    ]);
  });

  it("has one row per municipality, in the loader's order, with the values of the content", () => {
    const { rows } = parseCsv(openDataCsv(content, CSV_DIALECTS.international, build));
    expect(rows.map((row) => row.slug)).toEqual(content.municipalities.map((municipality) => municipality.slug));
    for (const [index, municipality] of content.municipalities.entries()) {
      const row = rows[index];
      expect(row, municipality.slug).toMatchObject({
        naam: municipality.naam,
        cbs_code: municipality.cbs_code ?? "",
        cohort: String(municipality.cohort),
        provincie: municipality.provincie,
        titel: municipality.titel,
        samenvatting: municipality.samenvatting,
        voorbeelden: municipality.voorbeelden.map((example) => example.naam).join("; "),
        leden: (municipality.leden ?? []).map((member) => `${member.naam} (${member.cbs_code})`).join("; "),
        bronnen: municipality.bronnen.join("; "),
        url: absoluteUrl(routes.municipality(municipality.slug)),
        laatste_controle: [...municipality.controles.map((check) => check.datum)].sort().at(-1) ?? "",
        gebouwd_op: build.builtAt,
        inhoudsversie: build.contentRevision,
      });
      expect({ lat: Number(row?.lat), lon: Number(row?.lon) }).toEqual(positionOf(municipality));
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
    // The fixture's profiles keep their code of 2017 in 2025.
    expect(csv).toContain(`\r\n${first.slug},"Gemeente ""De Brug"", Noord",${first.cbs_code},${first.cbs_code},${first.cohort},`);
    // Plain fields stay unquoted, as before the CSV library: other tools match on them.
    const second = others[0];
    if (second) expect(csv).toContain(`\r\n${second.slug},${second.naam},${second.cbs_code},${second.cbs_code},${second.cohort},`);
  });
});

describe("the CSV for Excel with Dutch regional settings", () => {
  const excel = openDataCsv(content, CSV_DIALECTS.dutchExcel, build);
  const international = parseCsv(openDataCsv(content, CSV_DIALECTS.international, build));

  it("splits on semicolons, so Dutch Excel opens it in columns, with a byte-order mark for the accents", () => {
    expect(excel.startsWith("\uFEFFslug;naam;cbs_code;cbs_code_2025;cohort;")).toBe(true);
    expect(parseCsv(excel, ";").header).toEqual(international.header);
  });

  it("writes coordinates with a decimal comma and holds the same values as the international CSV", () => {
    const { rows } = parseCsv(excel, ";");
    expect(rows).toHaveLength(content.municipalities.length);
    for (const [index, municipality] of content.municipalities.entries()) {
      const row = rows[index];
      expect(row?.lat, municipality.slug).toMatch(/^\d+,\d+$/);
      expect({ lat: Number((row?.lat ?? "").replace(",", ".")), lon: Number((row?.lon ?? "").replace(",", ".")) }).toEqual(
        positionOf(municipality),
      );
      expect({ ...row, lat: "", lon: "" }).toEqual({ ...international.rows[index], lat: "", lon: "" });
    }
  });

  it("quotes a cell that holds a semicolon, such as a region's members", () => {
    const row = parseCsv(excel, ";").rows.find((candidate) => candidate.slug === region.slug);
    expect(row?.leden).toBe("Stadskanaal (GM0037); Veendam (GM0047)");
    expect(excel).toContain(';"Stadskanaal (GM0037); Veendam (GM0047)";');
  });
});

describe("the JSON download and its schema", () => {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  const validate = ajv.compile(openDataJsonSchema());
  const data = openDataJson(content, siteOwner({ SITE_PUBLISHER: "Stichting Voorbeeld" }), build);

  it("validates against the published JSON Schema", () => {
    // Through JSON, as a researcher downloads it.
    const downloaded: unknown = JSON.parse(JSON.stringify(data));
    expect(validate(downloaded), ajv.errorsText(validate.errors)).toBe(true);
  });

  it("has a schema that rejects what the export must not contain", () => {
    const [first] = data.gemeenten;
    const broken = (change: Record<string, unknown>) => ({ ...data, gemeenten: [{ ...first, ...change }] });
    expect(validate(broken({ cbs_code: "GM12" }))).toBe(false);
    expect(validate(broken({ provincie: "Vlaanderen" }))).toBe(false);
    expect(validate(broken({ onbekend_veld: 1 }))).toBe(false);
    expect(validate(Object.fromEntries(Object.entries(data).filter(([key]) => key !== "gebouwd_op")))).toBe(false);
  });

  it("states its licence, publisher, the sources' rights, when it was built and from which content", () => {
    expect(data).toMatchObject({
      uitgever: "Stichting Voorbeeld",
      licentie: { id: "CC-BY-4.0", url: "https://creativecommons.org/licenses/by/4.0/deed.nl" },
      gebouwd_op: build.builtAt,
      inhoudsversie: build.contentRevision,
    });
    for (const source of content.sources) expect(data.rechten_bronnen).toContain(source.uitgever);
    expect(openDataJsonSchema()).toMatchObject({
      $id: absoluteUrl(routes.dataSchema),
      $schema: "https://json-schema.org/draft/2020-12/schema",
    });
  });

  it("gives each municipality its CBS codes of 2017 and 2025, and a region's members theirs", () => {
    const byslug = new Map(data.gemeenten.map((record) => [record.slug, record]));
    expect(byslug.get(firstProfile.slug)).toMatchObject({
      cbs_code: firstProfile.cbs_code,
      cbs_code_2025: firstProfile.cbs_code,
      provincie_opmerking: null,
    });
    expect(byslug.get(region.slug)).toMatchObject({
      cbs_code: null,
      cbs_code_2025: null,
      leden: region.leden?.map((member) => ({ ...member, cbs_code_2025: member.cbs_code })),
    });
  });

  it("places a profile at the centre of its area, unless the editors moved its marker", () => {
    const byslug = new Map(data.gemeenten.map((record) => [record.slug, record]));
    // The centre of Stadskanaal and Veendam together, worked out once with d3-geo's geoCentroid on the 2017 data.
    expect(byslug.get(region.slug)).toMatchObject({ lat: 53.0354, lon: 6.9592 });
    // The base profile keeps its override, tests/fixtures/content-basis/gemeenten/delft.md.
    expect(byslug.get(firstProfile.slug)).toMatchObject({ lat: 52.0116, lon: 4.3571 });
    // Without it, the centre of Delft's area of 2017; a municipality formed later, the centre of its area of 2025.
    const withoutOverride = { ...firstProfile, locatie: undefined };
    const formedLater = {
      ...withoutOverride,
      naam: "Vijfheerenlanden",
      slug: "vijfheerenlanden",
      cbs_code: undefined,
      cbs_code_2025: "GM1961",
    };
    const [delft, later] = openDataRecords({ ...content, municipalities: [withoutOverride, formedLater] });
    expect(delft).toMatchObject({ lat: 51.995, lon: 4.3643 });
    expect(later).toMatchObject({ lat: 51.936, lon: 5.0571, cbs_code: null, cbs_code_2025: "GM1961" });
  });

  it("gives a municipality that merged since its selection the code it lies in today, and says so", () => {
    // Leerdam (CBS 2017: GM0545, Zuid-Holland) lies in Vijfheerenlanden (CBS 2025: GM1961, Utrecht).
    const merged = { ...firstProfile, naam: "Leerdam", slug: "leerdam", provincie: "Zuid-Holland" as const, cbs_code: "GM0545" };
    const [record] = openDataJson({ ...content, municipalities: [merged] }).gemeenten;
    expect(record).toMatchObject({
      cbs_code: "GM0545",
      cbs_code_2025: "GM1961",
      provincie_opmerking:
        "Leerdam is sinds de selectie opgegaan in de gemeente Vijfheerenlanden, in de provincie Utrecht; bij de selectie lag Leerdam in Zuid-Holland.",
    });
  });
});

describe("the content version of an export", () => {
  it("is the Git commit that last changed the content folder", () => {
    expect(contentRevision(path.resolve("content"))).toMatch(/^[0-9a-f]{40}(\+gewijzigd)?$/);
  });

  it("is unknown outside Git, rather than invented", () => {
    expect(contentRevision(os.tmpdir())).toBeNull();
  });
});

describe("the later checks in the open data", () => {
  // The base fixture's Delft has two checks, the newer one second in the file.
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

describe("the practice examples in the open data", () => {
  it("each have the address of their own page", () => {
    const records = openDataRecords(fixtureSite());
    const examples = records.flatMap((record) => record.voorbeelden.map((example) => [record.slug, example.id, example.url]));
    expect(examples.length).toBeGreaterThan(0);
    for (const [slug = "", id = "", url] of examples) expect(url).toBe(absoluteUrl(routes.example(slug, id)));
  });
});
