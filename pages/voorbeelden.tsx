import { Breadcrumbs } from "@/components/breadcrumbs";
import { PageLink } from "@/components/page-link";
import { island } from "@/islands/voorbeelden";
import { Island, ListFlagScript } from "@/islands/runtime/island";
import { examplesPage, type ExamplesPageData } from "@/lib/pages/examples-page";
import { routes } from "@/lib/site";
import { staticPageProps, type DocumentProps } from "@/lib/pages/document-props";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };

export const getStaticProps = staticPageProps(examplesPage);

export default function ExamplesPage({ page: { explorer, islandScript, listFlag } }: DocumentProps<ExamplesPageData>) {
  return (
    <>
      <Breadcrumbs items={[{ label: "Home", href: routes.home }, { label: "Voorbeelden" }]} />
      <h1 className="text-display font-bold">Voorbeelden uit de praktijk</h1>
      <p className="mt-4 max-w-measure text-lg">
        Budgetten, teams, plekken en afspraken die de Gouden Gemeenten noemen als voorbeeld van hun aanpak. Elk voorbeeld heeft een eigen
        pagina, met de plek in het profiel waar het staat en vergelijkbare voorbeelden. Elk thema heeft ook een{" "}
        <PageLink href={routes.themes}>eigen pagina</PageLink>.
      </p>
      <div className="mt-8">
        <ListFlagScript {...listFlag} />
        <Island island={island} props={explorer} script={islandScript} />
      </div>
    </>
  );
}
