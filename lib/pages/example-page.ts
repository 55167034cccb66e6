import { criteriaOf, relatedExamples, sourcesById } from "../content/queries";
import type { Municipality, PracticeExample } from "../content/schema";
import { getContent, getExample } from "../content/site-content";
import { siteOwner } from "../hosting/site-owner";
import { exampleJsonLd } from "../open-data/structured-data";
import { absoluteUrl, routes } from "../site";
import { excerpt } from "../site/format";
import { socialImagePath } from "../site/social-image";
import type { DynamicRoute } from "./document-props";
import type { PageMeta } from "./page-metadata";

/** A shared link's preview shows about this much of the example. */
const DESCRIPTION_LENGTH = 200;

type ExampleInProfile = { municipality: Municipality; example: PracticeExample };

/** The page of one practice example: the example, where it comes from, its themes and examples like it. */
function examplePage({ municipality, example }: ExampleInProfile) {
  const content = getContent();
  const themes = example.themas.flatMap((id) => content.themes.filter((theme) => theme.id === id));
  const description = excerpt(example.beschrijving, DESCRIPTION_LENGTH);
  const url = absoluteUrl(routes.example(municipality.slug, example.id));
  return {
    page: {
      example,
      municipality: {
        slug: municipality.slug,
        naam: municipality.naam,
        titel: municipality.titel,
        cohort: municipality.cohort,
        provincie: municipality.provincie,
      },
      themes: themes.map((theme) => ({ id: theme.id, naam: theme.naam })),
      criteria: criteriaOf(content.criteria, municipality).map(({ id, label }) => ({ id, label })),
      related: relatedExamples(content, municipality.slug, example.id),
      sources: sourcesById(content, municipality.bronnen),
      url,
      /** Where "Klopt er iets niet?" leads; absent when the owner set no route. */
      corrections: siteOwner().corrections,
    },
    meta: {
      title: `${example.naam} · ${municipality.naam}`,
      description,
      path: routes.example(municipality.slug, example.id),
      type: "article",
      image: {
        path: socialImagePath.example(municipality.slug, example.id),
        alt: `${example.naam}, een voorbeeld uit ${municipality.naam}`,
      },
      jsonLd: exampleJsonLd(
        municipality,
        example,
        themes.map((theme) => theme.naam),
        description,
      ),
    } satisfies PageMeta,
  };
}

export type ExamplePageData = ReturnType<typeof examplePage>["page"];

/** /voorbeelden/[gemeente]/[id]/: a practice example on a page of its own, and its social image. */
export const exampleRoute: DynamicRoute<{ gemeente: string; id: string }, ExampleInProfile, ExamplePageData> = {
  params: () =>
    getContent().municipalities.flatMap((municipality) =>
      municipality.voorbeelden.map((example) => ({ gemeente: municipality.slug, id: example.id })),
    ),
  fromParams: (params) => (params ? getExample(params.gemeente, params.id) : undefined),
  page: examplePage,
};
