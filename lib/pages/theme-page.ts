import { cohortYears, themeExamples } from "../content/queries";
import type { Theme } from "../content/schema";
import { getContent, getTheme } from "../content/site-content";
import { routes } from "../site";
import { countLabel } from "../site/format";
import { socialImagePath } from "../site/social-image";
import type { DynamicRoute } from "./document-props";
import type { PageMeta } from "./page-metadata";

function themePage(theme: Theme) {
  const content = getContent();
  const { examples, municipalities } = themeExamples(content, theme.id);
  return {
    page: { theme, examples, municipalities, cohortYears: cohortYears(content) },
    meta: {
      title: `Thema: ${theme.naam}`,
      description: `${theme.omschrijving} ${countLabel(examples.length, "voorbeeld", "voorbeelden")} uit de Gouden Gemeenten.`,
      path: routes.theme(theme.id),
      image: {
        path: socialImagePath.theme(theme.id),
        alt: `Thema ${theme.naam}: ${countLabel(examples.length, "voorbeeld", "voorbeelden")} uit de Gouden Gemeenten`,
      },
    } satisfies PageMeta,
  };
}

export type ThemePageData = ReturnType<typeof themePage>["page"];

/** /themas/[id]/: a theme with every practice example that names it, and its social image. */
export const themeRoute: DynamicRoute<{ id: string }, Theme, ThemePageData> = {
  params: () => getContent().themes.map((theme) => ({ id: theme.id })),
  fromParams: (params) => (params ? getTheme(params.id) : undefined),
  page: themePage,
};
