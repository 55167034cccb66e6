import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { Prose } from "@/components/prose";
import { SourceList } from "@/components/source-list";
import { sourcesById } from "@/lib/content/queries";
import { getContent } from "@/lib/content/site-content";
import { routes } from "@/lib/site";

export const dynamicParams = false;

export function generateStaticParams() {
  return getContent().lessons.map((lessons) => ({ id: lessons.id }));
}

type Props = { params: Promise<{ id: string }> };

function lessonsWithId(id: string) {
  return getContent().lessons.find((lessons) => lessons.id === id);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lessons = lessonsWithId((await params).id);
  if (!lessons) return {};
  return {
    title: lessons.titel,
    description: lessons.samenvatting,
    alternates: { canonical: routes.lesson(lessons.id) },
  };
}

export default async function LessonsPage({ params }: Props) {
  const lessons = lessonsWithId((await params).id);
  if (!lessons) notFound();
  return (
    <>
      <Breadcrumbs items={[{ label: "Home", href: routes.home }, { label: "Lessen", href: routes.lessons }, { label: lessons.titel }]} />
      <header className="max-w-measure">
        <p className="font-semibold text-gold-ink">Cohort {lessons.cohort}</p>
        <h1 className="mt-1 text-display font-bold">{lessons.titel}</h1>
        <p className="mt-4 text-lg leading-relaxed">{lessons.samenvatting}</p>
      </header>
      <Prose html={lessons.html} className="mt-8" />
      <SourceList sources={sourcesById(getContent(), lessons.bronnen)} />
    </>
  );
}
