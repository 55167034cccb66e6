import { cohortYears } from "../content/queries";
import { getContent } from "../content/site-content";
import { routes } from "../site";
import type { PageMeta } from "./page-metadata";

/** /over/: what the Gouden Gemeenten are, who chose them and how, and the sources. */
export function aboutPage() {
  const content = getContent();
  const { cohorts, criteria, sources } = content;
  return {
    page: { cohorts, criteria, sources, municipalityCount: content.municipalities.length, years: cohortYears(content) },
    meta: {
      title: "Over deze site",
      description: "Wat de Gouden Gemeenten zijn, wie ze koos en hoe, en de bronnen waarop elk feit op deze site berust.",
      path: routes.about,
    } satisfies PageMeta,
  };
}

export type AboutPageData = ReturnType<typeof aboutPage>["page"];
