import { compareData } from "./compare-data";
import { getContent } from "../content/site-content";
import type { PageMeta } from "./page-metadata";
import { routes } from "../site";
import { islandScripts } from "./island-page";

/** /vergelijk/: two or three municipalities side by side, chosen in the URL, as an island. */
export function comparePage() {
  return {
    page: { data: compareData(getContent()), ...islandScripts("vergelijk") },
    meta: {
      title: "Gemeenten vergelijken",
      description:
        "Zet twee of drie Gouden Gemeenten naast elkaar: cohort, provincie, de criteria met hun toelichting, de voorbeelden, de mensen en de bronnen.",
      path: routes.compare,
    } satisfies PageMeta,
  };
}

export type ComparePageData = ReturnType<typeof comparePage>["page"];
