import type { GetStaticProps } from "next";
import { documentProps, type DocumentProps } from "@/lib/pages/document-props";
import type { PageMeta } from "@/lib/page-metadata";
import { PageLink } from "@/components/page-link";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { SectionHeading } from "@/components/section-heading";
import { getContent } from "@/lib/content/site-content";
import { routes, withBasePath } from "@/lib/site";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };

function openDataPage() {
  const { municipalities, criteria } = getContent();
  return { municipalityCount: municipalities.length, criterionIds: criteria.map((criterion) => criterion.id) };
}

type OpenDataPageData = ReturnType<typeof openDataPage>;

const META = {
  title: "Open data",
  description:
    "Alle Gouden Gemeenten als JSON en CSV: criteria, praktijkvoorbeelden, personen, partners en bronnen, gemaakt uit dezelfde bestanden als de site.",
  path: routes.openData,
} satisfies PageMeta;

export const getStaticProps: GetStaticProps<DocumentProps<OpenDataPageData>> = () => documentProps(openDataPage(), META);

export default function OpenDataPage({ page: { municipalityCount, criterionIds } }: DocumentProps<OpenDataPageData>) {
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
              — een rij per gemeente, een kolom per criterium (ja of nee). UTF-8, komma&apos;s als scheidingsteken; opent in elk
              rekenprogramma.
            </li>
            <li>
              <a href={withBasePath(routes.dataJson)} download className="font-semibold">
                gemeenten.json
              </a>{" "}
              — alles per gemeente, ook de toelichting per criterium, de praktijkvoorbeelden met hun link, de personen, de partners en de
              bronnen.
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
              <dt className="font-semibold">naam, cohort, provincie, lat, lon</dt>
              <dd>Naam, jaar van selectie, provincie op het moment van selectie en de ligging van gemeentehuis of regiocentrum.</dd>
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
          </dl>
        </section>

        <section aria-labelledby="hergebruik" className="mt-10">
          <SectionHeading id="hergebruik">Hergebruik</SectionHeading>
          <p className="mt-3">
            Noem bij hergebruik deze site en de oorspronkelijke bronnen: de publicaties van de MOgroep en Sociaal Werk Nederland die bij
            elke gemeente staan.
          </p>
        </section>
      </div>
    </>
  );
}
