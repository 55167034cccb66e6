import { themesWithCounts } from "../content/queries";
import { getContent } from "../content/site-content";
import { routes } from "../site";
import type { PageMeta } from "./page-metadata";

/** /themas/: every theme of the practice examples, with how many examples name it. */
export function themesPage() {
  return {
    page: { themes: themesWithCounts(getContent()) },
    meta: {
      title: "Thema's",
      description: "De thema's van de voorbeelden uit de praktijk van de Gouden Gemeenten, elk met de voorbeelden die erbij horen.",
      path: routes.themes,
    } satisfies PageMeta,
  };
}

export type ThemesPageData = ReturnType<typeof themesPage>["page"];
