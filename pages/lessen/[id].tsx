import type { GetStaticPaths, GetStaticProps } from "next";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { Prose } from "@/components/prose";
import { SourceList } from "@/components/source-list";
import { documentProps, staticPaths, type DocumentProps } from "@/lib/pages/document-props";
import { lessonsPage, lessonsRoute, type LessonsPageData } from "@/lib/pages/lessons-page";
import { routes } from "@/lib/site";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };

export const getStaticPaths: GetStaticPaths = () => staticPaths(lessonsRoute);

export const getStaticProps: GetStaticProps<DocumentProps<LessonsPageData>, { id: string }> = ({ params }) => {
  const lessons = lessonsRoute.fromParams(params);
  if (!lessons) return { notFound: true };
  const { page, meta } = lessonsPage(lessons);
  return documentProps(page, meta);
};

export default function LessonsPage({ page: { lessons, sources } }: DocumentProps<LessonsPageData>) {
  return (
    <>
      <Breadcrumbs items={[{ label: "Home", href: routes.home }, { label: "Lessen", href: routes.lessons }, { label: lessons.titel }]} />
      <header className="max-w-measure">
        <p className="font-semibold text-gold-ink">Cohort {lessons.cohort}</p>
        <h1 className="mt-1 text-display font-bold">{lessons.titel}</h1>
        <p className="mt-4 text-lg leading-relaxed">{lessons.samenvatting}</p>
      </header>
      <Prose html={lessons.html} className="mt-8" />
      <SourceList sources={sources} />
    </>
  );
}
