import { cohortNeighbours, cohortYears, criteriaOf, relatedMunicipalities, sourcesById } from "../content/queries";
import type { Municipality } from "../content/schema";
import { getContent, getMunicipality } from "../content/site-content";
import type { PageMeta } from "./page-metadata";
import { profileDating } from "../site/profile-dating";
import { absoluteUrl, routes } from "../site";
import { siteOwner } from "../hosting/site-owner";
import { socialImagePath } from "../site/social-image";
import { municipalityJsonLd } from "../open-data/structured-data";
import type { DynamicRoute } from "./document-props";
import { sinceSelection } from "../maps/today";

/** Everything a profile shows besides the profile itself, looked up in the rest of the content. */
function municipalityPage(municipality: Municipality) {
  const content = getContent();
  const sources = sourcesById(content, municipality.bronnen);
  return {
    page: {
      municipality,
      criteria: criteriaOf(content.criteria, municipality),
      sources,
      dating: profileDating(municipality.cohort, sources, municipality.controles),
      sinceSelection: sinceSelection(municipality) ?? null,
      /** Quotations may cite any source, not only the profile's own. */
      sourceTitles: Object.fromEntries(content.sources.map((source) => [source.id, source.titel])),
      themeNames: Object.fromEntries(content.themes.map((theme) => [theme.id, theme.naam])),
      cohortYears: cohortYears(content),
      related: relatedMunicipalities(content, municipality),
      neighbours: cohortNeighbours(content, municipality),
      url: absoluteUrl(routes.municipality(municipality.slug)),
      /** Where "Klopt er iets niet?" leads; absent when the owner set no route. */
      corrections: siteOwner().corrections,
      /** The other municipalities, by name, for the "Vergelijk met" form. */
      others: content.municipalities
        .filter((other) => other.slug !== municipality.slug)
        .map((other) => ({ slug: other.slug, naam: other.naam }))
        .toSorted((a, b) => a.naam.localeCompare(b.naam, "nl")),
    },
    meta: {
      title: `${municipality.naam}: ${municipality.titel}`,
      description: municipality.samenvatting,
      path: routes.municipality(municipality.slug),
      type: "article",
      image: { path: socialImagePath.municipality(municipality.slug), alt: `${municipality.naam}, Gouden Gemeente ${municipality.cohort}` },
      jsonLd: municipalityJsonLd(municipality, sources),
    } satisfies PageMeta,
  };
}

export type MunicipalityPageData = ReturnType<typeof municipalityPage>["page"];

/** /gemeenten/[slug]/: the profile page and its social image. */
export const municipalityRoute: DynamicRoute<{ slug: string }, Municipality, MunicipalityPageData> = {
  params: () => getContent().municipalities.map((municipality) => ({ slug: municipality.slug })),
  fromParams: (params) => (params ? getMunicipality(params.slug) : undefined),
  page: municipalityPage,
};
