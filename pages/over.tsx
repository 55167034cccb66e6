import { PageLink } from "@/components/page-link";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { Prose } from "@/components/prose";
import { SectionHeading } from "@/components/section-heading";
import { PROFILE_SECTION_IDS } from "@/lib/content/page-anchors";
import { SOURCE_KINDS } from "@/lib/content/schema";
import { formatKeyDate, listInDutch, numberInWords } from "@/lib/site/format";
import { routes } from "@/lib/site";
import { aboutPage, type AboutPageData } from "@/lib/pages/about-page";
import { staticPageProps, type DocumentProps } from "@/lib/pages/document-props";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };

export const getStaticProps = staticPageProps(aboutPage);

export default function AboutPage({ page: { cohorts, criteria, sources, municipalityCount, years } }: DocumentProps<AboutPageData>) {
  return (
    <>
      <Breadcrumbs items={[{ label: "Home", href: routes.home }, { label: "Over deze site" }]} />
      <h1 className="text-display font-bold">Over deze site</h1>
      <div className="mt-6 max-w-measure space-y-4 text-lg leading-relaxed">
        <p>
          In 2015 kregen gemeenten er veel taken in zorg, jeugdhulp en ondersteuning bij: de decentralisaties. De branchevereniging voor
          sociaal werk, toen de MOgroep en later Sociaal Werk Nederland, zocht daarna gemeenten die laten zien hoe die vernieuwing goed kan
          gaan. Die gemeenten kregen de titel Gouden Gemeente.
        </p>
        <p>
          Deze site brengt de {municipalityCount} Gouden Gemeenten van {listInDutch(years)} samen, zodat u ze kunt vinden, vergelijken en
          doorsturen. Tot nu toe stond dit verspreid over een paar PDF&apos;s en een webpagina.
        </p>
      </div>

      <section aria-labelledby="selectie" className="mt-10 max-w-measure">
        <SectionHeading id="selectie">Hoe de gemeenten zijn gekozen</SectionHeading>
        <div className="mt-3 space-y-3">
          <p>
            Elke lichting is gekozen op dezelfde <PageLink href={routes.criteria}>{numberInWords(criteria.length)} criteria</PageLink>:{" "}
            {criteria.map((criterion) => criterion.kort.toLocaleLowerCase("nl")).join(", ")}. Geen gemeente is gekozen omdat daar alles goed
            gaat, maar omdat ze op een aantal van deze punten duidelijk vooroploopt.
          </p>
          <ul className="list-disc space-y-1 pl-6">
            {cohorts.map((cohort) => (
              <li key={cohort.id}>
                <PageLink href={routes.cohort(cohort.jaar)}>Cohort {cohort.jaar}</PageLink>: gekozen door {cohort.geselecteerd_door}.
              </li>
            ))}
          </ul>
          <p>Hoe elke lichting precies tot stand kwam, leest u op de pagina van het cohort.</p>
        </div>
      </section>

      <section aria-labelledby="werkwijze" className="mt-10 max-w-measure">
        <SectionHeading id="werkwijze">Hoe deze site is gemaakt</SectionHeading>
        <ul className="mt-3 list-disc space-y-1 pl-6">
          <li>
            Elk feit op deze site komt uit een van de bronnen hieronder. Bedragen, aantallen, jaartallen en namen staan er zoals in de bron.
          </li>
          <li>De teksten zijn in eigen woorden geschreven. Letterlijke uitspraken staan als citaat, met wie het zei en in welke bron.</li>
          <li>Waar een bron weinig zegt, zoals bij de korte pitches van 2015, is het profiel korter.</li>
          <li>
            De provincie is algemene aardrijkskundige kennis; de gebieden op de kaart komen uit de gemeentegrenzen van het CBS, en een
            marker staat op het midden van het gebied van de gemeente of de regio, tenzij de redactie hem bewust elders zette.
          </li>
        </ul>
      </section>

      <section aria-labelledby={PROFILE_SECTION_IDS.sources} className="mt-10">
        <SectionHeading id={PROFILE_SECTION_IDS.sources}>De bronnen</SectionHeading>
        <ol className="mt-4 space-y-6">
          {sources.map((source) => (
            <li key={source.id} id={`bron-${source.id}`} className="max-w-measure rounded-card border border-line bg-surface p-4">
              <p className="font-semibold">
                <cite>{source.titel}</cite>
              </p>
              <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
                <dt className="text-muted">Soort</dt>
                <dd>{SOURCE_KINDS[source.soort]}</dd>
                <dt className="text-muted">Uitgever</dt>
                <dd>{source.uitgever}</dd>
                {source.plaats ? (
                  <>
                    <dt className="text-muted">Plaats</dt>
                    <dd>{source.plaats}</dd>
                  </>
                ) : null}
                <dt className="text-muted">{source.datum ? "Datum" : "Jaar"}</dt>
                <dd>{source.datum ? formatKeyDate(source.datum) : source.jaar}</dd>
              </dl>
              <Prose html={source.html} className="mt-3 text-sm" />
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
