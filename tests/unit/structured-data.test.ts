import { describe, expect, it } from "vitest";
import { sourcesById } from "@/lib/content/queries";
import { absoluteUrl, routes } from "@/lib/site";
import { siteOwner } from "@/lib/hosting/site-owner";
import { municipalityJsonLd, openDataJsonLd } from "@/lib/open-data/structured-data";
import { fixtureRegion, fixtureSite } from "./fixture-site";

const content = fixtureSite();
const [profile] = content.municipalities;
if (!profile) throw new Error("de fixture heeft geen gemeenten");
const region = fixtureRegion(profile);

describe("the schema.org data of a profile", () => {
  it("describes the page, the region with its members and place, and the sources with their publishers", () => {
    const sources = sourcesById(content, region.bronnen);
    const data = municipalityJsonLd(region, sources);
    expect(data).toMatchObject({
      "@context": "https://schema.org",
      "@type": "WebPage",
      name: `Regio Veenkoloniën: ${region.titel}`,
      inLanguage: "nl",
      about: {
        "@type": "GovernmentOrganization",
        name: "Regio Veenkoloniën",
        award: "Gouden Gemeente 2019",
        address: { addressRegion: "Groningen", addressCountry: "NL" },
        // The centre of its members' areas together, as in the open data.
        location: { "@type": "Place", geo: { latitude: 53.0354, longitude: 6.9592 } },
      },
    });
    expect(data.url).toMatch(/\/gemeenten\/regio-veenkolonien\/$/);
    expect(JSON.stringify(data)).toContain(
      '"subOrganization":[{"@type":"GovernmentOrganization","name":"Stadskanaal","identifier":[{"@type":"PropertyValue","propertyID":"CBS-gemeentecode 2017","value":"GM0037"},{"@type":"PropertyValue","propertyID":"CBS-gemeentecode 2025","value":"GM0037"}]},{"@type":"GovernmentOrganization","name":"Veendam",',
    );
    expect(data.citation).toHaveLength(sources.length);
    expect(data.citation).toContainEqual(expect.objectContaining({ publisher: { "@type": "Organization", name: sources[0]?.uitgever } }));
  });

  it("names no members for a single municipality", () => {
    const data = municipalityJsonLd(profile, []);
    expect(JSON.stringify(data)).not.toContain("subOrganization");
    expect(data.about).toMatchObject({
      identifier: [
        { "@type": "PropertyValue", propertyID: "CBS-gemeentecode 2017", value: profile.cbs_code },
        { "@type": "PropertyValue", propertyID: "CBS-gemeentecode 2025", value: profile.cbs_code },
      ],
    });
  });

  it("gives a municipality that merged since its selection the code of 2025 of the municipality it lies in", () => {
    // Leerdam (CBS 2017: GM0545) lies in Vijfheerenlanden (CBS 2025: GM1961).
    const data = municipalityJsonLd({ ...profile, naam: "Leerdam", cbs_code: "GM0545" }, []);
    expect(data.about).toMatchObject({
      identifier: [
        { propertyID: "CBS-gemeentecode 2017", value: "GM0545" },
        { propertyID: "CBS-gemeentecode 2025", value: "GM1961" },
      ],
    });
  });

  it("gives a municipality formed after 2017 its code of 2025 alone, and its place at the centre of its area of 2025", () => {
    const formedLater = { ...profile, naam: "Vijfheerenlanden", cbs_code: undefined, cbs_code_2025: "GM1961", locatie: undefined };
    const data = municipalityJsonLd(formedLater, []);
    expect(data.about).toMatchObject({
      identifier: [{ "@type": "PropertyValue", propertyID: "CBS-gemeentecode 2025", value: "GM1961" }],
      // Worked out once with d3-geo's geoCentroid on the 2025 data, as in the open data.
      location: { geo: { latitude: 51.936, longitude: 5.0571 } },
    });
    expect(JSON.stringify(data)).not.toContain("CBS-gemeentecode 2017");
  });
});

describe("the schema.org data of the open data", () => {
  const build = { builtAt: "2026-12-02T10:15:00.000Z", contentRevision: "0123456789abcdef0123456789abcdef01234567" };
  const data = openDataJsonLd(content, siteOwner({ SITE_PUBLISHER: "Stichting Voorbeeld", DATA_LICENSE: "CC0-1.0" }), build);

  it("is a Dataset with its licence, publisher, build time and content version", () => {
    expect(data).toMatchObject({
      "@type": "Dataset",
      license: "https://creativecommons.org/publicdomain/zero/1.0/deed.nl",
      publisher: { "@type": "Organization", name: "Stichting Voorbeeld" },
      dateModified: build.builtAt,
      version: build.contentRevision,
      // The fixture's cohorts are 2017 and 2019.
      temporalCoverage: "2017/2019",
    });
  });

  it("offers the three downloads at their addresses", () => {
    expect(data.distribution).toEqual([
      expect.objectContaining({ contentUrl: absoluteUrl(routes.dataJson), encodingFormat: "application/json" }),
      expect.objectContaining({ contentUrl: absoluteUrl(routes.dataCsv), encodingFormat: "text/csv" }),
      expect.objectContaining({ contentUrl: absoluteUrl(routes.dataExcelCsv), encodingFormat: "text/csv" }),
    ]);
  });

  it("leaves the version out when the content's version is unknown", () => {
    expect(openDataJsonLd(content, siteOwner({}), { ...build, contentRevision: null })).not.toHaveProperty("version");
  });
});
