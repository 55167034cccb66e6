import { Breadcrumbs } from "@/components/breadcrumbs";
import { PageLink } from "@/components/page-link";
import { Island } from "@/islands/runtime/island";
import { island } from "@/islands/in-de-buurt";
import { staticPageProps, type DocumentProps } from "@/lib/pages/document-props";
import { nearbyPage, type NearbyPageData } from "@/lib/pages/nearby-page";
import { routes } from "@/lib/site";
import { countLabel } from "@/lib/site/format";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };

export const getStaticProps = staticPageProps(nearbyPage);

export default function NearbyPage({ page: { finder, islandScript, provinces, municipalityCount } }: DocumentProps<NearbyPageData>) {
  return (
    <>
      <Breadcrumbs items={[{ label: "Home", href: routes.home }, { label: "Bij u in de buurt" }]} />
      <h1 className="text-display font-bold">Bij u in de buurt</h1>
      <p className="mt-4 max-w-measure text-lg">
        Is uw gemeente een Gouden Gemeente, of hoort ze bij een? En zo niet, welke liggen het dichtstbij? Vul uw gemeente in, of kies
        hieronder uw provincie: daar staan alle {municipalityCount} gemeenten van nu met hun antwoord.
      </p>
      {/* The field appears once its script runs, in this space, so nothing below it moves. */}
      <div className="mt-6 min-h-24">
        <Island island={island} props={{ index: finder }} script={islandScript} />
      </div>
      <h2 className="mt-10 text-2xl font-bold">Per provincie</h2>
      <ul className="mt-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {provinces.map((province) => (
          <li key={province.slug} className="rounded-card border border-line bg-surface p-4">
            <PageLink href={routes.nearbyProvince(province.slug)} className="text-lg font-bold">
              {province.name}
            </PageLink>
            <p className="text-muted">{countLabel(province.municipalityCount, "gemeente", "gemeenten")}</p>
          </li>
        ))}
      </ul>
      <p className="mt-8 max-w-measure text-sm text-muted">
        De gemeenten zijn die van 2025 volgens het CBS. De afstand is hemelsbreed, tussen de middens van de gebieden; van een regio telt het
        gebied van haar leden samen.
      </p>
    </>
  );
}
