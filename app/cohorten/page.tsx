import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { CohortList } from "@/components/cohort-list";
import { cohortsWithMembers } from "@/lib/content/queries";
import { getContent } from "@/lib/content/site-content";
import { routes } from "@/lib/site";

export const metadata: Metadata = {
  title: "De cohorten",
  description: "De lichtingen Gouden Gemeenten: wie ze koos, wanneer en hoe.",
  alternates: { canonical: routes.cohorts },
};

export default function CohortsPage() {
  const content = getContent();
  return (
    <>
      <Breadcrumbs items={[{ label: "Home", href: routes.home }, { label: "Cohorten" }]} />
      <h1 className="text-display font-bold">De cohorten</h1>
      <div className="mt-8">
        <CohortList headingLevel="h2" cohorts={cohortsWithMembers(content)} />
      </div>
    </>
  );
}
