import type { GetStaticPaths } from "next";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { Prose } from "@/components/prose";
import { SourceList } from "@/components/source-list";
import { staticPaths, staticProps, type DocumentProps } from "@/lib/pages/document-props";
import { lessonsRoute, type LessonsPageData } from "@/lib/pages/lessons-page";
import { routes } from "@/lib/site";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };

export const getStaticPaths: GetStaticPaths = () => staticPaths(lessonsRoute);

export const getStaticProps = staticProps(lessonsRoute);

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
