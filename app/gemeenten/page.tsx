import { PageLink } from "@/components/page-link";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { MunicipalityExplorer } from "@/components/municipality-explorer";
import { cohortYears } from "@/lib/content/queries";
import { getContent } from "@/lib/content/site-content";
import { LIST_CHANGING_PARAMS } from "@/lib/filters";
import { listInDutch, numberInWords } from "@/lib/format";
import { listingItems, listingOptions } from "@/lib/listing";
import { netherlandsMap } from "@/lib/map";
import { metadataFor } from "@/lib/page-metadata";
import { hideUnfilteredListScript } from "@/lib/search-params";
import { routes } from "@/lib/site";

export function generateMetadata() {
  const content = getContent();
  return metadataFor({
    title: "Alle gemeenten",
    description: `Alle Gouden Gemeenten van ${listInDutch(cohortYears(content))}: filter op cohort, op de ${numberInWords(content.criteria.length)} criteria, op provincie of op een woord, en bekijk ze als kaarten, matrix of kaart.`,
    path: routes.municipalities,
  });
}

/** Runs before the list is painted, so a deep link with filters does not flash the full list. */
const HIDE_UNFILTERED_LIST = hideUnfilteredListScript(LIST_CHANGING_PARAMS);

export default function MunicipalitiesPage() {
  const content = getContent();
  const { cohorts, criteria } = content;
  return (
    <>
      <script dangerouslySetInnerHTML={{ __html: HIDE_UNFILTERED_LIST }} />
      <Breadcrumbs items={[{ label: "Home", href: routes.home }, { label: "Gemeenten" }]} />
      <h1 className="text-display font-bold">Alle gemeenten</h1>
      <p className="mt-2 max-w-measure text-lg">
        Zoek een voorbeeld dat bij uw vraag past. Combineer criteria om gemeenten te vinden die op meer punten sterk zijn; de link in de
        adresbalk toont anderen precies dezelfde selectie.
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
        <MunicipalityExplorer items={listingItems(content)} options={listingOptions(content)} geometry={netherlandsMap()} />
      </div>
    </>
  );
}
