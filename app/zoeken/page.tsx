import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { SiteSearch } from "@/components/site-search";
import { routes, withBasePath } from "@/lib/site";

export const metadata: Metadata = {
  title: "Zoeken",
  description: "Zoek in alle profielen, criteria, cohorten en voorbeelden van de Gouden Gemeenten.",
  alternates: { canonical: routes.search },
};

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
          <Link href={routes.municipalities}>overzicht van de gemeenten</Link>, de <Link href={routes.criteria}>criteria</Link> en de{" "}
          <Link href={routes.examples}>voorbeelden</Link>.
        </p>
      </noscript>
      <div className="mt-6 max-w-3xl">
        <SiteSearch assetBase={withBasePath("/pagefind")} baseUrl={withBasePath("/")} />
      </div>
    </div>
  );
}
