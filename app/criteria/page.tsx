import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { CriterionList } from "@/components/criterion-list";
import { routes } from "@/lib/site";

export const metadata: Metadata = {
  title: "De vijf criteria",
  description: "De vijf criteria waarop de Gouden Gemeenten zijn gekozen, met per criterium de gemeenten die er model voor staan.",
  alternates: { canonical: routes.criteria },
};

export default function CriteriaPage() {
    return (
    <>
      <Breadcrumbs items={[{ label: "Home", href: routes.home }, { label: "Criteria" }]} />
      <h1 className="text-display font-bold">De vijf criteria</h1>
      <p className="mt-4 max-w-measure text-lg">
        Beide cohorten zijn op dezelfde vijf punten gekozen. Geen gemeente voldoet aan alles; elke gemeente staat model voor
        een of meer van deze punten.
      </p>
      <div className="mt-8">
        <CriterionList headingLevel="h2" />
      </div>
    </>
  );
}
