import { getContent } from "../content/site-content";
import { routes } from "../site";
import { listInDutch } from "../site/format";
import type { PageMeta } from "./page-metadata";

/** /lessen/: every lessons file, each leading to its own page. */
export function lessonsIndexPage() {
  const { lessons } = getContent();
  const years = listInDutch([...new Set(lessons.map((lesson) => lesson.cohort))]);
  return {
    page: { lessons, years },
    meta: {
      title: "Lessen",
      description: `Wat de Gouden Gemeenten en hun partners van elkaar leerden: de lessen uit ${years}.`,
      path: routes.lessons,
    } satisfies PageMeta,
  };
}

export type LessonsIndexPageData = ReturnType<typeof lessonsIndexPage>["page"];
