import { PageLink } from "@/components/page-link";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { SiteSearch } from "@/components/site-search";
import { metadataFor } from "@/lib/page-metadata";
import { routes, withBasePath } from "@/lib/site";

export const metadata = metadataFor({
  title: "Zoeken",
  description: "Zoek in alle profielen, criteria, cohorten en voorbeelden van de Gouden Gemeenten.",
  path: routes.search,
});

export default function SearchPage() {
  return (
    <div data-pagefind-ignore="all">
      <Breadcrumbs items={[{ label: "Home", href: routes.home }, { label: "Zoeken" }]} />
      <h1 className="text-display font-bold">Zoeken</h1>
      <p className="mt-4 max-w-measure text-lg">
        Zoek op een naam, een organisatie of een onderwerp, zoals ‘dementie’, ‘schulden’ of ‘wijkteam’.
      </p>
      <noscript>
        <p className="mt-4">
          Zoeken werkt alleen met JavaScript. Zonder JavaScript vindt u alles via het{" "}
          <PageLink href={routes.municipalities}>overzicht van de gemeenten</PageLink>, de{" "}
          <PageLink href={routes.criteria}>criteria</PageLink> en de <PageLink href={routes.examples}>voorbeelden</PageLink>.
        </p>
      </noscript>
      <div className="mt-6 max-w-3xl">
        <SiteSearch assetBase={withBasePath("/pagefind")} baseUrl={withBasePath("/")} />
      </div>
    </div>
  );
}
