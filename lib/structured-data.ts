import type { PropertyValue, WebPage, WithContext } from "schema-dts";
import { CBS_CODE_YEAR } from "./cbs-codes";
import type { Municipality, Source } from "./content/schema";
import { absoluteUrl, routes, SITE_NAME } from "./site";

/** A CBS municipality code as schema.org identifier, with its year: codes change when municipalities merge. */
function cbsIdentifier(code: string): PropertyValue {
  return { "@type": "PropertyValue", propertyID: `CBS-gemeentecode ${CBS_CODE_YEAR}`, value: code };
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
      // Coordinates belong to a place, not to an organisation: the town hall, or the centre of a region.
      location: {
        "@type": "Place",
        geo: { "@type": "GeoCoordinates", latitude: municipality.locatie.lat, longitude: municipality.locatie.lon },
      },
      ...(municipality.cbs_code ? { identifier: cbsIdentifier(municipality.cbs_code) } : {}),
      ...(municipality.leden
        ? {
            subOrganization: municipality.leden.map((member) => ({
              "@type": "GovernmentOrganization",
              name: member.naam,
              identifier: cbsIdentifier(member.cbs_code),
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
