import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { Prose } from "@/components/prose";
import { SourceList } from "@/components/source-list";
import { getContent } from "@/lib/content/site-content";
import { routes } from "@/lib/site";

function lessons() {
  return getContent().lessons[0];
}

export function generateMetadata(): Metadata {
  const current = lessons();
  return {
    title: current?.titel ?? "Lessen",
    description: current?.samenvatting,
    alternates: { canonical: routes.lessons },
  };
}

export default function LessonsPage() {
  const current = lessons();
  if (!current) notFound();
  return (
    <>
      <Breadcrumbs items={[{ label: "Home", href: routes.home }, { label: "Lessen" }]} />
      <header className="max-w-measure">
        <p className="font-semibold text-gold-ink">Cohort {current.cohort}</p>
        <h1 className="mt-1 text-display font-bold">{current.titel}</h1>
        <p className="mt-4 text-lg leading-relaxed">{current.samenvatting}</p>
      </header>
      <Prose html={current.html} className="mt-8" />
      <SourceList sourceIds={current.bronnen} />
    </>
  );
}
