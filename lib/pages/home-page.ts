import { cohortsWithMembers, cohortYears, criteriaWithCounts } from "../content/queries";
import { getContent } from "../content/site-content";
import { routes, SITE_DESCRIPTION } from "../site";
import type { PageMeta } from "./page-metadata";

/** /: what the Gouden Gemeenten are, the map, the cohorts and the criteria. */
export function homePage() {
  const content = getContent();
  return {
    page: {
      municipalities: content.municipalities,
      years: cohortYears(content),
      cohorts: cohortsWithMembers(content),
      criteria: criteriaWithCounts(content),
    },
    meta: { description: SITE_DESCRIPTION, path: routes.home } satisfies PageMeta,
  };
}

export type HomePageData = ReturnType<typeof homePage>["page"];
