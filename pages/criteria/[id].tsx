import type { GetStaticPaths } from "next";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { CohortBadge } from "@/components/cohort-badge";
import { CriterionIcon } from "@/components/criterion-icon";
import { PageLink } from "@/components/page-link";
import { Prose } from "@/components/prose";
import { Quotation } from "@/components/quotation";
import { criterionAnchor } from "@/lib/content/page-anchors";
import { EMPTY_FILTERS, serialiseFilters } from "@/lib/listing/filters";
import { countLabel } from "@/lib/site/format";
import { criterionRoute, type CriterionPageData } from "@/lib/pages/criterion-page";
import { staticPaths, staticProps, type DocumentProps } from "@/lib/pages/document-props";
import { routes } from "@/lib/site";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };

export const getStaticPaths: GetStaticPaths = () => staticPaths(criterionRoute);

export const getStaticProps = staticProps(criterionRoute);

export default function CriterionPage({
  page: { criterion, position, criterionCount, examples, source },
}: DocumentProps<CriterionPageData>) {
  return (
    <>
      <Breadcrumbs
        items={[{ label: "Home", href: routes.home }, { label: "Criteria", href: routes.criteria }, { label: criterion.kort }]}
      />
      <header className="max-w-measure">
        <p className="font-semibold text-gold-ink">
          Criterium {position} van {criterionCount}
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
          <PageLink href={`${routes.municipalities}${serialiseFilters({ ...EMPTY_FILTERS, criteria: [criterion.id] })}`}>
            Combineer dit criterium met andere in het overzicht
          </PageLink>
        </p>
        <ul className="mt-4 grid gap-4 md:grid-cols-2">
          {examples.map(({ municipality, toelichting }) => (
            <li key={municipality.slug} className="rounded-card border border-line bg-surface p-4">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <h3 className="text-lg font-bold">
                  <PageLink href={`${routes.municipality(municipality.slug)}#${criterionAnchor(criterion.id)}`}>
                    {municipality.naam}
                  </PageLink>
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
