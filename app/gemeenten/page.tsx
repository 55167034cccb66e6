import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { MunicipalityGrid } from "@/components/municipality-grid";
import { getContent } from "@/lib/content/site-content";
import { routes } from "@/lib/site";

export const metadata: Metadata = {
  title: "Alle gemeenten",
  description: "Alle Gouden Gemeenten van 2015 en 2017 op een rij, met de titel die de bron hun gaf en de criteria waarvoor ze model staan.",
  alternates: { canonical: routes.municipalities },
};

export default function MunicipalitiesPage() {
  const { municipalities } = getContent();
  return (
    <>
      <Breadcrumbs items={[{ label: "Home", href: routes.home }, { label: "Alle gemeenten" }]} />
      <h1 className="text-display font-bold">Alle gemeenten</h1>
      <p className="mt-2 text-muted">{municipalities.length} gemeenten</p>
      <div className="mt-6">
        <MunicipalityGrid municipalities={municipalities} />
      </div>
    </>
  );
}
