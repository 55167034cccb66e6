import type { GetStaticProps } from "next";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { CriterionList } from "@/components/criterion-list";
import { cohortYears, criteriaWithCounts } from "@/lib/content/queries";
import { getContent } from "@/lib/content/site-content";
import { listInDutch, numberInWords } from "@/lib/site/format";
import { documentProps, type DocumentProps } from "@/lib/pages/document-props";
import { routes } from "@/lib/site";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };

function criteriaPage() {
  const content = getContent();
  return { criteria: criteriaWithCounts(content), years: cohortYears(content) };
}

type CriteriaPageData = ReturnType<typeof criteriaPage>;

export const getStaticProps: GetStaticProps<DocumentProps<CriteriaPageData>> = () => {
  const page = criteriaPage();
  const count = numberInWords(page.criteria.length);
  return documentProps(page, {
    title: `De ${count} criteria`,
    description: `De ${count} criteria waarop de Gouden Gemeenten zijn gekozen, met per criterium de gemeenten die er model voor staan.`,
    path: routes.criteria,
  });
};

export default function CriteriaPage({ page: { criteria, years } }: DocumentProps<CriteriaPageData>) {
  const count = numberInWords(criteria.length);
  return (
    <>
      <Breadcrumbs items={[{ label: "Home", href: routes.home }, { label: "Criteria" }]} />
      <h1 className="text-display font-bold">De {count} criteria</h1>
      <p className="mt-4 max-w-measure text-lg">
        {years.length > 1 ? `De cohorten van ${listInDutch(years)} zijn` : `Het cohort van ${listInDutch(years)} is`} op dezelfde {count}{" "}
        punten gekozen. Geen gemeente voldoet aan alles; elke gemeente staat model voor een of meer van deze punten.
      </p>
      <div className="mt-8">
        <CriterionList headingLevel="h2" criteria={criteria} />
      </div>
    </>
  );
}
