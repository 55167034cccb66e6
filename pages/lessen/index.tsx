import { Breadcrumbs } from "@/components/breadcrumbs";
import { PageLink } from "@/components/page-link";
import { routes } from "@/lib/site";
import { lessonsIndexPage, type LessonsIndexPageData } from "@/lib/pages/lessons-index-page";
import { staticPageProps, type DocumentProps } from "@/lib/pages/document-props";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };

export const getStaticProps = staticPageProps(lessonsIndexPage);

/** Every lessons file, each leading to its own page. */
export default function LessonsIndexPage({ page: { lessons, years } }: DocumentProps<LessonsIndexPageData>) {
  return (
    <>
      <Breadcrumbs items={[{ label: "Home", href: routes.home }, { label: "Lessen" }]} />
      <h1 className="text-display font-bold">Lessen</h1>
      <p className="mt-4 max-w-measure text-lg">Wat de Gouden Gemeenten en hun partners van elkaar leerden: de lessen uit {years}.</p>
      <ul className="mt-8 grid gap-4 md:grid-cols-2">
        {lessons.map((lesson) => (
          <li key={lesson.id} className="rounded-card border border-line bg-surface p-5">
            <p className="text-sm font-semibold text-gold-ink">Cohort {lesson.cohort}</p>
            <h2 className="mt-1 text-lg font-bold">
              <PageLink href={routes.lesson(lesson.id)}>{lesson.titel}</PageLink>
            </h2>
            <p className="mt-2">{lesson.samenvatting}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
