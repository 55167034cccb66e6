import { sourcesById } from "../content/queries";
import type { Lessons } from "../content/schema";
import { getContent } from "../content/site-content";
import type { PageMeta } from "./page-metadata";
import { routes } from "../site";
import type { DynamicRoute } from "./document-props";

function lessonsPage(lessons: Lessons) {
  return {
    page: { lessons, sources: sourcesById(getContent(), lessons.bronnen) },
    meta: { title: lessons.titel, description: lessons.samenvatting, path: routes.lesson(lessons.id) } satisfies PageMeta,
  };
}

export type LessonsPageData = ReturnType<typeof lessonsPage>["page"];

/** /lessen/[id]/: one lessons file. */
export const lessonsRoute: DynamicRoute<{ id: string }, Lessons, LessonsPageData> = {
  params: () => getContent().lessons.map((lessons) => ({ id: lessons.id })),
  fromParams: (params) => getContent().lessons.find((lessons) => lessons.id === params?.id),
  page: lessonsPage,
};
