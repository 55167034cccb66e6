import { Breadcrumbs } from "@/components/breadcrumbs";
import { PageLink } from "@/components/page-link";
import { island } from "@/islands/gemeenten";
import { Island, ListFlagScript } from "@/islands/runtime/island";
import { listingPage, type ListingPageData } from "@/lib/pages/listing-page";
import { routes } from "@/lib/site";
import { staticPageProps, type DocumentProps } from "@/lib/pages/document-props";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };

export const getStaticProps = staticPageProps(listingPage);

export default function MunicipalitiesPage({
  page: { cohorts, criteria, explorer, islandScript, listFlag },
}: DocumentProps<ListingPageData>) {
  return (
    <>
      <Breadcrumbs items={[{ label: "Home", href: routes.home }, { label: "Gemeenten" }]} />
      <h1 className="text-display font-bold">Alle gemeenten</h1>
      <p className="mt-2 max-w-measure text-lg">
        Zoek een voorbeeld dat bij uw vraag past. Combineer criteria om gemeenten te vinden die op meer punten sterk zijn; de link in de
        adresbalk toont anderen precies dezelfde selectie. Of zoek de Gouden Gemeenten{" "}
        <PageLink href={routes.nearby}>bij u in de buurt</PageLink>.
      </p>
      <nav aria-label="Bladeren per cohort of criterium" className="mt-4 text-sm">
        <p className="text-muted">Of blader per cohort of criterium:</p>
        <ul className="mt-1 flex flex-wrap gap-x-4">
          {cohorts.map((cohort) => (
            <li key={cohort.id}>
              <PageLink href={routes.cohort(cohort.jaar)} className="inline-flex min-h-6 items-center">
                Cohort {cohort.jaar}
              </PageLink>
            </li>
          ))}
          {criteria.map((criterion) => (
            <li key={criterion.id}>
              <PageLink href={routes.criterion(criterion.id)} className="inline-flex min-h-6 items-center">
                {criterion.kort}
              </PageLink>
            </li>
          ))}
        </ul>
      </nav>
      <div className="mt-8">
        <ListFlagScript {...listFlag} />
        <Island island={island} props={explorer} script={islandScript} />
      </div>
    </>
  );
}
