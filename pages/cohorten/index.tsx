import { Breadcrumbs } from "@/components/breadcrumbs";
import { CohortList } from "@/components/cohort-list";
import { routes } from "@/lib/site";
import { cohortsPage, type CohortsPageData } from "@/lib/pages/cohorts-page";
import { staticPageProps, type DocumentProps } from "@/lib/pages/document-props";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };

export const getStaticProps = staticPageProps(cohortsPage);

export default function CohortsPage({ page: { cohorts } }: DocumentProps<CohortsPageData>) {
  return (
    <>
      <Breadcrumbs items={[{ label: "Home", href: routes.home }, { label: "Cohorten" }]} />
      <h1 className="text-display font-bold">De cohorten</h1>
      <div className="mt-8">
        <CohortList headingLevel="h2" cohorts={cohorts} />
      </div>
    </>
  );
}
