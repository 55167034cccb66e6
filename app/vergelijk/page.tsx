import { Breadcrumbs } from "@/components/breadcrumbs";
import { CompareView } from "@/components/compare/compare-view";
import { PageLink } from "@/components/page-link";
import { compareData } from "@/lib/compare-data";
import { getContent } from "@/lib/content/site-content";
import { metadataFor } from "@/lib/page-metadata";
import { routes } from "@/lib/site";

export const metadata = metadataFor({
  title: "Gemeenten vergelijken",
  description:
    "Zet twee of drie Gouden Gemeenten naast elkaar: cohort, provincie, de criteria met hun toelichting, de voorbeelden, de mensen en de bronnen.",
  path: routes.compare,
});

export default function ComparePage() {
  const data = compareData(getContent());
  return (
    <>
      <Breadcrumbs
        items={[{ label: "Home", href: routes.home }, { label: "Gemeenten", href: routes.municipalities }, { label: "Vergelijken" }]}
      />
      <h1 className="text-display font-bold">Gemeenten vergelijken</h1>
      <p className="mt-2 max-w-measure text-lg">
        Zet twee of drie gemeenten naast elkaar en lees per rij wat ze gemeen hebben en waarin ze verschillen. De link in de adresbalk toont
        anderen dezelfde vergelijking.
      </p>
      <noscript>
        <div className="mt-4 max-w-measure">
          <p>
            Het vergelijken werkt alleen met JavaScript. Zonder JavaScript leest u elke gemeente op haar eigen pagina, of kiest u in het{" "}
            <PageLink href={routes.municipalities}>overzicht van alle gemeenten</PageLink>.
          </p>
          <ul className="mt-2 columns-2 sm:columns-3">
            {data.municipalities.map((municipality) => (
              <li key={municipality.slug}>
                <PageLink href={routes.municipality(municipality.slug)}>{municipality.naam}</PageLink>
              </li>
            ))}
          </ul>
        </div>
      </noscript>
      <div className="mt-6">
        <CompareView data={data} />
      </div>
    </>
  );
}
