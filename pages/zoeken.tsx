import { Breadcrumbs } from "@/components/breadcrumbs";
import { PageLink } from "@/components/page-link";
import { Island } from "@/islands/runtime/island";
import { island } from "@/islands/zoeken";
import { searchPage, type SearchPageData } from "@/lib/pages/search-page";
import { routes } from "@/lib/site";
import { staticPageProps, type DocumentProps } from "@/lib/pages/document-props";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };

export const getStaticProps = staticPageProps(searchPage);

export default function SearchPage({ page: { search, islandScript } }: DocumentProps<SearchPageData>) {
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
        <Island island={island} props={search} script={islandScript} />
      </div>
    </div>
  );
}
