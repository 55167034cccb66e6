import { PageLink } from "@/components/page-link";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { SectionHeading } from "@/components/section-heading";
import { CBS_CODE_YEAR } from "@/lib/maps/cbs-codes";
import { routes, withBasePath } from "@/lib/site";
import { openDataPage, type OpenDataPageData } from "@/lib/pages/open-data-page";
import { staticPageProps, type DocumentProps } from "@/lib/pages/document-props";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };

export const getStaticProps = staticPageProps(openDataPage);

export default function OpenDataPage({
  page: { municipalityCount, criterionIds, publisher, licence, sourceRights, builtOn, contentRevision },
}: DocumentProps<OpenDataPageData>) {
  return (
    <>
      <Breadcrumbs items={[{ label: "Home", href: routes.home }, { label: "Open data" }]} />
      <div className="max-w-measure">
        <h1 className="text-display font-bold">Open data</h1>
        <p className="mt-4 text-lg leading-relaxed">
          Alles wat op deze site over de {municipalityCount} Gouden Gemeenten staat, kunt u ook downloaden om zelf te analyseren. De
          bestanden worden bij elke versie van de site gemaakt uit dezelfde bronbestanden als de pagina&apos;s, dus ze kloppen altijd met
          wat u op de site ziet.
        </p>

        <section aria-labelledby="downloads" className="mt-10">
          <SectionHeading id="downloads">Downloads</SectionHeading>
          <ul className="mt-3 space-y-3">
            <li>
              <a href={withBasePath(routes.dataCsv)} download className="font-semibold">
                gemeenten.csv
              </a>{" "}
              — een rij per gemeente, een kolom per criterium (ja of nee). UTF-8, komma&apos;s als scheidingsteken en een punt in getallen:
              de gewone vorm voor R, Python en andere programma&apos;s.
            </li>
            <li>
              <a href={withBasePath(routes.dataExcelCsv)} download className="font-semibold">
                gemeenten-excel.csv
              </a>{" "}
              — dezelfde tabel voor Excel met Nederlandse instellingen: puntkomma&apos;s als scheidingsteken en een komma in getallen
              (52,0116). Dubbelklik en alles staat in kolommen.
            </li>
            <li>
              <a href={withBasePath(routes.dataJson)} download className="font-semibold">
                gemeenten.json
              </a>{" "}
              — alles per gemeente, ook de toelichting per criterium, de praktijkvoorbeelden met hun link, de personen, de partners en de
              bronnen.{" "}
              <a href={withBasePath(routes.dataSchema)} className="font-semibold">
                gemeenten.schema.json
              </a>{" "}
              beschrijft elk veld als JSON Schema (2020-12), zodat u het bestand kunt controleren voordat u het gebruikt.
            </li>
            <li>
              <a href={withBasePath(routes.feed)} className="font-semibold">
                feed.xml
              </a>{" "}
              — een Atom-feed van de profielen: abonneer u in een feedlezer en u ziet het als er een nieuw cohort bijkomt.
            </li>
          </ul>
        </section>

        <section aria-labelledby="velden" className="mt-10">
          <SectionHeading id="velden">Wat erin staat</SectionHeading>
          <dl className="mt-3 space-y-2">
            <div>
              <dt className="font-semibold">slug</dt>
              <dd>De vaste sleutel van de gemeente, ook het laatste deel van het webadres van het profiel.</dd>
            </div>
            <div>
              <dt className="font-semibold">cbs_code</dt>
              <dd>
                De gemeentecode van het CBS in {CBS_CODE_YEAR} (GM en vier cijfers), om te koppelen aan andere gegevens van dat jaar. Bij
                een regio is dit veld leeg en staan de codes bij de leden. Codes veranderen als gemeenten samengaan: Leerdam (GM0545) is
                sinds 2019 deel van Vijfheerenlanden. Koppel dus alleen aan gegevens met codes van {CBS_CODE_YEAR}.
              </dd>
            </div>
            <div>
              <dt className="font-semibold">cbs_code_2025</dt>
              <dd>
                De gemeentecode van het CBS in 2025: dezelfde, of die van de gemeente waarin de gemeente sindsdien is opgegaan (bij Leerdam
                GM1961, Vijfheerenlanden). Bij een regio staat ook deze code bij elk lid. In de JSON zegt provincie_opmerking in woorden wat
                er veranderde.
              </dd>
            </div>
            <div>
              <dt className="font-semibold">naam, cohort, provincie, lat, lon</dt>
              <dd>
                Naam, jaar van selectie, provincie op het moment van selectie en de ligging: het midden van het gebied van de gemeente (bij
                een regio: van de leden samen), tenzij de redactie de marker op de kaart bewust elders zette.
              </dd>
            </div>
            <div>
              <dt className="font-semibold">titel, samenvatting</dt>
              <dd>De titel die de bron het profiel gaf, en onze samenvatting in één tot drie zinnen.</dd>
            </div>
            <div>
              <dt className="font-semibold">{criterionIds.join(", ")}</dt>
              <dd>Per criterium of de gemeente ervoor model staat (in de JSON met de toelichting).</dd>
            </div>
            <div>
              <dt className="font-semibold">voorbeelden, leden, bronnen, url</dt>
              <dd>
                De praktijkvoorbeelden, de deelnemende gemeenten van een regio, de ids van de bronnen (zie{" "}
                <PageLink href={`${routes.about}#bronnen`}>de bronnen</PageLink>) en het adres van het profiel.
              </dd>
            </div>
            <div>
              <dt className="font-semibold">laatste_controle, controles</dt>
              <dd>
                Als de redactie het profiel na de selectie opnieuw heeft nagekeken: de datum van de laatste controle en per controle de
                datum, wat er veranderd is en de bron, de nieuwste eerst (in de CSV een controle per regel). Leeg als dat nog niet is
                gebeurd.
              </dd>
            </div>
            <div>
              <dt className="font-semibold">gebouwd_op, inhoudsversie</dt>
              <dd>
                Wanneer het bestand gemaakt is en uit welke versie van de inhoud (de Git-commit), zodat u in een onderzoek precies kunt
                zeggen welke gegevens u gebruikte. In de JSON staan ze bovenaan, in de CSV in elke rij.
              </dd>
            </div>
          </dl>
        </section>

        <section aria-labelledby="hergebruik" className="mt-10">
          <SectionHeading id="hergebruik">Licentie en hergebruik</SectionHeading>
          <p className="mt-3">
            {publisher} stelt de teksten en gegevens van deze site beschikbaar onder de licentie <a href={licence.url}>{licence.name}</a>.{" "}
            {sourceRights}
          </p>
          <p className="mt-3">
            Deze versie is gemaakt op {builtOn}
            {contentRevision ? (
              <>
                {" "}
                uit inhoudsversie <code className="break-all">{contentRevision}</code>
              </>
            ) : null}
            .
          </p>
        </section>
      </div>
    </>
  );
}
