import { describe, expect, it } from "vitest";
import { sourcesById } from "@/lib/content/queries";
import { getContent, getMunicipality } from "@/lib/content/site-content";
import { absoluteUrl, routes } from "@/lib/site";
import { siteOwner } from "@/lib/site-owner";
import { municipalityJsonLd, openDataJsonLd } from "@/lib/structured-data";

describe("the schema.org data of a profile", () => {
  it("describes the page, the region with its members and place, and the sources with their publishers", () => {
    const region = getMunicipality("regio-midden-limburg");
    if (!region) throw new Error("regio-midden-limburg ontbreekt");
    const sources = sourcesById(getContent(), region.bronnen);
    const data = municipalityJsonLd(region, sources);
    expect(data).toMatchObject({
      "@context": "https://schema.org",
      "@type": "WebPage",
      name: `Regio Midden-Limburg: ${region.titel}`,
      inLanguage: "nl",
      about: {
        "@type": "GovernmentOrganization",
        name: "Regio Midden-Limburg",
        award: "Gouden Gemeente 2017",
        address: { addressRegion: "Limburg", addressCountry: "NL" },
        location: { "@type": "Place", geo: { latitude: region.locatie.lat, longitude: region.locatie.lon } },
      },
    });
    expect(data.url).toMatch(/\/gemeenten\/regio-midden-limburg\/$/);
    expect(JSON.stringify(data)).toContain(
      '"subOrganization":[{"@type":"GovernmentOrganization","name":"Echt-Susteren","identifier":{"@type":"PropertyValue","propertyID":"CBS-gemeentecode 2017","value":"GM1711"}}',
    );
    expect(data.citation).toHaveLength(sources.length);
    expect(data.citation).toContainEqual(expect.objectContaining({ publisher: { "@type": "Organization", name: sources[0]?.uitgever } }));
  });

  it("names no members for a single municipality", () => {
    const ede = getMunicipality("ede");
    if (!ede) throw new Error("ede ontbreekt");
    const data = municipalityJsonLd(ede, []);
    expect(JSON.stringify(data)).not.toContain("subOrganization");
    expect(data.about).toMatchObject({ identifier: { "@type": "PropertyValue", propertyID: "CBS-gemeentecode 2017", value: "GM0228" } });
  });
});

describe("the schema.org data of the open data", () => {
  const build = { builtAt: "2026-12-02T10:15:00.000Z", contentRevision: "0123456789abcdef0123456789abcdef01234567" };
  const data = openDataJsonLd(getContent(), siteOwner({ SITE_PUBLISHER: "Stichting Voorbeeld", DATA_LICENSE: "CC0-1.0" }), build);

  it("is a Dataset with its licence, publisher, build time and content version", () => {
    expect(data).toMatchObject({
      "@type": "Dataset",
      license: "https://creativecommons.org/publicdomain/zero/1.0/deed.nl",
      publisher: { "@type": "Organization", name: "Stichting Voorbeeld" },
      dateModified: build.builtAt,
      version: build.contentRevision,
      temporalCoverage: "2015/2017",
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
    expect(openDataJsonLd(getContent(), siteOwner({}), { ...build, contentRevision: null })).not.toHaveProperty("version");
  });
});
