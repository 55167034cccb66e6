import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { getContent } from "@/lib/content/site-content";
import { listInDutch } from "@/lib/format";
import { routes } from "@/lib/site";

function lessonYears(): string {
  return listInDutch([...new Set(getContent().lessons.map((lessons) => lessons.cohort))]);
}

export function generateMetadata(): Metadata {
  return {
    title: "Lessen",
    description: `Wat de Gouden Gemeenten en hun partners van elkaar leerden: de lessen uit ${lessonYears()}.`,
    alternates: { canonical: routes.lessons },
  };
}

/** Every lessons file, each leading to its own page. */
export default function LessonsIndexPage() {
  const { lessons } = getContent();
  return (
    <>
      <Breadcrumbs items={[{ label: "Home", href: routes.home }, { label: "Lessen" }]} />
      <h1 className="text-display font-bold">Lessen</h1>
      <p className="mt-4 max-w-measure text-lg">
        Wat de Gouden Gemeenten en hun partners van elkaar leerden: de lessen uit {lessonYears()}.
      </p>
      <ul className="mt-8 grid gap-4 md:grid-cols-2">
        {lessons.map((lesson) => (
          <li key={lesson.id} className="rounded-card border border-line bg-surface p-5">
            <p className="text-sm font-semibold text-gold-ink">Cohort {lesson.cohort}</p>
            <h2 className="mt-1 text-lg font-bold">
              <Link href={routes.lesson(lesson.id)}>{lesson.titel}</Link>
            </h2>
            <p className="mt-2">{lesson.samenvatting}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
