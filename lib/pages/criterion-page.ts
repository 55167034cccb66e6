import { claimsOnCriterion, sourceById } from "../content/queries";
import type { Criterion } from "../content/schema";
import { getContent, getCriterion } from "../content/site-content";
import type { PageMeta } from "./page-metadata";
import { routes } from "../site";
import type { DynamicRoute } from "./document-props";

function criterionPage(criterion: Criterion) {
  const content = getContent();
  return {
    page: {
      criterion,
      position: content.criteria.indexOf(criterion) + 1,
      criterionCount: content.criteria.length,
      examples: claimsOnCriterion(content, criterion.id),
      source: sourceById(content, criterion.citaat.bron),
    },
    meta: {
      title: `Criterium: ${criterion.kort}`,
      description: criterion.omschrijving,
      path: routes.criterion(criterion.id),
    } satisfies PageMeta,
  };
}

export type CriterionPageData = ReturnType<typeof criterionPage>["page"];

/** /criteria/[id]/. */
export const criterionRoute: DynamicRoute<{ id: string }, Criterion, CriterionPageData> = {
  params: () => getContent().criteria.map((criterion) => ({ id: criterion.id })),
  fromParams: (params) => (params ? getCriterion(params.id) : undefined),
  page: criterionPage,
};
