import { cohortMembers, cohortYears, sourcesById } from "../content/queries";
import type { Cohort } from "../content/schema";
import { getCohort, getContent } from "../content/site-content";
import type { PageMeta } from "./page-metadata";
import { routes } from "../site";
import type { DynamicRoute } from "./document-props";

function cohortPage(cohort: Cohort) {
  const content = getContent();
  return {
    page: {
      cohort,
      members: cohortMembers(content, cohort.jaar),
      cohortYears: cohortYears(content),
      criteria: content.criteria,
      sources: sourcesById(content, cohort.bronnen),
    },
    meta: {
      title: `Cohort ${cohort.jaar}: ${cohort.titel}`,
      description: cohort.samenvatting,
      path: routes.cohort(cohort.jaar),
    } satisfies PageMeta,
  };
}

export type CohortPageData = ReturnType<typeof cohortPage>["page"];

/** /cohorten/[jaar]/. */
export const cohortRoute: DynamicRoute<{ jaar: string }, Cohort, CohortPageData> = {
  params: () => getContent().cohorts.map((cohort) => ({ jaar: String(cohort.jaar) })),
  fromParams: (params) => (params ? getCohort(Number(params.jaar)) : undefined),
  page: cohortPage,
};
