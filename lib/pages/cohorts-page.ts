import { cohortsWithMembers } from "../content/queries";
import { getContent } from "../content/site-content";
import { routes } from "../site";
import type { PageMeta } from "./page-metadata";

/** /cohorten/: every cohort with its members. */
export function cohortsPage() {
  return {
    page: { cohorts: cohortsWithMembers(getContent()) },
    meta: {
      title: "De cohorten",
      description: "De lichtingen Gouden Gemeenten: wie ze koos, wanneer en hoe.",
      path: routes.cohorts,
    } satisfies PageMeta,
  };
}

export type CohortsPageData = ReturnType<typeof cohortsPage>["page"];
