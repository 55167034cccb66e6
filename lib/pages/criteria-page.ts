import { cohortYears, criteriaWithCounts } from "../content/queries";
import { getContent } from "../content/site-content";
import { routes } from "../site";
import { numberInWords } from "../site/format";
import type { PageMeta } from "./page-metadata";

/** /criteria/: every criterion with the municipalities that exemplify it. */
export function criteriaPage() {
  const content = getContent();
  const count = numberInWords(content.criteria.length);
  return {
    page: { criteria: criteriaWithCounts(content), years: cohortYears(content) },
    meta: {
      title: `De ${count} criteria`,
      description: `De ${count} criteria waarop de Gouden Gemeenten zijn gekozen, met per criterium de gemeenten die er model voor staan.`,
      path: routes.criteria,
    } satisfies PageMeta,
  };
}

export type CriteriaPageData = ReturnType<typeof criteriaPage>["page"];
