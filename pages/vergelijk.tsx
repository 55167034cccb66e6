import { Breadcrumbs } from "@/components/breadcrumbs";
import { PageLink } from "@/components/page-link";
import { Island } from "@/islands/runtime/island";
import { island } from "@/islands/vergelijk";
import { comparePage, type ComparePageData } from "@/lib/pages/compare-page";
import { routes } from "@/lib/site";
import { staticPageProps, type DocumentProps } from "@/lib/pages/document-props";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };

export const getStaticProps = staticPageProps(comparePage);

export default function ComparePage({ page: { data, islandScript } }: DocumentProps<ComparePageData>) {
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
        <Island island={island} props={{ data }} script={islandScript} />
      </div>
    </>
  );
}
