import { cohortYears } from "../content/queries";
import { getContent } from "../content/site-content";
import { LIST_CHANGING_PARAMS } from "../listing/filters";
import { listInDutch, numberInWords } from "../site/format";
import { listingItems, listingOptions } from "./listing";
import { netherlandsMap } from "../maps/map";
import type { PageMeta } from "./page-metadata";
import { routes } from "../site";
import { islandScripts, listFlag } from "./island-page";

/** /gemeenten/: every municipality, with the listing's filters as an island. */
export function listingPage() {
  const content = getContent();
  return {
    page: {
      cohorts: content.cohorts.map((cohort) => ({ id: cohort.id, jaar: cohort.jaar })),
      criteria: content.criteria.map((criterion) => ({ id: criterion.id, kort: criterion.kort })),
      explorer: { items: listingItems(content), options: listingOptions(content), geometry: netherlandsMap() },
      ...islandScripts("gemeenten"),
      ...listFlag(LIST_CHANGING_PARAMS),
    },
    meta: {
      title: "Alle gemeenten",
      description: `Alle Gouden Gemeenten van ${listInDutch(cohortYears(content))}: filter op cohort, op de ${numberInWords(content.criteria.length)} criteria, op provincie of op een woord, en bekijk ze als kaarten, matrix of kaart.`,
      path: routes.municipalities,
    } satisfies PageMeta,
  };
}

export type ListingPageData = ReturnType<typeof listingPage>["page"];
