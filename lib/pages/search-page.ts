import type { PageMeta } from "./page-metadata";
import { routes, withBasePath } from "../site";
import { islandScripts } from "./island-page";

/** /zoeken/: Pagefind's search box as an island. */
export function searchPage() {
  return {
    page: { search: { assetBase: withBasePath("/pagefind"), baseUrl: withBasePath("/") }, ...islandScripts("zoeken") },
    meta: {
      title: "Zoeken",
      description: "Zoek in alle profielen, criteria, cohorten en voorbeelden van de Gouden Gemeenten.",
      path: routes.search,
    } satisfies PageMeta,
  };
}

export type SearchPageData = ReturnType<typeof searchPage>["page"];
