import { Breadcrumbs } from "@/components/breadcrumbs";
import { CriterionList } from "@/components/criterion-list";
import { listInDutch, numberInWords } from "@/lib/site/format";
import { routes } from "@/lib/site";
import { criteriaPage, type CriteriaPageData } from "@/lib/pages/criteria-page";
import { staticPageProps, type DocumentProps } from "@/lib/pages/document-props";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };

export const getStaticProps = staticPageProps(criteriaPage);

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
