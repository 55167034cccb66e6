import slugify from "@sindresorhus/slugify";
import { PROVINCES, type SiteContent } from "../content/schema";
import { getContent } from "../content/site-content";
import type { Province } from "../maps/today";
import { nearbyAnswers, type NearbyAnswers } from "../nearby/answers";
import { finderIndex, provinceAnswers, type ProvinceGroup } from "../nearby/finder-data";
import { nameIndex } from "../nearby/name-index";
import { routes } from "../site";
import type { DynamicRoute } from "./document-props";
import { islandScripts } from "./island-page";
import type { PageMeta } from "./page-metadata";

/** The answers are the same for every page of one build: computed once per content. */
const answersOf = new WeakMap<SiteContent, NearbyAnswers>();

function answers(): NearbyAnswers["answers"] {
  const content = getContent();
  const known = answersOf.get(content) ?? nearbyAnswers(content);
  answersOf.set(content, known);
  return known.answers;
}

export const provinceSlug = (province: Province): string => slugify(province);

function provinceGroups(): ProvinceGroup[] {
  const all = answers();
  return PROVINCES.map((province) => ({
    slug: provinceSlug(province),
    municipalities: all.filter((answer) => answer.province === province),
  }));
}

/** The file /in-de-buurt/<provincie>/antwoorden.json: the finder fetches it when a reader chooses a municipality of that province. */
export function nearbyAnswersFile(slug: string) {
  const group = provinceGroups().find((candidate) => candidate.slug === slug);
  return group && provinceAnswers(getContent(), group.municipalities);
}

/** /in-de-buurt/: the finder as an island, and the way in to the answer of every municipality of today, one page per province. */
export function nearbyPage() {
  const all = answers();
  return {
    page: {
      finder: finderIndex(provinceGroups(), nameIndex()),
      ...islandScripts("in-de-buurt"),
      provinces: PROVINCES.map((province) => ({
        name: province,
        slug: provinceSlug(province),
        municipalityCount: all.filter((answer) => answer.province === province).length,
      })),
      municipalityCount: all.length,
    },
    meta: {
      title: "Bij u in de buurt",
      description:
        "Is uw gemeente een Gouden Gemeente, hoort ze bij een, of welke liggen het dichtstbij? Per provincie voor elke gemeente van nu.",
      path: routes.nearby,
    } satisfies PageMeta,
  };
}

export type NearbyPageData = ReturnType<typeof nearbyPage>["page"];

function provincePage(province: Province) {
  return {
    page: { province, municipalities: answers().filter((answer) => answer.province === province) },
    meta: {
      title: `Bij u in de buurt: ${province}`,
      description: `Elke gemeente in ${province} met haar Gouden Gemeente, of de drie die het dichtstbij liggen.`,
      path: routes.nearbyProvince(provinceSlug(province)),
    } satisfies PageMeta,
  };
}

export type NearbyProvincePageData = ReturnType<typeof provincePage>["page"];

/** /in-de-buurt/[provincie]/: every municipality of today in a province with its answer, in a table. */
export const nearbyProvinceRoute: DynamicRoute<{ provincie: string }, Province, NearbyProvincePageData> = {
  params: () => PROVINCES.map((province) => ({ provincie: provinceSlug(province) })),
  fromParams: (params) => PROVINCES.find((province) => provinceSlug(province) === params?.provincie),
  page: provincePage,
};
