import { examplesIndex } from "../content/queries";
import { getContent } from "../content/site-content";
import { EXAMPLE_PARAMS } from "../listing/example-filters";
import type { PageMeta } from "./page-metadata";
import { routes } from "../site";
import { islandScripts, listFlag } from "./island-page";

/** /voorbeelden/: every practice example, with the theme filter as an island. */
export function examplesPage() {
  const { items, themes } = examplesIndex(getContent());
  return {
    page: {
      explorer: {
        items: items.map(({ key, name, description, municipality, municipalitySlug, exampleId, themes: itemThemes }) => ({
          key,
          name,
          description,
          municipality,
          themes: itemThemes,
          href: routes.example(municipalitySlug, exampleId),
        })),
        themes,
      },
      ...islandScripts("voorbeelden"),
      ...listFlag(EXAMPLE_PARAMS),
    },
    meta: {
      title: "Voorbeelden uit de praktijk",
      description:
        "Alle praktijkvoorbeelden uit de profielen van de Gouden Gemeenten, te filteren op thema: van Hemelse Modder tot het GeheugenHuis.",
      path: routes.examples,
    } satisfies PageMeta,
  };
}

export type ExamplesPageData = ReturnType<typeof examplesPage>["page"];
