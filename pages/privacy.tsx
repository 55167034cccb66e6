import { PageLink } from "@/components/page-link";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { SectionHeading } from "@/components/section-heading";
import { PROFILE_SECTION_IDS } from "@/lib/content/page-anchors";
import { formatKeyDate } from "@/lib/site/format";
import { routes } from "@/lib/site";
import { privacyPage, type PrivacyPageData } from "@/lib/pages/privacy-page";
import { staticPageProps, type DocumentProps } from "@/lib/pages/document-props";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };

/** When this statement was last written: change it with the text, never from the build. */
const STATEMENT_DATE = "2026-12-02";

export const getStaticProps = staticPageProps(privacyPage);

export default function PrivacyPage({ page: { publisher, publisherUrl, email } }: DocumentProps<PrivacyPageData>) {
  return (
    <>
      <Breadcrumbs items={[{ label: "Home", href: routes.home }, { label: "Privacy" }]} />
      <div className="max-w-measure">
        <h1 className="text-display font-bold">Privacyverklaring</h1>
        <p className="mt-4 text-lg leading-relaxed">
          Deze site wordt uitgegeven door{" "}
          {publisherUrl ? (
            <a href={publisherUrl} rel="noopener noreferrer" className="external-link">
              {publisher}
            </a>
          ) : (
            publisher
          )}
          . Hier leest u welke gegevens over u een rol spelen. Kort gezegd: de site volgt u niet. Wel staan er namen van mensen op, uit
          openbare bronnen.
        </p>
        <p className="mt-3 text-muted">
          Deze verklaring is van <time dateTime={STATEMENT_DATE}>{formatKeyDate(STATEMENT_DATE)}</time>.
        </p>

        <section aria-labelledby="bezoekers" className="mt-10">
          <SectionHeading id="bezoekers">Wat de site over u als bezoeker bijhoudt</SectionHeading>
          <ul className="mt-3 list-disc space-y-1 pl-6">
            <li>Geen cookies. De site plaatst geen cookies en zet ook op een andere manier geen gegevens over u in uw browser.</li>
            <li>
              Geen volgsoftware, geen statistieken en geen advertenties. Alles op de pagina&apos;s komt van deze site zelf, ook de kaarten
              en de zoekfunctie. Bij het openen van een pagina haalt uw browser niets op bij andere partijen.
            </li>
            <li>
              Geen formulieren die gegevens bewaren. Het zoekvak en het formulier ‘Vergelijk met’ openen alleen een andere pagina. Het
              zoeken zelf gebeurt in uw eigen browser.
            </li>
            <li>De knoppen om een link te kopiëren of te delen werken op uw eigen apparaat. De site ziet niet wat u ermee doet.</li>
          </ul>
        </section>

        <section aria-labelledby="serverlogboek" className="mt-10">
          <SectionHeading id="serverlogboek">Wat de server bijhoudt</SectionHeading>
          <p className="mt-3">
            De site staat bij een hostingpartij: een bedrijf dat de bestanden van de site op internet zet. Zoals bijna elke webserver houdt
            de server van die partij een logboek bij van alles wat er wordt opgevraagd. Daarin staan:
          </p>
          <ul className="mt-3 list-disc space-y-1 pl-6">
            <li>uw IP-adres;</li>
            <li>het tijdstip;</li>
            <li>de pagina die u opvraagt, met wat u in het zoekvak typte, want dat staat in het adres van de zoekpagina;</li>
            <li>uw browser en besturingssysteem;</li>
            <li>de pagina waar u vandaan kwam, als uw browser die meestuurt.</li>
          </ul>
          <p className="mt-3">
            Dat logboek is van de hostingpartij. Zij gebruikt het om de site te laten werken en te beveiligen, bijvoorbeeld tegen aanvallen.
            Hoe lang het logboek bewaard blijft, bepaalt de hostingpartij; daarom noemt deze verklaring geen termijn. {publisher} gebruikt
            deze gegevens niet om bezoekers te volgen of te herkennen.
          </p>
        </section>

        <section aria-labelledby="gepubliceerd" className="mt-10">
          <SectionHeading id="gepubliceerd">Welke persoonsgegevens de site publiceert</SectionHeading>
          <p className="mt-3">
            Op de profielen van de gemeenten en in de <PageLink href={routes.openData}>open data</PageLink> staan namen van mensen: onder
            meer wethouders, directeuren en medewerkers van organisaties voor sociaal werk. Bij een naam staan soms iemands functie en
            organisatie, en korte citaten van wat iemand zei.
          </p>
          <p className="mt-3">
            Dat alles komt uit openbare publicaties van de MOgroep en Sociaal Werk Nederland. Welke dat zijn, staat bij de{" "}
            <PageLink href={`${routes.about}#${PROFILE_SECTION_IDS.sources}`}>bronnen</PageLink>. Een functie of organisatie nemen we alleen
            over als de bron die noemt. Over iemands privéleven staat hier niets.
          </p>
        </section>

        <section aria-labelledby="waarom" className="mt-10">
          <SectionHeading id="waarom">Waarom we die gegevens publiceren</SectionHeading>
          <p className="mt-3">
            De site laat zien hoe gemeenten na 2015 het sociaal domein vernieuwden, zodat anderen ervan kunnen leren. Dat is van algemeen
            belang. De mensen die op de site staan, komen in de bronnen aan het woord in hun werk: als bestuurder, directeur of medewerker.
            Wie iets zei en namens welke organisatie hoort bij een citaat: zonder naam kan niemand nagaan waar het vandaan komt.
          </p>
        </section>

        <section aria-labelledby="correctie" className="mt-10">
          <SectionHeading id="correctie">Correctie of verwijdering vragen</SectionHeading>
          <p className="mt-3">
            Staat u op deze site en klopt er iets niet? Of wilt u dat uw naam, functie of een citaat van u van de site verdwijnt? Dan kunt u
            daarom vragen.
          </p>
          {email ? (
            <>
              <p className="mt-3">
                Mail naar <a href={`mailto:${email}`}>{email}</a>. Zeg om welke pagina het gaat en wat u wilt laten verbeteren of weghalen.
              </p>
              <p className="mt-3">
                Wat er dan gebeurt: u krijgt binnen vijf werkdagen een reactie. We zoeken het na in de bron. Is er iets fout, dan verbeteren
                we het. Vraagt u om verwijdering, dan halen we uw gegevens weg, tenzij er een goede reden is om ze te laten staan; die reden
                leggen we u dan uit. Uiterlijk binnen een maand hoort u wat we met uw verzoek hebben gedaan. Dat is de termijn van de
                privacywet (AVG).
              </p>
            </>
          ) : (
            <p className="mt-3">
              Het adres waar u dat kunt vragen, staat hier zodra de site in gebruik is. Uiterlijk binnen een maand hoort u dan wat er met uw
              verzoek is gedaan. Dat is de termijn van de privacywet (AVG).
            </p>
          )}
          <p className="mt-3">
            De oorspronkelijke publicaties zijn niet van deze site. Wilt u dat daarin iets verandert, neem dan contact op met de organisatie
            die ze uitgaf.
          </p>
          <p className="mt-3">
            Bent u het niet eens met hoe met uw verzoek is omgegaan? Dan kunt u een klacht indienen bij de{" "}
            <a href="https://autoriteitpersoonsgegevens.nl/" rel="noopener noreferrer" className="external-link">
              Autoriteit Persoonsgegevens
            </a>
            , de toezichthouder op de privacywet in Nederland.
          </p>
        </section>
      </div>
    </>
  );
}
