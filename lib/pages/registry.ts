import { routes } from "../site";
import { cohortRoute } from "./cohort-page";
import { criterionRoute } from "./criterion-page";
import { exampleRoute } from "./example-page";
import { lessonsRoute } from "./lessons-page";
import { municipalityRoute } from "./municipality-page";
import { nearbyProvinceRoute } from "./nearby-page";
import { themeRoute } from "./theme-page";

/**
 * Every HTML page of the site (pages/), in one list that the sitemap, the
 * header rules, the tests and the benchmark read: its paths (a dynamic route's
 * from the same params() as its getStaticPaths) and the islands it hydrates
 * (islands/<name>.ts). A page without islands is a document and runs no
 * script but the copy-link and share buttons'.
 */
export type PageRoute = {
  /** The page file in pages/, for a reader of this list. */
  page: string;
  paths: () => string[];
  islands: readonly string[];
  /** Whether the page filters a list and so runs the list flag before it (islands/runtime/list-flag.ts). */
  listFlag?: true;
};

const single = (path: string) => () => [path];

export const PAGE_ROUTES: readonly PageRoute[] = [
  { page: "index.tsx", paths: single(routes.home), islands: [] },
  { page: "gemeenten/index.tsx", paths: single(routes.municipalities), islands: ["gemeenten"], listFlag: true },
  { page: "gemeenten/[slug].tsx", paths: () => municipalityRoute.params().map(({ slug }) => routes.municipality(slug)), islands: [] },
  { page: "criteria/index.tsx", paths: single(routes.criteria), islands: [] },
  { page: "criteria/[id].tsx", paths: () => criterionRoute.params().map(({ id }) => routes.criterion(id)), islands: [] },
  { page: "cohorten/index.tsx", paths: single(routes.cohorts), islands: [] },
  { page: "cohorten/[jaar].tsx", paths: () => cohortRoute.params().map(({ jaar }) => routes.cohort(Number(jaar))), islands: [] },
  { page: "voorbeelden.tsx", paths: single(routes.examples), islands: ["voorbeelden"], listFlag: true },
  {
    page: "voorbeelden/[gemeente]/[id].tsx",
    paths: () => exampleRoute.params().map(({ gemeente, id }) => routes.example(gemeente, id)),
    islands: [],
  },
  { page: "themas/index.tsx", paths: single(routes.themes), islands: [] },
  { page: "themas/[id].tsx", paths: () => themeRoute.params().map(({ id }) => routes.theme(id)), islands: [] },
  { page: "in-de-buurt/index.tsx", paths: single(routes.nearby), islands: ["in-de-buurt"] },
  {
    page: "in-de-buurt/[provincie].tsx",
    paths: () => nearbyProvinceRoute.params().map(({ provincie }) => routes.nearbyProvince(provincie)),
    islands: [],
  },
  { page: "lessen/index.tsx", paths: single(routes.lessons), islands: [] },
  { page: "lessen/[id].tsx", paths: () => lessonsRoute.params().map(({ id }) => routes.lesson(id)), islands: [] },
  { page: "over.tsx", paths: single(routes.about), islands: [] },
  { page: "open-data.tsx", paths: single(routes.openData), islands: [] },
  { page: "toegankelijkheid.tsx", paths: single(routes.accessibility), islands: [] },
  { page: "privacy.tsx", paths: single(routes.privacy), islands: [] },
  { page: "zoeken.tsx", paths: single(routes.search), islands: ["zoeken"] },
  { page: "vergelijk.tsx", paths: single(routes.compare), islands: ["vergelijk"] },
];

/** Every page's address, for the sitemap. */
export function allPagePaths(): string[] {
  return PAGE_ROUTES.flatMap((route) => route.paths());
}

/** The pages with islands, each with its islands. */
export function islandPages(): { path: string; islands: readonly string[]; listFlag: boolean }[] {
  return PAGE_ROUTES.filter((route) => route.islands.length > 0).flatMap((route) =>
    route.paths().map((path) => ({ path, islands: route.islands, listFlag: route.listFlag === true })),
  );
}
