import type { CreativeWork, DataDownload, Dataset, GeoCoordinates, PropertyValue, WebPage, WithContext } from "schema-dts";
import { buildInfo, type BuildInfo } from "./build-info";
import { CBS_CODE_YEAR, TODAYS_CODE_YEAR } from "../maps/cbs-codes";
import { positionOf } from "../maps/map";
import { todayOf2017Code } from "../maps/today";
import { cohortYears } from "../content/queries";
import type { Municipality, PracticeExample, SiteContent, Source } from "../content/schema";
import { listInDutch } from "../site/format";
import { absoluteUrl, routes, SITE_NAME } from "../site";
import { siteOwner, type SiteOwner } from "../hosting/site-owner";

/** A CBS municipality code as schema.org identifier, with its year: codes change when municipalities merge. */
function cbsIdentifier(code: string, year: number = CBS_CODE_YEAR): PropertyValue {
  return { "@type": "PropertyValue", propertyID: `CBS-gemeentecode ${year}`, value: code };
}

/** The codes of 2017 and of 2025 (the same, or that of the municipality it merged into). */
function cbsIdentifiers(code: string): PropertyValue[] {
  const today = todayOf2017Code(code);
  return [cbsIdentifier(code), ...(today ? [cbsIdentifier(today.code, TODAYS_CODE_YEAR)] : [])];
}

function geoCoordinates(municipality: Municipality): GeoCoordinates {
  const { lat, lon } = positionOf(municipality);
  return { "@type": "GeoCoordinates", latitude: lat, longitude: lon };
}

/**
 * A profile as schema.org data for search engines: the page, the municipality
 * (or region) it is about with its award, place and members, and the sources
 * the profile is based on. Typed with schema-dts, so a misspelt property or a
 * value of the wrong kind fails the type check.
 */
export function municipalityJsonLd(municipality: Municipality, sources: readonly Source[]): WithContext<WebPage> {
  return {
    "@context": "https://schema.org",
    "@type": "WebPage",
    name: `${municipality.naam}: ${municipality.titel}`,
    description: municipality.samenvatting,
    url: absoluteUrl(routes.municipality(municipality.slug)),
    inLanguage: "nl",
    isPartOf: { "@type": "WebSite", name: SITE_NAME, url: absoluteUrl(routes.home) },
    about: {
      "@type": "GovernmentOrganization",
      name: municipality.naam,
      award: `Gouden Gemeente ${municipality.cohort}`,
      address: { "@type": "PostalAddress", addressRegion: municipality.provincie, addressCountry: "NL" },
      // Coordinates belong to a place, not to an organisation: where the map's marker stands (positionOf).
      location: { "@type": "Place", geo: geoCoordinates(municipality) },
      ...(municipality.cbs_code ? { identifier: cbsIdentifiers(municipality.cbs_code) } : {}),
      // Formed after 2017: only a code of 2025.
      ...(municipality.cbs_code_2025 ? { identifier: [cbsIdentifier(municipality.cbs_code_2025, TODAYS_CODE_YEAR)] } : {}),
      ...(municipality.leden
        ? {
            subOrganization: municipality.leden.map((member) => ({
              "@type": "GovernmentOrganization",
              name: member.naam,
              identifier: cbsIdentifiers(member.cbs_code),
            })),
          }
        : {}),
    },
    citation: sources.map((source) => ({
      "@type": "CreativeWork",
      name: source.titel,
      publisher: { "@type": "Organization", name: source.uitgever },
      datePublished: String(source.jaar),
      ...(source.url ? { url: source.url } : {}),
    })),
  };
}

/**
 * A practice example's page as schema.org data: a CreativeWork about the
 * municipality (or region), part of its profile, with the themes as keywords.
 */
export function exampleJsonLd(
  municipality: Municipality,
  example: PracticeExample,
  themeNames: readonly string[],
  description: string,
): WithContext<CreativeWork> {
  return {
    "@context": "https://schema.org",
    "@type": "CreativeWork",
    name: example.naam,
    description,
    url: absoluteUrl(routes.example(municipality.slug, example.id)),
    inLanguage: "nl",
    keywords: themeNames.join(", "),
    about: { "@type": "GovernmentOrganization", name: municipality.naam, award: `Gouden Gemeente ${municipality.cohort}` },
    isPartOf: {
      "@type": "WebPage",
      name: `${municipality.naam}: ${municipality.titel}`,
      url: absoluteUrl(routes.municipality(municipality.slug)),
    },
  };
}

/**
 * /open-data/ as a schema.org Dataset, for dataset search engines: what it
 * holds, its downloads, licence, publisher, and when it was built.
 */
export function openDataJsonLd(content: SiteContent, owner: SiteOwner = siteOwner(), build: BuildInfo = buildInfo()): WithContext<Dataset> {
  const years = cohortYears(content);
  const download = (path: string, encodingFormat: string, name: string): DataDownload => ({
    "@type": "DataDownload",
    name,
    contentUrl: absoluteUrl(path),
    encodingFormat,
  });
  return {
    "@context": "https://schema.org",
    "@type": "Dataset",
    name: "Gouden Gemeenten: open data",
    description: `De ${content.municipalities.length} Gouden Gemeenten van ${listInDutch(years)}: per gemeente de criteria waarvoor ze model staat, met toelichting, de praktijkvoorbeelden, de personen, partners en bronnen, en de CBS-gemeentecode van ${CBS_CODE_YEAR}.`,
    url: absoluteUrl(routes.openData),
    inLanguage: "nl",
    isAccessibleForFree: true,
    license: owner.licence.url,
    publisher: { "@type": "Organization", name: owner.publisher, ...(owner.publisherUrl ? { url: owner.publisherUrl } : {}) },
    creator: { "@type": "Organization", name: owner.publisher },
    dateModified: build.builtAt,
    ...(build.contentRevision ? { version: build.contentRevision } : {}),
    temporalCoverage: `${years[0]}/${years.at(-1)}`,
    spatialCoverage: { "@type": "Place", name: "Nederland" },
    keywords: ["sociaal domein", "gemeenten", "Wmo", "jeugdhulp", "sociaal werk", "goede voorbeelden"],
    isBasedOn: content.sources.map((source) => ({
      "@type": "CreativeWork",
      name: source.titel,
      publisher: { "@type": "Organization", name: source.uitgever },
      datePublished: String(source.jaar),
    })),
    distribution: [
      download(routes.dataJson, "application/json", "gemeenten.json"),
      download(routes.dataCsv, "text/csv", "gemeenten.csv"),
      download(routes.dataExcelCsv, "text/csv", "gemeenten-excel.csv (voor Excel met Nederlandse instellingen)"),
    ],
  };
}
