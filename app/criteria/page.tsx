import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { CriterionList } from "@/components/criterion-list";
import { cohortYears, criteriaWithCounts } from "@/lib/content/queries";
import { getContent } from "@/lib/content/site-content";
import { listInDutch, numberInWords } from "@/lib/format";
import { routes } from "@/lib/site";

export function generateMetadata(): Metadata {
  const count = numberInWords(getContent().criteria.length);
  return {
    title: `De ${count} criteria`,
    description: `De ${count} criteria waarop de Gouden Gemeenten zijn gekozen, met per criterium de gemeenten die er model voor staan.`,
    alternates: { canonical: routes.criteria },
  };
}

export default function CriteriaPage() {
  const content = getContent();
  const count = numberInWords(content.criteria.length);
  const years = cohortYears(content);
  return (
    <>
      <Breadcrumbs items={[{ label: "Home", href: routes.home }, { label: "Criteria" }]} />
      <h1 className="text-display font-bold">De {count} criteria</h1>
      <p className="mt-4 max-w-measure text-lg">
        {years.length > 1 ? `De cohorten van ${listInDutch(years)} zijn` : `Het cohort van ${listInDutch(years)} is`} op dezelfde {count}{" "}
        punten gekozen. Geen gemeente voldoet aan alles; elke gemeente staat model voor een of meer van deze punten.
      </p>
      <div className="mt-8">
        <CriterionList headingLevel="h2" criteria={criteriaWithCounts(content)} />
      </div>
    </>
  );
}
