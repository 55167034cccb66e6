import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { CohortBadge } from "@/components/cohort-badge";
import { CriterionIcon } from "@/components/criterion-icon";
import { Prose } from "@/components/prose";
import { Quotation } from "@/components/quotation";
import { claimsOnCriterion, sourceById } from "@/lib/content/queries";
import { getContent, getCriterion } from "@/lib/content/site-content";
import { EMPTY_FILTERS, serialiseFilters } from "@/lib/filters";
import { countLabel } from "@/lib/format";
import { routes } from "@/lib/site";
import { criterionAnchor } from "@/lib/content/page-anchors";

export const dynamicParams = false;

export function generateStaticParams() {
  return getContent().criteria.map((criterion) => ({ id: criterion.id }));
}

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const criterion = getCriterion((await params).id);
  if (!criterion) return {};
  return {
    title: `Criterium: ${criterion.kort}`,
    description: criterion.omschrijving,
    alternates: { canonical: routes.criterion(criterion.id) },
  };
}

export default async function CriterionPage({ params }: Props) {
  const criterion = getCriterion((await params).id);
  if (!criterion) notFound();
  const content = getContent();
  const examples = claimsOnCriterion(content, criterion.id);
  const source = sourceById(content, criterion.citaat.bron);

  return (
    <>
      <Breadcrumbs
        items={[{ label: "Home", href: routes.home }, { label: "Criteria", href: routes.criteria }, { label: criterion.kort }]}
      />
      <header className="max-w-measure">
        <p className="font-semibold text-gold-ink">
          Criterium {content.criteria.indexOf(criterion) + 1} van {content.criteria.length}
        </p>
        <h1 className="mt-1 flex items-center gap-3 text-display font-bold">
          <CriterionIcon criterionId={criterion.id} className="h-9 w-9 shrink-0 text-gold-ink" />
          {criterion.kort}
        </h1>
        <p className="mt-4 text-lg leading-relaxed">{criterion.omschrijving}</p>
      </header>

      <div className="mt-8 max-w-measure">
        <Quotation text={criterion.citaat.tekst} speaker={source.uitgever} sourceTitle={source.titel} />
      </div>

      <Prose html={criterion.html} className="mt-8" />

      <section aria-labelledby="voorbeelden" className="mt-12">
        <h2 id="voorbeelden" className="text-2xl font-bold">
          {countLabel(examples.length, "gemeente", "gemeenten")} die hier model voor staan
        </h2>
        <p className="mt-2">
          <Link href={`${routes.municipalities}${serialiseFilters({ ...EMPTY_FILTERS, criteria: [criterion.id] })}`}>
            Combineer dit criterium met andere in het overzicht
          </Link>
        </p>
        <ul className="mt-4 grid gap-4 md:grid-cols-2">
          {examples.map(({ municipality, toelichting }) => (
            <li key={municipality.slug} className="rounded-card border border-line bg-surface p-4">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <h3 className="text-lg font-bold">
                  <Link href={`${routes.municipality(municipality.slug)}#${criterionAnchor(criterion.id)}`}>{municipality.naam}</Link>
                </h3>
                <CohortBadge year={municipality.cohort} />
              </div>
              <p className="mt-2">{toelichting}</p>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
