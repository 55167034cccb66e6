import type { GetStaticProps } from "next";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { CohortList } from "@/components/cohort-list";
import { cohortsWithMembers } from "@/lib/content/queries";
import { getContent } from "@/lib/content/site-content";
import { documentProps, type DocumentProps } from "@/lib/pages/document-props";
import { routes } from "@/lib/site";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };

type CohortsPageData = ReturnType<typeof cohortsWithMembers>;

export const getStaticProps: GetStaticProps<DocumentProps<CohortsPageData>> = () =>
  documentProps(cohortsWithMembers(getContent()), {
    title: "De cohorten",
    description: "De lichtingen Gouden Gemeenten: wie ze koos, wanneer en hoe.",
    path: routes.cohorts,
  });

export default function CohortsPage({ page: cohorts }: DocumentProps<CohortsPageData>) {
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
