import { getContent } from "../content/site-content";
import { siteOwner } from "../hosting/site-owner";
import { buildInfo } from "../open-data/build-info";
import { sourceRights } from "../open-data/open-data";
import { openDataJsonLd } from "../open-data/structured-data";
import { routes } from "../site";
import { formatKeyDate } from "../site/format";
import type { PageMeta } from "./page-metadata";

/** /open-data/: the downloads, their licence, build date and content revision, and the Dataset's JSON-LD. */
export function openDataPage() {
  const content = getContent();
  const owner = siteOwner();
  const build = buildInfo();
  return {
    page: {
      municipalityCount: content.municipalities.length,
      criterionIds: content.criteria.map((criterion) => criterion.id),
      publisher: owner.publisher,
      licence: { name: owner.licence.name, url: owner.licence.url },
      sourceRights: sourceRights(content),
      builtOn: formatKeyDate(build.builtAt.slice(0, 10)),
      contentRevision: build.contentRevision,
    },
    meta: {
      title: "Open data",
      description:
        "Alle Gouden Gemeenten als JSON en CSV (ook voor Excel): criteria, praktijkvoorbeelden, personen, partners, bronnen en CBS-gemeentecodes, met een JSON Schema en een open licentie.",
      path: routes.openData,
      jsonLd: openDataJsonLd(content),
    } satisfies PageMeta,
  };
}

export type OpenDataPageData = ReturnType<typeof openDataPage>["page"];
