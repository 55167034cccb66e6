import type { MetadataRoute } from "next";
import { getContent } from "@/lib/content/site-content";
import { absoluteUrl, routes } from "@/lib/site";

export const dynamic = "force-static";

/** Every page of the site, from the same loader as the pages themselves. */
export default function sitemap(): MetadataRoute.Sitemap {
  const { municipalities, criteria, cohorts, lessons } = getContent();
  const paths = [
    routes.home,
    routes.municipalities,
    ...municipalities.map((municipality) => routes.municipality(municipality.slug)),
    routes.criteria,
    ...criteria.map((criterion) => routes.criterion(criterion.id)),
    routes.cohorts,
    ...cohorts.map((cohort) => routes.cohort(cohort.jaar)),
    routes.examples,
    routes.lessons,
    ...lessons.map((lesson) => routes.lesson(lesson.id)),
    routes.about,
    routes.openData,
    routes.accessibility,
    routes.privacy,
    routes.search,
    routes.compare,
  ];
  return paths.map((path) => ({ url: absoluteUrl(path) }));
}
